// Results for facilitators: counts and percentages per question (with filters), equality summaries with small
// numbers suppressed. The responses export is in exports.ts.
import type { Queryable } from '../../../db/client.ts';
import { tally, allQuestions, choicesOf, type Definition, type QuestionResult } from '../../../capabilities/questionnaires/index.ts';
import * as repo from '../repository.ts';
import { EQUALITY } from '../equality.ts';

type Results = { counts: Awaited<ReturnType<typeof repo.countBy>>; questions: QuestionResult[] };
/**
 * Results are kept per process for each survey and filter, keyed by how many responses there are and when the
 * last one came in, so a new response (in any process) gives fresh figures while repeat views are quick.
 */
const cache = new Map<string, Results>();
const CACHE_SIZE = 50;

export async function surveyResults(db: Queryable, survey: repo.SurveyRow, def: Definition, filters: repo.Filters): Promise<Results> {
  const { rows } = await db.query<{ n: number; last: string | null }>(
    `SELECT count(*)::int AS n, max(submitted_at)::text AS last FROM survey_responses WHERE survey_id = $1 AND status = 'submitted'`,
    [survey.id],
  );
  const key = JSON.stringify([survey.id, filters.role, filters.variant, filters.channel, filters.kind, rows[0]!.n, rows[0]!.last]);
  const hit = cache.get(key);
  if (hit) return hit;
  const { sql, params } = repo.responsesWhere(survey.id, filters);
  const [counts, questions] = await Promise.all([repo.countBy(db, survey.id, filters), tally(db, def, sql, params)]);
  const value = { counts, questions };
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}

export interface EqualityRow {
  label: string;
  /** the count, or undefined when suppressed */
  count?: number;
  shown: string;
}

/** equality answers as totals per option, with counts below the threshold shown as "fewer than N" */
export async function equalitySummary(db: Queryable, surveyId: string, threshold: number): Promise<{ question: string; rows: EqualityRow[] }[]> {
  const counts = await repo.equalityCounts(db, surveyId);
  return allQuestions(EQUALITY).map((q) => ({
    question: q.label.standard,
    rows: choicesOf(q).map((o) => {
      const n = counts.find((c) => c.field === q.id && c.value === o.value)?.n ?? 0;
      return n > 0 && n < threshold ? { label: o.label.standard, shown: `fewer than ${threshold}` } : { label: o.label.standard, count: n, shown: n.toLocaleString('en-GB') };
    }),
  }));
}

/** the summary CSV: one row per question option (and equality totals with small numbers suppressed) */
export async function summaryRows(db: Queryable, survey: repo.SurveyRow, def: Definition, threshold: number): Promise<string[][]> {
  const { counts, questions } = await surveyResults(db, survey, def, {});
  const individual = await surveyResults(db, survey, def, { kind: 'individual' });
  const organisation = await surveyResults(db, survey, def, { kind: 'organisation' });
  const rows: string[][] = [['Section', 'Question', 'Answer', 'All responses', 'Percent of all who answered', 'Individual responses', 'Organisation responses']];
  rows.push(['Totals', 'Responses', '', String(counts.total), '', String(counts.individual), String(counts.organisation)]);
  rows.push(['Totals', 'People represented by organisation responses', '', String(counts.represented), '', '', String(counts.represented)]);
  questions.forEach((q, i) => {
    const ind = individual.questions[i]!;
    const org = organisation.questions[i]!;
    const add = (label: string, rs: typeof q.rows, ir: typeof q.rows, or: typeof q.rows) =>
      rs.forEach((r, j) => rows.push(['Questions', label, r.label, String(r.count), String(r.percent), String(ir[j]?.count ?? 0), String(or[j]?.count ?? 0)]));
    if (q.statements) q.statements.forEach((s, j) => add(`${q.label}: ${s.label}`, s.rows, ind.statements![j]!.rows, org.statements![j]!.rows));
    else if (q.ranking) q.ranking.forEach((r) => rows.push(['Questions', q.label, `${r.label} (average position)`, String(r.averagePosition), '', '', '']));
    else if (q.freeText) rows.push(['Questions', q.label, '(free text answers)', String(q.answered), '', String(ind.answered), String(org.answered)]);
    else add(q.label, q.rows, ind.rows, org.rows);
  });
  for (const e of await equalitySummary(db, survey.id, threshold)) for (const r of e.rows) rows.push(['Equality (individual responses)', e.question, r.label, r.shown, '', r.shown, '']);
  return rows;
}
