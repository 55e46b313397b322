// Admin pages for programmes (/admin/programmes): create and change a programme, its phases and workgroups.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, emptyValues, partsOf, renderForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { STATUSES } from './vocabulary.ts';

const V = (name: string) => `programmes/views/admin/${name}.njk`;
const vocab = { STATUSES };

function readPhase(body: unknown) {
  const form = validateForm(body, forms.phaseForm);
  const { name, description, status } = form.values;
  const input: repo.PhaseInput | undefined = form.ok ? { name, description, status, startsOn: form.dates.startsOn ?? null, endsOn: form.dates.endsOn ?? null } : undefined;
  return { ...form, input };
}

export async function programmeAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const show = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, V(template), { ...vocab, ...data });
  const load = async (id: string) => {
    const programme = await repo.findProgramme(ctx.db, id);
    if (!programme) throw new NotFoundError();
    return programme;
  };

  app.get('/programmes', async (req, reply) => {
    authorize(req, 'programme.manage');
    return reply.view(V('programmes'), { programmes: await repo.listProgrammes(ctx.db), backLinkHref: '/admin' });
  });

  app.get('/programmes/new', (req, reply) => {
    authorize(req, 'programme.manage');
    return show(reply, 'programme-form', { values: { ...emptyValues(forms.programmeForm), status: 'forthcoming' }, backLinkHref: '/admin/programmes' });
  });
  app.post('/programmes/new', async (req, reply) => {
    authorize(req, 'programme.manage');
    const form = validateForm(req.body, forms.programmeForm);
    if (!form.ok) return show(reply, 'programme-form', { ...form, backLinkHref: '/admin/programmes' });
    const programme = await ctx.db.transaction(async (tx) => {
      const p = await repo.insertProgramme(tx, form.values, req.user!.userId);
      await audit(tx, { actorId: req.user!.userId, action: 'programme.created', subjectType: 'programme', subjectId: p.id });
      return p;
    });
    return reply.redirect(`/admin/programmes/${programme.id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/programmes/:id', async (req, reply) => {
    authorize(req, 'programme.manage');
    const programme = await load(req.params.id);
    const [phases, workgroups] = await Promise.all([repo.listPhases(ctx.db, programme.id), repo.listWorkgroups(ctx.db, programme.id)]);
    return reply.view(V('programme'), { programme, phases, workgroups, ...vocab, backLinkHref: '/admin/programmes' });
  });

  app.get<{ Params: { id: string } }>('/programmes/:id/edit', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    const values = { title: p.title, summary: p.summary, area: p.area, ownerWorkgroup: p.owner_workgroup, status: p.status };
    return show(reply, 'programme-form', { values, programme: p, backLinkHref: `/admin/programmes/${p.id}` });
  });
  app.post<{ Params: { id: string } }>('/programmes/:id/edit', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    const form = validateForm(req.body, forms.programmeForm);
    if (!form.ok) return show(reply, 'programme-form', { ...form, programme: p, backLinkHref: `/admin/programmes/${p.id}` });
    await repo.updateProgramme(ctx.db, p.id, form.values);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'programme.changed', subjectType: 'programme', subjectId: p.id });
    return reply.redirect(`/admin/programmes/${p.id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/programmes/:id/phases/new', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    const values = { ...emptyValues(forms.phaseForm), status: 'forthcoming' };
    return show(reply, 'phase-form', { values, programme: p, backLinkHref: `/admin/programmes/${p.id}` });
  });
  app.post<{ Params: { id: string } }>('/programmes/:id/phases/new', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    const phase = readPhase(req.body);
    if (!phase.input) return show(reply, 'phase-form', { ...phase, programme: p, backLinkHref: `/admin/programmes/${p.id}` });
    await repo.insertPhase(ctx.db, p.id, phase.input);
    return reply.redirect(`/admin/programmes/${p.id}`, 303);
  });

  app.get<{ Params: { id: string; phaseId: string } }>('/programmes/:id/phases/:phaseId', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    const phase = await repo.findPhase(ctx.db, p.id, req.params.phaseId);
    if (!phase) throw new NotFoundError();
    const values = { name: phase.name, description: phase.description, status: phase.status, startsOn: partsOf(phase.starts_on), endsOn: partsOf(phase.ends_on) };
    return show(reply, 'phase-form', { values, programme: p, phase, backLinkHref: `/admin/programmes/${p.id}` });
  });
  app.post<{ Params: { id: string; phaseId: string } }>('/programmes/:id/phases/:phaseId', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    const existing = await repo.findPhase(ctx.db, p.id, req.params.phaseId);
    if (!existing) throw new NotFoundError();
    const phase = readPhase(req.body);
    if (!phase.input) return show(reply, 'phase-form', { ...phase, programme: p, phase: existing, backLinkHref: `/admin/programmes/${p.id}` });
    await repo.updatePhase(ctx.db, existing.id, phase.input);
    return reply.redirect(`/admin/programmes/${p.id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/programmes/:id/workgroups/new', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    return show(reply, 'workgroup-form', { values: emptyValues(forms.workgroupForm), programme: p, backLinkHref: `/admin/programmes/${p.id}` });
  });
  app.post<{ Params: { id: string } }>('/programmes/:id/workgroups/new', async (req, reply) => {
    authorize(req, 'programme.manage');
    const p = await load(req.params.id);
    const form = validateForm(req.body, forms.workgroupForm);
    if (!form.ok) return show(reply, 'workgroup-form', { ...form, programme: p, backLinkHref: `/admin/programmes/${p.id}` });
    const id = await repo.insertWorkgroup(ctx.db, p.id, form.values);
    if (!id) {
      const taken = withErrors(forms.workgroupForm, form, { name: 'A workgroup with this name already exists in this programme' });
      return show(reply, 'workgroup-form', { ...taken, programme: p, backLinkHref: `/admin/programmes/${p.id}` });
    }
    return reply.redirect(`/admin/programmes/${p.id}`, 303);
  });
}
