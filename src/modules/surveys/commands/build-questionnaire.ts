// Turning the builder's forms into questionnaire pages and questions (and back, for editing).
import {
  SCALES, allQuestions, choiceByName, choiceNameOf, choiceValue, pictureFromChoice, text,
  type Definition, type Option, type PictureChoice, type Question, type QuestionType, type Section,
} from '../../../capabilities/questionnaires/index.ts';
import type { FormResult } from '../../../platform/forms/index.ts';
import type { questionForm, sectionForm } from '../schemas.ts';

type QuestionValues = FormResult<typeof questionForm>['values'];
type SectionValues = FormResult<typeof sectionForm>['values'];

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export function nextId(def: Definition, prefix: 'q' | 'p'): string {
  const used = new Set([...def.sections.map((s) => s.id), ...allQuestions(def).map((q) => q.id)]);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** the picture picked on a builder form (a starter picture or an upload), with its description */
function pickedPicture(values: { picture: string; pictureAlt: string }, pictures: PictureChoice[], errors: Record<string, string>) {
  if (!values.picture) return undefined;
  const picture = pictureFromChoice(pictures, values.picture, values.pictureAlt);
  if (!picture) errors.picture = 'Select a picture from the list';
  else if (!values.pictureAlt) errors.pictureAlt = 'Enter a description of the picture';
  return picture;
}

export function sectionFrom(values: SectionValues, id: string, pictures: PictureChoice[], questions: Question[] = []): { section?: Section; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const picture = pickedPicture(values, pictures, errors);
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    section: {
      id,
      title: text(values.title, values.easyReadTitle),
      intro: values.intro || values.easyReadIntro ? text(values.intro, values.easyReadIntro) : undefined,
      picture,
      questions,
    },
  };
}

export function sectionValues(s: Section): SectionValues {
  return { title: s.title.standard, easyReadTitle: s.title.easyRead, intro: s.intro?.standard ?? '', easyReadIntro: s.intro?.easyRead ?? '', picture: choiceValue(s.picture), pictureAlt: s.picture?.alt ?? '' };
}

function optionsFrom(standard: string, easyRead: string, prefix: string, field: string, fieldEasy: string, label: string, min: number, errors: Record<string, string>): Option[] {
  const std = lines(standard);
  const easy = lines(easyRead);
  if (std.length < min) errors[field] = min === 1 ? `Enter at least 1 ${label}, one on each line` : `Enter at least ${min} ${label}s, one on each line`;
  else if (std.length > 30) errors[field] = `Enter 30 ${label}s or fewer`;
  else if (easy.length > 0 && easy.length !== std.length) errors[fieldEasy] = `Easy Read ${label}s must have one line for each ${label} (${std.length})`;
  return std.map((s, i) => ({ value: `${prefix}${i + 1}`, label: text(s, easy[i] ?? '') }));
}

