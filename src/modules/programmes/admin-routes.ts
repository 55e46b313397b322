// Admin pages for programmes (/admin/programmes): create and change a programme, its phases and workgroups.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, emptyValues, type ErrorItem } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { readDate, partsOf } from '../../platform/forms/date-input.ts';
import { STATUSES } from './vocabulary.ts';

const V = (name: string) => `programmes/views/admin/${name}.njk`;
const vocab = { STATUSES };

interface PhaseValues {
  name: string;
  description: string;
  status: string;
  startsOn: { day: string; month: string; year: string };
  endsOn: { day: string; month: string; year: string };
}

function readPhase(body: unknown): { ok: boolean; values: PhaseValues; errors: Record<string, string>; errorList: ErrorItem[]; input?: repo.PhaseInput } {
  const form = validateForm(body, forms.phaseForm);
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const starts = readDate(b, 'startsOn', 'start date', true);
  const ends = readDate(b, 'endsOn', 'end date', true);
  const errors: Record<string, string> = { ...form.errors };
  if (starts.error) errors.startsOn = starts.error;
  if (ends.error) errors.endsOn = ends.error;
  if (starts.iso && ends.iso && ends.iso < starts.iso) errors.endsOn = 'The end date must be the same as or after the start date';
  const order = ['name', 'description', 'startsOn', 'endsOn', 'status'];
  const errorList = order.filter((k) => errors[k]).map((k) => ({ text: errors[k]!, href: k === 'startsOn' || k === 'endsOn' ? `#${k}-day` : `#${k}` }));
  const values = { ...form.values, startsOn: starts.parts, endsOn: ends.parts };
  if (errorList.length) return { ok: false, values, errors, errorList };
  return { ok: true, values, errors, errorList, input: { ...form.values, startsOn: starts.iso ?? null, endsOn: ends.iso ?? null } };
}

export async function programmeAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const show = (reply: FastifyReply, template: string, data: Record<string, unknown>) => {
    if ((data.errorList as unknown[] | undefined)?.length) reply.code(400);
    return reply.view(V(template), { errors: {}, errorList: [], ...vocab, ...data });
  };
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
    const values = { ...emptyValues(forms.phaseForm), status: 'forthcoming', startsOn: partsOf(null), endsOn: partsOf(null) };
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
      const text = 'A workgroup with this name already exists in this programme';
      return show(reply, 'workgroup-form', { values: form.values, errors: { name: text }, errorList: [{ text, href: '#name' }], programme: p, backLinkHref: `/admin/programmes/${p.id}` });
    }
    return reply.redirect(`/admin/programmes/${p.id}`, 303);
  });
}
