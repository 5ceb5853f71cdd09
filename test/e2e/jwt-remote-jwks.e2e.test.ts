// Remote key sets in a real Envoy, served by a JWKS server the test controls: keys rotate without
// a restart, a cached set outlives an outage within its grace, and without any set the route's
// rule decides between 401 and failing open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { freePort } from '../../envoy/harness/ports.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { validatePolicy, type Policy } from '../../envoy/policy/index.ts';
import { httpRequest } from '../support/http.ts';
import { startJwksServer, type JwksServer } from '../support/jwks-server.ts';
import { jwksOf, newKey, sign, type TestKey } from '../support/jwt-keys.ts';
import { BUILD_DIR } from '../support/policies.ts';

const TTL_S = 2;
const REFETCH_S = 1;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Repeats `attempt` until `done` holds for its result (at most ~3 s), and returns that result. */
async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await attempt();
  for (let i = 0; i < 30 && !done(value); i++) {
    await sleep(100);
    value = await attempt();
  }
  return value;
}

function remotePolicy(upstreamPort: number, liveUrl: string, deadUrl: string): Policy {
  const provider = (name: string, url: string) => ({
    name,
    issuer: `https://${name}.test`,
    audiences: [],
    keys: { remote: { url, timeout_ms: 1000, ttl_s: TTL_S, grace_s: 60, refetch_min_interval_s: REFETCH_S } },
  });
  return validatePolicy(
    {
      version: 1,
      listener: { port: 0 },
      upstream: { address: '127.0.0.1', port: upstreamPort },
      routes: [
        { name: 'live', match: { prefix: '/live' }, jwt: { requires: { provider: 'live' } } },
        { name: 'dead-open', match: { prefix: '/dead-open' }, jwt: { requires: { provider: 'dead' }, fail_open_without_keys: true } },
        { name: 'dead', match: { prefix: '/dead' }, jwt: { requires: { provider: 'dead' } } },
      ],
      jwt: { providers: [provider('live', liveUrl), provider('dead', deadUrl)] },
    },
    'remote-jwks-policy',
  );
}

describe('remote JWKS in Envoy', () => {
  let echo: EchoServer;
  let jwks: JwksServer;
  let gateway: Gateway;
  let k1: TestKey;
  let k2: TestKey;
  const call = async (path: string, key: TestKey, issuer = 'https://live.test') =>
    httpRequest(gateway.baseUrl + path, { headers: { authorization: `Bearer ${await sign(key, { iss: issuer, sub: 'alice' })}` } });

  beforeAll(async () => {
    [k1, k2] = await Promise.all([newKey('k1'), newKey('k2', 'ES256')]);
    echo = await startEchoServer();
    jwks = await startJwksServer({ jwks: jwksOf(k1) });
    // Nothing listens there: the IdP of the "dead" provider is down from the start.
    const deadUrl = `http://127.0.0.1:${await freePort('127.0.0.1')}/jwks.json`;
    gateway = await startGateway({ policy: remotePolicy(echo.port, jwks.url, deadUrl), buildDir: BUILD_DIR });
  });
  afterAll(async () => {
    await gateway?.stop();
    await jwks?.close();
    await echo?.close();
  });

  it('fetches the key set on first use and reuses it', async () => {
    expect((await call('/live', k1)).status).toBe(200);
    expect((await call('/live', k1)).status).toBe(200);
    expect(jwks.fetches).toBe(1);
  });

  it('picks up a new key at once and drops a removed one, without a restart', async () => {
    jwks.serve(jwksOf(k1, k2));
    // An unknown kid triggers a refetch once refetch_min_interval_s has passed.
    await sleep(REFETCH_S * 1000 + 100);
    expect((await call('/live', k2)).status).toBe(200);
    expect(jwks.fetches).toBe(2);

    jwks.serve(jwksOf(k2));
    await sleep(TTL_S * 1000);
    // The refresh runs once the ttl is over, in the background: poll for its effect.
    const refused = await eventually(() => call('/live', k1), (res) => res.status !== 200);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body).detail).toBe("Jwks doesn't have key to match kid or alg from Jwt");
    expect((await call('/live', k2)).status).toBe(200);
  });

  it('keeps using a cached key set within its grace while the server is down', async () => {
    await jwks.down();
    try {
      await sleep(TTL_S * 1000 + 300);
      expect((await call('/live', k2)).status).toBe(200);
      expect((await call('/live', k2)).status).toBe(200);
    } finally {
      await jwks.up();
    }
  });

  it('refuses with "Jwks remote fetch failed" without any key set, or fails open where the route says so', async () => {
    const res = await call('/dead/x', k1, 'https://dead.test');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="portcullis", error="invalid_token", error_description="Jwks remote fetch failed"');
    expect((await call('/dead-open/x', k1, 'https://dead.test')).status).toBe(200);
    const stats = await gateway.stats();
    expect(stats['wasmcustom.portcullis.jwt.jwks.fetch_failed']).toBeGreaterThan(0);
    expect(stats['wasmcustom.portcullis.jwt.fail_open']).toBeGreaterThan(0);
  });
});
