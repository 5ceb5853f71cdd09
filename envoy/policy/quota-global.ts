// The policy's global limits → what runs beside the gateways: the rate-limit service's config
// file (envoyproxy/ratelimit YAML) and the Envoy cluster the quota filter leases tokens through.
// The descriptors match what filters/quota sends: [portcullis_limit=<name>] for a limit without
// key, [portcullis_limit=<name>, portcullis_key=<fingerprint hex>] for a keyed one (one count per
// distinct key; the key values themselves never reach the service).
import { descriptorsForLimits, renderRatelimitConfig, type GlobalLimitSpec } from '../ratelimit/config.ts';
import { renderRatelimitCluster } from './ratelimit-cluster.ts';
import type { QuotaLimit, QuotaPolicy } from './quota.ts';

/** The descriptor entry a keyed global limit's fingerprint is sent under (filters/quota config.ts). */
export const GLOBAL_DESCRIPTOR_KEY = 'portcullis_key';
export const DEFAULT_GLOBAL_DOMAIN = 'portcullis';

export class QuotaGlobalError extends Error {
  override name = 'QuotaGlobalError';
}

function globalLimits(policy: QuotaPolicy): QuotaLimit[] {
  return policy.quota?.limits.filter((l) => l.global) ?? [];
}

export function hasGlobalLimits(policy: QuotaPolicy): boolean {
  return policy.quota?.global !== undefined && globalLimits(policy).length > 0;
}

/** The rate-limit service's config file (YAML) for the policy's global limits. */
export function renderRatelimitServiceConfig(policy: QuotaPolicy): string {
  const limits = globalLimits(policy);
  const global = policy.quota?.global;
  if (!global || limits.length === 0) throw new QuotaGlobalError('the policy has no global limits (quota.global and a limit with global: true)');
  const specs = limits.map((l): GlobalLimitSpec => {
    if (!l.sliding_window) throw new QuotaGlobalError(`global limit "${l.name}" needs sliding_window {limit, per}`);
    const spec: GlobalLimitSpec = { name: l.name, requests: l.sliding_window.limit, unit: l.sliding_window.per };
    if ((l.key ?? []).length > 0) spec.per = GLOBAL_DESCRIPTOR_KEY;
    return spec;
  });
  return renderRatelimitConfig(global.domain ?? DEFAULT_GLOBAL_DOMAIN, descriptorsForLimits(specs));
}

/** The `portcullis_ratelimit` cluster when the policy has global limits, else none. */
export function ratelimitClusters(policy: QuotaPolicy): Record<string, unknown>[] {
  if (!hasGlobalLimits(policy)) return [];
  const service = policy.quota!.global!.service;
  return [renderRatelimitCluster({ port: service.port, address: service.address ?? '127.0.0.1' })];
}
