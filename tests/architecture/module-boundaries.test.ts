// The `chorus/module-boundaries` lint rule, run through ESLint's API with the repository's own eslint.config.js on
// small sources placed (by file name only) in different folders: it refuses imports of another module's internals
// and lets through the imports the architecture allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The boundary messages ESLint gives for `source` written at `file` (relative to the repository root). */
async function refusals(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  const other = result!.messages.filter((m) => m.ruleId !== 'chorus/module-boundaries');
  assert.deepEqual(other, [], `the fixture itself should be clean apart from boundaries: ${JSON.stringify(other)}`);
  return result!.messages.map((m) => m.message);
}

const importing = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

test("a module may not import another module's internals", async () => {
  const [why] = await refusals('src/modules/events/routes.ts', importing('../programmes/repository.ts'));
  assert.equal(why, 'module events may reach module programmes only through its api.ts, not repository.ts.');
  assert.equal((await refusals('src/modules/events/commands/x.ts', importing('../../accounts/commands/sign-up.ts'))).length, 1);
  assert.equal((await refusals('src/modules/surveys/seeds.ts', importing('../accounts/seeds.ts'))).length, 1);
  // another module's manifest is not its API either
  assert.equal((await refusals('src/modules/surveys/routes.ts', importing('../programmes/index.ts'))).length, 1);
});

test('every kind of import is checked: types, re-exports and dynamic imports', async () => {
  assert.equal((await refusals('src/modules/events/a.ts', "import type { X } from '../accounts/repository.ts';\nexport type Y = X;\n")).length, 1);
  assert.equal((await refusals('src/modules/events/a.ts', "export { x } from '../accounts/repository.ts';\n")).length, 1);
  assert.equal((await refusals('src/modules/events/a.ts', "export * from '../accounts/vocabulary.ts';\n")).length, 1);
  assert.equal((await refusals('src/modules/events/a.ts', "export const m = () => import('../accounts/passwords.ts');\n")).length, 1);
  assert.equal((await refusals('src/modules/events/a.ts', "export type Y = import('../accounts/repository.ts').X;\n")).length, 1);
});

test("a module may import another module's api.ts, its own files, capabilities' index.ts and the platform", async () => {
  assert.deepEqual(await refusals('src/modules/events/routes.ts', importing('../programmes/api.ts')), []);
  assert.deepEqual(await refusals('src/modules/events/commands/book.ts', importing('../repository.ts')), []);
  assert.deepEqual(await refusals('src/modules/surveys/routes.ts', importing('../../capabilities/questionnaires/index.ts')), []);
  assert.deepEqual(await refusals('src/modules/surveys/routes.ts', importing('../../platform/forms/index.ts')), []);
  assert.deepEqual(await refusals('src/modules/surveys/routes.ts', importing('node:path')), []);
  const [why] = await refusals('src/modules/surveys/routes.ts', importing('../../capabilities/questionnaires/validate.ts'));
  assert.equal(why, 'module surveys may reach capability questionnaires only through its index.ts (or api.ts), not validate.ts.');
});

test("only test code may import another module's testing/", async () => {
  const [why] = await refusals('src/modules/events/seeds.ts', importing('../accounts/testing/factories.ts'));
  assert.equal(why, 'module events may reach module accounts only through its api.ts, not testing/factories.ts.');
  for (const file of ['src/modules/events/tests/booking.integration.test.ts', 'src/modules/events/time.test.ts', 'src/modules/events/e2e/a.e2e.ts']) {
    const up = file.split('/').length - 3;
    assert.deepEqual(await refusals(file, importing(`${'../'.repeat(up)}accounts/testing/factories.ts`)), [], file);
  }
  // a module's testing/ may build on another module's testing/
  assert.deepEqual(await refusals('src/modules/surveys/testing/factories.ts', importing('../../accounts/testing/factories.ts')), []);
  assert.deepEqual(await refusals('tests/support/sign-in.ts', importing('../../src/modules/accounts/testing/factories.ts')), []);
  // tests still may not reach internals
  const [internal] = await refusals('src/modules/events/tests/a.integration.test.ts', importing('../../accounts/repository.ts'));
  assert.equal(internal, 'module events may reach module accounts only through its api.ts or its testing/, not repository.ts.');
  assert.equal((await refusals('tests/support/a.ts', importing('../../src/modules/accounts/passwords.ts'))).length, 1);
});

