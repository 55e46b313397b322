// Cancels a booking and, in the same transaction (event row locked), promotes people from the waiting list
// in the order they joined, while their places fit.
import type { Database, Queryable } from '../../../db/client.ts';
import type { AppContext } from '../../../platform/module.ts';
import * as repo from '../repository.ts';
import { sendPromotion } from './notify.ts';

/** job: offer an event's free places to the waiting list (e.g. after a booked person deleted their account) */
export const FILL_PLACES_JOB = 'events.fill-freed-places';

export interface CancelOutcome {
  cancelled?: repo.BookingRow;
  promoted: repo.BookingRow[];
  event?: repo.EventRow;
  /** why the booking could not be cancelled (attendance recorded, or the event has started) */
  refused?: string;
}

/**
 * Why a booking can no longer be cancelled, or undefined when it can: once the organiser has recorded attendance,
 * or once the event has started (the place can no longer go to someone on the waiting list).
 */
export function whyCannotCancel(event: Pick<repo.EventRow, 'starts_at'>, booking: Pick<repo.BookingRow, 'status' | 'attended'>, now = new Date()): string | undefined {
  if (booking.status === 'cancelled') return undefined;
  if (booking.attended !== null) return 'You cannot cancel this booking because the organiser has already recorded who came to the event';
  if (event.starts_at.getTime() <= now.getTime()) return 'You cannot cancel this booking because the event has already started';
  return undefined;
}

/** Moves people from the waiting list into free places. Call with the event row locked. */
export async function promoteWaiting(tx: Queryable, event: repo.EventRow): Promise<repo.BookingRow[]> {
  if (event.status !== 'published') return [];
  const promoted: repo.BookingRow[] = [];
  let free = event.capacity === null ? Infinity : event.capacity - (await repo.bookedPlaces(tx, event.id));
  for (const w of await repo.waitingList(tx, event.id)) {
    if (w.places > free) break;
    await repo.markPromoted(tx, w.id);
    promoted.push({ ...w, status: 'booked' });
    free -= w.places;
  }
  return promoted;
}

export async function cancelBooking(db: Database, bookingId: string): Promise<CancelOutcome> {
  const found = await repo.findBooking(db, bookingId);
  if (!found) return { promoted: [] };
  return db.transaction(async (tx) => {
    const event = await repo.lockEvent(tx, found.event_id);
    const booking = await repo.lockBooking(tx, bookingId);
    if (!event || !booking || booking.status === 'cancelled') return { promoted: [], event };
    const refused = whyCannotCancel(event, booking);
    if (refused) return { promoted: [], event, refused };
    await repo.markCancelled(tx, booking.id);
    const promoted = booking.status === 'booked' ? await promoteWaiting(tx, event) : [];
    return { cancelled: booking, promoted, event };
  });
}

/** After the capacity goes up: fill the new places from the waiting list. */
export async function fillFreedPlaces(db: Database, eventId: string): Promise<{ promoted: repo.BookingRow[]; event?: repo.EventRow }> {
  return db.transaction(async (tx) => {
    const event = await repo.lockEvent(tx, eventId);
    return { event, promoted: event ? await promoteWaiting(tx, event) : [] };
  });
}

/** fills free places from the waiting list and emails the people who got one */
export async function fillFreedPlacesAndTell(ctx: AppContext, eventId: string): Promise<void> {
  const { promoted, event } = await fillFreedPlaces(ctx.db, eventId);
  for (const p of promoted) await sendPromotion(ctx, event!, p);
}
