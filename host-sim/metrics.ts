// Stats as Envoy keeps them for Wasm (wasmcustom.<name>): one store for the whole
// process, so every VM that defines the same name feeds the same stat. Each VM
// also remembers its own share so a test can see what one VM did.
import { WasmResult } from './abi.ts';

export type MetricKind = 'counter' | 'gauge' | 'histogram';
const KINDS: readonly MetricKind[] = ['counter', 'gauge', 'histogram'];

export interface MetricValue {
  type: MetricKind;
  value: number;
}

interface Stat {
  type: MetricKind;
  value: bigint;
  samples: bigint[];
}

export class MetricStore {
  readonly stats = new Map<string, Stat>();

  stat(name: string, type: MetricKind): Stat {
    let s = this.stats.get(name);
    if (!s) this.stats.set(name, (s = { type, value: 0n, samples: [] }));
    return s;
  }

  value(name: string): number | undefined {
    const s = this.stats.get(name);
    if (!s) return undefined;
    return s.type === 'histogram' ? s.samples.length : Number(s.value);
  }

  samples(name: string): number[] | undefined {
    return this.stats.get(name)?.samples.map(Number);
  }

  all(): Record<string, MetricValue> {
    const out: Record<string, MetricValue> = {};
    for (const [name, s] of this.stats) out[name] = { type: s.type, value: this.value(name)! };
    return out;
  }
}

/** A defined metric and its process-wide stat (looked up once: stats are never removed). */
interface Defined {
  name: string;
  type: MetricKind;
  stat: Stat;
}

const U64_MAX = (1n << 64n) - 1n;

/** One VM's view: metric ids as Envoy hands them out (type in the low 2 bits). */
export class VmMetrics {
  private readonly byId = new Map<number, Defined>();
  private readonly idByName = new Map<string, number>();
  private nextIndex = 1;
  /** This VM's own contributions to counters and histograms; gauges are global values. */
  private readonly own = new Map<string, { type: MetricKind; value: bigint; samples: bigint[] }>();

  constructor(private readonly store: MetricStore) {}

  define(type: number, name: string): { result: number; id?: number } {
    const kind = KINDS[type];
    if (kind === undefined || type !== Math.trunc(type)) return { result: WasmResult.BadArgument };
    const key = `${type}:${name}`;
    const known = this.idByName.get(key);
    if (known !== undefined) return { result: WasmResult.Ok, id: known };
    const id = ((this.nextIndex++ << 2) | type) >>> 0;
    this.byId.set(id, { name, type: kind, stat: this.store.stat(name, kind) });
    this.idByName.set(key, id);
    this.own.set(name, { type: kind, value: 0n, samples: [] });
    return { result: WasmResult.Ok, id };
  }

  increment(id: number, offset: bigint): number {
    const d = this.byId.get(id);
    if (!d) return WasmResult.NotFound;
    const stat = d.stat;
    const own = this.own.get(d.name)!;
    if (d.type === 'counter') {
      // Envoy's counters only go up; a non-positive offset is refused.
      if (offset <= 0n) return WasmResult.BadArgument;
      stat.value = (stat.value + offset) & U64_MAX;
      own.value += offset;
      return WasmResult.Ok;
    }
    if (d.type === 'gauge') {
      stat.value += offset;
      if (stat.value < 0n) stat.value = 0n;
      own.value = stat.value;
      return WasmResult.Ok;
    }
    return WasmResult.BadArgument;
  }

  record(id: number, value: bigint): number {
    const d = this.byId.get(id);
    if (!d) return WasmResult.NotFound;
    const stat = d.stat;
    const own = this.own.get(d.name)!;
    if (d.type === 'counter') {
      stat.value = (stat.value + value) & U64_MAX;
      own.value += value;
    } else if (d.type === 'gauge') {
      stat.value = value;
      own.value = value;
    } else {
      stat.samples.push(value);
      own.samples.push(value);
    }
    return WasmResult.Ok;
  }

  get(id: number): { result: number; value?: bigint } {
    const d = this.byId.get(id);
    if (!d) return { result: WasmResult.NotFound };
    if (d.type === 'histogram') return { result: WasmResult.BadArgument };
    return { result: WasmResult.Ok, value: d.stat.value };
  }

  /** This VM's count for a counter, the global value for a gauge, its sample count for a histogram. */
  value(name: string): number | undefined {
    const o = this.own.get(name);
    if (!o) return undefined;
    if (o.type === 'gauge') return this.store.value(name);
    if (o.type === 'histogram') return o.samples.length;
    return Number(o.value);
  }

  samples(name: string): number[] | undefined {
    return this.own.get(name)?.samples.map(Number);
  }

  all(): Record<string, MetricValue> {
    const out: Record<string, MetricValue> = {};
    for (const [name, o] of this.own) out[name] = { type: o.type, value: this.value(name)! };
    return out;
  }
}

