#!/usr/bin/env node
// First step of `npm start`, `npm test` and `npm run bench` on a fresh clone: installs the npm
// dependencies when they are missing or older than package-lock.json. It must run before any
// dependency is importable, so it uses nothing but Node itself. The Envoy binary is installed
// later, on first use, by envoy/binary.ts (a project-local Python venv).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

function stale() {
  if (!existsSync(installed)) return true;
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs;
}

if (stale()) {
  const args = existsSync(lock) ? ['ci'] : ['install'];
  process.stderr.write(`portcullis: installing npm dependencies (npm ${args[0]})...\n`);
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    process.stderr.write(`portcullis: npm ${args[0]} failed (exit ${r.status ?? r.signal}); see the output above.\n`);
    process.exit(1);
  }
}
