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

/** Whether the harness picks both ports itself (the options fix neither). */
export function ownPorts(options: GatewayOptions): boolean {
  return !options.listenerPort && !options.adminPort;
}

/** Starts on ports the harness picked itself this many times at most. */
const PORT_RACE_ATTEMPTS = 3;

/**
 * Runs `start` again (up to PORT_RACE_ATTEMPTS in all) while it fails because a port was taken:
 * a port found free can be taken by another process before Envoy binds it (parallel test files
 * start gateways and servers all the time), and Envoy then exits with "Address already in use"
 * (either harness reports Envoy's words). Ports the harness picked are simply picked again;
 * ports the caller fixed (`ownPorts` false) are not retried.
 */
export async function retryPortRace<T>(start: () => Promise<T>, ownPorts: boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (err) {
      const raced = err instanceof Error && /address already in use/i.test(err.message);
      if (!ownPorts || !raced || attempt >= PORT_RACE_ATTEMPTS) throw err;
    }
  }
}
