// Reads the event form: field spec, the date boxes, times in UK time, and the rules between fields.
import { validateForm, type ErrorItem, type FormValues } from '../../platform/forms/index.ts';
import { readDate, partsOf, type DateParts } from '../programmes/api.ts';
import type { EventInput, EventRow } from './repository.ts';
import { eventForm } from './schemas.ts';
import { londonHhmm, londonIsoDate, londonToInstant, readTime } from './time.ts';

export interface Choices {
  programmes: { value: string; text: string }[];
  phases: { value: string; text: string; programmeId: string }[];
  workgroups: { value: string; text: string; programmeId: string }[];
}

type Spec = ReturnType<typeof eventForm>;
export type EventValues = FormValues<Spec> & { date: DateParts; bookingOpens: DateParts; bookingCloses: DateParts };

export interface EventFormResult {
  values: EventValues;
  errors: Record<string, string>;
  errorList: ErrorItem[];
  input?: EventInput;
}

const ORDER = ['title', 'description', 'programmeId', 'phaseId', 'workgroupId', 'audiences', 'eventType', 'format', 'venueName', 'venueAddress', 'venueFeatures', 'accessibilityNotes', 'onlineLink', 'date', 'startTime', 'endTime', 'capacity', 'bookingRequired', 'bookingOpens', 'bookingCloses', 'organiserName', 'organiserEmail', 'organiserPhone'];
const DATE_FIELDS = new Set(['date', 'bookingOpens', 'bookingCloses']);

export function specFor(c: Choices): Spec {
  return eventForm({ programmes: c.programmes.map((p) => p.value), phases: c.phases.map((p) => p.value), workgroups: c.workgroups.map((w) => w.value) });
}

export function readEventForm(body: unknown, c: Choices): EventFormResult {
  const form = validateForm(body, specFor(c));
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const v = form.values;
  const errors: Record<string, string> = { ...form.errors };
  const date = readDate(b, 'date', 'date of the event', true);
  const opens = readDate(b, 'bookingOpens', 'date booking opens', false);
  const closes = readDate(b, 'bookingCloses', 'date booking closes', false);
  if (date.error) errors.date = date.error;
  if (opens.error) errors.bookingOpens = opens.error;
  if (closes.error) errors.bookingCloses = closes.error;
  const start = v.startTime ? readTime(v.startTime) : undefined;
  const end = v.endTime ? readTime(v.endTime) : undefined;
  if (v.startTime && !errors.startTime && !start) errors.startTime = 'Enter the start time in the correct format, like 2pm or 14:00';
  if (v.endTime && !errors.endTime && !end) errors.endTime = 'Enter the end time in the correct format, like 4pm or 16:00';
  if (start && end && end <= start) errors.endTime = 'The end time must be after the start time';
  if (v.format && v.format !== 'online' && !v.venueName && !errors.venueName) errors.venueName = 'Enter the name of the venue';
  if (v.format && v.format !== 'in-person' && !v.onlineLink && !errors.onlineLink) errors.onlineLink = 'Enter the online joining link';
  if (v.phaseId && !errors.phaseId && c.phases.find((p) => p.value === v.phaseId)?.programmeId !== v.programmeId) errors.phaseId = 'Select a phase of the programme you chose';
  if (v.workgroupId && !errors.workgroupId && c.workgroups.find((w) => w.value === v.workgroupId)?.programmeId !== v.programmeId) errors.workgroupId = 'Select a workgroup of the programme you chose';
  if (date.iso && closes.iso && closes.iso > date.iso) errors.bookingCloses = 'The date booking closes must be on or before the date of the event';
  if (opens.iso && closes.iso && closes.iso < opens.iso) errors.bookingCloses = 'The date booking closes must be on or after the date booking opens';
  const values: EventValues = { ...v, date: date.parts, bookingOpens: opens.parts, bookingCloses: closes.parts };
  const errorList = ORDER.filter((k) => errors[k]).map((k) => ({ text: errors[k]!, href: DATE_FIELDS.has(k) ? `#${k}-day` : k === 'audiences' || k === 'venueFeatures' ? `#${k}` : `#${k}` }));
  if (errorList.length || !date.iso || !start || !end) return { values, errors, errorList };
  return {
    values,
    errors,
    errorList,
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
      starts_at: londonToInstant(date.iso, start),
      ends_at: londonToInstant(date.iso, end),
      capacity: v.capacity ? Number(v.capacity) : null,
      booking_required: v.bookingRequired === 'yes',
      booking_opens_at: opens.iso ? londonToInstant(opens.iso, '00:00') : null,
      booking_closes_at: closes.iso ? londonToInstant(closes.iso, '23:59') : null,
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
    startTime: londonHhmm(e.starts_at),
    endTime: londonHhmm(e.ends_at),
    capacity: e.capacity === null ? '' : String(e.capacity),
    bookingRequired: e.booking_required ? 'yes' : 'no',
    organiserName: e.organiser_name,
    organiserEmail: e.organiser_email,
    organiserPhone: e.organiser_phone,
    date: partsOf(londonIsoDate(e.starts_at)),
    bookingOpens: e.booking_opens_at ? partsOf(londonIsoDate(e.booking_opens_at)) : partsOf(null),
    bookingCloses: e.booking_closes_at ? partsOf(londonIsoDate(e.booking_closes_at)) : partsOf(null),
  };
}
