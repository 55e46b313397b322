// Answering: standard or Easy Read, "Which of these describes you?" (or the organisation's details), the question
// pages, and check your answers. Every page uses the survey journey (journey.ts) for Continue, back and change links.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  describeAnswer, moveRanked, parseRankMove, pruneHidden, readPage, renderSection, visibleQuestions, visibleSections, type Answers, type Variant,
} from '../../capabilities/questionnaires/index.ts';
import { organisationNames, listAllOrganisations } from '../accounts/api.ts';
import type { AppContext } from '../../platform/module.ts';
import { renderForm, validateForm, wholeNumberOf, withErrors } from '../../platform/forms/index.ts';
import { authorize } from '../../platform/http/guards.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { isChanging, summaryRows } from '../../platform/journeys/index.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import { equalityJourney, pagePosition, pageTitleOf, surveyJourney } from './journey.ts';
import { submit } from './commands/respond.ts';
import { BROWSER_COOKIE, V, isSaveForLater, type Loaded, type Respondent } from './respondent.ts';

type Params = { Params: { id: string } };
const base = (l: Loaded) => `/surveys/${l.survey.id}`;

export async function answerRoutes(app: FastifyInstance, ctx: AppContext, r: Respondent): Promise<void> {
  const inProgress = { preHandler: r.inProgress.preHandler };
  const where = (l: Loaded, req: FastifyRequest) => ({ base: base(l), start: base(l), change: isChanging(req) });
  /** where Continue goes, given the response after this page's answers */
  const nextUrl = (l: Loaded, step: string, patch: Partial<Loaded['response']>, req: FastifyRequest) =>
    surveyJourney.nextUrl({ ...l, response: { ...l.response, ...patch } }, step, where(l, req));
  const backUrl = (l: Loaded, step: string, req: FastifyRequest) => surveyJourney.backUrl(l, step, where(l, req));

  // ---- standard or Easy Read (can be changed on any page)
  app.get<Params>('/surveys/:id/format', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    return reply.view(V('format'), { ...r.common(l), values: { variant: l.response.current_step ? l.response.variant : '' }, errors: {}, backLinkHref: backUrl(l, 'format', req) });
  });
  app.post<Params>('/surveys/:id/format', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    const form = validateForm(req.body, forms.variantForm);
    if (!form.ok) return renderForm(reply, V('format'), { ...r.common(l), ...form, backLinkHref: backUrl(l, 'format', req) });
    const variant = form.values.variant as Variant;
    const next = nextUrl(l, 'format', { variant }, req);
    await r.save(l, { variant, current_step: r.stepOf(l, next) });
    return reply.redirect(next, 303);
  });

  /** "Switch to Easy Read" / "Switch to standard version" buttons on pages without answers to keep */
  app.post<Params>('/surveys/:id/switch', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const to = body.to === 'easy-read' && l.survey.easy_read ? 'easy-read' : 'standard';
    await r.save(l, { variant: to });
    const allowed = [...surveyJourney.slugs(l), surveyJourney.check, ...equalityJourney.slugs({ equality: l.response.equality ?? {} })];
    return reply.redirect(typeof body.back === 'string' && allowed.includes(body.back) ? `${base(l)}/${body.back}` : `${base(l)}/check`, 303);
  });

  // ---- about you
  const aboutYou = (reply: FastifyReply, l: Loaded, req: FastifyRequest, form: object, status = 200) =>
    reply.code(status).view(V('about-you'), { errors: {}, ...r.common(l), ...form, backLinkHref: backUrl(l, 'about-you', req), change: isChanging(req) });
  app.get<Params>('/surveys/:id/about-you', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    if (l.response.kind !== 'individual') return r.restart(reply, l.survey.id);
    return aboutYou(reply, l, req, { values: { roles: l.response.respondent_roles } });
  });
  app.post<Params>('/surveys/:id/about-you', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    if (l.response.kind !== 'individual') return r.restart(reply, l.survey.id);
    const form = validateForm(req.body, forms.rolesForm);
    if (isSaveForLater(req)) return r.saveForLater(l, reply, { respondent_roles: form.values.roles, current_step: 'about-you' });
    const easyRead = l.response.variant === 'easy-read';
    const roles = form.values.roles;
    let message = form.errors.roles;
    if (!form.ok) message = easyRead ? 'Please choose who you are' : message;
    else if (roles.includes(vocab.PREFER_NOT_TO_SAY) && roles.length > 1)
      message = easyRead ? "You chose 'I do not want to say' and another answer. Please choose only one of them" : "Select 'Prefer not to say' on its own, or untick it";
    if (message) return aboutYou(reply, l, req, { values: form.values, errors: { roles: message }, errorList: [{ text: message, href: '#roles' }] }, 400);
    const next = nextUrl(l, 'about-you', { respondent_roles: roles }, req);
    await r.save(l, { respondent_roles: roles, current_step: r.stepOf(l, next) });
    return reply.redirect(next, 303);
  });

  // ---- organisation or group
  const organisationChoices = async (req: FastifyRequest, l: Loaded) =>
    l.response.entered_by ? listAllOrganisations(ctx.db) : organisationNames(ctx.db, req.actor.organisationIds);
  const organisationView = async (req: FastifyRequest, l: Loaded, form: object) => ({
    ...r.common(l),
    ...form,
    organisations: await organisationChoices(req, l),
    backLinkHref: backUrl(l, 'organisation', req),
  });
  app.get<Params>('/surveys/:id/organisation', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    if (l.response.kind !== 'organisation') return r.restart(reply, l.survey.id);
    if (!l.response.entered_by) authorize(req, 'survey.respond-for-organisation');
    const x = l.response;
    const values = { organisation: x.organisation_id ?? '', gatheredHow: x.gathered_how ?? '', gatheredOther: x.gathered_other ?? '', representsCount: x.represents_count ? String(x.represents_count) : '', representsWho: x.represents_who ?? '', consent: x.consent_confirmed_at ? ['yes'] : [] };
    return reply.view(V('organisation'), await organisationView(req, l, { values, errors: {} }));
  });
  app.post<Params>('/surveys/:id/organisation', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    if (l.response.kind !== 'organisation') return r.restart(reply, l.survey.id);
    if (!l.response.entered_by) authorize(req, 'survey.respond-for-organisation');
    const checked = validateForm(req.body, forms.organisationForm);
    const organisations = await organisationChoices(req, l);
    const chosen = organisations.find((o) => o.id === checked.values.organisation);
    const form = withErrors(forms.organisationForm, checked, { organisation: checked.errors.organisation ?? (checked.values.organisation && !chosen ? 'Select the organisation you are responding for' : undefined) });
    if (!form.ok) return renderForm(reply, V('organisation'), await organisationView(req, l, form));
    const patch = {
      organisation_id: chosen!.id,
      organisation_name: chosen!.name,
      gathered_how: form.values.gatheredHow,
      gathered_other: form.values.gatheredHow === 'other' ? form.values.gatheredOther : null,
      represents_count: wholeNumberOf(form.values.representsCount),
      represents_who: form.values.representsWho,
      consent_confirmed_at: new Date(),
    };
    const next = nextUrl(l, 'organisation', patch, req);
    await r.save(l, { ...patch, current_step: r.stepOf(l, next) });
    return reply.redirect(next, 303);
  });

  // ---- question pages
  const questionPage = (reply: FastifyReply, req: FastifyRequest, l: Loaded, sectionId: string, answers: Answers, errors: Record<string, string>, errorList: { text: string; href: string }[]) => {
    const section = l.def.sections.find((s) => s.id === sectionId)!;
    const step = `page/${sectionId}`;
    const change = isChanging(req);
    return reply.code(errorList.length ? 400 : 200).view(V('question-page'), {
      ...r.common(l),
      html: renderSection(section, answers, { variant: l.response.variant, answers, errors, caption: l.survey.title }),
      errorList,
      step,
      pageTitle: pageTitleOf(section, answers, l.response.variant),
      position: pagePosition(l.def, answers, sectionId),
      backLinkHref: backUrl(l, step, req),
      action: surveyJourney.url(base(l), step, change),
    });
  };
  const sectionOf = (l: Loaded, id: string) => {
    const section = l.def.sections.find((s) => s.id === id);
    if (!section || visibleQuestions(section, l.response.answers).length === 0) throw new NotFoundError();
    return section;
  };

  app.get<{ Params: { id: string; section: string } }>('/surveys/:id/page/:section', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    const section = sectionOf(l, req.params.section);
    return questionPage(reply, req, l, section.id, l.response.answers, {}, []);
  });

  app.post<{ Params: { id: string; section: string } }>('/surveys/:id/page/:section', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    const section = sectionOf(l, req.params.section);
    const page = readPage(section, req.body, l.response.answers, l.response.variant);
    const merged = { ...l.response.answers, ...page.answers };
    const step = `page/${section.id}`;
    const here = surveyJourney.url(base(l), step, isChanging(req));
    const move = parseRankMove(req.body);
    if (move) {
      const current = merged[move.question];
      if (Array.isArray(current)) merged[move.question] = moveRanked(current, move.option, move.direction);
      await r.save(l, { answers: merged, current_step: step });
      return reply.redirect(`${here}#${move.question}-list`, 303);
    }
    if (isSaveForLater(req)) return r.saveForLater(l, reply, { answers: merged, current_step: step });
    if ((req.body as Record<string, unknown>)?.action === 'switch-variant') {
      // switching keeps everything typed on this page, without checking it yet
      await r.save(l, { answers: merged, current_step: step, variant: l.response.variant === 'easy-read' || !l.survey.easy_read ? 'standard' : 'easy-read' });
      return reply.redirect(here, 303);
    }
    if (!page.ok) {
      await r.save(l, { answers: merged, current_step: step });
      return questionPage(reply, req, l, section.id, merged, page.errors, page.errorList);
    }
    const cleaned = pruneHidden(l.def, merged);
    const next = nextUrl(l, step, { answers: cleaned }, req);
    await r.save(l, { answers: cleaned, current_step: r.stepOf(l, next) });
    return reply.redirect(next, 303);
  });

  // ---- check answers and submit
  app.get<Params>('/surveys/:id/check', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    return reply.view(V('check'), { ...r.common(l), ...checkAnswers(l), backLinkHref: backUrl(l, 'check', req) });
  });
  app.post<Params>('/surveys/:id/check', inProgress, async (req, reply) => {
    const l = r.inProgress.of(req);
    // every page must be complete (someone may have skipped ahead by typing an address)
    const missing = surveyJourney.firstUnfinished(l);
    if (missing) return reply.redirect(`${base(l)}/${missing}`, 303);
    const browser = l.response.entered_by ? null : (req.cookies[BROWSER_COOKIE] ?? null);
    await submit(ctx, l.response.id, l.response.kind === 'individual' ? browser : null, l.survey.id);
    return reply.redirect(`${base(l)}/${l.response.kind === 'individual' ? 'equality' : 'done'}`, 303);
  });
}

