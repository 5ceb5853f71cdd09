// The policy's quota sections → the quota filter's plugin configuration (filters/quota/README.md),
// plus the cross-reference checks a JSON schema cannot express. Chain position: after apikey and
// jwt (the filter reads the identity they set and headers the jwt filter derives from claims).
import { RATELIMIT_CLUSTER } from './ratelimit-cluster.ts';
import type { RawIssue } from './schema.ts';
import type { HttpMethod, Policy, Route } from './types.ts';

export type QuotaPeriod = 'second' | 'minute' | 'hour' | 'day';
export type QuotaOutage = 'fail_closed' | 'fail_open';
export type QuotaKeyPart = 'identity' | 'client_ip' | 'route' | { header: string };

export interface QuotaLimit {
  name: string;
  token_bucket?: { rate: number; per: QuotaPeriod; burst?: number };
  sliding_window?: { limit: number; per: QuotaPeriod };
  cost?: number;
  key?: QuotaKeyPart[];
  missing?: 'skip' | 'shared';
  monitor?: boolean;
  global?: boolean;
  /** Only on a global limit: overrides quota.global.on_outage. */
  on_outage?: QuotaOutage;
}

/** The policy's `quota.global`: where the rate-limit service is and how tokens are leased. */
export interface QuotaGlobal {
  service: { address?: string; port: number };
  domain?: string;
  batch?: number;
  credit?: number;
  timeout_ms?: number;
  retry_ms?: number;
  on_outage?: QuotaOutage;
}

/** What the filter gets instead: the Envoy cluster the service is reached through. */
export type QuotaFilterGlobal = Omit<QuotaGlobal, 'service'> & { cluster: string };

export interface QuotaPlan {
  name: string;
  values?: string[];
  limits: string[];
}

export interface QuotaPlans {
  from: 'identity' | { header: string };
  default: string;
  plans: QuotaPlan[];
}

export interface QuotaSection {
  domain?: string;
  max_keys?: number;
  on_key_capacity?: 'deny' | 'overflow';
  xff_trusted_hops?: number;
  response_headers?: boolean;
  sweep_interval_ms?: number;
  sweep_batch?: number;
  global?: QuotaGlobal;
  limits: QuotaLimit[];
  default_limits?: string[];
  plans?: QuotaPlans;
}

export interface RouteQuota {
  limits?: string[];
  plan_limits?: Record<string, string[]>;
}

export type QuotaRoute = Route;
export type QuotaPolicy = Policy;

export interface QuotaRule {
  name: string;
  methods: HttpMethod[];
  prefix?: string;
  exact?: string;
  limits?: string[];
  plan_limits?: Record<string, string[]>;
}

export type QuotaFilterConfig = Omit<QuotaSection, 'limits' | 'global'> & { global?: QuotaFilterGlobal; limits: QuotaLimit[]; rules: QuotaRule[] };

/** The filter's configuration, or undefined when the policy has no quota section. */
export function quotaConfig(policy: QuotaPolicy): QuotaFilterConfig | undefined {
  const section = policy.quota;
  if (!section) return undefined;
  const { limits, plans, default_limits, global, ...settings } = section;
  const config: QuotaFilterConfig = { ...settings, limits: limits.map(copyLimit), rules: policy.routes.map(quotaRule) };
  if (global) {
    const { service: _service, ...lease } = global;
    config.global = { cluster: RATELIMIT_CLUSTER, ...lease };
  }
  if (default_limits) config.default_limits = [...default_limits];
  if (plans) {
    config.plans = {
      from: typeof plans.from === 'string' ? plans.from : { header: plans.from.header },
      default: plans.default,
      plans: plans.plans.map((p) => ({ name: p.name, values: [...(p.values ?? [])], limits: [...p.limits] })),
    };
  }
  return config;
}

function copyLimit(limit: QuotaLimit): QuotaLimit {
  return JSON.parse(JSON.stringify(limit)) as QuotaLimit;
}

