// Story: an admin on a phone 320 px wide (WCAG 1.4.10 reflow) reads a survey's results, with and without a filter,
// builds a survey, and looks at the people, events and an event's bookings: no page scrolls sideways, and axe finds
// nothing on any of them. Demo data (every module's seed), so the tables are as long and wide as they get.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { type Journey, assertAccessible, openPage, signIn, startJourney } from '../../../../tests/support/journey.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { DEMO_SURVEY } from '../seeds.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
  await seedAll(j.t.ctx, MODULES);
});
after(() => j.close());

const WIDTH = 320;

/** the page's width as laid out, and the elements sticking out past the right edge (to say what to fix) */
async function overflow(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate((max) => {
    const culprits: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > max + 0.5 && r.width > 0) {
        const kids = [...el.children].some((c) => c.getBoundingClientRect().right > max + 0.5);
        if (!kids) culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(r.right)} px)`);
      }
    }
    return { width: document.documentElement.scrollWidth, culprits: culprits.slice(0, 8) };
  }, WIDTH);
}

test('admin pages fit a 320 px screen without scrolling sideways', async () => {
  const admin = await buildUser(j.t.ctx, { roles: ['participant', 'admin'] });
  const surveyId = (await j.t.db.query<{ id: string }>('SELECT id FROM surveys WHERE title = $1', [DEMO_SURVEY])).rows[0]!.id;
  const page = await openPage(j, false);
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await signIn(page, admin.email!);
  const paths = [
    `/admin/surveys/${surveyId}/results`,
    `/admin/surveys/${surveyId}/results?channel=assisted`,
    `/admin/surveys/${surveyId}/results?channel=online&variant=standard`,
    `/admin/surveys/${surveyId}`,
    `/admin/surveys/${surveyId}/easy-read-check`,
    '/admin/surveys',
    '/admin/users',
    '/admin/events',
  ];
  const problems: string[] = [];
  for (const path of paths) {
    const res = await page.goto(path);
    assert.equal(res?.status(), 200, path);
    const { width, culprits } = await overflow(page);
    if (width > WIDTH) problems.push(`${path}: ${width} px wide; sticking out: ${culprits.join(', ')}`);
    await assertAccessible(page);
  }
  // an event's page with its bookings: the first event in the admin list (the events module's tables are its own)
  await page.goto('/admin/events');
  const eventPath = await page.locator('main a[href^="/admin/events/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!).find((h) => /^\/admin\/events\/[0-9a-f-]{36}$/.test(h)));
  assert.ok(eventPath, 'an event in the list');
  await page.goto(eventPath);
  const { width, culprits } = await overflow(page);
  if (width > WIDTH) problems.push(`${eventPath}: ${width} px wide; sticking out: ${culprits.join(', ')}`);
  await assertAccessible(page);
  assert.deepEqual(problems, [], 'every page fits 320 px (document.documentElement.scrollWidth <= 320)');
  await page.context().close();
});
