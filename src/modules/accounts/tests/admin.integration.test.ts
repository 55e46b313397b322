import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildOrganisation, buildUser } from '../testing/factories.ts';
import type { Role } from '../../../platform/authorisation/index.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';
import { notificationBanner } from '../../../../tests/support/find.ts';

let t: TestApp;
let orgId: string;
let someoneId: string;
before(async () => {
  t = await buildTestApp();
  orgId = (await buildOrganisation(t.ctx, 'Opening Doors')).id;
  someoneId = (await buildUser(t.ctx)).id;
});
after(() => t.close());

// Every admin page, and who may see it.
const ADMIN_PAGES: [string, Role[]][] = [
  ['/admin', ['facilitator', 'moderator', 'admin']],
  ['/admin/users', ['admin']],
  ['/admin/users/invite', ['admin']],
  ['/admin/users/:someone', ['admin']],
  ['/admin/organisations', ['facilitator', 'admin']],
  ['/admin/organisations/new', ['admin']],
  ['/admin/organisations/:org', ['facilitator', 'admin']],
  ['/admin/outbox', ['admin']],
  ['/admin/settings/crisis-line', ['admin']],
];

describe('admin area: who can reach what', () => {
  const path = (p: string) => p.replace(':someone', someoneId).replace(':org', orgId);

  test('signed-out people are sent to sign in from every admin page', async () => {
    for (const [p] of ADMIN_PAGES) {
      const res = await new Agent(t.app).get(path(p));
      assert.equal(res.status, 303, p);
      assert.match(res.location ?? '', /^\/sign-in\?next=/);
    }
  });

  for (const role of ['participant', 'facilitator', 'moderator', 'admin'] as Role[]) {
    test(`a ${role} gets each admin page or the 403 page`, async () => {
      const { agent } = await signedInAgent(t, role === 'participant' ? ['participant'] : ['participant', role]);
      for (const [p, allowed] of ADMIN_PAGES) {
        const res = await agent.get(path(p));
        if (allowed.includes(role)) {
          assert.equal(res.status, 200, `${role} ${p}`);
        } else {
          assert.equal(res.status, 403, `${role} ${p}`);
          getByRole(res.document.body, 'heading', { name: 'You do not have permission to see this page' });
        }
      }
      const header = await agent.get('/');
      const adminLink = queryByRole(header.document.body, 'link', { name: 'Admin' });
      assert.equal(Boolean(adminLink), role !== 'participant', 'the Admin link shows only to people who can use it');
    });
  }

  test('admin POSTs are refused for people without the ability, before anything changes', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const page = await agent.get('/account');
    const token = (page.document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
    for (const url of ['/admin/users/invite', `/admin/users/${someoneId}`, '/admin/organisations/new', `/admin/organisations/${orgId}/representatives`, '/admin/settings/crisis-line']) {
      const res = await agent.postRaw(url, { _csrf: token, name: 'X', email: 'x@example.org', role: 'admin', roles: 'admin', phone: '0800 000 000', hours: '24 hours' });
      assert.equal(res.status, 403, url);
    }
    const { rows } = await t.db.query(`SELECT 1 FROM users WHERE email = 'x@example.org'`);
    assert.equal(rows.length, 0);
  });
});

