// Story: on a phone 320 px wide, a person chooses "Text message" as how to contact them, forgets the mobile number
// asked for after the choices and is told in the GOV.UK way, gives it, sees it on their account, and an admin sees the booking text in the outbox. JavaScript on and
// off, by keyboard, axe on every page, nothing scrolls sideways.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../testing/factories.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

const noSidewaysScroll = async (page: Page) => {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${page.url()} is ${scroll}px wide in a ${width}px window`);
};

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a person asks for text messages and gives their mobile number', async () => {
      const person = await buildUser(j.t.ctx, { name: js ? 'Jess Texter' : 'Noah Texter' });
      const page = await openPage(j, js);
      await page.setViewportSize({ width: 320, height: 640 });
      await signIn(page, person.email!);
      await visit(page, '/account/access-needs');
      await noSidewaysScroll(page);

      // by keyboard: Tab to the first contact choice, arrow keys to "Text message"
      await page.getByLabel('Email', { exact: true }).focus();
      for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByLabel('Text message').isChecked(), true);
      await page.getByRole('group', { name: 'Can we share these needs with the organisers of events you book?' }).getByLabel('Yes').check();
      await press(page, 'Save');
      assert.equal(await page.title(), 'Error: Your communication and access needs – Chorus');
      await noSidewaysScroll(page);
      await page.getByRole('alert').getByRole('link', { name: 'Enter a UK mobile phone number' }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'mobile', 'the error summary link goes to the field');
      await page.keyboard.type('07700 900 982');
      await press(page, 'Save');
      await page.getByText('Your communication and access needs have been saved').waitFor();
      assert.match(await page.locator('main').innerText(), /Text message to 07700900982/);
      await noSidewaysScroll(page);
      await page.context().close();
    });
  });
}

describe('the admin outbox', () => {
  test('shows a text message on a phone without sideways scrolling', async () => {
    const id = await j.t.ctx.outbox.sendText({ phoneNumber: '07700900983', text: 'Your place is booked: A long event title that goes on and on, Tuesday 1 December 2026 at 2pm. Booking reference ABCD-EFGH. Details: http://localhost:3000/events/a1b2c3d4-0000-4000-8000-000000000000', purpose: 'event-booking-confirmed' });
    await j.t.ctx.outbox.deliver(id);
    const admin = await buildUser(j.t.ctx, { roles: ['participant', 'admin'] });
    const page = await openPage(j, true);
    await page.setViewportSize({ width: 320, height: 640 });
    await signIn(page, admin.email!);
    await visit(page, '/admin/outbox');
    await noSidewaysScroll(page);
    await press(page, /^Your place is booked: A long event title/, 'link');
    await page.getByRole('heading', { level: 1, name: 'Text message to 07700900983' }).waitFor();
    await noSidewaysScroll(page);
    await page.context().close();
  });
});
