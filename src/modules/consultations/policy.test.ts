import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('consultations abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['consultation.view', ['guest', 'participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
    ['consultation.comment', ['guest', 'participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
    ['consultation.comment-for-organisation', ['organisation rep']],
    ['consultation.manage', ['facilitator', 'admin']],
    ['consultation.view-comments', ['facilitator', 'admin']],
    ['consultation.enter-comment', ['facilitator', 'admin']],
  ]);
});
