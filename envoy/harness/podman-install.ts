// Makes sure the podman CLI and the runc runtime are present. A fresh Debian/Ubuntu CI machine
// has neither, so as root we install them with apt-get; anywhere else we say what to do.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runCommand, CommandError } from './container-command.ts';

const PACKAGES = ['podman', 'runc'];
const APT_TIMEOUT_MS = 10 * 60_000;

export class PodmanInstallError extends Error {
  override name = 'PodmanInstallError';
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Which of podman/runc are missing from PATH. Looked up, not run: `podman --version` fails
 *  for a user without rootless setup even when podman is installed. */
export function missingPodmanTools(): string[] {
  return PACKAGES.filter((tool) => !onPath(tool));
}

export function onPath(cmd: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, cmd);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      continue;
    }
  }
  return false;
}

export async function ensurePodmanInstalled(): Promise<void> {
  const missing = missingPodmanTools();
  if (missing.length === 0) return;
  if (!isRoot()) {
    throw new PodmanInstallError(
      `${missing.join(' and ')} not installed and this process is not root, so it cannot install them. ` +
        `Install them (Debian/Ubuntu: sudo apt-get install -y ${PACKAGES.join(' ')}) and run as root, ` +
        'or point DOCKER_HOST at a Docker engine (see envoy/harness/CONTAINERS.md).',
    );
  }
  if (!onPath('apt-get')) {
    throw new PodmanInstallError(`${missing.join(' and ')} not installed and apt-get is not available: install podman and runc with this system's package manager`);
  }
  process.stderr.write(`portcullis: installing ${PACKAGES.join(' ')} with apt-get ...\n`);
  let res = await aptGet(['install', '-y', '--no-install-recommends', ...PACKAGES]);
  // A fresh image often has empty package lists: "Unable to locate package" until an update.
  if (res.code !== 0) {
    const update = await aptGet(['update']);
    if (update.code !== 0) throw new PodmanInstallError(`apt-get update failed (exit ${update.code}):\n${lastLines(update.stderr)}`);
    res = await aptGet(['install', '-y', '--no-install-recommends', ...PACKAGES]);
  }
  if (res.code !== 0) {
    throw new PodmanInstallError(`apt-get install ${PACKAGES.join(' ')} failed (exit ${res.code}):\n${lastLines(res.stderr || res.stdout)}`);
  }
  const still = missingPodmanTools();
  if (still.length > 0) throw new PodmanInstallError(`apt-get reported success but ${still.join(' and ')} still cannot be run`);
}

async function aptGet(args: string[]) {
  try {
    return await runCommand('apt-get', args, {
      timeoutMs: APT_TIMEOUT_MS,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (err) {
    throw new PodmanInstallError((err as CommandError).message);
  }
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-15).join('\n');
}
