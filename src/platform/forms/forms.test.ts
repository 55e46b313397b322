import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateForm } from './index.ts';

const spec = {
  name: { kind: 'text', label: 'Full name', required: 'Enter your full name', maxLength: 10 },
  email: { kind: 'text', label: 'Email address', required: 'Enter your email address', email: true },
  colour: { kind: 'choice', label: 'Colour', options: ['red', 'blue'], required: 'Select a colour' },
  pets: { kind: 'choices', label: 'Pets', options: ['cat', 'dog', 'none'], exclusive: 'none' },
} as const;

test('missing answers get an instruction, linked to the field', () => {
  const r = validateForm({}, spec);
  assert.equal(r.ok, false);
  assert.deepEqual(r.errorList, [
    { text: 'Enter your full name', href: '#name' },
    { text: 'Enter your email address', href: '#email' },
    { text: 'Select a colour', href: '#colour' },
  ]);
});

test('constraints get a description and the typed value is kept', () => {
  const r = validateForm({ name: 'Bartholomew Jones', email: 'not-an-email', colour: 'green', pets: ['cat', 'none'] }, spec);
  assert.equal(r.errors.name, 'Full name must be 10 characters or less');
  assert.equal(r.errors.email, 'Enter an email address in the correct format, like name@example.com');
  assert.equal(r.errors.colour, 'Select a colour');
  assert.equal(r.errors.pets, 'Select "none" on its own, or untick it');
  assert.equal(r.values.name, 'Bartholomew Jones');
  assert.equal(r.values.email, 'not-an-email');
});

test('odd Unicode and repeated fields are refused, not stored', () => {
  const r = validateForm({ name: 'Ann\u0000', email: ['a@example.org', 'b@example.org'], colour: 'red' }, spec);
  assert.equal(r.errors.name, 'Full name must not include hidden or control characters');
  assert.equal(r.errors.email, 'Enter your email address');
  const lone = validateForm({ name: 'A\uD800b', email: 'a@example.org', colour: 'red' }, spec);
  assert.equal(lone.errors.name, 'Full name must not include hidden or control characters');
});

test('good answers pass, trimmed and NFC-normalised', () => {
  const r = validateForm({ name: '  Zoe\u0301 ', email: 'zoe@example.nhs.uk', colour: 'blue', pets: 'dog' }, spec);
  assert.equal(r.ok, true);
  assert.equal(r.values.name, 'Zoé');
  assert.deepEqual(r.values.pets, ['dog']);
});
