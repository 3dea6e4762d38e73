import { docxText } from '../support/docx-text';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';

/** A letter goes out only as its signer approved it, and never with a gap where data is missing. */
describe('phone protocol: reviewing letters', () => {
  const clock = new TestClock(new Date('2026-05-04T09:00:00Z'));
  const app = useTestApp({ clock });

  it('sends a rejected letter back for correction and drafts it again', async () => {
    const incident = await app.api.phoneIncident(newCitizen({ streetAddress: 'Dorpstraat 1' }), 'insult', new Date('2026-05-04T08:00:00Z'));
    const sign = await app.api.task(incident.id, 'sign:TC1', 'afdelingshoofd');

    const noReason = await app.api.complete(sign.id, { decision: 'reject' }, 'afdelingshoofd');
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'comment' })]);

    await app.api.completeAt(incident.id, 'sign:TC1', { decision: 'reject', comment: 'Straatnaam is Dorpsstraat, met dubbele s' }, 'afdelingshoofd');
    clock.advance('PT10M'); // the correction comes later, so the new draft is the later letter
    const correction = await app.api.task(incident.id, 'correct:TC1', 'medewerker');
    expect(correction.input.comment).toBe('Straatnaam is Dorpsstraat, met dubbele s');
    await app.api.completeAt(incident.id, 'correct:TC1', { streetAddress: 'Dorpsstraat 1' }, 'medewerker');

    await app.api.completeAt(incident.id, 'sign:TC1', { decision: 'approve' }, 'afdelingshoofd');
    const file = await app.api.file(incident.id);
    expect(file.letters.map((l: any) => [l.code, l.status])).toEqual([
      ['TC1', 'rejected'],
      ['TC1', 'final'],
    ]);
    expect(file.letters[0].rejectionComment).toBe('Straatnaam is Dorpsstraat, met dubbele s');
    const text = docxText(await app.api.letterDocx(file.letters[1].id));
    expect(text).toContain('Dorpsstraat 1');
    expect(text).not.toContain('Dorpstraat 1');
  });

  it('fails the letter step naming every missing field, keeps the incident, and resumes after the data is supplied', async () => {
    const citizen = newCitizen({ streetAddress: undefined, postalCode: undefined, city: undefined });
    const incident = await app.api.phoneIncident(citizen, 'threat', new Date('2026-05-04T08:30:00Z'));
    // The letter sub-process failed at its first step; the incident and the rest of the protocol go on.
    expect(incident.process.status).toBe('waiting');
    expect(incident.problems).toHaveLength(1);
    const [problem] = incident.problems;
    expect(problem).toMatchObject({ processKey: 'letter', status: 'failed', failure: { elementId: 'render' } });
    expect(problem.failure.message).toContain('burger.adres');
    expect(problem.failure.message).toContain('burger.postcode');
    expect(problem.failure.message).toContain('burger.woonplaats');
    expect(incident.letters).toEqual([]);
    expect(incident.timeline.map((e: any) => e.type)).toContain('process-failed');

    const head = await app.api.as('afdelingshoofd');
    const stillFailing = await app.t.http().post(`/api/process-instances/${problem.instanceId}/retry`).set(head);
    expect(stillFailing.status).toBe(422);
    expect(stillFailing.body.message).toContain('burger.adres');

    await app.t
      .http()
      .patch(`/api/citizens/${incident.citizen.id}`)
      .set(head)
      .send({ streetAddress: 'Kerkplein 3', postalCode: '1234 AB', city: 'Voorbeeldstad' })
      .expect(200);
    await app.t.http().post(`/api/process-instances/${problem.instanceId}/retry`).set(head).expect(200);

    const file = await app.api.file(incident.id);
    expect(file.problems).toEqual([]);
    expect(file.letters).toEqual([expect.objectContaining({ code: 'TC3', status: 'draft' })]);
    expect(docxText(await app.api.letterDocx(file.letters[0].id))).toContain('Kerkplein 3');
  });

  it('refuses to change or delete a final letter, in the database itself', async () => {
    const incident = await app.api.phoneIncident(newCitizen(), 'insult', new Date('2026-05-04T08:40:00Z'));
    await app.api.completeAt(incident.id, 'sign:TC1', { decision: 'approve' }, 'afdelingshoofd');
    const [letter] = (await app.api.file(incident.id)).letters;
    const { Database } = await import('@ap/persistence');
    const db = app.t.app.get(Database);
    await expect(db.transaction((uow) => uow.letters.update(letter.id, { rejectionComment: 'gewijzigd' }))).rejects.toThrow(/final/);
    await expect(db.transaction((uow) => uow.letters.delete(letter.id))).rejects.toThrow(/final/);
  });
});
