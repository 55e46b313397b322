// The review of themes on a real database: items written straight into insight_items (this module's own table) with
// known themes and scores; a facilitator confirms, corrects, skips and undoes through the page's forms, and the
// reviews (who, when, which themes) are read back from insight_reviews and the audit log.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type Page, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { errorSummary, notificationBanner } from '../../../../tests/support/find.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';

const FOOD = 'Food & drink provision & facilities';
const PARKING = 'Parking';
const STAFF = 'Staff manner & personal attributes';
const ORG = 'Organisation & efficiency';
const REVIEW = '/admin/insight/review';

let t: TestApp;
let food: { id: string };
let other: { id: string };

interface ItemInput {
  id: string;
  text: string;
  themes: { theme: string; score: number }[];
  programme?: string;
  roles?: string[];
  prompt?: string;
}

async function insert(i: ItemInput) {
  await t.db.query(
    `INSERT INTO insight_items (id, module, source, programme_id, prompt, text, text_hash, roles, channel, kind, variant, created_at, href, themes, sentiment, unclassified, model_version)
     VALUES ($1, 'surveys', 'answer', $2, $3, $4, 'hash', $5, 'online', 'individual', 'standard', $6, $7, $8, $9, $10, 'test-model')`,
    [
      i.id,
      i.programme ?? food.id,
      i.prompt ?? 'What could we do better?',
      i.text,
      i.roles ?? ['carer'],
      new Date(Date.UTC(2026, 10, 3)),
      `/admin/surveys/x/responses/${i.id}`,
      JSON.stringify(i.themes),
      i.themes.length ? 'negative' : null,
      i.themes.length === 0,
    ],
  );
}

before(async () => {
  t = await buildTestApp();
  food = await buildProgramme(t.ctx, { title: 'Inpatient food review' });
  other = await buildProgramme(t.ctx, { title: 'Car parks' });
});
after(() => t.close());

// five items: lowest confidence first they are soup (0.31), parking (0.42), nurse (0.55), menu (0.9) and "12345" (no theme)
beforeEach(async () => {
  await t.db.query('DELETE FROM insight_items');
  await insert({ id: 'surveys:answer:menu', text: 'The menu was good.', themes: [{ theme: FOOD, score: 0.9 }] });
  await insert({ id: 'surveys:answer:none', text: '12345', themes: [] });
  await insert({ id: 'surveys:answer:soup', text: 'The soup was <b>cold</b>.\nEvery day.', themes: [{ theme: FOOD, score: 0.31 }, { theme: ORG, score: 0.3 }] });
  await insert({ id: 'surveys:answer:nurse', text: 'The nurse was kind.', themes: [{ theme: STAFF, score: 0.55 }], roles: ['staff'] });
  await insert({ id: 'surveys:answer:parking', text: 'No spaces to park.', themes: [{ theme: PARKING, score: 0.42 }], programme: other.id, roles: ['public'] });
});

const itemText = (page: Page) => text(page.document.getElementById('item-text'));
const leftText = (page: Page) => text(page.document.getElementById('left'));
const checked = (page: Page) => [...page.document.querySelectorAll<HTMLInputElement>('input[name="themes"]:checked')].map((c) => c.value);
const reviewsOf = async (itemId: string) =>
  (await t.db.query<{ id: string; themes: string[]; previous_themes: string[]; reviewed_by: string | null; reviewed_at: Date; undone_at: Date | null }>('SELECT * FROM insight_reviews WHERE item_id = $1 ORDER BY reviewed_at', [itemId])).rows;

