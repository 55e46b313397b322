// Booking a place, one question per page, on the platform's journey helper: start (pre-filled from the account),
// name, email, how you identify, organisation, access needs, the organiser's own questions (if any, in the standard
// or Easy Read rendering), then check your answers and the confirmation. Answers are kept in a journey draft until
// the person books.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { describeAnswer, pick, pruneHidden, readPage, renderSection, storable, visibleQuestions, type Answers, type Definition, type Section, type Variant } from '../../capabilities/questionnaires/index.ts';
import type { AppContext } from '../../platform/module.ts';
import { renderForm, validateForm, type FormSpec } from '../../platform/forms/index.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { enforce } from '../../platform/security/rate-limit.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { DraftStore, createLoader, defineJourney, isChanging, redirectTo, summaryRows, type Draft } from '../../platform/journeys/index.ts';
import { accessNeedsToShare, profileFor } from '../accounts/api.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import * as present from './presenters.ts';
import { bookPlace, bookingClosedReason } from './commands/book-place.ts';
import { sendBookingEmails } from './commands/notify.ts';
import { LIMITS } from './routes.ts';
import { bookingQuestionsOf, questionPages } from './booking-questions.ts';

const V = (name: string) => `events/views/${name}.njk`;
const helpers = { ...vocab, ...present, IDENTITY_OPTIONS: forms.IDENTITY_OPTIONS };

export interface BookingAnswers {
  name?: string;
  email?: string;
  identities?: string[];
  organisation?: string;
  accessNeeds?: string[];
  dietary?: string;
  accessOther?: string;
  fromAccount?: boolean;
  /** answers to the organiser's own questions, by question id */
  questions?: Answers;
  /** the rendering of the organiser's questions, when the person has switched */
  variant?: Variant;
}

/** booking drafts: kept for a day after the last answer */
export const bookingDrafts = new DraftStore<BookingAnswers>('event-booking', 24);

interface BookingState {
  event: repo.EventWithCounts;
  draft: Draft<BookingAnswers>;
  answers: BookingAnswers;
  base: string;
  /** the organiser's own questions, if any */
  def?: Definition;
}

/** Easy Read when the person switched to it, or asked for Easy Read materials */
export const variantOf = (a: BookingAnswers): Variant => a.variant ?? (a.accessNeeds?.includes('easy-read') ? 'easy-read' : 'standard');
const extra = (s: BookingState) => s.answers.questions ?? {};
const pagesOf = (s: BookingState) => questionPages(s.def, extra(s));

/** the fixed questions: one page each */
const QUESTIONS: { slug: string; spec: FormSpec; title: string; done: (a: BookingAnswers) => boolean }[] = [
  { slug: 'name', spec: forms.nameStep, title: 'What is your name?', done: (a) => Boolean(a.name) },
  { slug: 'email', spec: forms.emailStep, title: 'What is your email address?', done: (a) => Boolean(a.email) },
  { slug: 'identify', spec: forms.identifyStep, title: 'How do you identify?', done: (a) => Boolean(a.identities?.length) },
  { slug: 'organisation', spec: forms.organisationStep, title: 'Are you coming on behalf of an organisation?', done: (a) => a.organisation !== undefined },
  { slug: 'access', spec: forms.accessStep, title: 'Do you have any access needs?', done: (a) => a.accessNeeds !== undefined },
];

export const bookingJourney = defineJourney<BookingState>({
  steps: (state) => [
    ...QUESTIONS.map((q) => ({ slug: q.slug, done: (s: BookingState) => q.done(s.answers) })),
    ...pagesOf(state).map((section) => ({ slug: `questions/${section.id}`, done: (s: BookingState) => readPage(section, extra(s), extra(s)).ok })),
  ],
});

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function checkRows(s: BookingState) {
  const a = s.answers;
  const change = (slug: string, hiddenText: string) => ({ href: bookingJourney.changeUrl(s.base, slug), hiddenText });
  const needs = (a.accessNeeds ?? []).map(present.needText);
  const needsHtml = needs.length
    ? [escapeHtml(needs.join('; ')), ...(a.dietary ? [`Dietary: ${escapeHtml(a.dietary)}`] : []), ...(a.accessOther ? [`Something else: ${escapeHtml(a.accessOther)}`] : [])].join('<br>')
    : '';
  return summaryRows([
    { key: 'Name', value: a.name, change: change('name', 'name') },
    { key: 'Email address', value: a.email, change: change('email', 'email address') },
    { key: 'How you identify', value: (a.identities ?? []).map((i) => vocab.textOf(forms.IDENTITY_OPTIONS, i)).join('; '), change: change('identify', 'how you identify') },
    { key: 'Organisation', value: a.organisation, empty: 'Coming for yourself', change: change('organisation', 'organisation') },
    { key: 'Access needs', html: needsHtml, empty: 'None', change: change('access', 'access needs') },
    ...pagesOf(s).flatMap((section) =>
      visibleQuestions(section, extra(s)).map((q) => {
        const question = pick(q.label, variantOf(a));
        return { key: question, value: describeAnswer(q, extra(s), variantOf(a)), empty: 'Not answered', change: change(`questions/${section.id}`, question) };
      }),
    ),
  ]);
}

