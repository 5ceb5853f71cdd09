// Installs what global limits run against: envoyproxy/ratelimit, built from the Go module proxy
// (it has no tagged release whose go.mod matches its module path, so a pseudo-version is pinned),
// and Debian's redis-server.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.ts';

export const RATELIMIT_MODULE = 'github.com/envoyproxy/ratelimit';
/** master of 2026-01-22 (commit 3fb702589d36), as the Go proxy resolves it; needs Go >= 1.25.6. */
export const RATELIMIT_VERSION = 'v1.4.1-0.20260122083618-3fb702589d36';
const INSTALL_TIMEOUT_MS = 15 * 60_000;

export class RatelimitInstallError extends Error {
  override name = 'RatelimitInstallError';
}

export function ratelimitBinDir(root: string = repoRoot()): string {
  return join(root, '.cache', 'ratelimit', 'bin');
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The envoyproxy/ratelimit server binary (`service_cmd`), built with `go install` when missing. */
export function ensureRatelimitBinary(): string {
  const bin = join(ratelimitBinDir(), 'service_cmd');
  if (executable(bin)) return bin;
  const go = spawnSync('go', ['version'], { encoding: 'utf8', timeout: 30_000 });
  if (go.error || go.status !== 0) {
    throw new RatelimitInstallError(`cannot build ${RATELIMIT_MODULE}: the Go toolchain ("go") is not on PATH (${go.error?.message ?? go.stderr.trim()}); install Go >= 1.25.6`);
  }
  process.stderr.write(`portcullis: building ${RATELIMIT_MODULE}@${RATELIMIT_VERSION} into ${ratelimitBinDir()} ...\n`);
  const out = spawnSync('go', ['install', `${RATELIMIT_MODULE}/src/service_cmd@${RATELIMIT_VERSION}`], {
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
    env: { ...process.env, GOBIN: ratelimitBinDir(), GOFLAGS: '-mod=mod' },
  });
  if (out.error || out.status !== 0 || !executable(bin)) {
    const why = out.error ? out.error.message : `exit ${out.status}: ${out.stderr.trim().split('\n').slice(-8).join('\n')}`;
    throw new RatelimitInstallError(`go install ${RATELIMIT_MODULE}/src/service_cmd@${RATELIMIT_VERSION} failed (${go.stdout.trim()}): ${why}`);
  }
  return bin;
}

const REDIS_CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];

/** Debian's redis-server, installed with apt-get (as root) when missing. */
export function ensureRedisServer(): string {
  const found = REDIS_CANDIDATES.find(executable);
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new RatelimitInstallError('redis-server is not installed and this process is not root: run `apt-get install -y redis-server`');
  }
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], {
    encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  let out = install();
  if (out.status !== 0) {
    // A fresh machine has no package lists yet.
    spawnSync('apt-get', ['update'], { encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
    out = install();
  }
  const installed = REDIS_CANDIDATES.find(executable);
  if (!installed) {
    throw new RatelimitInstallError(`apt-get install redis-server failed (exit ${out.status}): ${(out.stderr || out.error?.message || '').trim().split('\n').slice(-5).join('\n')}`);
  }
  return installed;
}

