// Form specs for events and booking (GOV.UK/NHS error wording), with the rules between fields of the event form.
import { dateOnOrAfter, dateOnOrBefore, laterThan, requiredWhen, rule, type FormSpec } from '../../platform/forms/index.ts';
import { readTime } from './time.ts';
import { IDENTITIES } from '../accounts/api.ts';
import { ACCESS_NEEDS, AUDIENCES, EVENT_TYPES, FORMATS, VENUE_FEATURES, valuesOf } from './vocabulary.ts';

export const IDENTITY_OPTIONS = [...IDENTITIES, { value: 'prefer-not-to-say', text: 'Prefer not to say' }] as const;

const wholeNumber = (label: string, min: number, max: number) => (v: string) =>
  /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : `${label} must be a whole number between ${min} and ${max.toLocaleString('en-GB')}`;

const time = (what: string, example: string) => (v: string) => (readTime(v) ? undefined : `Enter the ${what} in the correct format, like ${example}`);

export interface EventFormOptions {
  programmes: string[];
  phases: string[];
  workgroups: string[];
  /** the programme each phase and workgroup belongs to, by id */
  programmeOf?: Readonly<Record<string, string>>;
}

export function eventForm(options: EventFormOptions) {
  const ofProgramme = (message: string) => rule([], (v, form) => (v && options.programmeOf?.[v as string] !== form.values.programmeId ? message : undefined));
  const notOnline = (v: Record<string, unknown>) => Boolean(v.format) && v.format !== 'online';
  const notInPerson = (v: Record<string, unknown>) => Boolean(v.format) && v.format !== 'in-person';
  return {
    title: { kind: 'text', label: 'Title', required: 'Enter a title for the event', maxLength: 150 },
    description: { kind: 'text', label: 'Description', required: 'Enter a description of the event', maxLength: 5000, multiline: true },
    programmeId: { kind: 'choice', label: 'Programme', options: options.programmes },
    phaseId: { kind: 'choice', label: 'Phase', options: options.phases, rules: [ofProgramme('Select a phase of the programme you chose')] },
    workgroupId: { kind: 'choice', label: 'Workgroup', options: options.workgroups, rules: [ofProgramme('Select a workgroup of the programme you chose')] },
    audiences: { kind: 'choices', label: 'Audience', options: valuesOf(AUDIENCES), required: 'Select who the event is for' },
    dementia: { kind: 'choices', label: 'Dementia', options: ['yes'] },
    eventType: { kind: 'choice', label: 'Type of event', options: valuesOf(EVENT_TYPES), required: 'Select the type of event' },
    format: { kind: 'choice', label: 'Format', options: valuesOf(FORMATS), required: 'Select whether the event is in person, online or both' },
    venueName: { kind: 'text', label: 'Venue name', maxLength: 150, rules: [requiredWhen(notOnline, 'Enter the name of the venue')] },
    venueAddress: { kind: 'text', label: 'Venue address', maxLength: 300, multiline: true, stripInvisible: true },
    venueFeatures: { kind: 'choices', label: 'Venue accessibility', options: valuesOf(VENUE_FEATURES) },
    accessibilityNotes: { kind: 'text', label: 'Accessibility information', maxLength: 1000, multiline: true },
    onlineLink: {
      kind: 'text',
      label: 'Online joining link',
      maxLength: 500,
      check: (v) => (/^https:\/\/[^\s]+\.[^\s]+$/.test(v) ? undefined : 'Enter the joining link in the correct format, like https://meet.example.org/abc'),
      rules: [requiredWhen(notInPerson, 'Enter the online joining link')],
    },
    date: { kind: 'date', label: 'Date of the event', required: 'Enter the date of the event' },
    startTime: { kind: 'text', label: 'Start time', required: 'Enter the start time', maxLength: 10, check: time('start time', '2pm or 14:00') },
    endTime: {
      kind: 'text',
      label: 'End time',
      required: 'Enter the end time',
      maxLength: 10,
      check: time('end time', '4pm or 16:00'),
      rules: [laterThan('startTime', 'The end time must be after the start time', readTime)],
    },
    capacity: { kind: 'text', label: 'Number of places', maxLength: 6, check: wholeNumber('Number of places', 1, 10_000) },
    bookingRequired: { kind: 'choice', label: 'Booking', options: ['yes', 'no'], required: 'Select yes if people need to book' },
    bookingOpens: { kind: 'date', label: 'Date booking opens' },
    bookingCloses: {
      kind: 'date',
      label: 'Date booking closes',
      rules: [
        dateOnOrAfter('bookingOpens', 'The date booking closes must be on or after the date booking opens'),
        dateOnOrBefore('date', 'The date booking closes must be on or before the date of the event'),
      ],
    },
    organiserName: { kind: 'text', label: 'Organiser name', required: 'Enter the name of the organiser', maxLength: 100 },
    organiserEmail: { kind: 'text', label: 'Organiser email address', required: 'Enter the organiser’s email address', maxLength: 254, email: true },
    organiserPhone: { kind: 'text', label: 'Organiser phone number', maxLength: 30, check: (v) => (/^[+\d][\d\s()-]{5,29}$/.test(v) ? undefined : 'Enter a phone number, like 01632 960 001 or 07700 900 982') },
  } satisfies FormSpec;
}

export const nameStep = { name: { kind: 'text', label: 'Full name', required: 'Enter your full name', maxLength: 100 } } satisfies FormSpec;
export const emailStep = { email: { kind: 'text', label: 'Email address', required: 'Enter your email address', maxLength: 254, email: true } } satisfies FormSpec;
export const identifyStep = {
  identities: { kind: 'choices', label: 'How you identify', options: valuesOf(IDENTITY_OPTIONS), required: 'Select how you identify, or prefer not to say' },
} satisfies FormSpec;
export const organisationStep = { organisation: { kind: 'text', label: 'Organisation', maxLength: 150 } } satisfies FormSpec;
export const accessStep = {
  accessNeeds: { kind: 'choices', label: 'Access needs', options: valuesOf(ACCESS_NEEDS) },
  dietary: { kind: 'text', label: 'Dietary needs', maxLength: 500, multiline: true },
  accessOther: { kind: 'text', label: 'What you need', maxLength: 1000, multiline: true },
} satisfies FormSpec;

export const registerForm = { attended: { kind: 'choices', label: 'Attended', options: [] as string[] } };

export const closeForm = {
  headcount: { kind: 'text', label: 'Number of people who came', maxLength: 6, check: wholeNumber('Number of people who came', 0, 100_000) },
  /** one name on each line, each shown like a single-line name */
  organisations: { kind: 'text', label: 'Organisations that attended', maxLength: 5000, multiline: true, stripInvisible: true },
  report: { kind: 'text', label: 'Short report', required: 'Enter a short report of the event', maxLength: 5000, multiline: true },
  verbatimNotes: { kind: 'text', label: 'What people said', maxLength: 50_000, multiline: true },
  publishNotes: { kind: 'choice', label: 'Publish', options: ['yes', 'no'], required: 'Select yes if what people said can be published on the event page' },
} satisfies FormSpec;
