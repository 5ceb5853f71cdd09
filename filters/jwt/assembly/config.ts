// The jwt plugin configuration (filters/jwt/README.md), parsed and validated once in
// onConfigure into immutable objects. Every rejection names the offending field by its path.

import { headerName } from "../../../sdk/assembly/index";
import { parseJson, JsonLimits } from "../../../sdk/assembly/json";
import { ConfigChecker } from "../../../sdk/assembly/config-checker";
import { isHeaderName } from "./names";
import { Introspector, Provider, SourceKind, Source, parseIntrospector, parseProvider } from "./providers";
import { Rule, parseRules } from "./rules";

const TOP_LEVEL_FIELDS = ["providers", "introspection", "rules", "cache", "identity_header", "publish_identity"];
const CACHE_FIELDS = ["max_entries"];
const MAX_PROVIDERS = 32;
const MAX_CONFIG_BYTES = 4 << 20;
export const DEFAULT_CACHE_ENTRIES = 4096;
const MAX_CACHE_ENTRIES = 65536;

export class JwtConfig {
  /** identityHeader as bytes (empty when not configured). */
  readonly identityHeaderBytes: ArrayBuffer;
  /** ownedHeaders as bytes. */
  readonly ownedHeaderBytes: ArrayBuffer[];

  constructor(
    public readonly providers: Provider[],
    public readonly introspectors: Introspector[],
    public readonly rules: Rule[],
    public readonly cacheMaxEntries: i32,
    /** "" when not configured. */
    public readonly identityHeader: string,
    /** Every header the filter may set upstream: client copies are removed from every request. */
    public readonly ownedHeaders: string[],
    /**
     * Whether a verdict sets the identity property for later filters (publish_identity). Envoy
     * stores it as filter state on every request, which costs about as much as the rest of a
     * cache hit, so the compiler turns it off when no filter of the chain reads it.
     */
    public readonly publishIdentity: bool,
  ) {
    this.identityHeaderBytes = headerName(identityHeader);
    const owned = new Array<ArrayBuffer>(ownedHeaders.length);
    for (let i = 0; i < ownedHeaders.length; i++) unchecked((owned[i] = headerName(unchecked(ownedHeaders[i]))));
    this.ownedHeaderBytes = owned;
  }
}

export class ConfigResult {
  constructor(public readonly config: JwtConfig | null, public readonly error: string) {}
}

function readsHeader(sources: Source[], name: string): bool {
  for (let i = 0; i < sources.length; i++) {
    const s = unchecked(sources[i]);
    if (s.kind == SourceKind.Header && s.name == name) return true;
  }
  return false;
}

const RESERVED_HEADERS = ["cookie", "host", "content-length", "transfer-encoding", "connection", "te", "upgrade"];

/**
 * The headers the filter sets upstream. Providers may share an output header (only one
 * provider's token decides a given value), but within one provider, and for identity_header,
 * every header has one meaning; none may be reserved or be where a token is read from.
 */
class OwnedHeaders {
  readonly names: string[] = [];
  constructor(private readonly check: ConfigChecker, private readonly sources: Source[]) {}

  add(header: string, path: string, local: string[]): void {
    if (RESERVED_HEADERS.includes(header) || readsHeader(this.sources, header)) {
      this.check.fail(path, "header \"" + header + "\" cannot be set by the filter (reserved, or a token is read from it)");
      return;
    }
    if (local.includes(header)) {
      this.check.fail(path, "header \"" + header + "\" is set twice");
      return;
    }
    local.push(header);
    if (!this.names.includes(header)) this.names.push(header);
  }
}

