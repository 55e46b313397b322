// Site settings an admin can change (e.g. the local crisis line), kept in the settings table and cached briefly
// in each web process so that a page view does not need a query.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';

export interface CrisisLine {
  name: string;
  phone: string;
  hours: string;
  description: string;
}

export interface SiteSettings {
  organisationName: string;
  contactEmail: string;
  crisisLine?: CrisisLine;
  /** equality and other small-number counts below this are suppressed in public outputs */
  smallNumberThreshold: number;
}

export const DEFAULT_SETTINGS: SiteSettings = {
  organisationName: 'Chorus demo NHS trust',
  contactEmail: 'engagement@chorus.example.nhs.uk',
  smallNumberThreshold: 5,
};

const TTL_MS = 10_000;

export class SettingsStore {
  private cache?: { value: SiteSettings; at: number };

  constructor(private readonly db: Queryable) {}

  async get(): Promise<SiteSettings> {
    if (this.cache && Date.now() - this.cache.at < TTL_MS) return this.cache.value;
    const { rows } = await this.db.query<{ value: Partial<SiteSettings> }>(`SELECT value FROM settings WHERE key = 'site'`);
    const value = { ...DEFAULT_SETTINGS, ...(rows[0]?.value ?? {}) };
    this.cache = { value, at: Date.now() };
    return value;
  }

  async update(patch: Partial<SiteSettings>): Promise<SiteSettings> {
    const next = { ...(await this.get()), ...patch };
    await this.db.query(
      `INSERT INTO settings (key, value) VALUES ('site', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
      [JSON.stringify(next)],
    );
    this.cache = undefined;
    return next;
  }
}

/** The signing secret: SESSION_SECRET when set, otherwise one generated once and kept in the database (shared by all processes). */
export async function loadSecret(db: Queryable, configured?: string): Promise<string> {
  if (configured) return configured;
  const fresh = randomBytes(32).toString('base64url');
  await db.query(`INSERT INTO settings (key, value) VALUES ('session_secret', to_jsonb($1::text)) ON CONFLICT (key) DO NOTHING`, [fresh]);
  const { rows } = await db.query<{ value: string }>(`SELECT value FROM settings WHERE key = 'session_secret'`);
  return rows[0]!.value;
}
