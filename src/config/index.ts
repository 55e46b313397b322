// One validated configuration schema. Every key has a doc, a default and the environment variable it comes from.
// loadConfig() fails fast with a message that says how to fix the value.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Parser<T> = (raw: string, key: string) => T;

interface Setting<T> {
  env: string;
  doc: string;
  default: T | ((env: NodeJS.ProcessEnv) => T);
  parse: Parser<T>;
  secret?: boolean;
}

const int = (min: number, max: number): Parser<number> => (raw, key) => {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) {
    throw new ConfigError(`${key} must be a whole number from ${min} to ${max} (it is "${raw}"). Fix it or unset ${key}.`);
  }
  return n;
};
const str: Parser<string> = (raw) => raw;
const optionalStr: Parser<string | undefined> = (raw) => (raw.trim() === '' ? undefined : raw.trim());
const bool: Parser<boolean> = (raw, key) => {
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(`${key} must be true or false (it is "${raw}").`);
};
const postgresUrl: Parser<string | undefined> = (raw, key) => {
  if (raw.trim() === '') return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError(`${key} must start with postgres:// (for example postgres://user:password@localhost:5432/chorus). Unset it to use the embedded database.`);
  }
  return raw;
};
const url: Parser<string> = (raw, key) => {
  try {
    const u = new URL(raw);
    if (!/^https?:$/.test(u.protocol)) throw new Error('protocol');
    return raw.replace(/\/$/, '');
  } catch {
    throw new ConfigError(`${key} must be a full web address such as https://chorus.example.nhs.uk (it is "${raw}").`);
  }
};
const smtpUrl: Parser<string | undefined> = (raw, key) => {
  if (raw.trim() === '') return undefined;
  if (!/^smtps?:\/\//.test(raw)) throw new ConfigError(`${key} must start with smtp:// or smtps:// (for example smtp://user:pass@mail.example.nhs.uk:587). Unset it to keep emails in the admin outbox.`);
  return raw;
};
const oneOf = <T extends string>(...values: T[]): Parser<T> => (raw, key) => {
  if ((values as string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${key} must be one of ${values.join(', ')} (it is "${raw}").`);
};

const schema = {
  nodeEnv: { env: 'NODE_ENV', doc: 'development, test or production. Production turns on Secure cookies and requires SESSION_SECRET.', default: 'development', parse: oneOf('development', 'test', 'production') } as Setting<'development' | 'test' | 'production'>,
  port: { env: 'PORT', doc: 'TCP port to listen on.', default: 3000, parse: int(0, 65535) } as Setting<number>,
  host: { env: 'HOST', doc: 'Address to listen on. Use 0.0.0.0 in a container.', default: '127.0.0.1', parse: str } as Setting<string>,
  baseUrl: { env: 'BASE_URL', doc: 'The public address of the service, used in links in emails.', default: (e: NodeJS.ProcessEnv) => `http://localhost:${e.PORT ?? 3000}`, parse: url } as Setting<string>,
  databaseUrl: { env: 'DATABASE_URL', doc: 'PostgreSQL connection string. Unset: embedded PostgreSQL (PGlite) in DATA_DIR.', default: undefined, parse: postgresUrl, secret: true } as Setting<string | undefined>,
  dataDir: { env: 'DATA_DIR', doc: 'Folder for the embedded database. Created if missing.', default: './data', parse: str } as Setting<string>,
  webConcurrency: { env: 'WEB_CONCURRENCY', doc: 'Number of web processes. More than 1 needs DATABASE_URL.', default: 1, parse: int(1, 64) } as Setting<number>,
  databaseWaitSeconds: { env: 'DATABASE_WAIT_SECONDS', doc: 'At start, how long to keep retrying (with back-off) while PostgreSQL is not answering yet.', default: 60, parse: int(0, 3600) } as Setting<number>,
  databasePoolSize: { env: 'DATABASE_POOL_SIZE', doc: 'Connections per web process (PostgreSQL only).', default: 10, parse: int(1, 200) } as Setting<number>,
  sessionSecret: { env: 'SESSION_SECRET', doc: 'At least 32 characters, shared by every web process. Unset outside production: one is generated and kept in the database.', default: undefined, parse: optionalStr, secret: true } as Setting<string | undefined>,
  smtpUrl: { env: 'SMTP_URL', doc: 'SMTP server for email. Unset: emails are stored and shown at /admin/outbox.', default: undefined, parse: smtpUrl, secret: true } as Setting<string | undefined>,
  mailFrom: { env: 'MAIL_FROM', doc: 'From address for email.', default: 'Chorus <no-reply@chorus.localhost>', parse: str } as Setting<string>,
  logLevel: { env: 'LOG_LEVEL', doc: 'fatal, error, warn, info, debug or silent.', default: (e: NodeJS.ProcessEnv) => (e.NODE_ENV === 'test' ? 'silent' : 'info'), parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent') } as Setting<string>,
  seedDemoData: { env: 'SEED_DEMO_DATA', doc: 'Add demo users, organisations and content on first start.', default: (e: NodeJS.ProcessEnv) => e.NODE_ENV !== 'production', parse: bool } as Setting<boolean>,
  runJobs: { env: 'RUN_JOBS', doc: 'Run background jobs (email sending, reminders) in this process.', default: true, parse: bool } as Setting<boolean>,
  trustProxy: { env: 'TRUST_PROXY', doc: 'Trust X-Forwarded-* headers from a load balancer.', default: false, parse: bool } as Setting<boolean>,
};

type Schema = typeof schema;
export type Config = { [K in keyof Schema]: Schema[K] extends Setting<infer T> ? T : never } & {
  isProduction: boolean;
  isTest: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const out: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(schema) as [string, Setting<unknown>][]) {
    const raw = env[setting.env];
    if (raw === undefined || raw === '') {
      out[key] = typeof setting.default === 'function' ? (setting.default as (e: NodeJS.ProcessEnv) => unknown)(env) : setting.default;
    } else {
      out[key] = setting.parse(raw, setting.env);
    }
  }
  const config = { ...out, ...overrides } as Config;
  config.isProduction = config.nodeEnv === 'production';
  config.isTest = config.nodeEnv === 'test';
  if (config.webConcurrency > 1 && !config.databaseUrl) {
    throw new ConfigError(
      `WEB_CONCURRENCY=${config.webConcurrency} needs a PostgreSQL server: the embedded database can only be opened by one process. ` +
        'Set DATABASE_URL=postgres://… or unset WEB_CONCURRENCY.',
    );
  }
  if (config.sessionSecret !== undefined && config.sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters. Generate one with: openssl rand -hex 32');
  }
  if (config.isProduction && !config.sessionSecret) {
    throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production. Generate one with: openssl rand -hex 32');
  }
  return config;
}

/** The documented settings, for the README and `docs/configuration`. */
export function describeConfig(): { env: string; doc: string; secret: boolean }[] {
  return Object.values(schema).map((s) => ({ env: s.env, doc: s.doc, secret: Boolean((s as Setting<unknown>).secret) }));
}
