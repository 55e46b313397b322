// Gathers the platform's and every module's migrations/*.sql, orders them by file name (a UTC timestamp prefix),
// and applies the ones not yet recorded in schema_migrations, each in its own transaction under an advisory lock,
// so N web processes starting together apply each migration once.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './client.ts';

export interface Migration {
  id: string;
  file: string;
}

const NAME = /^\d{14}_[a-z0-9-_]+\.sql$/;

export function collectMigrations(dirs: string[]): Migration[] {
  const all: Migration[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.sql')) continue;
      if (!NAME.test(name)) throw new Error(`Migration ${path.join(dir, name)} must be named YYYYMMDDHHMMSS_verb_object.sql`);
      all.push({ id: name.replace(/\.sql$/, ''), file: path.join(dir, name) });
    }
  }
  all.sort((a, b) => a.id.localeCompare(b.id));
  const seen = new Set<string>();
  for (const m of all) {
    if (seen.has(m.id)) throw new Error(`Two migrations share the id ${m.id}`);
    seen.add(m.id);
  }
  return all;
}

const LOCK_KEY = 720_415_001;

export async function migrate(db: Database, dirs: string[]): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const m of collectMigrations(dirs)) {
    const sql = readFileSync(m.file, 'utf8');
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id]);
      if (rows.length) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}
