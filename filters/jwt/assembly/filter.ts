// The jwt filter: the root context owns the validated configuration, the verified-token cache
// and the remote key sets (fetched from the root, refreshed on its tick); each HTTP stream
// matches a rule, walks its requirement tree, and continues with outputs applied, pauses for
// keys or an introspection answer, or replies 401/403.

import {
  Configuration, Context, FilterHeadersStatus, HeaderPair, HeaderSnapshot, HttpCallResponse, HttpContext, Log,
  LogLevel, RootContext, RouteRequest, currentTimeMillis, currentTimeNanoseconds, firstRouteMatch, headerName, requestHeaders,
} from "../../../sdk/assembly/index";
import { JwtConfig, parseConfig } from "./config";
import { Evaluator, IntrospectionCalls, Outcome, isUnavailable } from "./evaluate";
import { introspectionBody, introspectionHeaders, readIntrospection } from "./introspection";
import * as metrics from "./metrics";
import { applyOutputs } from "./outputs";
import { RemoteJwks } from "./providers";
import { Fetcher, RemoteKeys } from "./remote-jwks";
import { deny, unconfigured } from "./responses";
import { Rule } from "./rules";
import { Status, snakeName } from "./status";
import { TokenCache } from "./token-cache";
import { seedTokenHash } from "./token-hash";

/** Tick period: background JWKS refresh, picking up other workers' fetches, waking waiters. */
const TICK_MS: u32 = 1000;
const MAX_LOGGED = 128;

function onJwksResponse(context: Context, response: HttpCallResponse): void {
  (<JwtRoot>context).jwksAnswered(response);
}

function onIntrospectionResponse(context: Context, response: HttpCallResponse): void {
  (<JwtStream>context).introspectionAnswered(response);
}

class RootFetcher extends Fetcher {
  constructor(private readonly root: JwtRoot) {
    super();
  }

  start(slot: i32, remote: RemoteJwks, headers: HeaderPair[]): u32 {
    const started = this.root.httpCall(remote.cluster, headers, null, remote.timeoutMs, onJwksResponse);
    metrics.jwksFetch.increment();
    if (!started.ok) {
      Log.warn("jwt: JWKS fetch could not start on cluster " + remote.cluster);
      return 0;
    }
    return started.token;
  }
}

export class JwtRoot extends RootContext {
  config: JwtConfig | null = null;
  cache: TokenCache = new TokenCache(0);
  remote: RemoteKeys = new RemoteKeys([]);
  readonly fetcher: RootFetcher = new RootFetcher(this);
  /** Streams paused until keys arrive. */
  waiters: JwtStream[] = [];

  onConfigure(configuration: Configuration): bool {
    const result = parseConfig(configuration.bytes);
    const config = result.config;
    if (config === null) {
      Log.error("jwt: invalid configuration: " + result.error);
      return false;
    }
    this.config = config;
    seedTokenHash(configuration.bytes, <u64>currentTimeNanoseconds());
    this.cache = new TokenCache(config.cacheMaxEntries);
    this.remote = new RemoteKeys(config.providers);
    let remotes = 0;
    for (let i = 0; i < config.providers.length; i++) if (unchecked(config.providers[i]).remote !== null) remotes++;
    if (remotes > 0) this.setTickPeriod(TICK_MS);
    Log.info("jwt: configured with " + config.providers.length.toString() + " provider(s) (" + remotes.toString() + " remote JWKS), " + config.introspectors.length.toString() + " introspection provider(s), " + config.rules.length.toString() + " rule(s)");
    return true;
  }

  onTick(): void {
    if (this.config === null) return;
    this.remote.tick(<i64>currentTimeMillis(), this.fetcher);
    this.wakeWaiters();
  }

  jwksAnswered(response: HttpCallResponse): void {
    const index = this.remote.onResponse(response.token, response, <i64>currentTimeMillis());
    if (index < 0) return;
    this.wakeWaiters();
  }

