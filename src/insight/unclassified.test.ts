import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { MIN_KNOWN_SHARE, classifyWith, unclassifiedReason, type Classification } from './classify.ts';
import { main, type Io } from './cli.ts';
import { loadDefaultModel, type InsightModel } from './model.ts';
import { trainSync } from './train.ts';

let model: InsightModel;
let dir = '';
before(async () => {
  model = await loadDefaultModel();
  dir = await mkdtemp(join(tmpdir(), 'chorus-unclassified-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const WELSH = [
  'Roedd y staff yn garedig iawn',
  'Diolch yn fawr i bawb ar y ward',
  'Roedd y nyrs yn dda iawn ond roedd y ward yn swnllyd',
  'Arhosais am dair awr cyn gweld meddyg',
  'Mae angen mwy o le parcio yn yr ysbyty',
];
const SHORT_ENGLISH = ['Staff were kind', 'Waited too long', 'Rude doctor', 'Excellent care', 'Food was cold'];

function assertUnclassified(r: Classification, text: string, reason?: string) {
  assert.equal(r.unclassified, true, `${text}: ${JSON.stringify(r.themes)}`);
  assert.deepEqual(r.themes, [], text);
  assert.equal(r.sentiment, null, text);
  if (reason && r.unclassified) assert.equal(r.reason, reason, text);
}

test('punctuation, digits, emoji and stop words only are unclassified, with no theme and no sentiment', () => {
  const texts = ['!!!', '12345', '😊', '👍👍👍', '?? 10/10 !!', 'the and', 'It was.', 'a'];
  classifyWith(model, texts).forEach((r, i) => assertUnclassified(r, texts[i], 'no-known-words'));
  assert.equal(unclassifiedReason(model, 'the and'), 'no-known-words');
  assert.equal(unclassifiedReason(model, '   '), 'empty');
  const [empty] = classifyWith(model, ['']);
  assertUnclassified(empty, '', 'empty');
  // The scores are still there, one per label, for reference.
  assert.equal(empty.scores.length, model.labels.length);
});

test('Welsh sentences are unclassified even when they contain an English loanword such as "staff" or "ward"', () => {
  classifyWith(model, WELSH).forEach((r, i) => assertUnclassified(r, WELSH[i]));
  assert.equal(unclassifiedReason(model, WELSH[0]), 'few-known-words');
});

test('short English comments still get themes and sentiment', () => {
  const results = classifyWith(model, SHORT_ENGLISH);
  results.forEach((r, i) => {
    assert.equal(r.unclassified, false, SHORT_ENGLISH[i]);
    assert.ok(r.themes.length >= 1, SHORT_ENGLISH[i]);
    assert.ok(r.sentiment, SHORT_ENGLISH[i]);
  });
  assert.equal(results[1].themes[0].label, 'Timeliness of care');
  assert.equal(results[1].sentiment?.label, 'negative');
  assert.equal(results[0].sentiment?.label, 'positive');
});

test('a bilingual comment with enough English is classified; the share rule is MIN_KNOWN_SHARE of the words', () => {
  const [both] = classifyWith(model, ['Diolch! The nurses were kind and the ward was clean']);
  assert.equal(both.unclassified, false);
  assert.equal(MIN_KNOWN_SHARE, 0.3);
  // 1 known word ("staff") of 4 is below the share; 2 of 4 ("staff", "kind") is above it.
  assert.equal(unclassifiedReason(model, 'staff roedd garedig iawn'), 'few-known-words');
  assert.equal(unclassifiedReason(model, 'staff kind garedig iawn'), undefined);
});

test('the rule follows the model: a stemming model with stop words removed knows "waiting" through its stem', () => {
  const rows = [
    ...['We waited hours to be seen', 'The waiting time was far too long', 'Long waits in clinic'].map((text) => ({ text, labels: ['Waiting'] })),
    ...['The car park was full', 'Parking costs too much', 'Nowhere to park the car'].map((text) => ({ text, labels: ['Parking'] })),
  ];
  const small = trainSync(rows, { labels: [{ name: 'Waiting' }, { name: 'Parking' }], tfidf: { stem: true, stopWords: true, minDf: 1 }, folds: 2 });
  const [waiting, welsh, stop] = classifyWith(small, ['Waiting', 'Roedd y staff yn garedig iawn', 'the and was']);
  assert.equal(waiting.unclassified, false);
  assert.equal(waiting.themes[0].label, 'Waiting');
  assertUnclassified(welsh, 'welsh', 'no-known-words');
  assertUnclassified(stop, 'stop words', 'no-known-words');
});


test('chorus insight classify writes "unclassified" in the themes column, no sentiment, and says how many and why', async () => {
  const input = join(dir, 'comments.csv');
  const output = join(dir, 'out.csv');
  await writeFile(input, 'id,comment\n1,Waited too long\n2,!!!\n3,Roedd y staff yn garedig iawn\n4,\n5,https://www.careopinion.org.uk/resources/images/opinions/1154382/ward.jpg\n');
  let text = '';
  const io: Io = { out: (t) => (text += t), err: (t) => (text += t) };
  const code = await main(['insight', 'classify', '--input', input, '--text-column', 'comment', '--output', output], io);
  assert.equal(code, 0, text);
  const rows = parse(await readFile(output, 'utf8'), { columns: true }) as Record<string, string>[];
  assert.equal(rows[0].themes, 'Timeliness of care');
  assert.equal(rows[0].sentiment, 'negative');
  for (const i of [1, 2, 4]) {
    assert.equal(rows[i].themes, 'unclassified', rows[i].comment);
    assert.equal(rows[i].theme_confidence, '');
    assert.equal(rows[i].sentiment, '');
    assert.equal(rows[i].sentiment_confidence, '');
  }
  assert.deepEqual([rows[3].themes, rows[3].sentiment], ['', '']);
  assert.match(
    text,
    /Unclassified: 3 row\(s\) have "unclassified" in the themes column and no sentiment, because the model cannot read them \(1 no words the model knows, such as only punctuation, numbers or emoji, 1 too few words the model knows, such as another language, 1 only a link or an image\)/,
  );
});
