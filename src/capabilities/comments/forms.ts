// Form specs and their messages for comments (GOV.UK/NHS error wording). Owner modules use commentForm,
// aboutYouForm and onBehalfForm on their own pages; the capability's pages use the others.
import { onBehalfForm, requiredIf, wholeNumberOf, type FormSpec } from '../../platform/forms/index.ts';
import { COMMENT_ROLES, FLAG_REASONS, MODERATION_ACTIONS, valuesOf } from './vocabulary.ts';

/** characters in a comment */
export const MAX_COMMENT_LENGTH = 5000;
/** characters in the quoted passage a comment is about */
export const MAX_QUOTE_LENGTH = 2000;
export const MAX_DISPLAY_NAME_LENGTH = 60;

export const commentForm = {
  body: { kind: 'text', label: 'Your comment', required: 'Enter your comment', maxLength: MAX_COMMENT_LENGTH, multiline: true },
  quote: { kind: 'text', label: 'The words you are commenting on', maxLength: MAX_QUOTE_LENGTH, multiline: true },
} satisfies FormSpec;

export const aboutYouForm = {
  role: { kind: 'choice', label: 'How you describe yourself', options: valuesOf(COMMENT_ROLES), required: 'Select how you describe yourself' },
  showName: { kind: 'choice', label: 'Show a name', options: ['name', 'anonymous'], required: 'Select if you want to show a name or be anonymous' },
  displayName: {
    kind: 'text',
    label: 'The name to show',
    maxLength: MAX_DISPLAY_NAME_LENGTH,
    rules: [requiredIf('showName', 'name', 'Enter the name to show with your comment')],
  },
} satisfies FormSpec;

/** the same questions and wording as surveys' organisation responses; the organisation id is checked by the owner */
export { onBehalfForm };

export const moderateForm = {
  action: { kind: 'choice', label: 'What to do with this comment', options: valuesOf(MODERATION_ACTIONS), required: 'Select what to do with this comment' },
  reason: { kind: 'text', label: 'Why you are hiding this comment', maxLength: 500, multiline: true, rules: [requiredIf('action', 'hide', 'Enter why you are hiding this comment')] },
} satisfies FormSpec;

export const flagForm = {
  reason: { kind: 'choice', label: 'Why you are reporting this comment', options: valuesOf(FLAG_REASONS), required: 'Select why you are reporting this comment' },
  details: { kind: 'text', label: 'More about the problem', maxLength: 1000, multiline: true },
} satisfies FormSpec;

export const editForm = {
  body: commentForm.body,
} satisfies FormSpec;

/** the number of people an onBehalfForm answer gives, as a number */
export const representsCountOf = wholeNumberOf;
