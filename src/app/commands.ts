// Every `chorus <group>` command group, in the order `chorus --help` lists them. To add commands from a module,
// export a CommandGroup (src/platform/cli) from the module, e.g. src/modules/<feature>/cli.ts, and add it here.
import { CommandRegistry } from '../platform/cli/index.ts';
import { insightCommands } from '../insight/cli.ts';

export const commands = new CommandRegistry().add('insight', insightCommands);
