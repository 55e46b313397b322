// The facilitator's comment pages for a consultation (/admin/consultations/:id/comments): every comment on its
// sections with filters and pages, the same list as CSV or XLSX, and entering a comment received by letter, by email
// or at an event. Comments are stored and moderated by the comments capability (moderation is its own page,
// /admin/comments/:commentId).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { renderForm, requiredIf, requiredWhen, rule, validateForm, withErrors, wholeNumber, wholeNumberOf, type FormPage, type FormSpec } from '../../platform/forms/index.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { hrefFor, paginate, requestedPage } from '../../platform/http/pagination.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { sendExport, type Column, type ExportFormat } from '../../platform/exports/index.ts';
import { listAllOrganisations } from '../accounts/api.ts';
import {
  addComment,
  commentExportColumns,
  commentsForExport,
  searchComments,
  CommentError,
  COMMENT_CHANNELS,
  COMMENT_ROLES,
  COMMENT_STATUSES,
  GATHERED_HOW,
  KINDS,
  MAX_COMMENT_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_QUOTE_LENGTH,
  RECEIVED_CHANNELS,
  type StaffComment,
} from '../../capabilities/comments/index.ts';
import { requireConsultation, type Loaded } from './document.ts';
import { londonToday } from './status.ts';
import { textOf, valuesOf } from './vocabulary.ts';
import { ADMIN_VIEW } from './admin-routes.ts';
import {
  commentFilterOf,
  consultationSections,
  excerpt,
  readCommentFilters,
  versionForComment,
  SECTION_RESOURCE,
  STATUS_FILTERS,
  type CommentListFilters,
  type ConsultationSections,
} from './comment-queries.ts';

/** comments on one page of the list */
export const COMMENTS_PER_PAGE = 25;
/** characters of a comment (and of its quote) shown in the list */
const EXCERPT_LENGTH = 300;

const forOrganisation = (message: string, also?: (v: Record<string, unknown>) => boolean) =>
  requiredWhen((v) => v.kind === 'organisation' && (also?.(v) ?? true), message, ['kind']);

/** a comment received by letter, by email or at an event, typed in by a facilitator */
export const entryForm = {
  section: { kind: 'text', label: 'Section', required: 'Select the section the comment is about', maxLength: 36 },
  channel: { kind: 'choice', label: 'How the comment was received', options: valuesOf(RECEIVED_CHANNELS), required: 'Select how the comment was received' },
  received: {
    kind: 'date',
    label: 'Date received',
    required: 'Enter the date the comment was received',
    rules: [rule([], (_v, form) => (form.dates.received && form.dates.received > londonToday() ? 'Date received must be today or in the past' : undefined))],
  },
  role: { kind: 'choice', label: 'How they describe themselves', options: valuesOf(COMMENT_ROLES), required: 'Select how the person describes themselves' },
  showName: { kind: 'choice', label: 'Show a name', options: ['name', 'anonymous'], required: 'Select if a name is shown with the comment or it is anonymous' },
  displayName: { kind: 'text', label: 'The name to show', maxLength: MAX_DISPLAY_NAME_LENGTH, rules: [requiredIf('showName', 'name', 'Enter the name to show with the comment')] },
  kind: { kind: 'choice', label: 'Who the comment is from', options: valuesOf(KINDS), required: 'Select if the comment is from a person or on behalf of an organisation' },
  organisation: { kind: 'text', label: 'Organisation', maxLength: 36, rules: [forOrganisation('Select the organisation the comment is from')] },
  organisationName: {
    kind: 'text',
    label: 'Name of the organisation',
    maxLength: 200,
    rules: [requiredWhen((v) => v.kind === 'organisation' && v.organisation === 'other', 'Enter the name of the organisation', ['kind', 'organisation'])],
  },
  gatheredHow: { kind: 'choice', label: 'How they gathered the views', options: valuesOf(GATHERED_HOW), rules: [forOrganisation('Select how the organisation gathered the views')] },
  gatheredOther: {
    kind: 'text',
    label: 'How they gathered the views',
    maxLength: 300,
    rules: [requiredWhen((v) => v.kind === 'organisation' && v.gatheredHow === 'other', 'Enter how the organisation gathered the views', ['kind', 'gatheredHow'])],
  },
  representsCount: { kind: 'text', label: 'Number of people', maxLength: 9, check: wholeNumber('Number of people', 1, 1_000_000), rules: [forOrganisation('Enter how many people the comment speaks for')] },
  representsWho: { kind: 'text', label: 'Who they are', maxLength: 1000, multiline: true, rules: [forOrganisation('Enter who the people are')] },
  body: { kind: 'text', label: 'Comment', required: 'Enter the comment', maxLength: MAX_COMMENT_LENGTH, multiline: true },
  quote: { kind: 'text', label: 'Quoted passage', maxLength: MAX_QUOTE_LENGTH, multiline: true },
} satisfies FormSpec;

