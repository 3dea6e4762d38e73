import { randomUUID } from 'node:crypto';
import { may, Role, ROLE_KEYS } from '@ap/common';
import { Database } from '@ap/persistence';
import { newCitizen } from './protocol-client';
import { Route } from './route-table';
import { SharedTestApp } from './use-test-app';

/**
 * What every route's path names, and so who may use it beyond its roles: the one table the route-access
 * and the hostile-input property tests read. A route missing from it fails both.
 */
export type Resource =
  /** Nothing owned: the route's roles decide (a list filtered to the user, a registry, the admin's pages). */
  | 'none'
  /** An incident file, or what shows its data: the reporter, task holders, the reporter's team lead, and the organisation-wide roles. */
  | 'incident'
  | 'instance'
  | 'letter'
  /** An incident's letters: staff who handle letters list those of files they may open; an addressed role (reception) its own of any. */
  | 'letter-list'
  /** A home visit: its employee, the colleague named at check-out, the department head. */
  | 'home-visit'
  /** A task: the roles it is for. */
  | 'task';

export interface Rule {
  resource: Resource;
  /** What `:id` is when the resource is 'none'. */
  id?: 'user' | 'unit' | 'citizen' | 'random';
  /** Needs a session of its own (signing out ends the one it is sent with). */
  ownSession?: boolean;
}

export const RULES: Record<string, Rule> = {
  'GET /health': { resource: 'none' },
  'GET /health/ready': { resource: 'none' },
  'GET /settings': { resource: 'none' },
  'POST /auth/login': { resource: 'none' },
  'POST /auth/logout': { resource: 'none', ownSession: true },
  'GET /auth/me': { resource: 'none' },
  'GET /organisation-units': { resource: 'none' },
  'POST /organisation-units': { resource: 'none' },
  'PATCH /organisation-units/:id': { resource: 'none', id: 'unit' },
  'DELETE /organisation-units/:id': { resource: 'none', id: 'unit' },
  'GET /users': { resource: 'none' },
  'GET /users/forms': { resource: 'none' },
  'GET /users/:id': { resource: 'none', id: 'user' },
  'POST /users': { resource: 'none' },
  'PATCH /users/:id': { resource: 'none', id: 'user' },
  'POST /users/:id/deactivate': { resource: 'none', id: 'user' },
  'POST /users/:id/activate': { resource: 'none', id: 'user' },
  'PUT /users/:id/password': { resource: 'none', id: 'user' },
  'PUT /users/:id/unit': { resource: 'none', id: 'user' },
  'GET /tasks': { resource: 'none' },
  'GET /tasks/facets': { resource: 'none' },
  'GET /tasks/:id': { resource: 'task' },
  'POST /tasks/:id/claim': { resource: 'task' },
  'POST /tasks/:id/release': { resource: 'task' },
  'POST /tasks/:id/complete': { resource: 'task' },
  'GET /process-instances/:id': { resource: 'instance' },
  'POST /process-instances/:id/retry': { resource: 'instance' },
  'GET /process-models': { resource: 'none' },
  'GET /process-models/catalog': { resource: 'none' },
  'GET /process-models/element-templates': { resource: 'none' },
  'GET /process-models/:key/versions': { resource: 'none' },
  'GET /process-models/:key/versions/:version/xml': { resource: 'none' },
  'GET /process-models/:key/diff': { resource: 'none' },
  'POST /process-models/:key/check': { resource: 'none' },
  'POST /process-models/:key/versions': { resource: 'none' },
  'GET /process-models/:key/draft': { resource: 'none' },
  'PUT /process-models/:key/draft': { resource: 'none' },
  'DELETE /process-models/:key/draft': { resource: 'none' },
  'GET /letters': { resource: 'letter-list' },
  'GET /letters/:id': { resource: 'letter' },
  'GET /letters/:id/docx': { resource: 'letter' },
  'GET /letters/:id/pdf': { resource: 'letter' },
  'GET /letters/:id/verification': { resource: 'letter' },
  'GET /letter-templates': { resource: 'none' },
  'GET /letter-templates/:code': { resource: 'none' },
  'GET /letter-templates/:code/versions/:sha/docx': { resource: 'none' },
  'POST /letter-templates/:code/versions': { resource: 'none' },
  'POST /letter-templates/:code/versions/:sha/publish': { resource: 'none' },
  'POST /letter-templates/:code/publications/:number/restore': { resource: 'none' },
  'GET /letter-templates/:code/diff': { resource: 'none' },
  // A preview filled with an incident's data shows what its letters would: under the letters' rule.
  'GET /letter-templates/:code/versions/:sha/preview': { resource: 'letter' },
  'GET /letter-templates/:code/versions/:sha/preview.pdf': { resource: 'letter' },
  'GET /letter-templates/:code/versions/:sha/preview.docx': { resource: 'letter' },
  'GET /incidents/report-form': { resource: 'none' },
  'POST /incidents': { resource: 'none' },
  'GET /incidents': { resource: 'none' },
  'GET /incidents/facets': { resource: 'none' },
  'GET /incidents/:id': { resource: 'incident' },
  'GET /incidents/:id/diagram': { resource: 'incident' },
  'GET /citizens': { resource: 'none' },
  'GET /citizens/:id': { resource: 'none', id: 'citizen' },
  'PATCH /citizens/:id': { resource: 'none', id: 'citizen' },
  'PUT /citizens/:id/photo': { resource: 'none', id: 'citizen' },
  'GET /citizens/:id/photo': { resource: 'none', id: 'citizen' },
  'GET /citizens/:id/export': { resource: 'none', id: 'citizen' },
  'POST /citizens/:id/erasure': { resource: 'none', id: 'citizen' },
  'GET /bans/lookup': { resource: 'none' },
  'GET /bans/active': { resource: 'none' },
  'GET /notifications': { resource: 'none' },
  'GET /notifications/unread-count': { resource: 'none' },
  'POST /notifications/read': { resource: 'none' },
  'POST /notifications/:id/read': { resource: 'none', id: 'random' },
  'POST /home-visits': { resource: 'none' },
  'GET /home-visits': { resource: 'none' },
  'GET /home-visits/plan-form': { resource: 'none' },
  'GET /home-visits/:id': { resource: 'home-visit' },
  'GET /audit-trail': { resource: 'none' },
  'GET /audit-trail/export': { resource: 'none' },
};

