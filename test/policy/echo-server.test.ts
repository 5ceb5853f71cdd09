import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';

let echo: EchoServer;
beforeAll(async () => {
  echo = await startEchoServer({ maxBodyBytes: 1024 });
});
afterAll(() => echo.close());

describe('echo server', () => {
  it('answers with the method, path, lowercased headers and body it received', async () => {
    const res = await fetch(`${echo.url}/a/b?c=d`, { method: 'POST', headers: { 'X-Thing': 'One' }, body: 'héllo' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = await res.json();
    expect(body).toMatchObject({ method: 'POST', path: '/a/b?c=d', body: 'héllo' });
    expect(body.headers['x-thing']).toBe('One');
  });

  it('refuses bodies over the limit with 413', async () => {
    const res = await fetch(`${echo.url}/big`, { method: 'POST', body: 'x'.repeat(2048) });
    expect(res.status).toBe(413);
  });
});
