import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ForbiddenError, SignInRequiredError } from '../errors/index.ts';
import { GUEST, PolicyRegistry, roles } from './index.ts';

test('authorize asks a signed-out person to sign in and refuses a signed-in person without the ability', () => {
  const r = new PolicyRegistry();
  r.register({ 'thing.edit': roles('admin') }, 'test');
  assert.throws(() => r.authorize(GUEST, 'thing.edit'), SignInRequiredError);
  assert.throws(() => r.authorize({ userId: 'u', roles: ['participant'], organisationIds: [] }, 'thing.edit'), ForbiddenError);
  assert.doesNotThrow(() => r.authorize({ userId: 'u', roles: ['admin'], organisationIds: [] }, 'thing.edit'));
});

test('abilities must be named <subject>.<verb>, declared once, and known when checked', () => {
  const r = new PolicyRegistry();
  assert.throws(() => r.register({ editThing: roles('admin') }, 'test'), /must be named/);
  r.register({ 'thing.edit': roles('admin') }, 'a');
  assert.throws(() => r.register({ 'thing.edit': roles('admin') }, 'b'), /declared twice/);
  assert.throws(() => r.can(GUEST, 'thing.delete'), /Unknown ability/);
});
