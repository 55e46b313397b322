// The site module manifest: public content pages, the crisis help page, the admin home, settings and outbox.
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { siteAdminRoutes, siteRoutes } from './routes.ts';

export const siteModule: ChorusModule = {
  id: 'site',
  policy,
  routes: siteRoutes,
  adminRoutes: siteAdminRoutes,
  navigation: [{ text: 'Home', href: '/' }],
  adminNavigation: [
    { text: 'Email outbox', href: '/admin/outbox', ability: 'outbox.view' },
    { text: 'Local crisis line', href: '/admin/settings/crisis-line', ability: 'settings.manage' },
  ],
};
