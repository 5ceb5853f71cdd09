// JWT providers and introspection providers, parsed once from the configuration into
// immutable objects: sources, time rules, audiences, allowed algorithms, key sets, outputs.

import { headerName } from "../../../sdk/assembly/index";
import { JsonKind, JsonValue } from "../../../sdk/assembly/json";
import { encodeBasicCredentials } from "./form";
import { ALG_COUNT, Alg, algByName, allAlgNames } from "./algorithms";
import { ConfigChecker } from "../../../sdk/assembly/config-checker";
import { MAX_NAME, isHeaderName, isPrintable, isQueryName, isToken } from "./names";
import { KeySet, parseJwks } from "./keys";

export const MAX_SOURCES = 8;
export const MAX_CLAIMS_TO_HEADERS = 32;
export const MAX_REQUIRED_CLAIMS = 32;
export const MAX_CLAIM_VALUES = 64;
export const MAX_AUDIENCES = 32;
const MAX_CLAIM_PATH_SEGMENTS = 8;
const MAX_PREFIX = 64;

export enum SourceKind {
  Header,
  Query,
  Cookie,
}

/** Where a token may be presented; a header source may require a prefix ("Bearer "). */
export class Source {
  /** `name` as UTF-8 bytes (header, parameter or cookie name), for matching in place. */
  readonly nameBytes: ArrayBuffer;
  /** `prefix` lower-cased, as bytes (printable ASCII), compared case-insensitively. */
  readonly prefixLower: ArrayBuffer;

  constructor(public readonly kind: SourceKind, public readonly name: string, public readonly prefix: string) {
    this.nameBytes = headerName(name);
    this.prefixLower = headerName(prefix.toLowerCase());
  }
}

/** A claim path ("org.id" → ["org", "id"]) and the header it goes to. */
export class ClaimHeader {
  readonly headerBytes: ArrayBuffer;
  constructor(public readonly path: string[], public readonly header: string) {
    this.headerBytes = headerName(header);
  }
}

/** A claim path and the JSON values it may take. */
export class ClaimRequirement {
  constructor(public readonly path: string[], public readonly values: JsonValue[]) {}
}

export class RemoteJwks {
  constructor(
    public readonly cluster: string,
    public readonly authority: string,
    public readonly path: string,
    public readonly timeoutMs: u32,
    public readonly ttlMs: i64,
    public readonly graceMs: i64,
    public readonly refetchMinIntervalMs: i64,
  ) {}
}

export class Provider {
  constructor(
    public readonly index: i32,
    public readonly name: string,
    public readonly issuer: string,
    public readonly audiences: string[],
    /** Indexed by Alg. */
    public readonly algorithms: StaticArray<bool>,
    public readonly clockSkewS: i64,
    public readonly requireExp: bool,
    public readonly maxLifetimeS: i64,
    public readonly requiredClaims: ClaimRequirement[],
    public readonly inlineKeys: KeySet | null,
    public readonly remote: RemoteJwks | null,
    public readonly sources: Source[],
    public readonly forward: bool,
    public readonly claimsToHeaders: ClaimHeader[],
    /** "" when not configured. */
    public readonly payloadHeader: string,
  ) {
    this.payloadHeaderBytes = headerName(payloadHeader);
  }

  /** `payloadHeader` as bytes (empty when not configured). */
  readonly payloadHeaderBytes: ArrayBuffer;

  allows(alg: Alg): bool {
    return alg != Alg.Unknown && unchecked(this.algorithms[<i32>alg]);
  }
}

export class Introspector {
  constructor(
    public readonly index: i32,
    public readonly name: string,
    public readonly cluster: string,
    public readonly authority: string,
    public readonly path: string,
    /** The complete Authorization header value, computed once. */
    public readonly authorization: string,
    public readonly timeoutMs: u32,
    public readonly cacheMaxS: i64,
    public readonly sources: Source[],
    public readonly forward: bool,
    public readonly claimsToHeaders: ClaimHeader[],
  ) {}
}

const PROVIDER_FIELDS = ["name", "issuer", "audiences", "algorithms", "clock_skew_s", "require_exp", "max_lifetime_s", "required_claims", "keys", "from", "forward", "claims_to_headers", "payload_header"];
const REMOTE_FIELDS = ["cluster", "authority", "path", "timeout_ms", "ttl_s", "grace_s", "refetch_min_interval_s"];
const INTROSPECTION_FIELDS = ["name", "cluster", "authority", "path", "client_id", "client_secret", "timeout_ms", "cache_max_s", "from", "forward", "claims_to_headers"];
const CLAIM_HEADER_FIELDS = ["claim", "header"];
const SOURCE_FIELDS = ["header", "prefix", "query", "cookie"];

