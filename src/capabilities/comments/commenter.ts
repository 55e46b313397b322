// People who are not signed in are known to the comments only by a random per-browser cookie, stored as its hash:
// it lets them change or withdraw a comment from the same browser. Never an IP address, never an email address.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/client.ts';
import { enforce, type Limit } from '../../platform/security/rate-limit.ts';
import { hashToken, newToken } from '../../platform/security/tokens.ts';

export const COMMENTER_COOKIE = 'chorus_commenter';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** 10 comments an hour for each person (signed-in id or browser), in the platform's rate-limit shape */
export const COMMENT_RATE_LIMIT: Limit = { name: 'comment', max: 10, windowSeconds: 3600 };
/** reports of comments, per person */
export const FLAG_RATE_LIMIT: Limit = { name: 'comment-flag', max: 20, windowSeconds: 3600 };

/**
 * The hash of this browser's commenter cookie. With `create`, a browser without one is given one (httpOnly,
 * SameSite=Lax, secure in production, for a year); without it, undefined when there is none.
 */
export function commenterHash(req: FastifyRequest, reply: FastifyReply, opts: { create: boolean }): string | undefined {
  let token = req.cookies?.[COMMENTER_COOKIE];
  if (!token || !TOKEN.test(token)) {
    if (!opts.create) return undefined;
    token = newToken();
    reply.setCookie(COMMENTER_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: req.server.ctx.config.isProduction, maxAge: 365 * 86400 });
  }
  return hashToken(token);
}

/** who a rate limit counts: the signed-in person, or this browser (given a commenter cookie if it has none; never the address) */
export function commenterKey(req: FastifyRequest, reply: FastifyReply): string {
  if (req.user) return `u:${req.user.userId}`;
  return `b:${commenterHash(req, reply, { create: true })!}`;
}

/** Throws the platform's RateLimitedError (the 429 page) when `who` has made COMMENT_RATE_LIMIT comments this hour. */
export async function enforceCommentRate(db: Queryable, req: FastifyRequest, who: string): Promise<void> {
  await enforce(db, req, COMMENT_RATE_LIMIT, who);
}
