// Admin pages for consultations (/admin/consultations): the list, a consultation's overview, its details and its
// waves. Versions and sections are in admin-document-routes.ts, decisions and the response in
// admin-decision-routes.ts, comments in admin-comment-routes.ts.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues, partsOf, renderForm, validateForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { takeFlash } from '../../platform/auth/session.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { programmeAndPhaseChoices, programmeChoiceOf, splitProgrammeChoice } from '../programmes/api.ts';
import { countComments } from '../../capabilities/comments/index.ts';
import { nhsDate } from '../../ui/filters/dates.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { requireConsultation } from './document.ts';
import { weeksLeftToRespond, RESPONSE_WEEKS } from './status.ts';
import { AUDIENCES, MODERATION, SIGN_IN } from './vocabulary.ts';
import { adminDocumentRoutes } from './admin-document-routes.ts';
import { adminDecisionRoutes } from './admin-decision-routes.ts';
import { adminCommentRoutes } from './admin-comment-routes.ts';
import { adminQuestionRoutes } from './admin-question-routes.ts';

export const ADMIN_VIEW = (name: string) => `consultations/views/admin/${name}.njk`;
const vocab = { AUDIENCES, MODERATION, SIGN_IN };

/** a wave's dates, which must not overlap another wave */
function readWave(body: unknown, others: repo.WaveRow[]) {
  const read = validateForm(body, forms.waveForm);
  const { opens, closes } = read.dates;
  const overlap = read.ok && others.find((w) => w.opens_on <= closes! && opens! <= w.closes_on);
  const form = overlap ? withErrors(forms.waveForm, read, { opens: `The dates overlap wave ${overlap.number}, which runs from ${nhsDate(overlap.opens_on)} to ${nhsDate(overlap.closes_on)}` }) : read;
  return { ...form, dates: form.ok ? { opensOn: opens!, closesOn: closes! } : undefined };
}

