// The demo seed matches the review it is modelled on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { attendanceByAudience } from '../api.ts';
import { listProgrammes, listWorkgroups } from '../../programmes/api.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('42 events in the review split, a dementia workgroup, about 2,500 people, and online conversations open for booking', async () => {
  await seedAll(t.ctx, MODULES.filter((m) => ['programmes', 'events'].includes(m.id)));
  const grouped = await t.db.query<{ event_type: string; audiences: string[]; dementia: boolean; status: string; workgroup_id: string | null; n: number }>(
    `SELECT e.event_type, e.audiences, e.dementia, e.status, e.workgroup_id, count(*)::int AS n FROM events e GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 3`,
  );
  // workgroup names come from the programmes module
  const workgroups = new Map<string, string>();
  for (const p of await listProgrammes(t.db)) for (const w of await listWorkgroups(t.db, p.id)) workgroups.set(w.id, w.name);
  const rows = grouped.rows.map(({ workgroup_id, ...r }) => ({ ...r, workgroup: workgroup_id ? (workgroups.get(workgroup_id) ?? null) : null }));
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((s, r) => s + r.n, 0);
  const review = (r: (typeof rows)[number]) => !r.dementia && r.status === 'closed';
  assert.equal(count(review), 42);
  assert.equal(count((r) => review(r) && r.event_type === 'user-forum'), 4);
  assert.equal(count((r) => review(r) && r.event_type === 'public-launch'), 3);
  assert.equal(count((r) => review(r) && r.audiences.includes('staff')), 25);
  assert.equal(count((r) => review(r) && r.audiences.includes('community')), 10);
  assert.equal(count((r) => r.dementia && r.workgroup === 'Dementia workgroup' && r.audiences.includes('public')), 4);
  assert.equal(count((r) => r.dementia && r.workgroup === 'Dementia workgroup' && r.audiences.includes('staff')), 2);
  assert.ok(count((r) => r.status === 'published' && r.event_type === 'online-conversation') >= 3);

  const totals = await attendanceByAudience(t.db);
  const dementia = totals.byAudience.dementia!.attended;
  assert.equal(dementia, 150);
  const review42 = totals.total - dementia;
  assert.ok(review42 >= 2450 && review42 <= 2600, `about 2,500 people (got ${review42})`);

  const { rows: open } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE status = 'published' AND starts_at > now() AND format = 'online'`);
  assert.ok(open[0]!.n >= 3);
});
