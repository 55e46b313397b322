// The analysis run: reads every module's free text (ctx.freeTextSources) a page at a time, classifies what is new or
// changed with the current model, stores themes and sentiment per item, and deletes items no module offers any more.
// Idempotent (a second run only marks items seen) and resumable (a run that died leaves its analysed items stored
// with their hash and model version, so the next run skips them). Progress is written to the run row after every page.
import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import type { AppContext, FreeTextItem } from '../../platform/module.ts';
import { scrub } from '../../platform/errors/log.ts';
import { classifyWith, loadDefaultModel, type Classification, type InsightModel } from '../../insight/index.ts';

export const ANALYSE_JOB = 'insight.analyse';
/** nightly, Europe/London */
export const ANALYSE_CRON = '30 2 * * *';
export const PAGE_SIZE = 500;

export interface AnalysisOptions {
  /** the id of the run row (a retried job may pass the same id to take the row over); a new id if not given */
  runId?: string;
  /** the model to classify with; the committed default if not given */
  model?: InsightModel;
  /** what to record as the model's version; a hash of the model if not given */
  modelVersion?: string;
  /** items read from a source at a time (and classified in one batch) */
  pageSize?: number;
}

export interface RunSummary {
  runId: string;
  modelVersion: string;
  /** every item found in every source */
  total: number;
  done: number;
  /** items classified in this run (new, changed, or all of them when the model changed) */
  changed: number;
  /** items deleted because no module offers them any more */
  removed: number;
}

export interface StoredTheme {
  theme: string;
  score: number;
}

const versions = new WeakMap<InsightModel, string>();

/** A stable version for a model: its name and a hash of its content (the same file gives the same version). */
export function modelVersionOf(model: InsightModel): string {
  let v = versions.get(model);
  if (!v) {
    v = `${model.name}@${createHash('sha256').update(JSON.stringify(model)).digest('hex').slice(0, 16)}`;
    versions.set(model, v);
  }
  return v;
}

/** What a classification was made from: the question and the text. */
export function textHash(item: Pick<FreeTextItem, 'prompt' | 'text'>): string {
  return createHash('sha256').update(item.prompt ?? '').update('\u0000').update(item.text ?? '').digest('hex');
}

/** The engine's answer as stored: themes most confident first, or none when the text has no known words. */
export function storedResult(c: Classification): { themes: StoredTheme[]; sentiment: string | null; unclassified: boolean } {
  if (c.unclassified) return { themes: [], sentiment: null, unclassified: true };
  return { themes: c.themes.map((t) => ({ theme: t.label, score: Number(t.confidence.toFixed(4)) })), sentiment: c.sentiment?.label ?? null, unclassified: false };
}

const ITEM_COLUMNS = `id text, module text, source text, programme_id uuid, phase_id uuid, prompt text, text text, text_hash text,
  roles text[], channel text, kind text, people_represented int, variant text, created_at timestamptz, href text`;

function itemRecord(item: FreeTextItem, hash: string) {
  return {
    id: item.id,
    module: item.module,
    source: item.source,
    programme_id: item.programmeId,
    phase_id: item.phaseId,
    prompt: item.prompt ?? '',
    text: item.text ?? '',
    text_hash: hash,
    roles: item.roles ?? [],
    channel: item.channel,
    kind: item.kind,
    people_represented: item.peopleRepresented,
    variant: item.variant,
    created_at: new Date(item.createdAt).toISOString(),
    href: item.href,
  };
}

/** New or changed items with their classification: inserted, or replaced in full. */
async function upsertAnalysed(db: Queryable, runId: string, modelVersion: string, records: (ReturnType<typeof itemRecord> & ReturnType<typeof storedResult>)[]): Promise<void> {
  if (!records.length) return;
  await db.query(
    `INSERT INTO insight_items (id, module, source, programme_id, phase_id, prompt, text, text_hash, roles, channel, kind, people_represented,
       variant, created_at, href, themes, sentiment, unclassified, model_version, analysed_at, last_seen_run, last_seen_at)
     SELECT x.id, x.module, x.source, x.programme_id, x.phase_id, x.prompt, x.text, x.text_hash, x.roles, x.channel, x.kind, x.people_represented,
       x.variant, x.created_at, x.href, x.themes, x.sentiment, x.unclassified, $2, now(), $3, now()
     FROM jsonb_to_recordset($1::jsonb) AS x(${ITEM_COLUMNS}, themes jsonb, sentiment text, unclassified boolean)
     ON CONFLICT (id) DO UPDATE SET module = EXCLUDED.module, source = EXCLUDED.source, programme_id = EXCLUDED.programme_id,
       phase_id = EXCLUDED.phase_id, prompt = EXCLUDED.prompt, text = EXCLUDED.text, text_hash = EXCLUDED.text_hash, roles = EXCLUDED.roles,
       channel = EXCLUDED.channel, kind = EXCLUDED.kind, people_represented = EXCLUDED.people_represented, variant = EXCLUDED.variant,
       created_at = EXCLUDED.created_at, href = EXCLUDED.href, themes = EXCLUDED.themes, sentiment = EXCLUDED.sentiment,
       unclassified = EXCLUDED.unclassified, model_version = EXCLUDED.model_version, analysed_at = EXCLUDED.analysed_at,
       last_seen_run = EXCLUDED.last_seen_run, last_seen_at = EXCLUDED.last_seen_at`,
    [JSON.stringify(records), modelVersion, runId],
  );
}

