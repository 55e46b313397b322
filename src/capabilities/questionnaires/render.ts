// Renders a page of questions in the standard or the Easy Read layout with nhsuk-frontend macros, from the
// capability's own templates, so any module can put the result inside its own form.
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { choicesOf, subjectOf, visibleQuestions, DEFAULT_MAX_LENGTH } from './validate.ts';
import { pick, type Answers, type Question, type Section, type Variant } from './types.ts';
import { pictureSrc } from './picture-library.ts';

const require = createRequire(import.meta.url);
const NHSUK_DIST = path.join(path.dirname(require.resolve('nhsuk-frontend/package.json')), 'dist');
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.join(import.meta.dirname, 'views'), NHSUK_DIST]), {
  autoescape: true,
  trimBlocks: true,
  lstripBlocks: true,
});

export interface RenderOptions {
  variant: Variant;
  answers: Answers;
  errors?: Record<string, string>;
  /** a caption above the heading, e.g. the survey title */
  caption?: string;
}

function viewQuestion(q: Question, variant: Variant, answers: Answers, errors: Record<string, string>) {
  const value = answers[q.id];
  return {
    id: q.id,
    type: q.type,
    label: pick(q.label, variant) + (q.required ? '' : variant === 'easy-read' ? ' (you do not have to answer)' : ' (optional)'),
    hint: pick(q.hint, variant),
    picture: q.picture ? { src: pictureSrc(q.picture), alt: q.picture.alt } : undefined,
    error: errors[q.id],
    otherError: errors[`${q.id}.other`],
    value: typeof value === 'string' ? value : '',
    values: Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [],
    other: answers[`${q.id}.other`] ?? '',
    otherPrompt: q.otherPrompt ? pick(q.otherPrompt, variant) : variant === 'easy-read' ? 'Tell us what' : 'Please specify',
    day: answers[`${q.id}.day`] ?? '',
    month: answers[`${q.id}.month`] ?? '',
    year: answers[`${q.id}.year`] ?? '',
    maxLength: q.maxLength ?? (q.type === 'long-text' || q.type === 'short-text' ? DEFAULT_MAX_LENGTH[q.type] : undefined),
    choices: choicesOf(q).map((o) => ({ value: o.value, text: pick(o.label, variant), exclusive: Boolean(o.exclusive), picture: variant === 'easy-read' && o.picture ? { src: pictureSrc(o.picture), alt: o.picture.alt } : undefined })),
    statements: (q.statements ?? []).map((s) => ({ value: s.value, text: pick(s.label, variant), answer: answers[`${q.id}.${s.value}`] ?? '' })),
    ranked: rankedOrder(q, answers).map((v) => ({ value: v, text: pick(q.options?.find((o) => o.value === v)?.label, variant) })),
    subject: subjectOf(q),
  };
}

function rankedOrder(q: Question, answers: Answers): string[] {
  const all = (q.options ?? []).map((o) => o.value);
  const saved = answers[q.id];
  return Array.isArray(saved) && saved.length === all.length && saved.every((v) => all.includes(v)) ? saved : all;
}

/** the HTML of a page's visible questions (put it inside a form with a CSRF token and a Continue button) */
export function renderSection(section: Section, earlier: Answers, options: RenderOptions): string {
  const questions = visibleQuestions(section, earlier).map((q) => viewQuestion(q, options.variant, options.answers, options.errors ?? {}));
  return env.render('questions.njk', {
    variant: options.variant,
    easyRead: options.variant === 'easy-read',
    caption: options.caption,
    title: pick(section.title, options.variant),
    intro: pick(section.intro, options.variant),
    sectionPicture: section.picture ? { src: pictureSrc(section.picture), alt: section.picture.alt } : undefined,
    questions,
    single: questions.length === 1,
  });
}
