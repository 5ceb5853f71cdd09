import { createHmac, createPublicKey, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Host, type Vm } from '../../host-sim/index.ts';
import {
  AUDIENCE, ISSUER, bearer, claims, config, inlineProvider, insufficientScope, invalidToken, jwtModule, nowS, send, snake, startJwt,
} from '../fixtures/jwt/harness.ts';
import { b64url, makeKey, mint, rawToken, type SigningAlg, type TestKey } from '../fixtures/jwt/tokens.ts';

const ALGS: SigningAlg[] = ['RS256', 'RS384', 'PS256', 'PS512', 'ES256', 'ES384', 'EdDSA', 'HS256', 'HS512'];
const keys = new Map<SigningAlg, TestKey>();
let rs: TestKey;
let hs: TestKey;
let attacker: TestKey;

beforeAll(async () => {
  await jwtModule();
  for (const alg of ALGS) keys.set(alg, await makeKey(alg, `key-${alg.toLowerCase()}`));
  rs = keys.get('RS256')!;
  hs = keys.get('HS256')!;
  attacker = await makeKey('RS256', 'key-rs256');
});

function expectDenied(vm: Vm, result: ReturnType<typeof send>, description: string, status = 401) {
  const reply = result.stream.localResponse;
  expect(reply?.status, `expected ${status} "${description}"`).toBe(status);
  const challenge = status === 403 ? insufficientScope(description) : invalidToken(description);
  expect(reply?.headers).toContainEqual(['www-authenticate', challenge]);
  expect(reply?.headers).toContainEqual(['content-type', 'application/problem+json']);
  expect(JSON.parse(reply!.bodyText)).toEqual({ type: 'about:blank', title: status === 403 ? 'Forbidden' : 'Unauthorized', status, detail: description });
  expect(reply?.details).toBe(`portcullis_jwt_${snake(description)}`);
  expect(vm.counter(`portcullis.jwt.denied.${snake(description)}`)).toBeGreaterThan(0);
}

async function corp(overrides: Record<string, unknown> = {}, rootOverrides: Record<string, unknown> = {}) {
  return startJwt(config([inlineProvider([...keys.values()], overrides)], rootOverrides));
}

describe('jwt: valid tokens', () => {
  test.each(ALGS)('%s is verified; identity and allowed counter set', async (alg) => {
    const { host, vm } = await corp();
    const token = await mint(keys.get(alg)!, claims(host));
    const { stream, action } = send(vm, '/orders', bearer(token));
    expect(stream.localResponse).toBeUndefined();
    expect(action).toBe('Continue');
    expect(stream.property('portcullis.identity')).toBe('jwt:corp/alice');
    expect(stream.requestHeader('authorization')).toBeUndefined(); // forward: false
    expect(vm.counter('portcullis.jwt.allowed')).toBe(1);
  });

  test('publish_identity: false admits the same request without setting the identity property', async () => {
    const { host, vm } = await corp({}, { publish_identity: false });
    const { stream, action } = send(vm, '/orders', bearer(await mint(rs, claims(host))));
    expect(action).toBe('Continue');
    expect(stream.property('portcullis.identity')).toBeUndefined();
    expect(vm.counter('portcullis.jwt.allowed')).toBe(1);
  });

  test('a token without kid is tried against the keys fitting its alg', async () => {
    const { host, vm } = await corp();
    expect(send(vm, '/orders', bearer(await mint(keys.get('ES256')!, claims(host), { noKid: true }))).action).toBe('Continue');
  });

  test('aud may be an array; iat within the clock skew is accepted', async () => {
    const { host, vm } = await corp();
    const token = await mint(rs, claims(host, { aud: ['other', AUDIENCE], iat: nowS(host) + 30 }));
    expect(send(vm, '/orders', bearer(token)).action).toBe('Continue');
  });

  test('an expired token is still accepted within the clock skew', async () => {
    const { host, vm } = await corp({ clock_skew_s: 60 });
    const token = await mint(rs, claims(host, { iat: nowS(host) - 600, exp: nowS(host) - 30 }));
    expect(send(vm, '/orders', bearer(token)).action).toBe('Continue');
  });

  test('one oct key (longer than a hash block) serves HS256/384/512 token after token; a changed tag is refused', async () => {
    // The key schedule is prepared once per key and hash; every token must still get a fresh MAC.
    const secret = randomBytes(200);
    const jwk = { kty: 'oct', k: b64url(secret), kid: 'long-oct' };
    const { host, vm } = await startJwt(config([inlineProvider([], { algorithms: ['HS256', 'HS384', 'HS512'], keys: { inline: { keys: [jwk] } } })]));
    for (const [alg, hash] of [['HS256', 'sha256'], ['HS384', 'sha384'], ['HS512', 'sha512']] as const) {
      for (let i = 0; i < 3; i++) {
        const input = `${b64url(JSON.stringify({ alg, kid: 'long-oct' }))}.${b64url(JSON.stringify(claims(host, { jti: `${alg}-${i}` })))}`;
        const tag = createHmac(hash, secret).update(input).digest();
        expect(send(vm, '/orders', bearer(`${input}.${b64url(tag)}`)).action, `${alg} #${i}`).toBe('Continue');
        tag[i] ^= 1;
        expectDenied(vm, send(vm, '/orders', bearer(`${input}.${b64url(tag)}`)), 'Jwt verification fails');
      }
    }
  });

  test('headers are judged per token even when consecutive tokens share or nearly share one', async () => {
    const { host, vm } = await corp();
    const secret = hs.signing as Uint8Array;
    const good = '{"alg":"HS256","kid":"key-hs256"}';
    const token = (header: string, i: number) => rawToken(header, JSON.stringify(claims(host, { jti: `m${i}` })), secret);
    expect(send(vm, '/orders', bearer(token(good, 1))).action).toBe('Continue');
    expectDenied(vm, send(vm, '/orders', bearer(token('{"alg":"HS256","kid":"key-hs256","crit":["x"]}', 2))), 'Jwt has a critical header the filter does not understand');
    expect(send(vm, '/orders', bearer(token(good, 3))).action).toBe('Continue');
    expectDenied(vm, send(vm, '/orders', bearer(token('{"alg":"HS256","kid":"key-hs25"}', 4))), "Jwks doesn't have key to match kid or alg from Jwt");
    expectDenied(vm, send(vm, '/orders', bearer(token('{"alg":"HS256","kid":"key-hs256","kid":"x"}', 5))), 'Jwt header is an invalid JSON');
    expect(send(vm, '/orders', bearer(token(good, 6))).action).toBe('Continue');
    expect(send(vm, '/orders', bearer(token(good, 7))).action).toBe('Continue');
  });
});