  /** Lets every paused stream walk again; those still waiting stay in the list. */
  wakeWaiters(): void {
    if (this.waiters.length == 0) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (let i = 0; i < waiting.length; i++) unchecked(waiting[i]).resume();
  }

  wait(stream: JwtStream): void {
    if (!this.waiters.includes(stream)) this.waiters.push(stream);
  }

  forget(stream: JwtStream): void {
    const at = this.waiters.indexOf(stream);
    if (at >= 0) this.waiters.splice(at, 1);
  }

  createHttpContext(id: u32): HttpContext {
    return new JwtStream(id, this);
  }
}

class StreamCalls extends IntrospectionCalls {
  constructor(private readonly stream: JwtStream, count: i32) {
    super(count);
  }

  start(index: i32, token: string): bool {
    return this.stream.startIntrospection(index, token);
  }
}

const REQUEST_ID = headerName("x-request-id");
const OPTIONS = headerName("OPTIONS");
const ORIGIN = headerName("origin");
const REQUEST_METHOD = headerName("access-control-request-method");

// Reused by every request (wasm runs one callback at a time). Rules see the path the upstream
// will serve: normalized, so "/public/../admin" is matched as /admin.
const route = new RouteRequest();
const evaluator = new Evaluator();

function firstMatchingRule(rules: Rule[], headers: HeaderSnapshot): Rule | null {
  for (let i = firstRouteMatch(rules, route); i >= 0; i = firstRouteMatch(rules, route, i + 1)) {
    const rule = unchecked(rules[i]);
    // A CORS rule only covers real preflights; anything else falls through to later rules.
    if (!rule.corsPreflight || isPreflight(headers)) return rule;
  }
  return null;
}

function hasValue(headers: HeaderSnapshot, name: ArrayBuffer): bool {
  const i = headers.indexOf(name);
  return i >= 0 && headers.valueLength(i) > 0;
}

function isPreflight(headers: HeaderSnapshot): bool {
  return route.methodIs(OPTIONS) && hasValue(headers, ORIGIN) && hasValue(headers, REQUEST_METHOD);
}

/** The snapshot's first value of `name`, or null. */
function headerValue(headers: HeaderSnapshot, name: ArrayBuffer): string | null {
  const i = headers.indexOf(name);
  return i < 0 ? null : headers.value(i);
}

/** Bounded, printable-only text for a log line. */
function loggable(value: string | null): string {
  if (value === null || value.length == 0) return "-";
  const n = min(value.length, MAX_LOGGED);
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c > 0x7e) return "(unprintable)";
  }
  return value.length > n ? value.substring(0, n) + "..." : value;
}

export class JwtStream extends HttpContext {
  /** The request's headers as they arrived (client copies of owned headers removed). */
  private headers: HeaderSnapshot | null = null;
  private rule: Rule | null = null;
  /** Only with introspection providers. */
  private calls: StreamCalls | null = null;
  private introspectionTokens: Map<u32, i32> | null = null;
  private paused: bool = false;

  onRequestHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    const root = <JwtRoot>this.root;
    const config = root.config;
    if (config === null) {
      unconfigured();
      return FilterHeadersStatus.StopIteration;
    }
    // One host call for every header; nothing is decoded on the common request.
    let headers = requestHeaders.snapshot();
    // Headers the filter sets never come from the client, whatever the verdict. Only those
    // present are removed; the rare request carrying one is read again without it.
    const owned = config.ownedHeaderBytes;
    let removed = false;
    for (let i = 0; i < owned.length; i++) {
      const name = unchecked(owned[i]);
      if (headers.indexOf(name) < 0) continue;
      requestHeaders.removeBytes(name);
      removed = true;
    }
    if (removed) headers = requestHeaders.snapshot();
    // Bytes that are not plain ASCII are put in the form the string API reads them (decoded,
    // re-encoded), so byte and text semantics agree.
    if (!headers.isAscii) headers = HeaderSnapshot.fromPairs(headers.pairs());

