import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { buildUser, TEST_PASSWORD } from '../testing/factories.ts';
import { countSessionsOfUser } from '../../../platform/auth/session.ts';
import { fieldErrors, notificationBanner } from '../../../../tests/support/find.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

async function latestLink(email: string): Promise<string> {
  const links = await t.ctx.outbox.find({ to: email, purpose: 'sign-in-link' });
  const link = links.at(-1)?.body_text.match(/http:\/\/localhost:3000(\/sign-in\/link\/\S+)/)?.[1];
  assert.ok(link, `a sign-in link was emailed to ${email}`);
  return link;
}

describe('sign up and sign in by emailed link', () => {
  test('a new person signs up, follows the link once, and is signed in with a new session', async () => {
    const agent = new Agent(t.app);
    await agent.get('/');
    const before = agent.cookies.get('chorus_session');
    const res = await agent.submit('/sign-up', { name: 'Ada Lovelace', email: 'ada@example.org', privacy: 'yes' });
    assert.equal(res.status, 303);
    const check = await agent.follow(res);
    getByRole(check.document.body, 'heading', { level: 1, name: 'Check your email' });

    const { rows } = await t.db.query<{ name: string; roles: string[] }>(`SELECT name, roles FROM users WHERE email = 'ada@example.org'`);
    assert.deepEqual(rows, [{ name: 'Ada Lovelace', roles: ['participant'] }]);
    const consents = await t.db.query(`SELECT purpose FROM consents c JOIN users u ON u.id = c.user_id WHERE u.email = 'ada@example.org'`);
    assert.deepEqual(consents.rows, [{ purpose: 'privacy-notice' }]);

    const link = await latestLink('ada@example.org');
    const confirm = await agent.get(link);
    getByRole(confirm.document.body, 'heading', { name: 'Sign in to Chorus' });
    const signedIn = await agent.submitOn(confirm, link, {}, 'Sign in');
    assert.equal(signedIn.status, 303);
    assert.notEqual(agent.cookies.get('chorus_session'), before, 'signing in issues a new session id (no fixation)');
    const account = await agent.follow(signedIn);
    getByRole(account.document.body, 'heading', { level: 1, name: 'Your account' });
    assert.match(text(notificationBanner(account.document)), /You are signed in/);

    const again = await new Agent(t.app).get(link);
    assert.equal(again.status, 410, 'the link works only once');
    getByRole(again.document.body, 'heading', { name: 'This sign-in link has expired' });
  });

  test('a link stops working after 15 minutes', async () => {
    const user = await buildUser(t.ctx, { email: 'late@example.org' });
    const agent = new Agent(t.app);
    await agent.submit('/sign-in', { email: user.email! });
    const link = await latestLink('late@example.org');
    const { rows } = await t.db.query<{ minutes: number }>(
      `SELECT round(extract(epoch FROM (expires_at - created_at)) / 60)::int AS minutes FROM login_tokens WHERE user_id = $1`,
      [user.id],
    );
    assert.deepEqual(rows, [{ minutes: 15 }]);
    await t.db.query(`UPDATE login_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const page = await agent.get(link);
    assert.equal(page.status, 410);
  });

  test('asking for a link for an unknown address looks the same and sends nothing', async () => {
    const agent = new Agent(t.app);
    const res = await agent.submit('/sign-in', { email: 'nobody@example.org' });
    assert.equal(res.location, '/sign-in/check-email');
    assert.equal((await t.ctx.outbox.find({ to: 'nobody@example.org' })).length, 0);
  });

  test('signing up with an address that has an account sends a sign-in link instead of a second account', async () => {
    await buildUser(t.ctx, { email: 'twice@example.org' });
    const res = await new Agent(t.app).submit('/sign-up', { name: 'Twice', email: 'TWICE@example.org', privacy: 'yes' });
    assert.equal(res.status, 303);
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE lower(email) = 'twice@example.org'`);
    assert.equal(rows[0]!.n, 1);
    await latestLink('twice@example.org');
  });
});

