import { Injectable } from '@nestjs/common';
import { renderDocx, TemplateVersions } from '@ap/letters';
import { CitizenEntity, IncidentEntity, UnitOfWork } from '@ap/persistence';
import { ERASED, freeTexts, PersonalValues } from './personal-data';

/** How much an anonymisation touched, for the audit trail: counts only, never what was removed. */
export interface AnonymisedCounts {
  incidents: number;
  letters: number;
  tasks: number;
  processInstances: number;
  otherRows: number;
}

/** An incident file's content (description, process, tasks, timeline, messages) and its letters, which may be kept apart. */
export interface FileParts {
  content: boolean;
  letters: boolean;
}

const none = (): AnonymisedCounts => ({ incidents: 0, letters: 0, tasks: 0, processInstances: 0, otherRows: 0 });

/** Tables outside a citizen's files where staff may have written the citizen's name or address. */
const ELSEWHERE: { table: string; key: string; texts: string[]; json: string[] }[] = [
  { table: 'notifications', key: 'id', texts: ['subject', 'body'], json: [] },
  { table: 'mail_outbox', key: 'id', texts: ['subject', 'body', 'last_error'], json: [] },
  { table: 'home_visits', key: 'id', texts: ['visited_name', 'address', 'visited_phone', 'purpose'], json: [] },
  { table: 'audit_trail', key: 'id', texts: ['reason'], json: ['details'] },
];

/**
 * Takes a citizen's personal data out of the database: their record, and in each of their incident files
 * the description, the letters (their data and stored documents, re-rendered without it; their PDFs are
 * made again from those), the process state and variables, the tasks' inputs and filled-in forms, the
 * timers, the timeline, messages and e-mail, the idempotency keys and held report parts. What an incident
 * counts as stays: its channel, category, behaviour, date, team and reference. A signed letter keeps its
 * recorded sha256: that hash is what was signed, though the document can no longer show it.
 *
 * Runs in the caller's transaction, which it marks as an erasure (`ap.erasure`) so the database lets the
 * records it otherwise keeps unchanged be anonymised.
 */
@Injectable()
export class Anonymiser {
  constructor(private readonly versions: TemplateVersions) {}

