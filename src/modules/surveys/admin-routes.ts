// Pages for facilitators under /admin/surveys: build a survey (details, pages, questions), preview both versions,
// check the Easy Read, publish and close; enter paper, phone and assisted responses; results and exports.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  SCALES, allQuestions, pictureChoices, resultChart, checkDefinition, createQuestionnaire, getQuestionnaire, missingEasyRead, needsLook, EASY_READ_READING_AGE, READING_AGE_MIN_WORDS, renderSection, routingNote, saveDefinition, lockQuestionnaire,
  type Definition, type PictureChoice, type Variant,
} from '../../capabilities/questionnaires/index.ts';
import { programmeAndPhaseChoices, programmeChoiceOf, splitProgrammeChoice } from '../programmes/api.ts';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, emptyValues, partsOf, renderForm, withErrors, type FormPage } from '../../platform/forms/index.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { paginate, requestedPage } from '../../platform/http/pagination.ts';
import { audit } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import { nextId, questionFrom, questionValues, questionsBefore, sectionFrom, sectionValues } from './commands/build-questionnaire.ts';
import { hashToken, newToken } from '../../platform/security/tokens.ts';
import { responseCookie } from './routes.ts';
import { pictureLibraryRoutes } from './picture-routes.ts';
import { responseColumns, responsesForExport } from './queries/exports.ts';
import { sendExport, type Column, type ExportFormat } from '../../platform/exports/index.ts';
import { summaryRows, surveyResults } from './queries/results.ts';

const V = (name: string) => `surveys/views/admin/${name}.njk`;
const TYPE_NAMES: Record<string, string> = {
  'short-text': 'Short text', 'long-text': 'Long text (with character count)', 'single-choice': 'Single choice', 'multiple-choice': 'Multiple choice',
  rating: 'Rating scale', number: 'Number', date: 'Date', matrix: 'Matrix (statements × one scale)', ranking: 'Ranking (put in order)',
};
const common = { ...vocab, TYPE_NAMES, SCALES: Object.entries(SCALES).map(([value, s]) => ({ value, text: s.name })) };

