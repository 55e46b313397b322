// Fastify type additions made by the platform.
import type { Session } from '../auth/session.ts';
import type { Actor } from '../authorisation/index.ts';
import type { AppContext, CurrentUser } from '../module.ts';

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    session: Session;
    actor: Actor;
    user?: CurrentUser;
  }
  interface FastifyReply {
    locals?: Record<string, unknown>;
  }
}
