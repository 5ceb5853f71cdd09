// The TLS twin of http.ts's httpRequest: the same raw request and full response, over HTTPS to a
// TLS listener, trusting the test CA and presenting a client certificate when one is given.
// A refused handshake rejects with the TLS error (its `code`, e.g. an alert or ECONNRESET).
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import type { HttpResult } from './http.ts';
import type { CertFiles } from './pki.ts';

export interface HttpsOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** PEM file of the CA the server's certificate must chain to. */
  caFile: string;
  /** The client certificate to present; none when absent. */
  client?: CertFiles;
}

export function httpsRequest(url: string, options: HttpsOptions): Promise<HttpResult> {
  const method = options.method ?? 'GET';
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        headers: options.headers,
        agent: false,
        ca: readFileSync(options.caFile),
        ...(options.client ? { cert: readFileSync(options.client.cert), key: readFileSync(options.client.key) } : {}),
      },
      (res) => {
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
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${url}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
