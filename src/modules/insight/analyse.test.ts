import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultModel } from '../../insight/index.ts';
import { modelVersionOf, textHash } from './analyse.ts';
import { timeLeft } from './admin-routes.ts';

test('the model version is the same for the same model and changes with any weight', async () => {
  const model = await loadDefaultModel();
  const copy = structuredClone(model);
  assert.match(modelVersionOf(model), /^pxtextmining-v7@[0-9a-f]{16}$/);
  assert.equal(modelVersionOf(copy), modelVersionOf(model));
  copy.themes.bias[0] = copy.themes.bias[0]! + 0.001;
  assert.notEqual(modelVersionOf(structuredClone(copy)), modelVersionOf(model));
});

test('the text hash covers the question and the text, and nothing else', () => {
  const a = textHash({ prompt: 'What could we do better?', text: 'More staff' });
  assert.equal(textHash({ prompt: 'What could we do better?', text: 'More staff' }), a);
  assert.notEqual(textHash({ prompt: 'What went well?', text: 'More staff' }), a);
  assert.notEqual(textHash({ prompt: 'What could we do better?', text: 'More staff.' }), a);
  assert.notEqual(textHash({ prompt: 'What could we do better?M', text: 'ore staff' }), a, 'the two parts are kept apart');
});

test('time left comes from the rate so far', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const started = (seconds: number) => new Date(now.getTime() - seconds * 1000);
  assert.equal(timeLeft({ started_at: started(60), done: 0, total: 100 }, now), undefined, 'nothing done yet');
  assert.equal(timeLeft({ started_at: started(60), done: 100, total: 100 }, now), undefined, 'total not known beyond what is done');
  assert.equal(timeLeft({ started_at: started(10), done: 50, total: 100 }, now), 'Less than a minute');
  assert.equal(timeLeft({ started_at: started(60), done: 50, total: 100 }, now), 'About 1 minute');
  assert.equal(timeLeft({ started_at: started(120), done: 100, total: 400 }, now), 'About 6 minutes');
  assert.equal(timeLeft({ started_at: started(600), done: 1000, total: 20000 }, now), 'About 3 hours');
});
