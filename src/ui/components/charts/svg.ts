// Small drawing helpers shared by every chart: escaping, number formatting, scales, nice ticks, wrapping labels,
// and the fills (a colour and a pattern each, so that colour is never the only way to tell series apart).

/** Escapes text for SVG/HTML content and attribute values. */
export const esc = (s: unknown): string =>
  String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Chart ids become element ids and url(#…) references: keep them to safe characters. */
export const safeId = (id: string): string => {
  const cleaned = String(id).replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `chart-${cleaned}`;
};

/** A coordinate: rounded to 0.1 and never NaN or Infinity in the output. */
export const n = (v: number): string => {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
};

/** Numbers as people read them in the UK (1,234.5); empty for missing values. */
const formats = new Map<number, Intl.NumberFormat>();
export const fmt = (v: number | null | undefined, digits = 1): string => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '';
  // one formatter per precision: toLocaleString builds a new one on every call, which made charts 30× slower
  let f = formats.get(digits);
  if (!f) formats.set(digits, (f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })));
  return f.format(v);
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "3 Mar 2026" (UTC, as dates are stored) */
export const fmtDate = (d: Date): string => (Number.isNaN(d.getTime()) ? '' : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`);

export type XValue = number | string | Date;
export const xText = (x: XValue): string => (x instanceof Date ? fmtDate(x) : typeof x === 'number' ? fmt(x) : String(x));

/** A linear scale from a domain to a pixel range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  if (!Number.isFinite(span) || span === 0) return () => (r0 + r1) / 2;
  return (v: number) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Round tick values covering [min, max]: 1, 2, 2.5 or 5 × a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    if (min === 0) return [0, 1];
    const pad = Math.abs(min) * 0.1;
    return niceTicks(min - pad, max + pad, count);
  }
  if (min > max) [min, max] = [max, min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const start = Math.floor(min / step + 1e-9) * step;
  const end = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2 && ticks.length < 50; v += step) ticks.push(Math.round(v / step) * step);
  return ticks.map((t) => Math.round(t * 1e9) / 1e9);
}

/** Rough width of text in pixels (average glyph width of Arial/Frutiger is about 0.55 em). */
export const textWidth = (s: string, size: number): number => s.length * size * 0.55;

/** Splits a label into lines that fit `width` pixels at `size`; very long words are cut. At most `maxLines`. */
export function wrap(label: string, width: number, size: number, maxLines = 3): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * 0.55)));
  const words = String(label).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > perLine) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, perLine - 1) + '-');
      word = word.slice(perLine - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, perLine - 1)}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}

/** Text on one or more lines (tspans), first baseline at y. */
export function textLines(lines: string[], x: number, y: number, size: number, attrs = ''): string {
  const lh = Math.round(size * 1.25);
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${attrs ? ` ${attrs}` : ''}>${lines.map((l, i) => `<tspan x="${n(x)}" dy="${i === 0 ? 0 : lh}">${esc(l)}</tspan>`).join('')}</text>`;
}

// NHS identity colours, in an order where neighbours differ in lightness too, each with its own pattern. Bars and
// swatches get a dark outline (#212b32), so every shape meets 3:1 against white at its edge (WCAG 1.4.11) even
// where the fill (yellow, green) does not; text is always dark grey on white.
export const PALETTE = [
  { colour: '#005eb8', pattern: 'solid', name: 'solid' },
  { colour: '#ffb81c', pattern: 'diagonal', name: 'diagonal stripes' },
  { colour: '#330072', pattern: 'dots', name: 'dots' },
  { colour: '#00a499', pattern: 'cross', name: 'cross-hatching' },
  { colour: '#ae2573', pattern: 'horizontal', name: 'horizontal stripes' },
  { colour: '#425563', pattern: 'vertical', name: 'vertical stripes' },
  { colour: '#78be20', pattern: 'back-diagonal', name: 'back-slanted stripes' },
  { colour: '#003087', pattern: 'grid', name: 'grid' },
] as const;

