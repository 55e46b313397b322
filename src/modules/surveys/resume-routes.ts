// Coming back later: an emailed link to continue, the resume code page, and the link from the email. The code and
// the link are worked out from the response, so saving again gives the same ones and older ones keep working.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { renderForm, validateForm, withErrors } from '../../platform/forms/index.ts';
import { enforce } from '../../platform/security/rate-limit.ts';
import { hashToken as sha256, newToken } from '../../platform/security/tokens.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import { codeHash, resumeLinkTokenFor } from './commands/respond.ts';
import { LIMITS, V, type Respondent } from './respondent.ts';

export async function resumeRoutes(app: FastifyInstance, ctx: AppContext, r: Respondent): Promise<void> {
  app.post<{ Params: { id: string } }>('/surveys/:id/resume-email', { preHandler: r.inProgress.preHandler }, async (req, reply) => {
    const l = r.inProgress.of(req);
    await enforce(ctx.db, req, LIMITS.resumeEmail);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const linkToken = typeof body.linkToken === 'string' && /^[A-Za-z0-9_-]{43}$/.test(body.linkToken) ? body.linkToken : undefined;
    const code = typeof body.code === 'string' && /^[A-Z0-9]{4} [A-Z0-9]{4}$/.test(body.code) ? body.code : undefined;
    if (!linkToken || !code || linkToken !== resumeLinkTokenFor(ctx, l.response.id)) return r.restart(reply, l.survey.id);
    const form = validateForm(body, forms.resumeEmailForm);
    if (!form.ok) return renderForm(reply, V('saved'), { ...r.common(l), code, linkToken, days: l.survey.resume_days, ...form });
    // the address is used to send this one email and is not stored with the response
    await ctx.outbox.send({
      to: form.values.email,
      subject: `Continue your answers: ${l.survey.title}`,
      text: `You started answering "${l.survey.title}".\n\nTo continue where you left off, open this link:\n${ctx.config.baseUrl}/surveys/${l.survey.id}/resume/${linkToken}\n\nOr go to ${ctx.config.baseUrl}/surveys/${l.survey.id}/resume and enter your resume code: ${code}\n\nYour answers are kept for ${l.survey.resume_days} days after you last saved them. After that they are deleted.`,
      purpose: 'survey-resume',
    });
    return reply.view(V('resume-sent'), { ...r.common(l) });
  });

  app.get<{ Params: { id: string } }>('/surveys/:id/resume', async (req, reply) => {
    const { survey } = await r.loadSurvey(req.params.id);
    return reply.view(V('resume'), { survey, values: { code: '' }, errors: {}, backLinkHref: `/surveys/${survey.id}` });
  });
  app.post<{ Params: { id: string } }>('/surveys/:id/resume', async (req, reply) => {
    const { survey } = await r.loadSurvey(req.params.id);
    await enforce(ctx.db, req, LIMITS.resumeCode);
    const form = validateForm(req.body, forms.resumeCodeForm);
    const found = form.ok ? await repo.findResponseByHash(ctx.db, survey.id, 'resume_code_hash', codeHash(ctx, survey.id, form.values.code)) : undefined;
    if (!found || found.status !== 'in-progress') {
      const message = form.errors.code ?? 'Enter the resume code we gave you. Codes stop working after you finish or when your answers are deleted';
      return renderForm(reply, V('resume'), { survey, ...withErrors(forms.resumeCodeForm, form, { code: message }), backLinkHref: `/surveys/${survey.id}` });
    }
    return resumeWith(reply, survey, found);
  });
  app.get<{ Params: { id: string; token: string } }>('/surveys/:id/resume/:token', async (req, reply) => {
    const { survey } = await r.loadSurvey(req.params.id);
    const found = await repo.findResponseByHash(ctx.db, survey.id, 'resume_link_hash', sha256(req.params.token));
    if (!found || found.status !== 'in-progress') return reply.code(410).view(V('resume-expired'), { survey });
    return resumeWith(reply, survey, found);
  });
  const resumeWith = async (reply: FastifyReply, survey: repo.SurveyRow, found: repo.ResponseRow) => {
    const token = newToken();
    await repo.updateResponse(ctx.db, found.id, { access_hash: sha256(token) }, survey.resume_days);
    r.setAccess(reply, survey, token);
    return reply.redirect(`/surveys/${survey.id}/${found.current_step ?? 'format'}`, 303);
  };
}
