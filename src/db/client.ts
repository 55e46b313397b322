// Database plumbing: one small interface over PGlite (embedded) and node-postgres (server), chosen by DATABASE_URL.
// Feature code writes plain PostgreSQL SQL; the same SQL runs on both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: { serializable?: boolean }): Promise<T>;
  close(): Promise<void>;
  /** The underlying PGlite instance, for pg-boss's adapter (embedded mode only). */
  readonly pglite?: PGlite;
  /** The underlying pool (server mode only). */
  readonly pool?: Pool;
}

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  let pg: PGlite;
  if (dataDir) {
    const dir = path.resolve(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    pg = await PGlite.create(dir);
  } else {
    pg = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  }
  return wrapPglite(pg);
}

export function wrapPglite(pg: PGlite): Database {
  const asQueryable = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await q.query<T>(sql, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = asQueryable(pg);
  return {
    kind: 'pglite',
    pglite: pg,
    query: base.query,
    exec: base.exec,
    async transaction(fn, options) {
      return pg.transaction(async (tx) => {
        if (options?.serializable) await tx.exec('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
        return fn(asQueryable(tx));
      });
    },
    async close() {
      await pg.close();
    },
  };
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    /* idle client errors are reported by the next query */
  });
  const query = async <T>(sql: string, params: unknown[] = []) => {
    const r = await pool.query(sql, params);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
  };
  return {
    kind: 'postgres',
    pool,
    query,
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn, options) {
      const client = await pool.connect();
      try {
        await client.query(options?.serializable ? 'BEGIN ISOLATION LEVEL SERIALIZABLE' : 'BEGIN');
        const tx: Queryable = {
          async query<T>(sql: string, params: unknown[] = []) {
            const r = await client.query(sql, params);
            return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

export async function openDatabase(config: { databaseUrl?: string; dataDir: string; databasePoolSize: number }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.databasePoolSize) : openPglite(config.dataDir);
}
