// All SQL for the events module's tables. Nothing outside this module touches them.
import type { Queryable } from '../../db/client.ts';
import { isUuid } from '../../platform/http/ids.ts';
import { getProgramme, listProgrammes } from '../programmes/api.ts';

export interface EventRow {
  id: string;
  programme_id: string | null;
  phase_id: string | null;
  workgroup_id: string | null;
  title: string;
  description: string;
  audiences: string[];
  dementia: boolean;
  event_type: string;
  format: string;
  venue_name: string;
  venue_address: string;
  venue_features: string[];
  accessibility_notes: string;
  online_link: string | null;
  starts_at: Date;
  ends_at: Date;
  capacity: number | null;
  booking_required: boolean;
  /** the organiser's own questions for people booking (questionnaires capability), if any */
  booking_questionnaire_id: string | null;
  booking_opens_at: Date | null;
  booking_closes_at: Date | null;
  organiser_name: string;
  organiser_email: string;
  organiser_phone: string;
  status: string;
  headcount: number | null;
  report: string;
  verbatim_notes: string;
  notes_published: boolean;
  sequence: number;
  created_at: Date;
  closed_at: Date | null;
}

export interface EventWithCounts extends EventRow {
  booked_places: number;
  waiting: number;
  programme_title: string | null;
  area: string | null;
}

export interface BookingRow {
  id: string;
  event_id: string;
  reference: string;
  user_id: string | null;
  name: string;
  email: string | null;
  identities: string[];
  organisation: string;
  status: 'booked' | 'waiting' | 'cancelled';
  places: number;
  access_needs: string[];
  dietary: string;
  access_other: string;
  attended: boolean | null;
  created_at: Date;
  promoted_at: Date | null;
  cancelled_at: Date | null;
  /** answers to the organiser's own booking questions, by question id */
  answers: Record<string, string | string[]>;
}


const WITH_COUNTS = `SELECT e.*,
    coalesce((SELECT sum(b.places) FROM event_bookings b WHERE b.event_id = e.id AND b.status = 'booked'), 0)::int AS booked_places,
    (SELECT count(*) FROM event_bookings b WHERE b.event_id = e.id AND b.status = 'waiting')::int AS waiting
  FROM events e`;
type Counted = Omit<EventWithCounts, 'programme_title' | 'area'>;

/** Adds each event's programme title and area, from the programmes module (one read for the whole list). */
async function withProgrammes(db: Queryable, rows: Counted[]): Promise<EventWithCounts[]> {
  const ids = new Set(rows.flatMap((r) => (r.programme_id ? [r.programme_id] : [])));
  let programmes = new Map<string, { title: string; area: string }>();
  if (ids.size === 1) {
    const p = await getProgramme(db, [...ids][0]!);
    if (p) programmes.set(p.id, p);
  } else if (ids.size > 1) programmes = new Map((await listProgrammes(db)).map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = r.programme_id ? programmes.get(r.programme_id) : undefined;
    return { ...r, programme_title: p?.title ?? null, area: p?.area ?? null };
  });
}

export type EventInput = Omit<EventRow, 'id' | 'status' | 'headcount' | 'report' | 'verbatim_notes' | 'notes_published' | 'sequence' | 'created_at' | 'closed_at' | 'booking_questionnaire_id'>;

const INPUT_COLUMNS = [
  'programme_id', 'phase_id', 'workgroup_id', 'title', 'description', 'audiences', 'dementia', 'event_type', 'format', 'venue_name', 'venue_address',
  'venue_features', 'accessibility_notes', 'online_link', 'starts_at', 'ends_at', 'capacity', 'booking_required', 'booking_opens_at', 'booking_closes_at',
  'organiser_name', 'organiser_email', 'organiser_phone',
] as const satisfies readonly (keyof EventInput)[];

export async function insertEvent(db: Queryable, e: EventInput, status: string, createdBy: string | null): Promise<string> {
  const cols = [...INPUT_COLUMNS, 'status', 'created_by'];
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO events (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    [...INPUT_COLUMNS.map((c) => e[c]), status, createdBy],
  );
  return rows[0]!.id;
}

