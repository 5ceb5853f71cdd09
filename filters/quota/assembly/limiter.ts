// What every rate-limiting algorithm provides to the decision engine. A limiter is immutable
// (built from configuration); the state it works on is three integers kept in a shared-data
// slot, so the same arithmetic runs identically on every worker thread.

/** The mutable per-key state: its meaning belongs to the algorithm. */
export class SlotState {
  a: u64 = 0;
  b: u64 = 0;
  c: u64 = 0;

  copyFrom(other: SlotState): void {
    this.a = other.a;
    this.b = other.b;
    this.c = other.c;
  }
}

/** The outcome of checking one request against one key's state. */
export class Check {
  allowed: bool = false;
  /** Quota units left after this request (allowed) or now (denied). */
  remaining: u64 = 0;
  /** Milliseconds until the state is restored (allowed), used as the RateLimit `t`. */
  resetMs: u64 = 0;
  /** Milliseconds until a request of the same cost would pass (denied). */
  retryMs: u64 = 0;
  /** At least 80% of the quota is used after this request. */
  near: bool = false;
  /** When the state becomes indistinguishable from a fresh key's: the slot may be reused. */
  expiresAt: u64 = 0;
  /** Algorithm-specific marker that lets a refund find the units this request took. */
  mark: u64 = 0;
}

export abstract class Limiter {
  /** The state of a key never seen before. */
  abstract fresh(now: u64, state: SlotState): void;

  /**
   * Checks a request costing `cost` at `now`; when allowed, `state` is updated to include
   * it. A denied request leaves `state` describing `now` without consuming anything.
   */
  abstract check(state: SlotState, now: u64, cost: u64, out: Check): void;

  /** Gives back `cost` units taken by a request whose check produced `mark`. */
  abstract refund(state: SlotState, cost: u64, mark: u64): void;

  /** RateLimit-Policy `q`: quota units per window. */
  abstract quota(): u64;

  /** RateLimit-Policy `w`: the window in seconds. */
  abstract windowSeconds(): u64;

  /** Short text that changes whenever the meaning of stored state changes. */
  abstract signature(): string;
}

/** ceil(a / b) for b > 0 without overflow. */
export function ceilDiv(a: u64, b: u64): u64 {
  return a / b + (a % b != 0 ? 1 : 0);
}
