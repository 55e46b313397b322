// Admin pages for people and organisations (/admin/users, /admin/organisations). The platform has already
// refused people without admin.access; each route checks its own ability too.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, emptyValues, renderForm, withErrors } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { paginate } from '../../platform/http/pagination.ts';
import { audit } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import type { Role } from '../../platform/authorisation/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';

const V = (name: string) => `accounts/views/admin/${name}.njk`;

export async function accountAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: { q?: string; invited?: string; page?: string } }>('/users', async (req, reply) => {
    authorize(req, 'user.list');
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 100) : '';
    const pages = paginate({ query: req.query, total: await repo.countUsers(ctx.db, q), path: '/admin/users', params: { q } });
    const users = await repo.listUsers(ctx.db, q, pages);
    return reply.view(V('users'), { users, pages, q, invited: req.query.invited === '1', backLinkHref: '/admin', ...vocab });
  });

  app.get('/users/invite', (req, reply) => {
    authorize(req, 'user.invite');
    return renderForm(reply, V('invite'), { values: emptyValues(forms.inviteForm), backLinkHref: '/admin/users', ...vocab });
  });
  app.post('/users/invite', async (req, reply) => {
    authorize(req, 'user.invite');
    const form = validateForm(req.body, forms.inviteForm);
    if (!form.ok) return renderForm(reply, V('invite'), { ...form, backLinkHref: '/admin/users', ...vocab });
    const role = form.values.role as Role;
    const roles: Role[] = role === 'participant' ? ['participant'] : ['participant', role];
    await ctx.db.transaction(async (tx) => {
      const existing = await repo.findUserByEmail(tx, form.values.email);
      const u = existing ?? (await repo.insertUser(tx, { email: form.values.email, name: form.values.name, roles }));
      if (existing) await repo.updateUser(tx, u.id, { roles: [...new Set([...existing.roles, ...roles])] });
      await audit(tx, { actorId: req.user!.userId, action: 'user.invited', subjectType: 'user', subjectId: u.id, details: { role } });
    });
    await ctx.outbox.send({
      to: form.values.email,
      purpose: 'staff-invite',
      subject: 'You have been invited to Chorus',
      text: [
        `Hello ${form.values.name},`,
        '',
        `${req.user!.name ?? 'An administrator'} has invited you to Chorus as a ${vocab.textOf(vocab.ROLE_OPTIONS, role).toLowerCase()}.`,
        '',
        `To sign in, go to ${ctx.config.baseUrl}/sign-in and enter this email address. We will email you a link to sign in.`,
      ].join('\n'),
    });
    return reply.redirect('/admin/users?invited=1', 303);
  });

  app.get<{ Params: { id: string } }>('/users/:id', async (req, reply) => {
    authorize(req, 'user.assign-role');
    const user = await repo.findUserById(ctx.db, req.params.id);
    if (!user) throw new NotFoundError();
    const organisations = await repo.representedOrganisations(ctx.db, user.id);
    return renderForm(reply, V('user'), { user, organisations, values: { roles: user.roles }, backLinkHref: '/admin/users', ...vocab });
  });
  app.post<{ Params: { id: string } }>('/users/:id', async (req, reply) => {
    authorize(req, 'user.assign-role');
    const user = await repo.findUserById(ctx.db, req.params.id);
    if (!user) throw new NotFoundError();
    const form = validateForm(req.body, forms.rolesForm);
    if (!form.ok) {
      const organisations = await repo.representedOrganisations(ctx.db, user.id);
      return renderForm(reply, V('user'), { user, organisations, ...form, backLinkHref: '/admin/users', ...vocab });
    }
    const roles = form.values.roles as Role[];
    if (user.id === req.user!.userId && !roles.includes('admin')) {
      const message = 'You cannot remove your own admin role. Ask another admin to do it';
      return renderForm(reply, V('user'), { user, organisations: [], ...withErrors(forms.rolesForm, form, { roles: message }), backLinkHref: '/admin/users', ...vocab });
    }
    await ctx.db.transaction(async (tx) => {
      await repo.updateUser(tx, user.id, { roles });
      await audit(tx, { actorId: req.user!.userId, action: 'user.roles-changed', subjectType: 'user', subjectId: user.id, details: { from: user.roles, to: roles } });
    });
    return reply.redirect('/admin/users', 303);
  });

  // ---- organisations
  app.get('/organisations', async (req, reply) => {
    authorize(req, 'organisation.view');
    return reply.view(V('organisations'), { organisations: await repo.listOrganisations(ctx.db), backLinkHref: '/admin' });
  });
  app.get('/organisations/new', (req, reply) => {
    authorize(req, 'organisation.manage');
    return renderForm(reply, V('organisation-form'), { values: emptyValues(forms.organisationForm), backLinkHref: '/admin/organisations' });
  });
  app.post('/organisations/new', async (req, reply) => {
    authorize(req, 'organisation.manage');
    const read = validateForm(req.body, forms.organisationForm);
    const existing = read.ok ? (await repo.listOrganisations(ctx.db)).find((o) => o.name.toLowerCase() === read.values.name.toLowerCase()) : undefined;
    const form = withErrors(forms.organisationForm, read, { name: existing && 'An organisation with this name already exists' });
    if (!form.ok) return renderForm(reply, V('organisation-form'), { ...form, backLinkHref: '/admin/organisations' });
    const { rows } = await ctx.db.query<{ id: string }>('INSERT INTO organisations (name, description, website) VALUES ($1, $2, $3) RETURNING id', [
      form.values.name,
      form.values.description,
      form.values.website || null,
    ]);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'organisation.created', subjectType: 'organisation', subjectId: rows[0]!.id });
    return reply.redirect(`/admin/organisations/${rows[0]!.id}`, 303);
  });

  const showOrganisation = async (id: string, extra: Record<string, unknown> = {}) => {
    const organisation = await repo.findOrganisation(ctx.db, id);
    if (!organisation) throw new NotFoundError();
    return { organisation, representatives: await repo.organisationRepresentatives(ctx.db, id), values: { email: '' }, errors: {}, backLinkHref: '/admin/organisations', ...extra };
  };
  app.get<{ Params: { id: string } }>('/organisations/:id', async (req, reply) => {
    authorize(req, 'organisation.view');
    return reply.view(V('organisation'), await showOrganisation(req.params.id));
  });
  app.post<{ Params: { id: string } }>('/organisations/:id/representatives', async (req, reply) => {
    authorize(req, 'organisation.manage');
    if (!(await repo.findOrganisation(ctx.db, req.params.id))) throw new NotFoundError();
    const read = validateForm(req.body, forms.representativeForm);
    const user = read.ok ? await repo.findUserByEmail(ctx.db, read.values.email) : undefined;
    const form = withErrors(forms.representativeForm, read, { email: read.ok && !user ? 'There is no Chorus account with this email address. Ask them to sign up first' : undefined });
    if (!form.ok || !user) return renderForm(reply, V('organisation'), await showOrganisation(req.params.id, { ...form }));
    await ctx.db.query('INSERT INTO organisation_representatives (organisation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [req.params.id, user.id]);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'organisation.representative-added', subjectType: 'organisation', subjectId: req.params.id, details: { userId: user.id } });
    return reply.redirect(`/admin/organisations/${req.params.id}`, 303);
  });
  app.post<{ Params: { id: string; userId: string } }>('/organisations/:id/representatives/:userId/remove', async (req, reply) => {
    authorize(req, 'organisation.manage');
    await showOrganisation(req.params.id);
    await ctx.db.query('DELETE FROM organisation_representatives WHERE organisation_id = $1 AND user_id::text = $2', [req.params.id, req.params.userId]);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'organisation.representative-removed', subjectType: 'organisation', subjectId: req.params.id, details: { userId: req.params.userId } });
    return reply.redirect(`/admin/organisations/${req.params.id}`, 303);
  });
}
