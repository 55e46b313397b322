import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmedToTrainingRows, discoverThemes, formatDiscoveryReport, thinReason } from './discover.ts';
import { classifyWith } from './classify.ts';
import { trainSync } from './train.ts';
import { sphericalKMeans } from './kmeans.ts';
import { nmi } from './metrics.ts';
import { csrFromRows } from './sparse.ts';

test('thin comments are recognised by rule', () => {
  assert.equal(thinReason('  '), 'empty');
  assert.equal(thinReason('Nothing.'), 'non-answer');
  assert.equal(thinReason('N/A'), 'non-answer');
  assert.equal(thinReason('nothing to improve'), 'non-answer');
  assert.equal(thinReason('Excellent service, thank you!'), 'praise-only');
  assert.equal(thinReason('All very good, thank you'), 'praise-only');
  assert.equal(thinReason('Staff were friendly and polite'), undefined);
  assert.equal(thinReason('Staff were great but the parking was awful'), undefined);
  assert.equal(thinReason('The wait was too long'), undefined);
});

test('spherical k-means recovers well-separated groups and is deterministic', () => {
  const rows = Array.from({ length: 60 }, (_, i) => {
    const g = i % 3;
    return { idx: [g * 2, g * 2 + 1], val: [0.8, 0.6] };
  });
  const x = csrFromRows(rows, 6);
  const a = sphericalKMeans(x, { k: 3, seed: 1 });
  const b = sphericalKMeans(x, { k: 3, seed: 1 });
  assert.deepEqual(Array.from(a.assignments), Array.from(b.assignments));
  assert.equal(nmi(Array.from(a.assignments), rows.map((_, i) => i % 3)), 1);
  assert.ok(Math.abs(a.objective - 60) < 1e-4);
});

const topics: Record<string, string[]> = {
  parking: ['parking', 'car park', 'parking spaces', 'park the car'],
  food: ['food', 'meals', 'dinner', 'lunch menu'],
  waiting: ['waiting time', 'waited hours', 'long wait', 'delays'],
};
const adjectives = ['awful', 'poor', 'dreadful', 'terrible', 'expensive', 'cold', 'slow'];

function corpus(): { texts: string[]; truth: number[] } {
  const texts: string[] = [];
  const truth: number[] = [];
  const names = Object.keys(topics);
  for (let i = 0; i < 90; i++) {
    const t = i % 3;
    const words = topics[names[t]];
    texts.push(`The ${words[i % words.length]} was ${adjectives[i % adjectives.length]} and the ${words[(i + 1) % words.length]} needs fixing`);
    truth.push(t);
  }
  texts.push('Nothing', 'n/a', 'Excellent service thank you', '');
  return { texts, truth };
}

test('discoverThemes finds the synthetic topics, labels them with c-TF-IDF terms and 5 examples', () => {
  const { texts, truth } = corpus();
  const d = discoverThemes(texts, { k: 3 });
  assert.equal(d.k, 3);
  assert.deepEqual(d.thin, { empty: 1, 'non-answer': 2, 'praise-only': 1 });
  assert.deepEqual(d.assignments.slice(90), [null, null, null, null]);
  assert.equal(nmi(truth, d.assignments.slice(0, 90) as number[]), 1);
  const labels = d.themes.map((t) => t.terms.map((x) => x.term).join(' '));
  for (const word of ['parking', 'food', 'wait']) assert.ok(labels.some((l) => l.includes(word)), `no theme mentions ${word}: ${labels.join(' | ')}`);
  for (const t of d.themes) {
    assert.equal(t.examples.length, 5);
    assert.equal(new Set(t.examples.map((e) => e.text)).size, 5);
  }
  const report = formatDiscoveryReport(d);
  assert.match(report, /Draft themes: 3 from 90 of 94 comments/);
  assert.doesNotThrow(() => JSON.stringify(d));
});

test('theme-set warnings: too-small and near-duplicate themes; k is suggested when not given', () => {
  const { texts } = corpus();
  const d = discoverThemes(texts, { k: 12 });
  assert.ok(d.warnings.some((w) => w.rule === 'too-small'));
  assert.ok(d.warnings.some((w) => w.rule === 'near-duplicate'));
  const s = discoverThemes(texts, { kCandidates: [2, 3, 4] });
  assert.equal(s.kSuggestion?.length, 3);
  const best = Math.max(...(s.kSuggestion ?? []).map((x) => x.silhouette));
  assert.equal(s.kSuggestion?.find((x) => x.k === s.k)?.silhouette, best);
  assert.ok(s.k >= 3, 'the three topics should not be merged');
});

test('confirmed themes become training rows, and a classifier trained on them reproduces the grouping', () => {
  const { texts, truth } = corpus();
  const d = discoverThemes(texts, { k: 3 });
  // A person names each draft theme; here, after the topic most of its comments came from.
  const topicNames = ['Parking', 'Food', 'Waiting'];
  const names: Record<number, string> = {};
  for (const t of d.themes) {
    const votes = [0, 0, 0];
    d.assignments.forEach((a, i) => {
      if (a === t.id) votes[truth[i]]++;
    });
    names[t.id] = topicNames[votes.indexOf(Math.max(...votes))];
  }
  const rows = confirmedToTrainingRows(texts, d.assignments, names);
  assert.equal(rows.length, 90);
  assert.deepEqual(confirmedToTrainingRows(['a', 'b', ' '], [[0, 1], null, 0], { 0: 'X', 1: 'Y' }), [{ text: 'a', labels: ['X', 'Y'] }]);
  const model = trainSync(rows);
  assert.equal(model.multiLabel, false);
  const out = classifyWith(model, ['The car park was full and parking spaces were expensive', 'Dinner was cold']);
  assert.equal(out[0].themes[0].label, 'Parking');
  assert.equal(out[1].themes[0].label, 'Food');
  assert.deepEqual(Object.values(names).sort(), ['Food', 'Parking', 'Waiting']);
});
