// Everything open now for people to take part in, from every module's openItems hook (ctx.openItemSources):
// the "Have your say" page and the "Have your say" block on a programme page both read it through here.
import type { AppContext, OpenItem, OpenItemFilter } from './module.ts';

/** what every module has open, soonest closing first (no closing date last), then by title */
export async function listOpenItems(ctx: AppContext, filter: OpenItemFilter = {}): Promise<OpenItem[]> {
  const lists = await Promise.all(ctx.openItemSources.map((s) => s.list(filter)));
  return lists.flat().sort((a, b) => (a.closesOn ?? '9999-12-31').localeCompare(b.closesOn ?? '9999-12-31') || a.title.localeCompare(b.title));
}
