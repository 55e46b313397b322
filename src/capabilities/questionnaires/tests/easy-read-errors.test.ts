import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage, text, type Question, type Section } from '../index.ts';

const page = (...questions: Question[]): Section => ({ id: 'p', title: text('Page', 'Page'), questions });
const messages = (q: Question, body: Record<string, unknown>, variant: 'standard' | 'easy-read') => readPage(page(q), body, {}, variant).errorList.map((e) => e.text);

test('Easy Read pages get Easy Read error messages; standard pages keep the GOV.UK wording', () => {
  const choice: Question = { id: 'q1', type: 'single-choice', label: text('How easy was it?', 'Was it easy?'), required: true, options: [{ value: 'a', label: text('Easy', 'Easy') }] };
  assert.deepEqual(messages(choice, {}, 'standard'), ['Select how easy was it']);
  assert.deepEqual(messages(choice, {}, 'easy-read'), ['Please choose an answer']);

  const none: Question = { id: 'q2', type: 'multiple-choice', label: text('What did you use?', 'What did you use?'), required: true, options: [{ value: 'a', label: text('GP', 'My doctor') }, { value: 'n', label: text('None of these', 'Nothing'), exclusive: true }] };
  assert.deepEqual(messages(none, { q2: ['a', 'n'] }, 'easy-read'), ["You chose 'Nothing' and another answer. Please choose only 'Nothing', or take it away"], 'the Easy Read option text is used');

  const long: Question = { id: 'q3', type: 'short-text', label: text('Your town', 'Where do you live?'), required: true, maxLength: 5 };
  assert.deepEqual(messages(long, {}, 'easy-read'), ['Please write your answer']);
  assert.deepEqual(messages(long, { q3: 'Much too long' }, 'easy-read'), ['Your answer is too long. Please use 5 letters or less']);

  const number: Question = { id: 'q4', type: 'number', label: text('How many calls?', 'How many calls?'), required: true, min: 0, max: 50 };
  assert.deepEqual(messages(number, { q4: 'lots' }, 'easy-read'), ['Please write a number, like 3']);
  assert.deepEqual(messages(number, { q4: '99' }, 'easy-read'), ['Please write a number from 0 to 50']);

  const date: Question = { id: 'q5', type: 'date', label: text('When did it start?', 'When did it start?'), required: true };
  assert.deepEqual(messages(date, { 'q5.day': '30', 'q5.month': '2', 'q5.year': '2025' }, 'easy-read'), ['Please write a real date, like 27 3 2025']);

  const other: Question = { ...choice, id: 'q6', other: true };
  assert.deepEqual(messages(other, { q6: 'other' }, 'easy-read'), ['Please tell us what']);
});
