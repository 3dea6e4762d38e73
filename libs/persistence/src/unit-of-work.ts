import { EntityManager } from 'typeorm';
import {
  AuditEventEntity,
  BanEntity,
  CitizenEntity,
  HomeVisitEntity,
  IncidentEntity,
  LetterEntity,
  LetterPdfEntity,
  LetterTemplatePublicationEntity,
  LetterTemplateVersionEntity,
  MailOutboxEntity,
  NotificationEntity,
  OrganisationUnitEntity,
  ProcessDefinitionEntity,
  ProcessDraftEntity,
  ProcessInstanceEntity,
  ProcessTimerEntity,
  TimelineEventEntity,
  UserEntity,
  UserSessionEntity,
  UserTaskEntity,
} from './entities';

let savepoints = 0;

/**
 * The repositories of one transaction. Everything a request or a process run changes goes through one
 * of these, so it commits or rolls back as a whole (and, on the embedded database, never waits on a
 * second connection while holding the first).
 */
export class UnitOfWork {
  constructor(private readonly manager: EntityManager) {}

  get units() {
    return this.manager.getRepository(OrganisationUnitEntity);
  }
  get users() {
    return this.manager.getRepository(UserEntity);
  }
  get sessions() {
    return this.manager.getRepository(UserSessionEntity);
  }
  get auditTrail() {
    return this.manager.getRepository(AuditEventEntity);
  }
  get citizens() {
    return this.manager.getRepository(CitizenEntity);
  }
  get incidents() {
    return this.manager.getRepository(IncidentEntity);
  }
  get timeline() {
    return this.manager.getRepository(TimelineEventEntity);
  }
  get definitions() {
    return this.manager.getRepository(ProcessDefinitionEntity);
  }
  get drafts() {
    return this.manager.getRepository(ProcessDraftEntity);
  }
  get instances() {
    return this.manager.getRepository(ProcessInstanceEntity);
  }
  get tasks() {
    return this.manager.getRepository(UserTaskEntity);
  }
  get timers() {
    return this.manager.getRepository(ProcessTimerEntity);
  }
  get letters() {
    return this.manager.getRepository(LetterEntity);
  }
  get letterTemplateVersions() {
    return this.manager.getRepository(LetterTemplateVersionEntity);
  }
  get letterPdfs() {
    return this.manager.getRepository(LetterPdfEntity);
  }
  get letterTemplatePublications() {
    return this.manager.getRepository(LetterTemplatePublicationEntity);
  }
  get bans() {
    return this.manager.getRepository(BanEntity);
  }
  get homeVisits() {
    return this.manager.getRepository(HomeVisitEntity);
  }
  get mailOutbox() {
    return this.manager.getRepository(MailOutboxEntity);
  }
  get notifications() {
    return this.manager.getRepository(NotificationEntity);
  }

  query<T = any>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, parameters);
  }

  /**
   * Runs `work` so that, if it throws, only its own changes are undone and the transaction goes on.
   * A failed process run uses this to keep the task completion out but record the failure.
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const name = `sp_${++savepoints}`;
    await this.manager.query(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await this.manager.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      await this.manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw err;
    }
  }
}
