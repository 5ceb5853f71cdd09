// The quota filter's global limits on host-sim: tokens leased from the rate-limit service over
// gRPC (the request bytes decoded), admission on credit, a cached OVER_LIMIT verdict with its
// Retry-After, outage modes with metrics and one log line, monitor mode, the order of local and
// global limits, one call per batch rather than per request, and configuration errors.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Host, type PendingGrpcCall, type Vm } from '../../host-sim/index.ts';
import { quotaConfig } from '../../envoy/policy/quota.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';
import { testPolicy } from '../support/policies.ts';
import { T0, send, startQuota, type Config } from './quota-helpers.ts';

let modulePath: string;
beforeAll(async () => {
  [modulePath] = await ensureBuilt('quota');
});

const CLUSTER = 'portcullis_ratelimit';
const LIMIT = 100;

function globalConfig(global: Record<string, unknown> = {}, limit: Record<string, unknown> = {}, more: Config = {}): Config {
  return {
    global: { cluster: CLUSTER, domain: 'edge', batch: 5, timeout_ms: 1000, ...global },
    limits: [{ name: 'g', sliding_window: { limit: LIMIT, per: 'minute' }, key: ['client_ip'], global: true, ...limit }],
    ...more,
  };
}

async function start(config: Config) {
  const host = new Host({ startTimeMs: T0, clusters: [CLUSTER] });
  const { vm } = await startQuota(modulePath, config, host);
  return { host, vm };
}

// ---- protobuf, just enough for RateLimitRequest / RateLimitResponse ----

function varint(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}
const field = (tag: number, value: number) => [...varint(tag << 3), ...varint(value)];
const nested = (tag: number, bytes: number[]) => [...varint((tag << 3) | 2), ...varint(bytes.length), ...bytes];

const CODE = { OK: 1, OVER_LIMIT: 2 } as const;
const UNIT_MINUTE = 2;

/** RateLimitResponse with one DescriptorStatus. */
function rlsResponse(code: number, options: { remaining?: number; resetS?: number } = {}): Uint8Array {
  const status = [
    ...field(1, code),
    ...nested(2, [...field(1, LIMIT), ...field(2, UNIT_MINUTE)]),
    ...(options.remaining !== undefined ? field(3, options.remaining) : []),
    ...nested(4, field(1, options.resetS ?? 60)),
  ];
  return new Uint8Array([...field(1, code), ...nested(2, status)]);
}

interface DecodedRequest {
  domain: string;
  descriptors: [string, string][][];
  hitsAddend: number;
}

function fields(bytes: Uint8Array): [number, number | Uint8Array][] {
  const out: [number, number | Uint8Array][] = [];
  let i = 0;
  const readVarint = () => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[i++]!;
      n += (b & 0x7f) * scale;
      scale *= 128;
      if (b < 0x80) return n;
    }
  };
  while (i < bytes.length) {
    const key = readVarint();
    if ((key & 7) === 0) out.push([key >> 3, readVarint()]);
    else if ((key & 7) === 2) {
      const len = readVarint();
      out.push([key >> 3, bytes.subarray(i, i + len)]);
      i += len;
    } else throw new Error(`unexpected wire type ${key & 7}`);
  }
  return out;
}

const text = (v: number | Uint8Array) => new TextDecoder().decode(v as Uint8Array);

function decodeRequest(message: Uint8Array): DecodedRequest {
  const decoded: DecodedRequest = { domain: '', descriptors: [], hitsAddend: 0 };
  for (const [tag, value] of fields(message)) {
    if (tag === 1) decoded.domain = text(value);
    else if (tag === 2) {
      decoded.descriptors.push(fields(value as Uint8Array).map(([, entry]) => {
        const parts = fields(entry as Uint8Array);
        return [text(parts.find(([t]) => t === 1)![1]), text(parts.find(([t]) => t === 2)![1])];
      }));
    } else if (tag === 3) decoded.hitsAddend = value as number;
  }
  return decoded;
}

/** The descriptor value of a client_ip-keyed limit: its key fingerprint in hex (never the IP). */
function keyHex(limitSignature: string, ip: string): string {
  return createHash('sha256').update(`${limitSignature}\n${ip.length}:${ip}`).digest('hex').slice(0, 32);
}

const calls = (vm: Vm): PendingGrpcCall[] => vm.pendingGrpcCalls();
const only = (vm: Vm): PendingGrpcCall => {
  const pending = calls(vm);
  expect(pending).toHaveLength(1);
  return pending[0]!;
};