describe('jwt: refused tokens', () => {
  test('no token: 401 with a bare challenge', async () => {
    const { vm } = await corp();
    const result = send(vm, '/orders', { 'x-request-id': 'req-1' });
    expect(result.stream.localResponse?.status).toBe(401);
    expect(result.stream.localResponse?.headers).toContainEqual(['www-authenticate', 'Bearer realm="portcullis"']);
    expect(result.stream.localResponse?.details).toBe('portcullis_jwt_jwt_is_missing');
    expect(vm.counter('portcullis.jwt.denied.jwt_is_missing')).toBe(1);
    expect(vm.logs).toContainEqual(expect.objectContaining({ level: 'info', message: 'jwt: denied request_id=req-1 reason=jwt_is_missing method=GET path=/orders' }));
  });

  test('a header with another scheme is not a token', async () => {
    const { vm } = await corp();
    expect(send(vm, '/orders', { authorization: 'Basic YTpi' }).stream.localResponse?.headers).toContainEqual(['www-authenticate', 'Bearer realm="portcullis"']);
  });

  test('expired, not yet valid, issued in the future', async () => {
    const { host, vm } = await corp();
    const now = nowS(host);
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { iat: now - 7200, exp: now - 61 })))), 'Jwt is expired');
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { nbf: now + 120 })))), 'Jwt not yet valid');
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { iat: now + 120, exp: now + 900 })))), 'Jwt not yet valid');
  });

  test('wrong audience, wrong or missing issuer', async () => {
    const { host, vm } = await corp();
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { aud: 'billing' })))), 'Jwt audiences are not allowed');
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { aud: undefined })))), 'Jwt audiences are not allowed');
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { iss: 'https://evil.example' })))), 'Jwt issuer is not configured');
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { iss: undefined })))), 'Jwt issuer is not configured');
  });

  test('exp is required by default; max_lifetime_s bounds exp - iat', async () => {
    const { host, vm } = await corp({ max_lifetime_s: 3600 });
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { exp: undefined })))), 'Jwt lifetime is too long');
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { exp: nowS(host) + 7200 })))), 'Jwt lifetime is too long');
    expect(send(vm, '/o', bearer(await mint(rs, claims(host, { exp: nowS(host) + 3600 })))).action).toBe('Continue');
    const relaxed = await corp({ require_exp: false });
    expect(send(relaxed.vm, '/o', bearer(await mint(rs, claims(host, { exp: undefined })))).action).toBe('Continue');
  });

  test('a bad signature fails verification', async () => {
    const { host, vm } = await corp();
    const token = await mint(rs, claims(host));
    const [h, p, s] = token.split('.');
    const flipped = `${h}.${p}.${s!.startsWith('A') ? 'B' : 'A'}${s!.slice(1)}`;
    expectDenied(vm, send(vm, '/o', bearer(flipped)), 'Jwt verification fails');
    // A payload swapped under a valid signature.
    const other = b64url(JSON.stringify(claims(host, { sub: 'admin' })));
    expectDenied(vm, send(vm, '/o', bearer(`${h}.${other}.${s}`)), 'Jwt verification fails');
  });

  test('an algorithm outside the allow-list is refused even with a valid signature', async () => {
    const { host, vm } = await startJwt(config([inlineProvider([rs, keys.get('ES256')!], { algorithms: ['RS256'] })]));
    expectDenied(vm, send(vm, '/o', bearer(await mint(keys.get('ES256')!, claims(host)))), 'Jwt header [alg] is not supported');
  });
});

