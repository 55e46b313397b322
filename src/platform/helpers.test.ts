// The small helpers every module shares: ids, token hashing, vocabularies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { isUuid } from './http/ids.ts';
import { hashToken, newToken } from './security/tokens.ts';
import { textOf, valuesOf } from './vocabulary.ts';

test('isUuid accepts a UUID in any case and refuses everything else', () => {
  assert.equal(isUuid('0b6f4c1e-8d2a-4f3b-9c5d-1e2f3a4b5c6d'), true);
  assert.equal(isUuid('0B6F4C1E-8D2A-4F3B-9C5D-1E2F3A4B5C6D'), true);
  for (const bad of ['', 'nope', '0b6f4c1e-8d2a-4f3b-9c5d-1e2f3a4b5c6', '0b6f4c1e-8d2a-4f3b-9c5d-1e2f3a4b5c6d\n', "0b6f4c1e-8d2a-4f3b-9c5d-1e2f3a4b5c6d' OR 1=1", undefined, null, 42, ['0b6f4c1e-8d2a-4f3b-9c5d-1e2f3a4b5c6d']]) {
    assert.equal(isUuid(bad), false, String(bad));
  }
});

test('tokens are random and stored as their SHA-256 (the same hash tokens issued before this change were stored with)', () => {
  const a = newToken();
  assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, newToken());
  assert.equal(hashToken('abc'), createHash('sha256').update('abc').digest('base64url'));
  assert.equal(hashToken('abc'), 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
});

test('vocabularies give their values and the text for a value', () => {
  const list = [{ value: 'open', text: 'Open' }, { value: 'closed', text: 'Closed' }];
  assert.deepEqual(valuesOf(list), ['open', 'closed']);
  assert.equal(textOf(list, 'closed'), 'Closed');
  assert.equal(textOf(list, 'unknown'), 'unknown');
  assert.equal(textOf(list, 'unknown', ''), '');
  assert.equal(textOf(list, null), '');
});
