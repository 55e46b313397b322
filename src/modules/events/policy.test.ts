import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('events abilities for every kind of person', () => {
  const everyone = ['guest', 'participant', 'organisation rep', 'facilitator', 'moderator', 'admin'] as const;
  assertPolicyTable(policy, [
    ['event.view', [...everyone]],
    ['event.book', [...everyone]],
    ['event.manage', ['facilitator', 'admin']],
    ['booking.export', ['facilitator', 'admin']],
    ['booking.manage', ['participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
  ]);
});
