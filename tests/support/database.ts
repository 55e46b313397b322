// A fresh, migrated database for each test file: PGlite (from a cached template, ~0.5 s) by default,
// or a new PostgreSQL database copied from a template when CHORUS_TEST_DB=postgres and TEST_DATABASE_URL is set.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, openPostgres, type Database } from '../../src/db/client.ts';
import { collectMigrations, migrate } from '../../src/db/migrate.ts';
import { migrationDirs } from '../../src/app/context.ts';
import { MODULES } from '../../src/app/modules.ts';
import { Jobs } from '../../src/platform/jobs/index.ts';

export type Backend = 'pglite' | 'postgres';

export function backend(): Backend {
  return process.env.CHORUS_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

function schemaHash(): string {
  const h = createHash('sha256');
  for (const m of collectMigrations(migrationDirs(MODULES))) h.update(m.id).update(readFileSync(m.file));
  h.update(readFileSync(path.resolve(import.meta.dirname, '../../package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** Migrations plus pg-boss's own schema, so each test's job queue starts quickly. */
async function prepareSchema(db: Database): Promise<void> {
  await migrate(db, migrationDirs(MODULES));
  const jobs = new Jobs(db);
  await jobs.start({ work: false });
  await jobs.stop();
}

async function pgliteDatabase(): Promise<Database> {
  const file = path.join(os.tmpdir(), `chorus-pglite-${schemaHash()}.tar.gz`);
  if (!existsSync(file)) {
    const db = await openPglite(undefined);
    await prepareSchema(db);
    const dump = await db.pglite!.dumpDataDir('gzip');
    await db.close();
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
  }
  return openPglite(undefined, new Blob([readFileSync(file)]));
}

async function postgresDatabase(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('CHORUS_TEST_DB=postgres needs TEST_DATABASE_URL=postgres://…');
  const template = `chorus_tpl_${schemaHash()}`;
  const admin = await openPostgres(adminUrl, 2);
  try {
    await admin.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(720415002)');
      const { rows } = await tx.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rows.length) return;
      await admin.query(`CREATE DATABASE ${template}`);
      const db = await openPostgres(withDatabase(adminUrl, template), 2);
      try {
        await prepareSchema(db);
      } catch (err) {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS ${template}`);
        throw err;
      }
      await db.close();
    });
    const name = `chorus_t_${randomBytes(6).toString('hex')}`;
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    const db = await openPostgres(withDatabase(adminUrl, name), 20);
    const close = db.close.bind(db);
    return Object.assign(db, {
      async close() {
        await close();
        const a = await openPostgres(adminUrl, 1);
        await a.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
        await a.close();
      },
    });
  } finally {
    await admin.close();
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function testDatabase(): Promise<Database> {
  return backend() === 'postgres' ? postgresDatabase() : pgliteDatabase();
}
