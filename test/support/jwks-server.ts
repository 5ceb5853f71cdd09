// A JWKS endpoint the tests control: what it serves (rotate keys), whether it answers (503, a
// hang, or nothing listening at all) and how many times it was fetched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Jwks } from '../../envoy/policy/index.ts';

export type JwksFailure = { status: number } | 'hang';

export interface JwksServer {
  /** The key set's URL, for `keys: { remote: { url } }`. */
  url: string;
  port: number;
  /** Requests for the key set so far, whatever the answer. */
  readonly fetches: number;
  /** Serves `jwks` from the next fetch on. */
  serve(jwks: Jwks): void;
  /** Answers fetches with this failure, or normally again with `null`. */
  fail(failure: JwksFailure | null): void;
  /** Stops listening: fetches are refused at the TCP level, as when the IdP is down. */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  /** Resolves once `count` fetches have been made, or rejects after `timeoutMs`. */
  waitForFetches(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startJwksServer(options: { jwks: Jwks; path?: string }): Promise<JwksServer> {
  const path = options.path ?? '/jwks.json';
  let body = JSON.stringify(options.jwks);
  let failure: JwksFailure | null = null;
  let fetches = 0;
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    if (req.url !== path) {
      res.writeHead(404).end();
      return;
    }
    fetches += 1;
    for (const wake of waiters) wake();
    if (failure === 'hang') return; // never answered; the caller's timeout decides
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'text/plain' }).end('unavailable');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
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
    url: `http://127.0.0.1:${port}${path}`,
    port,
    get fetches() {
      return fetches;
    },
    serve(jwks) {
      body = JSON.stringify(jwks);
    },
    fail(next) {
      failure = next;
    },
    down: stop,
    up: async () => {
      await listen(port);
    },
    waitForFetches(count, timeoutMs = 10_000) {
      if (fetches >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the JWKS server saw ${fetches} fetch(es) within ${timeoutMs} ms; expected ${count}`));
        }, timeoutMs);
        const check = () => {
          if (fetches < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    close: stop,
  };
}
