// Small-number suppression wherever counts about people are shown (survey results and summaries, answers to a
// consultation section's questions), as docs/surveys.md ("Small numbers") sets out. Pure functions: the counts come
// in, what may be shown goes out.
//
// Every decision is taken on the individual responses inside a number. Organisation responses are given openly in
// an organisation's name (and listed by name in the export), so they are never suppressed for their own sake, but a
// number that includes them is hidden when its individual part is small: otherwise taking the organisations away
// would give the small number.

/** a count split into individual and organisation responses */
export interface Count {
  ind: number;
  org: number;
}

export const countOf = (ind: number, org = 0): Count => ({ ind, org });
const shownOf = (c: Count) => c.ind + c.org;

/** 1 to threshold − 1 (0 is not a small number: it identifies nobody) */
export const isSmall = (n: number, threshold: number): boolean => n > 0 && n < threshold;

/**
 * A table of counts (one question's answers, one equality question) together with the individual counts of the same
 * cells in every group someone could get by taking this view away from another view that is also shown (for a
 * filtered view: the responses that do not match one or more of its filters).
 */
export interface TableInput {
  cells: Count[];
  /** the table's total (people who answered), when the page shows it or percentages of it; omit when it does not */
  total?: Count;
  /** individual counts of the same cells (and total) in each group reachable by differencing */
  others: { cells: number[]; total?: number }[];
}

export type Hidden = 'small' | 'protect';

export interface TableDecision {
  /** per cell: undefined when shown; 'small' for a count of 1 to threshold − 1; 'protect' when hidden so that no small number can be worked out */
  cells: (Hidden | undefined)[];
  /** the total (and so every percentage) is hidden */
  total?: Hidden;
}

/**
 * Primary suppression: a cell whose individual count is small, or whose count in any reachable group is small.
 * Secondary suppression, where the total is shown: the hidden cells must be two or more and add up to at least the
 * threshold (in this view and in every reachable group), else the next smallest cells are hidden too; when that is
 * not possible the total and the percentages are hidden. A hidden total with every cell shown would be their sum, so
 * then the smallest cell is hidden as well.
 */
export function suppressTable(t: TableInput, threshold: number): TableDecision {
  const small = (n: number) => isSmall(n, threshold);
  const n = t.cells.length;
  const cells: (Hidden | undefined)[] = t.cells.map((c, i) => (small(c.ind) || t.others.some((o) => small(o.cells[i] ?? 0)) ? 'small' : undefined));
  if (!t.total) return { cells };
  let total: Hidden | undefined = small(t.total.ind) || t.others.some((o) => o.total !== undefined && small(o.total)) ? 'small' : undefined;
  const hiddenIndices = () => cells.flatMap((h, i) => (h ? [i] : []));
  const sumOf = (idx: number[], get: (i: number) => number) => idx.reduce((s, i) => s + get(i), 0);
  const nextSmallest = () => {
    let best = -1;
    // only cells with individuals in them protect anyone (organisation counts are shown in their own view)
    for (let i = 0; i < n; i++) if (!cells[i] && t.cells[i]!.ind > 0 && (best < 0 || t.cells[i]!.ind < t.cells[best]!.ind)) best = i;
    return best;
  };
  if (!total) {
    for (;;) {
      const h = hiddenIndices();
      if (h.length === 0) break;
      const safe = h.length >= 2 && sumOf(h, (i) => t.cells[i]!.ind) >= threshold && t.others.every((o) => !small(sumOf(h, (i) => o.cells[i] ?? 0)));
      if (safe) break;
      const next = nextSmallest();
      if (next < 0) {
        total = 'protect';
        break;
      }
      cells[next] = 'protect';
    }
  }
  if (total && hiddenIndices().length === 0) {
    const next = nextSmallest();
    if (next >= 0) cells[next] = 'protect';
  }
  return { cells, total };
}

/** what a hidden number says: "fewer than N" only when that is true of the number itself, else "not shown" */
export function shownText(count: Count, hidden: Hidden | undefined, threshold: number): string {
  if (!hidden) return shownOf(count).toLocaleString('en-GB');
  return hidden === 'small' && isSmall(shownOf(count), threshold) ? `fewer than ${threshold}` : 'not shown';
}

/**
 * Whether a filtered view may show its breakdown at all: its individual responses, and those of every group
 * reachable by differencing, are each 0 or at least the threshold. `siblings` are, for each filter that picks one
 * value of a single-valued field (version, channel), the individual counts of every value of that field under the
 * other filters: values whose views are withheld must together reach the threshold too (else taking the shown
 * values from the total would give them), so the smallest shown values are withheld with them.
 */
export function viewWithheld(
  self: number,
  others: number[],
  siblings: { value: string; counts: Record<string, number> }[],
  threshold: number,
): 'small' | 'protect' | undefined {
  if (isSmall(self, threshold)) return 'small';
  if (others.some((n) => isSmall(n, threshold))) return 'protect';
  for (const s of siblings) if (withheldValues(s.counts, threshold).includes(s.value)) return 'protect';
  return undefined;
}

/** the values of a single-valued field whose views are withheld: the small ones, plus the next smallest until they add up to the threshold */
export function withheldValues(counts: Record<string, number>, threshold: number): string[] {
  const entries = Object.entries(counts).filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const out = entries.filter(([, n]) => isSmall(n, threshold)).map(([v]) => v);
  let sum = out.reduce((s, v) => s + counts[v]!, 0);
  for (const [v, n] of entries) {
    if (!isSmall(sum, threshold)) break;
    if (out.includes(v)) continue;
    out.push(v);
    sum += n;
  }
  return out;
}
