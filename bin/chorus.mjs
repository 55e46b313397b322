#!/usr/bin/env node
// Chorus command line: `chorus <group> <command> [options]`, e.g. `npx chorus insight classify --help`.
// The groups are listed in src/app/commands.ts. The sources are TypeScript; tsx (a runtime dependency) compiles them
// on the fly.
import { register } from 'tsx/esm/api';

register();
const { commands } = await import('../src/app/commands.ts');
process.exitCode = await commands.run(process.argv.slice(2));
