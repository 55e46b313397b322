/**
 * The `chorus <group> <command> [options]` command line: a registry of command groups and the dispatcher that runs
 * one. Any part of Chorus can add a group: export a `CommandGroup` and add it in `src/app/commands.ts` (insight's
 * `chorus insight …` is the first). Each command returns an exit code; errors are printed as one clear line, never a
 * stack trace: a `UsageError` (how the command was called) exits 2 with the command's usage, any other error exits 1.
 */

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** An error in how the command was called (exit 2). */
export class UsageError extends Error {}

export type Command = (args: string[], io: Io) => Promise<number>;

export interface CommandGroup {
  /** one line for the overview, e.g. "classify comments into themes and sentiment" */
  summary: string;
  commands: Record<string, { summary: string; usage: string; run: Command }>;
}

const NAME = /^[a-z][a-z0-9-]*$/;

export class CommandRegistry {
  readonly #groups = new Map<string, CommandGroup>();

  /** Adds a group under `name` (lower case, e.g. "insight"); a name can be used once. */
  add(name: string, group: CommandGroup): this {
    if (!NAME.test(name)) throw new Error(`command group name "${name}" must be lower case letters, numbers and hyphens`);
    if (this.#groups.has(name)) throw new Error(`command group "${name}" is already registered`);
    for (const c of Object.keys(group.commands)) if (!NAME.test(c)) throw new Error(`command "${name} ${c}" must be lower case letters, numbers and hyphens`);
    this.#groups.set(name, group);
    return this;
  }

  get(name: string): CommandGroup | undefined {
    return this.#groups.get(name);
  }

  names(): string[] {
    return [...this.#groups.keys()];
  }

  /** Every group and command, one line each. */
  overview(): string {
    const lines = ['Usage: chorus <group> <command> [options]   (add --help to a command for its options)', ''];
    for (const [g, group] of this.#groups) {
      lines.push(`${g}: ${group.summary}`);
      for (const [c, cmd] of Object.entries(group.commands)) lines.push(`  chorus ${g} ${c.padEnd(14)} ${cmd.summary}`);
    }
    return lines.join('\n') + '\n';
  }

  /** Runs the arguments after the program name (e.g. process.argv.slice(2)); resolves to the exit code. */
  async run(argv: string[], io: Io = processIo): Promise<number> {
    const [groupName, commandName, ...rest] = argv;
    if (!groupName || groupName === '--help' || groupName === '-h' || groupName === 'help') {
      io.out(this.overview());
      return groupName ? 0 : 2;
    }
    const group = this.#groups.get(groupName);
    if (!group) {
      io.err(`chorus: unknown command group "${groupName}"\n\n${this.overview()}`);
      return 2;
    }
    const command = commandName && Object.hasOwn(group.commands, commandName) ? group.commands[commandName] : undefined;
    if (!command) {
      io.err(`chorus ${groupName}: ${commandName ? `unknown command "${commandName}"` : 'missing command'}\n\n${this.overview()}`);
      return 2;
    }
    try {
      return await command.run(rest, io);
    } catch (e) {
      const usage = e instanceof UsageError;
      io.err(`chorus ${groupName} ${commandName}: error: ${(e as Error).message}\n${usage ? `Usage: ${command.usage}\n` : ''}`);
      return usage ? 2 : 1;
    }
  }
}
