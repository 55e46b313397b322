// The site module manifest: public content pages, the crisis help page, "Have your say" (everything open now, from
// every module's openItems hook), the admin home, settings and outbox.
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { siteAdminRoutes, siteRoutes } from './routes.ts';
import { haveYourSayRoutes } from './have-your-say.ts';

export const siteModule: ChorusModule = {
  id: 'site',
  policy,
  async routes(app, ctx) {
    await siteRoutes(app, ctx);
    await haveYourSayRoutes(app, ctx);
  },
  adminRoutes: siteAdminRoutes,
  navigation: [
    { text: 'Home', href: '/' },
    { text: 'Have your say', href: '/have-your-say' },
  ],
  adminNavigation: [
    { text: 'Email outbox', href: '/admin/outbox', ability: 'outbox.view' },
    { text: 'Local crisis line', href: '/admin/settings/crisis-line', ability: 'settings.manage' },
  ],
};
