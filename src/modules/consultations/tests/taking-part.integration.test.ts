// Taking part in a consultation: reading a section (standard and Easy Read), commenting on a quoted passage through
// the journey, anonymity, replies, organisation comments counted separately, pre-moderation, sign-in only, closed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { errorSummary } from '../../../../tests/support/find.ts';
import { buildOrganisation } from '../../accounts/testing/factories.ts';
import { countComments, listComments } from '../../../capabilities/comments/index.ts';
import { buildConsultation } from '../testing/factories.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof buildConsultation>>;
before(async () => {
  t = await buildTestApp();
  c = await buildConsultation(t.ctx, { title: 'Our draft strategy' });
});
after(() => t.close());

const sectionUrl = () => `/consultations/${c.id}/sections/${c.sectionIds[1]}`;

/** goes through the journey from the section page to done; returns the done page */
async function comment(agent: Agent, url: string, fields: Record<string, string>, about: Record<string, string>) {
  const first = await agent.submit(url, fields, 'Continue');
  assert.equal(first.status, 303, `the comment form accepted it (${first.status})`);
  const aboutPage = first.location!;
  assert.match(aboutPage, /\/about-you$/);
  const next = await agent.submit(aboutPage, about, 'Continue');
  assert.equal(next.status, 303);
  const check = next.location!;
  if (check.endsWith('/organisation')) return { agent, organisationPage: check };
  assert.match(check, /\/check$/);
  const sent = await agent.submit(check, {}, 'Send comment');
  assert.equal(sent.status, 303);
  return { agent, done: await agent.follow(sent), check };
}

describe('reading a section', () => {
  test('the contents list every section with its comments, and each section has its own page', async () => {
    const page = await new Agent(t.app).get(`/consultations/${c.id}`);
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Our draft strategy' });
    const link = getByRole(page.document.body, 'link', { name: 'Pillar 4: Support in crisis' });
    const section = await new Agent(t.app).get(link.getAttribute('href')!);
    assert.equal(section.status, 200);
    getByRole(section.document.body, 'heading', { level: 1, name: 'Pillar 4: Support in crisis' });
    assert.match(text(section.document.body), /a home visit within 4 hours/);
    getByRole(section.document.body, 'textbox', { name: /Your comment/ });
    getByRole(section.document.body, 'link', { name: /Previous section/ });
  });

  test('Easy Read shows the Easy Read text and its picture, with the full text behind a summary', async () => {
    const page = await new Agent(t.app).get(`${sectionUrl()}?format=easy-read`);
    assert.match(text(page.document.body), /You can phone us any time\.\s*We will help you quickly\./);
    getByRole(page.document.body, 'img', { name: 'Telephone' });
    assert.match(text(page.document.body), /Read the full text of this part/);
    getByRole(page.document.body, 'textbox', { name: /What do you think\?/ });
  });

  test('switching to Easy Read keeps what was typed in the comment form', async () => {
    const agent = new Agent(t.app);
    const page = await agent.get(sectionUrl());
    const csrf = (page.document.querySelector('#comment-form input[name="_csrf"]') as HTMLInputElement).value;
    const switched = await agent.postRaw(`${sectionUrl()}/comment`, { _csrf: csrf, format: 'standard', body: 'Half-written thoughts', quote: '', action: 'switch-format' });
    assert.equal(switched.status, 200);
    assert.equal((getByRole(switched.document.body, 'textbox', { name: /What do you think\?/ }) as HTMLTextAreaElement).value, 'Half-written thoughts');
    getByRole(switched.document.body, 'button', { name: 'Switch to the standard version' });
  });
});

