// The chart SVG itself: an image named by its title and description, one mark per value, limits and bands
// drawn, nothing NaN whatever the data, labels escaped, ids that cannot clash between charts on one page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { getByRole } from '@testing-library/dom';
import { barChart, groupedBarChart, interpolate, lineChart, scatterChart, stackedBarChart, type ChartModel } from '../index.ts';
import { demoCharts, DEMO_REFERRALS } from '../demo.ts';
import { niceTicks, spreadLabels, wrap } from '../svg.ts';

const dom = (svg: string) => new JSDOM(`<!doctype html><body>${svg}</body>`).window.document;
const marks = (c: ChartModel) => dom(c.svg).querySelectorAll('.app-chart__mark');
const BAD = `<script>alert("x")</script> & 'quotes' <img src=x onerror=alert(1)>`;

function assertNamedImage(c: ChartModel) {
  const doc = dom(c.svg);
  const svg = doc.querySelector('svg')!;
  assert.equal(svg.getAttribute('role'), 'img', `${c.kind}: role="img"`);
  const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
  assert.equal(doc.getElementById(titleId!)?.tagName.toLowerCase(), 'title', `${c.kind}: labelled by its <title>`);
  assert.equal(doc.getElementById(descId!)?.tagName.toLowerCase(), 'desc', `${c.kind}: and by its <desc>`);
  assert.equal(doc.getElementById(titleId!)!.textContent, c.title);
  assert.match(doc.getElementById(descId!)!.textContent!, new RegExp(`table "${c.table.caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`), `${c.kind}: the description points to the table`);
  assert.equal(getByRole(doc.body, 'img', { name: new RegExp(c.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }), svg);
  assert.ok(svg.getAttribute('viewBox')?.match(/^0 0 \d+(\.\d)? \d+(\.\d)?$/), `${c.kind}: has a viewBox so it scales`);
  assert.equal(svg.querySelector(':scope > g')?.getAttribute('aria-hidden'), 'true', `${c.kind}: the drawing is hidden; the table has the numbers`);
  assert.doesNotMatch(c.svg, /NaN|Infinity|undefined/, `${c.kind}: no NaN`);
}

describe('every chart type', () => {
  for (const c of demoCharts()) {
    test(`${c.kind}: an image with a title and description, and a table of the same figures`, () => {
      assertNamedImage(c);
      assert.ok(c.table.rows.length > 0);
      assert.equal(c.table.id, `${c.id}-table`);
      for (const r of c.table.rows) assert.equal(r.cells.length, c.table.columns.length - 1, 'a cell for every column but the row header');
    });
  }

  test('one mark per value', () => {
    const [bar, stacked, grouped, line, funnel] = demoCharts();
    assert.equal(marks(bar!).length, 5);
    assert.equal(marks(stacked!).length, 3 * 4, 'a segment per row and series, zeros included');
    assert.equal(marks(grouped!).length, 3 * 2);
    assert.equal(marks(line!).length, DEMO_REFERRALS.filter((v) => v !== null).length, 'no mark for a missing month');
    assert.equal(marks(funnel!).length, 5);
  });

  test('bars are as long as their values, and each shows its value as text', () => {
    const c = barChart({ id: 'b', title: 'T', max: 100, rows: [{ label: 'A', value: 50, display: '50%' }, { label: 'B', value: 100, display: '100%' }, { label: 'C', value: 0, display: '0%' }] });
    const rects = [...dom(c.svg).querySelectorAll('rect.app-chart__bar')].map((r) => Number(r.getAttribute('width')));
    assert.ok(Math.abs(rects[0]! * 2 - rects[1]!) < 0.5, `${rects[0]} is half of ${rects[1]}`);
    assert.equal(rects[2], 0);
    const texts = [...dom(c.svg).querySelectorAll('text')].map((t) => t.textContent);
    for (const s of ['50%', '100%', '0%', 'A', 'B', 'C']) assert.ok(texts.includes(s), s);
  });

  test('stacked bars in percent fill the same length per row; each series has its own pattern and a key', () => {
    const [, stacked] = demoCharts();
    const doc = dom(stacked!.svg);
    const segs = [...doc.querySelectorAll('rect.app-chart__segment')];
    const rowLength = (i: number) => segs.slice(i * 4, i * 4 + 4).reduce((a, r) => a + Number(r.getAttribute('width')), 0);
    assert.ok(Math.abs(rowLength(0) - rowLength(2)) < 1, 'rows with different totals are the same length');
    const fills = new Set(segs.slice(0, 4).map((r) => r.getAttribute('fill')));
    assert.equal(fills.size, 4, 'four different fills');
    for (const f of fills) if (f!.startsWith('url(')) assert.ok(doc.getElementById(f!.slice(5, -1))?.tagName.toLowerCase() === 'pattern', `${f} is a pattern`);
    for (const s of ['Easy', 'Neither', 'Hard', 'Prefer not to say']) assert.ok([...doc.querySelectorAll('text')].some((t) => t.textContent === s), `key names ${s}`);
    assert.deepEqual(stacked!.table.rows[2], { header: 'Paper', cells: ['60%', '0%', '20%', '20%'] });
  });

  test('grouped bars name their series beside each bar, not only by colour', () => {
    const [, , grouped] = demoCharts();
    const texts = [...dom(grouped!.svg).querySelectorAll('text')].map((t) => t.textContent);
    assert.ok(texts.includes('40 Booked') && texts.includes('31 Attended'));
  });

  test('line chart: centre line, limits, a band and highlighted points, each named in words', () => {
    const [, , , line] = demoCharts();
    const doc = dom(line!.svg);
    assert.equal(doc.querySelectorAll('.app-chart__reference').length, 3);
    assert.equal(doc.querySelectorAll('.app-chart__band').length, 1);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const s of ['Mean 15.2', 'Upper limit 26.1', 'Lower limit 4.3', 'Within 2 sigma', 'Outside the process limits', 'Run of rising points']) assert.ok(texts.includes(s), s);
    const special = doc.querySelectorAll('.app-chart__mark--highlight');
    assert.equal(special.length, 1 + 6, 'one point outside, six in the run (the missing month has no mark)');
    assert.equal(special[0]!.tagName.toLowerCase(), 'path', 'a triangle, not a circle like the other points');
    const jul = line!.table.rows.find((r) => r.header === 'Jul 2025')!;
    assert.deepEqual(jul.cells, ['30', '15.2', '26.1', '4.3', '8 to 22.5', 'Outside the process limits']);
    assert.equal(line!.table.rows.find((r) => r.header === 'Apr 2026')!.cells[0], 'No data');
  });

  test('limits recalculated at a change point are drawn as separate segments and the table follows them', () => {
    const points = Array.from({ length: 6 }, (_, i) => ({ x: i + 1, y: i < 3 ? 10 : 20 }));
    const c = lineChart({
      id: 'rebase', title: 'Rebased', series: [{ label: 'Count', points }],
      references: [{ label: 'Mean', y: 10, kind: 'centre', to: 3 }, { label: 'Mean', y: 20, kind: 'centre', from: 4 }],
    });
    const lines = [...dom(c.svg).querySelectorAll('.app-chart__reference')];
    assert.equal(lines.length, 2);
    assert.ok(Number(lines[0]!.getAttribute('x2')) < Number(lines[1]!.getAttribute('x1')), 'the first segment ends before the second starts');
    assert.deepEqual(c.table.rows.map((r) => r.cells[1]), ['10', '10', '10', '20', '20', '20']);
    assert.equal([...dom(c.svg).querySelectorAll('text')].filter((t) => t.textContent?.startsWith('Mean')).length, 1, 'labelled once, at the right');
  });

  test('dates on the x axis are spaced by time and written as dates', () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    const c = lineChart({ id: 'dates', title: 'By date', series: [{ label: 'n', points: [{ x: d('2026-01-01'), y: 1 }, { x: d('2026-01-02'), y: 2 }, { x: d('2026-01-11'), y: 3 }] }] });
    const xs = [...dom(c.svg).querySelectorAll('.app-chart__mark')].map((m) => Number(m.getAttribute('cx')));
    assert.ok(Math.abs((xs[2]! - xs[1]!) / (xs[1]! - xs[0]!) - 9) < 0.1, 'nine days apart is nine times as far');
    assert.equal(c.table.rows[2]!.header, '11 Jan 2026');
  });

  test('scatter with curved limits: four limit curves, a reference line, outliers labelled by name', () => {
    const [, , , , funnel] = demoCharts();
    const doc = dom(funnel!.svg);
    assert.equal(doc.querySelectorAll('.app-chart__limit').length, 4, 'upper and lower at two levels');
    assert.equal(doc.querySelectorAll('.app-chart__reference').length, 1);
    const clip = doc.querySelector('g[clip-path]')!.getAttribute('clip-path')!;
    assert.equal(doc.getElementById(clip.slice(5, -1))?.tagName.toLowerCase(), 'clippath', 'curves are clipped to the plot');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const s of ['East', 'Crisis team', '95% limits', '99.8% limits', 'Trust average']) assert.ok(texts.includes(s), s);
    assert.ok(!texts.includes('North'), 'points inside the limits are not labelled (the table has them)');
    const east = funnel!.table.rows.find((r) => r.header === 'East')!;
    assert.equal(east.cells[0], '300');
    assert.equal(east.cells[1], '45.0%');
    assert.match(east.cells[3]!, /^\d+\.\d% to \d+\.\d%$/);
    assert.equal(east.cells[4], 'Above the 99.8% limit');
  });

  test('interpolate reads a curve between its points and nothing outside it', () => {
    const curve = [{ x: 10, y: 0 }, { x: 0, y: 10 }, { x: 20, y: 10 }];
    assert.equal(interpolate(curve, 5), 5);
    assert.equal(interpolate(curve, 15), 5);
    assert.equal(interpolate(curve, 25), undefined);
    assert.equal(interpolate([], 1), undefined);
  });
});

