// The fixed lists the surveys module asks about. Values are stored; texts are shown.
import { textOf as sharedTextOf, type Term } from '../../platform/vocabulary.ts';

export const RESPONDENT_ROLES = [
  { value: 'service-user', text: 'A person who uses or has used mental health services', easyRead: 'I use mental health services, or I used them before' },
  { value: 'carer', text: 'A carer, family member or friend of someone who uses services', easyRead: 'I look after someone who uses mental health services' },
  { value: 'public', text: 'A member of the public', easyRead: 'I am a member of the public' },
  { value: 'staff', text: 'Health or social care staff', easyRead: 'I work in health or social care' },
  { value: 'vcse', text: 'A voluntary or community sector worker', easyRead: 'I work for a charity or community group' },
  { value: 'other', text: 'Other', easyRead: 'Something else' },
  // chosen on its own (the page shows it after "or")
  { value: 'prefer-not-to-say', text: 'Prefer not to say', easyRead: 'I do not want to say' },
] as const;

/** "Prefer not to say" on "Which of these describes you?": chosen on its own */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export const CHANNELS = [
  { value: 'online', text: 'Online' },
  { value: 'paper', text: 'On paper' },
  { value: 'phone', text: 'By phone' },
  { value: 'assisted', text: 'With support at an event' },
] as const;

export const ENTRY_CHANNELS = CHANNELS.filter((c) => c.value !== 'online');

export const VARIANT_OPTIONS = [
  { value: 'standard', text: 'Standard version' },
  { value: 'easy-read', text: 'Easy Read version', hint: 'Short sentences and pictures' },
] as const;

export const STATUSES = { draft: 'Draft', open: 'Open', closed: 'Closed' } as const;

export { valuesOf } from '../../platform/vocabulary.ts';
/** the text for a stored value, or nothing when it is not in the list */
export const textOf = (list: readonly Term[], value: string | null | undefined) => sharedTextOf(list, value, '');

export { GATHERED_HOW, KINDS } from '../../platform/vocabulary.ts';
