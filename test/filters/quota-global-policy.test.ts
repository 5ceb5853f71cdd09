// The policy side of global quota limits: quota.global in the schema, the semantic checks of
// what the rate-limit service can count, the service's config file and the Envoy cluster
// rendered from the policy, and `portcullis render ratelimit`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { validatePolicy } from '../../envoy/policy/index.ts';
import { quotaSemanticIssues, type QuotaSection } from '../../envoy/policy/quota.ts';
import { QuotaGlobalError, renderRatelimitServiceConfig } from '../../envoy/policy/quota-global.ts';
import { renderEnvoyBootstrap } from '../../envoy/render.ts';
import { BUILD_DIR, testPolicy } from '../support/policies.ts';

const GLOBAL = { service: { address: '127.0.0.1', port: 8081 }, batch: 10 };
const LIMITS = [
  { name: 'per_client', sliding_window: { limit: 600, per: 'minute' }, key: ['identity'], global: true, on_outage: 'fail_open' },
  { name: 'site', sliding_window: { limit: 100000, per: 'day' }, global: true },
  { name: 'per_ip', token_bucket: { rate: 10, per: 'second' }, key: ['client_ip'] },
];

const policy = (quota: Record<string, unknown> = { global: GLOBAL, limits: LIMITS }) => testPolicy({ quota });
/** Semantic issues alone (testPolicy would throw on them). */
const issues = (quota: Record<string, unknown>) =>
  quotaSemanticIssues({ ...testPolicy(), quota } as never).map((i) => `${i.segments.join('.')}: ${i.message}`);

describe('quota.global: schema and semantic checks', () => {
  test('a consistent policy validates; schema defaults are filled', () => {
    const p = policy();
    expect(p.quota!.global).toEqual({ service: { address: '127.0.0.1', port: 8081 }, domain: 'portcullis', batch: 10, timeout_ms: 1000, retry_ms: 1000, on_outage: 'fail_closed' });
    expect(quotaSemanticIssues(p)).toEqual([]);
  });

  test.each([
    ['an unknown field', { ...GLOBAL, burst: 3 }, /quota\.global.*burst/],
    ['no service', { batch: 3 }, /quota\.global.*service/],
    ['a zero batch', { ...GLOBAL, batch: 0 }, /quota\.global\.batch/],
    ['an unknown outage mode', { ...GLOBAL, on_outage: 'maybe' }, /quota\.global\.on_outage/],
    ['an address that is neither IPv4 nor a host name', { ...GLOBAL, service: { address: 'rate limit!', port: 8081 } }, /quota\.global\.service\.address/],
    ['an IPv6 literal', { ...GLOBAL, service: { address: '::1', port: 8081 } }, /quota\.global\.service\.address/],
  ])('the schema refuses %s', (_name, global, message) => {
    expect(() => policy({ global, limits: LIMITS })).toThrow(message);
  });

  test('what the rate-limit service cannot count is refused', () => {
    const section: QuotaSection = {
      global: GLOBAL,
      limits: [
        { name: 'bucket', token_bucket: { rate: 10, per: 'second' }, global: true },
        { name: 'heavy', sliding_window: { limit: 100, per: 'minute' }, cost: 2, global: true },
        { name: 'small', sliding_window: { limit: 5, per: 'second' }, global: true },
        { name: 'local', sliding_window: { limit: 5, per: 'second' }, on_outage: 'fail_open' },
      ],
    };
    expect(issues(section as never)).toEqual([
      'quota.limits.0.global: the rate-limit service counts requests per window: a global limit needs sliding_window {limit, per}',
      'quota.limits.1.cost: a global limit counts 1 per request',
      'quota.limits.2.global: quota.global.batch (10) is more than the limit (5): no lease could ever be granted',
      'quota.limits.3.on_outage: only a global limit has an outage mode',
    ]);
  });

  test('global limits need the section, and the section needs a global limit', () => {
    expect(issues({ limits: [LIMITS[1]] })).toEqual(['quota.limits.0.global: a global limit needs quota.global (the rate-limit service)']);
    expect(issues({ global: GLOBAL, limits: [LIMITS[2]] })).toEqual(['quota.global: no limit is global (global: true): remove the section or mark a limit']);
  });
});

describe('quota.global: what is rendered beside the gateways', () => {
  test('the service config: the domain, one descriptor per global limit, nested per key when keyed', () => {
    expect(parse(renderRatelimitServiceConfig(policy()))).toEqual({
      domain: 'portcullis',
      descriptors: [
        { key: 'portcullis_limit', value: 'per_client', descriptors: [{ key: 'portcullis_key', rate_limit: { unit: 'minute', requests_per_unit: 600 } }] },
        { key: 'portcullis_limit', value: 'site', rate_limit: { unit: 'day', requests_per_unit: 100000 } },
      ],
    });
    expect(() => renderRatelimitServiceConfig(policy({ limits: [LIMITS[2]] }))).toThrow(QuotaGlobalError);
  });

  test('the bootstrap has the portcullis_ratelimit cluster (HTTP/2) only when the policy has global limits', () => {
    const clusters = (p: ReturnType<typeof policy>) =>
      (renderEnvoyBootstrap(p, { buildDir: BUILD_DIR }) as { static_resources: { clusters: { name: string }[] } }).static_resources.clusters;
    const rls = clusters(policy()).find((c) => c.name === 'portcullis_ratelimit');
    expect(rls).toMatchObject({
      type: 'STATIC',
      load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: '127.0.0.1', port_value: 8081 } } } }] }] },
      typed_extension_protocol_options: { 'envoy.extensions.upstreams.http.v3.HttpProtocolOptions': { explicit_http_config: { http2_protocol_options: {} } } },
    });
    expect(clusters(policy({ limits: [LIMITS[2]] })).some((c) => c.name === 'portcullis_ratelimit')).toBe(false);
  });

  test('a service named by host name gets a STRICT_DNS cluster (re-resolved as DNS changes)', () => {
    const named = policy({ global: { ...GLOBAL, service: { address: 'ratelimit.infra.svc.cluster.local', port: 8081 } }, limits: LIMITS });
    const rls = (renderEnvoyBootstrap(named, { buildDir: BUILD_DIR }) as { static_resources: { clusters: { name: string }[] } }).static_resources.clusters.find((c) => c.name === 'portcullis_ratelimit');
    expect(rls).toMatchObject({
      type: 'STRICT_DNS',
      load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 'ratelimit.infra.svc.cluster.local', port_value: 8081 } } } }] }] },
    });
  });
});

describe('portcullis render ratelimit', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-quota-global-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) => {
    const out = spawnSync(process.execPath, [join(root, 'bin', 'portcullis.mjs'), 'render', 'ratelimit', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    return { code: out.status, stdout: out.stdout, stderr: out.stderr };
  };

  test('prints the service config to stdout or --out; refuses a policy without global limits', () => {
    const doc = {
      version: 1,
      listener: { address: '127.0.0.1', port: 10000 },
      upstream: { address: '127.0.0.1', port: 8080 },
      routes: [{ name: 'all', match: { prefix: '/' } }],
      quota: { global: GLOBAL, limits: LIMITS },
    };
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, stringify(doc));
    const r = cli([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(renderRatelimitServiceConfig(validatePolicy(structuredClone(doc), 'policy.yaml')));
    const out = join(dir, 'ratelimit.yaml');
    expect(cli([file, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);

    writeFileSync(file, stringify({ ...doc, quota: { limits: [LIMITS[2]] } }));
    const refused = cli([file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the policy has no global limits');
  });
});
