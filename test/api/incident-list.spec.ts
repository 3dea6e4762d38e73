import { randomUUID } from 'node:crypto';
import { newCitizen } from '../support/protocol-client';
import { useTestApp } from '../support/use-test-app';

/** The list of incidents: newest first, paged with a total, searchable, filtered by channel. */
describe('API: the list of incidents', () => {
  const app = useTestApp();

  it('pages through the newest first, finds by a part of the name or the reference, and filters by channel', async () => {
    // A name no other suite uses, so the totals count only these incidents on the shared database.
    const family = `Jansen-${randomUUID().slice(0, 8)}`;
    const hour = 3_600_000;
    const reported = [];
    for (const [i, name] of [`A. ${family}`, `B. ${family}`, `C. ${family}`].entries()) {
      reported.push(await app.api.phoneIncident(newCitizen({ name }), 'insult', new Date(app.t.clock.now().getTime() - (3 - i) * hour)));
      app.t.clock.advance('PT1M');
    }
    reported.push(
      await app.api.report({
        channel: 'written',
        category: 'I',
        behaviour: 'insult',
        occurredAt: app.t.clock.now().toISOString(),
        location: 'Postkamer, Markt 1',
        description: 'In zijn e-mail schold de schrijver de medewerker uit.',
        citizen: newCitizen({ name: `D. ${family}` }),
      }),
    );
    const head = await app.api.as('afdelingshoofd');
    const list = (query: Record<string, string | number>) => app.t.http().get('/api/incidents').query(query).set(head).expect(200);

    const first = await list({ q: family.toLowerCase(), limit: 3 });
    expect(first.headers['x-total-count']).toBe('4');
    expect(first.body.map((i: { reference: string }) => i.reference)).toEqual(reported.slice(1).reverse().map((i) => i.reference));
    expect(first.body[0]).toEqual(
      expect.objectContaining({ id: reported[3].id, channel: 'written', channelLabel: 'schriftelijke agressie', behaviourLabel: 'schelden en beledigen', citizenName: `D. ${family}`, processStatus: 'waiting' }),
    );
    const second = await list({ q: family, limit: 3, offset: 3 });
    expect(second.headers['x-total-count']).toBe('4');
    expect(second.body.map((i: { id: string }) => i.id)).toEqual([reported[0].id]);

    const phone = await list({ q: family, channel: 'phone' });
    expect(phone.headers['x-total-count']).toBe('3');
    expect(phone.body.every((i: { channel: string }) => i.channel === 'phone')).toBe(true);

    const byReference = await list({ q: reported[1].reference.slice(-5) });
    expect(byReference.body.map((i: { id: string }) => i.id)).toContain(reported[1].id);
    expect((await list({ q: reported[1].reference })).body.map((i: { id: string }) => i.id)).toEqual([reported[1].id]);
    // % is a character to find, not a wildcard.
    expect((await list({ q: `${family}%` })).headers['x-total-count']).toBe('0');

    const facets = await app.t.http().get('/api/incidents/facets').set(head).expect(200);
    expect(facets.body.channels).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'phone', label: 'telefonische agressie', count: expect.any(Number) })]));
    expect(facets.body.channels.find((c: { key: string }) => c.key === 'phone').count).toBeGreaterThanOrEqual(3);
  });

  it('refuses a page that is too large and a channel that does not exist, in Dutch', async () => {
    const head = await app.api.as('afdelingshoofd');
    const tooLarge = await app.t.http().get('/api/incidents').query({ limit: 1000 }).set(head).expect(400);
    expect(tooLarge.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
    const channel = await app.t.http().get('/api/incidents').query({ channel: 'fax' }).set(head).expect(400);
    expect(channel.body.errors).toEqual([expect.objectContaining({ field: 'channel' })]);
  });

  it('is for the roles that read incident files: not for a reception', async () => {
    await app.t.http().get('/api/incidents').set(await app.api.as('receptie')).expect(403);
    await app.t.http().get('/api/incidents/facets').set(await app.api.as('receptie')).expect(403);
  });
});
