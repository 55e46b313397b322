// The events module's free text for the insight analysis (the manifest's freeText hook): the verbatim notes of
// closed events, published or not (the analysis is for staff), one item per line, a page at a time in id order.
// Not offered: drafts, published and cancelled events, the closing report (staff's own summary, not what people said)
// and anything about bookings.
import type { Queryable } from '../../db/client.ts';
import type { FreeTextItem } from '../../platform/module.ts';
import { isUuid } from '../../platform/http/ids.ts';

const PREFIX = 'events:note:';
/** line numbers in ids are written with 5 digits, so that their order as text is their order as numbers (notes are at most 50,000 characters) */
const DIGITS = 5;

const noteLine = (n: number): string => String(n).padStart(DIGITS, '0');

interface Row {
  id: string;
  title: string;
  audiences: string[];
  programme_id: string | null;
  phase_id: string | null;
  ends_at: Date;
  line: string;
  n: string;
}

/**
 * Note lines with an id greater than `after` (string order), at most `limit`. Ids are
 * "events:note:<event id>:<line number>", the number of the line in the notes as written (from 1, blank lines
 * counted, not offered); event ids are uuids, whose order is the order of their text.
 */
export async function eventFreeText(db: Queryable, page: { after?: string; limit: number }): Promise<FreeTextItem[]> {
  const limit = Math.max(0, Math.floor(page.limit));
  const after = page.after ?? '';
  if (limit === 0 || after >= `${PREFIX}\uffff`) return [];
  // where to start reading events (the id comparison below is what decides; this only lets the index skip ahead)
  const fromEvent = after.startsWith(PREFIX) && isUuid(after.slice(PREFIX.length, PREFIX.length + 36)) ? after.slice(PREFIX.length, PREFIX.length + 36).toLowerCase() : null;
  const { rows } = await db.query<Row>(
    `SELECT e.id, e.title, e.audiences, e.programme_id, e.phase_id, e.ends_at, l.line, l.n
     FROM events e
     CROSS JOIN LATERAL regexp_split_to_table(e.verbatim_notes, E'\\r?\\n') WITH ORDINALITY AS l (line, n)
     WHERE e.status = 'closed' AND e.verbatim_notes ~ '\\S' AND l.line ~ '\\S' AND l.n < 10 ^ ${DIGITS}
       AND ($1::uuid IS NULL OR e.id >= $1::uuid)
       AND ('${PREFIX}' || e.id::text || ':' || lpad(l.n::text, ${DIGITS}, '0')) COLLATE "C" > $2
     ORDER BY e.id, l.n
     LIMIT ${limit}`,
    [fromEvent, after],
  );
  return rows.map((r) => ({
    id: `${PREFIX}${r.id}:${noteLine(Number(r.n))}`,
    module: 'events',
    source: 'verbatim-note',
    programmeId: r.programme_id,
    phaseId: r.phase_id,
    prompt: r.title,
    text: r.line.trim(),
    roles: r.audiences,
    channel: 'event',
    kind: 'individual',
    peopleRepresented: null,
    variant: 'standard',
    createdAt: r.ends_at,
    href: `/admin/events/${r.id}`,
  }));
}
