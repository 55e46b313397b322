// peopleNames gives the insight module every person's name, so a quote naming someone is caught before it is
// published: staff and members of the public, not organisations, and not people who deleted their account.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildOrganisation, buildUser } from '../testing/factories.ts';
import { peopleNames } from '../api.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test("every person's name once, trimmed; not organisations, blank names or deleted accounts", async () => {
  const femi = await buildUser(t.ctx, { name: 'Femi Adebayo', roles: ['facilitator'] });
  await buildUser(t.ctx, { name: '  Siobhán O’Neill ' });
  await buildUser(t.ctx, { name: 'Femi Adebayo' });
  await buildUser(t.ctx, { name: '   ' });
  await buildOrganisation(t.ctx, 'Leeds Carers Network', [femi.id]);
  const { agent } = await signedInAgent(t, ['participant'], { name: 'Eve Erase' });
  assert.ok((await peopleNames(t.db)).includes('Eve Erase'), 'there before the account is deleted');
  assert.equal((await agent.submit('/account/delete', {}, 'Delete my account')).location, '/account-deleted');

  const names = await peopleNames(t.db);
  assert.deepEqual(names.filter((n) => ['Femi Adebayo', 'Siobhán O’Neill'].includes(n)).sort(), ['Femi Adebayo', 'Siobhán O’Neill'], 'two people named Femi Adebayo: the name once');
  assert.ok(!names.includes('Leeds Carers Network'), 'an organisation is not a person');
  assert.ok(!names.includes('Eve Erase'), 'a deleted account has no name');
  assert.ok(names.every((n) => n === n.trim() && n !== ''), 'trimmed, none blank');
});
