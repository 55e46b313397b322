// The staff page for the analysis (/admin/insight): the latest runs with their progress, a button that starts a run
// now, and how many items each module has given and how many have no theme.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { audit } from '../../platform/audit/index.ts';
import { setFlash, takeFlash } from '../../platform/auth/session.ts';
import { ANALYSE_JOB } from './analyse.ts';
import * as repo from './repository.ts';
import { workspaceRoutes } from './workspace-routes.ts';
import { reviewRoutes } from './review-routes.ts';

const V = (name: string) => `insight/views/${name}.njk`;

/** Time left from the rate so far, in words; undefined when it cannot be told (nothing done yet, or total unknown). */
export function timeLeft(run: Pick<repo.RunRow, 'started_at' | 'done' | 'total'>, now = new Date()): string | undefined {
  const elapsed = (now.getTime() - new Date(run.started_at).getTime()) / 1000;
  if (run.done <= 0 || run.total <= run.done || elapsed <= 0) return undefined;
  const seconds = ((run.total - run.done) * elapsed) / run.done;
  if (seconds < 60) return 'Less than a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.round(minutes / 60);
  return `About ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

const STATUS_TEXT: Record<repo.RunRow['status'], string> = { running: 'Running', finished: 'Finished', failed: 'Stopped with an error' };
const MODULE_TEXT: Record<string, string> = { surveys: 'Surveys', events: 'Events', consultations: 'Consultations' };

export async function insightAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await workspaceRoutes(app, ctx);
  await reviewRoutes(app, ctx);
  app.get('/insight', async (req, reply) => {
    authorize(req, 'insight.view');
    const now = new Date();
    const runs = (await repo.latestRuns(ctx.db)).map((r) => ({
      ...r,
      statusText: STATUS_TEXT[r.status],
      timeLeft: r.status === 'running' ? timeLeft(r, now) : undefined,
    }));
    const running = runs.find((r) => r.status === 'running');
    const waiting = (await ctx.jobs.find(ANALYSE_JOB)).some((j) => j.state === 'created' || j.state === 'retry');
    const counts = (await repo.countsByModule(ctx.db)).map((c) => ({ ...c, moduleText: MODULE_TEXT[c.module] ?? c.module }));
    return reply.view(V('admin/runs'), {
      runs,
      running,
      waiting,
      counts,
      totalItems: counts.reduce((n, c) => n + c.items, 0),
      totalUnclassified: counts.reduce((n, c) => n + c.unclassified, 0),
      canRun: can(req, 'insight.run'),
      flash: await takeFlash(ctx.db, req),
      backLinkHref: '/admin',
    });
  });

  app.post('/insight/analyse', async (req, reply) => {
    authorize(req, 'insight.run');
    await ctx.jobs.send(ANALYSE_JOB, {});
    await audit(ctx.db, { actorId: req.user!.userId, action: 'insight.analysis-requested', subjectType: 'insight', subjectId: 'free-text' });
    await setFlash(ctx.db, req, 'The analysis will start in a minute or so. This page shows its progress.');
    return reply.redirect('/admin/insight', 303);
  });
}
