// Writing the document: sections of the version being written (add, change, move, remove), importing a Word
// document as proposed sections to confirm, publishing a version (which locks it) and starting the next as a copy.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues, renderForm, validateForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { DraftStore } from '../../platform/journeys/index.ts';
import { acceptUploads, uploadedFile } from '../../platform/uploads/index.ts';
import { pictureChoices } from '../../capabilities/questionnaires/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { previousPublished, requireConsultation, type Loaded } from './document.ts';
import { importDocx } from './document/docx.ts';
import { sectionChanges } from './document/diff.ts';
import { ADMIN_VIEW } from './admin-routes.ts';
import { lockQuestions, questionsOf } from './section-questions.ts';

/** a Word document is refused above this size (importDocx says so in words) */
const MAX_DOCX_BYTES = 5 * 1024 * 1024;

interface Proposal {
  fileName: string;
  sections: { heading: string; body: string }[];
  warnings: string[];
}
const proposals = new DraftStore<Proposal>('consultation-import', 2);

const sectionValues = (t: repo.SectionTextRow) => ({ heading: t.heading, body: t.body, easyReadText: t.easy_read_text, picture: t.easy_read_picture ?? '', pictureAlt: t.easy_read_picture_alt });

/** what changed in each section of `version` since the published version before it */
export async function changesSincePrevious(ctx: AppContext, loaded: Loaded, version: repo.VersionRow) {
  const before = previousPublished(loaded, version);
  if (!before) return { before: undefined, changes: [] };
  const [a, b] = await Promise.all([repo.sectionTexts(ctx.db, before.id), repo.sectionTexts(ctx.db, version.id)]);
  const shape = (t: repo.SectionTextRow) => ({ id: t.section_id, heading: t.heading, body: t.body });
  return { before, changes: sectionChanges(a.map(shape), b.map(shape)) };
}