test('capabilities never import a module; the platform imports no module, capability or app', async () => {
  const [why] = await refusals('src/capabilities/questionnaires/render.ts', importing('../../modules/surveys/api.ts'));
  assert.match(why!, /^A capability never imports a module: capability questionnaires may not import module surveys/);
  assert.equal((await refusals('src/platform/http/guards.ts', importing('../../modules/accounts/api.ts'))).length, 1);
  assert.equal((await refusals('src/platform/forms/index.ts', importing('../../capabilities/questionnaires/index.ts'))).length, 1);
  assert.equal((await refusals('src/db/client.ts', importing('../app/modules.ts'))).length, 1);
  assert.equal((await refusals('src/insight/cli.ts', importing('../modules/surveys/api.ts'))).length, 1);
  assert.deepEqual(await refusals('src/platform/http/guards.ts', importing('../errors/index.ts')), []);
  // even in their tests, capabilities stay free of modules
  assert.equal((await refusals('src/capabilities/questionnaires/tests/a.test.ts', importing('../../../modules/surveys/testing/factories.ts'))).length, 1);
});

test("platform tests may use the app and modules' testing/, not their internals", async () => {
  assert.deepEqual(await refusals('src/ui/components/charts/tests/a.test.ts', importing('../../../../app/views.ts')), []);
  assert.deepEqual(await refusals('src/platform/exports/exports.integration.test.ts', importing('../../modules/accounts/testing/factories.ts')), []);
  assert.equal((await refusals('src/platform/exports/exports.integration.test.ts', importing('../../modules/accounts/repository.ts'))).length, 1);
});

test('modules do not import the composition root, except from tests', async () => {
  const [why] = await refusals('src/modules/events/routes.ts', importing('../../app/modules.ts'));
  assert.match(why!, /^module events may not import the composition root \(src\/app\/modules\.ts\)/);
  assert.deepEqual(await refusals('src/modules/events/tests/seed.integration.test.ts', importing('../../../app/modules.ts')), []);
});

test('src/app/modules.ts lists manifests; the rest of the app and main.ts use api.ts', async () => {
  assert.deepEqual(await refusals('src/app/modules.ts', importing('../modules/events/index.ts')), []);
  assert.deepEqual(await refusals('src/app/modules.ts', importing('../capabilities/questionnaires/index.ts')), []);
  const [why] = await refusals('src/app/build-app.ts', importing('../modules/events/index.ts'));
  assert.equal(why, 'src/app/build-app.ts may reach module events only through its api.ts, not index.ts (only src/app/modules.ts lists manifests).');
  assert.equal((await refusals('src/main.ts', importing('./modules/accounts/seeds.ts'))).length, 1);
  assert.deepEqual(await refusals('src/main.ts', importing('./modules/accounts/api.ts')), []);
});

test('benchmarks use api.ts, testing/ and the app, not internals', async () => {
  const [why] = await refusals('bench/booking.ts', importing('../src/modules/events/repository.ts'));
  assert.equal(why, 'bench/booking.ts may reach module events only through its api.ts or its testing/, not repository.ts.');
  assert.deepEqual(await refusals('bench/booking.ts', importing('../src/modules/events/testing/factories.ts')), []);
  assert.deepEqual(await refusals('bench/booking.ts', importing('../src/app/context.ts')), []);
  assert.deepEqual(await refusals('bench/booking.ts', importing('../src/modules/events/api.ts')), []);
});
