// Route guards: every handler that needs an ability calls authorize() (or uses requireAbility as a preHandler).
import type { FastifyReply, FastifyRequest } from 'fastify';

export function authorize(request: FastifyRequest, ability: string, resource?: unknown): void {
  request.server.ctx.policies.authorize(request.actor, ability, resource);
}

export function can(request: FastifyRequest, ability: string, resource?: unknown): boolean {
  return request.server.ctx.policies.can(request.actor, ability, resource);
}

export const requireAbility = (ability: string) => async (request: FastifyRequest, _reply: FastifyReply) => {
  authorize(request, ability);
};

/** Only same-site relative paths are followed after sign-in (no open redirects). */
export function safeReturnPath(raw: unknown, fallback = '/account'): string {
  if (typeof raw !== 'string') return fallback;
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(raw)) return fallback;
  return raw;
}
