import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('insight abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['insight.view', ['facilitator', 'admin']],
    ['insight.run', ['facilitator', 'admin']],
    ['insight.review', ['facilitator', 'admin']],
  ]);
});