/** The roles for which the fixture's "own" resource really is theirs, and the rule that decides the rest. */
const OWNERSHIP: Record<Exclude<Resource, 'none' | 'task'>, { owners: Role[]; sees(role: Role, own: boolean): boolean }> = {
  incident: { owners: ['employee', 'team-lead'], sees: (role, own) => may([role], 'allIncidentFiles') || own },
  instance: { owners: ['employee', 'team-lead'], sees: (role, own) => may([role], 'allIncidentFiles') || own },
  letter: { owners: ['employee', 'team-lead'], sees: (role, own) => may([role], 'allLetters') || (may([role], 'handleLetters') && own) },
  'letter-list': { owners: ['employee', 'team-lead'], sees: (role, own) => may([role], 'allLetters') || !may([role], 'handleLetters') || own },
  'home-visit': { owners: ['employee'], sees: (role, own) => role === 'department-head' || own },
};

export type Variant = 'own' | 'other';

type Ids = Record<Exclude<Resource, 'none'>, string> & { reference: string };

/** The users (one per role) and the resources the route tests call the routes on. */
export class RouteFixtures {
  private ids!: Record<Variant, Ids>;
  private fixed!: Record<NonNullable<Rule['id']>, string>;
  private letterCode!: string;
  private taskGroups!: string[];

  constructor(private readonly app: SharedTestApp) {}

  /** The user with only this role; the employee and the team lead share a team. */
  static user(role: Role): string {
    return `r.${role}`;
  }