describe('admin: people, roles and organisations', () => {
  test('an admin invites a facilitator, who is emailed and can then reach the admin area', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin'], { name: 'Ada Admin' });
    const res = await agent.submit('/admin/users/invite', { name: 'Fran Facilitator', email: 'fran@example.nhs.uk', role: 'facilitator' });
    assert.equal(res.status, 303);
    const list = await agent.follow(res);
    assert.match(text(notificationBanner(list.document)), /Invitation sent/);
    assert.match(text(list.document.body), /fran@example\.nhs\.uk/);
    const { rows } = await t.db.query<{ roles: string[] }>(`SELECT roles FROM users WHERE email = 'fran@example.nhs.uk'`);
    assert.deepEqual(rows[0]!.roles, ['participant', 'facilitator']);
    const mail = await t.ctx.outbox.find({ to: 'fran@example.nhs.uk' });
    assert.equal(mail[0]!.subject, 'You have been invited to Chorus');
    assert.match(mail[0]!.body_text, /Ada Admin has invited you to Chorus as a facilitator/);
    const audit = await findAuditEntries(t.db, { action: 'user.invited' });
    assert.equal(audit.length, 1);
  });

  test('an admin changes roles, and cannot remove their own admin role', async () => {
    const { agent, user: admin } = await signedInAgent(t, ['participant', 'admin']);
    const target = await buildUser(t.ctx, { name: 'Mo Moderator' });
    const res = await agent.submit(`/admin/users/${target.id}`, { roles: ['participant', 'moderator'] });
    assert.equal(res.status, 303);
    const { rows } = await t.db.query<{ roles: string[] }>('SELECT roles FROM users WHERE id = $1', [target.id]);
    assert.deepEqual(rows[0]!.roles, ['participant', 'moderator']);
    const self = await agent.submit(`/admin/users/${admin.id}`, { roles: ['participant'] });
    assert.equal(self.status, 400);
    getByRole(self.document.body, 'link', { name: 'You cannot remove your own admin role. Ask another admin to do it' });
    const none = await agent.submit(`/admin/users/${target.id}`, {});
    assert.equal(none.status, 400);
    getByRole(none.document.body, 'link', { name: 'Select at least one role' });
  });

  test('an admin creates an organisation and makes someone its representative', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const rep = await buildUser(t.ctx, { email: 'rep@gyros.example.org', name: 'Gita Rep' });
    const created = await agent.submit('/admin/organisations/new', { name: 'GYROS', description: 'Migrant communities', website: 'https://gyros.example.org' });
    assert.equal(created.status, 303);
    const page = await agent.follow(created);
    getByRole(page.document.body, 'heading', { level: 1, name: 'GYROS' });
    const added = await agent.submitOn(page, created.location!, { email: 'rep@gyros.example.org' }, 'Add representative');
    assert.equal(added.status, 303);
    const shown = await agent.follow(added);
    assert.match(text(shown.document.body), /Gita Rep/);
    const repAgent = new Agent(t.app);
    const { agent: signedRep } = { agent: repAgent };
    await signedRep.submit('/sign-in/password', { email: rep.email!, password: 'a test password that is long' });
    const account = await signedRep.get('/account');
    getByRole(account.document.body, 'heading', { name: 'Organisations you represent' });
    assert.match(text(account.document.body), /GYROS/);
  });

  const bad: [string, Record<string, string | string[]>, string][] = [
    ['/admin/users/invite', { name: '', email: 'a@example.org', role: 'facilitator' }, 'Enter their full name'],
    ['/admin/users/invite', { name: 'A', email: 'nope', role: 'facilitator' }, 'Enter an email address in the correct format, like name@example.com'],
    ['/admin/users/invite', { name: 'A', email: 'a@example.org' }, 'Select a role'],
    ['/admin/users/invite', { name: 'A', email: 'a@example.org', role: 'superuser' }, 'Select a role'],
    ['/admin/organisations/new', { name: '' }, 'Enter the organisation name'],
    ['/admin/organisations/new', { name: 'Opening Doors' }, 'An organisation with this name already exists'],
    ['/admin/organisations/new', { name: 'New group', website: 'not a website' }, 'Enter a website address in the correct format, like https://www.example.org.uk'],
    ['/admin/organisations/:org', { email: 'nobody@example.org' }, 'There is no Chorus account with this email address. Ask them to sign up first'],
    ['/admin/settings/crisis-line', { name: 'Line', phone: 'call us', hours: '24 hours' }, 'Enter a phone number, like 0800 123 4567'],
    ['/admin/settings/crisis-line', { name: '', phone: '0800 123 4567', hours: '24 hours' }, 'Enter the name of the local crisis line'],
  ];
  for (const [url, fields, message] of bad) {
    test(`${url}: ${message}`, async () => {
      const { agent } = await signedInAgent(t, ['participant', 'admin']);
      const target = url.replace(':org', orgId);
      const page = await agent.get(target);
      const res = await agent.submitOn(page, target, fields, url.includes(':org') ? 'Add representative' : undefined);
      assert.equal(res.status, 400);
      getByRole(res.document.body, 'link', { name: message });
    });
  }
});
