// Reads for the insight workspace: the filters every page shares, the theme overview (counts per top theme, split by
// sentiment, role, channel, individual or organisation and phase, in two GROUP BY queries whatever the number of
// themes) and a theme's items a page at a time.
//
// Each item is counted once, under its top theme (the theme the model is most confident about), so the counts of the
// themes and "no theme" add up to the items analysed. Items with no theme are the theme 'unclassified'.
import type { Queryable } from '../../../db/client.ts';
import { isUuid } from '../../../platform/http/ids.ts';

/** the SQL of an item's top theme ('unclassified' when it has none) and its score */
export const TOP_THEME = `COALESCE(themes -> 0 ->> 'theme', 'unclassified')`;
export const TOP_SCORE = `((themes -> 0 ->> 'score'))::float8`;
export const UNCLASSIFIED = 'unclassified';

export interface WorkspaceFilters {
  programme?: string;
  phase?: string;
  /** "<module>:<source>", e.g. "surveys:answer" */
  source?: string;
  role?: string;
  channel?: string;
  kind?: 'individual' | 'organisation';
}

/** the theme page's extra filters */
export interface ItemFilters extends WorkspaceFilters {
  sentiment?: string;
  /** search words, each must be in the text */
  q?: string;
}

export const FILTER_KEYS = ['programme', 'phase', 'source', 'role', 'channel', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : Array.isArray(v) && typeof v[0] === 'string' ? v[0].trim() : undefined);
const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const SENTIMENTS = ['positive', 'neutral/mixed', 'negative'] as const;

/** The filters in a query string; a value of the wrong shape is ignored (never an error). A phase needs its programme. */
export function readFilters(query: unknown): WorkspaceFilters {
  const q = (query ?? {}) as Record<string, unknown>;
  const f: WorkspaceFilters = {};
  const programme = one(q.programme);
  if (isUuid(programme)) f.programme = programme.toLowerCase();
  const phase = one(q.phase);
  if (f.programme && isUuid(phase)) f.phase = phase.toLowerCase();
  const source = one(q.source);
  if (source && /^[a-z0-9-]{1,60}:[a-z0-9-]{1,60}$/.test(source)) f.source = source;
  const role = one(q.role);
  if (role && SLUG.test(role)) f.role = role;
  const channel = one(q.channel);
  if (channel && SLUG.test(channel)) f.channel = channel;
  const kind = one(q.kind);
  if (kind === 'individual' || kind === 'organisation') f.kind = kind;
  return f;
}

export function readItemFilters(query: unknown): ItemFilters {
  const q = (query ?? {}) as Record<string, unknown>;
  const f: ItemFilters = readFilters(query);
  const sentiment = one(q.sentiment);
  if (sentiment && (SENTIMENTS as readonly string[]).includes(sentiment)) f.sentiment = sentiment;
  const words = one(q.q)?.slice(0, 200).trim();
  if (words) f.q = words;
  return f;
}

/** the filters as query values, for links and forms */
export const filterParams = (f: ItemFilters): Record<string, string | undefined> => ({
  programme: f.programme,
  phase: f.phase,
  source: f.source,
  role: f.role,
  channel: f.channel,
  kind: f.kind,
  sentiment: f.sentiment,
  q: f.q,
});

type Param = (v: unknown) => string;

function paramsOf(): { params: unknown[]; p: Param } {
  const params: unknown[] = [];
  return { params, p: (v) => (params.push(v), `$${params.length}`) };
}

