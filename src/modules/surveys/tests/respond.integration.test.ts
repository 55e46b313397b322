import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { buildSurvey } from '../testing/factories.ts';
import { buildOrganisation } from '../../accounts/testing/factories.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { SCALES, text as t_, type Definition } from '../../../capabilities/questionnaires/index.ts';
import { errorSummary, fieldErrors } from '../../../../tests/support/find.ts';

const ALL_TYPES: Definition = {
  sections: [
    {
      id: 'p1',
      title: t_('Everything', 'Everything'),
      questions: [
        { id: 'q1', type: 'short-text', label: t_('What is your town?', 'Where do you live?'), subject: 'your town', required: true, maxLength: 20 },
        { id: 'q2', type: 'long-text', label: t_('What would help?', 'What would help?'), subject: 'what would help', required: true, maxLength: 50 },
        { id: 'q3', type: 'single-choice', label: t_('How did you hear?', 'How did you hear?'), subject: 'how you heard about the survey', required: true, other: true, options: [{ value: 'a1', label: t_('Leaflet', 'A leaflet') }] },
        { id: 'q4', type: 'multiple-choice', label: t_('What did you use?', 'What did you use?'), subject: 'what you used', required: true, options: [{ value: 'a1', label: t_('GP', 'My doctor') }, { value: 'none', label: t_('None of these', 'None of these'), exclusive: true }] },
        { id: 'q5', type: 'rating', label: t_('How satisfied are you?', 'Are you happy?'), subject: 'how satisfied you are', required: true, options: SCALES.satisfaction!.options, dontKnow: true },
        { id: 'q6', type: 'number', label: t_('How many calls?', 'How many calls?'), subject: 'how many calls you made', required: true, min: 0, max: 50 },
        { id: 'q7', type: 'date', label: t_('When did it start?', 'When did it start?'), subject: 'the date it started', required: true },
        { id: 'q8', type: 'matrix', label: t_('How much do you agree?', 'Do you agree?'), subject: 'how much you agree', required: true, options: SCALES.agreement!.options, statements: [{ value: 's1', label: t_('Staff listened', 'Staff listened to me') }] },
        { id: 'q9', type: 'ranking', label: t_('Put these in order', 'Put these in order'), subject: 'what matters most', required: true, options: [{ value: 'a1', label: t_('Speed', 'Fast help') }, { value: 'a2', label: t_('Kindness', 'Kind staff') }] },
      ],
    },
  ],
};

let t: TestApp;
let surveyId: string;
before(async () => {
  t = await buildTestApp();
  surveyId = (await buildSurvey(t.ctx)).id;
});
after(() => t.close());

const response = async (id: string) =>
  (await t.db.query<{ status: string; variant: string; channel: string; respondent_roles: string[]; answers: Record<string, unknown>; equality: Record<string, unknown> | null; equality_choice: string | null; reference: string | null; user_id: string | null }>(
    'SELECT status, variant, channel, respondent_roles, answers, equality, equality_choice, reference, user_id FROM survey_responses WHERE survey_id = $1 ORDER BY started_at DESC LIMIT 1',
    [id],
  )).rows[0]!;

async function begin(agent: Agent, id = surveyId) {
  const start = await agent.submit(`/surveys/${id}`, {}, 'Start now');
  assert.equal(start.status, 303);
  return start;
}

