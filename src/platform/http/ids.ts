// Ids in paths and forms. Checking the shape before a query means a malformed id is a 404, never a database error.
import type { FastifyRequest, RouteOptions } from 'fastify';
import { NotFoundError } from '../errors/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** true for a UUID in its usual text form (any case), false for anything else, including non-strings */
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** true for a whole number id from an identity column (1 to 2^53 - 1, no sign, no leading zero) */
export const isWholeNumberId = (v: unknown): v is string => typeof v === 'string' && /^[1-9][0-9]{0,15}$/.test(v) && Number.isSafeInteger(Number(v));

/**
 * What a path parameter holds. By convention `:id`, `:draft` and any name ending in `Id` (`:userId`, `:phaseId`)
 * hold a UUID; a route whose parameter holds something else says so in its config, e.g.
 * `app.get('/outbox/:id', { config: { ids: { id: 'whole-number' } } }, …)`; 'text' leaves it to the handler.
 */
export type IdKind = 'uuid' | 'whole-number' | 'text';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the kind of id each path parameter holds, where it differs from the convention (see platform/http/ids.ts) */
    ids?: Record<string, IdKind>;
  }
}

const UUID_BY_NAME = /^(id|draft|[a-z][A-Za-z]*Id)$/;

/** the names of a route path's parameters: `/surveys/:id/pages/:page` gives id and page */
export function paramNames(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
}

const CHECKS: Record<Exclude<IdKind, 'text'>, (v: unknown) => boolean> = { uuid: isUuid, 'whole-number': isWholeNumberId };

/**
 * An onRoute hook (added by the app for every route): when a route's path has id parameters, it gets a first
 * preHandler that answers 404 for an id of the wrong shape. It runs after the scope's own hooks (sign-in, the admin
 * ability and the CSRF check), so a guest is still sent to sign in and a person without the ability still gets 403.
 */
export function checkIdParams(route: RouteOptions): void {
  const declared = (route.config as { ids?: Record<string, IdKind> } | undefined)?.ids ?? {};
  const checks = paramNames(route.url)
    .map((name) => [name, declared[name] ?? (UUID_BY_NAME.test(name) ? 'uuid' : 'text')] as const)
    .filter((c): c is readonly [string, Exclude<IdKind, 'text'>] => c[1] !== 'text');
  if (checks.length === 0) return;
  const checkIds = async (request: FastifyRequest) => {
    const params = request.params as Record<string, unknown>;
    for (const [name, kind] of checks) if (!CHECKS[kind](params[name])) throw new NotFoundError();
  };
  const existing = route.preHandler === undefined ? [] : Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler];
  route.preHandler = [checkIds, ...existing];
}
