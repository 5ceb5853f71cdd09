// The token set both hosts (and Envoy's native jwt_authn) must agree on, each with the status a
// user expects, so that agreeing on a wrong answer still fails. Tokens are minted per run: their
// times are relative to now.
import { AUDIENCE, ISSUER } from './jwt-policies.ts';
import { newKey, now, sign, unsecured, withForeignSignature, type TestKey } from './jwt-keys.ts';
import type { ScenarioRequest } from './scenario.ts';

export interface JwtCase extends ScenarioRequest {
  expectStatus: number;
  /** Envoy's native jwt_authn has no equivalent (scopes, claim checks). */
  wasmOnly?: boolean;
  /** Where jwt_authn deliberately answers otherwise (see envoy/README.md). */
  nativeStatus?: number;
}

export async function jwtCases(trusted: TestKey): Promise<JwtCase[]> {
  const stranger = await newKey('stranger', trusted.alg as 'RS256');
  const impostor = await newKey(trusted.kid, trusted.alg as 'RS256');
  const base = { iss: ISSUER, aud: AUDIENCE, sub: 'alice' };
  const t = now();
  const valid = await sign(trusted, base);
  const bearer = (token: string): [string, string][] => [['authorization', `Bearer ${token}`]];
  const at = (name: string, headers: [string, string][], expectStatus: number, path = '/api/items', extra: Partial<JwtCase> = {}): JwtCase => ({
    name,
    method: 'GET',
    path,
    headers,
    expectStatus,
    ...extra,
  });
  return [
    at('valid token', bearer(valid), 200),
    at('valid token with forged identity headers', [...bearer(valid), ['x-jwt-sub', 'mallory'], ['x-portcullis-subject', 'root']], 200),
    at('expired', bearer(await sign(trusted, { ...base, iat: t - 7200, exp: t - 3600 })), 401),
    at('expired, but within the clock skew', bearer(await sign(trusted, { ...base, iat: t - 600, exp: t - 20 })), 200),
    at('not valid before the future', bearer(await sign(trusted, { ...base, nbf: t + 3600 })), 401),
    // jwt_authn answers 403 here; RFC 6750 §3.1 makes every invalid token a 401, as we do.
    at('wrong audience', bearer(await sign(trusted, { ...base, aud: 'billing-api' })), 401, '/api/items', { nativeStatus: 403 }),
    at('audience list with ours', bearer(await sign(trusted, { ...base, aud: ['billing-api', AUDIENCE] })), 200),
    at('wrong issuer', bearer(await sign(trusted, { ...base, iss: 'https://evil.example' })), 401),
    at('signature of another key', bearer(withForeignSignature(valid, await sign(stranger, base))), 401),
    at('same kid, other key', bearer(await sign(impostor, base)), 401),
    at('alg none', bearer(unsecured({ ...base, exp: t + 600 })), 401),
    at('unknown kid', bearer(await sign(stranger, base)), 401),
    at('missing token', [], 401),
    at('not a JWT', bearer('abc.def'), 401),
    at('garbage header', bearer(`${Buffer.from('{"alg":').toString('base64url')}.e30.c2ln`), 401),
    at('no exp', bearer(await sign(trusted, { ...base, exp: undefined })), 401),
    at('token in the query string', [], 200, `/api/items?x=1&access_token=${valid}`),
    at('public route without a token', [], 200, '/public/x'),
    at('allow_missing route without a token', [], 200, '/soft/x'),
    at('allow_missing route with a bad token', bearer('abc.def'), 401, '/soft/x'),
    at('scope present', bearer(await sign(trusted, { ...base, scope: 'orders:read profile' })), 200, '/orders/1', { wasmOnly: true }),
    at('scope missing', bearer(await sign(trusted, { ...base, scope: 'profile' })), 403, '/orders/1', { wasmOnly: true }),
    at('claim matches', bearer(await sign(trusted, { ...base, tenant: 'acme' })), 200, '/tenant/1', { wasmOnly: true }),
    at('claim differs', bearer(await sign(trusted, { ...base, tenant: 'globex' })), 403, '/tenant/1', { wasmOnly: true }),
    at('unmatched path with a valid token', bearer(valid), 404, '/nowhere'),
  ];
}
