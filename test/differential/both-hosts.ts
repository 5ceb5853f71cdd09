// The two hosts a differential suite compares, for one policy: an echo backend, a real Envoy
// gateway and host-sim running the same filter chain, started before the enclosing describe's
// tests and stopped after them.
import { afterAll, beforeAll, expect } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import type { Policy } from '../../envoy/policy/index.ts';
import type { Host } from '../../host-sim/index.ts';
import { BUILD_DIR } from '../support/policies.ts';
import { runInEnvoy, startSimGateway, type ScenarioRequest, type SimGateway } from '../support/scenario.ts';

export interface BothHosts {
  readonly gateway: Gateway;
  readonly sim: SimGateway;
  /** Runs `c` on both: Envoy must answer `c.expectStatus` and host-sim exactly what Envoy did. */
  agree(c: ScenarioRequest & { expectStatus: number }): Promise<void>;
  /** Each metric's count in Envoy and in host-sim (0 when never incremented). */
  counts(metrics: string[]): Promise<{ envoy: Record<string, number>; sim: Record<string, number> }>;
}

/** `policyFor` gets the echo backend's port; `host` replaces host-sim's default (fail closed). */
export function bothHosts(policyFor: (upstreamPort: number) => Policy, host?: () => Host): BothHosts {
  let echo: EchoServer;
  let gateway: Gateway;
  let sim: SimGateway;

  beforeAll(async () => {
    echo = await startEchoServer();
    const policy = policyFor(echo.port);
    gateway = await startGateway({ policy, buildDir: BUILD_DIR });
    sim = await startSimGateway(policy, BUILD_DIR, host?.());
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  return {
    get gateway() {
      return gateway;
    },
    get sim() {
      return sim;
    },
    async agree(c) {
      const inEnvoy = await runInEnvoy(gateway.baseUrl, c);
      const inSim = sim.run(c);
      expect(inEnvoy.status, 'Envoy status').toBe(c.expectStatus);
      expect(inSim).toEqual(inEnvoy);
    },
    async counts(metrics) {
      const stats = await gateway.stats();
      return {
        envoy: Object.fromEntries(metrics.map((m) => [m, stats[`wasmcustom.${m}`] ?? 0])),
        sim: Object.fromEntries(metrics.map((m) => [m, sim.host.metric(m) ?? 0])),
      };
    },
  };
}
