// The demo seed analyses the demo's free text from every module that offers it: survey answers, events' verbatim
// notes and consultation comments.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { runAnalysis } from '../analyse.ts';
import { countsByModule } from '../repository.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('seeding analyses the free text of surveys, events and consultations', async () => {
  await seedAll(t.ctx, MODULES.filter((m) => ['accounts', 'programmes', 'events', 'surveys', 'consultations', 'insight'].includes(m.id)));
  const counts = new Map((await countsByModule(t.db)).map((c) => [c.module, c]));
  for (const m of ['surveys', 'events', 'consultations']) assert.ok((counts.get(m)?.items ?? 0) > 0, `${m} offered free text`);
  const analysed = [...counts.values()].reduce((n, c) => n + c.items, 0);
  assert.ok(analysed > 300, `the demo's free text was analysed (${analysed} items)`);
  // a second run finds nothing new
  assert.equal((await runAnalysis(t.ctx)).changed, 0);
});
