// The quota plugin configuration (README.md), parsed and validated once in onConfigure into
// immutable tables: limits with their limiter and key recipe, route rules, plans, and for
// every (rule, plan) pair the precomputed list of limits a request must pass.

import { Counter, OptInExport, RouteRule, SharedKey, headerName, isExported, routePath } from "../../../sdk/assembly/index";
import { MethodSyntax, parseRouteMatch } from "../../../sdk/assembly/route-rules-config";
import { JsonValue, parseJson } from "../../../sdk/assembly/json";
import { sha256Text } from "../../../sdk/assembly/crypto/sha256";
import { GlobalLimit } from "../../../sdk/assembly/ratelimit/lease";
import { ConfigChecker } from "../../../sdk/assembly/config-checker";
import { isLowerCaseHeaderName, isName } from "./names";
import { Limiter } from "./limiter";
import { SlidingWindow } from "./sliding-window";
import { TokenBucket } from "./token-bucket";

export const WAYS: i32 = 8;
export const MAX_LIMITS: i32 = 64;
const MAX_KEY_PARTS: i32 = 4;
const MAX_RULES: i32 = 1000;
const MAX_PLANS: i32 = 64;
const MAX_PLAN_VALUES: i32 = 10000;
const MAX_VALUE_LENGTH: i32 = 1024;
const MAX_QUANTITY: i64 = 1_000_000_000;
export const MAX_KEYS: i64 = 4_000_000;

const TOP_FIELDS = ["domain", "max_keys", "on_key_capacity", "xff_trusted_hops", "response_headers", "sweep_interval_ms", "sweep_batch", "global", "limits", "default_limits", "rules", "plans"];
const LIMIT_FIELDS = ["name", "token_bucket", "sliding_window", "cost", "key", "missing", "monitor", "global", "on_outage"];
const GLOBAL_FIELDS = ["cluster", "domain", "batch", "credit", "timeout_ms", "retry_ms", "on_outage"];
const OUTAGE_MODES = ["fail_closed", "fail_open"];
/** The descriptor entry a keyed global limit sends its key's fingerprint under. */
export const GLOBAL_DESCRIPTOR_KEY = "portcullis_key";
const BUCKET_FIELDS = ["rate", "per", "burst"];
const WINDOW_FIELDS = ["limit", "per"];
const RULE_FIELDS = ["name", "methods", "prefix", "exact", "limits", "plan_limits"];
const PLANS_FIELDS = ["from", "default", "plans"];
const PLAN_FIELDS = ["name", "values", "limits"];
const PERIODS = ["second", "minute", "hour", "day"];

export enum PartKind {
  Identity,
  ClientIp,
  Route,
  Header,
}

/** One component of a limit's key. */
export class KeyPart {
  /** `header` as UTF-8 bytes: what the request's header snapshot is searched for. */
  readonly headerBytes: ArrayBuffer;

  constructor(public readonly kind: PartKind, public readonly header: string) {
    this.headerBytes = headerName(header);
  }
}

export class LimitSpec {
  readonly limited: Counter;
  readonly nearLimit: Counter;
  readonly wouldLimit: Counter;
  /** Hashed with every key of this limit: a changed algorithm or size starts fresh state. */
  readonly signature: string;
  /** `signature` as UTF-8: the start of every key's hashed text (descriptor.ts). */
  readonly signatureBytes: ArrayBuffer;
  /** `"name";q=..;w=..`: this limit's RateLimit-Policy item. */
  readonly policyItem: string;
  readonly overflowKey: string;
  /** `overflowKey` as UTF-8: a request that overflows points its entry at it without encoding. */
  readonly overflowKeyBytes: ArrayBuffer;
  readonly overflowFingerprint: Uint8Array;
  /**
   * A limit without key parts has a single key, the same for every request: its fingerprint
   * and table entry, set on first use by descriptor.ts so no request hashes it again.
   */
  fixedFingerprint: Uint8Array | null = null;
  fixedEntry: u32 = 0;

