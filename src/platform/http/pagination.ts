// Pagination for every long list: read `?page=` (a bad value never gives a 500: not a whole number gives page 1,
// past the end gives the last page), work out LIMIT and OFFSET, and build the items for nhsuk-frontend's
// numbered `pagination` macro (see src/ui/components/pagination.njk). For append-only lists read newest first
// (the outbox), a keyset version reads `?before=<id>` / `?after=<id>` so deep pages cost no more than the first.

export const DEFAULT_PER_PAGE = 50;

type Query = Record<string, unknown> | undefined;
/** query values kept in every page link (the list's filters); empty values are left out */
export type LinkParams = Record<string, string | number | undefined | null>;

/** The page asked for: a whole number of 1 or more, else 1 (a huge number stays huge, so it becomes the last page). Not clamped yet: that needs the total. */
export function requestedPage(query: Query, param = 'page'): number {
  const raw = query?.[param];
  if (typeof raw !== 'string' || !/^\d{1,100}$/.test(raw.trim())) return 1;
  const n = Number(raw.trim());
  // a number too big to hold exactly is past any last page
  return !Number.isSafeInteger(n) ? Number.MAX_SAFE_INTEGER : n >= 1 ? n : 1;
}

export function hrefFor(path: string, params: LinkParams, extra: LinkParams = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...extra })) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

export type PageItem = { number: number; href: string; current: boolean } | { ellipsis: true };

export interface Pagination {
  page: number;
  perPage: number;
  total: number;
  pageCount: number;
  /** for SQL */
  limit: number;
  offset: number;
  /** 1-based positions of the first and last item on this page (0 and 0 when the list is empty) */
  from: number;
  to: number;
  /** the parameters for nhsuk-frontend's pagination macro (numbered); undefined when everything fits on one page */
  component?: { items: PageItem[]; previous?: { href: string }; next?: { href: string } };
}

/**
 * Page numbers to show: always the first and last, the current page and one either side, with an ellipsis for
 * each gap of two or more (a gap of one shows the page instead). At most 7 entries.
 */
export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, p] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push(null);
    out.push(p);
  }
  return out;
}

/**
 * Everything a list page needs once it knows how many rows match: the clamped page, LIMIT/OFFSET and the links.
 * `path` and `params` make the links (params are the list's filters, kept on every page; page 1 has no ?page).
 */
export function paginate(opts: { query: Query; total: number; path: string; params?: LinkParams; perPage?: number; param?: string }): Pagination {
  const perPage = Math.max(1, Math.floor(opts.perPage ?? DEFAULT_PER_PAGE));
  const param = opts.param ?? 'page';
  const total = Math.max(0, Math.floor(Number.isFinite(opts.total) ? opts.total : 0));
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(requestedPage(opts.query, param), pageCount);
  const offset = (page - 1) * perPage;
  const href = (p: number) => hrefFor(opts.path, opts.params ?? {}, { [param]: p === 1 ? undefined : p });
  const result: Pagination = { page, perPage, total, pageCount, limit: perPage, offset, from: total ? offset + 1 : 0, to: Math.min(total, offset + perPage) };
  if (pageCount > 1) {
    result.component = {
      items: pageNumbers(page, pageCount).map((p) => (p === null ? { ellipsis: true as const } : { number: p, href: href(p), current: p === page })),
      previous: page > 1 ? { href: href(page - 1) } : undefined,
      next: page < pageCount ? { href: href(page + 1) } : undefined,
    };
  }
  return result;
}

// ---- keyset pagination, for lists ordered by a growing integer id, newest first

export interface Keyset {
  /** first page (newest), or the page of rows older than (before) / newer than (after) the cursor id */
  direction: 'first' | 'before' | 'after';
  cursor?: number;
  perPage: number;
}

const cursorOf = (raw: unknown): number | undefined => {
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

export function readKeyset(query: Query, perPage = DEFAULT_PER_PAGE): Keyset {
  const before = cursorOf(query?.before);
  if (before !== undefined) return { direction: 'before', cursor: before, perPage };
  const after = cursorOf(query?.after);
  if (after !== undefined) return { direction: 'after', cursor: after, perPage };
  return { direction: 'first', perPage };
}

/** SQL for one keyset page of `table` (newest first); the query fetches one extra row to learn whether there is more. */
export function keysetSql(ks: Keyset, column = 'id'): { where: string; order: string; limit: number; params: unknown[] } {
  if (ks.direction === 'before') return { where: `${column} < $1`, order: `${column} DESC`, limit: ks.perPage + 1, params: [ks.cursor] };
  if (ks.direction === 'after') return { where: `${column} > $1`, order: `${column} ASC`, limit: ks.perPage + 1, params: [ks.cursor] };
  return { where: 'TRUE', order: `${column} DESC`, limit: ks.perPage + 1, params: [] };
}

export interface KeysetPage<T> {
  rows: T[];
  /** for nhsuk-frontend's pagination macro (previous/next with labels) */
  component?: { previous?: { href: string; labelText: string }; next?: { href: string; labelText: string } };
}

/** Turns the rows a keysetSql query returned (perPage + 1 at most) into a newest-first page with links. */
export function keysetPage<T>(fetched: T[], ks: Keyset, idOf: (row: T) => number, opts: { path: string; params?: LinkParams; newer?: string; older?: string; newest?: string }): KeysetPage<T> {
  const more = fetched.length > ks.perPage;
  let rows = fetched.slice(0, ks.perPage);
  if (ks.direction === 'after') rows = rows.reverse();
  const hasNewer = ks.direction === 'after' ? more : ks.direction === 'before';
  const hasOlder = ks.direction === 'after' ? true : more;
  const link = (extra: LinkParams) => hrefFor(opts.path, opts.params ?? {}, extra);
  if (!rows.length) {
    // past either end: offer the newest page
    return ks.direction === 'first' ? { rows } : { rows, component: { previous: { href: link({}), labelText: opts.newest ?? 'Newest' } } };
  }
  const previous = hasNewer ? { href: link({ after: idOf(rows[0]!) }), labelText: opts.newer ?? 'Newer' } : undefined;
  const next = hasOlder ? { href: link({ before: idOf(rows[rows.length - 1]!) }), labelText: opts.older ?? 'Older' } : undefined;
  return { rows, component: previous || next ? { previous, next } : undefined };
}
