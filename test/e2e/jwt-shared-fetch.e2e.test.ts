// Two Envoy workers, one remote key set: a burst of requests spread over both workers makes the
// JWKS server see exactly one fetch (the workers share it through shared data and a lease).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { httpRequest } from '../support/http.ts';
import { startJwksServer, type JwksServer } from '../support/jwks-server.ts';
import { jwksOf, newKey, sign, type TestKey } from '../support/jwt-keys.ts';
import { AUDIENCE, ISSUER, jwtTestPolicy } from '../support/jwt-policies.ts';
import { BUILD_DIR } from '../support/policies.ts';

const REQUESTS = 24;

describe('remote JWKS shared by two Envoy workers', () => {
  let echo: EchoServer;
  let jwks: JwksServer;
  let gateway: Gateway;
  let key: TestKey;

  beforeAll(async () => {
    key = await newKey('shared-1');
    echo = await startEchoServer();
    jwks = await startJwksServer({ jwks: jwksOf(key) });
    const policy = jwtTestPolicy({ upstreamPort: echo.port, keys: { remote: { url: jwks.url, ttl_s: 600 } } });
    gateway = await startGateway({ policy, buildDir: BUILD_DIR, concurrency: 2 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await jwks?.close();
    await echo?.close();
  });

  it('fetches once for a burst of parallel requests across both workers', async () => {
    const token = await sign(key, { iss: ISSUER, aud: AUDIENCE, sub: 'alice' });
    // A new connection per request (httpRequest uses no agent), so Envoy spreads them over its workers.
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, () => httpRequest(`${gateway.baseUrl}/api/x`, { headers: { authorization: `Bearer ${token}` } })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(REQUESTS).fill(200));
    expect(jwks.fetches).toBe(1);

    const stats = await gateway.stats();
    const perWorker = [0, 1].map((w) => stats[`listener.127.0.0.1_${gateway.listenerPort}.worker_${w}.downstream_cx_total`] ?? 0);
    // Only meaningful if both workers really took requests.
    expect(perWorker[0], 'connections on worker 0').toBeGreaterThan(0);
    expect(perWorker[1], 'connections on worker 1').toBeGreaterThan(0);
  });
});