  constructor(
    public readonly index: i32,
    public readonly name: string,
    public readonly limiter: Limiter,
    public readonly cost: u64,
    public readonly parts: KeyPart[],
    /** A missing key part makes the limit apply to one shared key instead of being skipped. */
    public readonly sharedWhenMissing: bool,
    public readonly monitor: bool,
    domain: string,
    /** Counted by the rate-limit service through token leases; null = a local limit. */
    public readonly global: GlobalLimit | null = null,
  ) {
    const signature = name + "/" + limiter.signature();
    this.limited = new Counter("portcullis.quota.limited." + name);
    this.nearLimit = new Counter("portcullis.quota.near_limit." + name);
    this.wouldLimit = new Counter("portcullis.quota.would_limit." + name);
    this.signature = signature;
    this.signatureBytes = String.UTF8.encode(signature, false);
    this.policyItem = "\"" + name + "\";q=" + limiter.quota().toString() + ";w=" + limiter.windowSeconds().toString();
    const overflowKey = "portcullis.quota:" + domain + ":overflow:" + name;
    this.overflowKey = overflowKey;
    this.overflowKeyBytes = String.UTF8.encode(overflowKey, false);
    this.overflowFingerprint = sha256Text("overflow\n" + signature).slice(0, 16);
  }
}

/**
 * A route rule (methods, prefix or exact path, matched on the normalized path: see the SDK's
 * route-rules.ts; first match wins) with the limits in force on it.
 */
export class Rule extends RouteRule {
  constructor(
    /** The value of the "route" key part. */
    public readonly name: string,
    methods: string[],
    exact: bool,
    path: string,
    /** Replaces default_limits on this route; null = keep them. */
    public readonly limits: i32[] | null,
    /** Per plan index: replaces that plan's limits on this route; null entries = keep. */
    public readonly planLimits: Array<i32[] | null>,
  ) {
    super(methods, exact, path);
  }
}

export class Plans {
  /** `header` as UTF-8 bytes. */
  readonly headerBytes: ArrayBuffer;

  constructor(
    /** Plan chosen by the identity, else by `header`. */
    public readonly fromIdentity: bool,
    public readonly header: string,
    public readonly byValue: Map<string, i32>,
    public readonly defaultPlan: i32,
    public readonly names: string[],
    public readonly limits: Array<i32[]>,
  ) {
    this.headerBytes = headerName(header);
  }
}

/** The top-level `global` section: how global limits reach the rate-limit service. */
export class GlobalSettings {
  constructor(
    public readonly cluster: string,
    public readonly domain: string,
    public readonly batch: u32,
    public readonly credit: u32,
    public readonly timeoutMs: u32,
    public readonly retryMs: u32,
    public readonly failOpen: bool,
  ) {}
}

export class QuotaConfig {
  readonly tablePrefix: string;
  /** `tablePrefix` as UTF-8, encoded once. */
  readonly tablePrefixBytes: ArrayBuffer;
  readonly buckets: u32;
  /** Limits applied per (rule index + 1) * planCount + plan index. */
  readonly sets: Array<StaticArray<i32>>;
  readonly planCount: i32;
  /**
   * Whether the matched rule can change a decision: some rule's limits differ from an unmatched
   * request's, or a limit keys on the route. When not, requests skip route matching (and need
   * no header read at all unless a key part or the plan is a header).
   */
  readonly routeMatters: bool;

