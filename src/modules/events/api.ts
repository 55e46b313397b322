// What other modules may use from events: attendance (for the reach report) and verbatim notes (for theme
// analysis). Nothing else in this folder is imported from outside it.
import type { Queryable } from '../../db/client.ts';
import * as repo from './repository.ts';

export { AUDIENCES, EVENT_TYPES } from './vocabulary.ts';

export interface EventAttendance {
  eventId: string;
  title: string;
  programmeId: string | null;
  phaseId: string | null;
  workgroupId: string | null;
  audiences: string[];
  dementia: boolean;
  eventType: string;
  startsAt: Date;
  /** the headcount if one was entered, otherwise places marked attended on the register */
  attended: number;
  organisations: string[];
}

/** Closed events and how many people came, optionally for one programme. */
export async function attendanceByEvent(db: Queryable, programmeId?: string): Promise<EventAttendance[]> {
  return (await repo.closedEventsWithAttendance(db, programmeId)).map((e) => ({
    eventId: e.id,
    title: e.title,
    programmeId: e.programme_id,
    phaseId: e.phase_id,
    workgroupId: e.workgroup_id,
    audiences: e.audiences,
    dementia: e.dementia,
    eventType: e.event_type,
    startsAt: e.starts_at,
    attended: e.attended,
    organisations: e.organisations,
  }));
}

/**
 * Attendance counts by audience. An event for several audiences counts under each of them; `total` counts each
 * event once. `dementia` counts events flagged dementia-specific.
 */
export async function attendanceByAudience(db: Queryable, programmeId?: string): Promise<{ events: number; total: number; byAudience: Record<string, { events: number; attended: number }> }> {
  const rows = await attendanceByEvent(db, programmeId);
  const byAudience: Record<string, { events: number; attended: number }> = {};
  const add = (key: string, n: number) => {
    byAudience[key] ??= { events: 0, attended: 0 };
    byAudience[key].events += 1;
    byAudience[key].attended += n;
  };
  for (const r of rows) {
    for (const a of r.audiences) add(a, r.attended);
    if (r.dementia) add('dementia', r.attended);
  }
  return { events: rows.length, total: rows.reduce((s, r) => s + r.attended, 0), byAudience };
}

/** What people said, word for word, as recorded when each event closed. */
export async function verbatimNotes(db: Queryable, programmeId?: string): Promise<{ eventId: string; title: string; audiences: string[]; startsAt: Date; text: string; published: boolean }[]> {
  return (await repo.closedEventsWithAttendance(db, programmeId))
    .filter((e) => e.verbatim_notes.trim())
    .map((e) => ({ eventId: e.id, title: e.title, audiences: e.audiences, startsAt: e.starts_at, text: e.verbatim_notes, published: e.notes_published }));
}
