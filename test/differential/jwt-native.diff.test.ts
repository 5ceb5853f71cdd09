// Our jwt filter and Envoy's native jwt_authn, configured from the same policy (the native
// rendering), give the same status on every token both can judge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startLocalGateway, type LocalGateway } from '../../envoy/harness/local.ts';
import type { Policy } from '../../envoy/policy/index.ts';
import { renderNativeJwtAuthn, NATIVE_JWT_AUTHN_FILTER } from '../../envoy/render.ts';
import { jwtCases } from '../support/jwt-cases.ts';
import { jwksOf, newKey } from '../support/jwt-keys.ts';
import { jwtTestPolicy } from '../support/jwt-policies.ts';
import { BUILD_DIR } from '../support/policies.ts';
import { runInEnvoy } from '../support/scenario.ts';

const key = await newKey('corp-1');
const cases = (await jwtCases(key)).filter((c) => !c.wasmOnly);

/** Puts jwt_authn where the wasm jwt filter is, leaving the rest of the bootstrap as rendered. */
function withNativeJwtAuthn(policy: Policy) {
  return (bootstrap: Record<string, any>) => {
    const hcm = bootstrap.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
    hcm.http_filters = hcm.http_filters.map((f: any) => (f.typed_config?.config?.name === 'jwt' ? renderNativeJwtAuthn(policy) : f));
    return bootstrap;
  };
}

describe("our jwt filter and Envoy's jwt_authn agree on statuses", () => {
  let echo: EchoServer;
  let ours: LocalGateway;
  let native: LocalGateway;

  beforeAll(async () => {
    echo = await startEchoServer();
    const policy = jwtTestPolicy({ upstreamPort: echo.port, keys: { inline: jwksOf(key) }, nativeCompatible: true });
    [ours, native] = await Promise.all([
      startLocalGateway({ policy, buildDir: BUILD_DIR }),
      startLocalGateway({ policy, buildDir: BUILD_DIR, transformBootstrap: withNativeJwtAuthn(policy) }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([ours?.stop(), native?.stop()]);
    await echo?.close();
  });

  it.each(cases)('$name → $expectStatus', async (c) => {
    const [a, b] = await Promise.all([runInEnvoy(ours.baseUrl, c), runInEnvoy(native.baseUrl, c)]);
    expect(a.status, 'our filter').toBe(c.expectStatus);
    expect(b.status, 'jwt_authn').toBe(c.nativeStatus ?? c.expectStatus);
    if (a.upstream || b.upstream) expect(a.upstream?.headers['x-jwt-sub'], 'claim header').toBe(b.upstream?.headers['x-jwt-sub']);
  });

  it('really ran jwt_authn on the native side', async () => {
    const stats = await native.stats();
    expect(stats['http.portcullis.jwt_authn.allowed']).toBeGreaterThan(0);
    expect(stats['http.portcullis.jwt_authn.denied']).toBeGreaterThan(0);
    expect(native.logs()).not.toContain('portcullis_jwt_');
    expect(NATIVE_JWT_AUTHN_FILTER).toBe('envoy.filters.http.jwt_authn');
  });
});