  constructor(
    public readonly domain: string,
    maxKeys: i64,
    public readonly overflowOnCapacity: bool,
    public readonly xffTrustedHops: i32,
    public readonly responseHeaders: bool,
    public readonly sweepIntervalMs: u32,
    public readonly sweepBatch: u32,
    public readonly limits: LimitSpec[],
    public readonly defaultLimits: i32[],
    public readonly rules: Rule[],
    public readonly plans: Plans | null,
  ) {
    const buckets = <u32>((maxKeys + WAYS - 1) / WAYS);
    this.buckets = buckets;
    // The table size is part of every entry name: two configurations with different sizes
    // never read each other's entries (a key would otherwise live in two places).
    const tablePrefix = "portcullis.quota:" + domain + ":" + buckets.toString() + "x" + WAYS.toString() + ":";
    this.tablePrefix = tablePrefix;
    this.tablePrefixBytes = String.UTF8.encode(tablePrefix, false);
    const planCount = plans === null ? 1 : plans.names.length;
    this.planCount = planCount;
    const sets = new Array<StaticArray<i32>>();
    for (let r = -1; r < rules.length; r++) {
      let rule: Rule | null = null;
      if (r >= 0) rule = unchecked(rules[r]);
      for (let p = 0; p < planCount; p++) sets.push(combine(defaultLimits, plans, rule, p));
    }
    this.sets = sets;
    this.routeMatters = keysOnRoute(limits) || !rulesAgree(sets, planCount);
  }

  /** Live keys the table holds at most. */
  get capacity(): u32 {
    return this.buckets * <u32>WAYS;
  }

  /**
   * Entries are numbered: the table's buckets 0 .. buckets-1, then one overflow entry per limit
   * (buckets + limit index). Points `key` at entry `id`'s shared-data key; a table key is
   * written in place (no string per request).
   */
  entryKeyInto(key: SharedKey, id: u32): void {
    if (id < this.buckets) key.setNumbered(this.tablePrefixBytes, id);
    else key.setBytes(unchecked(this.limits[<i32>(id - this.buckets)]).overflowKeyBytes);
  }

  /** The number of `limit`'s overflow entry. */
  overflowEntry(limit: LimitSpec): u32 {
    return this.buckets + <u32>limit.index;
  }

  /** Entry `id`'s shared-data key as text, for log lines. */
  entryName(id: u32): string {
    return id < this.buckets ? this.tablePrefix + id.toString() : unchecked(this.limits[<i32>(id - this.buckets)]).overflowKey;
  }

  /** The limits a request on `rule` (-1: none matched) with `plan` must pass. */
  limitSet(rule: i32, plan: i32): StaticArray<i32> {
    return unchecked(this.sets[(rule + 1) * this.planCount + plan]);
  }
}

function keysOnRoute(limits: LimitSpec[]): bool {
  for (let i = 0; i < limits.length; i++) {
    const parts = unchecked(limits[i]).parts;
    for (let k = 0; k < parts.length; k++) if (unchecked(parts[k]).kind == PartKind.Route) return true;
  }
  return false;
}

/** Every rule applies, per plan, the same limits in the same order as no rule (sets[plan]). */
function rulesAgree(sets: Array<StaticArray<i32>>, planCount: i32): bool {
  for (let i = planCount; i < sets.length; i++) {
    const a = unchecked(sets[i]);
    const b = unchecked(sets[i % planCount]);
    if (a.length != b.length) return false;
    for (let k = 0; k < a.length; k++) if (unchecked(a[k]) != unchecked(b[k])) return false;
  }
  return true;
}

function combine(defaultLimits: i32[], plans: Plans | null, rule: Rule | null, plan: i32): StaticArray<i32> {
  const out = new Array<i32>();
  let routePart = defaultLimits;
  if (rule !== null && rule.limits !== null) routePart = rule.limits!;
  addAll(out, routePart);
  if (plans !== null) {
    let replaced: i32[] | null = null;
    if (rule !== null) replaced = unchecked(rule.planLimits[plan]);
    if (replaced !== null) addAll(out, replaced);
    else addAll(out, unchecked(plans.limits[plan]));
  }
  return StaticArray.fromArray(out);
}

function addAll(out: i32[], from: i32[]): void {
  for (let i = 0; i < from.length; i++) {
    const v = unchecked(from[i]);
    if (!out.includes(v)) out.push(v);
  }
}

export class ConfigResult {
  constructor(public readonly config: QuotaConfig | null, public readonly error: string) {}
}

