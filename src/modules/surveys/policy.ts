// Abilities for surveys: building them, answering them, entering responses taken another way, and results.
import { anyone, representsAnOrganisation, roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'survey.respond': anyone,
  'survey.respond-for-organisation': representsAnOrganisation,
  'survey.manage': roles('facilitator', 'admin'),
  'survey.enter-response': roles('facilitator', 'admin'),
  'survey.view-results': roles('facilitator', 'admin'),
  // equality answers are special category data: only admins (the trust's equality leads) see them per response
  'survey.see-equality': roles('admin'),
};
