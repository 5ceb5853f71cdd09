// Runs the policy's gateway on the local Envoy binary: render the bootstrap into a private temp
// dir, spawn Envoy, wait until it is LIVE and the listener accepts, and tear everything down on
// stop() (or, as a last resort, when this Node process exits).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEnvoyBinary } from '../binary.ts';
import { defaultBuildDir } from '../paths.ts';
import { compileChain } from '../policy/compile.ts';
import { fetchStats, isLive } from './admin.ts';
import { renderGatewayBootstrap, writeGatewayBootstrap } from './bootstrap.ts';
import { choosePorts, ownPorts, retryPortRace } from './ports.ts';
import type { Gateway, GatewayOptions } from './types.ts';

/**
 * Everything in `GatewayOptions` (shared with the container harness, `transformBootstrap` and
 * `startTimeoutMs` included), plus what only the local binary supports.
 */
export interface LocalGatewayOptions extends GatewayOptions {
  /**
   * Local only: also copy Envoy's output to this process's stderr (the demo shows the access
   * log). The container harness does not take it; read `Gateway.logs()` there.
   */
  echoOutput?: boolean;
}

export interface LocalGateway extends Gateway {
  /** Settles with Envoy's exit code (or signal name) when the process ends, for any reason. */
  exited: Promise<number | string>;
  pid: number;
}

export class GatewayStartError extends Error {
  override name = 'GatewayStartError';
}

const MAX_LOG_CHARS = 4 * 1024 * 1024;
const STOP_GRACE_MS = 5_000;

let instances = 0;
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

export async function startLocalGateway(options: LocalGatewayOptions): Promise<LocalGateway> {
  const binary = await ensureEnvoyBinary();
  const buildDir = options.buildDir ?? defaultBuildDir();
  for (const spec of compileChain(options.policy, { buildDir })) {
    if (!existsSync(spec.wasmPath)) {
      throw new GatewayStartError(`filter "${spec.name}": module ${spec.wasmPath} does not exist (run \`portcullis build\`)`);
    }
  }
  return retryPortRace(() => startOnce(options, binary, buildDir), ownPorts(options));
}

async function startOnce(options: LocalGatewayOptions, binary: string, buildDir: string): Promise<LocalGateway> {
  const { listenerPort, adminPort } = await choosePorts(options);
  const adminAddress = options.policy.admin?.address ?? '127.0.0.1';
  // Rendered (and transformed) before the temp dir exists: a throwing transform leaves nothing behind.
  const yaml = renderGatewayBootstrap(options, { buildDir, listenerPort, adminPort });
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-envoy-'));
  const configPath = writeGatewayBootstrap(dir, yaml);

  const args = [
    '-c', configPath,
    '--concurrency', String(options.concurrency ?? 1),
    '--base-id', String(baseId()),
    '--disable-hot-restart',
    // Envoy writes its own logs to stderr; keep them out of the access log on stdout.
    '--log-format', '[%Y-%m-%d %T.%e][%l][%n] %v',
    ...(options.logLevel ? ['--log-level', options.logLevel] : ['--log-level', 'warn', '--component-log-level', 'wasm:info']),
  ];
  // Its own process group: a terminal Ctrl-C reaches only us, and we stop Envoy in order
  // (otherwise it dies first and looks like a crash).
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  track(child);

  let output = '';
  const append = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    if (output.length > MAX_LOG_CHARS) output = output.slice(output.length - MAX_LOG_CHARS);
    if (options.echoOutput) process.stderr.write(text);
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);

  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
    child.once('error', (err) => {
      running.delete(child);
      output += `\n[harness] cannot start ${binary}: ${err.message}\n`;
      resolve('spawn-error');
    });
  });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    })());

  const adminUrl = `http://${adminAddress}:${adminPort}`;
  const listenerHost = options.policy.listener.address;
  try {
    await waitUntilReady({
      adminUrl,
      listenerHost,
      listenerPort,
      exited,
      timeoutMs: options.startTimeoutMs ?? 30_000,
    });
  } catch (err) {
    await stop();
    throw new GatewayStartError(`${(err as Error).message}\n--- last Envoy output ---\n${tail(output, 40)}`);
  }

  return {
    baseUrl: `http://${listenerHost}:${listenerPort}`,
    adminUrl,
    listenerPort,
    adminPort,
    pid: child.pid!,
    exited,
    stats: () => fetchStats(adminUrl),
    logs: () => output,
    stop,
  };
}

interface ReadyWait {
  adminUrl: string;
  listenerHost: string;
  listenerPort: number;
  exited: Promise<number | string>;
  timeoutMs: number;
}

async function waitUntilReady(wait: ReadyWait): Promise<void> {
  let exitCode: number | string | undefined;
  void wait.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + wait.timeoutMs;
  let live = false;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new GatewayStartError(`Envoy exited during start-up (${exitCode})`);
    live = live || (await isLive(wait.adminUrl));
    if (live && (await accepts(wait.listenerHost, wait.listenerPort))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new GatewayStartError(
    live
      ? `Envoy is LIVE but its listener ${wait.listenerHost}:${wait.listenerPort} did not accept connections within ${wait.timeoutMs} ms`
      : `Envoy did not report LIVE on ${wait.adminUrl}/ready within ${wait.timeoutMs} ms`,
  );
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Distinct per instance so that several Envoys (here and in other processes) never share one. */
function baseId(): number {
  instances += 1;
  return ((process.pid % 100_000) * 100 + (instances % 100)) % 2_000_000_000;
}

function track(child: ChildProcess): void {
  running.add(child);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A test runner that dies mid-suite must not leave Envoys holding ports.
  process.once('exit', () => {
    for (const c of running) c.kill('SIGKILL');
  });
}

function tail(text: string, lines: number): string {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).join('\n') || '(no output)';
}
