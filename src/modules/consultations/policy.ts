// Abilities for consultations: reading and commenting on a draft, commenting for an organisation, writing and
// publishing versions, decisions and the response, and working with the comments.
import { anyone, representsAnOrganisation, roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'consultation.view': anyone,
  // a consultation can also ask people to sign in first (checked on its own pages)
  'consultation.comment': anyone,
  'consultation.comment-for-organisation': representsAnOrganisation,
  'consultation.manage': roles('facilitator', 'admin'),
  'consultation.view-comments': roles('facilitator', 'admin'),
  'consultation.enter-comment': roles('facilitator', 'admin'),
};