export async function surveyAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await pictureLibraryRoutes(app, ctx);
  const show = (reply: FastifyReply, template: string, data: FormPage) => renderForm(reply, V(template), { ...common, ...data });
  const load = async (id: string) => {
    const survey = await repo.findSurvey(ctx.db, id);
    if (!survey) throw new NotFoundError();
    const q = (await getQuestionnaire(ctx.db, survey.questionnaire_id))!;
    return { survey, def: q.definition, locked: Boolean(q.locked_at) };
  };
  const editable = async (id: string) => {
    const l = await load(id);
    if (l.locked) throw new NotFoundError();
    return l;
  };

  const programmeChoices = () => programmeAndPhaseChoices(ctx.db);

  const readSurveyForm = async (body: unknown) => {
    const choices = await programmeChoices();
    const read = validateForm(body, forms.surveyForm);
    const form = withErrors(forms.surveyForm, read, { programme: read.values.programme && !read.errors.programme && !choices.some((c) => c.value === read.values.programme) ? 'Select a programme from the list' : undefined });
    const { opens, closes } = form.dates;
    const { programmeId, phaseId } = splitProgrammeChoice(form.values.programme);
    const input: repo.SurveyInput = {
      title: form.values.title, purpose: form.values.purpose, easy_read_purpose: form.values.easyReadPurpose, audience: form.values.audience, privacy_text: form.values.privacy,
      programme_id: programmeId, phase_id: phaseId, opens_on: opens ?? null, closes_on: closes ?? null,
      anonymous: form.values.anonymous === 'yes', easy_read: form.values.easyRead === 'yes', resume_days: Number(form.values.resumeDays || 30),
    };
    return { ...form, input, choices };
  };

  // ---- list and create
  app.get('/surveys', async (req, reply) => {
    authorize(req, 'survey.manage');
    return reply.view(V('surveys'), { surveys: await repo.listSurveys(ctx.db), ...common, backLinkHref: '/admin' });
  });
  app.get('/surveys/new', async (req, reply) => {
    authorize(req, 'survey.manage');
    const values = { ...emptyValues(forms.surveyForm), anonymous: 'yes', easyRead: 'yes', resumeDays: '30' };
    return show(reply, 'survey-form', { values, choices: await programmeChoices(), backLinkHref: '/admin/surveys' });
  });
  app.post('/surveys/new', async (req, reply) => {
    authorize(req, 'survey.manage');
    const f = await readSurveyForm(req.body);
    if (!f.ok) return show(reply, 'survey-form', { ...f, backLinkHref: '/admin/surveys' });
    const questionnaireId = await createQuestionnaire(ctx.db);
    const id = await repo.insertSurvey(ctx.db, questionnaireId, f.input, req.user!.userId);
    await audit(ctx.db, { actorId: req.user!.userId, action: 'survey.create', subjectType: 'survey', subjectId: id });
    return reply.redirect(`/admin/surveys/${id}`, 303);
  });

  // ---- overview and details
  app.get<{ Params: { id: string } }>('/surveys/:id', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def, locked } = await load(req.params.id);
    const missing = survey.easy_read ? missingEasyRead(def).length + (survey.easy_read_purpose ? 0 : 1) : 0;
    const counts = await repo.countBy(ctx.db, survey.id, {});
    return reply.view(V('survey'), { survey, def, locked, missing, counts, ...common, backLinkHref: '/admin/surveys', canResults: can(req, 'survey.view-results'), canEnter: can(req, 'survey.enter-response') });
  });
  app.get<{ Params: { id: string } }>('/surveys/:id/edit', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey } = await load(req.params.id);
    const values = {
      title: survey.title, purpose: survey.purpose, easyReadPurpose: survey.easy_read_purpose, audience: survey.audience, privacy: survey.privacy_text,
      programme: programmeChoiceOf(survey.programme_id, survey.phase_id),
      anonymous: survey.anonymous ? 'yes' : 'no', easyRead: survey.easy_read ? 'yes' : 'no', resumeDays: String(survey.resume_days),
      opens: partsOf(survey.opens_on), closes: partsOf(survey.closes_on),
    };
    return show(reply, 'survey-form', { survey, values, choices: await programmeChoices(), backLinkHref: `/admin/surveys/${survey.id}` });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/edit', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey } = await load(req.params.id);
    const f = await readSurveyForm(req.body);
    if (!f.ok) return show(reply, 'survey-form', { survey, ...f, backLinkHref: `/admin/surveys/${survey.id}` });
    await repo.updateSurvey(ctx.db, survey.id, f.input);
    return reply.redirect(`/admin/surveys/${survey.id}`, 303);
  });

  // ---- pages (sections)
  type PageData = Record<string, unknown> & { pictures?: PictureChoice[] };
  const sectionPage = async (reply: FastifyReply, survey: repo.SurveyRow, data: PageData) =>
    show(reply, 'section-form', { survey, backLinkHref: `/admin/surveys/${survey.id}`, ...data, pictures: data.pictures ?? (await pictureChoices(ctx.db)) });
  app.get<{ Params: { id: string } }>('/surveys/:id/pages/new', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey } = await editable(req.params.id);
    return sectionPage(reply, survey, { values: emptyValues(forms.sectionForm) });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/pages/new', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    const form = validateForm(req.body, forms.sectionForm);
    const pictures = await pictureChoices(ctx.db);
    const built = sectionFrom(form.values, nextId(def, 'p'), pictures);
    if (!form.ok || !built.section) return sectionPage(reply, survey, { pictures, ...withErrors(forms.sectionForm, form, built.errors) });
    await saveDefinition(ctx.db, survey.questionnaire_id, { sections: [...def.sections, built.section] });
    return reply.redirect(`/admin/surveys/${survey.id}#${built.section.id}`, 303);
  });
  app.get<{ Params: { id: string; page: string } }>('/surveys/:id/pages/:page', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    const section = def.sections.find((s) => s.id === req.params.page);
    if (!section) throw new NotFoundError();
    return sectionPage(reply, survey, { section, values: sectionValues(section) });
  });
  app.post<{ Params: { id: string; page: string } }>('/surveys/:id/pages/:page', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    const section = def.sections.find((s) => s.id === req.params.page);
    if (!section) throw new NotFoundError();
    const form = validateForm(req.body, forms.sectionForm);
    const pictures = await pictureChoices(ctx.db);
    const built = sectionFrom(form.values, section.id, pictures, section.questions);
    if (!form.ok || !built.section) return sectionPage(reply, survey, { section, pictures, ...withErrors(forms.sectionForm, form, built.errors) });
    await saveDefinition(ctx.db, survey.questionnaire_id, { sections: def.sections.map((s) => (s.id === section.id ? built.section! : s)) });
    return reply.redirect(`/admin/surveys/${survey.id}#${section.id}`, 303);
  });

  // ---- questions
  const questionPage = async (reply: FastifyReply, survey: repo.SurveyRow, def: Definition, sectionId: string, data: PageData) => {
    const earlier = questionsBefore(def, sectionId);
    const conditions = [{ value: '', text: 'Always show this question' }, ...earlier.flatMap((q) => (q.options ?? []).map((o) => ({ value: `${q.id}:${o.value}`, text: `${q.label.standard} = ${o.label.standard}` })))];
    return show(reply, 'question-form', { survey, conditions, backLinkHref: `/admin/surveys/${survey.id}`, ...data, pictures: data.pictures ?? (await pictureChoices(ctx.db)) });
  };
  app.get<{ Params: { id: string; page: string } }>('/surveys/:id/pages/:page/questions/new', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    if (!def.sections.some((s) => s.id === req.params.page)) throw new NotFoundError();
    return questionPage(reply, survey, def, req.params.page, { values: { ...emptyValues(forms.questionForm), required: 'yes' } });
  });
  app.post<{ Params: { id: string; page: string } }>('/surveys/:id/pages/:page/questions/new', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    const section = def.sections.find((s) => s.id === req.params.page);
    if (!section) throw new NotFoundError();
    const form = validateForm(req.body, forms.questionForm);
    const pictures = await pictureChoices(ctx.db);
    const built = form.ok ? questionFrom(form.values, nextId(def, 'q'), questionsBefore(def, section.id), pictures) : { errors: {} as Record<string, string>, question: undefined };
    if (!built.question) return questionPage(reply, survey, def, section.id, { pictures, ...withErrors(forms.questionForm, form, built.errors) });
    await saveDefinition(ctx.db, survey.questionnaire_id, { sections: def.sections.map((s) => (s.id === section.id ? { ...s, questions: [...s.questions, built.question!] } : s)) });
    return reply.redirect(`/admin/surveys/${survey.id}#${built.question.id}`, 303);
  });
  const findQuestion = (def: Definition, id: string) => {
    const section = def.sections.find((s) => s.questions.some((q) => q.id === id));
    const question = section?.questions.find((q) => q.id === id);
    if (!section || !question) throw new NotFoundError();
    return { section, question };
  };
  app.get<{ Params: { id: string; question: string } }>('/surveys/:id/questions/:question', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    const { section, question } = findQuestion(def, req.params.question);
    const pictures = await pictureChoices(ctx.db);
    return questionPage(reply, survey, def, section.id, { question, pictures, values: questionValues(question, pictures) });
  });
  app.post<{ Params: { id: string; question: string } }>('/surveys/:id/questions/:question', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    const { section, question } = findQuestion(def, req.params.question);
    const form = validateForm(req.body, forms.questionForm);
    const pictures = await pictureChoices(ctx.db);
    const built = form.ok ? questionFrom(form.values, question.id, questionsBefore(def, section.id), pictures) : { errors: {} as Record<string, string>, question: undefined };
    if (!built.question) return questionPage(reply, survey, def, section.id, { question, pictures, ...withErrors(forms.questionForm, form, built.errors) });
    await saveDefinition(ctx.db, survey.questionnaire_id, { sections: def.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id === question.id ? built.question! : q)) })) });
    return reply.redirect(`/admin/surveys/${survey.id}#${question.id}`, 303);
  });
  // Move up / Move down: a plain form per button, so reordering works without JavaScript or a mouse
  app.post<{ Params: { id: string; question: string; direction: string } }>('/surveys/:id/questions/:question/move-:direction', async (req, reply) => {
    authorize(req, 'survey.manage');
    if (req.params.direction !== 'up' && req.params.direction !== 'down') throw new NotFoundError();
    const { survey, def } = await editable(req.params.id);
    const { section, question } = findQuestion(def, req.params.question);
    const from = section.questions.indexOf(question);
    const to = from + (req.params.direction === 'up' ? -1 : 1);
    if (to >= 0 && to < section.questions.length) {
      const questions = [...section.questions];
      [questions[from], questions[to]] = [questions[to]!, questions[from]!];
      await saveDefinition(ctx.db, survey.questionnaire_id, { sections: def.sections.map((s) => (s.id === section.id ? { ...s, questions } : s)) });
    }
    return reply.redirect(`/admin/surveys/${survey.id}#${question.id}`, 303);
  });
  app.post<{ Params: { id: string; question: string } }>('/surveys/:id/questions/:question/delete', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await editable(req.params.id);
    const { question } = findQuestion(def, req.params.question);
    // conditions that depended on this question are removed too
    const sections = def.sections.map((s) => ({
      ...s,
      questions: s.questions.filter((q) => q.id !== question.id).map((q) => (q.showIf?.question === question.id ? { ...q, showIf: undefined } : q)),
    }));
    await saveDefinition(ctx.db, survey.questionnaire_id, { sections });
    return reply.redirect(`/admin/surveys/${survey.id}`, 303);
  });

  // ---- preview (also the printable paper pack) and Easy Read check
  const preview = async (req: FastifyRequest<{ Params: { id: string }; Querystring: { version?: string } }>, reply: FastifyReply, print: boolean) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await load(req.params.id);
    const variant: Variant = req.query.version === 'easy-read' && survey.easy_read ? 'easy-read' : 'standard';
    const pages = def.sections.map((s) => {
      // every question is shown in a preview or on paper; conditions are written next to the question
      const all = { ...s, questions: s.questions.map((q) => ({ ...q, showIf: undefined })) };
      const conditions = s.questions.filter((q) => q.showIf).map((q) => routingNote(def, q, variant));
      return { html: renderSection(all, {}, { variant, answers: {} }).replace(/<h1>/g, '<h2 class="nhsuk-heading-l">').replace(/<\/h1>/g, '</h2>').replace(/nhsuk-fieldset__heading/g, '').replace(/<h1 class="nhsuk-(label|fieldset)-wrapper">/g, '<div>'), conditions };
    });
    return reply.view(V('preview'), { survey, variant, pages, print, ...common, backLinkHref: `/admin/surveys/${survey.id}` });
  };
  app.get<{ Params: { id: string }; Querystring: { version?: string } }>('/surveys/:id/preview', (req, reply) => preview(req, reply, false));
  app.get<{ Params: { id: string }; Querystring: { version?: string } }>('/surveys/:id/print', (req, reply) => preview(req, reply, true));

  app.get<{ Params: { id: string } }>('/surveys/:id/easy-read-check', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await load(req.params.id);
    const checks = checkDefinition({ sections: [{ id: 'start', title: { standard: 'What the survey is for', easyRead: survey.easy_read_purpose }, questions: [] }, ...def.sections] }).map((c, i) =>
      i === 0 ? { ...c, where: 'Start page: what the survey is for', standard: survey.purpose, missing: !survey.easy_read_purpose.trim() } : c,
    );
    return reply.view(V('easy-read-check'), { survey, checks, problems: checks.filter(needsLook).length, readingAgeLimit: EASY_READ_READING_AGE, minWords: READING_AGE_MIN_WORDS, ...common, backLinkHref: `/admin/surveys/${survey.id}` });
  });

  // ---- publish and close
  app.post<{ Params: { id: string } }>('/surveys/:id/publish', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey, def } = await load(req.params.id);
    const problems: string[] = [];
    if (allQuestions(def).length === 0) problems.push('Add at least one question before you publish the survey');
    const missing = missingEasyRead(def).length + (survey.easy_read_purpose.trim() ? 0 : 1);
    if (survey.easy_read && missing > 0) problems.push(`Write the Easy Read text for every question, option, hint and page before you publish (${missing} missing)`);
    if (survey.status !== 'draft') problems.push('This survey has already been published');
    if (problems.length) {
      const counts = await repo.countBy(ctx.db, survey.id, {});
      return renderForm(reply, V('survey'), { survey, def, locked: false, missing, counts, ...common, errorList: problems.map((text) => ({ text, href: survey.easy_read && missing ? '#easy-read' : '#pages' })), backLinkHref: '/admin/surveys', canResults: true, canEnter: true });
    }
    await lockQuestionnaire(ctx.db, survey.questionnaire_id);
    await repo.setStatus(ctx.db, survey.id, 'open');
    await audit(ctx.db, { actorId: req.user!.userId, action: 'survey.publish', subjectType: 'survey', subjectId: survey.id });
    return reply.redirect(`/admin/surveys/${survey.id}`, 303);
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/close', async (req, reply) => {
    authorize(req, 'survey.manage');
    const { survey } = await load(req.params.id);
    if (survey.status === 'open') {
      await repo.setStatus(ctx.db, survey.id, 'closed');
      await audit(ctx.db, { actorId: req.user!.userId, action: 'survey.close', subjectType: 'survey', subjectId: survey.id });
    }
    return reply.redirect(`/admin/surveys/${survey.id}`, 303);
  });

  // ---- entering a response taken on paper, by phone or with support
  app.get<{ Params: { id: string } }>('/surveys/:id/enter', async (req, reply) => {
    authorize(req, 'survey.enter-response');
    const { survey } = await load(req.params.id);
    if (survey.status === 'draft') throw new NotFoundError();
    return show(reply, 'enter', { survey, values: { channel: '', kind: 'individual' }, backLinkHref: `/admin/surveys/${survey.id}` });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/enter', async (req, reply) => {
    authorize(req, 'survey.enter-response');
    const { survey } = await load(req.params.id);
    if (survey.status === 'draft') throw new NotFoundError();
    const form = validateForm(req.body, forms.entryForm);
    if (!form.ok) return show(reply, 'enter', { survey, ...form, backLinkHref: `/admin/surveys/${survey.id}` });
    const token = newToken();
    await repo.createResponse(ctx.db, {
      surveyId: survey.id, accessHash: hashToken(token), kind: form.values.kind as repo.Kind, channel: form.values.channel as repo.Channel, variant: 'standard',
      userId: null, enteredBy: req.user!.userId, resumeDays: survey.resume_days,
    });
    reply.setCookie(responseCookie(survey.id), token, { path: `/surveys/${survey.id}`, httpOnly: true, sameSite: 'lax', secure: ctx.config.isProduction, maxAge: survey.resume_days * 86400 });
    const first = survey.easy_read ? 'format' : form.values.kind === 'organisation' ? 'organisation' : 'about-you';
    return reply.redirect(`/surveys/${survey.id}/${first}`, 303);
  });

  // ---- results
  const readFilters = (q: Record<string, unknown>): repo.Filters => {
    const pick = (name: string, allowed: readonly string[]) => (typeof q[name] === 'string' && allowed.includes(q[name] as string) ? (q[name] as string) : undefined);
    return {
      role: pick('role', vocab.valuesOf(vocab.RESPONDENT_ROLES)),
      variant: pick('variant', ['standard', 'easy-read']),
      channel: pick('channel', vocab.valuesOf(vocab.CHANNELS)),
      kind: pick('kind', vocab.valuesOf(vocab.KINDS)),
    };
  };
  app.get<{ Params: { id: string }; Querystring: Record<string, string> }>('/surveys/:id/results', async (req, reply) => {
    authorize(req, 'survey.view-results');
    const { survey, def } = await load(req.params.id);
    const filters = readFilters(req.query);
    const threshold = (await ctx.settings.get()).smallNumberThreshold;
    const { counts, questions, equality } = await surveyResults(ctx.db, survey, def, filters, threshold, can(req, 'survey.see-equality'));
    const charts = questions.map((q, i) => ({
      ...q,
      chart: q.rows.length ? resultChart(`chart-${i}`, q.label, q.rows, q.answered) : undefined,
      statementCharts: q.statements?.map((s, j) => s.rows.length && resultChart(`chart-${i}-${j}`, `${q.label}: ${s.label}`, s.rows, s.answered, s.label)),
    }));
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();
    return reply.view(V('results'), {
      survey, counts, questions: charts, filters, query, threshold,
      equality,
      ...common, backLinkHref: `/admin/surveys/${survey.id}`,
    });
  });
  app.get<{ Params: { id: string; question: string }; Querystring: Record<string, string> }>('/surveys/:id/results/:question', async (req, reply) => {
    authorize(req, 'survey.view-results');
    const { survey, def } = await load(req.params.id);
    const question = allQuestions(def).find((q) => q.id === req.params.question && ['short-text', 'long-text'].includes(q.type));
    if (!question) throw new NotFoundError();
    const form = validateForm(req.query, forms.searchForm);
    const search = form.ok ? form.values.search : '';
    const filters = readFilters(req.query);
    // read the page asked for; if it is past the end, read the last page instead
    const perPage = 50;
    const asked = requestedPage(req.query);
    let answers = await repo.freeTextAnswers(ctx.db, survey.id, question.id, filters, search, { limit: perPage, offset: (asked - 1) * perPage });
    const pages = paginate({ query: req.query, total: answers.total, perPage, path: `/admin/surveys/${survey.id}/results/${question.id}`, params: { ...filters, search } });
    if (pages.page !== asked) answers = await repo.freeTextAnswers(ctx.db, survey.id, question.id, filters, search, pages);
    return renderForm(reply, V('free-text'), { survey, question, answers, pages, values: form.values, errors: form.errors, errorList: form.errorList, filters, search, ...common, backLinkHref: `/admin/surveys/${survey.id}/results` });
  });

  // ---- exports, through the platform exports (responses' columns in queries/exports.ts)
  const responsesExport = (format: ExportFormat) => async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    authorize(req, 'survey.view-results');
    const { survey, def } = await load(req.params.id);
    const withEquality = can(req, 'survey.see-equality');
    return sendExport(req, reply, ctx.db, {
      what: 'survey.responses', subject: { type: 'survey', id: survey.id }, format, fileName: survey.title || 'survey', fileSuffix: 'responses', sheetName: 'Responses',
      columns: responseColumns(def, withEquality), rows: responsesForExport(ctx.db, survey.id), equalityColumns: withEquality,
    });
  };
  app.get<{ Params: { id: string } }>('/surveys/:id/responses.csv', responsesExport('csv'));
  app.get<{ Params: { id: string } }>('/surveys/:id/responses.xlsx', responsesExport('xlsx'));
  app.get<{ Params: { id: string } }>('/surveys/:id/summary.csv', async (req, reply) => {
    authorize(req, 'survey.view-results');
    const { survey, def } = await load(req.params.id);
    const [header = [], ...rows] = await summaryRows(ctx.db, survey, def, (await ctx.settings.get()).smallNumberThreshold);
    const columns = header.map((h, i): Column<string[]> => ({ header: h, value: (r) => r[i] }));
    return sendExport(req, reply, ctx.db, {
      what: 'survey.summary', subject: { type: 'survey', id: survey.id }, format: 'csv', fileName: survey.title || 'survey', fileSuffix: 'summary', columns, rows,
      // equality totals with small numbers suppressed, never a person's equality answers
      equalityColumns: false, details: { equalityTotals: true },
    });
  });
}
