// Admin pages for an organiser's own booking questions (/admin/events/:id/questions): see them, add one, remove one.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pick } from '../../capabilities/questionnaires/index.ts';
import type { AppContext } from '../../platform/module.ts';
import { emptyValues } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import { QUESTION_KINDS, bookingQuestionsOf, questionForm, questionsOf, readQuestionForm, saveBookingQuestions } from './booking-questions.ts';

const V = (name: string) => `events/views/admin/${name}.njk`;

export async function bookingQuestionAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const load = async (req: FastifyRequest<{ Params: { id: string } }>) => {
    authorize(req, 'event.manage');
    const event = await repo.findEvent(ctx.db, req.params.id);
    if (!event) throw new NotFoundError();
    return { event, questions: questionsOf(await bookingQuestionsOf(ctx.db, event)) };
  };
  const kindText = (type: string) => QUESTION_KINDS.find((k) => k.value === type)?.text ?? type;

  app.get<{ Params: { id: string } }>('/events/:id/questions', async (req, reply) => {
    const { event, questions } = await load(req);
    const list = questions.map((q) => ({
      id: q.id,
      label: q.label.standard,
      easyRead: pick(q.label, 'easy-read'),
      kind: kindText(q.type),
      required: q.required,
      options: (q.options ?? []).map((o) => o.label.standard).join('; '),
    }));
    return reply.view(V('booking-questions'), { event, questions: list, backLinkHref: `/admin/events/${event.id}` });
  });

  const showForm = (reply: FastifyReply, data: Record<string, unknown>) =>
    reply.code((data.errorList as unknown[] | undefined)?.length ? 400 : 200).view(V('booking-question-form'), { errors: {}, errorList: [], QUESTION_KINDS, ...data });
  app.get<{ Params: { id: string } }>('/events/:id/questions/new', async (req, reply) => {
    const { event } = await load(req);
    return showForm(reply, { event, values: { ...emptyValues(questionForm), required: 'no' }, backLinkHref: `/admin/events/${event.id}/questions` });
  });
  app.post<{ Params: { id: string } }>('/events/:id/questions/new', async (req, reply) => {
    const { event, questions } = await load(req);
    const read = readQuestionForm(req.body);
    if (!read.ok) return showForm(reply, { event, values: read.values, errors: read.errors, errorList: read.errorList, backLinkHref: `/admin/events/${event.id}/questions` });
    await ctx.db.transaction(async (tx) => {
      await saveBookingQuestions(tx, event, [...questions, read.question]);
      await audit(tx, { actorId: req.user!.userId, action: 'event.booking-question-added', subjectType: 'event', subjectId: event.id, details: { question: read.question.id } });
    });
    return reply.redirect(`/admin/events/${event.id}/questions`, 303);
  });

  app.post<{ Params: { id: string; question: string } }>('/events/:id/questions/:question/remove', async (req, reply) => {
    const { event, questions } = await load(req);
    if (!questions.some((q) => q.id === req.params.question)) throw new NotFoundError();
    await ctx.db.transaction(async (tx) => {
      await saveBookingQuestions(tx, event, questions.filter((q) => q.id !== req.params.question));
      await audit(tx, { actorId: req.user!.userId, action: 'event.booking-question-removed', subjectType: 'event', subjectId: event.id, details: { question: req.params.question } });
    });
    return reply.redirect(`/admin/events/${event.id}/questions`, 303);
  });
}
