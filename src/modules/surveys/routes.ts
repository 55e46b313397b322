// The respondent's journey: start page, standard or Easy Read, "Which of these describes you?" (or the organisation's
// details), the questions page by page, check answers, the optional equality questions, confirmation.
// Answers are saved on every page; people can leave and come back with a short code or an emailed link.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  getQuestionnaire, moveRanked, storable, parseRankMove, pruneHidden, readPage, renderSection, describeAnswer, visibleQuestions, visibleSections,
  type Answers, type Definition, type Variant,
} from '../../capabilities/questionnaires/index.ts';
import { organisationNames, listAllOrganisations } from '../accounts/api.ts';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, emptyValues } from '../../platform/forms/index.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { NotFoundError, SignInRequiredError } from '../../platform/errors/index.ts';
import { enforce, type Limit } from '../../platform/security/rate-limit.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import { EQUALITY } from './equality.ts';
import { equalitySteps, isOpen, neighbours, steps } from './journey.ts';
import { browserHash, codeHash, newResumeCode, submit } from './commands/respond.ts';
import { hashToken as sha256, newToken } from '../../platform/security/tokens.ts';

export const LIMITS = {
  resumeCode: { name: 'survey-resume-code', max: 20, windowSeconds: 900 },
  resumeEmail: { name: 'survey-resume-email', max: 10, windowSeconds: 3600 },
  start: { name: 'survey-start', max: 300, windowSeconds: 600 },
} satisfies Record<string, Limit>;

export const BROWSER_COOKIE = 'chorus_browser';
export const responseCookie = (surveyId: string) => `chorus_r_${surveyId.replace(/-/g, '')}`;
const V = (name: string) => `surveys/views/${name}.njk`;

interface Loaded {
  survey: repo.SurveyRow;
  def: Definition;
  response: repo.ResponseRow;
}