  async create(): Promise<void> {
    const { api, t } = this.app;
    const db = t.app.get(Database);
    for (const role of ROLE_KEYS) await api.ensureUser(RouteFixtures.user(role), `Toegang ${role}`, [role]);
    await api.ensureUser('o.employee', 'Toegang andere medewerker', ['employee']);
    await api.ensureUser('o.holder', 'Toegang andere taakhouder', ROLE_KEYS);
    await api.ensureUser('r.throwaway', 'Toegang wegwerp', ['employee']);
    const [team] = await db.transaction((uow) => uow.query(`INSERT INTO organisation_units (name) VALUES ('Team Toegang') RETURNING id`));
    const [spare] = await db.transaction((uow) => uow.query(`INSERT INTO organisation_units (name) VALUES ('Team Wegwerp') RETURNING id`));
    await db.transaction((uow) => uow.query(`UPDATE users SET unit_id = $1 WHERE username IN ('r.employee', 'r.team-lead')`, [team.id]));

    const made = async (reporter: string) => {
      const incident = await api.phoneIncident(newCitizen(), 'insult', new Date(Date.now() - 600_000), 'I', reporter);
      const [letter] = await db.read((uow) => uow.query(`SELECT id, code FROM letters WHERE incident_id = $1`, [incident.id]));
      const [task] = await db.read((uow) => uow.query(`SELECT id, candidate_groups FROM user_tasks WHERE business_key = $1 AND status = 'open' ORDER BY created_at LIMIT 1`, [incident.id]));
      const [row] = await db.read((uow) => uow.query(`SELECT process_instance_id, citizen_id, reference FROM incidents WHERE id = $1`, [incident.id]));
      const visit = await api.planHomeVisit(new Date(Date.now() + 86_400_000).toISOString(), 60, reporter);
      const ids: Ids = { incident: incident.id, instance: row.process_instance_id, letter: letter.id, 'letter-list': incident.id, task: task.id, 'home-visit': visit.id, reference: row.reference };
      return { ids, citizen: row.citizen_id as string, letterCode: letter.code as string, taskGroups: task.candidate_groups as string[] };
    };
    const own = await made(RouteFixtures.user('employee'));
    const other = await made('o.employee');
    // Someone else's file has no task waiting for a role (which would open it to everyone with that role).
    await db.transaction((uow) =>
      uow.query(`UPDATE user_tasks SET assignee_id = (SELECT id FROM users WHERE username = 'o.holder') WHERE business_key = $1 AND status = 'open'`, [other.ids.incident]),
    );
    const [throwaway] = await db.read((uow) => uow.query(`SELECT id FROM users WHERE username = 'r.throwaway'`));
    this.ids = { own: own.ids, other: other.ids };
    this.fixed = { user: throwaway.id, unit: spare.id, citizen: own.citizen, random: randomUUID() };
    this.letterCode = own.letterCode;
    this.taskGroups = own.taskGroups;
  }

  /** The variants a route is tried on: someone else's resource only where a resource is owned. */
  variants(route: Route): Variant[] {
    const { resource } = RULES[route.route];
    return resource === 'none' || resource === 'task' ? ['own'] : ['own', 'other'];
  }

  /** The path with its parameters filled for this variant, and the query that names a resource. */
  request(route: Route, variant: Variant): { path: string; query: Record<string, string> } {
    const rule = RULES[route.route];
    const resourceId = rule.resource === 'none' ? this.fixed[rule.id ?? 'random'] : this.ids[variant][rule.resource];
    const path = route.path
      .replace(':id', resourceId)
      .replace(':key', 'phone')
      .replace(':version', '1')
      .replace(':code', this.letterCode)
      .replace(':sha', '0'.repeat(64))
      .replace(':number', '1');
    const query: Record<string, string> = {};
    if (route.route === 'GET /letters') query.incidentId = this.ids[variant].incident;
    if (route.path.includes('/preview')) query.incident = this.ids[variant].reference;
    return { path: `/api${path}`, query };
  }

  /** Whether the role may use the route on this variant's resource, by the route's roles and its ownership rule. */
  allows(route: Route, role: Role, variant: Variant): boolean {
    const rule = RULES[route.route];
    const byRole = route.policy === 'public' || route.policy === 'any' || (Array.isArray(route.policy) && route.policy.includes(role));
    if (!byRole || rule.resource === 'none') return byRole;
    if (rule.resource === 'task') return this.taskGroups.includes(role);
    const ownership = OWNERSHIP[rule.resource];
    return ownership.sees(role, variant === 'own' && ownership.owners.includes(role));
  }

  /** A bearer token of the role's user; a fresh session where the route ends the one it is sent with. */
  async token(route: Route, role: Role): Promise<string> {
    const username = RouteFixtures.user(role);
    if (!RULES[route.route].ownSession) return this.app.t.login(username);
    return (await this.app.t.http().post('/api/auth/login').send({ username, password: 'demo' })).body.accessToken;
  }
}
