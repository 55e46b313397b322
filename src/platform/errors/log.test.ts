import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorForLog } from './log.ts';

test('an error is logged without the values it quotes, in its message and in its stack', () => {
  const err = new Error('duplicate key value violates unique constraint "users_email_key": Key (email)=(jane.patient@example.org) already exists');
  (err as Error & { code: string }).code = '23505';
  const logged = errorForLog(err);
  assert.equal(logged.code, '23505');
  assert.match(logged.message, /^duplicate key value violates unique constraint "…": Key "…" already exists$/);
  assert.ok(logged.stack, 'the stack is kept, for where it failed');
  assert.match(logged.stack!, /at .*log\.test\.ts/);
  for (const part of [logged.message, logged.stack!]) assert.doesNotMatch(part, /jane\.patient|users_email_key/);
});

test("a uuid error's input is not logged", () => {
  const logged = errorForLog(new Error('invalid input syntax for type uuid: "My name is Jane"'));
  assert.doesNotMatch(JSON.stringify(logged), /Jane/);
});
