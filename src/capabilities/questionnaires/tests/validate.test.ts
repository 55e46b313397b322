import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage, pruneHidden, visibleSections, moveRanked, describeAnswer, parseRankMove, text, type Question, type Section } from '../index.ts';
import { SCALES } from '../scales.ts';

const page = (...questions: Question[]): Section => ({ id: 'p', title: text('Page', 'Page'), questions });
const errorsOf = (q: Question, body: Record<string, unknown>) => readPage(page(q), body, {}).errorList.map((e) => [e.text, e.href]);

const choice: Question = {
  id: 'q1', type: 'single-choice', label: text('How did you hear about us?'), subject: 'how you heard about us', required: true, other: true,
  options: [{ value: 'a1', label: text('Leaflet') }, { value: 'a2', label: text('Friend') }],
};
const multi: Question = {
  id: 'q2', type: 'multiple-choice', label: text('What support did you use?'), subject: 'what support you used', required: true,
  options: [{ value: 'a1', label: text('Crisis line') }, { value: 'a2', label: text('GP') }, { value: 'none', label: text('None of these'), exclusive: true }],
};

describe('validation of each question type (GOV.UK/NHS wording)', () => {
  test('short and long text', () => {
    const q: Question = { id: 'q1', type: 'long-text', label: text('What would help?'), subject: 'what would help', required: true, maxLength: 10 };
    assert.deepEqual(errorsOf(q, {}), [['Enter what would help', '#q1']]);
    assert.deepEqual(errorsOf(q, { q1: '   ' }), [['Enter what would help', '#q1']]);
    assert.deepEqual(errorsOf(q, { q1: 'x'.repeat(11) }), [['What would help must be 10 characters or less', '#q1']]);
    assert.deepEqual(errorsOf(q, { q1: '😀'.repeat(10) }), [], 'characters, not UTF-16 units, are counted');
    assert.deepEqual(errorsOf(q, { q1: ['a', 'b'] }), [['Enter what would help once', '#q1']]);
    assert.deepEqual(errorsOf(q, { q1: 'bad\u0007' }), [['What would help must not include hidden or control characters', '#q1']]);
    assert.deepEqual(errorsOf({ ...q, required: false }, {}), []);
    assert.deepEqual(errorsOf({ ...q, type: 'short-text', label: text('Your town?'), subject: undefined, maxLength: undefined }, {}), [['Enter your town', '#q1']], 'subject falls back to the question');
  });

  test('single choice with "other – please specify"', () => {
    assert.deepEqual(errorsOf(choice, {}), [['Select how you heard about us', '#q1']]);
    assert.deepEqual(errorsOf(choice, { q1: 'a9' }), [['Select how you heard about us', '#q1']]);
    assert.deepEqual(errorsOf(choice, { q1: ['a1', 'a2'] }), [['Select how you heard about us', '#q1']]);
    assert.deepEqual(errorsOf(choice, { q1: 'other' }), [['Enter your other answer', '#q1-other']]);
    assert.deepEqual(errorsOf(choice, { q1: 'other', 'q1.other': 'x'.repeat(501) }), [['Your other answer must be 500 characters or less', '#q1-other']]);
    const ok = readPage(page(choice), { q1: 'other', 'q1.other': 'Radio advert' }, {});
    assert.deepEqual(ok.answers, { q1: 'other', 'q1.other': 'Radio advert' });
    assert.equal(describeAnswer(choice, ok.answers), 'Other: Radio advert');
    assert.deepEqual(readPage(page(choice), { q1: 'a1', 'q1.other': 'ignored' }, {}).answers, { q1: 'a1', 'q1.other': '' }, 'the specify box is cleared when Other is not chosen');
  });

  test('multiple choice with an exclusive "None of these"', () => {
    assert.deepEqual(errorsOf(multi, {}), [["Select what support you used, or select 'None of these'", '#q2']]);
    assert.deepEqual(errorsOf(multi, { q2: ['a1', 'none'] }), [["Select 'None of these' on its own, or untick it", '#q2']]);
    assert.deepEqual(errorsOf(multi, { q2: ['a1', 'zzz'] }), [["Select what support you used, or select 'None of these'", '#q2']]);
    assert.deepEqual(readPage(page(multi), { q2: ['a2', 'a1', 'a2'] }, {}).answers, { q2: ['a2', 'a1'] }, 'repeated values count once');
  });

  test('rating scale with "don\'t know"', () => {
    const q: Question = { id: 'q3', type: 'rating', label: text('How satisfied are you?'), subject: 'how satisfied you are', required: true, options: SCALES.satisfaction!.options, dontKnow: true };
    assert.deepEqual(errorsOf(q, {}), [['Select how satisfied you are', '#q3']]);
    assert.deepEqual(errorsOf(q, { q3: 'dont-know' }), []);
    assert.deepEqual(errorsOf(q, { q3: 'very-satisfied' }), []);
  });

  test('number', () => {
    const q: Question = { id: 'q4', type: 'number', label: text('How many times did you call?'), subject: 'how many times you called', required: true, min: 0, max: 100 };
    assert.deepEqual(errorsOf(q, {}), [['Enter how many times you called', '#q4']]);
    assert.deepEqual(errorsOf(q, { q4: 'three' }), [['How many times you called must be a number', '#q4']]);
    assert.deepEqual(errorsOf(q, { q4: '101' }), [['How many times you called must be between 0 and 100', '#q4']]);
    assert.deepEqual(readPage(page(q), { q4: '1,0' }, {}).answers, { q4: '10' });
  });

  test('date (three boxes)', () => {
    const q: Question = { id: 'q5', type: 'date', label: text('When did you first ask for help?'), subject: 'the date you first asked for help', required: true };
    assert.deepEqual(errorsOf(q, {}), [['Enter the date you first asked for help', '#q5-day']]);
    assert.deepEqual(errorsOf(q, { 'q5.day': '3', 'q5.year': '2025' }), [['The date you first asked for help must include a month', '#q5-month']]);
    assert.deepEqual(errorsOf(q, { 'q5.day': '31', 'q5.month': '2', 'q5.year': '2025' }), [['The date you first asked for help must be a real date', '#q5-day']]);
    assert.deepEqual(errorsOf(q, { 'q5.day': '3', 'q5.month': '2', 'q5.year': '25' }), [['Year must include 4 numbers', '#q5-year']]);
    assert.equal(readPage(page(q), { 'q5.day': '3', 'q5.month': 'feb', 'q5.year': '2025' }, {}).answers.q5, '2025-02-03');
  });

  test('matrix: one answer per statement on one scale', () => {
    const q: Question = { id: 'q6', type: 'matrix', label: text('How much do you agree?'), subject: 'how much you agree', required: true, options: SCALES.agreement!.options, statements: [{ value: 's1', label: text('Staff listened') }, { value: 's2', label: text('I felt safe') }] };
    assert.deepEqual(errorsOf(q, { 'q6.s1': 'agree' }), [["Select how much you agree: 'I felt safe'", '#q6-s2']]);
    assert.deepEqual(readPage(page(q), { 'q6.s1': 'agree', 'q6.s2': 'disagree' }, {}).answers, { 'q6.s1': 'agree', 'q6.s2': 'disagree' });
  });

  test('ranking: up and down, no drag', () => {
    const q: Question = { id: 'q7', type: 'ranking', label: text('Put these in order'), subject: 'what matters most', required: true, options: [{ value: 'a1', label: text('Speed') }, { value: 'a2', label: text('Kindness') }, { value: 'a3', label: text('Being near home') }] };
    assert.deepEqual(errorsOf(q, { q7: ['a1', 'a1', 'a2'] }), [['Put the options in order for what matters most', '#q7-list']]);
    assert.deepEqual(readPage(page(q), { q7: ['a2', 'a3', 'a1'] }, {}).answers, { q7: ['a2', 'a3', 'a1'] });
    assert.deepEqual(moveRanked(['a1', 'a2', 'a3'], 'a3', 'up'), ['a1', 'a3', 'a2']);
    assert.deepEqual(moveRanked(['a1', 'a2', 'a3'], 'a1', 'up'), ['a1', 'a2', 'a3']);
    assert.deepEqual(parseRankMove({ rank: 'q7:a3:up' }), { question: 'q7', option: 'a3', direction: 'up' });
    assert.equal(parseRankMove({ rank: 'q7:a3:sideways' }), undefined);
    assert.equal(describeAnswer(q, { q7: ['a2', 'a3', 'a1'] }), '1. Kindness; 2. Being near home; 3. Speed');
  });

  test('every error on a page is listed, in page order', () => {
    const result = readPage(page(choice, multi), {}, {});
    assert.deepEqual(result.errorList.map((e) => e.href), ['#q1', '#q2']);
    assert.equal(result.ok, false);
  });
});

describe('conditional display', () => {
  const def = {
    sections: [
      page(choice),
      { id: 'p2', title: text('More'), questions: [{ ...multi, showIf: { question: 'q1', anyOf: ['a2'] } }] },
    ],
  };
  test('a question (and its page) is shown only for the chosen answer, and its answer is dropped when hidden', () => {
    assert.deepEqual(visibleSections(def, { q1: 'a1' }).map((s) => s.id), ['p']);
    assert.deepEqual(visibleSections(def, { q1: 'a2' }).map((s) => s.id), ['p', 'p2']);
    assert.deepEqual(pruneHidden(def, { q1: 'a1', q2: ['a1'] }), { q1: 'a1' });
    assert.deepEqual(readPage(def.sections[1]!, {}, { q1: 'a1' }).errorList, [], 'hidden questions are not validated');
  });
});
