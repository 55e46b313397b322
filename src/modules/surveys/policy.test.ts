import { test } from 'node:test';
import { assertPolicyTable } from '../../../tests/support/policy-table.ts';
import { policy } from './policy.ts';

test('surveys abilities for every kind of person', () => {
  assertPolicyTable(policy, [
    ['survey.respond', ['guest', 'participant', 'organisation rep', 'facilitator', 'moderator', 'admin']],
    ['survey.respond-for-organisation', ['organisation rep']],
    ['survey.manage', ['facilitator', 'admin']],
    ['survey.enter-response', ['facilitator', 'admin']],
    ['survey.view-results', ['facilitator', 'admin']],
    ['survey.see-equality', ['admin']],
  ]);
});
