// Public pages of the events module: the events list with filters, an event page, calendars, booking one question
// per page (with or without an account), cancelling from the emailed link, and "your bookings".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, type FormSpec } from '../../platform/forms/index.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { enforce, type Limit } from '../../platform/security/rate-limit.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { accessNeedsToShare, profileFor } from '../accounts/api.ts';
import { getProgramme, listAreas } from '../programmes/api.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import { bookPlace, bookingClosedReason } from './commands/book-place.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { cancelBooking, whyCannotCancel, type CancelOutcome } from './commands/cancel-booking.ts';
import { sendBookingEmails, sendCancelled, sendPromotion } from './commands/notify.ts';
import { eventsCalendar } from './calendar.ts';
import * as present from './presenters.ts';
import { joiningFor, JOIN_OPENS_MINUTES } from './joining.ts';
import { joiningFor, JOIN_OPENS_MINUTES } from './joining.ts';

export const LIMITS = {
  startBooking: { name: 'event-booking', max: 30, windowSeconds: 600 },
  cancelLink: { name: 'event-cancel-link', max: 30, windowSeconds: 600 },
} satisfies Record<string, Limit>;

const V = (name: string) => `events/views/${name}.njk`;
const helpers = { ...vocab, ...present, IDENTITY_OPTIONS: forms.IDENTITY_OPTIONS };

interface Answers {
  name?: string;
  email?: string;
  identities?: string[];
  organisation?: string;
  accessNeeds?: string[];
  dietary?: string;
  accessOther?: string;
  fromAccount?: boolean;
}

const STEPS: { slug: string; spec: FormSpec; title: string }[] = [
  { slug: 'name', spec: forms.nameStep, title: 'What is your name?' },
  { slug: 'email', spec: forms.emailStep, title: 'What is your email address?' },
  { slug: 'identify', spec: forms.identifyStep, title: 'How do you identify?' },
  { slug: 'organisation', spec: forms.organisationStep, title: 'Are you coming on behalf of an organisation?' },
  { slug: 'access', spec: forms.accessStep, title: 'Do you have any access needs?' },
];

