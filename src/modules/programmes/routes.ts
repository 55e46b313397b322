// Public pages of the programmes module: the hub (/programmes) and a programme page with its timeline,
// which takes items from every module that has a programmeItems hook (ctx.timelineSources).
import type { FastifyInstance } from 'fastify';
import type { AppContext, TimelineItem } from '../../platform/module.ts';
import { authorize } from '../../platform/http/guards.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import { programmesByStatus } from './api.ts';
import { STATUSES, textOf } from './vocabulary.ts';

const V = (name: string) => `programmes/views/${name}.njk`;

export async function programmeTimeline(ctx: AppContext, programmeId: string): Promise<{ phases: (repo.PhaseRow & { items: TimelineItem[] })[]; general: TimelineItem[] }> {
  const [phases, lists] = await Promise.all([repo.listPhases(ctx.db, programmeId), Promise.all(ctx.timelineSources.map((s) => s.itemsFor(programmeId)))]);
  const items = lists.flat().sort((a, b) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title));
  const known = new Set(phases.map((p) => p.id));
  return {
    phases: phases.map((p) => ({ ...p, items: items.filter((i) => i.phaseId === p.id) })),
    general: items.filter((i) => !i.phaseId || !known.has(i.phaseId)),
  };
}

export async function programmeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/programmes', async (req, reply) => {
    authorize(req, 'programme.view');
    return reply.view(V('hub'), { groups: await programmesByStatus(ctx.db) });
  });

  app.get<{ Params: { id: string } }>('/programmes/:id', async (req, reply) => {
    authorize(req, 'programme.view');
    const programme = await repo.findProgramme(ctx.db, req.params.id);
    if (!programme) throw new NotFoundError();
    const [timeline, workgroups] = await Promise.all([programmeTimeline(ctx, programme.id), repo.listWorkgroups(ctx.db, programme.id)]);
    return reply.view(V('programme'), { programme, timeline, workgroups, statusText: (s: string) => textOf(STATUSES, s), backLinkHref: '/programmes' });
  });
}
