/**
 * The `chorus insight …` command group (train, classify, evaluate, discover, build-default). The `chorus` dispatcher
 * and its registry are in src/platform/cli; src/app/commands.ts adds this group to it.
 * Each command returns an exit code; errors are printed as one clear line, never a stack trace.
 */
import { createWriteStream } from 'node:fs';
import { access, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { stringify } from 'csv-stringify';
import { classifyWith, type CommentInput, type UnclassifiedReason } from './classify.ts';
import { columnIndex, streamCsv } from './csv.ts';
import { DEFAULT_TRAIN_OPTIONS } from './defaults.ts';
import { discoverThemes, formatDiscoveryReport } from './discover.ts';
import { evaluateModel, formatEvaluation, holdoutSplit } from './evaluate.ts';
import { V7_FRAMEWORK } from './framework.ts';
import { readCodedCsv, readPxtextmining, type CodedFile } from './io.ts';
import { DEFAULT_MODEL_PATH, loadDefaultModel, loadModel, saveModel, type InsightModel } from './model.ts';
import { PX_NOTICE } from './pxtextmining.ts';
import { train, type TrainOptions } from './train.ts';
import { CommandRegistry, UsageError, processIo, type CommandGroup, type Io } from '../platform/cli/index.ts';

export { UsageError, type Io } from '../platform/cli/index.ts';

const TRAIN_USAGE = `chorus insight train --input coded.csv --text-column C (--label-column L [--label-separator ";"] | --label-columns A,B,…)
       [--sentiment-column S] [--question-column Q] --output model.json
       [--holdout 0.2] [--seed 42] [--min-df 2] [--name NAME] [--format csv|pxtextmining]`;
const CLASSIFY_USAGE = `chorus insight classify [--model model.json|default] --input comments.csv --text-column C [--question-column Q]
       --output out.csv [--threshold-report]`;
const EVALUATE_USAGE = `chorus insight evaluate [--model model.json|default] --input coded.csv --text-column C
       (--label-column L [--label-separator ";"] | --label-columns A,B,…) [--sentiment-column S] [--question-column Q]
       [--format csv|pxtextmining] [--json]`;
const DISCOVER_USAGE = `chorus insight discover --input comments.csv --text-column C [--k 20] [--seed 42]
       [--output themes.json] [--report report.txt]`;
const BUILD_USAGE = `chorus insight build-default [--data ../shared/data/pxtextmining/v6framework_230831.csv] [--output ${'src/insight/models/pxtextmining-v7.json'}]`;

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function need(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

function num(values: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}`);
  return n;
}

async function mustExist(path: string, what: string): Promise<void> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
    if (s.size === 0) throw new Error(`${what} ${path} is empty`);
  } catch (e) {
    if ((e as Error).message.includes('is empty')) throw e;
    throw new Error(`${what} not found: ${path}`, { cause: e });
  }
}

async function resolveModel(arg: unknown): Promise<InsightModel> {
  if (arg === undefined || arg === 'default') return loadDefaultModel();
  const path = String(arg);
  try {
    await access(path);
  } catch {
    throw new Error(`unknown model "${path}": no such file (use a model file from "chorus insight train", or "default")`);
  }
  return loadModel(path);
}

const CODED_OPTIONS = {
  input: { type: 'string' },
  'text-column': { type: 'string' },
  'label-column': { type: 'string' },
  'label-columns': { type: 'string' },
  'label-separator': { type: 'string' },
  'sentiment-column': { type: 'string' },
  'question-column': { type: 'string' },
  format: { type: 'string' },
} as const;

async function readCoded(v: Record<string, string | boolean | undefined>): Promise<CodedFile> {
  const input = need(v, 'input');
  await mustExist(input, 'input file');
  const format = (v.format as string | undefined) ?? 'csv';
  if (format === 'pxtextmining') return readPxtextmining(input);
  if (format !== 'csv') throw new UsageError(`--format must be csv or pxtextmining, not "${format}"`);
  if (!v['label-column'] && !v['label-columns']) throw new UsageError('give --label-column or --label-columns');
  return readCodedCsv(input, {
    textColumn: need(v, 'text-column'),
    labelColumn: v['label-column'] as string | undefined,
    labelColumns: typeof v['label-columns'] === 'string' ? v['label-columns'].split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    labelSeparator: v['label-separator'] as string | undefined,
    sentimentColumn: v['sentiment-column'] as string | undefined,
    questionColumn: v['question-column'] as string | undefined,
  });
}

function reportReading(file: CodedFile, io: Io): void {
  if (file.skipped.length) io.err(`warning: ${file.skipped.length} unreadable record(s) skipped (first at line ${file.skipped[0].line}: ${file.skipped[0].reason})\n`);
  if (file.invalidBytes) io.err(`note: ${file.invalidBytes} byte(s) were not valid UTF-8 and were read as Windows-1252\n`);
  if (file.dropped) io.err(`note: ${file.dropped} row(s) without text or label were left out\n`);
}

async function cmdTrain(args: string[], io: Io): Promise<number> {
  const v = parse(args, {
    ...CODED_OPTIONS,
    output: { type: 'string' },
    holdout: { type: 'string' },
    seed: { type: 'string' },
    'min-df': { type: 'string' },
    name: { type: 'string' },
  });
  if (v.help) return help(io, TRAIN_USAGE);
  const output = need(v, 'output');
  const file = await readCoded(v);
  reportReading(file, io);
  if (file.rows.length < 2) throw new Error(`the input has ${file.rows.length} usable row(s) with text and a label; at least 2 are needed`);
  const isPx = v.format === 'pxtextmining';
  const opts: TrainOptions = isPx
    ? { ...DEFAULT_TRAIN_OPTIONS, notice: PX_NOTICE }
    : {
        labels: file.labels.map((name) => ({ name })),
        ...(file.sentimentCollapsed ? { sentimentClasses: ['positive', 'neutral/mixed', 'negative'] } : {}),
      };
  opts.seed = num(v, 'seed', 42, 0, 2 ** 31);
  opts.name = (v.name as string | undefined) ?? opts.name ?? 'custom';
  if (v['min-df'] !== undefined) opts.tfidf = { ...opts.tfidf, minDf: num(v, 'min-df', 2, 1, 1000) };
  opts.log = (m) => io.err(`  ${m}\n`);
  const holdout = num(v, 'holdout', 0.2, 0, 0.9);
  const multi = file.rows.some((r) => r.labels.length > 1);
  io.err(`Training on ${file.rows.length} rows, ${file.labels.length} labels (${multi ? 'multi-label' : 'single-label'})${file.rows.some((r) => r.sentiment) ? ', with sentiment' : ''}\n`);
  let evaluation: ReturnType<typeof evaluateModel> | undefined;
  if (holdout > 0 && file.rows.length >= 20) {
    const { train: tr, test } = holdoutSplit(file.rows, holdout, opts.seed);
    const m = await train(tr, { ...opts, log: undefined });
    evaluation = evaluateModel(m, test, { bootstrap: 1000 });
    io.out(`Held-out evaluation (${Math.round(holdout * 100)}% of rows, seed ${opts.seed}; the saved model is then trained on all rows):\n`);
    io.out(formatEvaluation(evaluation, m.labels.map((l) => l.name), m.sentiment?.classes));
  } else if (holdout > 0) {
    io.out(`Too few rows (${file.rows.length}) for a held-out evaluation; need at least 20.\n`);
  }
  const t0 = performance.now();
  const model = await train(file.rows, opts);
  if (evaluation) {
    const { perLabel: _perLabel, ...themes } = evaluation.themes;
    model.training.evaluation = { ...model.training.evaluation, holdout: { fraction: holdout, rows: evaluation.rows, themes, single: evaluation.single && { accuracy: evaluation.single.accuracy, balancedAccuracy: evaluation.single.balancedAccuracy, classBalanceAccuracy: evaluation.single.classBalanceAccuracy }, sentimentAccuracy: evaluation.sentiment?.accuracy } };
  }
  await saveModel(model, output);
  io.out(`Model saved to ${output} (${model.vectorizer.vocabulary.length} features, trained in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  return 0;
}

/** the columns classify adds to the input's own */
const CLASSIFY_COLUMNS = ['themes', 'theme_confidence', 'sentiment', 'sentiment_confidence'];
/** What the themes column says for a text the model cannot read (see unclassifiedReason). */
const UNCLASSIFIED = 'unclassified';
const UNCLASSIFIED_REASONS: Record<UnclassifiedReason, string> = {
  empty: 'only a link or an image',
  'no-known-words': 'no words the model knows, such as only punctuation, numbers or emoji',
  'few-known-words': 'too few words the model knows, such as another language',
};

/** An input that already has classify's columns (say, an earlier output) would get them twice: refuse it. */
function refuseAddedColumns(header: readonly string[]): void {
  const clash = header.filter((h) => CLASSIFY_COLUMNS.includes(h.trim().toLowerCase()));
  if (!clash.length) return;
  const names = clash.map((h) => `"${h}"`).join(', ');
  throw new Error(
    `the input already has ${clash.length === 1 ? 'a column' : 'columns'} ${names}, which classify adds to its output; rename or remove ${clash.length === 1 ? 'it' : 'them'} in the input first (or classify the original file, not an earlier output)`,
  );
}

/**
 * The output must go into a folder that exists, and must not be the input file, however it is named (./x.csv,
 * an absolute path, a symbolic or hard link): opening it for writing would empty the input before it is read.
 */
async function checkClassifyOutput(input: string, output: string): Promise<void> {
  const target = resolve(output);
  const folder = dirname(target);
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat) throw new UsageError(`the folder for --output does not exist: ${dirname(output)} (create it first, or choose another folder)`);
  if (!folderStat.isDirectory()) throw new UsageError(`--output ${output}: ${dirname(output)} is not a folder`);
  const existing = await stat(target).catch(() => undefined);
  if (!existing) return;
  if (existing.isDirectory()) throw new UsageError(`--output ${output} is a folder; give a file name, for example ${join(output, 'classified.csv')}`);
  const source = await stat(input);
  const sameFile = (existing.ino !== 0 && existing.dev === source.dev && existing.ino === source.ino) || (await realpath(target)) === (await realpath(input));
  if (sameFile) {
    const suggestion = join(dirname(output), `${basename(output, extname(output))}-classified${extname(output) || '.csv'}`);
    throw new UsageError(`--output ${output} is the input file; writing to it would destroy the input. Choose another file, for example --output ${suggestion}`);
  }
}

async function cmdClassify(args: string[], io: Io): Promise<number> {
  const v = parse(args, {
    model: { type: 'string' },
    input: { type: 'string' },
    'text-column': { type: 'string' },
    'question-column': { type: 'string' },
    output: { type: 'string' },
    'batch-size': { type: 'string' },
  });
  if (v.help) return help(io, CLASSIFY_USAGE);
  const input = need(v, 'input');
  const output = need(v, 'output');
  const textColumn = need(v, 'text-column');
  const batchSize = num(v, 'batch-size', 2000, 1, 1_000_000);
  await mustExist(input, 'input file');
  await checkClassifyOutput(input, output);
  const model = await resolveModel(v.model);
  const size = (await stat(input)).size;
  const showProgress = size > 1_000_000;
  let textCol = -1;
  let qCol = -1;
  let outHeader: string[] = [];
  // the output is opened only once the input's header has been checked
  let out: ReturnType<typeof stringify> | undefined;
  let done: Promise<void> = Promise.resolve();
  const openOutput = () => {
    const o = stringify();
    const sink = createWriteStream(output);
    done = new Promise<void>((res, rej) => {
      sink.on('finish', res);
      sink.on('error', (e: NodeJS.ErrnoException) => rej(new Error(`cannot write the output file ${output}: ${e.code === 'EACCES' ? 'permission denied' : e.message}`)));
      o.on('error', rej);
    });
    done.catch(() => undefined); // awaited below; this stops an early failure from crashing the process first
    o.pipe(sink);
    out = o;
    return o;
  };
  const write = async (row: string[]) => {
    if (!out!.write(row)) await Promise.race([new Promise((res) => out!.once('drain', res)), done]);
  };
  let batch: string[][] = [];
  let written = 0;
  const counts = new Map<string, number>();
  const unclassified = new Map<UnclassifiedReason, number>();
  const flush = async () => {
    if (!batch.length) return;
    const inputs: CommentInput[] = batch.map((cells) => ({ text: cells[textCol] ?? '', question: qCol >= 0 ? cells[qCol] : undefined }));
    const results = classifyWith(model, inputs);
    for (let i = 0; i < batch.length; i++) {
      const r = results[i];
      const row = [...batch[i]];
      while (row.length < outHeader.length - 4) row.push('');
      row.length = outHeader.length - 4;
      if (!inputs[i].text.trim()) row.push('', '', '', '');
      else if (r.unclassified) {
        // No theme and no sentiment: the model knows none (or too few) of the words, so any guess would be noise.
        unclassified.set(r.reason, (unclassified.get(r.reason) ?? 0) + 1);
        row.push(UNCLASSIFIED, '', '', '');
      } else {
        for (const t of r.themes) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
        row.push(r.themes.map((t) => t.label).join('; '), r.themes.map((t) => t.confidence.toFixed(3)).join('; '), r.sentiment?.label ?? '', r.sentiment ? r.sentiment.confidence.toFixed(3) : '');
      }
      await write(row);
    }
    written += batch.length;
    batch = [];
    if (showProgress) io.err(`\r  classified ${written.toLocaleString('en-GB')} rows`);
  };
  const res = await streamCsv(
    input,
    (header) => {
      textCol = columnIndex(header, textColumn);
      qCol = typeof v['question-column'] === 'string' ? columnIndex(header, v['question-column']) : -1;
      refuseAddedColumns(header);
      outHeader = [...header, ...CLASSIFY_COLUMNS];
      openOutput().write(outHeader);
    },
    async (e) => {
      batch.push(e.cells);
      if (batch.length >= batchSize) await flush();
    },
  ).catch(async (e: unknown) => {
    if (!out) throw e;
    out.end();
    await done.catch(() => undefined);
    await rm(output, { force: true });
    throw e;
  });
  await flush();
  out!.end();
  await done;
  if (showProgress) io.err('\n');
  io.out(`Classified ${written} rows with model "${model.name}" into ${output}\n`);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10);
  if (top.length) io.out(`Most frequent themes: ${top.map(([l, c]) => `${l} (${c})`).join(', ')}\n`);
  const nUnclassified = [...unclassified.values()].reduce((a, b) => a + b, 0);
  if (nUnclassified) {
    const why = [...unclassified].map(([reason, n]) => `${n} ${UNCLASSIFIED_REASONS[reason]}`).join(', ');
    io.out(`Unclassified: ${nUnclassified} row(s) have "${UNCLASSIFIED}" in the themes column and no sentiment, because the model cannot read them (${why})\n`);
  }
  if (res.skipped.length) {
    io.err(`warning: ${res.skipped.length} record(s) could not be read and were skipped:\n`);
    for (const s of res.skipped.slice(0, 10)) io.err(`  line ${s.line}: ${s.reason}\n`);
  }
  if (res.invalidBytes) io.err(`note: ${res.invalidBytes} byte(s) were not valid UTF-8 and were read as Windows-1252\n`);
  return 0;
}

