// The apikey plugin configuration (docs/ARCHITECTURE.md), parsed and validated once in
// onConfigure into immutable tables. Every rejection names the offending field by its path
// in the document ("rules[2].prefix: ..."). A rule that overrides the key sources, the keys or
// the forwarding (forward header, hide_credentials) gets its own here; a rule that does not
// shares the section's, so the request path just reads the matched rule's (filter.ts).

import { RouteRule, headerName } from "../../../sdk/assembly/index";
import { ConfigChecker } from "../../../sdk/assembly/config-checker";
import { isToken } from "../../../sdk/assembly/http/token";
import { JsonValue, parseJson } from "../../../sdk/assembly/json";
import { parseRouteMatch } from "../../../sdk/assembly/route-rules-config";
import { hexDecode, isLowerHex } from "../../../sdk/assembly/encoding/hex";
import { KeyTable } from "./key-table";

export enum SourceKind {
  Header,
  Query,
  Cookie,
}

/** Where a credential may be presented. */
export class Source {
  /** `name` as UTF-8, compared with the request's bytes. */
  public readonly nameBytes: ArrayBuffer;
  constructor(public readonly kind: SourceKind, public readonly name: string) {
    this.nameBytes = headerName(name);
  }
}

/**
 * One route rule (methods, prefix or exact path: see the SDK's route-rules.ts) with what is in
 * force on it: the key sources, key table and forwarding (the section's unless the rule
 * overrides them) and `allowed[k]`, whether key k of that table may use the route.
 */
export class Rule extends RouteRule {
  constructor(
    methods: string[],
    exact: bool,
    path: string,
    public readonly isPublic: bool,
    public readonly sources: Source[],
    public readonly keys: KeyTable,
    /** Parallel to `keys`; null = any key of `keys`. */
    public readonly allowed: StaticArray<bool> | null,
    /** UTF-8 name of the header carrying the client id upstream on this rule; empty = none. */
    public readonly forwardHeaderBytes: ArrayBuffer,
    public readonly hideCredentials: bool,
  ) {
    super(methods, exact, path);
  }
}

export class ApiKeyConfig {
  constructor(
    public readonly realm: string,
    /** The section's sources: in force where no rule matches or the rule keeps them. */
    public readonly sources: Source[],
    /** The section's keys: in force where no rule matches or the rule keeps them. */
    public readonly keys: KeyTable,
    /** "" when not configured. */
    public readonly forwardHeader: string,
    public readonly hideCredentials: bool,
    public readonly rules: Rule[],
    /** Keys over all tables (a key shared by several tables counts in each). */
    public readonly keyCount: i32,
    /**
     * Every header the filter may set on some route (the section's forward header and every
     * rule's), each once: client copies of all of them are removed on every request, so a
     * header one route forwards cannot be forged on another.
     */
    public readonly strippedHeaders: ArrayBuffer[],
    /**
     * Whether a verdict sets the identity property for later filters (publish_identity). Envoy
     * stores it as filter state on every request, which costs about as much as the rest of a
     * hit, so the compiler turns it off when no filter of the chain reads it.
     */
    public readonly publishIdentity: bool,
  ) {
    this.forwardHeaderBytes = headerName(forwardHeader);
  }

  /** Encoded once here so the request path converts nothing. */
  readonly forwardHeaderBytes: ArrayBuffer;
}

/** Outcome of parsing: `config`, or `error` naming what is wrong. */
export class ConfigResult {
  constructor(public readonly config: ApiKeyConfig | null, public readonly error: string) {}
}

const TOP_LEVEL_FIELDS = ["realm", "sources", "keys", "forward_header", "hide_credentials", "publish_identity", "rules"];
const KEY_FIELDS = ["client", "sha256"];
const RULE_FIELDS = ["methods", "prefix", "exact", "public", "sources", "keys", "clients", "forward_header", "hide_credentials"];
const MAX_KEYS = 10000;
const MAX_RULES = 1000;
const MAX_NAME = 256;

/** Whether `s` has an ASCII letter in [lo, hi] (token characters are all ASCII). */
function hasLetterIn(s: string, lo: i32, hi: i32): bool {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}

function isLowerCaseToken(s: string): bool {
  return isToken(s, MAX_NAME) && !hasLetterIn(s, 0x41, 0x5a);
}

/** Visible ASCII, no quote or backslash: safe inside the quoted realm parameter. */
function isSafeRealm(s: string): bool {
  if (s.length == 0 || s.length > MAX_NAME) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c == 0x22 || c == 0x5c) return false;
  }
  return true;
}

