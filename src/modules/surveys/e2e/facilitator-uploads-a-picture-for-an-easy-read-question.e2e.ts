// Journey: a facilitator uploads their own picture (after a wrong file is refused), picks it for an Easy Read
// question, reorders the page's questions and sees the picture in the Easy Read preview. Axe runs on every page, with JavaScript on and off.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { buildSurvey } from '../testing/factories.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a facilitator uploads a picture and uses it for an Easy Read question', async () => {
      const name = `Day room ${js ? 'A' : 'B'}`;
      const facilitator = await buildUser(j.t.ctx, { roles: ['facilitator'] });
      const survey = await buildSurvey(j.t.ctx, { definition: { sections: [] }, status: 'draft' });
      const page = await openPage(j, js);
      await signIn(page, facilitator.email!);
      await visit(page, `/admin/surveys/${survey.id}`);
      await press(page, 'Pictures for Easy Read', 'link');
      await press(page, 'Upload a picture');

      const fileInput = page.locator('input[type="file"]');
      await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('these are notes, not a picture') });
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Describe the picture (alt text)').fill('Chairs and a table in the day room');
      await press(page, 'Upload picture');
      await page.getByRole('link', { name: 'The selected file must be a PNG, JPG or SVG' }).waitFor();
      assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), name, 'the name is kept');

      const picture = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#41b6e6' } }).jpeg().toBuffer();
      await fileInput.setInputFiles({ name: 'day-room.jpg', mimeType: 'image/jpeg', buffer: picture });
      await press(page, 'Upload picture');
      await page.getByText(`Picture uploaded: ${name}`).waitFor();
      const thumb = page.getByRole('img', { name: 'Chairs and a table in the day room' }).last();
      assert.ok(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 800), 'the picture loads, 800 pixels wide');

      await visit(page, `/admin/surveys/${survey.id}/pages/new`);
      await page.getByLabel('Page title', { exact: true }).fill('Day room');
      await press(page, 'Save page');
      await press(page, 'Add a question to page 1');
      await page.getByLabel('Short text').check();
      await page.getByLabel('Question', { exact: true }).fill('What would make the day room better?');
      await page.getByLabel('Easy Read question').fill('How can we make the day room better?');
      await page.getByLabel('Picture', { exact: true }).selectOption({ label: `Uploaded: ${name}` });
      await page.getByLabel('Describe the picture (alt text)').fill('The day room');
      await press(page, 'Save question');
      await press(page, 'Add a question to page 1');
      await page.getByLabel('Short text').check();
      await page.getByLabel('Question', { exact: true }).fill('Anything else?');
      await page.getByLabel('Easy Read question').fill('Anything else?');
      await press(page, 'Save question');
      await press(page, 'Move up question: Anything else?');
      assert.deepEqual(await page.locator('#p1 li').evaluateAll((items) => items.map((li) => li.id)), ['q2', 'q1'], 'the questions swap places');

      await visit(page, `/admin/surveys/${survey.id}/preview?version=easy-read`);
      const shown = page.getByRole('img', { name: 'The day room' });
      assert.ok(await shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width === 96), 'the picture shows beside the question');
      await page.context().close();
    });
  });
}
