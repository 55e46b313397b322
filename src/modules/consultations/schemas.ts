// Form specs for the consultations module (GOV.UK/NHS error wording).
import { dateOnOrAfter, requiredWhen, type FormSpec } from '../../platform/forms/index.ts';
import { AUDIENCES, DECISIONS, MODERATION, SIGN_IN, valuesOf } from './vocabulary.ts';

export const MAX_BODY = 30_000;

/** the consultation's details; the programme choice is checked in the route against the programmes list */
export const consultationForm = {
  title: { kind: 'text', label: 'Title', required: 'Enter the title of the consultation', maxLength: 150 },
  summary: { kind: 'text', label: 'Summary', required: 'Enter a summary of what you are asking people about', maxLength: 3000, multiline: true },
  easyReadSummary: { kind: 'text', label: 'Easy Read summary', maxLength: 2000, multiline: true },
  audience: { kind: 'text', label: 'Who it is for', required: 'Enter who the consultation is for', maxLength: 500 },
  audiences: { kind: 'choices', label: 'Audiences', options: valuesOf(AUDIENCES) },
  // a programme id, or a programme id and a phase id joined by ':' (73 characters)
  programme: { kind: 'text', label: 'Programme and phase', maxLength: 73 },
  signIn: { kind: 'choice', label: 'Who can comment', options: valuesOf(SIGN_IN), required: 'Select who can comment' },
  moderation: { kind: 'choice', label: 'Moderation', options: valuesOf(MODERATION), required: 'Select when comments are checked' },
} satisfies FormSpec;

export const waveForm = {
  opens: { kind: 'date', label: 'Opening date', required: 'Enter the opening date' },
  closes: { kind: 'date', label: 'Closing date', required: 'Enter the closing date', rules: [dateOnOrAfter('opens', 'The closing date must be the same as or after the opening date')] },
} satisfies FormSpec;

export const sectionForm = {
  heading: { kind: 'text', label: 'Heading', required: 'Enter the heading of the section', maxLength: 200 },
  body: { kind: 'text', label: 'Text', required: 'Enter the text of the section', maxLength: MAX_BODY, multiline: true },
  easyReadText: { kind: 'text', label: 'Easy Read text', maxLength: 5000, multiline: true },
  /** a starter picture or "upload:<id>", checked against the picture list in the route */
  picture: { kind: 'text', label: 'Easy Read picture', maxLength: 60 },
  pictureAlt: { kind: 'text', label: 'Picture description', maxLength: 200, rules: [requiredWhen((v) => Boolean(v.picture), 'Enter a description of the picture', ['picture'])] },
} satisfies FormSpec;

export const versionForm = {
  label: { kind: 'text', label: 'Version name', required: 'Enter a name for the version, like Draft 2 or Final', maxLength: 60 },
  final: { kind: 'choice', label: 'Final version', options: ['yes', 'no'], required: 'Select yes if this is the final version' },
} satisfies FormSpec;

export const importForm = {
  /** checked by importDocx in the route */
  file: { kind: 'file', label: 'Word document' },
} satisfies FormSpec;

export const importConfirmForm = {
  how: { kind: 'choice', label: 'What to do with the sections', options: ['add', 'replace'], required: 'Select if the sections should be added or replace the sections there now' },
} satisfies FormSpec;

export const decisionForm = {
  section: { kind: 'text', label: 'Section', required: 'Select the section', maxLength: 36 },
  version: { kind: 'text', label: 'Version', required: 'Select the version', maxLength: 36 },
  theme: { kind: 'text', label: 'What people said', required: 'Enter what people said, in a few words', maxLength: 200 },
  decision: { kind: 'choice', label: 'Decision', options: valuesOf(DECISIONS), required: 'Select what you decided' },
  reason: { kind: 'text', label: 'Reason', required: 'Enter the reason for the decision, in plain English', maxLength: 2000, multiline: true },
} satisfies FormSpec;

export const responseForm = {
  intro: { kind: 'text', label: 'Introduction', required: 'Enter an introduction to the response', maxLength: 5000, multiline: true },
  nextSteps: { kind: 'text', label: 'Next steps', required: 'Enter what happens next', maxLength: 5000, multiline: true },
} satisfies FormSpec;

export const confirmForm = {
  confirm: { kind: 'choices', label: 'Confirm', options: ['yes'], required: 'Confirm that you want to do this' },
} satisfies FormSpec;
