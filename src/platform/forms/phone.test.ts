import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ukMobile, ukMobileCheck, validateForm, requiredIf, type FormSpec } from './index.ts';

test('UK mobile numbers are read however people write them, and kept as 07 and 9 digits', () => {
  for (const typed of ['07700 900982', '07700900982', '07700-900-982', '(07700) 900 982', '+44 7700 900982', '+44 (0)7700 900982', '0044 7700 900982', '447700900982', ' 07700.900.982 ']) {
    assert.equal(ukMobile(typed), '07700900982', typed);
  }
  for (const typed of ['', '0161 496 0000', '020 7946 0000', '0770090098', '077009009821', '+1 202 555 0100', '07700 9OO982', '++447700900982', '07700 900982 ext 2', 'tel:07700900982']) {
    assert.equal(ukMobile(typed), undefined, typed);
  }
});

test('a mobile field: required when "Text message" is chosen, in the GOV.UK wording, and kept as typed', () => {
  const spec = {
    contactMethod: { kind: 'choice', label: 'How we should contact you', options: ['email', 'text'], required: 'Select how we should contact you' },
    mobile: { kind: 'text', label: 'UK mobile phone number', maxLength: 30, check: ukMobileCheck, rules: [requiredIf('contactMethod', 'text', 'Enter a UK mobile phone number')] },
  } satisfies FormSpec;
  assert.deepEqual(validateForm({ contactMethod: 'text', mobile: '' }, spec).errors, { mobile: 'Enter a UK mobile phone number' });
  const wrong = validateForm({ contactMethod: 'text', mobile: '0161 496 0000' }, spec);
  assert.deepEqual(wrong.errorList, [{ text: 'Enter a UK mobile phone number, like 07700 900 982 or +44 7700 900 982', href: '#mobile' }]);
  assert.equal(wrong.values.mobile, '0161 496 0000', 'what was typed is kept');
  assert.equal(validateForm({ contactMethod: 'email', mobile: '' }, spec).ok, true, 'not needed for email');
  assert.equal(validateForm({ contactMethod: 'text', mobile: '+44 7700 900982' }, spec).ok, true);
});
