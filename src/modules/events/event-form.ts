// Reads the event form: the spec (with its rules between fields) is in schemas.ts; this turns the answers, given in UK
// time, into what is stored, and a stored event back into answers.
import { partsOf, validateForm, type FormResult, type FormValues } from '../../platform/forms/index.ts';
import type { EventInput, EventRow } from './repository.ts';
import { eventForm } from './schemas.ts';
import { londonHhmm, londonIsoDate, londonToInstant, readTime } from './time.ts';

export interface Choices {
  programmes: { value: string; text: string }[];
  phases: { value: string; text: string; programmeId: string }[];
  workgroups: { value: string; text: string; programmeId: string }[];
}

type Spec = ReturnType<typeof eventForm>;
export type EventValues = FormValues<Spec>;

export type EventFormResult = FormResult<Spec> & { input?: EventInput };

export function specFor(c: Choices): Spec {
  const programmeOf = Object.fromEntries([...c.phases, ...c.workgroups].map((o) => [o.value, o.programmeId]));
  return eventForm({ programmes: c.programmes.map((p) => p.value), phases: c.phases.map((p) => p.value), workgroups: c.workgroups.map((w) => w.value), programmeOf });
}

export function readEventForm(body: unknown, c: Choices): EventFormResult {
  const form = validateForm(body, specFor(c));
  const v = form.values;
  const { date, bookingOpens: opens, bookingCloses: closes } = form.dates;
  const start = readTime(v.startTime);
  const end = readTime(v.endTime);
  if (!form.ok || !date || !start || !end) return form;
  return {
    ...form,
    input: {
      programme_id: v.programmeId || null,
      phase_id: v.phaseId || null,
      workgroup_id: v.workgroupId || null,
      title: v.title,
      description: v.description,
      audiences: v.audiences,
      dementia: v.dementia.includes('yes'),
      event_type: v.eventType,
      format: v.format,
      venue_name: v.format === 'online' ? '' : v.venueName,
      venue_address: v.format === 'online' ? '' : v.venueAddress,
      venue_features: v.format === 'online' ? [] : v.venueFeatures,
      accessibility_notes: v.accessibilityNotes,
      online_link: v.format === 'in-person' ? null : v.onlineLink,
      starts_at: londonToInstant(date, start),
      ends_at: londonToInstant(date, end),
      capacity: v.capacity ? Number(v.capacity) : null,
      booking_required: v.bookingRequired === 'yes',
      booking_opens_at: opens ? londonToInstant(opens, '00:00') : null,
      booking_closes_at: closes ? londonToInstant(closes, '23:59') : null,
      organiser_name: v.organiserName,
      organiser_email: v.organiserEmail,
      organiser_phone: v.organiserPhone,
    },
  };
}

export function valuesFromEvent(e: EventRow): EventValues {
  return {
    title: e.title,
    description: e.description,
    programmeId: e.programme_id ?? '',
    phaseId: e.phase_id ?? '',
    workgroupId: e.workgroup_id ?? '',
    audiences: e.audiences,
    dementia: e.dementia ? ['yes'] : [],
    eventType: e.event_type,
    format: e.format,
    venueName: e.venue_name,
    venueAddress: e.venue_address,
    venueFeatures: e.venue_features,
    accessibilityNotes: e.accessibility_notes,
    onlineLink: e.online_link ?? '',
    date: partsOf(londonIsoDate(e.starts_at)),
    startTime: londonHhmm(e.starts_at),
    endTime: londonHhmm(e.ends_at),
    capacity: e.capacity === null ? '' : String(e.capacity),
    bookingRequired: e.booking_required ? 'yes' : 'no',
    bookingOpens: e.booking_opens_at ? partsOf(londonIsoDate(e.booking_opens_at)) : partsOf(null),
    bookingCloses: e.booking_closes_at ? partsOf(londonIsoDate(e.booking_closes_at)) : partsOf(null),
    organiserName: e.organiser_name,
    organiserEmail: e.organiser_email,
    organiserPhone: e.organiser_phone,
  };
}
