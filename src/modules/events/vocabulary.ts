// The fixed lists the events module uses. Values are stored; texts are shown.
export { AUDIENCES } from '../../platform/vocabulary.ts';

export const EVENT_TYPES = [
  { value: 'user-forum', text: 'User forum' },
  { value: 'public-launch', text: 'Public launch event' },
  { value: 'staff-workshop', text: 'Staff workshop' },
  { value: 'community-visit', text: 'Community group visit' },
  { value: 'online-conversation', text: 'Online conversation' },
  { value: 'other', text: 'Other' },
] as const;

export const FORMATS = [
  { value: 'in-person', text: 'In person' },
  { value: 'online', text: 'Online' },
  { value: 'hybrid', text: 'In person and online' },
] as const;

export const VENUE_FEATURES = [
  { value: 'step-free', text: 'Step-free access' },
  { value: 'hearing-loop', text: 'Hearing loop' },
  { value: 'quiet-room', text: 'Quiet room' },
  { value: 'parking', text: 'Accessible parking' },
  { value: 'accessible-toilets', text: 'Accessible toilets' },
] as const;

export const ACCESS_NEEDS = [
  { value: 'bsl-interpreter', text: 'British Sign Language (BSL) interpreter', summary: ['needs a BSL interpreter', 'need a BSL interpreter'] },
  { value: 'captions', text: 'Captions or a speech-to-text reporter', summary: ['needs captions', 'need captions'] },
  { value: 'hearing-loop', text: 'Hearing loop', summary: ['needs a hearing loop', 'need a hearing loop'] },
  { value: 'step-free', text: 'Step-free access', summary: ['needs step-free access', 'need step-free access'] },
  { value: 'large-print', text: 'Large print', summary: ['needs large print', 'need large print'] },
  { value: 'easy-read', text: 'Easy Read materials', summary: ['needs Easy Read materials', 'need Easy Read materials'] },
  { value: 'companion', text: 'A place for a companion or carer', hint: 'They will take a place at the event too', summary: ['is bringing a companion or carer', 'are bringing a companion or carer'] },
  { value: 'quiet-space', text: 'A quiet space', summary: ['needs a quiet space', 'need a quiet space'] },
  { value: 'dietary', text: 'Dietary needs', summary: ['has dietary needs', 'have dietary needs'] },
  { value: 'other', text: 'Something else', summary: ['has another need', 'have another need'] },
] as const;

export const STATUSES = [
  { value: 'draft', text: 'Draft' },
  { value: 'published', text: 'Published' },
  { value: 'cancelled', text: 'Cancelled' },
  { value: 'closed', text: 'Closed' },
] as const;

export const WHEN = [
  { value: 'upcoming', text: 'Upcoming' },
  { value: 'next-30-days', text: 'In the next 30 days' },
  { value: 'past', text: 'Past events' },
] as const;

/** How the account's recorded communication support maps onto booking access needs. */
export const FROM_ACCOUNT_SUPPORT: Record<string, string> = { 'bsl-interpreter': 'bsl-interpreter', captions: 'captions', 'hearing-loop': 'hearing-loop', advocate: 'companion' };
export const FROM_ACCOUNT_FORMATS: Record<string, string> = { 'easy-read': 'easy-read', 'large-print': 'large-print' };

export { valuesOf, textOf } from '../../platform/vocabulary.ts';
