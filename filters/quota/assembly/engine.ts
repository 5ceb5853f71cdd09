// One quota decision over every limit that applies to a request: check all, then commit all.
// The entries holding the request's keys are read, every limit is checked against an
// in-memory copy, and only if all enforced limits pass are the entries written back, each
// with the CAS token of its read. When another worker wrote an entry in between, the entries
// already written are refunded and the whole decision is redone on fresh reads (bounded).
// So an admitted request was counted by every limit, a denied one by none, and no interleaving
// of workers can admit more than a limit allows.
// Global limits (counted by the rate-limit service) are consulted only once every local limit
// has passed, and before anything is committed: a request a local limit denies spends no global
// token, and one a global limit denies commits no local state. Tokens spent before a later
// refusal (a second global limit, or a local limit that a CAS retry turns into a denial) are not
// given back: the lease is briefly stricter than the service, never looser.

import { Context, RootContext, WasmResult } from "../../../sdk/assembly/index";
import { Entry } from "./entry";
import { LimitSpec, QuotaConfig, WAYS } from "./config";
import { spendGlobalToken } from "./global";
import { Check, SlotState } from "./limiter";
import * as metrics from "./metrics";

export const MAX_ATTEMPTS: i32 = 16;

export enum Decision {
  Allowed,
  /** An enforced limit (or the key table, with on_key_capacity deny) refused the request. */
  Limited,
  /** Other workers kept changing the entries: refused after MAX_ATTEMPTS, nothing consumed. */
  Contended,
  /** The host refused to store shared data. Nothing consumed. */
  StoreFailed,
}

/** One limit applied to one request. */
export class Target {
  limit: LimitSpec | null = null;
  readonly fingerprint: Uint8Array = new Uint8Array(16);
  /** The key table entry the key lives in (descriptor.ts keyOf). */
  entryId: u32 = 0;
  readonly check: Check = new Check();
  /** No free slot for a new key: denied, or counted in the limit's overflow state. */
  capacityHit: bool = false;
  overflow: bool = false;
  /** This target's units are in `entry` (allowed and not merely monitored). */
  consumed: bool = false;
  entry: Entry | null = null;

  get spec(): LimitSpec {
    return this.limit!;
  }
}

export class QuotaEngine {
  private readonly targetPool: Target[] = [];
  private readonly entryPool: Entry[] = [];
  private entryCount: i32 = 0;
  private readonly state: SlotState = new SlotState();
  count: i32 = 0;
  /** Retries of the last decision. */
  retries: i32 = 0;

  constructor(private readonly config: QuotaConfig) {}

  /** Starts a new request. */
  reset(): void {
    this.count = 0;
  }

  /** Adds a limit for this request; fill its fingerprint and entryId before decide(). */
  add(limit: LimitSpec): Target {
    if (this.count == this.targetPool.length) this.targetPool.push(new Target());
    const t = unchecked(this.targetPool[this.count++]);
    t.limit = limit;
    t.capacityHit = false;
    t.overflow = false;
    t.consumed = false;
    t.entry = null;
    // A global limit passes until its token is taken (after the local limits).
    t.check.allowed = true;
    return t;
  }

  target(i: i32): Target {
    return unchecked(this.targetPool[i]);
  }

