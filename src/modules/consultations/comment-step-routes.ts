// The comment journey's pages after the first: the comment (to change it), the section's questions, about you, the
// organisation (for its representatives), check your answers, done. Each can switch between standard and Easy Read
// without losing what was typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { renderForm, validateForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { can } from '../../platform/http/guards.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { createLoader, isChanging, redirectTo, summaryRows } from '../../platform/journeys/index.ts';
import {
  COMMENT_ROLES, aboutYouForm, addComment, commenterHash, commenterKey, enforceCommentRate, getComment, onBehalfForm, representsCountOf, GATHERED_HOW, type CommentRole,
} from '../../capabilities/comments/index.ts';
import { describeAnswer, pick, readPage, renderSection, storable, type Answers, type Variant } from '../../capabilities/questionnaires/index.ts';
import { organisationNames } from '../accounts/api.ts';
import * as repo from './repository.ts';
import { requireConsultation } from './document.ts';
import { paragraphsOf } from './document/markdown.ts';
import { questionsOf } from './section-questions.ts';
import { SECTION_COMMENTS } from './comment-target.ts';
import { VIEW, formatAsked, pageUrl } from './routes.ts';
import { commentDrafts, forOrganisation, journey, openForComments, readComment, rolesFor, type CommentAnswers, type State } from './comment-journey.ts';