describe('the review page', () => {
  test('shows the item the model is least sure about, with its themes ticked and numbered, and how many are left', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const runs = await agent.get('/admin/insight');
    assert.equal(getByRole(runs.document.body, 'link', { name: 'Review the themes the model gave' }).getAttribute('href'), REVIEW);
    const page = await agent.get(REVIEW);
    assert.equal(page.status, 200);
    const body = page.document.body;
    assert.equal(text(getByRole(body, 'heading', { level: 1 })), 'Review themes');
    assert.equal(leftText(page), '5 items left to review');
    // the text is escaped and its line breaks kept
    assert.equal(itemText(page), 'The soup was <b>cold</b>. Every day.');
    assert.equal(body.querySelector('b'), null, 'no markup from the text');
    assert.ok(page.body.includes('The soup was &lt;b&gt;cold&lt;/b&gt;.\nEvery day.'));
    assert.match(text(body), /From\s*Survey answers/);
    assert.match(text(body), /Question\s*What could we do better\?/);
    assert.match(text(body), /Audience or role\s*A carer, family member or friend \(an individual\)/);
    assert.match(text(body), /Date\s*3 November 2026/);
    assert.match(text(body), /Food & drink provision & facilities: confidence Low \(31%\)/);
    assert.match(text(body), /Organisation & efficiency: confidence Low \(30%\)/);

    const group = getByRole(body, 'group', { name: 'Which themes is this item about?' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    assert.equal(boxes.length, 33, 'every theme in the framework, and "No theme applies"');
    // the engine's themes first, ticked; the first nine numbered with their key
    assert.ok(getByRole(group, 'checkbox', { name: /^1\. Food & drink provision & facilities/ }).matches(':checked'));
    assert.ok(getByRole(group, 'checkbox', { name: /^2\. Organisation & efficiency/ }).matches(':checked'));
    assert.equal(getByRole(group, 'checkbox', { name: /^3\. Positive experience & gratitude/ }).matches(':checked'), false);
    assert.ok(getByRole(group, 'checkbox', { name: /^9\. / }));
    assert.equal(queryByRole(group, 'checkbox', { name: /^10\. / }), null);
    assert.equal(boxes.filter((b) => b.hasAttribute('data-review-key')).map((b) => b.getAttribute('data-review-key')).join(','), '1,2,3,4,5,6,7,8,9');
    assert.deepEqual(checked(page), [FOOD, ORG]);
    assert.ok(getByRole(body, 'button', { name: 'Confirm and next' }));
    assert.ok(getByRole(body, 'button', { name: 'Skip' }));
    assert.ok(body.querySelector('form[data-review-form]'));
    assert.match(text(body.querySelector('[data-review-shortcuts]')), /1 to 9: tick or untick the theme with that number/);
    assert.match(text(body.querySelector('[data-review-shortcuts]')), /Enter: confirm the themes and go to the next item/);
  });

  test('confirming stores the review with the person and the themes, and shows the next item', async () => {
    const { agent, user } = await signedInAgent(t, ['participant', 'facilitator']);
    const page = await agent.get(REVIEW);
    const res = await agent.submitOn(page, REVIEW, { themes: checked(page), action: 'confirm' }, 'Confirm and next');
    assert.equal(res.status, 303);
    assert.equal(res.location, `${REVIEW}?after=${encodeURIComponent('surveys:answer:soup')}`);
    const [review, ...more] = await reviewsOf('surveys:answer:soup');
    assert.equal(more.length, 0);
    assert.deepEqual(review!.themes, [FOOD, ORG]);
    assert.deepEqual(review!.previous_themes, [FOOD, ORG]);
    assert.equal(review!.reviewed_by, user.id);
    assert.ok(Date.now() - review!.reviewed_at.getTime() < 60_000);
    assert.equal(review!.undone_at, null);
    const entries = await findAuditEntries(t.db, { action: 'insight.reviewed', actorId: user.id });
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.subject_id, 'surveys:answer:soup');
    assert.equal(entries[0]!.details.changed, false);

    const next = await agent.follow(res);
    assert.equal(itemText(next), 'No spaces to park.');
    assert.equal(leftText(next), '4 items left to review');
    assert.match(text(next.document.body), /Your last review\s*“The soup was <b>cold<\/b>\./);
  });

  test('correcting stores the themes the person chose beside what the model said', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const page = await agent.get(REVIEW);
    await agent.submitOn(page, REVIEW, { themes: [FOOD, STAFF] }, 'Confirm and next');
    const [review] = await reviewsOf('surveys:answer:soup');
    assert.deepEqual(review!.themes, [FOOD, STAFF]);
    assert.deepEqual(review!.previous_themes, [FOOD, ORG]);
    assert.equal((await findAuditEntries(t.db, { action: 'insight.reviewed', subjectId: 'surveys:answer:soup' })).at(-1)!.details.changed, true);

    // "No theme applies" on its own is stored as no themes
    const next = await agent.get(REVIEW);
    assert.equal(itemText(next), 'No spaces to park.');
    await agent.submitOn(next, REVIEW, { themes: 'No theme applies' }, 'Confirm and next');
    assert.deepEqual((await reviewsOf('surveys:answer:parking'))[0]!.themes, []);
  });

  test('skipping stores nothing and shows the next item; at the end the skipped items can be started again', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    let page = await agent.get(REVIEW);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push(itemText(page));
      const res = await agent.submitOn(page, REVIEW, { action: 'skip' }, 'Skip');
      assert.equal(res.status, 303);
      page = await agent.follow(res);
    }
    // lowest confidence first, the item with no theme last
    assert.deepEqual(seen, ['The soup was <b>cold</b>. Every day.', 'No spaces to park.', 'The nurse was kind.', 'The menu was good.', '12345']);
    assert.equal((await t.db.query('SELECT 1 FROM insight_reviews')).rows.length, 0);
    assert.equal(leftText(page), '5 items left to review');
    assert.match(text(page.document.body), /There are no more items after the ones you skipped/);
    const again = await agent.get(getByRole(page.document.body, 'link', { name: 'Start again from the item the model is least sure about' }).getAttribute('href')!);
    assert.equal(itemText(again), 'The soup was <b>cold</b>. Every day.');
  });

  test('undo takes back your last review and the item comes back', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const first = await agent.get(REVIEW);
    await agent.submitOn(first, REVIEW, { themes: [FOOD] }, 'Confirm and next');
    const second = await agent.follow();
    await agent.submitOn(second, REVIEW, { themes: [PARKING] }, 'Confirm and next');
    const third = await agent.follow();
    assert.equal(leftText(third), '3 items left to review');
    assert.match(text(third.document.body), /Your last review\s*“No spaces to park\.”/);
    assert.match(text(third.document.body.querySelector('[data-review-shortcuts]')), /u: undo your last review/);

    const res = await agent.submitOn(third, REVIEW, {}, 'Undo your last review');
    assert.equal(res.status, 303);
    const back = await agent.follow(res);
    assert.equal(itemText(back), 'No spaces to park.');
    assert.match(text(notificationBanner(back.document)), /Your last review was undone/);
    assert.equal(leftText(back), '4 items left to review');
    const [undone] = await reviewsOf('surveys:answer:parking');
    assert.ok(undone!.undone_at);
    assert.equal((await findAuditEntries(t.db, { action: 'insight.review-undone', subjectId: 'surveys:answer:parking' })).length, 1);
    // the review before it is now the last one; the soup's review is still in force
    assert.match(text(back.document.body), /Your last review\s*“The soup was/);
    assert.equal((await reviewsOf('surveys:answer:soup'))[0]!.undone_at, null);

    // reviewing it again makes a new review; the undone one is kept
    await agent.submitOn(back, REVIEW, { themes: [PARKING, ORG] }, 'Confirm and next');
    const reviews = await reviewsOf('surveys:answer:parking');
    assert.equal(reviews.length, 2);
    assert.deepEqual(reviews[1]!.themes, [PARKING, ORG]);

    // undoing an undone review again does nothing
    const again = await agent.postRaw(`${REVIEW}/undo`, { _csrf: csrfOf(back), review: reviews[0]!.id });
    assert.equal(again.status, 303);
    assert.match(text(notificationBanner((await agent.follow(again)).document)), /There was nothing to undo/);
  });

  test('filters by programme and by top theme, and the count follows them', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const parking = await agent.get(`${REVIEW}?programme=${other.id}`);
    assert.equal(itemText(parking), 'No spaces to park.');
    assert.equal(leftText(parking), '1 item left to review with these filters');
    await agent.submitOn(parking, REVIEW, { themes: [PARKING] }, 'Confirm and next');
    const done = await agent.follow();
    assert.equal(done.location, undefined);
    assert.match(text(done.document.body), /There are no items to review with these filters/);

    const staff = await agent.get(`${REVIEW}?theme=${encodeURIComponent(STAFF)}`);
    assert.equal(itemText(staff), 'The nurse was kind.');
    const foodItems = await agent.get(`${REVIEW}?theme=${encodeURIComponent(FOOD)}&programme=${food.id}`);
    assert.equal(leftText(foodItems), '2 items left to review with these filters');
    // an unknown theme or programme of the wrong shape is ignored
    const junk = await agent.get(`${REVIEW}?theme=Nope&programme=x`);
    assert.equal(leftText(junk), '4 items left to review');
  });
});

