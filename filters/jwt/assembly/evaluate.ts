// Walking a rule's requirement tree for one request. Each leaf verifies its provider's token
// (through the per-VM cache), asks the introspection endpoint, or checks the client
// certificate; `any` succeeds with its first successful child, `all` needs every child. A leaf
// waiting on keys or on an introspection answer makes the walk Pending: the stream pauses and
// walks again when the answer is in (cached results make the second walk cheap).

import { HeaderSnapshot, getProperty } from "../../../sdk/assembly/index";
import { hasScopes, claimsMatch } from "./claims";
import { JwtConfig } from "./config";
import { Introspected } from "./introspection";
import * as metrics from "./metrics";
import { Introspector, Provider, Source } from "./providers";
import { Fetcher, RemoteKeys } from "./remote-jwks";
import { ReqKind, Requirement } from "./rules";
import { Presence, Presented, findToken } from "./sources";
import { Status } from "./status";
import { TokenCache, Verified, cacheKey } from "./token-cache";
import { subjectOf, verifyJwt } from "./verify";

/** A leaf that succeeded: what the outputs need. */
export class Success {
  constructor(
    /** Set for a JWT provider, else null. */
    public readonly provider: Provider | null,
    /** Set for an introspection provider, else null. */
    public readonly introspector: Introspector | null,
    public verified: Verified,
    public source: Source,
  ) {}

  get name(): string {
    return this.provider !== null ? this.provider!.name : this.introspector!.name;
  }
}

export class Outcome {
  constructor(
    public readonly status: Status,
    public readonly pending: bool,
    /** The token leaves that succeeded, in tree order. */
    public readonly successes: Success[],
    /**
     * The client certificate's identity (URI SAN, else DNS SAN, else subject) when a `peer`
     * leaf succeeded, else null. Handed on only when no token succeeded (token first).
     */
    public readonly peer: string | null = null,
  ) {}
  get ok(): bool {
    return !this.pending && this.status == Status.Ok;
  }
}

const NONE: Success[] = [];
const NO_PAYLOAD = new ArrayBuffer(0);
const PENDING = new Outcome(Status.Ok, true, NONE);

function failed(status: Status): Outcome {
  return new Outcome(status, false, NONE);
}

/** Failures that mean "could not check", which fail_open_without_keys may let through. */
export function isUnavailable(status: Status): bool {
  return status == Status.JwksFetchFailed || status == Status.IntrospectionFailed;
}

enum CallState {
  None,
  InFlight,
  Answered,
}

/** Introspection callouts of one stream: started once per provider, answered once. */
export abstract class IntrospectionCalls {
  states: CallState[];
  answers: (Introspected | null)[];

  constructor(count: i32) {
    this.states = new Array<CallState>(count);
    this.answers = new Array<Introspected | null>(count);
  }

  /** Starts the callout; false when the host refused it. */
  abstract start(index: i32, token: string): bool;

  answered(index: i32, answer: Introspected): void {
    unchecked((this.states[index] = CallState.Answered));
    unchecked((this.answers[index] = answer));
  }
}

// Where a leaf's token was found: reused (wasm runs one callback at a time), and each leaf is
// done with it before the next leaf looks for its own token.
const presented = new Presented();

/**
 * A cache hit's outcome, one per JWT provider, refilled on each hit: a hit allocates nothing.
 * Safe to share: an outcome is used before the stream's callback returns, and a provider
 * appearing twice in one tree reads the same token from the same place both times.
 */
class HitOutcome {
  readonly success: Success;
  readonly outcome: Outcome;
  constructor(provider: Provider, verified: Verified, source: Source) {
    const success = new Success(provider, null, verified, source);
    this.success = success;
    this.outcome = new Outcome(Status.Ok, false, [success]);
  }
}

const hitOutcomes = new Array<HitOutcome | null>();

function hitOutcome(provider: Provider, verified: Verified, source: Source): Outcome {
  const i = provider.index;
  if (hitOutcomes.length <= i) hitOutcomes.length = i + 1;
  let hit = unchecked(hitOutcomes[i]);
  // A new configuration brings new Provider objects at the same indexes.
  if (hit === null || hit.success.provider !== provider) {
    hit = new HitOutcome(provider, verified, source);
    unchecked((hitOutcomes[i] = hit));
    return hit.outcome;
  }
  hit.success.verified = verified;
  hit.success.source = source;
  return hit.outcome;
}

/** One request's walk. Reused: `begin` sets it up for the next request. */
export class Evaluator {
  private config!: JwtConfig;
  private cache!: TokenCache;
  private remote!: RemoteKeys;
  private fetcher!: Fetcher;
  /** null when there are no introspection providers. */
  private calls: IntrospectionCalls | null = null;
  private headers!: HeaderSnapshot;
  private nowMs: i64 = 0;

  begin(config: JwtConfig, cache: TokenCache, remote: RemoteKeys, fetcher: Fetcher, calls: IntrospectionCalls | null, headers: HeaderSnapshot, nowMs: i64): Evaluator {
    this.config = config;
    this.cache = cache;
    this.remote = remote;
    this.fetcher = fetcher;
    this.calls = calls;
    this.headers = headers;
    this.nowMs = nowMs;
    return this;
  }

  evaluate(req: Requirement): Outcome {
    switch (req.kind) {
      case ReqKind.Jwt: return this.scoped(req, this.jwt(unchecked(this.config.providers[req.target])));
      case ReqKind.Introspection: return this.scoped(req, this.introspection(unchecked(this.config.introspectors[req.target])));
      case ReqKind.Peer: return this.peer(req);
      case ReqKind.Any: return this.any(req.children);
      default: return this.all(req.children);
    }
  }

