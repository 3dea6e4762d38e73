import { ProtocolClient } from './protocol-client';
import { ProtocolDriver } from './protocol-driver';
import { createTestApp, TestApp, TestAppOptions } from './test-app';

/** A running app with the client and the driver the tests use on it. */
export interface TestSession {
  t: TestApp;
  api: ProtocolClient;
  driver: ProtocolDriver;
}

/** The app a describe block shares: `t`, `api` and `driver` can be read in its tests and hooks once it is up. */
export interface SharedTestApp extends Readonly<TestSession> {
  /** Stops the app, as when the service goes down; `start` brings it up again. */
  stop(): Promise<void>;
  /** Starts the app again after `stop`, on its options with these changed. */
  start(changes?: TestAppOptions): Promise<void>;
}

function sessionOf(t: TestApp): TestSession {
  const api = new ProtocolClient(t);
  return { t, api, driver: new ProtocolDriver(t, api) };
}

/**
 * Starts the whole product before the tests of the describe block that calls this (beforeAll) and closes
 * it after them (afterAll). Options that are only known once earlier hooks have run (a server's port)
 * can be given as a function, which is called when the app starts.
 */
export function useTestApp(options: TestAppOptions | (() => TestAppOptions) = {}): SharedTestApp {
  let session: TestSession | null = null;
  let state: 'not started' | 'up' | 'stopped' = 'not started';

  const current = (): TestSession => {
    if (session) return session;
    throw new Error(
      state === 'stopped'
        ? 'useTestApp: the app is stopped; call start() before using it again'
        : 'useTestApp: the app is not up yet; read t, api and driver inside tests and hooks, not while the describe block is defined',
    );
  };
  const start = async (changes: TestAppOptions = {}) => {
    if (session) throw new Error('useTestApp: the app is already up');
    const base = typeof options === 'function' ? options() : options;
    session = sessionOf(await createTestApp({ ...base, ...changes }));
    state = 'up';
  };
  const stop = async () => {
    const { t } = current();
    session = null;
    state = 'stopped';
    await t.close();
  };

  beforeAll(() => start());
  afterAll(async () => {
    if (session) await stop();
  });

  return {
    get t() {
      return current().t;
    },
    get api() {
      return current().api;
    },
    get driver() {
      return current().driver;
    },
    stop,
    start,
  };
}

/**
 * Runs `body` on an app of its own, started for it and closed after it, for a test whose point is the
 * app itself: a restart, edited models or templates, a fresh process. Returns what `body` returns.
 */
export async function withTestApp<T>(options: TestAppOptions, body: (session: TestSession) => Promise<T>): Promise<T> {
  const t = await createTestApp(options);
  try {
    return await body(sessionOf(t));
  } finally {
    await t.close();
  }
}
