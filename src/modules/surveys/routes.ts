// The respondent's journey: start page, standard or Easy Read, "Which of these describes you?" (or the organisation's
// details), the questions page by page, check answers, the optional equality questions, confirmation.
// Answers are saved on every page; people can leave and come back with a short code or an emailed link.
// This file has the start page; the pages are in answer-routes.ts, resume-routes.ts and equality-routes.ts.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { SignInRequiredError } from '../../platform/errors/index.ts';
import { enforce } from '../../platform/security/rate-limit.ts';
import { hashToken as sha256, newToken } from '../../platform/security/tokens.ts';
import * as repo from './repository.ts';
import { isOpen } from './journey.ts';
import { minutesToAnswer } from './open-now.ts';
import { browserHash } from './commands/respond.ts';
import { BROWSER_COOKIE, LIMITS, V, respondent } from './respondent.ts';
import { answerRoutes } from './answer-routes.ts';
import { resumeRoutes } from './resume-routes.ts';
import { equalityRoutes } from './equality-routes.ts';

export { BROWSER_COOKIE, LIMITS, responseCookie } from './respondent.ts';

export async function surveyRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const secure = ctx.config.isProduction;
  const r = respondent(ctx);

  // ---- start page
  app.get<{ Params: { id: string } }>('/surveys/:id', async (req, reply) => {
    authorize(req, 'survey.respond');
    const { survey, def } = await r.loadSurvey(req.params.id);
    const l = await r.load(req).catch(() => undefined);
    const questions = def.sections.reduce((n, s) => n + s.questions.length, 0);
    return reply.view(V('start'), {
      survey,
      open: isOpen(survey),
      questions,
      minutes: minutesToAnswer(questions),
      inProgress: l && l.response.status === 'in-progress' ? l.response.current_step : undefined,
      canRepresent: can(req, 'survey.respond-for-organisation'),
      signedIn: Boolean(req.user),
    });
  });

  app.post<{ Params: { id: string } }>('/surveys/:id/start', async (req, reply) => {
    authorize(req, 'survey.respond');
    await enforce(ctx.db, req, LIMITS.start);
    const { survey } = await r.loadSurvey(req.params.id);
    if (!isOpen(survey)) return r.restart(reply, survey.id);
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
    r.setAccess(reply, survey, token);
    return reply.redirect(`/surveys/${survey.id}/${survey.easy_read ? 'format' : kind === 'organisation' ? 'organisation' : 'about-you'}`, 303);
  });

  app.get<{ Params: { id: string } }>('/surveys/:id/already', async (req, reply) => {
    const { survey } = await r.loadSurvey(req.params.id);
    return reply.view(V('already'), { survey, backLinkHref: `/surveys/${survey.id}` });
  });

  await answerRoutes(app, ctx, r);
  await resumeRoutes(app, ctx, r);
  await equalityRoutes(app, ctx, r);
}
