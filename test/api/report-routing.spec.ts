import { BEHAVIOUR_KEYS, CATEGORIES, CHANNEL_KEYS, CHANNELS, Channel } from '../../libs/protocol/src/channels/channels';
import { deliveredModel } from '../support/model-edits';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

const ALL = ['I', 'II', 'III'];
const PHYSICAL = ['III'];

/**
 * The routing table as chapter 5 reads, written out here independently of the models' start rules:
 * per channel, per behaviour, the protocol (model) a report starts and the categories it starts with.
 * Violence against persons and property damage at the counter run 5.5 and 5.4, which apply to
 * violence in a building wherever it happens.
 */
const EXPECTED: Record<string, Record<string, [string, string[]]>> = {
  phone: { insult: ['phone', ALL], discrimination: ['phone', ALL], threat: ['phone', ALL] },
  written: { insult: ['written', ALL], threat: ['written', ALL] },
  counter: {
    'house-rules': ['counter', ALL],
    aggression: ['counter', ALL],
    'psychological-pressure': ['counter', ALL],
    threat: ['counter', ALL],
    'property-damage': ['property-damage', PHYSICAL],
    violence: ['violence', PHYSICAL],
  },
  'property-damage': { 'property-damage': ['property-damage', PHYSICAL] },
  violence: { violence: ['violence', PHYSICAL] },
  'home-visit': { aggression: ['home-visit', ALL], threat: ['home-visit', ALL], violence: ['home-visit', ALL] },
  'public-road': { insult: ['public-road', ALL], discrimination: ['public-road', ALL], threat: ['public-road', ALL], 'property-damage': ['public-road', PHYSICAL], violence: ['public-road', PHYSICAL] },
  'outside-hours': { aggression: ['outside-hours', ALL], threat: ['outside-hours', ALL], violence: ['outside-hours', ALL] },
};

/**
 * Every cell of channel × behaviour × category through HTTP: a routed report starts the protocol of the
 * table, any other is refused with a Dutch 400 at the field, saying which channel takes the behaviour or
 * which category fits; the report form offers exactly the routed cells. The table is the models' start
 * rules, so a policy owner changes it by deploying a model.
 */
describe('API: which protocol a report starts', () => {
  const app = useTestApp();
  const report = async (channel: string, behaviour: string, category: string) =>
    app.t
      .http()
      .post('/api/incidents')
      .set(await app.api.as('medewerker'))
      .send({ channel, behaviour, category, occurredAt: new Date(Date.now() - 3600_000).toISOString(), location: 'Stadskantoor, Markt 1', description: 'Routering.', citizen: newCitizen() });

  it('starts the protocol of the table for every routed cell and refuses every other with the way to report it', async () => {
    const cells = CHANNEL_KEYS.flatMap((channel) => BEHAVIOUR_KEYS.flatMap((behaviour) => CATEGORIES.map((category) => ({ channel, behaviour, category }))));
    const wrong: string[] = [];
    // A few at a time: the suite's database has a small pool.
    for (let i = 0; i < cells.length; i += 6) {
      await Promise.all(
        cells.slice(i, i + 6).map(async ({ channel, behaviour, category }) => {
          const cell = `${channel} × ${behaviour} × ${category}`;
          const [model, categories] = EXPECTED[channel]?.[behaviour] ?? [null, []];
          const res = await report(channel, behaviour, category);
          if (model && categories.includes(category)) {
            if (res.status !== 201) return void wrong.push(`${cell}: ${res.status} ${JSON.stringify(res.body.errors ?? res.body.message)}`);
            const started = res.body.protocols?.[0]?.processKey;
            if (started !== model) wrong.push(`${cell}: started ${started}, expected ${model}`);
            return;
          }
          if (res.status !== 400) return void wrong.push(`${cell}: ${res.status}, expected 400`);
          const [problem] = res.body.errors;
          if (model) {
            if (problem.field !== 'category' || !problem.problems[0].includes(`hoort categorie ${categories.join(' of ')}`)) wrong.push(`${cell}: ${JSON.stringify(problem)}`);
            return;
          }
          const elsewhere = Object.keys(EXPECTED).filter((c) => EXPECTED[c][behaviour]);
          const names = elsewhere.map((c) => CHANNELS[c as Channel].label);
          if (problem.field !== 'behaviour' || !names.every((name) => problem.problems[0].includes(name)) || !problem.problems[0].startsWith('Bij ')) {
            wrong.push(`${cell}: ${JSON.stringify(problem)} should name ${names.join(', ')}`);
          }
        }),
      );
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('offers in the report form exactly the routed cells, grouped by the protocol they start', async () => {
    const form = (await app.t.http().get('/api/incidents/report-form').set(await app.api.as('medewerker')).expect(200)).body;
    const offered = Object.fromEntries(
      form.channels.map((channel: any) => [
        channel.key,
        Object.fromEntries(channel.protocols.flatMap((p: any) => p.behaviours.map((b: any) => [b.key, [p.key, b.categories.map((c: any) => c.key)]]))),
      ]),
    );
    expect(offered).toEqual(EXPECTED);
  });

  it('follows the start rules a policy owner deploys, and refuses rules that overlap or name what does not exist', async () => {
    const policy = await app.api.as('beleid');
    const deploy = async (key: string, xml: string) => {
      const [latest] = (await app.t.http().get(`/api/process-models/${key}/versions`).set(policy).expect(200)).body;
      return app.t.http().post(`/api/process-models/${key}/versions`).set(policy).send({ xml, comment: 'Routering aangepast', baseVersion: latest.version });
    };
    const counter = deliveredModel('counter');
    const violence = deliveredModel('violence');
    const counterWithViolence = counter.replace('behaviour=house-rules, aggression, psychological-pressure, threat"', 'behaviour=house-rules, aggression, psychological-pressure, threat, violence"');

    const overlap = await deploy('counter', counterWithViolence);
    expect(overlap.status).toBe(422);
    expect(overlap.body.details.problems).toEqual([
      {
        elementId: 'reported',
        message: expect.stringContaining('een melding met kanaal: agressie aan de balie of in de spreekkamer; gedrag: geweld tegen personen; categorie: III. Fysieke agressie start ook model "Geweld tegen mensen (protocol 5.5)"'),
      },
    ]);
    const unknown = await deploy('counter', counter.replace('channel=counter;', 'channel=balie;'));
    expect(unknown.status).toBe(422);
    expect(unknown.body.details.problems[0].message).toContain('kanaal "balie" bestaat niet (kies uit phone (telefonische agressie)');
    const malformed = await deploy('counter', counter.replace('channel=counter;', 'balie;'));
    expect(malformed.body.details.problems[0].message).toContain('"balie" is geen "naam=waarde"');

    // Violence at the counter moved to the counter's protocol: first out of 5.5, then into 5.3.
    expect((await deploy('violence', violence.replace('channel=violence, counter;', 'channel=violence;'))).status).toBe(201);
    const unrouted = await report('counter', 'violence', 'III');
    expect(unrouted.status).toBe(400);
    expect(unrouted.body.errors[0].problems[0]).toContain('Geweld tegen personen meldt u bij het kanaal geweld tegen mensen, agressie bij een huisbezoek, agressie op de openbare weg of agressie buiten werktijd.');
    expect((await deploy('counter', counterWithViolence)).status).toBe(201);
    const routed = await report('counter', 'violence', 'II');
    expect(routed.status).toBe(201);
    expect(routed.body.protocols[0].processKey).toBe('counter');
  });
});
