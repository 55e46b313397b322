// The fixed lists the accounts module asks about. Values are stored; texts are shown.

export const IDENTITIES = [
  { value: 'service-user', text: 'Someone who uses or has used mental health services' },
  { value: 'carer', text: 'A carer, family member or friend of someone who uses services' },
  { value: 'public', text: 'A member of the public' },
  { value: 'staff', text: 'Health or social care staff' },
  { value: 'vcse', text: 'Someone from a voluntary or community organisation' },
] as const;

export const CONTACT_METHODS = [
  { value: 'email', text: 'Email' },
  { value: 'phone', text: 'Phone call' },
  { value: 'text', text: 'Text message' },
  { value: 'letter', text: 'Letter' },
  { value: 'no-preference', text: 'No preference' },
] as const;

export const INFORMATION_FORMATS = [
  { value: 'easy-read', text: 'Easy Read' },
  { value: 'large-print', text: 'Large print' },
  { value: 'braille', text: 'Braille' },
  { value: 'audio', text: 'Audio' },
  { value: 'bsl-video', text: 'British Sign Language (BSL) video' },
  { value: 'plain-text-email', text: 'Plain text email' },
] as const;

export const COMMUNICATION_SUPPORT = [
  { value: 'bsl-interpreter', text: 'British Sign Language (BSL) interpreter' },
  { value: 'deafblind-interpreter', text: 'Deafblind interpreter' },
  { value: 'lipspeaker', text: 'Lipspeaker' },
  { value: 'captions', text: 'Captions or a speech-to-text reporter' },
  { value: 'hearing-loop', text: 'Hearing loop' },
  { value: 'advocate', text: 'An advocate or supporter with me' },
  { value: 'extra-time', text: 'Extra time or breaks' },
] as const;

export const CONTACT_PREFERENCES = [
  { value: 'opportunities', text: 'Tell me about new chances to get involved' },
  { value: 'you-said-we-did', text: 'Tell me what changed because of what people said' },
  { value: 'reminders', text: 'Send me reminders about events I have booked' },
] as const;

export const CONSENT_PURPOSES = [
  { value: 'privacy-notice', version: '2026-11', text: 'I have read the privacy notice', canWithdraw: false },
  { value: 'recontact', version: '2026-11', text: 'You may contact me about future involvement', canWithdraw: true },
  { value: 'quotes', version: '2026-11', text: 'You may quote what I say in reports, without my name', canWithdraw: true },
] as const;

export const ROLE_OPTIONS = [
  { value: 'participant', text: 'Participant', hint: 'Takes part: books events, answers surveys, comments' },
  { value: 'facilitator', text: 'Facilitator', hint: 'Staff who run programmes, events and surveys' },
  { value: 'moderator', text: 'Moderator', hint: 'Works the flag queue and safeguarding alerts' },
  { value: 'admin', text: 'Admin', hint: 'Manages users, roles, organisations and settings' },
] as const;

export { valuesOf, textOf } from '../../platform/vocabulary.ts';
