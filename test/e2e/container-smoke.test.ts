// The container path end to end: our Podman engine (or the Docker engine the environment names),
// the Envoy image, a container gateway in front of an echo upstream, and a clean shutdown that
// leaves no engine or conmon process behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureEnvoyBinary } from '../../envoy/binary.ts';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startContainerGateway, type ContainerGateway } from '../../envoy/harness/container.ts';
import { acquireContainerEngine, type EngineLease } from '../../envoy/harness/container-engine.ts';
import { ensureEnvoyImage } from '../../envoy/harness/container-image.ts';
import { HARNESS_LABEL, HARNESS_LABEL_VALUE } from '../../envoy/harness/container-labels.ts';
import { podmanEnv } from '../../envoy/harness/podman-config.ts';
import { onPath } from '../../envoy/harness/podman-install.ts';
import { podmanEnginePaths } from '../../envoy/harness/podman.ts';
import type { Gateway } from '../../envoy/harness/types.ts';
import type { Policy } from '../../envoy/policy/types.ts';
import { answerWith } from '../../bench/lib/envoy.ts';
import { writePassthroughWasm } from '../policy/fixtures/passthrough-wasm.ts';

const isRoot = process.getuid?.() === 0;
// Under `npm test` the global setup holds the engine for every file: then only this file's
// container and its conmon must be gone after stop, not the engine itself.
const engineHeldByGlobalSetup = Boolean(process.env.DOCKER_HOST);
const podmanPresent = onPath('podman');
const dockerNamed = Boolean(process.env.DOCKER_HOST) || existsSync('/var/run/docker.sock');
const skipReason =
  !isRoot && !dockerNamed
    ? podmanPresent
      ? 'not root: the harness runs Podman rootful; run as root or set DOCKER_HOST to a Docker engine'
      : 'not root and podman is not installed (the harness installs it only as root); run as root or set DOCKER_HOST to a Docker engine'
    : undefined;
if (skipReason) console.warn(`container-smoke skipped: ${skipReason}`);

function passThroughPolicy(upstreamPort: number): Policy {
  return {
    version: 1,
    listener: { address: '127.0.0.1', port: 0 },
    upstream: { address: '127.0.0.1', port: upstreamPort, connect_timeout_ms: 1_000 },
    routes: [{ name: 'everything', match: { prefix: '/' } }],
    failure_policy: 'fail_closed',
  };
}

/** Processes whose command line names this repository's Podman state (service, conmon, runc). */
function podmanProcesses(): string[] {
  const paths = podmanEnginePaths();
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (cmd.includes(paths.dir) || cmd.includes(paths.runDir)) found.push(`${pid}: ${cmd.slice(0, 160)}`);
  }
  return found;
}

