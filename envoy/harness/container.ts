// The container path of the real-Envoy harness: the same Gateway as the local harness, but Envoy
// runs in a container (testcontainers; our own Podman engine when there is no Docker).
//
// Host networking keeps the two harnesses interchangeable: Envoy listens on the host's loopback
// ports we chose and reaches the upstream at the policy's 127.0.0.1 address. The bootstrap names
// wasm modules by absolute host path, so their directories (and the bootstrap's) are bind-mounted
// read-only at the same paths inside the container.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { GenericContainer, type StartedTestContainer } from 'testcontainers';
import { ensureEnvoyBinary } from '../binary.ts';
import { defaultBuildDir, repoRoot } from '../paths.ts';
import { compileChain } from '../policy/compile.ts';
import { fetchStats } from './admin.ts';
import { renderGatewayBootstrap, writeGatewayBootstrap } from './bootstrap.ts';
import { acquireContainerEngine, type EngineLease } from './container-engine.ts';
import { ensureEnvoyImage } from './container-image.ts';
import { HARNESS_LABEL, HARNESS_LABEL_VALUE } from './container-labels.ts';
import { LogBuffer } from './container-logs.ts';
import { ENVOY_PATH_IN_IMAGE } from './container-rootfs.ts';
import { EnvoyExitedError, EnvoyReadyWait } from './container-wait.ts';
import { choosePorts, ownPorts, retryPortRace } from './ports.ts';
import type { Gateway, GatewayOptions } from './types.ts';

/** Default of `GatewayOptions.startTimeoutMs` here (the local binary's is 30 s). */
const STARTUP_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export class ContainerGatewayError extends Error {
  override name = 'ContainerGatewayError';
}

/** Takes exactly the shared `GatewayOptions` (`transformBootstrap` included); no container-only options. */
export async function startContainerGateway(opts: GatewayOptions): Promise<ContainerGateway> {
  const buildDir = resolve(opts.buildDir ?? defaultBuildDir());
  const modules = compileChain(opts.policy, { buildDir }).map((spec) => spec.wasmPath);
  for (const wasm of modules) {
    if (!existsSync(wasm)) throw new ContainerGatewayError(`wasm module ${wasm} does not exist (run \`node bin/portcullis.mjs build\`)`);
  }

  const engine = await acquireContainerEngine();
  try {
    const image = await ensureEnvoyImage(await ensureEnvoyBinary());
    return await retryPortRace(() => startOnPorts(opts, engine, image, buildDir, modules), ownPorts(opts));
  } catch (err) {
    await engine.release();
    throw err;
  }
}

/** One start on freshly chosen ports; cleans up its own state directory if it fails. */
async function startOnPorts(opts: GatewayOptions, engine: EngineLease, image: string, buildDir: string, modules: string[]): Promise<ContainerGateway> {
  let stateDir: string | undefined;
  try {
    // Host networking: Envoy binds the host's ports itself, so we pick them (0 or absent = any free).
    const { listenerPort, adminPort } = await choosePorts(opts);
    const adminHost = opts.policy.admin?.address ?? '127.0.0.1';
    const yaml = renderGatewayBootstrap(opts, { buildDir, listenerPort, adminPort });

    const stateBase = join(repoRoot(), '.cache', 'container-gateway');
    mkdirSync(stateBase, { recursive: true });
    stateDir = mkdtempSync(join(stateBase, 'gw-'));
    // Readable by us (and root in the container) only: it holds the policy's key digests.
    const bootstrap = writeGatewayBootstrap(stateDir, yaml);

    const logs = new LogBuffer();
    const endpoints: Endpoints = {
      listenerHost: opts.policy.listener.address,
      listenerPort,
      adminUrl: `http://${adminHost}:${adminPort}`,
      adminPort,
    };
    const started = await startEnvoy({ image, bootstrap, mounts: [stateDir, ...modules.map(dirname), ...tlsFiles(opts.policy).map(dirname)], endpoints, logs, opts });
    return gateway(started, engine, stateDir, logs, endpoints);
  } catch (err) {
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    throw err;
  }
}