function periodMs(name: string): u64 {
  if (name == "second") return 1000;
  if (name == "minute") return 60_000;
  if (name == "hour") return 3_600_000;
  return 86_400_000;
}

function parseLimiter(check: ConfigChecker, item: JsonValue, path: string): Limiter | null {
  const bucket = check.object(item.get("token_bucket"), path + ".token_bucket");
  const window = check.object(item.get("sliding_window"), path + ".sliding_window");
  if (check.failed) return null;
  if ((bucket === null) == (window === null)) {
    check.fail(path, "must have exactly one of \"token_bucket\" or \"sliding_window\"");
    return null;
  }
  if (bucket !== null) {
    const at = path + ".token_bucket";
    check.onlyFields(bucket, at, BUCKET_FIELDS);
    if (bucket.get("rate") === null) check.fail(at + ".rate", "required: tokens added per period");
    if (bucket.get("per") === null) check.fail(at + ".per", "required: one of " + PERIODS.join(", "));
    const rate = check.integer(bucket.get("rate"), at + ".rate", 1, MAX_QUANTITY, 1);
    const per = check.choice(bucket.get("per"), at + ".per", PERIODS, "second");
    const burst = check.integer(bucket.get("burst"), at + ".burst", 1, MAX_QUANTITY, rate);
    if (check.failed) return null;
    return new TokenBucket(<u64>rate, periodMs(per), <u64>burst);
  }
  const at = path + ".sliding_window";
  const w = window!;
  check.onlyFields(w, at, WINDOW_FIELDS);
  if (w.get("limit") === null) check.fail(at + ".limit", "required: requests allowed per window");
  if (w.get("per") === null) check.fail(at + ".per", "required: one of " + PERIODS.join(", "));
  const limit = check.integer(w.get("limit"), at + ".limit", 1, MAX_QUANTITY, 1);
  const per = check.choice(w.get("per"), at + ".per", PERIODS, "minute");
  if (check.failed) return null;
  return new SlidingWindow(<u64>limit, periodMs(per));
}

function parseKey(check: ConfigChecker, value: JsonValue | null, path: string): KeyPart[] {
  const parts = new Array<KeyPart>();
  const list = check.array(value, path, MAX_KEY_PARTS);
  if (list === null) return parts;
  const seen = new Array<string>();
  for (let i = 0; i < list.length && !check.failed; i++) {
    const at = path + "[" + i.toString() + "]";
    const item = unchecked(list.items[i]);
    let part: KeyPart | null = null;
    let id = "";
    if (item.isString) {
      id = item.stringValue;
      if (id == "identity") part = new KeyPart(PartKind.Identity, "");
      else if (id == "client_ip") part = new KeyPart(PartKind.ClientIp, "");
      else if (id == "route") part = new KeyPart(PartKind.Route, "");
      else check.fail(at, "expected \"identity\", \"client_ip\", \"route\" or {\"header\": <name>}");
    } else if (item.isObject) {
      check.onlyFields(item, at, ["header"]);
      const name = check.string(item.get("header"), at + ".header");
      if (check.failed) break;
      if (name === null || !isLowerCaseHeaderName(name)) check.fail(at + ".header", "must be a lower-case HTTP header name");
      else if (name.startsWith(":")) check.fail(at + ".header", "pseudo-headers cannot be key parts (use \"route\")");
      else {
        part = new KeyPart(PartKind.Header, name);
        id = "header:" + name;
      }
    } else {
      check.fail(at, "expected a string or an object, got " + item.kindName);
    }
    if (part === null) break;
    if (seen.includes(id)) {
      check.fail(at, "listed twice");
      break;
    }
    seen.push(id);
    parts.push(part);
  }
  return parts;
}