describe('answering a survey', () => {
  test('a person answers the standard version, skips the equality questions and gets a reference', async () => {
    const a = new Agent(t.app);
    const startPage = await a.get(`/surveys/${surveyId}`);
    getByRole(startPage.document.body, 'heading', { level: 1, name: 'Getting help early' });
    const start = await begin(a);
    assert.equal(start.location, `/surveys/${surveyId}/format`);
    assert.equal((await a.submit(`/surveys/${surveyId}/format`, { variant: 'standard' })).location, `/surveys/${surveyId}/about-you`);
    assert.equal((await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['service-user', 'carer'] }, 'Continue')).location, `/surveys/${surveyId}/page/p1`);
    const q1 = await a.get(`/surveys/${surveyId}/page/p1`);
    getByRole(q1.document.body, 'group', { name: /How easy was it to get help when you first needed it\?/ });
    const afterQ1 = await a.submitOn(q1, `/surveys/${surveyId}/page/p1`, { q1: 'easy' }, 'Continue');
    assert.equal(afterQ1.location, `/surveys/${surveyId}/page/p3`, 'page 2 is skipped: it is only for people who found it difficult');
    assert.equal((await a.submit(`/surveys/${surveyId}/page/p3`, { q3: 'More drop-in sessions in the evening' }, 'Continue')).location, `/surveys/${surveyId}/check`);
    const check = await a.get(`/surveys/${surveyId}/check`);
    assert.match(text(check.document.body), /More drop-in sessions in the evening/);
    assert.match(text(check.document.body), /A carer, family member or friend/);
    const sent = await a.submitOn(check, `/surveys/${surveyId}/check`, {}, 'Send response');
    assert.equal(sent.location, `/surveys/${surveyId}/equality`);
    const eq = await a.get(`/surveys/${surveyId}/equality`);
    getByRole(eq.document.body, 'radio', { name: 'Yes, answer the equality questions (takes 2 minutes)' });
    const skip = await a.submitOn(eq, `/surveys/${surveyId}/equality`, { answer: 'no' });
    assert.equal(skip.location, `/surveys/${surveyId}/done`);
    const done = await a.get(`/surveys/${surveyId}/done`);
    const row = await response(surveyId);
    assert.match(row.reference!, /^SV-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    assert.match(text(done.document.body), new RegExp(row.reference!));
    assert.deepEqual(
      { status: row.status, variant: row.variant, channel: row.channel, roles: row.respondent_roles, answers: row.answers, equality: row.equality, choice: row.equality_choice, user: row.user_id },
      { status: 'submitted', variant: 'standard', channel: 'online', roles: ['service-user', 'carer'], answers: { q1: 'easy', q3: 'More drop-in sessions in the evening' }, equality: null, choice: 'skipped', user: null },
    );
  });
});

const fieldValue = (doc: Document, selector: string) => (doc.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement).value;