/** one SQL condition per active filter (never null: COALESCE to false) */
function conditions(f: WorkspaceFilters, p: Param): { key: FilterKey; sql: string }[] {
  const out: { key: FilterKey; sql: string }[] = [];
  const add = (key: FilterKey, sql: string) => out.push({ key, sql: `COALESCE((${sql}), false)` });
  if (f.programme) add('programme', `programme_id = ${p(f.programme)}::uuid`);
  if (f.phase) add('phase', `phase_id = ${p(f.phase)}::uuid`);
  if (f.source) {
    const [module, source] = f.source.split(':');
    add('source', `module = ${p(module)} AND source = ${p(source)}`);
  }
  if (f.role) add('role', `${p(f.role)}::text = ANY (roles)`);
  if (f.channel) add('channel', `channel = ${p(f.channel)}`);
  if (f.kind) add('kind', `kind = ${p(f.kind)}`);
  return out;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

// ---- the overview

/** counts of one cell: individual items, organisation items, and the individual items in each group reachable by taking this view from one with a filter fewer */
export interface CellCounts {
  ind: number;
  org: number;
  /** per active filter (in the order of `filters`): individual items matching every other filter but not this one */
  others: number[];
}

export type Dimension = 'sentiment' | 'channel' | 'kind' | 'phase' | 'role';

export interface Overview {
  /** the active filters, in the order of CellCounts.others */
  filters: FilterKey[];
  /** per top theme ('unclassified' included) */
  themes: Map<string, CellCounts>;
  /** per dimension, per theme, per value (null value: none recorded, e.g. no sentiment or no phase) */
  splits: Record<Dimension, Map<string, Map<string | null, CellCounts>>>;
}

export const emptyCounts = (n: number): CellCounts => ({ ind: 0, org: 0, others: Array.from({ length: n }, () => 0) });

/**
 * The overview's counts under the filters, in two queries: one GROUP BY with grouping sets (per theme, and per theme
 * and sentiment, channel, kind or phase) and one per theme and role (roles are a list, so unnested). Each query reads
 * the items that fail at most one filter: those failing one give the counts someone could get by differencing.
 */
export async function overviewCounts(db: Queryable, f: WorkspaceFilters): Promise<Overview> {
  const { params, p } = paramsOf();
  const conds = conditions(f, p);
  const failed = conds.length ? conds.map((c) => `(CASE WHEN ${c.sql} THEN 0 ELSE 1 END)`).join(' + ') : '0';
  const matches = conds.length ? conds.map((c) => c.sql).join(' AND ') : 'true';
  const counts = [
    `count(*) FILTER (WHERE m AND kind = 'individual') AS ind`,
    `count(*) FILTER (WHERE m AND kind = 'organisation') AS org`,
    ...conds.map((_, i) => `count(*) FILTER (WHERE NOT o${i} AND kind = 'individual') AS o${i}`),
  ].join(', ');
  const base = `SELECT ${TOP_THEME} AS theme, sentiment, channel, kind, phase_id::text AS phase, roles, (${matches}) AS m${conds.map((c, i) => `, ${c.sql} AS o${i}`).join('')}
    FROM insight_items WHERE (${failed}) <= 1`;
  type Row = { theme: string; sentiment: string | null; channel: string | null; kind: string | null; phase: string | null; g: number; ind: string; org: string } & Record<string, string>;
  const [grouped, byRole] = await Promise.all([
    db.query<Row>(
      `SELECT theme, sentiment, channel, kind, phase, GROUPING(sentiment, channel, kind, phase) AS g, ${counts}
       FROM (${base}) b
       GROUP BY GROUPING SETS ((theme), (theme, sentiment), (theme, channel), (theme, kind), (theme, phase))`,
      params,
    ),
    db.query<Row & { role: string }>(`SELECT theme, role, ${counts} FROM (${base}) b, unnest(b.roles) AS role GROUP BY theme, role`, params),
  ]);
  const cell = (r: Row): CellCounts => ({ ind: Number(r.ind), org: Number(r.org), others: conds.map((_, i) => Number(r[`o${i}`])) });
  const themes = new Map<string, CellCounts>();
  const splits: Overview['splits'] = { sentiment: new Map(), channel: new Map(), kind: new Map(), phase: new Map(), role: new Map() };
  const put = (dim: Dimension, theme: string, value: string | null, c: CellCounts) => {
    let m = splits[dim].get(theme);
    if (!m) splits[dim].set(theme, (m = new Map()));
    m.set(value, c);
  };
  // GROUPING(sentiment, channel, kind, phase): a bit set for each column not in the grouping set (sentiment is 8)
  const GROUPED_BY: Record<number, Dimension | 'theme'> = { 15: 'theme', 7: 'sentiment', 11: 'channel', 13: 'kind', 14: 'phase' };
  for (const r of grouped.rows) {
    const dim = GROUPED_BY[Number(r.g)];
    if (dim === 'theme') themes.set(r.theme, cell(r));
    else if (dim) put(dim, r.theme, r[dim] ?? null, cell(r));
  }
  for (const r of byRole.rows) put('role', r.theme, r.role, cell(r));
  // a theme that only items outside this view have (their counts matter for differencing) still gets a row of zeros
  for (const t of themes.keys()) for (const dim of Object.keys(splits) as Dimension[]) if (!splits[dim].has(t)) splits[dim].set(t, new Map());
  return { filters: conds.map((c) => c.key), themes, splits };
}

// ---- the filters' choices

export interface FilterChoices {
  sources: { module: string; source: string }[];
  channels: string[];
  roles: string[];
}

/** what the stored items hold, for the filters' choices (one query) */
export async function filterChoices(db: Queryable): Promise<FilterChoices> {
  const { rows } = await db.query<{ module: string | null; source: string | null; channel: string | null; role: string | null; g: number }>(
    `SELECT module, source, channel, role, GROUPING(module, source, channel, role) AS g
     FROM insight_items LEFT JOIN LATERAL unnest(roles) AS role ON true
     GROUP BY GROUPING SETS ((module, source), (channel), (role))`,
  );
  const out: FilterChoices = { sources: [], channels: [], roles: [] };
  for (const r of rows) {
    if (r.module !== null && r.source !== null) out.sources.push({ module: r.module, source: r.source });
    else if (r.channel !== null) out.channels.push(r.channel);
    else if (r.role !== null) out.roles.push(r.role);
  }
  out.sources.sort((a, b) => `${a.module}:${a.source}`.localeCompare(`${b.module}:${b.source}`));
  out.channels.sort();
  out.roles.sort();
  return out;
}

// ---- a theme's items

export interface ItemRow {
  id: string;
  module: string;
  source: string;
  prompt: string;
  text: string;
  roles: string[];
  channel: string;
  kind: 'individual' | 'organisation';
  created_at: Date;
  href: string;
  sentiment: string | null;
  /** the top theme's score; null when the item has no theme */
  score: number | null;
}

export type ItemSort = 'confidence' | 'date';

function itemWhere(theme: string, f: ItemFilters): { where: string; params: unknown[] } {
  const { params, p } = paramsOf();
  const parts = [`${TOP_THEME} = ${p(theme)}`, ...conditions(f, p).map((c) => c.sql)];
  if (f.sentiment) parts.push(`sentiment = ${p(f.sentiment)}`);
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) parts.push(`text ILIKE ${p(`%${escapeLike(word)}%`)}`);
  return { where: parts.join(' AND '), params };
}

