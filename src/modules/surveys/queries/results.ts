// Results for facilitators: counts and percentages per question (with filters) and equality summaries, with small
// numbers suppressed in every view (suppression.ts). The responses export is in exports.ts.
import type { Queryable } from '../../../db/client.ts';
import { tally, allQuestions, choicesOf, type Definition, type Question, type QuestionResult, type Row } from '../../../capabilities/questionnaires/index.ts';
import { countOf, isSmall, shownText, suppressTable, viewWithheld, withheldValues } from '../../../platform/suppression.ts';
import * as repo from '../repository.ts';
import { EQUALITY } from '../equality.ts';

type Dim = keyof repo.Filters;
const DIMS: Dim[] = ['role', 'variant', 'channel', 'kind'];
/** filters that pick one value of a field every response has exactly one of (a person can have several roles) */
const SINGLE_VALUED: Dim[] = ['variant', 'channel', 'kind'];
interface Clause {
  dim: Dim;
  values: string[];
  negate?: boolean;
}

/** SQL selecting a group of submitted responses: every clause holds (or, negated, does not) */
function groupSource(surveyId: string, clauses: Clause[], individualOnly: boolean, columns: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [surveyId];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = [`survey_id = $1`, `status = 'submitted'`];
  for (const c of clauses) {
    const cond = c.dim === 'role' ? `(${c.values.map((v) => `${p(v)} = ANY(respondent_roles)`).join(' OR ')})` : `${c.dim} IN (${c.values.map(p).join(', ')})`;
    where.push(c.negate ? `(${cond}) IS NOT TRUE` : cond);
  }
  if (individualOnly) where.push(`kind = 'individual'`);
  return { sql: `SELECT ${columns} FROM survey_responses WHERE ${where.join(' AND ')}`, params };
}

interface GroupFigures {
  n: number;
  easy: number;
  questions: QuestionResult[];
  equality?: Map<string, number>;
}

/** the individual responses of one group: how many, how many used Easy Read, their answers counted, and their equality answers */
async function individualFigures(db: Queryable, surveyId: string, def: Definition, clauses: Clause[], withEquality: boolean): Promise<GroupFigures> {
  const base = groupSource(surveyId, clauses, true, 'answers, equality, variant');
  const [counts, questions, equality] = await Promise.all([
    db.query<{ n: number; easy: number }>(`WITH r AS (${base.sql}) SELECT count(*)::int AS n, count(*) FILTER (WHERE variant = 'easy-read')::int AS easy FROM r`, base.params),
    tally(db, def, base.sql, base.params),
    withEquality
      ? db.query<{ field: string; value: string; n: number }>(
          `WITH r AS (${base.sql})
           SELECT e.key AS field, e.value #>> '{}' AS value, count(*)::int AS n
           FROM r, jsonb_each(r.equality) e
           WHERE r.equality IS NOT NULL AND jsonb_typeof(e.value) = 'string' AND e.value <> '""'::jsonb AND e.key NOT LIKE '%.other'
           GROUP BY 1, 2`,
          base.params,
        )
      : undefined,
  ]);
  return { n: counts.rows[0]!.n, easy: counts.rows[0]!.easy, questions, equality: equality && new Map(equality.rows.map((r) => [`${r.field}\u0000${r.value}`, r.n])) };
}

/** one row of a results table as shown: the number (or "fewer than 5", "not shown") and the percentage */
export interface ShownRow {
  label: string;
  /** the number as the page says it: "123", "fewer than 5" or "not shown" */
  shown: string;
  percent: string;
  hidden: boolean;
  /** the number and percentage, when shown (for the CSV) */
  count?: number;
  percentValue?: number;
}

export interface ShownTable {
  /** people who answered, as shown */
  answeredShown: string;
  /** every answer, as the table shows it */
  table: ShownRow[];
  /** the answers that can be drawn (numbers and percentages shown); empty when no percentage can be shown */
  rows: Row[];
  /** how many answered, or 0 when that is not shown (then rows is empty) */
  answered: number;
  answeredHidden: boolean;
  /** some numbers are hidden */
  suppressed: boolean;
}

export interface ShownQuestion extends ShownTable {
  question: Question;
  label: string;
  freeText: boolean;
  statements?: (ShownTable & { label: string })[];
  /** average positions, or undefined for a ranking question whose averages are hidden (see rankingHidden) */
  ranking?: { label: string; averagePosition: number }[];
  rankingHidden?: boolean;
}

export interface ShownCounts {
  filtered: boolean;
  /** the breakdown for these filters is not shown: 'small' (fewer than the threshold match) or 'protect' (comparing it with other results would show a small group) */
  withheld?: 'small' | 'protect';
  total: string;
  individual: string;
  organisation: string;
  represented: string;
  /** how many used Easy Read, or undefined when that is hidden */
  easyRead?: string;
  /** the numbers themselves, when the breakdown is shown (for the CSV) */
  numbers?: { total: number; individual: number; organisation: number; represented: number };
}

export interface Results {
  counts: ShownCounts;
  questions: ShownQuestion[];
  equality?: { question: string; rows: EqualityRow[] }[];
  threshold: number;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const percentOf = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);

