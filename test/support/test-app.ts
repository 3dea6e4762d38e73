import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { SignInLimitOptions } from '@ap/auth';
import { Clock } from '@ap/common';
import { AppModule } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { configureApp } from '../../apps/api/src/http/configure-app';
import { TestClock } from './test-clock';

export interface TestApp {
  app: INestApplication;
  clock: TestClock;
  /** Real HTTP against the app, listening on an ephemeral port. */
  http: () => request.Agent;
  /** Bearer token of a demo user (see DEMO_USERS). */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: TestClock;
  processesDir?: string;
  letterTemplatesDir?: string;
  /** The timer scheduler's background loop is off unless a test asks for it; tests fire due timers themselves. */
  timerPollMs?: number;
  /** An SMTP server for notification e-mail; the sender's loop is off, tests send themselves. */
  smtpUrl?: string;
  /** Sign-in limits; by default the product's per account, and none to speak of per address (the suites all sign in from 127.0.0.1). */
  signInLimits?: Partial<SignInLimitOptions>;
}

/** The whole product on the test database (see test/setup), with a clock the test controls. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const clock = options.clock ?? new TestClock(new Date());
  const base = loadConfig({ ...process.env, JWT_SECRET: 'test-secret', DATA_DIR: '/tmp/agressieprotocol-test' });
  const config = {
    ...base,
    databaseUrl: process.env.TEST_DB_URL!,
    databasePoolSize: process.env.TEST_DB_EMBEDDED ? 1 : 10,
    processesDir: options.processesDir ?? base.processesDir,
    timerPollMs: options.timerPollMs ?? 0,
    letterTemplatesDir: options.letterTemplatesDir ?? base.letterTemplatesDir,
    signInLimits: { ...base.signInLimits, attemptsPerAddress: 100_000, ...options.signInLimits },
    // Tests make the PDFs of signed letters themselves (LetterPdfs.convertDue).
    letterPdfPollMs: 0,
    // Tests run the retention job themselves (RetentionJob.run).
    privacy: { ...base.privacy, retentionPollMs: 0 },
    mail: options.smtpUrl ? { smtpUrl: options.smtpUrl, from: 'Agressieprotocol <noreply@voorbeeldstad.nl>', pollMs: 0 } : null,
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: ['error', 'warn'] }), config);
  await app.init();
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const tokens = new Map<string, string>();
  return {
    app,
    clock,
    http: () => request.agent(url),
    async login(username: string) {
      if (!tokens.has(username)) {
        const res = await request(url).post('/api/auth/login').send({ username, password: 'demo' }).expect(200);
        tokens.set(username, res.body.accessToken);
      }
      return tokens.get(username)!;
    },
    close: () => app.close(),
  };
}
