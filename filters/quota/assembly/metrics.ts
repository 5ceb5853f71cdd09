// The filter-wide metrics (Envoy shows them as wasmcustom.<name>). Per-limit counters
// (limited, near_limit, would_limit) live on each LimitSpec.

import { Counter, Gauge } from "../../../sdk/assembly/index";

/** Requests every applicable limit admitted. */
export const allowed = new Counter("portcullis.quota.allowed");
/**
 * Requests refused (a limit, a full key table, contention, a state store failure). Decisions
 * are allowed + denied: an admitted request, the common one, increments one counter only.
 */
export const denied = new Counter("portcullis.quota.denied");
/** Decisions redone because another worker changed an entry between read and write. */
export const casRetries = new Counter("portcullis.quota.cas_retries");
/** Decisions refused after the bounded retries (nothing consumed). */
export const contended = new Counter("portcullis.quota.contended");
/** Refunds that could not be written: the units stay counted (stricter, never looser). */
export const refundsLost = new Counter("portcullis.quota.refunds_lost");
/** New keys that found their table entry full (denied, or counted in the overflow state). */
export const keyCapacity = new Counter("portcullis.quota.key_capacity");
/** Keys holding a slot in the table, across all workers. */
export const liveKeys = new Gauge("portcullis.quota.live_keys");

export function addLiveKeys(delta: i32): void {
  if (delta != 0) liveKeys.add(<i64>delta);
}
