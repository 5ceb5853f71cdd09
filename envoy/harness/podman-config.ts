// Where our private Podman engine keeps its state, and the config files that make it work on a
// plain Debian host: runc + cgroupfs (no systemd to delegate cgroups to), file-based events and
// logs (no journald), and ulimits high enough for Envoy's file descriptors and worker threads.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PodmanPaths {
  /** Project-local, persistent: config files, image storage, the API socket, the service log. */
  dir: string;
  containersConf: string;
  storageConf: string;
  socket: string;
  serviceLog: string;
  graphRoot: string;
  /**
   * Runtime state (podman's tmp_dir and storage runroot). It lives under /run because Podman
   * decides "the machine rebooted, forget running containers" by finding it empty; on a
   * persistent disk that state would survive reboots and confuse it.
   */
  runDir: string;
  storageDriver: StorageDriver;
}

export type StorageDriver = 'overlay' | 'vfs';

const OVERLAYFS_MAGIC = 0x794c7630;
// sockaddr_un.sun_path is 108 bytes including the terminating NUL.
const MAX_SOCKET_PATH = 107;

export function podmanPaths(repoRoot: string): PodmanPaths {
  const dir = join(repoRoot, '.cache', 'podman');
  const storageDriver = chooseStorageDriver(dir);
  const repoTag = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  const socket = join(dir, 'podman.sock');
  if (Buffer.byteLength(socket) > MAX_SOCKET_PATH) {
    throw new Error(`the Podman API socket path ${socket} is longer than ${MAX_SOCKET_PATH} bytes (unix socket limit): move the repository to a shorter path`);
  }
  return {
    dir,
    containersConf: join(dir, 'containers.conf'),
    storageConf: join(dir, 'storage.conf'),
    socket,
    serviceLog: join(dir, 'service.log'),
    // One graph root per driver: a storage dir initialised by one driver refuses the other.
    graphRoot: join(dir, `storage-${storageDriver}`),
    runDir: join('/run', `portcullis-podman-${repoTag}`),
    storageDriver,
  };
}

/**
 * overlay is fast (layers are shared, nothing copied per container) but needs the kernel's
 * overlay filesystem and a graph root that is not itself on overlayfs (as inside a container);
 * vfs works everywhere at the cost of a full copy of the image per container.
 * PORTCULLIS_PODMAN_STORAGE_DRIVER overrides the choice.
 */
export function chooseStorageDriver(dir: string): StorageDriver {
  const forced = process.env.PORTCULLIS_PODMAN_STORAGE_DRIVER;
  if (forced) {
    if (forced !== 'overlay' && forced !== 'vfs') {
      throw new Error(`PORTCULLIS_PODMAN_STORAGE_DRIVER=${forced}: expected "overlay" or "vfs"`);
    }
    return forced;
  }
  if (!kernelHasOverlay()) return 'vfs';
  mkdirSync(dir, { recursive: true });
  return statfsSync(dir).type === OVERLAYFS_MAGIC ? 'vfs' : 'overlay';
}

function kernelHasOverlay(): boolean {
  try {
    return /\toverlay$/m.test(readFileSync('/proc/filesystems', 'utf8'));
  } catch {
    return false;
  }
}

export function writePodmanConfig(paths: PodmanPaths): void {
  mkdirSync(paths.dir, { recursive: true });
  mkdirSync(paths.graphRoot, { recursive: true });
  mkdirSync(paths.runDir, { recursive: true, mode: 0o700 });
  writeIfChanged(
    paths.containersConf,
    [
      '# Written by envoy/harness/podman-config.ts; edits are overwritten.',
      '[containers]',
      'default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]',
      'log_driver = "k8s-file"',
      '',
      '[engine]',
      'runtime = "runc"',
      'cgroup_manager = "cgroupfs"',
      'events_logger = "file"',
      `events_logfile_path = ${toml(join(paths.runDir, 'events.log'))}`,
      `tmp_dir = ${toml(join(paths.runDir, 'libpod'))}`,
      '',
    ].join('\n'),
  );
  writeIfChanged(
    paths.storageConf,
    [
      '# Written by envoy/harness/podman-config.ts; edits are overwritten.',
      '[storage]',
      `driver = ${toml(paths.storageDriver)}`,
      `graphroot = ${toml(paths.graphRoot)}`,
      `runroot = ${toml(join(paths.runDir, 'storage'))}`,
      '',
    ].join('\n'),
  );
}

/** The environment every podman CLI call and the API service must share to see one engine. */
export function podmanEnv(paths: PodmanPaths): Record<string, string> {
  return { CONTAINERS_CONF: paths.containersConf, CONTAINERS_STORAGE_CONF: paths.storageConf };
}

function writeIfChanged(file: string, text: string): void {
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) writeFileSync(file, text);
}

function toml(value: string): string {
  return JSON.stringify(value);
}
