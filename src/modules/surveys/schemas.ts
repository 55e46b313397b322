// Form specs and their messages for the surveys module (GOV.UK/NHS error wording).
import { dateOnOrAfter, onBehalfForm, wholeNumber, type FormSpec } from '../../platform/forms/index.ts';
import { QUESTION_TYPES, SCALES } from '../../capabilities/questionnaires/index.ts';
import { ENTRY_CHANNELS, KINDS, RESPONDENT_ROLES, VARIANT_OPTIONS, valuesOf } from './vocabulary.ts';

/** the survey's details; programme and phase options are checked in the route against the programmes list */
export const surveyForm = {
  title: { kind: 'text', label: 'Title', required: 'Enter the survey title', maxLength: 150 },
  purpose: { kind: 'text', label: 'What the survey is for', required: 'Enter what the survey is for', maxLength: 2000, multiline: true },
  easyReadPurpose: { kind: 'text', label: 'Easy Read text of what the survey is for', maxLength: 2000, multiline: true },
  audience: { kind: 'text', label: 'Who the survey is for', required: 'Enter who the survey is for', maxLength: 500 },
  privacy: { kind: 'text', label: 'Privacy information', required: 'Enter how you will use the answers', maxLength: 5000, multiline: true },
  // a programme id, or a programme id and a phase id joined by ':' (73 characters)
  programme: { kind: 'text', label: 'Programme', maxLength: 73 },
  phase: { kind: 'text', label: 'Phase', maxLength: 36 },
  opens: { kind: 'date', label: 'Opening date' },
  closes: { kind: 'date', label: 'Closing date', rules: [dateOnOrAfter('opens', 'The closing date must be the same as or after the opening date')] },
  anonymous: { kind: 'choice', label: 'Anonymous', options: ['yes', 'no'], required: 'Select yes if the survey is anonymous' },
  easyRead: { kind: 'choice', label: 'Easy Read', options: ['yes', 'no'], required: 'Select yes if you will offer an Easy Read version' },
  resumeDays: { kind: 'text', label: 'Days to keep unfinished responses', required: 'Enter how many days to keep unfinished responses', maxLength: 3, check: wholeNumber('Days to keep unfinished responses', 1, 365) },
} satisfies FormSpec;

export const sectionForm = {
  title: { kind: 'text', label: 'Page title', required: 'Enter the page title', maxLength: 200 },
  easyReadTitle: { kind: 'text', label: 'Easy Read page title', maxLength: 200 },
  intro: { kind: 'text', label: 'Introduction', maxLength: 3000, multiline: true },
  easyReadIntro: { kind: 'text', label: 'Easy Read introduction', maxLength: 3000, multiline: true },
  /** a starter picture or "upload:<id>", checked against the picture list in the route */
  picture: { kind: 'text', label: 'Picture', maxLength: 60 },
  pictureAlt: { kind: 'text', label: 'Picture description', maxLength: 200 },
} satisfies FormSpec;

export const questionForm = {
  type: { kind: 'choice', label: 'Type of question', options: QUESTION_TYPES, required: 'Select the type of question' },
  label: { kind: 'text', label: 'Question', required: 'Enter the question', maxLength: 500 },
  easyReadLabel: { kind: 'text', label: 'Easy Read question', maxLength: 500 },
  hint: { kind: 'text', label: 'Hint', maxLength: 500 },
  easyReadHint: { kind: 'text', label: 'Easy Read hint', maxLength: 500 },
  subject: { kind: 'text', label: 'Short description for error messages', maxLength: 200 },
  required: { kind: 'choice', label: 'Required', options: ['yes', 'no'], required: 'Select yes if people must answer this question' },
  options: { kind: 'text', label: 'Options', maxLength: 5000, multiline: true, stripInvisible: true },
  easyReadOptions: { kind: 'text', label: 'Easy Read options', maxLength: 5000, multiline: true, stripInvisible: true },
  optionPictures: { kind: 'text', label: 'Easy Read option pictures', maxLength: 2000, multiline: true, stripInvisible: true },
  noneOption: { kind: 'text', label: 'None of these option', maxLength: 200 },
  easyReadNoneOption: { kind: 'text', label: 'Easy Read none of these option', maxLength: 200 },
  other: { kind: 'choices', label: 'Other option', options: ['yes'] },
  scale: { kind: 'choice', label: 'Scale', options: Object.keys(SCALES) },
  dontKnow: { kind: 'choices', label: "Don't know option", options: ['yes'] },
  statements: { kind: 'text', label: 'Statements', maxLength: 5000, multiline: true, stripInvisible: true },
  easyReadStatements: { kind: 'text', label: 'Easy Read statements', maxLength: 5000, multiline: true, stripInvisible: true },
  maxLength: { kind: 'text', label: 'Maximum characters', maxLength: 5, check: wholeNumber('Maximum characters', 1, 10000) },
  min: { kind: 'text', label: 'Smallest number', maxLength: 12, check: (v) => (/^-?\d+$/.test(v) ? undefined : 'Smallest number must be a whole number') },
  max: { kind: 'text', label: 'Largest number', maxLength: 12, check: (v) => (/^-?\d+$/.test(v) ? undefined : 'Largest number must be a whole number') },
  showIf: { kind: 'text', label: 'Show only if', maxLength: 120 },
  /** a starter picture or "upload:<id>", checked against the picture list in the route */
  picture: { kind: 'text', label: 'Picture', maxLength: 60 },
  pictureAlt: { kind: 'text', label: 'Picture description', maxLength: 200 },
} satisfies FormSpec;

export const pictureUploadForm = {
  /** checked by preparePicture in the route */
  file: { kind: 'file', label: 'Picture' },
  name: { kind: 'text', label: 'Name', required: 'Enter a name for the picture', maxLength: 60 },
  alt: { kind: 'text', label: 'Description', required: 'Enter a description of the picture', maxLength: 200 },
} satisfies FormSpec;

export const variantForm = {
  variant: { kind: 'choice', label: 'Version', options: valuesOf(VARIANT_OPTIONS), required: 'Select which version of the survey you want' },
} satisfies FormSpec;

export const rolesForm = {
  roles: { kind: 'choices', label: 'Which of these describes you', options: valuesOf(RESPONDENT_ROLES), required: 'Select which of these describes you' },
} satisfies FormSpec;

/** an organisation response: the same questions as every response on behalf of an organisation */
export const organisationForm = onBehalfForm;

export const equalityChoiceForm = {
  answer: { kind: 'choice', label: 'Equality questions', options: ['yes', 'no'], required: 'Select if you want to answer the equality questions' },
} satisfies FormSpec;

export const resumeCodeForm = {
  code: {
    kind: 'text',
    label: 'Resume code',
    required: 'Enter your resume code',
    maxLength: 20,
    check: (v) => (/^[A-Za-z0-9 -]{8,12}$/.test(v) ? undefined : 'Resume code must be 8 letters and numbers, like ABCD 2345'),
  },
} satisfies FormSpec;

export const resumeEmailForm = {
  email: { kind: 'text', label: 'Email address', required: 'Enter your email address', maxLength: 254, email: true },
} satisfies FormSpec;

export const entryForm = {
  channel: { kind: 'choice', label: 'How the response was taken', options: valuesOf(ENTRY_CHANNELS), required: 'Select how the response was taken' },
  kind: { kind: 'choice', label: 'Who the response is from', options: valuesOf(KINDS), required: 'Select who the response is from' },
} satisfies FormSpec;

export const searchForm = {
  search: { kind: 'text', label: 'Search', maxLength: 200 },
} satisfies FormSpec;
