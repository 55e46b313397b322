// Staff pages for "you said, we did" (/admin/you-said-we-did): the items of each programme, adding and changing an
// item, dated updates, the consultation decision records linked to an item, and the CSV/XLSX export. Every change is
// in the audit log.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues, partsOf, renderForm, validateForm, type FormPage } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { sendExport, type Column, type ExportFormat } from '../../platform/exports/index.ts';
import { getProgramme, listProgrammes } from '../programmes/api.ts';
import { listDecisionRecords } from '../consultations/api.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { countsText, itemViews, type ItemView } from './items.ts';
import { youSaidWeDidCounts } from './api.ts';
import { AUDIENCES, STATUSES, type Status } from './vocabulary.ts';

const V = (name: string) => `you-said-we-did/views/admin/${name}.njk`;
const BASE = '/admin/you-said-we-did';
const vocab = { AUDIENCES, STATUSES };

/** the form's values as an item, once it has no errors */
function readItem(body: unknown) {
  const form = validateForm(body, forms.itemForm);
  const v = form.values;
  const input: repo.ItemInput = {
    youSaid: v.youSaid, youSaidEasyRead: v.youSaidEasyRead, peopleCount: v.peopleCount === '' ? null : Number(v.peopleCount), audiences: v.audiences, theme: v.theme,
    weDid: v.weDid, status: v.status as Status, notDoingReason: v.notDoingReason, progress: Number(v.progress), owner: v.owner,
    startsOn: form.dates.startsOn ?? null, dueOn: form.dates.dueOn ?? null, differenceMade: v.differenceMade,
  };
  return { ...form, input };
}

const valuesOfItem = (i: repo.ItemRow) => ({
  youSaid: i.you_said, youSaidEasyRead: i.you_said_easy_read, peopleCount: i.people_count === null ? '' : String(i.people_count), audiences: i.audiences, theme: i.theme,
  weDid: i.we_did, status: i.status, notDoingReason: i.not_doing_reason, progress: String(i.progress), owner: i.owner,
  startsOn: partsOf(i.starts_on), dueOn: partsOf(i.due_on), differenceMade: i.difference_made,
});