describe('jwt: attack tokens', () => {
  test('alg none, in any spelling, is never accepted', async () => {
    const { host, vm } = await corp();
    const payload = JSON.stringify(claims(host));
    for (const alg of ['none', 'None', 'NONE', '']) {
      expectDenied(vm, send(vm, '/o', bearer(rawToken(JSON.stringify({ alg }), payload))), 'Jwt header [alg] is not supported');
    }
    expectDenied(vm, send(vm, '/o', bearer(`${b64url('{"alg":"none"}')}.${b64url(payload)}.`)), 'Jwt is not in the form of Header.Payload.Signature');
    expectDenied(vm, send(vm, '/o', bearer(rawToken('{"typ":"JWT"}', payload))), 'Jwt header [alg] is not supported');
  });

  test('alg confusion: HS256 signed with the RSA public key (PEM or JWK text) as the secret', async () => {
    const rsaNoAlg = await makeKey('RS256', 'rsa-open', { withAlg: false });
    const pem = createPublicKey({ key: rsaNoAlg.jwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string;
    const { host, vm } = await startJwt(config([inlineProvider([rsaNoAlg], { algorithms: ['RS256', 'HS256'] })]));
    const payload = JSON.stringify(claims(host));
    for (const secret of [Buffer.from(pem), Buffer.from(JSON.stringify(rsaNoAlg.jwk)), Buffer.from(rsaNoAlg.jwk.n!, 'base64url')]) {
      for (const header of ['{"alg":"HS256","kid":"rsa-open"}', '{"alg":"HS256"}']) {
        expectDenied(vm, send(vm, '/o', bearer(rawToken(header, payload, secret))), "Jwks doesn't have key to match kid or alg from Jwt");
      }
    }
    const strict = await startJwt(config([inlineProvider([rsaNoAlg], { algorithms: ['RS256'] })]));
    expectDenied(strict.vm, send(strict.vm, '/o', bearer(rawToken('{"alg":"HS256"}', payload, Buffer.from(pem)))), 'Jwt header [alg] is not supported');
  });

  test('a JWK whose alg differs from the token alg is not used (RS256 under a PS256 key)', async () => {
    const pinned = { ...rs, jwk: { ...rs.jwk, alg: 'PS256' } };
    const { host, vm } = await startJwt(config([inlineProvider([pinned], { algorithms: ['RS256', 'PS256'] })]));
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host)))), "Jwks doesn't have key to match kid or alg from Jwt");
  });

  test('kid tricks select nothing', async () => {
    const { host, vm } = await corp();
    for (const kid of ['../../etc/passwd', 'key-rs256\u0000', "' OR 1=1 --", 'k'.repeat(3000), '']) {
      const token = await mint(rs, claims(host), { header: { kid } });
      expectDenied(vm, send(vm, '/o', bearer(token)), "Jwks doesn't have key to match kid or alg from Jwt");
    }
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host), { header: { kid: 42 } }))), 'Jwt header is an invalid JSON');
  });

  test('keys embedded or referenced in the header (jwk, jku, x5u, x5c) are never used', async () => {
    const { host, vm } = await corp();
    const embedded = { ...attacker.jwk };
    for (const header of [{ jwk: embedded }, { jku: 'https://evil.example/jwks.json' }, { x5u: 'https://evil.example/cert.pem' }, { x5c: ['MIIB'] }]) {
      const token = await mint(attacker, claims(host), { header, noKid: true });
      expectDenied(vm, send(vm, '/o', bearer(token)), 'Jwt verification fails');
    }
  });

  test('unknown critical header parameters are refused', async () => {
    const { host, vm } = await corp();
    const payload = JSON.stringify(claims(host));
    for (const crit of ['["exp"]', '["b64"]', '[]', '"x"']) {
      const token = rawToken(`{"alg":"HS256","kid":"key-hs256","crit":${crit},"exp":1,"b64":true}`, payload, hs.signing as Uint8Array);
      expectDenied(vm, send(vm, '/o', bearer(token)), 'Jwt has a critical header the filter does not understand');
    }
  });

  test('base64url must be strict: padding, truncation, non-canonical bits, foreign alphabet', async () => {
    const { host, vm } = await corp();
    const token = await mint(hs, claims(host));
    const [h, p, s] = token.split('.') as [string, string, string];
    const bad = (t: string) => expectDenied(vm, send(vm, '/o', bearer(t)), 'Jwt is not in the form of Header.Payload.Signature');
    bad(`${h}.${p}.${s}=`); // padding
    bad(`${h}==.${p}.${s}`);
    bad(`${h}.${p}.${s}AA`); // 45 characters: no byte string has that length
    bad(`${h}.${p.slice(0, (p.length & ~3) + 1)}.${s}`); // length % 4 == 1
    bad(`${h}.${p.replace(/-/g, '+').replace(/_/g, '/')}+/.${s}`); // standard alphabet
    bad(`${h}.${p}.${s}.${s}`);
    bad(`${h}..${s}`);
    bad(`${h}.${p}`);
    // Non-canonical: the 32-byte MAC is 43 characters; its last one carries 2 unused bits.
    const last = s[s.length - 1]!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twisted = alphabet[alphabet.indexOf(last) | 1]!;
    bad(`${h}.${p}.${s.slice(0, -1)}${twisted}`);
  });

  test('oversized tokens are refused before any parsing', async () => {
    const { host, vm } = await corp();
    const token = await mint(hs, claims(host, { pad: 'x'.repeat(20_000) }));
    expectDenied(vm, send(vm, '/o', bearer(token)), 'Jwt is not in the form of Header.Payload.Signature');
  });

  test('header and payload must be JSON objects; duplicate keys and deep nesting are refused', async () => {
    const { host, vm } = await corp();
    const secret = hs.signing as Uint8Array;
    const good = JSON.stringify(claims(host));
    const header = '{"alg":"HS256","kid":"key-hs256"}';
    expectDenied(vm, send(vm, '/o', bearer(rawToken('not json', good, secret))), 'Jwt header is an invalid JSON');
    expectDenied(vm, send(vm, '/o', bearer(rawToken('["HS256"]', good, secret))), 'Jwt header is an invalid JSON');
    expectDenied(vm, send(vm, '/o', bearer(rawToken('{"alg":"HS256","alg":"none"}', good, secret))), 'Jwt header is an invalid JSON');
    expectDenied(vm, send(vm, '/o', bearer(rawToken(header, 'not json', secret))), 'Jwt payload is an invalid JSON');
    expectDenied(vm, send(vm, '/o', bearer(rawToken(header, '"a string"', secret))), 'Jwt payload is an invalid JSON');
    const duplicated = good.replace('"sub":"alice"', '"sub":"alice","sub":"admin"');
    expectDenied(vm, send(vm, '/o', bearer(rawToken(header, duplicated, secret))), 'Jwt payload is an invalid JSON');
    const deep = good.replace(/}$/, `,"x":${'['.repeat(40)}${']'.repeat(40)}}`);
    expectDenied(vm, send(vm, '/o', bearer(rawToken(header, deep, secret))), 'Jwt payload is an invalid JSON');
    expectDenied(vm, send(vm, '/o', bearer(rawToken(header, good.replace(/"exp":\d+/, '"exp":"never"'), secret))), 'Jwt payload is an invalid JSON');
    expect(send(vm, '/o', bearer(rawToken(header, good, secret))).action).toBe('Continue');
  });

  test('two tokens in the winning source are ambiguous', async () => {
    const { host, vm } = await corp();
    const token = await mint(rs, claims(host));
    const result = send(vm, '/o', [['authorization', `Bearer ${token}`], ['authorization', `Bearer ${token}`]]);
    expectDenied(vm, result, 'Jwt is not in the form of Header.Payload.Signature');
  });
});

