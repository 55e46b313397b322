// The fixed lists the consultations module uses. Values are stored; texts are shown.
export { AUDIENCES, valuesOf, textOf } from '../../platform/vocabulary.ts';

export const SIGN_IN = [
  { value: 'optional', text: 'Anyone can comment', hint: 'People can comment without an account, and stay anonymous if they want to' },
  { value: 'required', text: 'Only people who are signed in', hint: 'People need an account to comment' },
] as const;

export const MODERATION = [
  { value: 'post', text: 'Show comments at once and check them afterwards', hint: 'Flagged comments go to the moderation queue' },
  { value: 'pre', text: 'Check every comment before anyone else sees it' },
] as const;

export const DECISIONS = [
  { value: 'changed', text: 'Changed as suggested' },
  { value: 'changed-in-part', text: 'Changed in part' },
  { value: 'not-changed', text: 'Not changed' },
] as const;

export type Decision = (typeof DECISIONS)[number]['value'];
