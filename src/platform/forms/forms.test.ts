import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateOnOrAfter, emptyValues, errorListFor, laterThan, partsOf, readDate, requiredIf, requiredWhen, rule, stripInvisible, validateForm, withErrors, type FormSpec,
} from './index.ts';

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

// ---- date inputs

const dates = {
  startsOn: { kind: 'date', label: 'Start date', required: 'Enter the start date' },
  endsOn: { kind: 'date', label: 'End date', rules: [dateOnOrAfter('startsOn', 'The end date must be the same as or after the start date')] },
} as const satisfies FormSpec;

test('a date input gives the ISO date and keeps the boxes as typed', () => {
  const r = validateForm({ 'startsOn[day]': ' 5 ', 'startsOn[month]': '3', 'startsOn[year]': '2027' }, dates);
  assert.equal(r.ok, true);
  assert.equal(r.dates.startsOn, '2027-03-05');
  assert.equal(r.dates.endsOn, undefined);
  assert.deepEqual(r.values.startsOn, { day: '5', month: '3', year: '2027' });
  assert.deepEqual(r.values.endsOn, { day: '', month: '', year: '' });
});

test('date errors: missing, part missing (linked to that box), not real, out of range', () => {
  assert.deepEqual(validateForm({}, dates).errorList, [{ text: 'Enter the start date', href: '#startsOn-day' }]);
  const part = validateForm({ 'startsOn[day]': '5', 'startsOn[year]': '2027' }, dates);
  assert.deepEqual(part.errorList, [{ text: 'Start date must include a month', href: '#startsOn-month' }]);
  assert.equal(validateForm({ 'startsOn[day]': '31', 'startsOn[month]': '2', 'startsOn[year]': '2027' }, dates).errors.startsOn, 'Start date must be a real date');
  assert.equal(validateForm({ 'startsOn[day]': 'x', 'startsOn[month]': '2', 'startsOn[year]': '2027' }, dates).errors.startsOn, 'Start date must be a real date');
  assert.equal(validateForm({ 'startsOn[day]': '1', 'startsOn[month]': '2', 'startsOn[year]': '1999' }, dates).errors.startsOn, 'Start date must be a real date');
  const early = { when: { kind: 'date', label: 'Date of birth', years: [1900, 2030] } } as const satisfies FormSpec;
  assert.equal(validateForm({ 'when[day]': '1', 'when[month]': '2', 'when[year]': '1950' }, early).dates.when, '1950-02-01');
});

test('readDate and partsOf, for pages that read one date on its own', () => {
  assert.equal(readDate({ 'opens[day]': '1', 'opens[month]': '12', 'opens[year]': '2026' }, 'opens', 'opening date', true).iso, '2026-12-01');
  assert.equal(readDate({}, 'opens', 'opening date', true).error, 'Enter the opening date');
  assert.equal(readDate({}, 'opens', 'opening date', false).error, undefined);
  assert.equal(readDate({ 'opens[month]': '12' }, 'opens', 'opening date', false).error, 'Opening date must include a day and year');
  assert.deepEqual(partsOf('2026-03-09'), { day: '9', month: '3', year: '2026' });
  assert.deepEqual(partsOf(null), { day: '', month: '', year: '' });
});

// ---- rules between fields

test('a date before the date it must follow is an error on the later field', () => {
  const r = validateForm({ 'startsOn[day]': '10', 'startsOn[month]': '3', 'startsOn[year]': '2027', 'endsOn[day]': '9', 'endsOn[month]': '3', 'endsOn[year]': '2027' }, dates);
  assert.deepEqual(r.errorList, [{ text: 'The end date must be the same as or after the start date', href: '#endsOn-day' }]);
  const same = validateForm({ 'startsOn[day]': '10', 'startsOn[month]': '3', 'startsOn[year]': '2027', 'endsOn[day]': '10', 'endsOn[month]': '3', 'endsOn[year]': '2027' }, dates);
  assert.equal(same.ok, true);
});

test('a rule waits while a field it reads has its own error', () => {
  const r = validateForm({ 'startsOn[day]': '40', 'startsOn[month]': '3', 'startsOn[year]': '2027', 'endsOn[day]': '9', 'endsOn[month]': '3', 'endsOn[year]': '2027' }, dates);
  assert.deepEqual(Object.keys(r.errors), ['startsOn']);
});

const event = {
  format: { kind: 'choice', label: 'Format', options: ['in-person', 'online', 'hybrid'], required: 'Select the format' },
  venue: { kind: 'text', label: 'Venue', maxLength: 50, rules: [requiredWhen((v) => v.format !== 'online' && v.format !== '', 'Enter the name of the venue', ['format'])] },
  needsHelp: { kind: 'choice', label: 'Help', options: ['yes', 'no'] },
  help: { kind: 'text', label: 'Help you need', multiline: true, rules: [requiredIf('needsHelp', 'yes', 'Enter the help you need')] },
  start: { kind: 'text', label: 'Start time', check: (v) => (/^\d\d:\d\d$/.test(v) ? undefined : 'Enter the start time like 14:00') },
  end: {
    kind: 'text',
    label: 'End time',
    rules: [laterThan('start', 'The end time must be after the start time'), rule(['start'], (v) => (v === '23:59' ? 'Finish before midnight' : undefined))],
  },
} as const satisfies FormSpec;

