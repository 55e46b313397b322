// The online joining link on the event page: only for the signed-in person with a place (never the waiting list,
// never anyone else), with the time it opens. Events have no opening time of their own, so the link opens
// JOIN_OPENS_MINUTES before the start; after the event has ended it is no longer shown.
import type { BookingRow, EventRow } from './repository.ts';

export const JOIN_OPENS_MINUTES = 30;

export interface Joining {
  href: string;
  opensAt: Date;
  /** true from the time it opens until the event ends */
  open: boolean;
}

export function joiningFor(
  e: Pick<EventRow, 'format' | 'online_link' | 'starts_at' | 'ends_at' | 'status'>,
  b: Pick<BookingRow, 'status'>,
  now = new Date(),
): Joining | undefined {
  if (b.status !== 'booked' || e.status === 'cancelled' || e.format === 'in-person' || !e.online_link) return undefined;
  if (!/^https:\/\/\S+$/.test(e.online_link) || e.ends_at.getTime() <= now.getTime()) return undefined;
  const opensAt = new Date(e.starts_at.getTime() - JOIN_OPENS_MINUTES * 60_000);
  return { href: e.online_link, opensAt, open: now.getTime() >= opensAt.getTime() };
}