const csrfOf = (page: Page) => (page.document.querySelector('input[name="_csrf"]') as HTMLInputElement | null)?.value ?? '';

describe('bad input and roles', () => {
  test('a theme not in the framework is refused with an error; nothing ticked is an error; a missing item is not found', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const page = await agent.get(REVIEW);
    const bad = await agent.submitOn(page, REVIEW, { themes: [FOOD, 'Free parking for everyone'] }, 'Confirm and next');
    assert.equal(bad.status, 400);
    assert.match(text(errorSummary(bad.document)), /Select only themes from the list/);
    assert.match(bad.document.title, /^Error: /);
    assert.equal(itemText(bad), 'The soup was <b>cold</b>. Every day.', 'the same item again');
    assert.deepEqual(checked(bad), [FOOD]);
    assert.equal((await t.db.query('SELECT 1 FROM insight_reviews')).rows.length, 0);

    const none = await agent.submitOn(page, REVIEW, {}, 'Confirm and next');
    assert.equal(none.status, 400);
    assert.match(text(errorSummary(none.document)), /Select the themes this item is about, or select "No theme applies"/);
    const both = await agent.submitOn(page, REVIEW, { themes: [FOOD, 'No theme applies'] }, 'Confirm and next');
    assert.equal(both.status, 400);
    assert.equal((await t.db.query('SELECT 1 FROM insight_reviews')).rows.length, 0);

    const csrf = csrfOf(page);
    assert.equal((await agent.postRaw(REVIEW, { _csrf: csrf, item: 'surveys:answer:gone', themes: FOOD })).status, 404);
    assert.equal((await agent.postRaw(REVIEW, { _csrf: csrf, themes: FOOD })).status, 404);
    assert.equal((await agent.postRaw(REVIEW, { _csrf: csrf, item: 'a\u0000b', themes: FOOD })).status, 404);
    assert.equal((await agent.get(`${REVIEW}?item=${encodeURIComponent('surveys:answer:gone')}`)).status, 404);
    assert.equal((await agent.postRaw(`${REVIEW}/undo`, { _csrf: csrf, review: 'not-a-review' })).status, 404);
  });

  test('an item someone else reviewed first is not reviewed twice', async () => {
    const { agent: one } = await signedInAgent(t, ['participant', 'facilitator']);
    const { agent: two, user: second } = await signedInAgent(t, ['participant', 'facilitator']);
    const pageOne = await one.get(REVIEW);
    const pageTwo = await two.get(REVIEW);
    await one.submitOn(pageOne, REVIEW, { themes: [FOOD] }, 'Confirm and next');
    const res = await two.submitOn(pageTwo, REVIEW, { themes: [STAFF] }, 'Confirm and next');
    assert.equal(res.status, 303);
    assert.match(text(notificationBanner((await two.follow(res)).document)), /Someone else has already reviewed that item/);
    const reviews = await reviewsOf('surveys:answer:soup');
    assert.deepEqual(reviews.map((r) => r.themes), [[FOOD]]);
    assert.notEqual(reviews[0]!.reviewed_by, second.id);
    // the item on its own says it is reviewed, with no form
    const item = await two.get(`${REVIEW}?item=${encodeURIComponent('surveys:answer:soup')}`);
    assert.match(text(item.document.body), /This item has already been reviewed by a person/);
    assert.equal(queryByRole(item.document.body, 'button', { name: 'Confirm and next' }), null);
  });

  test('participants may not review; signed out goes to sign in', async () => {
    const { agent: participant } = await signedInAgent(t, ['participant']);
    assert.equal((await participant.get(REVIEW)).status, 403);
    const home = await participant.get('/account');
    const csrf = csrfOf(home);
    assert.equal((await participant.postRaw(REVIEW, { _csrf: csrf, item: 'surveys:answer:soup', themes: FOOD })).status, 403);
    assert.equal((await participant.postRaw(`${REVIEW}/undo`, { _csrf: csrf, review: '00000000-0000-4000-8000-000000000000' })).status, 403);
    assert.equal((await t.db.query('SELECT 1 FROM insight_reviews')).rows.length, 0);
    const signedOut = await new Agent(t.app).get(REVIEW);
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.location ?? '', /sign-in/);
  });
});