export async function commentStepRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const openFor = (req: FastifyRequest, id: string) => openForComments(ctx, req, id);
  const open = createLoader<State>(async (req) => {
    const { id, draft: draftId } = req.params as { id: string; draft: string };
    const loaded = await openFor(req, id);
    const draft = await commentDrafts.find(ctx.db, loaded.consultation.id, draftId, req.user?.userId);
    if (!draft) throw new NotFoundError();
    const base = `/consultations/${loaded.consultation.id}/comment/${draft.id}`;
    if (draft.resultId) return redirectTo(`${base}/done`);
    const section = (await repo.sectionTexts(ctx.db, loaded.current!.id)).find((t) => t.section_id === draft.answers.sectionId);
    if (!section) throw new NotFoundError();
    const parent = draft.answers.parentId ? await getComment(ctx.db, draft.answers.parentId) : undefined;
    const questions = parent ? undefined : await questionsOf(ctx.db, section);
    return { loaded, draft, answers: draft.answers, base, section, parent, questions };
  });

  const common = (req: FastifyRequest, s: State, slug: string) => {
    const change = isChanging(req);
    const start = pageUrl(`/consultations/${s.loaded.consultation.id}/sections/${s.section.section_id}`, { format: s.answers.format });
    return {
      consultation: s.loaded.consultation, section: s.section, parent: s.parent, answers: s.answers, base: s.base, slug, change,
      easyRead: s.answers.format === 'easy-read', ROLES: rolesFor(req), GATHERED_HOW,
      backLinkHref: journey.backUrl(s, slug, { base: s.base, start, change }),
    };
  };
  const page = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, VIEW(template), data);
  /** "Switch to Easy Read" on a journey page: keep what was typed (unchecked), change the format, show the page again */
  const switched = async (req: FastifyRequest, reply: FastifyReply, s: State, slug: string, fields: readonly string[]) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.action !== 'switch-format') return false;
    const kept = Object.fromEntries(fields.filter((f) => f in body).map((f) => [f, body[f]]));
    await commentDrafts.save(ctx.db, s.draft.id, { ...kept, format: s.answers.format === 'easy-read' ? 'standard' : 'easy-read' });
    await reply.redirect(journey.url(s.base, slug, isChanging(req)), 303);
    return true;
  };


  type DraftParams = { Params: { id: string; draft: string } };
  const routeOf = (slug: string) => `/consultations/:id/comment/:draft/${slug}`;

  // changing the comment from check answers
  app.get<DraftParams>(routeOf('comment'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    return page(reply, 'comment-text', { values: { body: s.answers.body ?? '', quote: s.answers.quote ?? '', paragraph: '' }, ...common(req, s, 'comment'), paragraphs: paragraphsOf(s.section.body) });
  });
  app.post<DraftParams>(routeOf('comment'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    if (await switched(req, reply, s, 'comment', ['body', 'quote'])) return reply;
    const form = readComment(req.body, s.section);
    if (!form.ok) return page(reply, 'comment-text', { ...form, values: { ...form.values, paragraph: form.paragraph }, ...common(req, s, 'comment'), paragraphs: paragraphsOf(s.section.body) });
    const answers = { body: form.values.body, quote: s.parent ? '' : form.values.quote };
    await commentDrafts.save(ctx.db, s.draft.id, answers);
    return reply.redirect(journey.nextUrl({ ...s, answers: { ...s.answers, ...answers } }, 'comment', { base: s.base, change: isChanging(req) }), 303);
  });

  const variantOf = (s: State): Variant => (s.answers.format === 'easy-read' ? 'easy-read' : 'standard');
  const questionsPage = (req: FastifyRequest, reply: FastifyReply, s: State, answers: Answers, errors: FormPage = {}) =>
    page(reply, 'questions', {
      values: {}, ...errors, ...common(req, s, 'questions'),
      questionsHtml: renderSection(s.questions!, answers, { variant: variantOf(s), answers, errors: (errors.errors ?? {}) as Record<string, string>, caption: `${s.loaded.consultation.title} – ${s.section.heading}` }),
    });
  app.get<DraftParams>(routeOf('questions'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    if (!s.questions) return reply.redirect(journey.url(s.base, 'about-you'), 303);
    return questionsPage(req, reply, s, s.answers.questionAnswers ?? {});
  });
  app.post<DraftParams>(routeOf('questions'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    if (!s.questions) return reply.redirect(journey.url(s.base, 'about-you'), 303);
    const read = readPage(s.questions, req.body, {}, variantOf(s));
    if ((req.body as Record<string, unknown> | undefined)?.action === 'switch-format') {
      await commentDrafts.save(ctx.db, s.draft.id, { questionAnswers: read.answers, format: s.answers.format === 'easy-read' ? 'standard' : 'easy-read' });
      return reply.redirect(journey.url(s.base, 'questions', isChanging(req)), 303);
    }
    if (!read.ok) return questionsPage(req, reply.code(400), s, read.answers, { errors: read.errors, errorList: read.errorList });
    await commentDrafts.save(ctx.db, s.draft.id, { questionAnswers: storable(read.answers) });
    return reply.redirect(journey.nextUrl(s, 'questions', { base: s.base, change: isChanging(req) }), 303);
  });

  app.get<DraftParams>(routeOf('about-you'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    const a = s.answers;
    return page(reply, 'about-you', { values: { role: a.role ?? '', showName: a.showName ?? '', displayName: a.displayName ?? req.user?.name ?? '' }, ...common(req, s, 'about-you') });
  });
  app.post<DraftParams>(routeOf('about-you'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    if (await switched(req, reply, s, 'about-you', ['role', 'showName', 'displayName'])) return reply;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const read = validateForm(body, aboutYouForm);
    const roles = rolesFor(req);
    const organisation = read.values.role === 'organisation';
    const errors = {
      role: read.values.role && !roles.some((r) => r.value === read.values.role) ? 'Select how you describe yourself' : undefined,
      // commenting for an organisation shows the organisation's name, so the name question does not apply
      ...(organisation ? { showName: undefined, displayName: undefined } : {}),
    };
    const form = withErrors(aboutYouForm, organisation ? { ...read, errors: { role: read.errors.role } } : read, errors);
    if (!form.ok) return page(reply, 'about-you', { ...form, ...common(req, s, 'about-you') });
    const answers = { role: form.values.role, showName: organisation ? '' : form.values.showName, displayName: form.values.showName === 'name' && !organisation ? form.values.displayName : '' };
    await commentDrafts.save(ctx.db, s.draft.id, answers);
    return reply.redirect(journey.nextUrl({ ...s, answers: { ...s.answers, ...answers } }, 'about-you', { base: s.base, change: isChanging(req) }), 303);
  });

  const organisationsOf = (req: FastifyRequest) => organisationNames(ctx.db, req.actor.organisationIds);
  app.get<DraftParams>(routeOf('organisation'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    if (!journey.includes(s, 'organisation') || !can(req, 'consultation.comment-for-organisation')) return reply.redirect(journey.url(s.base, 'about-you'), 303);
    const a = s.answers;
    const values = { organisation: a.organisation ?? '', gatheredHow: a.gatheredHow ?? '', gatheredOther: a.gatheredOther ?? '', representsCount: a.representsCount ?? '', representsWho: a.representsWho ?? '', consent: a.consent ?? [] };
    return page(reply, 'organisation', { values, organisations: await organisationsOf(req), ...common(req, s, 'organisation') });
  });
  app.post<DraftParams>(routeOf('organisation'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    if (!journey.includes(s, 'organisation') || !can(req, 'consultation.comment-for-organisation')) return reply.redirect(journey.url(s.base, 'about-you'), 303);
    const fields = ['organisation', 'gatheredHow', 'gatheredOther', 'representsCount', 'representsWho', 'consent'] as const;
    if (await switched(req, reply, s, 'organisation', fields)) return reply;
    const organisations = await organisationsOf(req);
    const read = validateForm(req.body, onBehalfForm);
    const form = withErrors(onBehalfForm, read, { organisation: read.values.organisation && !organisations.some((o) => o.id === read.values.organisation) ? 'Select the organisation you are responding for' : undefined });
    if (!form.ok) return page(reply, 'organisation', { ...form, organisations, ...common(req, s, 'organisation') });
    const answers = Object.fromEntries(fields.map((f) => [f, form.values[f]])) as Partial<CommentAnswers>;
    await commentDrafts.save(ctx.db, s.draft.id, answers);
    return reply.redirect(journey.nextUrl({ ...s, answers: { ...s.answers, ...answers } }, 'organisation', { base: s.base, change: isChanging(req) }), 303);
  });

  const checkPage = async (req: FastifyRequest, reply: FastifyReply, s: State, errors?: FormPage) => {
    const a = s.answers;
    const role = COMMENT_ROLES.find((r) => r.value === a.role);
    const organisation = forOrganisation(a) ? (await organisationsOf(req)).find((o) => o.id === a.organisation) : undefined;
    const easyRead = a.format === 'easy-read';
    const change = (slug: string, what: string) => ({ href: journey.changeUrl(s.base, slug), hiddenText: what });
    const rows = summaryRows([
      ...(s.parent ? [{ key: easyRead ? 'You are answering' : 'Replying to', value: `${s.parent.authorName}: ${s.parent.body.slice(0, 200)}` }] : []),
      { key: easyRead ? 'What you said' : 'Your comment', value: a.body ?? '', change: change('comment', 'your comment') },
      ...(s.parent ? [] : [{ key: easyRead ? 'The words you are talking about' : 'The words you are commenting on', value: a.quote ?? '', empty: easyRead ? 'None' : 'None chosen', change: change('comment', 'the words you are commenting on') }]),
      ...(s.questions?.questions ?? []).map((q) => ({ key: pick(q.label, variantOf(s)), value: describeAnswer(q, a.questionAnswers ?? {}, variantOf(s)), empty: easyRead ? 'You did not answer' : 'Not answered', change: change('questions', pick(q.label, 'standard')) })),
      { key: easyRead ? 'About you' : 'How you describe yourself', value: (easyRead ? role?.easyRead : role?.text) ?? '', change: change('about-you', 'how you describe yourself') },
      forOrganisation(a)
        ? { key: 'On behalf of', value: `${organisation?.name ?? ''} (${a.representsCount} people)`, change: change('organisation', 'the organisation') }
        : { key: easyRead ? 'Your name' : 'Name shown with your comment', value: a.showName === 'name' ? (a.displayName ?? '') : 'Anonymous', change: change('about-you', 'the name shown') },
    ]);
    const moderated = s.loaded.consultation.moderation === 'pre';
    return page(reply, 'check', { values: {}, ...errors, rows, moderated, ...common(req, s, journey.check) });
  };

  app.get<DraftParams>(routeOf('check'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    const todo = journey.firstUnfinished(s);
    if (todo) return reply.redirect(journey.url(s.base, todo), 303);
    return checkPage(req, reply, s);
  });
  app.post<DraftParams>(routeOf('check'), { preHandler: open.preHandler }, async (req, reply) => {
    const s = open.of(req);
    if (await switched(req, reply, s, journey.check, [])) return reply;
    const todo = journey.firstUnfinished(s);
    if (todo) return reply.redirect(journey.url(s.base, todo), 303);
    await enforceCommentRate(ctx.db, req, commenterKey(req, reply));
    const a = s.answers;
    const organisation = forOrganisation(a) ? (await organisationsOf(req)).find((o) => o.id === a.organisation) : undefined;
    if (forOrganisation(a) && !organisation) return reply.redirect(journey.url(s.base, 'organisation'), 303);
    const c = s.loaded.consultation;
    await ctx.db.transaction(async (tx) => {
      const made = await addComment(tx, {
        resourceType: SECTION_COMMENTS, resourceId: s.section.section_id, scopeId: c.id, parentId: a.parentId ?? null,
        body: a.body!, quote: a.quote || null, tags: { versionId: a.versionId },
        authorUserId: req.user?.userId ?? null, browserHash: req.user ? null : commenterHash(req, reply, { create: true }),
        displayName: organisation ? organisation.name : a.showName === 'name' ? a.displayName || null : null,
        anonymous: !organisation && a.showName !== 'name', role: a.role as CommentRole,
        onBehalf: organisation
          ? { organisationId: organisation.id, organisationName: organisation.name, gatheredHow: a.gatheredHow!, gatheredOther: a.gatheredOther || null, representsCount: representsCountOf(a.representsCount!), representsWho: a.representsWho! }
          : null,
        channel: 'online', moderation: c.moderation,
      });
      if (s.questions && a.questionAnswers && Object.keys(a.questionAnswers).length) {
        await repo.insertAnswers(tx, { consultationId: c.id, sectionId: s.section.section_id, versionId: s.loaded.current!.id, questionnaireId: s.section.questionnaire_id!, commentId: made.id, answers: a.questionAnswers });
      }
      await commentDrafts.complete(tx, s.draft.id, made.id);
    });
    return reply.redirect(`${s.base}/done${a.format === 'easy-read' ? '?format=easy-read' : ''}`, 303);
  });

  app.get<DraftParams & { Querystring: { format?: string } }>('/consultations/:id/comment/:draft/done', async (req, reply) => {
    const loaded = await requireConsultation(ctx.db, req.params.id, true);
    const draft = await commentDrafts.find(ctx.db, loaded.consultation.id, req.params.draft, req.user?.userId);
    if (!draft?.resultId) throw new NotFoundError();
    const comment = await getComment(ctx.db, draft.resultId);
    if (!comment) throw new NotFoundError();
    const format = formatAsked(req.query.format);
    const section = pageUrl(`/consultations/${loaded.consultation.id}/sections/${comment.resourceId}`, { format });
    return reply.view(VIEW('done'), { consultation: loaded.consultation, comment, held: comment.status === 'held', easyRead: format === 'easy-read', sectionHref: section, contentsHref: pageUrl(`/consultations/${loaded.consultation.id}`, { format }) });
  });
}
