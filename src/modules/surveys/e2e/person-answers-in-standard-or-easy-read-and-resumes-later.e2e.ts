// Story: a person starts the standard survey, switches to Easy Read, leaves, resumes with a code, finishes and skips
// the equality questions (JavaScript on and off); a person completes the Easy Read survey by keyboard only.
// axe runs on every page, in both renderings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, type Journey, openPage, press, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildSurvey } from '../testing/factories.ts';


let j: Journey;
let surveyId: string;
before(async () => {
  j = await startJourney();
  surveyId = (await buildSurvey(j.t.ctx)).id;
});
after(() => j.close());

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a person starts the standard survey, switches to Easy Read, leaves, resumes with a code, finishes and skips the equality questions', async () => {
      const page = await openPage(j, js);
      await visit(page, `/surveys/${surveyId}`);
      await press(page, 'Start now');
      await page.getByLabel('Standard version').check();
      await press(page, 'Continue');
      await page.getByLabel('A carer, family member or friend of someone who uses services').check();
      await press(page, 'Continue');
      await page.getByLabel('Difficult').check();
      await press(page, 'Switch to Easy Read');
      assert.equal(await page.getByLabel('Hard').isChecked(), true, 'the answer is kept after switching');
      await press(page, 'Continue');
      await page.getByLabel('Waiting a long time').check();
      await press(page, 'Save and come back later');
      const code = /Your resume code is ([A-Z0-9]{4} [A-Z0-9]{4})/.exec(await page.locator('main').innerText())![1]!;
      await page.context().close();

      const later = await openPage(j, js);
      await visit(later, `/surveys/${surveyId}`);
      await press(later, 'Continue a response you started', 'link');
      await later.getByLabel('Enter your resume code').fill(code);
      await press(later, 'Continue');
      assert.equal(await later.getByLabel('Waiting a long time').isChecked(), true, 'saved answers come back');
      await press(later, 'Switch to the standard version');
      await press(later, 'Continue');
      await later.getByLabel(/What one thing would make the biggest difference/).fill('A named worker');
      await press(later, 'Continue');
      await later.getByRole('heading', { name: 'Check your answers before sending them' }).waitFor();
      await press(later, 'Send response');
      await later.getByLabel('No, skip the equality questions').check();
      await press(later, 'Continue');
      await later.getByRole('heading', { name: 'Response sent' }).waitFor();
      assert.match(await later.getByText(/Your reference number\s*SV-/).innerText(), /SV-[A-Z0-9]{4}-[A-Z0-9]{4}/);
      await later.context().close();
    });
  });
}

/** presses Tab until the focused element matches, then returns */
async function tabTo(page: Page, matches: () => boolean, what: string) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(matches)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${what} is reachable by Tab`);
}
const focusIs = (page: Page, label: string) => tabTo(page, new Function(`const e = document.activeElement; return !!e && (e.labels?.[0]?.textContent?.trim() === ${JSON.stringify(label)} || e.textContent?.trim() === ${JSON.stringify(label)});`) as () => boolean, label);
async function keyboardSubmit(page: Page, button: string) {
  await focusIs(page, button);
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await assertAccessible(page);
}

test('a person completes the Easy Read survey by keyboard only', async () => {
  const page = await openPage(j, true);
  await visit(page, `/surveys/${surveyId}`);
  await keyboardSubmit(page, 'Start now');
  await focusIs(page, 'Standard version');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByLabel('Easy Read version').isChecked(), true);
  await keyboardSubmit(page, 'Continue');
  await focusIs(page, 'I am a member of the public');
  await page.keyboard.press('Space');
  await keyboardSubmit(page, 'Continue');
  await page.getByRole('img', { name: 'A hand helping another hand' }).waitFor();
  await focusIs(page, 'Very easy');
  await page.keyboard.press('Space');
  await keyboardSubmit(page, 'Continue');
  await focusIs(page, 'What would make things better? (you do not have to answer)');
  await page.keyboard.type('Pictures on letters');
  await keyboardSubmit(page, 'Continue');
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await keyboardSubmit(page, 'Send response');
  await focusIs(page, 'Yes, answer the equality questions (takes 2 minutes)');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByLabel('No, skip the equality questions').isChecked(), true);
  await keyboardSubmit(page, 'Continue');
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  const { rows } = await j.t.db.query<{ variant: string; answers: Record<string, string> }>(`SELECT variant, answers FROM survey_responses WHERE answers->>'q3' = 'Pictures on letters'`);
  assert.deepEqual(rows, [{ variant: 'easy-read', answers: { q1: 'very-easy', q3: 'Pictures on letters' } }]);
  await page.context().close();
});
