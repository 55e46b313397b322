// Questions about a section (in the version being written): add and remove them; and the answers people gave, per
// section, with small numbers not shown.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues, renderForm, validateForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash } from '../../platform/auth/session.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { countOf, shownText, suppressTable } from '../../platform/suppression.ts';
import { resultChart, tally } from '../../capabilities/questionnaires/index.ts';
import * as repo from './repository.ts';
import { requireConsultation } from './document.ts';
import { ADMIN_VIEW } from './admin-routes.ts';
import { MAX_SECTION_QUESTIONS, QUESTION_KINDS, buildQuestion, changeQuestions, nextQuestionId, questionForm, questionsOf, type QuestionKind } from './section-questions.ts';

export async function adminQuestionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const show = (reply: FastifyReply, data: FormPage) => renderForm(reply, ADMIN_VIEW('question-form'), { QUESTION_KINDS, ...data });
  const sectionOf = async (id: string, sectionId: string) => {
    const loaded = await requireConsultation(ctx.db, id);
    if (!loaded.working) throw new NotFoundError();
    const text = (await repo.sectionTexts(ctx.db, loaded.working.id)).find((t) => t.section_id === sectionId);
    if (!text) throw new NotFoundError();
    return { ...loaded, working: loaded.working, text, questions: (await questionsOf(ctx.db, text))?.questions ?? [] };
  };
  const back = (c: { id: string }, sectionId: string) => `/admin/consultations/${c.id}/sections/${sectionId}`;

  app.get<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId/questions/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const s = await sectionOf(req.params.id, req.params.sectionId);
    return show(reply, { values: emptyValues(questionForm), ...s, section: s.text, backLinkHref: back(s.consultation, s.text.section_id) });
  });
  app.post<{ Params: { id: string; sectionId: string } }>('/consultations/:id/sections/:sectionId/questions/new', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const s = await sectionOf(req.params.id, req.params.sectionId);
    const read = validateForm(req.body, questionForm);
    const form = withErrors(questionForm, read, { kind: s.questions.length >= MAX_SECTION_QUESTIONS ? `A section can have up to ${MAX_SECTION_QUESTIONS} questions` : undefined });
    if (!form.ok) return show(reply, { ...form, ...s, section: s.text, backLinkHref: back(s.consultation, s.text.section_id) });
    await ctx.db.transaction(async (tx) => {
      await changeQuestions(tx, s.text, (qs) => [...qs, buildQuestion(nextQuestionId(qs), form.values.kind as QuestionKind, form.values.label, form.values.easyReadLabel)]);
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.question-added', subjectType: 'consultation', subjectId: s.consultation.id, details: { sectionId: s.text.section_id } });
    });
    await setFlash(ctx.db, req, `Question added: ${form.values.label}`);
    return reply.redirect(`${back(s.consultation, s.text.section_id)}#questions`, 303);
  });
  // question ids are short names inside the questionnaire ("q1"), not UUIDs
  app.post<{ Params: { id: string; sectionId: string; question: string } }>('/consultations/:id/sections/:sectionId/questions/:question/remove', async (req, reply) => {
    authorize(req, 'consultation.manage');
    const s = await sectionOf(req.params.id, req.params.sectionId);
    if (!s.questions.some((q) => q.id === req.params.question)) throw new NotFoundError();
    await ctx.db.transaction(async (tx) => {
      await changeQuestions(tx, s.text, (qs) => qs.filter((q) => q.id !== req.params.question));
      await audit(tx, { actorId: req.user!.userId, action: 'consultation.question-removed', subjectType: 'consultation', subjectId: s.consultation.id, details: { sectionId: s.text.section_id } });
    });
    await setFlash(ctx.db, req, 'Question removed');
    return reply.redirect(`${back(s.consultation, s.text.section_id)}#questions`, 303);
  });

  // the answers, section by section, for every published version that asked questions
  app.get<{ Params: { id: string } }>('/consultations/:id/answers', async (req, reply) => {
    authorize(req, 'consultation.view-comments');
    const loaded = await requireConsultation(ctx.db, req.params.id);
    const threshold = (await ctx.settings.get()).smallNumberThreshold;
    const sections: { questionnaireId: string | null; heading: string; version: string; questions: unknown[] }[] = [];
    for (const v of loaded.published) {
      for (const t of await repo.sectionTexts(ctx.db, v.id)) {
        const page = await questionsOf(ctx.db, t);
        if (!page || sections.some((s) => s.questionnaireId === t.questionnaire_id)) continue;
        const source = repo.answersSource(t.questionnaire_id!);
        const results = await tally(ctx.db, { sections: [page] }, source.sql, source.params);
        sections.push({
          questionnaireId: t.questionnaire_id,
          heading: t.heading,
          version: v.label,
          questions: await Promise.all(results.map(async (r) => {
            // the same small-number rules as survey results: a small count (or one that would give it away) is not shown
            const d = suppressTable({ cells: r.rows.map((row) => countOf(row.count)), total: countOf(r.answered), others: [] }, threshold);
            const rows = r.rows.map((row, i) => ({ label: row.label, count: row.count, percent: row.percent, hidden: Boolean(d.cells[i] || d.total), shown: shownText(countOf(row.count), d.cells[i] ?? d.total, threshold) }));
            return {
              label: r.label,
              answered: d.total ? shownText(countOf(r.answered), d.total, threshold) : r.answered.toLocaleString('en-GB'),
              freeText: r.freeText,
              words: r.freeText ? await repo.wordsAnswers(ctx.db, t.questionnaire_id!, r.question.id, 50) : [],
              chart: r.freeText ? null : resultChart(`q-${t.section_id}-${r.question.id}`, r.label, rows, d.total ? 0 : r.answered),
            };
          })),
        });
      }
    }
    return reply.view(ADMIN_VIEW('answers'), { ...loaded, sections, threshold, backLinkHref: `/admin/consultations/${loaded.consultation.id}` });
  });
}
