// Token bucket: `rate` tokens per `period`, holding at most `burst`. Tokens are counted in
// units of 1/period_ms of a token, so a refill of `rate` units per elapsed millisecond is
// exact integer arithmetic: no rounding drift however often the bucket is touched.
//
// State: a = tokens (scaled), b = time of the last refill (ms).

import { Check, Limiter, SlotState, ceilDiv } from "./limiter";

export class TokenBucket extends Limiter {
  private readonly capacity: u64;

  constructor(
    public readonly rate: u64,
    public readonly periodMs: u64,
    public readonly burst: u64,
  ) {
    super();
    this.capacity = burst * periodMs;
  }

  fresh(now: u64, state: SlotState): void {
    state.a = this.capacity;
    state.b = now;
    state.c = 0;
  }

  private refill(state: SlotState, now: u64): void {
    // A clock that stepped back must not mint tokens or move the refill point backwards.
    if (now <= state.b) return;
    const tokens = min(state.a, this.capacity);
    const missing = this.capacity - tokens;
    const elapsed = now - state.b;
    // Compare before multiplying: elapsed * rate could overflow after a long idle period.
    state.a = elapsed >= ceilDiv(missing, this.rate) ? this.capacity : tokens + elapsed * this.rate;
    state.b = now;
  }

  check(state: SlotState, now: u64, cost: u64, out: Check): void {
    this.refill(state, now);
    const need = cost * this.periodMs;
    out.mark = 0;
    if (state.a >= need) {
      state.a -= need;
      out.allowed = true;
      out.retryMs = 0;
    } else {
      out.allowed = false;
      out.retryMs = ceilDiv(need - state.a, this.rate);
    }
    const missing = this.capacity - state.a;
    out.remaining = state.a / this.periodMs;
    out.resetMs = ceilDiv(missing, this.rate);
    out.near = missing * 5 >= this.capacity * 4;
    out.expiresAt = now + out.resetMs;
  }

  refund(state: SlotState, cost: u64, mark: u64): void {
    const back = cost * this.periodMs;
    state.a = state.a >= this.capacity - min(back, this.capacity) ? this.capacity : state.a + back;
  }

  quota(): u64 {
    return this.burst;
  }

  // The time an empty bucket takes to fill: `burst` units per that window is the sustained rate.
  windowSeconds(): u64 {
    return max<u64>(1, ceilDiv(this.capacity, this.rate * 1000));
  }

  signature(): string {
    return "tb/" + this.rate.toString() + "/" + this.periodMs.toString() + "/" + this.burst.toString();
  }
}