export function isProviderName(s: string): bool {
  if (s.length == 0 || s.length > 64) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x5f || c == 0x2d;
    if (!ok) return false;
  }
  return true;
}

/** "org.id" → ["org", "id"]; null when a segment is empty or the path is too long. */
export function parseClaimPath(path: string): string[] | null {
  if (path.length == 0 || path.length > MAX_NAME) return null;
  const segments = path.split(".");
  if (segments.length > MAX_CLAIM_PATH_SEGMENTS) return null;
  for (let i = 0; i < segments.length; i++) if (unchecked(segments[i]).length == 0) return null;
  return segments;
}

function defaultSources(): Source[] {
  return [new Source(SourceKind.Header, "authorization", "Bearer ")];
}

export function parseSources(check: ConfigChecker, value: JsonValue | null, path: string): Source[] {
  if (value === null) return defaultSources();
  const out = new Array<Source>();
  const list = check.array(value, path, MAX_SOURCES);
  if (list === null) return out;
  if (list.length == 0) check.fail(path, "must list at least one source (omit it for the Authorization Bearer header)");
  for (let i = 0; i < list.length && !check.failed; i++) {
    const at = path + "[" + i.toString() + "]";
    const item = check.object(list.at(i), at);
    if (item === null) break;
    check.onlyFields(item, at, SOURCE_FIELDS);
    const header = check.string(item.get("header"), at + ".header");
    const query = check.string(item.get("query"), at + ".query");
    const cookie = check.string(item.get("cookie"), at + ".cookie");
    const prefix = check.string(item.get("prefix"), at + ".prefix");
    if (check.failed) break;
    const kinds = (header !== null ? 1 : 0) + (query !== null ? 1 : 0) + (cookie !== null ? 1 : 0);
    if (kinds != 1) {
      check.fail(at, "must have exactly one of \"header\", \"query\" or \"cookie\"");
      break;
    }
    if (prefix !== null && header === null) {
      check.fail(at + ".prefix", "only a header source can have a prefix");
      break;
    }
    if (header !== null) {
      if (!isHeaderName(header) || header == "cookie") {
        check.fail(at + ".header", "must be a lower-case HTTP header name other than \"cookie\" (use a cookie source)");
        break;
      }
      if (prefix !== null && prefix.length > 0 && !isPrintable(prefix, MAX_PREFIX)) {
        check.fail(at + ".prefix", "must be printable ASCII of at most 64 characters");
        break;
      }
      out.push(new Source(SourceKind.Header, header, prefix === null ? "" : prefix));
    } else if (query !== null) {
      if (!isQueryName(query)) {
        check.fail(at + ".query", "must be a plain query parameter name (no spaces, '&', '=', '%', '+', '?', '#')");
        break;
      }
      out.push(new Source(SourceKind.Query, query, ""));
    } else {
      if (!isToken(cookie!)) {
        check.fail(at + ".cookie", "must be a cookie name (an HTTP token)");
        break;
      }
      out.push(new Source(SourceKind.Cookie, cookie!, ""));
    }
  }
  return out;
}

export function parseClaimHeaders(check: ConfigChecker, value: JsonValue | null, path: string): ClaimHeader[] {
  const out = new Array<ClaimHeader>();
  const list = check.array(value, path, MAX_CLAIMS_TO_HEADERS);
  if (list === null) return out;
  for (let i = 0; i < list.length && !check.failed; i++) {
    const at = path + "[" + i.toString() + "]";
    const item = check.object(list.at(i), at);
    if (item === null) break;
    check.onlyFields(item, at, CLAIM_HEADER_FIELDS);
    const claim = check.requiredString(item, "claim", at);
    const header = check.requiredString(item, "header", at);
    if (check.failed) break;
    const segments = parseClaimPath(claim);
    if (segments === null) {
      check.fail(at + ".claim", "must be a claim name, dots for nesting (\"org.id\"), at most 8 levels");
      break;
    }
    if (!isHeaderName(header)) {
      check.fail(at + ".header", "must be a lower-case HTTP header name");
      break;
    }
    for (let k = 0; k < out.length; k++) {
      if (unchecked(out[k]).header == header) check.fail(at + ".header", "\"" + header + "\" is already set by another claim");
    }
    out.push(new ClaimHeader(segments, header));
  }
  return out;
}