describe('quota global: leases', () => {
  test('the first request starts one lease call: domain, [portcullis_limit, portcullis_key], hits_addend = batch', async () => {
    const { vm } = await start(globalConfig());
    expect(send(vm, '/a').status).toBe(200); // on credit while the call is out
    const call = only(vm);
    expect(call).toMatchObject({ cluster: CLUSTER, serviceName: 'envoy.service.ratelimit.v3.RateLimitService', method: 'ShouldRateLimit', timeoutMs: 1000 });
    expect(decodeRequest(call.message)).toEqual({
      domain: 'edge',
      descriptors: [[['portcullis_limit', 'g'], ['portcullis_key', keyHex(`g/sw/${LIMIT}/60000`, '10.0.0.1')]]],
      hitsAddend: 5,
    });
    // The client address itself is nowhere in the message.
    expect(Buffer.from(call.message).includes(Buffer.from('10.0.0.1'))).toBe(false);
  });

  test('a limit without key sends one descriptor entry; each key has its own lease', async () => {
    const { vm } = await start(globalConfig({}, {}, {
      limits: [
        { name: 'g', sliding_window: { limit: LIMIT, per: 'minute' }, key: ['client_ip'], global: true },
        { name: 'site', sliding_window: { limit: 1000, per: 'hour' }, global: true },
      ],
    }));
    send(vm, '/a', { peer: '10.0.0.1:1' });
    send(vm, '/a', { peer: '10.0.0.2:1' });
    const requests = calls(vm).map((c) => decodeRequest(c.message).descriptors[0]!);
    expect(requests.filter((d) => d[0]![1] === 'g')).toHaveLength(2);
    expect(requests.filter((d) => d[0]![1] === 'site')).toEqual([[['portcullis_limit', 'site']]]);
  });

  test('credit admits requests ahead of the grant, then refuses until it arrives; the grant admits the batch', async () => {
    const { vm } = await start(globalConfig({ credit: 3 }));
    expect([1, 2, 3, 4].map(() => send(vm, '/a').status)).toEqual([200, 200, 200, 429]);
    only(vm).respond({ message: rlsResponse(CODE.OK, { remaining: 95 }) });
    expect(vm.counter('portcullis.quota.global.lease_granted')).toBe(1);
    // 5 granted - 3 spent on credit = 2 left, at the low-water mark: the next lease is already out.
    expect(send(vm, '/a').status).toBe(200);
    expect(send(vm, '/a').status).toBe(200);
    expect(decodeRequest(only(vm).message).hitsAddend).toBe(5);
  });

  test('credit 0 waits for the grant: the first request is refused, Retry-After until the call answers', async () => {
    const { vm } = await start(globalConfig({ credit: 0, timeout_ms: 2000 }));
    const first = send(vm, '/a');
    expect(first.status).toBe(429);
    expect(first.header('retry-after')).toBe('2');
    only(vm).respond({ message: rlsResponse(CODE.OK, { remaining: 95 }) });
    expect(send(vm, '/a').status).toBe(200);
  });

  test('an OVER_LIMIT verdict is cached until the window resets: 429 with Retry-After, no call out', async () => {
    const { host, vm } = await start(globalConfig());
    send(vm, '/a');
    only(vm).respond({ message: rlsResponse(CODE.OVER_LIMIT, { resetS: 30 }) });
    host.advanceTime(10_000);
    const denied = send(vm, '/a', { headers: { 'x-request-id': 'r-9' } });
    expect(denied.status).toBe(429);
    expect(denied.header('retry-after')).toBe('20');
    expect(denied.header('ratelimit-policy')).toBe(`"g";q=${LIMIT};w=60`);
    expect(denied.header('ratelimit')).toBe('"g";r=0;t=20');
    expect(denied.stream.localResponse?.details).toBe('portcullis_quota_limited');
    for (let i = 0; i < 50; i++) expect(send(vm, '/a').status).toBe(429);
    expect(calls(vm)).toHaveLength(0);
    expect(vm.counter('portcullis.quota.limited.g')).toBe(51);
    expect(vm.counter('portcullis.quota.global.lease_over_limit')).toBe(1);
    expect(vm.logs.some((l) => /quota: limited request_id=r-9 limit=g key=[0-9a-f]{12} retry_after=20/.test(l.message))).toBe(true);
    host.advanceTime(20_000);
    expect(send(vm, '/a').status).toBe(200); // new window: on credit, and a new lease call
    expect(calls(vm)).toHaveLength(1);
  });

  test('N requests make about N / batch calls, never one per request', async () => {
    const { vm } = await start(globalConfig({ batch: 10 }, { sliding_window: { limit: 1000, per: 'minute' } }));
    let started = 0;
    let ok = 0;
    for (let i = 0; i < 300; i++) {
      if (send(vm, '/a').status === 200) ok++;
      for (const call of calls(vm)) {
        started++;
        call.respond({ message: rlsResponse(CODE.OK, { remaining: 1000 - 10 * started }) });
      }
    }
    expect(ok).toBe(300);
    expect(started).toBeGreaterThanOrEqual(30);
    expect(started).toBeLessThanOrEqual(31);
    expect(vm.counter('portcullis.quota.global.lease_requests')).toBe(started);
  });
});