describe('awkward data never gives NaN', () => {
  const cases: [string, () => ChartModel][] = [
    ['bar with no rows', () => barChart({ id: 'a', title: 'Empty', rows: [] })],
    ['bar all zero', () => barChart({ id: 'a', title: 'Zeros', rows: [{ label: 'A', value: 0 }, { label: 'B', value: 0 }] })],
    ['bar with NaN and Infinity', () => barChart({ id: 'a', title: 'Bad', rows: [{ label: 'A', value: Number.NaN }, { label: 'B', value: Number.POSITIVE_INFINITY }, { label: 'C', value: 3 }] })],
    ['bar with a negative value', () => barChart({ id: 'a', title: 'Negative', rows: [{ label: 'A', value: -5 }, { label: 'B', value: 5 }] })],
    ['stacked with an empty row', () => stackedBarChart({ id: 'a', title: 'S', percent: true, series: [{ label: 'x' }, { label: 'y' }], rows: [{ label: 'r', values: [0, 0] }, { label: 's', values: [null, 2] }] })],
    ['stacked with no series', () => stackedBarChart({ id: 'a', title: 'S', series: [], rows: [{ label: 'r', values: [] }] })],
    ['grouped all zero', () => groupedBarChart({ id: 'a', title: 'G', series: [{ label: 'x' }], rows: [{ label: 'r', values: [0] }] })],
    ['line with no series', () => lineChart({ id: 'a', title: 'L', series: [] })],
    ['line with one point', () => lineChart({ id: 'a', title: 'L', series: [{ label: 's', points: [{ x: 'Jan', y: 4 }] }] })],
    ['line all missing', () => lineChart({ id: 'a', title: 'L', series: [{ label: 's', points: [{ x: 'Jan', y: null }, { x: 'Feb', y: null }] }] })],
    ['line all equal with equal limits', () => lineChart({ id: 'a', title: 'L', series: [{ label: 's', points: [{ x: 1, y: 2 }, { x: 2, y: 2 }] }], references: [{ label: 'Mean', y: 2 }, { label: 'Bad', y: Number.NaN }] })],
    ['line with an invalid date', () => lineChart({ id: 'a', title: 'L', series: [{ label: 's', points: [{ x: new Date('nonsense'), y: 1 }, { x: new Date('2026-01-01'), y: 2 }] }] })],
    ['scatter with no points', () => scatterChart({ id: 'a', title: 'F', points: [] })],
    ['scatter with one point and empty limits', () => scatterChart({ id: 'a', title: 'F', points: [{ label: 'p', x: 0, y: 0 }], limits: [{ label: 'l', upper: [], lower: [{ x: Number.NaN, y: 1 }] }] })],
  ];
  for (const [name, make] of cases) {
    test(name, () => {
      const c = make();
      assertNamedImage(c);
      assert.ok(c.width > 0 && c.height > 0);
    });
  }
});

