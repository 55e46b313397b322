import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, getAllByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

describe('your account', () => {
  test('signed-out people are sent to sign in from every account page', async () => {
    for (const url of ['/account', '/account/name', '/account/identities', '/account/access-needs', '/account/contact-preferences', '/account/password', '/account/download', '/account/delete']) {
      const res = await new Agent(t.app).get(url);
      assert.equal(res.status, 303, url);
      assert.equal(res.location, `/sign-in?next=${encodeURIComponent(url)}`);
    }
  });

  test('a person records how they identify (more than one) and their access needs', async () => {
    const { agent, user } = await signedInAgent(t);
    const ids = await agent.submit('/account/identities', { identities: ['service-user', 'carer'] });
    assert.equal(ids.status, 303);
    const needs = await agent.submit('/account/access-needs', {
      contactMethod: 'text',
      mobile: '07700 900982',
      informationFormats: ['easy-read', 'large-print'],
      communicationSupport: ['bsl-interpreter'],
      details: 'Step-free access please',
      share: 'yes',
    });
    assert.equal(needs.status, 303);
    const { rows } = await t.db.query(
      'SELECT u.identities, n.contact_method, n.information_formats, n.communication_support, n.details, n.share_with_organisers FROM users u JOIN user_access_needs n ON n.user_id = u.id WHERE u.id = $1',
      [user.id],
    );
    assert.deepEqual(rows, [
      {
        identities: ['service-user', 'carer'],
        contact_method: 'text',
        information_formats: ['easy-read', 'large-print'],
        communication_support: ['bsl-interpreter'],
        details: 'Step-free access please',
        share_with_organisers: true,
      },
    ]);
    const account = await agent.get('/account');
    const body = text(account.document.body);
    assert.match(body, /Someone who uses or has used mental health services/);
    assert.match(body, /British Sign Language \(BSL\) interpreter/);
    assert.match(body, /Text message/);
    const form = await agent.get('/account/access-needs');
    assert.equal((getByRole(form.document.body, 'checkbox', { name: 'Easy Read' }) as HTMLInputElement).checked, true, 'saved needs are shown again');
  });

  test('access needs and how people identify never reach the logs', async () => {
    const { agent } = await signedInAgent(t);
    await agent.submit('/account/access-needs', { contactMethod: 'email', informationFormats: ['braille'], details: 'SECRET-NEED-4471', share: 'no' });
    await agent.submit('/account/access-needs', { contactMethod: 'email', details: 'SECRET-NEED-4472\u0000', share: 'no' });
    await agent.submit('/account/identities', { identities: ['service-user'] });
    const all = t.logs.join('\n');
    assert.ok(t.logs.length > 0, 'the app does log');
    assert.doesNotMatch(all, /SECRET-NEED|braille|service-user/);
  });

  test('consents are recorded with a version and can be withdrawn', async () => {
    const { agent, user } = await signedInAgent(t);
    const page = await agent.get('/account');
    const give = await agent.submitOn(page, '/account', {}, 'Give consent: You may contact me about future involvement');
    assert.equal(give.status, 303);
    const { rows } = await t.db.query<{ purpose: string; version: string; withdrawn_at: Date | null }>('SELECT purpose, version, withdrawn_at FROM consents WHERE user_id = $1', [user.id]);
    assert.deepEqual(rows, [{ purpose: 'recontact', version: '2026-11', withdrawn_at: null }]);
    const withdraw = await agent.submitOn(await agent.get('/account'), '/account', {}, 'Withdraw consent: You may contact me about future involvement');
    assert.equal(withdraw.status, 303);
    const after = await t.db.query<{ withdrawn_at: Date | null }>(`SELECT withdrawn_at FROM consents WHERE user_id = $1 AND purpose = 'recontact'`, [user.id]);
    assert.ok(after.rows[0]!.withdrawn_at instanceof Date);
  });

  test('download my data gives everything held, as JSON', async () => {
    const { agent, user } = await signedInAgent(t, ['participant'], { name: 'Dana Download' });
    await agent.submit('/account/access-needs', { contactMethod: 'letter', informationFormats: ['audio'], share: 'yes' });
    const res = await agent.get('/account/download');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="my-chorus-data.json"/);
    const data = JSON.parse(res.body);
    assert.equal(data.account.name, 'Dana Download');
    assert.equal(data.account.email, user.email);
    assert.equal(data.communicationAndAccessNeeds.contact_method, 'letter');
    assert.deepEqual(data.communicationAndAccessNeeds.information_formats, ['audio']);
  });

  test('delete my account erases personal data, keeps an anonymous row and writes the audit log', async () => {
    const { agent, user } = await signedInAgent(t, ['participant'], { name: 'Eve Erase' });
    await agent.submit('/account/identities', { identities: ['carer'] });
    await agent.submit('/account/access-needs', { contactMethod: 'email', details: 'private', share: 'yes' });
    const res = await agent.submit('/account/delete', {}, 'Delete my account');
    assert.equal(res.location, '/account-deleted');
    const done = await agent.follow(res);
    getByRole(done.document.body, 'heading', { name: 'Your account has been deleted' });
    const { rows } = await t.db.query<Record<string, unknown>>('SELECT email, name, password_hash, identities, deleted_at FROM users WHERE id = $1', [user.id]);
    assert.equal(rows[0]!.email, null);
    assert.equal(rows[0]!.name, null);
    assert.equal(rows[0]!.password_hash, null);
    assert.deepEqual(rows[0]!.identities, ['carer'], 'anonymous counts by role stay true');
    assert.ok(rows[0]!.deleted_at instanceof Date);
    assert.equal((await t.db.query('SELECT 1 FROM user_access_needs WHERE user_id = $1', [user.id])).rows.length, 0);
    const log = await findAuditEntries(t.db, { subjectId: user.id });
    assert.deepEqual(log.map((e) => ({ action: e.action })), [{ action: 'account.deleted' }]);
    const account = await agent.get('/account');
    assert.equal(account.status, 303, 'the person is signed out');
  });

  const bad: [string, Record<string, string | string[]>, string][] = [
    ['/account/name', { name: '' }, 'Enter your full name'],
    ['/account/name', { name: 'n'.repeat(101) }, 'Full name must be 100 characters or less'],
    ['/account/identities', {}, 'Select how you identify, or more than one'],
    ['/account/identities', { identities: 'astronaut' }, 'Select how you identify, or more than one'],
    ['/account/access-needs', { share: 'yes' }, 'Select how we should contact you'],
    ['/account/access-needs', { contactMethod: 'pigeon', share: 'yes' }, 'Select how we should contact you'],
    ['/account/access-needs', { contactMethod: 'email', details: 'd'.repeat(1001), share: 'yes' }, 'Anything else we should know must be 1,000 characters or less'],
    ['/account/access-needs', { contactMethod: 'email', share: 'perhaps' }, 'Select yes if we can share your needs with event organisers'],
    ['/account/contact-preferences', { preferences: 'spam' }, 'Select from the list for contact preferences'],
    ['/account/password', { password: 'short' }, 'Password must be 12 characters or more'],
    ['/account/password', { password: '' }, 'Enter a password'],
  ];
  for (const [url, fields, message] of bad) {
    test(`${url}: ${message}`, async () => {
      const { agent } = await signedInAgent(t);
      const res = await agent.submit(url, fields);
      assert.equal(res.status, 400);
      assert.ok(getByRole(res.document.body, 'link', { name: message }));
      assert.ok(getAllByRole(res.document.body, 'heading', { name: 'There is a problem' }).length === 1);
    });
  }

  test('what was typed is kept when the form has an error', async () => {
    const { agent } = await signedInAgent(t);
    const res = await agent.submit('/account/access-needs', { informationFormats: ['large-print'], details: 'Hearing loop', share: 'yes' });
    assert.equal(res.status, 400);
    assert.equal((getByRole(res.document.body, 'checkbox', { name: 'Large print' }) as HTMLInputElement).checked, true);
    assert.equal((res.document.getElementById('details') as HTMLTextAreaElement).value, 'Hearing loop');
    assert.equal((getByRole(res.document.body, 'radio', { name: 'Yes' }) as HTMLInputElement).checked, true);
  });
});
