// The fixed lists the "you said, we did" module uses. Values are stored; texts are shown.
export { AUDIENCES, valuesOf, textOf } from '../../platform/vocabulary.ts';

/** where the work on an item is; the words are shown on every tag, so no one has to rely on its colour */
export const STATUSES = [
  { value: 'planned', text: 'Planned', colour: 'grey' },
  { value: 'in-progress', text: 'In progress', colour: 'blue' },
  { value: 'done', text: 'Done', colour: 'green' },
  { value: 'not-doing', text: 'Not doing', colour: 'orange' },
] as const;

export type Status = (typeof STATUSES)[number]['value'];
