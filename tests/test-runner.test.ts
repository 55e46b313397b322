// The `npm test` runner itself: a phase that finds files but runs no test fails; with a path, only the phases that
// have matching files run (lint, a check rather than a test, is not one of them unless named).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '..');

function runner(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  // NODE_TEST_CONTEXT would make the inner runner think it is nested inside this test and run nothing
  const { NODE_TEST_CONTEXT: _nested, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, TEST_DATABASE_URL: '', ...extraEnv } });
  return { code: r.status, out: r.stdout + r.stderr };
}

test('a phase that finds test files but runs no test fails', () => {
  const { code, out } = runner(['scripts/fixtures/holds-no-test'], { CHORUS_TEST_ROOTS: 'scripts/fixtures' });
  assert.equal(code, 1);
  assert.match(out, /holds-no-test\.test\.ts holds no test: that counts as a failure/);
  assert.match(out, /1 file\(s\) found but no test ran: that counts as a failure/);
  assert.match(out, /^0 passed, 1 failed$/m);
});

test('a path runs only the phases with matching files, without lint, and passes when they pass', () => {
  const { code, out } = runner(['src/modules/events/time.test']);
  assert.equal(code, 0, out);
  assert.match(out, /=== unit: 1 file\(s\)/);
  assert.doesNotMatch(out, /=== (lint|integration|browser)/);
  const line = /^(\d+) passed, 0 failed$/m.exec(out);
  assert.ok(line && Number(line[1]) > 0, 'the summary counts the tests of that file');
});