function parseGlobalSettings(check: ConfigChecker, value: JsonValue | null): GlobalSettings | null {
  const item = check.object(value, "global");
  if (item === null) return null;
  check.onlyFields(item, "global", GLOBAL_FIELDS);
  const cluster = check.string(item.get("cluster"), "global.cluster");
  if (!check.failed && (cluster === null || cluster.length == 0 || cluster.length > 255)) {
    check.fail("global.cluster", "required: the Envoy cluster of the rate-limit service (HTTP/2)");
  }
  const domain = check.string(item.get("domain"), "global.domain");
  if (!check.failed && domain !== null && !isName(domain, 63)) check.fail("global.domain", "must be lower-case letters, digits, '_' or '-' (at most 63)");
  const batch = check.integer(item.get("batch"), "global.batch", 1, 1_000_000, 10);
  const credit = check.integer(item.get("credit"), "global.credit", 0, 1_000_000, batch);
  const timeout = check.integer(item.get("timeout_ms"), "global.timeout_ms", 10, 60_000, 1000);
  const retry = check.integer(item.get("retry_ms"), "global.retry_ms", 100, 600_000, 1000);
  const onOutage = check.choice(item.get("on_outage"), "global.on_outage", OUTAGE_MODES, "fail_closed");
  if (check.failed) return null;
  return new GlobalSettings(cluster!, domain === null ? "portcullis" : domain, <u32>batch, <u32>credit, <u32>timeout, <u32>retry, onOutage == "fail_open");
}

/** The lease configuration of a limit marked global, or null (after a failure) when it cannot be one. */
function parseGlobalLimit(check: ConfigChecker, item: JsonValue, path: string, name: string, limiter: Limiter, cost: i64, parts: KeyPart[], settings: GlobalSettings | null): GlobalLimit | null {
  if (settings === null) {
    check.fail(path + ".global", "limit \"" + name + "\": needs the top-level \"global\" section (the rate-limit service)");
    return null;
  }
  if (!(limiter instanceof SlidingWindow)) {
    check.fail(path + ".global", "limit \"" + name + "\": the rate-limit service counts requests per window: a global limit needs sliding_window {limit, per}");
    return null;
  }
  if (cost != 1) {
    check.fail(path + ".cost", "a global limit counts 1 per request");
    return null;
  }
  if (<u64>settings.batch > limiter.quota()) {
    check.fail(path + ".global", "limit \"" + name + "\": global.batch (" + settings.batch.toString() + ") is more than the limit (" + limiter.quota().toString() + "): no lease could ever be granted");
    return null;
  }
  const onOutage = check.choice(item.get("on_outage"), path + ".on_outage", OUTAGE_MODES, settings.failOpen ? "fail_open" : "fail_closed");
  if (check.failed) return null;
  return new GlobalLimit(name, settings.cluster, settings.domain, parts.length > 0 ? GLOBAL_DESCRIPTOR_KEY : "",
    settings.batch, onOutage == "fail_open", settings.credit, settings.timeoutMs, settings.retryMs);
}

function parseLimit(check: ConfigChecker, value: JsonValue | null, path: string, index: i32, domain: string, settings: GlobalSettings | null): LimitSpec | null {
  const item = check.object(value, path);
  if (item === null) return null;
  check.onlyFields(item, path, LIMIT_FIELDS);
  const name = check.string(item.get("name"), path + ".name");
  if (check.failed) return null;
  if (name === null || !isName(name, 63)) {
    check.fail(path + ".name", "required: lower-case letters, digits, '_' or '-' (at most 63), used in metric names");
    return null;
  }
  const isGlobal = check.bool(item.get("global"), path + ".global", false);
  if (!check.failed && !isGlobal && item.get("on_outage") !== null) check.fail(path + ".on_outage", "only a global limit has an outage mode");
  const limiter = parseLimiter(check, item, path);
  if (limiter === null) return null;
  const cost = check.integer(item.get("cost"), path + ".cost", 1, MAX_QUANTITY, 1);
  if (!check.failed && <u64>cost > limiter.quota()) {
    check.fail(path + ".cost", "is more than the limit's capacity (" + limiter.quota().toString() + "): no request could ever pass");
  }
  const parts = parseKey(check, item.get("key"), path + ".key");
  const missing = check.choice(item.get("missing"), path + ".missing", ["skip", "shared"], "skip");
  const monitor = check.bool(item.get("monitor"), path + ".monitor", false);
  if (check.failed) return null;
  let global: GlobalLimit | null = null;
  if (isGlobal) {
    global = parseGlobalLimit(check, item, path, name, limiter, cost, parts, settings);
    if (global === null) return null;
  }
  return new LimitSpec(index, name, limiter, <u64>cost, parts, missing == "shared", monitor, domain, global);
}

