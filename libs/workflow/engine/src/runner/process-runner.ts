import { Engine } from 'bpmn-engine';
import { createExpressions } from '../expressions/expressions';
import { createCamundaExtension } from '../extensions/camunda-extension';
import { ServiceTaskRegistry } from '../services/service-task-registry';
import { RunFailure, RunResult, Variables } from '../types';
import { RunnableDefinition, TaskSignal } from './runnable-definition';
import { waitingCalls, waitingUserTasks } from './waiting-tasks';
import { DurableTimers } from '../timers/durable-timers';

// Models may not carry JavaScript (deployment rejects it); this makes sure none runs if one slips through.
const noScripts = {
  register() {
    return undefined;
  },
  getScript() {
    return undefined;
  },
};

export interface RunOptions<Scope> {
  scope: Scope;
  now: Date;
}

/**
 * A run holds its caller's transaction open; one that neither waits, ends nor fails within this time
 * (a model that deadlocks, a service that never answers) is failed rather than left hanging.
 */
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Runs an instance from start, or from a stored wait, until it waits again, ends or fails.
 * No engine outlives a run: the caller stores the returned state and the next run recovers it.
 */
export class ProcessRunner<Scope = unknown> {
  constructor(private readonly registry: ServiceTaskRegistry<Scope>) {}

  async start(definition: RunnableDefinition, variables: Variables, options: RunOptions<Scope>): Promise<RunResult> {
    const { engine, timers } = this.engine(definition, options);
    return settle(engine, timers, options.now, async (listener) => {
      await engine.execute({ listener, variables });
    });
  }

  /** Delivers a completed task's form, or a finished sub-process's variables to its call activity. */
  async resume(definition: RunnableDefinition, state: unknown, signal: TaskSignal, options: RunOptions<Scope>): Promise<RunResult> {
    const { engine, timers } = this.engine(definition, options);
    engine.recover(state as any);
    return settle(engine, timers, options.now, async (listener) => {
      const execution = await engine.resume({ listener });
      const waiting = execution.getPostponed().some((api: any) => api.executionId === signal.executionId);
      if (!waiting) throw new Error(`the instance does not wait on ${signal.elementId} (${signal.executionId})`);
      execution.signal({ id: signal.elementId, executionId: signal.executionId, form: signal.form });
    });
  }

  /** Fires a stored timer that has fallen due, and runs the instance on. */
  async fireTimer(definition: RunnableDefinition, state: unknown, timerExecutionId: string, options: RunOptions<Scope>): Promise<RunResult> {
    const { engine, timers } = this.engine(definition, options);
    engine.recover(state as any);
    return settle(engine, timers, options.now, async (listener) => {
      await engine.resume({ listener });
      if (!timers.fire(timerExecutionId)) throw new Error(`the instance does not wait on timer ${timerExecutionId}`);
    });
  }

  private engine(definition: RunnableDefinition, { scope, now }: RunOptions<Scope>): { engine: any; timers: DurableTimers } {
    const timers = new DurableTimers(() => now);
    const engine = new Engine({
      name: definition.key,
      sourceContext: definition.sourceContext as any,
      expressions: createExpressions() as any,
      extensions: { camunda: createCamundaExtension(this.registry, scope) } as any,
      scripts: noScripts as any,
      timers: timers as any,
    });
    return { engine, timers };
  }
}

/**
 * Drives the engine until no activity is executing: every branch then waits on a person or a timer,
 * or the process has ended or failed.
 */
function settle(engine: any, timers: DurableTimers, now: Date, begin: (listener: { emit: (...args: any[]) => boolean }) => Promise<void>): Promise<RunResult> {
  return new Promise<RunResult>((resolve) => {
    let done = false;
    let armed = false;
    let lastErrorElement: string | null = null;
    // The steps this run finished, so an incident's file can show which steps are done.
    const ended = new Set<string>();

    const watchdog = setTimeout(() => {
      const active = engine.execution?.getPostponed?.().map((api: any) => api.id).join(', ') || 'geen';
      void finish('failed', { elementId: null, message: `het proces kwam niet tot rust binnen ${SETTLE_TIMEOUT_MS / 1000} s (open: ${active})` });
      void engine.stop();
    }, SETTLE_TIMEOUT_MS);

    const finish = async (outcome: 'waiting' | 'completed' | 'failed', failure: RunFailure | null) => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      try {
        const execution = engine.execution;
        const raw = outcome === 'waiting' ? await engine.getState() : null;
        const waits = outcome === 'waiting' ? waitingUserTasks(execution, now) : [];
        const calls = outcome === 'waiting' ? waitingCalls(execution) : [];
        const armed = outcome === 'waiting' ? timers.armed() : [];
        const variables = processVariables(engine, raw);
        if (outcome === 'waiting') await engine.stop();
        resolve({ status: outcome, state: raw ? withoutSource(raw) : null, variables, waits, calls, timers: armed, ended: [...ended], failure });
      } catch (err) {
        resolve({ status: 'failed', state: null, variables: {}, waits: [], calls: [], timers: [], ended: [], failure: { elementId: null, message: messageOf(err) } });
      }
    };

    const check = () =>
      setImmediate(() => {
        if (done || !armed) return;
        const status = engine.execution?.activityStatus;
        if (status === 'wait' || status === 'timer') void finish('waiting', null);
      });

    const listener = {
      emit(name: string, api: any) {
        if (name === 'activity.error') lastErrorElement = api?.id ?? lastErrorElement;
        if (name === 'activity.end' && api?.id) ended.add(api.id);
        check();
        return true;
      },
    };

    engine.once('end', () => void finish('completed', null));
    engine.once('error', (err: any) => void finish('failed', { elementId: lastErrorElement, message: messageOf(err), details: err?.inner?.details }));

    begin(listener).then(
      () => {
        armed = true;
        check();
      },
      (err) => void finish('failed', { elementId: null, message: messageOf(err) }),
    );
  });
}

// The process environment also holds the engine's own run message (fields, content, properties).
function processVariables(engine: any, state: any): Variables {
  const definitions = state?.definitions ?? engine.execution?.definitions?.map((d: any) => d.getState()) ?? [];
  const process = definitions[0]?.execution?.processes?.[0];
  const { fields: _f, content: _c, properties: _p, ...variables } = process?.environment?.variables ?? {};
  return variables;
}

// The definition's source is kept once per version, not in every instance's state.
function withoutSource(state: any): unknown {
  return { ...state, definitions: state.definitions.map(({ source: _source, ...rest }: any) => rest) };
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return (err as any).inner?.message ?? err.message;
  return String(err);
}
