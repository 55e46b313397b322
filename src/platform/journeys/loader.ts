// One place that loads what a journey's pages need (the draft, the thing it is for) and refuses or redirects,
// as a fastify preHandler, so each page handler starts with the state in hand instead of repeating the checks.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';

/** returned by a load function to send the person elsewhere (303) instead of showing the page */
export class Redirect {
  constructor(readonly url: string) {}
}
export const redirectTo = (url: string): Redirect => new Redirect(url);

export interface Loader<S> {
  /** use as `{ preHandler: loader.preHandler }` on each of the journey's routes */
  preHandler: preHandlerAsyncHookHandler;
  /** the state loaded for this request (only inside a route that uses the preHandler) */
  of(req: FastifyRequest): S;
}

/**
 * `load` runs once per request, before the handler. It returns the state; or `redirectTo(url)`; or throws (e.g.
 * NotFoundError, or the error `authorize` throws), which the app's error handler turns into the right page.
 */
export function createLoader<S>(load: (req: FastifyRequest, reply: FastifyReply) => Promise<S | Redirect>): Loader<S> {
  const states = new WeakMap<FastifyRequest, S>();
  return {
    async preHandler(req, reply) {
      const result = await load(req, reply);
      if (result instanceof Redirect) return reply.redirect(result.url, 303);
      states.set(req, result);
    },
    of(req) {
      if (!states.has(req)) throw new Error('This route does not use the journey loader as its preHandler');
      return states.get(req)!;
    },
  };
}
