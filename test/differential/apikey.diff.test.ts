// Host-sim and real Envoy run the same policy (apikey + the SDK probe) on the same requests and
// must agree on every verdict, status, challenge, problem body, forwarded header and metric.
import { describe, expect, it } from 'vitest';
import { APIKEY_CASES } from '../support/apikey-cases.ts';
import { testPolicy } from '../support/policies.ts';
import { runInEnvoy } from '../support/scenario.ts';
import { bothHosts } from './both-hosts.ts';

const METRICS = [
  'portcullis.apikey.allowed',
  'portcullis.apikey.public',
  'portcullis.apikey.denied.missing_key',
  'portcullis.apikey.denied.unknown_key',
  'portcullis.apikey.denied.client_not_allowed',
  'portcullis.probe.requests',
];

describe('host-sim and Envoy agree (apikey + probe chain)', () => {
  const hosts = bothHosts((upstreamPort) => testPolicy({ upstreamPort, probe: true, hooks: true }));

  it.each(APIKEY_CASES)('$name → $expectStatus', (c) => hosts.agree(c));

  it('counts the same metrics', async () => {
    const { envoy: envoyCounts, sim: simCounts } = await hosts.counts(METRICS);
    expect(simCounts).toEqual(envoyCounts);
    expect(envoyCounts['portcullis.apikey.allowed']).toBeGreaterThan(0);
    expect(envoyCounts['portcullis.apikey.denied.missing_key']).toBeGreaterThan(0);
  });
});

describe('host-sim and Envoy agree when a module traps (fail closed)', () => {
  const hosts = bothHosts((upstreamPort) => testPolicy({ upstreamPort, probe: true }));

  const trap = { name: 'trap', method: 'GET', path: '/health', headers: [['x-probe-trap', '1']] as [string, string][] };
  const after = { name: 'after the trap', method: 'GET', path: '/health' };

  it('refuses the trapping request and every later one with 503', async () => {
    const first = [await runInEnvoy(hosts.gateway.baseUrl, trap), hosts.sim.run(trap)];
    const second = [await runInEnvoy(hosts.gateway.baseUrl, after), hosts.sim.run(after)];
    expect(first[0].status).toBe(503);
    expect(first[1]).toEqual(first[0]);
    expect(second[0].status).toBe(503);
    expect(second[1]).toEqual(second[0]);
  });
});
