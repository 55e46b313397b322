// The events module manifest: events in a programme, booking with access needs, waiting list, emails,
// calendars, attendance and closing reports.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { eventRoutes } from './routes.ts';
import { bookingDrafts, bookingRoutes } from './booking-routes.ts';
import { bookingQuestionAdminRoutes } from './booking-question-routes.ts';
import { eventAdminRoutes } from './admin-routes.ts';
import { REMINDER_JOB, sendReminder } from './commands/notify.ts';
import { FILL_PLACES_JOB, fillFreedPlacesAndTell } from './commands/cancel-booking.ts';
import * as repo from './repository.ts';
import { eventStatusLine, formatText, typeText } from './presenters.ts';
import { seedEvents } from './seeds.ts';
import { eventFreeText } from './free-text.ts';
import { isUuid } from '../../platform/http/ids.ts';

export const eventsModule: ChorusModule = {
  id: 'events',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  init(ctx) {
    ctx.jobs.define<{ bookingId: string }>({ name: REMINDER_JOB, handle: async (data) => void (await sendReminder(ctx, data.bookingId)) });
    ctx.jobs.define<{ eventId: string }>({ name: FILL_PLACES_JOB, handle: (data) => fillFreedPlacesAndTell(ctx, data.eventId) });
  },
  async routes(app, ctx) {
    await eventRoutes(app, ctx);
    await bookingRoutes(app, ctx);
  },
  async adminRoutes(app, ctx) {
    await eventAdminRoutes(app, ctx);
    await bookingQuestionAdminRoutes(app, ctx);
  },
  navigation: [
    { text: 'Events', href: '/events' },
    { text: 'Your bookings', href: '/account/bookings', ability: 'booking.manage' },
  ],
  adminNavigation: [{ text: 'Events', href: '/admin/events', ability: 'event.manage' }],
  async programmeItems(ctx, programmeId) {
    if (!isUuid(programmeId)) return [];
    const events = await repo.listEvents(ctx.db, { programmeId, statuses: ['published', 'closed', 'cancelled'] });
    return events.map((e) => ({
      kind: 'events',
      phaseId: e.phase_id,
      title: e.title,
      href: `/events/${e.id}`,
      status: eventStatusLine(e),
      startsAt: e.starts_at,
      endsAt: e.ends_at,
      summary: `${typeText(e.event_type)}, ${formatText(e.format).toLowerCase()}`,
    }));
  },
  async exportPersonalData(ctx, userId) {
    const bookings = await repo.bookingsForUser(ctx.db, userId);
    return bookings.map((b) => ({
      event: b.title,
      startsAt: b.starts_at,
      reference: b.reference,
      status: b.status,
      name: b.name,
      email: b.email,
      howYouIdentify: b.identities,
      organisation: b.organisation,
      accessNeeds: b.access_needs,
      dietaryNeeds: b.dietary,
      otherNeeds: b.access_other,
      answersToOrganiserQuestions: b.answers,
      attended: b.attended,
      bookedAt: b.created_at,
    }));
  },
  async erasePersonalData(tx, userId) {
    // places freed by the deletion go to the waiting list once the deletion has committed (emails are sent by the job)
    const freed = await repo.anonymiseBookingsOf(tx, userId);
    await bookingDrafts.eraseFor(tx, userId);
    if (freed.length) return async (ctx) => void (await Promise.all(freed.map((eventId) => ctx.jobs.send(FILL_PLACES_JOB, { eventId }))));
  },
  freeText: (ctx, page) => eventFreeText(ctx.db, page),
  seed: seedEvents,
};
