// ICS calendars (RFC 5545) for one event or a programme's feed, in Europe/London time with a VTIMEZONE.
// The online joining link goes only into a booked person's own file.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { EventRow } from './repository.ts';
import { londonWallClock } from './time.ts';
import { FORMATS, textOf } from './vocabulary.ts';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** A Date that ical-generator writes as London wall-clock time (its "TZDate" shape). */
class LondonDate extends Date {
  readonly internal: Date;
  constructor(d: Date) {
    super(d.getTime());
    this.internal = new Date(d.getTime());
  }
  withTimeZone(): Date {
    const w = londonWallClock(this.internal);
    return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  }
  tzComponents(): Record<string, never> {
    return {};
  }
}

export interface CalendarOptions {
  name: string;
  baseUrl: string;
  /** only for the person's own booking */
  includeOnlineLink?: boolean;
  method?: 'publish' | 'request';
}

export function eventsCalendar(events: EventRow[], o: CalendarOptions): string {
  const cal = ical({ name: o.name, prodId: { company: 'Chorus', product: 'Chorus events', language: 'EN' } });
  cal.method(o.method === 'request' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH);
  cal.timezone({ name: 'Europe/London', generator: () => VTIMEZONE });
  const host = new URL(o.baseUrl).hostname || 'chorus.local';
  for (const e of events) {
    const url = `${o.baseUrl}/events/${e.id}`;
    const where = e.format === 'online' ? 'Online' : [e.venue_name, e.venue_address].filter(Boolean).join(', ');
    const link = o.includeOnlineLink && e.online_link && e.format !== 'in-person' ? `\n\nJoin online: ${e.online_link}` : '';
    cal.createEvent({
      id: `event-${e.id}@${host}`,
      sequence: e.sequence,
      start: new LondonDate(e.starts_at),
      end: new LondonDate(e.ends_at),
      timezone: 'Europe/London',
      stamp: new Date(),
      summary: e.status === 'cancelled' ? `Cancelled: ${e.title}` : e.title,
      description: `${e.description}\n\n${textOf(FORMATS, e.format)}. Details and accessibility: ${url}${link}`,
      location: where || undefined,
      url,
      status: e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    } as Parameters<typeof cal.createEvent>[0]);
  }
  return cal.toString();
}
