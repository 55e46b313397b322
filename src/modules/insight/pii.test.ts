// The personal-data check for quotes: each kind found where it is, and the things that look like personal data
// but are not (a year, "Pillar 4", "NHS 111", a price, a time) left alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuote, isValidNhsNumber, redact, type PiiKind } from './pii.ts';

const NAMES = ['Femi Adebayo', 'Dr Siobhán O\'Neill', 'Mary Jane Smith', 'Jo Lee', 'Al', 'Cher'];

/** what was found, as [kind, text] pairs in text order */
const found = (text: string, names: readonly string[] = NAMES) => checkQuote(text, { names }).findings.map((f) => [f.kind, f.text] as [PiiKind, string]);
const only = (kind: PiiKind, text: string) => found(text).filter(([k]) => k === kind).map(([, t]) => t);

describe('names', () => {
  test('a full name, any case, whole words only', () => {
    assert.deepEqual(found('Femi Adebayo was so kind to my mum.'), [['name', 'Femi Adebayo']]);
    assert.deepEqual(found('thanks to femi  ADEBAYO on ward 4'), [['name', 'femi  ADEBAYO']]);
    assert.deepEqual(found('Femi Adebayoson is not the same person'), []);
    assert.deepEqual(found('Mary Jane Smith listened'), [['name', 'Mary Jane Smith']]);
  });

  test('the first name with the surname or its initial, and a title with the surname', () => {
    assert.deepEqual(found('Mary Smith and Femi A. both helped'), [['name', 'Mary Smith'], ['name', 'Femi A']]);
    assert.deepEqual(found("Siobhán O’Neill and Dr O'Neill explained it"), [['name', 'Siobhán O’Neill'], ['name', "Dr O'Neill"]]);
    assert.deepEqual(found('Nurse Adebayo came back'), [['name', 'Nurse Adebayo']]);
  });

  test('where it is, and what staff are told', () => {
    const check = checkQuote('Ask for Femi Adebayo.', { names: NAMES });
    assert.equal(check.ok, false);
    assert.deepEqual(check.findings, [{ kind: 'name', text: 'Femi Adebayo', index: 8, message: 'It has a name: take it out or replace it with [name]' }]);
  });

  test('not a first name alone, a lower-case "initial", a one-word name or a name under 3 letters', () => {
    assert.deepEqual(found('Femi was kind. I thank Femi a lot. Mary was there.'), []);
    assert.deepEqual(found('Cher sang. Al came. Jo L was there.'), [], 'one-word names, short names and the initial of a short first name');
    assert.deepEqual(found('Jo Lee was there'), [['name', 'Jo Lee']], 'a short first name still counts in a full name');
    assert.deepEqual(found('Femi Adebayo', []), [], 'no names listed');
  });
});

describe('email addresses', () => {
  test('found', () => {
    assert.deepEqual(only('email', 'Write to femi.adebayo@nhs.net or PALS+ward4@leeds-th.nhs.uk.'), ['femi.adebayo@nhs.net', 'PALS+ward4@leeds-th.nhs.uk']);
    assert.equal(checkQuote('me@example.org', { names: [] }).findings[0]!.message, 'It has an email address: take it out or replace it with [email]');
  });

  test('not an @ on its own or a handle', () => {
    assert.deepEqual(found('Meet @ 10:30, ask @ward4 or name@localhost'), []);
  });
});

describe('phone numbers', () => {
  test('01, 02, 03 and 07 numbers written in the usual ways', () => {
    const numbers = ['07700 900123', '07700 900 123', '07700900123', '+44 7700 900123', '+44 (0)7700 900123', '0044 7700 900123', '020 7946 0000', '(020) 7946 0000', '0113 496 0000', '(0113) 496 0000', '0113-496-0000', '01632 960000', '0300 123 4567'];
    for (const n of numbers) assert.deepEqual(found(`Ring me on ${n}, any time.`), [['phone', n]], n);
    assert.equal(checkQuote('call 07700 900123', { names: [] }).findings[0]!.message, 'It has a phone number: take it out or replace it with [phone number]');
  });

  test('not short numbers, prices, times, years or other numbers', () => {
    assert.deepEqual(found('I rang 111, then NHS 111, then 999. It cost £12.50 at 10:30 in 2024, on Pillar 4.'), []);
    assert.deepEqual(found('0800 123 4567 is free. Ref 12345678901. 0113 496 00 is too short.'), []);
    assert.deepEqual(found('£0113 4960000 or 1.07700900123'), [], 'a price or a decimal');
  });
});

