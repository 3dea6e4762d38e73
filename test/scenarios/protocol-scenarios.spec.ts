import { DateTime } from 'luxon';
import { describeDuration, formatDutchDate, localDay } from '@ap/common';
import { addToDay } from '../../libs/protocol/src/bans/bans.service';
import { docxText } from '../support/docx-text';
import { newCitizen, taskLabel } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';
import { SCENARIOS, Scenario } from './scenarios';

/**
 * Every path of the protocol through the API, on a clock the test moves: the incident is reported,
 * the people in it do their tasks, time passes for the aftercare timers, and then the incident's file
 * must show the expected tasks for the expected roles, the expected letters final with no missing
 * field, and the expected ban.
 */
describe('protocol scenarios', () => {
  const clock = new TestClock(new Date('2027-01-04T09:00:00Z'));
  const app = useTestApp({ clock });

  const report = (scenario: Scenario, citizen: ReturnType<typeof newCitizen>, at: DateTime) =>
    app.api.report({
      channel: scenario.channel,
      category: scenario.category,
      behaviour: scenario.behaviour,
      occurredAt: at.toISO(),
      location: 'Stadskantoor, Markt 1, Voorbeeldstad',
      description: 'De burger werd agressief tegen de medewerker.',
      citizen,
    });

  let start = DateTime.fromISO('2027-01-04T09:00:00Z');

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    // Each scenario on its own stretch of time, so the clock only moves forward.
    start = start.plus({ months: 3 });
    const citizen = newCitizen();
    if (scenario.repeat) {
      clock.set(start.toISO()!);
      const earlier = await report(scenario, citizen, start.minus({ minutes: 30 }));
      await app.driver.completeAll(earlier.id, scenario.answers);
    }
    const at = start.plus({ months: 2 });
    clock.set(at.plus({ minutes: 30 }).toISO()!);
    const incident = await report(scenario, citizen, at);

    await app.driver.completeAll(incident.id, scenario.answers);
    await app.driver.advanceTo(at.plus({ days: 29 }).toISO()!); // aftercare's conversations fall due
    await app.driver.completeAll(incident.id, scenario.answers);

    const file = await app.api.file(incident.id);
    expect(file.problems).toEqual([]);
    expect(file.isRepeat).toBe(Boolean(scenario.repeat));
    const seen = new Map<string, string[]>(file.tasks.map((task: any) => [taskLabel(task), task.candidateGroups]));
    for (const [label, roles] of Object.entries(scenario.expected.tasks)) {
      expect({ label, roles: seen.get(label) }).toEqual({ label, roles });
    }
    for (const label of scenario.expected.absent ?? []) expect([...seen.keys()]).not.toContain(label);
    expect(file.letters.map((l: any) => l.code).sort()).toEqual([...scenario.expected.letters].sort());
    expect(file.letters.filter((l: any) => l.status !== 'final')).toEqual([]);
    for (const [code, duration] of Object.entries(scenario.expected.measureDuration ?? {})) {
      const letterProcess = file.tasks.find((task: any) => taskLabel(task) === `sign:${code}`).instanceId;
      const res = await app.t.http().get(`/api/process-instances/${letterProcess}`).set(await app.api.as('afdelingshoofd')).expect(200);
      expect({ code, duration: res.body.variables.measureDuration }).toEqual({ code, duration });
      // The final letter states that period, from the day it was signed.
      const letter = file.letters.find((l: any) => l.code === code);
      const signedOn = localDay(new Date(letter.decidedAt));
      const text = docxText(await app.api.letterDocx(letter.id));
      expect(text).toContain(`voor een periode van ${describeDuration(duration)}`);
      expect(text).toContain(`van ${formatDutchDate(signedOn)} tot en met ${formatDutchDate(addToDay(signedOn, duration))}.`);
    }
    if (scenario.expected.ban) {
      expect(file.bans).toEqual([expect.objectContaining({ duration: scenario.expected.ban, status: 'active' })]);
    } else {
      expect(file.bans).toEqual([]);
    }
  });
});
