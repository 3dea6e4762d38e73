import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import PizZip from 'pizzip';
import { DomainError, formatDutchDate } from '@ap/common';
import { Database, LetterEntity, UnitOfWork } from '@ap/persistence';
import { renderDocx } from '../rendering/docx-renderer';
import { sha256, TemplateVersions } from '../templates/template-versions';

export type VerificationOutcome = 'matches' | 'differs' | 'erased' | 'template-missing';

/** Whether a letter is what was signed: rendered again from its stored template version and data. */
export class LetterVerificationView {
  @ApiProperty({ format: 'uuid' }) letterId: string;
  @ApiProperty({ example: 'TC4' }) code: string;
  @ApiProperty({ enum: ['draft', 'approved', 'rejected', 'final'] }) status: string;
  @ApiProperty({
    enum: ['matches', 'differs', 'erased', 'template-missing'],
    description:
      'klopt (opnieuw gemaakt geeft precies het vastgelegde document), wijkt af, niet meer na te gaan omdat de persoonsgegevens zijn gewist, of de sjabloonversie ontbreekt',
  })
  outcome: VerificationOutcome;
  @ApiProperty({ description: 'Of het opnieuw gemaakte document byte voor byte de vastgelegde sha256 heeft' }) matches: boolean;
  @ApiProperty({ description: 'Het oordeel in woorden' }) message: string;
  @ApiProperty({ description: 'sha256 van het document zoals het werd vastgelegd (bij ondertekening)' }) recordedSha256: string;
  @ApiProperty({ type: String, nullable: true, description: 'sha256 van het opnieuw gemaakte document' }) renderedSha256: string | null;
  @ApiProperty({ description: 'Of het bewaarde document nog de vastgelegde sha256 heeft' }) storedMatches: boolean;
  @ApiProperty({ description: 'sha256 van de sjabloonversie waarmee de brief is gemaakt' }) templateHash: string;
  @ApiProperty({ description: 'Of de bewaarde sjabloonversie die sha256 heeft' }) templateMatches: boolean;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Wijkt het bestand af: of de tekst en opmaak (elk onderdeel van het Word-bestand) toch gelijk zijn, zodat alleen de verpakking verschilt',
  })
  contentMatches: boolean | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt: Date | null;
}

/**
 * Shows a decision is what was signed: the letter's stored data rendered again into its stored template
 * version must give exactly the bytes whose sha256 was recorded at signing. Rendering is byte-deterministic
 * (see renderDocx), so any difference means the template, the data or the document changed.
 */
@Injectable()
export class LetterVerification {
  constructor(
    private readonly db: Database,
    private readonly versions: TemplateVersions,
  ) {}

  /** Verifies the letter; the caller has checked that the user may read it. */
  async verify(id: string): Promise<LetterVerificationView> {
    return this.db.read(async (uow) => {
      const letter = await uow.letters.createQueryBuilder('l').addSelect('l.docx').where('l.id = :id', { id }).getOne();
      if (!letter) throw new DomainError('not-found', `Brief ${id} bestaat niet`);
      return this.check(uow, letter);
    });
  }

  private async check(uow: UnitOfWork, letter: LetterEntity): Promise<LetterVerificationView> {
    const base = {
      letterId: letter.id,
      code: letter.code,
      status: letter.status,
      recordedSha256: letter.sha256,
      templateHash: letter.templateHash,
      erasedAt: letter.erasedAt,
    };
    const stored = sha256(letter.docx) === letter.sha256;
    if (letter.erasedAt) {
      return {
        ...base,
        outcome: 'erased',
        matches: false,
        storedMatches: stored,
        templateMatches: false,
        renderedSha256: null,
        contentMatches: null,
        message:
          `De persoonsgegevens in brief ${letter.code} zijn op ${formatDutchDate(letter.erasedAt)} gewist (AVG: verwijdering op verzoek of na de bewaartermijn). ` +
          `De brief kan daarom niet meer opnieuw worden gemaakt zoals hij is ondertekend, en de controle kan niet meer slagen. De vastgelegde sha256 van het ondertekende document blijft ${letter.sha256}.`,
      };
    }
    const template = await this.versions.docx(uow, letter.code, letter.templateHash);
    if (!template) {
      return {
        ...base,
        outcome: 'template-missing',
        matches: false,
        storedMatches: stored,
        templateMatches: false,
        renderedSha256: null,
        contentMatches: null,
        message: `De sjabloonversie ${letter.templateHash} van brief ${letter.code} is niet bewaard; de brief kan niet opnieuw worden gemaakt.`,
      };
    }
    const rendered = renderDocx(letter.code, template, letter.data);
    const renderedSha256 = sha256(rendered);
    const matches = renderedSha256 === letter.sha256;
    const templateMatches = sha256(template) === letter.templateHash;
    const contentMatches = matches ? true : sameEntries(rendered, letter.docx);
    return {
      ...base,
      outcome: matches ? 'matches' : 'differs',
      matches,
      storedMatches: stored,
      templateMatches,
      renderedSha256,
      contentMatches,
      message: this.message(letter, matches, stored, contentMatches),
    };
  }

  private message(letter: LetterEntity, matches: boolean, stored: boolean, contentMatches: boolean): string {
    const what = letter.status === 'final' ? `Brief ${letter.code} (ondertekend op ${formatDutchDate(letter.finalizedAt!)})` : `Concept van brief ${letter.code} (nog niet ondertekend)`;
    if (matches && stored) {
      return `${what} klopt: opnieuw gemaakt uit de bewaarde sjabloonversie en gegevens is hij byte voor byte gelijk aan het vastgelegde document (sha256 ${letter.sha256}).`;
    }
    if (matches) {
      return `${what}: opnieuw gemaakt geeft hij de vastgelegde sha256, maar het bewaarde document heeft die niet meer: het bewaarde bestand is veranderd.`;
    }
    if (contentMatches) {
      return `${what} wijkt byte voor byte af van de vastgelegde sha256, maar elk onderdeel van het Word-bestand is gelijk: alleen de verpakking (tijdstempels in het ZIP-archief) verschilt. Zo gaat het bij brieven gemaakt voordat het maken van brieven byte voor byte herhaalbaar werd.`;
    }
    return `${what} klopt niet: opnieuw gemaakt uit de bewaarde sjabloonversie en gegevens wijkt hij af van het vastgelegde document.`;
  }
}

/** Whether two DOCX files hold the same parts with the same content, whatever their ZIP metadata. */
function sameEntries(a: Buffer, b: Buffer): boolean {
  const parts = (docx: Buffer) => {
    const zip = new PizZip(docx);
    return new Map(Object.values(zip.files).filter((f) => !f.dir).map((f) => [f.name, Buffer.from(f.asUint8Array())]));
  };
  const left = parts(a);
  const right = parts(b);
  return left.size === right.size && [...left].every(([name, content]) => right.get(name)?.equals(content) === true);
}
