import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { classify, classifyWith } from './classify.ts';
import { discoverThemes } from './discover.ts';
import { evaluateModel, holdoutSplit } from './evaluate.ts';
import { readCodedCsv } from './io.ts';
import { assertModel, loadDefaultModel } from './model.ts';
import { nmi } from './metrics.ts';
import { train } from './train.ts';

const fixture = fileURLToPath(new URL('./fixtures/synthetic-coded.csv', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/chorus.mjs', import.meta.url));
const THEMES = ['Waiting times', 'Staff attitude', 'Parking', 'Food', 'Communication'];
let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chorus-int-'));
});
after(() => rm(dir, { recursive: true, force: true }));

function chorus(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

test('API: train on the synthetic fixture, evaluate held out, round-trip the model as JSON', async () => {
  const file = await readCodedCsv(fixture, { textColumn: 'comment', labelColumns: THEMES, sentimentColumn: 'rating', questionColumn: 'question' });
  assert.equal(file.rows.length, 360);
  assert.ok(file.sentimentCollapsed);
  const { train: tr, test: te } = holdoutSplit(file.rows, 0.25, 1);
  const model = await train(tr, { labels: THEMES.map((name) => ({ name })), sentimentClasses: ['positive', 'neutral/mixed', 'negative'] });
  assert.equal(model.multiLabel, true);
  assert.equal(model.useQuestion, true);
  const e = evaluateModel(model, te);
  assert.ok(e.themes.microF1 > 0.9, `micro-F1 ${e.themes.microF1}`);
  assert.ok((e.sentiment?.accuracy ?? 0) > 0.8, `sentiment ${e.sentiment?.accuracy}`);
  // A model is a plain JSON value (e.g. a PostgreSQL jsonb column): the copy classifies identically.
  const copy = assertModel(JSON.parse(JSON.stringify(model)));
  const texts = ['The car park was full', 'Lovely food, but I waited four hours'];
  assert.deepEqual(classifyWith(copy, texts), await classify(texts, { model }));
  const [parking, mixed] = await classify(texts, { model: copy });
  assert.equal(parking.themes[0].label, 'Parking');
  assert.ok(parking.themes[0].confidence > 0.5);
  assert.deepEqual(mixed.themes.map((t) => t.label).sort(), ['Food', 'Waiting times']);
  assert.equal(parking.scores.length, 5);
});

test('CLI: train (multi-label, one-hot), classify and evaluate the synthetic fixture end to end', async () => {
  const model = join(dir, 'model.json');
  const t = chorus('insight', 'train', '--input', fixture, '--text-column', 'comment', '--label-columns', THEMES.join(','), '--sentiment-column', 'rating', '--question-column', 'question', '--output', model);
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stdout, /Held-out evaluation/);
  assert.match(t.stdout, /micro-F1 \d\.\d{3}/);
  assert.match(t.stdout, /Sentiment \(\d+ rows\): accuracy/);
  assert.ok(assertModel(JSON.parse(await readFile(model, 'utf8'))).training.evaluation);

  const out = join(dir, 'classified.csv');
  const c = chorus('insight', 'classify', '--model', model, '--input', fixture, '--text-column', 'comment', '--question-column', 'question', '--output', out);
  assert.equal(c.status, 0, c.stderr);
  const rows = parse(await readFile(out), { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 360);
  let agree = 0;
  for (const r of rows) {
    assert.ok(r.themes.length > 0);
    assert.equal(r.themes.split('; ').length, r.theme_confidence.split('; ').length);
    assert.ok(['positive', 'neutral/mixed', 'negative'].includes(r.sentiment));
    if (r.themes.split('; ').includes(r.theme)) agree++;
  }
  assert.ok(agree / rows.length > 0.95, `only ${agree} rows kept their coded theme`);

  const e = chorus('insight', 'evaluate', '--model', model, '--input', fixture, '--text-column', 'comment', '--label-columns', THEMES.join(','), '--sentiment-column', 'rating', '--question-column', 'question', '--json');
  assert.equal(e.status, 0, e.stderr);
  const report = JSON.parse(e.stdout);
  assert.ok(report.themes.microF1 > 0.9);
  assert.ok(report.themes.ci.micro.low <= report.themes.microF1);
});

test('CLI: single-label training prints accuracy and class-balance accuracy', () => {
  const model = join(dir, 'single.json');
  const t = chorus('insight', 'train', '--input', fixture, '--text-column', 'comment', '--label-column', 'theme', '--output', model);
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stderr, /single-label/);
  assert.match(t.stdout, /Accuracy \d\.\d{3}, balanced accuracy \d\.\d{3}, class-balance accuracy \d\.\d{3}/);
});

test('the committed default model (pxtextmining v7) loads and classifies obvious comments', async () => {
  const model = await loadDefaultModel();
  assert.equal(model.labels.length, 32);
  assert.match(model.notice ?? '', /MIT License, Copyright \(c\) 2021 NHS England/);
  assert.ok((model.vectorizer.options.minDf ?? 0) >= 3);
  const [food, phone] = await classify(['The food on the ward was cold and tasteless', 'Nobody answered the phone when I rang to book']);
  assert.ok(food.themes.some((t) => t.label === 'Food & drink provision & facilities'));
  assert.equal(food.sentiment?.label, 'negative');
  assert.ok(phone.themes.some((t) => t.label === 'Contacting services'));
});

test('discovery on the fixture comments groups them by theme', async () => {
  const file = await readCodedCsv(fixture, { textColumn: 'comment', labelColumn: 'theme' });
  const single = file.rows.filter((r) => !/ but | and /.test(r.text));
  const d = discoverThemes(single.map((r) => r.text), { k: 5 });
  const truth = single.map((r) => THEMES.indexOf(r.labels[0]));
  const pred = d.assignments.map((a) => a ?? -1);
  assert.ok(nmi(truth, pred) > 0.6, `NMI ${nmi(truth, pred)}`);
});
