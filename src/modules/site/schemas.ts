import type { FormSpec } from '../../platform/forms/index.ts';

const phone = (v: string) => (/^[0-9 ()+-]{3,20}$/.test(v) ? undefined : 'Enter a phone number, like 0800 123 4567');

export const crisisLineForm = {
  name: { kind: 'text', label: 'Name of the crisis line', required: 'Enter the name of the local crisis line', maxLength: 120 },
  phone: { kind: 'text', label: 'Phone number', required: 'Enter the phone number', maxLength: 20, check: phone },
  hours: { kind: 'text', label: 'Opening hours', required: 'Enter when the line is open, for example 24 hours a day', maxLength: 120 },
  description: { kind: 'text', label: 'Who it is for', maxLength: 500, multiline: true },
} satisfies FormSpec;
