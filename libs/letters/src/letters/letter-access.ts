import { Injectable } from '@nestjs/common';
import { AuthUser } from '@ap/auth';
import { DomainError } from '@ap/common';
import { LetterEntity } from '@ap/persistence';
import { TemplateFiles } from '../templates/template-files';
import { LETTER_STAFF } from './letter-readers';

type LetterRef = Pick<LetterEntity, 'code' | 'status'>;

/**
 * Who reads which letter: the staff who handle letters read every one; a role a letter is addressed to
 * (receptions, TVR) reads it once it is signed, since only then is it sent.
 */
@Injectable()
export class LetterAccess {
  constructor(private readonly files: TemplateFiles) {}

  mayRead(user: AuthUser, letter: LetterRef): boolean {
    return this.isStaff(user) || (this.isAddressee(user, letter) && letter.status === 'final');
  }

  assertMayRead(user: AuthUser, letter: LetterRef): void {
    if (this.mayRead(user, letter)) return;
    throw new DomainError(
      'forbidden',
      this.isAddressee(user, letter) ? `Brief ${letter.code} is nog niet ondertekend en verzonden` : `Brief ${letter.code} is niet aan u gericht`,
    );
  }

  private isStaff(user: AuthUser): boolean {
    return user.roles.some((role) => LETTER_STAFF.includes(role));
  }

  private isAddressee(user: AuthUser, letter: LetterRef): boolean {
    const addressees = this.files.catalogue.letters.get(letter.code)?.addressees ?? [];
    return user.roles.some((role) => addressees.includes(role));
  }
}
