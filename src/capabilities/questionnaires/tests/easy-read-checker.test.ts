import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, missingEasyRead, text } from '../index.ts';

test('the Easy Read checker flags long sentences, long words, missing texts and estimates a reading age', () => {
  const good = checkText('q1', text('How satisfied were you with the support?', 'Did the help work for you?'));
  assert.deepEqual({ ...good, readingAge: undefined }, { where: 'q1', standard: 'How satisfied were you with the support?', easyRead: 'Did the help work for you?', missing: false, longSentences: [], longWords: [], readingAge: undefined });
  assert.ok(good.readingAge! <= 8, `short words give a young reading age (${good.readingAge})`);
  const long = checkText('q2', text('x', 'We would like to understand the accessibility of our multidisciplinary community mental health services for people across the whole county.'));
  assert.equal(long.longSentences.length, 1);
  assert.deepEqual(long.longWords, ['accessibility', 'multidisciplinary', 'community']);
  assert.ok(long.readingAge! > 15, `long sentences and words give an older reading age (${long.readingAge})`);
  assert.equal(checkText('q3', text('Standard only', '')).missing, true);
  const def = { sections: [{ id: 'p1', title: text('Title', 'Title'), questions: [{ id: 'q1', type: 'single-choice' as const, label: text('Q', 'Q'), required: true, hint: text('A hint', ''), options: [{ value: 'a1', label: text('Yes', '') }] }] }] };
  assert.deepEqual(missingEasyRead(def).map((c) => c.where), ['Page 1, question 1: hint', 'Page 1, question 1: option 1']);
});
