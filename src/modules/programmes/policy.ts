// Abilities for programmes, their phases and workgroups.
import { anyone, roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'programme.view': anyone,
  'programme.manage': roles('facilitator', 'admin'),
};
