import { test } from 'node:test';
import assert from 'node:assert/strict';
import { londonHhmm, londonToInstant, readTime } from './time.ts';

test('London wall-clock times become the right instants in winter and summer', () => {
  assert.equal(londonToInstant('2026-12-01', '14:00').toISOString(), '2026-12-01T14:00:00.000Z');
  assert.equal(londonToInstant('2026-07-01', '14:00').toISOString(), '2026-07-01T13:00:00.000Z');
  assert.equal(londonToInstant('2027-03-28', '09:00').toISOString(), '2027-03-28T08:00:00.000Z');
  assert.equal(londonHhmm(new Date('2026-07-01T13:30:00Z')), '14:30');
});

test('times are read the way people write them', () => {
  assert.equal(readTime('2pm'), '14:00');
  assert.equal(readTime('2:30pm'), '14:30');
  assert.equal(readTime('9.30am'), '09:30');
  assert.equal(readTime('12am'), '00:00');
  assert.equal(readTime('12pm'), '12:00');
  assert.equal(readTime('14:00'), '14:00');
  assert.equal(readTime('14'), undefined);
  assert.equal(readTime('25:00'), undefined);
  assert.equal(readTime('13pm'), undefined);
  assert.equal(readTime('noonish'), undefined);
});
