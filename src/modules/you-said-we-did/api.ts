// What other modules may use from "you said, we did". Nothing else in this folder is imported from outside it.
import type { Queryable } from '../../db/client.ts';
import type { TimelineItem } from '../../platform/module.ts';
import { isUuid } from '../../platform/http/ids.ts';
import * as repo from './repository.ts';
import { countByStatus, countsText } from './items.ts';
import type { Status } from './vocabulary.ts';

export type { Status as YouSaidWeDidStatus } from './vocabulary.ts';

/** one timeline item for a programme with any "you said, we did" items, with how many there are by status */
export async function youSaidWeDidTimelineItems(db: Queryable, programmeId: string): Promise<TimelineItem[]> {
  if (!isUuid(programmeId)) return [];
  const items = await repo.listItems(db, programmeId);
  if (items.length === 0) return [];
  return [{
    kind: 'you-said-we-did', kindName: 'you said, we did', phaseId: null, title: 'You said, we did', href: `/programmes/${programmeId}/you-said-we-did`,
    status: countsText(countByStatus(items)),
    summary: `${items.length === 1 ? '1 thing' : `${items.length} things`} people told us, and what we are doing about ${items.length === 1 ? 'it' : 'each one'}.`,
  }];
}

/** how many items each programme has, by status (programmes with none are left out) */
export async function youSaidWeDidCounts(db: Queryable): Promise<Map<string, Partial<Record<Status, number>>>> {
  const out = new Map<string, Partial<Record<Status, number>>>();
  for (const r of await repo.countsByProgramme(db)) out.set(r.programme_id, { ...out.get(r.programme_id), [r.status]: r.count });
  return out;
}