async function cmdEvaluate(args: string[], io: Io): Promise<number> {
  const v = parse(args, { ...CODED_OPTIONS, model: { type: 'string' }, json: { type: 'boolean' } });
  if (v.help) return help(io, EVALUATE_USAGE);
  const model = await resolveModel(v.model);
  const file = await readCoded(v);
  reportReading(file, io);
  if (file.rows.length === 0) throw new Error('the input has no rows with text and a label to evaluate');
  const e = evaluateModel(model, file.rows, { bootstrap: 1000 });
  if (v.json) io.out(JSON.stringify(e, null, 1) + '\n');
  else io.out(`Model "${model.name}"\n` + formatEvaluation(e, model.labels.map((l) => l.name), model.sentiment?.classes));
  return 0;
}

async function cmdDiscover(args: string[], io: Io): Promise<number> {
  const v = parse(args, {
    input: { type: 'string' },
    'text-column': { type: 'string' },
    k: { type: 'string' },
    seed: { type: 'string' },
    output: { type: 'string' },
    report: { type: 'string' },
  });
  if (v.help) return help(io, DISCOVER_USAGE);
  const input = need(v, 'input');
  const textColumn = need(v, 'text-column');
  await mustExist(input, 'input file');
  let col = -1;
  const texts: string[] = [];
  const res = await streamCsv(
    input,
    (h) => (col = columnIndex(h, textColumn)),
    (e) => {
      texts.push(e.cells[col] ?? '');
    },
  );
  if (res.skipped.length) io.err(`warning: ${res.skipped.length} unreadable record(s) skipped\n`);
  if (texts.length === 0) throw new Error(`${input} has a header but no comments`);
  const k = v.k === undefined ? undefined : num(v, 'k', 10, 1, 500);
  const d = discoverThemes(texts, { k, seed: num(v, 'seed', 42, 0, 2 ** 31) });
  const report = formatDiscoveryReport(d);
  if (typeof v.output === 'string') await writeFile(v.output, JSON.stringify(d, null, 1) + '\n');
  if (typeof v.report === 'string') await writeFile(v.report, report);
  io.out(report);
  return 0;
}

