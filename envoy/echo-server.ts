// The backend the harnesses put behind Envoy: it answers every request with what it received,
// so a test can see exactly which headers, path and body made it through the filter chain.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoServerOptions {
  /** 0 or absent: any free port. */
  port?: number;
  host?: string;
  /** Largest request body accepted; larger gets 413. */
  maxBodyBytes?: number;
}

export interface EchoServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** What the echo server answers, as JSON. */
export interface EchoResponse {
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body: string;
}

const DEFAULT_MAX_BODY = 1024 * 1024;

export async function startEchoServer(options: EchoServerOptions = {}): Promise<EchoServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const server = createServer((req, res) => handle(req, res, maxBody));
  // Envoy reuses upstream connections; keep them open longer than its idle timeout would
  // close them so no request races a server-side close.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function handle(req: IncomingMessage, res: ServerResponse, maxBody: number): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBody) return tooLarge(res, maxBody);
  const chunks: Buffer[] = [];
  let size = 0;
  let rejected = false;
  req.on('data', (chunk: Buffer) => {
    if (rejected) return;
    size += chunk.length;
    if (size > maxBody) {
      rejected = true;
      tooLarge(res, maxBody);
      return;
    }
    chunks.push(chunk);
  });
  req.on('error', () => res.destroy());
  req.on('end', () => {
    if (rejected) return;
    const echo: EchoResponse = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: { ...req.headers } as Record<string, string | string[]>,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    const payload = JSON.stringify(echo);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  });
}

function tooLarge(res: ServerResponse, maxBody: number): void {
  const payload = JSON.stringify({ error: `request body larger than ${maxBody} bytes` });
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
