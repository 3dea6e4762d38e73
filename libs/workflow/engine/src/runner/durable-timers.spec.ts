import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition } from '../definitions/parse-definition';
import { ServiceTaskRegistry } from '../services/service-task-registry';
import { testTopic } from './__fixtures__/test-topic';
import { ProcessRunner } from './process-runner';

const xml = readFileSync(join(__dirname, '__fixtures__/deadlines.bpmn'), 'utf8');
const stored = (state: unknown) => JSON.parse(JSON.stringify(state));

/** Timers are computed on the product's clock, never armed in memory, and fired by the runtime. */
describe('durable timers', () => {
  const now = new Date('2026-01-10T09:00:00Z');
  let lifted: number;
  let runner: ProcessRunner<null>;

  beforeEach(() => {
    lifted = 0;
    const registry = new ServiceTaskRegistry<null>();
    registry.register(testTopic('lift'), async () => {
      lifted++;
      return {};
    });
    runner = new ProcessRunner(registry);
  });

  it('reports the timers an instance waits on with their due moments, however far ahead', async () => {
    const definition = await parseDefinition('deadlines.bpmn', xml);
    const result = await runner.start(definition, { occurredAt: '2026-01-10T08:00:00Z' }, { scope: null, now });
    expect(result.status).toBe('waiting');
    expect(result.waits.map((w) => w.elementId)).toEqual(['report']);
    const due = Object.fromEntries(result.timers.map((t) => [t.elementId, t.dueAt.toISOString()]));
    expect(due).toEqual({ report_overdue: '2026-01-11T08:00:00.000Z', ban_ends: '2028-01-10T09:00:00.000Z' });
  });

  it('fires a timer from stored state: a boundary deadline escalates, a long wait ends', async () => {
    const definition = await parseDefinition('deadlines.bpmn', xml);
    let result = await runner.start(definition, { occurredAt: '2026-01-10T08:00:00Z' }, { scope: null, now });
    const overdue = result.timers.find((t) => t.elementId === 'report_overdue')!;
    const banEnds = result.timers.find((t) => t.elementId === 'ban_ends')!;

    result = await runner.fireTimer(definition, stored(result.state), overdue.executionId, { scope: null, now: overdue.dueAt });
    expect(result.status).toBe('waiting');
    expect(result.waits.map((w) => w.elementId).sort()).toEqual(['escalate', 'report']);
    expect(result.timers.map((t) => t.elementId)).toEqual(['ban_ends']);
    expect(result.timers[0].dueAt).toEqual(banEnds.dueAt);

    result = await runner.fireTimer(definition, stored(result.state), banEnds.executionId, { scope: null, now: banEnds.dueAt });
    expect(lifted).toBe(1);
    expect(result.timers).toEqual([]);

    const again = await runner.fireTimer(definition, stored(result.state), banEnds.executionId, { scope: null, now: banEnds.dueAt });
    expect(again.status).toBe('failed');
    expect(lifted).toBe(1);
  });

  it('drops a deadline when its task is done in time', async () => {
    const definition = await parseDefinition('deadlines.bpmn', xml);
    let result = await runner.start(definition, { occurredAt: '2026-01-10T08:00:00Z' }, { scope: null, now });
    const report = result.waits[0];
    result = await runner.resume(definition, stored(result.state), { elementId: 'report', executionId: report.executionId, form: {} }, { scope: null, now });
    expect(result.timers.map((t) => t.elementId)).toEqual(['ban_ends']);
    expect(result.waits).toEqual([]);
  });
});
