// "Get help now": 999 and 111 are tap-to-call links, and with no local crisis line set the page says how to reach
// the local NHS mental health helpline. The outbox shows the links in an email as links (http and https only).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

describe('Get help now', () => {
  test('999 and 111 are links that start a call; with no local line set, it says how to reach the local helpline', async () => {
    const page = await new Agent(t.app).get('/help');
    const body = page.document.body;
    assert.equal(getByRole(body, 'link', { name: 'Call 999' }).getAttribute('href'), 'tel:999');
    assert.equal(getByRole(body, 'link', { name: 'Call 111' }).getAttribute('href'), 'tel:111');
    getByRole(body, 'heading', { level: 2, name: 'Your local NHS mental health helpline' });
    assert.equal(getByRole(body, 'link', { name: 'call 111 and select option 2' }).getAttribute('href'), 'tel:111');
    assert.match(text(body), /you are put through to the one for where you live/);
    assert.match(getByRole(body, 'link', { name: 'find your local NHS urgent mental health helpline' }).getAttribute('href')!, /^https:\/\/www\.nhs\.uk\//);
  });

  test('when the local crisis line is set, it is shown instead, as a link that starts a call', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const res = await agent.submit('/admin/settings/crisis-line', { name: 'Anytown Crisis Line', phone: '0800 123 4567', hours: '24 hours a day', description: '' });
    assert.equal(res.status, 303);
    const body = (await new Agent(t.app).get('/help')).document.body;
    getByRole(body, 'heading', { name: 'Local crisis line' });
    assert.equal(getByRole(body, 'link', { name: '0800 123 4567' }).getAttribute('href'), 'tel:08001234567');
    assert.equal(queryByRole(body, 'heading', { name: 'Your local NHS mental health helpline' }), null);
    assert.equal(getByRole(body, 'link', { name: 'Call 999' }).getAttribute('href'), 'tel:999');
  });
});

describe('the email outbox', () => {
  test('links in a message are links; only http and https; everything else stays escaped text', async () => {
    await t.ctx.outbox.send({
      to: 'links@example.org',
      subject: 'Links test',
      purpose: 'test',
      text: [
        'Sign in: https://chorus.example/sign-in/link/abc123.',
        'Details (https://chorus.example/events/1?a=1&b=2), or http://localhost:3000/help',
        'Not a link: javascript:alert(1) and <script>alert(2)</script> and data:text/html,hi',
        'Sneaky: https://x.example/"><img src=x onerror=alert(3)>',
      ].join('\n'),
    });
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const list = await agent.get('/admin/outbox');
    const message = await agent.get(getByRole(list.document.body, 'link', { name: 'Links test' }).getAttribute('href')!);
    const pre = message.document.querySelector('pre')!;
    const links = getAllByRole(pre as HTMLElement, 'link').map((a) => [a.textContent, a.getAttribute('href')]);
    assert.deepEqual(links, [
      ['https://chorus.example/sign-in/link/abc123', 'https://chorus.example/sign-in/link/abc123'],
      ['https://chorus.example/events/1?a=1&b=2', 'https://chorus.example/events/1?a=1&b=2'],
      ['http://localhost:3000/help', 'http://localhost:3000/help'],
      ['https://x.example/', 'https://x.example/'],
    ]);
    assert.match(text(pre), /abc123\.\nDetails|abc123\. Details/, 'the full stop stays text');
    assert.match(pre.textContent!, /Not a link: javascript:alert\(1\) and <script>alert\(2\)<\/script>/);
    assert.equal(pre.querySelector('script, img'), null, 'markup in a message is text');
  });
});