export const fillOf = (chartId: string, i: number): string => {
  const p = PALETTE[i % PALETTE.length]!;
  return p.pattern === 'solid' ? p.colour : `url(#${chartId}-fill-${i % PALETTE.length})`;
};

/** <pattern> definitions for the first `count` fills, with ids local to this chart. */
export function patternDefs(chartId: string, count: number): string {
  const defs: string[] = [];
  for (let i = 0; i < Math.min(count, PALETTE.length); i++) {
    const { colour, pattern } = PALETTE[i]!;
    if (pattern === 'solid') continue;
    const ink = colour === '#ffb81c' || colour === '#78be20' ? '#212b32' : '#ffffff';
    const shapes: Record<string, string> = {
      diagonal: `<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="${ink}" stroke-width="1.5"/>`,
      'back-diagonal': `<path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke="${ink}" stroke-width="1.5"/>`,
      dots: `<circle cx="2" cy="2" r="1.3" fill="${ink}"/><circle cx="6" cy="6" r="1.3" fill="${ink}"/>`,
      cross: `<path d="M0,0 l8,8 M8,0 l-8,8" stroke="${ink}" stroke-width="1.2"/>`,
      horizontal: `<path d="M0,2 h8 M0,6 h8" stroke="${ink}" stroke-width="1.5"/>`,
      vertical: `<path d="M2,0 v8 M6,0 v8" stroke="${ink}" stroke-width="1.5"/>`,
      grid: `<path d="M0,4 h8 M4,0 v8" stroke="${ink}" stroke-width="1.2"/>`,
    };
    defs.push(`<pattern id="${chartId}-fill-${i}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${colour}"/>${shapes[pattern]}</pattern>`);
  }
  return defs.length ? `<defs>${defs.join('')}</defs>` : '';
}

// Line series: a dash pattern and a marker shape each, as well as a colour.
export const LINE_STYLES = [
  { colour: '#005eb8', dash: '', marker: 'circle' },
  { colour: '#330072', dash: '8 4', marker: 'square' },
  { colour: '#00703c', dash: '2 3', marker: 'triangle' },
  { colour: '#ae2573', dash: '10 3 2 3', marker: 'diamond' },
] as const;

export type Shape = 'circle' | 'square' | 'triangle' | 'triangle-down' | 'diamond';

/** A marker centred on (x, y); `r` is roughly its radius. */
export function marker(shape: Shape, x: number, y: number, r: number, attrs: string): string {
  switch (shape) {
    case 'square':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" ${attrs}/>`;
    case 'triangle':
      return `<path d="M${n(x)},${n(y - r * 1.2)} L${n(x + r * 1.1)},${n(y + r * 0.8)} L${n(x - r * 1.1)},${n(y + r * 0.8)} Z" ${attrs}/>`;
    case 'triangle-down':
      return `<path d="M${n(x)},${n(y + r * 1.2)} L${n(x + r * 1.1)},${n(y - r * 0.8)} L${n(x - r * 1.1)},${n(y - r * 0.8)} Z" ${attrs}/>`;
    case 'diamond':
      return `<path d="M${n(x)},${n(y - r * 1.3)} L${n(x + r * 1.3)},${n(y)} L${n(x)},${n(y + r * 1.3)} L${n(x - r * 1.3)},${n(y)} Z" ${attrs}/>`;
    default:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${attrs}/>`;
  }
}

/** Moves label positions (pixel y, sorted or not) apart so that none are closer than `gap`, keeping them in [lo, hi]. */
export function spreadLabels(ys: number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y: Math.min(hi, Math.max(lo, y)), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) if (order[k]!.y - order[k - 1]!.y < gap) order[k]!.y = order[k - 1]!.y + gap;
  const overflow = order.length ? order[order.length - 1]!.y - hi : 0;
  if (overflow > 0) for (const o of order) o.y -= overflow;
  for (let k = order.length - 2; k >= 0; k--) if (order[k + 1]!.y - order[k]!.y < gap) order[k]!.y = order[k + 1]!.y - gap;
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}