function limitIndex(limits: LimitSpec[], name: string): i32 {
  for (let i = 0; i < limits.length; i++) if (unchecked(limits[i]).name == name) return i;
  return -1;
}

/** Names → limit indices; every name must exist and appear once. */
function limitRefs(check: ConfigChecker, value: JsonValue | null, path: string, limits: LimitSpec[], used: StaticArray<bool>): i32[] {
  const names = check.stringList(value, path, MAX_LIMITS);
  const out = new Array<i32>();
  for (let i = 0; i < names.length && !check.failed; i++) {
    const index = limitIndex(limits, unchecked(names[i]));
    const at = path + "[" + i.toString() + "]";
    if (index < 0) check.fail(at, "unknown limit \"" + unchecked(names[i]) + "\"");
    else if (out.includes(index)) check.fail(at, "listed twice");
    else {
      out.push(index);
      unchecked((used[index] = true));
    }
  }
  return out;
}

function parsePlans(check: ConfigChecker, value: JsonValue | null, limits: LimitSpec[], used: StaticArray<bool>): Plans | null {
  const item = check.object(value, "plans");
  if (item === null) return null;
  check.onlyFields(item, "plans", PLANS_FIELDS);
  const from = item.get("from");
  let fromIdentity = false;
  let header = "";
  if (from === null) check.fail("plans.from", "required: \"identity\" or {\"header\": <name>}");
  else if (from.isString && from.stringValue == "identity") fromIdentity = true;
  else if (from.isObject && from.length == 1 && from.get("header") !== null) {
    const name = check.string(from.get("header"), "plans.from.header");
    if (name !== null && !isLowerCaseHeaderName(name)) check.fail("plans.from.header", "must be a lower-case HTTP header name");
    else if (name !== null) header = name;
  } else check.fail("plans.from", "expected \"identity\" or {\"header\": <name>}");

  const list = check.array(item.get("plans"), "plans.plans", MAX_PLANS);
  if (list === null && !check.failed) check.fail("plans.plans", "required: the plans, e.g. [{\"name\": \"free\", \"limits\": [...]}]");
  if (check.failed || list === null) return null;
  if (list.length == 0) {
    check.fail("plans.plans", "must list at least one plan");
    return null;
  }
  const names = new Array<string>();
  const planLimits = new Array<i32[]>();
  const byValue = new Map<string, i32>();
  let values = 0;
  for (let i = 0; i < list.length && !check.failed; i++) {
    const at = "plans.plans[" + i.toString() + "]";
    const plan = check.object(list.at(i), at);
    if (plan === null) break;
    check.onlyFields(plan, at, PLAN_FIELDS);
    const name = check.string(plan.get("name"), at + ".name");
    if (check.failed) break;
    if (name === null || !isName(name, 63)) {
      check.fail(at + ".name", "required: lower-case letters, digits, '_' or '-' (at most 63)");
      break;
    }
    if (names.includes(name)) {
      check.fail(at + ".name", "duplicate plan \"" + name + "\"");
      break;
    }
    names.push(name);
    const planValues = check.stringList(plan.get("values"), at + ".values", MAX_PLAN_VALUES);
    for (let k = 0; k < planValues.length && !check.failed; k++) {
      const v = unchecked(planValues[k]);
      const vat = at + ".values[" + k.toString() + "]";
      if (v.length == 0 || v.length > MAX_VALUE_LENGTH) check.fail(vat, "must be 1 to " + MAX_VALUE_LENGTH.toString() + " characters");
      else if (byValue.has(v)) check.fail(vat, "\"" + v + "\" already selects plan \"" + unchecked(names[byValue.get(v)]) + "\"");
      else byValue.set(v, i);
      if (++values > MAX_PLAN_VALUES) check.fail(vat, "more than " + MAX_PLAN_VALUES.toString() + " plan values in all");
    }
    if (plan.get("limits") === null) check.fail(at + ".limits", "required: the limits of this plan (may be empty)");
    planLimits.push(limitRefs(check, plan.get("limits"), at + ".limits", limits, used));
  }
  const fallback = check.string(item.get("default"), "plans.default");
  if (check.failed) return null;
  if (fallback === null) {
    check.fail("plans.default", "required: the plan of requests whose value selects none");
    return null;
  }
  const defaultPlan = names.indexOf(fallback);
  if (defaultPlan < 0) {
    check.fail("plans.default", "unknown plan \"" + fallback + "\"");
    return null;
  }
  return new Plans(fromIdentity, header, byValue, defaultPlan, names, planLimits);
}