describe('quota global: outages', () => {
  test('fail_closed (default): 429, failed_closed and service_failures counted, one warning per outage', async () => {
    const { host, vm } = await start(globalConfig({ credit: 1 }));
    send(vm, '/a'); // on credit
    only(vm).fail({ status: 14, message: 'no healthy upstream' });
    expect([1, 2, 3].map(() => send(vm, '/a').status)).toEqual([429, 429, 429]);
    expect(vm.counter('portcullis.quota.global.failed_closed')).toBe(3);
    expect(vm.counter('portcullis.quota.global.service_failures')).toBe(1);
    expect(vm.counter('portcullis.quota.limited.g')).toBe(3);
    const warnings = vm.logs.filter((l) => l.level === 'warn' && l.message.includes('rate-limit service unavailable'));
    expect(warnings.map((l) => l.message)).toEqual(['quota: rate-limit service unavailable for limit "g" (gRPC status 14 no healthy upstream): failing closed until it answers']);
    // retry_ms later the service is probed again; the answer ends the outage.
    host.advanceTime(1000);
    send(vm, '/a');
    only(vm).respond({ message: rlsResponse(CODE.OK, { remaining: 90 }) });
    expect(vm.logs.some((l) => l.level === 'info' && l.message === 'quota: rate-limit service reachable again for limit "g"')).toBe(true);
    expect(send(vm, '/a').status).toBe(200);
  });

  test('a timeout with on_outage fail_open on the limit admits, counted as failed_open', async () => {
    const { host, vm } = await start(globalConfig({ credit: 1, on_outage: 'fail_closed' }, { on_outage: 'fail_open' }));
    send(vm, '/a');
    host.advanceTime(1000); // the call's deadline
    expect(calls(vm)).toHaveLength(0);
    expect([1, 2].map(() => send(vm, '/a').status)).toEqual([200, 200]);
    expect(vm.counter('portcullis.quota.global.failed_open')).toBe(2);
    expect(vm.logs.some((l) => l.level === 'warn' && l.message.includes('(gRPC status 4 upstream request timeout): failing open'))).toBe(true);
  });

  test('a cluster Envoy does not know is an outage from the first request', async () => {
    const { vm } = await start(globalConfig({ cluster: 'nowhere', credit: 0 }));
    expect(send(vm, '/a').status).toBe(429);
    expect(vm.counter('portcullis.quota.global.service_failures')).toBe(1);
    expect(vm.logs.some((l) => l.message.includes('cannot start the call'))).toBe(true);
  });
});

