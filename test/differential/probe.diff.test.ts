// Host-sim and real Envoy answer the SDK probe's raw host calls the same way: here, reading a
// whole header map during request headers, for every map type, including the ones the stream
// does not have yet (trailers, the response, a callout's answer, gRPC metadata).
import { describe, expect, it } from 'vitest';
import { testPolicy } from '../support/policies.ts';
import { runInEnvoy } from '../support/scenario.ts';
import { bothHosts } from './both-hosts.ts';

const MAP_TYPES = [
  [0, 'request headers'],
  [1, 'request trailers'],
  [2, 'response headers'],
  [3, 'response trailers'],
  [4, 'gRPC initial metadata'],
  [5, 'gRPC trailing metadata'],
  [6, 'callout response headers'],
  [7, 'callout response trailers'],
] as const;

describe('host-sim and Envoy agree (the SDK probe alone)', () => {
  const hosts = bothHosts((upstreamPort) => testPolicy({ upstreamPort, probe: true, apikey: false }));

  // The request headers themselves differ (Envoy adds its own, e.g. x-request-id): only the
  // result is compared for map 0; every other map must match byte for byte (empty, Ok).
  it.each(MAP_TYPES.filter(([type]) => type !== 0))('all pairs of map %i (%s), read during request headers', (type) =>
    hosts.agree({ name: `map ${type}`, method: 'GET', path: '/api/items', headers: [['x-probe-map', String(type)]], expectStatus: 200 }),
  );

  it('all pairs of map 0 (request headers): Ok on both, with the pairs each host has', async () => {
    const c = { name: 'map 0', method: 'GET', path: '/api/items', headers: [['x-probe-map', '0']] as [string, string][] };
    const inEnvoy = await runInEnvoy(hosts.gateway.baseUrl, c);
    const inSim = hosts.sim.run(c);
    for (const outcome of [inEnvoy, inSim]) expect(outcome.upstream?.headers['x-probe-map-result']).toMatch(/^0:[1-9]\d*:[1-9]\d* 0:[1-9]\d* 1$/);
  });
});
