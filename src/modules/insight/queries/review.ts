// Reads and writes for the review of themes (/admin/insight/review): the next item nobody has reviewed, lowest
// top-theme confidence first (items with no theme last), how many are left, saving a review and undoing one.
//
// An item is reviewed when it has a review that is not undone. The order is the top theme's score, then the item's
// id, so "the next item after this one" is a simple cursor and skipping an item needs nothing stored.
import type { Queryable } from '../../../db/client.ts';
import { isUuid } from '../../../platform/http/ids.ts';
import { TOP_SCORE, TOP_THEME } from './workspace.ts';

/** the review order: lowest confidence first, items with no theme (no score) after every scored item */
const ORDER_KEY = `COALESCE(${TOP_SCORE}, 2)`;
const NOT_REVIEWED = `NOT EXISTS (SELECT 1 FROM insight_reviews r WHERE r.item_id = i.id AND r.undone_at IS NULL)`;

export interface ReviewFilters {
  programme?: string;
  /** a top theme, or 'unclassified' */
  theme?: string;
}

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : undefined);

/** an item id as stored ("<module>:<what>:<ids>"): printable, no spaces, not too long; anything else is never an item */
export const isItemId = (v: unknown): v is string => typeof v === 'string' && /^[\x21-\x7e]{1,500}$/.test(v);

/** The filters in a query string or form; a value of the wrong shape, or a theme not in `themes`, is ignored. */
export function readReviewFilters(query: unknown, themes: ReadonlySet<string>): ReviewFilters {
  const q = (query ?? {}) as Record<string, unknown>;
  const f: ReviewFilters = {};
  const programme = one(q.programme);
  if (isUuid(programme)) f.programme = programme.toLowerCase();
  const theme = one(q.theme);
  if (theme && themes.has(theme)) f.theme = theme;
  return f;
}

export const reviewFilterParams = (f: ReviewFilters): Record<string, string | undefined> => ({ programme: f.programme, theme: f.theme });

function whereOf(f: ReviewFilters, params: unknown[]): string {
  const p = (v: unknown) => (params.push(v), `$${params.length}`);
  const parts = [NOT_REVIEWED];
  if (f.programme) parts.push(`i.programme_id = ${p(f.programme)}::uuid`);
  if (f.theme) parts.push(`${TOP_THEME} = ${p(f.theme)}`);
  return parts.join(' AND ');
}

export interface StoredTheme {
  theme: string;
  score: number;
}

export interface ReviewItem {
  id: string;
  module: string;
  source: string;
  prompt: string;
  text: string;
  roles: string[];
  kind: 'individual' | 'organisation';
  created_at: Date;
  href: string;
  sentiment: string | null;
  /** the engine's themes, most confident first; empty when unclassified */
  themes: StoredTheme[];
}

export interface CurrentReview {
  id: string;
  themes: string[];
  reviewed_by: string | null;
  reviewed_at: Date;
}

const ITEM_COLUMNS = `i.id, i.module, i.source, i.prompt, i.text, i.roles, i.kind, i.created_at, i.href, i.sentiment, i.themes`;

/**
 * The next item nobody has reviewed under the filters: the lowest confidence, or (with `after`, an item's id) the
 * first one after that item in the review order, so items skipped before it are not shown again until the start.
 */
export async function nextItem(db: Queryable, f: ReviewFilters, after?: string): Promise<ReviewItem | undefined> {
  const params: unknown[] = [];
  let where = whereOf(f, params);
  if (after) {
    params.push(after);
    const a = `$${params.length}`;
    // an item that is no longer stored is no cursor: start from the lowest
    where += ` AND (NOT EXISTS (SELECT 1 FROM insight_items WHERE id = ${a})
      OR (${ORDER_KEY}, i.id) > (SELECT ${ORDER_KEY}, id FROM insight_items WHERE id = ${a}))`;
  }
  const { rows } = await db.query<ReviewItem>(`SELECT ${ITEM_COLUMNS} FROM insight_items i WHERE ${where} ORDER BY ${ORDER_KEY}, i.id LIMIT 1`, params);
  return rows[0];
}

/** how many items under the filters nobody has reviewed */
export async function countLeft(db: Queryable, f: ReviewFilters): Promise<number> {
  const params: unknown[] = [];
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM insight_items i WHERE ${whereOf(f, params)}`, params);
  return Number(rows[0]?.n ?? 0);
}

export async function findItem(db: Queryable, id: string): Promise<ReviewItem | undefined> {
  const { rows } = await db.query<ReviewItem>(`SELECT ${ITEM_COLUMNS} FROM insight_items i WHERE i.id = $1`, [id]);
  return rows[0];
}

/** the review in force on an item, if any */
export async function currentReview(db: Queryable, itemId: string): Promise<CurrentReview | undefined> {
  const { rows } = await db.query<CurrentReview>('SELECT id, themes, reviewed_by, reviewed_at FROM insight_reviews WHERE item_id = $1 AND undone_at IS NULL', [itemId]);
  return rows[0];
}

/**
 * Saves a review: the themes a person chose (empty: no theme applies) and what the engine said. Returns the review's
 * id, or undefined when the item already has a review in force (someone reviewed it first).
 */
export async function saveReview(db: Queryable, r: { itemId: string; themes: string[]; previousThemes: string[]; reviewedBy: string }): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO insight_reviews (item_id, themes, previous_themes, reviewed_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (item_id) WHERE undone_at IS NULL DO NOTHING RETURNING id`,
    [r.itemId, r.themes, r.previousThemes, r.reviewedBy],
  );
  return rows[0]?.id;
}

export interface LastReview {
  id: string;
  item_id: string;
  text: string;
  reviewed_at: Date;
}

/** the last review this person made that is not undone (what "Undo" undoes) */
export async function lastReviewBy(db: Queryable, userId: string): Promise<LastReview | undefined> {
  const { rows } = await db.query<LastReview>(
    `SELECT r.id, r.item_id, i.text, r.reviewed_at FROM insight_reviews r JOIN insight_items i ON i.id = r.item_id
     WHERE r.reviewed_by = $1 AND r.undone_at IS NULL ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1`,
    [userId],
  );
  return rows[0];
}

/** Undoes one of this person's reviews; returns its item's id, or undefined when there was nothing to undo. */
export async function undoReview(db: Queryable, reviewId: string, userId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ item_id: string }>(
    'UPDATE insight_reviews SET undone_at = now() WHERE id = $1 AND reviewed_by = $2 AND undone_at IS NULL RETURNING item_id',
    [reviewId, userId],
  );
  return rows[0]?.item_id;
}