export async function consultationAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const show = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, ADMIN_VIEW(template), { ...vocab, ...data });

  /** "Programme" or "Programme – phase" for each programme choice value */
  const programmeNames = async () => Object.fromEntries((await programmeAndPhaseChoices(ctx.db)).map((c) => [c.value, c.text]));
  const readDetails = async (body: unknown) => {
    const choices = await programmeAndPhaseChoices(ctx.db);
    const read = validateForm(body, forms.consultationForm);
    const form = withErrors(forms.consultationForm, read, {
      programme: read.values.programme && !read.errors.programme && !choices.some((c) => c.value === read.values.programme) ? 'Select a programme from the list' : undefined,
    });
    const v = form.values;
    const input: repo.ConsultationInput = {
      title: v.title, summary: v.summary, easyReadSummary: v.easyReadSummary, audience: v.audience, audiences: v.audiences,
      ...splitProgrammeChoice(v.programme), signIn: v.signIn as repo.ConsultationInput['signIn'], moderation: v.moderation as repo.ConsultationInput['moderation'],
    };
    return { ...form, input, choices };
  };

  app.get('/consultations', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const list = await repo.listConsultations(ctx.db);
    const loaded = await Promise.all(list.map((c) => requireConsultation(ctx.db, c.id)));
    return reply.view(ADMIN_VIEW('consultations'), { consultations: loaded, programmeNames: await programmeNames(), backLinkHref: '/admin' });
  });

  app.get('/consultations/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const values = { ...emptyValues(forms.consultationForm), signIn: 'optional', moderation: 'post' };
    return show(reply, 'consultation-form', { values, choices: await programmeAndPhaseChoices(ctx.db), backLinkHref: '/admin/consultations' });
  });
  app.post('/consultations/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const form = await readDetails(req.body);
    if (!form.ok) return show(reply, 'consultation-form', { ...form, backLinkHref: '/admin/consultations' });
    const id = await ctx.db.transaction(async (tx) => {
      const id = await repo.insertConsultation(tx, form.input, req.user!.userId);
      await repo.insertVersion(tx, id, 'Draft 1');
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.created', subjectType: 'consultation', subjectId: id });
      return id;
    });
    return reply.redirect(`/admin/consultations/${id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/consultations/:id', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const { overall } = await countComments(ctx.db, { scopeId: loaded.consultation.id, status: ['published', 'held'] });
    const held = (await countComments(ctx.db, { scopeId: loaded.consultation.id, status: ['held'] })).overall.total;
    const working = loaded.working ? await repo.sectionTexts(ctx.db, loaded.working.id) : [];
    const respond =
      loaded.state.lastClosesOn && !loaded.consultation.response_published_at && loaded.state.status === 'closed' ? { weeks: weeksLeftToRespond(loaded.state.lastClosesOn), of: RESPONSE_WEEKS } : null;
    return reply.view(ADMIN_VIEW('consultation'), {
      ...loaded, counts: overall, held, working: loaded.working, workingSections: working, respond, programmeNames: await programmeNames(), flash: await takeFlash(ctx.db, req), ...vocab, backLinkHref: '/admin/consultations',
    });
  });

  app.get<{ Params: { id: string } }>('/consultations/:id/edit', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c } = await requireConsultation(ctx.db, req.params.id);
    const values = {
      title: c.title, summary: c.summary, easyReadSummary: c.easy_read_summary, audience: c.audience, audiences: c.audiences,
      programme: programmeChoiceOf(c.programme_id, c.phase_id), signIn: c.sign_in, moderation: c.moderation,
    };
    return show(reply, 'consultation-form', { values, consultation: c, choices: await programmeAndPhaseChoices(ctx.db), backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string } }>('/consultations/:id/edit', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c } = await requireConsultation(ctx.db, req.params.id);
    const form = await readDetails(req.body);
    if (!form.ok) return show(reply, 'consultation-form', { ...form, consultation: c, backLinkHref: `/admin/consultations/${c.id}` });
    await repo.updateConsultation(ctx.db, c.id, form.input);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.changed', subjectType: 'consultation', subjectId: c.id });
    return reply.redirect(`/admin/consultations/${c.id}`, 303);
  });

  // ---- waves: when people can comment
  app.get<{ Params: { id: string } }>('/consultations/:id/waves/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, waves } = await requireConsultation(ctx.db, req.params.id);
    return show(reply, 'wave-form', { values: emptyValues(forms.waveForm), consultation: c, number: waves.length + 1, backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string } }>('/consultations/:id/waves/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, waves } = await requireConsultation(ctx.db, req.params.id);
    const form = readWave(req.body, waves);
    if (!form.dates) return show(reply, 'wave-form', { ...form, consultation: c, number: waves.length + 1, backLinkHref: `/admin/consultations/${c.id}` });
    await repo.addWave(ctx.db, c.id, form.dates);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.wave-added', subjectType: 'consultation', subjectId: c.id });
    return reply.redirect(`/admin/consultations/${c.id}`, 303);
  });
  app.get<{ Params: { id: string; waveId: string } }>('/consultations/:id/waves/:waveId', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, waves } = await requireConsultation(ctx.db, req.params.id);
    const wave = waves.find((w) => w.id === req.params.waveId);
    if (!wave) throw new NotFoundError();
    return show(reply, 'wave-form', { values: { opens: partsOf(wave.opens_on), closes: partsOf(wave.closes_on) }, consultation: c, wave, number: wave.number, backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string; waveId: string } }>('/consultations/:id/waves/:waveId', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, waves } = await requireConsultation(ctx.db, req.params.id);
    const wave = waves.find((w) => w.id === req.params.waveId);
    if (!wave) throw new NotFoundError();
    const form = readWave(req.body, waves.filter((w) => w.id !== wave.id));
    if (!form.dates) return show(reply, 'wave-form', { ...form, consultation: c, wave, number: wave.number, backLinkHref: `/admin/consultations/${c.id}` });
    await repo.updateWave(ctx.db, c.id, wave.id, form.dates);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.wave-changed', subjectType: 'consultation', subjectId: c.id });
    return reply.redirect(`/admin/consultations/${c.id}`, 303);
  });

  await adminDocumentRoutes(app, ctx);
  await adminDecisionRoutes(app, ctx);
  await adminCommentRoutes(app, ctx);
  await adminQuestionRoutes(app, ctx);
}
