// Fixed-window rate limits kept in PostgreSQL, so every web process shares the same counters.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../errors/index.ts';

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate-limited', 'Too many requests', 429);
  }
}

export interface Limit {
  /** a short name, e.g. "sign-in" */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * The key as it is stored. A key is often built from what someone typed (the email on the sign-in form, counted
 * before the form is checked), so short printable text is kept as it is and anything else (a NUL byte, which
 * PostgreSQL cannot store, other control characters, non-ASCII text or a very long value) is stored as its SHA-256
 * hash: two different keys stay different, and no raw input reaches the table.
 */
export function storedKey(limit: Pick<Limit, 'name'>, key: string): string {
  const full = `${limit.name}:${key}`;
  return /^[\x20-\x7e]{1,200}$/.test(full) ? full : `${limit.name}:sha256:${createHash('sha256').update(full).digest('base64url')}`;
}

export async function hit(db: Queryable, key: string, limit: Limit): Promise<{ allowed: boolean; retryAfter: number; count: number }> {
  const { rows } = await db.query<{ count: number; retry_after: number }>(
    `INSERT INTO rate_limits (key, count, window_ends_at) VALUES ($1, 1, now() + make_interval(secs => $2))
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN rate_limits.window_ends_at <= now() THEN 1 ELSE rate_limits.count + 1 END,
       window_ends_at = CASE WHEN rate_limits.window_ends_at <= now() THEN excluded.window_ends_at ELSE rate_limits.window_ends_at END
     RETURNING count, GREATEST(1, ceil(extract(epoch FROM (window_ends_at - now()))))::int AS retry_after`,
    [storedKey(limit, key), limit.windowSeconds],
  );
  const row = rows[0]!;
  return { allowed: row.count <= limit.max, retryAfter: row.retry_after, count: row.count };
}

/** Throws RateLimitedError (rendered as the 429 page) when this client has used up its allowance. */
export async function enforce(db: Queryable, request: FastifyRequest, limit: Limit, key: string = request.ip): Promise<void> {
  const r = await hit(db, key, limit);
  if (!r.allowed) throw new RateLimitedError(r.retryAfter);
}

export async function pruneRateLimits(db: Queryable): Promise<void> {
  await db.query('DELETE FROM rate_limits WHERE window_ends_at < now()');
}
