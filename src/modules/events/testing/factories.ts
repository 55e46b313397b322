// Test factories for events and bookings, exported for every module's tests.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../platform/module.ts';
import { findEvent, insertEvent, type EventInput, type EventRow } from '../repository.ts';
import { bookPlace, type BookingRequest } from '../commands/book-place.ts';

const DAY = 24 * 3600 * 1000;

export async function buildEvent(ctx: Pick<AppContext, 'db'>, overrides: Partial<EventInput> & { status?: string } = {}): Promise<string> {
  const starts = overrides.starts_at ?? new Date(Math.ceil((Date.now() + 14 * DAY) / 3600_000) * 3600_000);
  const { status = 'published', ...rest } = overrides;
  const input: EventInput = {
    programme_id: null,
    phase_id: null,
    workgroup_id: null,
    title: `Event ${randomBytes(3).toString('hex')}`,
    description: 'A test event.',
    audiences: ['public'],
    dementia: false,
    event_type: 'online-conversation',
    format: 'online',
    venue_name: '',
    venue_address: '',
    venue_features: [],
    accessibility_notes: '',
    online_link: 'https://meet.example.org/secret-room',
    starts_at: starts,
    ends_at: new Date(starts.getTime() + 2 * 3600 * 1000),
    capacity: 10,
    booking_required: true,
    booking_opens_at: null,
    booking_closes_at: null,
    organiser_name: 'Sam Organiser',
    organiser_email: 'organiser@example.org',
    organiser_phone: '',
    ...rest,
  };
  return insertEvent(ctx.db, input, status, null);
}

/** An event as it is stored (for tests that check what a form saved). */
export async function storedEvent(ctx: Pick<AppContext, 'db'>, id: string): Promise<EventRow | undefined> {
  return findEvent(ctx.db, id);
}

/** Books a place as the booking journey does (row lock, waiting list when full) and returns the outcome. */
export async function attemptBooking(ctx: Pick<AppContext, 'db' | 'secret'>, eventId: string, overrides: Partial<BookingRequest> = {}) {
  return bookPlace(ctx.db, ctx.secret, {
    eventId,
    userId: null,
    name: 'Pat Booker',
    email: `booker-${randomBytes(4).toString('hex')}@example.org`,
    identities: ['public'],
    organisation: '',
    accessNeeds: [],
    dietary: '',
    accessOther: '',
    ...overrides,
  });
}

export async function buildBooking(ctx: Pick<AppContext, 'db' | 'secret'>, eventId: string, overrides: Partial<BookingRequest> = {}) {
  const outcome = await attemptBooking(ctx, eventId, overrides);
  if (!outcome.ok) throw new Error(`booking refused: ${outcome.reason}`);
  return outcome.booking;
}
