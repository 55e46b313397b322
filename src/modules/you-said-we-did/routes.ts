// Public pages: "You said, we did" for a programme (/programmes/:id/you-said-we-did, standard or ?format=easy-read),
// and the list of programmes that have one (/you-said-we-did), linked from the home page.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize } from '../../platform/http/guards.ts';
import { isSmall } from '../../platform/suppression.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { getProgramme, listProgrammes } from '../programmes/api.ts';
import { youSaidWeDidCounts } from './api.ts';
import { countsText, itemViews } from './items.ts';

const V = (name: string) => `you-said-we-did/views/${name}.njk`;

export async function youSaidWeDidRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/you-said-we-did', async (req, reply) => {
    authorize(req, 'you-said-we-did.view');
    const counts = await youSaidWeDidCounts(ctx.db);
    const programmes = (await listProgrammes(ctx.db))
      .filter((p) => counts.has(p.id))
      .map((p) => ({ ...p, countsText: countsText(counts.get(p.id)!) }));
    return reply.view(V('index'), { programmes, backLinkHref: '/' });
  });

  app.get<{ Params: { id: string }; Querystring: { format?: string } }>('/programmes/:id/you-said-we-did', async (req, reply) => {
    authorize(req, 'you-said-we-did.view');
    const programme = await getProgramme(ctx.db, req.params.id);
    if (!programme) throw new NotFoundError();
    const easyRead = req.query.format === 'easy-read';
    const threshold = (await ctx.settings.get()).smallNumberThreshold;
    // how many people said something is a count about people: a small one is not shown as it is
    const items = (await itemViews(ctx.db, programme.id)).map((i) => ({
      ...i,
      peopleText: i.people_count === null ? null : isSmall(i.people_count, threshold) ? `Fewer than ${threshold} people` : `${i.people_count.toLocaleString('en-GB')} ${i.people_count === 1 ? 'person' : 'people'}`,
    }));
    const here = `/programmes/${programme.id}/you-said-we-did`;
    return reply.view(V('programme'), {
      programme, items, easyRead, switchHref: easyRead ? here : `${here}?format=easy-read`,
      backLinkHref: `/programmes/${programme.id}`, backLinkText: `Back to ${programme.title}`,
    });
  });
}
