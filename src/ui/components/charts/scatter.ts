// A scatter of points with curved limits: what a funnel plot needs (each team's rate against its denominator, a
// target line, and upper and lower control limits at two levels, e.g. 95% and 99.8%). The curves are given as
// points; this file draws, it does not calculate limits. Points outside the limits should come highlighted: they
// are drawn in their own shape and labelled with their name, so colour is not the only cue.
import { LINE_KIND_STYLE, TONE_COLOUR, key, tickRoom, xAxis, yAxis, type KeyItem, type LineKind, type Plot, type Tone } from './axes.ts';
import { MUTED, SMALL_FONT, describe, model, type ChartInput, type ChartModel, type TableModel } from './model.ts';
import { esc, fmt, linear, marker, n, niceTicks, safeId, spreadLabels, textWidth, type Shape } from './svg.ts';

const WIDTH = 560;
const PLOT_HEIGHT = 260;

export interface XY {
  x: number;
  y: number;
}

export interface ScatterPoint extends XY {
  label: string;
  highlight?: { label: string; shape?: Shape; tone?: Tone };
}

export interface Limits {
  /** e.g. "99.8% limits" */
  label: string;
  kind?: LineKind;
  upper: XY[];
  lower: XY[];
}

export interface ScatterChartInput extends ChartInput {
  points: ScatterPoint[];
  limits?: Limits[];
  references?: { label: string; y: number; kind?: LineKind }[];
  xTitle?: string;
  yTitle?: string;
  /** heading of the table's first column (e.g. "Team") */
  labelHeading?: string;
  xMin?: number;
  xMax?: number;
  yMin?: number;
  yMax?: number;
  format?: (v: number) => string;
  xFormat?: (v: number) => string;
}

const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const clean = (pts: XY[]) => pts.filter((p) => ok(p.x) && ok(p.y)).sort((a, b) => a.x - b.x);

/** The curve's value at x by straight-line interpolation (undefined outside its range). */
export function interpolate(curve: XY[], x: number): number | undefined {
  const c = clean(curve);
  if (!c.length || x < c[0]!.x || x > c[c.length - 1]!.x) return undefined;
  for (let i = 1; i < c.length; i++) {
    const a = c[i - 1]!;
    const b = c[i]!;
    if (x <= b.x) return b.x === a.x ? b.y : a.y + ((x - a.x) / (b.x - a.x)) * (b.y - a.y);
  }
  return c[c.length - 1]!.y;
}

