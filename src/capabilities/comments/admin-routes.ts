// The moderation queue (/admin/comments): held and reported comments, most reports first, then the longest
// waiting; and a page for each (/admin/comments/:id) to publish, keep held or hide it with a reason. Every
// decision is written to the audit log with the change (moderateComment).
import type { FastifyInstance } from 'fastify';
import { authorize } from '../../platform/http/guards.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { paginate, requestedPage } from '../../platform/http/pagination.ts';
import { validateForm } from '../../platform/forms/index.ts';
import { sendExport } from '../../platform/exports/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import type { AppContext } from '../../platform/module.ts';
import { moderateForm } from './forms.ts';
import { commentExportColumns } from './exports.ts';
import { commentsForExport, getComment, moderateComment, moderationQueue, openFlags, type CommentView } from './repository.ts';
import { describeResources } from './registry.ts';
import { resourceOf } from './routes.ts';
import { view } from './views.ts';
import { COMMENT_STATUSES, MODERATION_ACTIONS, valuesOf, type CommentStatus } from './vocabulary.ts';

const QUEUE_PER_PAGE = 20;
const statusText = Object.fromEntries(COMMENT_STATUSES.map((s) => [s.value, s.text]));
const FLASH = { publish: 'The comment is published', hold: 'The comment is held for review', hide: 'The comment is hidden' } as const;

/** "5 minutes", "3 hours", "2 days" */
export function waitingFor(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  const plural = (n: number, one: string) => `${n.toLocaleString('en-GB')} ${one}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return minutes < 1 ? 'Less than a minute' : plural(minutes, 'minute');
  if (minutes < 48 * 60) return plural(Math.floor(minutes / 60), 'hour');
  return plural(Math.floor(minutes / 1440), 'day');
}

export async function commentAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/comments', async (req, reply) => {
    authorize(req, 'comment.moderate');
    const queue = await moderationQueue(ctx.db, requestedPage(req.query as Record<string, unknown>), QUEUE_PER_PAGE);
    const pages = paginate({ query: { page: String(queue.page) }, total: queue.total, path: '/admin/comments', perPage: QUEUE_PER_PAGE });
    const now = new Date();
    const items = queue.items.map((c) => ({ ...c, waitingFor: waitingFor(c.waitingSince, now) }));
    const resources = await describeResources(ctx, items);
    return view(reply, 'admin/queue', { items, pages, resources, statusText, flash: await takeFlash(ctx.db, req), backLinkHref: '/admin' });
  });

  // every comment on every resource (or those in one state), for facilitators; owner modules offer their own downloads
  app.get<{ Querystring: { format?: string; status?: string } }>('/comments/export', async (req, reply) => {
    authorize(req, 'comment.export');
    const format = req.query.format === 'xlsx' ? 'xlsx' : 'csv';
    const status = valuesOf(COMMENT_STATUSES).includes(req.query.status ?? '') ? (req.query.status as CommentStatus) : undefined;
    return sendExport(req, reply, ctx.db, {
      what: 'comment.all-comments',
      subject: { type: 'comments' },
      format,
      fileName: status ?? 'all',
      fileSuffix: 'comments',
      columns: commentExportColumns(),
      rows: commentsForExport(ctx.db, { status }),
      sheetName: 'Comments',
      details: status ? { status } : {},
    });
  });

  const moderatePage = async (comment: CommentView, form: object) => ({
    comment,
    resource: await resourceOf(ctx, comment),
    flags: await openFlags(ctx.db, comment.id),
    statusText,
    MODERATION_ACTIONS,
    backLinkHref: '/admin/comments',
    ...form,
  });
  const load = async (id: string) => {
    const comment = await getComment(ctx.db, id);
    if (!comment || comment.status === 'withdrawn') throw new NotFoundError();
    return comment;
  };
  app.get<{ Params: { id: string } }>('/comments/:id', async (req, reply) => {
    authorize(req, 'comment.moderate');
    const comment = await load(req.params.id);
    return view(reply, 'admin/moderate', await moderatePage(comment, { values: { action: '', reason: comment.hiddenReason ?? '' } }));
  });
  app.post<{ Params: { id: string } }>('/comments/:id', async (req, reply) => {
    authorize(req, 'comment.moderate');
    const comment = await load(req.params.id);
    const form = validateForm(req.body, moderateForm);
    if (!form.ok) return view(reply, 'admin/moderate', await moderatePage(comment, form));
    const action = form.values.action as keyof typeof FLASH;
    await moderateComment(ctx.db, comment.id, { action, reason: form.values.reason, actorId: req.user!.userId });
    await setFlash(ctx.db, req, FLASH[action]);
    return reply.redirect('/admin/comments', 303);
  });
}
