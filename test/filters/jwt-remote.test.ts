import { beforeAll, describe, expect, test } from 'vitest';
import { Host, type Vm } from '../../host-sim/index.ts';
import { START_MS, bearer, claims, config, invalidToken, jwtModule, send } from '../fixtures/jwt/harness.ts';
import { makeKey, mint, type TestKey } from '../fixtures/jwt/tokens.ts';

const TTL_S = 600;
const GRACE_S = 300;
const REFETCH_S = 30;

let k1: TestKey;
let k2: TestKey;

beforeAll(async () => {
  await jwtModule();
  k1 = await makeKey('ES256', 'k1');
  k2 = await makeKey('RS256', 'k2');
});

function remoteProvider(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'corp',
    issuer: 'https://idp.example.com',
    audiences: ['orders-api'],
    algorithms: ['ES256', 'RS256'],
    keys: {
      remote: {
        cluster: 'jwks_corp', authority: 'idp.example.com', path: '/.well-known/jwks.json',
        timeout_ms: 2000, ttl_s: TTL_S, grace_s: GRACE_S, refetch_min_interval_s: REFETCH_S,
      },
    },
    ...overrides,
  };
}

async function start(ruleOverrides: Record<string, unknown> = {}, host = new Host({ startTimeMs: START_MS })): Promise<{ host: Host; vm: Vm }> {
  const cfg = config([remoteProvider()], { rules: [{ prefix: '/', requires: { provider: 'corp' }, ...ruleOverrides }] });
  const vm = await host.startVm({ module: await jwtModule(), pluginConfiguration: cfg });
  return { host, vm };
}

const jwks = (...keys: TestKey[]) => JSON.stringify({ keys: keys.map((k) => k.jwk) });

function onlyCallout(vm: Vm) {
  const callouts = vm.pendingCallouts();
  expect(callouts).toHaveLength(1);
  return callouts[0]!;
}

