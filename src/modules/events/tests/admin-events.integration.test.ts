// Organisers: who can reach each admin page; create, publish, change, cancel; register, headcount and closing;
// CSV exports (bookings with access needs for facilitators and admins only); bad input on every admin form.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole } from '@testing-library/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import type { Role } from '../../../platform/authorisation/index.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildBooking, buildEvent } from '../testing/factories.ts';
import { formValues } from '../testing/form-values.ts';
import { attendanceByAudience, attendanceByEvent, verbatimNotes } from '../api.ts';
import { errorSummary } from '../../../../tests/support/find.ts';

let t: TestApp;
let eventId: string;
let programmeId: string;
let phaseId: string;
before(async () => {
  t = await buildTestApp();
  const p = await buildProgramme(t.ctx, { title: 'Admin test programme' });
  programmeId = p.id;
  phaseId = p.phaseIds[0]!;
  eventId = await buildEvent(t.ctx, { programme_id: programmeId, phase_id: phaseId });
});
after(() => t.close());

const ADMIN_PAGES = ['/admin/events', '/admin/events/new', '/admin/events/:id', '/admin/events/:id/edit', '/admin/events/:id/cancel', '/admin/events/:id/register', '/admin/events/:id/close', '/admin/events/:id/bookings.csv', '/admin/events/export.csv?programme=:programme'];
const path = (p: string) => p.replace(':id', eventId).replace(':programme', programmeId);
const row = async (id: string) => (await t.db.query<{ status: string; headcount: number | null; verbatim_notes: string; notes_published: boolean; report: string }>('SELECT * FROM events WHERE id = $1', [id])).rows[0]!;

const VALID = {
  title: 'Listening event for carers',
  description: 'Tell us what would make services better for carers.',
  programmeId: '',
  phaseId: '',
  workgroupId: '',
  audiences: ['public'],
  eventType: 'user-forum',
  format: 'hybrid',
  venueName: 'Riverside Community Centre',
  venueAddress: '1 River Street, Anytown',
  venueFeatures: ['step-free', 'hearing-loop'],
  accessibilityNotes: 'The quiet room is on the ground floor.',
  onlineLink: 'https://meet.example.org/carers',
  'date[day]': '15',
  'date[month]': '7',
  'date[year]': '2027',
  startTime: '2pm',
  endTime: '4:30pm',
  capacity: '30',
  bookingRequired: 'yes',
  organiserName: 'Jo Facilitator',
  organiserEmail: 'jo@example.org',
  organiserPhone: '01632 960 001',
};

describe('events admin: who can reach what', () => {
  test('signed-out people are sent to sign in', async () => {
    for (const p of ADMIN_PAGES) {
      const res = await new Agent(t.app).get(path(p));
      assert.equal(res.status, 303, p);
      assert.match(res.location ?? '', /^\/sign-in\?next=/);
    }
  });
  for (const role of ['participant', 'moderator', 'facilitator', 'admin'] as Role[]) {
    const allowed = role === 'facilitator' || role === 'admin';
    test(`a ${role} ${allowed ? 'can' : 'cannot'} manage events and download bookings`, async () => {
      const { agent } = await signedInAgent(t, role === 'participant' ? ['participant'] : ['participant', role]);
      for (const p of ADMIN_PAGES) assert.equal((await agent.get(path(p))).status, allowed ? 200 : 403, `${role} ${p}`);
    });
  }
  test('public pages are open to everyone', async () => {
    const agent = new Agent(t.app);
    for (const p of ['/events', `/events/${eventId}`, `/events/${eventId}/calendar.ics`, `/programmes/${programmeId}/events.ics`]) assert.equal((await agent.get(p)).status, 200, p);
  });
});

