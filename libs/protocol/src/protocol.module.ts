import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { LibrarySources, TemplateFiles } from '@ap/letters';
import { FormRegistry, StartVariables, TaskSubjects, WorkflowHooks, WorkflowServices } from '@ap/workflow-runtime';
import { REPORT_START_VARIABLES } from './channels/channels';
import { ProtocolTaskSubjects } from './tasks/protocol-task-subjects';
import { aftercareOutcomeForm } from './aftercare/aftercare-outcome.form';
import { severityAssessmentForm } from './assessment/severity-assessment.form';
import { banDurationForm } from './bans/ban-duration.form';
import { benefitReductionForm } from './benefit/benefit-reduction.form';
import { damageRecoveryForm } from './damage/damage-recovery.form';
import { perpetratorDescriptionForm } from './description/perpetrator-description.form';
import { letterChoiceForm } from './letters/letter-choice.form';
import { onSiteStepsForm } from './on-site/on-site-steps.form';
import { BanTasks } from './bans/ban.tasks';
import { BansController } from './bans/bans.controller';
import { BansService } from './bans/bans.service';
import { CitizensController } from './citizens/citizens.controller';
import { CitizensService } from './citizens/citizens.service';
import { homeVisitForms } from './home-visits/home-visit.forms';
import { HomeVisitTasks } from './home-visits/home-visit.tasks';
import { HomeVisitsController } from './home-visits/home-visits.controller';
import { HomeVisitsService } from './home-visits/home-visits.service';
import { IncidentsController } from './incidents/incidents.controller';
import { IncidentDiagramService } from './incidents/incident-diagram.service';
import { IncidentsService } from './incidents/incidents.service';
import { HeldPartsHook } from './incidents/held-parts-hook';
import { LetterDataBuilder } from './letters/letter-data.builder';
import { LetterLibrarySources } from './letters/letter-library.sources';
import { IdempotencyKeys } from './idempotency/idempotency-keys';
import { LetterForms } from './letters/letter.forms';
import { LetterTasks } from './letters/letter.tasks';
import { MUNICIPALITY, Municipality } from './municipality';
import { MAIL_OPTIONS, MailOptions } from './notifications/mail/mail-options';
import { MailOutbox } from './notifications/mail/mail-outbox.service';
import { NotificationTasks } from './notifications/notification.tasks';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { PoliceReportForms } from './police-report/police-report.form';
import { MissedRepeats } from './recidive/missed-repeats';
import { recidiveReviewForm } from './recidive/recidive-review.form';
import { RecidiveTask } from './recidive/recidive.task';
import { TimelineHook } from './timeline/timeline-hook';
import { AssigneeMailHook } from './notifications/assignee-mail.hook';
import { ClosedTaskHook } from './notifications/closed-task.hook';
import { TaskTasks } from './tasks/task.tasks';
import { TimelineService } from './timeline/timeline.service';
import { Anonymiser } from './privacy/anonymiser';
import { CitizenExport } from './privacy/citizen-export';
import { CitizenRightsController } from './privacy/citizen-rights.controller';
import { CitizenRights } from './privacy/citizen-rights.service';
import { ErasureBlockers } from './privacy/erasure-blockers';
import { PRIVACY_OPTIONS, PrivacyOptions } from './privacy/privacy-options';
import { RetentionJob } from './privacy/retention/retention-job';

export interface ProtocolOptions {
  municipality: Municipality;
  /** Null: notifications are in-app only. */
  mail: MailOptions | null;
  /** Retention periods and the objection period that holds an erasure back. */
  privacy: PrivacyOptions;
}

/** The aggression protocol's domain: incidents, citizens, recidive, letters' data, bans, notifications. */
@Module({})
export class ProtocolModule implements OnModuleInit {
  static forRoot({ municipality, mail, privacy }: ProtocolOptions): DynamicModule {
    return {
      module: ProtocolModule,
      controllers: [IncidentsController, CitizensController, BansController, NotificationsController, HomeVisitsController, CitizenRightsController],
      providers: [
        { provide: MUNICIPALITY, useValue: municipality },
        { provide: MAIL_OPTIONS, useValue: mail },
        { provide: PRIVACY_OPTIONS, useValue: privacy },
        Anonymiser,
        CitizenExport,
        ErasureBlockers,
        CitizenRights,
        RetentionJob,
        MailOutbox,
        TimelineService,
        CitizensService,
        IncidentsService,
        IncidentDiagramService,
        HomeVisitsService,
        BansService,
        NotificationsService,
        RecidiveTask,
        MissedRepeats,
        LetterDataBuilder,
        LetterLibrarySources,
        IdempotencyKeys,
        LetterTasks,
        LetterForms,
        BanTasks,
        NotificationTasks,
        PoliceReportForms,
        HomeVisitTasks,
        TaskTasks,
      ],
    };
  }

  constructor(
    private readonly services: WorkflowServices,
    private readonly forms: FormRegistry,
    private readonly startVariables: StartVariables,
    private readonly hooks: WorkflowHooks,
    private readonly subjects: TaskSubjects,
    private readonly timeline: TimelineService,
    private readonly letterForms: LetterForms,
    private readonly policeReport: PoliceReportForms,
    private readonly templates: TemplateFiles,
    private readonly librarySources: LibrarySources,
    private readonly letterLibrary: LetterLibrarySources,
    private readonly mail: MailOutbox,
    private readonly incidents: IncidentsService,
  ) {}

  /**
   * Registers what the process models may name besides the service topics (@ServiceTopic methods, found
   * by the runtime): the letter codes, the task forms, what a report's start rules name, and the hooks
   * that keep the incident's record.
   */
  onModuleInit(): void {
    REPORT_START_VARIABLES.forEach((variable) => this.startVariables.declare(variable));
    this.services.addChoices('letterCodes', () => this.templates.codes().map((code) => ({ value: code, label: code })));
    this.librarySources.provide(
      () => this.letterLibrary.uses(),
      (reference, code, signer) => this.letterLibrary.incidentData(reference, code, signer),
    );
    this.forms.register(this.letterForms.signing);
    this.forms.register(this.letterForms.correction);
    this.forms.register(this.policeReport.policeReport);
    this.forms.register(recidiveReviewForm(this.timeline));
    for (const form of [aftercareOutcomeForm, severityAssessmentForm, onSiteStepsForm, perpetratorDescriptionForm, letterChoiceForm, banDurationForm, damageRecoveryForm, benefitReductionForm, ...homeVisitForms]) {
      this.forms.register(form);
    }
    this.hooks.add(new TimelineHook(this.timeline));
    this.hooks.add(new AssigneeMailHook(this.mail));
    this.hooks.add(new ClosedTaskHook(this.mail));
    this.hooks.add(new HeldPartsHook(this.incidents));
    this.subjects.add(new ProtocolTaskSubjects());
  }
}