/** the time to store for a comment received on `iso`: now when it is today, midday on that day before */
function receivedAt(iso: string, now = new Date()): Date {
  return iso >= londonToday(now) ? now : new Date(`${iso}T12:00:00Z`);
}

export async function adminCommentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const vocab = { COMMENT_ROLES, COMMENT_CHANNELS, RECEIVED_CHANNELS, COMMENT_STATUSES, GATHERED_HOW, KINDS, STATUS_FILTERS, textOf };
  const listPath = (id: string) => `/admin/consultations/${id}/comments`;

  const load = async (req: FastifyRequest<{ Params: { id: string } }>, ability: string) => {
    authorize(req, ability);
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const sections = await consultationSections(ctx.db, loaded.versions);
    return { loaded, sections };
  };

  /** the filters kept in every link of the list (pages and downloads) */
  const linkParams = (f: CommentListFilters) => ({ section: f.section, role: f.role, channel: f.channel, kind: f.kind, status: f.status, q: f.q });

  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>('/consultations/:id/comments', async (req, reply) => {
    const { loaded, sections } = await load(req, 'consultation.view-comments');
    const c = loaded.consultation;
    const filters = readCommentFilters(req.query, sections);
    const found = await searchComments(ctx.db, commentFilterOf(c.id, filters), requestedPage(req.query), COMMENTS_PER_PAGE);
    const params = linkParams(filters);
    const pages = paginate({ query: req.query, total: found.total, perPage: COMMENTS_PER_PAGE, path: listPath(c.id), params });
    const comments = found.items.map((item) => ({
      ...item,
      sectionHeading: sections.headings.get(item.resourceId) ?? 'A section no longer in any version',
      statusText: textOf(COMMENT_STATUSES, item.status),
      excerpt: excerpt(item.body, EXCERPT_LENGTH),
      quoteExcerpt: excerpt(item.quote, EXCERPT_LENGTH),
    }));
    return reply.view(ADMIN_VIEW('comments'), {
      consultation: c,
      sections: sections.choices,
      filters,
      filtered: Object.values(params).some((v) => v !== undefined),
      comments,
      pages,
      csvHref: hrefFor(`${listPath(c.id)}.csv`, params),
      xlsxHref: hrefFor(`${listPath(c.id)}.xlsx`, params),
      canEnter: can(req, 'consultation.enter-comment'),
      flash: await takeFlash(ctx.db, req),
      backLinkHref: `/admin/consultations/${c.id}`,
      ...vocab,
    });
  });

  for (const format of ['csv', 'xlsx'] as const satisfies readonly ExportFormat[]) {
    app.get<{ Params: { id: string } }>(`/consultations/:id/comments.${format}`, async (req, reply) => {
      const { loaded, sections } = await load(req, 'consultation.view-comments');
      const c = loaded.consultation;
      const filters = readCommentFilters(req.query, sections);
      const columns: Column<StaffComment>[] = [
        { header: 'Section', value: (row) => sections.headings.get(row.resourceId) ?? '', width: 40 },
        ...commentExportColumns(),
      ];
      return sendExport(req, reply, ctx.db, {
        what: 'consultation.comments',
        subject: { type: 'consultation', id: c.id },
        format,
        fileName: c.title,
        fileSuffix: 'comments',
        sheetName: 'Comments',
        columns,
        rows: commentsForExport(ctx.db, commentFilterOf(c.id, filters)),
        // which filters were used, never the words searched for (they can name a person)
        details: { filters: { section: filters.section, role: filters.role, channel: filters.channel, kind: filters.kind, status: filters.status, searched: Boolean(filters.q) } },
      });
    });
  }

  // ---- a comment received by letter, by email or at an event
  const showEntry = async (reply: FastifyReply, loaded: Loaded, sections: ConsultationSections, data: FormPage) =>
    renderForm(reply, ADMIN_VIEW('comment-new'), {
      consultation: loaded.consultation,
      sections: sections.choices,
      organisations: await listAllOrganisations(ctx.db),
      backLinkHref: listPath(loaded.consultation.id),
      ...vocab,
      ...data,
    });

  app.get<{ Params: { id: string } }>('/consultations/:id/comments/new', async (req, reply) => {
    const { loaded, sections } = await load(req, 'consultation.enter-comment');
    const values = { section: '', channel: '', received: { day: '', month: '', year: '' }, role: '', showName: '', displayName: '', kind: 'individual', organisation: '', organisationName: '', gatheredHow: '', gatheredOther: '', representsCount: '', representsWho: '', body: '', quote: '' };
    return showEntry(reply, loaded, sections, { values });
  });

  app.post<{ Params: { id: string } }>('/consultations/:id/comments/new', async (req, reply) => {
    const { loaded, sections } = await load(req, 'consultation.enter-comment');
    const c = loaded.consultation;
    const organisations = await listAllOrganisations(ctx.db);
    const read = validateForm(req.body, entryForm);
    const v = read.values;
    const organisation = organisations.find((o) => o.id === v.organisation);
    let form = withErrors(entryForm, read, {
      section: v.section && !read.errors.section && !sections.headings.has(v.section) ? 'Select a section from the list' : undefined,
      organisation: v.kind === 'organisation' && v.organisation && !read.errors.organisation && v.organisation !== 'other' && !organisation ? 'Select an organisation from the list' : undefined,
    });
    const receivedOn = form.dates.received;
    if (!form.ok || !receivedOn) return showEntry(reply, loaded, sections, { ...form });
    const version = versionForComment(loaded.versions, sections, v.section, receivedOn);
    const onBehalf =
      v.kind === 'organisation'
        ? {
            organisationId: organisation?.id ?? null,
            organisationName: organisation?.name ?? v.organisationName,
            gatheredHow: v.gatheredHow,
            gatheredOther: v.gatheredHow === 'other' ? v.gatheredOther : null,
            representsCount: wholeNumberOf(v.representsCount),
            representsWho: v.representsWho,
          }
        : null;
    try {
      await ctx.db.transaction(async (tx) => {
        const added = await addComment(tx, {
          resourceType: SECTION_RESOURCE,
          resourceId: v.section,
          scopeId: c.id,
          body: v.body,
          quote: v.quote || null,
          tags: version ? { versionId: version.id } : {},
          displayName: v.showName === 'name' ? v.displayName : null,
          anonymous: v.showName !== 'name',
          role: v.role as (typeof COMMENT_ROLES)[number]['value'],
          onBehalf,
          channel: v.channel as (typeof RECEIVED_CHANNELS)[number]['value'],
          enteredBy: req.user!.userId,
          moderation: 'post',
          createdAt: receivedAt(receivedOn),
        });
        await audit(tx, {
          actorId: req.user!.userId,
          action: 'consultation.comment-entered',
          subjectType: 'consultation',
          subjectId: c.id,
          details: { comment: added.id, section: v.section, channel: v.channel },
        });
      });
    } catch (err) {
      // the capability's own checks (the form above asks the same): shown on the form, never an error page
      if (!(err instanceof CommentError)) throw err;
      form = withErrors(entryForm, form, { body: err.message });
      return showEntry(reply, loaded, sections, { ...form });
    }
    await setFlash(ctx.db, req, 'Comment added');
    return reply.redirect(listPath(c.id), 303);
  });
}