export async function bookingRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const publicEvent = async (req: FastifyRequest, id: string) => {
    const e = await repo.findEvent(ctx.db, id);
    if (!e || (e.status === 'draft' && !can(req, 'event.manage'))) throw new NotFoundError();
    return e;
  };

  // ---- start: a draft, pre-filled from the account of a signed-in person
  app.post<{ Params: { id: string } }>('/events/:id/book', async (req, reply) => {
    authorize(req, 'event.book');
    await enforce(ctx.db, req, LIMITS.startBooking);
    const event = await publicEvent(req, req.params.id);
    if (bookingClosedReason(event)) return reply.redirect(`/events/${event.id}`, 303);
    const answers: BookingAnswers = {};
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
    // a signed-in person's booking (pre-filled from their account) can only be continued by them
    const draftId = await bookingDrafts.create(ctx.db, event.id, req.user?.userId ?? null, { ...answers });
    return reply.redirect(`/events/${event.id}/book/${draftId}/name`, 303);
  });

  type Req = FastifyRequest<{ Params: { id: string; draft: string } }>;
  const loadBooking = async (req: FastifyRequest) => {
    authorize(req, 'event.book');
    const params = (req as Req).params;
    const event = await publicEvent(req, params.id);
    const draft = await bookingDrafts.find(ctx.db, event.id, params.draft, req.user?.userId);
    if (!draft) throw new NotFoundError();
    return { event, draft, answers: draft.answers, base: `/events/${event.id}/book/${draft.id}`, def: await bookingQuestionsOf(ctx.db, event) };
  };
  /** pages of a booking not yet made (a finished booking goes to its confirmation) */
  const open = createLoader<BookingState>(async (req) => {
    const s = await loadBooking(req);
    return s.draft.resultId ? redirectTo(`${s.base}/done`) : s;
  });
  const finished = createLoader<BookingState>(loadBooking);

  // ---- one question per page
  for (const q of QUESTIONS) {
    const render = (reply: FastifyReply, s: BookingState, change: boolean, data: Record<string, unknown>) => {
      const backLinkHref = bookingJourney.backUrl(s, q.slug, { base: s.base, start: `/events/${s.event.id}`, change });
      return renderForm(reply, V(`book/${q.slug}`), { pageTitle: q.title, event: s.event, change, backLinkHref, ...helpers, ...data });
    };
    app.get(`/events/:id/book/:draft/${q.slug}`, { preHandler: open.preHandler }, async (req, reply) => {
      const s = open.of(req);
      return render(reply, s, isChanging(req), { values: s.answers });
    });
    app.post(`/events/:id/book/:draft/${q.slug}`, { preHandler: open.preHandler }, async (req, reply) => {
      const s = open.of(req);
      const change = isChanging(req);
      const form = validateForm(req.body, q.spec);
      const errors: Record<string, string> = { ...(form.errors as Record<string, string>) };
      if (q.slug === 'access') {
        const v = form.values as unknown as { accessNeeds: string[]; dietary: string; accessOther: string };
        if (v.accessNeeds.includes('dietary') && !v.dietary && !errors.dietary) errors.dietary = 'Enter your dietary needs';
        if (v.accessNeeds.includes('other') && !v.accessOther && !errors.accessOther) errors.accessOther = 'Enter what you need';
      }
      const errorList = Object.entries(errors).map(([k, text]) => ({ text, href: `#${k}` }));
      if (errorList.length) return render(reply, s, change, { values: form.values, errors, errorList });
      const values = { ...form.values } as BookingAnswers;
      if (q.slug === 'access') {
        if (!values.accessNeeds?.includes('dietary')) values.dietary = '';
        if (!values.accessNeeds?.includes('other')) values.accessOther = '';
      }
      await bookingDrafts.save(ctx.db, s.draft.id, values);
      const after = { ...s, answers: { ...s.answers, ...values } };
      return reply.redirect(bookingJourney.nextUrl(after, q.slug, { base: s.base, change }), 303);
    });
  }

  // ---- the organiser's own questions: one page each, standard or Easy Read
  const questionPage = (reply: FastifyReply, req: FastifyRequest, s: BookingState, section: Section, answers: Answers, errors: Record<string, string> = {}, errorList: { text: string; href: string }[] = []) => {
    const step = `questions/${section.id}`;
    const variant = variantOf(s.answers);
    const change = isChanging(req);
    const qs = visibleQuestions(section, answers);
    return reply.code(errorList.length ? 400 : 200).view(V('book/questions'), {
      event: s.event,
      html: renderSection(section, answers, { variant, answers, errors, caption: `Book a place: ${s.event.title}` }),
      easyRead: variant === 'easy-read',
      errorList,
      pageTitle: pick(qs.length === 1 ? qs[0]!.label : section.title, variant),
      action: bookingJourney.url(s.base, step, change),
      backLinkHref: bookingJourney.backUrl(s, step, { base: s.base, start: `/events/${s.event.id}`, change }),
    });
  };
  const sectionOf = (s: BookingState, id: string) => {
    const section = pagesOf(s).find((p) => p.id === id);
    if (!section) throw new NotFoundError();
    return section;
  };
  app.get<{ Params: { section: string } }>('/events/:id/book/:draft/questions/:section', { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    return questionPage(reply, req, s, sectionOf(s, req.params.section), extra(s));
  });
  app.post<{ Params: { section: string } }>('/events/:id/book/:draft/questions/:section', { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    const section = sectionOf(s, req.params.section);
    const variant = variantOf(s.answers);
    const page = readPage(section, req.body, extra(s), variant);
    const merged = storable({ ...extra(s), ...page.answers });
    if ((req.body as Record<string, unknown>)?.action === 'switch-variant') {
      // switching keeps what was typed on this page, without checking it yet
      await bookingDrafts.save(ctx.db, s.draft.id, { questions: merged, variant: variant === 'easy-read' ? 'standard' : 'easy-read' });
      return reply.redirect(bookingJourney.url(s.base, `questions/${section.id}`, isChanging(req)), 303);
    }
    if (!page.ok) return questionPage(reply, req, s, section, merged, page.errors, page.errorList);
    const questions = s.def ? pruneHidden(s.def, merged) : merged;
    await bookingDrafts.save(ctx.db, s.draft.id, { questions });
    const after = { ...s, answers: { ...s.answers, questions } };
    return reply.redirect(bookingJourney.nextUrl(after, `questions/${section.id}`, { base: s.base, change: isChanging(req) }), 303);
  });

  // ---- check your answers and book
  const checkPage = (reply: FastifyReply, s: BookingState, errorList: { text: string; href: string }[] = []) =>
    reply.code(errorList.length ? 400 : 200).view(V('book/check'), {
      event: s.event, rows: checkRows(s), full: present.isFull(s.event), errorList, backLinkHref: bookingJourney.backUrl(s, 'check', { base: s.base, start: `/events/${s.event.id}` }), ...helpers,
    });
  app.get('/events/:id/book/:draft/check', { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    const missing = bookingJourney.firstUnfinished(s);
    if (missing) return reply.redirect(bookingJourney.url(s.base, missing), 303);
    return checkPage(reply, s);
  });
  app.post('/events/:id/book/:draft/check', { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    const missing = bookingJourney.firstUnfinished(s);
    if (missing) return reply.redirect(bookingJourney.url(s.base, missing), 303);
    const a = s.answers;
    const outcome = await bookPlace(ctx.db, ctx.secret, {
      eventId: s.event.id,
      userId: s.draft.userId,
      name: a.name!,
      email: a.email!,
      identities: a.identities ?? [],
      organisation: a.organisation ?? '',
      accessNeeds: a.accessNeeds ?? [],
      dietary: a.dietary ?? '',
      accessOther: a.accessOther ?? '',
      answers: s.def ? pruneHidden(s.def, extra(s)) : {},
    });
    if (!outcome.ok) {
      if (outcome.reason === 'already-booked') {
        const text = 'There is already a booking for this event with this email address. Check your email for your confirmation, or use a different email address';
        return checkPage(reply, s, [{ text, href: bookingJourney.changeUrl(s.base, 'email') }]);
      }
      return reply.redirect(`/events/${s.event.id}`, 303);
    }
    await bookingDrafts.complete(ctx.db, s.draft.id, outcome.booking.id);
    await sendBookingEmails(ctx, outcome.event, outcome.booking);
    req.log.info({ eventId: s.event.id, bookingStatus: outcome.booking.status }, 'event booked');
    return reply.redirect(`${s.base}/done`, 303);
  });

  // ---- confirmation
  app.get('/events/:id/book/:draft/done', { preHandler: finished.preHandler }, async (req, reply) => {
    const s = finished.of(req);
    const booking = s.draft.resultId ? await repo.findBooking(ctx.db, s.draft.resultId) : undefined;
    if (!booking) return reply.redirect(`${s.base}/check`, 303);
    return reply.view(V('book/done'), { event: s.event, booking, ...helpers });
  });
}