/** check your answers: the "about you" or organisation rows, then one summary list per page of questions */
function checkAnswers(l: Loaded) {
  const v = l.response.variant;
  const easyRead = v === 'easy-read';
  const change = (slug: string, hiddenText: string) => ({ href: surveyJourney.changeUrl(base(l), slug), hiddenText });
  const r = l.response;
  const about =
    r.kind === 'organisation'
      ? summaryRows([
          { key: 'Organisation', value: r.organisation_name ?? '', change: change('organisation', 'organisation details') },
          { key: 'How views were gathered', value: vocab.textOf(vocab.GATHERED_HOW, r.gathered_how) + (r.gathered_other ? `: ${r.gathered_other}` : '') },
          { key: 'People represented', value: (r.represents_count ?? 0).toLocaleString('en-GB') },
          { key: 'Who they are', value: r.represents_who ?? '' },
        ])
      : summaryRows([
          {
            key: easyRead ? 'Who you are' : 'Which of these describes you',
            value: vocab.RESPONDENT_ROLES.filter((x) => r.respondent_roles.includes(x.value)).map((x) => (easyRead ? x.easyRead : x.text)).join(', '),
            change: change('about-you', 'which of these describes you'),
          },
        ]);
  const pages = visibleSections(l.def, r.answers).map((s) => ({
    id: s.id,
    title: s.title[easyRead && s.title.easyRead ? 'easyRead' : 'standard'],
    rows: summaryRows(
      visibleQuestions(s, r.answers).map((q) => {
        const question = easyRead && q.label.easyRead ? q.label.easyRead : q.label.standard;
        return { key: question, value: describeAnswer(q, r.answers, v), empty: easyRead ? 'No answer' : 'Not answered', change: change(`page/${s.id}`, question) };
      }),
    ),
  }));
  return { about, pages };
}
