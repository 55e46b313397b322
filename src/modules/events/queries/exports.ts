// What the events exports hold: the rows (read a page at a time) and the columns, as lists of column definitions.
// To add a column to an export, add an entry to its list: `{ header: 'Heading', value: (row) => row.something }`.
import type { Queryable } from '../../../db/client.ts';
import { inPages, type Column } from '../../../platform/exports/index.ts';
import type { BookingRow, EventRow } from '../repository.ts';
import { IDENTITY_OPTIONS } from '../schemas.ts';
import { AUDIENCES, STATUSES, textOf } from '../vocabulary.ts';
import { formatText, needText, typeText } from '../presenters.ts';

export interface EventExportRow extends EventRow {
  booked_places: number;
  waiting: number;
  /** for closed events: the headcount, or else how many booked places were marked attended */
  attended: number | null;
  organisations: string[];
  /** the programme's title, filled in from the programmes api */
  programme: string;
  cursor_at: string;
}

const PAGE = 500;

/** every event (or every event in one programme) in date order, a page at a time */
export function eventsForExport(db: Queryable, programmes: Map<string, string>, programmeId?: string): AsyncGenerator<EventExportRow> {
  return inPages<EventExportRow>(async (after) => {
    const { rows } = await db.query<EventExportRow>(
      `SELECT e.*,
         coalesce((SELECT sum(b.places) FROM event_bookings b WHERE b.event_id = e.id AND b.status = 'booked'), 0)::int AS booked_places,
         (SELECT count(*) FROM event_bookings b WHERE b.event_id = e.id AND b.status = 'waiting')::int AS waiting,
         CASE WHEN e.status = 'closed' THEN coalesce(e.headcount, (SELECT coalesce(sum(b.places), 0) FROM event_bookings b WHERE b.event_id = e.id AND b.status = 'booked' AND b.attended))::int END AS attended,
         CASE WHEN e.status = 'closed' THEN coalesce((SELECT array_agg(o.name ORDER BY o.name) FROM event_attending_organisations o WHERE o.event_id = e.id), ARRAY[]::text[]) ELSE ARRAY[]::text[] END AS organisations,
         e.starts_at::text AS cursor_at
       FROM events e
       WHERE ($1::uuid IS NULL OR e.programme_id = $1::uuid) AND ($2::timestamptz IS NULL OR (e.starts_at, e.id) > ($2::timestamptz, $3::uuid))
       ORDER BY e.starts_at, e.id LIMIT ${PAGE}`,
      [programmeId ?? null, after?.cursor_at ?? null, after?.id ?? null],
    );
    return rows.map((r) => ({ ...r, programme: r.programme_id ? (programmes.get(r.programme_id) ?? '') : '' }));
  }, PAGE);
}

export const EVENT_COLUMNS: Column<EventExportRow>[] = [
  { header: 'Title', value: (e) => e.title, width: 40 },
  { header: 'Programme', value: (e) => e.programme, width: 32 },
  { header: 'Type', value: (e) => typeText(e.event_type) },
  { header: 'Audience', value: (e) => e.audiences.map((a) => textOf(AUDIENCES, a)) },
  { header: 'Dementia', value: (e) => e.dementia },
  { header: 'Format', value: (e) => formatText(e.format) },
  { header: 'Venue', value: (e) => e.venue_name },
  { header: 'Starts', value: (e) => e.starts_at },
  { header: 'Ends', value: (e) => e.ends_at },
  { header: 'Status', value: (e) => textOf(STATUSES, e.status) },
  { header: 'Capacity', value: (e) => e.capacity },
  { header: 'Places booked', value: (e) => e.booked_places },
  { header: 'Waiting list', value: (e) => e.waiting },
  { header: 'Attended', value: (e) => e.attended },
  { header: 'Organisations attended', value: (e) => e.organisations },
];

/**
 * The bookings export, with access needs. Answers to an organiser's own booking questions go after these: append
 * one column per question, e.g. `[...BOOKING_COLUMNS, ...questions.map((q) => ({ header: q.label, value: (b) => answerOf(b, q) }))]`.
 */
export const BOOKING_COLUMNS: Column<BookingRow>[] = [
  { header: 'Reference', value: (b) => b.reference },
  { header: 'Name', value: (b) => b.name },
  { header: 'Email', value: (b) => b.email, width: 32 },
  { header: 'Status', value: (b) => b.status },
  { header: 'Places', value: (b) => b.places },
  { header: 'Organisation', value: (b) => b.organisation },
  { header: 'How they identify', value: (b) => b.identities.map((i) => textOf(IDENTITY_OPTIONS, i)) },
  { header: 'Access needs', value: (b) => b.access_needs.map(needText), width: 40 },
  { header: 'Dietary needs', value: (b) => b.dietary },
  { header: 'Other needs', value: (b) => b.access_other, width: 40 },
  { header: 'Attended', value: (b) => (b.attended === null ? '' : b.attended) },
  { header: 'Booked at', value: (b) => b.created_at },
];
