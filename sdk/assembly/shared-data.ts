// The host's shared key-value store (shared by every VM with the same vm_id on a worker, and
// across workers in Envoy), with compare-and-swap for safe read-modify-write.

import { WasmResult } from "./abi/types";
import * as host from "./hostcalls";

/** A value read from shared data, with the CAS token that guards writing it back. */
export class SharedValue {
  constructor(public readonly bytes: ArrayBuffer, public readonly cas: u32) {}
  text(): string {
    return String.UTF8.decode(this.bytes, false);
  }
}

/**
 * Computes the next value from the current one (null when the key is absent). Returning null
 * abandons the update.
 */
export type SharedUpdate = (current: SharedValue | null) => ArrayBuffer | null;

/** Outcome of SharedData.update. */
export class SharedUpdateResult {
  constructor(public readonly result: WasmResult, public readonly value: ArrayBuffer | null, public readonly attempts: i32) {}
  get ok(): bool {
    return this.result == WasmResult.Ok;
  }
}

export class SharedData {
  /** The value and its CAS token, or null when the key is absent. */
  static get(key: string): SharedValue | null {
    const got = host.getSharedData(key);
    if (got.result != WasmResult.Ok) return null;
    const bytes = got.value;
    return new SharedValue(bytes === null ? new ArrayBuffer(0) : bytes, got.cas);
  }

  /**
   * Writes `value`. With `cas` 0 the write is unconditional; otherwise it succeeds only if
   * nobody wrote since the read that produced `cas` (else WasmResult.CasMismatch).
   */
  static set(key: string, value: ArrayBuffer, cas: u32 = 0): WasmResult {
    return host.setSharedData(key, value, cas);
  }

  static setText(key: string, value: string, cas: u32 = 0): WasmResult {
    return host.setSharedData(key, String.UTF8.encode(value, false), cas);
  }

  /**
   * Read-modify-write with CAS, retried on conflicts at most `maxAttempts` times. A key that
   * does not exist yet is created with cas 0, so two first writers can both succeed: callers
   * that need strict creation should seed the key first.
   */
  static update(key: string, next: SharedUpdate, maxAttempts: i32 = 8): SharedUpdateResult {
    let attempts = 0;
    while (attempts < maxAttempts) {
      attempts++;
      const current = SharedData.get(key);
      const value = next(current);
      if (value === null) return new SharedUpdateResult(WasmResult.Ok, null, attempts);
      const result = host.setSharedData(key, value, current === null ? 0 : current.cas);
      if (result == WasmResult.Ok) return new SharedUpdateResult(result, value, attempts);
      if (result != WasmResult.CasMismatch) return new SharedUpdateResult(result, null, attempts);
    }
    return new SharedUpdateResult(WasmResult.CasMismatch, null, attempts);
  }
}
