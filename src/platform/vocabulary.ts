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

/** the stored values of a list, e.g. for a form field's options */
export const valuesOf = (list: readonly { value: string }[]): string[] => list.map((i) => i.value);

/** the text people see for a stored value; `otherwise` when the value is not in the list (the value itself by default) */
export const textOf = (list: readonly Term[], value: string | null | undefined, otherwise: string = value ?? ''): string =>
  list.find((i) => i.value === value)?.text ?? otherwise;