describe('jwt: rules', () => {
  const rules = [
    { methods: ['OPTIONS'], prefix: '/', cors_preflight: true },
    { methods: [], prefix: '/public', requires: null },
    { methods: ['GET'], prefix: '/orders', requires: { provider: 'corp', scopes: ['orders:read'], claims: { tenant: ['acme'] } } },
    { methods: [], prefix: '/optional', requires: { provider: 'corp' }, allow_missing: true },
    { methods: [], prefix: '/lenient', requires: { provider: 'corp' }, allow_missing_or_failed: true },
    { methods: [], exact: '/either', requires: { any: [{ provider: 'corp' }, { provider: 'partner' }] } },
    { methods: [], exact: '/both', requires: { all: [{ provider: 'corp' }, { provider: 'partner' }] } },
    { methods: [], prefix: '/', requires: { provider: 'corp' } },
  ];
  let partnerKey: TestKey;
  let host: Host;
  let vm: Vm;
  beforeAll(async () => {
    partnerKey = await makeKey('ES256', 'partner-1');
    ({ host, vm } = await startJwt(config([
      inlineProvider([rs], { required_claims: { email_verified: [true] } }),
      inlineProvider([partnerKey], { name: 'partner', issuer: 'https://partner.example', audiences: [], from: [{ header: 'x-partner-token' }] }),
    ], { rules })));
  });
  const corpToken = (extra: Record<string, unknown> = {}) => mint(rs, claims(host, { email_verified: true, ...extra }));

  test('public routes need nothing; CORS preflights bypass, other OPTIONS do not', async () => {
    expect(send(vm, '/public/x').action).toBe('Continue');
    expect(send(vm, '/anything', { origin: 'https://app', 'access-control-request-method': 'POST' }, 'OPTIONS').action).toBe('Continue');
    expect(send(vm, '/anything', { origin: 'https://app' }, 'OPTIONS').stream.localResponse?.status).toBe(401);
    expect(send(vm, '/anything', {}, 'OPTIONS').stream.localResponse?.status).toBe(401);
  });

  test('rules match the normalized path: dot segments and escapes cannot reach a protected route through a public one', async () => {
    for (const path of ['/public/../orders', '/public/%2e%2e/orders', '//public/./../orders', '/public/..//orders?x=1']) {
      expect(send(vm, path).stream.localResponse?.status, path).toBe(401);
    }
    expect(send(vm, '/%70ublic/x').action).toBe('Continue');
  });

  test('scopes from `scope` or `scp`; missing scope is 403 insufficient_scope', async () => {
    expect(send(vm, '/orders', bearer(await corpToken({ scope: 'orders:write orders:read', tenant: 'acme' }))).action).toBe('Continue');
    expect(send(vm, '/orders', bearer(await corpToken({ scp: ['orders:read'], tenant: 'acme' }))).action).toBe('Continue');
    expectDenied(vm, send(vm, '/orders', bearer(await corpToken({ scope: 'orders:readx', tenant: 'acme' }))), 'Insufficient scope', 403);
    expectDenied(vm, send(vm, '/orders', bearer(await corpToken({ tenant: 'acme' }))), 'Insufficient scope', 403);
  });

  test('rule claims and provider required_claims must match', async () => {
    expectDenied(vm, send(vm, '/orders', bearer(await corpToken({ scope: 'orders:read', tenant: 'globex' }))), 'Required claim does not match', 403);
    expect(send(vm, '/orders', bearer(await corpToken({ scope: 'orders:read', tenant: ['globex', 'acme'] }))).action).toBe('Continue');
    expectDenied(vm, send(vm, '/x', bearer(await mint(rs, claims(host, { email_verified: 'true' })))), 'Required claim does not match', 403);
    expectDenied(vm, send(vm, '/x', bearer(await mint(rs, claims(host)))), 'Required claim does not match', 403);
  });

  test('allow_missing lets an absent token through but not a bad one', async () => {
    const missing = send(vm, '/optional');
    expect(missing.action).toBe('Continue');
    expect(missing.stream.property('portcullis.identity')).toBeUndefined();
    expectDenied(vm, send(vm, '/optional', bearer('a.b.c')), 'Jwt is not in the form of Header.Payload.Signature');
    expectDenied(vm, send(vm, '/optional', bearer(rawToken('{', '{}'))), 'Jwt header is an invalid JSON');
    expect(send(vm, '/optional', bearer(await corpToken())).stream.property('portcullis.identity')).toBe('jwt:corp/alice');
  });

  test('allow_missing_or_failed lets absent and bad tokens through without identity', async () => {
    expect(send(vm, '/lenient').action).toBe('Continue');
    const bad = send(vm, '/lenient', bearer(await corpToken({ exp: nowS(host) - 3600 })));
    expect(bad.action).toBe('Continue');
    expect(bad.stream.property('portcullis.identity')).toBeUndefined();
  });

  test('any: one provider suffices; all: every provider is needed', async () => {
    const partner = await mint(partnerKey, { iss: 'https://partner.example', sub: 'p1', exp: nowS(host) + 60 });
    const viaPartner = send(vm, '/either', { 'x-partner-token': partner });
    expect(viaPartner.action).toBe('Continue');
    expect(viaPartner.stream.property('portcullis.identity')).toBe('jwt:partner/p1');
    expect(send(vm, '/either', bearer(await corpToken())).action).toBe('Continue');
    expectDenied(vm, send(vm, '/either', { 'x-partner-token': 'garbage' }), 'Jwt is not in the form of Header.Payload.Signature');
    expect(send(vm, '/either').stream.localResponse?.headers).toContainEqual(['www-authenticate', 'Bearer realm="portcullis"']);

    const both = send(vm, '/both', { ...bearer(await corpToken()), 'x-partner-token': partner });
    expect(both.action).toBe('Continue');
    expect(both.stream.property('portcullis.identity')).toBe('jwt:corp/alice');
    expect(both.stream.requestHeader('x-partner-token')).toBeUndefined();
    expect(send(vm, '/both', bearer(await corpToken())).stream.localResponse?.status).toBe(401);
  });

  test('a partner token is refused by the corp provider: issuer picks the provider', async () => {
    const partner = await mint(partnerKey, { iss: 'https://partner.example', sub: 'p1', exp: nowS(host) + 60 });
    expectDenied(vm, send(vm, '/x', bearer(partner)), 'Jwt issuer is not configured');
  });
});

