// Journeys: a new person signs up, signs in by emailed link, records access needs and downloads their data;
// an admin invites a facilitator who can then reach the admin area, while a participant cannot;
// keyboard-only sign-in. Each runs with JavaScript on and off, with axe on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertAccessible, type Journey, openPage, press, readLinkFromOutbox, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser, TEST_PASSWORD } from '../testing/factories.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a new person signs up, signs in by emailed link, records access needs and downloads their data', async () => {
      const admin = await buildUser(j.t.ctx, { roles: ['participant', 'admin'] });
      const adminPage = await openPage(j, js);
      await signIn(adminPage, admin.email!);

      const page = await openPage(j, js);
      const email = `new-${js ? 'js' : 'nojs'}@example.org`;
      await visit(page, '/');
      await press(page, 'Create an account', 'link');
      await press(page, 'Create account');
      assert.equal(await page.title(), 'Error: Create an account – Chorus', 'an empty form shows the error summary');
      await page.getByLabel('Full name').fill('Robin Newcomer');
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('I have read the privacy notice').check();
      await press(page, 'Create account');
      await page.getByRole('heading', { name: 'Check your email' }).waitFor();

      const link = await readLinkFromOutbox(adminPage, email, 'Your link to sign in to Chorus');
      await visit(page, link);
      await press(page, 'Sign in');
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

      await press(page, 'Change communication and access needs', 'link');
      await page.getByLabel('Text message').check();
      await page.getByLabel('UK mobile phone number').fill('07700 900 982');
      await page.getByLabel('Easy Read').check();
      await page.getByLabel('British Sign Language (BSL) interpreter').check();
      await page.getByLabel('Is there anything else we should know? (optional)').fill('A quiet room helps me');
      await page.getByRole('group', { name: 'Can we share these needs with the organisers of events you book?' }).getByLabel('Yes').check();
      await press(page, 'Save');
      await page.getByText('Your communication and access needs have been saved').waitFor();
      assert.match(await page.locator('main').innerText(), /British Sign Language \(BSL\) interpreter/);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()]);
      const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      assert.equal(data.account.email, email);
      assert.deepEqual(data.communicationAndAccessNeeds.communication_support, ['bsl-interpreter']);
      assert.equal(data.communicationAndAccessNeeds.mobile, '07700900982');
      await page.context().close();
      await adminPage.context().close();
    });

    test('an admin invites a facilitator who can reach the admin area; a participant cannot', async () => {
      const admin = await buildUser(j.t.ctx, { roles: ['participant', 'admin'] });
      const adminPage = await openPage(j, js);
      await signIn(adminPage, admin.email!);
      await press(adminPage, 'Admin', 'link');
      await press(adminPage, 'People and roles', 'link');
      await press(adminPage, 'Invite a member of staff', 'link');
      const email = `fac-${js ? 'js' : 'nojs'}@example.nhs.uk`;
      await adminPage.getByLabel('Full name').fill('Farah Facilitator');
      await adminPage.getByLabel('Email address').fill(email);
      await adminPage.getByLabel('Facilitator').check();
      await press(adminPage, 'Send invitation');
      await adminPage.getByText('Invitation sent').waitFor();

      const staff = await openPage(j, js);
      await visit(staff, '/sign-in');
      await staff.getByLabel('Enter your email address to sign in').fill(email);
      await press(staff, 'Email me a sign-in link');
      const link = await readLinkFromOutbox(adminPage, email, 'Your link to sign in to Chorus');
      await visit(staff, link);
      await press(staff, 'Sign in');
      await press(staff, 'Admin', 'link');
      await staff.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();

      // The admin gives the facilitator a second role.
      await visit(adminPage, '/admin/users');
      await press(adminPage, /Change roles for Farah Facilitator/, 'link');
      await adminPage.getByLabel('Moderator').check();
      await press(adminPage, 'Save roles');
      assert.match(await adminPage.locator('main').innerText(), /participant, facilitator, moderator/);

      const participant = await buildUser(j.t.ctx);
      const p = await openPage(j, js);
      await signIn(p, participant.email!);
      assert.equal(await p.getByRole('link', { name: 'Admin' }).count(), 0);
      const res = await p.goto('/admin');
      assert.equal(res?.status(), 403);
      await assertAccessible(p);
      for (const page of [adminPage, staff, p]) await page.context().close();
    });
  });
}

test('keyboard-only sign-in', async () => {
  const user = await buildUser(j.t.ctx, { name: 'Kim Keys' });
  const page = await openPage(j, true);
  await visit(page, '/sign-in/password');
  for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'email'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'email', 'the email field is reachable by Tab');
  await page.keyboard.type(user.email!);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');
  await page.keyboard.type(TEST_PASSWORD);
  await Promise.all([page.waitForURL('**/account'), page.keyboard.press('Enter')]);
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
  await assertAccessible(page);
  await page.context().close();
});
