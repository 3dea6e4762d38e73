import { randomUUID } from 'node:crypto';
import { UsersService } from '@ap/auth';
import { Role } from '@ap/common';
import { Database } from '@ap/persistence';
import { docxText } from './docx-text';
import { TestApp } from './test-app';

export interface Citizen {
  name: string;
  dateOfBirth?: string;
  streetAddress?: string;
  postalCode?: string;
  city?: string;
}

/** A citizen no other test uses, with a full address. */
export function newCitizen(overrides: Partial<Citizen> = {}): Citizen {
  return {
    name: `J. de Vries ${randomUUID().slice(0, 8)}`,
    dateOfBirth: '1980-04-12',
    streetAddress: 'Dorpsstraat 12',
    postalCode: '1234 CD',
    city: 'Voorbeeldstad',
    ...overrides,
  };
}

/** How tests name a task: its element id, plus the letter code for the letter sub-process's steps. */
export function taskLabel(task: { elementId: string; input?: Record<string, unknown> }): string {
  return task.input?.letterCode ? `${task.elementId}:${task.input.letterCode}` : task.elementId;
}

/** The API calls the scenarios make, as the demo users. */
export class ProtocolClient {
  constructor(private readonly t: TestApp) {}

  async as(username: string) {
    return { Authorization: `Bearer ${await this.t.login(username)}` };
  }

  /** A user beside the demo users (password "demo"), e.g. a second employee who must not see a colleague's visit. */
  async ensureUser(username: string, displayName: string, roles: Role[] = ['employee']) {
    const users = this.t.app.get(UsersService);
    await this.t.app.get(Database).transaction((uow) => users.ensure(uow, { username, displayName, jobTitle: 'medewerker', roles, password: 'demo' }));
  }

  async report(body: Record<string, unknown>, username = 'medewerker') {
    const res = await this.t.http().post('/api/incidents').set(await this.as(username)).send(body);
    if (res.status !== 201) throw new Error(`report failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  phoneIncident(citizen: Citizen, behaviour: string, occurredAt: Date, category = behaviour === 'insult' ? 'I' : 'II', username = 'medewerker') {
    return this.report({
      channel: 'phone',
      category,
      behaviour,
      occurredAt: occurredAt.toISOString(),
      location: 'Klantcontactcentrum, Markt 1',
      description: 'De beller dreigde de medewerker op te wachten na het werk.',
      citizen,
    }, username);
  }

  /** A visitor at the counter who broke the house rules, an hour ago (counter protocol, variant A), reported by `username`. */
  counterIncident(citizen: Citizen = newCitizen(), username = 'medewerker') {
    return this.report({
      channel: 'counter',
      category: 'I',
      behaviour: 'house-rules',
      occurredAt: new Date(Date.now() - 3600_000).toISOString(),
      location: 'Publiekshal',
      description: 'Weigerde de hal te verlaten.',
      citizen,
    }, username);
  }

  /**
   * A letter or e-mail (written protocol) assessed by the team lead: path A (insult) or B (threat).
   * Returns the incident's file after the assessment.
   */
  async writtenIncident(citizen: Citizen, path: 'A' | 'B', occurredAt: string) {
    const threat = path === 'B';
    const incident = await this.report({
      channel: 'written',
      category: threat ? 'II' : 'I',
      behaviour: threat ? 'threat' : 'insult',
      occurredAt,
      location: 'Postkamer, Markt 1',
      description: threat ? 'In zijn brief dreigde de schrijver de medewerker op te wachten.' : 'In zijn e-mail schold de schrijver de medewerker uit.',
      citizen,
    });
    const explanation = threat ? 'Bedreiging van een medewerker.' : 'Schelden, geen bedreiging.';
    await this.completeAt(incident.id, 'assess_severity', { path, explanation }, 'eerstemedewerker');
    return this.file(incident.id);
  }

  async file(incidentId: string) {
    const res = await this.t.http().get(`/api/incidents/${incidentId}`).set(await this.as('afdelingshoofd')).expect(200);
    return res.body;
  }

  /**
   * The open task of an incident, as seen by a user who may do it, by its label: the model element's id,
   * followed by the letter's code for the steps of the shared letter sub-process ("sign:TC3").
   */
  async task(incidentId: string, label: string, username: string) {
    const res = await this.t.http().get('/api/tasks').query({ businessKey: incidentId }).set(await this.as(username)).expect(200);
    const task = res.body.find((t: any) => taskLabel(t) === label);
    if (!task) throw new Error(`no open task ${label} for ${username}; open: ${res.body.map(taskLabel).join(', ')}`);
    return task;
  }

  async openElements(incidentId: string): Promise<string[]> {
    const file = await this.file(incidentId);
    return file.tasks.filter((t: any) => t.status === 'open').map(taskLabel).sort();
  }

  async complete(taskId: string, form: Record<string, unknown>, username: string) {
    return this.t.http().post(`/api/tasks/${taskId}/complete`).set(await this.as(username)).send(form);
  }

  async completeAt(incidentId: string, elementId: string, form: Record<string, unknown>, username: string) {
    const task = await this.task(incidentId, elementId, username);
    const res = await this.complete(task.id, form, username);
    if (res.status !== 200) throw new Error(`completing ${elementId} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Plans a company visit; the key is its process's business key, under which its tasks are found. */
  async planHomeVisit(plannedStart: string, plannedMinutes = 60, username = 'medewerker') {
    const res = await this.t
      .http()
      .post('/api/home-visits')
      .set(await this.as(username))
      .send({ address: 'Kerkstraat 12, 1234 AB Voorbeeldstad', visitedName: 'Bouwbedrijf De Vries', visitedPhone: '0575 123456', purpose: 'Controle bouwwerk', plannedStart, plannedMinutes });
    if (res.status !== 201) throw new Error(`planning failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { ...res.body, key: `home-visit:${res.body.id}` };
  }

  /** The text of the incident's letter with this code (the latest, if it was drafted again). */
  async letterText(incidentId: string, code: string): Promise<string> {
    const letter = (await this.file(incidentId)).letters.filter((l: any) => l.code === code).pop();
    if (!letter) throw new Error(`incident ${incidentId} has no letter ${code}`);
    return docxText(await this.letterDocx(letter.id));
  }

  async letterDocx(letterId: string): Promise<Buffer> {
    const res = await this.download(`/api/letters/${letterId}/docx`);
    if (res.status !== 200) throw new Error(`letter ${letterId}: ${res.status}`);
    return res.body as Buffer;
  }

  /** A GET whose body is kept as bytes (a DOCX, a PDF, a ZIP). */
  async download(url: string, username = 'afdelingshoofd') {
    return this.t
      .http()
      .get(url)
      .set(await this.as(username))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  }

  /** Completes the steps around the letter (GIR, team meeting, police report) so the process can end. */
  async completeSideTasks(incidentId: string) {
    await this.completeAt(incidentId, 'register_gir', { comment: 'GIR-2026-1' }, 'pno');
    await this.completeAt(incidentId, 'team_meeting', {}, 'afdelingshoofd');
  }

  async filePoliceReport(incidentId: string) {
    await this.completeAt(
      incidentId,
      'police_report',
      { filed: true, reportNumber: 'PL0600-2026123456', filedAt: '2026-01-10T12:00:00Z', policeStation: 'Politiebureau Centrum' },
      'afdelingshoofd',
    );
  }
}
