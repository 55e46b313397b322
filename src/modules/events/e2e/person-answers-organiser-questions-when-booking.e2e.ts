// Story: an organiser adds their own questions to an online conversation's booking; a person booking answers them
// (one per page, changing an answer from check your answers), with JavaScript on and off; someone who asked for
// Easy Read materials sees the Easy Read words; the organiser sees the answers in the bookings list. axe runs on
// every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { buildEvent } from '../testing/factories.ts';

let j: Journey;
let eventId: string;
const title = 'Online conversation: what would help carers';
before(async () => {
  j = await startJourney();
  eventId = await buildEvent(j.t.ctx, { title });
});
after(() => j.close());

test('an organiser adds two questions for people booking', async () => {
  const organiser = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });
  const page = await openPage(j, true);
  await signIn(page, organiser.email!);
  await visit(page, `/admin/events/${eventId}`);
  await press(page, 'Questions for people booking', 'link');
  await press(page, 'Add a question', 'link');
  await press(page, 'Add question');
  assert.match(await page.title(), /^Error: /, 'an empty form shows the error summary');
  await page.getByLabel('Question', { exact: true }).fill('What would you like to talk about?');
  await page.getByLabel('Easy Read question (optional)').fill('What do you want to talk about?');
  await page.getByLabel('A longer answer').check();
  await page.getByLabel('No').check();
  await press(page, 'Add question');
  await press(page, 'Add a question', 'link');
  await page.getByLabel('Question', { exact: true }).fill('Have you used mental health services in the last three years?');
  await page.getByLabel('One choice from a list').check();
  await page.getByLabel('Choices (for a list)').fill('Yes\nNo\nPrefer not to say');
  await page.getByLabel('Easy Read choices (optional)').fill('Yes\nNo\nI do not want to say');
  await page.getByLabel('Yes', { exact: true }).check();
  await press(page, 'Add question');
  assert.match(await page.locator('main').innerText(), /2\. Have you used mental health services in the last three years\?/);
  await page.context().close();
});

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a person answers the organiser’s questions when booking and changes one from check your answers', async () => {
      const page = await openPage(j, js);
      await visit(page, `/events/${eventId}`);
      await press(page, 'Book a place');
      await page.getByLabel('What is your name?').fill(`Robin ${js ? 'A' : 'B'}`);
      await press(page, 'Continue');
      await page.getByLabel('What is your email address?').fill(`robin-${js ? 'js' : 'nojs'}@example.org`);
      await press(page, 'Continue');
      await page.getByLabel('A carer, family member or friend of someone who uses services').check();
      await press(page, 'Continue');
      await press(page, 'Continue');
      await press(page, 'Continue');
      await page.getByLabel(/What would you like to talk about\?/).fill('Respite breaks');
      await press(page, 'Continue');
      await press(page, 'Continue');
      assert.match(await page.title(), /^Error: /, 'the required question must be answered');
      await page.getByLabel('No', { exact: true }).check();
      await press(page, 'Continue');
      await page.getByRole('heading', { name: 'Check your answers before booking' }).waitFor();
      assert.match(await page.locator('main').innerText(), /Respite breaks/);
      await press(page, /^Change\s*What would you like to talk about\?$/, 'link');
      await page.getByLabel(/What would you like to talk about\?/).fill('Respite breaks and money');
      await press(page, 'Continue');
      assert.match(await page.locator('main').innerText(), /Respite breaks and money/);
      await press(page, 'Book my place');
      await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
      await page.context().close();
    });
  });
}

test('someone who asked for Easy Read materials sees the Easy Read words; the organiser sees every answer', async () => {
  const page = await openPage(j, true);
  await visit(page, `/events/${eventId}`);
  await press(page, 'Book a place');
  await page.getByLabel('What is your name?').fill('Easy Reader');
  await press(page, 'Continue');
  await page.getByLabel('What is your email address?').fill('easy-reader@example.org');
  await press(page, 'Continue');
  await page.getByLabel('A member of the public').check();
  await press(page, 'Continue');
  await press(page, 'Continue');
  await page.getByLabel('Easy Read materials').check();
  await press(page, 'Continue');
  await page.getByLabel(/What do you want to talk about\?/).fill('Pictures on letters');
  await press(page, 'Continue');
  await page.getByLabel('I do not want to say').check();
  await press(page, 'Continue');
  await press(page, 'Book my place');
  await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
  await page.context().close();

  const organiser = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });
  const admin = await openPage(j, true);
  await signIn(admin, organiser.email!);
  await visit(admin, `/admin/events/${eventId}`);
  const bookings = await admin.getByRole('table', { name: 'Bookings' }).innerText();
  for (const answer of ['Respite breaks and money', 'Pictures on letters', 'Prefer not to say']) assert.match(bookings, new RegExp(answer));
  await admin.context().close();
});