describe('commenting', () => {
  test('an anonymous comment on a chosen paragraph appears with its quote and role, and no name', async () => {
    const { done } = await comment(new Agent(t.app), sectionUrl(), { body: 'Four hours is too long to wait.', paragraph: '2' }, { role: 'carer', showName: 'anonymous' });
    assert.equal(done!.status, 200);
    getByRole(done!.document.body, 'heading', { name: 'Thank you for your comment' });
    getByRole(done!.document.querySelector('main')!, 'link', { name: 'Get help now' });
    const section = await new Agent(t.app).get(sectionUrl());
    const item = getByRole(section.document.body, 'article', { name: 'Anonymous' });
    assert.match(text(item), /A carer, family member or friend/);
    assert.match(text(item), /Commenting on: a safe place to go/);
    assert.match(text(item), /Four hours is too long to wait\./);
  });

  test('a quote that is not in the section is refused, keeping what was typed', async () => {
    const page = await new Agent(t.app).submit(sectionUrl(), { body: 'My view', quote: 'words from somewhere else' }, 'Continue');
    assert.equal(page.status, 400);
    assert.match(text(errorSummary(page.document)), /The words you quote must be from this section/);
    assert.equal((getByRole(page.document.body, 'textbox', { name: /Your comment/ }) as HTMLTextAreaElement).value, 'My view');
  });

  test('an empty comment and a name left out give NHS errors', async () => {
    const empty = await new Agent(t.app).submit(sectionUrl(), { body: '' }, 'Continue');
    assert.equal(empty.status, 400);
    assert.match(text(errorSummary(empty.document)), /Enter your comment/);
    const agent = new Agent(t.app);
    const first = await agent.submit(sectionUrl(), { body: 'A named comment' }, 'Continue');
    const about = await agent.submit(first.location!, { role: 'service-user', showName: 'name', displayName: '' }, 'Continue');
    assert.equal(about.status, 400);
    assert.match(text(errorSummary(about.document)), /Enter the name to show with your comment/);
    const named = await agent.submit(first.location!, { role: 'service-user', showName: 'name', displayName: 'Priya' }, 'Continue');
    const check = await agent.get(named.location!);
    assert.match(text(check.document.body), /Name shown with your comment Priya/);
  });

  test('a reply is one level deep and shown under its comment', async () => {
    const { items } = await listComments(t.db, { resourceType: 'consultation-section', resourceId: c.sectionIds[1]!, page: 1 });
    const parent = items[0]!;
    const agent = new Agent(t.app);
    const section = await agent.get(sectionUrl());
    const replyLink = getByRole(section.document.body, 'link', { name: `Reply to ${parent.authorName}` });
    const { done } = await comment(agent, replyLink.getAttribute('href')!, { body: 'We hear you. We are looking at this.' }, { role: 'staff', showName: 'name', displayName: 'Engagement team' });
    assert.equal(done!.status, 200);
    const after = await new Agent(t.app).get(sectionUrl());
    const replies = getByRole(after.document.body, 'list', { name: `Replies to ${parent.authorName}` });
    getByRole(replies, 'article', { name: 'Engagement team' });
    const reply = (await listComments(t.db, { resourceType: 'consultation-section', resourceId: c.sectionIds[1]!, page: 1 })).items.find((i) => i.id === parent.id)!.replies[0]!;
    assert.equal(queryByRole(within(after.document.body).getByRole('article', { name: 'Engagement team' }), 'link', { name: /^Reply/ }), null, 'no reply to a reply');
    assert.equal(reply.parentId, parent.id);
  });

  test('an organisation representative comments on behalf of their organisation, counted separately', async () => {
    const { agent, user } = await signedInAgent(t, ['participant']);
    await buildOrganisation(t.ctx, 'GYROS', [user.id]);
    const before = (await countComments(t.db, { scopeId: c.id })).overall;
    const started = await comment(agent, sectionUrl(), { body: 'Families we support did not know the crisis line existed.' }, { role: 'organisation' });
    const orgPage = await agent.get(started.organisationPage!);
    const gyros = getByRole(orgPage.document.body, 'option', { name: 'GYROS' }) as HTMLOptionElement;
    const saved = await agent.submit(started.organisationPage!, { organisation: gyros.value, gatheredHow: 'focus-group', representsCount: '23', representsWho: 'Migrant families', consent: 'yes' }, 'Continue');
    assert.equal(saved.status, 303);
    const sent = await agent.submit(saved.location!, {}, 'Send comment');
    assert.equal(sent.status, 303);
    const now = (await countComments(t.db, { scopeId: c.id })).overall;
    assert.equal(now.organisations, before.organisations + 1);
    assert.equal(now.individuals, before.individuals);
    assert.equal(now.peopleRepresented, before.peopleRepresented + 23);
    const section = await new Agent(t.app).get(sectionUrl());
    assert.match(text(getByRole(section.document.body, 'article', { name: 'GYROS' })), /On behalf of GYROS \(23 people\)/);
  });

  test('people who do not represent an organisation are not offered it', async () => {
    const agent = new Agent(t.app);
    const first = await agent.submit(sectionUrl(), { body: 'Hello' }, 'Continue');
    const about = await agent.get(first.location!);
    assert.equal(queryByRole(about.document.body, 'radio', { name: /organisation/i }), null);
    const forced = await agent.submit(first.location!, { role: 'organisation' }, 'Continue');
    assert.equal(forced.status, 400);
  });
});