  /** The citizen and everything of theirs. */
  async citizen(uow: UnitOfWork, citizen: CitizenEntity, now: Date): Promise<AnonymisedCounts> {
    await this.markErasure(uow);
    const counts = none();
    // The files are locked before anything of them changes, as the retention job locks a file it anonymises
    // on its own: the two wait for each other instead of deadlocking, and this one then sees what that did.
    const incidents = await uow.incidents.find({ where: { citizenId: citizen.id }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    for (const incident of incidents) add(counts, await this.file(uow, incident, citizen, now, { content: true, letters: true }));
    counts.otherRows += await this.elsewhere(uow, new PersonalValues(PersonalValues.ofCitizen(citizen)));
    await uow.query(
      `UPDATE citizens SET name = $2, date_of_birth = NULL, street_address = NULL, postal_code = NULL, city = NULL, phone = NULL,
              photo = NULL, photo_type = NULL, photo_attached_at = NULL, erased_at = $3, updated_at = $3
        WHERE id = $1`,
      [citizen.id, ERASED, now],
    );
    return counts;
  }

  /** One incident file, with the citizen's data as it is in it: its content, its letters, or both. */
  async incident(uow: UnitOfWork, incident: IncidentEntity, citizen: CitizenEntity, now: Date, parts: FileParts): Promise<AnonymisedCounts> {
    await this.markErasure(uow);
    return this.file(uow, incident, citizen, now, parts);
  }

  /** The citizen's photo only (its retention ends with the last ban that needed it). */
  async photo(uow: UnitOfWork, citizenId: string, now: Date): Promise<void> {
    await uow.query(`UPDATE citizens SET photo = NULL, photo_type = NULL, photo_attached_at = NULL, updated_at = $2 WHERE id = $1`, [citizenId, now]);
  }

  private async markErasure(uow: UnitOfWork): Promise<void> {
    await uow.query(`SELECT set_config('ap.erasure', 'on', true)`);
  }

  private async file(uow: UnitOfWork, incident: IncidentEntity, citizen: CitizenEntity, now: Date, parts: FileParts): Promise<AnonymisedCounts> {
    const counts = none();
    const key = incident.id;
    const tasks = await uow.query<{ id: string; name: string; input: unknown; form: unknown }>(`SELECT id, name, input, form FROM user_tasks WHERE business_key = $1`, [key]);
    // What staff typed about the citizen goes wherever it was copied: into variables, the engine's state, letters.
    const values = new PersonalValues([
      ...PersonalValues.ofCitizen(citizen),
      ...PersonalValues.nameParts(citizen),
      incident.description,
      incident.location,
      ...freeTexts(incident.heldParts?.parts ?? {}),
      ...tasks.flatMap((task) => freeTexts(task.form)),
    ]);
    if (parts.letters) counts.letters = await this.letters(uow, key, values, now);
    if (!parts.content || incident.erasedAt) return counts;
    const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(values.json(value)));

    for (const task of tasks) {
      await uow.query(`UPDATE user_tasks SET name = $2, input = $3::jsonb, form = $4::jsonb WHERE id = $1`, [task.id, values.text(task.name), json(task.input), json(task.form)]);
    }
    counts.tasks = tasks.length;

    const instances = await uow.query<{ id: string; state: unknown; variables: unknown; failure: unknown }>(
      `SELECT id, state, variables, failure FROM process_instances WHERE business_key = $1`,
      [key],
    );
    for (const instance of instances) {
      await uow.query(`UPDATE process_instances SET state = $2::jsonb, variables = $3::jsonb, failure = $4::jsonb WHERE id = $1`, [
        instance.id,
        json(instance.state),
        json(instance.variables) ?? '{}',
        json(instance.failure),
      ]);
    }
    counts.processInstances = instances.length;

    for (const timer of await uow.query<{ id: string; name: string; last_error: string | null }>(`SELECT id, name, last_error FROM process_timers WHERE business_key = $1`, [key])) {
      await uow.query(`UPDATE process_timers SET name = $2, last_error = $3 WHERE id = $1`, [timer.id, values.text(timer.name), values.text(timer.last_error)]);
    }
    for (const event of await uow.query<{ id: string; summary: string; details: unknown }>(`SELECT id, summary, details FROM timeline_events WHERE incident_id = $1`, [key])) {
      await uow.query(`UPDATE timeline_events SET summary = $2, details = $3::jsonb WHERE id = $1`, [event.id, values.text(event.summary), json(event.details) ?? '{}']);
    }
    // Who read or changed the file stays; why, and what a change said, loses what was written about the citizen.
    for (const line of await uow.query<{ id: string; reason: string | null; details: unknown }>(`SELECT id, reason, details FROM audit_trail WHERE incident_id = $1`, [key])) {
      await uow.query(`UPDATE audit_trail SET reason = $2, details = $3::jsonb WHERE id = $1`, [line.id, values.text(line.reason), json(line.details) ?? '{}']);
    }
    for (const table of ['notifications', 'mail_outbox']) {
      for (const row of await uow.query<{ id: string; subject: string; body: string }>(`SELECT id, subject, body FROM ${table} WHERE incident_id = $1`, [key])) {
        await uow.query(`UPDATE ${table} SET subject = $2, body = $3 WHERE id = $1`, [row.id, values.text(row.subject), values.text(row.body)]);
        counts.otherRows++;
      }
    }
    await uow.query(`DELETE FROM idempotency_keys WHERE resource_id = $1`, [key]);

    await uow.query(`UPDATE incidents SET description = $2, location = $2, held_parts = NULL, erased_at = $3 WHERE id = $1`, [key, ERASED, now]);
    counts.incidents = 1;
    return counts;
  }

  /**
   * Each letter's data without the personal values, and its document rendered again from that data in the
   * same template version; a signed letter's PDF is emptied, to be made again from the anonymised letter.
   */
  private async letters(uow: UnitOfWork, incidentId: string, values: PersonalValues, now: Date): Promise<number> {
    const letters = await uow.query<{ id: string; code: string; template_hash: string; data: Record<string, any>; rejection_comment: string | null }>(
      `SELECT id, code, template_hash, data, rejection_comment FROM letters WHERE incident_id = $1 AND erased_at IS NULL`,
      [incidentId],
    );
    for (const letter of letters) {
      const data = values.json(letter.data);
      for (const field of ['naam', 'adres', 'postcode', 'woonplaats', 'geboortedatum']) if (data.burger?.[field]) data.burger[field] = ERASED;
      for (const field of ['omschrijving', 'locatie']) if (data.incident?.[field]) data.incident[field] = ERASED;
      const template = await this.versions.docx(uow, letter.code, letter.template_hash);
      if (!template) throw new Error(`template version ${letter.template_hash} of letter ${letter.code} is missing`);
      const docx = renderDocx(letter.code, template, data);
      await uow.query(`UPDATE letters SET data = $2::jsonb, docx = $3, rejection_comment = $4, erased_at = $5 WHERE id = $1`, [
        letter.id,
        JSON.stringify(data),
        docx,
        values.text(letter.rejection_comment),
        now,
      ]);
    }
    if (letters.length) {
      await uow.query(
        `UPDATE letter_pdfs SET pdf = NULL, sha256 = NULL, created_at = NULL, claimed_until = NULL, attempts = 0, last_error = NULL WHERE letter_id = ANY($1)`,
        [letters.map((l) => l.id)],
      );
    }
    return letters.length;
  }

  /** The citizen's name and address where staff wrote them outside the files: messages, e-mail, visits, the audit trail's details. */
  private async elsewhere(uow: UnitOfWork, values: PersonalValues): Promise<number> {
    if (values.isEmpty) return 0;
    let changed = 0;
    for (const { table, key, texts, json } of ELSEWHERE) {
      const columns = [...texts, ...json];
      const rows = await uow.query<Record<string, any>>(
        `SELECT ${key}, ${columns.join(', ')} FROM ${table} WHERE ${columns.map((c) => `${c}::text ILIKE ANY($1)`).join(' OR ')}`,
        [values.likePatterns()],
      );
      for (const row of rows) {
        const sets = columns.map((c, i) => `${c} = $${i + 2}${json.includes(c) ? '::jsonb' : ''}`);
        const params = [...texts.map((c) => values.text(row[c])), ...json.map((c) => JSON.stringify(values.json(row[c])))];
        await uow.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${key} = $1`, [row[key], ...params]);
        changed++;
      }
    }
    return changed;
  }
}

function add(total: AnonymisedCounts, more: AnonymisedCounts): void {
  for (const key of Object.keys(total) as (keyof AnonymisedCounts)[]) total[key] += more[key];
}
