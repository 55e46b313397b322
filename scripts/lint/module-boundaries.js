// ESLint rule `chorus/module-boundaries`: who may import what (docs/architecture.md, "Boundaries").
// - A module (src/modules/A) reaches another module B only through src/modules/B/api.ts; test code (*.test.ts,
//   *.e2e.ts, a testing/ folder, tests/) may also import B's testing/. A capability is reached through its index.ts
//   (or api.ts), and its testing/ from tests.
// - A capability never imports a module. The platform (src/platform, src/db, src/config, src/ui) and src/insight
//   never import a module, a capability or the composition root (src/app).
// - Test code may import src/app, and (outside capabilities) other modules' api.ts and testing/: a platform test
//   may need a module's factories. Never their internals. In src/app, modules.ts lists the manifests
//   (index.ts); other app files and src/main.ts use api.ts. bench/ uses api.ts, testing/ and src/app's entry points.
// Relative imports only: packages are not checked. `import type` counts: a type from internals is still coupling.
import path from 'node:path';

const LIBRARY = /^src\/(platform|db|config|ui|insight)(\/|$)/;

/** Which part of the repository a file (relative to the root, with /) belongs to. */
export function zoneOf(rel) {
  const m = /^src\/(modules|capabilities)\/([^/]+)\/(.*)$/.exec(rel);
  if (m) return { kind: m[1] === 'modules' ? 'module' : 'capability', name: m[2], rest: m[3] };
  if (rel.startsWith('src/app/') || rel === 'src/main.ts') return { kind: 'app', rest: rel.slice('src/'.length) };
  if (LIBRARY.test(rel)) return { kind: 'library', name: rel.split('/')[1] };
  if (rel.startsWith('bench/')) return { kind: 'bench' };
  if (rel.startsWith('tests/')) return { kind: 'tests' };
  return { kind: 'other' };
}

export function isTestCode(rel) {
  return /\.(test|e2e)\.ts$/.test(rel) || rel.startsWith('tests/') || /^src\/(modules|capabilities)\/[^/]+\/testing\//.test(rel);
}

const label = (z) => `${z.kind} ${z.name}`;
const isPublic = (z) => z.rest === 'api.ts' || (z.kind === 'capability' && z.rest === 'index.ts');
const isTesting = (z) => z.rest.startsWith('testing/');
const publicWords = (z) => (z.kind === 'capability' ? 'its index.ts (or api.ts)' : 'its api.ts');

/** Why `from` may not import `to` (both relative to the root), or undefined when it may. */
export function refusal(from, to) {
  const a = zoneOf(from);
  const b = zoneOf(to);
  const test = isTestCode(from);
  if (a.kind === b.kind && a.name !== undefined && a.name === b.name) return undefined;

  if (b.kind === 'module' || b.kind === 'capability') {
    if (a.kind === 'library' && !test) return `${from.split('/').slice(0, 2).join('/')} knows no feature: it may not import ${label(b)}.`;
    if (a.kind === 'capability' && b.kind === 'module') return `A capability never imports a module: ${label(a)} may not import ${label(b)}; let the module pass what the capability needs.`;
    if (a.kind === 'app' && from === 'src/app/modules.ts' && b.rest === 'index.ts') return undefined;
    if (isPublic(b)) return undefined;
    if ((test || a.kind === 'bench') && isTesting(b)) return undefined;
    const where = a.kind === 'module' || a.kind === 'capability' ? label(a) : from;
    const also = test || a.kind === 'bench' ? ' or its testing/' : '';
    const manifest = a.kind === 'app' && b.rest === 'index.ts' ? ' (only src/app/modules.ts lists manifests)' : '';
    return `${where} may reach ${label(b)} only through ${publicWords(b)}${also}, not ${b.rest}${manifest}.`;
  }
  if (b.kind === 'app') {
    if (test) return undefined;
    if (a.kind === 'library') return `${from.split('/').slice(0, 2).join('/')} may not import the composition root (${to}).`;
    if (a.kind === 'module' || a.kind === 'capability') return `${label(a)} may not import the composition root (${to}); the app calls the module, not the other way round.`;
  }
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: "refuse imports of another module's internals (docs/architecture.md, Boundaries)" },
    schema: [],
    messages: { refused: '{{why}}' },
  },
  create(context) {
    const root = context.cwd;
    const file = context.physicalFilename ?? context.filename;
    const from = path.relative(root, file).split(path.sep).join('/');
    if (from.startsWith('..')) return {};
    const check = (source) => {
      const spec = source && typeof source.value === 'string' ? source.value : undefined;
      if (!spec || !(spec.startsWith('./') || spec.startsWith('../'))) return;
      const to = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
      const why = refusal(from, to);
      if (why) context.report({ node: source, messageId: 'refused', data: { why } });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      TSImportType: (n) => check(n.argument?.literal ?? n.source),
    };
  },
};

export default { meta: { name: 'chorus' }, rules: { 'module-boundaries': rule } };
