// Public pages of the events module: the events list with filters, an event page, calendars, cancelling from the
// emailed link, and "your bookings". Booking a place is in booking-routes.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { paginate } from '../../platform/http/pagination.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { enforce, type Limit } from '../../platform/security/rate-limit.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { getProgramme, listAreas } from '../programmes/api.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import { bookingClosedReason } from './commands/book-place.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { cancelBooking, whyCannotCancel, type CancelOutcome } from './commands/cancel-booking.ts';
import { sendCancelled, sendPromotion } from './commands/notify.ts';
import { eventsCalendar } from './calendar.ts';
import * as present from './presenters.ts';
import { joiningFor, JOIN_OPENS_MINUTES } from './joining.ts';

export const LIMITS = {
  startBooking: { name: 'event-booking', max: 30, windowSeconds: 600 },
  cancelLink: { name: 'event-cancel-link', max: 30, windowSeconds: 600 },
} satisfies Record<string, Limit>;

const V = (name: string) => `events/views/${name}.njk`;
const helpers = { ...vocab, ...present, IDENTITY_OPTIONS: forms.IDENTITY_OPTIONS };

export async function eventRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const publicEvent = async (req: FastifyRequest, id: string) => {
    const e = await repo.findEvent(ctx.db, id);
    if (!e || (e.status === 'draft' && !can(req, 'event.manage'))) throw new NotFoundError();
    return e;
  };

  // ---- list and event page
  app.get<{ Querystring: Record<string, string | undefined> }>('/events', async (req, reply) => {
    authorize(req, 'event.view');
    const pick = (v: unknown, allowed: readonly string[]) => (typeof v === 'string' && allowed.includes(v) ? v : '');
    const areas = await listAreas(ctx.db);
    const filters = {
      audience: pick(req.query.audience, [...vocab.valuesOf(vocab.AUDIENCES), 'dementia']),
      format: pick(req.query.format, vocab.valuesOf(vocab.FORMATS)),
      area: pick(req.query.area, areas),
      when: pick(req.query.when, vocab.valuesOf(vocab.WHEN)) || 'upcoming',
    };
    const listed = { ...filters, statuses: ['published', 'closed', 'cancelled'] };
    const now = new Date();
    const pages = paginate({ query: req.query, total: await repo.countEvents(ctx.db, listed, now), path: '/events', params: filters });
    const events = await repo.listEvents(ctx.db, listed, now, pages);
    return reply.view(V('list'), { events, pages, filters, areas, ...helpers });
  });

  app.get<{ Params: { id: string } }>('/events/:id', async (req, reply) => {
    authorize(req, 'event.view');
    const event = await publicEvent(req, req.params.id);
    const [programme, organisations] = await Promise.all([event.programme_id ? getProgramme(ctx.db, event.programme_id) : undefined, repo.attendingOrganisations(ctx.db, event.id)]);
    const mine = req.user ? (await repo.bookingsForUser(ctx.db, req.user.userId)).find((b) => b.event_id === event.id && b.status !== 'cancelled') : undefined;
    return reply.view(V('event'), {
      event,
      programme,
      organisations,
      mine,
      joining: mine ? joiningFor(event, mine) : undefined,
      joinOpensMinutes: JOIN_OPENS_MINUTES,
      past: event.ends_at.getTime() < Date.now(),
      closedReason: bookingClosedReason(event),
      statusLine: present.eventStatusLine(event),
      full: present.isFull(event),
      left: present.placesLeft(event),
      backLinkHref: '/events',
      ...helpers,
    });
  });

  // ---- calendars (public: never the joining link)
  app.get<{ Params: { id: string } }>('/events/:id/calendar.ics', async (req, reply) => {
    authorize(req, 'event.view');
    const event = await publicEvent(req, req.params.id);
    return sendIcs(reply, 'event.ics', eventsCalendar([event], { name: event.title, baseUrl: ctx.config.baseUrl }));
  });
  app.get<{ Params: { id: string } }>('/programmes/:id/events.ics', async (req, reply) => {
    authorize(req, 'event.view');
    const programme = await getProgramme(ctx.db, req.params.id);
    if (!programme) throw new NotFoundError();
    const events = await repo.listEvents(ctx.db, { programmeId: programme.id, statuses: ['published', 'closed', 'cancelled'] });
    return sendIcs(reply, 'programme-events.ics', eventsCalendar(events, { name: programme.title, baseUrl: ctx.config.baseUrl }));
  });

  // ---- cancel from the emailed link (no sign-in)
  app.get<{ Params: { token: string } }>('/bookings/cancel/:token', async (req, reply) => {
    await enforce(ctx.db, req, LIMITS.cancelLink);
    const booking = await repo.findBookingByTokenHash(ctx.db, hashToken(req.params.token));
    if (!booking) throw new NotFoundError();
    const event = (await repo.findEvent(ctx.db, booking.event_id))!;
    return reply.view(V('cancel'), { booking, event, refused: whyCannotCancel(event, booking), keepHref: `/events/${event.id}`, ...helpers });
  });
  app.post<{ Params: { token: string } }>('/bookings/cancel/:token', async (req, reply) => {
    await enforce(ctx.db, req, LIMITS.cancelLink);
    const booking = await repo.findBookingByTokenHash(ctx.db, hashToken(req.params.token));
    if (!booking) throw new NotFoundError();
    const outcome = await cancelAndNotify(ctx, booking.id);
    if (outcome.refused) return reply.code(409).view(V('cancel'), { booking, event: outcome.event, refused: outcome.refused, keepHref: `/events/${booking.event_id}`, ...helpers });
    return reply.redirect(`/bookings/cancel/${req.params.token}`, 303);
  });

  // ---- your bookings (signed in)
  app.get('/account/bookings', async (req, reply) => {
    authorize(req, 'booking.manage');
    const bookings = await repo.bookingsForUser(ctx.db, req.user!.userId);
    const flash = await takeFlash(ctx.db, req);
    const now = new Date();
    return reply.view(V('my-bookings'), {
      flash,
      upcoming: bookings.filter((b) => b.status !== 'cancelled' && b.ends_at >= now && b.event_status !== 'cancelled').map((b) => ({ ...b, refused: whyCannotCancel(b, b, now) })),
      past: bookings.filter((b) => !(b.status !== 'cancelled' && b.ends_at >= now && b.event_status !== 'cancelled')),
      backLinkHref: '/account',
      ...helpers,
    });
  });
  const ownBooking = async (req: FastifyRequest<{ Params: { id: string } }>) => {
    authorize(req, 'booking.manage');
    const booking = await repo.findBooking(ctx.db, req.params.id);
    if (!booking || booking.user_id !== req.user!.userId) throw new NotFoundError();
    return booking;
  };
  // cancelling asks first, as the emailed link does
  app.get<{ Params: { id: string } }>('/account/bookings/:id/cancel', async (req, reply) => {
    const booking = await ownBooking(req);
    if (booking.status === 'cancelled') return reply.redirect('/account/bookings', 303);
    const event = (await repo.findEvent(ctx.db, booking.event_id))!;
    return reply.view(V('cancel'), { booking, event, refused: whyCannotCancel(event, booking), keepHref: '/account/bookings', backLinkHref: '/account/bookings', ...helpers });
  });
  app.post<{ Params: { id: string } }>('/account/bookings/:id/cancel', async (req, reply) => {
    const booking = await ownBooking(req);
    const outcome = await cancelAndNotify(ctx, booking.id);
    if (outcome.refused) return reply.code(409).view(V('cancel'), { booking, event: outcome.event, refused: outcome.refused, keepHref: '/account/bookings', backLinkHref: '/account/bookings', ...helpers });
    if (outcome.cancelled) await setFlash(ctx.db, req, `Your booking ${booking.reference} is cancelled`);
    return reply.redirect('/account/bookings', 303);
  });
  app.get<{ Params: { id: string } }>('/account/bookings/:id/calendar.ics', async (req, reply) => {
    const booking = await ownBooking(req);
    const event = (await repo.findEvent(ctx.db, booking.event_id))!;
    return sendIcs(reply, 'event.ics', eventsCalendar([event], { name: event.title, baseUrl: ctx.config.baseUrl, includeOnlineLink: booking.status === 'booked' }));
  });
}

export async function cancelAndNotify(ctx: AppContext, bookingId: string): Promise<CancelOutcome> {
  const outcome = await cancelBooking(ctx.db, bookingId);
  if (!outcome.cancelled || !outcome.event) return outcome;
  await sendCancelled(ctx, outcome.event, outcome.cancelled);
  for (const p of outcome.promoted) await sendPromotion(ctx, outcome.event, p);
  return outcome;
}

function sendIcs(reply: FastifyReply, filename: string, body: string) {
  return reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(body);
}
