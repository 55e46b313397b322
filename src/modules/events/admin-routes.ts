// Admin pages for events (/admin/events): create, change, publish, cancel; bookings with an access needs summary;
// the register and headcount; closing with a report and verbatim notes; CSV exports.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { sendExport } from '../../platform/exports/index.ts';
import { validateForm, emptyValues, renderForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { paginate } from '../../platform/http/pagination.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { getProgramme, listPhases, listProgrammes, listWorkgroups } from '../programmes/api.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import * as present from './presenters.ts';
import { readEventForm, valuesFromEvent, type Choices } from './event-form.ts';
import { fillFreedPlacesAndTell } from './commands/cancel-booking.ts';
import { BOOKING_COLUMNS, EVENT_COLUMNS, eventsForExport } from './queries/exports.ts';
import { answerColumns, answerLines, bookingQuestionsOf, questionsOf } from './booking-questions.ts';
import { sendEventChanged } from './commands/notify.ts';
import { isUuid } from '../../platform/http/ids.ts';

const V = (name: string) => `events/views/admin/${name}.njk`;
const helpers = { ...vocab, ...present };

async function choices(ctx: AppContext): Promise<Choices> {
  const programmes = await listProgrammes(ctx.db);
  const phases: Choices['phases'] = [];
  const workgroups: Choices['workgroups'] = [];
  for (const p of programmes) {
    for (const ph of await listPhases(ctx.db, p.id)) phases.push({ value: ph.id, text: `${p.title}: ${ph.name}`, programmeId: p.id });
    for (const w of await listWorkgroups(ctx.db, p.id)) workgroups.push({ value: w.id, text: `${p.title}: ${w.name}`, programmeId: p.id });
  }
  return { programmes: programmes.map((p) => ({ value: p.id, text: p.title })), phases, workgroups };
}

export async function eventAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const load = async (req: FastifyRequest<{ Params: { id: string } }>) => {
    authorize(req, 'event.manage');
    const e = await repo.findEvent(ctx.db, req.params.id);
    if (!e) throw new NotFoundError();
    return e;
  };
  const showForm = async (reply: FastifyReply, data: FormPage) => renderForm(reply, V('event-form'), { choices: await choices(ctx), ...helpers, ...data });

  app.get<{ Querystring: { programme?: string; page?: string } }>('/events', async (req, reply) => {
    authorize(req, 'event.manage');
    const programme = typeof req.query.programme === 'string' ? await getProgramme(ctx.db, req.query.programme) : undefined;
    const filters = { programmeId: programme?.id };
    const now = new Date();
    const pages = paginate({ query: req.query, total: await repo.countEvents(ctx.db, filters, now), path: '/admin/events', params: { programme: programme?.id } });
    const events = await repo.listEvents(ctx.db, filters, now, pages);
    return reply.view(V('events'), { events, pages, programme, programmes: await listProgrammes(ctx.db), backLinkHref: '/admin', ...helpers });
  });

  // ---- every event as CSV, or every event in one programme with ?programme= (columns in queries/exports.ts)
  app.get<{ Querystring: { programme?: string } }>('/events/export.csv', async (req, reply) => {
    authorize(req, 'event.manage');
    const asked = typeof req.query.programme === 'string' && req.query.programme !== '' ? req.query.programme : undefined;
    const programme = asked === undefined ? undefined : await getProgramme(ctx.db, asked);
    if (asked !== undefined && !programme) throw new NotFoundError();
    const titles = new Map((await listProgrammes(ctx.db)).map((p) => [p.id, p.title]));
    return sendExport(req, reply, ctx.db, {
      what: programme ? 'event.programme-events' : 'event.all-events',
      subject: programme ? { type: 'programme', id: programme.id } : { type: 'events' },
      format: 'csv',
      fileName: programme?.title ?? 'all',
      fileSuffix: 'events',
      columns: EVENT_COLUMNS,
      rows: eventsForExport(ctx.db, titles, programme?.id),
    });
  });

  app.get<{ Querystring: { programme?: string } }>('/events/new', async (req, reply) => {
    authorize(req, 'event.manage');
    const programmeId = typeof req.query.programme === 'string' && isUuid(req.query.programme) ? req.query.programme : '';
    const values = { ...emptyValues(forms.eventForm({ programmes: [], phases: [], workgroups: [] })), programmeId, bookingRequired: 'yes' };
    return showForm(reply, { values, backLinkHref: '/admin/events' });
  });
  app.post('/events/new', async (req, reply) => {
    authorize(req, 'event.manage');
    const form = readEventForm(req.body, await choices(ctx));
    if (!form.input) return showForm(reply, { ...form, backLinkHref: '/admin/events' });
    const input = form.input;
    const id = await ctx.db.transaction(async (tx) => {
      const id = await repo.insertEvent(tx, input, 'draft', req.user!.userId);
      await audit(tx, { actorId: req.user!.userId, action: 'event.created', subjectType: 'event', subjectId: id });
      return id;
    });
    return reply.redirect(`/admin/events/${id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/events/:id', async (req, reply) => {
    const event = await load(req);
    const [bookings, needs, organisations, questions] = await Promise.all([repo.bookingsForEvent(ctx.db, event.id), repo.accessNeedsCounts(ctx.db, event.id), repo.attendingOrganisations(ctx.db, event.id), bookingQuestionsOf(ctx.db, event)]);
    return reply.view(V('event'), {
      event, bookings, organisations, hasQuestions: questionsOf(questions).length > 0, answersOf: (b: repo.BookingRow) => answerLines(questions, b.answers), needsLine: present.needsSummary(needs), statusLine: present.eventStatusLine(event),
      canExport: ctx.policies.can(req.actor, 'booking.export'), flash: await takeFlash(ctx.db, req), backLinkHref: '/admin/events', ...helpers,
    });
  });

  app.get<{ Params: { id: string } }>('/events/:id/edit', async (req, reply) => {
    const event = await load(req);
    return showForm(reply, { values: valuesFromEvent(event), event, backLinkHref: `/admin/events/${event.id}` });
  });
  app.post<{ Params: { id: string } }>('/events/:id/edit', async (req, reply) => {
    const event = await load(req);
    const form = readEventForm(req.body, await choices(ctx));
    if (!form.input) return showForm(reply, { ...form, event, backLinkHref: `/admin/events/${event.id}` });
    await repo.updateEvent(ctx.db, event.id, form.input);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'event.changed', subjectType: 'event', subjectId: event.id });
    await fillFreedPlacesAndTell(ctx, event.id);
    const changed = ['starts_at', 'ends_at', 'venue_name', 'venue_address', 'online_link', 'format'] as const;
    const fresh = (await repo.findEvent(ctx.db, event.id))!;
    if (event.status === 'published' && changed.some((k) => String(event[k]) !== String(fresh[k]))) await sendEventChanged(ctx, fresh, 'changed');
    return reply.redirect(`/admin/events/${event.id}`, 303);
  });

  app.post<{ Params: { id: string } }>('/events/:id/publish', async (req, reply) => {
    const event = await load(req);
    if (event.status === 'draft') {
      await repo.setEventStatus(ctx.db, event.id, 'published');
      await audit(ctx.db, { actorId: req.user!.userId, action: 'event.published', subjectType: 'event', subjectId: event.id });
    }
    return reply.redirect(`/admin/events/${event.id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/events/:id/cancel', async (req, reply) => {
    const event = await load(req);
    return reply.view(V('cancel-event'), { event, backLinkHref: `/admin/events/${event.id}`, ...helpers });
  });
  app.post<{ Params: { id: string } }>('/events/:id/cancel', async (req, reply) => {
    const event = await load(req);
    if (event.status === 'published' || event.status === 'draft') {
      await repo.setEventStatus(ctx.db, event.id, 'cancelled');
      await audit(ctx.db, { actorId: req.user!.userId, action: 'event.cancelled', subjectType: 'event', subjectId: event.id });
      if (event.status === 'published') await sendEventChanged(ctx, (await repo.findEvent(ctx.db, event.id))!, 'cancelled');
    }
    return reply.redirect(`/admin/events/${event.id}`, 303);
  });

  // ---- attendance register: only once the event has started (and never for a cancelled one)
  const registerClosed = (event: repo.EventRow, now = new Date()) => (event.status === 'cancelled' ? 'cancelled' : event.starts_at.getTime() > now.getTime() ? 'not-started' : undefined);
  app.get<{ Params: { id: string } }>('/events/:id/register', async (req, reply) => {
    const event = await load(req);
    const bookings = await repo.bookingsForEvent(ctx.db, event.id, ['booked']);
    return reply.view(V('register'), { event, bookings, closed: registerClosed(event), backLinkHref: `/admin/events/${event.id}`, ...helpers });
  });
  app.post<{ Params: { id: string } }>('/events/:id/register', async (req, reply) => {
    const event = await load(req);
    const bookings = await repo.bookingsForEvent(ctx.db, event.id, ['booked']);
    const closed = registerClosed(event);
    if (closed) return reply.code(409).view(V('register'), { event, bookings, closed, backLinkHref: `/admin/events/${event.id}`, ...helpers });
    const form = validateForm(req.body, { attended: { kind: 'choices', label: 'Attended', options: bookings.map((b) => b.id) } });
    if (!form.ok) return renderForm(reply, V('register'), { event, bookings, ...form, backLinkHref: `/admin/events/${event.id}`, ...helpers });
    await ctx.db.transaction(async (tx) => {
      await repo.saveRegister(tx, event.id, form.values.attended);
      await audit(tx, { actorId: req.user!.userId, action: 'event.attendance-recorded', subjectType: 'event', subjectId: event.id });
    });
    const came = form.values.attended.length;
    await setFlash(ctx.db, req, `Attendance saved: ${came} of ${bookings.length} ${bookings.length === 1 ? 'person' : 'people'} booked came`);
    return reply.redirect(`/admin/events/${event.id}`, 303);
  });

  // ---- closing: headcount, organisations, report, verbatim notes
  app.get<{ Params: { id: string } }>('/events/:id/close', async (req, reply) => {
    const event = await load(req);
    const [organisations, attended] = await Promise.all([repo.attendingOrganisations(ctx.db, event.id), repo.attendedCount(ctx.db, event.id)]);
    const values = {
      headcount: event.headcount === null ? '' : String(event.headcount),
      organisations: organisations.join('\n'),
      report: event.report,
      verbatimNotes: event.verbatim_notes,
      publishNotes: event.status === 'closed' ? (event.notes_published ? 'yes' : 'no') : '',
    };
    return renderForm(reply, V('close'), { event, values, attended, backLinkHref: `/admin/events/${event.id}`, ...helpers });
  });
  app.post<{ Params: { id: string } }>('/events/:id/close', async (req, reply) => {
    const event = await load(req);
    const unpublished = event.status === 'draft' || event.status === 'cancelled';
    const form = withErrors(forms.closeForm, validateForm(req.body, forms.closeForm), { report: unpublished ? 'You can only close an event that was published' : undefined });
    const attended = await repo.attendedCount(ctx.db, event.id);
    if (!form.ok) return renderForm(reply, V('close'), { event, ...form, attended, backLinkHref: `/admin/events/${event.id}`, ...helpers });
    const organisations = [...new Set(form.values.organisations.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))].slice(0, 200);
    await ctx.db.transaction(async (tx) => {
      await repo.saveOrganisations(tx, event.id, organisations);
      await repo.saveClosing(tx, event.id, {
        headcount: form.values.headcount ? Number(form.values.headcount) : null,
        report: form.values.report,
        verbatimNotes: form.values.verbatimNotes,
        notesPublished: form.values.publishNotes === 'yes',
      });
      await audit(tx, { actorId: req.user!.userId, action: 'event.closed', subjectType: 'event', subjectId: event.id });
    });
    return reply.redirect(`/admin/events/${event.id}`, 303);
  });

  // ---- bookings CSV, with access needs: facilitators and admins only (columns in queries/exports.ts)
  app.get<{ Params: { id: string } }>('/events/:id/bookings.csv', async (req, reply) => {
    const event = await load(req);
    authorize(req, 'booking.export');
    return sendExport(req, reply, ctx.db, {
      what: 'event.bookings',
      subject: { type: 'event', id: event.id },
      format: 'csv',
      fileName: event.title,
      fileSuffix: 'bookings',
      columns: [...BOOKING_COLUMNS, ...answerColumns(await bookingQuestionsOf(ctx.db, event))],
      rows: await repo.bookingsForEvent(ctx.db, event.id, ['booked', 'waiting', 'cancelled']),
    });
  });
}
