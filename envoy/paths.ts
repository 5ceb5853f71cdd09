// Locates the repository root. Code here runs both from source (vitest) and bundled into
// .cache/ts/ (bin/ts.mjs), so paths relative to import.meta.url are not stable; the root is
// the nearest ancestor whose package.json is ours.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function repoRoot(): string {
  if (cached) return cached;
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && isOurs(manifest)) return (cached = dir);
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('cannot find the portcullis repository root (no package.json named "portcullis" above this module or the working directory)');
}

function isOurs(manifest: string): boolean {
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).name === 'portcullis';
  } catch {
    return false;
  }
}

/** Where `portcullis build` writes modules. */
export function defaultBuildDir(): string {
  return join(repoRoot(), 'build');
}
