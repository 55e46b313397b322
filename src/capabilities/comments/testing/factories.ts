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

/**
 * Inserts `count` published top-level comments on one resource in one statement, for benchmarks and tests of long
 * lists (too slow one by one through addComment). Bodies of about 250 characters that differ, roles in turn, every
 * third with a name shown, created a minute apart going back from now (so comment 1 is the newest). With
 * `repliesEvery` n, every nth comment also gets one published reply. Uses only the comments table. Returns how many
 * rows it inserted (comments and replies).
 */
export async function insertManyComments(
  db: Queryable,
  o: { resourceType: string; resourceId: string; scopeId?: string | null; count: number; tags?: Record<string, string>; repliesEvery?: number },
): Promise<number> {
  const text = 'I read this section twice. It would help to say how long people wait for a first appointment, who to call while they wait, and how carers are told what happens next.';
  const made = await db.query(
    `INSERT INTO comments (resource_type, resource_id, scope_id, body, tags, display_name, anonymous, role, status, moderation, created_at)
     SELECT $1, $2::uuid, $3::uuid, 'Comment ' || n || '. ' || $4, $5::jsonb, CASE WHEN n % 3 = 0 THEN 'Person ' || n END, n % 3 <> 0,
       (ARRAY['service-user', 'carer', 'public', 'staff'])[1 + n % 4], 'published', 'post', now() - make_interval(mins => n)
     FROM generate_series(1, $6::int) AS n`,
    [o.resourceType, o.resourceId, o.scopeId ?? null, text, JSON.stringify(o.tags ?? {}), o.count],
  );
  let replies = 0;
  if (o.repliesEvery && o.repliesEvery > 0) {
    const r = await db.query(
      `INSERT INTO comments (resource_type, resource_id, scope_id, parent_id, body, tags, anonymous, role, status, moderation, created_at)
       SELECT c.resource_type, c.resource_id, c.scope_id, c.id, 'Thank you. We will add the waiting times to the next draft.', c.tags, true, 'staff', 'published', 'post',
         c.created_at + interval '30 seconds'
       FROM (SELECT id, resource_type, resource_id, scope_id, tags, created_at, row_number() OVER (ORDER BY created_at DESC, id DESC) AS n
             FROM comments WHERE resource_type = $1 AND resource_id = $2::uuid AND parent_id IS NULL) c
       WHERE c.n % $3::int = 0`,
      [o.resourceType, o.resourceId, o.repliesEvery],
    );
    replies = r.rowCount;
  }
  return made.rowCount + replies;
}
