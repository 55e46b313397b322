// The id check every route gets: which parameters hold ids, 404 for a wrong shape, and that it runs after the
// scope's own hooks (so sign-in and ability checks still come first).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { AppError } from '../../errors/index.ts';
import { checkIdParams, isWholeNumberId, paramNames } from '../ids.ts';
import { storedKey } from '../../security/rate-limit.ts';

const UUID = '0b6f4c1e-8d2a-4f3b-9c5d-1e2f3a4b5c6d';

async function app() {
  const a = Fastify();
  a.addHook('onRoute', checkIdParams);
  a.setErrorHandler((err: Error, _req, reply) => reply.code(err instanceof AppError ? err.status : 500).send(err.message));
  await a.register(async (scope) => {
    scope.addHook('preHandler', async (req, reply) => {
      if (req.headers['x-guest']) await reply.code(303).header('location', '/sign-in').send();
    });
    scope.get('/things/:id', async () => 'thing');
    scope.get('/things/:id/people/:userId', { preHandler: async (req) => void ((req as { seen?: boolean }).seen = true) }, async () => 'person');
    scope.get('/outbox/:id', { config: { ids: { id: 'whole-number' } } }, async () => 'message');
    scope.get('/pages/:page/tokens/:token', async () => 'page');
    scope.get('/codes/:id', { config: { ids: { id: 'text' } } }, async () => 'code');
  });
  return a;
}

describe('path ids', () => {
  test('parameter names are read from the path', () => {
    assert.deepEqual(paramNames('/surveys/:id/pages/:page/questions/:question/move-:direction'), ['id', 'page', 'question', 'direction']);
  });

  test(':id, :draft and names ending in Id must be UUIDs; a wrong shape is a 404 before the handler', async () => {
    const a = await app();
    const status = async (url: string, headers: Record<string, string> = {}) => (await a.inject({ url, headers })).statusCode;
    assert.equal(await status(`/things/${UUID}`), 200);
    for (const bad of ['not-a-uuid', '%00', `${UUID}x`, "'%3B%20DROP"]) assert.equal(await status(`/things/${bad}`), 404, bad);
    assert.equal(await status(`/things/${UUID}/people/${UUID}`), 200);
    assert.equal(await status(`/things/${UUID}/people/nobody`), 404);
    assert.equal(await status('/things/nope', { 'x-guest': '1' }), 303, "the scope's own hooks run first");
    assert.equal(await status('/pages/p1/tokens/anything'), 200, 'other parameters are left to the handler');
    await a.close();
  });

  test('a route can say its id is a whole number, or text', async () => {
    const a = await app();
    const status = async (url: string) => (await a.inject({ url })).statusCode;
    assert.equal(await status('/outbox/42'), 200);
    for (const bad of ['0', '-1', '1e3', '042', UUID, '9'.repeat(17)]) assert.equal(await status(`/outbox/${bad}`), 404, bad);
    assert.equal(await status('/codes/ABC-123'), 200);
    assert.equal(isWholeNumberId('9007199254740991'), true);
    assert.equal(isWholeNumberId('9007199254740992'), false);
    await a.close();
  });
});

describe('rate limit keys', () => {
  test('short printable keys are kept; NUL, control bytes, other text and long keys are stored as a hash', () => {
    const limit = { name: 'sign-in' };
    assert.equal(storedKey(limit, '127.0.0.1:ada@example.org'), 'sign-in:127.0.0.1:ada@example.org');
    for (const raw of ['ada\u0000@example.org', 'ada\u001b@example.org', 'zoë@example.org', 'x'.repeat(300), '\uD800']) {
      const key = storedKey(limit, raw);
      assert.match(key, /^sign-in:sha256:[A-Za-z0-9_-]{43}$/, JSON.stringify(raw).slice(0, 20));
    }
    assert.notEqual(storedKey(limit, 'a\u0000'), storedKey(limit, 'a\u0001'), 'two keys stay two keys');
  });
});
