// Form specs for events and booking (GOV.UK/NHS error wording). Dates and times are read by event-form.ts.
import type { FormSpec } from '../../platform/forms/index.ts';
import { IDENTITIES } from '../accounts/api.ts';
import { ACCESS_NEEDS, AUDIENCES, EVENT_TYPES, FORMATS, VENUE_FEATURES, valuesOf } from './vocabulary.ts';

export const IDENTITY_OPTIONS = [...IDENTITIES, { value: 'prefer-not-to-say', text: 'Prefer not to say' }] as const;

const wholeNumber = (label: string, min: number, max: number) => (v: string) =>
  /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : `${label} must be a whole number between ${min} and ${max.toLocaleString('en-GB')}`;

export function eventForm(options: { programmes: string[]; phases: string[]; workgroups: string[] }) {
  return {
    title: { kind: 'text', label: 'Title', required: 'Enter a title for the event', maxLength: 150 },
    description: { kind: 'text', label: 'Description', required: 'Enter a description of the event', maxLength: 5000 },
    programmeId: { kind: 'choice', label: 'Programme', options: options.programmes },
    phaseId: { kind: 'choice', label: 'Phase', options: options.phases },
    workgroupId: { kind: 'choice', label: 'Workgroup', options: options.workgroups },
    audiences: { kind: 'choices', label: 'Audience', options: valuesOf(AUDIENCES), required: 'Select who the event is for' },
    dementia: { kind: 'choices', label: 'Dementia', options: ['yes'] },
    eventType: { kind: 'choice', label: 'Type of event', options: valuesOf(EVENT_TYPES), required: 'Select the type of event' },
    format: { kind: 'choice', label: 'Format', options: valuesOf(FORMATS), required: 'Select whether the event is in person, online or both' },
    venueName: { kind: 'text', label: 'Venue name', maxLength: 150 },
    venueAddress: { kind: 'text', label: 'Venue address', maxLength: 300 },
    venueFeatures: { kind: 'choices', label: 'Venue accessibility', options: valuesOf(VENUE_FEATURES) },
    accessibilityNotes: { kind: 'text', label: 'Accessibility information', maxLength: 1000 },
    onlineLink: {
      kind: 'text',
      label: 'Online joining link',
      maxLength: 500,
      check: (v) => (/^https:\/\/[^\s]+\.[^\s]+$/.test(v) ? undefined : 'Enter the joining link in the correct format, like https://meet.example.org/abc'),
    },
    startTime: { kind: 'text', label: 'Start time', required: 'Enter the start time', maxLength: 10 },
    endTime: { kind: 'text', label: 'End time', required: 'Enter the end time', maxLength: 10 },
    capacity: { kind: 'text', label: 'Number of places', maxLength: 6, check: wholeNumber('Number of places', 1, 10_000) },
    bookingRequired: { kind: 'choice', label: 'Booking', options: ['yes', 'no'], required: 'Select yes if people need to book' },
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
  dietary: { kind: 'text', label: 'Dietary needs', maxLength: 500 },
  accessOther: { kind: 'text', label: 'What you need', maxLength: 1000 },
} satisfies FormSpec;

export const registerForm = { attended: { kind: 'choices', label: 'Attended', options: [] as string[] } };

export const closeForm = {
  headcount: { kind: 'text', label: 'Number of people who came', maxLength: 6, check: wholeNumber('Number of people who came', 0, 100_000) },
  organisations: { kind: 'text', label: 'Organisations that attended', maxLength: 5000 },
  report: { kind: 'text', label: 'Short report', required: 'Enter a short report of the event', maxLength: 5000 },
  verbatimNotes: { kind: 'text', label: 'What people said', maxLength: 50_000 },
  publishNotes: { kind: 'choice', label: 'Publish', options: ['yes', 'no'], required: 'Select yes if what people said can be published on the event page' },
} satisfies FormSpec;
