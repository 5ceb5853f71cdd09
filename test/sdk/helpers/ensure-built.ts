// Builds asconfig targets for a test file unless their modules are newer than every
// AssemblyScript source, so `vitest run <one file>` works without a prior `portcullis build`.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildModules, readTargets, repoRoot } from '../../../bin/cli/build.ts';

const SOURCE_DIRS = ['sdk/assembly', 'filters', 'test/fixtures', 'test/sdk/assembly'];

function newestSource(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(outFile: string): number {
  try {
    return statSync(join(repoRoot, outFile)).mtimeMs;
  } catch {
    return 0;
  }
}

/** Absolute paths of the targets' modules, (re)built when missing or stale. */
export async function ensureBuilt(...targets: string[]): Promise<string[]> {
  const declared = readTargets();
  const sources = Math.max(statSync(join(repoRoot, 'asconfig.json')).mtimeMs, ...SOURCE_DIRS.map((d) => newestSource(join(repoRoot, d))));
  const stale = targets.filter((t) => builtAt(declared.get(t)?.outFile ?? '') <= sources);
  if (stale.length > 0) await buildModules({ targets: stale, quiet: true });
  return targets.map((t) => join(repoRoot, declared.get(t)!.outFile));
}
