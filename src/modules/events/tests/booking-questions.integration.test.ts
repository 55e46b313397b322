// An organiser adds their own questions to an event's booking (questionnaires capability, standard and Easy Read);
// people booking answer them one per page; the answers are on check your answers, the organiser's bookings list
// and the bookings export. The demo online conversations ask two such questions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole } from '@testing-library/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { buildEvent } from '../testing/factories.ts';
import * as repo from '../repository.ts';
import { bookingQuestionsOf, questionsOf } from '../booking-questions.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

/** books as a guest up to the first page after access needs; returns the draft's base address and that page */
async function bookUpToQuestions(agent: Agent, eventId: string, needs: string[] = []) {
  const base = (await agent.submit(`/events/${eventId}`, {}, 'Book a place')).location!.replace(/\/name$/, '');
  await agent.submit(`${base}/name`, { name: 'Sam Booker' });
  await agent.submit(`${base}/email`, { email: `sam-${Math.random().toString(36).slice(2)}@example.org` });
  await agent.submit(`${base}/identify`, { identities: ['carer'] });
  await agent.submit(`${base}/organisation`, { organisation: '' });
  const access = await agent.submit(`${base}/access`, { accessNeeds: needs });
  return { base, next: access.location! };
}

describe('an organiser adds questions to the booking', () => {
  let eventId: string;
  let organiser: Agent;
  before(async () => {
    eventId = await buildEvent(t.ctx, { title: 'Online conversation about carers' });
    organiser = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
  });

  test('the add-a-question form explains bad input, keeps it, and adds questions in order', async () => {
    const event = await organiser.get(`/admin/events/${eventId}`);
    const link = getByRole(event.document.body, 'link', { name: 'Questions for people booking' }).getAttribute('href')!;
    const list = await organiser.get(link);
    assert.match(text(list.document.body), /There are no extra questions for this event/);
    const bad = await organiser.submit(`${link}/new`, { label: '', type: 'single-choice', options: 'Only one', easyReadOptions: 'A\nB\nC' }, 'Add question');
    assert.equal(bad.status, 400);
    for (const m of ['Enter the question', 'Enter at least 2 choices, one on each line', 'Select yes if people must answer this question']) getByRole(bad.document.body, 'link', { name: m });
    assert.equal((bad.document.getElementById('options') as HTMLTextAreaElement).value, 'Only one', 'what was typed is kept');
    const first = await organiser.submit(`${link}/new`, { label: 'What would you like to talk about?', easyReadLabel: 'What do you want to talk about?', type: 'long-text', required: 'no' }, 'Add question');
    assert.equal(first.location, link);
    await organiser.submit(`${link}/new`, {
      label: 'Have you used mental health services in the last three years?', easyReadLabel: 'Have you used mental health services in the last 3 years?',
      type: 'single-choice', options: 'Yes\nNo\nPrefer not to say', easyReadOptions: 'Yes\nNo\nI do not want to say', required: 'yes',
    }, 'Add question');
    const questions = questionsOf(await bookingQuestionsOf(t.db, (await repo.findEvent(t.db, eventId))!));
    assert.deepEqual(questions.map((q) => [q.type, q.label.standard, q.label.easyRead, q.required]), [
      ['long-text', 'What would you like to talk about?', 'What do you want to talk about?', false],
      ['single-choice', 'Have you used mental health services in the last three years?', 'Have you used mental health services in the last 3 years?', true],
    ]);
    assert.match(text((await organiser.get(link)).document.body), /1\. What would you like to talk about\?.*2\. Have you used mental health services/);
    const logged = await findAuditEntries(t.db, { action: 'event.booking-question-added', subjectId: eventId });
    assert.equal(logged.length, 2, 'each change is in the audit log');
  });

  test('people booking answer them one per page; check your answers shows the answers with Change links', async () => {
    const agent = new Agent(t.app);
    const { base, next } = await bookUpToQuestions(agent, eventId);
    assert.match(next, new RegExp(`^${base}/questions/`), 'the organiser’s questions come after access needs');
    const topic = await agent.get(next);
    getByRole(topic.document.body, 'textbox', { name: /What would you like to talk about\? \(optional\)/ });
    assert.equal(getByRole(topic.document.body, 'link', { name: 'Back' }).getAttribute('href'), `${base}/access`);
    const toServices = await agent.submitOn(topic, next, { [topic.document.querySelector('textarea')!.getAttribute('name')!]: 'Breaks for carers' }, 'Continue');
    const services = await agent.follow(toServices);
    const missing = await agent.submitOn(services, toServices.location!, {}, 'Continue');
    assert.equal(missing.status, 400);
    getByRole(missing.document.body, 'link', { name: 'Select have you used mental health services in the last three years' });
    const radio = getByRole(services.document.body, 'radio', { name: 'Prefer not to say' }) as HTMLInputElement;
    const toCheck = await agent.submitOn(services, toServices.location!, { [radio.name]: radio.value }, 'Continue');
    assert.equal(toCheck.location, `${base}/check`);
    const check = await agent.follow(toCheck);
    assert.match(text(check.document.body), /What would you like to talk about\? Breaks for carers/);
    assert.match(text(check.document.body), /Have you used mental health services in the last three years\? Prefer not to say/);
    const change = getByRole(check.document.body, 'link', { name: /^Change ?What would you like to talk about\?$/ }).getAttribute('href')!;
    const changed = await agent.submit(change, { [topic.document.querySelector('textarea')!.getAttribute('name')!]: 'Breaks and money for carers' }, 'Continue');
    assert.equal(changed.location, `${base}/check`, 'Change returns to check your answers');
    const booked = await agent.submitOn(await agent.get(`${base}/check`), `${base}/check`, {});
    assert.equal(booked.status, 303);
    const [booking] = await repo.bookingsForEvent(t.db, eventId);
    assert.deepEqual(Object.values(booking!.answers).sort(), ['Breaks and money for carers', 'o3']);
  });

  test('someone who asked for Easy Read materials sees the Easy Read words and Easy Read errors, and can switch', async () => {
    const agent = new Agent(t.app);
    const { next } = await bookUpToQuestions(agent, eventId, ['easy-read']);
    const topic = await agent.get(next);
    getByRole(topic.document.body, 'textbox', { name: /What do you want to talk about\? \(you do not have to answer\)/ });
    const toServices = await agent.submitOn(topic, next, {}, 'Continue');
    const services = await agent.follow(toServices);
    getByRole(services.document.body, 'radio', { name: 'I do not want to say' });
    const error = await agent.submitOn(services, toServices.location!, {}, 'Continue');
    assert.equal(error.status, 400);
    getByRole(error.document.body, 'link', { name: 'Please choose an answer' });
    const standard = await agent.follow(await agent.submitOn(services, toServices.location!, { action: 'switch-variant' }, 'Switch to the standard version'));
    getByRole(standard.document.body, 'radio', { name: 'Prefer not to say' });
  });

  test('the organiser sees the answers in the bookings list and the bookings export', async () => {
    const list = await organiser.get(`/admin/events/${eventId}`);
    getByRole(list.document.body, 'columnheader', { name: 'Answers to your questions' });
    assert.match(text(list.document.body), /What would you like to talk about\? Breaks and money for carers/);
    const csv = await organiser.get(`/admin/events/${eventId}/bookings.csv`);
    assert.equal(csv.status, 200);
    const rows = parseCsv(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    const sam = rows.find((r) => r['Name'] === 'Sam Booker' && r['What would you like to talk about?'])!;
    assert.equal(sam['What would you like to talk about?'], 'Breaks and money for carers');
    assert.equal(sam['Have you used mental health services in the last three years?'], 'Prefer not to say');
  });

  test('an event without questions goes straight from access needs to check your answers, and shows no answers column', async () => {
    const plain = await buildEvent(t.ctx);
    const { base, next } = await bookUpToQuestions(new Agent(t.app), plain);
    assert.equal(next, `${base}/check`);
    assert.equal(queryByRole((await organiser.get(`/admin/events/${plain}`)).document.body, 'columnheader', { name: 'Answers to your questions' }), null);
  });

  test('people without event.manage cannot see or change the questions', async () => {
    const { agent } = await signedInAgent(t);
    assert.equal((await agent.get(`/admin/events/${eventId}/questions`)).status, 403);
    assert.equal((await organiser.get(`/admin/events/not-an-id/questions`)).status, 404);
  });
});

test('the demo online conversations ask what people would like to talk about and whether they used services in the last three years', async () => {
  await seedAll(t.ctx, MODULES.filter((m) => ['programmes', 'events'].includes(m.id)));
  const conversations = (await repo.listEvents(t.db, { statuses: ['published'] })).filter((e) => e.title.startsWith('Online conversation: '));
  assert.ok(conversations.length >= 3);
  for (const e of conversations) {
    const labels = questionsOf(await bookingQuestionsOf(t.db, e)).map((q) => q.label.standard);
    assert.deepEqual(labels, ['What would you like to talk about?', 'Have you used mental health services in the last three years?'], e.title);
  }
});
