// The insight module manifest: the analysis job that classifies every module's free text (ctx.freeTextSources) with
// the insight engine and stores themes and sentiment per item, and the staff page that shows its runs.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { ANALYSE_CRON, ANALYSE_JOB, runAnalysis } from './analyse.ts';
import { insightAdminRoutes } from './admin-routes.ts';

export const insightModule: ChorusModule = {
  id: 'insight',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  init(ctx) {
    // a run that throws is recorded as failed and retried by pg-boss; the retry skips what is already analysed
    ctx.jobs.define<{ runId?: string }>({ name: ANALYSE_JOB, cron: ANALYSE_CRON, retryLimit: 3, handle: async (data) => void (await runAnalysis(ctx, { runId: data.runId })) });
  },
  adminRoutes: insightAdminRoutes,
  adminNavigation: [{ text: 'Insight', href: '/admin/insight', ability: 'insight.view' }],
  // demo data: the demo's free text (survey answers, verbatim notes, consultation comments) is analysed at seed time
  // (the insight module is listed after every module with free text, so their demo data is there)
  seed: async (ctx) => void (await runAnalysis(ctx)),
};
