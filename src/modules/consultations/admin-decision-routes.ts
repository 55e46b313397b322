// Decision records and the published response: for each change (or each theme that led to no change), what was
// decided and why, linked to the comments behind it; then the response page is published and the consultation is
// concluded.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues, renderForm, validateForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { paginate, requestedPage } from '../../platform/http/pagination.ts';
import { searchComments } from '../../capabilities/comments/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { requireConsultation, type Loaded } from './document.ts';
import { ADMIN_VIEW } from './admin-routes.ts';
import { DECISIONS } from './vocabulary.ts';
import { SECTION_COMMENTS } from './comment-target.ts';

/** every section of the consultation (in any version), with its newest heading, in the newest version's order */
export async function allSections(ctx: AppContext, loaded: Loaded): Promise<{ id: string; heading: string }[]> {
  const out = new Map<string, string>();
  for (const v of [...loaded.versions].reverse()) for (const t of await repo.sectionTexts(ctx.db, v.id)) if (!out.has(t.section_id)) out.set(t.section_id, t.heading);
  return [...out].map(([id, heading]) => ({ id, heading }));
}

export async function adminDecisionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const show = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, ADMIN_VIEW(template), { DECISIONS, ...data });

  const choices = async (loaded: Loaded) => ({ sections: await allSections(ctx, loaded), versionChoices: loaded.versions.filter((v) => v.number > 1) });
  const readDecision = async (loaded: Loaded, body: unknown) => {
    const c = await choices(loaded);
    const read = validateForm(body, forms.decisionForm);
    const form = withErrors(forms.decisionForm, read, {
      section: read.values.section && !c.sections.some((s) => s.id === read.values.section) ? 'Select a section from the list' : undefined,
      version: read.values.version && !c.versionChoices.some((v) => v.id === read.values.version) ? 'Select a version from the list' : undefined,
    });
    const v = form.values;
    const input: repo.DecisionInput = { sectionId: v.section, versionId: v.version, theme: v.theme, decision: v.decision as repo.DecisionInput['decision'], reason: v.reason };
    return { ...form, input, ...c };
  };

  app.get<{ Params: { id: string } }>('/consultations/:id/decisions', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const [sections, decisions] = await Promise.all([allSections(ctx, loaded), repo.listDecisions(ctx.db, loaded.consultation.id)]);
    const bySection = sections.map((s) => ({ ...s, decisions: decisions.filter((d) => d.section_id === s.id) }));
    const versionLabel = Object.fromEntries(loaded.versions.map((v) => [v.id, v.label]));
    return reply.view(ADMIN_VIEW('decisions'), { ...loaded, bySection, versionLabel, DECISIONS, flash: await takeFlash(ctx.db, req), backLinkHref: `/admin/consultations/${loaded.consultation.id}` });
  });

  app.get<{ Params: { id: string }; Querystring: { section?: string } }>('/consultations/:id/decisions/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const c = await choices(loaded);
    const version = loaded.working && loaded.working.number > 1 ? loaded.working : loaded.current && loaded.current.number > 1 ? loaded.current : undefined;
    const values = { ...emptyValues(forms.decisionForm), section: c.sections.some((s) => s.id === req.query.section) ? req.query.section! : '', version: version?.id ?? '' };
    return show(reply, 'decision-form', { values, ...loaded, ...c, backLinkHref: `/admin/consultations/${loaded.consultation.id}/decisions` });
  });
  app.post<{ Params: { id: string } }>('/consultations/:id/decisions/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const form = await readDecision(loaded, req.body);
    if (!form.ok) return show(reply, 'decision-form', { ...form, ...loaded, backLinkHref: `/admin/consultations/${loaded.consultation.id}/decisions` });
    const id = await ctx.db.transaction(async (tx) => {
      const id = await repo.insertDecision(tx, loaded.consultation.id, form.input, req.user!.userId);
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.decision-added', subjectType: 'consultation', subjectId: loaded.consultation.id, details: { decisionId: id } });
      return id;
    });
    return reply.redirect(`/admin/consultations/${loaded.consultation.id}/decisions/${id}/comments`, 303);
  });

  const decisionOf = async (id: string, decisionId: string) => {
    const loaded = await requireConsultation(ctx.db, id);
    const decision = await repo.findDecision(ctx.db, loaded.consultation.id, decisionId);
    if (!decision) throw new NotFoundError();
    return { loaded, decision };
  };

  app.get<{ Params: { id: string; decisionId: string } }>('/consultations/:id/decisions/:decisionId', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { loaded, decision: d } = await decisionOf(req.params.id, req.params.decisionId);
    const values = { section: d.section_id, version: d.version_id, theme: d.theme, decision: d.decision, reason: d.reason };
    return show(reply, 'decision-form', { values, decision: d, ...loaded, ...(await choices(loaded)), backLinkHref: `/admin/consultations/${loaded.consultation.id}/decisions` });
  });
  app.post<{ Params: { id: string; decisionId: string } }>('/consultations/:id/decisions/:decisionId', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { loaded, decision: d } = await decisionOf(req.params.id, req.params.decisionId);
    const form = await readDecision(loaded, req.body);
    if (!form.ok) return show(reply, 'decision-form', { ...form, decision: d, ...loaded, backLinkHref: `/admin/consultations/${loaded.consultation.id}/decisions` });
    await repo.updateDecision(ctx.db, d.id, form.input);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.decision-changed', subjectType: 'consultation', subjectId: loaded.consultation.id, details: { decisionId: d.id } });
    await setFlash(ctx.db, req, 'Decision saved');
    return reply.redirect(`/admin/consultations/${loaded.consultation.id}/decisions`, 303);
  });

  // the comments behind a decision: the section's comments, searchable, with a tick for each one linked
  app.get<{ Params: { id: string; decisionId: string }; Querystring: { page?: string; search?: string } }>('/consultations/:id/decisions/:decisionId/comments', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { loaded, decision } = await decisionOf(req.params.id, req.params.decisionId);
    const search = typeof req.query.search === 'string' ? req.query.search.slice(0, 200) : '';
    const result = await searchComments(ctx.db, { scopeId: loaded.consultation.id, resourceType: SECTION_COMMENTS, resourceIds: [decision.section_id], search: search || undefined }, requestedPage(req.query), 25);
    const section = (await allSections(ctx, loaded)).find((s) => s.id === decision.section_id);
    const pages = paginate({ query: req.query, total: result.total, perPage: 25, path: `/admin/consultations/${loaded.consultation.id}/decisions/${decision.id}/comments`, params: { search } });
    return reply.view(ADMIN_VIEW('decision-comments'), {
      ...loaded, decision, section, result, pages, search, linked: decision.comment_ids, DECISIONS, flash: await takeFlash(ctx.db, req),
      backLinkHref: `/admin/consultations/${loaded.consultation.id}/decisions`,
    });
  });
  app.post<{ Params: { id: string; decisionId: string } }>('/consultations/:id/decisions/:decisionId/comments', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { loaded, decision } = await decisionOf(req.params.id, req.params.decisionId);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
    const shown = list(body.shown);
    const ticked = new Set(list(body.comments));
    // only comments on this section can be linked
    const onSection = (await searchComments(ctx.db, { scopeId: loaded.consultation.id, resourceType: SECTION_COMMENTS, resourceIds: [decision.section_id] }, 1, 100_000)).items.map((c) => c.id);
    const allowed = new Set(onSection);
    await ctx.db.transaction(async (tx) => {
      await repo.linkComments(tx, decision.id, shown.filter((id) => ticked.has(id) && allowed.has(id)));
      await repo.unlinkComments(tx, decision.id, shown.filter((id) => !ticked.has(id)));
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.decision-comments', subjectType: 'consultation', subjectId: loaded.consultation.id, details: { decisionId: decision.id } });
    });
    await setFlash(ctx.db, req, 'Linked comments saved');
    const back = typeof body.back === 'string' && body.back.startsWith('?') ? body.back : '';
    return reply.redirect(`/admin/consultations/${loaded.consultation.id}/decisions/${decision.id}/comments${back}`, 303);
  });

  app.get<{ Params: { id: string; decisionId: string } }>('/consultations/:id/decisions/:decisionId/remove', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { loaded, decision } = await decisionOf(req.params.id, req.params.decisionId);
    return show(reply, 'decision-remove', { values: { confirm: [] }, ...loaded, decision, backLinkHref: `/admin/consultations/${loaded.consultation.id}/decisions` });
  });
  app.post<{ Params: { id: string; decisionId: string } }>('/consultations/:id/decisions/:decisionId/remove', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { loaded, decision } = await decisionOf(req.params.id, req.params.decisionId);
    const form = validateForm(req.body, forms.confirmForm);
    if (!form.ok) return show(reply, 'decision-remove', { ...form, ...loaded, decision, backLinkHref: `/admin/consultations/${loaded.consultation.id}/decisions` });
    await repo.deleteDecision(ctx.db, decision.id);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.decision-removed', subjectType: 'consultation', subjectId: loaded.consultation.id, details: { decisionId: decision.id } });
    await setFlash(ctx.db, req, 'Decision removed');
    return reply.redirect(`/admin/consultations/${loaded.consultation.id}/decisions`, 303);
  });

  // ---- the response: "What we heard and what we changed"
  app.get<{ Params: { id: string } }>('/consultations/:id/response', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const c = loaded.consultation;
    return show(reply, 'response-form', { values: { intro: c.response_intro, nextSteps: c.response_next_steps }, ...loaded, backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string } }>('/consultations/:id/response', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const c = loaded.consultation;
    const publish = (req.body as Record<string, unknown> | undefined)?.action === 'publish';
    const read = validateForm(req.body, forms.responseForm);
    const notYet = publish && (loaded.state.status !== 'closed' || loaded.state.moreToCome) ? 'You can publish the response once the consultation has closed and no wave is still to come' : undefined;
    const form = withErrors(forms.responseForm, read, { intro: notYet });
    if (!form.ok) return show(reply, 'response-form', { ...form, ...loaded, backLinkHref: `/admin/consultations/${c.id}` });
    await ctx.db.transaction(async (tx) => {
      await repo.setResponse(tx, c.id, { intro: form.values.intro, nextSteps: form.values.nextSteps });
      if (publish) await repo.publishResponse(tx, c.id);
      await audit(tx, { actorId: req.user!.userId, action: publish ? 'consultation.response-published' : 'consultation.response-saved', subjectType: 'consultation', subjectId: c.id });
    });
    await setFlash(ctx.db, req, publish ? 'The response is published and the consultation is concluded' : 'Response saved. It is not published yet');
    return reply.redirect(`/admin/consultations/${c.id}`, 303);
  });
}
