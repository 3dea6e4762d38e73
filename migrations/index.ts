import { InitialSchema1795000000000 } from './1795000000000-initial-schema';
import { ProcessTimers1795000000001 } from './1795000000001-process-timers';
import { CalledProcesses1795000000002 } from './1795000000002-called-processes';
import { BanEndAndPhoto1795000000003 } from './1795000000003-ban-end-and-photo';
import { MailOutbox1795000000004 } from './1795000000004-mail-outbox';
import { HomeVisits1795000000005 } from './1795000000005-home-visits';
import { LetterTemplateVersions1795000000006 } from './1795000000006-letter-template-versions';
import { TaskInbox1795000000007 } from './1795000000007-task-inbox';
import { NotificationReads1795000000008 } from './1795000000008-notification-reads';
import { InstanceProgress1795000000009 } from './1795000000009-instance-progress';
import { IncidentList1795000000010 } from './1795000000010-incident-list';
import { TasksByBusinessKey1795000000011 } from './1795000000011-tasks-by-business-key';
import { HeldReportParts1795000000012 } from './1795000000012-held-report-parts';
import { ModelVersions1795000000013 } from './1795000000013-model-versions';
import { OrganisationUnits1795000000014 } from './1795000000014-organisation-units';
import { LetterTemplateLibrary1795000000015 } from './1795000000015-letter-template-library';
import { LetterPdfs1795000000016 } from './1795000000016-letter-pdfs';
import { IdempotencyKeys1795000000017 } from './1795000000017-idempotency-keys';
import { SessionsAndAuditTrail1795000000018 } from './1795000000018-sessions-and-audit-trail';
import { BanReceptionInstruction1795000000019 } from './1795000000019-ban-reception-instruction';
import { ClosedTasksAndPersonalMessages1795000000020 } from './1795000000020-closed-tasks-and-personal-messages';
import { AuditTrailSubjects1795000000021 } from './1795000000021-audit-trail-subjects';
import { Privacy1795000000022 } from './1795000000022-privacy';

/** Every migration, in order. TypeORM runs those not yet recorded in its migrations table. */
export const migrations = [
  InitialSchema1795000000000,
  ProcessTimers1795000000001,
  CalledProcesses1795000000002,
  BanEndAndPhoto1795000000003,
  MailOutbox1795000000004,
  HomeVisits1795000000005,
  LetterTemplateVersions1795000000006,
  TaskInbox1795000000007,
  NotificationReads1795000000008,
  InstanceProgress1795000000009,
  IncidentList1795000000010,
  TasksByBusinessKey1795000000011,
  HeldReportParts1795000000012,
  ModelVersions1795000000013,
  OrganisationUnits1795000000014,
  LetterTemplateLibrary1795000000015,
  LetterPdfs1795000000016,
  IdempotencyKeys1795000000017,
  SessionsAndAuditTrail1795000000018,
  BanReceptionInstruction1795000000019,
  ClosedTasksAndPersonalMessages1795000000020,
  AuditTrailSubjects1795000000021,
  Privacy1795000000022,
];