function parseRule(check: ConfigChecker, value: JsonValue | null, path: string, limits: LimitSpec[], plans: Plans | null, used: StaticArray<bool>, seen: string[]): Rule | null {
  const item = check.object(value, path);
  if (item === null) return null;
  check.onlyFields(item, path, RULE_FIELDS);
  const name = check.string(item.get("name"), path + ".name");
  if (check.failed) return null;
  if (name === null || !isName(name, 63)) {
    check.fail(path + ".name", "required: lower-case letters, digits, '_' or '-' (at most 63); the \"route\" key part");
    return null;
  }
  if (seen.includes(name)) {
    check.fail(path + ".name", "duplicate rule \"" + name + "\"");
    return null;
  }
  seen.push(name);
  const route = parseRouteMatch(check, item, path, MethodSyntax.Token);
  if (route === null) return null;
  const pattern = route.path;
  const at = route.patternPath;
  // Requests are matched on their normalized path: a pattern that is not normal could never match.
  const normal = routePath(pattern);
  if (normal != pattern) {
    check.fail(at, "must be a normalized path (no '.' or '..' segments, repeated slashes or escaped unreserved characters): write \"" + normal + "\"");
    return null;
  }
  const limitsValue = item.get("limits");
  let routeLimits: i32[] | null = null;
  if (limitsValue !== null) routeLimits = limitRefs(check, limitsValue, path + ".limits", limits, used);
  const planCount = plans === null ? 1 : plans.names.length;
  const planLimits = new Array<i32[] | null>(planCount);
  const overrides = check.object(item.get("plan_limits"), path + ".plan_limits");
  if (overrides !== null) {
    if (plans === null) {
      check.fail(path + ".plan_limits", "needs the top-level \"plans\"");
      return null;
    }
    for (let i = 0; i < overrides.keys.length && !check.failed; i++) {
      const planName = unchecked(overrides.keys[i]);
      const p = plans.names.indexOf(planName);
      if (p < 0) check.fail(path + ".plan_limits." + planName, "unknown plan");
      else planLimits[p] = limitRefs(check, unchecked(overrides.items[i]), path + ".plan_limits." + planName, limits, used);
    }
  }
  if (check.failed) return null;
  return new Rule(name, route.methods, route.exact, pattern, routeLimits, planLimits);
}

