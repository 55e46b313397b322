// The pages the capability serves itself: report a comment (/comments/:id/flag), change it within the time allowed
// (/comments/:id/edit) and withdraw it (/comments/:id/withdraw). The author is the signed-in person who wrote it,
// or, for a person who was not signed in, the browser holding the commenter cookie it was written from.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../platform/http/guards.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors/index.ts';
import { validateForm, withErrors } from '../../platform/forms/index.ts';
import { enforce } from '../../platform/security/rate-limit.ts';
import type { AppContext } from '../../platform/module.ts';
import { commenterHash, commenterKey, FLAG_RATE_LIMIT } from './commenter.ts';
import { editForm, flagForm, MAX_COMMENT_LENGTH } from './forms.ts';
import { CommentError, EDIT_WINDOW_MINUTES, editComment, flagComment, getComment, withdrawComment, type CommentView, type Viewer } from './repository.ts';
import { describeResources, type Described } from './registry.ts';
import { view } from './views.ts';
import { FLAG_REASONS } from './vocabulary.ts';

type Params = { Params: { id: string } };

export function viewerOf(req: FastifyRequest, reply: FastifyReply): Viewer {
  return { userId: req.user?.userId, browserHash: commenterHash(req, reply, { create: false }) };
}

export async function resourceOf(ctx: AppContext, c: Pick<CommentView, 'resourceType' | 'resourceId'>): Promise<Described> {
  return (await describeResources(ctx, [c]).then((m) => m.get(`${c.resourceType}:${c.resourceId}`)))!;
}

export async function commentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // ---- report a comment
  const published = async (id: string) => {
    const comment = await getComment(ctx.db, id);
    if (!comment || comment.status !== 'published') throw new NotFoundError();
    return comment;
  };
  const flagPage = async (reply: FastifyReply, comment: CommentView, form: object) => {
    const resource = await resourceOf(ctx, comment);
    return view(reply, 'flag', { comment, resource, FLAG_REASONS, backLinkHref: resource.href ?? '/', ...form });
  };
  app.get<Params>('/comments/:id/flag', async (req, reply) => {
    authorize(req, 'comment.flag');
    return flagPage(reply, await published(req.params.id), { values: { reason: '', details: '' } });
  });
  app.post<Params>('/comments/:id/flag', async (req, reply) => {
    authorize(req, 'comment.flag');
    const comment = await published(req.params.id);
    await enforce(ctx.db, req, FLAG_RATE_LIMIT, commenterKey(req, reply));
    const form = validateForm(req.body, flagForm);
    if (!form.ok) return flagPage(reply, comment, form);
    await flagComment(ctx.db, comment.id, { reason: form.values.reason, details: form.values.details, userId: req.user?.userId ?? null });
    return reply.redirect(`/comments/${comment.id}/flagged`, 303);
  });
  app.get<Params>('/comments/:id/flagged', async (req, reply) => {
    const comment = await getComment(ctx.db, req.params.id);
    if (!comment) throw new NotFoundError();
    return view(reply, 'flagged', { resource: await resourceOf(ctx, comment) });
  });

  // ---- the author's own comment
  const own = async (req: FastifyRequest<Params>, reply: FastifyReply) => {
    const comment = await getComment(ctx.db, req.params.id, viewerOf(req, reply));
    if (!comment || comment.status === 'withdrawn') throw new NotFoundError();
    if (!comment.mine) throw new ForbiddenError('comment.change-own');
    return { comment, resource: await resourceOf(ctx, comment) };
  };
  const tooLate = (reply: FastifyReply, loaded: { comment: CommentView; resource: Described }, status = 200) =>
    view(reply.code(status), 'too-late', { ...loaded, EDIT_WINDOW_MINUTES, withdrawable: true, backLinkHref: loaded.resource.href ?? undefined });
  const editPage = (reply: FastifyReply, loaded: { comment: CommentView; resource: Described }, form: object) =>
    view(reply, 'edit', {
      ...loaded,
      ...form,
      MAX_COMMENT_LENGTH,
      editableUntil: new Date(loaded.comment.createdAt.getTime() + EDIT_WINDOW_MINUTES * 60_000),
      backLinkHref: loaded.resource.href ?? undefined,
    });

  app.get<Params>('/comments/:id/edit', async (req, reply) => {
    const loaded = await own(req, reply);
    if (!loaded.comment.changeable) return tooLate(reply, loaded);
    return editPage(reply, loaded, { values: { body: loaded.comment.body } });
  });
  app.post<Params>('/comments/:id/edit', async (req, reply) => {
    const loaded = await own(req, reply);
    const checked = validateForm(req.body, editForm);
    if (!checked.ok) return editPage(reply, loaded, checked);
    let result: Awaited<ReturnType<typeof editComment>>;
    try {
      result = await editComment(ctx.db, loaded.comment.id, viewerOf(req, reply), checked.values.body);
    } catch (err) {
      if (err instanceof CommentError) return editPage(reply, loaded, withErrors(editForm, checked, { body: err.message }));
      throw err;
    }
    if (result === 'too-late') return tooLate(reply, loaded, 403);
    if (result === 'not-found') throw new NotFoundError();
    if (result === 'not-yours') throw new ForbiddenError('comment.change-own');
    return reply.redirect(`/comments/${loaded.comment.id}/changed`, 303);
  });
  app.get<Params>('/comments/:id/changed', async (req, reply) => view(reply, 'changed', await own(req, reply)));

  app.get<Params>('/comments/:id/withdraw', async (req, reply) => {
    const loaded = await own(req, reply);
    return view(reply, 'withdraw', { ...loaded, backLinkHref: loaded.resource.href ?? undefined });
  });
  app.post<Params>('/comments/:id/withdraw', async (req, reply) => {
    const loaded = await own(req, reply);
    const result = await withdrawComment(ctx.db, loaded.comment.id, viewerOf(req, reply));
    if (result !== 'withdrawn') throw new NotFoundError();
    return reply.redirect(`/comments/${loaded.comment.id}/withdrawn`, 303);
  });
  app.get<Params>('/comments/:id/withdrawn', async (req, reply) => {
    const comment = await getComment(ctx.db, req.params.id, viewerOf(req, reply));
    if (!comment || comment.status !== 'withdrawn' || !comment.mine) throw new NotFoundError();
    return view(reply, 'withdrawn', { resource: await resourceOf(ctx, comment) });
  });
}
