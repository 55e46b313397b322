// Journey: a member of the public, with no link to follow, finds a survey to answer from the navigation ("Have your
// say"), filters what is open, and opens the survey; on a programme with many events the survey is on the first
// screen and "Show all" opens the full list. JavaScript on and off, at 320 px with no sideways scrolling; axe on
// every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { type Journey, assertAccessible, openPage, press, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildEvent } from '../../events/testing/factories.ts';
import { buildSurvey } from '../../surveys/testing/factories.ts';

const DAY = 24 * 3600 * 1000;
let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

/** a programme with 12 events coming up and an open survey, all in its Listen phase */
async function busyProgramme(suffix: string) {
  const { id, phaseIds } = await buildProgramme(j.t.ctx, { title: `Strategy review ${suffix}` });
  for (let n = 0; n < 12; n++) {
    const starts = new Date(Math.ceil((Date.now() + (n + 2) * DAY) / 3600_000) * 3600_000);
    await buildEvent(j.t.ctx, { title: `Listening event ${n + 1} ${suffix}`, programme_id: id, phase_id: phaseIds[0]!, starts_at: starts, ends_at: new Date(starts.getTime() + 7200_000) });
  }
  const survey = `Getting help early ${suffix}`;
  await buildSurvey(j.t.ctx, { title: survey, programmeId: id, phaseId: phaseIds[0]!, closesOn: '2099-06-30', audience: 'Anyone who lives in the area' });
  return { id, survey };
}

const noSidewaysScroll = async (page: Page) => {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${page.url()} is ${scroll}px wide in a ${width}px window`);
};

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a person finds a survey from the navigation, filters what is open and opens it', async () => {
      const suffix = js ? 'A' : 'B';
      const { survey } = await busyProgramme(suffix);
      const page = await openPage(j, js);
      await visit(page, '/');
      await Promise.all([page.waitForURL('**/have-your-say'), page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Have your say' }).click()]);
      await assertAccessible(page);
      await page.getByRole('heading', { level: 1, name: 'Have your say' }).waitFor();
      const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: survey, exact: true }) });
      const details = await item.innerText();
      for (const part of ['Who it is for', 'Anyone who lives in the area', 'Closing date', '30 June 2099', 'Easy Read version available', 'Time it takes', 'About 5 minutes', `Strategy review ${suffix}`]) {
        assert.ok(details.includes(part), `the survey shows "${part}"`);
      }

      await page.getByRole('checkbox', { name: 'Health and social care staff' }).check();
      await press(page, 'Apply filters');
      assert.match(page.url(), /\/have-your-say\?audience=staff$/);
      assert.equal(await page.getByRole('checkbox', { name: 'Health and social care staff' }).isChecked(), true, 'the filter stays ticked');
      await page.getByRole('link', { name: 'Clear filters', exact: true }).waitFor();

      await press(page, survey, 'link');
      await page.getByRole('heading', { level: 1, name: survey }).waitFor();
      await page.getByRole('button', { name: 'Start now' }).waitFor();
      await page.context().close();
    });

    test('on a programme with many events the survey is on the first screen, and "Show all" opens the full list', async () => {
      const suffix = js ? 'C' : 'D';
      const { id, survey } = await busyProgramme(suffix);
      const page = await openPage(j, js);
      await visit(page, `/programmes/${id}`);
      const block = page.getByRole('region', { name: 'Have your say' });
      const link = block.getByRole('link', { name: survey, exact: true });
      const box = (await link.boundingBox())!;
      assert.ok(box.y + box.height <= page.viewportSize()!.height, `the survey link is on the first screen (at ${Math.round(box.y)}px)`);
      assert.equal(await page.getByRole('link', { name: /^Listening event/ }).count(), 5, 'five of the twelve events are shown');
      await press(page, 'Show all 12 events in the Listen phase', 'link');
      await page.getByRole('heading', { level: 1, name: 'All events in the Listen phase' }).waitFor();
      assert.equal(await page.getByRole('link', { name: /^Listening event/ }).count(), 12);
      await press(page, `Back to Strategy review ${suffix}`, 'link');
      await page.getByRole('heading', { level: 1, name: `Strategy review ${suffix}` }).waitFor();
      await page.context().close();
    });

    test('at 320 px wide nothing scrolls sideways', async () => {
      const { id } = await busyProgramme(js ? 'E' : 'F');
      const page = await openPage(j, js);
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of ['/', '/have-your-say', '/have-your-say?audience=staff&kind=survey', `/programmes/${id}`, `/programmes/${id}/timeline`]) {
        await visit(page, path);
        await noSidewaysScroll(page);
      }
      await page.context().close();
    });
  });
}