describe('sign in with a password', () => {
  test('the right password signs in; the wrong one gets an error and keeps the email', async () => {
    const user = await buildUser(t.ctx, { email: 'pw@example.org', name: 'Pat' });
    const agent = new Agent(t.app);
    const wrong = await agent.submit('/sign-in/password', { email: user.email!, password: 'not it' });
    assert.equal(wrong.status, 400);
    assert.match(wrong.document.title, /^Error: /);
    const summary = getByRole(wrong.document.body, 'alert');
    assert.match(text(summary), /There is a problem.*Enter a correct email address and password/);
    assert.equal((wrong.document.getElementById('email') as HTMLInputElement).value, 'pw@example.org');
    assert.equal((wrong.document.getElementById('password') as HTMLInputElement).value, '', 'a password is never sent back');

    const right = await agent.submit('/sign-in/password', { email: user.email!, password: TEST_PASSWORD });
    assert.equal(right.status, 303);
    const account = await agent.follow(right);
    assert.ok(getByRole(account.document.body, 'link', { name: 'Pat' }), 'the header names the signed-in person');
  });

  test('signing out ends the session', async () => {
    const user = await buildUser(t.ctx);
    const agent = new Agent(t.app);
    await agent.submit('/sign-in/password', { email: user.email!, password: TEST_PASSWORD });
    const out = await agent.submit('/sign-out', {}, 'Sign out');
    assert.equal(out.location, '/signed-out');
    const account = await agent.get('/account');
    assert.equal(account.status, 303);
    assert.equal(account.location, '/sign-in?next=%2Faccount');
    assert.equal(await countSessionsOfUser(t.db, user.id), 0);
  });

  test('only same-site paths are followed after sign-in', async () => {
    const user = await buildUser(t.ctx);
    const agent = new Agent(t.app);
    await agent.get('/sign-in/password?next=//evil.example/x');
    const res = await agent.submitOn(agent.last!, '/sign-in/password', { email: user.email!, password: TEST_PASSWORD });
    assert.equal(res.location, '/account');
  });
});

describe('rate limits', () => {
  test('password attempts for one email address are limited: the 11th in 10 minutes gets the 429 page', async () => {
    const agent = new Agent(t.app);
    const page = await agent.get('/sign-in/password');
    let last = page;
    for (let i = 0; i < 11; i++) last = await agent.submitOn(page, '/sign-in/password', { email: 'x@example.org', password: 'guess' });
    assert.equal(last.status, 429);
    assert.ok(last.headers['retry-after']);
    getByRole(last.document.body, 'heading', { name: 'Too many attempts' });
  });

  test('sign-in links to one address are limited, whoever asks', async () => {
    const user = await buildUser(t.ctx, { email: 'flood@example.org' });
    for (let i = 0; i < 5; i++) await new Agent(t.app).submit('/sign-in', { email: user.email! });
    const sixth = await new Agent(t.app).submit('/sign-in', { email: user.email! });
    assert.equal(sixth.status, 429);
    assert.equal((await t.ctx.outbox.find({ to: 'flood@example.org' })).length, 5);
  });

  test('sign-ups from one address are limited: the 51st in an hour gets the 429 page', async () => {
    const agent = new Agent(t.app);
    const page = await agent.get('/sign-up');
    let last = page;
    for (let i = 0; i < 51; i++) last = await agent.submitOn(page, '/sign-up', { name: '', email: '', privacy: [] });
    assert.equal(last.status, 429);
  });
});

describe('bad input on the sign-up and sign-in forms', () => {
  const cases: [string, Record<string, string | string[]>, string][] = [
    ['/sign-up', { name: '', email: '', privacy: [] }, 'Enter your full name'],
    ['/sign-up', { name: 'x'.repeat(101), email: 'a@example.org', privacy: 'yes' }, 'Full name must be 100 characters or less'],
    ['/sign-up', { name: 'Ann', email: 'ann@', privacy: 'yes' }, 'Enter an email address in the correct format, like name@example.com'],
    ['/sign-up', { name: 'Ann\u0007', email: 'ann@example.org', privacy: 'yes' }, 'Full name must not include hidden or control characters'],
    ['/sign-up', { name: 'Ann', email: 'ann@example.org' }, 'Confirm that you have read the privacy notice'],
    ['/sign-up', { name: 'Ann', email: 'ann@example.org', privacy: 'maybe' }, 'Confirm that you have read the privacy notice'],
    ['/sign-in', { email: '' }, 'Enter your email address'],
    ['/sign-in', { email: `${'a'.repeat(250)}@example.org` }, 'Email address must be 254 characters or less'],
    ['/sign-in', { email: ['a@example.org', 'b@example.org'] }, 'Enter your email address'],
    ['/sign-in/password', { email: 'a@example.org', password: '' }, 'Enter your password'],
  ];
  for (const [url, fields, message] of cases) {
    test(`${url} with ${JSON.stringify(fields).slice(0, 60)} says "${message}"`, async () => {
      const agent = new Agent(t.app);
      const res = await agent.submit(url, fields);
      assert.equal(res.status, 400);
      assert.match(res.document.title, /^Error: /);
      assert.ok(getByRole(res.document.body, 'link', { name: message }), 'the error summary links to the field');
      assert.ok(fieldErrors(res.document).length > 0, 'the field shows the error too, read out with it');
      const typed = typeof fields.name === 'string' && !fields.name.includes('\u0007') ? fields.name : undefined;
      if (typed) assert.equal((res.document.getElementById('name') as HTMLInputElement).value, typed, 'what was typed is kept');
      assert.equal(queryByRole(res.document.body, 'heading', { name: /problem with the service/ }), null);
    });
  }
});
