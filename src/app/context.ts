// Builds the AppContext a web process or worker needs: database (migrated), secret, jobs, outbox, settings, policies.
import path from 'node:path';
import type { Config } from '../config/index.ts';
import type { Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { PolicyRegistry } from '../platform/authorisation/index.ts';
import { loadSecret, SettingsStore } from '../platform/content/settings.ts';
import { Jobs } from '../platform/jobs/index.ts';
import { Outbox } from '../platform/notify/outbox.ts';
import { pruneSessions } from '../platform/auth/session.ts';
import { pruneRateLimits } from '../platform/security/rate-limit.ts';
import type { AppContext, ChorusModule } from '../platform/module.ts';

export const PLATFORM_MIGRATIONS = path.resolve(import.meta.dirname, '..', 'db', 'migrations');

export function migrationDirs(modules: readonly ChorusModule[]): string[] {
  return [PLATFORM_MIGRATIONS, ...modules.flatMap((m) => (m.migrations ? [m.migrations] : []))];
}

export async function migrateAll(db: Database, modules: readonly ChorusModule[]): Promise<string[]> {
  return migrate(db, migrationDirs(modules));
}

export async function createContext(config: Config, db: Database): Promise<AppContext> {
  const jobs = new Jobs(db);
  // Nightly clean-up of expired sessions and rate-limit windows.
  jobs.define({
    name: 'platform.prune',
    cron: '17 3 * * *',
    handle: async () => {
      await pruneSessions(db);
      await pruneRateLimits(db);
    },
  });
  return {
    config,
    db,
    jobs,
    outbox: new Outbox(db, jobs, {
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      notify: config.notifyApiKey
        ? { apiKey: config.notifyApiKey, baseUrl: config.notifyBaseUrl, emailTemplateId: config.notifyEmailTemplateId, smsTemplateId: config.notifySmsTemplateId }
        : undefined,
    }),
    settings: new SettingsStore(db),
    policies: new PolicyRegistry(),
    secret: await loadSecret(db, config.sessionSecret),
    privacy: { exporters: [], erasers: [] },
    timelineSources: [],
    openItemSources: [],
    freeTextSources: [],
  };
}

/** Runs each module's demo seed once per database (recorded in seed_runs). */
/**
 * Gives the platform every module's hooks (personal data export and erase, timeline and open items, free text).
 * Called once per context: by buildApp, and before the demo seed runs (the insight seed reads the free text).
 */
export function wireModuleHooks(ctx: AppContext, modules: readonly ChorusModule[]): void {
  for (const m of modules) {
    if (m.exportPersonalData) ctx.privacy.exporters.push({ moduleId: m.id, exportFor: (userId) => m.exportPersonalData!(ctx, userId) });
    if (m.erasePersonalData) ctx.privacy.erasers.push({ moduleId: m.id, eraseFor: (tx, userId) => m.erasePersonalData!(tx, userId) });
    if (m.programmeItems) ctx.timelineSources.push({ moduleId: m.id, itemsFor: (programmeId) => m.programmeItems!(ctx, programmeId) });
    if (m.openItems) ctx.openItemSources.push({ moduleId: m.id, list: (filter = {}) => m.openItems!(ctx, filter) });
    if (m.freeText) ctx.freeTextSources.push({ moduleId: m.id, items: (after, limit = 500) => m.freeText!(ctx, { after, limit }) });
  }
}

export async function seedAll(ctx: AppContext, modules: readonly ChorusModule[]): Promise<string[]> {
  const ran: string[] = [];
  for (const m of modules) {
    if (!m.seed) continue;
    const { rowCount } = await ctx.db.query('INSERT INTO seed_runs (module_id) VALUES ($1) ON CONFLICT DO NOTHING', [m.id]);
    if (rowCount === 0) continue;
    try {
      await m.seed(ctx);
      ran.push(m.id);
    } catch (err) {
      await ctx.db.query('DELETE FROM seed_runs WHERE module_id = $1', [m.id]);
      throw err;
    }
  }
  return ran;
}
