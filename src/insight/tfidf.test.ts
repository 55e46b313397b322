import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ngrams, questionToken, tokenize } from './text.ts';
import { TfidfVectorizer } from './tfidf.ts';

test('tokenize lower-cases, drops punctuation, digits and one-letter tokens', () => {
  assert.deepEqual(tokenize("Didn't wait 3 hours! A nurse's CARE."), ['didnt', 'wait', 'hours', 'nurses', 'care']);
  assert.deepEqual(tokenize('the waiting rooms', { stopWords: true, stem: true }), ['wait', 'room']);
});

test('ngrams builds unigrams then bigrams', () => {
  assert.deepEqual(ngrams(['a1', 'b2', 'c3'], 1, 2), ['a1', 'b2', 'c3', 'a1 b2', 'b2 c3']);
  assert.equal(questionToken('FFT Why?'), '__q:fft_why');
  assert.equal(questionToken('  '), undefined);
});

test('TF-IDF matches hand-computed smooth idf, sublinear tf and L2 norm', () => {
  const v = new TfidfVectorizer({ ngramMax: 1, minDf: 1 });
  const x = v.fitTransform(['apple banana', 'apple apple cherry', 'banana']);
  assert.deepEqual(v.vocabulary, ['apple', 'banana', 'cherry']);
  // idf = ln((1 + n) / (1 + df)) + 1 with n = 3.
  assert.ok(Math.abs(v.idf[0] - (Math.log(4 / 3) + 1)) < 1e-6);
  assert.ok(Math.abs(v.idf[2] - (Math.log(2) + 1)) < 1e-6);
  // Row 1: apple tf 2 → (1 + ln 2)·idf, cherry tf 1 → idf; then L2-normalised (values worked out by hand).
  assert.deepEqual(Array.from(x.indptr), [0, 2, 4, 5]);
  assert.deepEqual(Array.from(x.indices.subarray(2, 4)), [0, 2]);
  assert.ok(Math.abs(x.data[2] - 0.7898069290660905) < 1e-6);
  assert.ok(Math.abs(x.data[3] - 0.6133555370249717) < 1e-6);
  // Row 0 has two terms of equal weight.
  assert.ok(Math.abs(x.data[0] - Math.SQRT1_2) < 1e-6);
});

test('TF-IDF applies min_df, bigrams, extra tokens and survives a state round trip', () => {
  const docs = [
    { text: 'long wait time', extra: ['__q:why'] },
    { text: 'long wait again', extra: ['__q:why'] },
    { text: 'short wait' },
  ];
  const v = new TfidfVectorizer({ minDf: 2 });
  const x = v.fitTransform(docs);
  assert.deepEqual(v.vocabulary, ['__q:why', 'long', 'long wait', 'wait']);
  const again = TfidfVectorizer.fromState(JSON.parse(JSON.stringify({ ...v.state(), idf: Array.from(v.idf) })));
  const y = again.transform(docs);
  assert.deepEqual(Array.from(y.indices), Array.from(x.indices));
  assert.deepEqual(Array.from(y.data), Array.from(x.data));
  // Unknown words give an empty row, not an error.
  const z = v.transform(['nothing known here']);
  assert.equal(z.indptr[1], 0);
});
