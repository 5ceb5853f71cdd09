// Host-sim and real Envoy run the same policy (jwt + the SDK probe) on the same token set and
// must agree on every verdict, challenge, problem body, forwarded header and metric.
import { describe, expect, it } from 'vitest';
import { Host } from '../../host-sim/index.ts';
import { jwtCases, type JwtCase } from '../support/jwt-cases.ts';
import { jwksOf, newKey } from '../support/jwt-keys.ts';
import { jwtTestPolicy } from '../support/jwt-policies.ts';
import { bothHosts } from './both-hosts.ts';

const METRICS = [
  'portcullis.jwt.allowed',
  'portcullis.jwt.denied.jwt_is_missing',
  'portcullis.jwt.denied.jwt_is_expired',
  'portcullis.jwt.denied.insufficient_scope',
  'portcullis.probe.requests',
];

const key = await newKey('corp-1');
const cases: JwtCase[] = await jwtCases(key);

describe('host-sim and Envoy agree (jwt + probe chain)', () => {
  const hosts = bothHosts(
    (upstreamPort) => jwtTestPolicy({ upstreamPort, keys: { inline: jwksOf(key) }, probe: true }),
    // Tokens carry wall-clock times, so the simulated clock starts at the real time.
    () => new Host({ onTrap: 'fail-closed', startTimeMs: Date.now() }),
  );

  it.each(cases)('$name → $expectStatus', (c) => hosts.agree(c));

  it('counts the same metrics', async () => {
    const { envoy: envoyCounts, sim: simCounts } = await hosts.counts(METRICS);
    expect(simCounts).toEqual(envoyCounts);
    expect(envoyCounts['portcullis.jwt.allowed']).toBeGreaterThan(0);
    expect(envoyCounts['portcullis.jwt.denied.jwt_is_expired']).toBeGreaterThan(0);
  });
});
