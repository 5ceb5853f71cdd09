// The policy side of the quota filter: the schema fragment accepts and refuses what it should,
// quotaConfig produces a configuration the module accepts, and quotaSemanticIssues catches
// references a schema cannot.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { Host } from '../../host-sim/index.ts';
import { compileChain } from '../../envoy/policy/compile.ts';
import { renderIstioWasmPlugins } from '../../envoy/istio.ts';
import { parseAllDocuments } from 'yaml';
import policySchema from '../../envoy/policy/policy.schema.json' with { type: 'json' };
import { quotaConfig, quotaSemanticIssues, type QuotaPolicy, type QuotaSection } from '../../envoy/policy/quota.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';
import { testPolicy } from '../support/policies.ts';

let modulePath: string;
beforeAll(async () => {
  [modulePath] = await ensureBuilt('quota');
});

const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, useDefaults: true }).compile({
  $defs: (policySchema as { $defs: Record<string, unknown> }).$defs,
  type: 'object',
  additionalProperties: false,
  properties: { quota: { $ref: '#/$defs/quota' }, route: { $ref: '#/$defs/routeQuota' } },
});

const SECTION: QuotaSection = {
  limits: [
    { name: 'per_ip', token_bucket: { rate: 10, per: 'second', burst: 20 }, key: ['client_ip'] },
    { name: 'free_min', sliding_window: { limit: 60, per: 'minute' }, key: ['identity'] },
    { name: 'pro_min', sliding_window: { limit: 600, per: 'minute' }, key: ['identity'] },
    { name: 'search', sliding_window: { limit: 5, per: 'second' }, key: [{ header: 'x-tenant' }, 'route'], monitor: true },
  ],
  default_limits: ['per_ip'],
  // The apikey filter's forward header: set by it after removing client copies, so trusted.
  plans: { from: { header: 'x-portcullis-client' }, default: 'free', plans: [{ name: 'free', limits: ['free_min'] }, { name: 'pro', values: ['ops'], limits: ['pro_min'] }] },
};

function policyWith(section: QuotaSection | undefined, routeQuota: Record<string, unknown> = { limits: ['per_ip', 'search'] }): QuotaPolicy {
  const base = testPolicy();
  const routes = base.routes.map((r) => (r.name === 'api' ? { ...r, quota: routeQuota } : r));
  return { ...base, routes, quota: section } as QuotaPolicy;
}

describe('quota policy: schema sections', () => {
  test('accepts a full section and fills defaults', () => {
    const doc = { quota: structuredClone(SECTION), route: { limits: ['search'], plan_limits: { pro: [] } } };
    expect(validate(doc)).toBe(true);
    expect(doc.quota).toMatchObject({ domain: 'default', max_keys: 100000, on_key_capacity: 'overflow', xff_trusted_hops: 0, response_headers: false });
    expect(doc.quota.limits[0]).toMatchObject({ cost: 1, missing: 'skip', monitor: false });
  });

  test.each([
    ['an unknown field', { limits: [{ name: 'a', sliding_window: { limit: 1, per: 'second' } }], burst: 1 }],
    ['both algorithms', { limits: [{ name: 'a', sliding_window: { limit: 1, per: 'second' }, token_bucket: { rate: 1, per: 'second' } }] }],
    ['no algorithm', { limits: [{ name: 'a', key: [] }] }],
    ['a bad key part', { limits: [{ name: 'a', sliding_window: { limit: 1, per: 'second' }, key: ['cookie'] }] }],
    ['an upper-case header', { limits: [{ name: 'a', sliding_window: { limit: 1, per: 'second' }, key: [{ header: 'X-Tenant' }] }] }],
    ['a zero rate', { limits: [{ name: 'a', token_bucket: { rate: 0, per: 'second' } }] }],
    ['a week', { limits: [{ name: 'a', sliding_window: { limit: 1, per: 'week' } }] }],
  ])('refuses %s', (_name, quota) => {
    expect(validate({ quota })).toBe(false);
  });
});

