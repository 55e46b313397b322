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

test('Easy Read means a reading age of 9 or under: texts estimated above it are flagged, and a few words get no estimate', async () => {
  const { needsLook, readingAgeTooHigh, EASY_READ_READING_AGE } = await import('../index.ts');
  assert.equal(EASY_READ_READING_AGE, 9);
  const hard = checkText('q1', text('x', 'My civil partnership has ended'));
  assert.ok(hard.readingAge! > 9, `an older reading age (${hard.readingAge})`);
  assert.deepEqual([hard.longSentences, hard.longWords], [[], []], 'no long sentence or long word');
  assert.equal(readingAgeTooHigh(hard), true);
  assert.equal(needsLook(hard), true, 'a reading age above 9 is not "OK"');
  const easy = checkText('q2', text('x', 'Did the help work for you?'));
  assert.equal(needsLook(easy), false);
  const short = checkText('q3', text('x', 'Anything else'));
  assert.equal(short.readingAge, undefined, 'the formula gives 20 for "Anything else": too few words to estimate');
  assert.equal(needsLook(short), false);
});
