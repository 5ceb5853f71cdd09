// Entry point of the `portcullis` command (bin/portcullis.mjs runs it).
import { processIo } from './io.ts';
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2), processIo);
