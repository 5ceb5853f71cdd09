// Builds the proxy-wasm-go-sdk fixture filter once and caches it in
// build/fixtures/go-filter.wasm, rebuilding when a source file is newer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const goFilterDir = join(root, 'test/fixtures/go-filter');
export const goFilterWasm = join(root, 'build/fixtures/go-filter.wasm');

export function goAvailable(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function newestSource(): number {
  return Math.max(...readdirSync(goFilterDir).map((f) => statSync(join(goFilterDir, f)).mtimeMs));
}

export function buildGoFilter(): string {
  if (existsSync(goFilterWasm) && statSync(goFilterWasm).mtimeMs >= newestSource()) return goFilterWasm;
  mkdirSync(dirname(goFilterWasm), { recursive: true });
  try {
    execFileSync('go', ['build', '-buildmode=c-shared', '-o', goFilterWasm, '.'], {
      cwd: goFilterDir,
      env: { ...process.env, GOOS: 'wasip1', GOARCH: 'wasm', GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`building the Go fixture failed: ${err.stderr?.toString() || err.message}`);
  }
  return goFilterWasm;
}
