// Public pages of the programmes module: the hub (/programmes), a programme page with "Have your say" (what is open
// now, from every module's openItems hook) and its timeline by phase (items from every module's programmeItems hook,
// ctx.timelineSources), and the full list behind each "Show all" link (/programmes/:id/timeline).
import type { FastifyInstance } from 'fastify';
import type { AppContext, TimelineItem } from '../../platform/module.ts';
import { authorize } from '../../platform/http/guards.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { listOpenItems } from '../../platform/open-items.ts';
import * as repo from './repository.ts';
import { programmesByStatus } from './api.ts';
import { STATUSES, textOf } from './vocabulary.ts';

const V = (name: string) => `programmes/views/${name}.njk`;

/** how many items of one kind a phase shows before "Show all N …" */
export const PREVIEW = 5;

/** the items of one kind in one phase (or across the programme) */
export interface KindGroup {
  kind: string;
  /** lower case and plural, e.g. "events" */
  name: string;
  count: number;
  /** the items shown: all of them, or the next few coming up when the list is long */
  shown: TimelineItem[];
  /** the full list, when some are not shown */
  allHref?: string;
}

export interface TimelinePart {
  count: number;
  groups: KindGroup[];
}

const GENERAL = 'general';

/** every item from every module, by start date then title */
async function timelineItems(ctx: AppContext, programmeId: string): Promise<TimelineItem[]> {
  const lists = await Promise.all(ctx.timelineSources.map((s) => s.itemsFor(programmeId)));
  return lists.flat().sort((a, b) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title));
}

/** a long list shows the next few that have not finished (or, when all have, the last few), in date order */
export function preview(items: TimelineItem[], now = Date.now()): TimelineItem[] {
  if (items.length <= PREVIEW + 1) return items;
  const finished = (i: TimelineItem) => Boolean(i.endsAt && i.endsAt.getTime() < now);
  const coming = items.filter((i) => !finished(i)).slice(0, PREVIEW);
  if (coming.length === PREVIEW) return coming;
  const past = items.filter(finished);
  return [...past.slice(past.length - (PREVIEW - coming.length)), ...coming];
}

/** items grouped by kind, in module order; `full` shows every item, otherwise long lists are cut with a link */
function groupByKind(items: TimelineItem[], listHref: (kind: string) => string, full: boolean): TimelinePart {
  const byKind = new Map<string, TimelineItem[]>();
  for (const i of items) byKind.set(i.kind, [...(byKind.get(i.kind) ?? []), i]);
  const groups = [...byKind].map(([kind, list]): KindGroup => {
    const shown = full ? list : preview(list);
    return { kind, name: list[0]!.kindName ?? kind.replace(/-/g, ' '), count: list.length, shown, allHref: shown.length < list.length ? listHref(kind) : undefined };
  });
  return { count: items.length, groups };
}

export async function programmeTimeline(ctx: AppContext, programmeId: string, options: { full?: boolean } = {}) {
  const [phases, items] = await Promise.all([repo.listPhases(ctx.db, programmeId), timelineItems(ctx, programmeId)]);
  const known = new Set(phases.map((p) => p.id));
  const href = (phase: string) => (kind: string) => `/programmes/${programmeId}/timeline?phase=${phase}&kind=${encodeURIComponent(kind)}`;
  return {
    phases: phases.map((p) => ({ ...p, ...groupByKind(items.filter((i) => i.phaseId === p.id), href(p.id), options.full ?? false) })),
    general: groupByKind(items.filter((i) => !i.phaseId || !known.has(i.phaseId)), href(GENERAL), options.full ?? false),
  };
}

const one = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export async function programmeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const statusText = (s: string) => textOf(STATUSES, s);
  const loadProgramme = async (id: string) => {
    const programme = await repo.findProgramme(ctx.db, id);
    if (!programme) throw new NotFoundError();
    return programme;
  };

  app.get('/programmes', async (req, reply) => {
    authorize(req, 'programme.view');
    return reply.view(V('hub'), { groups: await programmesByStatus(ctx.db) });
  });

  app.get<{ Params: { id: string } }>('/programmes/:id', async (req, reply) => {
    authorize(req, 'programme.view');
    const programme = await loadProgramme(req.params.id);
    const [timeline, workgroups, openNow] = await Promise.all([
      programmeTimeline(ctx, programme.id),
      repo.listWorkgroups(ctx.db, programme.id),
      listOpenItems(ctx, { programmeId: programme.id }),
    ]);
    return reply.view(V('programme'), { programme, timeline, workgroups, openNow, statusText, backLinkHref: '/programmes' });
  });

  // The full list behind "Show all N events": one phase (or "general", across the programme) and one kind, or all.
  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>('/programmes/:id/timeline', async (req, reply) => {
    authorize(req, 'programme.view');
    const programme = await loadProgramme(req.params.id);
    const timeline = await programmeTimeline(ctx, programme.id, { full: true });
    const phaseParam = one(req.query.phase);
    const kind = one(req.query.kind);
    const phase = phaseParam && phaseParam !== GENERAL ? timeline.phases.find((p) => p.id === phaseParam) : undefined;
    if (phaseParam && phaseParam !== GENERAL && !phase) throw new NotFoundError();
    const parts = phaseParam === GENERAL ? [{ name: null, ...timeline.general }] : phase ? [phase] : [...timeline.phases, { name: null, ...timeline.general }];
    const sections = parts
      .map((p) => ({ name: p.name, groups: p.groups.filter((g) => !kind || g.kind === kind) }))
      .filter((p) => p.groups.length);
    const kindName = kind ? sections[0]?.groups[0]?.name ?? kind.replace(/-/g, ' ') : undefined;
    const count = sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.count, 0), 0);
    return reply.view(V('timeline'), {
      programme, sections, kindName, count, statusText,
      where: phase ? `in the ${phase.name} phase` : phaseParam === GENERAL ? 'across the programme' : 'in this programme',
      backLinkHref: `/programmes/${programme.id}`,
      backLinkText: `Back to ${programme.title}`,
    });
  });
}
