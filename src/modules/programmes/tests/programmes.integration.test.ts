import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, getAllByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import type { Role } from '../../../platform/authorisation/index.ts';
import { buildProgramme } from '../testing/factories.ts';
import { getProgramme, listPhases, listProgrammes } from '../api.ts';

let t: TestApp;
let programmeId: string;
let phaseId: string;
before(async () => {
  t = await buildTestApp();
  const p = await buildProgramme(t.ctx, { title: 'Test strategy review' });
  programmeId = p.id;
  phaseId = p.phaseIds[0]!;
});
after(() => t.close());

const ADMIN_PAGES = ['/admin/programmes', '/admin/programmes/new', '/admin/programmes/:id', '/admin/programmes/:id/edit', '/admin/programmes/:id/phases/new', '/admin/programmes/:id/phases/:phase', '/admin/programmes/:id/workgroups/new'];
const path = (p: string) => p.replace(':id', programmeId).replace(':phase', phaseId);

describe('programmes: who can reach what', () => {
  test('the hub and a programme page are public', async () => {
    const agent = new Agent(t.app);
    const hub = await agent.get('/programmes');
    assert.equal(hub.status, 200);
    getByRole(hub.document.body, 'link', { name: /Test strategy review/ });
    const page = await agent.get(`/programmes/${programmeId}`);
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Test strategy review' });
    getByRole(page.document.body, 'heading', { name: /Listen/ });
    assert.equal((await agent.get('/programmes/not-a-programme')).status, 404);
  });

  test('the home page lists programmes by status and keeps "Get help now"', async () => {
    await buildProgramme(t.ctx, { title: 'A finished review', status: 'closed' });
    const home = await new Agent(t.app).get('/');
    assert.equal(home.status, 200);
    getByRole(home.document.body, 'heading', { name: 'Open now' });
    getByRole(home.document.body, 'heading', { name: 'Finished' });
    getByRole(home.document.body, 'link', { name: /A finished review/ });
    assert.ok(getAllByRole(home.document.body, 'link', { name: 'Get help now' }).length >= 1);
  });

  test('signed-out people are sent to sign in from admin pages', async () => {
    for (const p of ADMIN_PAGES) {
      const res = await new Agent(t.app).get(path(p));
      assert.equal(res.status, 303, p);
      assert.match(res.location ?? '', /^\/sign-in\?next=/);
    }
  });

  for (const role of ['participant', 'moderator', 'facilitator', 'admin'] as Role[]) {
    test(`a ${role} ${role === 'facilitator' || role === 'admin' ? 'can' : 'cannot'} manage programmes`, async () => {
      const { agent } = await signedInAgent(t, role === 'participant' ? ['participant'] : ['participant', role]);
      const allowed = role === 'facilitator' || role === 'admin';
      for (const p of ADMIN_PAGES) assert.equal((await agent.get(path(p))).status, allowed ? 200 : 403, `${role} ${p}`);
      const post = await agent.postRaw('/admin/programmes/new', { title: 'x' });
      assert.equal(post.status, 403, 'no CSRF token is refused whoever you are');
    });
  }
});

