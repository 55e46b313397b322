// Story: a member of the public finds an event from the home page, the programme hub and the filtered events list,
// books a place at an online event without an account and cancels it from the emailed link (JavaScript on and off).
// axe runs on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildEvent } from '../testing/factories.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';


let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

/** The path of the newest link to `pathPrefix` in an email to this address (read from the outbox). */
async function linkInEmail(to: string, pathPrefix: string): Promise<string> {
  const rows = (await j.t.ctx.outbox.find({ to })).reverse();
  for (const r of rows) {
    const m = new RegExp(`https?://[^/\\s]+(${pathPrefix}\\S+)`).exec(r.body_text);
    if (m) return m[1]!;
  }
  throw new Error(`no ${pathPrefix} link emailed to ${to}`);
}

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('the home page, programme hub, a programme timeline and the filtered events list', async () => {
      const { id, phaseIds } = await buildProgramme(j.t.ctx, { title: `Strategy review ${js ? 'A' : 'B'}` });
      await buildEvent(j.t.ctx, { title: `Staff workshop ${js ? 'A' : 'B'}`, programme_id: id, phase_id: phaseIds[0]!, audiences: ['staff'] });
      const page = await openPage(j, js);
      await visit(page, '/');
      await press(page, `Strategy review ${js ? 'A' : 'B'}`, 'link');
      await page.getByRole('link', { name: `Staff workshop ${js ? 'A' : 'B'}` }).waitFor();
      await visit(page, '/programmes');
      await visit(page, '/events');
      await page.getByLabel('Who it is for').selectOption('staff');
      await press(page, 'Show events');
      assert.match(await page.locator('main').innerText(), new RegExp(`Staff workshop ${js ? 'A' : 'B'}`));
      await page.context().close();
    });

    test('a member of the public books a place at an online event without an account, then cancels it', async () => {
      const title = `Online conversation about crisis care ${js ? 'A' : 'B'}`;
      await buildEvent(j.t.ctx, { title });
      const page = await openPage(j, js);
      await visit(page, '/events');
      await press(page, title, 'link');
      await press(page, 'Book a place');
      await press(page, 'Continue');
      assert.match(await page.title(), /^Error: /, 'an empty answer shows the error summary');
      await page.getByLabel('What is your name?').fill('Alex Public');
      await press(page, 'Continue');
      const email = `alex-${js ? 'js' : 'nojs'}@example.org`;
      await page.getByLabel('What is your email address?').fill(email);
      await press(page, 'Continue');
      await page.getByLabel('A member of the public').check();
      await press(page, 'Continue');
      await press(page, 'Continue');
      await page.getByLabel('Captions or a speech-to-text reporter').check();
      await press(page, 'Continue');
      await page.getByRole('heading', { name: 'Check your answers before booking' }).waitFor();
      assert.match(await page.locator('main').innerText(), /Captions or a speech-to-text reporter/);
      await press(page, 'Book my place');
      await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
      const reference = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(await page.getByText('Your booking reference is').innerText())![0];

      await visit(page, await linkInEmail(email, '/bookings/cancel/'));
      assert.match(await page.locator('main').innerText(), new RegExp(reference));
      await press(page, 'Cancel my booking');
      await page.getByRole('heading', { name: 'Your booking is cancelled' }).waitFor();
      const { rows } = await j.t.db.query<{ status: string }>('SELECT status FROM event_bookings WHERE reference = $1', [reference]);
      assert.equal(rows[0]!.status, 'cancelled');
      await page.context().close();
    });
  });
}