export async function adminDocumentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const show = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, ADMIN_VIEW(template), data);

  /** the consultation and the version being written; 404 when every version is published */
  const writing = async (id: string) => {
    const loaded = await requireConsultation(ctx.db, id);
    if (!loaded.working) throw new NotFoundError();
    return { ...loaded, working: loaded.working };
  };
  const readSection = async (body: unknown) => {
    const pictures = await pictureChoices(ctx.db);
    const read = validateForm(body, forms.sectionForm);
    const form = withErrors(forms.sectionForm, read, { picture: read.values.picture && !pictures.some((p) => p.value === read.values.picture) ? 'Select a picture from the list' : undefined });
    const v = form.values;
    const input: repo.SectionInput = { heading: v.heading, body: v.body, easyReadText: v.easyReadText, easyReadPicture: v.picture || null, easyReadPictureAlt: v.pictureAlt };
    return { ...form, input, pictures };
  };

  app.get<{ Params: { id: string } }>('/consultations/:id/sections/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working } = await writing(req.params.id);
    return show(reply, 'section-form', { values: emptyValues(forms.sectionForm), consultation: c, version: working, pictures: await pictureChoices(ctx.db), backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string } }>('/consultations/:id/sections/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working } = await writing(req.params.id);
    const form = await readSection(req.body);
    if (!form.ok) return show(reply, 'section-form', { ...form, consultation: c, version: working, backLinkHref: `/admin/consultations/${c.id}` });
    await repo.addSection(ctx.db, c.id, working.id, form.input);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.section-added', subjectType: 'consultation', subjectId: c.id });
    return reply.redirect(`/admin/consultations/${c.id}#sections`, 303);
  });

  const sectionOf = async (id: string, sectionId: string) => {
    const loaded = await writing(id);
    const text = (await repo.sectionTexts(ctx.db, loaded.working.id)).find((t) => t.section_id === sectionId);
    if (!text) throw new NotFoundError();
    return { ...loaded, text, questions: (await questionsOf(ctx.db, text))?.questions ?? [] };
  };

  app.get<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working, text, questions } = await sectionOf(req.params.id, req.params.sectionId);
    return show(reply, 'section-form', { values: sectionValues(text), consultation: c, version: working, section: text, questions, pictures: await pictureChoices(ctx.db), flash: await takeFlash(ctx.db, req), backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working, text, questions } = await sectionOf(req.params.id, req.params.sectionId);
    const form = await readSection(req.body);
    if (!form.ok) return show(reply, 'section-form', { ...form, consultation: c, version: working, section: text, questions, backLinkHref: `/admin/consultations/${c.id}` });
    await repo.updateSectionText(ctx.db, working.id, text.section_id, form.input);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.section-changed', subjectType: 'consultation', subjectId: c.id, details: { sectionId: text.section_id } });
    return reply.redirect(`/admin/consultations/${c.id}#sections`, 303);
  });

  app.post<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId/move', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working, text } = await sectionOf(req.params.id, req.params.sectionId);
    const direction = (req.body as Record<string, unknown> | undefined)?.direction;
    if (direction === 'up' || direction === 'down') {
      await repo.moveSection(ctx.db, working.id, text.section_id, direction === 'up' ? -1 : 1);
      await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.section-moved', subjectType: 'consultation', subjectId: c.id, details: { sectionId: text.section_id, direction } });
    }
    return reply.redirect(`/admin/consultations/${c.id}#sections`, 303);
  });

  app.get<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId/remove', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working, text } = await sectionOf(req.params.id, req.params.sectionId);
    return show(reply, 'section-remove', { values: { confirm: [] }, consultation: c, version: working, section: text, backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId/remove', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working, text } = await sectionOf(req.params.id, req.params.sectionId);
    const form = validateForm(req.body, forms.confirmForm);
    if (!form.ok) return show(reply, 'section-remove', { ...form, consultation: c, version: working, section: text, backLinkHref: `/admin/consultations/${c.id}` });
    await repo.removeSectionText(ctx.db, working.id, text.section_id);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.section-removed', subjectType: 'consultation', subjectId: c.id, details: { sectionId: text.section_id } });
    await setFlash(ctx.db, req, `Section removed from ${working.label}: ${text.heading}`);
    return reply.redirect(`/admin/consultations/${c.id}#sections`, 303);
  });

  // ---- the version being written: its name, and publishing it
  app.get<{ Params: { id: string } }>('/consultations/:id/version', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working } = await writing(req.params.id);
    return show(reply, 'version-form', { values: { label: working.label, final: working.is_final ? 'yes' : 'no' }, consultation: c, version: working, backLinkHref: `/admin/consultations/${c.id}` });
  });
  app.post<{ Params: { id: string } }>('/consultations/:id/version', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working, versions } = await writing(req.params.id);
    const read = validateForm(req.body, forms.versionForm);
    const taken = versions.some((v) => v.id !== working.id && v.label.toLowerCase() === read.values.label.trim().toLowerCase());
    const form = withErrors(forms.versionForm, read, { label: taken ? 'Another version already has this name' : undefined });
    if (!form.ok) return show(reply, 'version-form', { ...form, consultation: c, version: working, backLinkHref: `/admin/consultations/${c.id}` });
    await repo.updateVersion(ctx.db, working.id, { label: form.values.label, isFinal: form.values.final === 'yes' });
    await audit(ctx.db, { actorId: req.user!.userId, action: 'consultation.version-named', subjectType: 'consultation', subjectId: c.id, details: { version: form.values.label } });
    return reply.redirect(`/admin/consultations/${c.id}`, 303);
  });

  app.get<{ Params: { id: string } }>('/consultations/:id/publish', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await writing(req.params.id);
    const sections = await repo.sectionTexts(ctx.db, loaded.working.id);
    const { before, changes } = await changesSincePrevious(ctx, loaded, loaded.working);
    return show(reply, 'publish', { values: { confirm: [] }, ...loaded, version: loaded.working, sections, before, changes, backLinkHref: `/admin/consultations/${loaded.consultation.id}` });
  });
  app.post<{ Params: { id: string } }>('/consultations/:id/publish', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const loaded = await writing(req.params.id);
    const { consultation: c, working } = loaded;
    const sections = await repo.sectionTexts(ctx.db, working.id);
    const read = validateForm(req.body, forms.confirmForm);
    const form = withErrors(forms.confirmForm, read, { confirm: sections.length ? undefined : 'Add at least one section before you publish' });
    if (!form.ok) {
      const { before, changes } = await changesSincePrevious(ctx, loaded, working);
      return show(reply, 'publish', { ...form, ...loaded, version: working, sections, before, changes, backLinkHref: `/admin/consultations/${c.id}` });
    }
    await ctx.db.transaction(async (tx) => {
      await repo.publishVersion(tx, working.id, req.user!.userId);
      await lockQuestions(tx, working.id);
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.version-published', subjectType: 'consultation', subjectId: c.id, details: { version: working.label } });
    });
    await setFlash(ctx.db, req, `${working.label} is published. It can no longer be changed: start the next version to make changes.`);
    return reply.redirect(`/admin/consultations/${c.id}`, 303);
  });

  app.post<{ Params: { id: string } }>('/consultations/:id/versions/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working, current, versions } = await requireConsultation(ctx.db, req.params.id);
    if (working || !current) return reply.redirect(`/admin/consultations/${c.id}`, 303);
    await ctx.db.transaction(async (tx) => {
      const next = await repo.insertVersion(tx, c.id, `Draft ${versions.length + 1}`);
      await repo.copySectionTexts(tx, current.id, next.id);
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.version-started', subjectType: 'consultation', subjectId: c.id, details: { version: next.label } });
    });
    await setFlash(ctx.db, req, `Draft ${versions.length + 1} started as a copy of ${current.label}. Change its name if it is the final version.`);
    return reply.redirect(`/admin/consultations/${c.id}#sections`, 303);
  });

  // ---- importing a Word document: upload, see the proposed sections, confirm
  app.get<{ Params: { id: string } }>('/consultations/:id/import', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const { consultation: c, working } = await writing(req.params.id);
    return show(reply, 'import', { values: {}, consultation: c, version: working, maxMegabytes: MAX_DOCX_BYTES / 1024 / 1024, backLinkHref: `/admin/consultations/${c.id}` });
  });
  await app.register(async (scope) => {
    await acceptUploads(scope, { maxFileBytes: MAX_DOCX_BYTES + 1, before: (req) => authorize(req, 'consultation.manage') });
    scope.post<{ Params: { id: string } }>('/consultations/:id/import', async (req, reply) => {
      authorize(req, 'consultation.manage');
      const { consultation: c, working } = await writing(req.params.id);
      const file = uploadedFile(req.body, 'file');
      const result = file ? await importDocx(file.data, { maxBytes: MAX_DOCX_BYTES }) : { ok: false as const, error: 'Select a Word document' };
      if (!result.ok) {
        const form = withErrors(forms.importForm, validateForm(req.body, forms.importForm), { file: result.error });
        return show(reply, 'import', { ...form, consultation: c, version: working, maxMegabytes: MAX_DOCX_BYTES / 1024 / 1024, backLinkHref: `/admin/consultations/${c.id}` });
      }
      const draft = await proposals.create(ctx.db, c.id, req.user!.userId, { fileName: file!.filename, sections: result.sections, warnings: result.warnings });
      return reply.redirect(`/admin/consultations/${c.id}/import/${draft}`, 303);
    });
  });

  const proposalOf = async (id: string, draftId: string, userId: string) => {
    const loaded = await writing(id);
    const draft = await proposals.find(ctx.db, loaded.consultation.id, draftId, userId);
    if (!draft || draft.resultId) throw new NotFoundError();
    return { ...loaded, draft, existing: await repo.sectionTexts(ctx.db, loaded.working.id) };
  };
  app.get<{ Params: { id: string; draft: string } }>('/consultations/:id/import/:draft', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const p = await proposalOf(req.params.id, req.params.draft, req.user!.userId);
    return show(reply, 'import-confirm', { values: { how: p.existing.length ? '' : 'add' }, ...p, version: p.working, proposal: p.draft.answers, backLinkHref: `/admin/consultations/${p.consultation.id}/import` });
  });
  app.post<{ Params: { id: string; draft: string } }>('/consultations/:id/import/:draft', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const p = await proposalOf(req.params.id, req.params.draft, req.user!.userId);
    const form = validateForm(req.body, forms.importConfirmForm);
    if (!form.ok) return show(reply, 'import-confirm', { ...form, ...p, version: p.working, proposal: p.draft.answers, backLinkHref: `/admin/consultations/${p.consultation.id}/import` });
    const { sections, fileName } = p.draft.answers;
    await ctx.db.transaction(async (tx) => {
      if (form.values.how === 'replace') {
        // a section keeps its identity when the imported one has the same heading (so Pillar 4 stays Pillar 4)
        const byHeading = new Map(p.existing.map((t) => [t.heading.trim().toLowerCase(), t]));
        const kept = new Set<string>();
        for (const [i, s] of sections.entries()) {
          const same = byHeading.get(s.heading.trim().toLowerCase());
          if (same && !kept.has(same.section_id)) {
            kept.add(same.section_id);
            await repo.updateSectionText(tx, p.working.id, same.section_id, { ...sectionInputOf(s), easyReadText: same.easy_read_text, easyReadPicture: same.easy_read_picture, easyReadPictureAlt: same.easy_read_picture_alt });
            await repo.setPosition(tx, p.working.id, same.section_id, i + 1);
          } else {
            const added = await repo.addSection(tx, p.consultation.id, p.working.id, sectionInputOf(s));
            await repo.setPosition(tx, p.working.id, added, i + 1);
          }
        }
        for (const t of p.existing) if (!kept.has(t.section_id)) await repo.removeSectionText(tx, p.working.id, t.section_id);
      } else {
        for (const s of sections) await repo.addSection(tx, p.consultation.id, p.working.id, sectionInputOf(s));
      }
      await proposals.complete(tx, p.draft.id, p.working.id);
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.imported', subjectType: 'consultation', subjectId: p.consultation.id, details: { sections: sections.length, how: form.values.how } });
    });
    await setFlash(ctx.db, req, `${sections.length} sections imported from ${fileName}. Add an Easy Read text and picture to each section.`);
    return reply.redirect(`/admin/consultations/${p.consultation.id}#sections`, 303);
  });
}

const sectionInputOf = (s: { heading: string; body: string }): repo.SectionInput => ({ heading: s.heading, body: s.body, easyReadText: '', easyReadPicture: null, easyReadPictureAlt: '' });