describe('jwt: token sources and forwarding', () => {
  test('header with custom prefix, query parameter and cookie; first present wins; stripped unless forwarded', async () => {
    const from = [{ header: 'x-token', prefix: 'Token ' }, { query: 'access_token' }, { cookie: 'jwt' }];
    const { host, vm } = await corp({ from });
    const token = await mint(rs, claims(host));
    const viaHeader = send(vm, '/o', { 'x-token': `token ${token}` });
    expect(viaHeader.action).toBe('Continue');
    expect(viaHeader.stream.requestHeader('x-token')).toBeUndefined();
    const viaQuery = send(vm, `/o?a=1&access_token=${token}&b=2`);
    expect(viaQuery.action).toBe('Continue');
    expect(viaQuery.stream.requestHeader(':path')).toBe('/o?a=1&b=2');
    const viaCookie = send(vm, '/o', { cookie: `session=s; jwt=${token}; theme=dark` });
    expect(viaCookie.action).toBe('Continue');
    expect(viaCookie.stream.requestHeader('cookie')).toBe('session=s; theme=dark');
    expect(send(vm, '/o', { authorization: `Bearer ${token}` }).stream.localResponse?.status).toBe(401);
    const first = send(vm, `/o?access_token=garbage`, { 'x-token': `Token ${token}` });
    expect(first.action).toBe('Continue');
  });

  test('forward: true keeps the token', async () => {
    const { host, vm } = await corp({ forward: true });
    const token = await mint(rs, claims(host));
    expect(send(vm, '/o', bearer(token)).stream.requestHeader('authorization')).toBe(`Bearer ${token}`);
  });
});

