// The events module's free text for the insight analysis (ctx.freeTextSources): the verbatim notes of closed
// events, published or not, one item per line, with the event's title, audiences, programme and end, and a link to
// the admin event page; read a page at a time in id order. Notes of events that are not closed, blank lines, the
// closing report, and the names and emails of organisers and of people who booked are not offered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { readAllPages } from '../../../../tests/support/free-text.ts';
import type { FreeTextItem, FreeTextSource } from '../../../platform/module.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildBooking, buildEvent, storedEvent } from '../testing/factories.ts';
import { saveClosing } from '../repository.ts';

const BOOKER = { name: 'Priya Ramaswamy', email: 'priya.ramaswamy@example.org' };
const REPORT = 'Staff summary: twelve people came and the room was too small.';

let t: TestApp;
let source: FreeTextSource;
let expected: FreeTextItem[];

const close = (id: string, notes: string, published: boolean) => saveClosing(t.db, id, { headcount: 12, report: REPORT, verbatimNotes: notes, notesPublished: published });

before(async () => {
  t = await buildTestApp();
  source = t.ctx.freeTextSources.find((s) => s.moduleId === 'events')!;
  const programme = await buildProgramme(t.ctx);

  // closed with published notes (blank lines between), after a booking with a name and email
  const cafe = await buildEvent(t.ctx, { title: 'Carers café: crisis care', audiences: ['carer', 'public'], programme_id: programme.id, phase_id: programme.phaseIds[0]! });
  await buildBooking(t.ctx, cafe, BOOKER);
  await close(cafe, 'Nobody told us who to ring at night.\r\n\r\n  The crisis line kept us waiting.  \n   \nMore help for young carers', true);
  // closed with notes not published, eleven lines (line 10 comes after line 9)
  const ward = await buildEvent(t.ctx, { title: 'Ward visit', audiences: ['service-user'] });
  await close(ward, Array.from({ length: 11 }, (_, i) => `Said at the ward visit, number ${i + 1}`).join('\n'), false);
  // closed with no notes; a published and a cancelled event with notes (not closed: not offered)
  await close(await buildEvent(t.ctx, { title: 'No notes' }), '  \n ', true);
  const open = await buildEvent(t.ctx, { title: 'Still open' });
  const cancelled = await buildEvent(t.ctx, { title: 'Called off', status: 'cancelled' });
  await t.db.query(`UPDATE events SET verbatim_notes = 'Not closed yet, not offered' WHERE id = ANY($1::uuid[])`, [[open, cancelled]]);
  await buildEvent(t.ctx, { title: 'A draft', status: 'draft' });

  const cafeRow = (await storedEvent(t.ctx, cafe))!;
  const wardRow = (await storedEvent(t.ctx, ward))!;
  const base = { module: 'events', source: 'verbatim-note', channel: 'event', kind: 'individual' as const, peopleRepresented: null, variant: 'standard' as const };
  const cafeItem = (line: string, text: string) => ({
    ...base, id: `events:note:${cafe}:${line}`, programmeId: programme.id, phaseId: programme.phaseIds[0]!, prompt: 'Carers café: crisis care', text, roles: ['carer', 'public'], createdAt: cafeRow.ends_at, href: `/admin/events/${cafe}`,
  });
  expected = [
    cafeItem('00001', 'Nobody told us who to ring at night.'),
    cafeItem('00003', 'The crisis line kept us waiting.'),
    cafeItem('00005', 'More help for young carers'),
    ...Array.from({ length: 11 }, (_, i) => ({
      ...base, id: `events:note:${ward}:${String(i + 1).padStart(5, '0')}`, programmeId: null, phaseId: null, prompt: 'Ward visit', text: `Said at the ward visit, number ${i + 1}`,
      roles: ['service-user'], createdAt: wardRow.ends_at, href: `/admin/events/${ward}`,
    })),
  ];
  expected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});
after(() => t.close());

describe('event verbatim notes for the analysis', () => {
  test('the module offers a free-text source', () => {
    assert.ok(source, 'a source with moduleId "events"');
  });

  test('every line of the notes of closed events, published or not, with every field, in id order', async () => {
    const items = await source.items(undefined, 100);
    assert.deepEqual(items, expected);
    const ward = items.filter((i) => i.prompt === 'Ward visit').map((i) => i.text);
    assert.deepEqual(ward, Array.from({ length: 11 }, (_, i) => `Said at the ward visit, number ${i + 1}`), 'lines in the order they were written');
  });

  test('two at a time, after the last id, until a page is empty: every item once, none missing, in order', async () => {
    const pages = await readAllPages(source, 2);
    assert.deepEqual(pages.map((p) => p.length), [2, 2, 2, 2, 2, 2, 2]);
    const ids = pages.flat().map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length, 'no item twice');
    assert.deepEqual(ids, expected.map((i) => i.id));
    assert.deepEqual(await source.items(expected.at(-1)!.id, 2), []);
  });

  test('a page can start after any id, even one that is not an item', async () => {
    const fifth = expected[4]!.id;
    assert.deepEqual((await source.items(fifth, 100)).map((i) => i.id), expected.slice(5).map((i) => i.id));
    assert.deepEqual((await source.items(`${fifth}5`, 100)).map((i) => i.id), expected.slice(5).map((i) => i.id));
    assert.deepEqual((await source.items('events:note:', 100)).map((i) => i.id), expected.map((i) => i.id));
    assert.deepEqual((await source.items('consultations:comment:', 100)).map((i) => i.id), expected.map((i) => i.id));
    assert.deepEqual(await source.items('events:note:zzz', 100), []);
    assert.deepEqual(await source.items('surveys:', 100), []);
  });

  test('notes of events that are not closed, blank lines and the closing report are not offered', async () => {
    const items = await source.items(undefined, 100);
    assert.ok(!items.some((i) => i.text.includes('not offered')));
    assert.ok(!items.some((i) => ['No notes', 'Still open', 'Called off', 'A draft'].includes(i.prompt)));
    assert.ok(items.every((i) => i.text.trim() !== ''));
    assert.ok(!JSON.stringify(items).includes(REPORT));
  });

  test('no name or email of an organiser or of a person who booked in any field', async () => {
    const all = JSON.stringify(await source.items(undefined, 100));
    for (const personal of [BOOKER.name, BOOKER.email, 'Sam Organiser', 'organiser@example.org', 'meet.example.org', '@']) assert.ok(!all.includes(personal), personal);
  });
});
