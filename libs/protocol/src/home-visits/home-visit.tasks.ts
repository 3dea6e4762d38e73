import { Injectable } from '@nestjs/common';
import { DateTime, Duration } from 'luxon';
import { formatDutchTime, TIME_ZONE } from '@ap/common';
import { ServiceInput, ServiceTopic, WorkflowServiceContext } from '@ap/workflow-runtime';
import { listInput, textInput, variable } from '../model-input';
import { CHECKED_IN, EXPECT_RETURN, OFFICE_HOURS } from './home-visit.topics';

/** The safety steps of a home visit that the service does itself. */
@Injectable()
export class HomeVisitTasks {
  /**
   * `home-visits.office-hours` (days, from, until): visits take place during office hours only (5.6).
   * The model sets the hours; days are ISO weekdays (1 = Monday). Sets `withinOfficeHours`.
   */
  @ServiceTopic(OFFICE_HOURS)
  async officeHours(input: ServiceInput, { variables }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const days = listInput(input, 'days').map(Number);
    const from = textInput(input, 'from');
    const until = textInput(input, 'until');
    const start = DateTime.fromISO(variable(variables, 'plannedStart'), { zone: TIME_ZONE });
    const end = DateTime.fromISO(variable(variables, 'plannedEnd'), { zone: TIME_ZONE });
    const within = days.includes(start.weekday) && start.hasSame(end, 'day') && start.toFormat('HH:mm') >= from && end.toFormat('HH:mm') <= until;
    return { withinOfficeHours: within };
  }

  /**
   * `home-visits.expect-return` (grace): after check-out, the moment the colleague starts looking for the
   * employee: the expected end plus the grace the model sets (30 minutes in the source). Sets `checkInDeadline`.
   */
  @ServiceTopic(EXPECT_RETURN)
  async expectReturn(input: ServiceInput, { variables }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    const grace = textInput(input, 'grace');
    const checkOut = variables.check_out as { expectedEnd?: string } | undefined;
    if (!checkOut?.expectedEnd) throw new Error('de uitmelding (check_out) heeft geen verwachte eindtijd');
    return { checkInDeadline: DateTime.fromISO(checkOut.expectedEnd).plus(Duration.fromISO(grace)).toUTC().toISO() };
  }

  /**
   * `home-visits.checked-in`: the moment the employee checked in, also after the search for them started,
   * so the model can tell the colleague who was looking. Sets `checkedInAt` and `checkedInTime` (local HH:MM).
   */
  @ServiceTopic(CHECKED_IN)
  async checkedIn(_input: ServiceInput, { scope }: WorkflowServiceContext): Promise<Record<string, unknown>> {
    return { checkedInAt: scope.now.toISOString(), checkedInTime: formatDutchTime(scope.now) };
  }
}
