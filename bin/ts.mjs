#!/usr/bin/env node
// Runs a TypeScript entry point of this repository under plain Node 20: esbuild bundles it
// (dependencies stay external) into .cache/ and Node imports the result. Node 20 cannot strip
// types itself, and a bundle keeps start-up well under 100 ms.
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function runTs(entry, argv) {
  const abs = resolve(root, entry);
  // Entry points outside the repository get a flat name, so their bundle stays in .cache/.
  const rel = relative(root, abs);
  const name = rel.startsWith('..') || isAbsolute(rel) ? join('external', `${rel.replace(/[\\/.:]+/g, '_')}.ts`) : rel;
  const out = join(root, '.cache', 'ts', name.replace(/\.ts$/, '.mjs'));
  mkdirSync(dirname(out), { recursive: true });
  buildSync({
    entryPoints: [abs],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  process.argv = [process.argv[0], abs, ...argv];
  await import(pathToFileURL(out).href);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, ...rest] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node bin/ts.mjs <file.ts> [args...]');
    process.exit(2);
  }
  await runTs(entry, rest);
}
