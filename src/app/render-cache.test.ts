import { test } from 'node:test';
import assert from 'node:assert/strict';
import nunjucks from 'nunjucks';
import { cacheRenders } from './render-cache.ts';

let renders = 0;
const loader = {
  getSource: () => ({ src: '<p nonce="{{ cspNonce }}">{{ name }} {{ csrfToken }} {{ counted() }}</p>', path: 'page.njk', noCache: false }),
};
const cached = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, { autoescape: true });
cached.addGlobal('counted', () => ++renders);
const stats = cacheRenders(cached, 2);

const render = (ctx: object) => new Promise<string>((resolve, reject) => cached.render('page.njk', ctx, (err, html) => (err ? reject(err) : resolve(html!))));

test('the same page and data render once; nonce and CSRF token are still per request', async () => {
  const a = await render({ name: 'Ann', cspNonce: 'n1', csrfToken: 't1' });
  const b = await render({ name: 'Ann', cspNonce: 'n2', csrfToken: 't2' });
  assert.equal(a, '<p nonce="n1">Ann t1 1</p>');
  assert.equal(b, '<p nonce="n2">Ann t2 1</p>', 'served from the cache with this request\'s values');
  assert.equal(stats.hits(), 1);
  const c = await render({ name: 'Bob', cspNonce: 'n3', csrfToken: 't3' });
  assert.equal(c, '<p nonce="n3">Bob t3 2</p>', 'different data renders again');
});

test('the cache is bounded and data that cannot be compared is never cached', async () => {
  await render({ name: 'C1' });
  await render({ name: 'C2' });
  await render({ name: 'C3' });
  const before = renders;
  await render({ name: 'C1' });
  assert.equal(renders, before + 1, 'the oldest entry was dropped');
  const m1 = await render({ name: 'Map', extra: new Map([[1, 2]]) });
  const m2 = await render({ name: 'Map', extra: new Map([[3, 4]]) });
  assert.notEqual(m1, m2);
});
