import { randomUUID } from 'node:crypto';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/**
 * Reporting an incident: the citizen search before it, the channels' behaviours and categories
 * (one declaration, refused at the field), and the parts of the channel's model sent with the report.
 */
describe('API: reporting an incident', () => {
  const app = useTestApp();

  const report = (overrides: Record<string, unknown>) => ({
    channel: 'phone',
    category: 'I',
    behaviour: 'insult',
    occurredAt: new Date(Date.now() - 3600_000).toISOString(),
    location: 'Klantcontactcentrum',
    description: 'Schold de medewerker uit.',
    citizen: newCitizen(),
    ...overrides,
  });
  const post = async (body: Record<string, unknown>, username = 'medewerker') => app.t.http().post('/api/incidents').set(await app.api.as(username)).send(body);

  describe('the citizen', () => {
    it('reports on a citizen found by the search, so recidive finds the same person', async () => {
      const { citizen: found } = await app.api.phoneIncident(newCitizen(), 'insult', new Date());
      const res = await post(report({ citizen: undefined, citizenId: found.id }));
      expect(res.status).toBe(201);
      expect(res.body.citizen.id).toBe(found.id);
      const both = await post(report({ citizenId: found.id }));
      expect(both.status).toBe(400);
      expect(both.body.errors).toEqual([{ field: 'citizen', problems: ['Kies een bekende burger of vul een nieuwe in, niet allebei.'] }]);
      const gone = await post(report({ citizen: undefined, citizenId: randomUUID() }));
      expect(gone.body.errors).toEqual([{ field: 'citizenId', problems: [expect.stringMatching(/niet \(meer\) bekend/)] }]);
    });
  });

  describe('what each channel takes', () => {
    it('describes the channels in use with the protocols their reports start, the parts their models ask, the fields and the photo rules', async () => {
      const res = await app.t.http().get('/api/incidents/report-form').set(await app.api.as('medewerker')).expect(200);
      const channels = Object.fromEntries(res.body.channels.map((c: any) => [c.key, c]));
      expect(Object.keys(channels)).toEqual(['phone', 'written', 'counter', 'property-damage', 'violence', 'home-visit', 'public-road', 'outside-hours']);
      const behaviours = (channel: any) => channel.protocols.map((p: any) => [p.key, p.behaviours.map((b: any) => b.key)]);
      expect(behaviours(channels['public-road'])).toEqual([['public-road', ['insult', 'discrimination', 'threat', 'property-damage', 'violence']]]);
      // Violence and property damage at the counter start the protocols of 5.5 and 5.4.
      expect(behaviours(channels.counter)).toEqual([
        ['counter', ['house-rules', 'aggression', 'psychological-pressure', 'threat']],
        ['property-damage', ['property-damage']],
        ['violence', ['violence']],
      ]);
      expect(channels.counter.protocols.map((p: any) => p.name)).toEqual(['Agressie aan de balie of in de spreekkamer (protocol 5.3)', 'Geweld tegen zaken (protocol 5.4)', 'Geweld tegen mensen (protocol 5.5)']);
      expect(channels.violence.protocols[0].behaviours[0].categories).toEqual([{ key: 'III', label: 'III. Fysieke agressie' }]);
      // The parts open as a task at the start, in the protocol's model or one it calls, for these behaviours and categories.
      const employee = [{ key: 'employee', label: 'medewerker' }];
      const categories = (channel: any, keys: string[]) =>
        channel.protocols.flatMap((p: any) => p.behaviours.filter((b: any) => keys.includes(b.key)).map((b: any) => ({ behaviour: b.key, categories: b.categories.map((c: any) => c.key) })));
      const perpetrator = [{ key: 'perpetrator', roles: employee, behaviours: [{ behaviour: 'violence', categories: ['III'] }] }];
      expect(channels.counter.sections).toEqual([
        { key: 'onSiteSteps', roles: employee, behaviours: categories(channels.counter, ['house-rules', 'aggression', 'psychological-pressure', 'threat', 'property-damage']) },
        ...perpetrator,
      ]);
      expect(channels['property-damage'].sections).toEqual([{ key: 'onSiteSteps', roles: employee, behaviours: categories(channels['property-damage'], ['property-damage']) }]);
      expect(channels.violence.sections).toEqual(perpetrator);
      // Public road D calls the violence protocol, which asks for the perpetrator; A to C do not.
      expect(channels['public-road'].sections).toEqual(perpetrator);
      for (const channel of ['phone', 'written', 'home-visit', 'outside-hours']) expect(channels[channel].sections).toEqual([]);
      expect(res.body.schema.properties.onSiteSteps.$ref).toBe('#/definitions/OnSiteStepsForm');
      expect(res.body.schema.definitions.OnSiteStepsForm.properties.outcome['x-labels']).toBeDefined();
      expect(res.body.schema.definitions.CitizenDto.properties.name.title).toBe('Naam');
      expect(res.body.photo).toEqual({ maxBytes: 2 * 1024 * 1024, types: ['image/jpeg', 'image/png'] });
      await app.t.http().get('/api/incidents/report-form').set(await app.api.as('receptie')).expect(403);
    });

    it('refuses a behaviour the channel does not take, and a category that does not fit, in Dutch at the field', async () => {
      const behaviour = await post(report({ channel: 'counter', behaviour: 'insult' }));
      expect(behaviour.status).toBe(400);
      expect(behaviour.body.errors).toEqual([
        {
          field: 'behaviour',
          problems: [
            'Bij agressie aan de balie of in de spreekkamer hoort schelden en beledigen niet. Schelden en beledigen meldt u bij het kanaal telefonische agressie, schriftelijke agressie of agressie op de openbare weg. Bij agressie aan de balie of in de spreekkamer kiest u uit: zich niet houden aan de huisregels, agressief gedrag, het uitoefenen van grote psychische druk, bedreiging, geweld tegen zaken, geweld tegen personen.',
          ],
        },
      ]);
      const category = await post(report({ channel: 'violence', behaviour: 'violence', category: 'I' }));
      expect(category.status).toBe(400);
      expect(category.body.errors).toEqual([{ field: 'category', problems: ['Bij geweld tegen personen (geweld tegen mensen) hoort categorie III.'] }]);
    });
  });

  describe('parts of the model sent with the report', () => {
    const steps = { steps: [{ step: 'addressed', at: new Date(Date.now() - 3500_000).toISOString() }, { step: 'asked-to-leave', at: new Date(Date.now() - 3400_000).toISOString() }], outcome: 'left' };

    it('completes the on-the-spot task for the reporter in the same submit', async () => {
      const res = await post(report({ channel: 'counter', behaviour: 'house-rules', onSiteSteps: steps }));
      expect(res.status).toBe(201);
      const file = await app.api.file(res.body.id);
      const task = file.tasks.find((t: any) => t.elementId === 'on_site_steps');
      expect(task).toMatchObject({ status: 'completed', form: steps });
      // The model moved on with the outcome: the warning letter BC1 is drafted.
      expect(file.letters.map((l: any) => l.code)).toContain('BC1');
    });

    it('completes the perpetrator task of the violence protocol, also when the public road calls it (D)', async () => {
      const perpetrator = { sex: 'man', height: 'ongeveer 1,85 m', clothing: 'Zwarte jas', language: 'Nederlands, Rotterdams accent' };
      for (const channel of ['violence', 'public-road']) {
        const res = await post(report({ channel, behaviour: 'violence', category: 'III', perpetrator }));
        expect(res.status).toBe(201);
        const file = await app.api.file(res.body.id);
        expect(file.tasks.find((t: any) => t.elementId === 'describe_perpetrator')).toMatchObject({ status: 'completed', form: perpetrator });
      }
    });

    it('accepts every part the report form offers, for each behaviour it offers it for, and refuses it on another path', async () => {
      const form = (await app.t.http().get('/api/incidents/report-form').set(await app.api.as('medewerker')).expect(200)).body;
      const parts: Record<string, unknown> = { onSiteSteps: steps, perpetrator: { sex: 'vrouw', height: 'ongeveer 1,70 m', clothing: 'Rode jas', language: 'Nederlands' } };
      for (const channel of form.channels) {
        for (const section of channel.sections) {
          for (const { behaviour, categories } of section.behaviours) {
            const res = await post(report({ channel: channel.key, behaviour, category: categories[0], [section.key]: parts[section.key] }));
            expect({ channel: channel.key, behaviour, status: res.status, errors: res.body.errors }).toEqual({ channel: channel.key, behaviour, status: 201, errors: undefined });
          }
        }
      }
      const insult = await post(report({ channel: 'public-road', behaviour: 'insult', category: 'I', perpetrator: parts.perpetrator }));
      expect(insult.body.errors).toEqual([{ field: 'perpetrator', problems: [expect.stringMatching(/hoort geen onderdeel "Signalement van de dader"\. Laat het leeg\./)] }]);
    });

    it('leaves the task open when the part is left out', async () => {
      const res = await post(report({ channel: 'counter', behaviour: 'house-rules' }));
      const file = await app.api.file(res.body.id);
      expect(file.tasks.find((t: any) => t.elementId === 'on_site_steps').status).toBe('open');
    });

    it('refuses a part the model does not ask, or that the reporter may not record, registering nothing', async () => {
      const before = (await app.t.http().get('/api/incidents').set(await app.api.as('afdelingshoofd')).expect(200)).body.length;
      const phone = await post(report({ onSiteSteps: steps }));
      expect(phone.status).toBe(400);
      expect(phone.body.errors).toEqual([{ field: 'onSiteSteps', problems: [expect.stringMatching(/hoort geen onderdeel "Stappen ter plekke vastleggen"/)] }]);
      const head = await post(report({ channel: 'counter', behaviour: 'house-rules', onSiteSteps: steps }), 'afdelingshoofd');
      expect(head.status).toBe(400);
      expect(head.body.errors).toEqual([{ field: 'onSiteSteps', problems: ['Dit legt medewerker vast. Laat het leeg; het komt dan als taak bij hen.'] }]);
      const bad = await post(report({ channel: 'counter', behaviour: 'house-rules', onSiteSteps: { steps: [{ step: 'danced', at: 'gisteren' }] } }));
      expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['onSiteSteps.outcome', 'onSiteSteps.steps.0.at', 'onSiteSteps.steps.0.step']);
      expect((await app.t.http().get('/api/incidents').set(await app.api.as('afdelingshoofd')).expect(200)).body.length).toBe(before);
    });
  });
});
