// Line and time-series charts, with what run charts and SPC (XmR) charts need: a centre line, process limits that
// may change at a rebase, shaded bands, and highlighted points (special cause) drawn with their own shape. Every
// line and point has a dash pattern or shape as well as a colour, and the reference lines are labelled in words
// at their right-hand end.
import { LINE_KIND_STYLE, TONE_COLOUR, key, tickRoom, xAxis, yAxis, type KeyItem, type LineKind, type Plot, type Tone } from './axes.ts';
import { MUTED, SMALL_FONT, describe, model, type ChartInput, type ChartModel, type TableModel } from './model.ts';
import { LINE_STYLES, esc, fmt, linear, marker, n, niceTicks, safeId, spreadLabels, textWidth, xText, type Shape, type XValue } from './svg.ts';

const WIDTH = 560;
const PLOT_HEIGHT = 220;

export interface LinePoint {
  x: XValue;
  /** null leaves a gap in the line */
  y: number | null;
  /** marks the point: drawn larger, in its own shape, and named in the key and the table */
  highlight?: { label: string; shape?: Shape; tone?: Tone };
}

export interface LineSeries {
  label: string;
  points: LinePoint[];
}

export interface ReferenceLine {
  label: string;
  y: number;
  kind?: LineKind;
  /** only between these x values (for limits recalculated at a change point) */
  from?: XValue;
  to?: XValue;
}

export interface Band {
  label: string;
  lower: number;
  upper: number;
  from?: XValue;
  to?: XValue;
}

export interface LineChartInput extends ChartInput {
  series: LineSeries[];
  references?: ReferenceLine[];
  bands?: Band[];
  xTitle?: string;
  yTitle?: string;
  yMin?: number;
  yMax?: number;
  /** how y values are written in ticks, labels and the table */
  format?: (v: number) => string;
}

const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const keyOf = (x: XValue) => (x instanceof Date ? `d${x.getTime()}` : typeof x === 'number' ? `n${x}` : `s${x}`);

/** Where each x value goes: proportional for numbers and dates, evenly spaced for text. */
function xPositions(all: XValue[]): { order: XValue[]; pos: (x: XValue) => number | undefined; numeric: boolean } {
  const seen = new Map<string, XValue>();
  for (const x of all) if (!seen.has(keyOf(x))) seen.set(keyOf(x), x);
  const order = [...seen.values()];
  const numeric = order.length > 0 && order.every((x) => (x instanceof Date && !Number.isNaN(x.getTime())) || ok(x));
  if (numeric) {
    const value = (x: XValue) => (x instanceof Date ? x.getTime() : (x as number));
    order.sort((a, b) => value(a) - value(b));
    return { order, numeric, pos: (x) => (seen.has(keyOf(x)) || x instanceof Date || ok(x) ? value(x) : undefined) };
  }
  const index = new Map(order.map((x, i) => [keyOf(x), i]));
  return { order, numeric, pos: (x) => index.get(keyOf(x)) };
}

