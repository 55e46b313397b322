// A person who wants text messages gives a UK mobile number on their communication and access needs page: asked for
// after the contact choices, required with "Text message" (GOV.UK wording, what was typed kept), kept only with that choice, shown on
// their account, given to other modules through howToContact, in "download my data", and erased with the account
// (with the text messages sent to it). Never logged.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, within } from '@testing-library/dom';
import { buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { howToContact } from '../api.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const needs = (fields: Record<string, string | string[]>) => ({ informationFormats: [], communicationSupport: [], details: '', share: 'yes', ...fields });

describe('a mobile number for text messages', () => {
  test('asked for with "Text message", as a phone number field', async () => {
    const { agent } = await signedInAgent(t);
    const page = await agent.get('/account/access-needs');
    const field = getByRole(page.document.body, 'textbox', { name: 'UK mobile phone number', description: /^Needed if you chose Text message\./ }) as HTMLInputElement;
    assert.equal(field.type, 'tel');
    assert.equal(field.getAttribute('autocomplete'), 'tel');
    const choices = getByRole(page.document.body, 'group', { name: 'How should we contact you?' });
    assert.ok(choices.compareDocumentPosition(field) & 4, 'straight after the contact choices');
  });

  test('required with "Text message", in GOV.UK wording, keeping what was typed', async () => {
    const { agent, user } = await signedInAgent(t);
    const empty = await agent.submit('/account/access-needs', needs({ contactMethod: 'text', mobile: '' }));
    assert.equal(empty.status, 400);
    const summary = getByRole(empty.document.body, 'alert');
    assert.equal(within(summary).getByRole('link', { name: 'Enter a UK mobile phone number' }).getAttribute('href'), '#mobile');
    assert.equal((getByRole(empty.document.body, 'radio', { name: 'Text message' }) as HTMLInputElement).checked, true, 'the choice is kept');

    const landline = await agent.submit('/account/access-needs', needs({ contactMethod: 'text', mobile: '0161 496 0000' }));
    assert.equal(landline.status, 400);
    assert.match(text(landline.document.getElementById('mobile-error')), /Enter a UK mobile phone number, like 07700 900 982 or \+44 7700 900 982/);
    assert.equal((landline.document.getElementById('mobile') as HTMLInputElement).value, '0161 496 0000');
    assert.equal(await howToContact(t.db, user.id).then((c) => c?.method ?? null), null, 'nothing saved');
  });

  test('saved as 07 and 9 digits, shown on the account page and given to other modules through howToContact', async () => {
    const { agent, user } = await signedInAgent(t);
    const saved = await agent.submit('/account/access-needs', needs({ contactMethod: 'text', mobile: '+44 (0)7700 900 123' }));
    assert.equal(saved.status, 303);
    assert.match(text((await agent.get('/account')).document.body), /How to contact you Text message to 07700900123/);
    assert.equal(((await agent.get('/account/access-needs')).document.getElementById('mobile') as HTMLInputElement).value, '07700900123');
    assert.deepEqual(await howToContact(t.db, user.id), { method: 'text', email: user.email, textTo: '07700900123' });
  });

  test('kept only with "Text message": choosing email instead drops it', async () => {
    const { agent, user } = await signedInAgent(t);
    await agent.submit('/account/access-needs', needs({ contactMethod: 'text', mobile: '07700 900124' }));
    assert.equal((await agent.submit('/account/access-needs', needs({ contactMethod: 'email', mobile: '07700 900124' }))).status, 303);
    assert.deepEqual(await howToContact(t.db, user.id), { method: 'email', email: user.email, textTo: null });
    const { rows } = await t.db.query<{ mobile: string | null }>('SELECT mobile FROM user_access_needs WHERE user_id = $1', [user.id]);
    assert.equal(rows[0]!.mobile, null);
  });

  test('in "download my data", erased with the account along with the text messages sent to it, and never logged', async () => {
    const { agent, user } = await signedInAgent(t);
    await agent.submit('/account/access-needs', needs({ contactMethod: 'text', mobile: '07700 900125' }));
    const data = JSON.parse((await agent.get('/account/download')).body) as { communicationAndAccessNeeds: { mobile: string } };
    assert.equal(data.communicationAndAccessNeeds.mobile, '07700900125');

    await t.ctx.outbox.sendText({ phoneNumber: '07700900125', text: 'Your place is booked', purpose: 'test' });
    assert.equal((await t.ctx.outbox.find({ phone: '07700900125' })).length, 1);
    assert.equal((await agent.submit('/account/delete', {})).status, 303);
    assert.equal(await howToContact(t.db, user.id), undefined);
    const { rows } = await t.db.query('SELECT 1 FROM user_access_needs WHERE user_id = $1', [user.id]);
    assert.equal(rows.length, 0);
    assert.deepEqual(await t.ctx.outbox.find({ phone: '07700900125' }), [], 'text messages to the number are erased too');
    for (const n of ['900123', '900124', '900125', '496 0000']) assert.ok(!t.logs.join('').includes(n), `${n} is not in the logs`);
  });
});
