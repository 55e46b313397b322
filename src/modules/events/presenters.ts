// Plain-English status lines and summaries for events, shared by pages, the timeline and emails.
import type { EventWithCounts } from './repository.ts';
import { bookingClosedReason } from './commands/book-place.ts';
import { ACCESS_NEEDS, AUDIENCES, EVENT_TYPES, FORMATS, textOf } from './vocabulary.ts';

export function placesLeft(e: Pick<EventWithCounts, 'capacity' | 'booked_places'>): number | null {
  return e.capacity === null ? null : Math.max(0, e.capacity - e.booked_places);
}

export function isFull(e: Pick<EventWithCounts, 'capacity' | 'booked_places' | 'waiting'>): boolean {
  return e.capacity !== null && (e.booked_places >= e.capacity || e.waiting > 0);
}

export function eventStatusLine(e: EventWithCounts, now = new Date()): string {
  if (e.status === 'cancelled') return 'Cancelled';
  if (e.status === 'closed' || e.ends_at < now) return 'Took place';
  if (!e.booking_required) return 'Drop in: no need to book';
  const reason = bookingClosedReason(e, now);
  if (reason) return reason === 'Booking has not opened yet' ? 'Booking opens soon' : 'Booking closed';
  if (isFull(e)) return 'Full: join the waiting list';
  const left = placesLeft(e);
  return left === null ? 'Booking open' : `Booking open: ${left} ${left === 1 ? 'place' : 'places'} left`;
}

export const audienceText = (e: { audiences: string[]; dementia: boolean }) =>
  [...e.audiences.map((a) => textOf(AUDIENCES, a)), ...(e.dementia ? ['People affected by dementia'] : [])].join('; ');
export const typeText = (v: string) => textOf(EVENT_TYPES, v);
export const formatText = (v: string) => textOf(FORMATS, v);
export const needText = (v: string) => textOf(ACCESS_NEEDS, v);

/** "3 need step-free access, 1 needs a BSL interpreter" */
export function needsSummary(counts: { need: string; people: number }[]): string {
  return counts
    .map(({ need, people }) => {
      const item = ACCESS_NEEDS.find((n) => n.value === need);
      const phrase = item ? item.summary[people === 1 ? 0 : 1] : need;
      return `${people} ${phrase}`;
    })
    .join(', ');
}
