// The review of themes (/admin/insight/review): staff confirm or correct the themes the engine gave an item, one item
// at a time, lowest confidence first. Each review is stored with who and when (insight_reviews) and the audit log;
// "Skip" moves on without storing anything, and "Undo" takes back the last review you made so the item comes back.
// Everything works without JavaScript; chorus.js adds number keys for the themes, Enter to confirm and u to undo.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize } from '../../platform/http/guards.ts';
import { hrefFor } from '../../platform/http/pagination.ts';
import { isUuid } from '../../platform/http/ids.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { renderForm, validateForm, withErrors, type ErrorItem } from '../../platform/forms/index.ts';
import { KINDS, textOf } from '../../platform/vocabulary.ts';
import { V7_FRAMEWORK } from '../../insight/index.ts';
import { listProgrammes } from '../programmes/api.ts';
import { KNOWN_THEMES, confidenceText, roleText, sourceText, themeText } from './workspace-routes.ts';
import * as q from './queries/review.ts';

const V = (name: string) => `insight/views/${name}.njk`;
export const REVIEW_PATH = '/admin/insight/review';

/** the framework's theme names, in the framework's order: the only themes a review may choose */
export const FRAMEWORK_THEMES: readonly string[] = V7_FRAMEWORK.map((l) => l.name);
/** the choice that says none of the framework's themes applies (stored as no themes) */
export const NO_THEME = 'No theme applies';
/** how many themes get a number key */
export const NUMBERED = 9;

const spec = {
  themes: {
    kind: 'choices',
    label: 'Themes',
    options: [...FRAMEWORK_THEMES, NO_THEME],
    exclusive: NO_THEME,
    required: `Select the themes this item is about, or select "${NO_THEME}"`,
  },
} as const;

/** the review page with these filters and extra values (after, item) */
export const reviewHref = (f: q.ReviewFilters, extra: Record<string, string | undefined> = {}) => hrefFor(REVIEW_PATH, { ...q.reviewFilterParams(f), ...extra });

export interface ThemeChoice {
  value: string;
  /** "1. Staff manner & personal attributes" for the first nine, else the theme */
  text: string;
  /** 1 to 9, or undefined */
  key?: number;
  /** the engine's confidence when it gave this theme */
  confidence?: string;
  checked: boolean;
}

/**
 * The checkboxes for an item: the engine's themes first (most confident first), then the rest of the framework in
 * its order; the first nine are numbered. `chosen` is what is ticked (the engine's themes when first shown).
 */
export function themeChoices(item: Pick<q.ReviewItem, 'themes'>, chosen: readonly string[]): ThemeChoice[] {
  const engine = item.themes.filter((t) => FRAMEWORK_THEMES.includes(t.theme));
  const scoreOf = new Map(engine.map((t) => [t.theme, t.score]));
  const order = [...engine.map((t) => t.theme), ...FRAMEWORK_THEMES.filter((name) => !scoreOf.has(name))];
  return order.map((name, i) => {
    const key = i < NUMBERED ? i + 1 : undefined;
    const score = scoreOf.get(name);
    return { value: name, text: key ? `${key}. ${name}` : name, key, confidence: score === undefined ? undefined : confidenceText(score), checked: chosen.includes(name) };
  });
}

interface PageData {
  item?: q.ReviewItem;
  chosen?: string[];
  errors?: Record<string, string | undefined>;
  errorList?: ErrorItem[];
  after?: string;
}

