// Abilities for the insight analysis: seeing its runs and what it holds, and starting a run.
import { roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'insight.view': roles('facilitator', 'admin'),
  'insight.run': roles('facilitator', 'admin'),
};
