// "Have your say" (/have-your-say): everything open now that people can take part in, from every module's
// openItems hook, with filters by kind and audience that work without JavaScript (a GET form).
import type { FastifyInstance } from 'fastify';
import type { AppContext, OpenItem } from '../../platform/module.ts';
import { listOpenItems } from '../../platform/open-items.ts';
import { AUDIENCES, type Audience } from '../../platform/vocabulary.ts';
import { listProgrammes } from '../programmes/api.ts';

/** one or more values of a query parameter (a checkbox sent once, many times, or not at all) */
const many = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

export interface HaveYourSayFilters {
  kinds: string[];
  audiences: Audience[];
}

/** keeps the items of the chosen kinds that are for one of the chosen audiences (an item for anyone always matches) */
export function applyFilters(items: OpenItem[], f: HaveYourSayFilters): OpenItem[] {
  return items.filter(
    (i) => (!f.kinds.length || f.kinds.includes(i.kind)) && (!f.audiences.length || !i.audiences.length || i.audiences.some((a) => f.audiences.includes(a))),
  );
}

export async function haveYourSayRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/have-your-say', async (req, reply) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const [all, programmes] = await Promise.all([listOpenItems(ctx), listProgrammes(ctx.db)]);
    const kinds = [...new Map(all.map((i) => [i.kind, { value: i.kind, text: i.kindTextPlural }])).values()];
    // values that are not offered are ignored, so a mistyped address still shows the list
    const filters: HaveYourSayFilters = {
      kinds: many(query.kind).filter((k) => kinds.some((o) => o.value === k)),
      audiences: many(query.audience).filter((a): a is Audience => AUDIENCES.some((o) => o.value === a)),
    };
    const programmeTitles = new Map(programmes.map((p) => [p.id, p.title]));
    const items = applyFilters(all, filters).map((i) => ({ ...i, programmeTitle: i.programmeId ? programmeTitles.get(i.programmeId) : undefined }));
    return reply.view('site/views/have-your-say.njk', {
      items,
      total: all.length,
      kinds: kinds.map((k) => ({ ...k, checked: filters.kinds.includes(k.value) })),
      audiences: AUDIENCES.map((a) => ({ ...a, checked: filters.audiences.includes(a.value) })),
      filtered: filters.kinds.length + filters.audiences.length > 0,
    });
  });
}