    route.read(headers);
    const rule = firstMatchingRule(config.rules, headers);
    if (rule === null || rule.requires === null) return FilterHeadersStatus.Continue;
    this.headers = headers;
    this.rule = rule;
    if (config.introspectors.length > 0) this.calls = new StreamCalls(this, config.introspectors.length);
    return this.decide() ? FilterHeadersStatus.Continue : FilterHeadersStatus.StopIteration;
  }

  /** Walks the rule; true when the request may continue now. */
  private decide(): bool {
    const root = <JwtRoot>this.root;
    const config = root.config!;
    const rule = this.rule!;
    const outcome = evaluator.begin(config, root.cache, root.remote, root.fetcher, this.calls, this.headers!, <i64>currentTimeMillis()).evaluate(rule.requires!);
    if (outcome.pending) {
      this.paused = true;
      root.wait(this);
      return false;
    }
    this.paused = false;
    if (outcome.ok) {
      const applied = applyOutputs(config, outcome);
      if (applied == Status.Ok) {
        metrics.allowed.increment();
        return true;
      }
      return this.refuse(applied);
    }
    return this.settleFailure(rule, outcome);
  }

  private settleFailure(rule: Rule, outcome: Outcome): bool {
    const status = outcome.status;
    if ((status == Status.Missing && rule.allowMissing) || rule.allowMissingOrFailed) {
      metrics.allowed.increment();
      return true;
    }
    if (isUnavailable(status) && rule.failOpenWithoutKeys) {
      metrics.failOpen.increment();
      if (Log.enabled(LogLevel.Warn)) Log.warn("jwt: fail open " + this.logFields(status));
      return true;
    }
    return this.refuse(status);
  }

  private refuse(status: Status): bool {
    metrics.denied(status);
    if (Log.enabled(LogLevel.Info)) Log.info("jwt: denied " + this.logFields(status));
    deny(status);
    return false;
  }

  /** `request_id=.. reason=.. method=.. path=..` for a log line (built only when logged). */
  private logFields(status: Status): string {
    const headers = this.headers!;
    // `route` is shared: after a pause another stream may have read into it.
    route.read(headers);
    return "request_id=" + loggable(headerValue(headers, REQUEST_ID)) + " reason=" + snakeName(status) + " method=" + loggable(route.method()) + " path=" + loggable(route.path.text());
  }

  /**
   * Walks again after keys or an answer arrived; continues or replies if now decided. Runs from
   * the root's callbacks too, so the stream is made effective before its headers are touched.
   */
  resume(): void {
    if (!this.paused) return;
    this.makeEffective();
    if (this.decide()) this.resumeRequest();
  }

  startIntrospection(index: i32, token: string): bool {
    const p = unchecked((<JwtRoot>this.root).config!.introspectors[index]);
    const started = this.httpCall(p.cluster, introspectionHeaders(p), introspectionBody(token), p.timeoutMs, onIntrospectionResponse);
    if (!started.ok) {
      Log.warn("jwt: introspection could not start on cluster " + p.cluster);
      return false;
    }
    let tokens = this.introspectionTokens;
    if (tokens === null) this.introspectionTokens = tokens = new Map<u32, i32>();
    tokens.set(started.token, index);
    return true;
  }

  introspectionAnswered(response: HttpCallResponse): void {
    const tokens = this.introspectionTokens;
    if (tokens === null || !tokens.has(response.token)) return;
    const index = tokens.get(response.token);
    tokens.delete(response.token);
    const answer = readIntrospection(response, <i64>currentTimeMillis());
    if (answer.status == Status.IntrospectionFailed) {
      const p = unchecked((<JwtRoot>this.root).config!.introspectors[index]);
      Log.warn("jwt: introspection on cluster " + p.cluster + " failed (" + (response.failed ? "no response" : "HTTP " + response.status().toString()) + ")");
    }
    this.calls!.answered(index, answer);
    (<JwtRoot>this.root).forget(this);
    this.resume();
  }

  onDelete(): void {
    (<JwtRoot>this.root).forget(this);
  }
}
