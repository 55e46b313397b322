// npm run bench:charts — what a chart costs to draw on the server, and what its SVG gives assistive technology.
// (1) Our own SVG code (src/ui/components/charts): median time per chart over BENCH_RUNS renders of each demo
// chart, and its size. (2) The same bar chart and the SPC-style line chart with vega-lite compiled and rendered
// to SVG by vega's headless renderer, when VEGA_DIR points at a folder where `npm install vega@6.4.0
// vega-lite@6.5.0` was run (they are not project dependencies; see docs/decisions/0008-charts.md).
// (3) For both, what the SVG exposes: role="img", <title>, <desc>, how many elements have a role of their own.
// Options (env): BENCH_RUNS (200), VEGA_DIR.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { DEMO_CHART_MAKERS, DEMO_REFERRALS, demoCharts } from '../src/ui/components/charts/demo.ts';
import { healthzYardstick, yardstickLine } from './healthz.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`;

function exposed(svg: string) {
  const doc = new JSDOM(`<body>${svg}</body>`).window.document;
  const root = doc.querySelector('svg')!;
  const hiddenAncestor = (el: Element) => Boolean(el.closest('[aria-hidden="true"]'));
  const roles = [...doc.querySelectorAll('[role]')].filter((el) => el !== root && !hiddenAncestor(el));
  return {
    rootRole: root.getAttribute('role') ?? 'none',
    title: Boolean(root.querySelector(':scope > title')),
    desc: Boolean(root.querySelector(':scope > desc')),
    labelled: Boolean(root.getAttribute('aria-labelledby') || root.getAttribute('aria-label')),
    innerRoles: roles.length,
    patterns: doc.querySelectorAll('pattern').length,
  };
}

const yardstick = await healthzYardstick();
console.log(yardstickLine(yardstick));
console.log(`\nOur SVG code, median of ${RUNS} renders each (and as a share of one /healthz request):`);
console.log('| chart | time per chart | × /healthz | SVG size | root role | title/desc | inner elements with a role | patterns |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const charts = demoCharts();
for (const [i, c] of charts.entries()) {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = performance.now();
    DEMO_CHART_MAKERS[i]!();
    times.push(performance.now() - s);
  }
  const a = exposed(c.svg);
  console.log(`| ${c.kind} | ${ms(median(times))} | ${(median(times) / yardstick.medianMs).toFixed(2)} | ${kb(c.svg)} | ${a.rootRole} | ${a.title && a.desc ? 'yes' : 'no'} | ${a.innerRoles} | ${a.patterns} |`);
}

const dir = process.env.VEGA_DIR;
if (!dir) {
  console.log('\nSet VEGA_DIR to a folder with vega@6.4.0 and vega-lite@6.5.0 installed to compare.');
} else {
  const require = createRequire(path.join(path.resolve(dir), 'package.json'));
  const t0 = performance.now();
  const vega = await import(require.resolve('vega'));
  const vl = await import(require.resolve('vega-lite'));
  const loadMs = performance.now() - t0;
  const [bar, , , line] = charts;
  const barSpec = {
    title: bar!.title,
    description: bar!.description,
    width: 320,
    data: { values: bar!.table.rows.map((r) => ({ label: r.header, percent: Number.parseFloat(r.cells[0]!) })) },
    mark: { type: 'bar', color: '#005eb8' },
    encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null }, x: { field: 'percent', type: 'quantitative', title: 'Percent', scale: { domain: [0, 100] } } },
  };
  const months = line!.table.rows.map((r) => r.header);
  const lineSpec = {
    title: line!.title,
    description: line!.description,
    width: 400,
    height: 220,
    layer: [
      { data: { values: [{ lo: 8, hi: 22.5 }] }, mark: { type: 'rect', color: '#e8edee' }, encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } },
      {
        data: { values: DEMO_REFERRALS.map((y, i) => ({ month: months[i], y, special: y === 30 })) },
        mark: { type: 'line', point: true, color: '#005eb8' },
        encoding: { x: { field: 'month', type: 'ordinal', sort: null }, y: { field: 'y', type: 'quantitative' }, shape: { field: 'special', type: 'nominal' } },
      },
      { data: { values: [{ y: 15.2, l: 'Mean' }, { y: 26.1, l: 'Upper limit' }, { y: 4.3, l: 'Lower limit' }] }, mark: { type: 'rule', strokeDash: [6, 4] }, encoding: { y: { field: 'y', type: 'quantitative' } } },
    ],
  };
  const render = async (spec: object) => {
    const view = new vega.View(vega.parse(vl.compile({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', ...spec }).spec), { renderer: 'none' });
    const svg: string = await view.toSVG();
    view.finalize();
    return svg;
  };
  const version = (name: string) => (JSON.parse(readFileSync(path.join(path.resolve(dir), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  console.log(`\nvega ${version('vega')} + vega-lite ${version('vega-lite')} (first import ${ms(loadMs)}), median of ${Math.min(RUNS, 50)} renders each:`);
  console.log('| chart | time per chart | SVG size | root role | title/desc | inner elements with a role | patterns |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, spec] of [['bar', barSpec], ['line (SPC-style)', lineSpec]] as const) {
    let svg = await render(spec);
    const times: number[] = [];
    for (let r = 0; r < Math.min(RUNS, 50); r++) {
      const s = performance.now();
      svg = await render(spec);
      times.push(performance.now() - s);
    }
    const a = exposed(svg);
    console.log(`| ${name} | ${ms(median(times))} | ${kb(svg)} | ${a.rootRole} | ${a.title && a.desc ? 'yes' : 'no'} | ${a.innerRoles} | ${a.patterns} |`);
  }
}