export async function surveyRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const secure = ctx.config.isProduction;

  const loadSurvey = async (id: string) => {
    const survey = await repo.findSurvey(ctx.db, id);
    if (!survey || survey.status === 'draft') throw new NotFoundError();
    const q = await getQuestionnaire(ctx.db, survey.questionnaire_id);
    return { survey, def: q!.definition };
  };

  const setAccess = (reply: FastifyReply, survey: repo.SurveyRow, token: string) =>
    reply.setCookie(responseCookie(survey.id), token, { path: `/surveys/${survey.id}`, httpOnly: true, sameSite: 'lax', secure, maxAge: survey.resume_days * 86400 });

  /** the response this browser is filling in, or a redirect to the start page */
  const load = async (req: FastifyRequest<{ Params: { id: string } }>): Promise<Loaded | undefined> => {
    const { survey, def } = await loadSurvey(req.params.id);
    const token = req.cookies[responseCookie(survey.id)];
    if (!token) return undefined;
    const response = await repo.findResponseByHash(ctx.db, survey.id, 'access_hash', sha256(token));
    if (!response) return undefined;
    // online responses can only be given while the survey is open; facilitators may enter late paper responses
    if (response.status === 'in-progress' && !response.entered_by && !isOpen(survey)) return undefined;
    return { survey, def, response };
  };

  const common = (l: Loaded) => {
    const variant = l.response.variant;
    return { survey: l.survey, response: l.response, variant, easyRead: variant === 'easy-read', ...vocab };
  };

  /** the page after this one (or back to check answers when changing an answer) */
  const nextUrl = (l: Loaded, step: string, answers: Answers, change: boolean) => {
    if (change && step !== 'check') return `/surveys/${l.survey.id}/check`;
    const list = steps(l.survey, { ...l.response, answers }, l.def);
    const { next } = neighbours(list, step);
    return `/surveys/${l.survey.id}/${next ?? 'check'}`;
  };
  const backUrl = (l: Loaded, step: string) => {
    const { previous } = neighbours(steps(l.survey, l.response, l.def), step);
    return previous ? `/surveys/${l.survey.id}/${previous}` : `/surveys/${l.survey.id}`;
  };
  const save = (l: Loaded, patch: Parameters<typeof repo.updateResponse>[2]) =>
    repo.updateResponse(ctx.db, l.response.id, patch.answers ? { ...patch, answers: storable(patch.answers) } : patch, l.survey.resume_days);
  const restart = (reply: FastifyReply, id: string) => reply.redirect(`/surveys/${id}`, 303);
  const inProgress = (l: Loaded | undefined): l is Loaded => Boolean(l && l.response.status === 'in-progress');
  const changing = (req: FastifyRequest) => (req.query as Record<string, unknown>)?.change === '1';

  // ---- start page
  app.get<{ Params: { id: string } }>('/surveys/:id', async (req, reply) => {
    authorize(req, 'survey.respond');
    const { survey, def } = await loadSurvey(req.params.id);
    const l = await load(req).catch(() => undefined);
    const questions = def.sections.reduce((n, s) => n + s.questions.length, 0);
    return reply.view(V('start'), {
      survey,
      open: isOpen(survey),
      questions,
      minutes: Math.max(5, Math.round(questions * 0.75)),
      inProgress: inProgress(l) ? l.response.current_step : undefined,
      canRepresent: can(req, 'survey.respond-for-organisation'),
      signedIn: Boolean(req.user),
    });
  });

  app.post<{ Params: { id: string } }>('/surveys/:id/start', async (req, reply) => {
    authorize(req, 'survey.respond');
    await enforce(ctx.db, req, LIMITS.start);
    const { survey } = await loadSurvey(req.params.id);
    if (!isOpen(survey)) return restart(reply, survey.id);
    const kind = (req.body as Record<string, unknown>)?.kind === 'organisation' ? 'organisation' : 'individual';
    if (kind === 'organisation') authorize(req, 'survey.respond-for-organisation');
    if (!survey.anonymous && !req.user) throw new SignInRequiredError();
    let browser = req.cookies[BROWSER_COOKIE];
    if (!browser || !/^[A-Za-z0-9_-]{43}$/.test(browser)) {
      browser = newToken();
      reply.setCookie(BROWSER_COOKIE, browser, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 365 * 86400 });
    }
    if (kind === 'individual' && (await repo.alreadyResponded(ctx.db, survey.id, browserHash(ctx, survey.id, browser))) && (req.body as Record<string, unknown>)?.again !== 'yes') {
      return reply.redirect(`/surveys/${survey.id}/already`, 303);
    }
    const token = newToken();
    await repo.createResponse(ctx.db, {
      surveyId: survey.id,
      accessHash: sha256(token),
      kind,
      channel: 'online',
      variant: 'standard',
      userId: survey.anonymous && kind === 'individual' ? null : (req.user?.userId ?? null),
      enteredBy: null,
      resumeDays: survey.resume_days,
    });
    setAccess(reply, survey, token);
    return reply.redirect(`/surveys/${survey.id}/${survey.easy_read ? 'format' : kind === 'organisation' ? 'organisation' : 'about-you'}`, 303);
  });

  app.get<{ Params: { id: string } }>('/surveys/:id/already', async (req, reply) => {
    const { survey } = await loadSurvey(req.params.id);
    return reply.view(V('already'), { survey, backLinkHref: `/surveys/${survey.id}` });
  });

  // ---- standard or Easy Read (can be changed on any page)
  app.get<{ Params: { id: string } }>('/surveys/:id/format', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    return reply.view(V('format'), { ...common(l), values: { variant: l.response.current_step ? l.response.variant : '' }, errors: {}, backLinkHref: backUrl(l, 'format') });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/format', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    const form = validateForm(req.body, forms.variantForm);
    if (!form.ok) return reply.code(400).view(V('format'), { ...common(l), ...form, backLinkHref: backUrl(l, 'format') });
    const variant = form.values.variant as Variant;
    const next = nextUrl(l, 'format', l.response.answers, changing(req));
    await save(l, { variant, current_step: next.split(`/surveys/${l.survey.id}/`)[1] });
    return reply.redirect(next, 303);
  });

  /** "Switch to Easy Read" / "Switch to standard version" buttons on every page */
  app.post<{ Params: { id: string } }>('/surveys/:id/switch', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    const to = (req.body as Record<string, unknown>)?.to === 'easy-read' && l.survey.easy_read ? 'easy-read' : 'standard';
    await save(l, { variant: to });
    return reply.redirect(safeStep(l, (req.body as Record<string, unknown>)?.back), 303);
  });
  const safeStep = (l: Loaded, raw: unknown) => {
    const allowed = [...steps(l.survey, l.response, l.def), ...equalitySteps(l.response)];
    return typeof raw === 'string' && allowed.includes(raw) ? `/surveys/${l.survey.id}/${raw}` : `/surveys/${l.survey.id}/check`;
  };

  // ---- about you
  app.get<{ Params: { id: string } }>('/surveys/:id/about-you', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l) || l.response.kind !== 'individual') return restart(reply, req.params.id);
    return reply.view(V('about-you'), { ...common(l), values: { roles: l.response.respondent_roles }, errors: {}, backLinkHref: backUrl(l, 'about-you'), change: changing(req) });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/about-you', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l) || l.response.kind !== 'individual') return restart(reply, req.params.id);
    const form = validateForm(req.body, forms.rolesForm);
    if (isSaveForLater(req)) return saveForLater(l, reply, { respondent_roles: form.values.roles, current_step: 'about-you' });
    if (!form.ok) return reply.code(400).view(V('about-you'), { ...common(l), ...form, backLinkHref: backUrl(l, 'about-you'), change: changing(req) });
    const next = nextUrl(l, 'about-you', l.response.answers, changing(req));
    await save(l, { respondent_roles: form.values.roles, current_step: stepOf(l, next) });
    return reply.redirect(next, 303);
  });
  const stepOf = (l: Loaded, url: string) => url.slice(`/surveys/${l.survey.id}/`.length);

  // ---- organisation or group
  const organisationChoices = async (req: FastifyRequest, l: Loaded) =>
    l.response.entered_by ? listAllOrganisations(ctx.db) : organisationNames(ctx.db, req.actor.organisationIds);
  const organisationView = async (req: FastifyRequest, l: Loaded, form: object) => ({
    ...common(l),
    ...form,
    organisations: await organisationChoices(req, l),
    backLinkHref: backUrl(l, 'organisation'),
  });
  app.get<{ Params: { id: string } }>('/surveys/:id/organisation', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l) || l.response.kind !== 'organisation') return restart(reply, req.params.id);
    if (!l.response.entered_by) authorize(req, 'survey.respond-for-organisation');
    const r = l.response;
    const values = { organisation: r.organisation_id ?? '', gatheredHow: r.gathered_how ?? '', gatheredOther: r.gathered_other ?? '', representsCount: r.represents_count ? String(r.represents_count) : '', representsWho: r.represents_who ?? '', consent: r.consent_confirmed_at ? ['yes'] : [] };
    return reply.view(V('organisation'), await organisationView(req, l, { values, errors: {} }));
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/organisation', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l) || l.response.kind !== 'organisation') return restart(reply, req.params.id);
    if (!l.response.entered_by) authorize(req, 'survey.respond-for-organisation');
    const form = validateForm(req.body, forms.organisationForm);
    const organisations = await organisationChoices(req, l);
    const chosen = organisations.find((o) => o.id === form.values.organisation);
    if (form.values.organisation && !chosen && !form.errors.organisation) form.errors.organisation = 'Select the organisation you are responding for';
    if (form.values.gatheredHow === 'other' && !form.values.gatheredOther && !form.errors.gatheredOther) form.errors.gatheredOther = 'Enter how you gathered the views';
    form.errorList = Object.entries(form.errors).map(([k, text]) => ({ text: text as string, href: `#${k}` }));
    if (form.errorList.length) return reply.code(400).view(V('organisation'), await organisationView(req, l, form));
    const next = nextUrl(l, 'organisation', l.response.answers, changing(req));
    await save(l, {
      organisation_id: chosen!.id,
      organisation_name: chosen!.name,
      gathered_how: form.values.gatheredHow,
      gathered_other: form.values.gatheredHow === 'other' ? form.values.gatheredOther : null,
      represents_count: Number(form.values.representsCount.replace(/,/g, '')),
      represents_who: form.values.representsWho,
      consent_confirmed_at: new Date(),
      current_step: stepOf(l, next),
    });
    return reply.redirect(next, 303);
  });

  // ---- question pages
  const questionPage = (reply: FastifyReply, l: Loaded, sectionId: string, answers: Answers, errors: Record<string, string>, errorList: { text: string; href: string }[], change: boolean) => {
    const section = l.def.sections.find((s) => s.id === sectionId)!;
    const step = `page/${sectionId}`;
    const html = renderSection(section, answers, { variant: l.response.variant, answers, errors, caption: l.survey.title });
    const pages = visibleSections(l.def, answers);
    return reply.code(errorList.length ? 400 : 200).view(V('question-page'), {
      ...common(l),
      html,
      errorList,
      step,
      pageTitle: pageTitleOf(section, answers, l.response.variant),
      position: { n: pages.findIndex((p) => p.id === sectionId) + 1, of: pages.length },
      backLinkHref: change ? `/surveys/${l.survey.id}/check` : backUrl(l, step),
      action: `/surveys/${l.survey.id}/${step}${change ? '?change=1' : ''}`,
    });
  };

  app.get<{ Params: { id: string; section: string } }>('/surveys/:id/page/:section', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    const section = l.def.sections.find((s) => s.id === req.params.section);
    if (!section || visibleQuestions(section, l.response.answers).length === 0) throw new NotFoundError();
    return questionPage(reply, l, section.id, l.response.answers, {}, [], changing(req));
  });

  app.post<{ Params: { id: string; section: string } }>('/surveys/:id/page/:section', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    const section = l.def.sections.find((s) => s.id === req.params.section);
    if (!section || visibleQuestions(section, l.response.answers).length === 0) throw new NotFoundError();
    const page = readPage(section, req.body, l.response.answers);
    const merged = { ...l.response.answers, ...page.answers };
    const step = `page/${section.id}`;
    const move = parseRankMove(req.body);
    if (move) {
      const current = merged[move.question];
      if (Array.isArray(current)) merged[move.question] = moveRanked(current, move.option, move.direction);
      await save(l, { answers: merged, current_step: step });
      return reply.redirect(`/surveys/${l.survey.id}/${step}${changing(req) ? '?change=1' : ''}#${move.question}-list`, 303);
    }
    if (isSaveForLater(req)) return saveForLater(l, reply, { answers: merged, current_step: step });
    if ((req.body as Record<string, unknown>)?.action === 'switch-variant') {
      // switching keeps everything typed on this page, without checking it yet
      await save(l, { answers: merged, current_step: step, variant: l.response.variant === 'easy-read' || !l.survey.easy_read ? 'standard' : 'easy-read' });
      return reply.redirect(`/surveys/${l.survey.id}/${step}${changing(req) ? '?change=1' : ''}`, 303);
    }
    if (!page.ok) {
      await save(l, { answers: merged, current_step: step });
      return questionPage(reply, l, section.id, merged, page.errors, page.errorList, changing(req));
    }
    const cleaned = pruneHidden(l.def, merged);
    const next = nextUrl(l, step, cleaned, changing(req));
    await save(l, { answers: cleaned, current_step: stepOf(l, next) });
    return reply.redirect(next, 303);
  });

  // ---- check answers and submit
  app.get<{ Params: { id: string } }>('/surveys/:id/check', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    return reply.view(V('check'), { ...common(l), ...checkAnswers(l), backLinkHref: backUrl(l, 'check') });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/check', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    // every page must be complete (someone may have skipped ahead by typing an address)
    for (const s of visibleSections(l.def, l.response.answers)) {
      if (!readPage(s, l.response.answers, l.response.answers).ok) return reply.redirect(`/surveys/${l.survey.id}/page/${s.id}`, 303);
    }
    if (l.response.kind === 'individual' && l.response.respondent_roles.length === 0) return reply.redirect(`/surveys/${l.survey.id}/about-you`, 303);
    if (l.response.kind === 'organisation' && !l.response.consent_confirmed_at) return reply.redirect(`/surveys/${l.survey.id}/organisation`, 303);
    const browser = l.response.entered_by ? null : (req.cookies[BROWSER_COOKIE] ?? null);
    await submit(ctx, l.response.id, l.response.kind === 'individual' ? browser : null, l.survey.id);
    return reply.redirect(`/surveys/${l.survey.id}/${l.response.kind === 'individual' ? 'equality' : 'done'}`, 303);
  });

  // ---- equality questions (after submitting, before confirmation; optional)
  const submittedIndividual = (l: Loaded | undefined): l is Loaded => Boolean(l && l.response.status === 'submitted' && l.response.kind === 'individual');
  app.get<{ Params: { id: string } }>('/surveys/:id/equality', async (req, reply) => {
    const l = await load(req);
    if (!submittedIndividual(l)) return restart(reply, req.params.id);
    return reply.view(V('equality-start'), { ...common(l), values: emptyValues(forms.equalityChoiceForm), errors: {} });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/equality', async (req, reply) => {
    const l = await load(req);
    if (!submittedIndividual(l)) return restart(reply, req.params.id);
    const form = validateForm(req.body, forms.equalityChoiceForm);
    if (!form.ok) return reply.code(400).view(V('equality-start'), { ...common(l), ...form });
    if (form.values.answer === 'no') {
      await repo.updateResponse(ctx.db, l.response.id, { equality_choice: 'skipped', equality: null }, l.survey.resume_days);
      return reply.redirect(`/surveys/${l.survey.id}/done`, 303);
    }
    await repo.updateResponse(ctx.db, l.response.id, { equality_choice: 'answered', equality: l.response.equality ?? {} }, l.survey.resume_days);
    return reply.redirect(`/surveys/${l.survey.id}/equality/${EQUALITY.sections[0]!.id}`, 303);
  });

  const equalityPage = (reply: FastifyReply, l: Loaded, sectionId: string, answers: Answers, errors: Record<string, string>, errorList: { text: string; href: string }[]) => {
    const section = EQUALITY.sections.find((s) => s.id === sectionId)!;
    const list = equalitySteps({ equality: answers });
    const { previous } = neighbours(list, `equality/${sectionId}`);
    return reply.code(errorList.length ? 400 : 200).view(V('question-page'), {
      ...common(l),
      html: renderSection(section, answers, { variant: l.response.variant, answers, errors }),
      errorList,
      step: `equality/${sectionId}`,
      equality: true,
      pageTitle: pageTitleOf(section, answers, l.response.variant),
      backLinkHref: `/surveys/${l.survey.id}/${previous ?? 'equality'}`,
      action: `/surveys/${l.survey.id}/equality/${sectionId}`,
    });
  };
  app.get<{ Params: { id: string; section: string } }>('/surveys/:id/equality/:section', async (req, reply) => {
    const l = await load(req);
    if (!submittedIndividual(l) || l.response.equality_choice !== 'answered') return restart(reply, req.params.id);
    const section = EQUALITY.sections.find((s) => s.id === req.params.section);
    if (!section || visibleQuestions(section, l.response.equality ?? {}).length === 0) throw new NotFoundError();
    return equalityPage(reply, l, section.id, l.response.equality ?? {}, {}, []);
  });
  app.post<{ Params: { id: string; section: string } }>('/surveys/:id/equality/:section', async (req, reply) => {
    const l = await load(req);
    if (!submittedIndividual(l) || l.response.equality_choice !== 'answered') return restart(reply, req.params.id);
    const section = EQUALITY.sections.find((s) => s.id === req.params.section);
    const earlier = l.response.equality ?? {};
    if (!section || visibleQuestions(section, earlier).length === 0) throw new NotFoundError();
    const page = readPage(section, req.body, earlier);
    if ((req.body as Record<string, unknown>)?.action === 'switch-variant' && l.survey.easy_read) {
      await repo.updateResponse(ctx.db, l.response.id, { equality: storable({ ...earlier, ...page.answers }), variant: l.response.variant === 'easy-read' ? 'standard' : 'easy-read' }, l.survey.resume_days);
      return reply.redirect(`/surveys/${l.survey.id}/equality/${section.id}`, 303);
    }
    if (!page.ok) return equalityPage(reply, l, section.id, { ...earlier, ...page.answers }, page.errors, page.errorList);
    const merged = pruneHidden(EQUALITY, { ...earlier, ...page.answers });
    await repo.updateResponse(ctx.db, l.response.id, { equality: merged }, l.survey.resume_days);
    const { next } = neighbours(equalitySteps({ equality: merged }), `equality/${section.id}`);
    return reply.redirect(`/surveys/${l.survey.id}/${next ?? 'done'}`, 303);
  });

  // ---- confirmation
  app.get<{ Params: { id: string } }>('/surveys/:id/done', async (req, reply) => {
    const l = await load(req);
    if (!l || l.response.status !== 'submitted') return restart(reply, req.params.id);
    return reply.view(V('done'), { ...common(l), reference: l.response.reference, enteredBy: Boolean(l.response.entered_by) });
  });

  // ---- save and come back later
  const isSaveForLater = (req: FastifyRequest) => (req.body as Record<string, unknown>)?.action === 'save-for-later';
  const saveForLater = async (l: Loaded, reply: FastifyReply, patch: Parameters<typeof repo.updateResponse>[2]) => {
    const code = newResumeCode();
    const linkToken = newToken();
    await save(l, { ...patch, resume_code_hash: codeHash(ctx, l.survey.id, code), resume_link_hash: sha256(linkToken) });
    // the link token is kept only in this page's form (signed into the session-less email step as a hidden field)
    return reply.view(V('saved'), { ...common(l), code, linkToken, days: l.survey.resume_days, values: { email: '' }, errors: {} });
  };

  app.post<{ Params: { id: string } }>('/surveys/:id/resume-email', async (req, reply) => {
    const l = await load(req);
    if (!inProgress(l)) return restart(reply, req.params.id);
    await enforce(ctx.db, req, LIMITS.resumeEmail);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const linkToken = typeof body.linkToken === 'string' && /^[A-Za-z0-9_-]{43}$/.test(body.linkToken) ? body.linkToken : undefined;
    const code = typeof body.code === 'string' && /^[A-Z0-9]{4} [A-Z0-9]{4}$/.test(body.code) ? body.code : undefined;
    if (!linkToken || !code || (await repo.findResponseByHash(ctx.db, l.survey.id, 'resume_link_hash', sha256(linkToken)))?.id !== l.response.id) return restart(reply, l.survey.id);
    const form = validateForm(body, forms.resumeEmailForm);
    if (!form.ok) return reply.code(400).view(V('saved'), { ...common(l), code, linkToken, days: l.survey.resume_days, ...form });
    // the address is used to send this one email and is not stored with the response
    await ctx.outbox.send({
      to: form.values.email,
      subject: `Continue your answers: ${l.survey.title}`,
      text: `You started answering "${l.survey.title}".\n\nTo continue where you left off, open this link:\n${ctx.config.baseUrl}/surveys/${l.survey.id}/resume/${linkToken}\n\nOr go to ${ctx.config.baseUrl}/surveys/${l.survey.id}/resume and enter your resume code: ${code}\n\nYour answers are kept for ${l.survey.resume_days} days after you last saved them. After that they are deleted.`,
      purpose: 'survey-resume',
    });
    return reply.view(V('resume-sent'), { ...common(l) });
  });

  app.get<{ Params: { id: string } }>('/surveys/:id/resume', async (req, reply) => {
    const { survey } = await loadSurvey(req.params.id);
    return reply.view(V('resume'), { survey, values: { code: '' }, errors: {}, backLinkHref: `/surveys/${survey.id}` });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/resume', async (req, reply) => {
    const { survey } = await loadSurvey(req.params.id);
    await enforce(ctx.db, req, LIMITS.resumeCode);
    const form = validateForm(req.body, forms.resumeCodeForm);
    const found = form.ok ? await repo.findResponseByHash(ctx.db, survey.id, 'resume_code_hash', codeHash(ctx, survey.id, form.values.code)) : undefined;
    if (!found || found.status !== 'in-progress') {
      const message = form.errors.code ?? 'Enter the resume code we gave you. Codes stop working after you finish or when your answers are deleted';
      return reply.code(400).view(V('resume'), { survey, values: form.values, errors: { code: message }, errorList: [{ text: message, href: '#code' }], backLinkHref: `/surveys/${survey.id}` });
    }
    return resumeWith(reply, survey, found);
  });
  app.get<{ Params: { id: string; token: string } }>('/surveys/:id/resume/:token', async (req, reply) => {
    const { survey } = await loadSurvey(req.params.id);
    const found = await repo.findResponseByHash(ctx.db, survey.id, 'resume_link_hash', sha256(req.params.token));
    if (!found || found.status !== 'in-progress') return reply.code(410).view(V('resume-expired'), { survey });
    return resumeWith(reply, survey, found);
  });
  const resumeWith = async (reply: FastifyReply, survey: repo.SurveyRow, found: repo.ResponseRow) => {
    const token = newToken();
    await repo.updateResponse(ctx.db, found.id, { access_hash: sha256(token) }, survey.resume_days);
    setAccess(reply, survey, token);
    return reply.redirect(`/surveys/${survey.id}/${found.current_step ?? 'format'}`, 303);
  };

  function checkAnswers(l: Loaded) {
    const v = l.response.variant;
    const pages = visibleSections(l.def, l.response.answers).map((s) => ({
      id: s.id,
      title: s.title[v === 'easy-read' && s.title.easyRead ? 'easyRead' : 'standard'],
      rows: visibleQuestions(s, l.response.answers).map((q) => ({
        id: q.id,
        question: v === 'easy-read' && q.label.easyRead ? q.label.easyRead : q.label.standard,
        answer: describeAnswer(q, l.response.answers, v) || (v === 'easy-read' ? 'No answer' : 'Not answered'),
      })),
    }));
    return { pages };
  }
}

function pageTitleOf(section: Definition['sections'][number], answers: Answers, variant: Variant): string {
  const qs = visibleQuestions(section, answers);
  const t = qs.length === 1 ? qs[0]!.label : section.title;
  return variant === 'easy-read' && t.easyRead ? t.easyRead : t.standard;
}
