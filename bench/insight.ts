/**
 * Insight engine benchmark (issue 6): TypeScript engine vs a scikit-learn reference on the same splits.
 *
 *   npm run bench:insight [-- --data PATH] [--out DIR] [--no-python]
 *
 * Data: --data or INSIGHT_DATA, default ../shared/data/pxtextmining/v6framework_230831.csv (relative to the repo).
 * Writes split files (Comment IDs) and results.json to --out (default $TMPDIR/chorus-insight-bench/).
 * The Python reference (bench/reference/insight_reference.py) needs Debian's python3-sklearn and python3-pandas;
 * this script installs nothing and prints what to install if they are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyWith } from '../src/insight/classify.ts';
import { discoverThemes } from '../src/insight/discover.ts';
import { SENTIMENT_CLASSES, V7_FRAMEWORK } from '../src/insight/framework.ts';
import { ari, bootstrapF1, indicator, multiLabelReport, nmi, singleLabelReport, type MultiLabelReport } from '../src/insight/metrics.ts';
import { loadPxtextmining, type PxRow } from '../src/insight/pxtextmining.ts';
import { mulberry32, permutation } from '../src/insight/rng.ts';
import { DEFAULT_TRAIN_OPTIONS } from '../src/insight/defaults.ts';
import { trainSync } from '../src/insight/train.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataPath = resolve(root, flag('data') ?? process.env.INSIGHT_DATA ?? '../shared/data/pxtextmining/v6framework_230831.csv');
const outDir = resolve(root, flag('out') ?? join(tmpdir(), 'chorus-insight-bench'));
const seeds = (flag('seeds') ?? '42,7,123').split(',').map(Number);
const withPython = !args.includes('--no-python');
const python = process.env.PYTHON ?? '/usr/bin/python3';

if (!existsSync(dataPath)) {
  console.error(`Data file not found: ${dataPath}\nPass --data PATH or set INSIGHT_DATA.`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const L = V7_FRAMEWORK.length;
const labelIndex = new Map(V7_FRAMEWORK.map((l, i) => [l.name, i]));
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const f3 = (x: number) => x.toFixed(3);
const peakRss = () => process.resourceUsage().maxRSS * 1024;

const data = await loadPxtextmining(dataPath);
console.log(`Data: ${data.records} records → ${data.rows.length} rows after the v6→v7 mapping (dropped ${data.droppedNoText} with no text, ${data.droppedNoLabel} with no v7 label; ${data.droppedColumns.length} v6 columns have no v7 name)`);

interface SeedResult {
  seed: number;
  trainRows: number;
  testRows: number;
  trainSeconds: number;
  classifySeconds: number;
  report: MultiLabelReport;
  ci: ReturnType<typeof bootstrapF1>;
  sentiment: ReturnType<typeof singleLabelReport> & { n: number };
}

function splitRows(seed: number): { train: PxRow[]; test: PxRow[] } {
  const perm = permutation(data.rows.length, mulberry32(seed));
  const nTest = Math.round(data.rows.length * 0.2);
  const test = Array.from(perm.subarray(0, nTest), (i) => data.rows[i]);
  const train = Array.from(perm.subarray(nTest), (i) => data.rows[i]);
  writeFileSync(`${outDir}/split-${seed}.json`, JSON.stringify({ seed, train: train.map((r) => r.id), test: test.map((r) => r.id) }));
  return { train, test };
}

function scoreThemes(test: PxRow[], predicted: number[][]) {
  const truth = indicator(test.map((r) => r.labels.map((l) => labelIndex.get(l) as number)), L);
  const pred = indicator(predicted, L);
  return { report: multiLabelReport(truth, pred), ci: bootstrapF1(truth, pred, 1000, 1) };
}

function scoreSentiment(truth: (string | undefined)[], pred: (string | undefined)[]) {
  const pairs = truth.map((t, i) => [t, pred[i]] as const).filter(([t]) => t !== undefined);
  const cls = SENTIMENT_CLASSES as readonly string[];
  const r = singleLabelReport(pairs.map(([t]) => cls.indexOf(t as string)), pairs.map(([, p]) => cls.indexOf(p as string)), 3);
  return { ...r, n: pairs.length };
}

// ---- TypeScript engine, per seed ----
const ts: SeedResult[] = [];
const splits = new Map<number, { train: PxRow[]; test: PxRow[] }>();
let seed42Model: ReturnType<typeof trainSync> | undefined;
for (const seed of seeds) {
  const { train, test } = splitRows(seed);
  splits.set(seed, { train, test });
  const t0 = performance.now();
  const model = trainSync(train, { ...DEFAULT_TRAIN_OPTIONS, seed });
  const t1 = performance.now();
  const out = classifyWith(model, test);
  const t2 = performance.now();
  if (seed === seeds[0]) seed42Model = model;
  const { report, ci } = scoreThemes(test, out.map((c) => c.themes.map((t) => labelIndex.get(t.label) as number)));
  const sentiment = scoreSentiment(test.map((r) => r.sentiment), out.map((c) => c.sentiment?.label));
  ts.push({ seed, trainRows: train.length, testRows: test.length, trainSeconds: (t1 - t0) / 1000, classifySeconds: (t2 - t1) / 1000, report, ci, sentiment });
  console.log(`TS seed ${seed}: trained in ${((t1 - t0) / 1000).toFixed(2)} s, micro-F1 ${f3(report.microF1)}, macro-F1 ${f3(report.macroF1)}, sentiment accuracy ${f3(sentiment.accuracy)}`);
}

// ---- Training on the full public set, classification throughput, peak memory (each in a fresh process) ----
interface Measured {
  task: string;
  seconds: number;
  peakRssBytes: number;
}
function measure(task: string, n?: number): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'bench/insight/measure.ts'), task, dataPath, ...(n ? [String(n)] : [])], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`measure ${task} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Measured;
}
const fullTrain = measure('train');
const classify100k = measure('classify', 100_000);
const fullTrainSeconds = fullTrain.seconds;
const classify100kSeconds = classify100k.seconds;
// The CLI on a 100,000-row CSV (streamed in batches), wall time including start-up and writing the output.
const csvIn = join(outDir, 'classify-100k.csv');
const csvOut = join(outDir, 'classify-100k-out.csv');
const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
writeFileSync(csvIn, 'id,comment\n' + Array.from({ length: 100_000 }, (_, i) => `${i},${quote(data.rows[i % data.rows.length].text)}`).join('\n') + '\n');
const tCli = performance.now();
const cli = spawnSync(process.execPath, [resolve(root, 'bin/chorus.mjs'), 'insight', 'classify', '--input', csvIn, '--text-column', 'comment', '--output', csvOut], { encoding: 'utf8' });
const cliSeconds = (performance.now() - tCli) / 1000;
if (cli.status !== 0) throw new Error(`CLI classify failed: ${cli.stderr}`);
rmSync(csvIn);
rmSync(csvOut);
console.log(`Full-set training: ${fullTrainSeconds.toFixed(2)} s (${data.rows.length} rows, peak RSS ${mb(fullTrain.peakRssBytes)}); classify 100,000 comments: ${classify100kSeconds.toFixed(2)} s (peak RSS ${mb(classify100k.peakRssBytes)}); CLI on a 100,000-row CSV: ${cliSeconds.toFixed(2)} s wall`);

// ---- Discovery: NMI/ARI at k = 30 on the single-label subset, and time for 10,000 comments ----
const single = data.rows.filter((r) => r.labels.length === 1 && r.labels[0] !== 'Labelling not possible');
const names = [...new Set(single.map((r) => r.labels[0]))];
const truthC = single.map((r) => names.indexOf(r.labels[0]));
const tD0 = performance.now();
const disc = discoverThemes(single.map((r) => r.text), { k: 30, seed: 42 });
const discSeconds = (performance.now() - tD0) / 1000;
const reasons = ['empty', 'non-answer', 'praise-only'];
const predC = disc.assignments.map((a, i) => (a === null ? 1000 + reasons.indexOf(disc.thinReasons[i] as string) : a));
const keptIdx = disc.assignments.flatMap((a, i) => (a === null ? [] : [i]));
const discovery = {
  comments: single.length,
  humanCategories: names.length,
  thin: disc.thin,
  nmi: nmi(truthC, predC),
  ari: ari(truthC, predC),
  nmiClusteredOnly: nmi(keptIdx.map((i) => truthC[i]), keptIdx.map((i) => predC[i])),
  ariClusteredOnly: ari(keptIdx.map((i) => truthC[i]), keptIdx.map((i) => predC[i])),
  seconds: discSeconds,
  seconds10k: 0,
};
const disc10k = measure('discover', 10_000);
discovery.seconds10k = disc10k.seconds;
console.log(`Discovery k=30: NMI ${f3(discovery.nmi)}, ARI ${f3(discovery.ari)} (${single.length} comments, ${discSeconds.toFixed(2)} s); 10,000 comments in ${discovery.seconds10k.toFixed(2)} s`);

// ---- scikit-learn reference on the same split files ----
interface PySeed {
  test: string[];
  themes: number[][];
  sentimentIds: string[];
  sentiment: number[];
  seconds: { themes: number; sentiment: number };
  selfReported: { microF1: number; macroF1: number; sentimentAccuracy: number };
}
let py: { sklearn: string; rows: number; seeds: Record<string, PySeed> } | undefined;
let pyNote = '';
if (withPython) {
  const probe = spawnSync(python, ['-c', 'import sklearn, pandas; print(sklearn.__version__)'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    pyNote = `scikit-learn reference skipped: ${python} cannot import sklearn/pandas.\n  Install with: apt-get install -y python3-sklearn python3-pandas  (Debian's python3; or set PYTHON=/path/to/python3)`;
  } else {
    const out = `${outDir}/reference.json`;
    const tP = performance.now();
    const run = spawnSync(python, [resolve(root, 'bench/reference/insight_reference.py'), '--data', dataPath, '--splits', outDir, '--seeds', seeds.join(','), '--out', out], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) pyNote = `scikit-learn reference failed (exit ${run.status})`;
    else {
      py = JSON.parse(readFileSync(out, 'utf8'));
      pyNote = `scikit-learn ${py?.sklearn} reference ran in ${((performance.now() - tP) / 1000).toFixed(1)} s (including Python start-up and loading)`;
    }
  }
}

const pyResults = seeds.map((seed) => {
  const r = py?.seeds[String(seed)];
  if (!r) return undefined;
  const { test } = splits.get(seed) as { test: PxRow[] };
  if (r.test.join('\n') !== test.map((x) => x.id).join('\n')) throw new Error(`reference test rows differ for seed ${seed}`);
  const { report, ci } = scoreThemes(test, r.themes);
  const byId = new Map(r.sentimentIds.map((id, i) => [id, SENTIMENT_CLASSES[r.sentiment[i]]]));
  const sentiment = scoreSentiment(test.map((x) => x.sentiment), test.map((x) => byId.get(x.id)));
  return { seed, report, ci, sentiment, seconds: r.seconds, selfReported: r.selfReported };
});

// ---- Tables ----
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rowsOut: string[] = [];
const line = (cells: string[]) => rowsOut.push(`| ${cells.join(' | ')} |`);
line(['Metric', ...seeds.flatMap((s) => [`TS ${s}`, `sklearn ${s}`]), 'TS mean', 'sklearn mean']);
line(['---', ...seeds.flatMap(() => ['---:', '---:']), '---:', '---:']);
const metric = (name: string, getTs: (r: SeedResult) => number, getPy: (r: NonNullable<(typeof pyResults)[number]>) => number) => {
  const a = ts.map(getTs);
  const b = pyResults.map((r) => (r ? getPy(r) : NaN));
  line([name, ...a.flatMap((v, i) => [f3(v), Number.isNaN(b[i]) ? '–' : f3(b[i])]), f3(mean(a)), b.some(Number.isNaN) ? '–' : f3(mean(b))]);
};
metric('micro-F1', (r) => r.report.microF1, (r) => r.report.microF1);
metric('macro-F1 (labels present in fold)', (r) => r.report.macroF1, (r) => r.report.macroF1);
metric('macro-F1 (all 32, absent = 0)', (r) => r.report.macroF1All, (r) => r.report.macroF1All);
metric('samples-F1', (r) => r.report.samplesF1, (r) => r.report.samplesF1);
metric('exact match', (r) => r.report.exactMatch, (r) => r.report.exactMatch);
metric('Hamming loss', (r) => r.report.hammingLoss, (r) => r.report.hammingLoss);
metric('micro-F1 95% CI low', (r) => r.ci.micro.low, (r) => r.ci.micro.low);
metric('micro-F1 95% CI high', (r) => r.ci.micro.high, (r) => r.ci.micro.high);
metric('macro-F1 95% CI low', (r) => r.ci.macro.low, (r) => r.ci.macro.low);
metric('macro-F1 95% CI high', (r) => r.ci.macro.high, (r) => r.ci.macro.high);
metric('sentiment accuracy', (r) => r.sentiment.accuracy, (r) => r.sentiment.accuracy);
metric('sentiment macro-F1', (r) => r.sentiment.macroF1, (r) => r.sentiment.macroF1);
SENTIMENT_CLASSES.forEach((c, j) => metric(`sentiment F1 ${c}`, (r) => r.sentiment.perClass[j].f1, (r) => r.sentiment.perClass[j].f1));
metric('fit + predict seconds', (r) => r.trainSeconds + r.classifySeconds, (r) => r.seconds.themes + r.seconds.sentiment);

const perLabel: string[] = ['| Label | support (mean) | TS P | TS R | TS F1 | sklearn F1 |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
V7_FRAMEWORK.forEach((l, j) => {
  const m = (f: (r: MultiLabelReport) => number, src: { report: MultiLabelReport }[]) => mean(src.map((r) => f(r.report)));
  const pyOk = pyResults.every(Boolean) ? f3(m((r) => r.perLabel[j].f1, pyResults as { report: MultiLabelReport }[])) : '–';
  perLabel.push(`| ${l.name} | ${m((r) => r.perLabel[j].support, ts).toFixed(1)} | ${f3(m((r) => r.perLabel[j].precision, ts))} | ${f3(m((r) => r.perLabel[j].recall, ts))} | ${f3(m((r) => r.perLabel[j].f1, ts))} | ${pyOk} |`);
});

console.log('\n' + rowsOut.join('\n'));
console.log('\nPer-label F1 (mean of seeds):\n' + perLabel.join('\n'));
if (pyNote) console.log('\n' + pyNote);
if (pyResults.every(Boolean)) {
  console.log('Cross-check, scikit-learn self-reported vs our metric code on its predictions:');
  for (const r of pyResults) {
    if (!r) continue;
    console.log(`  seed ${r.seed}: micro ${f3(r.selfReported.microF1)} vs ${f3(r.report.microF1)}, macro(all 32) ${f3(r.selfReported.macroF1)} vs ${f3(r.report.macroF1All)}, sentiment accuracy ${f3(r.selfReported.sentimentAccuracy)} vs ${f3(r.sentiment.accuracy)}`);
  }
}
const mem = peakRss();
const summary = {
  meanTrainSeconds: mean(ts.map((r) => r.trainSeconds)),
  fullTrainSeconds,
  fullTrainPeakRss: fullTrain.peakRssBytes,
  classify100kSeconds,
  classify100kPeakRss: classify100k.peakRssBytes,
  cli100kSeconds: cliSeconds,
  discover10kSeconds: disc10k.seconds,
  discover10kPeakRss: disc10k.peakRssBytes,
  throughputPerSecond: 100_000 / classify100kSeconds,
  benchPeakRss: mem,
  modelJsonBytes: seed42Model ? JSON.stringify(seed42Model).length : 0,
};
console.log(`\nTimings (2 cores): train per seed (5,438 rows, incl. 3-fold threshold tuning and sentiment) mean ${summary.meanTrainSeconds.toFixed(2)} s; full public set ${fullTrainSeconds.toFixed(2)} s (peak RSS ${mb(fullTrain.peakRssBytes)}); classify 100,000 in ${classify100kSeconds.toFixed(2)} s = ${Math.round(summary.throughputPerSecond).toLocaleString('en-GB')} comments/s (peak RSS ${mb(classify100k.peakRssBytes)}, default model); CLI on a 100,000-row CSV ${cliSeconds.toFixed(2)} s wall; whole benchmark process peak RSS ${mb(mem)}`);
console.log(`Discovery: NMI ${f3(discovery.nmi)} / ARI ${f3(discovery.ari)} at k=30 (thin comments as their own groups); clustered comments only: NMI ${f3(discovery.nmiClusteredOnly)} / ARI ${f3(discovery.ariClusteredOnly)}; 10,000 comments in ${discovery.seconds10k.toFixed(2)} s (peak RSS ${mb(disc10k.peakRssBytes)})`);
writeFileSync(
  `${outDir}/results.json`,
  JSON.stringify({ ts: ts.map(({ report, ...r }) => ({ ...r, report: { ...report } })), reference: pyResults, summary, discovery }, null, 1),
);
console.log(`Results written to ${outDir}/results.json`);
