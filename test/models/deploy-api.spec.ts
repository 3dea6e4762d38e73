import { counterWithIncidentTalk, deliveredModel } from '../support/model-edits';
import { asText } from '../support/text-body';
import { useTestApp } from '../support/use-test-app';

/** A policy owner deploys a model from the browser: checked as at start-up, versioned, never half done. */
describe('API: deploying a model', () => {
  const app = useTestApp();
  const policy = () => app.api.as('beleid');
  const latest = async (key: string) => (await app.t.http().get(`/api/process-models/${key}/versions`).set(await policy()).expect(200)).body[0];
  const deploy = async (key: string, body: Record<string, unknown>) => app.t.http().post(`/api/process-models/${key}/versions`).set(await policy()).send(body);

  it('deploys a new version that new incidents start on, while a running incident finishes on its own', async () => {
    const before = await app.api.counterIncident();
    const base = await latest('counter');
    const xml = counterWithIncidentTalk();

    const check = await app.t.http().post('/api/process-models/counter/check').set(await policy()).send({ xml }).expect(200);
    expect(check.body).toEqual({ problems: [] });
    const res = await deploy('counter', { xml, comment: 'Incidentgesprek toegevoegd', baseVersion: base.version });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: base.version + 1, deployedByName: 'Femke Mulder', comment: 'Incidentgesprek toegevoegd', sourceFile: null });

    const after = await app.api.counterIncident();
    const openTasks = async (id: string) => (await app.api.file(id)).tasks.filter((t: any) => t.status === 'open').map((t: any) => t.elementId);
    expect(await openTasks(after.id)).toContain('incident_talk');
    expect(await openTasks(before.id)).not.toContain('incident_talk');

    const versions = (await app.t.http().get('/api/process-models/counter/versions').set(await policy()).expect(200)).body;
    expect(versions[0]).toMatchObject({ version: base.version + 1, runningInstances: 1 });
    expect(versions[1]).toMatchObject({ version: base.version, sourceFile: 'counter.bpmn', deployedByName: null, runningInstances: base.runningInstances });

    const download = await app.t.http().get(`/api/process-models/counter/versions/${base.version + 1}/xml`).set(await policy()).buffer(true).parse(asText);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="counter-v${base.version + 1}.bpmn"`);
    expect(download.body).toBe(xml);

    // The difference, told from the older version to the newer whichever way it is asked.
    for (const [from, to] of [[base.version, base.version + 1], [base.version + 1, base.version]]) {
      const diff = (await app.t.http().get(`/api/process-models/counter/diff?from=${from}&to=${to}`).set(await policy()).expect(200)).body;
      expect(diff).toMatchObject({ from: base.version, to: base.version + 1, removed: [], changed: [] });
      expect(diff.added).toEqual(expect.arrayContaining([{ id: 'incident_talk', label: 'Gebruikerstaak "Incidentgesprek"' }, { id: 'end_talk', label: 'Eindgebeurtenis "Gesprek gevoerd"' }]));
    }
    const notANumber = await app.t.http().get('/api/process-models/counter/diff?from=een&to=2').set(await policy());
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.errors).toEqual([{ field: 'from', problems: ['Geef een versienummer: een heel getal.'] }]);
  });

  it('refuses a model with every problem, at its element, in Dutch, and changes nothing', async () => {
    const base = await latest('written');
    const refusedWith = async (xml: string) => {
      const res = await deploy('written', { xml, comment: 'test', baseVersion: base.version });
      expect(res.status).toBe(422);
      return res.body.details.problems;
    };
    expect(await refusedWith('<bpmn:definitions><bpmn:process id="written"')).toEqual([{ elementId: null, message: expect.stringMatching(/^Geen geldige BPMN-XML/) }]);

    const written = deliveredModel('written');
    const userTask = /<bpmn:userTask id="([^"]+)"[^>]*camunda:candidateGroups="([^"]+)"/.exec(written)!;
    const serviceTask = /<bpmn:serviceTask id="([^"]+)"[^>]*camunda:topic="([^"]+)"/.exec(written)!;
    const broken = written
      .replace(`camunda:candidateGroups="${userTask[2]}"`, 'camunda:candidateGroups="burgemeester"')
      .replace(`camunda:topic="${serviceTask[2]}"`, 'camunda:topic="letters.fax"')
      .replace(/(<bpmn:userTask id="[^"]+"[^>]*?)( camunda:dueDate="[^"]*")?>/, '$1 camunda:dueDate="morgen">');
    const problems = await refusedWith(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        { elementId: userTask[1], message: expect.stringContaining('noemt rol "burgemeester", die niet bestaat') },
        { elementId: serviceTask[1], message: expect.stringContaining('gebruikt topic "letters.fax", dat geen dienst levert') },
        { elementId: expect.any(String), message: expect.stringContaining('de termijn "morgen" is geen ISO 8601-duur') },
      ]),
    );

    const letterCall = /<bpmn:callActivity id="([^"]+)"[^>]*calledElement="letter"[\s\S]*?<camunda:inputParameter name="code">([^<]+)</.exec(written)!;
    const unnamed = /<bpmn:userTask id="([^"]+)" name="([^"]+)"/.exec(written)!;
    const worse = written
      .replace(`<camunda:inputParameter name="code">${letterCall[2]}<`, '<camunda:inputParameter name="code">XX9<')
      .replace('camunda:formKey="confirmation"', 'camunda:formKey="handtekening-oud"')
      .replace(`<bpmn:userTask id="${unnamed[1]}" name="${unnamed[2]}"`, `<bpmn:userTask id="${unnamed[1]}"`);
    expect(await refusedWith(worse)).toEqual(
      expect.arrayContaining([
        { elementId: letterCall[1], message: expect.stringContaining('invoer "code" is "XX9", dat niet bestaat') },
        { elementId: expect.any(String), message: expect.stringContaining('gebruikt formulier "handtekening-oud", dat niet bestaat') },
        { elementId: unnamed[1], message: 'Dit element heeft geen naam.' },
      ]),
    );

    const callsNothing = written.replace(/calledElement="[^"]+"/, 'calledElement="nazorg-oud"');
    expect(await refusedWith(callsNothing)).toEqual([{ elementId: expect.any(String), message: expect.stringContaining('roept proces "nazorg-oud" aan, dat niet bestaat') }]);
    expect(await refusedWith(written.replace(/"written"/g, '"phone"'))).toEqual([
      { elementId: 'phone', message: 'Het proces-id is "phone"; een versie van "written" moet proces-id "written" hebben.' },
      // As another process, its start rules take the reports the written protocol starts.
      { elementId: 'reported', message: expect.stringContaining('start ook model "Schriftelijke agressie (protocol 5.2)"; elke melding mag maar één protocol starten.') },
    ]);

    const noComment = await deploy('written', { xml: written, baseVersion: base.version });
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors).toEqual([{ field: 'comment', problems: expect.arrayContaining(['Vul dit in.']) }]);
    expect(await latest('written')).toEqual(base);
  });

  it('takes a large model, and refuses one beyond the limit in Dutch', async () => {
    const base = await latest('outside-hours');
    const note = 'Toelichting bij het model. '.repeat(12_000);
    const large = deliveredModel('outside-hours').replace('<bpmn:process id="outside-hours" ', `<bpmn:process id="outside-hours" `).replace(/(<bpmn:process id="outside-hours"[^>]*>)/, `$1<bpmn:documentation>${note}</bpmn:documentation>`);
    expect(large.length).toBeGreaterThan(300_000);
    expect((await deploy('outside-hours', { xml: large, comment: 'Met uitgebreide toelichting', baseVersion: base.version })).status).toBe(201);
    const tooLarge = await deploy('outside-hours', { xml: large.repeat(8), comment: 'Te groot', baseVersion: base.version + 1 });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.errors).toEqual([{ field: 'xml', problems: ['Gebruik hoogstens 2000000 tekens.'] }]);
    const beyondAnyModel = await deploy('outside-hours', { xml: 'x'.repeat(6_000_000), comment: 'Veel te groot', baseVersion: base.version + 1 });
    expect(beyondAnyModel.status).toBe(413);
    expect(beyondAnyModel.body.message).toMatch(/^Het verzoek is groter dan de service aanneemt/);
  });

  it('lets one of two deploys on the same version win and tells the other who came first', async () => {
    const base = await latest('phone');
    const xml = deliveredModel('phone').replace('name="Telefonische agressie (protocol 5.1)"', 'name="Telefonische agressie (aangepast)"');
    const [a, b] = await Promise.all([
      deploy('phone', { xml, comment: 'eerste', baseVersion: base.version }),
      deploy('phone', { xml, comment: 'tweede', baseVersion: base.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.body.message).toBe(`Intussen is versie ${base.version + 1} van "phone" in gebruik genomen (Femke Mulder). Open die versie en breng uw wijzigingen daarin aan; uw concept blijft bewaard.`);
    expect((await latest('phone')).version).toBe(base.version + 1);
  });

  it('keeps a draft per policy owner until it is deployed', async () => {
    const xml = counterWithIncidentTalk(deliveredModel('counter').replace('name="Incident registreren in GIR"', 'name="Registreren in GIR"'));
    const base = await latest('counter');
    const saved = await app.t.http().put('/api/process-models/counter/draft').set(await policy()).send({ xml, baseVersion: base.version }).expect(200);
    expect(saved.body).toMatchObject({ key: 'counter', baseVersion: base.version });
    expect((await app.t.http().get('/api/process-models/counter/draft').set(await policy()).expect(200)).body.xml).toBe(xml);
    const admin = await app.api.as('beheer');
    expect((await app.t.http().get('/api/process-models/counter/draft').set(admin)).status).toBe(404);

    await deploy('counter', { xml, comment: 'GIR-stap hernoemd', baseVersion: base.version }).then((r) => expect(r.status).toBe(201));
    expect((await app.t.http().get('/api/process-models/counter/draft').set(await policy())).status).toBe(404);
    const badKey = await app.t.http().put('/api/process-models/te%20veel/draft').set(await policy()).send({ xml });
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors[0].field).toBe('key');
  });

  it('is for policy owners and administrators only', async () => {
    const employee = await app.api.as('medewerker');
    await app.t.http().get('/api/process-models').set(employee).expect(403);
    await app.t.http().post('/api/process-models/counter/versions').set(employee).send({ xml: '<x/>', comment: 'x' }).expect(403);
    const models = (await app.t.http().get('/api/process-models').set(await app.api.as('beheer')).expect(200)).body;
    expect(models.map((m: any) => m.key)).toEqual(expect.arrayContaining(['counter', 'phone', 'letter']));
    expect(models.every((m: any) => m.refusedFile === null)).toBe(true);
  });
});
