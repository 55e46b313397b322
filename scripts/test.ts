// `npm test`: lint, unit tests, integration tests on PGlite (and on PostgreSQL when TEST_DATABASE_URL is set),
// then the browser journeys in Chromium. Prints one summary; exits non-zero on any failure, skip, or when no test ran.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

const files = [...walk(path.join(ROOT, 'src')), ...walk(path.join(ROOT, 'tests'))].sort().filter((f) => paths.length === 0 || paths.some((p) => f.includes(p)));
const unitFiles = files.filter((f) => f.endsWith('.test.ts') && !f.endsWith('.integration.test.ts'));
const integrationFiles = files.filter((f) => f.endsWith('.integration.test.ts'));
const e2eFiles = files.filter((f) => f.endsWith('.e2e.ts'));

interface Result {
  phase: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
}
const results: Result[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-test-'));

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
  results.push({ phase, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds: (Date.now() - start) / 1000 });
}

async function testPhase(phase: string, list: string[], env: NodeJS.ProcessEnv, concurrency = 2): Promise<void> {
  const start = Date.now();
  if (list.length === 0) {
    results.push({ phase, passed: 0, failed: 1, skipped: 0, seconds: 0 });
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
  const out = readFileSync(tap, 'utf8');
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (code !== 0 && count('fail') === 0 ? 1 : 0);
  const skipped = count('skipped') + count('todo');
  results.push({ phase, passed, failed, skipped, seconds: (Date.now() - start) / 1000 });
}

if (want('lint')) {
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
if (want('browser')) {
  let browser: string | undefined;
  try {
    browser = ensureBrowser();
  } catch (err) {
    console.error(`\n${(err as Error).message}`);
    results.push({ phase: 'browser journeys', passed: 0, failed: 1, skipped: 0, seconds: 0 });
  }
  if (browser) await testPhase('browser journeys', e2eFiles, { CHROME_PATH: browser, CHORUS_TEST_DB: 'pglite' }, 1);
}

const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\n=== Summary');
for (const r of results) {
  console.log(`  ${r.phase.padEnd(28)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${r.skipped ? ` ${r.skipped} skipped` : ''}  (${r.seconds.toFixed(1)} s)`);
}
const ran = total.passed + total.failed;
if (ran === 0) console.log('No tests ran: that counts as a failure.');
if (total.skipped) console.log(`${total.skipped} test(s) were skipped or marked todo: that counts as a failure.`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || ran === 0 || total.skipped > 0 ? 1 : 0);
