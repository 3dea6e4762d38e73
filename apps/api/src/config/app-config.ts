import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AccessSettings, CONFIGURABLE_CAPABILITIES, ConfigurableCapability, DEFAULT_SIGN_IN_LIMITS, SignInLimitOptions } from '@ap/auth';
import { isRole, Role, ROLE_KEYS } from '@ap/common';
import { MailOptions, Municipality, PrivacyOptions } from '@ap/protocol';

/** Everything the service reads from its environment, with the defaults of the quick start. */
export interface AppConfig {
  port: number;
  /** Service processes sharing the port and the database (WORKERS; `auto`: one per core). */
  workers: number;
  /** Unset: the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Connections per service process; the embedded database takes one at a time. */
  databasePoolSize: number;
  dataDir: string;
  processesDir: string;
  timerPollMs: number;
  letterTemplatesDir: string;
  /** How often a service process makes the PDF/A of newly signed letters (LETTER_PDF_POLL_MS). */
  letterPdfPollMs: number;
  jwtSecret: string;
  /** How long a sign-in lasts (TOKEN_LIFETIME, e.g. `10h`, `30m`). */
  tokenLifetime: string;
  /** Wrong passwords per account and attempts per address before sign-in is blocked (SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_ATTEMPTS_PER_ADDRESS). */
  signInLimits: SignInLimitOptions;
  /** The roles of the capabilities a deployment sets (AUDITOR_ROLES: who searches the audit trail). */
  access: AccessSettings;
  /** The built web app served at `/`. */
  webDir: string;
  seedDemo: boolean;
  municipality: Municipality;
  /** Null without SMTP_URL: notifications stay in-app. */
  mail: MailOptions | null;
  /** Retention periods (RETENTION_*), how often the retention job runs, and the objection period (OBJECTION_PERIOD). */
  privacy: PrivacyOptions;
}

// The workspace: the folder with package.json above this file, whether it runs from apps/api/src or
// from the build in dist/apps/api. The models, the letter templates and the web app are found there.
const ROOT = workspaceRoot(__dirname);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? join(ROOT, '.data'));
  return {
    port: Number(env.PORT ?? 3000),
    workers: workerCount(env.WORKERS),
    databaseUrl: env.DATABASE_URL || undefined,
    // The embedded database serves one session: its connections must not interleave statements.
    databasePoolSize: Number(env.DATABASE_POOL_SIZE ?? (env.DATABASE_URL ? 10 : 1)),
    dataDir,
    processesDir: resolve(env.PROCESSES_DIR ?? join(ROOT, 'processes')),
    timerPollMs: Number(env.TIMER_POLL_MS ?? 1000),
    letterTemplatesDir: resolve(env.LETTER_TEMPLATES_DIR ?? join(ROOT, 'letter-templates')),
    letterPdfPollMs: Number(env.LETTER_PDF_POLL_MS ?? 2000),
    jwtSecret: env.JWT_SECRET ?? persistentSecret(join(dataDir, 'jwt-secret')),
    tokenLifetime: tokenLifetime(env.TOKEN_LIFETIME),
    signInLimits: {
      ...DEFAULT_SIGN_IN_LIMITS,
      failuresPerAccount: Number(env.SIGN_IN_FAILURES_PER_ACCOUNT ?? DEFAULT_SIGN_IN_LIMITS.failuresPerAccount),
      attemptsPerAddress: Number(env.SIGN_IN_ATTEMPTS_PER_ADDRESS ?? DEFAULT_SIGN_IN_LIMITS.attemptsPerAddress),
    },
    access: accessSettings(env),
    webDir: resolve(env.WEB_DIR ?? join(ROOT, 'dist/apps/web')),
    seedDemo: env.SEED_DEMO === 'true',
    mail: env.SMTP_URL
      ? {
          smtpUrl: env.SMTP_URL,
          from: env.MAIL_FROM ?? 'Agressieprotocol <noreply@voorbeeldstad.nl>',
          pollMs: Number(env.MAIL_POLL_MS ?? 5000),
          claimMs: Number(env.MAIL_CLAIM_SECONDS ?? 300) * 1000,
        }
      : null,
    privacy: {
      retention: {
        incidentFiles: isoDuration('RETENTION_INCIDENT_FILES', env.RETENTION_INCIDENT_FILES, 'P5Y'),
        letters: isoDuration('RETENTION_LETTERS', env.RETENTION_LETTERS, 'P5Y'),
        citizens: isoDuration('RETENTION_CITIZENS', env.RETENTION_CITIZENS, 'P5Y'),
        photos: isoDuration('RETENTION_PHOTOS', env.RETENTION_PHOTOS, 'P0D'),
        auditTrail: isoDuration('RETENTION_AUDIT_TRAIL', env.RETENTION_AUDIT_TRAIL, 'P7Y'),
      },
      retentionPollMs: Number(env.RETENTION_POLL_MS ?? 3_600_000),
      objectionPeriod: isoDuration('OBJECTION_PERIOD', env.OBJECTION_PERIOD, 'P6W'),
    },
    municipality: {
      naam: env.MUNICIPALITY_NAME ?? 'Gemeente Voorbeeldstad',
      afdeling: env.MUNICIPALITY_DEPARTMENT ?? 'Publiekszaken',
      postadres: env.MUNICIPALITY_POSTAL_ADDRESS ?? 'Postbus 1234',
      postcode: env.MUNICIPALITY_POSTAL_CODE ?? '1234 AB',
      plaats: env.MUNICIPALITY_CITY ?? 'Voorbeeldstad',
      telefoon: env.MUNICIPALITY_PHONE ?? '14 0123',
      website: env.MUNICIPALITY_WEBSITE ?? 'www.voorbeeldstad.nl',
    },
  };
}

function workerCount(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  if (value === 'auto') return availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`WORKERS must be a whole number of at least 1, or "auto"; it is "${value}"`);
  return count;
}

function tokenLifetime(value: string | undefined): string {
  if (value === undefined || value === '') return '10h';
  if (!/^\d+[smhd]$/.test(value)) throw new Error(`TOKEN_LIFETIME must be a number followed by s, m, h or d, such as 10h; it is "${value}"`);
  return value;
}

/** Each configurable capability's setting, when set: a comma-separated list of known roles. */
function accessSettings(env: NodeJS.ProcessEnv): AccessSettings {
  const settings: AccessSettings = {};
  for (const [capability, name] of Object.entries(CONFIGURABLE_CAPABILITIES) as [ConfigurableCapability, string][]) {
    const value = env[name]?.trim();
    if (!value) continue;
    const roles = value.split(',').map((role) => role.trim()).filter(Boolean);
    const unknown = roles.filter((role) => !isRole(role));
    if (unknown.length || !roles.length) throw new Error(`${name} must be a comma-separated list of roles (${ROLE_KEYS.join(', ')}); "${unknown.join('", "') || value}" is not one`);
    settings[capability] = roles as Role[];
  }
  return settings;
}

function isoDuration(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (!/^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/.test(value)) throw new Error(`${name} must be an ISO 8601 period in years, months, weeks or days, such as P5Y or P6W; it is "${value}"`);
  return value;
}

function workspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../../../..');
  }
}

// Without JWT_SECRET, one random secret is kept beside the data, so that tokens survive a restart
// and every service process on this machine accepts them.
function persistentSecret(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
