// Sessions kept in PostgreSQL. The cookie holds a random id; the database holds its SHA-256.
// A visitor who is not signed in gets a cookie starting "g." and no database row (no write per page view);
// signing in always issues a new id starting "u." (no session fixation).
import { randomBytes } from 'node:crypto';
import { hashToken as hash } from '../security/tokens.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/client.ts';

export const SESSION_COOKIE = 'chorus_session';
const SIGNED_IN_HOURS = 12;

export interface Session {
  id: string;
  userId?: string;
  data: Record<string, unknown>;
  /** true when the row exists in the database */
  persisted: boolean;
}

const newId = (prefix: 'g' | 'u') => `${prefix}.${randomBytes(32).toString('base64url')}`;
const VALID = /^[gu]\.[A-Za-z0-9_-]{43}$/;

export function cookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

export async function loadSession(db: Queryable, request: FastifyRequest, reply: FastifyReply, secure: boolean): Promise<Session> {
  const raw = request.cookies[SESSION_COOKIE];
  if (raw && VALID.test(raw)) {
    if (raw.startsWith('g.')) return { id: raw, data: {}, persisted: false };
    const { rows } = await db.query<{ user_id: string | null; data: Record<string, unknown> }>(
      'SELECT user_id, data FROM sessions WHERE id_hash = $1 AND expires_at > now()',
      [hash(raw)],
    );
    if (rows[0]) return { id: raw, userId: rows[0].user_id ?? undefined, data: rows[0].data, persisted: true };
  }
  const id = newId('g');
  reply.setCookie(SESSION_COOKIE, id, cookieOptions(secure));
  return { id, data: {}, persisted: false };
}

/** Starts a fresh signed-in session and deletes the old one. */
export async function startSignedInSession(db: Queryable, request: FastifyRequest, reply: FastifyReply, userId: string, secure: boolean): Promise<Session> {
  const old = request.session;
  if (old?.persisted) await db.query('DELETE FROM sessions WHERE id_hash = $1', [hash(old.id)]);
  const id = newId('u');
  await db.query(`INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [hash(id), userId, SIGNED_IN_HOURS]);
  reply.setCookie(SESSION_COOKIE, id, cookieOptions(secure));
  request.session = { id, userId, data: {}, persisted: true };
  return request.session;
}

export async function endSession(db: Queryable, request: FastifyRequest, reply: FastifyReply, secure: boolean): Promise<void> {
  if (request.session?.persisted) await db.query('DELETE FROM sessions WHERE id_hash = $1', [hash(request.session.id)]);
  const id = newId('g');
  reply.setCookie(SESSION_COOKIE, id, cookieOptions(secure));
  request.session = { id, data: {}, persisted: false };
}

/** Saves a one-time message shown on the next page (signed-in sessions only). */
export async function setFlash(db: Queryable, request: FastifyRequest, message: string): Promise<void> {
  if (!request.session.persisted) return;
  await db.query(`UPDATE sessions SET data = jsonb_set(data, '{flash}', to_jsonb($2::text)) WHERE id_hash = $1`, [hash(request.session.id), message]);
}

export async function takeFlash(db: Queryable, request: FastifyRequest): Promise<string | undefined> {
  const flash = request.session.data.flash;
  if (typeof flash !== 'string') return undefined;
  await db.query(`UPDATE sessions SET data = data - 'flash' WHERE id_hash = $1`, [hash(request.session.id)]);
  return flash;
}

/** Signs a person out everywhere (e.g. when their account is deleted): ends every session of that user. */
export async function endSessionsOfUser(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

/** How many signed-in sessions are recorded for a person (expired ones too, until they are pruned). */
export async function countSessionsOfUser(db: Queryable, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [userId]);
  return rows[0]!.n;
}

export async function pruneSessions(db: Queryable): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at < now()');
}
