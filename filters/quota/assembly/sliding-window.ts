// Sliding-window counter: windows of `windowMs` aligned to the epoch; the request count of
// the sliding window ending now is estimated as
//   previous * (windowMs - elapsed) / windowMs + current
// (elapsed = time since the current aligned window began). Compared with a true sliding log
// the estimate assumes the previous window's requests were spread evenly, so it can be off
// by at most the previous window's count times the uniformity error; within any aligned
// window the count never exceeds `limit`, so over any span of length windowMs at most
// 2 * limit requests pass (README: error bound). All arithmetic is scaled by windowMs.
//
// State: a = start of the current aligned window (ms), b = its count, c = the previous
// window's count.

import { Check, Limiter, SlotState, ceilDiv } from "./limiter";

export class SlidingWindow extends Limiter {
  constructor(public readonly limit: u64, public readonly windowMs: u64) {
    super();
  }

  fresh(now: u64, state: SlotState): void {
    state.a = now - now % this.windowMs;
    state.b = 0;
    state.c = 0;
  }

  /** Moves the state to the aligned window containing `now`; returns the time into it. */
  private roll(state: SlotState, now: u64): u64 {
    // A clock that stepped back stays in the window the state already describes.
    if (now < state.a) return 0;
    const start = now - now % this.windowMs;
    if (start != state.a) {
      state.c = start - state.a == this.windowMs ? state.b : 0;
      state.b = 0;
      state.a = start;
    }
    return now - start;
  }

  check(state: SlotState, now: u64, cost: u64, out: Check): void {
    const elapsed = this.roll(state, now);
    const w = this.windowMs;
    const budget = this.limit * w;
    const weightedPrevious = state.c * (w - elapsed);
    const used = weightedPrevious + state.b * w;
    out.mark = state.a;
    if (used + cost * w <= budget) {
      state.b += cost;
      out.allowed = true;
      out.retryMs = 0;
      const after = used + cost * w;
      out.remaining = (budget - after) / w;
      out.near = after * 5 >= budget * 4;
    } else {
      out.allowed = false;
      out.remaining = used >= budget ? 0 : (budget - used) / w;
      out.retryMs = this.waitFor(state, elapsed, cost);
      out.near = true;
    }
    out.resetMs = w - elapsed;
    out.expiresAt = state.a + 2 * w;
  }

  /** Milliseconds from now until a request of `cost` fits, if nothing else arrives. */
  private waitFor(state: SlotState, elapsed: u64, cost: u64): u64 {
    const w = this.windowMs;
    if (state.b + cost <= this.limit) {
      // It fits in this window once enough of the previous window has slid out.
      // Here state.c > 0, else the request would have passed.
      const room = (this.limit - state.b - cost) * w / state.c;
      const at = room >= w ? 0 : w - room;
      return at > elapsed ? at - elapsed : 1;
    }
    // Next window: this window's count becomes the previous one.
    const room = cost <= this.limit ? (this.limit - cost) * w / state.b : 0;
    const at = room >= w ? 0 : w - room;
    return w - elapsed + at;
  }

  refund(state: SlotState, cost: u64, mark: u64): void {
    if (state.a == mark) state.b = state.b > cost ? state.b - cost : 0;
    else if (state.a == mark + this.windowMs) state.c = state.c > cost ? state.c - cost : 0;
  }

  quota(): u64 {
    return this.limit;
  }

  windowSeconds(): u64 {
    return ceilDiv(this.windowMs, 1000);
  }

  signature(): string {
    return "sw/" + this.limit.toString() + "/" + this.windowMs.toString();
  }
}
