import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('site and admin abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['admin.access', ['facilitator', 'moderator', 'admin']],
    ['settings.manage', ['admin']],
    ['outbox.view', ['admin']],
  ]);
});
