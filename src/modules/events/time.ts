// UK time: events are entered and shown in Europe/London, stored as instants.
const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function londonWallClock(d: Date): WallClock {
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

/** The instant when London clocks show this date and time. */
export function londonToInstant(isoDate: string, hhmm: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [h, mi] = hhmm.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, h, mi);
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const w = londonWallClock(new Date(instant));
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    instant += guess - shown;
  }
  return new Date(instant);
}

/** "14:30" in London time */
export function londonHhmm(d: Date): string {
  const w = londonWallClock(d);
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/** "2026-12-01" in London time */
export function londonIsoDate(d: Date): string {
  const w = londonWallClock(d);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Reads "2pm", "14:00", "2:30pm", "9.30am" → "HH:MM", or undefined. */
export function readTime(raw: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(raw.trim().replace(/\s+/g, ''));
  if (!m) return undefined;
  let h = Number(m[1]);
  const mi = m[2] ? Number(m[2]) : 0;
  const ampm = m[3]?.toLowerCase();
  if (mi > 59) return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  } else if (!m[2] || h > 23) return undefined;
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}