describe('postcodes', () => {
  test('the official pattern, any case, with or without the space', () => {
    for (const p of ['LS1 4AP', 'ls14ap', 'SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'GIR 0AA']) {
      assert.deepEqual(found(`I live at ${p} near the hospital`), [['postcode', p]], p);
    }
    assert.equal(checkQuote('LS1 4AP', { names: [] }).findings[0]!.message, 'It has a postcode: take it out or replace it with [postcode]');
  });

  test('not things shaped a little like one', () => {
    assert.deepEqual(found('Pillar 4, ward 10, bay 3B, COVID-19, A4 paper, an MP3, an a4 2nd copy, bay b4 2pm'), []);
    assert.deepEqual(found('QQ1 1AA, LS1 4CI and LS14AP2 are not postcodes'), [], 'letters the pattern does not allow, or more after it');
  });
});

describe('NHS numbers', () => {
  test('10 digits with a valid check digit, spaced 3-3-4 or not', () => {
    assert.equal(isValidNhsNumber('9434765919'), true);
    assert.deepEqual(only('nhs-number', 'My NHS number is 943 476 5919.'), ['943 476 5919']);
    assert.deepEqual(only('nhs-number', 'NHS no 9434765919'), ['9434765919']);
    assert.deepEqual(only('nhs-number', 'number 943-476-5919'), ['943-476-5919']);
    assert.equal(checkQuote('9434765919', { names: [] }).findings[0]!.message, 'It has an NHS number: take it out or replace it with [NHS number]');
  });

  test('not with a wrong check digit, mixed spacing or other lengths', () => {
    assert.equal(isValidNhsNumber('9434765918'), false);
    assert.equal(isValidNhsNumber('943476591'), false);
    assert.deepEqual(found('My NHS number is 943 476 5918.'), []);
    assert.deepEqual(found('943 4765919, 94347659190, 19434765919, NHS 111'), []);
  });

  test('a check digit of 11 is 0, and one of 10 is never valid', () => {
    // the first nine digits weighted 10 down to 2; the check digit is 11 less the remainder after dividing by 11
    assert.equal(isValidNhsNumber('4010232137'), true, 'sum 92, remainder 4, check 7');
    assert.equal(isValidNhsNumber('1000000000'), false, 'sum 10, remainder 10: check 1, not 0');
    assert.equal(isValidNhsNumber('1000000001'), true);
    assert.equal(isValidNhsNumber('0000000000'), true, 'sum 0: check digit 0');
    assert.equal(isValidNhsNumber('1100000000'), false, 'sum 19, remainder 8, check 3');
    assert.equal(isValidNhsNumber('0000000060'), false, 'sum 12, remainder 1: check digit 10, never valid');
  });
});

describe('dates of birth', () => {
  test('a date after a birth word', () => {
    assert.deepEqual(found('I was born on 3 March 1987 at this hospital'), [['date-of-birth', '3 March 1987']]);
    assert.deepEqual(found('DOB 03/03/1987'), [['date-of-birth', '03/03/1987']]);
    assert.deepEqual(found('date of birth: 1987-03-03'), [['date-of-birth', '1987-03-03']]);
    assert.deepEqual(found('D.O.B. 3.3.87, birthday is the 3rd of March, born March 3, 1987'), [
      ['date-of-birth', '3.3.87'],
      ['date-of-birth', '3rd of March'],
      ['date-of-birth', 'March 3, 1987'],
    ]);
    const check = checkQuote('Born: 1 Jan 2001', { names: [] });
    assert.deepEqual(check.findings, [{ kind: 'date-of-birth', text: '1 Jan 2001', index: 6, message: 'It has a date of birth: take it out or replace it with [date of birth]' }]);
  });

  test('not a date without a birth word, a year alone, or a date that is not one', () => {
    assert.deepEqual(found('I was seen on 3 March 1987 and again on 03/03/1988 and 1987-03-03.'), []);
    assert.deepEqual(found('I was born in 1987. Born and bred in Leeds, 10:30 on 3 March.'), []);
    assert.deepEqual(found('DOB 33/13/1987, born 3/3/1987/2'), []);
    assert.deepEqual(found('the newborn on 3 March 1987'), [], 'a word that ends in "born"');
  });
});

describe('a quote with nothing personal in it', () => {
  test('is ok', () => {
    const check = checkQuote('The food was cold and I waited 4 hours in A&E on 3 March. It cost £12.50 to park.', { names: NAMES });
    assert.deepEqual(check, { ok: true, findings: [] });
  });
});

describe('overlapping findings', () => {
  test('one finding where two overlap: the first, and the longer when they start together', () => {
    assert.deepEqual(found('Email ls14ap@example.org'), [['email', 'ls14ap@example.org']], 'a postcode inside an email address');
    assert.deepEqual(found('Write to Femi Adebayo@example.org'), [['name', 'Femi Adebayo']], 'a name running into an email address is found first');
  });

  test('every kind together, in text order', () => {
    const text = "Femi A (femi@example.org, 07700 900123) saw me at LS1 4AP. NHS number 943 476 5919, DOB 03/03/1987.";
    assert.deepEqual(found(text), [
      ['name', 'Femi A'],
      ['email', 'femi@example.org'],
      ['phone', '07700 900123'],
      ['postcode', 'LS1 4AP'],
      ['nhs-number', '943 476 5919'],
      ['date-of-birth', '03/03/1987'],
    ]);
  });
});

describe('redact', () => {
  test('replaces each finding with its placeholder, and what it leaves passes the check', () => {
    const text = "Femi A (femi@example.org, 07700 900123) saw me at LS1 4AP. NHS number 943 476 5919, DOB 03/03/1987.";
    const redacted = redact(text, checkQuote(text, { names: NAMES }).findings);
    assert.equal(redacted, '[name] ([email], [phone number]) saw me at [postcode]. NHS number [NHS number], DOB [date of birth].');
    assert.deepEqual(checkQuote(redacted, { names: NAMES }), { ok: true, findings: [] });
  });

  test('keeps the text as it is with no findings', () => {
    assert.equal(redact('Nothing to see', []), 'Nothing to see');
  });

  test('overlapping findings given to it are merged, not replaced twice', () => {
    const text = 'Email ls14ap@example.org now';
    const findings = [
      { kind: 'postcode' as const, text: 'ls14ap', index: 6 },
      { kind: 'email' as const, text: 'ls14ap@example.org', index: 6 },
      { kind: 'name' as const, text: 'example', index: 13 },
    ];
    assert.equal(redact(text, findings), 'Email [email] now');
  });
});