interface Endpoints {
  listenerHost: string;
  listenerPort: number;
  adminUrl: string;
  adminPort: number;
}

interface EnvoyRun {
  image: string;
  bootstrap: string;
  mounts: string[];
  endpoints: Endpoints;
  logs: LogBuffer;
  opts: GatewayOptions;
}

async function startEnvoy(run: EnvoyRun): Promise<StartedTestContainer> {
  const container = new GenericContainer(run.image)
    .withNetworkMode('host')
    .withEntrypoint([ENVOY_PATH_IN_IMAGE])
    .withCommand([
      '-c', run.bootstrap,
      // Same default as the local harness: quiet Envoy, but the wasm modules' own log lines.
      ...(run.opts.logLevel ? ['--log-level', run.opts.logLevel] : ['--log-level', 'warn', '--component-log-level', 'wasm:info']),
      '--concurrency', String(run.opts.concurrency ?? 1),
      // Hot restart needs shared memory across Envoy processes; one container has one Envoy.
      '--disable-hot-restart',
      // As the local harness: no source locations, so both harnesses' logs read the same.
      '--log-format', '[%Y-%m-%d %T.%e][%l][%n] %v',
    ])
    .withBindMounts(bindMounts(run.mounts).map((dir) => ({ source: dir, target: dir, mode: 'ro' as const })))
    .withLabels({ [HARNESS_LABEL]: HARNESS_LABEL_VALUE })
    .withLogConsumer((stream) => run.logs.attach(stream))
    .withWaitStrategy(new EnvoyReadyWait(run.endpoints.adminUrl, run.endpoints.listenerHost, run.endpoints.listenerPort))
    .withStartupTimeout(run.opts.startTimeoutMs ?? STARTUP_TIMEOUT_MS);
  try {
    return await container.start();
  } catch (err) {
    const tail = err instanceof EnvoyExitedError ? err.logTail : lastLines(run.logs.text(), 40);
    throw new ContainerGatewayError(`Envoy container (${run.image}) failed to start: ${(err as Error).message}\n--- Envoy log ---\n${tail || '(no output)'}`);
  }
}

/** A container gateway also names its container, so a caller can check that stop() removed it. */
export interface ContainerGateway extends Gateway {
  containerId: string;
}

function gateway(started: StartedTestContainer, engine: EngineLease, stateDir: string, logs: LogBuffer, at: Endpoints): ContainerGateway {
  let stopping: Promise<void> | undefined;
  return {
    containerId: started.getId(),
    baseUrl: `http://${at.listenerHost}:${at.listenerPort}`,
    adminUrl: at.adminUrl,
    listenerPort: at.listenerPort,
    adminPort: at.adminPort,
    stats: () => fetchStats(at.adminUrl),
    logs: () => logs.text(),
    stop() {
      stopping ??= (async () => {
        try {
          await started.stop({ timeout: STOP_GRACE_MS, remove: true });
        } finally {
          rmSync(stateDir, { recursive: true, force: true });
          await engine.release();
        }
      })();
      return stopping;
    },
  };
}

/** The listener's certificate, key and CA files: Envoy reads them itself, at the same paths. */
function tlsFiles(policy: GatewayOptions['policy']): string[] {
  const tls = policy.listener.tls;
  if (!tls) return [];
  return [tls.cert_chain_file, tls.private_key_file, tls.client_ca_file].filter((f): f is string => typeof f === 'string');
}

/** Unique directories, dropping any already inside another one (a nested bind mount is redundant). */
function bindMounts(dirs: string[]): string[] {
  const unique = [...new Set(dirs.map((d) => resolve(d)))].sort();
  return unique.filter((dir) => !unique.some((other) => other !== dir && dir.startsWith(other + sep)));
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n') || '(no output)';
}