describe('jwt: remote JWKS', () => {
  test('the first request waits for the fetch, which is made from the root context and shared', async () => {
    const { host, vm } = await start();
    const token = await mint(k1, claims(host));
    const { stream, action } = send(vm, '/o', bearer(token));
    expect(action).toBe('StopAllIterationAndWatermark');
    const callout = onlyCallout(vm);
    expect(callout.cluster).toBe('jwks_corp');
    expect(callout.timeoutMs).toBe(2000);
    expect(Object.fromEntries(callout.headers)).toMatchObject({ ':method': 'GET', ':path': '/.well-known/jwks.json', ':authority': 'idp.example.com' });
    // A second request while the fetch is under way waits too, without a second fetch.
    const second = send(vm, '/o', bearer(token));
    expect(second.action).toBe('StopAllIterationAndWatermark');
    expect(vm.pendingCallouts()).toHaveLength(1);

    callout.respond({ headers: { ':status': '200', 'content-type': 'application/json' }, body: jwks(k1) });
    expect(stream.continuedRequest).toBe(true);
    expect(stream.localResponse).toBeUndefined();
    expect(stream.property('portcullis.identity')).toBe('jwt:corp/alice');
    expect(second.stream.continuedRequest).toBe(true);
    expect(vm.counter('portcullis.jwt.jwks.fetch')).toBe(1);
    expect(host.sharedData.get('portcullis.jwt.jwks.corp')).toBe(`${START_MS}\n${jwks(k1)}`);
    // Later requests use the loaded keys directly.
    expect(send(vm, '/o', bearer(await mint(k1, claims(host, { sub: 'bob' })))).action).toBe('Continue');
  });

  test.each([
    ['a reset', (c: ReturnType<typeof onlyCallout>) => c.fail()],
    ['HTTP 503', (c: ReturnType<typeof onlyCallout>) => c.respond({ headers: { ':status': '503' }, body: 'down' })],
    ['a body that is not JSON', (c: ReturnType<typeof onlyCallout>) => c.respond({ headers: {}, body: '<html>' })],
    ['a set without usable keys', (c: ReturnType<typeof onlyCallout>) => c.respond({ headers: {}, body: JSON.stringify({ keys: [{ kty: 'oct', k: 'A'.repeat(43) }, { ...k1.jwk, use: 'enc' }] }) })],
    ['a body over 256 KiB', (c: ReturnType<typeof onlyCallout>) => c.respond({ headers: {}, body: JSON.stringify({ keys: [k1.jwk], pad: 'x'.repeat(300_000) }) })],
  ])('a failed fetch (%s) answers 401 "Jwks remote fetch failed"', async (_name, answer) => {
    const { host, vm } = await start();
    const { stream } = send(vm, '/o', { ...bearer(await mint(k1, claims(host))), 'x-request-id': 'r-9' });
    answer(onlyCallout(vm));
    expect(stream.localResponse?.status).toBe(401);
    expect(stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken('Jwks remote fetch failed')]);
    expect(stream.localResponse?.details).toBe('portcullis_jwt_jwks_remote_fetch_failed');
    expect(vm.counter('portcullis.jwt.jwks.fetch_failed')).toBe(1);
    expect(vm.counter('portcullis.jwt.denied.jwks_remote_fetch_failed')).toBe(1);
    expect(vm.logs.some((l) => l.level === 'warn' && l.message.startsWith('jwt: provider corp: JWKS'))).toBe(true);
    // Within refetch_min_interval_s nobody fetches again: requests fail at once.
    const again = send(vm, '/o', bearer(await mint(k1, claims(host))));
    expect(again.stream.localResponse?.status).toBe(401);
    expect(vm.pendingCallouts()).toHaveLength(0);
  });

  test('a fetch that times out fails the waiting request', async () => {
    const { host, vm } = await start();
    const { stream } = send(vm, '/o', bearer(await mint(k1, claims(host))));
    host.advanceTime(2000);
    expect(stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken('Jwks remote fetch failed')]);
  });

  test('fail_open_without_keys lets the request through, counted and logged', async () => {
    const { host, vm } = await start({ fail_open_without_keys: true });
    const { stream } = send(vm, '/o', { ...bearer(await mint(k1, claims(host))), 'x-request-id': 'r-1' });
    onlyCallout(vm).fail();
    expect(stream.continuedRequest).toBe(true);
    expect(stream.localResponse).toBeUndefined();
    expect(stream.property('portcullis.identity')).toBeUndefined();
    expect(vm.counter('portcullis.jwt.fail_open')).toBe(1);
    expect(vm.logs).toContainEqual(expect.objectContaining({ level: 'warn', message: 'jwt: fail open request_id=r-1 reason=jwks_remote_fetch_failed method=GET path=/o' }));
    // A bad token is still refused: only "could not check" fails open.
    expect(send(vm, '/o', bearer('x.y.z')).stream.localResponse?.status).toBe(401);
  });

  test('key rotation: an unknown kid triggers one refetch, rate-limited by refetch_min_interval_s', async () => {
    const { host, vm } = await start();
    send(vm, '/o', bearer(await mint(k1, claims(host))));
    onlyCallout(vm).respond({ headers: {}, body: jwks(k1) });

    host.advanceTime(60_000);
    const rotated = send(vm, '/o', bearer(await mint(k2, claims(host))));
    expect(rotated.action).toBe('StopAllIterationAndWatermark');
    onlyCallout(vm).respond({ headers: {}, body: jwks(k1, k2) });
    expect(rotated.stream.continuedRequest).toBe(true);
    expect(vm.counter('portcullis.jwt.jwks.fetch')).toBe(2);

    // Random kids (an attacker's, or a key the IdP never published) cause at most one fetch per interval.
    const stranger = await makeKey('ES256', 'k-unknown');
    expect(send(vm, '/o', bearer(await mint(stranger, claims(host)))).stream.localResponse?.status).toBe(401); // the rotation refetch was just now
    expect(vm.pendingCallouts()).toHaveLength(0);
    host.advanceTime(REFETCH_S * 1000);
    send(vm, '/o', bearer(await mint(stranger, claims(host))));
    onlyCallout(vm).respond({ headers: {}, body: jwks(k1, k2) });
    for (let i = 0; i < 5; i++) {
      const r = send(vm, '/o', bearer(await mint(stranger, claims(host, { sub: `s${i}` }))));
      expect(r.stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken("Jwks doesn't have key to match kid or alg from Jwt")]);
    }
    expect(vm.counter('portcullis.jwt.jwks.fetch')).toBe(3);
    host.advanceTime(REFETCH_S * 1000);
    send(vm, '/o', bearer(await mint(stranger, claims(host))));
    expect(vm.pendingCallouts()).toHaveLength(1);
  });

  test('refresh on the tick at ttl; stale keys serve within grace while the IdP fails, not after', async () => {
    const { host, vm } = await start();
    send(vm, '/o', bearer(await mint(k1, claims(host))));
    onlyCallout(vm).respond({ headers: {}, body: jwks(k1) });

    host.advanceTime(TTL_S * 1000 - 1000);
    expect(vm.pendingCallouts()).toHaveLength(0);
    host.advanceTime(1000);
    onlyCallout(vm).fail(); // the refresh fails: keys are stale now
    expect(send(vm, '/o', bearer(await mint(k1, claims(host)))).action).toBe('Continue');

    // Retries wait refetch_min_interval_s; a successful refresh restarts the ttl.
    host.advanceTime(REFETCH_S * 1000);
    onlyCallout(vm).respond({ headers: {}, body: jwks(k1, k2) });
    expect(host.sharedData.get('portcullis.jwt.jwks.corp')!.startsWith(`${host.nowMs}\n`)).toBe(true);
    expect(send(vm, '/o', bearer(await mint(k2, claims(host)))).action).toBe('Continue');

    // Past ttl + grace without a successful refresh, the keys are no longer used.
    host.advanceTime(TTL_S * 1000);
    onlyCallout(vm).fail();
    for (let t = 0; t < GRACE_S; t += REFETCH_S) {
      host.advanceTime(REFETCH_S * 1000);
      for (const c of vm.pendingCallouts()) c.fail();
    }
    const late = send(vm, '/o', bearer(await mint(k1, claims(host))));
    for (const c of vm.pendingCallouts()) c.fail();
    expect(late.stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken('Jwks remote fetch failed')]);
  });

  test('two VMs (Envoy workers) share one fetch through shared data', async () => {
    const host = new Host({ startTimeMs: START_MS });
    const a = (await start({}, host)).vm;
    const b = (await start({}, host)).vm;
    const token = await mint(k1, claims(host));
    const first = send(a, '/o', bearer(token));
    const second = send(b, '/o', bearer(token));
    expect(first.action).toBe('StopAllIterationAndWatermark');
    expect(second.action).toBe('StopAllIterationAndWatermark');
    expect(b.pendingCallouts()).toHaveLength(0); // the lease is a's
    onlyCallout(a).respond({ headers: {}, body: jwks(k1) });
    expect(first.stream.continuedRequest).toBe(true);
    host.advanceTime(1000); // b's tick picks the set up from shared data
    expect(second.stream.continuedRequest).toBe(true);
    expect(second.stream.property('portcullis.identity')).toBe('jwt:corp/alice');
    expect(send(b, '/o', bearer(token)).action).toBe('Continue');
    expect(host.metric('portcullis.jwt.jwks.fetch')).toBe(1);

    // The refresh at ttl is made once for both.
    host.advanceTime(TTL_S * 1000);
    expect(a.pendingCallouts().length + b.pendingCallouts().length).toBe(1);
  });

  test('a failure seen by one worker stops the others from fetching within the interval', async () => {
    const host = new Host({ startTimeMs: START_MS });
    const a = (await start({}, host)).vm;
    const b = (await start({}, host)).vm;
    const token = await mint(k1, claims(host));
    send(a, '/o', bearer(token));
    const waiting = send(b, '/o', bearer(token));
    onlyCallout(a).fail();
    host.advanceTime(1000);
    expect(waiting.stream.localResponse?.headers).toContainEqual(['www-authenticate', invalidToken('Jwks remote fetch failed')]);
    expect(b.pendingCallouts()).toHaveLength(0);
    expect(host.metric('portcullis.jwt.jwks.fetch')).toBe(1);
  });

  test('a stream that goes away while waiting is forgotten', async () => {
    const { host, vm } = await start();
    const { stream } = send(vm, '/o', bearer(await mint(k1, claims(host))));
    stream.complete();
    onlyCallout(vm).respond({ headers: {}, body: jwks(k1) });
    expect(send(vm, '/o', bearer(await mint(k1, claims(host)))).action).toBe('Continue');
  });
});
