// The fixed lists the programmes module uses. Values are stored; texts are shown.
export const STATUSES = [
  { value: 'forthcoming', text: 'Forthcoming' },
  { value: 'open', text: 'Open' },
  { value: 'closed', text: 'Closed' },
] as const;

export type Status = (typeof STATUSES)[number]['value'];

export const valuesOf = (list: readonly { value: string }[]) => list.map((i) => i.value);
export const textOf = (list: readonly { value: string; text: string }[], value: string) => list.find((i) => i.value === value)?.text ?? value;
