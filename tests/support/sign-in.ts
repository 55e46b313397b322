// Signs an Agent in through the real password sign-in form.
import assert from 'node:assert/strict';
import type { Role } from '../../src/platform/authorisation/index.ts';
import { buildUser, TEST_PASSWORD } from '../../src/modules/accounts/testing/factories.ts';
import { Agent, type TestApp } from './app.ts';

export async function signedInAgent(t: TestApp, roles: Role[] = ['participant'], overrides: { email?: string; name?: string; identities?: string[] } = {}) {
  const user = await buildUser(t.ctx, { roles, ...overrides });
  const agent = new Agent(t.app);
  const res = await agent.submit('/sign-in/password', { email: user.email!, password: TEST_PASSWORD });
  assert.equal(res.status, 303, `signing in as ${roles.join(',')} should redirect`);
  return { agent, user };
}
