// Token leases from a rate-limit service (envoy.service.ratelimit.v3) for global limits. The hot
// path never calls out: each Envoy instance keeps one lease record per (limit, descriptor value)
// in shared data (shared by all its workers, updated with CAS) and spends tokens from it. When
// the record runs low, the request that notices wins the record's `pending` flag and the ROOT
// context of its worker asks the service for `batch` hits (hits_addend), so there is one call
// per instance per batch. While that call is out, requests may run up to `credit` tokens into
// debt; an OK grant repays it, an OVER_LIMIT verdict is cached until the service's window
// resets. Worst-case overshoot per window: instances × credit (envoy/ratelimit/README.md).

import { HeaderPair } from "../abi/header-map";
import { WasmResult } from "../abi/types";
import { Context, RootContext } from "../context";
import { GrpcResponse, cancelGrpcCall, grpcCall, grpcServiceForCluster } from "../grpc";
import { Log } from "../log";
import { Counter } from "../metrics";
import { SharedData } from "../shared-data";
import { currentTimeMillis } from "../stream";
import {
  RLS_METHOD, RLS_SERVICE, RlsCode, RlsDescriptor, decodeRateLimitResponse, encodeRateLimitRequest, unitMillis,
} from "./rls-proto";

export enum LeaseVerdict {
  Admit = 0,
  Deny = 1,
}

const leaseRequests = new Counter("portcullis.quota.global.lease_requests");
const leaseGranted = new Counter("portcullis.quota.global.lease_granted");
const leaseOverLimit = new Counter("portcullis.quota.global.lease_over_limit");
const serviceFailures = new Counter("portcullis.quota.global.service_failures");
const failedOpen = new Counter("portcullis.quota.global.failed_open");
const failedClosed = new Counter("portcullis.quota.global.failed_closed");

/** A global limit as the quota filter configures it (built once in onConfigure). */
export class GlobalLimit {
  readonly grpcService: ArrayBuffer;
  /** A lease is requested when tokens fall to this many or fewer. */
  readonly lowWater: i64;

  constructor(
    /** Names the limit in shared-data keys, logs, and the descriptor's first entry value. */
    public readonly name: string,
    /** The Envoy cluster of the rate-limit service (HTTP/2). */
    public readonly cluster: string,
    public readonly domain: string,
    /** The descriptor key the per-request value is sent under (e.g. "client"); "" = none. */
    public readonly descriptorKey: string,
    /** Tokens asked for per call (hits_addend). */
    public readonly batch: u32,
    /** What to do while the service cannot be reached: true admits, false denies. */
    public readonly failOpen: bool,
    /** Tokens an instance may spend ahead of a grant while a lease call is out. */
    public readonly credit: u32,
    public readonly timeoutMs: u32 = 1000,
    /** After a failure, how long the failure mode applies before the service is tried again. */
    public readonly retryMs: u32 = 1000,
  ) {
    this.grpcService = grpcServiceForCluster(cluster);
    this.lowWater = <i64>(batch / 2);
  }
}

// Shared-data record, little-endian: tokens i64 | window_end u64 | over_until u64 |
// pending_until u64 | outage_until u64 | remaining_hint u32 (u32.MAX = unknown).
const RECORD_SIZE = 44;
const NO_HINT: u32 = u32.MAX_VALUE;
const CAS_ATTEMPTS = 8;
// A lease call whose answer never came (its worker went away) stops blocking others this long
// after its timeout.
const PENDING_GRACE_MS: u64 = 1000;

class LeaseRecord {
  tokens: i64 = 0;
  windowEnd: u64 = 0;
  overUntil: u64 = 0;
  pendingUntil: u64 = 0;
  outageUntil: u64 = 0;
  remainingHint: u32 = NO_HINT;

  static read(bytes: ArrayBuffer | null): LeaseRecord {
    const r = new LeaseRecord();
    if (bytes === null || bytes.byteLength != RECORD_SIZE) return r;
    const p = changetype<usize>(bytes);
    r.tokens = load<i64>(p);
    r.windowEnd = load<u64>(p, 8);
    r.overUntil = load<u64>(p, 16);
    r.pendingUntil = load<u64>(p, 24);
    r.outageUntil = load<u64>(p, 32);
    r.remainingHint = load<u32>(p, 40);
    return r;
  }

  write(): ArrayBuffer {
    const bytes = new ArrayBuffer(RECORD_SIZE);
    const p = changetype<usize>(bytes);
    store<i64>(p, this.tokens);
    store<u64>(p, this.windowEnd, 8);
    store<u64>(p, this.overUntil, 16);
    store<u64>(p, this.pendingUntil, 24);
    store<u64>(p, this.outageUntil, 32);
    store<u32>(p, this.remainingHint, 40);
    return bytes;
  }

  /** Drops what a finished window or cached verdict left behind. */
  expire(now: u64): void {
    if (this.windowEnd != 0 && now >= this.windowEnd) {
      this.tokens = 0;
      this.windowEnd = 0;
      this.remainingHint = NO_HINT;
    }
    if (this.overUntil != 0 && now >= this.overUntil) {
      this.overUntil = 0;
      this.tokens = 0;
      this.remainingHint = NO_HINT;
    }
  }
}

