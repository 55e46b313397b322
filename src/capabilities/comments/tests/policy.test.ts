import { test } from 'node:test';
import { assertPolicyTable } from '../../../../tests/support/policy-table.ts';
import { policy } from '../policy.ts';

test('comments abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['comment.moderate', ['moderator', 'facilitator', 'admin']],
    ['comment.flag', ['guest', 'participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
    ['comment.enter-received', ['facilitator', 'admin']],
    ['comment.export', ['facilitator', 'admin']],
  ]);
});
