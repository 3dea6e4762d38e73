import { Injectable } from '@nestjs/common';
import { LettersService } from '@ap/letters';
import { ServiceInput, ServiceTopic, WorkflowServiceContext } from '@ap/workflow-runtime';
import { FINALIZE_LETTER, RENDER_LETTER } from './letter.topics';
import { durationInput, textInput, variable } from '../model-input';
import { TimelineService } from '../timeline/timeline.service';
import { LetterDataBuilder } from './letter-data.builder';

/**
 * The duration the model gives a measure that is not a ban (SrCH, HB2): the `measureDuration` input of the
 * letter's call, a variable of this sub-process. Null when the model gives none.
 */
function measureDuration(variables: Readonly<Record<string, unknown>>): string | null {
  return variables.measureDuration == null ? null : durationInput(variables, 'measureDuration');
}

/** The letter steps of the models: draft a letter for its signer, and make a signed one final. */
@Injectable()
export class LetterTasks {
  constructor(
    private readonly letters: LettersService,
    private readonly data: LetterDataBuilder,
    private readonly timeline: TimelineService,
  ) {}

  /**
   * `letters.render` (code, subject, signer; recipient for internal notifications): a draft of letter
   * `code` for the signer's role, stating the ban of the process or else the measure of `measureDuration`.
   * Sets `letterId`.
   */
  @ServiceTopic(RENDER_LETTER)
  async render(input: ServiceInput, { variables, scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const code = textInput(input, 'code');
    const subject = textInput(input, 'subject');
    const signerRole = textInput(input, 'signer');
    const recipient = typeof input.recipient === 'string' && input.recipient.trim() ? input.recipient.trim() : undefined;
    const { uow, now, actor } = scope;
    const incident = await uow.incidents.findOneByOrFail({ id: variable(variables, 'incidentId') });
    const citizen = await uow.citizens.findOneByOrFail({ id: incident.citizenId });
    const banId = variables.banId as string | undefined;
    const ban = banId ? await uow.bans.findOneByOrFail({ id: banId }) : null;
    // Set by the recidive step of the channel's model; a call activity passes it on to this sub-process.
    const recidiveWindow = typeof variables.recidiveWindow === 'string' ? variables.recidiveWindow : null;
    const letter = await this.letters.createDraft(uow, {
      incidentId: incident.id,
      code,
      data: this.data.draft({ code, subject, signerRole, incident, citizen, ban, recipient, recidiveWindow, measureDuration: measureDuration(variables), now }),
      signerRole,
      now,
    });
    await this.timeline.record(uow, incident.id, now, actor, 'letter-drafted', `Concept van brief ${code} opgesteld`, { letterId: letter.id, code });
    return { letterId: letter.id, letterCode: code };
  }

  /** `letters.finalize`: the approved letter, rendered with signature and signing date, kept for good. */
  @ServiceTopic(FINALIZE_LETTER)
  async finalize(_input: ServiceInput, { variables, scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const { uow, now, actor } = scope;
    const letter = await uow.letters.findOneByOrFail({ id: variable(variables, 'letterId') });
    if (!letter.decidedBy || !letter.decidedAt) throw new Error(`brief ${letter.code} is niet ondertekend`);
    const signer = await uow.users.findOneByOrFail({ id: letter.decidedBy });
    const { citizenId } = await uow.incidents.findOneByOrFail({ id: letter.incidentId });
    const citizen = await uow.citizens.findOneByOrFail({ id: citizenId });
    // The ban the letter decides on is the process's; it is put into force after the letter is final.
    const ban = typeof variables.banId === 'string' ? await uow.bans.findOneByOrFail({ id: variables.banId }) : null;
    // Like a ban, a measure starts on the day the letter is signed.
    const signed = this.data.signed(letter.decidedAt, ban, measureDuration(variables), citizen);
    const final = await this.letters.finalize(uow, letter.id, { name: signer.displayName, jobTitle: signer.jobTitle }, signed, now);
    await this.timeline.record(uow, letter.incidentId, now, actor, 'letter-final', `Brief ${letter.code} definitief, ondertekend door ${signer.displayName}`, {
      letterId: final.id,
      sha256: final.sha256,
      templateHash: final.templateHash,
    });
    return {};
  }
}
