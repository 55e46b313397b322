// The demo seed queues the analysis, and the analysis reads the demo's free text from every module that offers it:
// survey answers, events' verbatim notes and consultation comments.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { ANALYSE_JOB, runAnalysis } from '../analyse.ts';
import { countsByModule } from '../repository.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('seeding queues an analysis; the analysis stores the free text of surveys, events and consultations', async () => {
  await seedAll(t.ctx, MODULES.filter((m) => ['accounts', 'programmes', 'events', 'surveys', 'consultations', 'insight'].includes(m.id)));
  assert.equal((await t.ctx.jobs.find(ANALYSE_JOB)).filter((j) => j.state === 'created').length, 1, 'one analysis is waiting to run');
  const summary = await runAnalysis(t.ctx);
  const counts = new Map((await countsByModule(t.db)).map((c) => [c.module, c]));
  for (const m of ['surveys', 'events', 'consultations']) assert.ok((counts.get(m)?.items ?? 0) > 0, `${m} offered free text`);
  assert.ok(summary.total > 300, `the demo's free text was analysed (${summary.total} items)`);
});