function isSafeQueryName(s: string): bool {
  if (s.length == 0 || s.length > MAX_NAME) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c > 0x7e || c == 0x26 || c == 0x3d || c == 0x23 || c == 0x3f || c == 0x25 || c == 0x2b) return false;
  }
  return true;
}

/** Index of the first of `sources` that reads the forwarded header (or the cookie header), or -1. */
function forwardClash(sources: Source[], forwardHeader: string): i32 {
  if (forwardHeader.length == 0) return -1;
  for (let i = 0; i < sources.length; i++) {
    const source = unchecked(sources[i]);
    if ((source.kind == SourceKind.Header && source.name == forwardHeader) || (source.kind == SourceKind.Cookie && forwardHeader == "cookie")) return i;
  }
  return -1;
}

/** A non-empty list of sources at `path` (`list` already checked to be an array). */
function parseSources(check: ConfigChecker, list: JsonValue, path: string): Source[] {
  const sources = new Array<Source>();
  if (list.length == 0) check.fail(path, "must list at least one source");
  for (let i = 0; i < list.length && !check.failed; i++) {
    const itemPath = path + "[" + i.toString() + "]";
    const item = check.object(list.at(i), itemPath);
    if (item === null) break;
    if (item.length != 1) {
      check.fail(itemPath, "must have exactly one of \"header\", \"query\" or \"cookie\"");
      break;
    }
    const kindName = unchecked(item.keys[0]);
    const name = check.string(unchecked(item.items[0]), itemPath + "." + kindName);
    if (name === null) break;
    let source: Source | null = null;
    if (kindName == "header") {
      if (!isLowerCaseToken(name)) check.fail(itemPath + ".header", "must be a lower-case HTTP header name");
      else source = new Source(SourceKind.Header, name);
    } else if (kindName == "query") {
      if (!isSafeQueryName(name)) check.fail(itemPath + ".query", "must be a plain query parameter name (no spaces, '&', '=', '%', '+', '?', '#')");
      else source = new Source(SourceKind.Query, name);
    } else if (kindName == "cookie") {
      if (!isToken(name, MAX_NAME)) check.fail(itemPath + ".cookie", "must be a cookie name (an HTTP token)");
      else source = new Source(SourceKind.Cookie, name);
    } else {
      check.fail(itemPath + "." + kindName, "unknown source kind (allowed: header, query, cookie)");
    }
    if (source === null) break;
    sources.push(source);
  }
  return sources;
}

/** Where a key hash was first listed, and for whom. */
class KeyOrigin {
  constructor(public readonly client: string, public readonly path: string) {}
}

/**
 * Reads a non-empty list of `{client, sha256}` at `path` into a new table. `seen` maps every
 * hash read so far (any table) to its client and path: the same hash twice in one table, or
 * for two different clients anywhere, is an error (one key would identify two clients).
 */
function parseKeys(check: ConfigChecker, list: JsonValue, path: string, seen: Map<string, KeyOrigin>, total: i32): KeyTable {
  const table = new KeyTable();
  if (list.length == 0) check.fail(path, "must list at least one key");
  if (total + list.length > MAX_KEYS) check.fail(path, "more than " + MAX_KEYS.toString() + " keys in all");
  const local = new Set<string>();
  for (let i = 0; i < list.length && !check.failed; i++) {
    const itemPath = path + "[" + i.toString() + "]";
    const item = check.object(list.at(i), itemPath);
    if (item === null) break;
    check.onlyFields(item, itemPath, KEY_FIELDS);
    const client = check.string(item.get("client"), itemPath + ".client");
    const hash = check.string(item.get("sha256"), itemPath + ".sha256");
    if (check.failed) break;
    if (client === null || client.length == 0 || client.length > MAX_NAME) {
      check.fail(itemPath + ".client", "required: a non-empty client id of at most 256 characters");
      break;
    }
    if (hash === null || !isLowerHex(hash, 64)) {
      check.fail(itemPath + ".sha256", "must be 64 lower-case hex characters (the SHA-256 of the key, never the key itself)");
      break;
    }
    if (local.has(hash)) {
      check.fail(itemPath + ".sha256", "the same key is listed twice");
      break;
    }
    local.add(hash);
    if (seen.has(hash)) {
      const first = seen.get(hash);
      if (first.client != client) {
        check.fail(itemPath + ".sha256", "the same key is " + first.path + " of client \"" + first.client + "\": one key cannot identify two clients");
        break;
      }
    } else {
      seen.set(hash, new KeyOrigin(client, itemPath));
    }
    table.add(client, hexDecode(hash)!);
  }
  return table;
}

