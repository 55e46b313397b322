// Story: a carer opens the draft strategy, follows Pillar 4, switches to Easy Read and, by keyboard only, chooses a
// part of the section to comment on, types a comment, switches format and back (what was typed is kept), says they
// are a carer and stays anonymous, checks and sends; their comment is then on the section with the words it is
// about. With JavaScript the chosen part's text appears in the quote box, and words selected with the mouse can be
// used; without it the server quotes the chosen paragraph. At 320 px the section page does not scroll sideways.
// JavaScript on and off; axe on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, type Journey, openPage, press, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildConsultation } from '../testing/factories.ts';

const PILLAR_4 = 'Pillar 4: Support in crisis';
const CRISIS_LINE = 'A crisis line will answer your call day and night, every day of the year.';
const SAFE_PLACE = 'A safe place to go when you cannot stay at home, open until late.';
const HOME_VISIT = 'A home visit from the crisis team within 4 hours of your call.';

let j: Journey;
let consultationId: string;
let sectionId: string;
before(async () => {
  j = await startJourney();
  const c = await buildConsultation(j.t.ctx, {
    title: 'Our draft mental health strategy',
    sections: [
      { heading: 'Pillar 1: Prevention and wellbeing', body: 'We will help people stay well.\n\nWe will work with schools and workplaces.' },
      { heading: PILLAR_4, body: `${CRISIS_LINE}\n\n${SAFE_PLACE}\n\n${HOME_VISIT}`, easyReadText: 'You can phone us any time.\nWe will come to see you quickly.', easyReadPicture: 'phone' },
    ],
  });
  consultationId = c.id;
  sectionId = c.sectionIds[1]!;
});
after(() => j.close());

const sectionPath = () => `/consultations/${consultationId}/sections/${sectionId}`;

