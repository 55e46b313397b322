// Owner modules say how to name and link their resources (a consultation section, a discussion), so the capability's
// own pages (the moderation queue, the flag page) can show a title and a link back without knowing any module.
import type { Queryable } from '../../db/client.ts';
import type { AppContext } from '../../platform/module.ts';

export interface CommentResource {
  /** the resource_type its comments are stored with, e.g. "consultation-section" */
  type: string;
  /** a title and a public link for each id it knows (unknown ids are left out) */
  describe(db: Queryable, ids: string[]): Promise<Map<string, { title: string; href: string }>>;
}

const registries = new WeakMap<AppContext, Map<string, CommentResource>>();

/** Called by the owner module in its init(). */
export function registerCommentResource(ctx: AppContext, r: CommentResource): void {
  let types = registries.get(ctx);
  if (!types) registries.set(ctx, (types = new Map()));
  if (types.has(r.type)) throw new Error(`Comment resource type "${r.type}" is registered twice`);
  types.set(r.type, r);
}

export interface Described {
  title: string;
  href: string | null;
}

/** Titles and links for comments' resources, keyed by `${type}:${id}`; a type no one registered gets a plain title. */
export async function describeResources(ctx: AppContext, items: { resourceType: string; resourceId: string }[]): Promise<Map<string, Described>> {
  const out = new Map<string, Described>();
  const byType = new Map<string, Set<string>>();
  for (const i of items) {
    let ids = byType.get(i.resourceType);
    if (!ids) byType.set(i.resourceType, (ids = new Set()));
    ids.add(i.resourceId);
  }
  const types = registries.get(ctx);
  for (const [type, ids] of byType) {
    const found = (await types?.get(type)?.describe(ctx.db, [...ids])) ?? new Map<string, { title: string; href: string }>();
    for (const id of ids) out.set(`${type}:${id}`, found.get(id) ?? { title: 'A page that is no longer available', href: null });
  }
  return out;
}