describe('question pages', () => {
  test('every question type shows its own error, in the summary and by the field, keeps what was typed, and never fails', async () => {
    const { id } = await buildSurvey(t.ctx, { definition: ALL_TYPES, easyRead: false });
    const a = new Agent(t.app);
    await begin(a, id);
    await a.submit(`/surveys/${id}/about-you`, { roles: ['public'] }, 'Continue');
    const url = `/surveys/${id}/page/p1`;
    const bad = await a.submit(url, { q1: 'Leeds but much too long for this', q2: '', q3: 'other', q4: ['a1', 'none'], q6: 'lots', 'q7.day': '30', 'q7.month': '2', 'q7.year': '2025', q9: ['a1', 'a1'] }, 'Continue');
    assert.equal(bad.status, 400);
    const summary = text(errorSummary(bad.document));
    for (const message of [
      'Your town must be 20 characters or less', 'Enter what would help', 'Enter your other answer', "Select 'None of these' on its own, or untick it",
      'Select how satisfied you are', 'How many calls you made must be a number', 'The date it started must be a real date', "Select how much you agree: 'Staff listened'", 'Put the options in order for what matters most',
    ]) {
      assert.ok(summary.includes(message), `summary has: ${message}`);
      assert.ok(fieldErrors(bad.document).some((e) => e.includes(message)), `field error: ${message}`);
    }
    assert.equal(bad.document.title.startsWith('Error: '), true);
    assert.equal(fieldValue(bad.document, '#q1'), 'Leeds but much too long for this', 'typed values are kept');
    assert.equal(fieldValue(bad.document, '#q6'), 'lots');
    assert.equal(fieldValue(bad.document, '#q7-day'), '30');
    for (const href of [...(errorSummary(bad.document)?.querySelectorAll('a') ?? [])].map((l) => l.getAttribute('href')!)) assert.ok(bad.document.querySelector(href), `${href} links to a field`);
    // odd input never fails
    for (const fields of <Record<string, string | string[]>[]>[{ q1: '\u0000' }, { q1: ['a', 'b'] }, { q3: 'x'.repeat(10000) }, { 'q7.day': '١٢' }, { q9: 'a1' }, { rank: 'q9:zz:up' }]) {
      const res = await a.submit(url, fields, 'Continue');
      assert.ok([400, 303].includes(res.status), `${JSON.stringify(fields).slice(0, 40)} gives ${res.status}`);
    }
    // ranking moves without JavaScript: Move up submits the page, saves, and shows the new order
    const moved = await a.submit(url, { q1: 'Leeds', rank: 'q9:a2:up' });
    assert.equal(moved.status, 303);
    const again = await a.follow(moved);
    assert.deepEqual([...again.document.querySelectorAll('.app-ranking__text')].map((e) => text(e)), ['Kindness', 'Speed']);
    assert.equal(fieldValue(again.document, '#q1'), 'Leeds', 'what was typed before moving is kept');
    const good = await a.submitOn(again, url, { q1: 'Leeds', q2: 'Evening clinics', q3: 'other', 'q3.other': 'Radio', q4: ['none'], q5: 'dont-know', q6: '3', 'q7.day': '1', 'q7.month': '3', 'q7.year': '2025', 'q8.s1': 'agree', q9: ['a2', 'a1'] }, 'Continue');
    assert.equal(good.status, 303);
    assert.deepEqual((await response(id)).answers, { q1: 'Leeds', q2: 'Evening clinics', q3: 'other', 'q3.other': 'Radio', q4: ['none'], q5: 'dont-know', q6: '3', 'q7.day': '1', 'q7.month': '3', 'q7.year': '2025', q7: '2025-03-01', 'q8.s1': 'agree', q9: ['a2', 'a1'] });
  });

  test('switching to Easy Read keeps answers (even unchecked ones on this page), uses the same question ids and records the variant', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/format`, { variant: 'standard' });
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['service-user'] }, 'Continue');
    const switched = await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'difficult', action: 'switch-variant' });
    assert.equal(switched.status, 303);
    const easy = await a.follow(switched);
    getByRole(easy.document.body, 'group', { name: /Was it easy to get help\?/ });
    assert.equal((getByRole(easy.document.body, 'radio', { name: 'Hard' }) as HTMLInputElement).checked, true, 'the answer is still chosen');
    const img = easy.document.querySelector('.app-easy-read__picture img')!;
    assert.equal(img.getAttribute('alt'), 'A hand helping another hand');
    assert.equal((await a.get(img.getAttribute('src')!)).status, 200, 'the picture is served');
    await a.submitOn(easy, `/surveys/${surveyId}/page/p1`, { q1: 'difficult' }, 'Continue');
    const p2 = await a.get(`/surveys/${surveyId}/page/p2`);
    getByRole(p2.document.body, 'checkbox', { name: 'I did not know where to go' });
    const back = await a.submitOn(p2, `/surveys/${surveyId}/page/p2`, { q2: ['a1'], action: 'switch-variant' });
    const standard = await a.follow(back);
    assert.equal((getByRole(standard.document.body, 'checkbox', { name: 'Waiting times' }) as HTMLInputElement).checked, true);
    const row = await response(surveyId);
    assert.equal(row.variant, 'standard');
    assert.deepEqual(row.answers, { q1: 'difficult', q2: ['a1'], 'q2.other': '' });
  });

  test('save and resume with the short code, or an emailed link; the code stops working after sending', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/format`, { variant: 'easy-read' });
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['carer'] }, 'Continue');
    const saved = await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'easy', action: 'save-for-later' });
    assert.equal(saved.status, 200);
    const code = /Your resume code is ([A-Z0-9]{4} [A-Z0-9]{4})/.exec(text(saved.document.body))![1]!;
    // a different browser (no cookies) resumes with the code, typed in lower case without the space
    const b = new Agent(t.app);
    const wrong = await b.submit(`/surveys/${surveyId}/resume`, { code: 'ABCD 2345' });
    assert.equal(wrong.status, 400);
    assert.match(text(errorSummary(wrong.document)), /Enter the resume code we gave you/);
    const bad = await b.submit(`/surveys/${surveyId}/resume`, { code: '<script>' });
    assert.match(text(errorSummary(bad.document)), /Resume code must be 8 letters and numbers, like ABCD 2345/);
    const resumed = await b.submit(`/surveys/${surveyId}/resume`, { code: code.replace(' ', '').toLowerCase() });
    assert.equal(resumed.location, `/surveys/${surveyId}/page/p1`);
    const p1 = await b.follow(resumed);
    assert.equal((getByRole(p1.document.body, 'radio', { name: 'Easy' }) as HTMLInputElement).checked, true);
    // emailed link: the address goes to the outbox only
    const b2 = await b.submitOn(p1, `/surveys/${surveyId}/page/p1`, { q1: 'easy', action: 'save-for-later' });
    const badEmail = await b.submitOn(b2, `/surveys/${surveyId}/page/p1`, { email: 'not-an-email' }, 'Send me a link');
    assert.equal(badEmail.status, 400);
    assert.match(text(errorSummary(badEmail.document)), /Enter an email address in the correct format/);
    const sent = await b.submitOn(b2, `/surveys/${surveyId}/page/p1`, { email: 'resume-me@example.org' }, 'Send me a link');
    assert.equal(sent.status, 200);
    const mail = await t.ctx.outbox.find({ to: 'resume-me@example.org' });
    const link = /\/surveys\/[^\s]+\/resume\/[A-Za-z0-9_-]{43}/.exec(mail[0]!.body_text)![0];
    const c = new Agent(t.app);
    const viaLink = await c.get(link);
    assert.equal(viaLink.status, 303);
    await c.follow(viaLink);
    const { rows: stored } = await t.db.query(`SELECT 1 FROM survey_responses WHERE answers::text LIKE '%resume-me%' OR organisation_name LIKE '%resume-me%'`);
    assert.equal(stored.length, 0, 'the email address is not stored with the response');
    await c.submit(`/surveys/${surveyId}/page/p1`, { q1: 'easy' }, 'Continue');
    await c.submit(`/surveys/${surveyId}/page/p3`, {}, 'Continue');
    assert.equal((await c.submit(`/surveys/${surveyId}/check`, {}, 'Send response')).status, 303);
    assert.equal((await response(surveyId)).variant, 'easy-read');
    assert.equal((await new Agent(t.app).submit(`/surveys/${surveyId}/resume`, { code })).status, 400, 'the code no longer works');
    assert.equal((await new Agent(t.app).get(link)).status, 410);
  });

  test('unfinished responses expire, are deleted, and are never counted', async () => {
    const { id } = await buildSurvey(t.ctx, { resumeDays: 1 });
    const a = new Agent(t.app);
    await begin(a, id);
    await t.db.query(`UPDATE survey_responses SET expires_at = now() - interval '1 minute' WHERE survey_id = $1`, [id]);
    assert.equal((await a.get(`/surveys/${id}/about-you`)).location, `/surveys/${id}`, 'an expired response cannot be continued');
    const { deleteExpiredResponses } = await import('../repository.ts');
    assert.ok((await deleteExpiredResponses(t.db)) >= 1);
    assert.equal((await t.db.query(`SELECT 1 FROM survey_responses WHERE survey_id = $1`, [id])).rows.length, 0);
  });

  test('the equality questions follow the GOV.UK pattern, with Census 2021 categories including Roma', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/format`, { variant: 'standard' });
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['public'] }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'very-easy' }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p3`, {}, 'Continue');
    await a.submit(`/surveys/${surveyId}/check`, {}, 'Send response');
    const none = await a.submit(`/surveys/${surveyId}/equality`, {});
    assert.equal(none.status, 400);
    assert.match(text(errorSummary(none.document)), /Select if you want to answer the equality questions/);
    assert.equal((await a.submit(`/surveys/${surveyId}/equality`, { answer: 'yes' })).location, `/surveys/${surveyId}/equality/ethnic-group`);
    const group = await a.get(`/surveys/${surveyId}/equality/ethnic-group`);
    getByRole(group.document.body, 'group', { name: /What is your ethnic group\?/ });
    getByRole(group.document.body, 'radio', { name: 'Prefer not to say' });
    const next = await a.submitOn(group, `/surveys/${surveyId}/equality/ethnic-group`, { 'ethnic-group': 'white' });
    assert.equal(next.location, `/surveys/${surveyId}/equality/ethnic-background-white`);
    const switched = await a.submitOn(await a.follow(next), `/surveys/${surveyId}/equality/ethnic-background-white`, { action: 'switch-variant' }, 'Switch to Easy Read');
    assert.equal(switched.location, `/surveys/${surveyId}/equality/ethnic-background-white`);
    getByRole((await a.follow(switched)).document.body, 'radio', { name: 'I do not want to say' });
    const back = await a.submitOn(a.last!, `/surveys/${surveyId}/equality/ethnic-background-white`, { action: 'switch-variant' }, 'Switch to the standard version');
    const white = await a.follow(back);
    for (const name of ['English, Welsh, Scottish, Northern Irish or British', 'Irish', 'Gypsy or Irish Traveller', 'Roma', 'Any other White background', 'Prefer not to say']) getByRole(white.document.body, 'radio', { name });
    const afterWhite = await a.submitOn(white, `/surveys/${surveyId}/equality/ethnic-background-white`, { 'ethnic-background-white': 'roma' });
    assert.equal(afterWhite.location, `/surveys/${surveyId}/equality/disability`, 'the other backgrounds are skipped');
    // the rest may be skipped one by one: every equality question is optional
    let page = await a.follow(afterWhite);
    for (let i = 0; i < 12 && page.status === 200 && !page.body.includes('Response sent'); i++) {
      const res = await a.submitOn(page, new URL(`http://x${page.document.querySelector('form[method="post"]:not(header form)')!.getAttribute('action')}`).pathname, {});
      assert.equal(res.status, 303);
      page = await a.follow(res);
    }
    assert.match(text(page.document.body), /Response sent/);
    const row = await response(surveyId);
    assert.equal(row.equality_choice, 'answered');
    assert.deepEqual(Object.fromEntries(Object.entries(row.equality!).filter(([, v]) => v !== '')), { 'ethnic-group': 'white', 'ethnic-background-white': 'roma' });
  });

  test('duplicate protection: a browser that has answered is told so, and no email or IP address is kept', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/format`, { variant: 'standard' });
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['staff'] }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'easy' }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p3`, {}, 'Continue');
    await a.submit(`/surveys/${surveyId}/check`, {}, 'Send response');
    const again = await a.submit(`/surveys/${surveyId}`, {}, 'Start now');
    assert.equal(again.location, `/surveys/${surveyId}/already`);
    const already = await a.follow(again);
    getByRole(already.document.body, 'heading', { name: 'You have already answered this survey' });
    const { rows } = await t.db.query<{ row: string }>(`SELECT row_to_json(r)::text AS row FROM survey_responses r WHERE survey_id = $1`, [surveyId]);
    for (const r of rows) {
      assert.doesNotMatch(r.row, /127\.\d+\.\d+\.\d+/, 'no IP address');
      assert.doesNotMatch(r.row, /@/, 'no email address');
      assert.doesNotMatch(r.row, new RegExp(a.cookies.get('chorus_browser')!), 'the browser token itself is not stored');
    }
  });

  test('special category answers never reach the logs', async () => {
    const a = new Agent(t.app);
    await begin(a);
    await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['service-user'] }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p1`, { q1: 'difficult' }, 'Continue');
    await a.submit(`/surveys/${surveyId}/page/p2`, { q2: ['other'], 'q2.other': 'SECRET-DETAIL-8812' }, 'Continue');
    assert.doesNotMatch(t.logs.join('\n'), /SECRET-DETAIL|service-user/);
  });

  test('closed and draft surveys: start page says closed; draft is not found; pages without a response go to the start', async () => {
    const closed = await buildSurvey(t.ctx, { status: 'closed' });
    const draft = await buildSurvey(t.ctx, { status: 'draft' });
    assert.match(text((await new Agent(t.app).get(`/surveys/${closed.id}`)).document.body), /This survey is closed/);
    assert.equal((await new Agent(t.app).get(`/surveys/${draft.id}`)).status, 404);
    assert.equal((await new Agent(t.app).get('/surveys/not-a-uuid')).status, 404);
    for (const step of ['format', 'about-you', 'organisation', 'page/p1', 'check', 'equality', 'done']) assert.equal((await new Agent(t.app).get(`/surveys/${surveyId}/${step}`)).location, `/surveys/${surveyId}`, step);
    const a = new Agent(t.app);
    const page = await a.get(`/surveys/${surveyId}`);
    const csrf = (page.document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
    assert.equal((await a.postRaw(`/surveys/${closed.id}/start`, { _csrf: csrf })).location, `/surveys/${closed.id}`);
    assert.equal((await a.postRaw(`/surveys/${surveyId}/start`, {})).status, 403, 'no CSRF token');
  });

  test('bad input on the format, about-you and organisation pages', async () => {
    const a = new Agent(t.app);
    await begin(a);
    for (const fields of <Record<string, string | string[]>[]>[{}, { variant: 'braille' }, { variant: ['standard', 'easy-read'] }]) {
      const res = await a.submit(`/surveys/${surveyId}/format`, fields);
      assert.equal(res.status, 400);
      assert.match(text(errorSummary(res.document)), /Select which version of the survey you want/);
    }
    for (const fields of <Record<string, string | string[]>[]>[{}, { roles: ['alien'] }]) {
      const res = await a.submit(`/surveys/${surveyId}/about-you`, fields, 'Continue');
      assert.equal(res.status, 400);
      assert.match(text(errorSummary(res.document)), /Select which of these describes you/);
    }
  });

  test('a non-anonymous survey needs sign in and records who answered', async () => {
    const { id } = await buildSurvey(t.ctx, { anonymous: false, easyRead: false });
    const a = new Agent(t.app);
    const page = await a.get(`/surveys/${id}`);
    assert.equal(getByRole(page.document.body, 'link', { name: 'Sign in to answer' }).getAttribute('href'), `/sign-in?next=/surveys/${id}`);
    const other = await a.get(`/surveys/${surveyId}`);
    const csrf = (other.document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
    const res = await a.postRaw(`/surveys/${id}/start`, { _csrf: csrf });
    assert.equal(res.status, 303, 'starting without signing in is refused');
    assert.match(res.location!, /^\/sign-in/);
    const { agent, user } = await signedInAgent(t);
    await agent.submit(`/surveys/${id}`, {}, 'Start now');
    assert.equal((await response(id)).user_id, user.id);
  });
});

describe('organisation responses', () => {
  test('an organisation representative responds on behalf of a group; it is counted separately', async () => {
    const { agent, user } = await signedInAgent(t);
    const org = await buildOrganisation(t.ctx, 'Speak Up Advocacy', [user.id]);
    const { id } = await buildSurvey(t.ctx, { easyRead: false });
    const start = await agent.get(`/surveys/${id}`);
    const res = await agent.submitOn(start, `/surveys/${id}`, {}, 'Respond on behalf of an organisation or group');
    assert.equal(res.location, `/surveys/${id}/organisation`);
    const bad = await agent.submit(`/surveys/${id}/organisation`, { organisation: '00000000-0000-0000-0000-000000000000', gatheredHow: 'other', representsCount: '0', representsWho: '' });
    assert.equal(bad.status, 400);
    const summary = text(errorSummary(bad.document));
    for (const m of ['Select the organisation you are responding for', 'Enter how you gathered the views', 'Number of people must be a whole number between 1 and 1,000,000', 'Enter who the people are', 'Confirm that the people agreed to you sharing their views']) assert.ok(summary.includes(m), m);
    const ok = await agent.submit(`/surveys/${id}/organisation`, { organisation: org.id, gatheredHow: 'focus-group', representsCount: '14', representsWho: 'Adults with a learning disability who meet weekly', consent: ['yes'] });
    assert.equal(ok.location, `/surveys/${id}/page/p1`);
    await agent.submit(`/surveys/${id}/page/p1`, { q1: 'difficult' }, 'Continue');
    await agent.submit(`/surveys/${id}/page/p2`, { q2: ['a2'] }, 'Continue');
    await agent.submit(`/surveys/${id}/page/p3`, { q3: 'Easy Read letters from the GP' }, 'Continue');
    const sent = await agent.submit(`/surveys/${id}/check`, {}, 'Send response');
    assert.equal(sent.location, `/surveys/${id}/done`, 'organisation responses skip the equality questions');
    const { rows } = await t.db.query('SELECT kind, organisation_id, organisation_name, gathered_how, represents_count, represents_who, consent_confirmed_at IS NOT NULL AS consent, status FROM survey_responses WHERE survey_id = $1', [id]);
    assert.deepEqual(rows, [{ kind: 'organisation', organisation_id: org.id, organisation_name: 'Speak Up Advocacy', gathered_how: 'focus-group', represents_count: 14, represents_who: 'Adults with a learning disability who meet weekly', consent: true, status: 'submitted' }]);
  });

  test('people who do not represent an organisation cannot respond for one', async () => {
    const { agent } = await signedInAgent(t);
    const start = await agent.get(`/surveys/${surveyId}`);
    assert.equal(start.document.querySelector('input[name="kind"]'), null, 'no button for them');
    const csrf = (start.document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
    assert.equal((await agent.postRaw(`/surveys/${surveyId}/start`, { _csrf: csrf, kind: 'organisation' })).status, 403);
    const guest = new Agent(t.app);
    const gPage = await guest.get(`/surveys/${surveyId}`);
    const gCsrf = (gPage.document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
    assert.match((await guest.postRaw(`/surveys/${surveyId}/start`, { _csrf: gCsrf, kind: 'organisation' })).location ?? '', /^\/sign-in/);
  });
});

describe('other channels', () => {
  test('a facilitator enters a paper response; the channel and who entered it are recorded', async () => {
    const { agent, user } = await signedInAgent(t, ['participant', 'facilitator']);
    const { id } = await buildSurvey(t.ctx, { easyRead: false });
    const bad = await agent.submit(`/admin/surveys/${id}/enter`, { channel: 'online', kind: 'individual' });
    assert.equal(bad.status, 400);
    assert.match(text(errorSummary(bad.document)), /Select how the response was taken/);
    const start = await agent.submit(`/admin/surveys/${id}/enter`, { channel: 'paper', kind: 'individual' });
    assert.equal(start.location, `/surveys/${id}/about-you`);
    await agent.submit(`/surveys/${id}/about-you`, { roles: ['service-user'] }, 'Continue');
    await agent.submit(`/surveys/${id}/page/p1`, { q1: 'easy' }, 'Continue');
    await agent.submit(`/surveys/${id}/page/p3`, { q3: 'Written on the paper form' }, 'Continue');
    await agent.submit(`/surveys/${id}/check`, {}, 'Send response');
    await agent.submit(`/surveys/${id}/equality`, { answer: 'no' });
    const done = await agent.get(`/surveys/${id}/done`);
    getByRole(done.document.body, 'link', { name: 'Enter another response' });
    const { rows } = await t.db.query<{ channel: string; entered_by: string; browser_hash: string | null }>('SELECT channel, entered_by, browser_hash FROM survey_responses WHERE survey_id = $1', [id]);
    assert.deepEqual(rows, [{ channel: 'paper', entered_by: user.id, browser_hash: null }]);
    // a second paper response from the same browser is not blocked as a duplicate
    assert.equal((await agent.submit(`/admin/surveys/${id}/enter`, { channel: 'phone', kind: 'individual' })).status, 303);
  });
});