describe.skipIf(skipReason !== undefined)('container gateway (testcontainers + Podman)', () => {
  let echo: EchoServer;
  let lease: EngineLease;
  let gw: ContainerGateway;

  beforeAll(async () => {
    echo = await startEchoServer();
    let t = Date.now();
    lease = await acquireContainerEngine();
    console.info(`container engine (${lease.kind}) ready in ${Date.now() - t} ms`);
    t = Date.now();
    const image = await ensureEnvoyImage(await ensureEnvoyBinary());
    console.info(`envoy image ${image} ready in ${Date.now() - t} ms`);
    t = Date.now();
    // info, not the harness default (warn): the test checks Envoy's own stderr lines arrive too.
    gw = await startContainerGateway({ policy: passThroughPolicy(echo.port), logLevel: 'info' });
    console.info(`container gateway ready in ${Date.now() - t} ms`);
  });

  afterAll(async () => {
    await gw?.stop();
    await lease?.release();
    await echo?.close();
  });

  it('proxies a request to the upstream on the host loopback', async () => {
    const res = await fetch(`${gw.baseUrl}/hello/world?x=1`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(res.headers.get('server')).toBe('portcullis');
    expect(await res.json()).toMatchObject({ method: 'GET', path: '/hello/world?x=1' });
  });

  it('answers on the admin interface, with stats counting the request', async () => {
    const ready = await fetch(`${gw.adminUrl}/ready`, { signal: AbortSignal.timeout(5_000) });
    expect(ready.status).toBe(200);
    expect((await ready.text()).trim()).toBe('LIVE');
    const stats = await gw.stats();
    expect(stats['http.portcullis.downstream_rq_completed']).toBeGreaterThanOrEqual(1);
    expect(stats['cluster.upstream.upstream_rq_200']).toBeGreaterThanOrEqual(1);
  });

  it('collects the container log stream: Envoy on stderr and the access log on stdout', async () => {
    // The stream is delivered asynchronously and Envoy flushes its access log on a timer.
    await vi.waitFor(() => expect(gw.logs()).toContain('starting main dispatch loop'), { timeout: 15_000, interval: 100 });
    await vi.waitFor(() => expect(gw.logs()).toMatch(/"GET \/hello\/world HTTP\/1\.1" 200/), { timeout: 15_000, interval: 100 });
  });

  it('runs a wasm module named by an absolute host path outside the build dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-container-wasm-'));
    const module = writePassthroughWasm(join(dir, 'passthrough.wasm'));
    const policy = { ...passThroughPolicy(echo.port), extra_filters: [{ name: 'passthrough', module }] };
    const wasmGw = await startContainerGateway({ policy });
    try {
      const res = await fetch(`${wasmGw.baseUrl}/through-wasm`, { signal: AbortSignal.timeout(5_000) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ path: '/through-wasm' });
      const stats = await wasmGw.stats();
      expect(stats['wasm.envoy.wasm.runtime.v8.active']).toBeGreaterThanOrEqual(1);
    } finally {
      await wasmGw.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies transformBootstrap to the bootstrap the container runs', async () => {
    // A body neither the echo upstream nor Envoy would produce on its own.
    const body = `from the transform ${process.pid}-${Date.now()}`;
    const transformed = await startContainerGateway({ policy: passThroughPolicy(echo.port), transformBootstrap: answerWith(body) });
    try {
      const res = await fetch(`${transformed.baseUrl}/hello`, { signal: AbortSignal.timeout(5_000) });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(body);
      const stats = await transformed.stats();
      expect(stats['cluster.upstream.upstream_rq_total']).toBe(0);
    } finally {
      await transformed.stop();
    }
  });

  it('fails fast with Envoy\'s own error when Envoy cannot start', async () => {
    const started = Date.now();
    // The listener port is the echo server's: Envoy cannot bind it and exits.
    const attempt = startContainerGateway({ policy: passThroughPolicy(echo.port), listenerPort: echo.port, logLevel: 'info' });
    await expect(attempt).rejects.toThrow(/exited with code \d+[\s\S]*Envoy log[\s\S]*127\.0\.0\.1:\d+/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stops without leaving the container, the engine or a conmon process behind', async () => {
    await gw.stop();
    await expect(fetch(`${gw.adminUrl}/ready`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    const kind = lease.kind;
    await lease.release();
    if (kind !== 'podman') return;
    // Under `npm test` other files run their own containers on the shared engine at the same
    // time: then only this gateway's container (and its conmon) must be gone.
    const ours = (p: string) => !engineHeldByGlobalSetup || p.includes(gw.containerId);
    expect(podmanProcesses().filter(ours)).toEqual([]);
    const paths = podmanEnginePaths();
    const filter = engineHeldByGlobalSetup ? `id=${gw.containerId}` : `label=${HARNESS_LABEL}=${HARNESS_LABEL_VALUE}`;
    const left = spawnSync('podman', ['ps', '-aq', '--filter', filter], {
      env: { ...process.env, ...podmanEnv(paths) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(left.status).toBe(0);
    expect(left.stdout.trim()).toBe('');
  });
});
