// Public pages of a consultation: the document's contents, each section on its own page with its Easy Read text,
// what changed since the version before and why, and its comments; and the published response. Commenting is in
// comment-routes.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { paginate, requestedPage } from '../../platform/http/pagination.ts';
import { pictureSrc, pictureFromChoice, pictureChoices, type PictureChoice } from '../../capabilities/questionnaires/index.ts';
import { commenterHash, countComments, getComment, listComments } from '../../capabilities/comments/index.ts';
import { getProgramme } from '../programmes/api.ts';
import * as repo from './repository.ts';
import { isOpen, previousPublished, requireConsultation, versionAsked, type Loaded } from './document.ts';
import { renderMarkdown, paragraphsOf } from './document/markdown.ts';
import { renderDiff } from './document/diff.ts';
import { SECTION_COMMENTS } from './comment-target.ts';
import { DECISIONS } from './vocabulary.ts';
import { commentRoutes } from './comment-routes.ts';
import { responseRoutes } from './response-routes.ts';

export const VIEW = (name: string) => `consultations/views/${name}.njk`;

export type Format = 'standard' | 'easy-read';
export const formatAsked = (q: unknown): Format => (q === 'easy-read' ? 'easy-read' : 'standard');

/** the address of a page of the consultation, keeping the version and the format asked for */
export function pageUrl(path: string, o: { version?: number | null; format?: Format }): string {
  const q = new URLSearchParams();
  if (o.version) q.set('version', String(o.version));
  if (o.format === 'easy-read') q.set('format', 'easy-read');
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** the Easy Read picture of a section text, ready for an <img> */
function easyReadPicture(choices: PictureChoice[], t: repo.SectionTextRow) {
  if (!t.easy_read_picture) return null;
  const picture = pictureFromChoice(choices, t.easy_read_picture, t.easy_read_picture_alt);
  return picture ? { src: pictureSrc(picture), alt: picture.alt } : null;
}

/** everything a section page shows, for the version asked for */
export async function sectionView(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, loaded: Loaded, sectionId: string, q: { version?: string; format?: string; page?: string }) {
  const staff = can(req, 'consultation.manage');
  const version = versionAsked(loaded, q.version, staff);
  if (!version) throw new NotFoundError();
  const texts = await repo.sectionTexts(ctx.db, version.id);
  const index = texts.findIndex((t) => t.section_id === sectionId);
  if (index < 0) throw new NotFoundError();
  const text = texts[index]!;
  const format = formatAsked(q.format);
  const c = loaded.consultation;
  const base = `/consultations/${c.id}`;
  const before = previousPublished(loaded, version);
  const beforeText = before ? (await repo.sectionTexts(ctx.db, before.id)).find((t) => t.section_id === sectionId) : undefined;
  const changes = before ? (beforeText ? renderDiff(beforeText.body, text.body) : { html: '', added: 0, removed: 0, changed: true, isNew: true }) : null;
  const headingChanged = Boolean(beforeText && beforeText.heading !== text.heading);
  const decisions = (await repo.listDecisions(ctx.db, c.id)).filter((d) => d.section_id === sectionId && d.version_id === version.id);
  const viewer = { userId: req.user?.userId, browserHash: commenterHash(req, reply, { create: false }) };
  const comments = await listComments(ctx.db, { resourceType: SECTION_COMMENTS, resourceId: sectionId, page: requestedPage(q), perPage: 20, viewer });
  const all = (await countComments(ctx.db, { resourceType: SECTION_COMMENTS, resourceIds: [sectionId] })).overall.total;
  const commentable = isOpen(loaded) && version.id === loaded.current?.id;
  const link = (t: repo.SectionTextRow | undefined) => (t ? { href: pageUrl(`${base}/sections/${t.section_id}`, { version: q.version ? version.number : null, format }), heading: t.heading } : null);
  return {
    ...loaded,
    version,
    text,
    index,
    count: texts.length,
    format,
    easyRead: format === 'easy-read',
    bodyHtml: renderMarkdown(text.body, { headingOffset: 0 }),
    picture: text.easy_read_picture ? easyReadPicture(await pictureChoices(ctx.db), text) : null,
    paragraphs: paragraphsOf(text.body),
    before,
    beforeHeading: beforeText?.heading,
    headingChanged,
    changes,
    decisions: await decisionViews(ctx, decisions),
    comments,
    replyCount: Math.max(0, all - comments.total),
    commentable,
    signInNeeded: commentable && c.sign_in === 'required' && !req.user,
    base,
    here: `${base}/sections/${sectionId}`,
    previous: link(texts[index - 1]),
    next: link(texts[index + 1]),
    switchHref: pageUrl(`${base}/sections/${sectionId}`, { version: q.version ? version.number : null, format: format === 'easy-read' ? 'standard' : 'easy-read' }),
    commentPages: paginate({ query: q, total: comments.total, path: `${base}/sections/${sectionId}`, params: { version: q.version ? version.number : null, format: format === 'easy-read' ? format : null }, perPage: 20 }),
    DECISIONS,
  };
}

/** decision records with the comments behind them (published ones only, as the public sees them) */
export async function decisionViews(ctx: AppContext, decisions: repo.DecisionRow[]) {
  const out = [];
  for (const d of decisions) {
    const linked = (await Promise.all(d.comment_ids.map((id) => getComment(ctx.db, id)))).filter((c) => c?.status === 'published');
    out.push({ ...d, decisionText: DECISIONS.find((x) => x.value === d.decision)?.text ?? d.decision, comments: linked, commentCount: linked.length });
  }
  return out;
}

export async function consultationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/consultations', async (_req, reply) => reply.redirect('/have-your-say?kind=consultation', 302));

  app.get<{ Params: { id: string }; Querystring: { version?: string; format?: string } }>('/consultations/:id', async (req, reply) => {
    authorize(req, 'consultation.view');
    const staff = can(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id, !staff);
    const version = versionAsked(loaded, req.query.version, staff);
    if (!version) throw new NotFoundError();
    const format = formatAsked(req.query.format);
    const c = loaded.consultation;
    const base = `/consultations/${c.id}`;
    const texts = await repo.sectionTexts(ctx.db, version.id);
    const { byResource, overall } = await countComments(ctx.db, { scopeId: c.id, resourceType: SECTION_COMMENTS });
    const before = previousPublished(loaded, version);
    const beforeIds = before ? new Set((await repo.sectionTexts(ctx.db, before.id)).map((t) => t.section_id)) : null;
    const decisions = (await repo.listDecisions(ctx.db, c.id)).filter((d) => d.version_id === version.id);
    // the picture library is read once for the page, not once a section
    const pictures = format === 'easy-read' && texts.some((t) => t.easy_read_picture) ? await pictureChoices(ctx.db) : [];
    const sections = await Promise.all(
      texts.map(async (t) => ({
        ...t,
        href: pageUrl(`${base}/sections/${t.section_id}`, { version: req.query.version ? version.number : null, format }),
        comments: byResource.get(t.section_id)?.total ?? 0,
        isNew: beforeIds ? !beforeIds.has(t.section_id) : false,
        changed: decisions.some((d) => d.section_id === t.section_id && d.decision !== 'not-changed'),
        picture: format === 'easy-read' ? easyReadPicture(pictures, t) : null,
      })),
    );
    const programme = c.programme_id ? await getProgramme(ctx.db, c.programme_id) : undefined;
    return reply.view(VIEW('consultation'), {
      ...loaded,
      version,
      sections,
      format,
      easyRead: format === 'easy-read',
      counts: overall,
      programme,
      base,
      before,
      versionLinks: loaded.published.map((v) => ({ ...v, href: pageUrl(base, { version: v.number, format }), shown: v.id === version.id })),
      switchHref: pageUrl(base, { version: req.query.version ? version.number : null, format: format === 'easy-read' ? 'standard' : 'easy-read' }),
      backLinkHref: programme ? `/programmes/${programme.id}` : '/have-your-say',
    });
  });

  app.get<{ Params: { id: string; sectionId: string }; Querystring: { version?: string; format?: string; page?: string } }>('/consultations/:id/sections/:sectionId', async (req, reply) => {
    authorize(req, 'consultation.view');
    const loaded = await requireConsultation(ctx.db, req.params.id, !can(req, 'consultation.manage'));
    const view = await sectionView(ctx, req, reply, loaded, req.params.sectionId, req.query);
    return reply.view(VIEW('section'), { ...view, values: { body: '', quote: '', paragraph: '' }, backLinkHref: pageUrl(view.base, { version: req.query.version ? view.version.number : null, format: view.format }) });
  });

  await commentRoutes(app, ctx);
  await responseRoutes(app, ctx);
}
