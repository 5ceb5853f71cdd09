// Opaque tokens checked by RFC 7662 introspection in a real Envoy, against a local endpoint the
// test controls: an active token passes with its claims forwarded and its identity handed on,
// an inactive one is refused, answers are cached until exp or cache_max_s, and an endpoint that
// is down is "Token introspection failed".
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { validatePolicy, type Policy } from '../../envoy/policy/index.ts';
import { httpRequest } from '../support/http.ts';
import { startIntrospectionServer, type IntrospectionServer } from '../support/introspection-server.ts';
import { now } from '../support/jwt-keys.ts';
import { BUILD_DIR } from '../support/policies.ts';

// Characters that must be form-encoded inside the Basic credentials (RFC 6749 §2.3.1).
const CLIENT_ID = 'gateway:edge';
const CLIENT_SECRET = 's3cret w/ +&=:';
const SECRET_ENV = 'PORTCULLIS_TEST_INTROSPECTION_SECRET';
const CACHE_MAX_S = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const opaque = () => `opq_${randomBytes(18).toString('base64url')}`;

interface Echo {
  headers: Record<string, string>;
}

function introspectionPolicy(upstreamPort: number, url: string): Policy {
  return validatePolicy(
    {
      version: 1,
      listener: { port: 0 },
      upstream: { address: '127.0.0.1', port: upstreamPort },
      routes: [
        { name: 'orders', match: { prefix: '/orders' }, jwt: { requires: { provider: 'opaque', scopes: ['orders:read'] } } },
        { name: 'api', match: { prefix: '/api' }, jwt: { requires: { provider: 'opaque' } } },
      ],
      jwt: {
        introspection: [
          {
            name: 'opaque',
            url,
            client_id: CLIENT_ID,
            client_secret_env: SECRET_ENV,
            timeout_ms: 1000,
            cache_max_s: CACHE_MAX_S,
            claims_to_headers: [{ claim: 'sub', header: 'x-token-sub' }, { claim: 'scope', header: 'x-token-scope' }],
          },
        ],
        identity_header: 'x-portcullis-subject',
      },
      extra_filters: [{ name: 'probe', module: 'fixtures/probe.wasm' }],
      failure_policy: 'fail_closed',
    },
    'introspection-policy',
    { env: { [SECRET_ENV]: CLIENT_SECRET } },
  );
}

describe('token introspection in Envoy', () => {
  let echo: EchoServer;
  let idp: IntrospectionServer;
  let gateway: Gateway;
  const call = (path: string, token: string, headers: Record<string, string> = {}) =>
    httpRequest(gateway.baseUrl + path, { headers: { authorization: `Bearer ${token}`, ...headers } });
  const detail = (body: string) => (JSON.parse(body) as { detail: string }).detail;

  beforeAll(async () => {
    echo = await startEchoServer();
    idp = await startIntrospectionServer({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    gateway = await startGateway({ policy: introspectionPolicy(echo.port, idp.url), buildDir: BUILD_DIR });
  });
  afterAll(async () => {
    await gateway?.stop();
    await idp?.close();
    await echo?.close();
  });

  it('passes an active token with its claims forwarded, the token removed and the identity handed on', async () => {
    const token = opaque();
    idp.activate(token, { sub: 'alice', scope: 'orders:read profile', client_id: 'web', exp: now() + 600 });
    const res = await call('/orders/7', token, { 'x-token-sub': 'mallory', 'x-portcullis-subject': 'root', 'x-probe-identity': 'jwt:opaque/root' });
    expect(res.status).toBe(200);
    const seen = (JSON.parse(res.body) as Echo).headers;
    expect(seen['x-token-sub']).toBe('alice');
    expect(seen['x-token-scope']).toBe('orders:read profile');
    expect(seen['x-portcullis-subject']).toBe('alice');
    expect(seen.authorization).toBeUndefined();
    // The probe reads the identity from filter state, which no client can write.
    expect(seen['x-probe-identity']).toBe('jwt:opaque/alice');
    // The endpoint saw the gateway's client credentials and a well-formed form body.
    expect(idp.refused).toEqual([]);
    expect(idp.calls.at(-1)).toEqual({ token, tokenTypeHint: 'access_token' });
  });

  it('refuses an inactive token with 401, and checks scopes on introspected claims', async () => {
    const res = await call('/api/x', opaque());
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="portcullis", error="invalid_token", error_description="Jwt verification fails"');
    expect(detail(res.body)).toBe('Jwt verification fails');

    const token = opaque();
    idp.activate(token, { sub: 'bob', scope: 'profile', exp: now() + 600 });
    const scoped = await call('/orders/7', token);
    expect(scoped.status).toBe(403);
    expect(detail(scoped.body)).toBe('Insufficient scope');
  });

  it('caches an active answer until cache_max_s, and never past the token exp', async () => {
    const longLived = opaque();
    idp.activate(longLived, { sub: 'carol', exp: now() + 600 });
    const cachedAt = Date.now();
    expect((await call('/api/x', longLived)).status).toBe(200);
    expect((await call('/api/y', longLived)).status).toBe(200);
    expect(idp.callsFor(longLived)).toBe(1);

    const shortLived = opaque();
    // exp is whole seconds: 2 leaves more than a second to be served and cached first.
    const exp = now() + 2;
    idp.activate(shortLived, { sub: 'dave', exp });
    expect((await call('/api/x', shortLived)).status).toBe(200);
    expect((await call('/api/y', shortLived)).status).toBe(200);
    expect(idp.callsFor(shortLived)).toBe(1);
    await sleep(exp * 1000 - Date.now() + 100);
    // Its exp has passed: the cached answer is gone, so the endpoint is asked again.
    await call('/api/x', shortLived);
    expect(idp.callsFor(shortLived)).toBe(2);

    await sleep(cachedAt + CACHE_MAX_S * 1000 + 200 - Date.now());
    expect((await call('/api/x', longLived)).status).toBe(200);
    expect(idp.callsFor(longLived)).toBe(2);
    expect(idp.refused).toEqual([]);
  });

  it('answers 401 "Token introspection failed" while the endpoint is down', async () => {
    await idp.down();
    try {
      const token = opaque();
      idp.activate(token, { sub: 'erin', exp: now() + 600 });
      const res = await call('/api/x', token);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="portcullis", error="invalid_token", error_description="Token introspection failed"');
      expect(detail(res.body)).toBe('Token introspection failed');
    } finally {
      await idp.up();
    }
    const stats = await gateway.stats();
    expect(stats['wasmcustom.portcullis.jwt.denied.token_introspection_failed']).toBeGreaterThan(0);
  });
});
