// The demo seed tells the strategy review's story: six pillars, Draft 1 out for comment in two waves, hundreds of
// comments from every role and from four organisations, Draft 2 changed in at least four pillars with decisions
// linked to comments, a Final version with a published response, and a plan open for comment now.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { countComments, searchComments } from '../../../capabilities/comments/index.ts';
import * as repo from '../repository.ts';
import { loadConsultation } from '../document.ts';
import { renderDiff } from '../document/diff.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  await seedAll(t.ctx, MODULES.filter((m) => ['accounts', 'programmes', 'consultations'].includes(m.id)));
});
after(() => t.close());

test('the draft strategy: six pillars, three versions, hundreds of comments, decisions and a published response', async () => {
  const all = await repo.listConsultations(t.db);
  const strategy = all.find((c) => /draft for comment/.test(c.title))!;
  const loaded = (await loadConsultation(t.db, strategy.id))!;
  assert.deepEqual(loaded.published.map((v) => v.label), ['Draft 1', 'Draft 2', 'Final']);
  assert.equal(loaded.state.status, 'concluded');
  assert.equal(loaded.waves.length, 2);
  const [d1, d2] = await Promise.all(loaded.published.slice(0, 2).map((v) => repo.sectionTexts(t.db, v.id)));
  assert.deepEqual(d1!.map((s) => s.heading.replace(/:.*/, '')), ['Pillar 1', 'Pillar 2', 'Pillar 3', 'Pillar 4', 'Pillar 5', 'Pillar 6']);
  const changed = d1!.filter((s, i) => renderDiff(s.body, d2![i]!.body).changed);
  assert.ok(changed.length >= 4, `Draft 2 changes at least four pillars (${changed.length})`);
  const decisions = await repo.listDecisions(t.db, strategy.id);
  for (const s of changed) assert.ok(decisions.some((d) => d.section_id === s.section_id && d.decision !== 'not-changed' && d.comment_ids.length > 0), `${s.heading} has a decision linked to comments`);
  assert.ok(decisions.some((d) => d.decision === 'not-changed'));
  const { overall } = await countComments(t.db, { scopeId: strategy.id });
  assert.ok(overall.total >= 200, `several hundred comments (${overall.total})`);
  for (const role of ['service-user', 'carer', 'public', 'staff'] as const) assert.ok(overall.byRole[role] >= 20, `${role}: ${overall.byRole[role]}`);
  assert.ok(overall.organisations >= 12);

  const response = await new Agent(t.app).get(`/consultations/${strategy.id}/response`);
  assert.equal(response.status, 200);
  getByRole(response.document.body, 'heading', { level: 1, name: 'What we heard and what we changed' });
  assert.match(text(response.document.body), /from organisations on behalf of/);
  const fromOrganisations = (await searchComments(t.db, { scopeId: strategy.id, kind: 'organisation' }, 1, 100)).items.map((c) => c.onBehalf?.organisationName);
  assert.deepEqual([...new Set(fromOrganisations)].sort(), ['ACCESS', 'Bridge Plus', 'GYROS', 'Opening Doors']);
});

test('the plan open now is on "Have your say", and a section shows its comments', async () => {
  const page = await new Agent(t.app).get('/have-your-say');
  const link = getByRole(page.document.body, 'link', { name: 'Pillar 4 in practice: our draft plan for support in a crisis' });
  const consultation = await new Agent(t.app).get(link.getAttribute('href')!);
  const first = getAllByRole(consultation.document.body, 'link', { name: /What we will do first/ })[0]!;
  const section = await new Agent(t.app).get(first.getAttribute('href')!);
  getByRole(section.document.body, 'article', { name: 'Bev' });
  getByRole(section.document.body, 'textbox', { name: /Your comment/ });
});
