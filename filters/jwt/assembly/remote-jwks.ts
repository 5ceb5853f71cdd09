// Remote JWK sets, one slot per provider, shared by every worker of an Envoy through shared
// data: `portcullis.jwt.jwks.<provider>` holds "<fetched_at_ms>\n<jwks json>", and the lease
// key `portcullis.jwt.jwks_lease.<provider>` ("<lease_until_ms> <failed_at_ms>") makes sure one
// worker fetches at a time, and tells the others when the last fetch failed, so a failing IdP
// gets one request per Envoy per refetch interval, not one per worker.
//
// Keys are usable until fetched_at + ttl + grace (stale-while-erroring); a refresh starts at
// fetched_at + ttl, from the root context's tick. The document is parsed once per VM per
// change (the shared value's CAS tells), never per request.

import { HeaderPair, HttpCallResponse, Log, SharedData, WasmResult } from "../../../sdk/assembly/index";
import { JsonLimits, parseJson } from "../../../sdk/assembly/json";
import { KeySet, parseJwks } from "./keys";
import * as metrics from "./metrics";
import { Provider, RemoteJwks } from "./providers";

export const MAX_JWKS_BYTES = 256 * 1024;
const JWKS_LIMITS = new JsonLimits(8, MAX_JWKS_BYTES);
/** A lease outlives its fetch's timeout by this much, so a vanished holder frees it soon after. */
const LEASE_SLACK_MS: i64 = 1000;
/** CAS value no live entry has (Envoy counts CAS up from 1): "create only if absent". */
const CREATE_ONLY: u32 = u32.MAX_VALUE;

export enum KeysState {
  /** Keys are usable now. */
  Ready,
  /** A fetch (ours or another worker's) is under way: wait for it. */
  Pending,
  /** No usable keys and no fetch may be made now. */
  Failed,
}

export class JwksSlot {
  keys: KeySet | null = null;
  fetchedAtMs: i64 = 0;
  seenCas: u32 = 0;
  inFlight: bool = false;
  /** Time of this VM's last fetch attempt that failed, or of a failure another worker reported. */
  failedAtMs: i64 = -1;
  lastKidRefetchMs: i64 = i64.MIN_VALUE / 2;
  readonly dataKey: string;
  readonly leaseKey: string;

  constructor(public readonly provider: Provider, public readonly remote: RemoteJwks) {
    this.dataKey = "portcullis.jwt.jwks." + provider.name;
    this.leaseKey = "portcullis.jwt.jwks_lease." + provider.name;
    // ABI 0.2.1 has no create-if-absent (Envoy accepts any cas for a missing key): seed the lease
    // at configure time, before the workers' first ticks contend for it with real CAS writes.
    if (SharedData.get(this.leaseKey) === null) SharedData.setText(this.leaseKey, leaseText(0, -1), 0);
  }

  usable(nowMs: i64): bool {
    return this.keys !== null && nowMs < this.fetchedAtMs + this.remote.ttlMs + this.remote.graceMs;
  }

  refreshDue(nowMs: i64): bool {
    return this.keys === null || nowMs >= this.fetchedAtMs + this.remote.ttlMs;
  }

  recentlyFailed(nowMs: i64): bool {
    return this.failedAtMs >= 0 && nowMs - this.failedAtMs < this.remote.refetchMinIntervalMs;
  }
}

class Lease {
  constructor(public readonly untilMs: i64, public readonly failedAtMs: i64, public readonly cas: u32) {}
}

