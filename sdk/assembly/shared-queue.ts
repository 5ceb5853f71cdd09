// The host's shared queues: a producer enqueues from any context; the root context that
// registered the queue is told through RootContext.onQueueReady.

import { WasmResult } from "./abi/types";
import * as host from "./hostcalls";

export class SharedQueue {
  private constructor(public readonly id: u32) {}

  /** Registers (or re-opens) a queue owned by this VM; its root context gets onQueueReady. */
  static register(name: string): SharedQueue | null {
    const got = host.registerSharedQueue(name);
    return got.result == WasmResult.Ok ? new SharedQueue(<u32>got.value) : null;
  }

  /** Finds a queue registered by the VM `vmId`; null when it does not exist. */
  static resolve(vmId: string, name: string): SharedQueue | null {
    const got = host.resolveSharedQueue(vmId, name);
    return got.result == WasmResult.Ok ? new SharedQueue(<u32>got.value) : null;
  }

  /** Wraps a queue id received in onQueueReady. */
  static fromId(id: u32): SharedQueue {
    return new SharedQueue(id);
  }

  enqueue(value: ArrayBuffer): WasmResult {
    return host.enqueueSharedQueue(this.id, value);
  }

  enqueueText(value: string): WasmResult {
    return host.enqueueSharedQueue(this.id, String.UTF8.encode(value, false));
  }

  /** The oldest item, or null when the queue is empty or unknown. */
  dequeue(): ArrayBuffer | null {
    const got = host.dequeueSharedQueue(this.id);
    return got.result == WasmResult.Ok ? got.value : null;
  }

  dequeueText(): string | null {
    const bytes = this.dequeue();
    return bytes === null ? null : String.UTF8.decode(bytes, false);
  }
}
