import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCESSES, processesWith } from '../support/processes-dir';
import { Citizen, newCitizen, ProtocolClient } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { withTestApp } from '../support/use-test-app';

/** Aggressive behaviour during a home visit (category I); a repeat within the window gets HB2. */
function homeVisit(api: ProtocolClient, citizen: Citizen, occurredAt: string) {
  return api.report({
    channel: 'home-visit',
    category: 'I',
    behaviour: 'aggression',
    occurredAt,
    location: 'Weidelaan 30, Voorbeeldstad',
    description: 'De bewoner schreeuwde tegen de medewerker en gooide zijn map op de grond.',
    citizen,
  });
}

/** Rules as data: SrCH and HB2 state the measure's period the model gives, counted from the day of signing. */
describe('letters: a measure without a ban', () => {
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));

  it('HB2 states the 12 months of the model, from the day the department head signs', async () => {
    await withTestApp({ clock }, async ({ api }) => {
      const citizen = newCitizen();
      await homeVisit(api, citizen, '2026-04-01T10:00:00Z');
      const incident = await homeVisit(api, citizen, '2026-06-01T08:00:00Z');
      const period = (from: string, until: string) =>
        `aan u voor een periode van 12 maanden plaatsvinden onder begeleiding van de politie: van ${from} tot en met ${until}.`;
      expect(await api.letterText(incident.id, 'HB2')).toContain(period('1 juni 2026', '1 juni 2027'));

      // Signed three days after the draft: the measure starts on that day, as a ban does.
      clock.set('2026-06-04T09:00:00Z');
      await api.completeAt(incident.id, 'sign:HB2', { decision: 'approve' }, 'afdelingshoofd');
      const final = await api.letterText(incident.id, 'HB2');
      expect(final).toContain(period('4 juni 2026', '4 juni 2027'));
      expect(final).toContain('Bent u het niet eens met dit besluit?');
      expect(final).not.toContain('CONCEPT');
    });
  });

  it('follows the model: a changed measureDuration shows in SrCH, and a letter without one fails naming the fields', async () => {
    const measure = /\s*<camunda:inputParameter name="measureDuration">P12M<\/camunda:inputParameter>/;
    const written = readFileSync(join(PROCESSES, 'written.bpmn'), 'utf8');
    const homeVisitModel = readFileSync(join(PROCESSES, 'home-visit.bpmn'), 'utf8');
    expect(written).toMatch(measure);
    expect(homeVisitModel).toMatch(measure);
    clock.set('2026-08-28T09:00:00Z');
    const processesDir = processesWith({
      'written.bpmn': written.replace(measure, '\n          <camunda:inputParameter name="measureDuration">P6M</camunda:inputParameter>'),
      'home-visit.bpmn': homeVisitModel.replace(measure, ''),
    });
    await withTestApp({ clock, processesDir }, async ({ api }) => {
      const citizen = newCitizen();
      await api.writtenIncident(citizen, 'A', '2026-08-03T10:00:00Z');
      const incident = await api.writtenIncident(citizen, 'A', '2026-08-28T08:00:00Z');
      // Signed on the last day of August: six calendar months later is the last day of February.
      clock.set('2026-08-31T10:00:00Z');
      await api.completeAt(incident.id, 'sign:SrCH', { decision: 'approve' }, 'afdelingshoofd');
      const final = await api.letterText(incident.id, 'SrCH');
      expect(final).toContain(
        'Daarom hebben wij besloten uw brieven en e-mails voor een periode van 6 maanden niet meer inhoudelijk te behandelen: van 31 augustus 2026 tot en met 28 februari 2027.',
      );
      expect(final).toContain('Na 28 februari 2027 behandelen wij ze weer zoals gebruikelijk.');
      expect(final).not.toContain('12 maanden');

      const other = newCitizen();
      await homeVisit(api, other, '2026-07-01T10:00:00Z');
      const repeat = await homeVisit(api, other, '2026-08-31T08:00:00Z');
      expect(repeat.letters).toEqual([]);
      expect(repeat.problems).toEqual([expect.objectContaining({ processKey: 'letter', failure: expect.objectContaining({ elementId: 'render' }) })]);
      expect(repeat.problems[0].failure.message).toBe('brief HB2: ontbrekende gegevens: maatregel.duur, maatregel.einddatum, maatregel.ingangsdatum');
    });
  });
});
