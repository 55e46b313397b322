// The demo seed: a dozen items for the strategy review (several done, some in progress, one "not doing, because…"),
// some linked to its consultation's decision records, and the finished "Inpatient food and menus 2025" programme's
// items on its public page and timeline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { listProgrammes } from '../../programmes/api.ts';
import { listItems } from '../repository.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  await seedAll(t.ctx, MODULES.filter((m) => ['accounts', 'programmes', 'consultations', 'you-said-we-did'].includes(m.id)));
});
after(() => t.close());

test('the strategy review has a dozen items, some done, some in progress, one not doing, some linked to decisions', async () => {
  const strategy = (await listProgrammes(t.db)).find((p) => p.title === 'Adult mental health strategy review 2026')!;
  const items = await listItems(t.db, strategy.id);
  assert.equal(items.length, 12);
  assert.ok(items.filter((i) => i.status === 'done').length >= 3);
  assert.ok(items.filter((i) => i.status === 'in-progress').length >= 2);
  assert.equal(items.filter((i) => i.status === 'not-doing').length, 1);
  assert.ok(items.filter((i) => i.decision_ids.length > 0).length >= 5, 'linked to the consultation\'s decision records');

  const page = await new Agent(t.app).get(`/programmes/${strategy.id}/you-said-we-did`);
  const gp = getByRole(page.document.body, 'region', { name: 'Longer GP appointments' });
  assert.match(text(gp), /Why we are not doing this/);
  const crisis = getByRole(page.document.body, 'region', { name: 'Text and BSL crisis contact' });
  assert.ok(getAllByRole(crisis, 'link').some((a) => /^\/consultations\/.+\/sections\//.test(a.getAttribute('href') ?? '')));
});

test('the finished food programme shows its items, all done or not doing, on its page and timeline', async () => {
  const food = (await listProgrammes(t.db)).find((p) => p.title === 'Inpatient food and menus 2025')!;
  const items = await listItems(t.db, food.id);
  assert.ok(items.length >= 4 && items.length <= 5);
  assert.ok(items.every((i) => i.status === 'done' || i.status === 'not-doing'));
  const programme = await new Agent(t.app).get(`/programmes/${food.id}`);
  assert.match(text(getByRole(programme.document.body, 'link', { name: 'You said, we did' }).closest('li')), /4 done and 1 not doing/);
});
