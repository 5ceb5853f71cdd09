// One shared-data entry of the key table: up to `maxWays` slots of SLOT_BYTES each, stored
// back to back (no gaps, so an entry with no live keys is the empty value). A slot is
//   [0,16)  fingerprint: the first 16 bytes of SHA-256(limit signature, key parts)
//   [16,24) expiresAt (ms, little endian): from then on the state equals a fresh key's
//   [24,48) the limiter's state a, b, c (u64 each)
// The entry is read once, edited in memory and written back with the CAS token of the read:
// every change to the keys it holds is one atomic step.
//
// The ABI has no "create if absent": a write to a missing key succeeds whatever its CAS, so
// two workers creating the same entry could each overwrite the other's data. Entries are
// therefore created empty (at configure time, see table.ts) and only ever written with the
// CAS of a read that found them; an entry found missing is created empty and re-read.

import { SharedKey, WasmResult } from "../../../sdk/assembly/index";
import { QuotaConfig, WAYS } from "./config";
import { SlotState } from "./limiter";

export const SLOT_BYTES: i32 = 48;
export const FINGERPRINT_BYTES: i32 = 16;

/**
 * The value written for an entry of n slots is values[n]: one buffer per size, reused, since
 * the host copies a value during the write (no allocation per decision).
 */
const values = new StaticArray<ArrayBuffer>(WAYS + 1);
for (let n = 0; n <= WAYS; n++) unchecked((values[n] = new ArrayBuffer(n * SLOT_BYTES)));

export class Entry {
  private readonly bytes: Uint8Array = new Uint8Array(WAYS * SLOT_BYTES);
  private loadedCount: i32 = 0;
  /** The entry's shared-data key, encoded once per distinct key (not per read or write). */
  private readonly shared: SharedKey = new SharedKey();
  /** Which entry (QuotaConfig.entryKeyInto numbers them). */
  id: u32 = 0;
  maxWays: i32 = WAYS;
  /** Table entries count towards the live-key gauge; overflow entries do not. */
  countsAsLive: bool = true;
  count: i32 = 0;
  cas: u32 = 0;
  /** The entry existed when read (an empty value counts). */
  exists: bool = false;
  /** The stored value was not a whole number of slots: it is replaced on the next write. */
  corrupt: bool = false;
  dirty: bool = false;

  /** Points this (pooled) object at another entry; call load() next. */
  open(config: QuotaConfig, id: u32, maxWays: i32, countsAsLive: bool): void {
    this.id = id;
    config.entryKeyInto(this.shared, id);
    this.maxWays = min(maxWays, WAYS);
    this.countsAsLive = countsAsLive;
  }

  /** Reads the entry (absent = empty). */
  load(): void {
    const shared = this.shared;
    const found = shared.read();
    this.dirty = false;
    this.corrupt = false;
    this.exists = found;
    this.count = 0;
    this.cas = 0;
    if (found) {
      this.cas = shared.cas;
      const got = shared.value;
      const n = got.byteLength;
      if (n % SLOT_BYTES != 0 || n > this.maxWays * SLOT_BYTES) {
        this.corrupt = true;
        this.dirty = true;
      } else {
        memory.copy(this.bytes.dataStart, changetype<usize>(got), <usize>n);
        this.count = n / SLOT_BYTES;
      }
    }
    this.loadedCount = this.count;
  }

  /** Slot index holding `fingerprint`, or -1. */
  find(fingerprint: Uint8Array): i32 {
    const fp = fingerprint.dataStart;
    const lo = load<u64>(fp);
    const hi = load<u64>(fp, 8);
    for (let i = 0; i < this.count; i++) {
      const at = this.slotPtr(i);
      if (load<u64>(at) == lo && load<u64>(at, 8) == hi) return i;
    }
    return -1;
  }

  /**
   * A slot for a new key: a free one, else the one that expired longest ago (its key's state
   * is by then the same as a fresh key's, so reusing it loses nothing). -1 when all are live.
   */
  claim(fingerprint: Uint8Array, now: u64): i32 {
    let slot = -1;
    if (this.count < this.maxWays) {
      slot = this.count++;
    } else {
      let oldest: u64 = now;
      for (let i = 0; i < this.count; i++) {
        const expires = this.expiresAt(i);
        if (expires <= oldest) {
          oldest = expires;
          slot = i;
        }
      }
      if (slot < 0) return -1;
    }
    memory.copy(this.slotPtr(slot), fingerprint.dataStart, <usize>FINGERPRINT_BYTES);
    this.dirty = true;
    return slot;
  }

  /** The soonest time a slot expires (u64 max when empty). */
  soonestExpiry(): u64 {
    let soonest = u64.MAX_VALUE;
    for (let i = 0; i < this.count; i++) soonest = min(soonest, this.expiresAt(i));
    return soonest;
  }

  expiresAt(slot: i32): u64 {
    return load<u64>(this.slotPtr(slot), 16);
  }

  readState(slot: i32, state: SlotState): void {
    const at = this.slotPtr(slot);
    state.a = load<u64>(at, 24);
    state.b = load<u64>(at, 32);
    state.c = load<u64>(at, 40);
  }

  writeState(slot: i32, state: SlotState, expiresAt: u64): void {
    const at = this.slotPtr(slot);
    store<u64>(at, expiresAt, 16);
    store<u64>(at, state.a, 24);
    store<u64>(at, state.b, 32);
    store<u64>(at, state.c, 40);
    this.dirty = true;
  }

  /** Drops slots that expired by `now`; returns how many. */
  purge(now: u64): i32 {
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.expiresAt(i) <= now) continue;
      if (kept != i) memory.copy(this.slotPtr(kept), this.slotPtr(i), <usize>SLOT_BYTES);
      kept++;
    }
    const dropped = this.count - kept;
    if (dropped > 0) this.dirty = true;
    this.count = kept;
    return dropped;
  }

  /** Live keys gained (negative: lost) relative to the version read. */
  get liveDelta(): i32 {
    return this.countsAsLive ? this.count - this.loadedCount : 0;
  }

  /**
   * Writes the entry if the stored version is still the one read: Ok, CasMismatch (read it
   * again and redo the change), or the host's error. An entry that was missing is created
   * empty and CasMismatch returned, so the change is redone against a real CAS token.
   */
  store(): WasmResult {
    if (!this.exists) {
      const created = this.shared.write(null, 0);
      return created == WasmResult.Ok ? WasmResult.CasMismatch : created;
    }
    const value = unchecked(values[this.count]);
    memory.copy(changetype<usize>(value), this.bytes.dataStart, <usize>value.byteLength);
    return this.shared.write(value, this.cas);
  }

  /** After a successful store: the in-memory copy is the stored version. */
  markStored(): void {
    this.dirty = false;
    this.loadedCount = this.count;
  }

  /** Creates the entry at `key` empty unless it exists (configure-time seeding). */
  static seed(key: SharedKey): WasmResult {
    if (key.read()) return WasmResult.Ok;
    return key.write(null, 0);
  }

  private slotPtr(slot: i32): usize {
    return this.bytes.dataStart + <usize>(slot * SLOT_BYTES);
  }
}
