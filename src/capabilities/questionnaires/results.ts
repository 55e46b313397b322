// Counting answers for results pages and summaries, in SQL (one pass over the responses), and the bar chart of
// each question's answers (drawn by the shared chart component, src/ui/components/charts) beside its data table.
import type { Queryable } from '../../db/client.ts';
import { barChart, type ChartModel } from '../../ui/components/charts/index.ts';
import { allQuestions, choicesOf } from './validate.ts';
import { pick, type Definition, type Question, type Variant } from './types.ts';

export interface Row {
  value: string;
  label: string;
  count: number;
  /** of the people who answered the question, 0–100 */
  percent: number;
}

export interface QuestionResult {
  question: Question;
  label: string;
  /** how many answered it */
  answered: number;
  rows: Row[];
  /** for matrix questions: one set of rows per statement */
  statements?: { label: string; answered: number; rows: Row[] }[];
  /** for ranking questions: average position of each option (1 = most important) */
  ranking?: { label: string; averagePosition: number }[];
  freeText: boolean;
}

const percent = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);

/**
 * Counts every choice answer. `source` is a SQL query (with `params`) returning one `answers jsonb` column per
 * response: the caller decides which responses count.
 */
export async function tally(db: Queryable, def: Definition, source: string, params: unknown[], variant: Variant = 'standard'): Promise<QuestionResult[]> {
  // One small query per field, run side by side: each reads one key of the answers, which is much cheaper than
  // expanding every key of every response. Plus one query for how many answered each field.
  const questions = allQuestions(def);
  const scalar = questions.flatMap((q) => (q.type === 'matrix' ? (q.statements ?? []).map((st) => `${q.id}.${st.value}`) : q.type === 'single-choice' || q.type === 'rating' ? [q.id] : []));
  const arrays = questions.filter((q) => q.type === 'multiple-choice').map((q) => q.id);
  const rankings = questions.filter((q) => q.type === 'ranking').map((q) => q.id);
  const k = `$${params.length + 1}`;
  const elements = (ordinality: boolean) =>
    `jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.answers->${k}) = 'array' THEN r.answers->${k} ELSE '[]'::jsonb END)${ordinality ? ' WITH ORDINALITY e(value, ord)' : ' e(value)'}`;
  const countsOf = async (field: string, sql: string) => ({ field, rows: (await db.query<{ value: string; n: number; avg?: number }>(sql, [...params, field])).rows });
  const fields = [...scalar, ...arrays, ...rankings, ...questions.filter((q) => !['matrix'].includes(q.type)).map((q) => q.id)];
  const unique = [...new Set(fields)];
  const [answeredRow, ...perField] = await Promise.all([
    db.query<Record<string, number>>(
      `WITH r AS (${source}) SELECT ${unique.map((_, i) => `count(*) FILTER (WHERE coalesce(r.answers->>$${params.length + 1 + i}, '') NOT IN ('', '[]'))::int AS a${i}`).join(', ')} FROM r`,
      [...params, ...unique],
    ),
    ...scalar.map((f) => countsOf(f, `WITH r AS (${source}) SELECT r.answers->>${k} AS value, count(*)::int AS n FROM r WHERE coalesce(r.answers->>${k}, '') <> '' GROUP BY 1`)),
    ...arrays.map((f) => countsOf(f, `WITH r AS (${source}) SELECT e.value, count(*)::int AS n FROM r, ${elements(false)} GROUP BY 1`)),
    ...rankings.map((f) => countsOf(f, `WITH r AS (${source}) SELECT e.value, count(*)::int AS n, avg(e.ord)::float8 AS avg FROM r, ${elements(true)} GROUP BY 1`)),
  ]);
  const answered = new Map(unique.map((f, i) => [f, answeredRow.rows[0]?.[`a${i}`] ?? 0]));
  const byField = new Map<string, Map<string, number>>();
  const positions = new Map<string, number>();
  for (const { field, rows } of perField) {
    byField.set(field, new Map(rows.map((r) => [r.value, r.n])));
    for (const r of rows) if (r.avg !== undefined && r.avg !== null) positions.set(`${field}\u0000${r.value}`, r.avg);
  }

  const rowsFor = (q: Question, field: string): { answered: number; rows: Row[] } => {
    const got = byField.get(field) ?? new Map<string, number>();
    const total = answered.get(field) ?? 0;
    return { answered: total, rows: choicesOf(q).map((o) => ({ value: o.value, label: pick(o.label, variant), count: got.get(o.value) ?? 0, percent: percent(got.get(o.value) ?? 0, total) })) };
  };

  return allQuestions(def).map((q) => {
    const base = { question: q, label: pick(q.label, variant), freeText: false, answered: answered.get(q.id) ?? 0, rows: [] as Row[] };
    switch (q.type) {
      case 'single-choice':
      case 'multiple-choice':
      case 'rating':
        return { ...base, ...rowsFor(q, q.id) };
      case 'matrix': {
        const statements = (q.statements ?? []).map((s) => ({ label: pick(s.label, variant), ...rowsFor(q, `${q.id}.${s.value}`) }));
        return { ...base, answered: Math.max(0, ...statements.map((s) => s.answered)), statements };
      }
      case 'ranking': {
        const ranking = (q.options ?? [])
          .map((o) => ({ label: pick(o.label, variant), averagePosition: Math.round((positions.get(`${q.id}\u0000${o.value}`) ?? 0) * 10) / 10 }))
          .sort((a, b) => a.averagePosition - b.averagePosition);
        return { ...base, ranking };
      }
      default:
        return { ...base, freeText: true };
    }
  });
}

/**
 * The chart for one question's (or one matrix statement's) answers: a horizontal bar per option with its
 * percentage, from the shared chart component. Its table (Answer, Number, Percent) has the caption
 * "Answers (N answers)"; the SVG's description points to it.
 */
export function resultChart(id: string, title: string, rows: { label: string; count: number; percent: number; hidden?: boolean; shown?: string }[], answered: number, caption = 'Answers'): ChartModel {
  return barChart({
    id,
    title,
    caption: `${caption} (${answered.toLocaleString('en-GB')} ${answered === 1 ? 'answer' : 'answers'})`,
    summary: `Percentage of the ${answered.toLocaleString('en-GB')} people who answered choosing each answer.`,
    max: 100,
    // a withheld figure (small-number suppression) gets no bar, only its words
    rows: rows.map((r) => ({ label: r.label, value: r.hidden ? null : r.percent, display: r.hidden ? (r.shown ?? 'not shown') : `${r.percent}%` })),
    table: {
      columns: [{ text: 'Answer' }, { text: 'Number', numeric: true }, { text: 'Percent', numeric: true }],
      rows: rows.map((r) => ({ header: r.label, cells: r.hidden ? [r.shown ?? 'not shown', ''] : [r.count.toLocaleString('en-GB'), `${r.percent}%`] })),
    },
  });
}
