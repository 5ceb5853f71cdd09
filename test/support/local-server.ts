// A local HTTP server the tests control, the base of the fake IdP endpoints (jwks-server.ts,
// introspection-server.ts): it listens on a free 127.0.0.1 port, and can go down (nothing
// listening, open connections dropped) and come back on the same port.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LocalServer {
  port: number;
  /** Stops listening: requests are refused at the TCP level, as when the service is down. */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalServer(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      // Envoy keeps connections alive; drop them so "down" really means down.
      for (const socket of sockets) socket.destroy();
    });

  const port = await listen(0);
  return {
    port,
    down: stop,
    up: async () => {
      await listen(port);
    },
    close: stop,
  };
}