/**
 * Every route yields a rule, even one without a quota sub-section: rules are first-match, so a
 * route's rule must stop the search exactly where Envoy's route table would (as for apikey).
 */
function quotaRule(route: QuotaRoute): QuotaRule {
  const rule: QuotaRule = { name: route.name, methods: [...(route.methods ?? [])] };
  if (route.match.prefix !== undefined) rule.prefix = route.match.prefix;
  else rule.exact = route.match.path;
  if (route.quota?.limits) rule.limits = [...route.quota.limits];
  if (route.quota?.plan_limits) rule.plan_limits = Object.fromEntries(Object.entries(route.quota.plan_limits).map(([k, v]) => [k, [...v]]));
  return rule;
}

const PERIOD_MS: Record<QuotaPeriod, number> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** References between limits, plans and routes, and values no request could pass. */
export function quotaSemanticIssues(policy: QuotaPolicy): RawIssue[] {
  const issues: RawIssue[] = [];
  const section = policy.quota;
  if (!section) {
    policy.routes.forEach((route, i) => {
      if (route.quota) issues.push({ segments: ['routes', i, 'quota'], message: 'per-route quota settings need the top-level quota section' });
    });
    return issues;
  }
  const names = new Map<string, number>();
  const used = new Set<string>();
  section.limits.forEach((limit, i) => {
    const at = ['quota', 'limits', i];
    const seen = names.get(limit.name);
    if (seen === undefined) names.set(limit.name, i);
    else issues.push({ segments: [...at, 'name'], message: `duplicate limit name "${limit.name}" (also quota.limits[${seen}])` });
    if (limit.global) issues.push(...globalLimitIssues(limit, section.global, at));
    else if (limit.on_outage !== undefined) issues.push({ segments: [...at, 'on_outage'], message: 'only a global limit has an outage mode' });
    const capacity = limit.token_bucket ? (limit.token_bucket.burst ?? limit.token_bucket.rate) : limit.sliding_window?.limit;
    if (capacity !== undefined && (limit.cost ?? 1) > capacity) {
      issues.push({ segments: [...at, 'cost'], message: `cost ${limit.cost} is more than the limit's capacity (${capacity}): no request could ever pass` });
    }
    if (limit.token_bucket && limit.token_bucket.per && (limit.token_bucket.burst ?? limit.token_bucket.rate) * PERIOD_MS[limit.token_bucket.per] > Number.MAX_SAFE_INTEGER) {
      issues.push({ segments: [...at, 'token_bucket'], message: 'burst × period is too large' });
    }
    const parts = (limit.key ?? []).map((p) => (typeof p === 'string' ? p : `header:${p.header}`));
    parts.forEach((p, k) => {
      if (parts.indexOf(p) !== k) issues.push({ segments: [...at, 'key', k], message: `key part listed twice (also key[${parts.indexOf(p)}])` });
    });
  });

  const refs = (list: string[] | undefined, segments: (string | number)[]) => {
    list?.forEach((name, k) => {
      if (names.has(name)) used.add(name);
      else issues.push({ segments: [...segments, k], message: `unknown limit "${name}"; limits: ${[...names.keys()].join(', ')}` });
    });
  };

  const plans = section.plans;
  const planNames = new Set<string>();
  if (plans) {
    const valueAt = new Map<string, string>();
    plans.plans.forEach((plan, i) => {
      const at = ['quota', 'plans', 'plans', i];
      if (planNames.has(plan.name)) issues.push({ segments: [...at, 'name'], message: `duplicate plan "${plan.name}"` });
      planNames.add(plan.name);
      refs(plan.limits, [...at, 'limits']);
      (plan.values ?? []).forEach((v, k) => {
        const other = valueAt.get(v);
        if (other !== undefined) issues.push({ segments: [...at, 'values', k], message: `"${v}" already selects plan "${other}"` });
        else valueAt.set(v, plan.name);
      });
    });
    if (!planNames.has(plans.default)) issues.push({ segments: ['quota', 'plans', 'default'], message: `unknown plan "${plans.default}"; plans: ${[...planNames].join(', ')}` });
    // A plan grants limits: a header any client can send must not pick it.
    if (typeof plans.from !== 'string' && !filterOwnedHeaders(policy).has(plans.from.header)) {
      issues.push({
        segments: ['quota', 'plans', 'from', 'header'],
        message:
          `"${plans.from.header}" is not set by an earlier filter, so a client could pick its own plan; ` +
          'use a header the jwt filter writes (claims_to_headers, identity_header) or the apikey forward_header, or from: identity',
      });
    }
  }

  policy.routes.forEach((route, i) => {
    const q = route.quota;
    if (!q) return;
    refs(q.limits, ['routes', i, 'quota', 'limits']);
    for (const [plan, list] of Object.entries<string[]>(q.plan_limits ?? {})) {
      if (!plans) issues.push({ segments: ['routes', i, 'quota', 'plan_limits'], message: 'plan_limits needs quota.plans' });
      else if (!planNames.has(plan)) issues.push({ segments: ['routes', i, 'quota', 'plan_limits', plan], message: `unknown plan "${plan}"`, at: 'key' });
      refs(list, ['routes', i, 'quota', 'plan_limits', plan]);
    }
  });

  if (section.global) {
    if (!section.limits.some((l) => l.global)) issues.push({ segments: ['quota', 'global'], message: 'no limit is global (global: true): remove the section or mark a limit' });
  }

  if (section.default_limits) refs(section.default_limits, ['quota', 'default_limits']);
  else for (const name of names.keys()) used.add(name); // absent: every limit nothing else names
  section.limits.forEach((limit, i) => {
    if (!used.has(limit.name)) issues.push({ segments: ['quota', 'limits', i], message: `limit "${limit.name}" is not used by default_limits, any route or any plan` });
  });
  return issues;
}

