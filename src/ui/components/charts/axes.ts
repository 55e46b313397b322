// Shared pieces of the two charts with axes (line and scatter): the key above the plot, axis lines with ticks,
// and the style of reference lines (centre, limits, targets).
import { GRID, INK, MUTED, SMALL_FONT } from './model.ts';
import { esc, fmt, marker, n, textWidth, type Shape } from './svg.ts';

export type LineKind = 'centre' | 'limit' | 'near-limit' | 'target';

export const LINE_KIND_STYLE: Record<LineKind, { colour: string; dash: string; width: number }> = {
  centre: { colour: INK, dash: '', width: 1.5 },
  limit: { colour: INK, dash: '7 4', width: 1.5 },
  'near-limit': { colour: MUTED, dash: '2 3', width: 1.5 },
  target: { colour: '#ae2573', dash: '12 4 3 4', width: 2 },
};

export type Tone = 'concern' | 'improvement' | 'neutral';
export const TONE_COLOUR: Record<Tone, string> = { concern: '#ed8b00', improvement: '#005eb8', neutral: '#768692' };

export type KeyItem =
  | { type: 'line'; label: string; colour: string; dash: string; width?: number; shape?: Shape }
  | { type: 'swatch'; label: string; fill: string }
  | { type: 'marker'; label: string; shape: Shape; fill: string };

/** Draws the key from the left edge; returns the height it used (0 when empty). */
export function key(items: KeyItem[], width: number, parts: string[]): number {
  if (!items.length) return 0;
  let x = 0;
  let y = 0;
  for (const item of items) {
    const label = item.label.length > 44 ? `${item.label.slice(0, 43)}…` : item.label;
    const w = 34 + textWidth(label, SMALL_FONT) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 24;
    }
    if (item.type === 'line') {
      parts.push(`<line x1="${n(x)}" x2="${n(x + 28)}" y1="${n(y + 9)}" y2="${n(y + 9)}" stroke="${item.colour}" stroke-width="${item.width ?? 2}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`);
      if (item.shape) parts.push(marker(item.shape, x + 14, y + 9, 4, `fill="${item.colour}" stroke="#ffffff" stroke-width="1"`));
    } else if (item.type === 'swatch') {
      parts.push(`<rect x="${n(x)}" y="${n(y + 1)}" width="28" height="16" fill="${item.fill}" stroke="${INK}" stroke-width="1"/>`);
    } else {
      parts.push(marker(item.shape, x + 14, y + 9, 6, `fill="${item.fill}" stroke="${INK}" stroke-width="1.5"`));
    }
    parts.push(`<text x="${n(x + 34)}" y="${n(y + 14)}" font-size="${SMALL_FONT}">${esc(label)}</text>`);
    x += w;
  }
  return y + 24 + 8;
}

export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Horizontal grid lines and y tick labels, the axis lines, and the axis titles. */
export function yAxis(plot: Plot, ticks: number[], y: (v: number) => number, title: string | undefined, titleTop: number, parts: string[], format: (v: number) => string = (v) => fmt(v, 2)): void {
  if (title) parts.push(`<text x="0" y="${n(titleTop + SMALL_FONT)}" font-size="${SMALL_FONT}" font-weight="600">${esc(title)}</text>`);
  for (const t of ticks) {
    const ty = y(t);
    parts.push(`<line x1="${n(plot.left)}" x2="${n(plot.right)}" y1="${n(ty)}" y2="${n(ty)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(`<text x="${n(plot.left - 6)}" y="${n(ty + SMALL_FONT * 0.35)}" font-size="${SMALL_FONT}" text-anchor="end">${esc(format(t))}</text>`);
  }
  parts.push(`<line x1="${n(plot.left)}" x2="${n(plot.left)}" y1="${n(plot.top)}" y2="${n(plot.bottom)}" stroke="${INK}" stroke-width="1"/>`);
  parts.push(`<line x1="${n(plot.left)}" x2="${n(plot.right)}" y1="${n(plot.bottom)}" y2="${n(plot.bottom)}" stroke="${INK}" stroke-width="1"/>`);
}

export function xAxis(plot: Plot, ticks: { at: number; label: string }[], title: string | undefined, parts: string[]): number {
  for (const t of ticks) {
    parts.push(`<line x1="${n(t.at)}" x2="${n(t.at)}" y1="${n(plot.bottom)}" y2="${n(plot.bottom + 5)}" stroke="${INK}" stroke-width="1"/>`);
    parts.push(`<text x="${n(t.at)}" y="${n(plot.bottom + 8 + SMALL_FONT)}" font-size="${SMALL_FONT}" text-anchor="middle">${esc(t.label)}</text>`);
  }
  let bottom = plot.bottom + 12 + SMALL_FONT;
  if (title) {
    parts.push(`<text x="${n((plot.left + plot.right) / 2)}" y="${n(bottom + 6 + SMALL_FONT)}" font-size="${SMALL_FONT}" font-weight="600" text-anchor="middle">${esc(title)}</text>`);
    bottom += 6 + SMALL_FONT + 4;
  }
  return bottom;
}

/** The widest y tick label, for the left margin. */
export const tickRoom = (ticks: number[], format: (v: number) => string = (v) => fmt(v, 2)): number => Math.max(28, ...ticks.map((t) => textWidth(format(t), SMALL_FONT))) + 10;
