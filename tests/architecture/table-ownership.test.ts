// Each table belongs to the one owner whose migrations create it: a module (src/modules/<name>/migrations), a
// capability (src/capabilities/<name>/migrations) or the platform (src/db/migrations, plus schema_migrations and
// pg-boss's `pgboss` schema). This test reads every owner's migrations, then every .ts file (tests, factories and
// testing/ included) and every migration, and fails when SQL names a table that belongs to another owner.
// A foreign key (`REFERENCES users (id)`) in a migration is allowed: it keeps the data consistent without coupling
// code. Queries must go through the owner's api.ts (or testing/ in tests, or the platform's functions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PLATFORM = 'platform';

/** Where code lives and whose it is: a module, a capability or the platform. */
export function ownerOf(file: string): string | undefined {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const m = /^src\/(modules|capabilities)\/([^/]+)\//.exec(rel);
  if (m) return `${m[1] === 'modules' ? 'module' : 'capability'} ${m[2]}`;
  if (/^src\/(platform|db|app|config|ui)\//.test(rel)) return PLATFORM;
  return undefined;
}

function walk(dir: string, keep: (f: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out;
}

const CREATE = /\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

/** Table name -> owner, from every migration in the repository. */
export function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>([['schema_migrations', PLATFORM]]);
  for (const file of walk(path.join(ROOT, 'src'), (f) => f.endsWith('.sql') && path.basename(path.dirname(f)) === 'migrations')) {
    const owner = ownerOf(file)!;
    for (const [, table] of readFileSync(file, 'utf8').matchAll(CREATE)) {
      const name = table!.toLowerCase();
      const before = owners.get(name);
      assert.ok(!before || before === owner, `${rel(file)} creates ${name}, which ${before} already creates`);
      owners.set(name, owner);
    }
  }
  return owners;
}

export interface TableUse {
  table: string;
  line: number;
  /** the SQL words before the name, e.g. "JOIN" or "REFERENCES" */
  keyword: string;
}

const IDENT = String.raw`"?([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?)"?`;
// FROM a, b / JOIN a / INSERT INTO a / UPDATE a / DELETE FROM a / REFERENCES a / ALTER|DROP|TRUNCATE TABLE a / INDEX … ON a
const USE = new RegExp(
  String.raw`\b(FROM|JOIN|INTO|UPDATE|REFERENCES|TRUNCATE(?:\s+TABLE)?|(?:ALTER|DROP|LOCK)\s+TABLE(?:\s+IF\s+EXISTS)?|INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:[a-z_][a-z0-9_]*\s+)?ON)\s+(?:ONLY\s+)?${IDENT}((?:\s+(?:AS\s+)?[a-z_][a-z0-9_]*)?(?:\s*,\s*${IDENT}(?:\s+(?:AS\s+)?[a-z_][a-z0-9_]*)?)*)`,
  'gi',
);
const MORE = new RegExp(String.raw`,\s*${IDENT}`, 'gi');

/** Every table name that SQL in `sql` reads, writes or refers to. */
export function tablesIn(sql: string, firstLine = 1): TableUse[] {
  const uses: TableUse[] = [];
  for (const m of sql.matchAll(USE)) {
    const line = firstLine + sql.slice(0, m.index).split('\n').length - 1;
    let keyword = m[1]!.replace(/\s+/g, ' ').toUpperCase();
    // ALTER TABLE x ADD [CONSTRAINT c] FOREIGN KEY: a foreign key added to a table created earlier by another owner
    if (keyword.startsWith('ALTER TABLE') && /^\s*(?:AS\s+)?ADD\s+(?:CONSTRAINT\s+"?[a-z_][a-z0-9_]*"?\s+)?FOREIGN\s+KEY\b/i.test(sql.slice(m.index + m[0].length - (m[3] ?? '').length))) {
      keyword = 'ALTER TABLE ADD FOREIGN KEY';
    }
    uses.push({ table: m[2]!.toLowerCase(), line, keyword });
    if (keyword === 'FROM') for (const more of (m[3] ?? '').matchAll(MORE)) uses.push({ table: more[1]!.toLowerCase(), line, keyword });
  }
  return uses;
}

/** The text of every string and template literal in a TypeScript file, with the line it starts on. */
export function stringsIn(file: string, source = readFileSync(file, 'utf8')): { text: string; line: number }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push({ text: n.text, line: lineOf(n) });
    else if (ts.isTemplateExpression(n)) {
      // `${…}` parts become a placeholder, so "FROM ${x} JOIN users" still shows the JOIN
      out.push({ text: [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' $x '), line: lineOf(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

export function ownerOfTable(owners: Map<string, string>, table: string): string | undefined {
  if (table.startsWith('pgboss.')) return PLATFORM;
  return owners.get(table.replace(/^public\./, ''));
}

/** A hostile value a test sends as input ("'; DROP TABLE users; --"), not SQL that runs. */
export const isPayload = (text: string) => /^\s*['"]\s*;/.test(text);

function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** "file:line names table (owned by …)" for every foreign table named in the repository's code and migrations. */
export function breaches(): string[] {
  const owners = tableOwners();
  const found: string[] = [];
  const check = (file: string, owner: string, uses: TableUse[], allow: (u: TableUse) => boolean) => {
    for (const u of uses) {
      const tableOwner = ownerOfTable(owners, u.table);
      if (!tableOwner || tableOwner === owner || allow(u)) continue;
      const how = tableOwner === PLATFORM ? 'use the platform function that does this' : `go through the api.ts of ${tableOwner} (or its testing/ in tests)`;
      found.push(`${rel(file)}:${u.line} (${owner}) ${u.keyword} ${u.table}, a table owned by ${tableOwner}: ${how}`);
    }
  };
  const roots = ['src/modules', 'src/capabilities', 'src/platform', 'src/db', 'src/app', 'src/config', 'src/ui'].map((d) => path.join(ROOT, d));
  for (const root of roots) {
    for (const file of walk(root, (f) => f.endsWith('.ts') || f.endsWith('.sql'))) {
      const owner = ownerOf(file)!;
      if (file.endsWith('.sql')) {
        // migrations may point a foreign key at another owner's table (or add one to it), and nothing else
        check(file, owner, tablesIn(readFileSync(file, 'utf8')), (u) => u.keyword === 'REFERENCES' || u.keyword === 'ALTER TABLE ADD FOREIGN KEY');
      } else {
        for (const s of stringsIn(file)) if (!isPayload(s.text)) check(file, owner, tablesIn(s.text, s.line), () => false);
      }
    }
  }
  return found;
}

test('the table finder sees reads, writes, joins and foreign keys, and not English', () => {
  const names = (sql: string) => tablesIn(sql).map((u) => `${u.keyword} ${u.table}`);
  assert.deepEqual(names('SELECT e.* FROM events e JOIN programmes p ON p.id = e.programme_id'), ['FROM events', 'JOIN programmes']);
  assert.deepEqual(names('SELECT 1 FROM events e, programme_phases ph WHERE true'), ['FROM events', 'FROM programme_phases']);
  assert.deepEqual(names('DELETE FROM sessions WHERE user_id = $1'), ['FROM sessions']);
  assert.deepEqual(names('INSERT INTO audit_log (action) VALUES ($1)'), ['INTO audit_log']);
  assert.deepEqual(names('UPDATE users SET name = $1'), ['UPDATE users']);
  assert.deepEqual(names('user_id uuid REFERENCES users (id) ON DELETE CASCADE'), ['REFERENCES users']);
  assert.deepEqual(names('CREATE INDEX events_start ON events (starts_at)'), ['INDEX EVENTS_START ON events']);
  assert.deepEqual(names('ALTER TABLE event_bookings ADD COLUMN x int'), ['ALTER TABLE event_bookings']);
  assert.deepEqual(names('ALTER TABLE sessions ADD CONSTRAINT s_fk FOREIGN KEY (user_id) REFERENCES users (id)'), ['ALTER TABLE ADD FOREIGN KEY sessions', 'REFERENCES users']);
  assert.deepEqual(names('SELECT data FROM pgboss.job'), ['FROM pgboss.job']);
  assert.deepEqual(names('SELECT count(*) FROM (SELECT 1 FROM users) x'), ['FROM users']);
  assert.ok(isPayload("'; DROP TABLE users; --"));
  assert.ok(!isPayload('DROP TABLE users'));
  assert.deepEqual(
    stringsIn('x.ts', "const q = `SELECT * FROM ${t} JOIN users u ON true`; const s = 'FROM programmes';").flatMap((s) => names(s.text)),
    ['JOIN users', 'FROM programmes'],
  );
});

test('the migrations give every table one owner, platform tables included', () => {
  const owners = tableOwners();
  assert.equal(owners.get('users'), 'module accounts');
  assert.equal(owners.get('programmes'), 'module programmes');
  assert.equal(owners.get('questionnaires'), 'capability questionnaires');
  for (const t of ['sessions', 'audit_log', 'outbox_messages', 'settings', 'rate_limits', 'seed_runs']) assert.equal(owners.get(t), PLATFORM, t);
});

test('no code names a table owned by another module, capability or the platform', () => {
  const found = breaches();
  assert.deepEqual(found, [], `SQL names another owner's tables:\n  ${found.join('\n  ')}`);
});
