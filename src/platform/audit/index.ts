// Who did what, for admin changes, account deletion and moderation. Never put special-category data in details.
import type { Queryable } from '../../db/client.ts';

export interface AuditEntry {
  actorId?: string;
  action: string;
  subjectType: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

export async function audit(db: Queryable, e: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (actor_id, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5)', [
    e.actorId ?? null,
    e.action,
    e.subjectType,
    e.subjectId ?? null,
    JSON.stringify(e.details ?? {}),
  ]);
}

export interface AuditRecord {
  occurred_at: Date;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: Record<string, unknown>;
}

/** Entries matching every given field, oldest first (for tests and admin views; modules never read audit_log). */
export async function findAuditEntries(db: Queryable, where: { action?: string; actorId?: string; subjectType?: string; subjectId?: string }): Promise<AuditRecord[]> {
  const { rows } = await db.query<AuditRecord>(
    `SELECT occurred_at, actor_id, action, subject_type, subject_id, details FROM audit_log
     WHERE ($1::text IS NULL OR action = $1) AND ($2::uuid IS NULL OR actor_id = $2) AND ($3::text IS NULL OR subject_type = $3) AND ($4::text IS NULL OR subject_id = $4)
     ORDER BY occurred_at, id`,
    [where.action ?? null, where.actorId ?? null, where.subjectType ?? null, where.subjectId ?? null],
  );
  return rows;
}

/** What a person did and what was done to them (subject_type "user"), oldest first: for "download my data". */
export async function auditEntriesAboutPerson(db: Queryable, userId: string): Promise<Pick<AuditRecord, 'occurred_at' | 'action' | 'subject_type'>[]> {
  const { rows } = await db.query<Pick<AuditRecord, 'occurred_at' | 'action' | 'subject_type'>>(
    'SELECT occurred_at, action, subject_type FROM audit_log WHERE actor_id = $1 OR (subject_type = $2 AND subject_id = $3) ORDER BY occurred_at',
    [userId, 'user', userId],
  );
  return rows;
}
