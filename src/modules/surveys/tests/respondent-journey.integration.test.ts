// The respondent journey on the platform journey helper: resume codes that keep working when someone saves again,
// a page counter whose total does not jump, Easy Read error messages, "Prefer not to say", and change links that
// ask a follow-up question the change brought in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByText } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { buildSurvey } from '../testing/factories.ts';

let t: TestApp;
let surveyId: string;
before(async () => {
  t = await buildTestApp();
  surveyId = (await buildSurvey(t.ctx)).id;
});
after(() => t.close());

async function begin(agent: Agent, variant: 'standard' | 'easy-read' = 'standard') {
  await agent.submit(`/surveys/${surveyId}`, {}, 'Start now');
  await agent.submit(`/surveys/${surveyId}/format`, { variant });
}
const codeOn = (page: { document: Document }) => /Your resume code is ([A-Z0-9]{4} [A-Z0-9]{4})/.exec(text(page.document.body))![1]!;
const counter = (page: { document: Document }) => text(page.document.querySelector('.app-progress'));

describe('save and come back later, more than once', () => {
  test('saving again keeps the same resume code, says so, and the code written down first still works', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['carer'] }, 'Continue');
    const first = codeOn(await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'difficult', action: 'save-for-later' }));
    const p2 = await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'difficult' }, 'Continue');
    const again = await a.submit(p2.location!, { q2: ['a1'], action: 'save-for-later' });
    assert.equal(codeOn(again), first, 'the same code');
    assert.match(text(again.document.body), /This is the same code we gave you before/);
    const later = new Agent(t.app);
    const resumed = await later.submit(`/surveys/${surveyId}/resume`, { code: first });
    assert.equal(resumed.status, 303, 'the first code still works');
    assert.equal(resumed.location, `/surveys/${surveyId}/page/p2`, 'and opens the page saved last');
  });

  test('every emailed link for the same answers works, not only the newest', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['public'] }, 'Continue');
    const links: string[] = [];
    for (const to of ['first-link@example.org', 'second-link@example.org']) {
      const saved = await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'easy', action: 'save-for-later' });
      assert.equal((await a.submitOn(saved, `/surveys/${surveyId}/page/p1`, { email: to }, 'Send me a link')).status, 200);
      const mail = await t.ctx.outbox.find({ to });
      links.push(/\/surveys\/[^\s]+\/resume\/[A-Za-z0-9_-]{43}/.exec(mail[0]!.body_text)![0]);
    }
    for (const link of links) assert.equal((await new Agent(t.app).get(link)).status, 303, link);
  });
});

describe('the page counter', () => {
  test('counts the pages that can still be shown, says "about" while a page may be skipped, and never grows part-way', async () => {
    const hard = new Agent(t.app);
    await begin(hard);
    await hard.submit(`/surveys/${surveyId}/about-you`, { roles: ['carer'] }, 'Continue');
    assert.equal(counter(await hard.get(`/surveys/${surveyId}/page/p1`)), 'Page 1 of about 3', 'page 2 is only for people who found it difficult');
    const toP2 = await hard.submit(`/surveys/${surveyId}/page/p1`, { q1: 'difficult' }, 'Continue');
    assert.equal(counter(await hard.follow(toP2)), 'Page 2 of 3');
    assert.equal(counter(await hard.get(`/surveys/${surveyId}/page/p3`)), 'Page 3 of 3');

    const easy = new Agent(t.app);
    await begin(easy);
    await easy.submit(`/surveys/${surveyId}/about-you`, { roles: ['carer'] }, 'Continue');
    const toP3 = await easy.submit(`/surveys/${surveyId}/page/p1`, { q1: 'easy' }, 'Continue');
    assert.equal(counter(await easy.follow(toP3)), 'Page 2 of 2');
  });
});

describe('Easy Read', () => {
  test('an Easy Read page shows Easy Read error messages, in the summary and by the question', async () => {
    const a = new Agent(t.app);
    await begin(a, 'easy-read');
    const noRole = await a.submit(`/surveys/${surveyId}/about-you`, {}, 'Continue');
    assert.equal(noRole.status, 400);
    getByRole(noRole.document.body, 'link', { name: 'Please choose who you are' });
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['public'] }, 'Continue');
    const bad = await a.submit(`/surveys/${surveyId}/page/p1`, {}, 'Continue');
    assert.equal(bad.status, 400);
    getByRole(bad.document.body, 'link', { name: 'Please choose an answer' });
    assert.match(text(bad.document.querySelector('.nhsuk-error-message')), /Please choose an answer/);
    assert.equal(queryByText(bad.document.body, /Select how easy it was to get help/), null, 'not the standard wording');
    // the standard version keeps the standard wording
    const s = new Agent(t.app);
    await begin(s);
    await s.submit(`/surveys/${surveyId}/about-you`, { roles: ['public'] }, 'Continue');
    getByRole((await s.submit(`/surveys/${surveyId}/page/p1`, {}, 'Continue')).document.body, 'link', { name: 'Select how easy it was to get help' });
  });
});

describe('"Which of these describes you?"', () => {
  test('offers "Prefer not to say", on its own', async () => {
    const a = new Agent(t.app);
    await begin(a);
    const page = await a.get(`/surveys/${surveyId}/about-you`);
    getByRole(page.document.body, 'checkbox', { name: 'Prefer not to say' });
    const both = await a.submitOn(page, `/surveys/${surveyId}/about-you`, { roles: ['carer', 'prefer-not-to-say'] }, 'Continue');
    assert.equal(both.status, 400);
    getByRole(both.document.body, 'link', { name: "Select 'Prefer not to say' on its own, or untick it" });
    const ok = await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['prefer-not-to-say'] }, 'Continue');
    assert.equal(ok.location, `/surveys/${surveyId}/page/p1`);
    await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'easy' }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p3`, {}, 'Continue');
    assert.match(text((await a.get(`/surveys/${surveyId}/check`)).document.body), /Which of these describes you Prefer not to say/);
    const easy = new Agent(t.app);
    await begin(easy, 'easy-read');
    getByRole((await easy.get(`/surveys/${surveyId}/about-you`)).document.body, 'checkbox', { name: 'I do not want to say' });
  });
});

describe('changing an answer from check your answers', () => {
  test('a change that brings in a follow-up page asks it next, then returns to check your answers', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['staff'] }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'easy' }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p3`, { q3: 'More evening hours' }, 'Continue');
    const check = await a.get(`/surveys/${surveyId}/check`);
    const change = getByRole(check.document.body, 'link', { name: /^Change ?How easy was it to get help when you first needed it\?$/ }).getAttribute('href')!;
    const page = await a.get(change);
    assert.equal(getByRole(page.document.body, 'link', { name: 'Back' }).getAttribute('href'), `/surveys/${surveyId}/check`, 'back goes to check answers');
    const changed = await a.submitOn(page, change, { q1: 'difficult' }, 'Continue');
    assert.equal(changed.location, `/surveys/${surveyId}/page/p2?change=1`, 'the new follow-up question comes next');
    const followUp = await a.submit(changed.location!, { q2: ['a2'] }, 'Continue');
    assert.equal(followUp.location, `/surveys/${surveyId}/check`, 'then back to check answers, not on through page 3');
  });
});
