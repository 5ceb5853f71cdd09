// Loopback port helpers. A picked port is free when returned; the harness binds it right after,
// which is the usual (and, on a test machine, good enough) trade-off.
import { createServer } from 'node:net';
import type { GatewayOptions } from './types.ts';

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port assigned'))));
    });
  });
}

/** Resolves true when something can bind host:port right now. */
export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * The listener and admin ports a harness gives Envoy: the options' own, or (absent or 0) free
 * ones on the policy's listener and admin addresses, never the same port twice.
 */
export async function choosePorts(options: GatewayOptions): Promise<{ listenerPort: number; adminPort: number }> {
  const listenerPort = options.listenerPort || (await freePort(options.policy.listener.address));
  const adminHost = options.policy.admin?.address ?? '127.0.0.1';
  let adminPort = options.adminPort || (await freePort(adminHost));
  while (adminPort === listenerPort) adminPort = await freePort(adminHost);
  return { listenerPort, adminPort };
}