/** `{path: [values]}`: every value a string, number, boolean or null (compared as JSON). */
export function parseClaimRequirements(check: ConfigChecker, value: JsonValue | null, path: string): ClaimRequirement[] {
  const out = new Array<ClaimRequirement>();
  const map = check.object(value, path);
  if (map === null) return out;
  if (map.length > MAX_REQUIRED_CLAIMS) {
    check.fail(path, "more than " + MAX_REQUIRED_CLAIMS.toString() + " claims");
    return out;
  }
  for (let i = 0; i < map.length && !check.failed; i++) {
    const name = unchecked(map.keys[i]);
    const at = path + "." + name;
    const segments = parseClaimPath(name);
    if (segments === null) {
      check.fail(at, "must be a claim name, dots for nesting (\"org.id\"), at most 8 levels");
      break;
    }
    const list = check.array(unchecked(map.items[i]), at, MAX_CLAIM_VALUES);
    if (list === null) break;
    if (list.length == 0) {
      check.fail(at, "must list at least one allowed value");
      break;
    }
    for (let k = 0; k < list.length; k++) {
      const v = list.at(k)!;
      if (v.kind == JsonKind.Array || v.kind == JsonKind.Object) {
        check.fail(at + "[" + k.toString() + "]", "must be a string, number, boolean or null");
        break;
      }
    }
    out.push(new ClaimRequirement(segments, list.items));
  }
  return out;
}

function parseAlgorithms(check: ConfigChecker, value: JsonValue | null, path: string): StaticArray<bool> {
  const allowed = new StaticArray<bool>(ALG_COUNT);
  if (value === null) {
    check.fail(path, "required: the accepted algorithms, e.g. [\"RS256\"] (there is no default)");
    return allowed;
  }
  const names = check.stringList(value, path, ALG_COUNT);
  if (check.failed) return allowed;
  if (names.length == 0) check.fail(path, "must list at least one algorithm");
  for (let i = 0; i < names.length; i++) {
    const alg = algByName(unchecked(names[i]));
    if (alg == Alg.Unknown) {
      check.fail(path + "[" + i.toString() + "]", "unsupported algorithm \"" + unchecked(names[i]) + "\" (allowed: " + allAlgNames() + "; never \"none\")");
      break;
    }
    unchecked((allowed[<i32>alg] = true));
  }
  return allowed;
}

function parseRemote(check: ConfigChecker, value: JsonValue, path: string): RemoteJwks | null {
  check.onlyFields(value, path, REMOTE_FIELDS);
  const cluster = check.requiredString(value, "cluster", path);
  const authority = check.requiredString(value, "authority", path);
  const urlPath = check.requiredString(value, "path", path);
  const timeoutMs = check.wholeNumber(value.get("timeout_ms"), path + ".timeout_ms", 1, 60000, 2000);
  const ttlS = check.wholeNumber(value.get("ttl_s"), path + ".ttl_s", 1, 7 * 86400, 600);
  const graceS = check.wholeNumber(value.get("grace_s"), path + ".grace_s", 0, 30 * 86400, 3600);
  const refetchS = check.wholeNumber(value.get("refetch_min_interval_s"), path + ".refetch_min_interval_s", 1, 86400, 30);
  if (check.failed) return null;
  if (!isPrintable(cluster, MAX_NAME) || cluster.indexOf(" ") >= 0) check.fail(path + ".cluster", "must be an Envoy cluster name");
  if (!isPrintable(authority, MAX_NAME) || authority.indexOf(" ") >= 0) check.fail(path + ".authority", "must be a host name (the :authority of the request)");
  if (!isPrintable(urlPath, 2048) || urlPath.charCodeAt(0) != 0x2f || urlPath.indexOf(" ") >= 0) check.fail(path + ".path", "must be a request path starting with '/'");
  if (check.failed) return null;
  return new RemoteJwks(cluster, authority, urlPath, <u32>timeoutMs, ttlS * 1000, graceS * 1000, refetchS * 1000);
}

