// A raw HTTP/1.1 client for tests: unlike fetch it sends exactly the headers given (cookies,
// duplicates, odd casing) and hands back every response header, so tests see what Envoy did.
// With `tls` it speaks HTTPS to a TLS listener, trusting the test CA and presenting a client
// certificate when one is given; a refused handshake rejects with the TLS error (its `code`,
// e.g. an alert or ECONNRESET).
import { readFileSync } from 'node:fs';
import { request as httpOnly, type IncomingMessage } from 'node:http';
import { request as overTls } from 'node:https';
import type { CertFiles } from './pki.ts';

export interface HttpResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface TlsOptions {
  /** PEM file of the CA the server's certificate must chain to. */
  caFile: string;
  /** The client certificate to present; none when absent. */
  client?: CertFiles;
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  tls?: TlsOptions;
}

export function httpRequest(url: string, options: HttpOptions = {}): Promise<HttpResult> {
  const method = options.method ?? 'GET';
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { tls } = options;
  return new Promise((resolve, reject) => {
    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        }
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    };
    const common = { method, headers: options.headers, agent: false as const };
    const req = tls
      ? overTls(
          url,
          {
            ...common,
            ca: readFileSync(tls.caFile),
            ...(tls.client ? { cert: readFileSync(tls.client.cert), key: readFileSync(tls.client.key) } : {}),
          },
          onResponse,
        )
      : httpOnly(url, common, onResponse);
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${url}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