test('conditional rules: required only when another answer says so', () => {
  const r = validateForm({ format: 'in-person', needsHelp: 'yes' }, event);
  assert.deepEqual(r.errorList, [
    { text: 'Enter the name of the venue', href: '#venue' },
    { text: 'Enter the help you need', href: '#help' },
  ]);
  assert.equal(validateForm({ format: 'online', needsHelp: 'no' }, event).ok, true);
  // a missing format is its own error; the venue rule waits for it
  assert.deepEqual(Object.keys(validateForm({}, event).errors), ['format']);
});

test('comparisons between fields, and the first failing rule wins', () => {
  assert.equal(validateForm({ format: 'online', start: '14:00', end: '13:00' }, event).errors.end, 'The end time must be after the start time');
  assert.equal(validateForm({ format: 'online', start: '14:00', end: '14:00' }, event).errors.end, 'The end time must be after the start time');
  assert.equal(validateForm({ format: 'online', start: '14:00', end: '23:59' }, event).errors.end, 'Finish before midnight');
  assert.equal(validateForm({ format: 'online', start: '2pm', end: '13:00' }, event).errors.end, undefined);
  assert.equal(validateForm({ format: 'online', start: '14:00', end: '15:00' }, event).ok, true);
});

test('withErrors adds errors from a lookup, keeping the order of the spec', () => {
  const form = validateForm({ name: 'Ann', email: 'bad', colour: 'red' }, spec);
  const more = withErrors(spec, form, { name: 'This name is taken' });
  assert.equal(more.ok, false);
  assert.deepEqual(more.errorList.map((e) => e.href), ['#name', '#email']);
  const cleared = withErrors(passwordSpec, validateForm({ email: 'a@example.org', password: 'secret' }, passwordSpec), { email: 'Enter a correct email address and password' }, { password: '' });
  assert.equal(cleared.values.password, '');
  assert.deepEqual(cleared.errorList, [{ text: 'Enter a correct email address and password', href: '#email' }]);
  assert.deepEqual(errorListFor(spec, { other: 'Something else', colour: 'Select a colour' }), [
    { text: 'Select a colour', href: '#colour' },
    { text: 'Something else', href: '#other' },
  ]);
});

const passwordSpec = { email: { kind: 'text', label: 'Email address', email: true }, password: { kind: 'password', label: 'Password' } } as const satisfies FormSpec;

test('emptyValues gives blank boxes for dates and empty lists for checkboxes', () => {
  assert.deepEqual(emptyValues({ ...dates, pets: spec.pets, name: spec.name }), { startsOn: { day: '', month: '', year: '' }, endsOn: { day: '', month: '', year: '' }, pets: [], name: '' });
});

// ---- invisible characters in text shown to others

const shown = {
  name: { kind: 'text', label: 'Full name', required: 'Enter your full name', maxLength: 100 },
  notes: { kind: 'text', label: 'Notes', multiline: true },
  options: { kind: 'text', label: 'Options', multiline: true, stripInvisible: true },
  code: { kind: 'text', label: 'Code', stripInvisible: false },
} as const satisfies FormSpec;
const ALL_INVISIBLE = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF';

test('single-line text is stored without bidi controls and zero-width characters', () => {
  const r = validateForm({ name: `\uFEFFAnn\u202Eeva\u200B Smith${ALL_INVISIBLE}`, notes: 'a\u200Db', options: 'Yes\u202E\nNo\u200B', code: 'x\u200By' }, shown);
  assert.equal(r.ok, true);
  assert.equal(r.values.name, 'Anneva Smith');
  assert.equal(stripInvisible(`A${ALL_INVISIBLE}B`), 'AB');
  // multiline text keeps them (emoji and scripts that need joiners), unless the field asks
  assert.equal(r.values.notes, 'a\u200Db');
  assert.equal(r.values.options, 'Yes\nNo');
  assert.equal(r.values.code, 'x\u200By');
});

test('a name of only invisible characters is a missing name', () => {
  assert.equal(validateForm({ name: '\u200B\u202E\uFEFF ' }, shown).errors.name, 'Enter your full name');
});

test('joiners that shape emoji or the letters of Arabic and Indic scripts are kept; elsewhere they go', () => {
  assert.equal(stripInvisible('Kept 👩🏽‍⚕️ title'), 'Kept 👩🏽‍⚕️ title');
  assert.equal(stripInvisible('👨‍👩‍👧 family day'), '👨‍👩‍👧 family day');
  assert.equal(stripInvisible('می\u200Cخواهم'), 'می\u200Cخواهم');
  assert.equal(stripInvisible('क्\u200Dष'), 'क्\u200Dष');
  assert.equal(stripInvisible('Ad\u200Dmin Ad\u200Cmin \u200D👩 👩\u200D'), 'Admin Admin 👩 👩');
  assert.equal(validateForm({ name: 'Nurse 👩🏽‍⚕️\u202E' }, shown).values.name, 'Nurse 👩🏽‍⚕️');
});