  /** `stream` and `root` make the lease calls of global limits (from the root context). */
  decide(now: u64, overflowOnCapacity: bool, stream: Context, root: RootContext): Decision {
    this.retries = 0;
    let globalsTaken = false;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt > 0) {
        this.retries++;
        metrics.casRetries.increment();
      }
      this.evaluate(now, overflowOnCapacity);
      if (this.enforcedDenial()) return Decision.Limited;
      if (!globalsTaken) {
        globalsTaken = true;
        this.spendGlobal(now, stream, root);
        if (this.enforcedDenial()) return Decision.Limited;
      }
      const result = this.commit(now);
      if (result == WasmResult.Ok) return Decision.Allowed;
      if (result != WasmResult.CasMismatch) return Decision.StoreFailed;
    }
    return Decision.Contended;
  }

  private entryFor(id: u32, maxWays: i32, countsAsLive: bool): Entry {
    for (let i = 0; i < this.entryCount; i++) {
      const e = unchecked(this.entryPool[i]);
      if (e.id == id) return e;
    }
    if (this.entryCount == this.entryPool.length) this.entryPool.push(new Entry());
    const e = unchecked(this.entryPool[this.entryCount++]);
    e.open(this.config, id, maxWays, countsAsLive);
    e.load();
    return e;
  }

  /**
   * Enforced global limits first, stopping at the first refusal; monitored ones only when the
   * request will pass, so, like local monitored limits, they count admitted requests only.
   */
  private spendGlobal(now: u64, stream: Context, root: RootContext): void {
    for (let pass = 0; pass < 2; pass++) {
      const monitored = pass == 1;
      for (let i = 0; i < this.count; i++) {
        const t = unchecked(this.targetPool[i]);
        if (t.spec.global === null || t.spec.monitor != monitored) continue;
        spendGlobalToken(t.spec, t.fingerprint, stream, root, now, t.check);
        if (!t.check.allowed && !monitored) return;
      }
    }
  }

  private evaluate(now: u64, overflowOnCapacity: bool): void {
    this.entryCount = 0;
    const state = this.state;
    for (let i = 0; i < this.count; i++) {
      const t = unchecked(this.targetPool[i]);
      const limit = t.spec;
      if (limit.global !== null) continue; // decided by spendGlobal, once
      const limiter = limit.limiter;
      t.capacityHit = false;
      t.overflow = false;
      t.consumed = false;
      let entry = this.entryFor(t.entryId, WAYS, true);
      let fingerprint = t.fingerprint;
      let slot = entry.find(fingerprint);
      let claimed = false;
      if (slot < 0) {
        slot = entry.claim(fingerprint, now);
        claimed = slot >= 0;
      }
      if (slot < 0) {
        t.capacityHit = true;
        if (!overflowOnCapacity) {
          this.refuseForCapacity(t, entry, now);
          continue;
        }
        t.overflow = true;
        entry = this.entryFor(this.config.overflowEntry(limit), 1, false);
        fingerprint = limit.overflowFingerprint;
        slot = entry.find(fingerprint);
        if (slot < 0) {
          slot = entry.claim(fingerprint, now);
          claimed = slot >= 0;
        }
        if (slot < 0) {
          this.refuseForCapacity(t, entry, now);
          continue;
        }
      }
      if (claimed) {
        // A claimed slot starts fresh and already expired: if this request does not consume,
        // the write-back drops it again.
        limiter.fresh(now, state);
        entry.writeState(slot, state, now);
      }
      t.entry = entry;
      entry.readState(slot, state);
      limiter.check(state, now, limit.cost, t.check);
      if (t.check.allowed) {
        entry.writeState(slot, state, t.check.expiresAt);
        t.consumed = true;
      }
    }
  }

  private refuseForCapacity(t: Target, entry: Entry, now: u64): void {
    const c = t.check;
    c.allowed = false;
    c.remaining = 0;
    const soonest = entry.soonestExpiry();
    c.retryMs = soonest > now ? soonest - now : 1;
    c.resetMs = c.retryMs;
    c.near = true;
    t.entry = null;
  }

  private enforcedDenial(): bool {
    for (let i = 0; i < this.count; i++) {
      const t = unchecked(this.targetPool[i]);
      if (!t.check.allowed && !t.spec.monitor) return true;
    }
    return false;
  }

  /** Writes every changed entry; on a conflict refunds what was written and reports it. */
  private commit(now: u64): WasmResult {
    for (let k = 0; k < this.entryCount; k++) {
      const entry = unchecked(this.entryPool[k]);
      entry.purge(now);
      if (!entry.dirty) continue;
      const result = entry.store();
      if (result == WasmResult.Ok) {
        metrics.addLiveKeys(entry.liveDelta);
        entry.markStored();
        continue;
      }
      for (let j = 0; j < k; j++) this.refund(unchecked(this.entryPool[j]), now);
      return result;
    }
    return WasmResult.Ok;
  }

  /** Gives back the units this decision wrote into `entry` (a later entry conflicted). */
  private refund(entry: Entry, now: u64): void {
    const state = this.state;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      entry.load();
      for (let i = 0; i < this.count; i++) {
        const t = unchecked(this.targetPool[i]);
        if (!t.consumed || t.entry !== entry) continue;
        const slot = entry.find(t.overflow ? t.spec.overflowFingerprint : t.fingerprint);
        if (slot < 0) continue;
        entry.readState(slot, state);
        t.spec.limiter.refund(state, t.spec.cost, t.check.mark);
        entry.writeState(slot, state, entry.expiresAt(slot));
      }
      entry.purge(now);
      if (!entry.dirty) return;
      const result = entry.store();
      if (result == WasmResult.Ok) {
        metrics.addLiveKeys(entry.liveDelta);
        entry.markStored();
        return;
      }
      if (result != WasmResult.CasMismatch) break;
      metrics.casRetries.increment();
    }
    // The units stay counted: the key is briefly stricter than configured, never looser.
    metrics.refundsLost.increment();
  }
}