function parseI64(s: string): i64 {
  if (s.length == 0 || s.length > 18) return -1;
  let n: i64 = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

function readLease(key: string): Lease | null {
  const value = SharedData.get(key);
  if (value === null) return null;
  const text = value.text();
  const space = text.indexOf(" ");
  const until = parseI64(space < 0 ? text : text.substring(0, space));
  const failed = space < 0 ? -1 : parseI64(text.substring(space + 1));
  return new Lease(until < 0 ? 0 : until, failed <= 0 ? -1 : failed, value.cas);
}

function leaseText(untilMs: i64, failedAtMs: i64): string {
  return untilMs.toString() + " " + (failedAtMs < 0 ? "0" : failedAtMs.toString());
}

/** Starts callouts for a slot; implemented by the root context, which owns callouts. */
export abstract class Fetcher {
  /** Starts GET path on cluster; returns the callout token, or 0 when it could not start. */
  abstract start(slot: i32, remote: RemoteJwks, headers: HeaderPair[]): u32;
}

export class RemoteKeys {
  readonly slots: (JwksSlot | null)[];
  /** callout token → slot index, for the responses. */
  private readonly tokens: Map<u32, i32> = new Map<u32, i32>();

  constructor(providers: Provider[]) {
    this.slots = new Array<JwksSlot | null>(providers.length);
    for (let i = 0; i < providers.length; i++) {
      const p = unchecked(providers[i]);
      const remote = p.remote;
      unchecked((this.slots[i] = remote === null ? null : new JwksSlot(p, remote)));
    }
  }

  slot(providerIndex: i32): JwksSlot | null {
    return unchecked(this.slots[providerIndex]);
  }

  /** Picks up a set another worker (or an earlier VM) stored. Returns true when keys changed. */
  sync(slot: JwksSlot): bool {
    const value = SharedData.get(slot.dataKey);
    if (value === null || value.cas == slot.seenCas) return false;
    slot.seenCas = value.cas;
    const bytes = Uint8Array.wrap(value.bytes);
    let newline = -1;
    for (let i = 0; i < bytes.length && i < 20; i++) {
      if (unchecked(bytes[i]) == 0x0a) {
        newline = i;
        break;
      }
    }
    if (newline <= 0) return false;
    const fetchedAt = parseI64(String.UTF8.decode(value.bytes.slice(0, newline), false));
    if (fetchedAt < 0 || fetchedAt < slot.fetchedAtMs) return false;
    const keys = this.parse(slot, value.bytes.slice(newline + 1));
    if (keys === null) return false;
    slot.keys = keys;
    slot.fetchedAtMs = fetchedAt;
    slot.failedAtMs = -1;
    return true;
  }

  private parse(slot: JwksSlot, body: ArrayBuffer): KeySet | null {
    const doc = parseJson(body, JWKS_LIMITS);
    const value = doc.value;
    if (value === null) {
      Log.warn("jwt: provider " + slot.provider.name + ": JWKS is not valid JSON: " + doc.message);
      return null;
    }
    const parsed = parseJwks(value, false);
    if (parsed.keys === null) {
      Log.warn("jwt: provider " + slot.provider.name + ": JWKS rejected: " + parsed.error);
      return null;
    }
    if (parsed.skipped.length > 0) Log.debug("jwt: provider " + slot.provider.name + ": JWKS keys skipped: " + parsed.skipped.join("; "));
    return parsed.keys;
  }

  /**
   * The slot's state for a request: Ready with usable keys, Pending when a fetch is under way
   * (starting one if allowed), Failed when none is possible now.
   */
  ensure(index: i32, nowMs: i64, fetcher: Fetcher): KeysState {
    const slot = unchecked(this.slots[index])!;
    if (slot.usable(nowMs)) return KeysState.Ready;
    this.sync(slot);
    if (slot.usable(nowMs)) return KeysState.Ready;
    return this.fetch(index, nowMs, fetcher) ? KeysState.Pending : KeysState.Failed;
  }

  /**
   * A token named a kid we do not have (key rotation): Ready when another worker's newer set
   * was just picked up (look again), Pending when a refetch is under way, Failed when the last
   * one was within refetch_min_interval_s.
   */
  refetchForUnknownKid(index: i32, nowMs: i64, fetcher: Fetcher): KeysState {
    const slot = unchecked(this.slots[index])!;
    if (slot.inFlight) return KeysState.Pending;
    if (nowMs - slot.lastKidRefetchMs < slot.remote.refetchMinIntervalMs) return KeysState.Failed;
    slot.lastKidRefetchMs = nowMs;
    if (this.sync(slot)) return KeysState.Ready;
    return this.fetch(index, nowMs, fetcher) ? KeysState.Pending : KeysState.Failed;
  }

  /** Background work from the root's tick: pick up other workers' sets, refresh due ones. */
  tick(nowMs: i64, fetcher: Fetcher): void {
    for (let i = 0; i < this.slots.length; i++) {
      const slot = unchecked(this.slots[i]);
      if (slot === null) continue;
      this.sync(slot);
      if (!slot.inFlight && slot.refreshDue(nowMs)) this.fetch(i, nowMs, fetcher);
    }
  }

  /**
   * Starts a fetch unless one is under way here or elsewhere, or the last one failed within the
   * refetch interval. Returns true when a fetch is under way afterwards (wait for it).
   */
  private fetch(index: i32, nowMs: i64, fetcher: Fetcher): bool {
    const slot = unchecked(this.slots[index])!;
    if (slot.inFlight) return true;
    if (slot.recentlyFailed(nowMs)) return false;
    const lease = readLease(slot.leaseKey);
    if (lease !== null) {
      if (lease.failedAtMs > slot.failedAtMs) slot.failedAtMs = lease.failedAtMs;
      if (slot.recentlyFailed(nowMs)) return false;
      if (lease.untilMs > nowMs) return true; // another worker is fetching; its result arrives through sync
    }
    const until = nowMs + <i64>slot.remote.timeoutMs + LEASE_SLACK_MS;
    const cas = lease === null ? CREATE_ONLY : lease.cas;
    if (SharedData.setText(slot.leaseKey, leaseText(until, lease === null ? -1 : lease.failedAtMs), cas) != WasmResult.Ok) {
      return true; // lost the race: the winner fetches
    }
    const remote = slot.remote;
    const headers: HeaderPair[] = [
      new HeaderPair(":method", "GET"),
      new HeaderPair(":path", remote.path),
      new HeaderPair(":authority", remote.authority),
      new HeaderPair("accept", "application/jwk-set+json, application/json"),
    ];
    const token = fetcher.start(index, remote, headers);
    if (token == 0) {
      this.finish(slot, nowMs, false);
      return false;
    }
    slot.inFlight = true;
    this.tokens.set(token, index);
    return true;
  }

  /** Releases the lease, recording a failure for the other workers. */
  private finish(slot: JwksSlot, nowMs: i64, ok: bool): void {
    slot.inFlight = false;
    if (!ok) {
      slot.failedAtMs = nowMs;
      metrics.jwksFetchFailed.increment();
    }
    const lease = readLease(slot.leaseKey);
    SharedData.setText(slot.leaseKey, leaseText(0, ok ? -1 : nowMs), lease === null ? 0 : lease.cas);
  }

  /**
   * Handles a fetch's response: stores the document for every worker and installs it here.
   * Returns the provider index it was for, or -1 for an unknown token.
   */
  onResponse(token: u32, response: HttpCallResponse, nowMs: i64): i32 {
    if (!this.tokens.has(token)) return -1;
    const index = this.tokens.get(token);
    this.tokens.delete(token);
    const slot = unchecked(this.slots[index])!;
    const status = response.status();
    let keys: KeySet | null = null;
    let body: ArrayBuffer | null = null;
    if (response.failed) {
      Log.warn("jwt: provider " + slot.provider.name + ": JWKS fetch from cluster " + slot.remote.cluster + " failed (no response)");
    } else if (status != 200) {
      Log.warn("jwt: provider " + slot.provider.name + ": JWKS fetch returned HTTP " + status.toString());
    } else if (response.bodySize > <u32>MAX_JWKS_BYTES) {
      Log.warn("jwt: provider " + slot.provider.name + ": JWKS is " + response.bodySize.toString() + " bytes, over the limit of " + MAX_JWKS_BYTES.toString());
    } else {
      body = response.body();
      keys = this.parse(slot, body);
    }
    if (keys === null || body === null) {
      this.finish(slot, nowMs, false);
      return index;
    }
    const stamp = Uint8Array.wrap(String.UTF8.encode(nowMs.toString() + "\n", false));
    const stored = new Uint8Array(stamp.length + body.byteLength);
    stored.set(stamp, 0);
    stored.set(Uint8Array.wrap(body), stamp.length);
    SharedData.set(slot.dataKey, stored.buffer);
    // Our own write: remember its CAS so the next sync does not parse it again.
    const written = SharedData.get(slot.dataKey);
    if (written !== null) slot.seenCas = written.cas;
    slot.keys = keys;
    slot.fetchedAtMs = nowMs;
    slot.failedAtMs = -1;
    this.finish(slot, nowMs, true);
    return index;
  }
}
