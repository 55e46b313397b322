import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('"you said, we did" abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['you-said-we-did.view', ['guest', 'participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
    ['you-said-we-did.manage', ['facilitator', 'admin']],
  ]);
});