describe('jwt: outputs', () => {
  const claimsToHeaders = [
    { claim: 'sub', header: 'x-jwt-sub' },
    { claim: 'roles', header: 'x-jwt-roles' },
    { claim: 'org.id', header: 'x-jwt-org' },
    { claim: 'level', header: 'x-jwt-level' },
    { claim: 'admin', header: 'x-jwt-admin' },
    { claim: 'profile', header: 'x-jwt-profile' },
    { claim: 'name', header: 'x-jwt-name' },
  ];
  async function start() {
    return corp({ claims_to_headers: claimsToHeaders, payload_header: 'x-jwt-payload' }, { identity_header: 'x-portcullis-subject' });
  }

  test('claims become headers: strings, numbers, booleans, joined arrays, dotted paths, objects as JSON; payload header', async () => {
    const { host, vm } = await start();
    const payload = claims(host, { roles: ['admin', 'ops'], org: { id: 'o-42' }, level: 3, admin: false, profile: { a: [1, 'x"y'] }, name: 'Zoë' });
    const token = await mint(rs, payload);
    const { stream, action } = send(vm, '/o', bearer(token));
    expect(action).toBe('Continue');
    expect(stream.requestHeader('x-jwt-sub')).toBe('alice');
    expect(stream.requestHeader('x-jwt-roles')).toBe('admin, ops');
    expect(stream.requestHeader('x-jwt-org')).toBe('o-42');
    expect(stream.requestHeader('x-jwt-level')).toBe('3');
    expect(stream.requestHeader('x-jwt-admin')).toBe('false');
    expect(stream.requestHeader('x-jwt-profile')).toBe('{"a":[1,"x\\"y"]}');
    expect(stream.requestHeader('x-jwt-name')).toBe('Zoë');
    expect(stream.requestHeader('x-jwt-payload')).toBe(token.split('.')[1]);
    expect(JSON.parse(Buffer.from(stream.requestHeader('x-jwt-payload')!, 'base64url').toString())).toEqual(payload);
    expect(stream.requestHeader('x-portcullis-subject')).toBe('alice');
  });

  test('client copies of every output header are removed, whatever the verdict', async () => {
    const { host, vm } = await start();
    const forged = { 'x-jwt-sub': 'root', 'x-jwt-roles': 'admin', 'x-jwt-payload': 'e30', 'x-portcullis-subject': 'root' };
    const open = send(vm, '/public', forged);
    expect(open.action).toBe('Continue');
    for (const name of Object.keys(forged)) expect(open.stream.requestHeader(name)).toBeUndefined();
    const token = await mint(rs, claims(host, { roles: undefined }));
    const ok = send(vm, '/o', { ...bearer(token), ...forged });
    expect(ok.stream.requestHeader('x-jwt-sub')).toBe('alice');
    expect(ok.stream.requestHeader('x-jwt-roles')).toBeUndefined();
    expect(ok.stream.requestHeaders().filter(([n]) => n === 'x-portcullis-subject')).toEqual([['x-portcullis-subject', 'alice']]);
  });

  test('a claim value with control characters is never forwarded: 401', async () => {
    const { host, vm } = await start();
    for (const name of ['bob\r\nx-admin: 1', 'tab\there', 'del\u007f']) {
      const result = send(vm, '/o', bearer(await mint(rs, claims(host, { name }))));
      expectDenied(vm, result, 'Claim value is not a valid header value');
    }
    expectDenied(vm, send(vm, '/o', bearer(await mint(rs, claims(host, { sub: 'a\nb' })))), 'Claim value is not a valid header value');
    // Inside JSON text the characters are escaped, so the value is safe.
    expect(send(vm, '/o', bearer(await mint(rs, claims(host, { profile: { n: 'a\nb' } })))).stream.requestHeader('x-jwt-profile')).toBe('{"n":"a\\nb"}');
  });
});

