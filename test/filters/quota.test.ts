// The quota filter on one VM: algorithms on the virtual clock, the 429 and RateLimit fields,
// monitor mode, keys (client IP with trusted hops, headers, route), per-route rules and plans,
// metrics, and configuration errors.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Host, type Vm } from '../../host-sim/index.ts';
import { apikeyConfig } from '../../envoy/policy/compile.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';
import { KEYS, testPolicy } from '../support/policies.ts';
import { T0, admitted, ipLimit, send, startQuota, type Config } from './quota-helpers.ts';

let modulePath: string;
let apikeyPath: string;
beforeAll(async () => {
  [modulePath, apikeyPath] = await ensureBuilt('quota', 'apikey');
});

const start = (config: Config) => startQuota(modulePath, config);

describe('quota: token bucket on the virtual clock', () => {
  const config = { limits: [ipLimit('per_ip', { token_bucket: { rate: 2, per: 'second', burst: 4 } })] };

  test('a full bucket admits the burst, then refills at the rate and never above the burst', async () => {
    const { host, vm } = await start(config);
    expect(admitted(vm, 10, '/a')).toBe(4);
    host.advanceTime(499);
    expect(admitted(vm, 1, '/a')).toBe(0); // 0.998 tokens
    host.advanceTime(1);
    expect(admitted(vm, 3, '/a')).toBe(1); // exactly one token after 500 ms
    host.advanceTime(60_000);
    expect(admitted(vm, 10, '/a')).toBe(4); // capped at the burst
  });

  test('the cost per request is taken from the bucket', async () => {
    const { host, vm } = await start({ limits: [ipLimit('heavy', { token_bucket: { rate: 4, per: 'second', burst: 8 } }, { cost: 3 })] });
    expect(admitted(vm, 5, '/a')).toBe(2); // 8 tokens: two requests of 3
    host.advanceTime(250); // +1 token: 3
    expect(admitted(vm, 1, '/a')).toBe(1);
    expect(admitted(vm, 1, '/a')).toBe(0);
  });

  test('Retry-After is the time until enough tokens, rounded up to whole seconds', async () => {
    const { vm } = await start({ limits: [ipLimit('slow', { token_bucket: { rate: 1, per: 'minute', burst: 2 } })] });
    expect(admitted(vm, 2, '/a')).toBe(2);
    const denied = send(vm, '/a');
    expect(denied.status).toBe(429);
    expect(denied.header('retry-after')).toBe('60');
    expect(denied.header('ratelimit-policy')).toBe('"slow";q=2;w=120');
    expect(denied.header('ratelimit')).toBe('"slow";r=0;t=60');
  });
});

describe('quota: sliding window edges', () => {
  const config = { limits: [ipLimit('per_min', { sliding_window: { limit: 10, per: 'minute' } })] };

  test('the previous window counts in proportion to how much of it is still inside', async () => {
    const { host, vm } = await start(config);
    expect(admitted(vm, 15, '/a')).toBe(10);
    host.advanceTime(60_000); // new window, previous=10 weighs 100%
    expect(admitted(vm, 1, '/a')).toBe(0);
    host.advanceTime(5_999); // 9.98% slid out: 10*0.90017 = 9.0017 > 9
    expect(admitted(vm, 1, '/a')).toBe(0);
    host.advanceTime(1); // 10% out: exactly 9 + 1 = 10
    expect(admitted(vm, 3, '/a')).toBe(1);
    host.advanceTime(54_000); // the next window starts: previous=1
    expect(admitted(vm, 20, '/a')).toBe(9);
  });

  test('a window two windows old is forgotten', async () => {
    const { host, vm } = await start(config);
    expect(admitted(vm, 10, '/a')).toBe(10);
    host.advanceTime(120_000);
    expect(admitted(vm, 12, '/a')).toBe(10);
  });

  test('the 429 says when the estimate will let one more request in', async () => {
    const { host, vm } = await start(config);
    host.advanceTime(30_000);
    expect(admitted(vm, 10, '/a')).toBe(10);
    const denied = send(vm, '/a', { headers: { 'x-request-id': 'req-7' } });
    expect(denied.status).toBe(429);
    // This window is full: the next one starts in 30 s with previous=10, and one request fits
    // once 10% of it (6 s) has slid out.
    expect(denied.header('retry-after')).toBe('36');
    expect(denied.header('ratelimit')).toBe('"per_min";r=0;t=36');
    expect(denied.header('ratelimit-policy')).toBe('"per_min";q=10;w=60');
    host.advanceTime(35_999);
    expect(admitted(vm, 1, '/a')).toBe(0);
    host.advanceTime(1);
    expect(admitted(vm, 1, '/a')).toBe(1);
  });
});

