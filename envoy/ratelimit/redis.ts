// A throwaway Redis for the rate-limit service: loopback only, no persistence, own temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRedisServer } from './install.ts';
import { startOwnedProcess, waitUntil } from './process.ts';

export interface RedisServer {
  port: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 15_000;

/** Answers whether a Redis on 127.0.0.1:port replies +PONG to PING within a second. */
export function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => { socket.destroy(); resolve(false); }, 1000);
    let reply = '';
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d.toString();
      if (reply.includes('\r\n')) { clearTimeout(timer); socket.destroy(); resolve(reply.startsWith('+PONG')); }
    });
    socket.on('error', () => { clearTimeout(timer); resolve(false); });
  });
}

export async function startRedis(options: { port: number }): Promise<RedisServer> {
  const binary = ensureRedisServer();
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-redis-'));
  const proc = startOwnedProcess(binary, [
    '--bind', '127.0.0.1', '--port', String(options.port), '--save', '', '--appendonly', 'no',
    '--dir', dir, '--daemonize', 'no', '--protected-mode', 'yes', '--loglevel', 'warning',
  ], process.env, dir);
  const stop = async () => {
    await proc.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntil(`redis-server on 127.0.0.1:${options.port}`, proc, () => redisPing(options.port), READY_TIMEOUT_MS);
  } catch (e) {
    await stop();
    throw e;
  }
  return { port: options.port, stop };
}
