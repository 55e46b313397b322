import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './index.ts';

test('defaults start Chorus on the embedded database', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.dataDir, './data');
  assert.equal(c.webConcurrency, 1);
  assert.equal(c.isProduction, false);
});

test('bad values fail fast with a message that says how to fix them', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT must be a whole number from 0 to 65535/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL must start with postgres:\/\//);
  assert.throws(() => loadConfig({ WEB_CONCURRENCY: '2' }), /WEB_CONCURRENCY=2 needs a PostgreSQL server.*Set DATABASE_URL/);
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SESSION_SECRET is required when NODE_ENV=production/);
  assert.throws(() => loadConfig({ SESSION_SECRET: 'short' }), /at least 32 characters/);
  assert.throws(() => loadConfig({ BASE_URL: 'chorus.nhs.uk' }), /BASE_URL must be a full web address/);
});

test('WEB_CONCURRENCY above 1 is accepted with PostgreSQL', () => {
  const c = loadConfig({ WEB_CONCURRENCY: '2', DATABASE_URL: 'postgres://localhost/chorus' });
  assert.equal(c.webConcurrency, 2);
});
