// The quota filter: the root context owns the validated configuration, the decision engine
// and the sweeper; each HTTP stream picks its limits (rule, plan), hashes their keys and asks
// the engine once in onRequestHeaders, then answers 429 or continues (adding the RateLimit
// fields to the response when configured). Global limits lease tokens from the rate-limit
// service through the root context; calls still out when it goes are cancelled by the host
// (Envoy cancels a context's callouts when it destroys it).

import {
  Configuration, FilterHeadersStatus, HeaderSnapshot, HttpContext, Log, LogLevel, RootContext, RouteRequest,
  currentTimeMillis, currentTimeNanoseconds, firstRouteMatch, headerName, responseHeaders,
} from "../../../sdk/assembly/index";
import { QuotaConfig, parseConfig } from "./config";
import { RequestFacts, fingerprintTag, keyOf } from "./descriptor";
import { Decision, QuotaEngine, Target } from "./engine";
import * as metrics from "./metrics";
import { RateLimitFields, contended, seconds, tooManyRequests, unavailable, unconfigured } from "./responses";
import { Sweeper, seedTable } from "./table";

const MAX_REQUEST_ID = 128;
const REQUEST_ID = headerName("x-request-id");
/** The request's method and normalized path; reused (wasm runs one callback at a time). */
const route = new RouteRequest();
/** The request's facts the keys are made of; reused likewise. */
const facts = new RequestFacts();

export class QuotaRoot extends RootContext {
  config: QuotaConfig | null = null;
  engine: QuotaEngine | null = null;
  sweeper: Sweeper | null = null;

  onConfigure(configuration: Configuration): bool {
    const result = parseConfig(configuration.bytes);
    const config = result.config;
    if (config === null) {
      Log.error("quota: invalid configuration: " + result.error);
      return false;
    }
    if (!seedTable(config)) {
      Log.error("quota: cannot create the key table in shared data");
      return false;
    }
    this.config = config;
    this.engine = new QuotaEngine(config);
    // Workers start their sweeps at different entries, so together they cover the table sooner.
    this.sweeper = new Sweeper(config, currentTimeNanoseconds());
    this.setTickPeriod(config.sweepIntervalMs);
    let globals = 0;
    for (let i = 0; i < config.limits.length; i++) if (unchecked(config.limits[i]).global !== null) globals++;
    Log.info("quota: configured with " + config.limits.length.toString() + " limit(s), " + config.rules.length.toString() + " rule(s), " + config.planCount.toString() + " plan(s), up to " + config.capacity.toString() + " live keys" +
      (globals > 0 ? "; " + globals.toString() + " global limit(s) leased from the rate-limit service" : ""));
    return true;
  }

  onTick(): void {
    const sweeper = this.sweeper;
    if (sweeper !== null) sweeper.sweep(currentTimeMillis());
  }

  createHttpContext(id: u32): HttpContext {
    return new QuotaStream(id, this);
  }
}

function planOf(config: QuotaConfig, facts: RequestFacts): i32 {
  const plans = config.plans;
  if (plans === null) return 0;
  const value = plans.fromIdentity ? facts.identityValue() : facts.header(plans.headerBytes);
  if (value !== null && plans.byValue.has(value)) return plans.byValue.get(value);
  return plans.defaultPlan;
}

/** The request id, made safe for a log line (bounded, printable ASCII only). */
function loggableRequestId(headers: HeaderSnapshot): string {
  const index = headers.indexOf(REQUEST_ID);
  if (index < 0 || headers.valueLength(index) == 0) return "-";
  const id = headers.value(index);
  const n = min(id.length, MAX_REQUEST_ID);
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    if (c <= 0x20 || c > 0x7e) return "(unprintable)";
  }
  return id.length > n ? id.substring(0, n) + "..." : id;
}

function logRefusal(t: Target, requestId: string): void {
  const mode = t.spec.monitor ? "monitor: would limit" : "limited";
  const reason = t.capacityHit ? " reason=key_capacity" : "";
  Log.info("quota: " + mode + " request_id=" + requestId + " limit=" + t.spec.name + " key=" + fingerprintTag(t.fingerprint) + reason + " retry_after=" + seconds(t.check.retryMs).toString());
}

class QuotaStream extends HttpContext {
  private fields: RateLimitFields | null = null;

  onRequestHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    const root = <QuotaRoot>this.root;
    const config = root.config;
    const engine = root.engine;
    if (config === null || engine === null) {
      unconfigured();
      return FilterHeadersStatus.StopIteration;
    }
    facts.start(config.xffTrustedHops);
    let rule = -1;
    if (config.routeMatters) {
      route.read(facts.headers);
      rule = firstRouteMatch(config.rules, route);
      if (rule >= 0) facts.route = unchecked(config.rules[rule]).name;
    }
    const set = config.limitSet(rule, planOf(config, facts));
    if (set.length == 0) return FilterHeadersStatus.Continue;

    engine.reset();
    for (let i = 0; i < set.length; i++) {
      const limit = unchecked(config.limits[unchecked(set[i])]);
      const t = engine.add(limit);
      const entry = keyOf(limit, facts, config, t.fingerprint);
      if (entry < 0) engine.count--; // a key part is missing: this limit does not apply
      else t.entryId = <u32>entry;
    }
    if (engine.count == 0) return FilterHeadersStatus.Continue;

    const decision = engine.decide(currentTimeMillis(), config.overflowOnCapacity, this, root);
    this.report(engine, decision);

    if (decision == Decision.Allowed) {
      metrics.allowed.increment();
      if (config.responseHeaders) this.fields = RateLimitFields.of(engine, false);
      return FilterHeadersStatus.Continue;
    }
    metrics.denied.increment();
    if (decision == Decision.Limited) tooManyRequests(engine);
    else if (decision == Decision.Contended) {
      metrics.contended.increment();
      Log.warn("quota: refused after " + engine.retries.toString() + " retries under contention request_id=" + loggableRequestId(facts.headers));
      contended();
    } else {
      Log.error("quota: could not store quota state request_id=" + loggableRequestId(facts.headers));
      unavailable();
    }
    return FilterHeadersStatus.StopIteration;
  }

  private report(engine: QuotaEngine, decision: Decision): void {
    let requestId: string | null = null;
    for (let i = 0; i < engine.count; i++) {
      const t = engine.target(i);
      if (t.capacityHit) metrics.keyCapacity.increment();
      if (t.check.allowed) {
        if (decision == Decision.Allowed && t.check.near) t.spec.nearLimit.increment();
        continue;
      }
      if (t.spec.monitor) t.spec.wouldLimit.increment();
      else t.spec.limited.increment();
      if (Log.enabled(LogLevel.Info)) {
        if (requestId === null) requestId = loggableRequestId(facts.headers);
        logRefusal(t, requestId);
      }
    }
  }

  onResponseHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    const fields = this.fields;
    if (fields !== null) {
      responseHeaders.set("ratelimit-policy", fields.policy);
      responseHeaders.set("ratelimit", fields.current);
    }
    return FilterHeadersStatus.Continue;
  }
}
