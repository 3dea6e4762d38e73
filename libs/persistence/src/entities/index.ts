import { AuditEventEntity } from './audit-event.entity';
import { BanEntity } from './ban.entity';
import { CitizenEntity } from './citizen.entity';
import { HomeVisitEntity } from './home-visit.entity';
import { IncidentEntity } from './incident.entity';
import { LetterEntity } from './letter.entity';
import { LetterPdfEntity } from './letter-pdf.entity';
import { LetterTemplatePublicationEntity } from './letter-template-publication.entity';
import { LetterTemplateVersionEntity } from './letter-template-version.entity';
import { MailOutboxEntity } from './mail-outbox.entity';
import { NotificationEntity } from './notification.entity';
import { OrganisationUnitEntity } from './organisation-unit.entity';
import { ProcessDefinitionEntity } from './process-definition.entity';
import { ProcessDraftEntity } from './process-draft.entity';
import { ProcessInstanceEntity } from './process-instance.entity';
import { ProcessTimerEntity } from './process-timer.entity';
import { TimelineEventEntity } from './timeline-event.entity';
import { UserTaskEntity } from './user-task.entity';
import { UserSessionEntity } from './user-session.entity';
import { UserEntity } from './user.entity';

export * from './audit-event.entity';
export * from './ban.entity';
export * from './citizen.entity';
export * from './home-visit.entity';
export * from './incident.entity';
export * from './letter.entity';
export * from './letter-pdf.entity';
export * from './letter-template-publication.entity';
export * from './letter-template-version.entity';
export * from './mail-outbox.entity';
export * from './notification.entity';
export * from './organisation-unit.entity';
export * from './process-definition.entity';
export * from './process-draft.entity';
export * from './process-instance.entity';
export * from './process-timer.entity';
export * from './timeline-event.entity';
export * from './user-task.entity';
export * from './user-session.entity';
export * from './user.entity';

export const entities = [
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
  UserTaskEntity,
  UserEntity,
  UserSessionEntity,
];
