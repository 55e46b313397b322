// The accounts module manifest: people, roles, organisations, access needs and consent. The model for every module.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { accountRoutes } from './routes.ts';
import { accountAdminRoutes } from './admin-routes.ts';
import { identityProvider } from './api.ts';
import { seedAccounts } from './seeds.ts';

export const accountsModule: ChorusModule = {
  id: 'accounts',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  init(ctx) {
    ctx.identity = identityProvider(ctx.db);
    ctx.jobs.define({
      name: 'accounts.prune-sign-in-links',
      cron: '23 3 * * *',
      handle: async () => {
        await ctx.db.query(`DELETE FROM login_tokens WHERE expires_at < now() - interval '1 day'`);
      },
    });
  },
  routes: accountRoutes,
  adminRoutes: accountAdminRoutes,
  adminNavigation: [
    { text: 'People and roles', href: '/admin/users', ability: 'user.list' },
    { text: 'Organisations', href: '/admin/organisations', ability: 'organisation.view' },
  ],
  seed: seedAccounts,
};
