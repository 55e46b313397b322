// Story: a person with access needs books a place (pre-filled from their account) and the organiser sees what they
// need on the event's admin page. axe runs on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser, giveAccessNeeds } from '../../accounts/testing/factories.ts';
import { buildEvent } from '../testing/factories.ts';


let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

test('a person with access needs books (pre-filled from their account) and the organiser sees them', async () => {
  const person = await buildUser(j.t.ctx, { name: 'Sam Needs' });
  await giveAccessNeeds(j.t.ctx, person.id, { contact_method: 'email', information_formats: ['large-print'], communication_support: ['bsl-interpreter'], details: null, share_with_organisers: true });
  const title = 'Carers forum at the library';
  await buildEvent(j.t.ctx, { title, event_type: 'user-forum', format: 'in-person', venue_name: 'Central Library', online_link: null, venue_features: ['step-free', 'hearing-loop'] });
  const page = await openPage(j, true);
  await signIn(page, person.email!);
  await visit(page, '/events');
  await press(page, title, 'link');
  await page.getByRole('heading', { name: 'Accessibility' }).waitFor();
  await press(page, 'Book a place');
  for (let i = 0; i < 4; i++) {
    if (i === 2) await page.getByLabel('A carer, family member or friend of someone who uses services').check();
    await press(page, 'Continue');
  }
  assert.ok(await page.getByLabel('British Sign Language (BSL) interpreter').isChecked(), 'pre-filled from the account');
  assert.ok(await page.getByLabel('Large print').isChecked());
  await page.getByLabel('Step-free access').check();
  await page.getByLabel('A place for a companion or carer').check();
  await press(page, 'Continue');
  await press(page, 'Book my place');
  await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
  await page.context().close();

  const organiser = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });
  const admin = await openPage(j, true);
  await signIn(admin, organiser.email!);
  await press(admin, 'Admin', 'link');
  await visit(admin, '/admin/events');
  await press(admin, title, 'link');
  const main = await admin.locator('main').innerText();
  assert.match(main, /1 needs a BSL interpreter/);
  assert.match(main, /1 needs step-free access/);
  assert.match(main, /1 is bringing a companion or carer/);
  assert.match(main, /Sam Needs/);
  assert.match(main, /2 places booked/);
  await admin.context().close();
});
