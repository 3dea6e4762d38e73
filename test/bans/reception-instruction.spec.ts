import { deliveredModel } from '../support/model-edits';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/**
 * A banned visitor entering a building acts unlawfully and reception calls the police (5.1 B, 7.2). What
 * reception does is the access-ban model's words, which the policy owner changes in the modeller.
 */
describe('the reception lookup: what to do with a banned visitor', () => {
  const clock = new TestClock(new Date('2026-09-07T08:00:00Z'));
  const app = useTestApp({ clock });

  /** A second threat within six months: the college signs TC4 and the ban is in force from today. */
  const banned = async () => {
    const citizen = newCitizen();
    await app.api.phoneIncident(citizen, 'threat', new Date(clock.now().getTime() - 3_600_000));
    const second = await app.api.phoneIncident(citizen, 'threat', new Date(clock.now().getTime() - 1_800_000));
    await app.api.completeAt(second.id, 'sign:TC4', { decision: 'approve' }, 'college');
    return citizen;
  };
  const lookup = async (citizen: { name: string; dateOfBirth?: string }) =>
    (await app.t.http().get('/api/bans/lookup').query({ name: citizen.name, dateOfBirth: citizen.dateOfBirth }).set(await app.api.as('receptie')).expect(200)).body;

  it("answers each ban with its scope, last day and the instruction of the model that proposed it", async () => {
    const before = await banned();
    expect(await lookup(before)).toEqual({
      checkedOn: '2026-09-07',
      banned: true,
      bans: [
        expect.objectContaining({
          scope: 'alle gebouwen van de gemeente',
          endsOn: '2027-03-07',
          instruction: expect.stringMatching(/^Laat de bezoeker niet binnen\. .*wederrechtelijk: schakel meteen de politie in/),
        }),
      ],
    });

    // The policy owner puts other words in the model, as in the modeller's properties panel.
    const policy = await app.api.as('beleid');
    const [base] = (await app.t.http().get('/api/process-models/access-ban/versions').set(policy).expect(200)).body;
    const instruction = 'Niet binnenlaten. Komt de bezoeker toch binnen: bel direct de politie (112) en daarna de beveiliging op 4444.';
    const xml = deliveredModel('access-ban').replace(/(<camunda:inputParameter name="instruction">)[^<]*/, `$1${instruction}`);
    expect(xml).toContain(instruction);
    await app.t.http().post('/api/process-models/access-ban/versions').set(policy).send({ xml, comment: 'Nummer van de beveiliging', baseVersion: base.version }).expect(201);

    const after = await banned();
    expect((await lookup(after)).bans).toEqual([expect.objectContaining({ instruction, endsOn: '2027-03-07' })]);
    // A ban keeps what reception was told when it was proposed.
    expect((await lookup(before)).bans[0].instruction).toMatch(/^Laat de bezoeker niet binnen/);

    // A model that does not say what reception does is refused.
    const without = deliveredModel('access-ban').replace(/\s*<camunda:inputParameter name="instruction">[^<]*<\/camunda:inputParameter>/, '');
    const refused = await app.t.http().post('/api/process-models/access-ban/check').set(policy).send({ xml: without }).expect(200);
    expect(refused.body.problems).toEqual([expect.objectContaining({ elementId: 'propose', message: expect.stringContaining('instruction') })]);
  });
});
