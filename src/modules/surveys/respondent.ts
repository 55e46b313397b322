// What every respondent page shares: finding the survey, the response this browser is filling in (as journey
// loaders that send people to the start page when there is none), the values every template needs, saving, and
// "Save and come back later".
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getQuestionnaire, storable } from '../../capabilities/questionnaires/index.ts';
import type { AppContext } from '../../platform/module.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { createLoader, redirectTo } from '../../platform/journeys/index.ts';
import { hashToken as sha256 } from '../../platform/security/tokens.ts';
import type { Limit } from '../../platform/security/rate-limit.ts';
import * as repo from './repository.ts';
import * as vocab from './vocabulary.ts';
import { isOpen, type SurveyState } from './journey.ts';
import { codeHash, resumeCodeFor, resumeLinkTokenFor } from './commands/respond.ts';

export const LIMITS = {
  resumeCode: { name: 'survey-resume-code', max: 20, windowSeconds: 900 },
  resumeEmail: { name: 'survey-resume-email', max: 10, windowSeconds: 3600 },
  start: { name: 'survey-start', max: 300, windowSeconds: 600 },
} satisfies Record<string, Limit>;

export const BROWSER_COOKIE = 'chorus_browser';
export const responseCookie = (surveyId: string) => `chorus_r_${surveyId.replace(/-/g, '')}`;
export const V = (name: string) => `surveys/views/${name}.njk`;

export type Loaded = SurveyState;
type Patch = Parameters<typeof repo.updateResponse>[2];

export function respondent(ctx: AppContext) {
  const secure = ctx.config.isProduction;

  const loadSurvey = async (id: string) => {
    const survey = await repo.findSurvey(ctx.db, id);
    if (!survey || survey.status === 'draft') throw new NotFoundError();
    const q = await getQuestionnaire(ctx.db, survey.questionnaire_id);
    return { survey, def: q!.definition };
  };

  const setAccess = (reply: FastifyReply, survey: repo.SurveyRow, token: string) =>
    reply.setCookie(responseCookie(survey.id), token, { path: `/surveys/${survey.id}`, httpOnly: true, sameSite: 'lax', secure, maxAge: survey.resume_days * 86400 });

  /** the response this browser is filling in, if any */
  const load = async (req: FastifyRequest): Promise<Loaded | undefined> => {
    const { survey, def } = await loadSurvey((req.params as { id: string }).id);
    const token = req.cookies[responseCookie(survey.id)];
    if (!token) return undefined;
    const response = await repo.findResponseByHash(ctx.db, survey.id, 'access_hash', sha256(token));
    if (!response) return undefined;
    // online responses can only be given while the survey is open; facilitators may enter late paper responses
    if (response.status === 'in-progress' && !response.entered_by && !isOpen(survey)) return undefined;
    return { survey, def, response };
  };

  /** a loader that sends people to the survey's start page unless the response is in the wanted state */
  const loaderFor = (ok: (l: Loaded) => boolean) =>
    createLoader<Loaded>(async (req) => {
      const l = await load(req);
      return l && ok(l) ? l : redirectTo(`/surveys/${(req.params as { id: string }).id}`);
    });

  const common = (l: Loaded) => {
    const variant = l.response.variant;
    return { survey: l.survey, response: l.response, variant, easyRead: variant === 'easy-read', ...vocab };
  };

  const save = (l: Loaded, patch: Patch) => repo.updateResponse(ctx.db, l.response.id, patch.answers ? { ...patch, answers: storable(patch.answers) } : patch, l.survey.resume_days);

  /** "Save and come back later": the resume code and a form to get a link by email */
  const saveForLater = async (l: Loaded, reply: FastifyReply, patch: Patch) => {
    const code = resumeCodeFor(ctx, l.response.id);
    const linkToken = resumeLinkTokenFor(ctx, l.response.id);
    const sameAsBefore = Boolean(l.response.resume_code_hash);
    await save(l, { ...patch, resume_code_hash: codeHash(ctx, l.survey.id, code), resume_link_hash: sha256(linkToken) });
    return reply.view(V('saved'), { ...common(l), code, sameAsBefore, linkToken, days: l.survey.resume_days, values: { email: '' }, errors: {} });
  };

  return {
    loadSurvey,
    setAccess,
    load,
    common,
    save,
    saveForLater,
    inProgress: loaderFor((l) => l.response.status === 'in-progress'),
    submittedIndividual: loaderFor((l) => l.response.status === 'submitted' && l.response.kind === 'individual'),
    submitted: loaderFor((l) => l.response.status === 'submitted'),
    restart: (reply: FastifyReply, id: string) => reply.redirect(`/surveys/${id}`, 303),
    /** the step in a page address, e.g. "page/p2" from "/surveys/…/page/p2?change=1" */
    stepOf: (l: Loaded, url: string) => url.slice(`/surveys/${l.survey.id}/`.length).replace(/\?.*$/, ''),
  };
}

export type Respondent = ReturnType<typeof respondent>;
export const isSaveForLater = (req: FastifyRequest) => (req.body as Record<string, unknown>)?.action === 'save-for-later';
