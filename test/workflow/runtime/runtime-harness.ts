import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { AuthModule } from '@ap/auth';
import { Clock } from '@ap/common';
import { Database, PersistenceModule, UnitOfWork } from '@ap/persistence';
import { WorkflowRuntimeModule } from '@ap/workflow-runtime';
import { join } from 'node:path';
import { TestClock } from '../../support/test-clock';

/** The runtime's fixture models: user tasks, timers and a call activity, no domain behind them. */
const FIXTURES = join(__dirname, 'fixtures');

@Global()
@Module({})
class FixedClockModule {
  static of(clock: TestClock): DynamicModule {
    return { module: FixedClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}

/**
 * The workflow runtime alone, as one service process runs it, on the suite's database with the fixture
 * models deployed. Nothing stays in memory between runs, so "restarting" is starting a new one on the
 * same database; `another()` is a second service process beside the first.
 */
export interface Runtime {
  clock: TestClock;
  get<T>(type: Type<T>): T;
  /** The running process stops (its connections close) and a new one starts on the same database. */
  restart(): Promise<void>;
  /** A second service process on the same database, closed with the suite. */
  another(): Promise<TestingModule>;
  read<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
  write<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
}

export function useRuntime(start: Date): Runtime {
  const clock = new TestClock(start);
  let current: TestingModule;
  const others: TestingModule[] = [];
  const boot = async () => {
    const embedded = !!process.env.TEST_DB_EMBEDDED;
    const moduleRef = await Test.createTestingModule({
      imports: [
        PersistenceModule.forRoot({ url: process.env.TEST_DB_URL!, poolSize: embedded ? 1 : 10 }),
        // The runtime's controllers are guarded by the product's sign-in; nothing here goes through them.
        AuthModule.forRoot({ jwtSecret: 'test-secret' }),
        WorkflowRuntimeModule.forRoot({ processesDir: FIXTURES, timerPollMs: 0 }),
        FixedClockModule.of(clock),
      ],
    }).compile();
    moduleRef.useLogger(['error', 'warn']);
    return moduleRef.init();
  };
  beforeAll(async () => {
    current = await boot();
  });
  afterAll(async () => {
    await Promise.all([current, ...others].map((m) => m?.close()));
  });
  return {
    clock,
    get: (type) => current.get(type),
    async restart() {
      await current.close();
      current = await boot();
    },
    async another() {
      const other = await boot();
      others.push(other);
      return other;
    },
    read: (work) => current.get(Database).read(work),
    write: (work) => current.get(Database).transaction(work),
  };
}

/** The rows of one case as the runtime left them: instances, tasks and timers, in a stable order. */
export async function caseRows(runtime: Runtime, businessKey: string) {
  return runtime.read(async (uow) => ({
    instances: await uow.instances.find({ where: { businessKey }, order: { startedAt: 'ASC', parentInstanceId: { direction: 'ASC', nulls: 'FIRST' }, id: 'ASC' } }),
    tasks: await uow.tasks.find({ where: { businessKey }, order: { createdAt: 'ASC', elementId: 'ASC' } }),
    timers: await uow.timers.find({ where: { businessKey }, order: { createdAt: 'ASC', elementId: 'ASC' } }),
  }));
}
