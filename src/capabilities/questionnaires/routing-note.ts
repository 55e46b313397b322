// The note printed beside a question that is shown only after certain answers, for previews and paper packs
// (where every question is shown). Written in the rendering's own words, so an Easy Read pack names the Easy
// Read question and options ("Hard"), never the standard ones ("Difficult").
import { allQuestions, choicesOf } from './validate.ts';
import { pick, type Definition, type Question, type Variant } from './types.ts';

const quoted = (texts: string[], or: string) => texts.map((t) => `"${t}"`).reduce((all, t, i, list) => (i === 0 ? t : `${all}${i === list.length - 1 ? ` ${or} ` : ', '}${t}`), '');

/** e.g. `Answer "Why?" only if you answered "Difficult" or "Very difficult" to "How easy was it?"`; '' when always shown */
export function routingNote(def: Definition, q: Question, variant: Variant): string {
  if (!q.showIf) return '';
  const target = allQuestions(def).find((t) => t.id === q.showIf!.question);
  const choices = target ? choicesOf(target) : [];
  const options = q.showIf.anyOf.map((v) => pick(choices.find((o) => o.value === v)?.label, variant) || v);
  const targetLabel = pick(target?.label, variant);
  return variant === 'easy-read'
    ? `Only answer "${pick(q.label, variant)}" if you said ${quoted(options, 'or')} to "${targetLabel}"`
    : `Answer "${pick(q.label, variant)}" only if you answered ${quoted(options, 'or')} to "${targetLabel}"`;
}
