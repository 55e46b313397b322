// The published response, "What we heard and what we changed": built section by section from the decision records,
// with counts of comments by role and from organisations (organisation comments counted separately).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { COMMENT_ROLES, countComments } from '../../capabilities/comments/index.ts';
import * as repo from './repository.ts';
import { requireConsultation } from './document.ts';
import { SECTION_COMMENTS } from './comment-target.ts';
import { VIEW, decisionViews, formatAsked, pageUrl } from './routes.ts';
import { allSections } from './admin-decision-routes.ts';

export async function responseRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { id: string }; Querystring: { format?: string } }>('/consultations/:id/response', async (req, reply) => {
    authorize(req, 'consultation.view');
    const staff = can(req, 'consultation.manage');
    const loaded = await requireConsultation(ctx.db, req.params.id, true);
    const c = loaded.consultation;
    // staff can read the response before it is published, to check it
    if (!c.response_published_at && !staff) throw new NotFoundError();
    const format = formatAsked(req.query.format);
    const { overall, byResource } = await countComments(ctx.db, { scopeId: c.id, resourceType: SECTION_COMMENTS });
    const decisions = await repo.listDecisions(ctx.db, c.id);
    const versionOf = new Map(loaded.versions.map((v) => [v.id, v]));
    const sections = await Promise.all(
      (await allSections(ctx, loaded)).map(async (s) => ({
        ...s,
        href: pageUrl(`/consultations/${c.id}/sections/${s.id}`, { format }),
        counts: byResource.get(s.id),
        decisions: (await decisionViews(ctx, decisions.filter((d) => d.section_id === s.id))).map((d) => ({ ...d, versionLabel: versionOf.get(d.version_id)?.label ?? '' })),
      })),
    );
    const roles = COMMENT_ROLES.filter((r) => r.value !== 'organisation').map((r) => ({ ...r, count: overall.byRole[r.value] ?? 0 }));
    return reply.view(VIEW('response'), {
      ...loaded, sections, counts: overall, roles, format, easyRead: format === 'easy-read', preview: !c.response_published_at,
      backLinkHref: pageUrl(`/consultations/${c.id}`, { format }),
    });
  });
}