async function cmdBuildDefault(args: string[], io: Io): Promise<number> {
  const v = parse(args, { data: { type: 'string' }, output: { type: 'string' } });
  if (v.help) return help(io, BUILD_USAGE);
  const data = resolve((v.data as string | undefined) ?? process.env.INSIGHT_DATA ?? '../shared/data/pxtextmining/v6framework_230831.csv');
  await mustExist(data, 'pxtextmining data file');
  const output = (v.output as string | undefined) ?? DEFAULT_MODEL_PATH;
  const file = await readPxtextmining(data);
  const t0 = performance.now();
  const model = await train(file.rows, {
    ...DEFAULT_TRAIN_OPTIONS,
    labels: V7_FRAMEWORK,
    tfidf: { ...DEFAULT_TRAIN_OPTIONS.tfidf, minDf: 3 },
    notice: PX_NOTICE,
    log: (m) => io.err(`  ${m}\n`),
  });
  model.createdAt = model.createdAt.slice(0, 10);
  await saveModel(model, output);
  io.out(`Default model (${file.rows.length} rows, ${model.vectorizer.vocabulary.length} features, min_df 3) written to ${output} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return 0;
}

function help(io: Io, usage: string): number {
  io.out(`Usage: ${usage}\n`);
  return 0;
}

export const insightCommands: CommandGroup = {
  summary: 'classify comments into themes and sentiment, train models, discover themes',
  commands: {
    train: { summary: 'train a model on coded comments and print a held-out evaluation', usage: TRAIN_USAGE, run: cmdTrain },
    classify: { summary: 'add theme and sentiment columns to a CSV', usage: CLASSIFY_USAGE, run: cmdClassify },
    evaluate: { summary: 'score a model against coded comments', usage: EVALUATE_USAGE, run: cmdEvaluate },
    discover: { summary: 'draft themes for comments with no framework', usage: DISCOVER_USAGE, run: cmdDiscover },
    'build-default': { summary: 'rebuild the committed default model from the pxtextmining data', usage: BUILD_USAGE, run: cmdBuildDefault },
  },
};

/** Runs `chorus insight …` on its own (the tests use it); `npx chorus` runs every group in src/app/commands.ts. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  return new CommandRegistry().add('insight', insightCommands).run(argv, io);
}