describe('quota policy: compile', () => {
  test('one rule per route in route order, the route sub-section carried over; the module accepts it', async () => {
    const config = quotaConfig(policyWith(structuredClone(SECTION)))!;
    expect(config.rules.map((r) => r.name)).toEqual(['health', 'admin', 'reports', 'api']);
    expect(config.rules[2]).toEqual({ name: 'reports', methods: ['GET'], exact: '/reports' });
    expect(config.rules[3]).toEqual({ name: 'api', methods: [], prefix: '/api', limits: ['per_ip', 'search'] });
    const vm = await new Host().startVm({ module: modulePath, pluginConfiguration: config });
    expect(vm.logs.some((l) => l.message.startsWith('quota: configured with 4 limit(s), 4 rule(s), 2 plan(s)'))).toBe(true);
  });

  test('no section, no filter configuration', () => {
    expect(quotaConfig(policyWith(undefined))).toBeUndefined();
  });

  test('the build with a response callback only when response_headers asks for it (Envoy would call it on every stream)', async () => {
    const section = (response_headers: boolean) => ({ limits: [structuredClone(SECTION.limits[0])], default_limits: ['per_ip'], response_headers });
    const chain = (response_headers: boolean) => compileChain(testPolicy({ quota: section(response_headers) }), { buildDir: '/b' }).find((s) => s.name === 'quota')!;
    expect(chain(false).wasmPath).toBe('/b/quota.wasm');
    expect(chain(true).wasmPath).toBe('/b/quota-headers.wasm');
    const istioUrls = (response_headers: boolean) =>
      parseAllDocuments(renderIstioWasmPlugins(testPolicy({ quota: section(response_headers) }), { imageBase: 'r/p', tag: 't' }))
        .map((d) => d.toJS() as { kind: string; spec: { url: string } })
        .filter((d) => d.kind === 'WasmPlugin')
        .map((d) => d.spec.url);
    expect(istioUrls(false)).toContain('oci://r/p/quota:t');
    expect(istioUrls(true)).toContain('oci://r/p/quota-headers:t');
    // Each build accepts the option only where it can honour it.
    const [headersPath] = await ensureBuilt('quota-headers');
    const config = JSON.parse(chain(true).configuration);
    const withCallback = await new Host().startVm({ module: headersPath!, pluginConfiguration: config });
    expect(withCallback.configured).toBe(true);
    const without = await new Host().startVm({ module: modulePath, pluginConfiguration: config, allowConfigureFailure: true });
    expect(without.configured).toBe(false);
  });
});

describe('quota policy: semantic issues', () => {
  const issue = (section: QuotaSection | undefined, route?: Record<string, unknown>) =>
    quotaSemanticIssues(policyWith(section, route)).map((i) => `${i.segments.join('.')}: ${i.message}`);

  test('a consistent policy has none', () => {
    expect(issue(structuredClone(SECTION))).toEqual([]);
  });

  test('refuses a plan header no earlier filter owns: a client could pick its own plan', () => {
    const section = structuredClone(SECTION);
    section.plans!.from = { header: 'x-portcullis-plan' };
    expect(issue(section)).toEqual([
      'quota.plans.from.header: "x-portcullis-plan" is not set by an earlier filter, so a client could pick its own plan; use a header the jwt filter writes (claims_to_headers, identity_header) or the apikey forward_header, or from: identity',
    ]);
  });

  test('finds unknown and unused limits, unknown plans, global limits and impossible costs', () => {
    const section = structuredClone(SECTION);
    section.limits.push({ name: 'idle', sliding_window: { limit: 1, per: 'hour' }, global: true, cost: 2 });
    section.plans!.default = 'gold';
    expect(issue(section, { limits: ['nope'], plan_limits: { platinum: [] } })).toEqual([
      'quota.limits.4.global: a global limit needs quota.global (the rate-limit service)',
      'quota.limits.4.cost: a global limit counts 1 per request',
      "quota.limits.4.cost: cost 2 is more than the limit's capacity (1): no request could ever pass",
      'quota.plans.default: unknown plan "gold"; plans: free, pro',
      'routes.3.quota.limits.0: unknown limit "nope"; limits: per_ip, free_min, pro_min, search, idle',
      'routes.3.quota.plan_limits.platinum: unknown plan "platinum"',
      'quota.limits.3: limit "search" is not used by default_limits, any route or any plan',
      'quota.limits.4: limit "idle" is not used by default_limits, any route or any plan',
    ]);
  });

  test('a route sub-section needs the top-level section', () => {
    expect(issue(undefined)).toEqual(['routes.3.quota: per-route quota settings need the top-level quota section']);
  });
});