/** a table of counts with its decision applied: what the page and the summary CSV may show */
function shownTable(labels: string[], all: number[], ind: number[], totalAll: number, totalInd: number, others: { cells: number[]; total?: number }[], threshold: number): ShownTable {
  const cells = all.map((a, i) => countOf(ind[i]!, a - ind[i]!));
  const total = countOf(totalInd, totalAll - totalInd);
  const d = suppressTable({ cells, total, others }, threshold);
  const table = labels.map((label, i): ShownRow => {
    const hidden = Boolean(d.cells[i]);
    const percent = hidden || d.total ? undefined : percentOf(all[i]!, totalAll);
    return { label, shown: shownText(cells[i]!, d.cells[i], threshold), hidden, count: hidden ? undefined : all[i]!, percent: percent === undefined ? 'not shown' : `${percent}%`, percentValue: percent };
  });
  const shown = d.total ? [] : labels.flatMap((label, i) => (d.cells[i] ? [] : [{ value: String(i), label, count: all[i]!, percent: percentOf(all[i]!, totalAll) }]));
  // a chart only when it has something to draw: not for a table whose every answer given is hidden
  const rows = shown.some((r) => r.count > 0) ? shown : [];
  return { answeredShown: shownText(total, d.total, threshold), table, rows, answered: d.total ? 0 : totalAll, answeredHidden: Boolean(d.total), suppressed: Boolean(d.total) || d.cells.some(Boolean) };
}

const cache = new Map<string, Results>();
const CACHE_SIZE = 50;

/**
 * Results for facilitators with small numbers suppressed (docs/surveys.md, "Small numbers"): counts and percentages
 * per question, the headline counts, and (when asked for) equality totals, for the responses matching the filters.
 * Kept per process for each survey, filter and threshold, keyed by how many responses there are and when the last
 * one came in, so a new response (in any process) gives fresh figures while repeat views are quick.
 */
