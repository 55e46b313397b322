import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { getQuestionnaire } from '../../../capabilities/questionnaires/index.ts';
import { buildSurvey } from '../testing/factories.ts';
import { errorSummary } from '../../../../tests/support/find.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const surveyRow = async (id: string) => (await t.db.query<{ status: string; questionnaire_id: string; title: string; resume_days: number; anonymous: boolean; easy_read: boolean; closes_on: string | null }>(`SELECT status, questionnaire_id, title, resume_days, anonymous, easy_read, to_char(closes_on, 'YYYY-MM-DD') AS closes_on FROM surveys WHERE id = $1`, [id])).rows[0]!;

const DETAILS = { title: 'Crisis care review', purpose: 'Tell us about crisis care.', easyReadPurpose: '', audience: 'Everyone', privacy: 'We keep answers for 2 years.', programme: '', anonymous: 'yes', easyRead: 'yes', resumeDays: '14', 'closes[day]': '31', 'closes[month]': '1', 'closes[year]': '2027' };

describe('building a survey', () => {
  test('a facilitator builds, previews, checks, publishes and closes a survey', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const created = await agent.submit('/admin/surveys/new', DETAILS);
    assert.equal(created.status, 303);
    const id = created.location!.split('/').pop()!;
    assert.deepEqual(await surveyRow(id).then((r) => ({ ...r, questionnaire_id: undefined })), { status: 'draft', questionnaire_id: undefined, title: 'Crisis care review', resume_days: 14, anonymous: true, easy_read: true, closes_on: '2027-01-31' });

    assert.equal((await agent.submit(`/admin/surveys/${id}/pages/new`, { title: 'Getting help', easyReadTitle: 'Getting help', picture: 'phone', pictureAlt: 'A telephone' })).status, 303);
    const question = {
      type: 'multiple-choice', label: 'Who did you contact?', easyReadLabel: '', required: 'yes',
      options: 'GP\nCrisis line\nA&E', easyReadOptions: 'My doctor\nThe crisis phone line\nHospital', optionPictures: 'user\nphone\nhospital', noneOption: 'None of these', easyReadNoneOption: 'Nobody', other: ['yes'],
    };
    const q = await agent.submit(`/admin/surveys/${id}/pages/p1/questions/new`, question);
    assert.equal(q.status, 303);
    const def = (await getQuestionnaire(t.db, (await surveyRow(id)).questionnaire_id))!.definition;
    assert.deepEqual(def.sections[0]!.questions[0]!.options!.map((o) => [o.label.standard, o.label.easyRead, Boolean(o.exclusive)]), [
      ['GP', 'My doctor', false], ['Crisis line', 'The crisis phone line', false], ['A&E', 'Hospital', false], ['None of these', 'Nobody', true],
    ]);

    for (const version of ['', '?version=easy-read']) {
      const preview = await agent.get(`/admin/surveys/${id}/preview${version}`);
      assert.equal(preview.status, 200);
      assert.equal(preview.document.querySelectorAll('.app-option-picture img[alt="Hospital"]').length, version ? 1 : 0, 'option pictures only in Easy Read');
      assert.match(text(preview.document.body), version ? /My doctor/ : /Crisis line/);
    }

    const blocked = await agent.submit(`/admin/surveys/${id}`, {}, 'Publish survey');
    assert.equal(blocked.status, 400);
    assert.match(text(errorSummary(blocked.document)), /Write the Easy Read text for every question, option, hint and page before you publish \(2 missing\)/);
    assert.equal((await surveyRow(id)).status, 'draft');

    const check = await agent.get(`/admin/surveys/${id}/easy-read-check`);
    assert.match(text(check.document.body), /Missing/);

    await agent.submit(`/admin/surveys/${id}/edit`, { ...DETAILS, easyReadPurpose: 'We want to know about getting help in a crisis.' });
    const edit = await agent.get(`/admin/surveys/${id}/questions/q1`);
    assert.equal((getByRole(edit.document.body, 'textbox', { name: 'Options' }) as HTMLTextAreaElement).value, 'GP\nCrisis line\nA&E');
    assert.equal((await agent.submitOn(edit, `/admin/surveys/${id}/questions/q1`, { ...question, easyReadLabel: 'Who did you ask for help?' })).status, 303);
    const published = await agent.submit(`/admin/surveys/${id}`, {}, 'Publish survey');
    assert.equal(published.status, 303);
    assert.equal((await surveyRow(id)).status, 'open');
    assert.equal((await agent.get(`/admin/surveys/${id}/pages/new`)).status, 404, 'questions cannot change after publishing');
    assert.equal((await agent.submit(`/admin/surveys/${id}`, {}, 'Close survey')).status, 303);
    assert.equal((await surveyRow(id)).status, 'closed');
    const start = await new Agent(t.app).get(`/surveys/${id}`);
    assert.match(text(start.document.body), /This survey is closed/);
  });

  test('the question builder explains what is wrong, keeps what was typed and never fails', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const { id } = await buildSurvey(t.ctx, { status: 'draft' });
    const cases: [Record<string, string | string[]>, RegExp][] = [
      [{}, /Select the type of question.*Enter the question.*Select yes if people must answer this question/],
      [{ type: 'single-choice', label: 'Pick one', required: 'yes', options: 'Only one' }, /Enter at least 2 options, one on each line/],
      [{ type: 'single-choice', label: 'Pick one', required: 'yes', options: 'A\nB', easyReadOptions: 'A' }, /Easy Read options must have one line for each option \(2\)/],
      [{ type: 'rating', label: 'Rate it', required: 'yes' }, /Select a scale/],
      [{ type: 'matrix', label: 'Rate these', required: 'yes', scale: 'agreement' }, /Enter at least 1 statement, one on each line/],
      [{ type: 'number', label: 'How many', required: 'yes', min: '10', max: '5' }, /Largest number must be more than the smallest number/],
      [{ type: 'number', label: 'How many', required: 'yes', min: 'ten' }, /Smallest number must be a whole number/],
      [{ type: 'short-text', label: 'Name', required: 'yes', showIf: 'q9:a1' }, /Select a question and answer from an earlier page/],
      [{ type: 'short-text', label: 'Name', required: 'yes', picture: 'phone' }, /Enter a description of the picture/],
      [{ type: 'single-choice', label: 'Pick', required: 'yes', options: 'A\nB', optionPictures: 'smile' }, /Easy Read option pictures must have one line for each option \(2\)/],
      [{ type: 'single-choice', label: 'Pick', required: 'yes', options: 'A\nB', optionPictures: 'smile\nunicorn' }, /Easy Read option pictures must be names from the picture list, or none/],
      [{ type: 'short-text', label: 'x'.repeat(501), required: 'yes' }, /Question must be 500 characters or less/],
      [{ type: 'short-text', label: 'Bad\u0000text', required: 'yes' }, /Question must not include hidden or control characters/],
      [{ type: ['short-text', 'long-text'], label: 'Twice', required: 'yes' }, /Select the type of question/],
      [{ type: 'sliders', label: 'Slide', required: 'yes' }, /Select the type of question/],
    ];
    for (const [fields, message] of cases) {
      const res = await agent.submit(`/admin/surveys/${id}/pages/p1/questions/new`, fields);
      assert.equal(res.status, 400, JSON.stringify(fields).slice(0, 80));
      assert.match(text(errorSummary(res.document)), /There is a problem/);
      assert.match(text(errorSummary(res.document)), message);
    }
    const kept = await agent.submit(`/admin/surveys/${id}/pages/p1/questions/new`, { type: 'single-choice', label: 'Kept question', required: 'yes', options: 'Only one' });
    assert.equal((getByRole(kept.document.body, 'textbox', { name: 'Question' }) as HTMLInputElement).value, 'Kept question');
    const details = await agent.submit('/admin/surveys/new', { ...DETAILS, title: '', resumeDays: '0', 'closes[day]': '31', 'closes[month]': '2', 'closes[year]': '2027', programme: 'not-a-programme' });
    assert.equal(details.status, 400);
    assert.match(text(errorSummary(details.document)), /Enter the survey title.*Select a programme from the list.*Closing date must be a real date.*Days to keep unfinished responses must be a whole number between 1 and 365/);
    const page = await agent.submit(`/admin/surveys/${id}/pages/new`, { title: '' });
    assert.equal(page.status, 400);
    assert.match(text(errorSummary(page.document)), /Enter the page title/);
  });

  test('questions on a page can be put in a different order with Move up and Move down', async () => {
    const { agent } = await signedInAgent(t, ['facilitator']);
    const survey = await buildSurvey(t.ctx, { definition: { sections: [] }, status: 'draft' });
    assert.equal((await agent.submit(`/admin/surveys/${survey.id}/pages/new`, { title: 'About you' })).status, 303);
    for (const label of ['First question', 'Second question', 'Third question']) {
      assert.equal((await agent.submit(`/admin/surveys/${survey.id}/pages/p1/questions/new`, { type: 'short-text', label, required: 'no' })).status, 303);
    }
    const order = async () => (await getQuestionnaire(t.db, survey.questionnaireId))!.definition.sections[0]!.questions.map((q) => q.label.standard);
    const overview = `/admin/surveys/${survey.id}`;
    const page = await agent.get(overview);
    const buttons = [...page.document.querySelectorAll('#p1 button')].map((b) => text(b));
    assert.ok(buttons.includes('Move down question: First question') && !buttons.includes('Move up question: First question'), 'the first question can only move down');
    assert.ok(buttons.includes('Move up question: Third question') && !buttons.includes('Move down question: Third question'), 'the last question can only move up');

    assert.equal((await agent.submit(overview, {}, 'Move up question: Third question')).status, 303);
    assert.deepEqual(await order(), ['First question', 'Third question', 'Second question']);
    assert.equal((await agent.submit(overview, {}, 'Move down question: First question')).status, 303);
    assert.deepEqual(await order(), ['Third question', 'First question', 'Second question']);
    const token = page.document.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value;
    assert.equal((await agent.postRaw(`${overview}/questions/q3/move-up`, { _csrf: token })).status, 303, 'the top question stays where it is');
    assert.deepEqual(await order(), ['Third question', 'First question', 'Second question']);
    assert.equal((await agent.postRaw(`${overview}/questions/q3/move-sideways`, { _csrf: token })).status, 404);
  });

  test('every builder, results and entry page: signed-out people sign in, others get 403', async () => {
    const { id } = await buildSurvey(t.ctx);
    const urls = ['/admin/surveys', '/admin/surveys/new', `/admin/surveys/${id}`, `/admin/surveys/${id}/edit`, `/admin/surveys/${id}/preview`, `/admin/surveys/${id}/print`, `/admin/surveys/${id}/easy-read-check`, `/admin/surveys/${id}/enter`, `/admin/surveys/${id}/results`, `/admin/surveys/${id}/responses.csv`, `/admin/surveys/${id}/responses.xlsx`, `/admin/surveys/${id}/summary.csv`];
    const { agent: participant } = await signedInAgent(t, ['participant']);
    const { agent: moderator } = await signedInAgent(t, ['participant', 'moderator']);
    const { agent: admin } = await signedInAgent(t, ['participant', 'admin']);
    for (const url of urls) {
      const out = await new Agent(t.app).get(url);
      assert.equal(out.status, 303, url);
      assert.match(out.location!, /^\/sign-in/);
      assert.equal((await participant.get(url)).status, 403, url);
      assert.equal((await moderator.get(url)).status, 403, url);
      assert.equal((await admin.get(url)).status, 200, url);
    }
    const posts = [`/admin/surveys/${id}/publish`, `/admin/surveys/${id}/close`, `/admin/surveys/${id}/enter`, `/admin/surveys/${id}/pages/new`];
    for (const url of posts) {
      const page = await moderator.get('/account');
      const csrf = (page.document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
      assert.equal((await moderator.postRaw(url, { _csrf: csrf })).status, 403, url);
    }
  });
});