describe('programmes: creating and changing', () => {
  test('a facilitator creates a programme with phases and a workgroup', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const created = await agent.submit('/admin/programmes/new', {
      title: 'Dementia care review', summary: 'How we support people living with dementia.', area: 'East locality', ownerWorkgroup: 'Older adults board', status: 'open',
    });
    assert.equal(created.status, 303);
    const id = created.location!.split('/').pop()!;
    const phase = await agent.submit(`/admin/programmes/${id}/phases/new`, {
      name: 'Listen', description: '', 'startsOn[day]': '1', 'startsOn[month]': '12', 'startsOn[year]': '2026', 'endsOn[day]': '28', 'endsOn[month]': '2', 'endsOn[year]': '2027', status: 'open',
    });
    assert.equal(phase.status, 303);
    assert.equal((await agent.submit(`/admin/programmes/${id}/workgroups/new`, { name: 'Dementia workgroup', description: '' })).status, 303);
    const p = await getProgramme(t.db, id);
    assert.equal(p?.title, 'Dementia care review');
    const phases = await listPhases(t.db, id);
    assert.equal(phases.length, 1);
    assert.equal(phases[0]!.startsOn?.toISOString().slice(0, 10), '2026-12-01');
    assert.equal(phases[0]!.endsOn?.toISOString().slice(0, 10), '2027-02-28');
    const page = await agent.get(`/programmes/${id}`);
    assert.match(text(page.document.body), /1 December 2026 to 28 February 2027/);
    assert.match(text(page.document.body), /dementia workgroup/);
    assert.ok((await listProgrammes(t.db)).some((x) => x.id === id && x.status === 'open'));

    const dup = await agent.submit(`/admin/programmes/${id}/workgroups/new`, { name: 'Dementia workgroup', description: '' });
    assert.equal(dup.status, 400);
    getByRole(dup.document.body, 'link', { name: 'A workgroup with this name already exists in this programme' });
  });

  test('a facilitator changes a programme and a phase', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const res = await agent.submit(`/admin/programmes/${programmeId}/edit`, { title: 'Test strategy review (changed)', summary: 's', area: 'a', ownerWorkgroup: 'w', status: 'closed' });
    assert.equal(res.status, 303);
    assert.equal((await getProgramme(t.db, programmeId))?.status, 'closed');
    const ph = await agent.submit(`/admin/programmes/${programmeId}/phases/${phaseId}`, {
      name: 'Listen again', 'startsOn[day]': '2', 'startsOn[month]': '11', 'startsOn[year]': '2026', 'endsOn[day]': '3', 'endsOn[month]': '11', 'endsOn[year]': '2026', status: 'closed',
    });
    assert.equal(ph.status, 303);
    assert.equal((await listPhases(t.db, programmeId))[0]!.name, 'Listen again');
  });

  test('bad input on the programme form: 400, error summary, typed values kept', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const cases: [Record<string, string | string[]>, string[]][] = [
      [{}, ['Enter a title for the programme', 'Enter a summary of the programme', 'Enter the area the programme covers', 'Enter the workgroup that owns the programme', 'Select the status of the programme']],
      [{ title: 'x'.repeat(151), summary: 'ok', area: 'ok', ownerWorkgroup: 'ok', status: 'open' }, ['Title must be 150 characters or less']],
      [{ title: 'Bad\u0007title', summary: 'ok', area: 'ok', ownerWorkgroup: 'ok', status: 'sideways' }, ['Title must not include hidden or control characters', 'Select the status of the programme']],
      [{ title: ['one', 'two'], summary: 'ok', area: 'ok', ownerWorkgroup: 'ok', status: 'open' }, ['Enter a title for the programme']],
    ];
    for (const [fields, messages] of cases) {
      const res = await agent.submit('/admin/programmes/new', fields);
      assert.equal(res.status, 400);
      getByRole(res.document.body, 'heading', { name: 'There is a problem' });
      for (const m of messages) assert.ok(getAllByRole(res.document.body, 'link', { name: m }).length >= 1, m);
    }
    const kept = await agent.submit('/admin/programmes/new', { title: 'Kept 👩🏽‍⚕️ title', summary: '', area: 'Here', ownerWorkgroup: 'Group', status: 'open' });
    assert.equal(kept.status, 400);
    assert.equal((kept.document.getElementById('title') as HTMLInputElement).value, 'Kept 👩🏽‍⚕️ title');
  });

  test('bad input on the phase form: missing, impossible and back-to-front dates', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const url = `/admin/programmes/${programmeId}/phases/new`;
    const d = (prefix: string, day: string, month: string, year: string) => ({ [`${prefix}[day]`]: day, [`${prefix}[month]`]: month, [`${prefix}[year]`]: year });
    const cases: [Record<string, string>, string[]][] = [
      [{}, ['Enter the name of the phase', 'Enter the start date', 'Enter the end date', 'Select the status of the phase']],
      [{ name: 'Draft', status: 'open', ...d('startsOn', '31', '2', '2027'), ...d('endsOn', '', '3', '2027') }, ['Start date must be a real date', 'End date must include a day']],
      [{ name: 'Draft', status: 'open', ...d('startsOn', '2', '3', '2027'), ...d('endsOn', '1', '3', '2027') }, ['The end date must be the same as or after the start date']],
      [{ name: 'Draft', status: 'open', ...d('startsOn', 'x', '3', '2027'), ...d('endsOn', '1', '3', '27') }, ['Start date must be a real date', 'End date must be a real date']],
    ];
    for (const [fields, messages] of cases) {
      const res = await agent.submit(url, fields);
      assert.equal(res.status, 400);
      for (const m of messages) getByRole(res.document.body, 'link', { name: m });
    }
  });
});
