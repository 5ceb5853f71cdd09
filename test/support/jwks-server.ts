// A JWKS endpoint the tests control: what it serves (rotate keys), whether it answers (503, a
// hang, or nothing listening at all) and how many times it was fetched.
import type { Jwks } from '../../envoy/policy/index.ts';
import { startLocalServer, type LocalServer } from './local-server.ts';

export type JwksFailure = { status: number } | 'hang';

export interface JwksServer extends LocalServer {
  /** The key set's URL, for `keys: { remote: { url } }`. */
  url: string;
  /** Requests for the key set so far, whatever the answer. */
  readonly fetches: number;
  /** Serves `jwks` from the next fetch on. */
  serve(jwks: Jwks): void;
  /** Answers fetches with this failure, or normally again with `null`. */
  fail(failure: JwksFailure | null): void;
  /** Resolves once `count` fetches have been made, or rejects after `timeoutMs`. */
  waitForFetches(count: number, timeoutMs?: number): Promise<void>;
}

export async function startJwksServer(options: { jwks: Jwks; path?: string }): Promise<JwksServer> {
  const path = options.path ?? '/jwks.json';
  let body = JSON.stringify(options.jwks);
  let failure: JwksFailure | null = null;
  let fetches = 0;
  const waiters = new Set<() => void>();

  const server = await startLocalServer((req, res) => {
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
  return {
    ...server,
    url: `http://127.0.0.1:${server.port}${path}`,
    get fetches() {
      return fetches;
    },
    serve(jwks) {
      body = JSON.stringify(jwks);
    },
    fail(next) {
      failure = next;
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
  };
}
