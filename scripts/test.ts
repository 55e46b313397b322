// `npm test`: lint checks, unit tests, integration tests on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set),
// then the browser journeys in Chromium. Prints one summary; exits non-zero on any failure, skip, or when no test ran.
// Lint steps are checks, not tests: they are reported on their own lines and never counted in "N passed".
// A phase that finds test files but runs no test fails. With a path (`npm test -- src/modules/events`), only the
// phases that have matching files run (lint runs only when asked for by name).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBrowser } from '../tests/support/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
// `npm test -- integration` runs one phase; a path (or part of one) runs only the matching test files
const paths = args.filter((a) => !a.startsWith('-') && /[/.]/.test(a));
const only = new Set(args.filter((a) => !a.startsWith('-') && !paths.includes(a)));
const want = (phase: string) => only.size === 0 || only.has(phase);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(path.relative(ROOT, p));
  }
  return out;
}

// CHORUS_TEST_ROOTS is for the runner's own test (tests/test-runner.test.ts), which runs fixtures kept outside src/
const roots = (process.env.CHORUS_TEST_ROOTS ?? 'src,tests').split(',');
const files = roots.flatMap((r) => walk(path.join(ROOT, r))).sort().filter((f) => paths.length === 0 || paths.some((p) => f.includes(p)));
const unitFiles = files.filter((f) => f.endsWith('.test.ts') && !f.endsWith('.integration.test.ts'));
const integrationFiles = files.filter((f) => f.endsWith('.integration.test.ts'));
const e2eFiles = files.filter((f) => f.endsWith('.e2e.ts'));

interface Result {
  phase: string;
  kind: 'check' | 'tests';
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
}
const results: Result[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-test-'));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function checkPhase(phase: string, cmd: string, cmdArgs: string[]): Promise<void> {
  const start = Date.now();
  console.log(`\n=== ${phase}: ${cmd} ${cmdArgs.join(' ')}`);
  const code = await run(cmd, cmdArgs);
  results.push({ phase, kind: 'check', passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds: (Date.now() - start) / 1000 });
}

async function testPhase(phase: string, list: string[], env: NodeJS.ProcessEnv, concurrency = 2): Promise<void> {
  const start = Date.now();
  if (list.length === 0) {
    // with a path, a phase with no matching files is simply not run; without one, a phase with no files is a fault
    if (paths.length > 0) return;
    results.push({ phase, kind: 'tests', passed: 0, failed: 1, skipped: 0, seconds: 0 });
    console.log(`\n=== ${phase}: no test files found`);
    return;
  }
  const tap = path.join(tmp, `${phase.replace(/\W+/g, '-')}.tap`);
  console.log(`\n=== ${phase}: ${list.length} file(s)`);
  const code = await run(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-timeout=300000', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...list],
    { NODE_ENV: 'test', ...env },
  );
  const out = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
  // node:test reports a file that defines no test as one passing "test" named by the file's path: count it as a fault
  const empty = list.filter((f) => new RegExp(`^ok \\d+ - ${escapeRegExp(path.join(ROOT, f))}$`, 'm').test(out));
  for (const f of empty) console.log(`\n${phase}: ${f} holds no test: that counts as a failure.`);
  const passed = count('pass') - empty.length;
  const ran = count('tests') - empty.length;
  if (ran === 0) console.log(`\n${phase}: ${list.length} file(s) found but no test ran: that counts as a failure.`);
  // a runner that exits non-zero with no failing test (a file that does not load), or a phase that ran nothing
  const broken = (code !== 0 && count('fail') === 0) || ran === 0 ? 1 : 0;
  const failed = count('fail') + count('cancelled') + Math.max(broken, empty.length);
  const skipped = count('skipped') + count('todo');
  results.push({ phase, kind: 'tests', passed, failed, skipped, seconds: (Date.now() - start) / 1000 });
}

// lint has no files of its own: with a path it runs only when named (`npm test -- lint src/x`)
if (paths.length === 0 ? want('lint') : only.has('lint')) {
  await checkPhase('lint: types', process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']);
  await checkPhase('lint: eslint', process.execPath, [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '.']);
}
if (want('unit')) await testPhase('unit', unitFiles, {});
if (want('integration')) await testPhase('integration (PGlite)', integrationFiles, { CHORUS_TEST_DB: 'pglite' });
if (want('integration') && process.env.TEST_DATABASE_URL) {
  await testPhase('integration (PostgreSQL)', integrationFiles, { CHORUS_TEST_DB: 'postgres' });
} else if (want('integration')) {
  console.log('\nTEST_DATABASE_URL is not set: integration tests ran on PGlite only (.ci/run also runs them on PostgreSQL).');
}
if (want('browser') && (paths.length === 0 || e2eFiles.length > 0)) {
  let browser: string | undefined;
  try {
    browser = ensureBrowser();
  } catch (err) {
    console.error(`\n${(err as Error).message}`);
    results.push({ phase: 'browser journeys', kind: 'tests', passed: 0, failed: 1, skipped: 0, seconds: 0 });
  }
  if (browser) await testPhase('browser journeys', e2eFiles, { CHROME_PATH: browser, CHORUS_TEST_DB: 'pglite' }, 1);
}

const sum = (list: Result[]) => list.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
const checks = results.filter((r) => r.kind === 'check');
const tests = results.filter((r) => r.kind === 'tests');
const total = sum(tests);
const checksFailed = checks.filter((r) => r.failed > 0).length;
console.log('\n=== Summary');
for (const r of checks) console.log(`  check: ${r.phase.padEnd(21)} ${r.failed ? 'FAILED' : 'ok'}  (${r.seconds.toFixed(1)} s)`);
for (const r of tests) {
  console.log(`  ${r.phase.padEnd(28)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${r.skipped ? ` ${r.skipped} skipped` : ''}  (${r.seconds.toFixed(1)} s)`);
}
const ran = total.passed + total.failed;
if (paths.length > 0 && tests.length === 0) console.log(`No test file matches ${paths.join(', ')}: that counts as a failure.`);
if (ran === 0) console.log('No tests ran: that counts as a failure.');
if (total.skipped) console.log(`${total.skipped} test(s) were skipped or marked todo: that counts as a failure.`);
if (checksFailed) console.log(`${checksFailed} check(s) failed.`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || checksFailed > 0 || ran === 0 || total.skipped > 0 ? 1 : 0);
