// After sending: the optional equality questions (the GOV.UK pattern, Census 2021 categories), then the
// confirmation. The equality pages are a journey of their own (journey.ts) that ends at the confirmation.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pruneHidden, readPage, renderSection, storable, visibleQuestions, type Answers } from '../../capabilities/questionnaires/index.ts';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues, renderForm, validateForm, withErrors } from '../../platform/forms/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { EQUALITY } from './equality.ts';
import { equalityJourney, pageTitleOf } from './journey.ts';
import { V, type Loaded, type Respondent } from './respondent.ts';

export async function equalityRoutes(app: FastifyInstance, ctx: AppContext, r: Respondent): Promise<void> {
  const submitted = { preHandler: r.submittedIndividual.preHandler };
  const update = (l: Loaded, patch: Parameters<typeof repo.updateResponse>[2]) => repo.updateResponse(ctx.db, l.response.id, patch, l.survey.resume_days);
  const easyReadChoiceError = (l: Loaded, form: ReturnType<typeof validateForm<typeof forms.equalityChoiceForm>>) => {
    if (l.response.variant !== 'easy-read' || form.ok) return form;
    return withErrors(forms.equalityChoiceForm, form, { answer: 'Please choose yes or no' });
  };

  app.get<{ Params: { id: string } }>('/surveys/:id/equality', submitted, async (req, reply) => {
    const l = r.submittedIndividual.of(req);
    return reply.view(V('equality-start'), { ...r.common(l), values: emptyValues(forms.equalityChoiceForm), errors: {} });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/equality', submitted, async (req, reply) => {
    const l = r.submittedIndividual.of(req);
    const form = easyReadChoiceError(l, validateForm(req.body, forms.equalityChoiceForm));
    if (!form.ok) return renderForm(reply, V('equality-start'), { ...r.common(l), ...form });
    if (form.values.answer === 'no') {
      await update(l, { equality_choice: 'skipped', equality: null });
      return reply.redirect(`/surveys/${l.survey.id}/done`, 303);
    }
    await update(l, { equality_choice: 'answered', equality: l.response.equality ?? {} });
    return reply.redirect(`/surveys/${l.survey.id}/equality/${EQUALITY.sections[0]!.id}`, 303);
  });

  const equalityPage = (reply: FastifyReply, l: Loaded, sectionId: string, answers: Answers, errors: Record<string, string>, errorList: { text: string; href: string }[]) => {
    const section = EQUALITY.sections.find((s) => s.id === sectionId)!;
    const step = `equality/${sectionId}`;
    return reply.code(errorList.length ? 400 : 200).view(V('question-page'), {
      ...r.common(l),
      html: renderSection(section, answers, { variant: l.response.variant, answers, errors }),
      errorList,
      step,
      equality: true,
      pageTitle: pageTitleOf(section, answers, l.response.variant),
      backLinkHref: equalityJourney.backUrl({ equality: answers }, step, { base: `/surveys/${l.survey.id}`, start: `/surveys/${l.survey.id}/equality` }),
      action: `/surveys/${l.survey.id}/${step}`,
    });
  };
  const answering = (req: FastifyRequest<{ Params: { id: string; section: string } }>) => {
    const l = r.submittedIndividual.of(req);
    if (l.response.equality_choice !== 'answered') return { l };
    const section = EQUALITY.sections.find((s) => s.id === req.params.section);
    if (!section || visibleQuestions(section, l.response.equality ?? {}).length === 0) throw new NotFoundError();
    return { l, section };
  };
  app.get<{ Params: { id: string; section: string } }>('/surveys/:id/equality/:section', submitted, async (req, reply) => {
    const { l, section } = answering(req);
    if (!section) return r.restart(reply, l.survey.id);
    return equalityPage(reply, l, section.id, l.response.equality ?? {}, {}, []);
  });
  app.post<{ Params: { id: string; section: string } }>('/surveys/:id/equality/:section', submitted, async (req, reply) => {
    const { l, section } = answering(req);
    if (!section) return r.restart(reply, l.survey.id);
    const earlier = l.response.equality ?? {};
    const page = readPage(section, req.body, earlier, l.response.variant);
    if ((req.body as Record<string, unknown>)?.action === 'switch-variant' && l.survey.easy_read) {
      await update(l, { equality: storable({ ...earlier, ...page.answers }), variant: l.response.variant === 'easy-read' ? 'standard' : 'easy-read' });
      return reply.redirect(`/surveys/${l.survey.id}/equality/${section.id}`, 303);
    }
    if (!page.ok) return equalityPage(reply, l, section.id, { ...earlier, ...page.answers }, page.errors, page.errorList);
    const merged = pruneHidden(EQUALITY, { ...earlier, ...page.answers });
    await update(l, { equality: merged });
    return reply.redirect(equalityJourney.nextUrl({ equality: merged }, `equality/${section.id}`, { base: `/surveys/${l.survey.id}` }), 303);
  });

  // ---- confirmation
  app.get<{ Params: { id: string } }>('/surveys/:id/done', { preHandler: r.submitted.preHandler }, async (req, reply) => {
    const l = r.submitted.of(req);
    return reply.view(V('done'), { ...r.common(l), reference: l.response.reference, enteredBy: Boolean(l.response.entered_by) });
  });
}
