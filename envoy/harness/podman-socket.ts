// Asks a Docker-API socket whether an engine answers: `GET /_ping` must return 200 "OK".
import { request } from 'node:http';

export function pingDockerSocket(socketPath: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', method: 'GET', timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve(res.statusCode === 200 && body.trim() === 'OK'));
      res.on('error', () => resolve(false));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/** Polls until the socket answers or the deadline passes; false on timeout. */
export async function waitForDockerSocket(socketPath: string, timeoutMs: number, isAlive: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await pingDockerSocket(socketPath, 1_000)) return true;
    if (!isAlive()) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
