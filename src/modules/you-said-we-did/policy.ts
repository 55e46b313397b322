// Abilities for "you said, we did": anyone can read a programme's page; facilitators and admins write it.
import { anyone, roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'you-said-we-did.view': anyone,
  'you-said-we-did.manage': roles('facilitator', 'admin'),
};
