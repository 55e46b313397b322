// NHS date and time style, always in UK time: "26 November 2026", "2:30pm".
const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const weekdayFmt = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });

const toDate = (v: unknown): Date | undefined => {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'string' || typeof v === 'number') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
};

export function nhsDate(v: unknown): string {
  const d = toDate(v);
  return d ? dateFmt.format(d) : '';
}

export function nhsDateWithDay(v: unknown): string {
  const d = toDate(v);
  return d ? weekdayFmt.format(d).replace(',', '') : '';
}

/** "2pm", "2:30pm", "12 noon", "12 midnight" (NHS style). */
export function nhsTime(v: unknown): string {
  const d = toDate(v);
  if (!d) return '';
  const [h, m] = timeFmt.format(d).split(':').map(Number) as [number, number];
  if (m === 0 && h === 12) return '12 noon';
  if (m === 0 && h === 0) return '12 midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}
