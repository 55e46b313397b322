// The consultations module manifest: a draft document put out for comment section by section, in versions, with
// decision records and a published response. Comments are the comments capability's.
import path from 'node:path';
import type { ChorusModule } from '../../platform/module.ts';
import { policy } from './policy.ts';
import { consultationRoutes } from './routes.ts';
import { consultationAdminRoutes } from './admin-routes.ts';
import { registerSectionComments } from './comment-target.ts';
import { commentDrafts } from './comment-routes.ts';
import { consultationTimelineItems, openConsultationItems } from './api.ts';
import { seedConsultations } from './seeds.ts';
import { consultationFreeText } from './free-text.ts';

export const consultationsModule: ChorusModule = {
  id: 'consultations',
  migrations: path.join(import.meta.dirname, 'migrations'),
  policy,
  init: registerSectionComments,
  routes: consultationRoutes,
  adminRoutes: consultationAdminRoutes,
  adminNavigation: [{ text: 'Consultations', href: '/admin/consultations', ability: 'consultation.manage' }],
  // comments (with their authors) are the comments capability's to export and erase; unfinished comments are drafts
  erasePersonalData: (tx, userId) => commentDrafts.eraseFor(tx, userId),
  programmeItems: (ctx, programmeId) => consultationTimelineItems(ctx.db, programmeId),
  openItems: (ctx, filter) => openConsultationItems(ctx.db, filter),
  freeText: (ctx, page) => consultationFreeText(ctx.db, page),
  seed: seedConsultations,
};