export async function reviewRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const showPage = async (req: FastifyRequest, reply: Parameters<typeof renderForm>[0], f: q.ReviewFilters, data: PageData) => {
    const userId = req.user!.userId;
    const [programmes, left, last, current] = await Promise.all([
      listProgrammes(ctx.db),
      q.countLeft(ctx.db, f),
      q.lastReviewBy(ctx.db, userId),
      data.item ? q.currentReview(ctx.db, data.item.id) : Promise.resolve(undefined),
    ]);
    const item = data.item;
    const chosen = data.chosen ?? item?.themes.map((t) => t.theme) ?? [];
    return renderForm(reply, V('admin/review'), {
      item: item && {
        ...item,
        sourceText: sourceText(item.module, item.source),
        rolesText: item.roles.length ? item.roles.map(roleText).join(', ') : 'Not recorded',
        kindText: textOf(KINDS, item.kind),
        engineThemes: item.themes.map((t) => ({ text: themeText(t.theme), confidence: confidenceText(t.score) })),
      },
      current,
      choices: item ? themeChoices(item, chosen) : [],
      noTheme: { value: NO_THEME, checked: chosen.includes(NO_THEME) },
      left,
      last,
      // at the end of the list after skipping some: offer to start again from the lowest
      restartHref: !item && left > 0 ? reviewHref(f) : undefined,
      nextHref: reviewHref(f, { after: item?.id }),
      filters: f,
      filterChoices: {
        programmes: programmes.map((p) => ({ value: p.id, text: p.title })),
        themes: [...FRAMEWORK_THEMES, 'unclassified'].map((t) => ({ value: t, text: themeText(t) })),
      },
      filtered: Boolean(f.programme || f.theme),
      errors: data.errors,
      errorList: data.errorList,
      flash: await takeFlash(ctx.db, req),
      backLinkHref: '/admin/insight',
    });
  };

  app.get(REVIEW_PATH.replace('/admin', ''), async (req, reply) => {
    authorize(req, 'insight.review');
    const query = (req.query ?? {}) as Record<string, unknown>;
    const f = q.readReviewFilters(query, KNOWN_THEMES);
    let item: q.ReviewItem | undefined;
    if (query.item !== undefined) {
      // one item, e.g. the one whose review was just undone
      if (!q.isItemId(query.item)) throw new NotFoundError();
      item = await q.findItem(ctx.db, query.item);
      if (!item) throw new NotFoundError();
    } else {
      item = await q.nextItem(ctx.db, f, q.isItemId(query.after) ? query.after : undefined);
    }
    return showPage(req, reply, f, { item });
  });

  app.post(REVIEW_PATH.replace('/admin', ''), async (req, reply) => {
    authorize(req, 'insight.review');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const f = q.readReviewFilters(body, KNOWN_THEMES);
    const item = q.isItemId(body.item) ? await q.findItem(ctx.db, body.item) : undefined;
    if (!item) throw new NotFoundError();
    const next = reviewHref(f, { after: item.id });
    if (body.action === 'skip') return reply.redirect(next, 303);

    let form = validateForm(body, spec);
    const offered = new Set<string>(spec.themes.options);
    const picked = [body.themes].flat().filter((v): v is string => typeof v === 'string');
    if (picked.some((v) => !offered.has(v))) form = withErrors(spec, form, { themes: 'Select only themes from the list. One of the themes sent is not in the framework' });
    if (!form.ok) return showPage(req, reply, f, { item, chosen: form.values.themes, errors: form.errors, errorList: form.errorList });

    const themes = form.values.themes.filter((t) => t !== NO_THEME);
    const previousThemes = item.themes.map((t) => t.theme);
    const reviewId = await q.saveReview(ctx.db, { itemId: item.id, themes, previousThemes, reviewedBy: req.user!.userId });
    if (!reviewId) {
      await setFlash(ctx.db, req, 'Someone else has already reviewed that item, so your review was not saved.');
      return reply.redirect(next, 303);
    }
    const changed = themes.length !== previousThemes.length || themes.some((t) => !previousThemes.includes(t));
    await audit(ctx.db, { actorId: req.user!.userId, action: 'insight.reviewed', subjectType: 'insight-item', subjectId: item.id, details: { review: reviewId, themes, previousThemes, changed } });
    return reply.redirect(next, 303);
  });

  app.post(`${REVIEW_PATH.replace('/admin', '')}/undo`, async (req, reply) => {
    authorize(req, 'insight.review');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const f = q.readReviewFilters(body, KNOWN_THEMES);
    if (!isUuid(body.review)) throw new NotFoundError();
    const itemId = await q.undoReview(ctx.db, body.review, req.user!.userId);
    if (!itemId) {
      await setFlash(ctx.db, req, 'There was nothing to undo. That review was already undone.');
      return reply.redirect(reviewHref(f), 303);
    }
    await audit(ctx.db, { actorId: req.user!.userId, action: 'insight.review-undone', subjectType: 'insight-item', subjectId: itemId, details: { review: body.review } });
    await setFlash(ctx.db, req, 'Your last review was undone. You can review the item again.');
    return reply.redirect(reviewHref(f, { item: itemId }), 303);
  });
}
