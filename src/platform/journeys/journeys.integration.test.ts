// Draft storage on the real database, and the loader as a fastify preHandler on a real fastify app.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { testDatabase } from '../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { DraftStore, createLoader, redirectTo } from './index.ts';

let db: Database;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

const store = new DraftStore<{ name?: string; needs?: string[] }>('test-referral', 1);
const userA = '11111111-1111-4111-8111-111111111111';
const userB = '22222222-2222-4222-8222-222222222222';

test('a draft keeps merged answers, belongs to its scope, and only its signed-in owner can continue it', async () => {
  const id = await store.create(db, 'scope-1', null, { name: 'Sam' });
  await store.save(db, id, { needs: ['quiet-space'] });
  assert.deepEqual((await store.find(db, 'scope-1', id, undefined))?.answers, { name: 'Sam', needs: ['quiet-space'] });
  assert.equal(await store.find(db, 'scope-2', id, undefined), undefined, 'another scope cannot see it');
  assert.equal(await store.find(db, 'scope-1', 'not-a-uuid', undefined), undefined, 'a malformed id is simply not found');
  assert.equal(await new DraftStore('other-journey').find(db, 'scope-1', id, undefined), undefined, 'another journey cannot see it');

  const mine = await store.create(db, 'scope-1', userA, {});
  assert.ok(await store.find(db, 'scope-1', mine, userA));
  assert.equal(await store.find(db, 'scope-1', mine, userB), undefined);
  assert.equal(await store.find(db, 'scope-1', mine, undefined), undefined);
});

test('finishing clears the answers and remembers the result; erasing a person removes their drafts; expired drafts are gone', async () => {
  const id = await store.create(db, 'scope-3', userA, { name: 'Private' });
  await store.complete(db, id, 'booking-9');
  const done = await store.find(db, 'scope-3', id, userA);
  assert.deepEqual({ answers: done?.answers, result: done?.resultId }, { answers: {}, result: 'booking-9' });
  assert.equal(await store.count(db, ['scope-3']), 1);
  await store.eraseFor(db, userA);
  assert.equal(await store.count(db, ['scope-3']), 0);

  const old = await store.create(db, 'scope-4', null, {});
  await db.query(`UPDATE journey_drafts SET expires_at = now() - interval '1 minute' WHERE id = $1`, [old]);
  assert.equal(await store.find(db, 'scope-4', old, undefined), undefined, 'an expired draft cannot be continued');
  await store.create(db, 'scope-4', null, {});
  assert.equal((await db.query('SELECT 1 FROM journey_drafts WHERE id = $1', [old])).rows.length, 0, 'starting a draft deletes expired ones');
});

test('the loader runs once before the handler: it gives the state, redirects, or lets an error become the error page', async () => {
  const app = Fastify();
  let loads = 0;
  const loader = createLoader<{ draft: string }>(async (req) => {
    loads++;
    const id = (req.params as { id: string }).id;
    if (id === 'finished') return redirectTo('/done');
    if (id === 'missing') throw Object.assign(new Error('Not found'), { statusCode: 404 });
    return { draft: id };
  });
  app.get<{ Params: { id: string } }>('/j/:id', { preHandler: loader.preHandler }, async (req) => `draft ${loader.of(req).draft}`);
  app.get('/no-loader', async (req) => loader.of(req));
  const ok = await app.inject('/j/abc');
  assert.deepEqual([ok.statusCode, ok.body, loads], [200, 'draft abc', 1]);
  const moved = await app.inject('/j/finished');
  assert.deepEqual([moved.statusCode, moved.headers.location], [303, '/done']);
  assert.equal((await app.inject('/j/missing')).statusCode, 404);
  assert.equal((await app.inject('/no-loader')).statusCode, 500, 'using the state without the preHandler is a programming error');
  await app.close();
});
