// Starting a comment on a section (or a reply to a comment): the comment and the passage it is about are typed on
// the section page (or the reply page); the rest of the journey is in comment-step-routes.ts. Stored by the
// comments capability.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { renderForm, validateForm, type FormPage } from '../../platform/forms/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { commentForm, getComment } from '../../capabilities/comments/index.ts';
import * as repo from './repository.ts';
import { SECTION_COMMENTS } from './comment-target.ts';
import { VIEW, formatAsked, pageUrl, sectionView, type Format } from './routes.ts';
import { commentDrafts, openForComments, readComment } from './comment-journey.ts';
import { commentStepRoutes } from './comment-step-routes.ts';

export { commentDrafts };

export async function commentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const openFor = (req: FastifyRequest, id: string) => openForComments(ctx, req, id);
  const page = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, VIEW(template), data);

  app.post<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId/comment', async (req, reply) => {
    const loaded = await openFor(req, req.params.id);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const format = formatAsked(body.format);
    const keep = { body: typeof body.body === 'string' ? body.body : '', quote: typeof body.quote === 'string' ? body.quote : '', paragraph: typeof body.paragraph === 'string' ? body.paragraph : '' };
    if (body.action === 'switch-format') {
      // the other format of the same page, with what was typed still in the form
      const other = await sectionView(ctx, req, reply, loaded, req.params.sectionId, { format: format === 'easy-read' ? 'standard' : 'easy-read' });
      return reply.view(VIEW('section'), { ...other, values: keep, backLinkHref: pageUrl(other.base, { format: other.format }) });
    }
    // only the section's text is needed to check the comment; the whole page is built only to show an error
    const text = (await repo.sectionTexts(ctx.db, loaded.current!.id)).find((t) => t.section_id === req.params.sectionId);
    if (!text) throw new NotFoundError();
    const form = readComment(body, text);
    if (!form.ok) {
      const view = await sectionView(ctx, req, reply, loaded, req.params.sectionId, { format });
      return page(reply, 'section', { ...view, ...form, values: { ...form.values, paragraph: form.paragraph }, backLinkHref: pageUrl(view.base, { format: view.format }) });
    }
    const draft = await commentDrafts.create(ctx.db, loaded.consultation.id, req.user?.userId ?? null, {
      sectionId: text.section_id, versionId: loaded.current!.id, format, body: form.values.body, quote: form.values.quote,
    });
    return reply.redirect(`/consultations/${loaded.consultation.id}/comment/${draft}/about-you`, 303);
  });

  // a reply: one level deep, to a published top-level comment of the section
  const replyTarget = async (req: FastifyRequest, id: string, sectionId: string, commentId: string) => {
    const loaded = await openFor(req, id);
    const parent = await getComment(ctx.db, commentId);
    if (!parent || parent.status !== 'published' || parent.parentId || parent.resourceType !== SECTION_COMMENTS || parent.resourceId !== sectionId) throw new NotFoundError();
    const section = (await repo.sectionTexts(ctx.db, loaded.current!.id)).find((t) => t.section_id === sectionId);
    if (!section) throw new NotFoundError();
    return { loaded, parent, section };
  };
  type ReplyParams = { Params: { id: string; sectionId: string; commentId: string }; Querystring: { format?: string } };
  app.get<ReplyParams>('/consultations/:id/sections/:sectionId/reply/:commentId', async (req, reply) => {
    const t = await replyTarget(req, req.params.id, req.params.sectionId, req.params.commentId);
    const format = formatAsked(req.query.format);
    return page(reply, 'reply', { values: { body: '' }, ...t, consultation: t.loaded.consultation, easyRead: format === 'easy-read', format, backLinkHref: pageUrl(`/consultations/${t.loaded.consultation.id}/sections/${t.section.section_id}`, { format }) });
  });
  app.post<ReplyParams>('/consultations/:id/sections/:sectionId/reply/:commentId', async (req, reply) => {
    const t = await replyTarget(req, req.params.id, req.params.sectionId, req.params.commentId);
    const body = (req.body ?? {}) as Record<string, unknown>;
    let format = formatAsked(body.format);
    const back = (f: Format) => pageUrl(`/consultations/${t.loaded.consultation.id}/sections/${t.section.section_id}`, { format: f });
    if (body.action === 'switch-format') {
      format = format === 'easy-read' ? 'standard' : 'easy-read';
      return page(reply, 'reply', { values: { body: typeof body.body === 'string' ? body.body : '' }, ...t, consultation: t.loaded.consultation, easyRead: format === 'easy-read', format, backLinkHref: back(format) });
    }
    const form = validateForm({ body: body.body }, commentForm);
    if (!form.ok) return page(reply, 'reply', { ...form, ...t, consultation: t.loaded.consultation, easyRead: format === 'easy-read', format, backLinkHref: back(format) });
    const draft = await commentDrafts.create(ctx.db, t.loaded.consultation.id, req.user?.userId ?? null, {
      sectionId: t.section.section_id, versionId: t.loaded.current!.id, parentId: t.parent.id, format, body: form.values.body, quote: '',
    });
    return reply.redirect(`/consultations/${t.loaded.consultation.id}/comment/${draft}/about-you`, 303);
  });


  await commentStepRoutes(app, ctx);
}
