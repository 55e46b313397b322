// The "you said, we did" module manifest: per programme, what people told us and what the trust is doing about it
// (status, progress, owner, dates, dated updates, "not doing, because…", the difference made, and links to the
// consultation decision records that carry it out); a public page in standard and Easy Read, and one item on the
// programme timeline.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { youSaidWeDidRoutes } from './routes.ts';
import { youSaidWeDidAdminRoutes } from './admin-routes.ts';
import { youSaidWeDidTimelineItems } from './api.ts';
import { seedYouSaidWeDid } from './seeds.ts';

export const youSaidWeDidModule: ChorusModule = {
  id: 'you-said-we-did',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  routes: youSaidWeDidRoutes,
  adminRoutes: youSaidWeDidAdminRoutes,
  adminNavigation: [{ text: 'You said, we did', href: '/admin/you-said-we-did', ability: 'you-said-we-did.manage' }],
  programmeItems: (ctx, programmeId) => youSaidWeDidTimelineItems(ctx.db, programmeId),
  seed: seedYouSaidWeDid,
};