describe('how a consultation is set up', () => {
  test('with pre-moderation a comment waits for review and only its author sees it', async () => {
    const pre = await buildConsultation(t.ctx, { title: 'Checked first', moderation: 'pre' });
    const url = `/consultations/${pre.id}/sections/${pre.sectionIds[0]}`;
    const agent = new Agent(t.app);
    const { done } = await comment(agent, url, { body: 'Please check me' }, { role: 'public', showName: 'anonymous' });
    assert.match(text(done!.document.body), /A moderator will check it before it is shown/);
    const mine = await agent.get(url);
    assert.match(text(getByRole(mine.document.body, 'article', { name: 'Anonymous' })), /Waiting for review/);
    const others = await new Agent(t.app).get(url);
    assert.equal(queryByRole(others.document.body, 'article', { name: 'Anonymous' }), null);
  });

  test('sign-in only: the form is replaced by a sign-in link, and posting sends people to sign in', async () => {
    const only = await buildConsultation(t.ctx, { title: 'Members only', signIn: 'required' });
    const url = `/consultations/${only.id}/sections/${only.sectionIds[0]}`;
    const page = await new Agent(t.app).get(url);
    getByRole(page.document.body, 'link', { name: 'Sign in to comment' });
    assert.equal(queryByRole(page.document.body, 'textbox', { name: /Your comment/ }), null);
    const { agent } = await signedInAgent(t);
    const signedIn = await agent.get(url);
    getByRole(signedIn.document.body, 'textbox', { name: /Your comment/ });
  });

  test('a closed consultation shows comments but no form, and refuses a posted comment', async () => {
    const closed = await buildConsultation(t.ctx, { title: 'Over', waves: [{ from: -30, to: -2 }] });
    const url = `/consultations/${closed.id}/sections/${closed.sectionIds[0]}`;
    const page = await new Agent(t.app).get(url);
    assert.match(text(page.document.body), /Comments are closed/);
    assert.equal(queryByRole(page.document.body, 'textbox', { name: /Your comment/ }), null);
    const posted = await new Agent(t.app).postRaw(`${url}/comment`, { body: 'late' });
    assert.notEqual(posted.status, 200);
    assert.equal((await countComments(t.db, { scopeId: closed.id })).overall.total, 0);
  });

  test('a consultation with nothing published is not found by the public', async () => {
    const draft = await buildConsultation(t.ctx, { title: 'Not yet', publish: false });
    assert.equal((await new Agent(t.app).get(`/consultations/${draft.id}`)).status, 404);
    assert.equal((await new Agent(t.app).get(`/consultations/${draft.id}/sections/${draft.sectionIds[0]}`)).status, 404);
  });
});
