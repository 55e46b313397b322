import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('accounts abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['account.manage', ['participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
    ['user.list', ['admin']],
    ['user.invite', ['admin']],
    ['user.assign-role', ['admin']],
    ['organisation.manage', ['admin']],
    ['organisation.view', ['facilitator', 'admin']],
    ['organisation.represent', ['organisation rep']],
  ]);
});
