// The comments capability: comments on any resource a module owns, replies one level deep, moderation, flags,
// counts, exports and GDPR export and erase. Modules use it through this file only; it imports no module.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';

export const commentsCapability: ChorusModule = {
  id: 'comments',
  migrations: path.join(import.meta.dirname, 'migrations'),
};