export async function surveyResults(db: Queryable, survey: repo.SurveyRow, def: Definition, filters: repo.Filters, threshold: number, withEquality = false): Promise<Results> {
  const { rows } = await db.query<{ n: number; last: string | null }>(
    `SELECT count(*)::int AS n, max(submitted_at)::text AS last FROM survey_responses WHERE survey_id = $1 AND status = 'submitted'`,
    [survey.id],
  );
  const active = DIMS.filter((d) => filters[d]).map((d): Clause => ({ dim: d, values: [filters[d]!] }));
  const key = JSON.stringify([survey.id, active, threshold, withEquality, rows[0]!.n, rows[0]!.last]);
  const hit = cache.get(key);
  if (hit) return hit;

  // The groups someone could get by taking this view from a less filtered one: for every non-empty set of its
  // filters, the responses that match the others but none of those (all of them together: everything outside a
  // single filter; with two filters, also "the first but not the second" and so on).
  const differenced: Clause[][] = [];
  for (let mask = 1; mask < 1 << active.length; mask++) differenced.push(active.map((c, i) => (mask & (1 << i) ? { ...c, negate: true } : c)));
  // For a filter on a single-valued field: every value's count under the other filters, to find the values whose
  // views are withheld; their union is a group too (the shown values taken from the total).
  const siblings = await Promise.all(
    active.filter((c) => SINGLE_VALUED.includes(c.dim)).map(async (c) => {
      const rest = active.filter((o) => o !== c);
      const src = groupSource(survey.id, rest, true, c.dim);
      const counts = Object.fromEntries((await db.query<{ value: string; n: number }>(`WITH r AS (${src.sql}) SELECT ${c.dim} AS value, count(*)::int AS n FROM r GROUP BY 1`, src.params)).rows.map((r) => [r.value, r.n]));
      const withheld = withheldValues(counts, threshold);
      if (withheld.length && !withheld.includes(c.values[0]!)) differenced.push([...rest, { dim: c.dim, values: withheld }]);
      return { value: c.values[0]!, counts };
    }),
  );
  const all = repo.responsesWhere(survey.id, filters);
  const [raw, combined, self, ...others] = await Promise.all([
    repo.countBy(db, survey.id, filters),
    tally(db, def, all.sql, all.params),
    individualFigures(db, survey.id, def, active, withEquality),
    ...differenced.map((clauses) => individualFigures(db, survey.id, def, clauses, withEquality)),
  ]);

  const withheld = active.length ? viewWithheld(self.n, others.map((o) => o.n), siblings, threshold) : undefined;
  const organisations = { organisation: plural(raw.organisation, 'organisation response', 'organisation responses'), represented: plural(raw.represented, 'person', 'people') };
  let counts: ShownCounts;
  if (withheld) {
    counts = { filtered: true, withheld, total: '', individual: shownText(countOf(self.n), withheld, threshold), ...organisations };
  } else {
    const easy = shownTable(['easy', 'standard'], [raw.easyRead, raw.total - raw.easyRead], [self.easy, self.n - self.easy], raw.total, self.n, others.map((o) => ({ cells: [o.easy, o.n - o.easy] })), threshold);
    counts = {
      filtered: active.length > 0,
      total: plural(raw.total, 'response', 'responses'),
      individual: plural(raw.individual, 'individual response', 'individual responses'),
      ...organisations,
      easyRead: easy.table[0]!.hidden ? undefined : easy.table[0]!.shown,
      numbers: { total: raw.total, individual: raw.individual, organisation: raw.organisation, represented: raw.represented },
    };
  }

  const questions: ShownQuestion[] = withheld
    ? []
    : combined.map((q, i) => {
        const mine = self.questions[i]!;
        const theirs = others.map((o) => o.questions[i]!);
        const tableOf = (labels: string[], allRows: Row[], indRows: Row[], a: number, ai: number, other: { rows: Row[]; answered: number }[]) =>
          shownTable(labels, allRows.map((r) => r.count), indRows.map((r) => r.count), a, ai, other.map((o) => ({ cells: o.rows.map((r) => r.count), total: o.answered })), threshold);
        const base = tableOf(q.rows.map((r) => r.label), q.rows, mine.rows, q.answered, mine.answered, theirs);
        const shown: ShownQuestion = { question: q.question, label: q.label, freeText: q.freeText, ...base };
        if (q.statements) {
          shown.statements = q.statements.map((st, j) => ({
            label: st.label,
            ...tableOf(st.rows.map((r) => r.label), st.rows, mine.statements![j]!.rows, st.answered, mine.statements![j]!.answered, theirs.map((o) => o.statements![j]!)),
          }));
        }
        if (q.ranking) {
          const hidden = isSmall(mine.answered, threshold) || theirs.some((o) => isSmall(o.answered, threshold));
          if (hidden) shown.rankingHidden = true;
          else shown.ranking = q.ranking;
        }
        return shown;
      });

  let equality: Results['equality'];
  if (withEquality) {
    equality = withheld
      ? []
      : allQuestions(EQUALITY).map((q) => {
          const options = choicesOf(q);
          const at = (m: Map<string, number> | undefined, v: string) => m?.get(`${q.id}\u0000${v}`) ?? 0;
          const cells = options.map((o) => countOf(at(self.equality, o.value)));
          const d = suppressTable({ cells, others: others.map((o) => ({ cells: options.map((op) => at(o.equality, op.value)) })) }, threshold);
          return {
            question: q.label.standard,
            rows: options.map((o, j) => (d.cells[j] ? { label: o.label.standard, shown: shownText(cells[j]!, d.cells[j], threshold) } : { label: o.label.standard, count: cells[j]!.ind, shown: shownText(cells[j]!, undefined, threshold) })),
          };
        });
  }
  const value: Results = { counts, questions, equality, threshold };
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

/** the summary CSV: one row per question option (and equality totals), with small numbers suppressed as on the results page */
export async function summaryRows(db: Queryable, survey: repo.SurveyRow, def: Definition, threshold: number): Promise<string[][]> {
  const [all, individual, organisation] = await Promise.all([
    surveyResults(db, survey, def, {}, threshold, true),
    surveyResults(db, survey, def, { kind: 'individual' }, threshold),
    surveyResults(db, survey, def, { kind: 'organisation' }, threshold),
  ]);
  const counts = all.counts.numbers!;
  const cell = (r: ShownRow | undefined) => (r ? (r.count !== undefined ? String(r.count) : r.shown) : '');
  const answered = (t: ShownTable | undefined) => (t ? (t.answeredHidden ? t.answeredShown : String(t.answered)) : '');
  const rows: string[][] = [['Section', 'Question', 'Answer', 'All responses', 'Percent of all who answered', 'Individual responses', 'Organisation responses']];
  rows.push(['Totals', 'Responses', '', String(counts.total), '', String(counts.individual), String(counts.organisation)]);
  rows.push(['Totals', 'People represented by organisation responses', '', String(counts.represented), '', '', String(counts.represented)]);
  all.questions.forEach((q, i) => {
    const ind = individual.questions[i];
    const org = organisation.questions[i];
    const add = (label: string, t: ShownTable, it: ShownTable | undefined, ot: ShownTable | undefined) =>
      t.table.forEach((r, j) => rows.push(['Questions', label, r.label, cell(r), r.percentValue !== undefined ? String(r.percentValue) : r.percent, cell(it?.table[j]), cell(ot?.table[j])]));
    if (q.statements) q.statements.forEach((s, j) => add(`${q.label}: ${s.label}`, s, ind?.statements?.[j], org?.statements?.[j]));
    else if (q.ranking || q.rankingHidden) {
      if (q.ranking) q.ranking.forEach((r) => rows.push(['Questions', q.label, `${r.label} (average position)`, String(r.averagePosition), '', '', '']));
      else rows.push(['Questions', q.label, '(average positions)', 'not shown', '', '', '']);
    } else if (q.freeText) rows.push(['Questions', q.label, '(free text answers)', answered(q), '', answered(ind), answered(org)]);
    else add(q.label, q, ind, org);
  });
  for (const e of all.equality!) for (const r of e.rows) rows.push(['Equality (individual responses)', e.question, r.label, r.count !== undefined ? String(r.count) : r.shown, '', r.count !== undefined ? String(r.count) : r.shown, '']);
  return rows;
}
