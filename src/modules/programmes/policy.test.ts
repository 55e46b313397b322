import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('programmes abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['programme.view', ['guest', 'participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
    ['programme.manage', ['facilitator', 'admin']],
  ]);
});
