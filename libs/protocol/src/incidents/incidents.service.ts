import { Injectable } from '@nestjs/common';
import { Clock, DomainError, Role, ROLES } from '@ap/common';
import { Database, IncidentEntity, UnitOfWork } from '@ap/persistence';
import { AuthUser } from '@ap/auth';
import { letterView } from '@ap/letters';
import { DefinitionStore, InstanceService } from '@ap/workflow-runtime';
import { CitizensService } from '../citizens/citizens.service';
import { TimelineService } from '../timeline/timeline.service';
import { instanceToPlain } from 'class-transformer';
import { Behaviour, Category, CHANNELS, Channel, offerProblems } from '../channels/channels';
import { ReportIncidentDto } from './report-incident.dto';
import { REPORT_SECTION_KEYS, REPORT_SECTIONS } from './report-sections';

@Injectable()
export class IncidentsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly citizens: CitizensService,
    private readonly timeline: TimelineService,
    private readonly instances: InstanceService,
    private readonly definitions: DefinitionStore,
  ) {}

  /**
   * Registers an incident and starts its channel's protocol in one transaction, completing the tasks of
   * the parts the reporter filled in (the on-the-spot steps, the perpetrator). If the protocol's first
   * steps fail (say, a letter lacks the citizen's address), the incident stays registered and its file
   * shows what is missing.
   */
  async report(dto: ReportIncidentDto, user: AuthUser): Promise<IncidentEntity> {
    const channel = dto.channel as Channel;
    if (!this.definitions.hasProcess(channel)) {
      throw new DomainError('unprocessable', `Voor ${CHANNELS[channel].label} is geen protocol in gebruik`);
    }
    const refused = offerProblems(channel, dto.behaviour as Behaviour, dto.category as Category);
    if (dto.citizenId && dto.citizen) refused.push({ field: 'citizen', problems: ['Kies een bekende burger of vul een nieuwe in, niet allebei.'] });
    if (refused.length) throw new DomainError('invalid', 'Ongeldige invoer', refused);
    const occurredAt = new Date(dto.occurredAt);
    const now = this.clock.now();
    if (occurredAt.getTime() > now.getTime() + 5 * 60_000) {
      throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'occurredAt', problems: ['Het tijdstip van het incident kan niet in de toekomst liggen.'] }]);
    }
    const actor = { id: user.id, name: user.displayName };
    return this.db.transaction(async (uow) => {
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
          description: dto.description,
          kind: null,
          isRepeat: null,
          processInstanceId: null,
        }),
      );
      await this.timeline.record(uow, incident.id, now, actor, 'reported', `Incident gemeld: ${CHANNELS[channel].label}`, {
        category: dto.category,
        behaviour: dto.behaviour,
      });
      const instance = await this.instances.start(
        uow,
        channel,
        incident.id,
        {
          incidentId: incident.id,
          reference: incident.reference,
          citizenId: citizen.id,
          citizenName: citizen.name,
          channel,
          category: dto.category,
          behaviour: dto.behaviour,
          occurredAt: occurredAt.toISOString(),
        },
        actor,
      );
      // Only this column: the process's first steps have updated the incident row meanwhile.
      await uow.incidents.update(incident.id, { processInstanceId: instance.id });
      // A start that failed has no tasks yet; its retry opens them for the reporter to complete.
      if (!instance.failure) await this.completeSections(uow, incident.id, dto, user, actor);
      return { ...incident, processInstanceId: instance.id };
    });
  }

  private async knownCitizen(uow: UnitOfWork, id: string) {
    const citizen = await uow.citizens.findOneBy({ id });
    if (!citizen) throw new DomainError('invalid', 'Ongeldige invoer', [{ field: 'citizenId', problems: ['Deze burger is niet (meer) bekend. Zoek opnieuw of vul een nieuwe burger in.'] }]);
    return citizen;
  }

  /**
   * Completes, for the reporter, the open task of each part sent with the report. A part whose task the
   * model did not open, or that the reporter's roles may not complete, is refused at its field.
   */
  private async completeSections(uow: UnitOfWork, incidentId: string, dto: ReportIncidentDto, user: AuthUser, actor: { id: string; name: string }): Promise<void> {
    for (const section of REPORT_SECTION_KEYS.filter((key) => dto[key] !== undefined)) {
      const form = REPORT_SECTIONS[section];
      const task = await uow.tasks.findOneBy({ businessKey: incidentId, formKey: form.key, status: 'open' });
      const refuse = (problem: string) => new DomainError('invalid', 'Ongeldige invoer', [{ field: section, problems: [problem] }]);
      if (!task) throw refuse(`Bij ${CHANNELS[dto.channel as Channel].label} en dit gedrag hoort geen onderdeel "${form.title}". Laat het leeg.`);
      if (!task.candidateGroups.some((role) => (user.roles as string[]).includes(role))) {
        throw refuse(`Dit legt ${task.candidateGroups.map((role) => ROLES[role as Role] ?? role).join(' of ')} vast. Laat het leeg; het komt dan als taak bij hen.`);
      }
      // A failed step is recorded on the instance and shown in the file, the task staying open, as at the start.
      await this.instances.completeTaskWithin(uow, task.id, instanceToPlain(dto[section]) as Record<string, unknown>, actor, user.roles);
    }
  }

  /** Everything about one incident: the citizen, the protocol's state, tasks, letters, bans and timeline. */
  async file(id: string) {
    return this.db.read(async (uow) => {
      const incident = await this.get(uow, id);
      const [citizen, instance, tasks, letters, bans, timeline, problems] = await Promise.all([
        uow.citizens.findOneBy({ id: incident.citizenId }),
        incident.processInstanceId ? uow.instances.findOne({ where: { id: incident.processInstanceId }, select: { id: true, status: true, failure: true, startedAt: true, endedAt: true, definitionId: true } }) : null,
        uow.tasks.find({ where: { businessKey: id }, order: { createdAt: 'ASC' } }),
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
      ]);
      return {
        ...incident,
        citizen,
        process: instance,
        problems,
        tasks,
        letters: letters.map(letterView),
        bans,
        timeline,
      };
    });
  }

  list(limit = 50) {
    return this.db.read((uow) => uow.incidents.find({ order: { createdAt: 'DESC' }, take: Math.min(Math.max(limit, 1), 200) }));
  }

  async get(uow: UnitOfWork, id: string): Promise<IncidentEntity> {
    const incident = await uow.incidents.findOneBy({ id });
    if (!incident) throw new DomainError('not-found', `Incident ${id} bestaat niet`);
    return incident;
  }
}