export async function updateEvent(db: Queryable, id: string, e: EventInput): Promise<void> {
  await db.query(
    `UPDATE events SET ${INPUT_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')}, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
    [id, ...INPUT_COLUMNS.map((c) => e[c])],
  );
}

export async function setEventStatus(db: Queryable, id: string, status: string): Promise<void> {
  await db.query('UPDATE events SET status = $2, sequence = sequence + 1, updated_at = now() WHERE id = $1', [id, status]);
}

export async function findEvent(db: Queryable, id: string): Promise<EventWithCounts | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<Counted>(`${WITH_COUNTS} WHERE e.id = $1`, [id]);
  return rows[0] && (await withProgrammes(db, rows))[0];
}

export interface EventFilters {
  audience?: string;
  format?: string;
  area?: string;
  when?: string;
  programmeId?: string;
  statuses?: string[];
}

/** The WHERE clause and order for a filtered list of events. */
async function eventsWhere(db: Queryable, f: EventFilters, now: Date): Promise<{ sql: string; params: unknown[]; order: string }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.statuses) add('e.status = ANY(?::text[])', f.statuses);
  if (f.audience === 'dementia') where.push('e.dementia');
  else if (f.audience) add('? = ANY(e.audiences)', f.audience);
  if (f.format) add('e.format = ?', f.format);
  if (f.area) add('e.programme_id = ANY(?::uuid[])', (await listProgrammes(db)).filter((p) => p.area === f.area).map((p) => p.id));
  if (f.programmeId) add('e.programme_id = ?', f.programmeId);
  let order = 'e.starts_at';
  if (f.when === 'past') {
    add('e.ends_at < ?', now);
    order = 'e.starts_at DESC';
  } else if (f.when === 'next-30-days') {
    add('e.ends_at >= ?', now);
    add(`e.starts_at < ?::timestamptz + interval '30 days'`, now);
  } else if (f.when === 'upcoming') add('e.ends_at >= ?', now);
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, order };
}

/** Events matching the filters: at most 500, or one page of them (`page` from the platform's paginate()). */
export async function listEvents(db: Queryable, f: EventFilters, now = new Date(), page?: { limit: number; offset: number }): Promise<EventWithCounts[]> {
  const { sql, params, order } = await eventsWhere(db, f, now);
  const limit = page ? `LIMIT ${Math.max(0, Math.floor(page.limit))} OFFSET ${Math.max(0, Math.floor(page.offset))}` : 'LIMIT 500';
  const { rows } = await db.query<Counted>(`${WITH_COUNTS} ${sql} ORDER BY ${order}, e.title, e.id ${limit}`, params);
  return withProgrammes(db, rows);
}

export async function countEvents(db: Queryable, f: EventFilters, now = new Date()): Promise<number> {
  const { sql, params } = await eventsWhere(db, f, now);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events e ${sql}`, params);
  return rows[0]!.n;
}

// ---- bookings

/** Locks the event row for the rest of the transaction: bookings and cancellations of one event queue here. */
export async function lockEvent(tx: Queryable, id: string): Promise<EventRow | undefined> {
  const { rows } = await tx.query<EventRow>('SELECT * FROM events WHERE id = $1 FOR UPDATE', [id]);
  return rows[0];
}

export async function bookedPlaces(tx: Queryable, eventId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(`SELECT coalesce(sum(places), 0)::int AS n FROM event_bookings WHERE event_id = $1 AND status = 'booked'`, [eventId]);
  return rows[0]!.n;
}

/** In one round trip: a live booking with this email, whether anyone is waiting, and the places booked. */
export async function bookingState(tx: Queryable, eventId: string, email: string): Promise<{ existing_id: string | null; anyone_waiting: boolean; booked: number }> {
  const { rows } = await tx.query<{ existing_id: string | null; anyone_waiting: boolean; booked: number }>(
    `SELECT (SELECT id FROM event_bookings WHERE event_id = $1 AND lower(email) = lower($2) AND status IN ('booked', 'waiting') LIMIT 1) AS existing_id,
       EXISTS (SELECT 1 FROM event_bookings WHERE event_id = $1 AND status = 'waiting') AS anyone_waiting,
       (SELECT coalesce(sum(places), 0) FROM event_bookings WHERE event_id = $1 AND status = 'booked')::int AS booked`,
    [eventId, email],
  );
  return rows[0]!;
}