  /** Any: the first success wins; else wait for pending children; else the most telling failure. */
  private any(children: Requirement[]): Outcome {
    let pending = false;
    let failure = Status.Missing;
    for (let i = 0; i < children.length; i++) {
      const r = this.evaluate(unchecked(children[i]));
      if (r.ok) return r;
      if (r.pending) pending = true;
      else if (failure == Status.Missing) failure = r.status;
    }
    return pending ? PENDING : failed(failure);
  }

  /**
   * All: every child must succeed. A definite refusal outranks "could not check", so a route
   * needing a token and a client certificate never fails open because the JWKS is down when
   * the certificate is wrong anyway.
   */
  private all(children: Requirement[]): Outcome {
    let pending = false;
    let unavailable = Status.Ok;
    let peer: string | null = null;
    const successes = new Array<Success>();
    for (let i = 0; i < children.length; i++) {
      const r = this.evaluate(unchecked(children[i]));
      if (r.pending) {
        pending = true;
        continue;
      }
      if (r.status == Status.Ok) {
        for (let k = 0; k < r.successes.length; k++) successes.push(unchecked(r.successes[k]));
        if (peer === null) peer = r.peer;
        continue;
      }
      if (!isUnavailable(r.status)) return r;
      if (unavailable == Status.Ok) unavailable = r.status;
    }
    if (unavailable != Status.Ok) return failed(unavailable);
    return pending ? PENDING : new Outcome(Status.Ok, false, successes, peer);
  }

  /** The requirement's own scopes and claims, on top of the provider's checks. */
  private scoped(req: Requirement, r: Outcome): Outcome {
    if (!r.ok) return r;
    const claims = unchecked(r.successes[0]).verified.claims;
    if (!hasScopes(claims, req.scopes)) return failed(Status.InsufficientScope);
    if (!claimsMatch(claims, req.claims)) return failed(Status.ClaimMismatch);
    return r;
  }

  private jwt(provider: Provider): Outcome {
    findToken(provider.sources, this.headers, presented);
    if (presented.presence == Presence.Missing) return failed(Status.Missing);
    if (presented.presence == Presence.Ambiguous) return failed(Status.BadFormat);
    const key = cacheKey(provider.index, presented.start, presented.length);
    const hit = this.cache.get(key, this.nowMs);
    if (hit !== null) {
      metrics.cacheHit.increment();
      return hitOutcome(provider, hit, presented.source!);
    }
    const v = verifyJwt(provider, presented.start, presented.length, this.nowMs, this.remote, this.fetcher);
    if (v.pending) return PENDING;
    metrics.cacheMiss.increment();
    const verified = v.verified;
    if (verified === null) return failed(v.status);
    this.cache.put(key, verified, this.nowMs);
    return new Outcome(Status.Ok, false, [new Success(provider, null, verified, presented.source!)]);
  }

  private introspection(p: Introspector): Outcome {
    findToken(p.sources, this.headers, presented);
    if (presented.presence == Presence.Missing) return failed(Status.Missing);
    if (presented.presence == Presence.Ambiguous) return failed(Status.BadFormat);
    const token = presented.text();
    if (token.length > 16384) return failed(Status.BadFormat);
    const key = cacheKey(-1 - p.index, presented.start, presented.length);
    const hit = this.cache.get(key, this.nowMs);
    if (hit !== null) {
      metrics.cacheHit.increment();
      return new Outcome(Status.Ok, false, [new Success(null, p, hit, presented.source!)]);
    }
    const calls = this.calls!;
    const state = unchecked(calls.states[p.index]);
    if (state == CallState.InFlight) return PENDING;
    if (state == CallState.None) {
      metrics.cacheMiss.increment();
      if (!calls.start(p.index, token)) return failed(Status.IntrospectionFailed);
      unchecked((calls.states[p.index] = CallState.InFlight));
      return PENDING;
    }
    const answer = unchecked(calls.answers[p.index])!;
    const claims = answer.claims;
    if (answer.status != Status.Ok || claims === null) return failed(answer.status);
    // Cached until the token's exp, and never longer than cache_max_s.
    let until = this.nowMs + p.cacheMaxS * 1000;
    if (answer.expMs >= 0 && answer.expMs < until) until = answer.expMs;
    const verified = new Verified(claims, NO_PAYLOAD, subjectOf(claims), until);
    this.cache.put(key, verified, this.nowMs);
    return new Outcome(Status.Ok, false, [new Success(null, p, verified, presented.source!)]);
  }

  /** Every listed attribute must hold an allowed value; the identity handed on is the first present of URI SAN, DNS SAN, subject. */
  private peer(req: Requirement): Outcome {
    const uri = getProperty("connection.uri_san_peer_certificate");
    if (!peerValueAllowed(uri, req.uriSans)) return failed(Status.PeerNotAllowed);
    // An attribute is read only when it is checked or may be the identity.
    const dns = req.dnsSans !== null || !present(uri) ? getProperty("connection.dns_san_peer_certificate") : null;
    if (!peerValueAllowed(dns, req.dnsSans)) return failed(Status.PeerNotAllowed);
    const subject = req.subjects !== null || (!present(uri) && !present(dns)) ? getProperty("connection.subject_peer_certificate") : null;
    if (!peerValueAllowed(subject, req.subjects)) return failed(Status.PeerNotAllowed);
    // At least one attribute is listed and matched, so one of them is present and non-empty.
    const identity = present(uri) ? uri! : present(dns) ? dns! : subject!;
    return new Outcome(Status.Ok, false, NONE, identity);
  }
}

function present(value: string | null): bool {
  return value !== null && value.length > 0;
}

/** `value` is one of `allowed` (null: not checked). No certificate never matches. */
function peerValueAllowed(value: string | null, allowed: string[] | null): bool {
  if (allowed === null) return true;
  return present(value) && allowed.includes(value!);
}
