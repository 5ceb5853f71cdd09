// The jwt section as a policy author meets it: what is accepted, the defaults filled in, and
// every refusal naming the file, the path and what was expected.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyError, parsePolicy, type LoadOptions } from '../../envoy/policy/index.ts';
import { CONTRACT_JWT_POLICY, EC_KEY, JWKS, ROOT_ROUTE, header, inlinePolicy } from './fixtures/jwt-policies.ts';

const ENV = { PORTCULLIS_TEST_SECRET: 's3cr3t' };

function issuesOf(text: string, options: LoadOptions = { env: ENV }): string[] {
  try {
    parsePolicy(text, 'p.yaml', options);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return (err as PolicyError).issues.map((i) => `${i.line}:${i.col} ${i.path}: ${i.message}`);
  }
  throw new Error('expected the policy to be rejected');
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'portcullis-jwt-policy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jwt policy section', () => {
  it('accepts the contract example and fills safe defaults', () => {
    const policy = parsePolicy(CONTRACT_JWT_POLICY, 'c.yaml', { env: ENV });
    expect(policy.jwt!.introspection[0]).toMatchObject({ client_secret: 's3cr3t', timeout_ms: 2000, cache_max_s: 300, forward: false });
    const minimal = parsePolicy(inlinePolicy(ROOT_ROUTE), 'm.yaml').jwt!.providers[0];
    expect(minimal).toMatchObject({
      algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'],
      clock_skew_s: 60,
      require_exp: true,
      max_lifetime_s: 0,
      required_claims: {},
      from: [{ header: 'authorization', prefix: 'Bearer ' }],
      forward: false,
      claims_to_headers: [],
    });
    const remote = parsePolicy(`${header}routes:\n${ROOT_ROUTE}\njwt:\n  providers:\n    - { name: r, issuer: i, audiences: [], keys: { remote: { url: "http://127.0.0.1:1/k" } } }\n`, 'r.yaml');
    expect(remote.jwt!.providers[0].keys).toEqual({ remote: { url: 'http://127.0.0.1:1/k', timeout_ms: 2000, ttl_s: 600, grace_s: 3600, refetch_min_interval_s: 30 } });
    expect(remote.jwt!.cache).toEqual({ max_entries: 4096 });
  });

  it('names the path and what was expected for shape errors', () => {
    const text = inlinePolicy('  - { name: api, match: { prefix: / }, jwt: { requires: { provider: corp, scope: [x] } } }', '      algorithms: [RS256, none]\n      clock_skew_s: -1\n');
    expect(issuesOf(text)).toEqual([
      '5:75 routes[0].jwt.requires.scope: unknown field "scope"; expected one of: provider, scopes, claims, any, all, peer',
      '12:27 jwt.providers[0].algorithms[1]: expected one of: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, EdDSA, HS256, HS384, HS512; got "none"',
      '13:21 jwt.providers[0].clock_skew_s: expected a number in the range 0..600 (seconds of leeway on exp and nbf); got -1',
    ]);
    expect(issuesOf(inlinePolicy(ROOT_ROUTE).replace('keys: { inline', 'keys: { env: X, inline'))[0]).toMatch(/jwt\.providers\[0\]\.keys: expected exactly one of: inline, env, remote$/);
  });

  it('refuses inline client secrets and reads them from the environment', () => {
    expect(issuesOf(CONTRACT_JWT_POLICY.replace('client_secret_env: PORTCULLIS_TEST_SECRET', 'client_secret_env: PORTCULLIS_TEST_SECRET\n      client_secret: hunter2'))).toEqual([
      '37:7 jwt.introspection[0].client_secret: secrets are not allowed in a policy: set `client_secret_env: NAME` and put the secret in that environment variable',
    ]);
    expect(issuesOf(CONTRACT_JWT_POLICY, { env: {} })).toEqual([
      '36:26 jwt.introspection[0].client_secret_env: the environment variable PORTCULLIS_TEST_SECRET is not set; it must hold the client secret',
    ]);
  });

  it('checks requirements against the providers', () => {
    const routes = [
      '  - { name: a, match: { prefix: /a }, jwt: { requires: { provider: nobody } } }',
      '  - { name: b, match: { prefix: /b }, jwt: { requires: { any: [{ provider: corp }, { all: [{ provider: ghost }] }] } } }',
      '  - { name: c, match: { prefix: /c }, jwt: { requires: { provider: corp, any: [{ provider: corp }] } } }',
      '  - { name: d, match: { prefix: /d }, jwt: { requires: { any: [{ provider: corp }], scopes: [x] } } }',
      ROOT_ROUTE,
    ].join('\n');
    expect(issuesOf(inlinePolicy(routes))).toEqual([
      '5:68 routes[0].jwt.requires.provider: unknown provider "nobody"; providers: corp',
      '6:104 routes[1].jwt.requires.any[1].all[0].provider: unknown provider "ghost"; providers: corp',
      '7:56 routes[2].jwt.requires: expected exactly one of: provider, any, all, peer',
      '8:93 routes[3].jwt.requires.scopes: scopes apply to a provider requirement: move them next to "provider"',
    ]);
  });

  it('refuses contradictory route settings', () => {
    const routes = [
      '  - { name: a, match: { prefix: /a }, jwt: { public: true, allow_missing: true } }',
      '  - { name: b, match: { prefix: /b }, jwt: { allow_missing: true, allow_missing_or_failed: true } }',
      '  - { name: c, match: { prefix: /c }, methods: [GET], jwt: { cors_preflight: true } }',
      ROOT_ROUTE,
    ].join('\n');
    expect(issuesOf(inlinePolicy(routes))).toEqual([
      '5:44 routes[0].jwt: a public route needs no token, so allow_missing would have no effect: remove it or public',
      '6:44 routes[1].jwt: allow_missing_or_failed already lets requests without a token through: set only one of allow_missing, allow_missing_or_failed',
      '7:78 routes[2].jwt.cors_preflight: a CORS preflight is an OPTIONS request, which this route does not match: add OPTIONS to the route\'s methods or remove cors_preflight',
    ]);
    expect(issuesOf(`${header}routes:\n  - { name: a, match: { prefix: / }, jwt: { public: true } }\n`)).toEqual(['5:43 routes[0].jwt: per-route jwt settings need the top-level jwt section']);
  });

  it('never fetches a shared secret, and fetches keys over TLS unless on loopback', () => {
    const text = `${header}routes:\n${ROOT_ROUTE}\njwt:\n  providers:
    - { name: a, issuer: i, audiences: [], algorithms: [RS256, HS256], keys: { remote: { url: "https://idp.example.com/k" } } }
    - { name: b, issuer: i, audiences: [], keys: { remote: { url: "http://idp.example.com/k" } } }
    - { name: c, issuer: i, audiences: [], keys: { remote: { url: "http://localhost:8/k", ca_file: /etc/ca.pem } } }
    - { name: a, issuer: i, audiences: [], keys: { remote: { url: "https://u:p@idp.example.com/k" } } }
`;
    expect(issuesOf(text)).toEqual([
      '8:64 jwt.providers[0].algorithms[1]: HS256 uses a shared secret, which must not be fetched from a URL (anyone who can answer that URL could mint tokens); use an asymmetric algorithm, or keys: { inline: <file> } / { env: NAME } for the secret',
      '9:67 jwt.providers[1].keys.remote.url: plain http to idp.example.com would let anyone on the path read or replace the key set; use https (http is accepted only for loopback addresses)',
      '10:100 jwt.providers[2].keys.remote.ca_file: ca_file applies to https URLs only',
      '11:15 jwt.providers[3].name: duplicate provider name "a" (also jwt.providers[0]); requirements name providers, so names must be unique',
      '11:67 jwt.providers[3].keys.remote.url: credentials in the URL would be logged and sent in clear; remove them',
    ]);
  });

  it('keeps shared secrets and private keys out of the policy text', () => {
    const secret = { kty: 'oct', kid: 'h', k: Buffer.alloc(32, 7).toString('base64url') };
    const hs = inlinePolicy(ROOT_ROUTE, '      algorithms: [HS256]\n').replace(JSON.stringify(JWKS), JSON.stringify({ keys: [secret] }));
    expect(issuesOf(hs)[0]).toMatch(/^11:\d+ jwt\.providers\[0\]\.keys\.inline\.keys\[0\]\.k: a shared secret \(kty "oct"\) must not be written in the policy: put the key set in a file/);

    const file = join(dir, 'hs.json');
    writeFileSync(file, JSON.stringify({ keys: [secret] }));
    const fromFile = parsePolicy(hs.replace(JSON.stringify({ keys: [secret] }), JSON.stringify('hs.json')), join(dir, 'policy.yaml'));
    expect(fromFile.jwt!.providers[0].keys).toEqual({ inline: { keys: [secret] } });
    const fromEnv = parsePolicy(hs.replace(`inline: ${JSON.stringify({ keys: [secret] })}`, 'env: HS_JWKS'), 'e.yaml', { env: { HS_JWKS: JSON.stringify({ keys: [secret] }) } });
    expect(fromEnv.jwt!.providers[0].keys).toEqual({ inline: { keys: [secret] } });
    expect(issuesOf(hs.replace(`inline: ${JSON.stringify({ keys: [secret] })}`, 'env: HS_JWKS'), { env: {} })[0]).toMatch(/keys\.env: the environment variable HS_JWKS is not set/);

    const short = { keys: [{ ...secret, k: 'c2hvcnQ' }] };
    writeFileSync(file, JSON.stringify(short));
    expect(issuesOf(hs.replace(JSON.stringify({ keys: [secret] }), JSON.stringify(file)))[0]).toContain(`jwt.providers[0].keys.inline: in ${file}: keys[0].k: the secret is 5 bytes; HMAC keys need at least 32 random bytes`);

    const priv = inlinePolicy(ROOT_ROUTE).replace(JSON.stringify(JWKS), JSON.stringify({ keys: [{ ...EC_KEY, d: 'AAAA' }] }));
    expect(issuesOf(priv)[0]).toMatch(/keys\.inline\.keys\[0\]\.d: this is a private key \(it has d\): the gateway needs only the public key/);
  });

  it('refuses keys no allowed algorithm can use, weak keys and ambiguous kids', () => {
    const rs = inlinePolicy(ROOT_ROUTE, '      algorithms: [RS256]\n');
    expect(issuesOf(rs)[0]).toMatch(/keys\.inline\.keys\[0\]\.alg: alg ES256 is not among the provider's algorithms \(RS256\): the key could never be used$/);
    const twice = inlinePolicy(ROOT_ROUTE).replace(JSON.stringify(JWKS), JSON.stringify({ keys: [EC_KEY, EC_KEY] }));
    expect(issuesOf(twice)[0]).toMatch(/keys\.inline\.keys\[1\]\.kid: duplicate kid "corp-1" \(also keys\[0\]\)/);
    const broken = inlinePolicy(ROOT_ROUTE).replace(JSON.stringify(JWKS), JSON.stringify({ keys: [{ ...EC_KEY, x: 'AAAA' }] }));
    expect(issuesOf(broken)[0]).toMatch(/keys\.inline\.keys\[0\]: not a valid EC public key/);
    expect(issuesOf(inlinePolicy(ROOT_ROUTE).replace(JSON.stringify(JWKS), JSON.stringify(join(dir, 'missing.json'))))[0]).toContain(`cannot read the key set ${join(dir, 'missing.json')}: no such file`);
  });

  it('keeps headers the filter writes dedicated', () => {
    const text = inlinePolicy(ROOT_ROUTE, '      claims_to_headers: [{ claim: sub, header: authorization }, { claim: a, header: x-a }, { claim: b, header: x-a }]\n      payload_header: x-portcullis-client\n', '  identity_header: x-token\n').replace(
      'keys: {',
      'from: [{ header: x-token }, { query: t, prefix: "B " }]\n      keys: {',
    );
    expect(issuesOf(text.replace('routes:', 'apikey: { keys: [{ client: c, sha256: "' + 'a'.repeat(64) + '" }], forward_header: x-portcullis-client }\nroutes:'))).toEqual([
      expect.stringMatching(/jwt\.providers\[0\]\.from\[1\]\.prefix: a prefix applies to a header source only$/),
      expect.stringMatching(/jwt\.providers\[0\]\.claims_to_headers\[0\]\.header: "authorization" is a standard header; choose a dedicated one such as x-jwt-claim$/),
      expect.stringMatching(/jwt\.providers\[0\]\.claims_to_headers\[2\]\.header: "x-a" is also jwt\.providers\[0\]\.claims_to_headers\[1\]: one header would carry two claims$/),
      expect.stringMatching(/jwt\.providers\[0\]\.payload_header: "x-portcullis-client" is also apikey\.forward_header: two filters would write the same header$/),
      expect.stringMatching(/jwt\.identity_header: "x-token" is also jwt\.providers\[0\]\.from\[0\]: the subject would be read back as a credential$/),
    ]);
  });
});
