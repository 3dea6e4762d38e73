import { MigrationInterface, QueryRunner } from 'typeorm';

/** The former default of the setting RECEPTION_INSTRUCTION, which bans proposed before this migration followed. */
const FORMER_INSTRUCTION =
  'Laat de bezoeker niet binnen en vraag hem rustig het gebouw te verlaten. Gaat hij niet weg, of dreigt er gevaar, bel dan de politie: 112 bij direct gevaar, anders 0900-8844. Meld het daarna bij het afdelingshoofd Publiekscontacten.';

export class BanReceptionInstruction1795000000019 implements MigrationInterface {
  name = 'BanReceptionInstruction1795000000019';

  async up(q: QueryRunner): Promise<void> {
    // What receptions do when a banned visitor comes anyway now comes from the model that proposed the
    // ban (bans.propose, input instruction), kept with the ban; earlier bans keep what the setting said.
    await q.query(`ALTER TABLE bans ADD COLUMN reception_instruction text`);
    await q.query(`UPDATE bans SET reception_instruction = $1`, [FORMER_INSTRUCTION]);
    await q.query(`ALTER TABLE bans ALTER COLUMN reception_instruction SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bans DROP COLUMN reception_instruction`);
  }
}
