#!/usr/bin/env node
// Chorus command line: `chorus <group> <command> [options]`, e.g. `npx chorus insight classify --help`.
// The sources are TypeScript; tsx (a runtime dependency) compiles them on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/insight/cli.ts');
process.exitCode = await main(process.argv.slice(2));
