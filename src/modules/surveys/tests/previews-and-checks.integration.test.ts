// Previews, paper packs and the Easy Read check speak the version they show; ranking buttons are named so that
// their accessible name starts with the words on them (WCAG 2.5.3, axe label-content-name-mismatch).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { text as t_, type Definition } from '../../../capabilities/questionnaires/index.ts';
import { buildSurvey, SAMPLE_DEFINITION } from '../testing/factories.ts';
import { seedSurveys, DEMO_SURVEY } from '../seeds.ts';

let t: TestApp;
let facilitator: Agent;
before(async () => {
  t = await buildTestApp();
  facilitator = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
});
after(() => t.close());

const RANKING: Definition = {
  sections: [{
    id: 'p1', title: t_('What matters', 'What matters'),
    questions: [{ id: 'q1', type: 'ranking', label: t_('Put these in order', 'Put these in order'), subject: 'what matters most', required: true, options: [{ value: 'a1', label: t_('Speed', 'Fast help') }, { value: 'a2', label: t_('Kindness', 'Kind staff') }, { value: 'a3', label: t_('Choice', 'Choosing') }] }],
  }],
};

/** the words a sighted person reads on a button (visually hidden text left out) */
const visibleText = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.nhsuk-u-visually-hidden').forEach((h) => h.remove());
  return text(copy);
};

describe('previews and paper packs', () => {
  test('the Easy Read preview and paper pack write routing notes in Easy Read words ("Hard", not "Difficult")', async () => {
    const { id } = await buildSurvey(t.ctx, { status: 'draft' });
    for (const path of ['preview', 'print']) {
      const easy = await facilitator.get(`/admin/surveys/${id}/${path}?version=easy-read`);
      assert.equal(easy.status, 200);
      const notes = [...easy.document.querySelectorAll('.app-preview__page em')].map((e) => text(e));
      assert.deepEqual(notes, ['Only answer "What made it hard?" if you said "Hard" to "Was it easy to get help?"'], path);
      assert.doesNotMatch(text(easy.document.querySelector('.app-preview')!), /Difficult|What made it difficult/, `${path}: no standard wording in the Easy Read pack`);
      const standard = await facilitator.get(`/admin/surveys/${id}/${path}`);
      assert.deepEqual([...standard.document.querySelectorAll('.app-preview__page em')].map((e) => text(e)), ['Answer "What made it difficult?" only if you answered "Difficult" to "How easy was it to get help when you first needed it?"'], path);
    }
  });

  test('ranking buttons on the survey page and in both previews are named starting with their visible words', async () => {
    const { id } = await buildSurvey(t.ctx, { definition: RANKING, easyRead: false });
    const a = new Agent(t.app);
    assert.equal((await a.submit(`/surveys/${id}`, {}, 'Start now')).status, 303);
    await a.submit(`/surveys/${id}/about-you`, { roles: ['carer'] }, 'Continue');
    const pages = [await a.get(`/surveys/${id}/page/p1`), await facilitator.get(`/admin/surveys/${id}/preview`), await facilitator.get(`/admin/surveys/${id}/print`)];
    for (const page of pages) {
      assert.equal(page.status, 200);
      const buttons = getAllByRole(page.document.body, 'button', { name: /^Move (up|down)/ });
      assert.equal(buttons.length, 4, 'two moves for the middle option, one for each end');
      for (const b of buttons) {
        assert.equal(b.hasAttribute('aria-label'), false, 'no aria-label that hides the visible words');
        assert.match(visibleText(b), /^Move (up|down)$/);
      }
      getByRole(page.document.body, 'button', { name: 'Move up Kindness' });
      getByRole(page.document.body, 'button', { name: 'Move down Kindness' });
      getByRole(page.document.body, 'button', { name: 'Move down Speed' });
    }
  });
});

describe('Easy Read check', () => {
  test('a text with a reading age above 9 is flagged, not marked OK; the page says what counts as Easy Read', async () => {
    const def: Definition = structuredClone(SAMPLE_DEFINITION);
    def.sections[2]!.questions[0]!.label = t_('What ended?', 'My civil partnership has ended');
    const { id } = await buildSurvey(t.ctx, { definition: def, status: 'draft' });
    const page = await facilitator.get(`/admin/surveys/${id}/easy-read-check`);
    assert.equal(page.status, 200);
    assert.match(text(page.document.querySelector('main')!), /should have a reading age of 9 or under/);
    const row = getByRole(page.document.body, 'row', { name: /My civil partnership has ended/ });
    assert.match(text(row), /Reading age 13 is above 9/);
    assert.doesNotMatch(text(row), /\bOK\b/);
    const fine = getByRole(page.document.body, 'row', { name: /Was it easy to get help\?/ });
    assert.match(text(fine), /\bOK\b/);
  });
});

describe('start page', () => {
  test('the demo survey\'s start page gives one figure for how long it takes', async () => {
    await seedSurveys(t.ctx);
    const id = (await t.db.query<{ id: string }>('SELECT id FROM surveys WHERE title = $1', [DEMO_SURVEY])).rows[0]!.id;
    const page = await new Agent(t.app).get(`/surveys/${id}`);
    assert.equal(page.status, 200);
    const figures = [...text(page.document.querySelector('main')!).matchAll(/about (\d+) minutes/gi)].map((m) => m[1]);
    assert.equal(figures.length, 1, `one time given, not ${JSON.stringify(figures)}`);
  });
});
