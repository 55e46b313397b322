// Items as pages show them: with their status in words, their updates and the decision records linked to them
// (read through the consultations api).
import type { Queryable } from '../../db/client.ts';
import { listDecisionRecords, type DecisionRecord } from '../consultations/api.ts';
import * as repo from './repository.ts';
import { AUDIENCES, STATUSES, textOf, type Status } from './vocabulary.ts';

export interface ItemView extends repo.ItemRow {
  statusText: string;
  statusColour: string;
  audienceTexts: string[];
  updates: repo.UpdateRow[];
  decisions: DecisionRecord[];
}

export const statusText = (s: string) => textOf(STATUSES, s);

export async function itemViews(db: Queryable, programmeId: string, only?: string): Promise<ItemView[]> {
  const rows = (await repo.listItems(db, programmeId)).filter((r) => !only || r.id === only);
  const [updates, records] = await Promise.all([repo.listUpdates(db, rows.map((r) => r.id)), rows.some((r) => r.decision_ids.length) ? listDecisionRecords(db, programmeId) : []]);
  const byId = new Map(records.map((d) => [d.id, d]));
  return rows.map((r) => ({
    ...r,
    statusText: statusText(r.status),
    statusColour: STATUSES.find((s) => s.value === r.status)?.colour ?? 'grey',
    audienceTexts: r.audiences.map((a) => textOf(AUDIENCES, a)),
    updates: updates.filter((u) => u.item_id === r.id),
    decisions: r.decision_ids.map((id) => byId.get(id)).filter((d): d is DecisionRecord => Boolean(d)),
  }));
}

/** "5 done, 4 in progress, 2 planned and 1 not doing", in the order of the statuses */
export function countsText(counts: Partial<Record<Status, number>>): string {
  const parts = STATUSES.filter((s) => counts[s.value]).map((s) => `${counts[s.value]} ${s.text.toLowerCase()}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

export function countByStatus(rows: { status: Status }[]): Partial<Record<Status, number>> {
  const out: Partial<Record<Status, number>> = {};
  for (const r of rows) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}