describe('quota: responses', () => {
  test('429 is an RFC 9457 problem with Retry-After and the RateLimit fields of the refusing limits', async () => {
    const { vm } = await start({
      limits: [
        ipLimit('burst', { token_bucket: { rate: 1, per: 'second', burst: 1 } }),
        ipLimit('daily', { sliding_window: { limit: 100, per: 'day' } }),
      ],
    });
    expect(send(vm, '/a').status).toBe(200);
    const denied = send(vm, '/a', { headers: { 'x-request-id': 'abc-123' } });
    expect(denied.status).toBe(429);
    expect(denied.stream.localResponse?.details).toBe('portcullis_quota_limited');
    expect(denied.header('content-type')).toBe('application/problem+json');
    expect(JSON.parse(denied.stream.localResponse!.bodyText)).toEqual({
      type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Quota exceeded (burst); retry after 1 seconds.',
    });
    expect(denied.header('retry-after')).toBe('1');
    expect(denied.header('ratelimit-policy')).toBe('"burst";q=1;w=1');
    expect(denied.header('ratelimit')).toBe('"burst";r=0;t=1');
    expect(vm.logs.some((l) => l.message.startsWith('quota: limited request_id=abc-123 limit=burst key='))).toBe(true);
  });

  test('admitted responses carry the remaining quota of every enforced limit when configured', async () => {
    const limits = [
      ipLimit('burst', { token_bucket: { rate: 1, per: 'second', burst: 5 } }),
      ipLimit('hourly', { sliding_window: { limit: 100, per: 'hour' } }),
      ipLimit('watch', { sliding_window: { limit: 1, per: 'hour' } }, { monitor: true }),
    ];
    const { vm } = await start({ limits, response_headers: true });
    const ok = send(vm, '/a');
    expect(ok.status).toBe(200);
    expect(ok.header('ratelimit-policy')).toBe('"burst";q=5;w=5, "hourly";q=100;w=3600');
    expect(ok.header('ratelimit')).toBe('"burst";r=4;t=1, "hourly";r=99;t=3600');
    const quiet = await start({ limits });
    expect(send(quiet.vm, '/a').header('ratelimit')).toBeUndefined();
  });
});

describe('quota: monitor mode', () => {
  test('counts and logs what it would deny, denies nothing, and stays invisible to clients', async () => {
    const { vm } = await start({ limits: [ipLimit('shadow', { sliding_window: { limit: 3, per: 'minute' } }, { monitor: true })] });
    expect(admitted(vm, 10, '/a')).toBe(10);
    expect(vm.counter('portcullis.quota.would_limit.shadow')).toBe(7);
    expect(vm.counter('portcullis.quota.limited.shadow') ?? 0).toBe(0);
    expect(vm.counter('portcullis.quota.allowed')).toBe(10);
    expect(vm.logs.filter((l) => l.message.startsWith('quota: monitor: would limit ')).length).toBe(7);
  });

  test('an enforced limit still denies next to a monitored one, and the denial consumes from neither', async () => {
    const { host, vm } = await start({
      limits: [
        ipLimit('enforced', { sliding_window: { limit: 2, per: 'minute' } }),
        ipLimit('shadow', { sliding_window: { limit: 3, per: 'minute' } }, { monitor: true }),
      ],
    });
    expect(admitted(vm, 5, '/a')).toBe(2);
    host.advanceTime(120_000);
    expect(admitted(vm, 3, '/a')).toBe(2);
    // shadow saw 2 + 2 admitted requests, never the 4 denied ones.
    expect(vm.counter('portcullis.quota.would_limit.shadow') ?? 0).toBe(0);
  });
});

