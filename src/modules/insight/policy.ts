// Abilities for the insight analysis: seeing its runs and what it holds, starting a run, and reviewing the themes
// the engine gave items (confirming or correcting them).
import { roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'insight.view': roles('facilitator', 'admin'),
  'insight.run': roles('facilitator', 'admin'),
  'insight.review': roles('facilitator', 'admin'),
};
