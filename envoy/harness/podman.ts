// Our own rootful Podman engine behind a Docker-compatible API socket, so testcontainers can run
// Envoy on a machine with no Docker daemon. Everything it needs lives in <repo>/.cache/podman and
// /run/portcullis-podman-<id>; nothing else on the host is configured or touched.
//
// Within one process the engine is shared and reference-counted: every ensurePodmanEngine() is
// paired with a stop(), and the service is stopped when the last holder lets go, and only if this
// process started it (a service found already answering belongs to whoever started it).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './container-command.ts';
import { repoRoot } from '../paths.ts';
import { HARNESS_LABEL, HARNESS_LABEL_VALUE } from './container-labels.ts';
import { ensurePodmanInstalled, isRoot } from './podman-install.ts';
import { podmanEnv, podmanPaths, writePodmanConfig, type PodmanPaths } from './podman-config.ts';
import { pingDockerSocket, waitForDockerSocket } from './podman-socket.ts';

export interface PodmanEngine {
  /** `unix://<socket>`, also exported as process.env.DOCKER_HOST while the engine is held. */
  dockerHost: string;
  stop(): Promise<void>;
}

export class PodmanEngineError extends Error {
  override name = 'PodmanEngineError';
}

const SERVICE_START_TIMEOUT_MS = 30_000;
const SERVICE_STOP_TIMEOUT_MS = 10_000;
const CLEANUP_TIMEOUT_MS = 60_000;

interface Running {
  paths: PodmanPaths;
  dockerHost: string;
  /** Set when this process started the service and so must stop it. */
  service?: ChildProcess;
  savedEnv: Record<string, string | undefined>;
}

let running: Promise<Running> | undefined;
let holders = 0;

export async function ensurePodmanEngine(): Promise<PodmanEngine> {
  holders++;
  if (!running) running = startEngine();
  let engine: Running;
  try {
    engine = await running;
  } catch (err) {
    holders--;
    running = undefined;
    throw err;
  }
  let released = false;
  return {
    dockerHost: engine.dockerHost,
    async stop() {
      if (released) return;
      released = true;
      holders--;
      if (holders > 0) return;
      running = undefined;
      await stopEngine(engine);
    },
  };
}

/** The paths of this repository's engine, for tests and tools that inspect it. */
export function podmanEnginePaths(): PodmanPaths {
  return podmanPaths(repoRoot());
}

async function startEngine(): Promise<Running> {
  await ensurePodmanInstalled();
  if (!isRoot()) {
    throw new PodmanEngineError(
      'the Podman engine runs rootful (host networking, cgroupfs) and this process is not root: run as root, or point DOCKER_HOST at a Docker engine (see envoy/harness/CONTAINERS.md)',
    );
  }
  const paths = podmanPaths(repoRoot());
  writePodmanConfig(paths);
  const env = podmanEnv(paths);
  const dockerHost = `unix://${paths.socket}`;
  const savedEnv = exportEnv({ ...env, DOCKER_HOST: dockerHost, TESTCONTAINERS_RYUK_DISABLED: 'true' });

  if (await pingDockerSocket(paths.socket, 2_000)) return { paths, dockerHost, savedEnv };

  try {
    const service = await startService(paths);
    // We own a fresh service: anything labelled ours is a leftover of a run that crashed.
    await removeHarnessContainers(paths);
    return { paths, dockerHost, service, savedEnv };
  } catch (err) {
    restoreEnv(savedEnv);
    throw err;
  }
}

async function startService(paths: PodmanPaths): Promise<ChildProcess> {
  // A socket file nobody answers on is left by a service that died; bind() would fail on it.
  rmSync(paths.socket, { force: true });
  const logFd = openSync(paths.serviceLog, 'w');
  let service: ChildProcess;
  try {
    service = spawn('podman', ['system', 'service', '--time=0', `unix://${paths.socket}`], {
      env: { ...process.env, ...podmanEnv(paths) },
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  // The service must not keep the Node process alive; stop() ends it explicitly.
  service.unref();
  let spawnError: Error | undefined;
  service.on('error', (err) => (spawnError = err));
  writeFileSync(join(paths.dir, 'service.pid'), `${service.pid ?? ''}\n`);

  const alive = () => spawnError === undefined && service.exitCode === null && service.signalCode === null;
  const up = await waitForDockerSocket(paths.socket, SERVICE_START_TIMEOUT_MS, alive);
  if (!up) {
    await terminate(service);
    const why = spawnError ? spawnError.message : alive() ? `no answer on GET /_ping within ${SERVICE_START_TIMEOUT_MS} ms` : `it exited (${service.exitCode ?? service.signalCode})`;
    throw new PodmanEngineError(
      `\`podman system service --time=0 unix://${paths.socket}\` did not come up: ${why}. Service log (${paths.serviceLog}):\n${readTail(paths.serviceLog)}`,
    );
  }
  return service;
}

async function stopEngine(engine: Running): Promise<void> {
  try {
    if (!engine.service) return;
    // Removing our containers first ends their conmon monitors, which outlive the API service.
    await removeHarnessContainers(engine.paths);
    await terminate(engine.service);
    rmSync(engine.paths.socket, { force: true });
    rmSync(join(engine.paths.dir, 'service.pid'), { force: true });
  } finally {
    restoreEnv(engine.savedEnv);
  }
}

async function removeHarnessContainers(paths: PodmanPaths): Promise<void> {
  const env = { ...process.env, ...podmanEnv(paths) };
  const listed = await runCommand('podman', ['ps', '-aq', '--filter', `label=${HARNESS_LABEL}=${HARNESS_LABEL_VALUE}`], { timeoutMs: CLEANUP_TIMEOUT_MS, env });
  const ids = listed.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
  if (listed.code !== 0 || ids.length === 0) return;
  const removed = await runCommand('podman', ['rm', '-f', '-t', '2', ...ids], { timeoutMs: CLEANUP_TIMEOUT_MS, env });
  if (removed.code !== 0) {
    throw new PodmanEngineError(`could not remove leftover harness containers ${ids.join(' ')}: ${removed.stderr.trim()}`);
  }
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  if (!(await within(exited, SERVICE_STOP_TIMEOUT_MS))) {
    child.kill('SIGKILL');
    await within(exited, 2_000);
  }
}

/** Whether `p` settled within `ms`. The timer is a live handle on purpose: the child is unref'd,
 *  so without it a script awaiting stop() could see Node exit before the service is gone. */
async function within(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([p.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function exportEnv(vars: Record<string, string>): Record<string, string | undefined> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  return saved;
}

function restoreEnv(saved: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

function readTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-20).join('\n') || '(empty)';
  } catch {
    return '(unreadable)';
  }
}
