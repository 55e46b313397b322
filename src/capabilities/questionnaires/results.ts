// Counting answers for results pages and summaries, in SQL (one pass over the responses), and drawing the
// counts as an accessible SVG bar chart to sit beside its data table.
import type { Queryable } from '../../db/client.ts';
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

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A horizontal bar chart as SVG. It is an image with a title and a description that point to the data table next
 * to it, so screen reader users get the numbers from the table rather than from the drawing.
 */
export function barChartSvg(id: string, title: string, rows: { label: string; count: number; percent: number }[]): string {
  const barHeight = 28;
  const gap = 10;
  const labelWidth = 260;
  const chartWidth = 320;
  const height = rows.length * (barHeight + gap) + gap;
  const width = labelWidth + chartWidth + 70;
  const bars = rows
    .map((r, i) => {
      const y = gap + i * (barHeight + gap);
      const w = Math.round((r.percent / 100) * chartWidth);
      const label = r.label.length > 38 ? `${r.label.slice(0, 36)}…` : r.label;
      return `<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 5}" text-anchor="end" font-size="14">${esc(label)}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="#005eb8"></rect>` +
        `<text x="${labelWidth + w + 6}" y="${y + barHeight / 2 + 5}" font-size="14">${r.percent}%</text>`;
    })
    .join('');
  return `<svg class="app-chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">Bar chart of the percentages in the table next to it</desc>${bars}</svg>`;
}
