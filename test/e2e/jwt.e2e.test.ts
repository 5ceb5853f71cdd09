// The jwt filter in a real Envoy with an inline key set: the challenges a client sees, what
// reaches the backend (claims as headers, the token gone, forged identity headers stripped), the
// identity later filters receive, and the stats Envoy reports.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { httpRequest } from '../support/http.ts';
import { jwksOf, newKey, now, sign, type TestKey } from '../support/jwt-keys.ts';
import { AUDIENCE, ISSUER, jwtTestPolicy } from '../support/jwt-policies.ts';
import { BUILD_DIR } from '../support/policies.ts';

interface Echo {
  path: string;
  headers: Record<string, string | string[]>;
}

describe('jwt in Envoy', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  let key: TestKey;
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => httpRequest(gateway.baseUrl + path, { method, headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const token = (claims: Record<string, unknown> = {}) => sign(key, { iss: ISSUER, aud: AUDIENCE, sub: 'alice', ...claims });

  beforeAll(async () => {
    key = await newKey('corp-1', 'ES256');
    echo = await startEchoServer();
    gateway = await startGateway({ policy: jwtTestPolicy({ upstreamPort: echo.port, keys: { inline: jwksOf(key) }, probe: true }), buildDir: BUILD_DIR });
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  it('answers a missing token with a bare challenge and a problem document', async () => {
    const res = await get('/api/items');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="portcullis"');
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toEqual({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Jwt is missing' });
  });

  it('names the exact reason a token is refused', async () => {
    const cases: [string, string][] = [
      [await token({ exp: now() - 3600 }), 'Jwt is expired'],
      [await token({ aud: 'someone-else' }), 'Jwt audiences are not allowed'],
      [await token({ iss: 'https://evil.example' }), 'Jwt issuer is not configured'],
      ['not-a-jwt', 'Jwt is not in the form of Header.Payload.Signature'],
    ];
    for (const [jwt, reason] of cases) {
      const res = await get('/api/items', bearer(jwt));
      expect(res.status, reason).toBe(401);
      expect(res.headers['www-authenticate']).toBe(`Bearer realm="portcullis", error="invalid_token", error_description="${reason}"`);
      expect(JSON.parse(res.body).detail).toBe(reason);
    }
  });

  it('passes claims upstream as headers, removes the token and hands on the identity', async () => {
    const res = await get('/api/items?x=1', {
      ...bearer(await token({ org: { id: 'acme-42' } })),
      'x-jwt-sub': 'mallory',
      'x-portcullis-subject': 'root',
      'x-probe-identity': 'jwt:corp/root',
    });
    expect(res.status).toBe(200);
    const seen = JSON.parse(res.body) as Echo;
    expect(seen.headers['x-jwt-sub']).toBe('alice');
    expect(seen.headers['x-jwt-org']).toBe('acme-42');
    expect(seen.headers['x-portcullis-subject']).toBe('alice');
    expect(seen.headers.authorization).toBeUndefined();
    expect(seen.path).toBe('/api/items?x=1');
    // The probe reads the identity from filter state, which no client can write.
    expect(seen.headers['x-probe-identity']).toBe('jwt:corp/alice');
  });

  it('strips forged identity headers on routes that need no token', async () => {
    for (const path of ['/public/x', '/soft/x']) {
      const res = await get(path, { 'x-jwt-sub': 'mallory', 'x-jwt-org': 'evil', 'x-portcullis-subject': 'root' });
      expect(res.status, path).toBe(200);
      const seen = JSON.parse(res.body) as Echo;
      expect(seen.headers['x-jwt-sub'], path).toBeUndefined();
      expect(seen.headers['x-jwt-org'], path).toBeUndefined();
      expect(seen.headers['x-portcullis-subject'], path).toBeUndefined();
      expect(seen.headers['x-probe-identity'], path).toBe('none');
    }
  });

  it('answers a valid token without the scope with 403 insufficient_scope', async () => {
    const res = await get('/orders/7', bearer(await token({ scope: 'profile orders:write' })));
    expect(res.status).toBe(403);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="portcullis", error="insufficient_scope", error_description="Insufficient scope"');
    expect(JSON.parse(res.body)).toMatchObject({ title: 'Forbidden', status: 403, detail: 'Insufficient scope' });
    expect((await get('/orders/7', bearer(await token({ scope: 'profile orders:read' })))).status).toBe(200);
    expect((await get('/orders/7', bearer(await token({ scp: ['orders:read'] })))).status).toBe(200);
  });

  it('checks required claim values', async () => {
    expect((await get('/tenant/x', bearer(await token({ tenant: 'acme' })))).status).toBe(200);
    const res = await get('/tenant/x', bearer(await token({ tenant: 'globex' })));
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).detail).toBe('Required claim does not match');
  });

  it('reads the token from the query string and removes it there', async () => {
    const res = await get(`/api/items?a=1&access_token=${await token()}&b=2`);
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as Echo).path).toBe('/api/items?a=1&b=2');
  });

  it('reports verdicts as Envoy stats and never logs a token', async () => {
    const before = await gateway.stats();
    const secretToken = await token({ sub: 'carol' });
    await get('/api/items');
    await get('/api/items/logged-once', bearer(secretToken));
    const after = await gateway.stats();
    const delta = (name: string) => (after[`wasmcustom.${name}`] ?? 0) - (before[`wasmcustom.${name}`] ?? 0);
    expect(delta('portcullis.jwt.denied.jwt_is_missing')).toBe(1);
    expect(delta('portcullis.jwt.allowed')).toBe(1);
    // The access-log line first: a container's log stream lags behind the response.
    await vi.waitFor(() => expect(gateway.logs()).toContain('/api/items/logged-once'), { timeout: 20_000, interval: 50 });
    expect(gateway.logs()).not.toContain(secretToken.split('.')[2]);
  });
});