describe('quota: keys', () => {
  test('by default the client IP is the connection peer; X-Forwarded-For is ignored', async () => {
    const { vm } = await start({ limits: [ipLimit('ip', { sliding_window: { limit: 2, per: 'minute' } })] });
    expect(admitted(vm, 3, '/a', { peer: '192.0.2.1:1000', headers: { 'x-forwarded-for': '1.1.1.1' } })).toBe(2);
    expect(admitted(vm, 3, '/a', { peer: '192.0.2.1:2000', headers: { 'x-forwarded-for': '2.2.2.2' } })).toBe(0);
    expect(admitted(vm, 3, '/a', { peer: '[2001:db8::1]:443' })).toBe(2);
  });

  test('with trusted hops the client is that many entries from the right, never a client-written one', async () => {
    const { vm } = await start({ xff_trusted_hops: 1, limits: [ipLimit('ip', { sliding_window: { limit: 2, per: 'minute' } })] });
    const proxy = '10.1.1.1:5000';
    // The proxy appended 203.0.113.5; Envoy appended the proxy itself; "6.6.6.6" is forged.
    const a = { peer: proxy, headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.1.1.1' } };
    expect(admitted(vm, 3, '/a', a)).toBe(2);
    // Changing the forged part does not give a fresh bucket.
    expect(admitted(vm, 1, '/a', { peer: proxy, headers: { 'x-forwarded-for': '7.7.7.7, 203.0.113.5' } })).toBe(0);
    // Another real client behind the same proxy has its own.
    expect(admitted(vm, 3, '/a', { peer: proxy, headers: { 'x-forwarded-for': '203.0.113.6' } })).toBe(2);
    // A direct connection with no usable entries falls back to the peer.
    expect(admitted(vm, 3, '/a', { peer: '198.51.100.9:1', headers: { 'x-forwarded-for': 'not-an-ip' } })).toBe(2);
  });

  test('header keys combine with the route; a missing part skips the limit or shares one key', async () => {
    const { vm } = await start({
      limits: [
        { name: 'tenant_route', sliding_window: { limit: 1, per: 'minute' }, key: [{ header: 'x-tenant' }, 'route'] },
        { name: 'tenant_shared', sliding_window: { limit: 3, per: 'minute' }, key: [{ header: 'x-team' }], missing: 'shared' },
      ],
      rules: [{ name: 'orders', prefix: '/orders' }, { name: 'users', prefix: '/users' }],
    });
    expect(send(vm, '/orders/1', { headers: { 'x-tenant': 'acme', 'x-team': 't' } }).status).toBe(200);
    expect(send(vm, '/orders/2', { headers: { 'x-tenant': 'acme', 'x-team': 't' } }).status).toBe(429);
    expect(send(vm, '/users/1', { headers: { 'x-tenant': 'acme', 'x-team': 't' } }).status).toBe(200);
    expect(send(vm, '/orders/1', { headers: { 'x-tenant': 'globex', 'x-team': 't' } }).status).toBe(200);
    // No x-tenant: tenant_route does not apply; no x-team: one shared key for all such requests.
    expect(admitted(vm, 5, '/orders/1')).toBe(3);
  });

  test('log lines name the limit and a short key tag, never the key value', async () => {
    const { vm } = await start({ limits: [{ name: 'by_key', sliding_window: { limit: 1, per: 'minute' }, key: [{ header: 'x-api-key' }] }] });
    send(vm, '/a', { headers: { 'x-api-key': 'super-secret-credential' } });
    send(vm, '/a', { headers: { 'x-api-key': 'super-secret-credential' } });
    const lines = vm.logs.map((l) => l.message).join('\n');
    expect(lines).toMatch(/quota: limited request_id=- limit=by_key key=[0-9a-f]{12} retry_after=\d+/);
    expect(lines).not.toContain('super-secret');
  });
});

describe('quota: identity from the auth filters', () => {
  async function chain(quota: Config) {
    const policy = testPolicy();
    const host = new Host({ startTimeMs: T0 });
    // The policy here has no quota section (the quota VM gets its configuration directly), so
    // the hand-off the compiler would turn on for a quota keyed on identity is asked for.
    const apikey = await host.startVm({ module: apikeyPath, pluginConfiguration: apikeyConfig({ ...policy, publish_identity: true }, policy.apikey!), vmId: 'apikey' });
    const vm = await host.startVm({ module: modulePath, pluginConfiguration: quota, vmId: 'quota' });
    const as = (key?: string) => ({ host, vms: [apikey, vm], headers: (key ? { 'x-api-key': key } : {}) as Record<string, string> });
    return { vm, as };
  }

  test('each authenticated client has its own count; unauthenticated public requests skip the limit', async () => {
    const { vm, as } = await chain({ limits: [{ name: 'per_client', sliding_window: { limit: 3, per: 'minute' }, key: ['identity'] }] });
    expect(admitted(vm, 5, '/api/items', as(KEYS.demo))).toBe(3);
    expect(admitted(vm, 5, '/api/items', as(KEYS.ops))).toBe(3);
    expect(admitted(vm, 5, '/health', as())).toBe(5); // public: no identity, the limit does not apply
  });

  test('plans can be chosen by identity', async () => {
    const { vm, as } = await chain({
      limits: [
        { name: 'free', sliding_window: { limit: 1, per: 'minute' }, key: ['identity'] },
        { name: 'pro', sliding_window: { limit: 4, per: 'minute' }, key: ['identity'] },
      ],
      plans: { from: 'identity', default: 'free', plans: [{ name: 'free', limits: ['free'] }, { name: 'pro', values: ['apikey:ops'], limits: ['pro'] }] },
    });
    expect(admitted(vm, 6, '/api/items', as(KEYS.ops))).toBe(4);
    expect(admitted(vm, 6, '/api/items', as(KEYS.demo))).toBe(1);
  });
});

describe('quota: rules and plans', () => {
  test('a rule replaces the default limits on its route (first match wins, methods respected)', async () => {
    const { vm } = await start({
      limits: [
        ipLimit('general', { sliding_window: { limit: 5, per: 'minute' } }),
        ipLimit('search', { sliding_window: { limit: 1, per: 'minute' } }),
      ],
      default_limits: ['general'],
      rules: [
        { name: 'health', methods: ['GET'], prefix: '/health', limits: [] },
        { name: 'search', prefix: '/search', limits: ['search'] },
      ],
    });
    expect(admitted(vm, 20, '/health')).toBe(20);
    expect(admitted(vm, 3, '/search')).toBe(1);
    expect(admitted(vm, 10, '/health', { method: 'POST' })).toBe(5); // not the GET rule: defaults
  });

  test('plans pick limits from a header set upstream of the filter; unknown values get the default plan', async () => {
    const { vm } = await start({
      limits: [
        { name: 'free_min', sliding_window: { limit: 2, per: 'minute' }, key: [{ header: 'x-tenant' }] },
        { name: 'pro_min', sliding_window: { limit: 5, per: 'minute' }, key: [{ header: 'x-tenant' }] },
        { name: 'pro_search', sliding_window: { limit: 1, per: 'minute' }, key: [{ header: 'x-tenant' }] },
      ],
      plans: { from: { header: 'x-plan' }, default: 'free', plans: [{ name: 'free', values: ['free'], limits: ['free_min'] }, { name: 'pro', values: ['pro', 'enterprise'], limits: ['pro_min'] }] },
      rules: [{ name: 'search', prefix: '/search', plan_limits: { pro: ['pro_search'] } }],
    });
    const as = (tenant: string, plan?: string) => ({ headers: (plan ? { 'x-tenant': tenant, 'x-plan': plan } : { 'x-tenant': tenant }) as Record<string, string> });
    expect(admitted(vm, 10, '/a', as('a', 'pro'))).toBe(5);
    expect(admitted(vm, 10, '/a', as('b', 'enterprise'))).toBe(5);
    expect(admitted(vm, 10, '/a', as('c', 'gold'))).toBe(2);
    expect(admitted(vm, 10, '/a', as('d'))).toBe(2);
    expect(admitted(vm, 10, '/search', as('e', 'pro'))).toBe(1);
    expect(admitted(vm, 10, '/search', as('f', 'free'))).toBe(2);
  });
});

describe('quota: rules match the normalized path', () => {
  // The "search" limit applies only on its rule; a request that missed the rule would pass
  // unlimited. Keyed on the route alone, so every spelling must land in one bucket.
  const config = {
    limits: [{ name: 'search', sliding_window: { limit: 2, per: 'minute' }, key: ['route'] }],
    default_limits: [],
    rules: [
      { name: 'search', prefix: '/search', limits: ['search'] },
      { name: 'exact_admin', methods: ['POST'], exact: '/admin', limits: ['search'] },
    ],
  };

  test.each([
    ['an escaped unreserved character', '/%73earch'],
    ['escapes and a query', '/%73%65arch/%69tems?q=%2F'],
    ['a ".." segment', '/public/../search'],
    ['a "." segment', '/./search/./items'],
    ['a leading double slash', '//search'],
    ['repeated slashes inside', '/search//items///x'],
  ])('%s (%s) counts against the limit of the clean path, in the same bucket', async (_name, variant) => {
    const { vm } = await start(config);
    expect(admitted(vm, 1, '/search')).toBe(1);
    expect(admitted(vm, 3, variant)).toBe(1); // the second of two: then refused
    const denied = send(vm, '/search');
    expect(denied.status).toBe(429);
    expect(denied.header('ratelimit-policy')).toBe('"search";q=2;w=60');
    expect(vm.metric('portcullis.quota.live_keys')).toBe(1); // "route" is the rule's name: one key
    expect(admitted(vm, 3, '/other')).toBe(3); // no rule: no limit
  });

  test('an exact rule matches its normalized spellings, with the method, and nothing longer', async () => {
    const { vm } = await start(config);
    expect(admitted(vm, 1, '/x/../%61dmin', { method: 'POST' })).toBe(1);
    expect(admitted(vm, 1, '//admin?next=/', { method: 'POST' })).toBe(1);
    expect(admitted(vm, 1, '/admin', { method: 'POST' })).toBe(0);
    expect(admitted(vm, 3, '/admin', { method: 'GET' })).toBe(3); // not the rule's method
    expect(admitted(vm, 3, '/admin/x', { method: 'POST' })).toBe(3); // exact: no prefix match
    expect(admitted(vm, 3, '/adm%2Fin', { method: 'POST' })).toBe(3); // an escaped slash stays escaped
  });
});

describe('quota: metrics', () => {
  test('allowed, denied, and limited and near_limit (at 80% used) per limit', async () => {
    const { vm } = await start({ limits: [ipLimit('ten', { sliding_window: { limit: 10, per: 'minute' } })] });
    admitted(vm, 12, '/a');
    expect(vm.counter('portcullis.quota.allowed')).toBe(10);
    expect(vm.counter('portcullis.quota.denied')).toBe(2);
    expect(vm.counter('portcullis.quota.limited.ten')).toBe(2);
    expect(vm.counter('portcullis.quota.near_limit.ten')).toBe(3); // requests 8, 9, 10
    expect(vm.counter('portcullis.quota.cas_retries') ?? 0).toBe(0);
    expect(vm.metric('portcullis.quota.live_keys')).toBe(1);
  });
});

describe('quota: configuration errors', () => {
  const cases: [string, unknown, string][] = [
    ['not JSON', '{', 'quota: invalid configuration: not valid JSON: '],
    ['a global limit without the rate-limit service', { limits: [ipLimit('g', { sliding_window: { limit: 1, per: 'second' } }, { global: true })] },
      'quota: invalid configuration: limits[0].global: limit "g": needs the top-level "global" section (the rate-limit service)'],
    ['no algorithm', { limits: [{ name: 'x', key: [] }] }, 'quota: invalid configuration: limits[0]: must have exactly one of "token_bucket" or "sliding_window"'],
    ['both algorithms', { limits: [{ name: 'x', token_bucket: { rate: 1, per: 'second' }, sliding_window: { limit: 1, per: 'second' } }] },
      'quota: invalid configuration: limits[0]: must have exactly one of "token_bucket" or "sliding_window"'],
    ['a fractional rate', { limits: [ipLimit('x', { token_bucket: { rate: 1.5, per: 'second' } })] }, 'quota: invalid configuration: limits[0].token_bucket.rate: expected an integer'],
    ['an unknown period', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'week' } })] },
      'quota: invalid configuration: limits[0].sliding_window.per: expected one of: second, minute, hour, day'],
    ['a cost over the capacity', { limits: [ipLimit('x', { token_bucket: { rate: 1, per: 'second', burst: 2 } }, { cost: 3 })] },
      'quota: invalid configuration: limits[0].cost: is more than the limit\'s capacity (2): no request could ever pass'],
    ['an unknown key part', { limits: [{ name: 'x', sliding_window: { limit: 1, per: 'second' }, key: ['cookie'] }] },
      'quota: invalid configuration: limits[0].key[0]: expected "identity", "client_ip", "route" or {"header": <name>}'],
    ['an unused limit', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], default_limits: [] },
      'quota: invalid configuration: limits[0]: limit "x" is not used by default_limits, any rule or any plan'],
    ['an unknown limit in a rule', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], rules: [{ name: 'r', prefix: '/', limits: ['y'] }] },
      'quota: invalid configuration: rules[0].limits[0]: unknown limit "y"'],
    ['an unknown field', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], max_key: 5 },
      'quota: invalid configuration: max_key: unknown field (allowed: domain, max_keys, on_key_capacity, xff_trusted_hops, response_headers, sweep_interval_ms, sweep_batch, global, limits, default_limits, rules, plans)'],
    ['plan_limits without plans', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], rules: [{ name: 'r', prefix: '/', plan_limits: {} }] },
      'quota: invalid configuration: rules[0].plan_limits: needs the top-level "plans"'],
    ['an unknown default plan', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], plans: { from: 'identity', default: 'gold', plans: [{ name: 'free', limits: [] }] } },
      'quota: invalid configuration: plans.default: unknown plan "gold"'],
    ['a rule path without a leading slash', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], rules: [{ name: 'r', prefix: 'search', limits: ['x'] }] },
      'quota: invalid configuration: rules[0].prefix: must be a path starting with \'/\' without query, fragment or spaces'],
    ['a rule path with a query', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], rules: [{ name: 'r', exact: '/search?q=1', limits: ['x'] }] },
      'quota: invalid configuration: rules[0].exact: must be a path starting with \'/\' without query, fragment or spaces'],
    ['a rule path that is not ASCII', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], rules: [{ name: 'r', prefix: '/caf\u00e9', limits: ['x'] }] },
      'quota: invalid configuration: rules[0].prefix: must be a path starting with \'/\' without query, fragment or spaces'],
    ['response headers in the build without a response callback (they would never be added)', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], response_headers: true },
      'quota: invalid configuration: response_headers: needs the build with a response callback: load quota-headers.wasm instead of quota.wasm'],
    ['a rule path that is not normalized (it could never match)', { limits: [ipLimit('x', { sliding_window: { limit: 1, per: 'second' } })], rules: [{ name: 'r', prefix: '/api/..//%73earch', limits: ['x'] }] },
      'quota: invalid configuration: rules[0].prefix: must be a normalized path (no \'.\' or \'..\' segments, repeated slashes or escaped unreserved characters): write "/search"'],
  ];
  test.each(cases)('refuses %s with a specific log line', async (_name, config, message) => {
    const host = new Host();
    const vm = await host.startVm({ module: modulePath, pluginConfiguration: config as object | string, allowConfigureFailure: true });
    expect(vm.logs.map((l) => l.message).find((m) => m.startsWith('quota: invalid configuration'))).toMatch(new RegExp('^' + message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
});

// ---- pins for the request-path optimisations (skipped route matching, in-place key hashing) ----

/**
 * Starts the module with every `env.proxy_*` import wrapped to count its calls: how many host
 * calls a request made is what the optimisations changed, and what Envoy pays for.
 */
async function startCounting(config: Config): Promise<{ host: Host; vm: Vm; calls: Map<string, number> }> {
  const calls = new Map<string, number>();
  const Original = WebAssembly.Instance;
  const Counting = function (module: WebAssembly.Module, imports?: WebAssembly.Imports) {
    const env = (imports?.env ?? {}) as Record<string, unknown>;
    const wrapped: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(env)) {
      wrapped[name] = typeof fn !== 'function' ? fn : (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (fn as (...a: unknown[]) => unknown)(...args);
      };
    }
    return new Original(module, { ...imports, env: wrapped } as WebAssembly.Imports);
  } as unknown as typeof WebAssembly.Instance;
  WebAssembly.Instance = Counting;
  try {
    const { host, vm } = await start(config);
    return { host, vm, calls };
  } finally {
    WebAssembly.Instance = Original;
  }
}

const HEADER_PAIRS = 'proxy_get_header_map_pairs';

describe('quota: route matching only when rules can change the outcome', () => {
  const all = { name: 'all', sliding_window: { limit: 3, per: 'minute' }, key: [] };

  test('rules that all apply the unmatched request\'s limits: no header snapshot, limits still applied', async () => {
    const { vm, calls } = await startCounting({
      limits: [all],
      default_limits: ['all'],
      rules: [{ name: 'same', prefix: '/same', limits: ['all'] }, { name: 'also', exact: '/also', limits: ['all'] }],
    });
    calls.clear();
    expect(admitted(vm, 2, '/same/1')).toBe(2);
    expect(admitted(vm, 2, '/elsewhere')).toBe(1); // one shared key: 3 in all, whatever the route
    expect(calls.get(HEADER_PAIRS) ?? 0).toBe(1); // only the refusal's log line read the headers
    expect(send(vm, '/%73ame').status).toBe(429);
    expect(vm.metric('portcullis.quota.live_keys')).toBe(1);
  });

  test('a rule whose limits differ is honoured, on every normalised spelling of its path', async () => {
    const { vm } = await start({
      limits: [all, { name: 'search', sliding_window: { limit: 1, per: 'minute' }, key: [] }],
      default_limits: ['all'],
      rules: [{ name: 'search', prefix: '/search', limits: ['search'] }],
    });
    expect(admitted(vm, 1, '/search')).toBe(1);
    for (const variant of ['/%73earch', '/x/../search', '//search', '/./search?q=1']) expect(send(vm, variant).status).toBe(429);
    expect(admitted(vm, 4, '/other')).toBe(3); // the default limit, untouched by the search requests
  });

  test('a rule with no limits at all still exempts its route', async () => {
    const { vm } = await start({ limits: [all], default_limits: ['all'], rules: [{ name: 'free', prefix: '/health', limits: [] }] });
    expect(admitted(vm, 5, '/%68ealth/live')).toBe(5);
    expect(admitted(vm, 5, '/api')).toBe(3);
  });

  test('per-plan differences make the route matter even when the route part agrees', async () => {
    const { vm } = await start({
      limits: [all, { name: 'pro', sliding_window: { limit: 1, per: 'minute' }, key: [] }],
      default_limits: ['all'],
      plans: { from: { header: 'x-plan' }, default: 'free', plans: [{ name: 'free', limits: [] }, { name: 'pro', values: ['pro'], limits: [] }] },
      rules: [{ name: 'pro_only', prefix: '/pro', limits: ['all'], plan_limits: { pro: ['pro'] } }],
    });
    expect(admitted(vm, 3, '/pro/x', { headers: { 'x-plan': 'pro' } })).toBe(1);
    expect(admitted(vm, 3, '/pro/x')).toBe(2); // free plan on /pro: the route part only ("all", one used above)
  });

  test('a limit keyed on the route matches rules even when every rule agrees', async () => {
    const { vm } = await start({
      limits: [{ name: 'per_route', sliding_window: { limit: 1, per: 'minute' }, key: ['route'] }],
      default_limits: ['per_route'],
      rules: [{ name: 'a', prefix: '/a', limits: ['per_route'] }, { name: 'b', prefix: '/b', limits: ['per_route'] }],
    });
    expect(admitted(vm, 2, '/a')).toBe(1);
    expect(admitted(vm, 2, '/%62/x')).toBe(1); // rule "b": its own key
    expect(admitted(vm, 2, '/c')).toBe(1); // no rule: the "*" key
    expect(send(vm, '/x/../a').status).toBe(429);
    expect(vm.metric('portcullis.quota.live_keys')).toBe(3);
  });
});

describe('quota: the client IP reads headers only when proxies are trusted', () => {
  const headerMapCalls = (calls: Map<string, number>) => [...calls].filter(([name]) => name.includes('header_map')).reduce((n, [, c]) => n + c, 0);

  test('xff_trusted_hops 0: a client_ip-keyed bucket makes no header-map call', async () => {
    const { vm, calls } = await startCounting({ limits: [ipLimit('per_ip', { token_bucket: { rate: 10, per: 'second', burst: 10 } })] });
    calls.clear();
    expect(send(vm, '/a', { peer: '192.0.2.7:5555', headers: { 'x-forwarded-for': '198.51.100.1' } }).status).toBe(200);
    expect(headerMapCalls(calls)).toBe(0);
    expect(calls.get('proxy_get_property') ?? 0).toBeGreaterThan(0); // source.address was read
  });

  test('xff_trusted_hops 1: the header snapshot is read once for x-forwarded-for', async () => {
    const { vm, calls } = await startCounting({ xff_trusted_hops: 1, limits: [ipLimit('per_ip', { token_bucket: { rate: 10, per: 'second', burst: 10 } })] });
    calls.clear();
    expect(send(vm, '/a', { peer: '192.0.2.7:5555', headers: { 'x-forwarded-for': '198.51.100.1' } }).status).toBe(200);
    expect(calls.get(HEADER_PAIRS) ?? 0).toBe(1);
  });
});

/**
 * The key derivation as documented (filters/quota/README.md "Shared state", descriptor.ts):
 * SHA-256 over the UTF-8 of `<name>/<algorithm signature>` followed, per key part, by
 * "\n" <length in UTF-16 units> ":" <value>, or "\n-" for a missing part counted as shared;
 * the fingerprint is its first 16 bytes, the table entry index its bytes 16..24 read as a
 * little-endian u64 modulo the entry count (max_keys / 8), named
 * `portcullis.quota:<domain>:<entries>x8:<index>`. Algorithm signatures: `sw/<limit>/<window ms>`,
 * `tb/<rate>/<period ms>/<burst>`. Computed here independently of the module.
 */
function expectedKey(signature: string, parts: (string | null)[], maxKeys = 100_000, domain = 'default'): { entry: string; fingerprint: string } {
  let text = signature;
  for (const part of parts) text += part === null ? '\n-' : `\n${part.length}:${part}`;
  const digest = createHash('sha256').update(Buffer.from(text, 'utf8')).digest();
  const entries = Math.ceil(maxKeys / 8);
  return {
    entry: `portcullis.quota:${domain}:${entries}x8:${digest.readBigUInt64LE(16) % BigInt(entries)}`,
    fingerprint: digest.subarray(0, 16).toString('hex'),
  };
}

/** Every non-empty key-table entry: name → the fingerprints of its slots. */
function liveEntries(host: Host): Record<string, string[]> {
  const byVm = (host.sharedData as unknown as { byVm: Map<string, Map<string, { value: Uint8Array }>> }).byVm;
  const out: Record<string, string[]> = {};
  for (const [key, { value }] of byVm.get('')?.entries() ?? []) {
    if (!/^portcullis\.quota:[^:]+:\d+x8:\d+$/.test(key) || value.length === 0) continue; // table entries only
    const slots: string[] = [];
    for (let at = 0; at + 48 <= value.length; at += 48) slots.push(Buffer.from(value.subarray(at, at + 16)).toString('hex'));
    out[key] = slots;
  }
  return out;
}

function only(key: { entry: string; fingerprint: string }): Record<string, string[]> {
  return { [key.entry]: [key.fingerprint] };
}

describe('quota: key fingerprints and table entries are the documented derivation', () => {
  const tenant = { name: 'per_tenant', sliding_window: { limit: 5, per: 'minute' }, key: [{ header: 'x-tenant' }] };
  const TENANT_SIG = 'per_tenant/sw/5/60000';

  test('a key on one header', async () => {
    const { host, vm } = await start({ limits: [tenant] });
    send(vm, '/a', { headers: { 'x-tenant': 'acme' } });
    expect(liveEntries(host)).toEqual(only(expectedKey(TENANT_SIG, ['acme'])));
  });

  test('a known value: the derivation itself has not drifted', () => {
    // Computed once from the documented algorithm (SHA-256 of "per_tenant/sw/5/60000\n4:acme").
    expect(expectedKey(TENANT_SIG, ['acme'])).toEqual({
      entry: 'portcullis.quota:default:12500x8:1474',
      fingerprint: '24b531fdcd6c3a47591f32d517ce71f2',
    });
  });

  test('a key on several parts (client IP, header, route), and a missing part counted as shared', async () => {
    const limit = { name: 'combo', token_bucket: { rate: 10, per: 'second', burst: 20 }, key: ['client_ip', { header: 'x-tenant' }, 'route'], missing: 'shared' };
    const config = { max_keys: 800, limits: [limit], default_limits: [], rules: [{ name: 'search', prefix: '/search', limits: ['combo'] }] };
    const sig = 'combo/tb/10/1000/20';
    const { host, vm } = await start(config);
    send(vm, '/search/x', { headers: { 'x-tenant': 'acme' }, peer: '192.0.2.7:5555' });
    expect(liveEntries(host)).toEqual(only(expectedKey(sig, ['192.0.2.7', 'acme', 'search'], 800)));
    const { host: host2, vm: vm2 } = await start(config);
    send(vm2, '/%73earch', { peer: '[2001:DB8::1]:443' });
    expect(liveEntries(host2)).toEqual(only(expectedKey(sig, ['2001:db8::1', null, 'search'], 800)));
  });

  test('a limit without key parts: one key, the same for every request', async () => {
    const { host, vm } = await start({ domain: 'edge', limits: [{ name: 'global_rate', token_bucket: { rate: 3, per: 'minute', burst: 5 }, key: [] }] });
    const key = expectedKey('global_rate/tb/3/60000/5', [], 100_000, 'edge');
    send(vm, '/a', { peer: '10.0.0.1:1' });
    send(vm, '/b', { peer: '10.0.0.2:1', headers: { 'x-tenant': 'other' } });
    expect(liveEntries(host)).toEqual(only(key));
    expect(admitted(vm, 5, '/c')).toBe(3); // burst 5, two already taken
  });

  describe('non-ASCII and repeated header values', () => {
    test.each([
      ['a non-ASCII value (length in UTF-16 units, UTF-8 hashed)', [['x-tenant', 'café']], 'café'],
      ['a value outside the BMP', [['x-tenant', 'team-😀']], 'team-😀'],
      ['a repeated header: values joined with ", "', [['x-tenant', 'a'], ['x-tenant', 'b']], 'a, b'],
      ['a repeated non-ASCII header', [['x-tenant', 'zürich'], ['x-tenant', 'b']], 'zürich, b'],
      ['an ASCII key while another header is not ASCII', [['x-tenant', 'acme'], ['x-note', 'naïve']], 'acme'],
      ['a repeated ASCII key while another header is not ASCII', [['x-tenant', 'a'], ['x-note', 'ü'], ['x-tenant', 'b']], 'a, b'],
    ] as [string, [string, string][], string][])('%s', async (_name, headers, value) => {
      const { host, vm } = await start({ limits: [tenant] });
      expect(send(vm, '/a', { headers }).status).toBe(200);
      expect(liveEntries(host)).toEqual(only(expectedKey(TENANT_SIG, [value])));
    });

    test('repeated copies share the key of the combined value; different values never share', async () => {
      const { host, vm } = await start({ limits: [{ ...tenant, sliding_window: { limit: 2, per: 'minute' } }] });
      expect(admitted(vm, 1, '/a', { headers: [['x-tenant', 'a'], ['x-tenant', 'b']] })).toBe(1);
      expect(admitted(vm, 2, '/a', { headers: { 'x-tenant': 'a, b' } })).toBe(1);
      expect(admitted(vm, 2, '/a', { headers: { 'x-tenant': 'cafe' } })).toBe(2);
      expect(admitted(vm, 3, '/a', { headers: { 'x-tenant': 'café' } })).toBe(2);
      expect(Object.values(liveEntries(host)).flat()).toHaveLength(3);
    });
  });
});