export function lineChart(input: LineChartInput): ChartModel {
  const id = safeId(input.id);
  const format = input.format ?? ((v: number) => fmt(v, 2));
  const refs = (input.references ?? []).filter((r) => ok(r.y));
  const bands = (input.bands ?? []).filter((b) => ok(b.lower) && ok(b.upper));
  const { order, pos, numeric } = xPositions(input.series.flatMap((s) => s.points.map((p) => p.x)));
  const positions = order.map((x) => pos(x)!);
  const x0 = positions.length ? Math.min(...positions) : 0;
  const x1 = positions.length ? Math.max(...positions) : 1;

  const ys = [...input.series.flatMap((s) => s.points.map((p) => p.y).filter(ok)), ...refs.map((r) => r.y), ...bands.flatMap((b) => [b.lower, b.upper])];
  let lo = ok(input.yMin) ? input.yMin : ys.length ? Math.min(...ys) : 0;
  let hi = ok(input.yMax) ? input.yMax : ys.length ? Math.max(...ys) : 1;
  if (!ok(input.yMin) && !ok(input.yMax) && lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const ticks = niceTicks(lo, hi, 5);
  if (!ok(input.yMin)) lo = Math.min(lo, ticks[0]!);
  if (!ok(input.yMax)) hi = Math.max(hi, ticks[ticks.length - 1]!);
  const shownTicks = ticks.filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9);

  // the key: series (when more than one, or any highlight), reference kinds, bands, highlight kinds
  const items: KeyItem[] = [];
  if (input.series.length > 1) for (const [i, s] of input.series.entries()) items.push({ type: 'line', label: s.label, colour: LINE_STYLES[i % 4]!.colour, dash: LINE_STYLES[i % 4]!.dash, shape: LINE_STYLES[i % 4]!.marker });
  for (const b of new Map(bands.map((b) => [b.label, b])).values()) items.push({ type: 'swatch', label: b.label, fill: '#e8edee' });
  const highlights = new Map<string, { shape: Shape; fill: string }>();
  for (const s of input.series) for (const p of s.points) if (p.highlight && ok(p.y) && !highlights.has(p.highlight.label)) highlights.set(p.highlight.label, { shape: p.highlight.shape ?? 'diamond', fill: TONE_COLOUR[p.highlight.tone ?? 'concern'] });
  for (const [label, h] of highlights) items.push({ type: 'marker', label, shape: h.shape, fill: h.fill });

  const parts: string[] = [];
  const keyHeight = key(items, WIDTH, parts);
  const titleTop = keyHeight;
  const refLabels = [...new Map(refs.map((r) => [r.label, r])).values()];
  const right = WIDTH - (refLabels.length ? Math.min(150, Math.max(...refLabels.map((r) => textWidth(`${r.label} ${format(r.y)}`, SMALL_FONT))) + 10) : 16);
  const plot: Plot = { left: tickRoom(shownTicks, format), top: titleTop + (input.yTitle ? SMALL_FONT + 12 : 8), right, bottom: 0 };
  plot.bottom = plot.top + PLOT_HEIGHT;
  const pad = numeric ? 0 : 0.5;
  const x = linear(x0 - pad, (x1 === x0 && numeric ? x0 + 1 : x1) + pad, plot.left + (numeric ? 10 : 0), plot.right - (numeric ? 10 : 0));
  const xAt = (v: XValue) => {
    const p = pos(v);
    return p === undefined ? undefined : x(p);
  };
  const y = linear(lo, hi, plot.bottom, plot.top);
  const clampY = (v: number) => Math.max(plot.top, Math.min(plot.bottom, y(v)));
  const span = (from?: XValue, to?: XValue) => [from !== undefined ? (xAt(from) ?? plot.left) : plot.left, to !== undefined ? (xAt(to) ?? plot.right) : plot.right] as const;

  for (const b of bands) {
    const [a, z] = span(b.from, b.to);
    const top = clampY(Math.max(b.lower, b.upper));
    parts.push(`<rect class="app-chart__band" x="${n(a)}" y="${n(top)}" width="${n(Math.max(0, z - a))}" height="${n(Math.abs(clampY(b.lower) - clampY(b.upper)))}" fill="#e8edee"/>`);
  }
  yAxis(plot, shownTicks, y, input.yTitle, titleTop, parts, format);
  const maxTicks = Math.max(2, Math.floor((plot.right - plot.left) / 72));
  const every = Math.ceil(order.length / maxTicks);
  const bottom = xAxis(plot, order.filter((_, i) => i % every === 0).map((v) => ({ at: xAt(v)!, label: xText(v) })), input.xTitle, parts);

  // reference lines, then their labels at the right, moved apart so they never overlap
  const lastOfLabel = new Map<string, { y: number; end: number }>();
  for (const r of refs) {
    const st = LINE_KIND_STYLE[r.kind ?? 'limit'];
    const [a, z] = span(r.from, r.to);
    parts.push(`<line class="app-chart__reference" x1="${n(a)}" x2="${n(z)}" y1="${n(clampY(r.y))}" y2="${n(clampY(r.y))}" stroke="${st.colour}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
    const prev = lastOfLabel.get(r.label);
    if (!prev || z >= prev.end) lastOfLabel.set(r.label, { y: r.y, end: z });
  }
  const labelled = [...lastOfLabel.entries()];
  const spread = spreadLabels(labelled.map(([, v]) => clampY(v.y)), SMALL_FONT + 2, plot.top, plot.bottom);
  labelled.forEach(([label, v], i) => parts.push(`<text x="${n(plot.right + 6)}" y="${n(spread[i]! + SMALL_FONT * 0.35)}" font-size="${SMALL_FONT}" fill="${MUTED}">${esc(`${label} ${format(v.y)}`)}</text>`));

  // the lines (broken at missing values) and a mark for every value
  for (const [i, s] of input.series.entries()) {
    const st = LINE_STYLES[i % LINE_STYLES.length]!;
    const runs: string[] = [];
    let run: string[] = [];
    for (const p of s.points) {
      const px = xAt(p.x);
      if (!ok(p.y) || px === undefined) {
        if (run.length) runs.push(run.join(' '));
        run = [];
        continue;
      }
      run.push(`${run.length ? 'L' : 'M'}${n(px)},${n(clampY(p.y))}`);
    }
    if (run.length) runs.push(run.join(' '));
    if (runs.length) parts.push(`<path class="app-chart__line" d="${runs.join(' ')}" fill="none" stroke="${st.colour}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
    for (const p of s.points) {
      const px = xAt(p.x);
      if (!ok(p.y) || px === undefined) continue;
      const py = clampY(p.y);
      if (p.highlight) {
        const h = highlights.get(p.highlight.label)!;
        parts.push(marker(h.shape, px, py, 6.5, `class="app-chart__mark app-chart__mark--highlight" fill="${h.fill}" stroke="#212b32" stroke-width="1.5"`));
      } else parts.push(marker(st.marker, px, py, 3.5, `class="app-chart__mark" fill="${st.colour}" stroke="#ffffff" stroke-width="1"`));
    }
  }

  const height = bottom + 4;
  const table = lineTable(id, input, order, refs, bands, format, pos);
  return model('line', input, describe('Line chart', input, table.id, table.caption), { width: WIDTH, height, body: parts.join('') }, table);
}

function lineTable(id: string, input: LineChartInput, order: XValue[], refs: ReferenceLine[], bands: Band[], format: (v: number) => string, pos: (x: XValue) => number | undefined): TableModel {
  const applies = (x: XValue, from?: XValue, to?: XValue) => {
    const p = pos(x)!;
    return (from === undefined || p >= (pos(from) ?? -Infinity)) && (to === undefined || p <= (pos(to) ?? Infinity));
  };
  const refLabels = [...new Set(refs.map((r) => r.label))];
  const bandLabels = [...new Set(bands.map((b) => b.label))];
  const anyHighlight = input.series.some((s) => s.points.some((p) => p.highlight));
  const columns = [
    { text: input.xTitle ?? 'Period' },
    ...input.series.map((s) => ({ text: s.label, numeric: true })),
    ...refLabels.map((l) => ({ text: l, numeric: true })),
    ...bandLabels.map((l) => ({ text: l, numeric: true })),
    ...(anyHighlight ? [{ text: 'Note' }] : []),
  ];
  const rows = order.map((x) => {
    const k = keyOf(x);
    const points = input.series.map((s) => s.points.find((p) => keyOf(p.x) === k));
    const notes = points.map((p, i) => (p?.highlight ? (input.series.length > 1 ? `${input.series[i]!.label}: ${p.highlight.label}` : p.highlight.label) : '')).filter(Boolean);
    return {
      header: xText(x),
      cells: [
        ...points.map((p) => (p && ok(p.y) ? format(p.y) : 'No data')),
        ...refLabels.map((l) => {
          const r = refs.filter((r) => r.label === l && applies(x, r.from, r.to)).pop();
          return r ? format(r.y) : '';
        }),
        ...bandLabels.map((l) => {
          const b = bands.filter((b) => b.label === l && applies(x, b.from, b.to)).pop();
          return b ? `${format(b.lower)} to ${format(b.upper)}` : '';
        }),
        ...(anyHighlight ? [notes.join('; ')] : []),
      ],
    };
  });
  return { id: `${id}-table`, caption: input.caption ?? input.title, columns, rows };
}
