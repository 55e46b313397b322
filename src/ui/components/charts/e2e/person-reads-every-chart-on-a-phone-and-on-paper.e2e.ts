// Story: someone reads one chart of each type (bar, stacked bar, grouped bar, a run chart with limits, a funnel
// plot) on a phone 320 px wide and printed. Each chart shrinks to the screen without hiding text off the edge, its
// table sits below it, axe finds nothing, and in print every chart is still drawn, inside the page.
// The charts are the demo ones, rendered by the `chart` macro into a page with the app's own stylesheet.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { AxeBuilder } from '@axe-core/playwright';
import { AXE_TAGS, type Journey, startJourney } from '../../../../../tests/support/journey.ts';
import { configureNunjucks, NHSUK_DIST, SRC } from '../../../../app/views.ts';
import { demoCharts } from '../demo.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

function demoPage(): string {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.join(SRC, 'modules'), path.join(SRC, 'ui'), NHSUK_DIST]), { autoescape: true, trimBlocks: true, lstripBlocks: true });
  configureNunjucks(env);
  const body = env.renderString(
    `{% from "components/chart.njk" import chart %}{% for c in charts %}<h2 class="nhsuk-heading-m">{{ c.title }}</h2>{{ chart(c) }}{% endfor %}`,
    { charts: demoCharts() },
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Charts – Chorus</title><link rel="stylesheet" href="/assets/chorus.css"></head>
<body><div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent"><h1>Every kind of chart</h1>${body}</main></div></body></html>`;
}

test('every chart type fits a 320 px screen and a printed page, and axe finds nothing', async () => {
  const context = await j.browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${j.baseUrl}/healthz`); // same origin, so the stylesheet loads
  await page.setContent(demoPage(), { waitUntil: 'load' });
  const charts = page.getByRole('img');
  assert.equal(await charts.count(), 5);

  const layout = () =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      charts: [...document.querySelectorAll('svg[role="img"]')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const table = svg.closest('.app-chart-pair')!.querySelector('table')!.getBoundingClientRect();
        return { name: svg.querySelector('title')!.textContent, left: box.left, right: box.right, width: box.width, height: box.height, tableTop: table.top, bottom: box.bottom };
      }),
    }));
  const phone = await layout();
  assert.ok(phone.scrollWidth <= 320, `the page does not scroll sideways (${phone.scrollWidth} px)`);
  for (const c of phone.charts) {
    assert.ok(c.left >= 0 && c.right <= phone.viewport + 0.5, `${c.name}: inside the screen (${c.left}–${c.right})`);
    assert.ok(c.width > 200 && c.height > 50, `${c.name}: drawn at a readable size (${c.width} × ${c.height})`);
    assert.ok(c.tableTop >= c.bottom - 0.5, `${c.name}: its table is below it on a phone`);
  }
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], 'axe on every chart type');

  // a wide table scrolls in its own box, which a keyboard can reach and scroll
  const region = page.getByRole('region', { name: `Table: ${demoCharts()[3]!.table.caption}` });
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await region.evaluate((el) => el === document.activeElement);
  }
  assert.ok(reached, 'Tab reaches the run chart table');
  if (await region.evaluate((el) => el.scrollWidth > el.clientWidth)) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((name) => (document.querySelector(`[aria-label="${name}"]`)?.scrollLeft ?? 0) > 0, `Table: ${demoCharts()[3]!.table.caption}`);
  }

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 }); // about A4 at 96 dpi, less margins
  const paper = await layout();
  for (const c of paper.charts) {
    assert.ok(c.width > 300 && c.right <= paper.viewport + 0.5, `${c.name}: printed inside the page (${c.width} px wide)`);
    assert.ok(c.width <= 605, `${c.name}: no wider than 16 cm in print (${c.width} px)`);
  }
  await context.close();
});
