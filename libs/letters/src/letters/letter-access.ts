import { Injectable } from '@nestjs/common';
import { AuthUser, IncidentVisibility, NOT_INVOLVED } from '@ap/auth';
import { DomainError, may } from '@ap/common';
import { LetterEntity } from '@ap/persistence';
import { TemplateFiles } from '../templates/template-files';

type LetterRef = Pick<LetterEntity, 'code' | 'status' | 'incidentId'>;

/**
 * Who reads which letter. Those with an organisation-wide duty (ACCESS.allLetters) read every letter; the
 * other staff who handle letters read the letters of the incident files they may open; a role a letter is
 * addressed to (receptions) reads it once it is signed, since only then is it sent.
 */
@Injectable()
export class LetterAccess {
  constructor(
    private readonly files: TemplateFiles,
    private readonly visibility: IncidentVisibility,
  ) {}

  /** The letters the user may read, of any incidents. */
  async readable<T extends LetterRef>(user: AuthUser, letters: T[]): Promise<T[]> {
    const open = new Map<string, boolean>();
    const out: T[] = [];
    for (const letter of letters) {
      if (await this.why(user, letter, open)) continue;
      out.push(letter);
    }
    return out;
  }

  /** Staff may list the letters of an incident file they may open; an addressed role lists its own letters of any. */
  async assertMayList(user: AuthUser, incidentId: string): Promise<void> {
    if (may(user.roles, 'allLetters') || !may(user.roles, 'handleLetters')) return;
    if (!(await this.visibility.mayOpen(user, incidentId))) throw new DomainError('forbidden', NOT_INVOLVED);
  }

  async assertMayRead(user: AuthUser, letter: LetterRef): Promise<void> {
    const refusal = await this.why(user, letter, new Map());
    if (refusal) throw new DomainError('forbidden', refusal);
  }

  /** Why the user may not read the letter, or null when they may; `open` remembers each incident's answer. */
  private async why(user: AuthUser, letter: LetterRef, open: Map<string, boolean>): Promise<string | null> {
    if (may(user.roles, 'allLetters')) return null;
    if (may(user.roles, 'handleLetters')) {
      if (!open.has(letter.incidentId)) open.set(letter.incidentId, await this.visibility.mayOpen(user, letter.incidentId));
      if (open.get(letter.incidentId)) return null;
    }
    if (this.isAddressee(user, letter)) return letter.status === 'final' ? null : `Brief ${letter.code} is nog niet ondertekend en verzonden`;
    return may(user.roles, 'handleLetters') ? NOT_INVOLVED : `Brief ${letter.code} is niet aan u gericht`;
  }

  private isAddressee(user: AuthUser, letter: LetterRef): boolean {
    const addressees = this.files.catalogue.letters.get(letter.code)?.addressees ?? [];
    return user.roles.some((role) => addressees.includes(role));
  }
}