export async function countItems(db: Queryable, theme: string, f: ItemFilters): Promise<number> {
  const { where, params } = itemWhere(theme, f);
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM insight_items WHERE ${where}`, params);
  return Number(rows[0]?.n ?? 0);
}

/** a page of a theme's items: lowest confidence first (then newest), or newest first */
export async function listItems(db: Queryable, theme: string, f: ItemFilters, page: { sort: ItemSort; limit: number; offset: number }): Promise<ItemRow[]> {
  const { where, params } = itemWhere(theme, f);
  const order = page.sort === 'date' ? 'created_at DESC, id' : `${TOP_SCORE} ASC NULLS FIRST, created_at DESC, id`;
  const { rows } = await db.query<Omit<ItemRow, 'score'> & { score: number | string | null }>(
    `SELECT id, module, source, prompt, text, roles, channel, kind, created_at, href, sentiment, ${TOP_SCORE} AS score
     FROM insight_items WHERE ${where} ORDER BY ${order} LIMIT ${Math.floor(page.limit)} OFFSET ${Math.floor(page.offset)}`,
    params,
  );
  return rows.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) }));
}

/** whether any stored item has this top theme (for a theme not in the framework, e.g. from a trust's own model) */
export async function themeIsStored(db: Queryable, theme: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT 1 FROM insight_items WHERE ${TOP_THEME} = $1 LIMIT 1`, [theme]);
  return rows.length > 0;
}
