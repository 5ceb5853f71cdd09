// Envoy's shared queues (proxy-wasm-cpp-host SharedQueue): named per vm_id,
// identified by a process-wide token; the VM that registered a queue (the last
// one to register it) is told through proxy_on_queue_ready when data arrives.
import { WasmResult } from './abi.ts';

export interface QueueOwner {
  /** Called (deferred by the host until no guest call is running) when an item arrives. */
  notifyQueueReady(rootContextId: number, token: number): void;
}

interface Queue {
  vmId: string;
  name: string;
  owner: QueueOwner;
  rootContextId: number;
  items: Uint8Array[];
}

export class SharedQueues {
  private readonly byToken = new Map<number, Queue>();
  private readonly tokens = new Map<string, number>();
  private nextToken = 1;

  private static key(vmId: string, name: string): string {
    return `${vmId}\u0000${name}`;
  }

  register(vmId: string, name: string, owner: QueueOwner, rootContextId: number): number {
    const key = SharedQueues.key(vmId, name);
    const existing = this.tokens.get(key);
    if (existing !== undefined) {
      const q = this.byToken.get(existing)!;
      q.owner = owner;
      q.rootContextId = rootContextId;
      return existing;
    }
    const token = this.nextToken++;
    this.tokens.set(key, token);
    this.byToken.set(token, { vmId, name, owner, rootContextId, items: [] });
    return token;
  }

  resolve(vmId: string, name: string): number | undefined {
    return this.tokens.get(SharedQueues.key(vmId, name));
  }

  /** Returns the WasmResult and, on success, who to notify. */
  enqueue(token: number, data: Uint8Array): { result: number; notify?: () => void } {
    const q = this.byToken.get(token);
    if (!q) return { result: WasmResult.NotFound };
    q.items.push(data.slice());
    return { result: WasmResult.Ok, notify: () => q.owner.notifyQueueReady(q.rootContextId, token) };
  }

  dequeue(token: number): { result: number; data?: Uint8Array } {
    const q = this.byToken.get(token);
    if (!q) return { result: WasmResult.NotFound };
    const data = q.items.shift();
    if (!data) return { result: WasmResult.Empty };
    return { result: WasmResult.Ok, data };
  }

  size(vmId: string, name: string): number {
    const token = this.resolve(vmId, name);
    return token === undefined ? 0 : this.byToken.get(token)!.items.length;
  }
}
