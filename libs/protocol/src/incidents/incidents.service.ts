import { Injectable } from '@nestjs/common';
import { Clock, DomainError, Role, ROLES } from '@ap/common';
import { Database, HeldReportParts, In, IncidentEntity, UnitOfWork } from '@ap/persistence';
import { AuthUser, IncidentVisibility, OrganisationService } from '@ap/auth';
import { letterViews, PdfConverter } from '@ap/letters';
import { Idempotency, IdempotencyKeys } from '../idempotency/idempotency-keys';
import { DefinitionStore, InstanceRunner, TaskCompletions } from '@ap/workflow-runtime';
import { CitizensService } from '../citizens/citizens.service';
import { TimelineService } from '../timeline/timeline.service';
import { instanceToPlain } from 'class-transformer';
import { Behaviour, BEHAVIOURS, Category, CHANNEL_KEYS, CHANNELS, Channel } from '../channels/channels';
import { reportRoutes, routeOf, routeProblems } from '../channels/report-routes';
import { IncidentFileView, IncidentSummaryView } from './incident-file.view';
import { IncidentFacets, IncidentListQuery } from './incident-list.query';
import { incidentVariables } from './incident-variables';
import { ReportIncidentDto } from './report-incident.dto';
import { REPORT_SECTION_KEYS, REPORT_SECTIONS, ReportSection } from './report-sections';