export function parseProvider(check: ConfigChecker, value: JsonValue | null, path: string, index: i32): Provider | null {
  const item = check.object(value, path);
  if (item === null) return null;
  check.onlyFields(item, path, PROVIDER_FIELDS);
  const name = check.requiredString(item, "name", path);
  if (!check.failed && !isProviderName(name)) check.fail(path + ".name", "must be 1 to 64 characters of a-z, 0-9, '_' or '-'");
  const issuer = check.requiredString(item, "issuer", path);
  if (!check.failed && !isPrintable(issuer, 1024)) check.fail(path + ".issuer", "must be a non-empty printable string");
  const audiences = check.stringList(item.get("audiences"), path + ".audiences", MAX_AUDIENCES);
  const algorithms = parseAlgorithms(check, item.get("algorithms"), path + ".algorithms");
  const clockSkewS = check.wholeNumber(item.get("clock_skew_s"), path + ".clock_skew_s", 0, 3600, 60);
  const requireExp = check.bool(item.get("require_exp"), path + ".require_exp", true);
  const maxLifetimeS = check.wholeNumber(item.get("max_lifetime_s"), path + ".max_lifetime_s", 0, 10 * 365 * 86400, 0);
  const requiredClaims = parseClaimRequirements(check, item.get("required_claims"), path + ".required_claims");
  if (check.failed) return null;

  let inlineKeys: KeySet | null = null;
  let remote: RemoteJwks | null = null;
  const keys = check.object(item.get("keys"), path + ".keys");
  if (keys === null) {
    check.fail(path + ".keys", "required: {\"inline\": {\"keys\": [...]}} or {\"remote\": {...}}");
    return null;
  }
  if (keys.length != 1 || (!keys.has("inline") && !keys.has("remote"))) {
    check.fail(path + ".keys", "must have exactly one of \"inline\" or \"remote\"");
    return null;
  }
  const inline = keys.get("inline");
  if (inline !== null) {
    const parsed = parseJwks(inline, true);
    if (parsed.keys === null) {
      check.fail(path + ".keys.inline", parsed.error);
      return null;
    }
    inlineKeys = parsed.keys;
  } else {
    const remoteValue = check.object(keys.get("remote"), path + ".keys.remote");
    if (remoteValue === null) return null;
    remote = parseRemote(check, remoteValue, path + ".keys.remote");
    if (remote === null) return null;
    if (unchecked(algorithms[<i32>Alg.HS256]) || unchecked(algorithms[<i32>Alg.HS384]) || unchecked(algorithms[<i32>Alg.HS512])) {
      check.fail(path + ".algorithms", "HS* algorithms need inline oct keys; a remote JWKS never supplies symmetric keys");
      return null;
    }
  }

  const sources = parseSources(check, item.get("from"), path + ".from");
  const forward = check.bool(item.get("forward"), path + ".forward", false);
  const claimsToHeaders = parseClaimHeaders(check, item.get("claims_to_headers"), path + ".claims_to_headers");
  let payloadHeader = "";
  const payload = check.string(item.get("payload_header"), path + ".payload_header");
  if (payload !== null) {
    if (!isHeaderName(payload)) check.fail(path + ".payload_header", "must be a lower-case HTTP header name");
    else payloadHeader = payload;
  }
  if (check.failed) return null;
  return new Provider(index, name, issuer, audiences, algorithms, clockSkewS, requireExp, maxLifetimeS, requiredClaims, inlineKeys, remote, sources, forward, claimsToHeaders, payloadHeader);
}

export function parseIntrospector(check: ConfigChecker, value: JsonValue | null, path: string, index: i32): Introspector | null {
  const item = check.object(value, path);
  if (item === null) return null;
  check.onlyFields(item, path, INTROSPECTION_FIELDS);
  const name = check.requiredString(item, "name", path);
  if (!check.failed && !isProviderName(name)) check.fail(path + ".name", "must be 1 to 64 characters of a-z, 0-9, '_' or '-'");
  const cluster = check.requiredString(item, "cluster", path);
  const authority = check.requiredString(item, "authority", path);
  const urlPath = check.requiredString(item, "path", path);
  const clientId = check.requiredString(item, "client_id", path);
  const clientSecret = check.requiredString(item, "client_secret", path);
  const timeoutMs = check.wholeNumber(item.get("timeout_ms"), path + ".timeout_ms", 1, 60000, 2000);
  const cacheMaxS = check.wholeNumber(item.get("cache_max_s"), path + ".cache_max_s", 0, 86400, 300);
  if (check.failed) return null;
  if (!isPrintable(cluster, MAX_NAME) || cluster.indexOf(" ") >= 0) check.fail(path + ".cluster", "must be an Envoy cluster name");
  if (!isPrintable(authority, MAX_NAME) || authority.indexOf(" ") >= 0) check.fail(path + ".authority", "must be a host name (the :authority of the request)");
  if (!isPrintable(urlPath, 2048) || urlPath.charCodeAt(0) != 0x2f || urlPath.indexOf(" ") >= 0) check.fail(path + ".path", "must be a request path starting with '/'");
  if (clientId.length == 0 || clientId.length > MAX_NAME) check.fail(path + ".client_id", "must be 1 to 256 characters");
  if (clientSecret.length == 0 || clientSecret.length > 1024) check.fail(path + ".client_secret", "must be 1 to 1024 characters");
  const sources = parseSources(check, item.get("from"), path + ".from");
  const forward = check.bool(item.get("forward"), path + ".forward", false);
  const claimsToHeaders = parseClaimHeaders(check, item.get("claims_to_headers"), path + ".claims_to_headers");
  if (check.failed) return null;
  return new Introspector(index, name, cluster, authority, urlPath, encodeBasicCredentials(clientId, clientSecret), <u32>timeoutMs, cacheMaxS, sources, forward, claimsToHeaders);
}