/** What rules inherit from the section, and the key bookkeeping shared by every table. */
class Section {
  keyCount: i32 = 0;
  readonly seen: Map<string, KeyOrigin> = new Map<string, KeyOrigin>();
  sources: Source[] = [];
  keys: KeyTable = new KeyTable();
  forwardHeader: string = "";
  hideCredentials: bool = false;
  /** Every source list written in the document (the section's, then each rule's own) and where. */
  readonly sourceLists: Source[][] = [];
  readonly sourcePaths: string[] = [];
  /** Every forward header a rule sets itself, and where. */
  readonly ruleForwards: string[] = [];
  readonly ruleForwardPaths: string[] = [];
}

/**
 * A rule's `forward_header`: absent = the section's, `false` = none on this rule, else a
 * lower-case header name. Returns the name in force ("" for none).
 */
function parseRuleForward(check: ConfigChecker, value: JsonValue | null, path: string, section: Section): string {
  if (value === null) return section.forwardHeader;
  if (value.isBool && !value.boolValue) return "";
  if (!value.isString) {
    check.fail(path, "expected a header name or false (no forwarded client id on this rule), got " + (value.isBool ? "true" : value.kindName));
    return "";
  }
  const name = value.stringValue;
  if (!isLowerCaseToken(name)) {
    check.fail(path, "must be a lower-case HTTP header name");
    return "";
  }
  section.ruleForwards.push(name);
  section.ruleForwardPaths.push(path);
  return name;
}

function parseRule(check: ConfigChecker, value: JsonValue | null, path: string, section: Section): Rule | null {
  const item = check.object(value, path);
  if (item === null) return null;
  check.onlyFields(item, path, RULE_FIELDS);
  const match = parseRouteMatch(check, item, path);
  if (match === null) return null;
  const isPublic = check.bool(item.get("public"), path + ".public", false);
  const sourcesValue = check.array(item.get("sources"), path + ".sources");
  const keysValue = check.array(item.get("keys"), path + ".keys");
  const clientsValue = item.get("clients");
  const forwardValue = item.get("forward_header");
  const hideValue = item.get("hide_credentials");
  if (check.failed) return null;
  if (isPublic && clientsValue !== null) {
    check.fail(path, "a public rule cannot restrict \"clients\"");
    return null;
  }
  if (isPublic && (sourcesValue !== null || keysValue !== null)) {
    check.fail(path, "a public rule reads no key: remove \"" + (sourcesValue !== null ? "sources" : "keys") + "\"");
    return null;
  }
  if (isPublic && (forwardValue !== null || hideValue !== null)) {
    check.fail(path, "a public rule authenticates no client: remove \"" + (forwardValue !== null ? "forward_header" : "hide_credentials") + "\"");
    return null;
  }
  // Forwarding overrides replace the section's field by field (Envoy's per-route forwarding).
  const forwardHeader = parseRuleForward(check, forwardValue, path + ".forward_header", section);
  const hideCredentials = check.bool(hideValue, path + ".hide_credentials", section.hideCredentials);
  if (check.failed) return null;
  // Overrides replace the section's (as Envoy's per-route key_sources and credentials do).
  const sources = sourcesValue !== null ? parseSources(check, sourcesValue, path + ".sources") : section.sources;
  if (check.failed) return null;
  const clash = sourcesValue !== null ? forwardClash(sources, section.forwardHeader) : -1;
  if (clash >= 0) {
    check.fail(path + ".sources[" + clash.toString() + "]", "must differ from forward_header (the client id would be read back as a key)");
    return null;
  }
  if (sourcesValue !== null) {
    section.sourceLists.push(sources);
    section.sourcePaths.push(path + ".sources");
  }
  let keys = section.keys;
  if (keysValue !== null) {
    keys = parseKeys(check, keysValue, path + ".keys", section.seen, section.keyCount);
    if (check.failed) return null;
    section.keyCount += keys.length;
  }
  let allowed: StaticArray<bool> | null = null;
  if (clientsValue !== null) {
    const names = check.stringList(clientsValue, path + ".clients");
    if (check.failed) return null;
    if (names.length == 0) {
      check.fail(path + ".clients", "must list at least one client (omit it to allow any known client)");
      return null;
    }
    allowed = new StaticArray<bool>(keys.length);
    for (let i = 0; i < names.length; i++) {
      const name = unchecked(names[i]);
      if (!keys.hasClient(name)) {
        check.fail(path + ".clients[" + i.toString() + "]", "unknown client \"" + name + "\" (not in " + (keysValue !== null ? path + ".keys" : "keys") + ")");
        return null;
      }
      for (let k = 0; k < keys.length; k++) if (unchecked(keys.clients[k]) == name) unchecked((allowed[k] = true));
    }
  }
  return new Rule(match.methods, match.exact, match.path, isPublic, sources, keys, allowed, headerName(forwardHeader), hideCredentials);
}

