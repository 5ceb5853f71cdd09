// Host-sim and real Envoy run the same policy (jwt + the SDK probe) on the same token set and
// must agree on every verdict, challenge, problem body, forwarded header and metric.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Host } from '../../host-sim/index.ts';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { jwtCases, type JwtCase } from '../support/jwt-cases.ts';
import { jwksOf, newKey } from '../support/jwt-keys.ts';
import { jwtTestPolicy } from '../support/jwt-policies.ts';
import { BUILD_DIR } from '../support/policies.ts';
import { runInEnvoy, startSimGateway, type SimGateway } from '../support/scenario.ts';

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
  let echo: EchoServer;
  let gateway: Gateway;
  let sim: SimGateway;

  beforeAll(async () => {
    echo = await startEchoServer();
    const policy = jwtTestPolicy({ upstreamPort: echo.port, keys: { inline: jwksOf(key) }, probe: true });
    gateway = await startGateway({ policy, buildDir: BUILD_DIR });
    // Tokens carry wall-clock times, so the simulated clock starts at the real time.
    sim = await startSimGateway(policy, BUILD_DIR, new Host({ onTrap: 'fail-closed', startTimeMs: Date.now() }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  it.each(cases)('$name → $expectStatus', async (c) => {
    const inEnvoy = await runInEnvoy(gateway.baseUrl, c);
    const inSim = sim.run(c);
    expect(inEnvoy.status, 'Envoy status').toBe(c.expectStatus);
    expect(inSim).toEqual(inEnvoy);
  });

  it('counts the same metrics', async () => {
    const stats = await gateway.stats();
    const envoyCounts = Object.fromEntries(METRICS.map((m) => [m, stats[`wasmcustom.${m}`] ?? 0]));
    const simCounts = Object.fromEntries(METRICS.map((m) => [m, sim.host.metric(m) ?? 0]));
    expect(simCounts).toEqual(envoyCounts);
    expect(envoyCounts['portcullis.jwt.allowed']).toBeGreaterThan(0);
    expect(envoyCounts['portcullis.jwt.denied.jwt_is_expired']).toBeGreaterThan(0);
  });
});
