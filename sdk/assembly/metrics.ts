// Counters, gauges and histograms. Each defines its host metric on first use and caches the id,
// so a filter can declare metrics as module-level constants before any host call is allowed.

import { MetricType, WasmResult } from "./abi/types";
import * as host from "./hostcalls";

const UNDEFINED: i64 = -1;
const FAILED: i64 = -2;

class Metric {
  private id: i64 = UNDEFINED;
  constructor(public readonly name: string, private readonly type: MetricType) {}

  /** The host id, or -1 if the host refused to define the metric (it is then a no-op). */
  protected resolve(): i64 {
    if (this.id == UNDEFINED) {
      const defined = host.defineMetric(this.type, this.name);
      this.id = defined.result == WasmResult.Ok ? <i64>defined.value : FAILED;
    }
    return this.id >= 0 ? this.id : -1;
  }

  /** Current value (0 when unavailable). */
  value(): u64 {
    const id = this.resolve();
    if (id < 0) return 0;
    const got = host.getMetric(<u32>id);
    return got.result == WasmResult.Ok ? got.value : 0;
  }
}

export class Counter extends Metric {
  constructor(name: string) { super(name, MetricType.Counter); }
  increment(delta: u64 = 1): void {
    const id = this.resolve();
    if (id >= 0) host.incrementMetric(<u32>id, <i64>delta);
  }
}

export class Gauge extends Metric {
  constructor(name: string) { super(name, MetricType.Gauge); }
  set(value: u64): void {
    const id = this.resolve();
    if (id >= 0) host.recordMetric(<u32>id, value);
  }
  add(delta: i64): void {
    const id = this.resolve();
    if (id >= 0) host.incrementMetric(<u32>id, delta);
  }
}

export class Histogram extends Metric {
  constructor(name: string) { super(name, MetricType.Histogram); }
  record(value: u64): void {
    const id = this.resolve();
    if (id >= 0) host.recordMetric(<u32>id, value);
  }
}