/** A lease call in flight, from this worker. */
class LeaseCall {
  constructor(
    public readonly limit: GlobalLimit,
    public readonly key: string,
    public readonly value: string,
    public readonly hits: u32,
    public readonly sentAtMs: u64,
  ) {}
}

const inFlight = new Map<u32, LeaseCall>();

function recordKey(limit: GlobalLimit, value: string): string {
  return "portcullis.quota.global|" + limit.name + "|" + value;
}

/**
 * Spends one token of `limit` for the descriptor `value` (e.g. the client id) at `nowMs`.
 * `stream` is the calling stream's context: when this request wins the right to refill, the
 * lease call is made from `stream.root` and the stream stays the effective context afterwards.
 */
export function takeToken(limit: GlobalLimit, value: string, stream: Context, root: RootContext, nowMs: u64): LeaseVerdict {
  const key = recordKey(limit, value);
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
    const current = SharedData.get(key);
    const r = LeaseRecord.read(current === null ? null : current.bytes);
    r.expire(nowMs);
    let verdict = LeaseVerdict.Admit;
    let startLease = false;
    let failureMode = false;
    const pendingActive = r.pendingUntil > nowMs;
    if (r.overUntil > nowMs) {
      verdict = LeaseVerdict.Deny;
    } else if (r.tokens > 0) {
      r.tokens--;
      startLease = !pendingActive && r.outageUntil == 0 && r.tokens <= limit.lowWater;
    } else if (r.outageUntil != 0) {
      verdict = limit.failOpen ? LeaseVerdict.Admit : LeaseVerdict.Deny;
      failureMode = true;
      startLease = !pendingActive && nowMs >= r.outageUntil; // probe the service again
    } else if (r.tokens > -(<i64>limit.credit)) {
      r.tokens--;
      startLease = !pendingActive;
    } else {
      verdict = LeaseVerdict.Deny; // credit spent and the grant not back yet
      startLease = !pendingActive;
    }
    if (startLease) r.pendingUntil = nowMs + <u64>limit.timeoutMs + PENDING_GRACE_MS;
    const mutated = (verdict == LeaseVerdict.Admit && !failureMode) || startLease || current === null;
    if (mutated) {
      const result = SharedData.set(key, r.write(), current === null ? 0 : current.cas);
      if (result == WasmResult.CasMismatch) continue;
      if (result != WasmResult.Ok) return failureVerdict(limit);
    }
    if (failureMode) {
      if (limit.failOpen) failedOpen.increment();
      else failedClosed.increment();
    }
    if (startLease) requestLease(limit, key, value, r, stream.id, root, nowMs);
    return verdict;
  }
  // Constant contention on one record: decide as if the service were unreachable.
  return failureVerdict(limit);
}

/**
 * After takeToken denied `value` at `nowMs`: how long until asking again could pass — the cached
 * OVER_LIMIT verdict's window end, else the next probe of an unreachable service, else the
 * answer of the lease call in flight. At least 1 ms (the caller rounds up to whole seconds).
 */
export function deniedForMs(limit: GlobalLimit, value: string, nowMs: u64): u64 {
  const current = SharedData.get(recordKey(limit, value));
  const r = LeaseRecord.read(current === null ? null : current.bytes);
  let until: u64 = 0;
  if (r.overUntil > nowMs) until = r.overUntil;
  else if (r.outageUntil > nowMs) until = r.outageUntil;
  else if (r.pendingUntil > nowMs) until = min(r.pendingUntil, nowMs + <u64>limit.timeoutMs);
  return until > nowMs ? until - nowMs : 1;
}

function failureVerdict(limit: GlobalLimit): LeaseVerdict {
  if (limit.failOpen) {
    failedOpen.increment();
    return LeaseVerdict.Admit;
  }
  failedClosed.increment();
  return LeaseVerdict.Deny;
}

function leaseSize(limit: GlobalLimit, r: LeaseRecord): u32 {
  // The service counts every hit asked for, even when it refuses them, so asking for more than
  // it reported left would waste the rest of the window.
  if (r.remainingHint != NO_HINT && r.remainingHint < limit.batch) return r.remainingHint == 0 ? 1 : r.remainingHint;
  return limit.batch;
}

function requestLease(limit: GlobalLimit, key: string, value: string, r: LeaseRecord, returnTo: u32, root: RootContext, nowMs: u64): void {
  const hits = leaseSize(limit, r);
  const descriptor = new RlsDescriptor().entry("portcullis_limit", limit.name);
  if (limit.descriptorKey.length > 0) descriptor.entry(limit.descriptorKey, value);
  const message = encodeRateLimitRequest(limit.domain, [descriptor], hits);
  leaseRequests.increment();
  const started = grpcCall(root, limit.grpcService, RLS_SERVICE, RLS_METHOD, new Array<HeaderPair>(), message, limit.timeoutMs, onLeaseResponse, returnTo);
  if (started.ok) {
    inFlight.set(started.token, new LeaseCall(limit, key, value, hits, nowMs));
    return;
  }
  recordFailure(limit, key, nowMs, "cannot start the call (proxy_grpc_call returned " + (<i32>started.result).toString() + ")");
}

