// Who gets the caller's identity: the compiler's one decision about the identity hand-off
// (docs/ARCHITECTURE.md, Identity hand-off), and the contradiction a policy can state about it.
import type { RawIssue } from './schema.ts';
import type { Policy } from './types.ts';

/**
 * Whether the authenticating filters publish the caller's identity (filter state
 * `wasm.portcullis.identity`): the policy's `publish_identity`, else only when a filter of the
 * chain may read it: the quota filter keyed on it, or any extra filter (what it reads is its
 * own business). Envoy stores filter state on every admitted request, a cost worth paying
 * only for a reader.
 */
export function publishIdentity(policy: Policy): boolean {
  if (policy.publish_identity !== undefined) return policy.publish_identity;
  return quotaIdentityReader(policy) !== null || (policy.extra_filters?.length ?? 0) > 0;
}

/** Where the quota section keys on the identity (a policy path), or null when it does not. */
function quotaIdentityReader(policy: Policy): string | null {
  const quota = policy.quota;
  if (quota === undefined) return null;
  if (quota.plans?.from === 'identity') return 'quota.plans.from';
  const i = quota.limits.findIndex((limit) => limit.key?.includes('identity') ?? false);
  return i < 0 ? null : `quota.limits[${i}].key`;
}

/** `publish_identity: false` with a quota keyed on identity: every caller would count as anonymous. */
export function identityIssues(policy: Policy): RawIssue[] {
  if (policy.publish_identity !== false) return [];
  const reader = quotaIdentityReader(policy);
  if (reader === null) return [];
  return [{ segments: ['publish_identity'], message: `${reader} keys on the identity, which false would never hand over: remove publish_identity (or set it to true)` }];
}