/** a question from the builder form; `earlier` are the questions on earlier pages (the only ones a condition can use) */
export function questionFrom(values: QuestionValues, id: string, earlier: Question[], pictures: PictureChoice[]): { question?: Question; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const type = values.type as QuestionType;
  const q: Question = { id, type, label: text(values.label, values.easyReadLabel), required: values.required === 'yes' };
  if (values.hint || values.easyReadHint) q.hint = text(values.hint, values.easyReadHint);
  if (values.subject) q.subject = values.subject;
  if (type === 'single-choice' || type === 'multiple-choice' || type === 'ranking') {
    q.options = optionsFrom(values.options, values.easyReadOptions, 'a', 'options', 'easyReadOptions', 'option', 2, errors);
    if (type !== 'ranking' && values.other.includes('yes')) q.other = true;
    const names = lines(values.optionPictures);
    if (names.length && !errors.options) {
      const none = (name: string) => name.toLowerCase() === 'none';
      if (names.length !== q.options.length) errors.optionPictures = `Easy Read option pictures must have one line for each option (${q.options.length})`;
      else if (names.some((n) => !none(n) && !choiceByName(pictures, n))) errors.optionPictures = 'Easy Read option pictures must be names from the picture list, or none';
      else q.options = q.options.map((o, i) => (none(names[i]!) ? o : { ...o, picture: pictureFromChoice(pictures, choiceByName(pictures, names[i]!)!.value) }));
    }
    if (type === 'multiple-choice' && values.noneOption) q.options.push({ value: 'none', label: text(values.noneOption, values.easyReadNoneOption), exclusive: true });
  }
  if (type === 'rating' || type === 'matrix') {
    if (!values.scale) errors.scale = 'Select a scale';
    else q.options = SCALES[values.scale]!.options;
    if (values.dontKnow.includes('yes')) q.dontKnow = true;
  }
  if (type === 'matrix') q.statements = optionsFrom(values.statements, values.easyReadStatements, 's', 'statements', 'easyReadStatements', 'statement', 1, errors);
  if ((type === 'short-text' || type === 'long-text') && values.maxLength) q.maxLength = Number(values.maxLength);
  if (type === 'number') {
    if (values.min) q.min = Number(values.min);
    if (values.max) q.max = Number(values.max);
    if (q.min !== undefined && q.max !== undefined && q.min >= q.max) errors.max = 'Largest number must be more than the smallest number';
  }
  if (values.showIf) {
    const [question, value] = values.showIf.split(':');
    const target = earlier.find((e) => e.id === question);
    if (!target || !(target.options ?? []).some((o) => o.value === value)) errors.showIf = 'Select a question and answer from an earlier page';
    else q.showIf = { question: target.id, anyOf: [value!] };
  }
  const picture = pickedPicture(values, pictures, errors);
  if (picture) q.picture = picture;
  return Object.keys(errors).length ? { errors } : { question: q, errors };
}

export function questionValues(q: Question, pictures: PictureChoice[]): QuestionValues {
  const regular = (q.options ?? []).filter((o) => !o.exclusive);
  const none = (q.options ?? []).find((o) => o.exclusive);
  const scale = Object.entries(SCALES).find(([, s]) => s.options[0]?.value === q.options?.[0]?.value)?.[0] ?? '';
  const isScale = q.type === 'rating' || q.type === 'matrix';
  return {
    type: q.type,
    label: q.label.standard,
    easyReadLabel: q.label.easyRead,
    hint: q.hint?.standard ?? '',
    easyReadHint: q.hint?.easyRead ?? '',
    subject: q.subject ?? '',
    required: q.required ? 'yes' : 'no',
    options: isScale ? '' : regular.map((o) => o.label.standard).join('\n'),
    easyReadOptions: isScale ? '' : regular.map((o) => o.label.easyRead).join('\n'),
    optionPictures: !isScale && regular.some((o) => o.picture) ? regular.map((o) => (o.picture ? choiceNameOf(pictures, o.picture) : 'none')).join('\n') : '',
    noneOption: none?.label.standard ?? '',
    easyReadNoneOption: none?.label.easyRead ?? '',
    other: q.other ? ['yes'] : [],
    scale: isScale ? scale : '',
    dontKnow: q.dontKnow ? ['yes'] : [],
    statements: (q.statements ?? []).map((s) => s.label.standard).join('\n'),
    easyReadStatements: (q.statements ?? []).map((s) => s.label.easyRead).join('\n'),
    maxLength: q.maxLength ? String(q.maxLength) : '',
    min: q.min !== undefined ? String(q.min) : '',
    max: q.max !== undefined ? String(q.max) : '',
    showIf: q.showIf ? `${q.showIf.question}:${q.showIf.anyOf[0]}` : '',
    picture: choiceValue(q.picture),
    pictureAlt: q.picture?.alt ?? '',
  };
}

/** questions on pages before the given page (for "show only if") */
export function questionsBefore(def: Definition, sectionId: string): Question[] {
  const i = def.sections.findIndex((s) => s.id === sectionId);
  return def.sections.slice(0, Math.max(0, i)).flatMap((s) => s.questions).filter((q) => ['single-choice', 'multiple-choice', 'rating'].includes(q.type));
}