@Injectable()
export class IncidentsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly citizens: CitizensService,
    private readonly timeline: TimelineService,
    private readonly instances: InstanceRunner,
    private readonly completions: TaskCompletions,
    private readonly definitions: DefinitionStore,
    private readonly organisation: OrganisationService,
    private readonly pdf: PdfConverter,
    private readonly keys: IdempotencyKeys,
    private readonly visibility: IncidentVisibility,
  ) {}

  /**
   * Registers an incident and starts its channel's protocol in one transaction, completing the tasks of
   * the parts the reporter filled in (the on-the-spot steps, the perpetrator). If the protocol's first
   * steps fail (say, a letter lacks the citizen's address), the incident stays registered and its file
   * shows what is missing.
   */
  async report(dto: ReportIncidentDto, user: AuthUser, request?: Idempotency): Promise<string> {
    const channel = dto.channel as Channel;
    // The routing table of the models this reporter's team starts: channel, behaviour and category pick the protocol.
    const unitId = await this.organisation.unitOf(user.id);
    const models = (await this.definitions.newestModels(unitId)).definitions;
    const route = routeOf(models, channel, dto.behaviour as Behaviour, dto.category as Category);
    // The whole table only to explain a refusal.
    const refused = route ? [] : routeProblems(reportRoutes(models), channel, dto.behaviour as Behaviour, dto.category as Category);
    if (dto.citizenId && dto.citizen) refused.push({ field: 'citizen', problems: ['Kies een bekende burger of vul een nieuwe in, niet allebei.'] });
    if (refused.length || !route) throw new DomainError('invalid', 'Ongeldige invoer', refused);
    const occurredAt = new Date(dto.occurredAt);
    const now = this.clock.now();
    if (occurredAt.getTime() > now.getTime() + 5 * 60_000) {
      throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'occurredAt', problems: ['Het tijdstip van het incident kan niet in de toekomst liggen.'] }]);
    }
    const actor = { id: user.id, name: user.displayName };
    return this.db.transaction((uow) => this.keys.once(uow, 'incidents', user.id, request, now, async () => {
      const citizen = dto.citizenId ? await this.knownCitizen(uow, dto.citizenId) : await this.citizens.findOrCreate(uow, dto.citizen!);
      const [{ seq }] = await uow.query<{ seq: string }>(`SELECT nextval('incident_reference_seq') AS seq`);
      const incident = await uow.incidents.save(
        uow.incidents.create({
          reference: `AG-${occurredAt.getUTCFullYear()}-${seq.padStart(5, '0')}`,
          citizenId: citizen.id,
          channel,
          category: dto.category,
          behaviour: dto.behaviour,
          occurredAt,
          location: dto.location,
          reportedBy: user.id,
          unitId,
          description: dto.description,
          kind: null,
          isRepeat: null,
          processInstanceId: null,
        }),
      );
      await this.timeline.record(uow, incident.id, now, actor, 'reported', `Incident gemeld: ${CHANNELS[channel].label}; protocol: ${route.processName}`, {
        category: dto.category,
        behaviour: dto.behaviour,
        protocol: route.processKey,
      });
      const instance = await this.instances.start(
        uow,
        route.processKey,
        incident.id,
        incidentVariables(incident, citizen.name),
        actor,
        unitId,
      );
      // Only this column: the process's first steps have updated the incident row meanwhile.
      await uow.incidents.update(incident.id, { processInstanceId: instance.id });
      const parts = Object.fromEntries(REPORT_SECTION_KEYS.filter((key) => dto[key] !== undefined).map((key) => [key, instanceToPlain(dto[key]) as Record<string, unknown>]));
      const reporter = { ...actor, roles: [...user.roles] };
      if (!instance.failure) {
        await this.completeSections(uow, incident.id, parts, reporter, (section, problem) => {
          throw new DomainError('invalid', 'Ongeldige invoer', [{ field: section, problems: [problem] }]);
        });
      } else if (Object.keys(parts).length) {
        // A start that failed has no tasks yet: the parts wait for the retry that opens them.
        await uow.incidents.save({ id: incident.id, heldParts: { reporter, parts } });
        const titles = Object.keys(parts).map((key) => `"${REPORT_SECTIONS[key as ReportSection].title}"`);
        await this.timeline.record(uow, incident.id, now, actor, 'report-parts-held', `${titles.join(' en ')} bewaard tot het proces kan starten`, { values: parts });
      }
      return incident.id;
    }));
  }

  private async knownCitizen(uow: UnitOfWork, id: string) {
    const citizen = await uow.citizens.findOneBy({ id });
    if (!citizen) throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'citizenId', problems: ['Deze burger is niet (meer) bekend. Zoek opnieuw of vul een nieuwe burger in.'] }]);
    return citizen;
  }

  /**
   * Completes, for the reporter, the open task of each part sent with the report. A part whose task the
   * model did not open, or that the reporter's roles may not complete, goes to `unusable`.
   */
  private async completeSections(
    uow: UnitOfWork,
    incidentId: string,
    parts: Record<string, Record<string, unknown>>,
    reporter: HeldReportParts['reporter'],
    unusable: (section: ReportSection, problem: string) => Promise<void>,
  ): Promise<void> {
    const incident = await uow.incidents.findOneByOrFail({ id: incidentId });
    for (const section of REPORT_SECTION_KEYS.filter((key) => parts[key])) {
      const form = REPORT_SECTIONS[section];
      const task = await uow.tasks.findOneBy({ businessKey: incidentId, formKey: form.key, status: 'open' });
      if (!task) {
        await unusable(section, `Bij ${CHANNELS[incident.channel as Channel].label} en dit gedrag hoort geen onderdeel "${form.title}". Laat het leeg.`);
      } else if (!task.candidateGroups.some((role) => reporter.roles.includes(role))) {
        await unusable(section, `Dit legt ${task.candidateGroups.map((role) => ROLES[role as Role] ?? role).join(' of ')} vast. Laat het leeg; het komt dan als taak bij hen.`);
      } else {
        // A failed step is recorded on the instance and shown in the file, the task staying open, as at the start.
        await this.completions.completeWithin(uow, task.id, parts[section], { id: reporter.id, name: reporter.name }, reporter.roles);
      }
    }
  }

  /**
   * After a failed start has been run again, completes the tasks of the parts its reporter had filled in.
   * A part the model no longer asks for is kept on the timeline with what was filled in.
   */
  async completeHeldParts(uow: UnitOfWork, incidentId: string, now: Date): Promise<void> {
    const incident = await uow.incidents.findOneBy({ id: incidentId });
    if (!incident?.heldParts) return;
    const { reporter, parts } = incident.heldParts;
    await uow.incidents.update(incidentId, { heldParts: null });
    await this.completeSections(uow, incidentId, parts, reporter, (section, problem) =>
      this.timeline
        .record(uow, incidentId, now, reporter, 'report-part-unused', `Onderdeel "${REPORT_SECTIONS[section].title}" uit de melding niet verwerkt: ${problem}`, { values: parts[section] })
        .then(() => undefined),
    );
  }

  /** Everything about one incident: the citizen, the protocol's state, tasks, timers, letters, bans and timeline. */
  async file(id: string): Promise<IncidentFileView> {
    return this.db.read(async (uow) => {
      const incident = await this.get(uow, id);
      const [citizen, instance, tasks, timers, letters, bans, timeline, problems, protocols, unit] = await Promise.all([
        uow.citizens.findOneByOrFail({ id: incident.citizenId }),
        incident.processInstanceId ? uow.instances.findOne({ where: { id: incident.processInstanceId }, select: { id: true, status: true, failure: true, startedAt: true, endedAt: true, definitionId: true } }) : null,
        uow.tasks.find({ where: { businessKey: id }, order: { createdAt: 'ASC' } }),
        uow.timers.find({ where: { businessKey: id }, order: { dueAt: 'ASC' }, select: { id: true, instanceId: true, elementId: true, name: true, dueAt: true, status: true, firedAt: true } }),
        uow.letters.find({ where: { incidentId: id }, order: { createdAt: 'ASC' } }),
        uow.bans.find({ where: { incidentId: id }, order: { createdAt: 'ASC' } }),
        this.timeline.list(uow, id),
        // A failed step may sit in a sub-process (a letter, a ban): list every instance that needs attention.
        uow.query(
          `SELECT i.id AS "instanceId", d.key AS "processKey", d.name AS "processName", i.status, i.failure
             FROM process_instances i JOIN process_definitions d ON d.id = i.definition_id
            WHERE i.business_key = $1 AND i.failure IS NOT NULL
            ORDER BY i.started_at`,
          [id],
        ),
        uow.query(
          `SELECT d.key AS "processKey", d.name AS "processName", d.version, u.name AS "unitName", min(i.started_at) AS "startedAt"
             FROM process_instances i JOIN process_definitions d ON d.id = i.definition_id
             LEFT JOIN organisation_units u ON u.id = d.unit_id
            WHERE i.business_key = $1
            GROUP BY d.id, u.name ORDER BY bool_or(i.parent_instance_id IS NULL) DESC, min(i.started_at)`,
          [id],
        ),
        incident.unitId ? uow.units.findOneBy({ id: incident.unitId }) : null,
      ]);
      const names = await this.userNames(uow, [incident.reportedBy, ...tasks.flatMap((t) => [t.assigneeId, t.completedBy])]);
      const paragraphs = await this.paragraphsOfSteps(uow, id);
      const { photo: _photo, photoType: _photoType, photoAttachedAt: _attached, erasedAt: _erased, createdAt: _created, updatedAt: _updated, ...citizenView } = citizen;
      return {
        ...incident,
        channelLabel: CHANNELS[incident.channel as Channel]?.label ?? incident.channel,
        behaviourLabel: BEHAVIOURS[incident.behaviour as Behaviour] ?? incident.behaviour,
        reportedByName: names.get(incident.reportedBy) ?? null,
        citizen: citizenView,
        unitName: unit?.name ?? null,
        process: instance,
        protocols,
        problems,
        tasks: tasks.map((t) => ({ ...t, paragraphs: paragraphs(t.instanceId, t.elementId), assigneeName: t.assigneeId ? (names.get(t.assigneeId) ?? null) : null, completedByName: t.completedBy ? (names.get(t.completedBy) ?? null) : null })),
        timers: timers.map((t) => ({ ...t, paragraphs: paragraphs(t.instanceId, t.elementId) })),
        letters: await letterViews(uow, letters, await this.pdf.available()),
        bans,
        timeline,
      };
    });
  }

  /**
   * A page of the incidents the user may open, the most recently reported first, and how many match in all. The search finds
   * a part of the reference or of the citizen's name, whatever its case.
   */
  async list(query: IncidentListQuery, user: AuthUser): Promise<[IncidentSummaryView[], number]> {
    const params: unknown[] = [];
    const where: string[] = [this.visibility.condition(user, params)];
    if (query.channel) {
      params.push(query.channel);
      where.push(`i.channel = $${params.length}`);
    }
    if (query.q?.trim()) {
      // The user's text is matched literally: % and _ are not wildcards here.
      params.push(`%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(i.reference ILIKE $${params.length} OR c.name ILIKE $${params.length})`);
    }
    const from = 'FROM incidents i JOIN citizens c ON c.id = i.citizen_id';
    const filter = `WHERE ${where.join(' AND ')}`;
    return this.db.read(async (uow) => {
      const [rows, [{ total }]] = await Promise.all([
        uow.query<Omit<IncidentSummaryView, 'channelLabel' | 'behaviourLabel'>>(
          `SELECT i.id, i.reference, i.channel, i.category, i.behaviour, i.occurred_at AS "occurredAt", i.created_at AS "createdAt",
                  c.id AS "citizenId", c.name AS "citizenName", p.status AS "processStatus"
             ${from} LEFT JOIN process_instances p ON p.id = i.process_instance_id ${filter}
            ORDER BY i.created_at DESC, i.id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
          [...params, query.limit, query.offset],
        ),
        uow.query<{ total: string }>(`SELECT count(*) AS total ${from} ${filter}`, params),
      ]);
      const items = rows.map((row) => ({
        ...row,
        channelLabel: CHANNELS[row.channel as Channel]?.label ?? row.channel,
        behaviourLabel: BEHAVIOURS[row.behaviour as Behaviour] ?? row.behaviour,
      }));
      return [items, Number(total)];
    });
  }

  /** How many incidents the user may open each channel has, for the list's filter; every channel with a protocol, also at 0. */
  async facets(user: AuthUser): Promise<IncidentFacets> {
    const params: unknown[] = [];
    const visible = this.visibility.condition(user, params);
    const counts = await this.db.read((uow) => uow.query<{ channel: string; count: string }>(`SELECT channel, count(*) AS count FROM incidents i WHERE ${visible} GROUP BY channel`, params));
    const byChannel = new Map(counts.map((c) => [c.channel, Number(c.count)]));
    const routed = new Set(reportRoutes((await this.definitions.newestModels(null)).definitions).map((r) => r.channel));
    return {
      channels: CHANNEL_KEYS.filter((key) => routed.has(key) || byChannel.has(key)).map((key) => ({ key, label: CHANNELS[key].label, count: byChannel.get(key) ?? 0 })),
    };
  }

  /**
   * The paragraphs of the protocol each step of the incident cites, read from the version of the model its
   * instance runs on (a later version may cite others), by instance and element.
   */
  private async paragraphsOfSteps(uow: UnitOfWork, incidentId: string): Promise<(instanceId: string, elementId: string) => string[]> {
    const instances = await uow.instances.find({ where: { businessKey: incidentId }, select: { id: true, definitionId: true } });
    const definitionIds = [...new Set(instances.map((i) => i.definitionId))];
    const definitions = new Map(await Promise.all(definitionIds.map(async (d) => [d, await this.definitions.get(d, uow)] as const)));
    const flowOf = new Map(instances.map((i) => [i.id, definitions.get(i.definitionId)?.flow ?? []]));
    return (instanceId, elementId) => flowOf.get(instanceId)?.find((node) => node.id === elementId)?.paragraphs ?? [];
  }

  private async userNames(uow: UnitOfWork, ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (!wanted.length) return new Map();
    const users = await uow.users.find({ where: { id: In(wanted) }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  async get(uow: UnitOfWork, id: string): Promise<IncidentEntity> {
    const incident = await uow.incidents.findOneBy({ id });
    if (!incident) throw new DomainError('not-found', `Incident ${id} bestaat niet`);
    return incident;
  }
}
