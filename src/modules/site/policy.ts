// Abilities for the admin area, site settings and the email outbox.
import { roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'admin.access': roles('facilitator', 'moderator', 'admin'),
  'settings.manage': roles('admin'),
  'outbox.view': roles('admin'),
};
