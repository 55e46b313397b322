// The fixed lists the comments capability asks about. Values are stored; texts are shown. A capability imports no
// module, so the ways of gathering views are written here with the same values the surveys module stores.
import { textOf as sharedTextOf, type Term } from '../../platform/vocabulary.ts';

export const COMMENT_ROLES = [
  { value: 'service-user', text: 'A person who uses or has used mental health services', easyRead: 'I use mental health services, or I used them before' },
  { value: 'carer', text: 'A carer, family member or friend', easyRead: 'I look after someone who uses mental health services' },
  { value: 'public', text: 'A member of the public', easyRead: 'I am a member of the public' },
  { value: 'staff', text: 'Health or social care staff', easyRead: 'I work in health or social care' },
  { value: 'organisation', text: 'Someone from an organisation or group', easyRead: 'I am from an organisation or group' },
] as const;

export type CommentRole = (typeof COMMENT_ROLES)[number]['value'];

export const COMMENT_CHANNELS = [
  { value: 'online', text: 'Online' },
  { value: 'letter', text: 'By letter' },
  { value: 'email', text: 'By email' },
  { value: 'event', text: 'At an event' },
] as const;

export type CommentChannel = (typeof COMMENT_CHANNELS)[number]['value'];

/** the channels a facilitator enters comments from (online comments are made by people themselves) */
export const RECEIVED_CHANNELS = COMMENT_CHANNELS.filter((c) => c.value !== 'online');

export const FLAG_REASONS = [
  { value: 'unkind', text: 'It is unkind, abusive or discriminating' },
  { value: 'personal', text: "It shares someone's personal details" },
  { value: 'worried', text: 'I am worried about the person who wrote it' },
  { value: 'spam', text: 'It is advertising or spam' },
  { value: 'other', text: 'Something else' },
] as const;

export const COMMENT_STATUSES = [
  { value: 'published', text: 'Published' },
  { value: 'held', text: 'Waiting for review' },
  { value: 'hidden', text: 'Hidden' },
  { value: 'withdrawn', text: 'Withdrawn' },
] as const;

export type CommentStatus = (typeof COMMENT_STATUSES)[number]['value'];

export const MODERATION_ACTIONS = [
  { value: 'publish', text: 'Publish', hint: 'Everyone can read it' },
  { value: 'hold', text: 'Keep held for review', hint: 'Only the person who wrote it and moderators can read it' },
  { value: 'hide', text: 'Hide', hint: 'No one else can read it. The person who wrote it sees why' },
] as const;

export { valuesOf } from '../../platform/vocabulary.ts';
/** the text for a stored value, or nothing when it is not in the list */
export const textOf = (list: readonly Term[], value: string | null | undefined) => sharedTextOf(list, value, '');

export { GATHERED_HOW, KINDS } from '../../platform/vocabulary.ts';
