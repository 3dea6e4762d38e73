import { Injectable } from '@nestjs/common';
import { ServiceInput, ServiceTopic, WorkflowServiceContext } from '@ap/workflow-runtime';
import { END_BAN, IMPOSE_BAN, PROPOSE_BAN } from './ban.topics';
import { describeDuration, formatDutchDate } from '@ap/common';
import { textInput, variable } from '../model-input';
import { TimelineService } from '../timeline/timeline.service';
import { banExpiresAt, BansService } from './bans.service';

/** The ban steps of the models; duration and scope come from the model, so the policy owner sets them. */
@Injectable()
export class BanTasks {
  constructor(
    private readonly bans: BansService,
    private readonly timeline: TimelineService,
  ) {}

  /**
   * `bans.propose` (duration, scope, instruction): a ban awaiting the college's signature, with what receptions
   * do when the visitor comes anyway. Sets `banId`.
   */
  @ServiceTopic(PROPOSE_BAN)
  async propose(input: ServiceInput, { variables, scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const duration = textInput(input, 'duration');
    const banScope = textInput(input, 'scope');
    const instruction = textInput(input, 'instruction');
    const incidentId = variable(variables, 'incidentId');
    const ban = await this.bans.propose(scope.uow, incidentId, variable(variables, 'citizenId'), { duration, scope: banScope, instruction }, scope.now);
    await this.timeline.record(scope.uow, incidentId, scope.now, scope.actor, 'ban-proposed', `Toegangsverbod van ${describeDuration(duration)} voorgesteld`, {
      banId: ban.id,
      scope: banScope,
    });
    return { banId: ban.id };
  }

  /**
   * `bans.impose` (letterId: the signed decision): puts the ban into force from the day of signing.
   * Sets `banStartsOn`, `banEndsOn`, `banPeriod` (in Dutch) and `banExpiresAt` (when it ends by itself).
   */
  @ServiceTopic(IMPOSE_BAN)
  async impose(input: ServiceInput, { variables, scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const { uow } = scope;
    const letter = await uow.letters.findOneByOrFail({ id: textInput(input, 'letterId') });
    if (!letter.decidedAt || !letter.decidedBy || letter.status === 'draft' || letter.status === 'rejected') {
      throw new Error(`brief ${letter.code} is nog niet ondertekend`);
    }
    const ban = await this.bans.impose(uow, variable(variables, 'banId'), letter.id, letter.decidedAt, letter.decidedBy);
    await this.timeline.record(
      uow,
      ban.incidentId,
      scope.now,
      scope.actor,
      'ban-imposed',
      `Toegangsverbod opgelegd van ${formatDutchDate(ban.startsOn!)} tot en met ${formatDutchDate(ban.endsOn!)}`,
      { banId: ban.id },
    );
    return {
      banStartsOn: ban.startsOn,
      banEndsOn: ban.endsOn,
      banPeriod: `van ${formatDutchDate(ban.startsOn!)} tot en met ${formatDutchDate(ban.endsOn!)}`,
      banExpiresAt: banExpiresAt(ban.endsOn!).toISOString(),
    };
  }

  /** `bans.end`: the ban's last day has passed; the register marks it ended. */
  @ServiceTopic(END_BAN)
  async end(_input: ServiceInput, { variables, scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const ban = await this.bans.end(scope.uow, variable(variables, 'banId'), scope.now);
    await this.timeline.record(scope.uow, ban.incidentId, scope.now, scope.actor, 'ban-ended', `Toegangsverbod afgelopen na ${formatDutchDate(ban.endsOn!)}`, {
      banId: ban.id,
    });
    return {};
  }
}