export function parseConfig(bytes: ArrayBuffer): ConfigResult {
  const parsed = parseJson(bytes);
  const root = parsed.value;
  if (root === null) return new ConfigResult(null, "not valid JSON: " + parsed.message);
  if (!root.isObject) return new ConfigResult(null, "expected a JSON object, got " + root.kindName);
  const check = new ConfigChecker();
  check.onlyFields(root, "", TOP_FIELDS);

  let domain = "default";
  const domainValue = check.string(root.get("domain"), "domain");
  if (domainValue !== null) {
    if (!isName(domainValue, 63)) check.fail("domain", "must be lower-case letters, digits, '_' or '-' (at most 63)");
    else domain = domainValue;
  }
  const maxKeys = check.integer(root.get("max_keys"), "max_keys", WAYS, MAX_KEYS, 100_000);
  const onCapacity = check.choice(root.get("on_key_capacity"), "on_key_capacity", ["deny", "overflow"], "overflow");
  const hops = <i32>check.integer(root.get("xff_trusted_hops"), "xff_trusted_hops", 0, 10, 0);
  const responseHeaders = check.bool(root.get("response_headers"), "response_headers", false);
  if (responseHeaders && !isExported(OptInExport.ResponseHeaders)) {
    check.fail("response_headers", "needs the build with a response callback: load quota-headers.wasm instead of quota.wasm");
  }
  const sweepInterval = <u32>check.integer(root.get("sweep_interval_ms"), "sweep_interval_ms", 100, 60_000, 1000);
  const sweepBatch = <u32>check.integer(root.get("sweep_batch"), "sweep_batch", 1, 100_000, 512);

  const globalSettings = parseGlobalSettings(check, root.get("global"));
  const limits = new Array<LimitSpec>();
  const list = check.array(root.get("limits"), "limits", MAX_LIMITS);
  if (list === null && !check.failed) check.fail("limits", "required: at least one limit");
  if (list !== null && list.length == 0) check.fail("limits", "must list at least one limit");
  if (list !== null) {
    for (let i = 0; i < list.length && !check.failed; i++) {
      const limit = parseLimit(check, list.at(i), "limits[" + i.toString() + "]", i, domain, globalSettings);
      if (limit === null) break;
      if (limitIndex(limits, limit.name) >= 0) check.fail("limits[" + i.toString() + "].name", "duplicate limit \"" + limit.name + "\"");
      limits.push(limit);
    }
  }
  if (globalSettings !== null && !check.failed) {
    let globals = 0;
    for (let i = 0; i < limits.length; i++) if (unchecked(limits[i]).global !== null) globals++;
    if (globals == 0) check.fail("global", "no limit is global (\"global\": true): remove the section or mark a limit");
  }
  if (check.failed) return new ConfigResult(null, check.error);

  const used = new StaticArray<bool>(limits.length);
  const plans = parsePlans(check, root.get("plans"), limits, used);
  const rules = new Array<Rule>();
  const rulesList = check.array(root.get("rules"), "rules", MAX_RULES);
  if (rulesList !== null) {
    const seen = new Array<string>();
    for (let i = 0; i < rulesList.length && !check.failed; i++) {
      const rule = parseRule(check, rulesList.at(i), "rules[" + i.toString() + "]", limits, plans, used, seen);
      if (rule !== null) rules.push(rule);
    }
  }

  let defaultLimits: i32[];
  const defaultsValue = root.get("default_limits");
  if (defaultsValue !== null) {
    defaultLimits = limitRefs(check, defaultsValue, "default_limits", limits, used);
  } else {
    // Absent: every limit no plan or rule names applies wherever no rule replaces the defaults.
    defaultLimits = new Array<i32>();
    for (let i = 0; i < limits.length; i++) {
      if (!unchecked(used[i])) {
        defaultLimits.push(i);
        unchecked((used[i] = true));
      }
    }
  }
  for (let i = 0; i < limits.length && !check.failed; i++) {
    if (!unchecked(used[i])) check.fail("limits[" + i.toString() + "]", "limit \"" + unchecked(limits[i]).name + "\" is not used by default_limits, any rule or any plan");
  }
  if (check.failed) return new ConfigResult(null, check.error);
  return new ConfigResult(new QuotaConfig(domain, maxKeys, onCapacity == "overflow", hops, responseHeaders, sweepInterval, sweepBatch, limits, defaultLimits, rules, plans), "");
}