function firstMissing(a: Answers): string | undefined {
  if (!a.name) return 'name';
  if (!a.email) return 'email';
  if (!a.identities?.length) return 'identify';
  if (a.organisation === undefined) return 'organisation';
  if (a.accessNeeds === undefined) return 'access';
  return undefined;
}

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
    const events = await repo.listEvents(ctx.db, { ...filters, statuses: ['published', 'closed', 'cancelled'] });
    return reply.view(V('list'), { events, filters, areas, ...helpers });
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

  // ---- booking: start, one question per page, check your answers, confirmation
  app.post<{ Params: { id: string } }>('/events/:id/book', async (req, reply) => {
    authorize(req, 'event.book');
    await enforce(ctx.db, req, LIMITS.startBooking);
    const event = await publicEvent(req, req.params.id);
    if (bookingClosedReason(event)) return reply.redirect(`/events/${event.id}`, 303);
    const answers: Answers = {};
    if (req.user) {
      const [profile, needs] = await Promise.all([profileFor(ctx.db, req.user.userId), accessNeedsToShare(ctx.db, req.user.userId)]);
      if (profile?.name) answers.name = profile.name;
      if (profile?.email) answers.email = profile.email;
      if (profile?.identities.length) answers.identities = profile.identities;
      if (needs) {
        const fromSupport = needs.communication_support.map((s) => vocab.FROM_ACCOUNT_SUPPORT[s]).filter((x): x is string => Boolean(x));
        const fromFormats = needs.information_formats.map((s) => vocab.FROM_ACCOUNT_FORMATS[s]).filter((x): x is string => Boolean(x));
        const prefilled = [...new Set([...fromSupport, ...fromFormats, ...(needs.details ? ['other'] : [])])];
        answers.accessNeeds = prefilled;
        answers.accessOther = needs.details ?? '';
        answers.fromAccount = true;
      }
    }
    const draftId = await repo.createDraft(ctx.db, event.id, req.user?.userId ?? null, { ...answers });
    return reply.redirect(`/events/${event.id}/book/${draftId}/name`, 303);
  });

  const loadDraft = async (req: FastifyRequest<{ Params: { id: string; draft: string } }>) => {
    authorize(req, 'event.book');
    const event = await publicEvent(req, req.params.id);
    const draft = await repo.findDraft(ctx.db, event.id, req.params.draft);
    // a signed-in person's booking (pre-filled from their account) can only be continued by them
    if (!draft || (draft.user_id && draft.user_id !== req.user?.userId)) throw new NotFoundError();
    return { event, draft, answers: draft.answers as Answers, base: `/events/${event.id}/book/${draft.id}` };
  };

  STEPS.forEach((step, i) => {
    const back = (base: string, eventId: string, change: boolean) => (change ? `${base}/check` : i === 0 ? `/events/${eventId}` : `${base}/${STEPS[i - 1]!.slug}`);
    const render = (reply: FastifyReply, data: Record<string, unknown>) => {
      if ((data.errorList as unknown[] | undefined)?.length) reply.code(400);
      return reply.view(V(`book/${step.slug}`), { errors: {}, errorList: [], pageTitle: step.title, ...helpers, ...data });
    };
    app.get<{ Params: { id: string; draft: string }; Querystring: { change?: string } }>(`/events/:id/book/:draft/${step.slug}`, async (req, reply) => {
      const { event, draft, answers, base } = await loadDraft(req);
      if (draft.booking_id) return reply.redirect(`${base}/done`, 303);
      const change = req.query.change === '1';
      return render(reply, { event, values: answers, change, backLinkHref: back(base, event.id, change) });
    });
    app.post<{ Params: { id: string; draft: string } }>(`/events/:id/book/:draft/${step.slug}`, async (req, reply) => {
      const { event, draft, base } = await loadDraft(req);
      if (draft.booking_id) return reply.redirect(`${base}/done`, 303);
      const change = (req.body as Record<string, unknown>)?.change === '1';
      const form = validateForm(req.body, step.spec);
      const errors: Record<string, string> = { ...(form.errors as Record<string, string>) };
      if (step.slug === 'access') {
        const v = form.values as unknown as { accessNeeds: string[]; dietary: string; accessOther: string };
        if (v.accessNeeds.includes('dietary') && !v.dietary && !errors.dietary) errors.dietary = 'Enter your dietary needs';
        if (v.accessNeeds.includes('other') && !v.accessOther && !errors.accessOther) errors.accessOther = 'Enter what you need';
      }
      const errorList = Object.entries(errors).map(([k, text]) => ({ text, href: `#${k}` }));
      if (errorList.length) return render(reply, { event, values: form.values, errors, errorList, change, backLinkHref: back(base, event.id, change) });
      const values = { ...form.values } as Answers;
      if (step.slug === 'access') {
        if (!values.accessNeeds?.includes('dietary')) values.dietary = '';
        if (!values.accessNeeds?.includes('other')) values.accessOther = '';
      }
      await repo.saveDraftAnswers(ctx.db, draft.id, values as Record<string, unknown>);
      const next = change || i === STEPS.length - 1 ? 'check' : STEPS[i + 1]!.slug;
      return reply.redirect(`${base}/${next}`, 303);
    });
  });

  app.get<{ Params: { id: string; draft: string } }>('/events/:id/book/:draft/check', async (req, reply) => {
    const { event, draft, answers, base } = await loadDraft(req);
    if (draft.booking_id) return reply.redirect(`${base}/done`, 303);
    const missing = firstMissing(answers);
    if (missing) return reply.redirect(`${base}/${missing}`, 303);
    return reply.view(V('book/check'), { event, answers, base, full: present.isFull(event), backLinkHref: `${base}/access`, ...helpers });
  });
  app.post<{ Params: { id: string; draft: string } }>('/events/:id/book/:draft/check', async (req, reply) => {
    const { event, draft, answers, base } = await loadDraft(req);
    if (draft.booking_id) return reply.redirect(`${base}/done`, 303);
    const missing = firstMissing(answers);
    if (missing) return reply.redirect(`${base}/${missing}`, 303);
    const outcome = await bookPlace(ctx.db, ctx.secret, {
      eventId: event.id,
      userId: draft.user_id,
      name: answers.name!,
      email: answers.email!,
      identities: answers.identities ?? [],
      organisation: answers.organisation ?? '',
      accessNeeds: answers.accessNeeds ?? [],
      dietary: answers.dietary ?? '',
      accessOther: answers.accessOther ?? '',
    });
    if (!outcome.ok) {
      if (outcome.reason === 'already-booked') {
        const text = 'There is already a booking for this event with this email address. Check your email for your confirmation, or use a different email address';
        return reply.code(400).view(V('book/check'), { event, answers, base, full: present.isFull(event), errorList: [{ text, href: `${base}/email?change=1` }], backLinkHref: `${base}/access`, ...helpers });
      }
      return reply.redirect(`/events/${event.id}`, 303);
    }
    await repo.completeDraft(ctx.db, draft.id, outcome.booking.id);
    await sendBookingEmails(ctx, outcome.event, outcome.booking);
    req.log.info({ eventId: event.id, bookingStatus: outcome.booking.status }, 'event booked');
    return reply.redirect(`${base}/done`, 303);
  });
  app.get<{ Params: { id: string; draft: string } }>('/events/:id/book/:draft/done', async (req, reply) => {
    const { event, draft, base } = await loadDraft(req);
    const booking = draft.booking_id ? await repo.findBooking(ctx.db, draft.booking_id) : undefined;
    if (!booking) return reply.redirect(`${base}/check`, 303);
    return reply.view(V('book/done'), { event, booking, ...helpers });
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