export function scatterChart(input: ScatterChartInput): ChartModel {
  const id = safeId(input.id);
  const format = input.format ?? ((v: number) => fmt(v, 2));
  const xFormat = input.xFormat ?? ((v: number) => fmt(v, 0));
  const points = input.points.filter((p) => ok(p.x) && ok(p.y));
  const limits = (input.limits ?? []).map((l) => ({ ...l, upper: clean(l.upper), lower: clean(l.lower) }));
  const refs = (input.references ?? []).filter((r) => ok(r.y));

  const xs = [...points.map((p) => p.x)];
  let xlo = ok(input.xMin) ? input.xMin : Math.min(0, ...xs);
  let xhi = ok(input.xMax) ? input.xMax : xs.length ? Math.max(...xs) : 1;
  if (xhi <= xlo) xhi = xlo + 1;
  const xticks = niceTicks(xlo, xhi, 5);
  if (!ok(input.xMax)) xhi = xticks[xticks.length - 1]!;
  if (!ok(input.xMin)) xlo = Math.min(xlo, xticks[0]!);
  // the y range covers the points, the references and the limits inside the x range
  const inRange = limits.flatMap((l) => [...l.upper, ...l.lower]).filter((p) => p.x >= xlo && p.x <= xhi).map((p) => p.y);
  const ys = [...points.map((p) => p.y), ...refs.map((r) => r.y), ...inRange];
  let ylo = ok(input.yMin) ? input.yMin : ys.length ? Math.min(...ys) : 0;
  let yhi = ok(input.yMax) ? input.yMax : ys.length ? Math.max(...ys) : 1;
  if (yhi <= ylo) [ylo, yhi] = [ylo - 1, yhi + 1];
  const yticks = niceTicks(ylo, yhi, 5);
  if (!ok(input.yMin)) ylo = Math.min(ylo, yticks[0]!);
  if (!ok(input.yMax)) yhi = Math.max(yhi, yticks[yticks.length - 1]!);
  const shownY = yticks.filter((t) => t >= ylo - 1e-9 && t <= yhi + 1e-9);
  const shownX = xticks.filter((t) => t >= xlo - 1e-9 && t <= xhi + 1e-9);

  const items: KeyItem[] = [{ type: 'marker', label: 'Each point is one group', shape: 'circle', fill: '#005eb8' }];
  for (const r of refs) items.push({ type: 'line', label: r.label, colour: LINE_KIND_STYLE[r.kind ?? 'centre'].colour, dash: LINE_KIND_STYLE[r.kind ?? 'centre'].dash });
  for (const l of limits) items.push({ type: 'line', label: l.label, colour: LINE_KIND_STYLE[l.kind ?? 'limit'].colour, dash: LINE_KIND_STYLE[l.kind ?? 'limit'].dash });
  const highlights = new Map<string, { shape: Shape; fill: string }>();
  for (const p of points) if (p.highlight && !highlights.has(p.highlight.label)) highlights.set(p.highlight.label, { shape: p.highlight.shape ?? 'diamond', fill: TONE_COLOUR[p.highlight.tone ?? 'concern'] });
  for (const [label, h] of highlights) items.push({ type: 'marker', label, shape: h.shape, fill: h.fill });

  const parts: string[] = [];
  const keyHeight = key(items, WIDTH, parts);
  const endLabels = [...limits.flatMap((l) => [{ label: l.label, curve: l.upper }, { label: l.label, curve: l.lower }]), ...refs.map((r) => ({ label: r.label, curve: [{ x: xhi, y: r.y }] }))].filter((e) => e.curve.length);
  const right = WIDTH - (endLabels.length ? Math.min(130, Math.max(...endLabels.map((e) => textWidth(e.label, SMALL_FONT))) + 10) : 16);
  const plot: Plot = { left: tickRoom(shownY, format), top: keyHeight + (input.yTitle ? SMALL_FONT + 12 : 8), right, bottom: 0 };
  plot.bottom = plot.top + PLOT_HEIGHT;
  const x = linear(xlo, xhi, plot.left, plot.right);
  const y = linear(ylo, yhi, plot.bottom, plot.top);
  const clipId = `${id}-clip`;
  parts.push(`<defs><clipPath id="${clipId}"><rect x="${n(plot.left)}" y="${n(plot.top)}" width="${n(plot.right - plot.left)}" height="${n(plot.bottom - plot.top)}"/></clipPath></defs>`);
  yAxis(plot, shownY, y, input.yTitle, keyHeight, parts, format);
  const bottom = xAxis(plot, shownX.map((t) => ({ at: x(t), label: xFormat(t) })), input.xTitle, parts);

  const path = (pts: XY[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${n(x(p.x))},${n(y(p.y))}`).join(' ');
  const lines: string[] = [];
  for (const r of refs) {
    const st = LINE_KIND_STYLE[r.kind ?? 'centre'];
    lines.push(`<line class="app-chart__reference" x1="${n(plot.left)}" x2="${n(plot.right)}" y1="${n(y(r.y))}" y2="${n(y(r.y))}" stroke="${st.colour}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
  }
  for (const l of limits) {
    const st = LINE_KIND_STYLE[l.kind ?? 'limit'];
    for (const curve of [l.upper, l.lower]) if (curve.length > 1) lines.push(`<path class="app-chart__limit" d="${path(curve)}" fill="none" stroke="${st.colour}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
  }
  parts.push(`<g clip-path="url(#${clipId})">${lines.join('')}</g>`);

  // labels at the right-hand end of each curve, where it leaves the plot
  const ends = endLabels.map((e) => {
    const last = e.curve.filter((p) => p.x <= xhi).pop() ?? e.curve[e.curve.length - 1]!;
    return { label: e.label, py: Math.max(plot.top, Math.min(plot.bottom, y(interpolate(e.curve, Math.min(xhi, e.curve[e.curve.length - 1]!.x)) ?? last.y))) };
  });
  const spread = spreadLabels(ends.map((e) => e.py), SMALL_FONT + 2, plot.top, plot.bottom);
  ends.forEach((e, i) => parts.push(`<text x="${n(plot.right + 6)}" y="${n(spread[i]! + SMALL_FONT * 0.35)}" font-size="${SMALL_FONT}" fill="${MUTED}">${esc(e.label)}</text>`));

  for (const p of points) {
    const px = x(p.x);
    const py = y(p.y);
    if (p.highlight) {
      const h = highlights.get(p.highlight.label)!;
      parts.push(marker(h.shape, px, py, 6.5, `class="app-chart__mark app-chart__mark--highlight" fill="${h.fill}" stroke="#212b32" stroke-width="1.5"`));
      const anchor = px > (plot.left + plot.right) / 2 ? 'end' : 'start';
      parts.push(`<text x="${n(anchor === 'end' ? px - 10 : px + 10)}" y="${n(py - 8)}" font-size="${SMALL_FONT}" text-anchor="${anchor}">${esc(p.label.length > 30 ? `${p.label.slice(0, 29)}…` : p.label)}</text>`);
    } else parts.push(marker('circle', px, py, 4.5, `class="app-chart__mark" fill="#005eb8" fill-opacity="0.85" stroke="#ffffff" stroke-width="1"`));
  }

  const table = scatterTable(id, input, points, limits, format, xFormat);
  return model('scatter', input, describe('Scatter chart', input, table.id, table.caption), { width: WIDTH, height: bottom + 4, body: parts.join('') }, table);
}

function scatterTable(id: string, input: ScatterChartInput, points: ScatterPoint[], limits: Limits[], format: (v: number) => string, xFormat: (v: number) => string): TableModel {
  const anyHighlight = points.some((p) => p.highlight);
  return {
    id: `${id}-table`,
    caption: input.caption ?? input.title,
    columns: [
      { text: input.labelHeading ?? 'Group' },
      { text: input.xTitle ?? 'x', numeric: true },
      { text: input.yTitle ?? 'y', numeric: true },
      ...limits.map((l) => ({ text: l.label, numeric: true })),
      ...(anyHighlight ? [{ text: 'Note' }] : []),
    ],
    rows: points.map((p) => ({
      header: p.label,
      cells: [
        xFormat(p.x),
        format(p.y),
        ...limits.map((l) => {
          const lo = interpolate(l.lower, p.x);
          const hi = interpolate(l.upper, p.x);
          return lo === undefined || hi === undefined ? '' : `${format(lo)} to ${format(hi)}`;
        }),
        ...(anyHighlight ? [p.highlight?.label ?? ''] : []),
      ],
    })),
  };
}