export interface BookingInput {
  eventId: string;
  reference: string;
  userId: string | null;
  name: string;
  email: string;
  identities: string[];
  organisation: string;
  status: 'booked' | 'waiting';
  places: number;
  accessNeeds: string[];
  dietary: string;
  accessOther: string;
  cancelTokenHash: string;
  answers?: Record<string, string | string[]>;
}

export async function insertBooking(tx: Queryable, b: BookingInput): Promise<BookingRow> {
  const { rows } = await tx.query<BookingRow>(
    `INSERT INTO event_bookings (event_id, reference, user_id, name, email, identities, organisation, status, places, access_needs, dietary, access_other, cancel_token_hash, answers)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING *`,
    [b.eventId, b.reference, b.userId, b.name, b.email, b.identities, b.organisation, b.status, b.places, b.accessNeeds, b.dietary, b.accessOther, b.cancelTokenHash, JSON.stringify(b.answers ?? {})],
  );
  return rows[0]!;
}

export async function findBookingByTokenHash(db: Queryable, hash: string): Promise<BookingRow | undefined> {
  const { rows } = await db.query<BookingRow>('SELECT * FROM event_bookings WHERE cancel_token_hash = $1', [hash]);
  return rows[0];
}

export async function findBooking(db: Queryable, id: string): Promise<BookingRow | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<BookingRow>('SELECT * FROM event_bookings WHERE id = $1', [id]);
  return rows[0];
}

export async function lockBooking(tx: Queryable, id: string): Promise<BookingRow | undefined> {
  const { rows } = await tx.query<BookingRow>('SELECT * FROM event_bookings WHERE id = $1 FOR UPDATE', [id]);
  return rows[0];
}

export async function markCancelled(tx: Queryable, id: string): Promise<void> {
  await tx.query(`UPDATE event_bookings SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [id]);
}

export async function waitingList(tx: Queryable, eventId: string): Promise<BookingRow[]> {
  const { rows } = await tx.query<BookingRow>(`SELECT * FROM event_bookings WHERE event_id = $1 AND status = 'waiting' ORDER BY created_at, id`, [eventId]);
  return rows;
}

export async function markPromoted(tx: Queryable, id: string): Promise<void> {
  await tx.query(`UPDATE event_bookings SET status = 'booked', promoted_at = now() WHERE id = $1`, [id]);
}

export async function bookingsForEvent(db: Queryable, eventId: string, statuses: string[] = ['booked', 'waiting']): Promise<BookingRow[]> {
  const { rows } = await db.query<BookingRow>(
    `SELECT * FROM event_bookings WHERE event_id = $1 AND status = ANY($2::text[]) ORDER BY CASE status WHEN 'booked' THEN 0 ELSE 1 END, created_at, id`,
    [eventId, statuses],
  );
  return rows;
}

export async function bookingsForUser(db: Queryable, userId: string): Promise<(BookingRow & { title: string; starts_at: Date; ends_at: Date; event_status: string })[]> {
  const { rows } = await db.query<BookingRow & { title: string; starts_at: Date; ends_at: Date; event_status: string }>(
    `SELECT b.*, e.title, e.starts_at, e.ends_at, e.status AS event_status FROM event_bookings b JOIN events e ON e.id = b.event_id
     WHERE b.user_id = $1 ORDER BY e.starts_at DESC`,
    [userId],
  );
  return rows;
}

/** How many people (booked or waiting) need each access need at one event. */
export async function accessNeedsCounts(db: Queryable, eventId: string): Promise<{ need: string; people: number }[]> {
  const { rows } = await db.query<{ need: string; people: number }>(
    `SELECT need, count(*)::int AS people FROM event_bookings, unnest(access_needs) AS need
     WHERE event_id = $1 AND status IN ('booked', 'waiting') GROUP BY need ORDER BY people DESC, need`,
    [eventId],
  );
  return rows;
}

// ---- the organiser's own booking questions

export async function setBookingQuestionnaire(db: Queryable, eventId: string, questionnaireId: string): Promise<void> {
  await db.query('UPDATE events SET booking_questionnaire_id = $2, updated_at = now() WHERE id = $1', [eventId, questionnaireId]);
}

// ---- attendance and closing

export async function saveRegister(tx: Queryable, eventId: string, attendedIds: string[]): Promise<void> {
  await tx.query(`UPDATE event_bookings SET attended = (id::text = ANY($2::text[])) WHERE event_id = $1 AND status = 'booked'`, [eventId, attendedIds]);
}

export async function saveOrganisations(tx: Queryable, eventId: string, names: string[]): Promise<void> {
  await tx.query('DELETE FROM event_attending_organisations WHERE event_id = $1', [eventId]);
  for (const name of names) await tx.query('INSERT INTO event_attending_organisations (event_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [eventId, name]);
}

export async function attendingOrganisations(db: Queryable, eventId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM event_attending_organisations WHERE event_id = $1 ORDER BY lower(name)', [eventId]);
  return rows.map((r) => r.name);
}

export async function saveClosing(tx: Queryable, eventId: string, c: { headcount: number | null; report: string; verbatimNotes: string; notesPublished: boolean }): Promise<void> {
  await tx.query(
    `UPDATE events SET headcount = $2, report = $3, verbatim_notes = $4, notes_published = $5, status = 'closed', closed_at = coalesce(closed_at, now()), updated_at = now() WHERE id = $1`,
    [eventId, c.headcount, c.report, c.verbatimNotes, c.notesPublished],
  );
}

export async function attendedCount(db: Queryable, eventId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT coalesce(sum(places), 0)::int AS n FROM event_bookings WHERE event_id = $1 AND status = 'booked' AND attended`, [eventId]);
  return rows[0]!.n;
}