describe('a facilitator runs an event from start to finish', () => {
  test('create (draft, not public), publish, change (emails people booked), register, close with report and notes', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const created = await agent.submit('/admin/events/new', { ...VALID, programmeId, phaseId });
    assert.equal(created.status, 303, created.status === 400 ? text(errorSummary(created.document)) : '');
    const id = created.location!.split('/').pop()!;
    const e = await row(id);
    assert.equal(e.status, 'draft');
    const { rows } = await t.db.query<{ starts_at: Date; ends_at: Date }>('SELECT starts_at, ends_at FROM events WHERE id = $1', [id]);
    assert.equal(rows[0]!.starts_at.toISOString(), '2027-07-15T13:00:00.000Z', '2pm in London in July is 1pm UTC');
    assert.equal(rows[0]!.ends_at.toISOString(), '2027-07-15T15:30:00.000Z');
    assert.equal((await new Agent(t.app).get(`/events/${id}`)).status, 404, 'drafts are not public');

    const admin = await agent.get(`/admin/events/${id}`);
    assert.equal((await agent.submitOn(admin, `/admin/events/${id}`, {}, 'Publish event')).status, 303);
    assert.equal((await row(id)).status, 'published');
    const pub = await new Agent(t.app).get(`/events/${id}`);
    assert.equal(pub.status, 200);
    getByRole(pub.document.body, 'heading', { level: 2, name: 'Accessibility' });
    assert.match(text(pub.document.body), /Step-free access: yes/);
    assert.match(text(pub.document.body), /Quiet room: no/);
    assert.doesNotMatch(pub.body, /meet\.example\.org\/carers/, 'the joining link is never on the public page');
    getByRole(pub.document.body, 'link', { name: /Add to calendar/ });
    const timeline = await new Agent(t.app).get(`/programmes/${programmeId}`);
    getByRole(timeline.document.body, 'link', { name: 'Listening event for carers' });

    await buildBooking(t.ctx, id, { email: 'booked-a@example.org', name: 'Ann' });
    await buildBooking(t.ctx, id, { email: 'booked-b@example.org', name: 'Ben', accessNeeds: ['companion'] });
    const edit = await agent.get(`/admin/events/${id}/edit`);
    const changed = await agent.submitOn(edit, `/admin/events/${id}/edit`, { ...formValues(edit), startTime: '3pm', endTime: '5pm' });
    assert.equal(changed.status, 303);
    const mail = await t.ctx.outbox.find({ to: 'booked-a@example.org' });
    assert.equal(mail.at(-1)!.purpose, 'event-changed');
    assert.match(mail.at(-1)!.attachments[0]!.content, /DTSTART;TZID=Europe\/London:20270715T150000/);
    assert.match(mail.at(-1)!.attachments[0]!.content, /SEQUENCE:2/, "published (1) then changed (2): calendars replace the old entry");

    // the day of the event comes: attendance can be taken once it has started
    await t.db.query(`UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`, [id]);
    const register = await agent.get(`/admin/events/${id}/register`);
    const ann = register.document.querySelector('input[name="attended"]') as HTMLInputElement;
    assert.equal((await agent.submitOn(register, `/admin/events/${id}/register`, { attended: [ann.value] })).status, 303);
    const close = await agent.get(`/admin/events/${id}/close`);
    assert.match(text(close.document.body), /The register shows 1 person came/);
    const closed = await agent.submitOn(close, `/admin/events/${id}/close`, {
      headcount: '',
      organisations: 'Carers Together\nMind in Anytown\nCarers Together',
      report: 'Twelve carers talked about respite.',
      verbatimNotes: '"Nobody asked me how I was coping."',
      publishNotes: 'yes',
    });
    assert.equal(closed.status, 303);
    const after = await row(id);
    assert.equal(after.status, 'closed');
    assert.equal(after.notes_published, true);
    const publicPage = await new Agent(t.app).get(`/events/${id}`);
    getByRole(publicPage.document.body, 'heading', { name: 'What people said' });
    assert.match(text(publicPage.document.body), /Nobody asked me how I was coping/);
    assert.match(text(publicPage.document.body), /Carers Together, Mind in Anytown/);

    const attendance = (await attendanceByEvent(t.db, programmeId)).find((a) => a.eventId === id)!;
    assert.equal(attendance.attended, 1, 'the register counts when there is no headcount');
    assert.deepEqual(attendance.organisations, ['Carers Together', 'Mind in Anytown']);
    const notes = await verbatimNotes(t.db, programmeId);
    assert.deepEqual(notes.map((n) => n.text), ['"Nobody asked me how I was coping."']);
  });

  test('a drop-in event is closed with a headcount; attendance by audience adds up', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const { id: progId } = await buildProgramme(t.ctx);
    const dropIn = await buildEvent(t.ctx, { programme_id: progId, booking_required: false, audiences: ['community', 'public'], dementia: true, starts_at: new Date(Date.now() - 86400_000) });
    const staff = await buildEvent(t.ctx, { programme_id: progId, audiences: ['staff'], starts_at: new Date(Date.now() - 86400_000) });
    for (const [id, n] of [[dropIn, '40'], [staff, '25']] as const) {
      const res = await agent.submit(`/admin/events/${id}/close`, { headcount: n, organisations: '', report: 'Done.', verbatimNotes: '', publishNotes: 'no' });
      assert.equal(res.status, 303);
    }
    const totals = await attendanceByAudience(t.db, progId);
    assert.equal(totals.events, 2);
    assert.equal(totals.total, 65);
    assert.deepEqual(totals.byAudience, { community: { events: 1, attended: 40 }, public: { events: 1, attended: 40 }, dementia: { events: 1, attended: 40 }, staff: { events: 1, attended: 25 } });
    const page = await new Agent(t.app).get(`/events/${dropIn}`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(text(page.document.body), /What people said/);
  });

  test('cancelling an event emails everyone booked or waiting', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const id = await buildEvent(t.ctx, { capacity: 1, title: 'To be cancelled' });
    await buildBooking(t.ctx, id, { email: 'c1@example.org' });
    await buildBooking(t.ctx, id, { email: 'c2@example.org' });
    const res = await agent.submit(`/admin/events/${id}/cancel`, {}, 'Cancel event');
    assert.equal(res.status, 303);
    assert.equal((await row(id)).status, 'cancelled');
    const cancelled = (await t.ctx.outbox.find({ purpose: 'event-cancelled' })).filter((m) => m.subject.endsWith('To be cancelled'));
    assert.deepEqual(cancelled.map((m) => m.to_address).sort(), ['c1@example.org', 'c2@example.org']);
    const page = await new Agent(t.app).get(`/events/${id}`);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Cancelled: To be cancelled' });
  });
});

