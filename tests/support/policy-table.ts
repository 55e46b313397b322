// Runs a policy table: every ability of a policy × every kind of person, with the expected answer written out.
import assert from 'node:assert/strict';
import type { Actor, Policy } from '../../src/platform/authorisation/index.ts';
import { GUEST, PolicyRegistry } from '../../src/platform/authorisation/index.ts';

export const PEOPLE: Record<string, Actor> = {
  guest: GUEST,
  participant: { userId: 'u-participant', roles: ['participant'], organisationIds: [] },
  'organisation rep': { userId: 'u-rep', roles: ['participant'], organisationIds: ['org-1'] },
  facilitator: { userId: 'u-facilitator', roles: ['participant', 'facilitator'], organisationIds: [] },
  moderator: { userId: 'u-moderator', roles: ['participant', 'moderator'], organisationIds: [] },
  admin: { userId: 'u-admin', roles: ['participant', 'admin'], organisationIds: [] },
};

export type Row = [ability: string, allowed: (keyof typeof PEOPLE)[]];

export function assertPolicyTable(policy: Policy, table: Row[]): void {
  const registry = new PolicyRegistry();
  registry.register(policy, 'test');
  assert.deepEqual(table.map(([a]) => a).sort(), registry.abilities(), 'the table must list every ability of the policy, and only those');
  for (const [ability, allowed] of table) {
    for (const [who, actor] of Object.entries(PEOPLE)) {
      assert.equal(registry.can(actor, ability), allowed.includes(who), `${ability} for ${who}`);
    }
  }
}
