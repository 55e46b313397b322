// Form specs and their messages for the accounts module (GOV.UK/NHS error wording).
import { requiredIf, ukMobileCheck, type FormSpec } from '../../platform/forms/index.ts';
import { COMMUNICATION_SUPPORT, CONTACT_METHODS, CONTACT_PREFERENCES, IDENTITIES, INFORMATION_FORMATS, ROLE_OPTIONS, valuesOf } from './vocabulary.ts';

const email = { kind: 'text', label: 'Email address', required: 'Enter your email address', maxLength: 254, email: true } as const;
const name = { kind: 'text', label: 'Full name', required: 'Enter your full name', maxLength: 100 } as const;

export const signUpForm = {
  name,
  email,
  privacy: { kind: 'choices', label: 'Privacy notice', options: ['yes'], required: 'Confirm that you have read the privacy notice' },
} satisfies FormSpec;

export const emailForm = { email } satisfies FormSpec;

export const passwordSignInForm = {
  email,
  password: { kind: 'password', label: 'Password', required: 'Enter your password' },
} satisfies FormSpec;

export const nameForm = { name } satisfies FormSpec;

export const identitiesForm = {
  identities: { kind: 'choices', label: 'How you identify', options: valuesOf(IDENTITIES), required: 'Select how you identify, or more than one' },
} satisfies FormSpec;

export const accessNeedsForm = {
  contactMethod: { kind: 'choice', label: 'How we should contact you', options: valuesOf(CONTACT_METHODS), required: 'Select how we should contact you' },
  // shown under "Text message"; kept only when that is chosen
  mobile: { kind: 'text', label: 'UK mobile phone number', maxLength: 30, check: ukMobileCheck, rules: [requiredIf('contactMethod', 'text', 'Enter a UK mobile phone number')] },
  informationFormats: { kind: 'choices', label: 'Information formats', options: valuesOf(INFORMATION_FORMATS) },
  communicationSupport: { kind: 'choices', label: 'Communication support', options: valuesOf(COMMUNICATION_SUPPORT) },
  details: { kind: 'text', label: 'Anything else we should know', maxLength: 1000 },
  share: { kind: 'choice', label: 'Sharing with organisers', options: ['yes', 'no'], required: 'Select yes if we can share your needs with event organisers' },
} satisfies FormSpec;

export const contactPreferencesForm = {
  preferences: { kind: 'choices', label: 'Contact preferences', options: valuesOf(CONTACT_PREFERENCES) },
} satisfies FormSpec;

export const newPasswordForm = {
  password: { kind: 'password', label: 'Password', required: 'Enter a password', minLength: 12, maxLength: 256 },
} satisfies FormSpec;

export const inviteForm = {
  name: { ...name, required: 'Enter their full name' },
  email: { ...email, required: 'Enter their email address' },
  role: { kind: 'choice', label: 'Role', options: valuesOf(ROLE_OPTIONS), required: 'Select a role' },
} satisfies FormSpec;

export const rolesForm = {
  roles: { kind: 'choices', label: 'Roles', options: valuesOf(ROLE_OPTIONS), required: 'Select at least one role' },
} satisfies FormSpec;

export const organisationForm = {
  name: { kind: 'text', label: 'Organisation name', required: 'Enter the organisation name', maxLength: 150 },
  description: { kind: 'text', label: 'Description', maxLength: 2000 },
  website: {
    kind: 'text',
    label: 'Website',
    maxLength: 300,
    check: (v) => (/^https?:\/\/[^\s]+\.[^\s]+$/.test(v) ? undefined : 'Enter a website address in the correct format, like https://www.example.org.uk'),
  },
} satisfies FormSpec;

export const representativeForm = { email: { ...email, required: "Enter the representative's email address" } } satisfies FormSpec;
