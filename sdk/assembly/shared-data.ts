// The host's shared key-value store (shared by every VM with the same vm_id on a worker, and
// across workers in Envoy), with compare-and-swap for safe read-modify-write.

import { WasmResult } from "./abi/types";
import * as host from "./hostcalls";
import { writeDecimal } from "./encoding/decimal";

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

/**
 * A shared-data key encoded once, for code that reads and writes the same keys on every
 * request: no string is encoded per call, and reads land in one reused result. `setBytes`
 * and `setNumbered` re-point it at another key, reusing its buffer.
 */
export class SharedKey {
  private bytes: ArrayBuffer;
  private length: i32 = 0;
  private readonly got: host.SharedDataResult = new host.SharedDataResult(WasmResult.Ok, null, 0);

  /** `key` encoded once (an empty key until re-pointed). */
  constructor(key: string = "") {
    this.bytes = String.UTF8.encode(key, false);
    this.length = this.bytes.byteLength;
  }

  /** Points this at the key whose UTF-8 bytes are `key` (encoded once, e.g. in onConfigure). */
  setBytes(key: ArrayBuffer): void {
    this.reserve(key.byteLength);
    memory.copy(changetype<usize>(this.bytes), changetype<usize>(key), <usize>key.byteLength);
    this.length = key.byteLength;
  }

  /**
   * Points this at `prefix` followed by `n` in decimal (a table's numbered keys), written in
   * place: building the keys of a million-entry table allocates nothing (reading a present
   * key still gets the host's copy of its value).
   */
  setNumbered(prefix: ArrayBuffer, n: u32): void {
    this.reserve(prefix.byteLength + 10);
    const base = changetype<usize>(this.bytes);
    memory.copy(base, changetype<usize>(prefix), <usize>prefix.byteLength);
    this.length = prefix.byteLength + writeDecimal(base + <usize>prefix.byteLength, n);
  }

  private reserve(size: i32): void {
    if (size > this.bytes.byteLength) this.bytes = new ArrayBuffer(max(size, 64));
  }

  /**
   * Reads the key: true when present, its value and CAS then in `value` and `cas` (the value
   * is the host's buffer, valid until the next read through this key).
   */
  read(): bool {
    host.getSharedDataAt(changetype<usize>(this.bytes), <usize>this.length, this.got);
    return this.got.result == WasmResult.Ok;
  }

  get value(): ArrayBuffer {
    const v = this.got.value;
    return v === null ? EMPTY : v;
  }

  get cas(): u32 {
    return this.got.cas;
  }

  /** Writes `value` if the stored version is still `cas` (0: unconditionally). */
  write(value: ArrayBuffer | null, cas: u32): WasmResult {
    return host.setSharedDataAt(changetype<usize>(this.bytes), <usize>this.length, value, cas);
  }
}

const EMPTY = new ArrayBuffer(0);

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
