// SQL for "you said, we did": items, their dated updates and their links to consultation decision records.
// Only this module's tables are named here; decision records are read through the consultations api.
import type { Queryable } from '../../db/client.ts';
import type { Status } from './vocabulary.ts';

export interface ItemRow {
  id: string;
  programme_id: string;
  you_said: string;
  you_said_easy_read: string;
  people_count: number | null;
  audiences: string[];
  theme: string;
  we_did: string;
  status: Status;
  not_doing_reason: string;
  progress: number;
  owner: string;
  /** YYYY-MM-DD */
  starts_on: string | null;
  due_on: string | null;
  difference_made: string;
  created_at: Date;
  updated_at: Date;
  decision_ids: string[];
  update_count: number;
}

export interface UpdateRow {
  id: string;
  item_id: string;
  /** YYYY-MM-DD */
  on_date: string;
  body: string;
  evidence_url: string;
  created_at: Date;
}

export interface ItemInput {
  youSaid: string;
  youSaidEasyRead: string;
  peopleCount: number | null;
  audiences: string[];
  theme: string;
  weDid: string;
  status: Status;
  notDoingReason: string;
  progress: number;
  owner: string;
  startsOn: string | null;
  dueOn: string | null;
  differenceMade: string;
}

const ITEM_SELECT = `SELECT i.id, i.programme_id, i.you_said, i.you_said_easy_read, i.people_count, i.audiences, i.theme, i.we_did, i.status,
   i.not_doing_reason, i.progress, i.owner, i.starts_on::text AS starts_on, i.due_on::text AS due_on, i.difference_made, i.created_at, i.updated_at,
   coalesce((SELECT array_agg(d.decision_id::text ORDER BY d.decision_id) FROM you_said_we_did_decisions d WHERE d.item_id = i.id), '{}') AS decision_ids,
   (SELECT count(*)::int FROM you_said_we_did_updates u WHERE u.item_id = i.id) AS update_count
   FROM you_said_we_did_items i`;

/** the item's columns from its input: a reason only when not doing, a difference made only when done */
const columns = (i: ItemInput) => [
  i.youSaid, i.youSaidEasyRead, i.peopleCount, i.audiences, i.theme, i.weDid, i.status,
  i.status === 'not-doing' ? i.notDoingReason : '', i.progress, i.owner, i.startsOn, i.dueOn, i.status === 'done' ? i.differenceMade : '',
];

export async function listItems(db: Queryable, programmeId: string): Promise<ItemRow[]> {
  return (await db.query<ItemRow>(`${ITEM_SELECT} WHERE i.programme_id = $1 ORDER BY i.created_at, i.id`, [programmeId])).rows;
}

export async function findItem(db: Queryable, programmeId: string, id: string): Promise<ItemRow | undefined> {
  return (await db.query<ItemRow>(`${ITEM_SELECT} WHERE i.programme_id = $1 AND i.id = $2`, [programmeId, id])).rows[0];
}

/** how many items each programme has, by status */
export async function countsByProgramme(db: Queryable): Promise<{ programme_id: string; status: Status; count: number }[]> {
  return (await db.query<{ programme_id: string; status: Status; count: number }>('SELECT programme_id, status, count(*)::int AS count FROM you_said_we_did_items GROUP BY programme_id, status')).rows;
}

export async function insertItem(db: Queryable, programmeId: string, i: ItemInput, by: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO you_said_we_did_items (programme_id, you_said, you_said_easy_read, people_count, audiences, theme, we_did, status, not_doing_reason, progress, owner, starts_on, due_on, difference_made, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
    [programmeId, ...columns(i), by],
  );
  return rows[0]!.id;
}

export async function updateItem(db: Queryable, id: string, i: ItemInput, by: string | null): Promise<void> {
  await db.query(
    `UPDATE you_said_we_did_items SET you_said = $2, you_said_easy_read = $3, people_count = $4, audiences = $5, theme = $6, we_did = $7, status = $8,
       not_doing_reason = $9, progress = $10, owner = $11, starts_on = $12, due_on = $13, difference_made = $14, updated_by = $15, updated_at = now() WHERE id = $1`,
    [id, ...columns(i), by],
  );
}

export async function listUpdates(db: Queryable, itemIds: string[]): Promise<UpdateRow[]> {
  if (itemIds.length === 0) return [];
  return (await db.query<UpdateRow>(
    'SELECT id, item_id, on_date::text AS on_date, body, evidence_url, created_at FROM you_said_we_did_updates WHERE item_id = ANY($1::uuid[]) ORDER BY on_date DESC, created_at DESC',
    [itemIds],
  )).rows;
}

export async function insertUpdate(db: Queryable, itemId: string, u: { onDate: string; body: string; evidenceUrl: string }, by: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO you_said_we_did_updates (item_id, on_date, body, evidence_url, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [itemId, u.onDate, u.body, u.evidenceUrl, by],
  );
  await db.query('UPDATE you_said_we_did_items SET updated_by = $2, updated_at = now() WHERE id = $1', [itemId, by]);
  return rows[0]!.id;
}

/** the item's linked decision records become exactly `decisionIds` */
export async function setDecisions(db: Queryable, itemId: string, decisionIds: string[], by: string | null): Promise<void> {
  await db.query('DELETE FROM you_said_we_did_decisions WHERE item_id = $1 AND NOT (decision_id = ANY($2::uuid[]))', [itemId, decisionIds]);
  await db.query('INSERT INTO you_said_we_did_decisions (item_id, decision_id) SELECT $1, d FROM unnest($2::uuid[]) AS d ON CONFLICT DO NOTHING', [itemId, decisionIds]);
  await db.query('UPDATE you_said_we_did_items SET updated_by = $2, updated_at = now() WHERE id = $1', [itemId, by]);
}
