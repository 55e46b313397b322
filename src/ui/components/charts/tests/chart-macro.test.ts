// The `chart` macro renders a demo of each chart type with its NHS data table beside it, through the same
// nunjucks set-up as the app; a page with its own table can pass it in a call block.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { JSDOM } from 'jsdom';
import { getAllByRole, getByRole, within } from '@testing-library/dom';
import { configureNunjucks, NHSUK_DIST, SRC } from '../../../../app/views.ts';
import { demoCharts } from '../demo.ts';
import { barChart } from '../index.ts';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.join(SRC, 'modules'), path.join(SRC, 'ui'), NHSUK_DIST]), { autoescape: true, trimBlocks: true, lstripBlocks: true });
configureNunjucks(env);
const render = (src: string, ctx: object) => new JSDOM(`<!doctype html><body>${env.renderString(src, ctx)}</body>`).window.document;

describe('the chart macro', () => {
  test('a demo of every chart type: the image and its table, each found by name', () => {
    const charts = demoCharts();
    const doc = render('{% from "components/chart.njk" import chart %}{% for c in charts %}{{ chart(c) }}{% endfor %}', { charts });
    assert.equal(getAllByRole(doc.body, 'img').length, charts.length);
    for (const c of charts) {
      const img = getByRole(doc.body, 'img', { name: new RegExp(`^${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
      const table = getByRole(doc.body, 'table', { name: c.table.caption });
      assert.equal(table.id, `${c.id}-table`, 'the description names this table');
      assert.equal(img.closest('.app-chart-pair'), table.closest('.app-chart-pair'), 'side by side');
      const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
      assert.deepEqual(headers, c.table.columns.map((col) => col.text));
      assert.equal(within(table).getAllByRole('rowheader').length, c.table.rows.length);
      for (const [i, col] of c.table.columns.entries()) if (i > 0 && col.numeric) assert.ok(table.querySelector(`tbody tr td:nth-child(${i + 1})`)?.classList.contains('nhsuk-table__cell--numeric'));
      const region = table.closest('[role="region"]');
      if (c.table.columns.length > 3) assert.equal(region?.getAttribute('tabindex'), '0', `${c.kind}: a wide table scrolls in a box keyboard users can reach`);
    }
    const bar = getByRole(doc.body, 'table', { name: charts[0]!.table.caption });
    assert.ok(within(bar).getByRole('rowheader', { name: 'Fairly difficult <b>&' }), 'labels are escaped in the table too');
    assert.equal(doc.querySelectorAll('b').length, 0);
  });

  test('a page can put its own table beside the chart', () => {
    const c = barChart({ id: 'own', title: 'Own table', rows: [{ label: 'A', value: 1 }] });
    const doc = render('{% from "components/chart.njk" import chart %}{% call chart(c) %}<table id="own-table"><caption>Mine</caption><tr><th>A</th></tr></table>{% endcall %}', { c });
    assert.equal(getAllByRole(doc.body, 'table').length, 1);
    assert.equal(getByRole(doc.body, 'table', { name: 'Mine' }).closest('.app-chart-pair'), getByRole(doc.body, 'img', { name: /Own table/ }).closest('.app-chart-pair'));
  });
});