/**
 * A rule's own forward header read as a key anywhere (section or rule sources) is an error:
 * every forward header is removed from client requests on every route, so the key would be
 * read from a header upstream never sees, and on the forwarding route the client id could be
 * read back as a key. (The section's forward header is checked where the sources are read.)
 */
function checkRuleForwards(check: ConfigChecker, section: Section): void {
  for (let f = 0; f < section.ruleForwards.length; f++) {
    const forward = unchecked(section.ruleForwards[f]);
    for (let l = 0; l < section.sourceLists.length; l++) {
      const clash = forwardClash(unchecked(section.sourceLists[l]), forward);
      if (clash < 0) continue;
      check.fail(unchecked(section.ruleForwardPaths[f]), "must differ from every header a key is read from (" + unchecked(section.sourcePaths[l]) + "[" + clash.toString() + "])");
      return;
    }
  }
}

/** The section's forward header and every rule's, each once, encoded. */
function strippedHeaders(section: Section): ArrayBuffer[] {
  const names = new Array<string>();
  if (section.forwardHeader.length > 0) names.push(section.forwardHeader);
  for (let i = 0; i < section.ruleForwards.length; i++) {
    const name = unchecked(section.ruleForwards[i]);
    if (!names.includes(name)) names.push(name);
  }
  const out = new Array<ArrayBuffer>(names.length);
  for (let i = 0; i < names.length; i++) unchecked((out[i] = headerName(unchecked(names[i]))));
  return out;
}

export function parseConfig(bytes: ArrayBuffer): ConfigResult {
  const parsed = parseJson(bytes);
  const root = parsed.value;
  if (root === null) return new ConfigResult(null, "not valid JSON: " + parsed.message);
  const check = new ConfigChecker();
  if (!root.isObject) return new ConfigResult(null, "expected a JSON object, got " + root.kindName);
  check.onlyFields(root, "", TOP_LEVEL_FIELDS);

  let realm = "portcullis";
  const realmValue = check.string(root.get("realm"), "realm");
  if (realmValue !== null) {
    if (!isSafeRealm(realmValue)) check.fail("realm", "must be printable ASCII without '\"' or '\\'");
    else realm = realmValue;
  }

  const section = new Section();
  const sourcesList = check.array(root.get("sources"), "sources");
  if (sourcesList === null && !check.failed) check.fail("sources", "required: where to look for the key, e.g. [{\"header\": \"x-api-key\"}]");
  if (sourcesList !== null && !check.failed) {
    section.sources = parseSources(check, sourcesList, "sources");
    section.sourceLists.push(section.sources);
    section.sourcePaths.push("sources");
  }

  const keysList = check.array(root.get("keys"), "keys");
  if (keysList === null && !check.failed) check.fail("keys", "required: the clients' keys as SHA-256 hashes");
  if (keysList !== null && !check.failed) {
    section.keys = parseKeys(check, keysList, "keys", section.seen, 0);
    section.keyCount = section.keys.length;
  }

  const forwardValue = check.string(root.get("forward_header"), "forward_header");
  if (forwardValue !== null) {
    if (!isLowerCaseToken(forwardValue)) check.fail("forward_header", "must be a lower-case HTTP header name");
    else section.forwardHeader = forwardValue;
    if (forwardClash(section.sources, section.forwardHeader) >= 0) check.fail("forward_header", "must differ from the header the key is read from");
  }

  section.hideCredentials = check.bool(root.get("hide_credentials"), "hide_credentials", false);
  const publishIdentity = check.bool(root.get("publish_identity"), "publish_identity", true);

  const rules = new Array<Rule>();
  const rulesList = check.array(root.get("rules"), "rules");
  if (rulesList !== null) {
    if (rulesList.length > MAX_RULES) check.fail("rules", "more than " + MAX_RULES.toString() + " rules");
    for (let i = 0; i < rulesList.length && !check.failed; i++) {
      const rule = parseRule(check, rulesList.at(i), "rules[" + i.toString() + "]", section);
      if (rule !== null) rules.push(rule);
    }
  }

  if (!check.failed) checkRuleForwards(check, section);
  if (check.failed) return new ConfigResult(null, check.error);
  const config = new ApiKeyConfig(realm, section.sources, section.keys, section.forwardHeader, section.hideCredentials, rules, section.keyCount, strippedHeaders(section), publishIdentity);
  return new ConfigResult(config, "");
}
