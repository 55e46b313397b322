// Factories for tests of the comments capability and of the modules that use it.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../../db/client.ts';
import type { AppContext } from '../../../platform/module.ts';
import { addComment, type NewComment } from '../repository.ts';
import { registerCommentResource } from '../registry.ts';

/** a resource type for tests: its pages are /test-things/<id> */
export const TEST_RESOURCE = 'test-thing';

/** Registers TEST_RESOURCE, titled "Test thing <first 4 characters of the id>". */
export function registerTestResource(ctx: AppContext): void {
  registerCommentResource(ctx, {
    type: TEST_RESOURCE,
    describe: async (_db, ids) => new Map(ids.map((id) => [id, { title: `Test thing ${id.slice(0, 4)}`, href: `/test-things/${id}` }])),
  });
}

/** A published comment by an anonymous member of the public on a new test resource, unless told otherwise. */
export async function buildComment(db: Queryable, overrides: Partial<NewComment> = {}): Promise<{ id: string; resourceId: string; scopeId: string | null }> {
  const c: NewComment = {
    resourceType: TEST_RESOURCE,
    resourceId: overrides.resourceId ?? randomUUID(),
    body: 'I think this part should say more about waiting times.',
    anonymous: true,
    role: 'public',
    moderation: 'post',
    ...overrides,
  };
  const { id } = await addComment(db, c);
  return { id, resourceId: c.resourceId, scopeId: c.scopeId ?? null };
}
