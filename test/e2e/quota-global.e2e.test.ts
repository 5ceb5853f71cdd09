// Global quota limits end to end: Redis, the real envoyproxy/ratelimit configured with the file
// `portcullis render ratelimit` produces, and two Envoy gateways started from the same policy
// (quota.global → the portcullis_ratelimit cluster). Parallel load on both measures the
// overshoot against filters/quota/README.md's bound; a gateway whose service is down shows both
// outage modes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { freePort } from '../../envoy/harness/ports.ts';
import { validatePolicy } from '../../envoy/policy/index.ts';
import { renderRatelimitServiceConfig } from '../../envoy/policy/quota-global.ts';
import type { Policy } from '../../envoy/policy/types.ts';
import { startRatelimitService, startRedis, type RatelimitService, type RedisServer } from '../../envoy/ratelimit/index.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';
import { httpRequest } from '../support/http.ts';
import { BUILD_DIR } from '../support/policies.ts';

const LIMIT = 40; // per hour: the whole test sits inside one of the service's windows
const BATCH = 5; // credit defaults to the batch
const INSTANCES = 2;
const CLIENTS_PER_INSTANCE = 4;

function globalPolicy(servicePort: number, upstreamPort: number): Policy {
  return validatePolicy({
    version: 1,
    listener: { address: '127.0.0.1', port: 10000 },
    upstream: { address: '127.0.0.1', port: upstreamPort },
    routes: [
      { name: 'open', match: { prefix: '/open' }, quota: { limits: ['open'] } },
      { name: 'all', match: { prefix: '/' } },
    ],
    quota: {
      global: { service: { address: '127.0.0.1', port: servicePort }, domain: 'portcullis-e2e', batch: BATCH, timeout_ms: 2000, on_outage: 'fail_closed' },
      default_limits: ['shared'],
      limits: [
        { name: 'shared', sliding_window: { limit: LIMIT, per: 'hour' }, key: [{ header: 'x-client' }], global: true },
        { name: 'open', sliding_window: { limit: LIMIT, per: 'hour' }, global: true, on_outage: 'fail_open' },
      ],
    },
  }, 'quota-global-e2e');
}

/** A fixed hour window must not roll over mid-test: wait it out when under 30 s are left (rare). */
async function awayFromHourEdge(): Promise<void> {
  const left = 3_600_000 - (Date.now() % 3_600_000);
  if (left < 30_000) await new Promise((r) => setTimeout(r, left + 500));
}

async function logLine(gw: Gateway, pattern: RegExp, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!pattern.test(gw.logs())) {
    if (Date.now() > end) expect(gw.logs()).toMatch(pattern);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('global quota limits: two Envoy gateways, one rate-limit service', () => {
  let redis: RedisServer | undefined;
  let service: RatelimitService | undefined;
  let echo: EchoServer | undefined;
  const gateways: Gateway[] = [];

  beforeAll(async () => {
    await ensureBuilt('quota');
    await awayFromHourEdge();
    echo = await startEchoServer();
    redis = await startRedis({ port: await freePort() });
    const grpcPort = await freePort();
    // The service's config comes from the very policy the gateways run.
    service = await startRatelimitService({
      redisPort: redis.port, grpcPort, httpPort: await freePort(), debugPort: await freePort(),
      config: renderRatelimitServiceConfig(globalPolicy(grpcPort, echo.port)),
    });
  }, 60_000);

  afterAll(async () => {
    for (const g of gateways) await g.stop().catch(() => undefined);
    await service?.stop();
    await redis?.stop();
    await echo?.close();
  });

  it(`admits at most limit + ${INSTANCES} × credit across both gateways under parallel load`, async () => {
    const policy = globalPolicy(service!.grpcPort, echo!.port);
    const started = await Promise.all(Array.from({ length: INSTANCES }, () => startGateway({ policy, buildDir: BUILD_DIR, concurrency: 2 })));
    gateways.push(...started);
    const client = `tenant-${Date.now()}`;
    let admitted = 0;
    let refused = 0;
    let sample: Awaited<ReturnType<typeof httpRequest>> | undefined;
    const load = async (gw: Gateway) => {
      for (let i = 0; i < LIMIT; i++) {
        const res = await httpRequest(`${gw.baseUrl}/items`, { headers: { 'x-client': client } });
        if (res.status === 200) admitted++;
        else {
          expect(res.status).toBe(429);
          refused++;
          sample = res;
        }
      }
    };
    await Promise.all(started.flatMap((gw) => Array.from({ length: CLIENTS_PER_INSTANCE }, () => load(gw))));
    const requests = INSTANCES * CLIENTS_PER_INSTANCE * LIMIT;
    const overshoot = admitted - LIMIT;
    const bound = INSTANCES * BATCH;
    process.stderr.write(`quota global: limit ${LIMIT}/hour, batch = credit = ${BATCH}, ${INSTANCES} gateways × 2 workers, ${requests} requests: admitted ${admitted}, overshoot ${overshoot} (bound +${bound})\n`);
    expect(admitted + refused).toBe(requests);
    expect(overshoot).toBeLessThanOrEqual(bound);
    expect(admitted).toBeGreaterThanOrEqual(LIMIT - bound); // leased tokens left unused
    expect(sample!.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
    expect(sample!.headers['ratelimit-policy']).toBe(`"shared";q=${LIMIT};w=3600`);

    const stats = await Promise.all(started.map((g) => g.stats()));
    const sum = (name: string) => stats.reduce((n, s) => n + (s[`wasmcustom.portcullis.quota.global.${name}`] ?? 0), 0);
    expect(sum('lease_granted')).toBeGreaterThan(0);
    expect(sum('lease_over_limit')).toBeGreaterThan(0);
    expect(sum('service_failures')).toBe(0);
    // Leases, not a call per request: 320 requests, a few dozen calls at most.
    expect(sum('lease_requests')).toBeLessThanOrEqual(requests / BATCH);
    expect(stats.reduce((n, s) => n + (s['wasmcustom.portcullis.quota.limited.shared'] ?? 0), 0)).toBe(refused);
  }, 60_000);

  it('with the service down: fail_closed refuses, fail_open (per limit) admits, with metrics and one log line', async () => {
    const gw = await startGateway({ policy: globalPolicy(await freePort(), echo!.port), buildDir: BUILD_DIR, concurrency: 1 });
    gateways.push(gw);
    const closed: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < 3 * BATCH; i++) {
      closed.push((await httpRequest(`${gw.baseUrl}/items`, { headers: { 'x-client': 'down' } })).status);
      open.push((await httpRequest(`${gw.baseUrl}/open`)).status);
    }
    expect(closed.at(-1)).toBe(429);
    expect(closed.filter((s) => s === 200).length).toBeLessThanOrEqual(BATCH); // credit while the first call was out
    expect(open.every((s) => s === 200)).toBe(true);
    const stats = await gw.stats();
    expect(stats['wasmcustom.portcullis.quota.global.service_failures']).toBeGreaterThan(0);
    expect(stats['wasmcustom.portcullis.quota.global.failed_closed']).toBeGreaterThan(0);
    expect(stats['wasmcustom.portcullis.quota.global.failed_open']).toBeGreaterThan(0);
    // A container's log stream arrives a moment after the requests: wait for the lines.
    await logLine(gw, /rate-limit service unavailable for limit "shared" .*failing closed until it answers/);
    await logLine(gw, /rate-limit service unavailable for limit "open" .*failing open until it answers/);
  }, 30_000);
});
