// The fixed lists the programmes module uses. Values are stored; texts are shown.
export const STATUSES = [
  { value: 'forthcoming', text: 'Forthcoming' },
  { value: 'open', text: 'Open' },
  { value: 'closed', text: 'Closed' },
] as const;

export type Status = (typeof STATUSES)[number]['value'];

export { valuesOf, textOf } from '../../platform/vocabulary.ts';
