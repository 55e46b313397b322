// Fixed lists of choices ("vocabularies"): each item has a stored value and the text people see.
export interface Term {
  value: string;
  text: string;
}

/** who something is for: the three audiences an engagement programme reaches (events, Have your say, later modules) */
export const AUDIENCES = [
  { value: 'public', text: 'People who use services, carers and the public' },
  { value: 'staff', text: 'Health and social care staff' },
  { value: 'community', text: 'Community and voluntary groups' },
] as const;

export type Audience = (typeof AUDIENCES)[number]['value'];

/** who a response or comment is from: a person, or an organisation on behalf of the people it supports */
export const KINDS = [
  { value: 'individual', text: 'An individual' },
  { value: 'organisation', text: 'An organisation or group' },
] as const;

/** how an organisation gathered the views it gives on behalf of the people it supports (surveys, comments) */
export const GATHERED_HOW = [
  { value: 'focus-group', text: 'Focus group' },
  { value: 'one-to-one', text: 'One-to-one support' },
  { value: 'collated-letters', text: 'Collated letters or written comments' },
  { value: 'other', text: 'Other' },
] as const;

/** the stored values of a list, e.g. for a form field's options */
export const valuesOf = (list: readonly { value: string }[]): string[] => list.map((i) => i.value);

/** the text people see for a stored value; `otherwise` when the value is not in the list (the value itself by default) */
export const textOf = (list: readonly Term[], value: string | null | undefined, otherwise: string = value ?? ''): string =>
  list.find((i) => i.value === value)?.text ?? otherwise;
