// The simulated Envoy process: virtual clock, process-wide shared data, queues
// and stats, and the VMs started in it.
import { StreamStateError } from './errors.ts';
import { MetricStore, type MetricValue } from './metrics.ts';
import { validateProperties, type PropertyInput } from './properties.ts';
import { SharedData } from './shared-data.ts';
import { SharedQueues } from './shared-queues.ts';
import { HttpStream } from './stream.ts';
import { Vm, type VmOptions } from './vm.ts';

export interface HostOptions {
  /** Wall-clock time of the virtual clock's start, in ms since the epoch. Default 2025-01-01T00:00:00Z. */
  startTimeMs?: number;
  /** 'throw' (default): a trap throws ModuleTrapError. 'fail-closed': as Envoy's FAIL_CLOSED, 503 the stream. */
  onTrap?: 'throw' | 'fail-closed';
  /** Clusters proxy_http_call may target; unset accepts any name. Envoy answers BadArgument for unknown ones. */
  clusters?: readonly string[];
}

const DEFAULT_START_MS = Date.UTC(2025, 0, 1);
const MONOTONIC_UPTIME_MS = 3_600_000;
const encoder = new TextEncoder();

export class Host {
  readonly sharedData = new SharedData();
  readonly queues = new SharedQueues();
  readonly metricStore = new MetricStore();
  readonly onTrap: 'throw' | 'fail-closed';
  readonly startTimeMs: number;
  nowMs: number;
  private readonly vms: Vm[] = [];
  private readonly clusters: Set<string> | undefined;
  private deferred: (() => void)[] = [];
  private flushing = false;
  private seq = 1;
  /** realtimeNs() for the clock value realtimeMs. */
  private realtimeMs = NaN;
  private realtimeValue = 0n;

  constructor(options: HostOptions = {}) {
    if (options.onTrap !== undefined && options.onTrap !== 'throw' && options.onTrap !== 'fail-closed') {
      throw new TypeError(`onTrap must be 'throw' or 'fail-closed', got ${String(options.onTrap)}`);
    }
    if (options.startTimeMs !== undefined && !Number.isSafeInteger(options.startTimeMs)) {
      throw new TypeError('startTimeMs must be an integer number of milliseconds');
    }
    this.onTrap = options.onTrap ?? 'throw';
    this.startTimeMs = options.startTimeMs ?? DEFAULT_START_MS;
    this.nowMs = this.startTimeMs;
    this.clusters = options.clusters ? new Set(options.clusters) : undefined;
  }

  async startVm(options: VmOptions): Promise<Vm> {
    const vm = await Vm.start(this, options);
    this.vms.push(vm);
    return vm;
  }

  /** A stream through a filter chain: request callbacks run in array order, response callbacks in reverse. */
  newHttpStream(vms: readonly Vm[], options: { properties?: PropertyInput } = {}): HttpStream {
    if (!Array.isArray(vms) || vms.length === 0) throw new TypeError('newHttpStream needs a non-empty array of VMs');
    for (const vm of vms) {
      if (!(vm instanceof Vm) || vm.host !== this) throw new TypeError('newHttpStream: every VM must come from this host\'s startVm');
      if (!vm.configured) {
        throw new StreamStateError(`newHttpStream: VM "${vm.rootId || vm.name}" did not configure (on_vm_start/on_configure returned false); Envoy would not create its filter`);
      }
    }
    return new HttpStream(vms, validateProperties(options.properties, 'stream properties'));
  }

  realtimeNs(): bigint {
    // Filters read the clock on most requests and it seldom moves, so the BigInt is made
    // once per clock value.
    if (this.nowMs !== this.realtimeMs) {
      this.realtimeValue = BigInt(this.nowMs) * 1_000_000n;
      this.realtimeMs = this.nowMs;
    }
    return this.realtimeValue;
  }

  /**
   * Envoy's monotonic clock counts from an arbitrary point well before the VM
   * starts; a zero reading makes runtimes such as Go's abort ("nanotime
   * returning zero"), so the virtual process has been up for an hour.
   */
  monotonicNs(): bigint {
    return BigInt(this.nowMs - this.startTimeMs + MONOTONIC_UPTIME_MS) * 1_000_000n;
  }

  /** Moves the virtual clock, firing ticks and callout timeouts in time order. */
  advanceTime(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advanceTime needs a non-negative number of milliseconds');
    const target = this.nowMs + ms;
    for (;;) {
      let next: { at: number; seq: number; fire: () => void } | undefined;
      for (const vm of this.vms) {
        const e = vm.nextEvent();
        if (e && e.at <= target && (!next || e.at < next.at)) next = e;
      }
      if (!next) break;
      this.nowMs = next.at;
      next.fire();
    }
    this.nowMs = target;
  }

  /** Enqueues onto a queue some VM registered, as another VM would. */
  enqueue(vmId: string, queueName: string, data: string | Uint8Array): void {
    const token = this.queues.resolve(vmId, queueName);
    if (token === undefined) throw new StreamStateError(`enqueue: no VM with vm_id "${vmId}" registered a queue named "${queueName}"`);
    const { notify } = this.queues.enqueue(token, typeof data === 'string' ? encoder.encode(data) : data);
    if (notify) this.defer(notify);
    this.flushDeferred();
  }

  /** A stat's value summed over every VM (as Envoy's stats are), or undefined if no VM defined it. */
  metric(name: string): number | undefined {
    return this.metricStore.value(name);
  }

  metrics(): Record<string, MetricValue> {
    return this.metricStore.all();
  }

  hasCluster(name: string): boolean {
    return this.clusters === undefined || this.clusters.has(name);
  }

  /** @internal */
  nextSeq(): number {
    return this.seq++;
  }

  /** @internal Work that must not re-enter a VM mid-call (queue notifications). */
  defer(action: () => void): void {
    this.deferred.push(action);
  }

  /** @internal */
  flushDeferred(): void {
    // Runs after every outermost guest call; almost always there is nothing to do.
    if (this.flushing || this.deferred.length === 0) return;
    this.flushing = true;
    try {
      while (this.deferred.length > 0) this.deferred.shift()!();
    } finally {
      this.flushing = false;
    }
  }
}
