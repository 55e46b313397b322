// Fixed lists of choices ("vocabularies"): each item has a stored value and the text people see.
export interface Term {
  value: string;
  text: string;
}

/** the stored values of a list, e.g. for a form field's options */
export const valuesOf = (list: readonly { value: string }[]): string[] => list.map((i) => i.value);

/** the text people see for a stored value; `otherwise` when the value is not in the list (the value itself by default) */
export const textOf = (list: readonly Term[], value: string | null | undefined, otherwise: string = value ?? ''): string =>
  list.find((i) => i.value === value)?.text ?? otherwise;