describe('exports', () => {
  test('bookings CSV has access needs; spreadsheet formulas are neutralised', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const id = await buildEvent(t.ctx);
    await buildBooking(t.ctx, id, { name: '=HYPERLINK("http://evil")', accessNeeds: ['bsl-interpreter', 'dietary'], dietary: 'Vegan' });
    const res = await agent.get(`/admin/events/${id}/bookings.csv`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /text\/csv/);
    const rows = parseCsv(res.body, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!['Name'], `'=HYPERLINK("http://evil")`);
    assert.equal(rows[0]!['Access needs'], 'British Sign Language (BSL) interpreter; Dietary needs');
    assert.equal(rows[0]!['Dietary needs'], 'Vegan');
  });

  test('events CSV per programme', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const res = await agent.get(`/admin/events/export.csv?programme=${programmeId}`);
    assert.equal(res.status, 200);
    const rows = parseCsv(res.body, { bom: true, columns: true }) as Record<string, string>[];
    assert.ok(rows.length >= 2);
    assert.ok(rows.every((r) => r['Title'] && r['Status']));
    assert.equal((await agent.get('/admin/events/export.csv?programme=nonsense')).status, 404);
  });
});

describe('bad input on the admin forms', () => {
  const cases: [Record<string, string | string[]>, string[]][] = [
    [{}, ['Enter a title for the event', 'Enter a description of the event', 'Select who the event is for', 'Select the type of event', 'Select whether the event is in person, online or both', 'Enter the date of the event', 'Enter the start time', 'Enter the end time', 'Select yes if people need to book', 'Enter the name of the organiser', 'Enter the organiser’s email address']],
    [{ ...VALID, format: 'in-person', venueName: '' }, ['Enter the name of the venue']],
    [{ ...VALID, format: 'online', onlineLink: '' }, ['Enter the online joining link']],
    [{ ...VALID, onlineLink: 'javascript:alert(1)' }, ['Enter the joining link in the correct format, like https://meet.example.org/abc']],
    [{ ...VALID, 'date[day]': '30', 'date[month]': '2' }, ['Date of the event must be a real date']],
    [{ ...VALID, startTime: '25:00', endTime: 'teatime' }, ['Enter the start time in the correct format, like 2pm or 14:00', 'Enter the end time in the correct format, like 4pm or 16:00']],
    [{ ...VALID, startTime: '4pm', endTime: '2pm' }, ['The end time must be after the start time']],
    [{ ...VALID, capacity: '-3' }, ['Number of places must be a whole number between 1 and 10,000']],
    [{ ...VALID, capacity: 'lots' }, ['Number of places must be a whole number between 1 and 10,000']],
    [{ ...VALID, title: 't'.repeat(151), audiences: ['aliens'] }, ['Title must be 150 characters or less', 'Select who the event is for']],
    [{ ...VALID, programmeId: 'not-a-programme' }, ['Select programme']],
    [{ ...VALID, phaseId: '00000000-0000-4000-8000-000000000000' }, ['Select phase']],
    [{ ...VALID, organiserEmail: 'jo@', organiserPhone: 'call me' }, ['Enter an email address in the correct format, like name@example.com', 'Enter a phone number, like 01632 960 001 or 07700 900 982']],
    [{ ...VALID, title: ['One', 'Two'] }, ['Enter a title for the event']],
    [{ ...VALID, 'bookingCloses[day]': '16', 'bookingCloses[month]': '7', 'bookingCloses[year]': '2027' }, ['The date booking closes must be on or before the date of the event']],
  ];
  for (const [fields, messages] of cases) {
    test(`event form: ${messages[0]}`, async () => {
      const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
      const res = await agent.submit('/admin/events/new', fields);
      assert.equal(res.status, 400);
      getByRole(res.document.body, 'heading', { name: 'There is a problem' });
      for (const m of messages) assert.ok(getAllByRole(res.document.body, 'link', { name: m }).length, m);
      if (typeof fields.title === 'string' && fields.title.length < 151) assert.equal((res.document.getElementById('title') as HTMLInputElement).value, fields.title);
    });
  }

  test('phase must belong to the chosen programme', async () => {
    const other = await buildProgramme(t.ctx);
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const res = await agent.submit('/admin/events/new', { ...VALID, programmeId: other.id, phaseId });
    assert.equal(res.status, 400);
    getByRole(res.document.body, 'link', { name: 'Select a phase of the programme you chose' });
  });

  test('close form: report needed, headcount a number, publish choice; drafts cannot be closed', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const res = await agent.submit(`/admin/events/${eventId}/close`, { headcount: 'many', report: '' });
    assert.equal(res.status, 400);
    for (const m of ['Number of people who came must be a whole number between 0 and 100,000', 'Enter a short report of the event', 'Select yes if what people said can be published on the event page']) getByRole(res.document.body, 'link', { name: m });
    const draft = await buildEvent(t.ctx, { status: 'draft' });
    const refused = await agent.submit(`/admin/events/${draft}/close`, { report: 'x', publishNotes: 'no' });
    assert.equal(refused.status, 400);
    getByRole(refused.document.body, 'link', { name: 'You can only close an event that was published' });
  });

  test('register: ids that are not bookings of this event are refused', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const started = await buildEvent(t.ctx);
    await buildBooking(t.ctx, started);
    await t.db.query(`UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`, [started]);
    const page = await agent.get(`/admin/events/${started}/register`);
    const res = await agent.submitOn(page, `/admin/events/${started}/register`, { attended: ['00000000-0000-4000-8000-000000000000'] });
    assert.equal(res.status, 400);
  });
});
