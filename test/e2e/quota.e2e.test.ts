// The quota filter in a real Envoy with two worker threads: parallel clients hammering one key
// get exactly the limit admitted, the 429 carries Retry-After and the RateLimit fields, and the
// identity from the apikey filter gives each client its own count.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';
import { httpRequest, type HttpResult } from '../support/http.ts';
import { BUILD_DIR, KEYS, testPolicy } from '../support/policies.ts';

const LIMIT = 50;

/** Waits out the last seconds of a minute, so a burst does not straddle two windows. */
async function awayFromMinuteEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 5_000) await new Promise((r) => setTimeout(r, left + 100));
}

describe('quota in Envoy (2 workers)', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  const get = (path: string, headers: Record<string, string> = {}) => httpRequest(gateway.baseUrl + path, { headers });

  beforeAll(async () => {
    await ensureBuilt('apikey', 'quota');
    echo = await startEchoServer();
    const quota = {
      max_keys: 10_000,
      limits: [{ name: 'per_client', sliding_window: { limit: LIMIT, per: 'minute' }, key: ['identity'] }],
    };
    gateway = await startGateway({
      policy: testPolicy({ upstreamPort: echo.port, quota }),
      buildDir: BUILD_DIR,
      concurrency: 2,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  it('admits exactly the limit to 20 parallel connections sending 200 requests on one key', async () => {
    await awayFromMinuteEdge();
    const results: HttpResult[] = [];
    await Promise.all(Array.from({ length: 20 }, async () => {
      for (let i = 0; i < 10; i++) results.push(await get('/api/items', { 'x-api-key': KEYS.demo }));
    }));
    expect(results.filter((r) => r.status === 200).length).toBe(LIMIT);
    expect(results.filter((r) => r.status === 429).length).toBe(200 - LIMIT);

    const stats = await gateway.stats();
    expect(stats['wasmcustom.portcullis.quota.allowed']).toBe(LIMIT);
    expect(stats['wasmcustom.portcullis.quota.limited.per_client']).toBe(200 - LIMIT);
    expect(stats['wasmcustom.portcullis.quota.live_keys']).toBe(1);
  });

  it('answers 429 with Retry-After, the RateLimit fields and a problem document', async () => {
    const res = await get('/api/items', { 'x-api-key': KEYS.demo });
    expect(res.status).toBe(429);
    expect(res.headers['content-type']).toBe('application/problem+json');
    const retry = Number(res.headers['retry-after']);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(120);
    expect(res.headers['ratelimit-policy']).toBe(`"per_client";q=${LIMIT};w=60`);
    expect(res.headers['ratelimit']).toBe(`"per_client";r=0;t=${retry}`);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429 });
  });

  it('counts each authenticated client separately, and never logs the key', async () => {
    const ops = await Promise.all(Array.from({ length: 5 }, () => get('/api/items', { 'x-api-key': KEYS.ops })));
    expect(ops.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await get('/api/items/never-logged', { 'x-api-key': KEYS.demo })).status).toBe(429);
    // The access log lags behind the response (Envoy flushes it every 10 s; a container's log
    // stream adds more): wait for this request's own line (earlier tests already logged
    // "quota: limited" lines, so those prove nothing here).
    await vi.waitFor(() => expect(gateway.logs()).toContain('/api/items/never-logged'), { timeout: 20_000, interval: 50 });
    expect(gateway.logs()).toContain('quota: limited request_id=');
    expect(gateway.logs()).not.toContain(KEYS.demo);
    expect(gateway.logs()).not.toContain('apikey:demo');
  });
});
