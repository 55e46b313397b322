// Where a journey keeps its answers until the person finishes (the `journey_drafts` table). A draft has a random
// id (it is in the page address), belongs to one thing (`scopeId`, e.g. an event), expires unless used, and, when a
// signed-in person started it, can be continued only by them. Finishing clears the answers and remembers the result.
import type { Queryable } from '../../db/client.ts';
import { isUuid } from '../http/ids.ts';

export interface Draft<A> {
  id: string;
  scopeId: string;
  userId: string | null;
  answers: A;
  /** what the journey made (e.g. a booking id) once it finished */
  resultId: string | null;
}

interface DraftRow {
  id: string;
  scope_id: string;
  user_id: string | null;
  answers: unknown;
  result_id: string | null;
}

export class DraftStore<A extends object> {
  /**
   * @param journey a stable name, e.g. "event-booking"
   * @param hours how long a draft lives after it was last saved
   */
  constructor(
    readonly journey: string,
    readonly hours = 24,
  ) {}

  /** starts a draft (and deletes this journey's expired drafts) */
  async create(db: Queryable, scopeId: string, userId: string | null, answers: A): Promise<string> {
    await db.query('DELETE FROM journey_drafts WHERE journey = $1 AND expires_at < now()', [this.journey]);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO journey_drafts (journey, scope_id, user_id, answers, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING id`,
      [this.journey, scopeId, userId, JSON.stringify(answers), this.hours],
    );
    return rows[0]!.id;
  }

  /** the draft, if it exists for this scope, has not expired, and `userId` may continue it */
  async find(db: Queryable, scopeId: string, id: string, userId: string | null | undefined): Promise<Draft<A> | undefined> {
    if (!isUuid(id)) return undefined;
    const { rows } = await db.query<DraftRow>(
      'SELECT id, scope_id, user_id, answers, result_id FROM journey_drafts WHERE id = $1 AND journey = $2 AND scope_id = $3 AND expires_at > now()',
      [id, this.journey, scopeId],
    );
    const row = rows[0];
    if (!row || (row.user_id && row.user_id !== userId)) return undefined;
    return { id: row.id, scopeId: row.scope_id, userId: row.user_id, answers: (row.answers ?? {}) as A, resultId: row.result_id };
  }

  /** merges these answers into the draft and keeps it for another `hours` */
  async save(db: Queryable, id: string, answers: Partial<A>): Promise<void> {
    await db.query(
      `UPDATE journey_drafts SET answers = answers || $3::jsonb, expires_at = now() + make_interval(hours => $4) WHERE id = $1 AND journey = $2`,
      [id, this.journey, JSON.stringify(answers), this.hours],
    );
  }

  /** the journey made something: forget the answers (they are stored with the result now) and remember the result */
  async complete(db: Queryable, id: string, resultId: string): Promise<void> {
    await db.query(`UPDATE journey_drafts SET answers = '{}'::jsonb, result_id = $3 WHERE id = $1 AND journey = $2`, [id, this.journey, resultId]);
  }

  /** deletes a person's drafts of this journey (account deletion) */
  async eraseFor(db: Queryable, userId: string): Promise<void> {
    await db.query('DELETE FROM journey_drafts WHERE journey = $1 AND user_id = $2', [this.journey, userId]);
  }

  /** how many live drafts there are for these scopes (for tests and checks) */
  async count(db: Queryable, scopeIds: string[]): Promise<number> {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM journey_drafts WHERE journey = $1 AND scope_id = ANY($2::text[])', [this.journey, scopeIds]);
    return rows[0]!.n;
  }
}
