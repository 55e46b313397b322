// Form specs for programmes, phases and workgroups (GOV.UK/NHS error wording).
import { dateOnOrAfter, type FormSpec } from '../../platform/forms/index.ts';
import { STATUSES, valuesOf } from './vocabulary.ts';

export const programmeForm = {
  title: { kind: 'text', label: 'Title', required: 'Enter a title for the programme', maxLength: 150 },
  summary: { kind: 'text', label: 'Summary', required: 'Enter a summary of the programme', maxLength: 2000, multiline: true },
  area: { kind: 'text', label: 'Area', required: 'Enter the area the programme covers', maxLength: 150 },
  ownerWorkgroup: { kind: 'text', label: 'Workgroup', required: 'Enter the workgroup that owns the programme', maxLength: 150 },
  status: { kind: 'choice', label: 'Status', options: valuesOf(STATUSES), required: 'Select the status of the programme' },
} satisfies FormSpec;

export const phaseForm = {
  name: { kind: 'text', label: 'Phase name', required: 'Enter the name of the phase', maxLength: 100 },
  description: { kind: 'text', label: 'Description', maxLength: 1000, multiline: true },
  startsOn: { kind: 'date', label: 'Start date', required: 'Enter the start date' },
  endsOn: { kind: 'date', label: 'End date', required: 'Enter the end date', rules: [dateOnOrAfter('startsOn', 'The end date must be the same as or after the start date')] },
  status: { kind: 'choice', label: 'Status', options: valuesOf(STATUSES), required: 'Select the status of the phase' },
} satisfies FormSpec;

export const workgroupForm = {
  name: { kind: 'text', label: 'Workgroup name', required: 'Enter the name of the workgroup', maxLength: 100 },
  description: { kind: 'text', label: 'Description', maxLength: 1000, multiline: true },
} satisfies FormSpec;