export async function youSaidWeDidAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const show = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, V(template), { ...vocab, ...data });
  const programmeOf = async (id: string) => {
    const programme = await getProgramme(ctx.db, id);
    if (!programme) throw new NotFoundError();
    return programme;
  };
  const itemOf = async (programmeId: string, itemId: string) => {
    const programme = await programmeOf(programmeId);
    const item = await repo.findItem(ctx.db, programme.id, itemId);
    if (!item) throw new NotFoundError();
    return { programme, item };
  };
  const listHref = (programmeId: string) => `${BASE}/${programmeId}`;
  const itemHref = (programmeId: string, itemId: string) => `${BASE}/${programmeId}/items/${itemId}`;
  const subject = (itemId: string) => ({ subjectType: 'you-said-we-did-item', subjectId: itemId });

  app.get('/you-said-we-did', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const counts = await youSaidWeDidCounts(ctx.db);
    const programmes = (await listProgrammes(ctx.db)).map((p) => ({ ...p, countsText: counts.has(p.id) ? countsText(counts.get(p.id)!) : 'No items yet' }));
    return reply.view(V('programmes'), { programmes, backLinkHref: '/admin' });
  });

  app.get<{ Params: { programmeId: string } }>('/you-said-we-did/:programmeId', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const programme = await programmeOf(req.params.programmeId);
    const items = await itemViews(ctx.db, programme.id);
    return reply.view(V('items'), { programme, items, base: listHref(programme.id), flash: await takeFlash(ctx.db, req), backLinkHref: BASE });
  });

  app.get<{ Params: { programmeId: string } }>('/you-said-we-did/:programmeId/new', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const programme = await programmeOf(req.params.programmeId);
    return show(reply, 'item-form', { values: { ...emptyValues(forms.itemForm), status: 'planned', progress: '0' }, programme, backLinkHref: listHref(programme.id) });
  });
  app.post<{ Params: { programmeId: string } }>('/you-said-we-did/:programmeId/new', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const programme = await programmeOf(req.params.programmeId);
    const form = readItem(req.body);
    if (!form.ok) return show(reply, 'item-form', { ...form, programme, backLinkHref: listHref(programme.id) });
    const id = await ctx.db.transaction(async (tx) => {
      const id = await repo.insertItem(tx, programme.id, form.input, req.user!.userId);
      await audit(tx, { actorId: req.user!.userId, action: 'you-said-we-did.item-added', ...subject(id), details: { programmeId: programme.id, status: form.input.status } });
      return id;
    });
    await setFlash(ctx.db, req, 'Item added');
    return reply.redirect(itemHref(programme.id, id), 303);
  });

  app.get<{ Params: { programmeId: string; itemId: string } }>('/you-said-we-did/:programmeId/items/:itemId', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const { programme, item } = await itemOf(req.params.programmeId, req.params.itemId);
    const [view] = await itemViews(ctx.db, programme.id, item.id);
    return reply.view(V('item'), { programme, item: view, base: itemHref(programme.id, item.id), flash: await takeFlash(ctx.db, req), backLinkHref: listHref(programme.id) });
  });

  app.get<{ Params: { programmeId: string; itemId: string } }>('/you-said-we-did/:programmeId/items/:itemId/edit', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const { programme, item } = await itemOf(req.params.programmeId, req.params.itemId);
    return show(reply, 'item-form', { values: valuesOfItem(item), programme, item, backLinkHref: itemHref(programme.id, item.id) });
  });
  app.post<{ Params: { programmeId: string; itemId: string } }>('/you-said-we-did/:programmeId/items/:itemId/edit', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const { programme, item } = await itemOf(req.params.programmeId, req.params.itemId);
    const form = readItem(req.body);
    if (!form.ok) return show(reply, 'item-form', { ...form, programme, item, backLinkHref: itemHref(programme.id, item.id) });
    await ctx.db.transaction(async (tx) => {
      await repo.updateItem(tx, item.id, form.input, req.user!.userId);
      await audit(tx, { actorId: req.user!.userId, action: 'you-said-we-did.item-changed', ...subject(item.id), details: { programmeId: programme.id, status: form.input.status, was: item.status } });
    });
    await setFlash(ctx.db, req, 'Item saved');
    return reply.redirect(itemHref(programme.id, item.id), 303);
  });

  app.get<{ Params: { programmeId: string; itemId: string } }>('/you-said-we-did/:programmeId/items/:itemId/updates/new', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const { programme, item } = await itemOf(req.params.programmeId, req.params.itemId);
    return show(reply, 'update-form', { values: emptyValues(forms.updateForm), programme, item, backLinkHref: itemHref(programme.id, item.id) });
  });
  app.post<{ Params: { programmeId: string; itemId: string } }>('/you-said-we-did/:programmeId/items/:itemId/updates/new', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const { programme, item } = await itemOf(req.params.programmeId, req.params.itemId);
    const form = validateForm(req.body, forms.updateForm);
    if (!form.ok) return show(reply, 'update-form', { ...form, programme, item, backLinkHref: itemHref(programme.id, item.id) });
    await ctx.db.transaction(async (tx) => {
      const id = await repo.insertUpdate(tx, item.id, { onDate: form.dates.onDate!, body: form.values.body, evidenceUrl: form.values.evidence }, req.user!.userId);
      await audit(tx, { actorId: req.user!.userId, action: 'you-said-we-did.update-added', ...subject(item.id), details: { programmeId: programme.id, updateId: id } });
    });
    await setFlash(ctx.db, req, 'Update added');
    return reply.redirect(itemHref(programme.id, item.id), 303);
  });

  // the decision records behind an item: the programme's decision records, with a tick for each one linked
  app.get<{ Params: { programmeId: string; itemId: string } }>('/you-said-we-did/:programmeId/items/:itemId/decisions', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const { programme, item } = await itemOf(req.params.programmeId, req.params.itemId);
    const records = await listDecisionRecords(ctx.db, programme.id);
    return reply.view(V('decisions'), { programme, item, records, linked: item.decision_ids, backLinkHref: itemHref(programme.id, item.id) });
  });
  app.post<{ Params: { programmeId: string; itemId: string } }>('/you-said-we-did/:programmeId/items/:itemId/decisions', async (req, reply) => {
    authorize(req, 'you-said-we-did.manage');
    const { programme, item } = await itemOf(req.params.programmeId, req.params.itemId);
    const raw = ((req.body ?? {}) as Record<string, unknown>).decisions;
    const ticked = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((x): x is string => typeof x === 'string'));
    // only the programme's own decision records can be linked
    const chosen = (await listDecisionRecords(ctx.db, programme.id)).map((d) => d.id).filter((id) => ticked.has(id));
    await ctx.db.transaction(async (tx) => {
      await repo.setDecisions(tx, item.id, chosen, req.user!.userId);
      await audit(tx, { actorId: req.user!.userId, action: 'you-said-we-did.decisions-linked', ...subject(item.id), details: { programmeId: programme.id, decisionIds: chosen } });
    });
    await setFlash(ctx.db, req, 'Linked decisions saved');
    return reply.redirect(itemHref(programme.id, item.id), 303);
  });

  const columns: Column<ItemView>[] = [
    { header: 'Theme', value: (i) => i.theme, width: 30 },
    { header: 'You said', value: (i) => i.you_said, width: 60 },
    { header: 'Easy Read summary', value: (i) => i.you_said_easy_read, width: 40 },
    { header: 'How many people', value: (i) => i.people_count },
    { header: 'Who said it', value: (i) => i.audienceTexts.join('; '), width: 40 },
    { header: 'We did', value: (i) => i.we_did, width: 60 },
    { header: 'Status', value: (i) => i.statusText, width: 14 },
    { header: 'Why not', value: (i) => i.not_doing_reason, width: 40 },
    { header: 'Progress (%)', value: (i) => i.progress, width: 12 },
    { header: 'Who is doing it', value: (i) => i.owner, width: 30 },
    { header: 'Start date', value: (i) => i.starts_on ?? '', width: 12 },
    { header: 'Due date', value: (i) => i.due_on ?? '', width: 12 },
    { header: 'Difference made', value: (i) => i.difference_made, width: 40 },
    { header: 'Updates', value: (i) => i.updates.map((u) => `${u.on_date}: ${u.body}${u.evidence_url ? ` (${u.evidence_url})` : ''}`).join('\n'), width: 60 },
    { header: 'Decision records', value: (i) => i.decisions.map((d) => `${d.consultationTitle}: ${d.sectionHeading}: ${d.decisionText}: ${d.theme}`).join('\n'), width: 60 },
    { header: 'Last changed', value: (i) => i.updated_at.toISOString(), width: 22 },
  ];
  for (const format of ['csv', 'xlsx'] as const satisfies readonly ExportFormat[]) {
    app.get<{ Params: { programmeId: string } }>(`/you-said-we-did/:programmeId/items.${format}`, async (req, reply) => {
      authorize(req, 'you-said-we-did.manage');
      const programme = await programmeOf(req.params.programmeId);
      return sendExport(req, reply, ctx.db, {
        what: 'you-said-we-did.items', subject: { type: 'programme', id: programme.id }, format, fileName: programme.title, fileSuffix: 'you-said-we-did',
        sheetName: 'You said, we did', columns, rows: await itemViews(ctx.db, programme.id),
      });
    });
  }
}