/** Unchanged items: marked seen, and what the module says about them (programme, link, roles) kept up to date. */
async function markSeen(db: Queryable, runId: string, records: ReturnType<typeof itemRecord>[]): Promise<void> {
  if (!records.length) return;
  await db.query(
    `UPDATE insight_items i SET module = x.module, source = x.source, programme_id = x.programme_id, phase_id = x.phase_id,
       roles = x.roles, channel = x.channel, kind = x.kind, people_represented = x.people_represented, variant = x.variant,
       created_at = x.created_at, href = x.href, last_seen_run = $2, last_seen_at = now()
     FROM jsonb_to_recordset($1::jsonb) AS x(${ITEM_COLUMNS})
     WHERE i.id = x.id`,
    [JSON.stringify(records), runId],
  );
}

/**
 * Analyse every module's free text. Resolves with the run's summary; if a source or the database fails, the run is
 * recorded as failed (with what was done so far) and the error is thrown again, so that pg-boss retries the job.
 */
export async function runAnalysis(ctx: AppContext, options: AnalysisOptions = {}): Promise<RunSummary> {
  const db = ctx.db;
  const model = options.model ?? (await loadDefaultModel());
  const modelVersion = options.modelVersion ?? modelVersionOf(model);
  const pageSize = options.pageSize ?? PAGE_SIZE;

  // a run still marked running had its process die (or is overtaken by this one): it is over
  await db.query(
    `UPDATE insight_runs SET status = 'failed', finished_at = updated_at, error = 'Stopped before it finished'
     WHERE status = 'running' AND ($1::uuid IS NULL OR id <> $1)`,
    [options.runId ?? null],
  );
  const estimate = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM insight_items')).rows[0]!.n);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO insight_runs (id, model_version, total) VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3)
     ON CONFLICT (id) DO UPDATE SET model_version = EXCLUDED.model_version, status = 'running', started_at = now(), updated_at = now(),
       finished_at = NULL, total = EXCLUDED.total, done = 0, changed = 0, removed = 0, error = NULL
     RETURNING id`,
    [options.runId ?? null, modelVersion, estimate],
  );
  const runId = rows[0]!.id;
  let done = 0;
  let changed = 0;
  const progress = () =>
    db.query(`UPDATE insight_runs SET done = $2, changed = $3, total = GREATEST(total, $2), updated_at = now() WHERE id = $1`, [runId, done, changed]);

  try {
    for (const source of ctx.freeTextSources) {
      let after: string | undefined;
      for (;;) {
        const page = await source.items(after, pageSize);
        if (!page.length) break;
        const last = page[page.length - 1]!.id;
        if (last === after) throw new Error(`The ${source.moduleId} module gave the same page of free text twice`);
        after = last;

        const byId = new Map(page.map((item) => [item.id, item]));
        const { rows: stored } = await db.query<{ id: string; text_hash: string; model_version: string }>(
          'SELECT id, text_hash, model_version FROM insight_items WHERE id = ANY($1::text[])',
          [[...byId.keys()]],
        );
        const known = new Map(stored.map((s) => [s.id, s]));
        const seen: ReturnType<typeof itemRecord>[] = [];
        const fresh: ReturnType<typeof itemRecord>[] = [];
        for (const item of byId.values()) {
          const record = itemRecord(item, textHash(item));
          const s = known.get(item.id);
          (s && s.text_hash === record.text_hash && s.model_version === modelVersion ? seen : fresh).push(record);
        }
        const results = fresh.length ? classifyWith(model, fresh.map((r) => ({ text: r.text, question: r.prompt || undefined }))) : [];
        await upsertAnalysed(db, runId, modelVersion, fresh.map((r, i) => ({ ...r, ...storedResult(results[i]!) })));
        await markSeen(db, runId, seen);
        done += byId.size;
        changed += fresh.length;
        await progress();
      }
    }
    // text no module offers any more (withdrawn, hidden, erased): not seen by this run since it started
    const removed = (await db.query('DELETE FROM insight_items WHERE last_seen_at < (SELECT started_at FROM insight_runs WHERE id = $1)', [runId])).rowCount;
    await db.query(
      `UPDATE insight_runs SET status = 'finished', finished_at = now(), updated_at = now(), total = $2, done = $2, changed = $3, removed = $4 WHERE id = $1`,
      [runId, done, changed, removed],
    );
    return { runId, modelVersion, total: done, done, changed, removed };
  } catch (err) {
    const message = scrub(err instanceof Error ? err.message : String(err)).slice(0, 500);
    await db.query(`UPDATE insight_runs SET status = 'failed', finished_at = now(), updated_at = now(), done = $2, changed = $3, error = $4 WHERE id = $1`, [
      runId,
      done,
      changed,
      message,
    ]);
    throw err;
  }
}
