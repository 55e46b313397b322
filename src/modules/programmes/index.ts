// The programmes module manifest: engagement programmes in phases, their public hub and timeline.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { programmeRoutes } from './routes.ts';
import { programmeAdminRoutes } from './admin-routes.ts';
import { seedProgrammes } from './seeds.ts';

export const programmesModule: ChorusModule = {
  id: 'programmes',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  routes: programmeRoutes,
  adminRoutes: programmeAdminRoutes,
  navigation: [{ text: 'Programmes', href: '/programmes' }],
  adminNavigation: [{ text: 'Programmes', href: '/admin/programmes', ability: 'programme.manage' }],
  seed: seedProgrammes,
};
