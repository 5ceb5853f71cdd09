// Global limits against the real envoyproxy/ratelimit + Redis: a gRPC round trip from wasm in
// Envoy, then two Envoy instances sharing one limit, measuring the overshoot (admitted - limit).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalGateway, type LocalGateway } from '../../envoy/harness/local.ts';
import { freePort } from '../../envoy/harness/ports.ts';
import { renderRatelimitCluster, RATELIMIT_CLUSTER } from '../../envoy/policy/ratelimit-cluster.ts';
import { validatePolicy } from '../../envoy/policy/index.ts';
import {
  descriptorsForLimits, renderRatelimitConfig, startRatelimitService, startRedis,
  type RatelimitService, type RedisServer,
} from '../../envoy/ratelimit/index.ts';
import { httpRequest } from '../support/http.ts';
import { BUILD_DIR } from '../support/policies.ts';

const DOMAIN = 'portcullis-e2e';
const LIMIT = 40; // per hour: the whole test sits inside one service window
const BATCH = 5;

function probePolicy(limit: string, extra: Record<string, unknown> = {}) {
  return validatePolicy({
    version: 1,
    listener: { address: '127.0.0.1', port: 10000 },
    upstream: { address: '127.0.0.1', port: 9 },
    routes: [{ name: 'all', match: { prefix: '/' } }],
    extra_filters: [{
      name: 'rls-probe', module: 'fixtures/rls-probe.wasm',
      config: { cluster: RATELIMIT_CLUSTER, domain: DOMAIN, limit, descriptor_key: 'client', batch: BATCH, timeout_ms: 2000, ...extra },
    }],
  }, 'rls-probe-policy');
}

async function startProbeGateway(limit: string, grpcPort: number, extra: Record<string, unknown> = {}): Promise<LocalGateway> {
  return startLocalGateway({
    policy: probePolicy(limit, extra), buildDir: BUILD_DIR, concurrency: 2,
    transformBootstrap: (b) => {
      const resources = (b as { static_resources: { clusters: unknown[] } }).static_resources;
      resources.clusters.push(renderRatelimitCluster({ port: grpcPort }));
      return b;
    },
  });
}

async function untilHourHasRoom(): Promise<void> {
  // A fixed hour window must not roll over mid-test; at most ~60 s of waiting, once an hour.
  const left = 3_600_000 - (Date.now() % 3_600_000);
  if (left < 60_000) await new Promise((r) => setTimeout(r, left + 1000));
}

describe('global limits with envoyproxy/ratelimit', () => {
  let redis: RedisServer;
  let service: RatelimitService;
  const gateways: LocalGateway[] = [];

  beforeAll(async () => {
    await untilHourHasRoom();
    redis = await startRedis({ port: await freePort() });
    const config = renderRatelimitConfig(DOMAIN, descriptorsForLimits([
      { name: 'single', requests: LIMIT, unit: 'hour', per: 'client' },
      { name: 'shared', requests: LIMIT, unit: 'hour', per: 'client' },
    ]));
    service = await startRatelimitService({
      redisPort: redis.port, grpcPort: await freePort(), httpPort: await freePort(), debugPort: await freePort(), config,
    });
  }, 180_000);

  afterAll(async () => {
    for (const g of gateways) await g.stop();
    await service?.stop();
    await redis?.stop();
  });

  it('leases tokens over gRPC from wasm in Envoy and enforces the limit', async () => {
    const gw = await startProbeGateway('single', service.grpcPort);
    gateways.push(gw);
    const client = `c-${Date.now()}`;
    let admitted = 0;
    // Each request waits for the lease call it may have started to be answered: on a loaded
    // machine a call can take longer than the requests the credit covers, and sequential traffic
    // racing it would measure the machine, not the lease. (Parallel traffic is the next test.)
    const metric = (stats: Record<string, number>, name: string) => stats[`wasmcustom.portcullis.quota.global.${name}`] ?? 0;
    const leaseSettled = async () => {
      const stats = await gw.stats();
      const answered = metric(stats, 'lease_granted') + metric(stats, 'lease_over_limit') + metric(stats, 'service_failures');
      expect(answered).toBe(metric(stats, 'lease_requests'));
    };
    for (let i = 0; i < LIMIT + 20; i++) {
      const res = await httpRequest(`${gw.baseUrl}/x`, { headers: { 'x-client': client } });
      if (res.status === 200) admitted++;
      else expect(res.status).toBe(429);
      await vi.waitFor(leaseSettled, { timeout: 10_000, interval: 10 });
    }
    const stats = await gw.stats();
    expect(stats['wasmcustom.portcullis.quota.global.lease_granted']).toBeGreaterThan(0);
    expect(stats['wasmcustom.portcullis.quota.global.lease_over_limit']).toBeGreaterThan(0);
    expect(stats['wasmcustom.portcullis.quota.global.service_failures'] ?? 0).toBe(0);
    // Sequential traffic: at most one batch of credit runs ahead of the verdict.
    expect(admitted).toBeGreaterThanOrEqual(LIMIT - BATCH);
    expect(admitted).toBeLessThanOrEqual(LIMIT + BATCH);
  }, 120_000);

  it('two Envoy instances share one limit; overshoot stays within instances x credit', async () => {
    const a = await startProbeGateway('shared', service.grpcPort);
    gateways.push(a);
    const b = await startProbeGateway('shared', service.grpcPort);
    gateways.push(b);
    const client = `c-${Date.now()}`;
    let admitted = 0;
    const burst = async (gw: LocalGateway) => {
      for (let i = 0; i < LIMIT; i++) {
        const res = await httpRequest(`${gw.baseUrl}/x`, { headers: { 'x-client': client } });
        if (res.status === 200) admitted++;
      }
    };
    // Four concurrent clients per instance, interleaved on both instances.
    await Promise.all([a, a, a, a, b, b, b, b].map(burst));
    const overshoot = admitted - LIMIT;
    process.stderr.write(`global limit ${LIMIT}/hour, batch ${BATCH}, 2 instances: admitted ${admitted}, overshoot ${overshoot}\n`);
    expect(overshoot).toBeLessThanOrEqual(2 * BATCH);
    expect(admitted).toBeGreaterThanOrEqual(LIMIT - 2 * BATCH);
  }, 180_000);

  it('fails closed with a metric and one log line when the service is unreachable', async () => {
    const gw = await startProbeGateway('single', await freePort(), { fail_open: false, timeout_ms: 500 });
    gateways.push(gw);
    const statuses: number[] = [];
    for (let i = 0; i < 3 * BATCH; i++) statuses.push((await httpRequest(`${gw.baseUrl}/x`, { headers: { 'x-client': 'down' } })).status);
    await new Promise((r) => setTimeout(r, 1500));
    statuses.push((await httpRequest(`${gw.baseUrl}/x`, { headers: { 'x-client': 'down' } })).status);
    expect(statuses.at(-1)).toBe(429);
    const stats = await gw.stats();
    expect(stats['wasmcustom.portcullis.quota.global.service_failures']).toBeGreaterThan(0);
    expect(stats['wasmcustom.portcullis.quota.global.failed_closed']).toBeGreaterThan(0);
    expect(gw.logs()).toMatch(/rate-limit service unavailable for limit "single" .*failing closed/);
  }, 120_000);
});
