import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nhsDate, nhsDateWithDay, nhsTime } from './dates.ts';

test('dates are written the NHS way in UK time', () => {
  assert.equal(nhsDate(new Date('2026-11-26T23:30:00Z')), '26 November 2026');
  assert.equal(nhsDate(new Date('2026-07-01T23:30:00Z')), '2 July 2026', 'British Summer Time moves a late UTC evening to the next day');
  assert.equal(nhsDateWithDay('2026-11-26T10:00:00Z'), 'Thursday 26 November 2026');
  assert.equal(nhsDate('not a date'), '');
});

test('times use am/pm, noon and midnight', () => {
  assert.equal(nhsTime(new Date('2026-11-26T14:30:00Z')), '2:30pm');
  assert.equal(nhsTime(new Date('2026-11-26T14:00:00Z')), '2pm');
  assert.equal(nhsTime(new Date('2026-11-26T12:00:00Z')), '12 noon');
  assert.equal(nhsTime(new Date('2026-11-26T00:00:00Z')), '12 midnight');
  assert.equal(nhsTime(new Date('2026-07-01T09:15:00Z')), '10:15am');
});
