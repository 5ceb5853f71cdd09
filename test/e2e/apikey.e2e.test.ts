// The apikey filter in a real Envoy: what the client sees, what reaches the backend, the
// identity later filters receive, and the stats Envoy reports.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { httpRequest } from '../support/http.ts';
import { BUILD_DIR, KEYS, testPolicy } from '../support/policies.ts';

interface Echo {
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
}

describe('apikey in Envoy', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  const get = (path: string, headers: Record<string, string | string[]> = {}, method = 'GET') =>
    httpRequest(gateway.baseUrl + path, { method, headers: headers as Record<string, string> });

  beforeAll(async () => {
    echo = await startEchoServer();
    gateway = await startGateway({ policy: testPolicy({ upstreamPort: echo.port, probe: true }), buildDir: BUILD_DIR });
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  it('answers 401 with an RFC 9457 problem and a challenge when the key is missing', async () => {
    const res = await get('/api/items');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.headers['www-authenticate']).toBe('ApiKey realm="portcullis-test"');
    const problem = JSON.parse(res.body);
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    expect(typeof problem.detail).toBe('string');
  });

  it('answers an unknown key and a forbidden client with the same 403 body', async () => {
    const unknown = await get('/api/items', { 'x-api-key': 'guess' });
    const forbidden = await get('/admin/users', { 'x-api-key': KEYS.demo });
    expect(unknown.status).toBe(403);
    expect(forbidden.status).toBe(403);
    expect(unknown.body).toBe(forbidden.body);
    expect(unknown.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(unknown.body)).toMatchObject({ title: 'Forbidden', status: 403 });
    expect(unknown.body).not.toContain('guess');
  });

  it('forwards the client id, hides the key and strips forged identity headers', async () => {
    const res = await get('/api/items', { 'x-api-key': KEYS.demo, 'x-portcullis-client': 'ops', 'x-probe-identity': 'apikey:ops' });
    expect(res.status).toBe(200);
    const seen = JSON.parse(res.body) as Echo;
    expect(seen.headers['x-portcullis-client']).toBe('demo');
    expect(seen.headers['x-api-key']).toBeUndefined();
    // The probe reads the identity from filter state, which no client can write.
    expect(seen.headers['x-probe-identity']).toBe('apikey:demo');
    expect(res.headers['x-probe-seen']).toBe('1');
  });

  it('removes the key from the query string and the cookie header, keeping the rest', async () => {
    const q = JSON.parse((await get(`/api/items?x=1&api_key=${KEYS.demo}&y=2`)).body) as Echo;
    expect(q.path).toBe('/api/items?x=1&y=2');
    const c = JSON.parse((await get('/api/items', { cookie: `a=1; api_key=${KEYS.ops}; b=2` })).body) as Echo;
    expect(c.headers.cookie).toBe('a=1; b=2');
    expect(c.headers['x-portcullis-client']).toBe('ops');
  });

  it('lets a public route through without a key but never with a forged identity', async () => {
    const res = await get('/health', { 'x-portcullis-client': 'ops' });
    expect(res.status).toBe(200);
    const seen = JSON.parse(res.body) as Echo;
    expect(seen.headers['x-portcullis-client']).toBeUndefined();
    expect(seen.headers['x-probe-identity']).toBe('none');
  });

  it('reports its verdicts as Envoy stats', async () => {
    const before = await gateway.stats();
    await get('/api/items');
    await get('/api/items', { 'x-api-key': KEYS.batch });
    const after = await gateway.stats();
    const delta = (name: string) => (after[`wasmcustom.${name}`] ?? 0) - (before[`wasmcustom.${name}`] ?? 0);
    expect(delta('portcullis.apikey.denied.missing_key')).toBe(1);
    expect(delta('portcullis.apikey.allowed')).toBe(1);
  });

  it('never logs the key', async () => {
    await get('/api/never-logged-1', { 'x-api-key': 'secret-guess-123' });
    await get('/api/never-logged-2', { 'x-api-key': KEYS.demo });
    // Wait for both access-log lines: a container's log stream lags, and checking logs that have
    // not arrived yet could not fail.
    await vi.waitFor(() => expect(gateway.logs()).toMatch(/never-logged-1[\s\S]*never-logged-2|never-logged-2[\s\S]*never-logged-1/), { timeout: 20_000, interval: 50 });
    expect(gateway.logs()).not.toContain('secret-guess-123');
    expect(gateway.logs()).not.toContain(KEYS.demo);
  });
});

describe('apikey in Envoy with publish_identity: false', () => {
  it('admits and forwards as before, but later filters see no identity', async () => {
    const echo = await startEchoServer();
    const gateway = await startGateway({ policy: { ...testPolicy({ upstreamPort: echo.port, probe: true }), publish_identity: false }, buildDir: BUILD_DIR });
    try {
      const res = await httpRequest(`${gateway.baseUrl}/api/items`, { method: 'GET', headers: { 'x-api-key': KEYS.demo, 'x-probe-identity': 'apikey:ops' } });
      expect(res.status).toBe(200);
      const seen = JSON.parse(res.body) as Echo;
      expect(seen.headers['x-portcullis-client']).toBe('demo');
      expect(seen.headers['x-probe-identity']).toBe('none');
    } finally {
      await gateway.stop();
      await echo.close();
    }
  });
});