/** Receives lease answers on the root context (a GrpcCallback: no captured state). */
function onLeaseResponse(context: Context, response: GrpcResponse): void {
  if (!inFlight.has(response.token)) return;
  const call = inFlight.get(response.token);
  inFlight.delete(response.token);
  const now = nowMillis();
  if (!response.ok) {
    recordFailure(call.limit, call.key, now, "gRPC status " + response.status.toString() + " " + response.statusMessage);
    return;
  }
  const decoded = decodeRateLimitResponse(response.message());
  if (decoded.error !== null) {
    recordFailure(call.limit, call.key, now, "invalid RateLimitResponse: " + decoded.error!);
    return;
  }
  if (decoded.overallCode != RlsCode.Ok && decoded.overallCode != RlsCode.OverLimit) {
    recordFailure(call.limit, call.key, now, "RateLimitResponse overall_code " + (<i32>decoded.overallCode).toString());
    return;
  }
  let resetInMs: i64 = -1;
  let remaining: u32 = NO_HINT;
  if (decoded.statuses.length > 0) {
    const status = unchecked(decoded.statuses[0]);
    resetInMs = status.resetInMs >= 0 ? status.resetInMs : (status.requestsPerUnit > 0 ? unitMillis(status.unit) : -1);
    if (status.requestsPerUnit > 0) remaining = status.limitRemaining;
  }
  // The window is measured from when the call was sent, which is never after the service
  // computed it: a lease never outlives the service's window.
  const windowEnd = resetInMs >= 0 ? call.sentAtMs + <u64>resetInMs : 0;
  const overLimit = decoded.overallCode == RlsCode.OverLimit;
  if (overLimit) leaseOverLimit.increment();
  else leaseGranted.increment();
  applyAnswer(call, now, overLimit, windowEnd, remaining, context);
}

function applyAnswer(call: LeaseCall, now: u64, overLimit: bool, windowEnd: u64, remaining: u32, root: Context): void {
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
    const current = SharedData.get(call.key);
    const r = LeaseRecord.read(current === null ? null : current.bytes);
    r.expire(now);
    const recovered = r.outageUntil != 0;
    r.pendingUntil = 0;
    r.outageUntil = 0;
    if (overLimit) {
      // No window from the service (no limit matched): hold the verdict one second.
      r.overUntil = windowEnd > now ? windowEnd : now + 1000;
      r.tokens = 0;
      r.remainingHint = NO_HINT;
    } else {
      r.tokens += <i64>call.hits;
      if (windowEnd > now) r.windowEnd = windowEnd;
      r.remainingHint = remaining;
    }
    const again = !overLimit && r.tokens <= call.limit.lowWater && (r.remainingHint == NO_HINT || r.remainingHint > 0);
    if (again) r.pendingUntil = now + <u64>call.limit.timeoutMs + PENDING_GRACE_MS;
    const result = SharedData.set(call.key, r.write(), current === null ? 0 : current.cas);
    if (result == WasmResult.CasMismatch) continue;
    if (recovered) Log.info("quota: rate-limit service reachable again for limit \"" + call.limit.name + "\"");
    // Debt outran the grant (or the batch is small): ask again straight away, from the root.
    if (again && result == WasmResult.Ok) requestLease(call.limit, call.key, call.value, r, 0, <RootContext>root, now);
    return;
  }
}

function recordFailure(limit: GlobalLimit, key: string, now: u64, why: string): void {
  serviceFailures.increment();
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
    const current = SharedData.get(key);
    const r = LeaseRecord.read(current === null ? null : current.bytes);
    r.expire(now);
    const wasHealthy = r.outageUntil == 0;
    r.pendingUntil = 0;
    r.outageUntil = now + <u64>limit.retryMs;
    const result = SharedData.set(key, r.write(), current === null ? 0 : current.cas);
    if (result == WasmResult.CasMismatch) continue;
    // One line per outage, not per retry: a dead service must not flood the log.
    if (wasHealthy) {
      Log.warn("quota: rate-limit service unavailable for limit \"" + limit.name + "\" (" + why + "): failing " +
        (limit.failOpen ? "open" : "closed") + " until it answers");
    }
    return;
  }
}

function nowMillis(): u64 {
  return <u64>currentTimeMillis();
}

/** Cancels this worker's lease calls (root onDone); their records' pending flags then lapse. */
export function cancelLeaseCalls(): void {
  const tokens = inFlight.keys();
  for (let i = 0; i < tokens.length; i++) cancelGrpcCall(unchecked(tokens[i]));
  inFlight.clear();
}

/** Lease calls this worker has in flight. */
export function leaseCallsInFlight(): i32 {
  return inFlight.size;
}
