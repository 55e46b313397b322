// Story: a person puts what matters most in order with the Move up and Move down buttons (no JavaScript, no
// dragging), and a facilitator checks the same question in the preview and the paper pack. Axe runs on every page
// with its usual rules and with label-content-name-mismatch (WCAG 2.5.3, off by default in axe): each button's
// accessible name starts with the words on it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { text, type Definition } from '../../../capabilities/questionnaires/index.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { buildSurvey } from '../testing/factories.ts';

const RANKING: Definition = {
  sections: [{
    id: 'p1', title: text('What matters most', 'What matters most'),
    questions: [{ id: 'q1', type: 'ranking', label: text('Put these in order of how much they matter to you', 'What matters most to you?'), subject: 'what matters most', required: true,
      options: [{ value: 'a1', label: text('Being seen quickly', 'Getting help fast') }, { value: 'a2', label: text('Kind staff', 'Kind staff') }, { value: 'a3', label: text('Seeing the same person', 'The same person each time') }] }],
  }],
};

let j: Journey;
let surveyId: string;
before(async () => {
  j = await startJourney();
  surveyId = (await buildSurvey(j.t.ctx, { definition: RANKING, title: 'What matters to you' })).id;
});
after(() => j.close());

/** axe's WCAG 2.5.3 rule, which the shared check does not run */
async function labelInName(page: Page): Promise<void> {
  const copy = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  const tab = await copy.newPage();
  await tab.goto(`${j.baseUrl}/healthz`);
  await tab.setContent((await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'load' });
  const result = await new AxeBuilder({ page: tab }).withRules(['label-content-name-mismatch']).analyze();
  await copy.close();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `on ${page.url()}`);
}

test('ranking with buttons: the order changes, and every button is named by its words first', async () => {
  const page = await openPage(j, false);
  await visit(page, `/surveys/${surveyId}`);
  await press(page, 'Start now');
  await page.getByLabel('Standard version').check();
  await press(page, 'Continue');
  await page.getByLabel('A member of the public').check();
  await press(page, 'Continue');
  await labelInName(page);
  await press(page, 'Move up Seeing the same person');
  assert.deepEqual(await page.locator('.app-ranking__text').allInnerTexts(), ['Being seen quickly', 'Seeing the same person', 'Kind staff']);
  await labelInName(page);
  await page.context().close();

  const facilitator = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });
  const admin = await openPage(j, false);
  await signIn(admin, facilitator.email!);
  for (const path of ['preview', 'preview?version=easy-read', 'print', 'print?version=easy-read']) {
    await visit(admin, `/admin/surveys/${surveyId}/${path}`);
    assert.equal(await admin.getByRole('button', { name: /^Move (up|down) \S/ }).count(), 4, path);
    await labelInName(admin);
  }
  await admin.context().close();
});
