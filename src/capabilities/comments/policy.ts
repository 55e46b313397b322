// Abilities for comments: moderating them, reporting them, and typing in comments received another way, and downloading them.
import { anyone, roles, type Policy } from '../../platform/authorisation/index.ts';

export const policy: Policy = {
  'comment.moderate': roles('moderator', 'facilitator', 'admin'),
  'comment.flag': anyone,
  'comment.enter-received': roles('facilitator', 'admin'),
  // every comment on every resource, as a spreadsheet
  'comment.export': roles('facilitator', 'admin'),
};
