// Host-sim and real Envoy run the same policy (apikey + the SDK probe) on the same requests and
// must agree on every verdict, status, challenge, problem body, forwarded header and metric.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { APIKEY_CASES } from '../support/apikey-cases.ts';
import { BUILD_DIR, testPolicy } from '../support/policies.ts';
import { runInEnvoy, startSimGateway, type SimGateway } from '../support/scenario.ts';

const METRICS = [
  'portcullis.apikey.allowed',
  'portcullis.apikey.public',
  'portcullis.apikey.denied.missing_key',
  'portcullis.apikey.denied.unknown_key',
  'portcullis.apikey.denied.client_not_allowed',
  'portcullis.probe.requests',
];

describe('host-sim and Envoy agree (apikey + probe chain)', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  let sim: SimGateway;

  beforeAll(async () => {
    echo = await startEchoServer();
    const policy = testPolicy({ upstreamPort: echo.port, probe: true, hooks: true });
    gateway = await startGateway({ policy, buildDir: BUILD_DIR });
    sim = await startSimGateway(policy, BUILD_DIR);
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  it.each(APIKEY_CASES)('$name → $expectStatus', async (c) => {
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
    expect(envoyCounts['portcullis.apikey.allowed']).toBeGreaterThan(0);
    expect(envoyCounts['portcullis.apikey.denied.missing_key']).toBeGreaterThan(0);
  });
});

describe('host-sim and Envoy agree when a module traps (fail closed)', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  let sim: SimGateway;

  beforeAll(async () => {
    echo = await startEchoServer();
    const policy = testPolicy({ upstreamPort: echo.port, probe: true });
    gateway = await startGateway({ policy, buildDir: BUILD_DIR });
    sim = await startSimGateway(policy, BUILD_DIR);
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  const trap = { name: 'trap', method: 'GET', path: '/health', headers: [['x-probe-trap', '1']] as [string, string][] };
  const after = { name: 'after the trap', method: 'GET', path: '/health' };

  it('refuses the trapping request and every later one with 503', async () => {
    const first = [await runInEnvoy(gateway.baseUrl, trap), sim.run(trap)];
    const second = [await runInEnvoy(gateway.baseUrl, after), sim.run(after)];
    expect(first[0].status).toBe(503);
    expect(first[1]).toEqual(first[0]);
    expect(second[0].status).toBe(503);
    expect(second[1]).toEqual(second[0]);
  });
});
