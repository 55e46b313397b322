// The composition root: platform plugins first (security headers, cookies, forms, views, sessions, CSRF),
// then each module from modules.ts, in order. Knows every module; owns no feature.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import '../platform/http/types.ts';
import { loadSession } from '../platform/auth/session.ts';
import { GUEST } from '../platform/authorisation/index.ts';
import { AppError, CsrfError, SignInRequiredError } from '../platform/errors/index.ts';
import { errorForLog } from '../platform/errors/log.ts';
import { checkIdParams } from '../platform/http/ids.ts';
import { CSRF_FIELD, csrfToken, csrfValid } from '../platform/security/csrf.ts';
import { enforce, RateLimitedError } from '../platform/security/rate-limit.ts';
import type { AppContext, ChorusModule, NavItem } from '../platform/module.ts';
import { wireModuleHooks } from './context.ts';
import { registerAssets } from './assets.ts';
import { registerViews } from './views.ts';

export interface BuildOptions {
  /** a writable stream for logs (tests capture them) */
  logStream?: NodeJS.WritableStream;
  /** called for every route as it is added (tests walk the route table with it) */
  onRoute?: (route: RouteOptions) => void;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NO_SESSION = /^\/(assets|nhsuk|questionnaires\/pictures)\/|^\/(healthz|readyz)$/;

/** Strips query strings from logged URLs: they can hold tokens or personal details. */
const pathOnly = (url: string) => url.split('?')[0];

export async function buildApp(ctx: AppContext, modules: readonly ChorusModule[], options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: pathOnly(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorate('ctx', ctx);
  app.decorateRequest('session', null as never);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('user', undefined);
  app.decorateReply('locals', undefined);
  // Ids in paths are checked before any handler runs: a malformed id is a 404, never a database error.
  app.addHook('onRoute', checkIdParams);
  if (options.onRoute) app.addHook('onRoute', options.onRoute);

  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.isProduction ? [] : null,
      },
    },
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 1_048_576 });
  await registerViews(app, !config.isTest && config.nodeEnv !== 'development', config.isTest);
  await registerAssets(app);

  // Liveness: the process answers (cheap, touches nothing). Readiness: this node can serve people, so its database
  // answers within 2 seconds; a load balancer sends no one to a node whose /readyz is 503.
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    if (await databaseAnswers(ctx, 2000)) return { status: 'ready' };
    return reply.code(503).send({ status: 'unavailable', reason: 'The database is not answering' });
  });

  for (const m of modules) if (m.policy) ctx.policies.register(m.policy, m.id);
  wireModuleHooks(ctx, modules);
  for (const m of modules) await m.init?.(ctx);

  // Who is asking: session, signed-in person, and what every page's layout needs.
  app.addHook('onRequest', async (request, reply) => {
    request.actor = GUEST;
    if (NO_SESSION.test(request.url)) return;
    request.session = await loadSession(ctx.db, request, reply, config.isProduction);
    if (request.session.userId && ctx.identity) {
      const user = await ctx.identity.loadUser(request.session.userId);
      if (user) {
        request.user = user;
        request.actor = user;
      }
    }
    const nonce = (reply as FastifyReply & { cspNonce?: { script: string } }).cspNonce?.script;
    const can = (ability: string, resource?: unknown) => ctx.policies.can(request.actor, ability, resource);
    const path = pathOnly(request.url);
    const visible = (items: NavItem[]) =>
      items.filter((i) => !i.ability || can(i.ability)).map((i) => ({ ...i, current: i.href === path, active: i.href !== '/' && path.startsWith(i.href) }));
    reply.locals = {
      cspNonce: nonce,
      csrfToken: csrfToken(ctx.secret, request.session.id),
      csrfField: CSRF_FIELD,
      currentUser: request.user,
      currentPath: path,
      accountItems: [
        { href: '/help', text: 'Get help now', classes: 'app-help-link' },
        ...(request.user
          ? [{ href: '/account', text: request.user.name || 'Your account', icon: true }, { href: '/sign-out', text: 'Sign out' }]
          : [{ href: '/sign-in', text: 'Sign in' }]),
      ],
      can,
      navigation: visible([...modules.flatMap((m) => m.navigation ?? []), { text: 'Admin', href: '/admin', ability: 'admin.access' }]),
      adminNavigation: visible(modules.flatMap((m) => m.adminNavigation ?? [])),
      site: await ctx.settings.get(),
    };
  });

  // Every state-changing request must carry the session's CSRF token.
  app.addHook('preHandler', async (request) => {
    if (!STATE_CHANGING.has(request.method)) return;
    const body = request.body as Record<string, unknown> | undefined;
    if (!request.session || !csrfValid(ctx.secret, request.session.id, body?.[CSRF_FIELD])) throw new CsrfError();
  });

  app.setErrorHandler(async (error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof SignInRequiredError) {
      return reply.redirect(`/sign-in?next=${encodeURIComponent(pathOnly(request.url))}`, 303);
    }
    const status = error instanceof AppError ? error.status : error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: errorForLog(error) }, 'request failed');
    } else {
      request.log.info({ errorId: error instanceof AppError ? error.id : error.name, status }, 'request refused');
    }
    if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
    return renderError(request, reply, status);
  });

  app.setNotFoundHandler(async (request, reply) => {
    // Rate-limited: someone guessing addresses gets slowed down.
    if (request.session) await enforce(ctx.db, request, { name: 'not-found', max: 60, windowSeconds: 60 });
    request.log.info({ status: 404 }, 'not found');
    return renderError(request, reply, 404);
  });

  for (const m of modules) {
    if (m.routes) await app.register(async (scope) => m.routes!(scope, ctx));
    if (m.adminRoutes) {
      await app.register(
        async (scope) => {
          scope.addHook('preHandler', async (request) => ctx.policies.authorize(request.actor, 'admin.access'));
          await m.adminRoutes!(scope, ctx);
        },
        { prefix: '/admin' },
      );
    }
  }
  return app;
}

async function databaseAnswers(ctx: AppContext, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const query = ctx.db.query('SELECT 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const ERROR_TEMPLATES: Record<number, string> = { 401: 'views/errors/403.njk', 403: 'views/errors/403.njk', 404: 'views/errors/404.njk', 429: 'views/errors/429.njk', 500: 'views/errors/500.njk' };

async function renderError(request: FastifyRequest, reply: FastifyReply, status: number) {
  const template = ERROR_TEMPLATES[status] ?? (status >= 500 ? ERROR_TEMPLATES[500]! : 'views/errors/problem.njk');
  reply.code(status);
  try {
    if (!reply.locals) reply.locals = { navigation: [], site: await request.server.ctx.settings.get() };
    return await reply.view(template, { status, requestId: request.id });
  } catch {
    return reply.type('text/plain; charset=utf-8').send(status >= 500 ? 'Sorry, there is a problem with the service. Try again later.' : 'There is a problem.');
  }
}
