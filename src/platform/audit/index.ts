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