describe('labels are escaped', () => {
  test('markup in titles, labels, series names and limits stays text', () => {
    const charts = [
      barChart({ id: 'x', title: BAD, summary: BAD, rows: [{ label: BAD, value: 1, display: BAD }] }),
      stackedBarChart({ id: 'x', title: BAD, series: [{ label: BAD }], rows: [{ label: BAD, values: [1] }] }),
      groupedBarChart({ id: 'x', title: BAD, series: [{ label: BAD }], rows: [{ label: BAD, values: [1] }] }),
      lineChart({ id: 'x', title: BAD, xTitle: BAD, yTitle: BAD, series: [{ label: BAD, points: [{ x: BAD, y: 1, highlight: { label: BAD } }] }, { label: 'b', points: [] }], references: [{ label: BAD, y: 1 }], bands: [{ label: BAD, lower: 0, upper: 1 }] }),
      scatterChart({ id: 'x', title: BAD, points: [{ label: BAD, x: 1, y: 1, highlight: { label: BAD } }], limits: [{ label: BAD, upper: [{ x: 0, y: 2 }, { x: 2, y: 2 }], lower: [{ x: 0, y: 0 }, { x: 2, y: 0 }] }] }),
    ];
    for (const c of charts) {
      const doc = dom(c.svg);
      assert.equal(doc.querySelectorAll('script, img, foreignObject').length, 0, `${c.kind}: no element made from a label`);
      assert.doesNotMatch(c.svg, /<script|<img/i, c.kind);
      assert.equal(doc.querySelector('title')!.textContent, BAD, `${c.kind}: the title reads as typed`);
      assert.ok([...doc.querySelectorAll('text, tspan')].some((t) => t.textContent?.includes('<script>')), `${c.kind}: labels read as typed`);
    }
  });

  test('an id with odd characters still makes valid, matching ids', () => {
    const c = barChart({ id: '1 "a"><b', title: 'T', rows: [{ label: 'A', value: 1 }] });
    assert.match(c.id, /^[A-Za-z][\w-]*$/);
    assertNamedImage(c);
  });

  test('two charts on one page do not share pattern or clip ids', () => {
    const a = stackedBarChart({ id: 'one', title: 'A', series: [{ label: 'x' }, { label: 'y' }], rows: [{ label: 'r', values: [1, 2] }] });
    const b = stackedBarChart({ id: 'two', title: 'B', series: [{ label: 'x' }, { label: 'y' }], rows: [{ label: 'r', values: [1, 2] }] });
    const ids = [...dom(a.svg + b.svg).querySelectorAll('[id]')].map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, ids.join(', '));
  });
});

