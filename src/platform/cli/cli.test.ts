// The `chorus` dispatcher: any part of Chorus adds a command group to a registry, and the dispatcher runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CommandRegistry, UsageError, type CommandGroup, type Io } from './index.ts';
import { commands } from '../../app/commands.ts';

const reports: CommandGroup = {
  summary: 'make reports',
  commands: {
    build: {
      summary: 'build a report',
      usage: 'chorus reports build --name N',
      run: async (args, io) => {
        if (args[0] !== '--name' || !args[1]) throw new UsageError('--name is required');
        if (args[1] === 'broken') throw new Error('the report could not be written');
        io.out(`Built ${args[1]}\n`);
        return 0;
      },
    },
  },
};

async function run(registry: CommandRegistry, argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await registry.run(argv, io), out, err };
}

test('a registered group runs its commands; errors are one line with the right exit code', async () => {
  const registry = new CommandRegistry().add('reports', reports);
  assert.deepEqual(await run(registry, ['reports', 'build', '--name', 'June']), { code: 0, out: 'Built June\n', err: '' });
  const usage = await run(registry, ['reports', 'build']);
  assert.equal(usage.code, 2);
  assert.equal(usage.err, 'chorus reports build: error: --name is required\nUsage: chorus reports build --name N\n');
  const failed = await run(registry, ['reports', 'build', '--name', 'broken']);
  assert.equal(failed.code, 1);
  assert.equal(failed.err, 'chorus reports build: error: the report could not be written\n');
});

test('help, unknown groups and unknown commands', async () => {
  const registry = new CommandRegistry().add('reports', reports);
  const help = await run(registry, ['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /^Usage: chorus <group> <command> \[options\]/);
  assert.match(help.out, /reports: make reports\n {2}chorus reports build {10}build a report\n/);
  assert.equal((await run(registry, [])).code, 2, 'nothing asked for is a usage error');
  const group = await run(registry, ['nope']);
  assert.equal(group.code, 2);
  assert.match(group.err, /^chorus: unknown command group "nope"/);
  for (const name of ['nope', 'constructor', '__proto__', 'toString']) {
    const command = await run(registry, ['reports', name]);
    assert.equal(command.code, 2, name);
    assert.match(command.err, new RegExp(`^chorus reports: unknown command "${name}"`));
  }
  assert.match((await run(registry, ['reports'])).err, /^chorus reports: missing command/);
});

test('group names are used once and are plain lower case', () => {
  const registry = new CommandRegistry().add('reports', reports);
  assert.throws(() => registry.add('reports', reports), /already registered/);
  assert.throws(() => new CommandRegistry().add('Reports', reports), /lower case/);
  assert.throws(() => new CommandRegistry().add('odd', { summary: 'x', commands: { 'Do it': reports.commands.build! } }), /lower case/);
  assert.deepEqual(registry.names(), ['reports']);
});

test('the app lists insight, and the chorus bin runs the app registry', () => {
  assert.ok(commands.get('insight')?.commands.classify);
  const bin = fileURLToPath(new URL('../../../bin/chorus.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /insight: classify comments into themes and sentiment/);
  assert.match(r.stdout, /chorus insight classify/);
});
