// Runs envoyproxy/ratelimit against a Redis, configured entirely by environment variables,
// loopback only, with its config file in its own runtime directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRatelimitBinary } from './install.ts';
import { startOwnedProcess, waitUntil } from './process.ts';

export interface RatelimitServiceOptions {
  redisPort: number;
  grpcPort: number;
  httpPort: number;
  debugPort: number;
  /** The config file's YAML (renderRatelimitConfig). */
  config: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  readyTimeoutMs?: number;
}

export interface RatelimitService {
  grpcPort: number;
  httpPort: number;
  output(): string;
  stop(): Promise<void>;
}

const RUNTIME_SUBDIRECTORY = 'ratelimit';

async function healthy(httpPort: number): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${httpPort}/healthcheck`, { signal: AbortSignal.timeout(1000) });
  await res.arrayBuffer();
  return res.status === 200;
}

export async function startRatelimitService(options: RatelimitServiceOptions): Promise<RatelimitService> {
  const binary = ensureRatelimitBinary();
  const root = mkdtempSync(join(tmpdir(), 'portcullis-ratelimit-'));
  const configDir = join(root, RUNTIME_SUBDIRECTORY, 'config');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(join(configDir, 'portcullis.yaml'), options.config);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    USE_STATSD: 'false',
    USE_PROMETHEUS: 'false',
    LOG_LEVEL: options.logLevel ?? 'warn',
    REDIS_SOCKET_TYPE: 'tcp',
    REDIS_URL: `127.0.0.1:${options.redisPort}`,
    RUNTIME_ROOT: root,
    RUNTIME_SUBDIRECTORY,
    RUNTIME_WATCH_ROOT: 'false',
    RUNTIME_IGNOREDOTFILES: 'true',
    HOST: '127.0.0.1',
    PORT: String(options.httpPort),
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: String(options.grpcPort),
    DEBUG_HOST: '127.0.0.1',
    DEBUG_PORT: String(options.debugPort),
  };
  const proc = startOwnedProcess(binary, [], env, root);
  const stop = async () => {
    await proc.stop();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await waitUntil(`envoyproxy/ratelimit (grpc 127.0.0.1:${options.grpcPort})`, proc, () => healthy(options.httpPort), options.readyTimeoutMs ?? 20_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { grpcPort: options.grpcPort, httpPort: options.httpPort, output: proc.output, stop };
}
