// What clients see: the 429 (RFC 9457 problem document, Retry-After, and the RateLimit-Policy
// and RateLimit fields of draft-ietf-httpapi-ratelimit-headers), and the same two fields on
// admitted responses when configured.

import { HeaderPair, sendLocalReply } from "../../../sdk/assembly/index";
import { ceilDiv } from "./limiter";
import { QuotaEngine, Target } from "./engine";

export const DETAILS_LIMITED = "portcullis_quota_limited";
export const DETAILS_KEY_CAPACITY = "portcullis_quota_key_capacity";
export const DETAILS_CONTENDED = "portcullis_quota_contended";
export const DETAILS_UNAVAILABLE = "portcullis_quota_unavailable";
export const DETAILS_UNCONFIGURED = "portcullis_quota_unconfigured";

const PROBLEM_JSON = "application/problem+json";

function problem(status: i32, title: string, detail: string): string {
  return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.toString() + ",\"detail\":\"" + detail + "\"}";
}

/** Whole seconds, rounded up, at least 1: a client retrying earlier would be refused again. */
export function seconds(ms: u64): u64 {
  return max<u64>(1, ceilDiv(ms, 1000));
}

/** The RateLimit item of one limit: remaining units `r` and seconds `t`. */
function rateLimitItem(t: Target): string {
  const c = t.check;
  const wait = c.allowed ? ceilDiv(c.resetMs, 1000) : seconds(c.retryMs);
  return "\"" + t.spec.name + "\";r=" + c.remaining.toString() + ";t=" + wait.toString();
}

/** RateLimit-Policy and RateLimit values for the targets `select` picks, or null if none. */
export class RateLimitFields {
  constructor(public readonly policy: string, public readonly current: string) {}

  static of(engine: QuotaEngine, deniedOnly: bool): RateLimitFields | null {
    let policy = "";
    let current = "";
    for (let i = 0; i < engine.count; i++) {
      const t = engine.target(i);
      // Monitored limits are invisible to clients: they enforce nothing.
      if (t.spec.monitor) continue;
      if (deniedOnly && t.check.allowed) continue;
      // What is left of a global limit is known to the service, not here.
      if (!deniedOnly && t.spec.global !== null) continue;
      if (policy.length > 0) {
        policy += ", ";
        current += ", ";
      }
      policy += t.spec.policyItem;
      current += rateLimitItem(t);
    }
    return policy.length == 0 ? null : new RateLimitFields(policy, current);
  }
}

/** 429 for the enforced limits that refused the request. */
export function tooManyRequests(engine: QuotaEngine): void {
  let retry: u64 = 1;
  let names = "";
  let capacityOnly = true;
  for (let i = 0; i < engine.count; i++) {
    const t = engine.target(i);
    if (t.spec.monitor || t.check.allowed) continue;
    retry = max(retry, seconds(t.check.retryMs));
    if (names.length > 0) names += ", ";
    names += t.spec.name;
    if (!t.capacityHit) capacityOnly = false;
  }
  const headers: HeaderPair[] = [
    new HeaderPair("content-type", PROBLEM_JSON),
    new HeaderPair("retry-after", retry.toString()),
  ];
  const fields = RateLimitFields.of(engine, true);
  if (fields !== null) {
    headers.push(new HeaderPair("ratelimit-policy", fields.policy));
    headers.push(new HeaderPair("ratelimit", fields.current));
  }
  const detail = capacityOnly
    ? "Too many distinct clients are active; retry after " + retry.toString() + " seconds."
    : "Quota exceeded (" + names + "); retry after " + retry.toString() + " seconds.";
  sendLocalReply(429, problem(429, "Too Many Requests", detail), headers, capacityOnly ? DETAILS_KEY_CAPACITY : DETAILS_LIMITED);
}

/** 429 when other workers kept changing the same keys: nothing was consumed. */
export function contended(): void {
  sendLocalReply(429, problem(429, "Too Many Requests", "The quota is under heavy contention; retry after 1 seconds."), [
    new HeaderPair("content-type", PROBLEM_JSON),
    new HeaderPair("retry-after", "1"),
  ], DETAILS_CONTENDED);
}

/** 503 when the host refused to store quota state: fail closed. */
export function unavailable(): void {
  sendLocalReply(503, problem(503, "Service Unavailable", "The request could not be checked against its quota."), [
    new HeaderPair("content-type", PROBLEM_JSON),
  ], DETAILS_UNAVAILABLE);
}

/** Fail-closed reply for a stream that reached an unconfigured filter. */
export function unconfigured(): void {
  sendLocalReply(500, problem(500, "Internal Server Error", "The request could not be checked against its quota."), [
    new HeaderPair("content-type", PROBLEM_JSON),
  ], DETAILS_UNCONFIGURED);
}
