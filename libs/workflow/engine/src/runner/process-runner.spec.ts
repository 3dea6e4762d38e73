import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition } from '../definitions/parse-definition';
import { ParsedDefinition } from '../definitions/parsed-definition';
import { ServiceTaskRegistry } from '../services/service-task-registry';
import { testTopic } from './__fixtures__/test-topic';
import { ProcessRunner } from './process-runner';

const xml = readFileSync(join(__dirname, '__fixtures__/review-loop.bpmn'), 'utf8');
const now = new Date('2026-11-20T12:00:00Z');

/** Every resume goes through JSON, as it does through the database. */
const stored = (state: unknown) => JSON.parse(JSON.stringify(state));

describe('ProcessRunner', () => {
  let registry: ServiceTaskRegistry<string>;
  let definition: ParsedDefinition;
  let calls: { topic: string; input: Record<string, unknown>; scope: string }[];

  beforeEach(async () => {
    calls = [];
    registry = new ServiceTaskRegistry<string>();
    registry.register(testTopic('recidive', 'isRepeat'), async (input, { scope }) => {
      calls.push({ topic: 'recidive', input, scope });
      return { isRepeat: false };
    });
    registry.register(testTopic('finalize', 'finalized'), async (input, { scope, variables }) => {
      calls.push({ topic: 'finalize', input, scope });
      if (variables.breakFinalize) throw new Error('ontbrekende gegevens: burger.adres');
      return { finalized: true };
    });
    definition = await parseDefinition('review-loop.bpmn', xml);
  });

  it('runs to the waits and resolves the modelled attributes of each user task', async () => {
    const result = await new ProcessRunner(registry).start(definition, { path: 'B', occurredAt: '2026-11-20T10:00:00Z', registrar: 'pno' }, { scope: 'run-1', now });
    expect(result.status).toBe('waiting');
    expect(calls).toEqual([{ topic: 'recidive', input: { window: 'P6M', kind: 'phone-B' }, scope: 'run-1' }]);
    expect(result.variables).toMatchObject({ path: 'B', isRepeat: false });
    expect(result.variables).not.toHaveProperty('content');
    const waits = Object.fromEntries(result.waits.map((w) => [w.elementId, w]));
    expect(waits.t1).toMatchObject({ name: 'Sign', candidateGroups: ['department-head'], assignee: null, formKey: 'letter-signing', dueAt: new Date('2026-11-21T10:00:00Z') });
    expect(waits.t2).toMatchObject({ candidateGroups: ['hr'], assignee: 'pno', formKey: null, dueAt: new Date('2026-11-22T12:00:00Z') });
    expect(JSON.stringify(result.state)).not.toContain('"source"');
    expect(result.ended.sort()).toEqual(['split', 'start', 'svc']);
  });

  it('recovers from stored state, routes on the stored form with FEEL, and loops until approved', async () => {
    const runner = new ProcessRunner(registry);
    let result = await runner.start(definition, { path: 'A', occurredAt: '2026-11-20T10:00:00Z' }, { scope: 's', now });
    const sign = () => result.waits.find((w) => w.elementId === 't1')!;

    const first = sign().executionId;
    result = await runner.resume(definition, stored(result.state), { elementId: 't1', executionId: first, form: { decision: 'reject' } }, { scope: 's', now });
    expect(result.status).toBe('waiting');
    expect(sign().executionId).not.toBe(first);
    expect(result.variables.t1).toEqual({ decision: 'reject' });
    // Only what this run finished: the rejected signing and the gateway that sent it back.
    expect(result.ended.sort()).toEqual(['gw', 't1']);
    expect(calls.map((c) => c.topic)).toEqual(['recidive']);

    result = await runner.resume(definition, stored(result.state), { elementId: 't1', executionId: sign().executionId, form: { decision: 'approve' } }, { scope: 's', now });
    expect(calls.map((c) => c.topic)).toEqual(['recidive', 'finalize']);
    expect(result.waits.map((w) => w.elementId)).toEqual(['t2']);

    result = await runner.resume(definition, stored(result.state), { elementId: 't2', executionId: result.waits[0].executionId, form: {} }, { scope: 's', now });
    expect(result).toMatchObject({ status: 'completed', state: null, waits: [], failure: null });
  });

  it('reports a failing service task with its element and message instead of hanging', async () => {
    const runner = new ProcessRunner(registry);
    const started = await runner.start(definition, { path: 'A', occurredAt: '2026-11-20T10:00:00Z', breakFinalize: true }, { scope: 's', now });
    const sign = started.waits.find((w) => w.elementId === 't1')!;
    const result = await runner.resume(definition, stored(started.state), { elementId: 't1', executionId: sign.executionId, form: { decision: 'approve' } }, { scope: 's', now });
    expect(result.status).toBe('failed');
    expect(result.failure).toMatchObject({ elementId: 'svc2', message: 'ontbrekende gegevens: burger.adres' });
  });

  it('refuses a signal for a task the instance does not wait on', async () => {
    const runner = new ProcessRunner(registry);
    const started = await runner.start(definition, { path: 'A', occurredAt: '2026-11-20T10:00:00Z' }, { scope: 's', now });
    const result = await runner.resume(definition, stored(started.state), { elementId: 't1', executionId: 't1_unknown', form: {} }, { scope: 's', now });
    expect(result.status).toBe('failed');
    expect(result.failure!.message).toContain('does not wait on t1');
  });
});

describe('parseDefinition', () => {
  it('lists every problem the engine would meet, with the element it concerns', async () => {
    const broken = xml.replace('= t1.decision = "approve"', '= t1.decision = ').replace('<bpmn:serviceTask id="svc2" name="Finalize" camunda:type="external" camunda:topic="finalize" />', '<bpmn:scriptTask id="svc2" name="Finalize" />');
    const error = await parseDefinition('broken.bpmn', broken).catch((e) => e);
    expect(error.file).toBe('broken.bpmn');
    expect(error.problems).toEqual([
      { elementId: 'f6', message: 'Verbinding: de voorwaarde "= t1.decision = " is geen geldige FEEL-expressie (schrijffout op positie 14).' },
      { elementId: 'svc2', message: 'Scripttaak "Finalize": scripttaken zijn niet toegestaan; gebruik een servicetaak.' },
    ]);
  });

  it('gives a changed model a new version identity', async () => {
    const a = await parseDefinition('a.bpmn', xml);
    const b = await parseDefinition('a.bpmn', xml.replace('P2D', 'P3D'));
    expect(a.key).toBe('review');
    expect(a.hash).not.toBe(b.hash);
  });
});
