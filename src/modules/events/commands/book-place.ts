// Books a place, or a place on the waiting list. The event row is locked (SELECT … FOR UPDATE) for the whole
// transaction, so bookings for one event are decided one at a time and nobody is ever booked over capacity.
import { createHmac, randomInt } from 'node:crypto';
import { hashToken } from '../../../platform/security/tokens.ts';
import type { Database } from '../../../db/client.ts';
import * as repo from '../repository.ts';

export interface BookingRequest {
  eventId: string;
  userId: string | null;
  name: string;
  email: string;
  identities: string[];
  organisation: string;
  accessNeeds: string[];
  dietary: string;
  accessOther: string;
  /** answers to the organiser's own booking questions, by question id */
  answers?: Record<string, string | string[]>;
}

export type BookingOutcome =
  | { ok: true; booking: repo.BookingRow; event: repo.EventRow }
  | { ok: false; reason: 'not-found' | 'not-open' | 'already-booked' };

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function newReference(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** The secret in a booking's cancel link: derived from its id, so any later email can include the same link. */
export function cancelToken(secret: string, reference: string): string {
  return createHmac('sha256', secret).update(`booking-cancel:${reference}`).digest('base64url');
}

/** Why booking is not open now, or undefined when it is. */
export function bookingClosedReason(e: Pick<repo.EventRow, 'status' | 'booking_required' | 'booking_opens_at' | 'booking_closes_at' | 'starts_at'>, now = new Date()): string | undefined {
  if (e.status !== 'published') return e.status === 'cancelled' ? 'This event has been cancelled' : 'Booking is closed';
  if (!e.booking_required) return 'You do not need to book: just come along';
  if (e.booking_opens_at && e.booking_opens_at > now) return 'Booking has not opened yet';
  if (e.booking_closes_at && e.booking_closes_at <= now) return 'Booking is closed';
  if (e.starts_at <= now) return 'Booking is closed';
  return undefined;
}

export async function bookPlace(db: Database, secret: string, r: BookingRequest, now = new Date()): Promise<BookingOutcome> {
  return db.transaction(async (tx) => {
    const event = await repo.lockEvent(tx, r.eventId);
    if (!event) return { ok: false, reason: 'not-found' };
    if (bookingClosedReason(event, now)) return { ok: false, reason: 'not-open' };
    const state = await repo.bookingState(tx, event.id, r.email);
    if (state.existing_id) return { ok: false, reason: 'already-booked' };
    const places = r.accessNeeds.includes('companion') ? 2 : 1;
    // nobody jumps the waiting list: a free place goes to the first person waiting, by promotion
    const fits = event.capacity === null || (!state.anyone_waiting && state.booked + places <= event.capacity);
    const reference = newReference();
    const booking = await repo.insertBooking(tx, {
      ...r,
      reference,
      status: fits ? 'booked' : 'waiting',
      places,
      cancelTokenHash: hashToken(cancelToken(secret, reference)),
    });
    return { ok: true, booking, event };
  });
}
