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
// A GOV.UK Notify API key is "{key name}-{service ID}-{secret key}", both IDs being UUIDs. Never echo it in a message.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const notifyApiKey: Parser<string | undefined> = (raw, key) => {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!new RegExp(`^.+-${UUID}-${UUID}$`, 'i').test(value)) {
    throw new ConfigError(
      `${key} is not a GOV.UK Notify API key: a key is its name, your service ID and a secret, joined by hyphens, and ends with two IDs like ` +
        'a1b2c3d4-0000-4000-8000-000000000000. Copy the whole key from Notify (API integration, API keys), or unset it to send email by SMTP_URL or keep it in the admin outbox.',
    );
  }
  return value;
};
const notifyTemplateId: Parser<string | undefined> = (raw, key) => {
  const value = raw.trim();
  if (value === '') return undefined;
  if (!new RegExp(`^${UUID}$`, 'i').test(value)) {
    throw new ConfigError(`${key} must be a Notify template ID like a1b2c3d4-0000-4000-8000-000000000000 (it is "${raw}"). Copy it from the template's page in Notify.`);
  }
  return value.toLowerCase();
};
const optionalUrl: Parser<string | undefined> = (raw, key) => (raw.trim() === '' ? undefined : url(raw.trim(), key));
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
  notifyApiKey: { env: 'NOTIFY_API_KEY', doc: 'GOV.UK Notify API key: email and text messages are sent through Notify for each template ID set below (see docs/notify.md).', default: undefined, parse: notifyApiKey, secret: true } as Setting<string | undefined>,
  notifyEmailTemplateId: { env: 'NOTIFY_EMAIL_TEMPLATE_ID', doc: 'The Notify email template with ((subject)) and ((body)): with NOTIFY_API_KEY, every email goes through Notify (instead of SMTP_URL).', default: undefined, parse: notifyTemplateId } as Setting<string | undefined>,
  notifySmsTemplateId: { env: 'NOTIFY_SMS_TEMPLATE_ID', doc: 'The Notify text message template with ((body)): with NOTIFY_API_KEY, text messages are sent. Unset: they are kept in the admin outbox.', default: undefined, parse: notifyTemplateId } as Setting<string | undefined>,
  notifyBaseUrl: { env: 'NOTIFY_BASE_URL', doc: "Notify's API address. Unset: GOV.UK Notify itself; tests point it at a local server.", default: undefined, parse: optionalUrl } as Setting<string | undefined>,
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
  if (!config.notifyApiKey && (config.notifyEmailTemplateId || config.notifySmsTemplateId)) {
    throw new ConfigError('NOTIFY_EMAIL_TEMPLATE_ID and NOTIFY_SMS_TEMPLATE_ID need NOTIFY_API_KEY, the API key from GOV.UK Notify. Set it, or unset the template IDs.');
  }
  if (config.notifyApiKey && !config.notifyEmailTemplateId && !config.notifySmsTemplateId) {
    throw new ConfigError(
      'NOTIFY_API_KEY is set but no Notify template is: set NOTIFY_EMAIL_TEMPLATE_ID (an email template with ((subject)) and ((body))) and/or ' +
        'NOTIFY_SMS_TEMPLATE_ID (a text message template with ((body))). See docs/notify.md.',
    );
  }
  if (config.smtpUrl && config.notifyApiKey && config.notifyEmailTemplateId) {
    throw new ConfigError('Email can go through SMTP_URL or GOV.UK Notify (NOTIFY_EMAIL_TEMPLATE_ID), not both: unset one of them. Text messages can use Notify either way (NOTIFY_SMS_TEMPLATE_ID).');
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