/**
 * What the rate-limit service can count: requests per aligned window of one unit, one hit per
 * request. So a global limit is a sliding_window (enforced by the service as a fixed window of
 * `per`) with cost 1, and a lease (batch) must fit in it.
 */
function globalLimitIssues(limit: QuotaLimit, global: QuotaGlobal | undefined, at: (string | number)[]): RawIssue[] {
  const issues: RawIssue[] = [];
  if (!global) issues.push({ segments: [...at, 'global'], message: 'a global limit needs quota.global (the rate-limit service)' });
  if (!limit.sliding_window) {
    issues.push({ segments: [...at, 'global'], message: 'the rate-limit service counts requests per window: a global limit needs sliding_window {limit, per}' });
  } else if (global && (global.batch ?? 10) > limit.sliding_window.limit) {
    issues.push({ segments: [...at, 'global'], message: `quota.global.batch (${global.batch ?? 10}) is more than the limit (${limit.sliding_window.limit}): no lease could ever be granted` });
  }
  if ((limit.cost ?? 1) !== 1) issues.push({ segments: [...at, 'cost'], message: 'a global limit counts 1 per request' });
  return issues;
}

/**
 * Headers an earlier filter in the chain sets after removing every client copy (on every route),
 * so their values cannot come from the client.
 */
function filterOwnedHeaders(policy: QuotaPolicy): Set<string> {
  const owned = new Set<string>();
  if (policy.apikey?.forward_header) owned.add(policy.apikey.forward_header);
  for (const route of policy.routes) {
    if (typeof route.apikey?.forward_header === 'string') owned.add(route.apikey.forward_header);
  }
  if (policy.jwt?.identity_header) owned.add(policy.jwt.identity_header);
  for (const provider of [...(policy.jwt?.providers ?? []), ...(policy.jwt?.introspection ?? [])]) {
    for (const m of provider.claims_to_headers) owned.add(m.header);
  }
  return owned;
}