function collectOwnedHeaders(check: ConfigChecker, providers: Provider[], introspectors: Introspector[], identityHeader: string): string[] {
  const sources = new Array<Source>();
  for (let i = 0; i < providers.length; i++) {
    const p = unchecked(providers[i]);
    for (let k = 0; k < p.sources.length; k++) sources.push(unchecked(p.sources[k]));
  }
  for (let i = 0; i < introspectors.length; i++) {
    const p = unchecked(introspectors[i]);
    for (let k = 0; k < p.sources.length; k++) sources.push(unchecked(p.sources[k]));
  }
  const owned = new OwnedHeaders(check, sources);
  for (let i = 0; i < providers.length && !check.failed; i++) {
    const p = unchecked(providers[i]);
    const base = "providers[" + i.toString() + "]";
    const local = new Array<string>();
    if (p.payloadHeader.length > 0) owned.add(p.payloadHeader, base + ".payload_header", local);
    for (let k = 0; k < p.claimsToHeaders.length; k++) owned.add(unchecked(p.claimsToHeaders[k]).header, base + ".claims_to_headers[" + k.toString() + "].header", local);
  }
  for (let i = 0; i < introspectors.length && !check.failed; i++) {
    const p = unchecked(introspectors[i]);
    const base = "introspection[" + i.toString() + "]";
    const local = new Array<string>();
    for (let k = 0; k < p.claimsToHeaders.length; k++) owned.add(unchecked(p.claimsToHeaders[k]).header, base + ".claims_to_headers[" + k.toString() + "].header", local);
  }
  if (!check.failed && identityHeader.length > 0) {
    if (owned.names.includes(identityHeader)) check.fail("identity_header", "header \"" + identityHeader + "\" is also a claim or payload header");
    else owned.add(identityHeader, "identity_header", new Array<string>());
  }
  return owned.names;
}

export function parseConfig(bytes: ArrayBuffer): ConfigResult {
  const parsed = parseJson(bytes, new JsonLimits(32, MAX_CONFIG_BYTES));
  const root = parsed.value;
  if (root === null) return new ConfigResult(null, "not valid JSON: " + parsed.message);
  if (!root.isObject) return new ConfigResult(null, "expected a JSON object, got " + root.kindName);
  const check = new ConfigChecker();
  check.onlyFields(root, "", TOP_LEVEL_FIELDS);

  const providers = new Array<Provider>();
  const providerList = check.array(root.get("providers"), "providers", MAX_PROVIDERS);
  if (providerList !== null) {
    for (let i = 0; i < providerList.length && !check.failed; i++) {
      const p = parseProvider(check, providerList.at(i), "providers[" + i.toString() + "]", providers.length);
      if (p !== null) providers.push(p);
    }
  }
  const introspectors = new Array<Introspector>();
  const introList = check.array(root.get("introspection"), "introspection", MAX_PROVIDERS);
  if (introList !== null) {
    for (let i = 0; i < introList.length && !check.failed; i++) {
      const p = parseIntrospector(check, introList.at(i), "introspection[" + i.toString() + "]", introspectors.length);
      if (p !== null) introspectors.push(p);
    }
  }
  if (!check.failed && providers.length + introspectors.length == 0) check.fail("providers", "at least one provider (or introspection provider) is required");

  const names = new Array<string>();
  for (let i = 0; i < providers.length; i++) names.push(unchecked(providers[i]).name);
  for (let i = 0; i < introspectors.length; i++) names.push(unchecked(introspectors[i]).name);
  for (let i = 0; i < names.length && !check.failed; i++) {
    if (names.lastIndexOf(unchecked(names[i])) != i) check.fail(i < providers.length ? "providers" : "introspection", "provider name \"" + unchecked(names[i]) + "\" is used twice");
  }

  let cacheMaxEntries = DEFAULT_CACHE_ENTRIES;
  const cache = check.object(root.get("cache"), "cache");
  if (cache !== null) {
    check.onlyFields(cache, "cache", CACHE_FIELDS);
    cacheMaxEntries = <i32>check.wholeNumber(cache.get("max_entries"), "cache.max_entries", 0, MAX_CACHE_ENTRIES, DEFAULT_CACHE_ENTRIES);
  }

  let identityHeader = "";
  const identity = check.string(root.get("identity_header"), "identity_header");
  if (identity !== null) {
    if (!isHeaderName(identity)) check.fail("identity_header", "must be a lower-case HTTP header name");
    else identityHeader = identity;
  }

  const publishIdentity = check.bool(root.get("publish_identity"), "publish_identity", true);

  const rules = check.failed ? new Array<Rule>() : parseRules(check, root.get("rules"), providers, introspectors);
  const owned = check.failed ? new Array<string>() : collectOwnedHeaders(check, providers, introspectors, identityHeader);
  if (check.failed) return new ConfigResult(null, check.error);
  return new ConfigResult(new JwtConfig(providers, introspectors, rules, cacheMaxEntries, identityHeader, owned, publishIdentity), "");
}
