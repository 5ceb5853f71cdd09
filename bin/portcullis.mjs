#!/usr/bin/env node
// The `portcullis` command. Its code is TypeScript (bin/cli/); this shim runs it on Node 20.
import { runTs } from './ts.mjs';
await runTs('bin/cli/main.ts', process.argv.slice(2));