describe('jwt: verified-token cache', () => {
  test('a token is verified once, then served from the cache until exp', async () => {
    const { host, vm } = await corp({ clock_skew_s: 0 });
    const token = await mint(rs, claims(host, { exp: nowS(host) + 120 }));
    expect(send(vm, '/o', bearer(token)).action).toBe('Continue');
    expect(vm.counter('portcullis.jwt.cache.miss')).toBe(1);
    for (let i = 0; i < 3; i++) expect(send(vm, '/o', bearer(token)).action).toBe('Continue');
    expect(vm.counter('portcullis.jwt.cache.hit')).toBe(3);
    host.advanceTime(119_000);
    expect(send(vm, '/o', bearer(token)).action).toBe('Continue');
    expect(vm.counter('portcullis.jwt.cache.hit')).toBe(4);
    host.advanceTime(1_000);
    expectDenied(vm, send(vm, '/o', bearer(token)), 'Jwt is expired');
    expect(vm.counter('portcullis.jwt.cache.miss')).toBe(2);
  });

  test('an entry serves only the identical token: one changed byte, a prefix or an extension is verified afresh', async () => {
    const { host, vm } = await corp();
    const token = await mint(rs, claims(host));
    expect(send(vm, '/o', bearer(token)).action).toBe('Continue');
    const last = token.at(-1) === 'A' ? 'Q' : 'A';
    const near = [`${token.slice(0, -1)}${last}`, token.slice(0, -4), `${token}AAAA`, `${token.slice(0, 10)}${token[10] === 'a' ? 'b' : 'a'}${token.slice(11)}`];
    for (const t of near) expect(send(vm, '/o', bearer(t)).stream.localResponse?.status, t.length.toString()).toBe(401);
    expect(vm.counter('portcullis.jwt.cache.hit') ?? 0).toBe(0);
    expect(vm.counter('portcullis.jwt.cache.miss')).toBe(1 + near.length);
    expect(send(vm, '/o', bearer(token)).action).toBe('Continue');
    expect(vm.counter('portcullis.jwt.cache.hit')).toBe(1);
  });

  test('refused tokens are not cached; rule scopes are checked on cached claims', async () => {
    const { host, vm } = await startJwt(config([inlineProvider([rs])], {
      rules: [{ exact: '/write', requires: { provider: 'corp', scopes: ['w'] } }, { prefix: '/', requires: { provider: 'corp' } }],
    }));
    const token = await mint(rs, claims(host, { scope: 'r' }));
    expect(send(vm, '/read', bearer(token)).action).toBe('Continue');
    expectDenied(vm, send(vm, '/write', bearer(token)), 'Insufficient scope', 403);
    expect(vm.counter('portcullis.jwt.cache.hit')).toBe(1);
    const bad = await mint(rs, claims(host, { aud: 'x' }));
    send(vm, '/read', bearer(bad));
    send(vm, '/read', bearer(bad));
    expect(vm.counter('portcullis.jwt.cache.miss')).toBe(3);
  });

  test('the cache is bounded (LRU)', async () => {
    const { host, vm } = await corp({}, { cache: { max_entries: 2 } });
    const tokens = await Promise.all(['a', 'b', 'c'].map((sub) => mint(hs, claims(host, { sub }))));
    for (const t of tokens) send(vm, '/o', bearer(t));
    send(vm, '/o', bearer(tokens[2]!)); // hit
    send(vm, '/o', bearer(tokens[1]!)); // hit
    send(vm, '/o', bearer(tokens[0]!)); // evicted: miss
    expect(vm.counter('portcullis.jwt.cache.hit')).toBe(2);
    expect(vm.counter('portcullis.jwt.cache.miss')).toBe(4);
  });
});

