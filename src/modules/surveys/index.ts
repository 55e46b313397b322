// The surveys module manifest: surveys built on the questionnaires capability, with Easy Read, save and resume,
// other channels, organisation responses, results and exports.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { surveyRoutes } from './routes.ts';
import { surveyAdminRoutes } from './admin-routes.ts';
import { seedSurveys } from './seeds.ts';
import { deleteExpiredResponses } from './repository.ts';
import { exportSurveyData, eraseSurveyData, surveyTimelineItems } from './api.ts';
import { openSurveyItems, surveyListRoutes } from './open-now.ts';
import { surveyFreeText } from './free-text.ts';

export const surveysModule: ChorusModule = {
  id: 'surveys',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  init(ctx) {
    ctx.jobs.define({ name: 'surveys.expire-unfinished', cron: '17 * * * *', handle: async () => void (await deleteExpiredResponses(ctx.db)) });
  },
  async routes(app, ctx) {
    await surveyRoutes(app, ctx);
    await surveyListRoutes(app);
  },
  adminRoutes: surveyAdminRoutes,
  adminNavigation: [{ text: 'Surveys', href: '/admin/surveys', ability: 'survey.manage' }],
  exportPersonalData: (ctx, userId) => exportSurveyData(ctx.db, userId),
  erasePersonalData: eraseSurveyData,
  programmeItems: (ctx, programmeId) => surveyTimelineItems(ctx.db, programmeId),
  openItems: (ctx, filter) => openSurveyItems(ctx.db, filter),
  freeText: (ctx, page) => surveyFreeText(ctx.db, page),
  seed: seedSurveys,
};
