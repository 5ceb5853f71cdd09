// SDK features that only mean something in a real Envoy: shared data across worker threads,
// HTTP callouts to a cluster, shared queues, properties, and what happens when a module traps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { httpRequest } from '../support/http.ts';
import { BUILD_DIR, testPolicy } from '../support/policies.ts';

const echoHeaders = (body: string) => (JSON.parse(body) as { headers: Record<string, string> }).headers;

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('SDK probe in Envoy with two workers', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  const get = (path: string, headers: Record<string, string> = {}) => httpRequest(gateway.baseUrl + path, { headers });

  beforeAll(async () => {
    echo = await startEchoServer();
    gateway = await startGateway({ policy: testPolicy({ upstreamPort: echo.port, probe: true, apikey: false }), buildDir: BUILD_DIR, concurrency: 2 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  it('counts exactly with compare-and-swap shared data under parallel load', async () => {
    // ABI 0.2.1 has no create-if-absent (Envoy accepts any cas for a missing key), so the key is
    // seeded by one request first, as the SDK documents; from then on every update is a CAS.
    const seed = await get('/api/count', { 'x-probe-shared': 'e2e-counter' });
    expect(echoHeaders(seed.body)['x-probe-shared-value']).toBe('1');
    const n = 60;
    const results = await Promise.all(Array.from({ length: n }, () => get('/api/count', { 'x-probe-shared': 'e2e-counter' })));
    const values = results.map((r) => Number(echoHeaders(r.body)['x-probe-shared-value'])).sort((a, b) => a - b);
    // Every increment is seen exactly once: no lost update, no duplicate.
    expect(values).toEqual(Array.from({ length: n }, (_, i) => i + 2));
  });

  it('pauses a request for an HTTP callout to a cluster and resumes it', async () => {
    const res = await get('/api/callout', { 'x-probe-callout': 'upstream' });
    expect(res.status).toBe(200);
    expect(echoHeaders(res.body)['x-probe-callout-status']).toBe('200');
  });

  it('reports a failed callout to an unknown cluster instead of hanging', async () => {
    const res = await get('/api/callout', { 'x-probe-callout': 'no-such-cluster' });
    expect(res.status).toBe(200);
    expect(echoHeaders(res.body)['x-probe-callout-status']).toBe('failed');
  });

  it('delivers shared-queue items to the root context', async () => {
    await get('/api/queue', { 'x-probe-queue': 'hello-from-e2e' });
    await waitFor(() => gateway.logs().includes('probe queue: hello-from-e2e'), 'the queue log line');
  });

  it('reads Envoy attributes as properties', async () => {
    const res = await get('/api/props?x=1', { 'x-probe-property': 'request.path' });
    expect(echoHeaders(res.body)['x-probe-property-value']).toBe('/api/props?x=1');
  });
});

describe('a module that traps', () => {
  let echo: EchoServer;
  beforeAll(async () => {
    echo = await startEchoServer();
  });
  afterAll(async () => {
    await echo?.close();
  });

  it('fails closed by default and logs why', async () => {
    const gateway = await startGateway({ policy: testPolicy({ upstreamPort: echo.port, probe: true, apikey: false }), buildDir: BUILD_DIR });
    try {
      const res = await httpRequest(gateway.baseUrl + '/api/x', { headers: { 'x-probe-trap': '1' } });
      expect(res.status).toBe(503);
      await waitFor(() => gateway.logs().includes('probe trap requested'), 'the abort message in the log');
      // The broken VM stays out of service: later requests are refused too, not waved through.
      expect((await httpRequest(gateway.baseUrl + '/api/x')).status).toBe(503);
    } finally {
      await gateway.stop();
    }
  });

  it('fails open for later requests where the policy says so', async () => {
    const gateway = await startGateway({ policy: testPolicy({ upstreamPort: echo.port, probe: true, apikey: false, failurePolicy: 'fail_open' }), buildDir: BUILD_DIR });
    try {
      // Envoy cannot resume a stream whose filter died mid-call: that one request gets 503…
      const res = await httpRequest(gateway.baseUrl + '/api/x', { headers: { 'x-probe-trap': '1' } });
      expect(res.status).toBe(503);
      await waitFor(() => gateway.logs().includes('probe trap requested'), 'the abort message in the log');
      // …and from then on the broken filter is skipped, as FAIL_OPEN promises.
      expect((await httpRequest(gateway.baseUrl + '/api/x')).status).toBe(200);
    } finally {
      await gateway.stop();
    }
  });
});
