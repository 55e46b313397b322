// Horizontal bar charts: one bar per row, stacked bars (parts of a whole) and grouped bars (series side by side).
// Each row's label sits above its bar so the chart stays readable when it shrinks to a phone's width, and every
// bar carries its value as text: nobody has to match colours or read an axis to get a number.
import { BASE_FONT, INK, SMALL_FONT, describe, model, type ChartInput, type ChartModel, type TableModel } from './model.ts';
import { esc, fillOf, fmt, linear, n, patternDefs, safeId, textLines, textWidth, wrap } from './svg.ts';

const WIDTH = 480;
const BAR = 24;
const ROW_GAP = 14;
const LINE = Math.round(BASE_FONT * 1.25);
const OUTLINE = `stroke="${INK}" stroke-width="1"`;

const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export interface BarRow {
  label: string;
  /** null: no bar, only the display text (for a figure that is withheld, e.g. a small number) */
  value: number | null;
  /** the text shown at the end of the bar and in the table (defaults to the value) */
  display?: string;
}

export interface BarChartInput extends ChartInput {
  rows: BarRow[];
  /** the largest value the axis reaches (e.g. 100 for percentages); defaults to the largest value */
  max?: number;
  /** column headings for the table */
  labelHeading?: string;
  valueHeading?: string;
  /** replaces the table built from the rows, e.g. to add a column of counts beside percentages */
  table?: Omit<TableModel, 'id' | 'caption'> & { id?: string; caption?: string };
}

function tableOf(id: string, caption: string, t: BarChartInput['table'] | undefined, fallback: () => Omit<TableModel, 'id' | 'caption'>): TableModel {
  if (t) return { id: t.id ?? `${id}-table`, caption: t.caption ?? caption, columns: t.columns, rows: t.rows };
  return { id: `${id}-table`, caption, ...fallback() };
}

/** One bar per row. */
export function barChart(input: BarChartInput): ChartModel {
  const id = safeId(input.id);
  const caption = input.caption ?? input.title;
  const values = input.rows.map((r) => finite(r.value));
  const hi = Math.max(finite(input.max), ...values, 0);
  const lo = Math.min(0, ...values);
  const valueRoom = Math.min(160, Math.max(56, ...input.rows.map((r) => textWidth(r.display ?? fmt(r.value), BASE_FONT) + 12)));
  const x = linear(lo, hi === lo ? lo + 1 : hi, 0, WIDTH - valueRoom);
  const zero = x(0);
  let y = 4;
  const parts: string[] = [];
  for (const [i, r] of input.rows.entries()) {
    const lines = wrap(r.label, WIDTH, BASE_FONT, 3);
    parts.push(textLines(lines, 0, y + BASE_FONT, BASE_FONT));
    y += lines.length * LINE + 4;
    const v = values[i]!;
    const end = x(v);
    const left = Math.min(zero, end);
    const w = Math.abs(end - zero);
    if (r.value !== null) parts.push(`<rect class="app-chart__mark app-chart__bar" x="${n(left)}" y="${n(y)}" width="${n(w)}" height="${BAR}" fill="${fillOf(id, 0)}" ${OUTLINE}/>`);
    parts.push(`<text x="${n(Math.max(zero, end) + 6)}" y="${n(y + BAR / 2 + BASE_FONT * 0.35)}" font-size="${BASE_FONT}" font-weight="600">${esc(r.display ?? fmt(v))}</text>`);
    y += BAR + ROW_GAP;
  }
  parts.push(`<line x1="${n(zero)}" x2="${n(zero)}" y1="0" y2="${n(Math.max(y - ROW_GAP, 8))}" stroke="${INK}" stroke-width="1.5"/>`);
  const height = Math.max(y - ROW_GAP + 4, 16);
  const table = tableOf(id, caption, input.table, () => ({
    columns: [{ text: input.labelHeading ?? 'Answer' }, { text: input.valueHeading ?? 'Value', numeric: true }],
    rows: input.rows.map((r) => ({ header: r.label, cells: [r.display ?? fmt(r.value)] })),
  }));
  return model('bar', input, describe('Bar chart', input, table.id, table.caption), { width: WIDTH, height, body: parts.join('') }, table);
}

export interface Series {
  label: string;
}

export interface MultiRow {
  label: string;
  /** one value per series, in the order of `series` */
  values: (number | null)[];
  /** the text for each value (defaults to the value, or its percentage when `percent` is set) */
  display?: string[];
}

export interface MultiBarInput extends ChartInput {
  series: Series[];
  rows: MultiRow[];
  /** stacked bars: show each part as a percentage of its row's total */
  percent?: boolean;
  max?: number;
  labelHeading?: string;
  table?: Omit<TableModel, 'id' | 'caption'> & { id?: string; caption?: string };
}

/** A key of swatches (colour and pattern) with names, wrapping onto more lines as needed. Returns its height. */
function legend(id: string, series: Series[], top: number, parts: string[]): number {
  let x = 0;
  let y = top;
  for (const [i, s] of series.entries()) {
    const label = s.label.length > 40 ? `${s.label.slice(0, 39)}…` : s.label;
    const w = 24 + textWidth(label, SMALL_FONT) + 16;
    if (x > 0 && x + w > WIDTH) {
      x = 0;
      y += 24;
    }
    parts.push(`<rect x="${n(x)}" y="${n(y)}" width="18" height="18" fill="${fillOf(id, i)}" ${OUTLINE}/>`);
    parts.push(`<text x="${n(x + 24)}" y="${n(y + 14)}" font-size="${SMALL_FONT}">${esc(label)}</text>`);
    x += w;
  }
  return y + 24 - top + 8;
}