/** Closed events with how many came: the headcount if given, otherwise the places marked attended. */
export async function closedEventsWithAttendance(db: Queryable, programmeId?: string): Promise<(EventRow & { attended: number; organisations: string[] })[]> {
  const { rows } = await db.query<EventRow & { attended: number; organisations: string[] }>(
    `SELECT e.*,
       coalesce(e.headcount, (SELECT coalesce(sum(b.places), 0) FROM event_bookings b WHERE b.event_id = e.id AND b.status = 'booked' AND b.attended))::int AS attended,
       coalesce((SELECT array_agg(o.name ORDER BY o.name) FROM event_attending_organisations o WHERE o.event_id = e.id), ARRAY[]::text[]) AS organisations
     FROM events e WHERE e.status = 'closed' AND ($1::uuid IS NULL OR e.programme_id = $1) ORDER BY e.starts_at`,
    [programmeId ?? null],
  );
  return rows;
}

// ---- personal data

/** anonymises a person's bookings and cancels their future ones; returns the events where a booked place was freed */
export async function anonymiseBookingsOf(tx: Queryable, userId: string): Promise<string[]> {
  const freed = await tx.query<{ event_id: string }>(
    `SELECT DISTINCT b.event_id FROM event_bookings b JOIN events e ON e.id = b.event_id WHERE b.user_id = $1 AND b.status = 'booked' AND e.starts_at > now()`,
    [userId],
  );
  await tx.query(
    `UPDATE event_bookings SET status = CASE WHEN status <> 'cancelled' AND event_id IN (SELECT id FROM events WHERE starts_at > now()) THEN 'cancelled' ELSE status END,
       cancelled_at = CASE WHEN status <> 'cancelled' AND event_id IN (SELECT id FROM events WHERE starts_at > now()) THEN now() ELSE cancelled_at END,
       user_id = NULL, name = 'Deleted person', email = NULL, identities = ARRAY[]::text[], organisation = '', access_needs = ARRAY[]::text[], dietary = '', access_other = '', answers = '{}'::jsonb
     WHERE user_id = $1`,
    [userId],
  );
  return freed.rows.map((r) => r.event_id);
}

/** marks a booking as reminded; false when a reminder already went in the last 2 days (so only one is sent) */
export async function claimReminder(db: Queryable, bookingId: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE event_bookings SET reminded_at = $2 WHERE id = $1 AND (reminded_at IS NULL OR reminded_at < $2::timestamptz - interval '2 days')`,
    [bookingId, now],
  );
  return rowCount > 0;
}