describe('drawing helpers', () => {
  test('nice ticks cover the range in round steps', () => {
    assert.deepEqual(niceTicks(0, 100, 5), [0, 20, 40, 60, 80, 100]);
    assert.deepEqual(niceTicks(3, 27, 5), [0, 5, 10, 15, 20, 25, 30]);
    assert.deepEqual(niceTicks(0.1, 0.9, 4), [0, 0.2, 0.4, 0.6, 0.8, 1]);
    assert.deepEqual(niceTicks(0, 1, 4), [0, 0.25, 0.5, 0.75, 1]);
    assert.deepEqual(niceTicks(5, 5), [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6], 'a flat line gets room above and below');
    assert.deepEqual(niceTicks(Number.NaN, 1), [0]);
  });
  test('long labels wrap onto lines and very long words are cut', () => {
    assert.deepEqual(wrap('one two three four', 60, 10), ['one two', 'three four'], 'ten characters a line');
    assert.deepEqual(wrap('one two three fourth', 60, 10), ['one two', 'three', 'fourth']);
    assert.ok(wrap('x'.repeat(200), 100, 10, 3).every((l) => l.length <= 19));
    assert.equal(wrap('x'.repeat(200), 100, 10, 3).length, 3);
  });
  test('end labels are moved apart but stay inside the plot', () => {
    const ys = spreadLabels([100, 101, 102, 300], 16, 0, 200);
    assert.ok(ys[1]! - ys[0]! >= 16 && ys[2]! - ys[1]! >= 16);
    assert.ok(ys.every((y) => y >= 0 && y <= 200));
  });
});

describe('withheld figures', () => {
  test('a bar with no value is drawn as words only', () => {
    const c = barChart({ id: 'w', title: 'Withheld', rows: [{ label: 'A', value: 40, display: '40%' }, { label: 'B', value: null, display: 'fewer than 5' }] });
    assert.equal(marks(c).length, 1, 'no bar for the withheld figure');
    assert.ok([...dom(c.svg).querySelectorAll('text')].some((t) => t.textContent === 'fewer than 5'));
    assert.deepEqual(c.table.rows[1], { header: 'B', cells: ['fewer than 5'] });
  });
});