describe('quota global: with local limits, monitor mode and response fields', () => {
  test('local limits are checked first: a local refusal spends no global token, a global refusal commits no local unit', async () => {
    const { vm } = await start(globalConfig({ credit: 0 }, {}, {
      limits: [
        { name: 'g', sliding_window: { limit: LIMIT, per: 'minute' }, key: ['client_ip'], global: true },
        { name: 'one', sliding_window: { limit: 1, per: 'minute' }, key: ['client_ip'] },
      ],
    }));
    const first = send(vm, '/a'); // global: no credit, grant pending
    expect(first.status).toBe(429);
    expect(first.header('ratelimit-policy')).toBe(`"g";q=${LIMIT};w=60`);
    only(vm).respond({ message: rlsResponse(CODE.OK, { remaining: 95 }) });
    expect(send(vm, '/a').status).toBe(200); // "one" still had its unit
    const third = send(vm, '/a');
    expect(third.status).toBe(429);
    expect(third.header('ratelimit-policy')).toBe('"one";q=1;w=60');
    expect(vm.counter('portcullis.quota.limited.one')).toBe(1);
    expect(vm.counter('portcullis.quota.limited.g')).toBe(1);
    expect(calls(vm)).toHaveLength(0); // 4 tokens left: no new lease
  });

  test('a monitored global limit logs and counts what it would refuse and refuses nothing', async () => {
    const { vm } = await start(globalConfig({}, { monitor: true }));
    send(vm, '/a');
    only(vm).respond({ message: rlsResponse(CODE.OVER_LIMIT, { resetS: 60 }) });
    expect([1, 2].map(() => send(vm, '/a').status)).toEqual([200, 200]);
    expect(vm.counter('portcullis.quota.would_limit.g')).toBe(2);
    expect(vm.counter('portcullis.quota.limited.g') ?? 0).toBe(0);
    expect(vm.logs.some((l) => l.message.startsWith('quota: monitor: would limit request_id=- limit=g'))).toBe(true);
  });

  test('admitted responses carry the RateLimit fields of local limits only (what is left globally is the service\'s)', async () => {
    const { vm } = await start(globalConfig({}, {}, {
      response_headers: true,
      limits: [
        { name: 'g', sliding_window: { limit: LIMIT, per: 'minute' }, key: ['client_ip'], global: true },
        { name: 'local', sliding_window: { limit: 10, per: 'minute' }, key: ['client_ip'] },
      ],
    }));
    const res = send(vm, '/a');
    expect(res.status).toBe(200);
    expect(res.header('ratelimit-policy')).toBe('"local";q=10;w=60');
  });
});

describe('quota global: policy and configuration', () => {
  test('the policy section compiles to a configuration the module accepts', async () => {
    const policy = testPolicy({
      quota: {
        global: { service: { address: '127.0.0.1', port: 8081 }, batch: 20, on_outage: 'fail_open' },
        limits: [{ name: 'g', sliding_window: { limit: 1000, per: 'minute' }, key: ['identity'], global: true, on_outage: 'fail_closed' }],
      },
    });
    const config = quotaConfig(policy)!;
    expect(config.global).toEqual({ cluster: CLUSTER, domain: 'portcullis', batch: 20, timeout_ms: 1000, retry_ms: 1000, on_outage: 'fail_open' });
    const { vm } = await start(config as unknown as Config);
    expect(vm.logs.some((l) => l.message.endsWith('; 1 global limit(s) leased from the rate-limit service'))).toBe(true);
  });

  const base = (limit: Record<string, unknown>, more: Config = {}) => ({ ...globalConfig({}, limit), ...more });
  const cases: [string, Config, string][] = [
    ['a global token bucket', base({ sliding_window: undefined, token_bucket: { rate: 10, per: 'second' } }),
      'limits[0].global: limit "g": the rate-limit service counts requests per window: a global limit needs sliding_window {limit, per}'],
    ['a global cost', base({ cost: 2 }), 'limits[0].cost: a global limit counts 1 per request'],
    ['a batch over the limit', base({ sliding_window: { limit: 4, per: 'second' } }),
      'limits[0].global: limit "g": global.batch (5) is more than the limit (4): no lease could ever be granted'],
    ['a global limit without the section', { limits: [{ name: 'g', sliding_window: { limit: 10, per: 'second' }, global: true }] },
      'limits[0].global: limit "g": needs the top-level "global" section (the rate-limit service)'],
    ['the section without a global limit', { global: { cluster: CLUSTER }, limits: [{ name: 'l', sliding_window: { limit: 10, per: 'second' } }] },
      'global: no limit is global ("global": true): remove the section or mark a limit'],
    ['an outage mode on a local limit', { limits: [{ name: 'l', sliding_window: { limit: 10, per: 'second' }, on_outage: 'fail_open' }] },
      'limits[0].on_outage: only a global limit has an outage mode'],
    ['no cluster', { global: { batch: 5 }, limits: [{ name: 'g', sliding_window: { limit: 10, per: 'second' }, global: true }] },
      'global.cluster: required: the Envoy cluster of the rate-limit service (HTTP/2)'],
    ['an unknown outage mode', base({ on_outage: 'shrug' }), 'limits[0].on_outage: expected one of: fail_closed, fail_open'],
  ];
  test.each(cases)('refuses %s', async (_name, config, message) => {
    const clean = JSON.parse(JSON.stringify(config)) as Config;
    const vm = await new Host().startVm({ module: modulePath, pluginConfiguration: clean, allowConfigureFailure: true });
    expect(vm.logs.map((l) => l.message)).toContain(`quota: invalid configuration: ${message}`);
  });
});