function multiTable(id: string, input: MultiBarInput, cell: (r: MultiRow, j: number) => string): TableModel {
  const caption = input.caption ?? input.title;
  return tableOf(id, caption, input.table, () => ({
    columns: [{ text: input.labelHeading ?? 'Group' }, ...input.series.map((s) => ({ text: s.label, numeric: true }))],
    rows: input.rows.map((r) => ({ header: r.label, cells: input.series.map((_, j) => cell(r, j)) })),
  }));
}

/** Parts of a whole: one bar per row, divided into one segment per series. */
export function stackedBarChart(input: MultiBarInput): ChartModel {
  const id = safeId(input.id);
  const parts: string[] = [patternDefs(id, input.series.length)];
  let y = legend(id, input.series, 0, parts);
  const totals = input.rows.map((r) => r.values.reduce<number>((a, v) => a + Math.max(0, finite(v)), 0));
  const hi = input.percent ? 100 : Math.max(finite(input.max), ...totals, 0) || 1;
  const valueRoom = input.percent ? 8 : Math.min(160, Math.max(56, ...totals.map((t) => textWidth(fmt(t), BASE_FONT) + 12)));
  const x = linear(0, hi, 0, WIDTH - valueRoom);
  const shown = (r: MultiRow, j: number, total: number) => {
    const v = Math.max(0, finite(r.values[j]));
    return r.display?.[j] ?? (input.percent ? `${fmt(total ? (v / total) * 100 : 0)}%` : fmt(v));
  };
  for (const [i, r] of input.rows.entries()) {
    const lines = wrap(r.label, WIDTH, BASE_FONT, 3);
    parts.push(textLines(lines, 0, y + BASE_FONT, BASE_FONT));
    y += lines.length * LINE + 4;
    const total = totals[i]!;
    let acc = 0;
    for (const [j] of input.series.entries()) {
      const v = Math.max(0, finite(r.values[j]));
      const scaled = input.percent ? (total ? (v / total) * 100 : 0) : v;
      const x0 = x(acc);
      const x1 = x(acc + scaled);
      acc += scaled;
      parts.push(`<rect class="app-chart__mark app-chart__segment" x="${n(x0)}" y="${n(y)}" width="${n(x1 - x0)}" height="${BAR}" fill="${fillOf(id, j)}" ${OUTLINE}/>`);
      const label = shown(r, j, total);
      const lw = textWidth(label, SMALL_FONT) + 6;
      if (v > 0 && x1 - x0 >= lw + 4) {
        const cx = (x0 + x1) / 2;
        parts.push(`<rect x="${n(cx - lw / 2)}" y="${n(y + 4)}" width="${n(lw)}" height="${BAR - 8}" fill="#ffffff" rx="2"/>`);
        parts.push(`<text x="${n(cx)}" y="${n(y + BAR / 2 + SMALL_FONT * 0.35)}" font-size="${SMALL_FONT}" text-anchor="middle">${esc(label)}</text>`);
      }
    }
    if (!input.percent) parts.push(`<text x="${n(x(acc) + 6)}" y="${n(y + BAR / 2 + BASE_FONT * 0.35)}" font-size="${BASE_FONT}" font-weight="600">${esc(fmt(total))}</text>`);
    y += BAR + ROW_GAP;
  }
  const table = multiTable(id, input, (r, j) => shown(r, j, totals[input.rows.indexOf(r)]!));
  return model('stacked-bar', input, describe('Stacked bar chart', input, table.id, table.caption), { width: WIDTH, height: Math.max(y - ROW_GAP + 4, 16), body: parts.join('') }, table);
}

/** Series side by side: for each row, one bar per series, each labelled with its value and series name. */
export function groupedBarChart(input: MultiBarInput): ChartModel {
  const id = safeId(input.id);
  const parts: string[] = [patternDefs(id, input.series.length)];
  let y = legend(id, input.series, 0, parts);
  const all = input.rows.flatMap((r) => r.values.map(finite));
  const hi = Math.max(finite(input.max), ...all, 0) || 1;
  const shown = (r: MultiRow, j: number) => r.display?.[j] ?? fmt(finite(r.values[j]));
  const tail = (r: MultiRow, j: number) => `${shown(r, j)} ${input.series[j]!.label.length > 18 ? `${input.series[j]!.label.slice(0, 17)}…` : input.series[j]!.label}`;
  const valueRoom = Math.min(200, Math.max(80, ...input.rows.flatMap((r) => input.series.map((_, j) => textWidth(tail(r, j), SMALL_FONT) + 10))));
  const x = linear(0, hi, 0, WIDTH - valueRoom);
  const thick = 18;
  for (const r of input.rows) {
    const lines = wrap(r.label, WIDTH, BASE_FONT, 3);
    parts.push(textLines(lines, 0, y + BASE_FONT, BASE_FONT, 'font-weight="600"'));
    y += lines.length * LINE + 4;
    for (const [j] of input.series.entries()) {
      const v = Math.max(0, finite(r.values[j]));
      parts.push(`<rect class="app-chart__mark app-chart__bar" x="0" y="${n(y)}" width="${n(x(v))}" height="${thick}" fill="${fillOf(id, j)}" ${OUTLINE}/>`);
      parts.push(`<text x="${n(x(v) + 6)}" y="${n(y + thick / 2 + SMALL_FONT * 0.35)}" font-size="${SMALL_FONT}">${esc(tail(r, j))}</text>`);
      y += thick + 4;
    }
    y += ROW_GAP - 4;
  }
  const table = multiTable(id, input, shown);
  return model('grouped-bar', input, describe('Grouped bar chart', input, table.id, table.caption), { width: WIDTH, height: Math.max(y - ROW_GAP + 4, 16), body: parts.join('') }, table);
}
