// Reads for the staff page: the latest analysis runs and what is stored, by module.
import type { Queryable } from '../../db/client.ts';

export interface RunRow {
  id: string;
  model_version: string;
  status: 'running' | 'finished' | 'failed';
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  total: number;
  done: number;
  changed: number;
  removed: number;
  error: string | null;
}

export async function latestRuns(db: Queryable, limit = 10): Promise<RunRow[]> {
  const { rows } = await db.query<RunRow>('SELECT * FROM insight_runs ORDER BY started_at DESC, id LIMIT $1', [limit]);
  return rows;
}

export interface ModuleCount {
  module: string;
  items: number;
  unclassified: number;
}

export async function countsByModule(db: Queryable): Promise<ModuleCount[]> {
  const { rows } = await db.query<{ module: string; items: string; unclassified: string }>(
    'SELECT module, count(*) AS items, count(*) FILTER (WHERE unclassified) AS unclassified FROM insight_items GROUP BY module ORDER BY module',
  );
  return rows.map((r) => ({ module: r.module, items: Number(r.items), unclassified: Number(r.unclassified) }));
}
