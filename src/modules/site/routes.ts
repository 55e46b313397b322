// Site pages: home, "Get help now", accessibility statement, privacy notice, cookies, contact;
// and the admin home, site settings (local crisis line) and the email outbox.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize } from '../../platform/http/guards.ts';
import { keysetPage, readKeyset } from '../../platform/http/pagination.ts';
import { renderForm, validateForm } from '../../platform/forms/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { crisisLineForm } from './schemas.ts';
import { textWithLinks } from './email-links.ts';
import { programmesByStatus } from '../programmes/api.ts';

const V = (name: string) => `site/views/${name}.njk`;

export async function siteRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/', async (_req, reply) => reply.view(V('home'), { groups: await programmesByStatus(ctx.db) }));
  for (const page of ['help', 'accessibility', 'privacy', 'cookies', 'contact']) {
    app.get(`/${page}`, (_req, reply) => reply.view(V(page), { smtp: Boolean(ctx.config.smtpUrl) }));
  }
}

export async function siteAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/', (_req, reply) => reply.view(V('admin/index'), {}));

  app.get('/settings/crisis-line', async (req, reply) => {
    authorize(req, 'settings.manage');
    const line = (await ctx.settings.get()).crisisLine;
    return renderForm(reply, V('admin/crisis-line'), { values: line ?? { name: '', phone: '', hours: '', description: '' }, backLinkHref: '/admin' });
  });
  app.post('/settings/crisis-line', async (req, reply) => {
    authorize(req, 'settings.manage');
    const body = req.body as Record<string, unknown>;
    if (body.action === 'remove') {
      await ctx.settings.update({ crisisLine: undefined });
    } else {
      const form = validateForm(body, crisisLineForm);
      if (!form.ok) return renderForm(reply, V('admin/crisis-line'), { ...form, backLinkHref: '/admin' });
      await ctx.settings.update({ crisisLine: form.values });
    }
    await audit(ctx.db, { actorId: req.user!.userId, action: 'settings.crisis-line-changed', subjectType: 'settings', subjectId: 'site' });
    return reply.redirect('/help', 303);
  });

  app.get<{ Querystring: { before?: string; after?: string } }>('/outbox', async (req, reply) => {
    authorize(req, 'outbox.view');
    const ks = readKeyset(req.query, 50);
    const pages = keysetPage(await ctx.outbox.page(ks), ks, (m) => m.id, { path: '/admin/outbox', newer: 'Newer emails', older: 'Older emails', newest: 'Newest emails' });
    return reply.view(V('admin/outbox'), { messages: pages.rows, pages, smtp: Boolean(ctx.config.smtpUrl), deliveries: ctx.outbox.deliveries, backLinkHref: '/admin' });
  });
  app.get<{ Params: { id: string } }>('/outbox/:id', { config: { ids: { id: 'whole-number' } } }, async (req, reply) => {
    authorize(req, 'outbox.view');
    const id = Number(req.params.id);
    const message = Number.isSafeInteger(id) ? await ctx.outbox.get(id) : undefined;
    if (!message) throw new NotFoundError();
    return reply.view(V('admin/outbox-message'), { message, bodyParts: textWithLinks(message.body_text), attachmentNames: message.attachments.map((a) => a.filename).join(', ') || 'None', backLinkHref: '/admin/outbox' });
  });
}