/** presses Tab (or Shift+Tab) until the focused element is the one named, by its label or its text */
async function focusOn(page: Page, name: string, backwards = false) {
  for (let i = 0; i < 80; i++) {
    const focused = await page.evaluate(() => {
      const e = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
      return { label: e?.labels?.[0]?.textContent?.trim() ?? '', text: e?.textContent?.trim() ?? '' };
    });
    if (focused.label === name || focused.text === name) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`"${name}" can be reached with ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** Enter on a link or button, then the next page is checked with axe */
async function enter(page: Page, name: string, backwards = false) {
  await focusOn(page, name, backwards);
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await assertAccessible(page);
}

const value = (page: Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a carer reads Pillar 4 in Easy Read and comments on a part of it by keyboard only', async () => {
      const comment = `Four hours is too long to wait when someone is frightened (${js ? 'on' : 'off'}).`;
      const page = await openPage(j, js);
      await visit(page, `/consultations/${consultationId}`);
      await enter(page, PILLAR_4);
      await page.getByRole('heading', { level: 1, name: PILLAR_4 }).waitFor();
      await enter(page, 'Switch to Easy Read');
      await page.getByText('You can phone us any time.').waitFor();
      await page.getByRole('img', { name: 'Telephone' }).waitFor();

      // choose the third part from the list, with the arrow keys
      await focusOn(page, 'Or choose a part');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await value(page, 'Or choose a part'), '3');
      assert.equal(await value(page, 'Which words are you talking about? (optional)'), js ? HOME_VISIT : '', js ? 'the part appears in the quote box' : 'the quote box is left for the server');
      await focusOn(page, 'What do you think?');
      await page.keyboard.type(comment);

      // switching format mid-way keeps what was typed, both ways
      await enter(page, 'Switch to the standard version', true);
      await page.getByRole('button', { name: 'Switch to Easy Read' }).waitFor();
      assert.equal(await value(page, 'Your comment'), comment, 'the comment is kept in the standard version');
      assert.equal(await value(page, 'Or choose a paragraph'), '3', 'the paragraph chosen is kept');
      await enter(page, 'Switch to Easy Read', true);
      assert.equal(await value(page, 'What do you think?'), comment, 'the comment is kept back in Easy Read');
      await enter(page, 'Continue');

      // About you in Easy Read words
      await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
      await focusOn(page, 'I use mental health services, or I used them before');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByLabel('I look after someone who uses mental health services').isChecked(), true);
      await focusOn(page, 'Yes, show a name');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByLabel('No, do not show a name').isChecked(), true);
      await enter(page, 'Continue');

      await page.getByRole('heading', { level: 1, name: 'Check what you said' }).waitFor();
      const check = await page.locator('main').innerText();
      assert.match(check, new RegExp(`What you said\\s+${escape(comment)}`));
      assert.match(check, new RegExp(`The words you are talking about\\s+${escape(HOME_VISIT)}`), 'the chosen part is the quote');
      assert.match(check, /Your name\s+Anonymous/);
      await enter(page, 'Send comment');
      await page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
      await enter(page, 'See your comment');

      const mine = page.getByRole('article').filter({ hasText: comment });
      assert.equal(await mine.getByRole('heading').innerText(), 'Anonymous');
      const shown = await mine.innerText();
      assert.match(shown, /A carer, family member or friend/);
      assert.match(shown, new RegExp(`You commented on:\\s+${escape(HOME_VISIT)}`));
      await page.context().close();

      // someone else sees the same comment and what it is about
      const other = await openPage(j, js);
      await visit(other, sectionPath());
      const theirs = await other.getByRole('article').filter({ hasText: comment }).innerText();
      assert.match(theirs, new RegExp(`Commenting on:\\s+${escape(HOME_VISIT)}`));
      await other.context().close();
    });

    test('at 320 px wide the section page does not scroll sideways, in standard and Easy Read', async () => {
      const page = await openPage(j, js);
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of [sectionPath(), `${sectionPath()}?format=easy-read`]) {
        await visit(page, path);
        const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
        assert.ok(scroll <= width, `${path} is ${scroll}px wide in a ${width}px window`);
      }
      await page.context().close();
    });
  });
}

test('with JavaScript, words selected in the section with the mouse fill the quote box', async () => {
  const page = await openPage(j, true);
  await visit(page, sectionPath());
  const useWords = page.getByRole('button', { name: 'Use the words I selected' });
  assert.equal(await useWords.isVisible(), false, 'the button is hidden until words are selected');

  // drag the mouse from "a safe place" to "at home"
  const words = 'safe place to go when you cannot stay at home';
  const box = await page.evaluate((words) => {
    const p = [...document.querySelectorAll('[data-quote-source] p')].find((e) => e.textContent!.includes(words))!;
    const node = p.firstChild as Text;
    const start = node.data.indexOf(words);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    const first = range.getBoundingClientRect();
    range.setStart(node, start + words.length - 1);
    range.setEnd(node, start + words.length);
    const last = range.getBoundingClientRect();
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 10 });
  await page.mouse.up();
  assert.equal(await page.evaluate(() => window.getSelection()!.toString().replace(/\s+/g, ' ').trim()), words, 'the words are selected');

  await useWords.click();
  assert.equal(await value(page, 'The words you are commenting on (optional)'), words);
  await page.getByLabel('Your comment', { exact: true }).fill('A safe place should be open all night.');
  await press(page, 'Continue');
  await page.getByLabel('A carer, family member or friend').check();
  await page.getByLabel('No, show it as anonymous').check();
  await press(page, 'Continue');
  assert.match(await page.locator('main').innerText(), new RegExp(`The words you are commenting on\\s+${words}`));
  await press(page, 'Send comment');
  await press(page, 'See your comment', 'link');
  assert.match(await page.getByRole('article').filter({ hasText: 'A safe place should be open all night.' }).innerText(), new RegExp(`You commented on:\\s+${words}`));
  await page.context().close();
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
