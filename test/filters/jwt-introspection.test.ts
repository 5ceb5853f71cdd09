import { beforeAll, describe, expect, test } from 'vitest';
import { Host, type Vm } from '../../host-sim/index.ts';
import { START_MS, bearer, claims, inlineProvider, insufficientScope, invalidToken, jwtModule, send } from '../fixtures/jwt/harness.ts';
import { makeKey, mint, type TestKey } from '../fixtures/jwt/tokens.ts';

let rs: TestKey;

beforeAll(async () => {
  await jwtModule();
  rs = await makeKey('RS256', 'rs1');
});

const opaqueProvider = {
  name: 'opaque', cluster: 'introspect_corp', authority: 'idp.example.com', path: '/oauth2/introspect',
  client_id: 'gw', client_secret: 's3cr:t&', timeout_ms: 2000, cache_max_s: 300,
  claims_to_headers: [{ claim: 'client_id', header: 'x-client' }],
};

async function start(provider: Record<string, unknown> = opaqueProvider): Promise<{ host: Host; vm: Vm }> {
  const host = new Host({ startTimeMs: START_MS });
  const vm = await host.startVm({
    module: await jwtModule(),
    pluginConfiguration: {
      providers: [inlineProvider([rs])],
      introspection: [provider],
      rules: [
        { exact: '/either', requires: { any: [{ provider: 'corp' }, { provider: 'opaque' }] } },
        { prefix: '/write', requires: { provider: 'opaque', scopes: ['write'] } },
        { prefix: '/', requires: { provider: 'opaque' } },
      ],
      identity_header: 'x-portcullis-subject',
    },
  });
  return { host, vm };
}

const ok = (body: Record<string, unknown>) => ({ headers: { ':status': '200', 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('jwt: token introspection (RFC 7662)', () => {
  test('an opaque token is introspected with Basic client auth, cached, and its claims used', async () => {
    const { host, vm } = await start();
    const { stream, action } = send(vm, '/orders', bearer('opaque-token/+='));
    expect(action).toBe('StopAllIterationAndWatermark');
    const [call] = vm.pendingCallouts();
    expect(call!.cluster).toBe('introspect_corp');
    const headers = Object.fromEntries(call!.headers);
    expect(headers).toMatchObject({ ':method': 'POST', ':path': '/oauth2/introspect', ':authority': 'idp.example.com', 'content-type': 'application/x-www-form-urlencoded' });
    // RFC 6749 §2.3.1: id and secret are form-encoded before base64.
    expect(headers.authorization).toBe(`Basic ${Buffer.from('gw:s3cr%3At%26').toString('base64')}`);
    expect(Buffer.from(call!.body).toString()).toBe('token=opaque-token%2F%2B%3D&token_type_hint=access_token');

    call!.respond(ok({ active: true, sub: 'svc-7', client_id: 'reporting', scope: 'read', exp: Math.floor(host.nowMs / 1000) + 60 }));
    expect(stream.continuedRequest).toBe(true);
    expect(stream.property('portcullis.identity')).toBe('jwt:opaque/svc-7');
    expect(stream.requestHeader('x-client')).toBe('reporting');
    expect(stream.requestHeader('x-portcullis-subject')).toBe('svc-7');
    expect(stream.requestHeader('authorization')).toBeUndefined();

    // Cached: no second callout, scopes checked on the cached answer.
    expect(send(vm, '/orders', bearer('opaque-token/+=')).action).toBe('Continue');
    const write = send(vm, '/write', bearer('opaque-token/+='));
    expect(write.stream.localResponse?.headers).toContainEqual(['www-authenticate', insufficientScope('Insufficient scope')]);
    expect(vm.pendingCallouts()).toHaveLength(0);
    expect(vm.counter('portcullis.jwt.cache.hit')).toBe(2);

    // Until exp (60 s), before cache_max_s (300 s).
    host.advanceTime(60_000);
    expect(send(vm, '/orders', bearer('opaque-token/+=')).action).toBe('StopAllIterationAndWatermark');
  });

  test('client credentials are form-encoded (space as "+") before the Basic base64 (RFC 6749 §2.3.1, Appendix B)', async () => {
    const clientId = 'gw client:1';
    const clientSecret = 'p+ss %wörd€';
    const { vm } = await start({ ...opaqueProvider, client_id: clientId, client_secret: clientSecret });
    send(vm, '/orders', bearer('t'));
    const headers = Object.fromEntries(vm.pendingCallouts()[0]!.headers);
    const encoded = 'gw+client%3A1:p%2Bss+%25w%C3%B6rd%E2%82%AC';
    expect(headers.authorization).toBe(`Basic ${Buffer.from(encoded).toString('base64')}`);
    // The same as a standard form encoder (none of these characters is one where encoders differ).
    const form = (v: string) => new URLSearchParams({ v }).toString().slice(2);
    expect(encoded).toBe(`${form(clientId)}:${form(clientSecret)}`);
  });

  test('an inactive token is refused; endpoint failures are "Token introspection failed"', async () => {
    const { vm } = await start();
    const inactive = send(vm, '/orders', bearer('revoked'));
    vm.pendingCallouts()[0]!.respond(ok({ active: false }));
    expect(inactive.stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken('Jwt verification fails')]);

    for (const answer of [
      (c: ReturnType<Vm['pendingCallouts']>[number]) => c.fail(),
      (c: ReturnType<Vm['pendingCallouts']>[number]) => c.respond({ headers: { ':status': '500' } }),
      (c: ReturnType<Vm['pendingCallouts']>[number]) => c.respond(ok({ sub: 'x' })),
      (c: ReturnType<Vm['pendingCallouts']>[number]) => c.respond({ headers: {}, body: '{"active":true,"active":true}' }),
    ]) {
      const r = send(vm, '/orders', bearer('tok'));
      answer(vm.pendingCallouts()[0]!);
      expect(r.stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken('Token introspection failed')]);
      expect(r.stream.localResponse?.details).toBe('portcullis_jwt_token_introspection_failed');
    }
    expect(vm.counter('portcullis.jwt.denied.token_introspection_failed')).toBe(4);
  });

  test('an introspection timeout refuses the request', async () => {
    const { host, vm } = await start();
    const r = send(vm, '/orders', bearer('slow'));
    host.advanceTime(2000);
    expect(r.stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken('Token introspection failed')]);
  });

  test('any: a JWT is verified locally; an opaque token goes to introspection', async () => {
    const { host, vm } = await start();
    const jwt = send(vm, '/either', bearer(await mint(rs, claims(host))));
    expect(jwt.action).toBe('Continue');
    expect(jwt.stream.property('portcullis.identity')).toBe('jwt:corp/alice');
    expect(vm.pendingCallouts()).toHaveLength(0);

    const opaque = send(vm, '/either', bearer('not-a-jwt'));
    expect(opaque.action).toBe('StopAllIterationAndWatermark');
    vm.pendingCallouts()[0]!.respond(ok({ active: true, client_id: 'batch' }));
    expect(opaque.stream.continuedRequest).toBe(true);
    expect(opaque.stream.property('portcullis.identity')).toBe('jwt:opaque/batch');
  });
});