describe('jwt: mTLS peer requirements', () => {
  const rules = [
    { prefix: '/admin', requires: { all: [{ provider: 'corp' }, { peer: { uri_san: ['spiffe://corp/admin-console'] } }] } },
    { prefix: '/svc', requires: { peer: { dns_san: ['svc.corp'], subject: ['CN=svc,O=corp'] } } },
    { prefix: '/', requires: { provider: 'corp' } },
  ];
  test('peer URI SAN, DNS SAN and subject come from connection attributes', async () => {
    const { host, vm } = await startJwt(config([inlineProvider([rs])], { rules }));
    const token = await mint(rs, claims(host));
    const admin = { 'connection.uri_san_peer_certificate': 'spiffe://corp/admin-console' };
    expect(send(vm, '/admin', bearer(token), 'GET', admin).action).toBe('Continue');
    expectDenied(vm, send(vm, '/admin', bearer(token), 'GET', { 'connection.uri_san_peer_certificate': 'spiffe://corp/other' }), 'Client certificate is not allowed', 403);
    expectDenied(vm, send(vm, '/admin', bearer(token)), 'Client certificate is not allowed', 403);
    expect(send(vm, '/admin', {}, 'GET', admin).stream.localResponse?.status).toBe(401);
    const svc = { 'connection.dns_san_peer_certificate': 'svc.corp', 'connection.subject_peer_certificate': 'CN=svc,O=corp' };
    expect(send(vm, '/svc', {}, 'GET', svc).action).toBe('Continue');
    expect(send(vm, '/svc', {}, 'GET', { ...svc, 'connection.subject_peer_certificate': 'CN=x' }).stream.localResponse?.status).toBe(403);
  });

  test('a win by client certificate hands on mtls:<URI SAN, else DNS SAN, else subject>; a token in the win keeps its identity', async () => {
    const handOff = [
      { prefix: '/uri', requires: { peer: { uri_san: ['spiffe://corp/batch'] } } },
      { prefix: '/dns', requires: { peer: { dns_san: ['svc.corp'] } } },
      { prefix: '/subject', requires: { peer: { subject: ['CN=svc,O=corp'] } } },
      { prefix: '/any-peer-first', requires: { any: [{ peer: { dns_san: ['svc.corp'] } }, { provider: 'corp' }] } },
      { prefix: '/any-token-first', requires: { any: [{ provider: 'corp' }, { peer: { dns_san: ['svc.corp'] } }] } },
      { prefix: '/all', requires: { all: [{ peer: { dns_san: ['svc.corp'] } }, { provider: 'corp' }] } },
      { prefix: '/nested', requires: { all: [{ any: [{ peer: { subject: ['CN=svc,O=corp'] } }] }, { peer: { dns_san: ['svc.corp'] } }] } },
    ];
    const { host, vm } = await startJwt(config([inlineProvider([rs])], { rules: handOff, identity_header: 'x-portcullis-subject' }));
    const token = await mint(rs, claims(host));
    const uri = 'spiffe://corp/batch';
    const cert = { 'connection.uri_san_peer_certificate': uri, 'connection.dns_san_peer_certificate': 'svc.corp', 'connection.subject_peer_certificate': 'CN=svc,O=corp' };
    const noUri = { 'connection.dns_san_peer_certificate': 'svc.corp', 'connection.subject_peer_certificate': 'CN=svc,O=corp' };
    const subjectOnly = { 'connection.subject_peer_certificate': 'CN=svc,O=corp' };
    const identity = (path: string, headers: Record<string, string>, properties: Record<string, string>) => {
      // A client copy of the identity header never survives.
      const { stream, action } = send(vm, path, { ...headers, 'x-portcullis-subject': 'forged' }, 'GET', properties);
      expect(action, path).toBe('Continue');
      expect(stream.requestHeader('x-portcullis-subject'), path).toBe(stream.property('portcullis.identity')?.replace(/^mtls:|^jwt:corp\//, ''));
      return stream.property('portcullis.identity');
    };
    // The URI SAN is preferred whichever attribute the rule checks.
    expect(identity('/uri', {}, cert)).toBe(`mtls:${uri}`);
    expect(identity('/dns', {}, cert)).toBe(`mtls:${uri}`);
    expect(identity('/subject', {}, cert)).toBe(`mtls:${uri}`);
    expect(identity('/dns', {}, noUri)).toBe('mtls:svc.corp');
    expect(identity('/subject', {}, subjectOnly)).toBe('mtls:CN=svc,O=corp');
    expect(identity('/nested', {}, noUri)).toBe('mtls:svc.corp');
    // any: the first satisfied child decides; a token that is not checked hands nothing on.
    expect(identity('/any-peer-first', bearer(token), noUri)).toBe('mtls:svc.corp');
    expect(send(vm, '/any-peer-first', bearer(token), 'GET', noUri).stream.requestHeader('authorization')).toBe(`Bearer ${token}`);
    expect(identity('/any-token-first', bearer(token), noUri)).toBe('jwt:corp/alice');
    expect(identity('/any-token-first', {}, noUri)).toBe('mtls:svc.corp');
    // all: token and certificate both required: the token's identity, as before.
    expect(identity('/all', bearer(token), noUri)).toBe('jwt:corp/alice');
    expect(vm.counter('portcullis.jwt.allowed')).toBe(11);
  });

  test('a certificate identity with a control character is refused, nothing handed on', async () => {
    const { vm } = await startJwt(config([inlineProvider([rs])], { rules: [{ prefix: '/', requires: { peer: { dns_san: ['svc.corp'] } } }], identity_header: 'x-portcullis-subject' }));
    const r = send(vm, '/x', {}, 'GET', { 'connection.uri_san_peer_certificate': 'spiffe://corp/a\r\nx-admin: 1', 'connection.dns_san_peer_certificate': 'svc.corp' });
    expectDenied(vm, r, 'Claim value is not a valid header value');
    expect(r.stream.property('portcullis.identity')).toBeUndefined();
    expect(r.stream.requestHeader('x-portcullis-subject')).toBeUndefined();
  });
});

describe('jwt: configuration errors', () => {
  test.each([
    ['no algorithms', { algorithms: undefined }, 'providers[0].algorithms: required'],
    ['alg none', { algorithms: ['none'] }, 'providers[0].algorithms[0]: unsupported algorithm "none"'],
    ['private key', { keys: { inline: { keys: [{ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA' }] } } }, 'providers[0].keys.inline: keys[0]'],
    ['enc key', { keys: { inline: { keys: [{ kty: 'oct', k: 'A'.repeat(43), use: 'enc' }] } } }, 'keys[0]: "use" is not "sig"'],
    ['short hmac key', { keys: { inline: { keys: [{ kty: 'oct', k: 'AAAA' }] } } }, 'oct key must be 32 to 512 bytes'],
    ['unknown field', { issuer_url: 'x' }, 'providers[0].issuer_url: unknown field'],
    ['remote HS', { algorithms: ['HS256'], keys: { remote: { cluster: 'c', authority: 'a', path: '/j' } } }, 'HS* algorithms need inline oct keys'],
  ])('%s is refused', async (_name, overrides, message) => {
    const vm = await new Host().startVm({ module: await jwtModule(), pluginConfiguration: config([inlineProvider([rs], overrides as Record<string, unknown>)]), allowConfigureFailure: true });
    expect(vm.configured).toBe(false);
    expect(vm.logs.map((l) => l.message).join('\n')).toContain(message);
  });

  test('rules naming unknown providers, colliding headers and a non-boolean publish_identity are refused', async () => {
    for (const [cfg, message] of [
      [config([inlineProvider([rs])], { rules: [{ prefix: '/', requires: { provider: 'nobody' } }] }), 'rules[0].requires.provider: unknown provider "nobody"'],
      [config([inlineProvider([rs], { claims_to_headers: [{ claim: 'sub', header: 'authorization' }] })]), 'cannot be set by the filter'],
      [config([inlineProvider([rs])], { rules: [{ prefix: '/' }] }), 'rules[0].requires: required'],
      [config([inlineProvider([rs])], { publish_identity: 'yes' }), 'publish_identity: expected true or false, got string'],
    ] as [Record<string, unknown>, string][]) {
      const vm = await new Host().startVm({ module: await jwtModule(), pluginConfiguration: cfg, allowConfigureFailure: true });
      expect(vm.configured).toBe(false);
      expect(vm.logs.map((l) => l.message).join('\n')).toContain(message);
    }
  });
});
