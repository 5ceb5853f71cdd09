// Per-route rules and the requirement tree each one names, resolved at configure time (provider
// names become indexes), so a request only matches a rule and walks its tree.

import { RouteRule } from "../../../sdk/assembly/index";
import { parseRouteMatch } from "../../../sdk/assembly/route-rules-config";
import { JsonValue } from "../../../sdk/assembly/json";
import { ConfigChecker } from "../../../sdk/assembly/config-checker";
import { ClaimRequirement, Introspector, Provider, parseClaimRequirements } from "./providers";

export const MAX_RULES = 1000;
const MAX_DEPTH = 8;
const MAX_CHILDREN = 16;
const MAX_SCOPES = 32;
const MAX_PEER_VALUES = 64;

export enum ReqKind {
  Jwt,
  Introspection,
  Any,
  All,
  Peer,
}

export class Requirement {
  constructor(
    public readonly kind: ReqKind,
    /** Provider index (Jwt) or introspector index (Introspection). */
    public readonly target: i32,
    public readonly scopes: string[],
    public readonly claims: ClaimRequirement[],
    public readonly children: Requirement[],
    /** Peer: allowed values per attribute; null = not checked. */
    public readonly uriSans: string[] | null,
    public readonly dnsSans: string[] | null,
    public readonly subjects: string[] | null,
  ) {}
}

/** A route rule (methods, prefix or exact path: see the SDK's route-rules.ts) and what it requires. */
export class Rule extends RouteRule {
  constructor(
    methods: string[],
    exact: bool,
    path: string,
    public readonly corsPreflight: bool,
    /** null = nothing required. */
    public readonly requires: Requirement | null,
    public readonly allowMissing: bool,
    public readonly allowMissingOrFailed: bool,
    public readonly failOpenWithoutKeys: bool,
  ) {
    super(methods, exact, path);
  }
}

const RULE_FIELDS = ["methods", "prefix", "exact", "cors_preflight", "requires", "allow_missing", "allow_missing_or_failed", "fail_open_without_keys"];
const PROVIDER_REQ_FIELDS = ["provider", "scopes", "claims"];
const PEER_FIELDS = ["uri_san", "dns_san", "subject"];

const NO_STRINGS: string[] = [];
const NO_CLAIMS: ClaimRequirement[] = [];
const NO_CHILDREN: Requirement[] = [];

function providerIndex(providers: Provider[], name: string): i32 {
  for (let i = 0; i < providers.length; i++) if (unchecked(providers[i]).name == name) return i;
  return -1;
}

function introspectorIndex(introspectors: Introspector[], name: string): i32 {
  for (let i = 0; i < introspectors.length; i++) if (unchecked(introspectors[i]).name == name) return i;
  return -1;
}

function parsePeer(check: ConfigChecker, value: JsonValue | null, path: string): Requirement | null {
  const item = check.object(value, path);
  if (item === null) return null;
  check.onlyFields(item, path, PEER_FIELDS);
  let uri: string[] | null = null;
  let dns: string[] | null = null;
  let subject: string[] | null = null;
  if (item.has("uri_san")) uri = check.stringList(item.get("uri_san"), path + ".uri_san", MAX_PEER_VALUES);
  if (item.has("dns_san")) dns = check.stringList(item.get("dns_san"), path + ".dns_san", MAX_PEER_VALUES);
  if (item.has("subject")) subject = check.stringList(item.get("subject"), path + ".subject", MAX_PEER_VALUES);
  if (check.failed) return null;
  if (uri === null && dns === null && subject === null) {
    check.fail(path, "must list at least one of \"uri_san\", \"dns_san\" or \"subject\"");
    return null;
  }
  if ((uri !== null && uri.length == 0) || (dns !== null && dns.length == 0) || (subject !== null && subject.length == 0)) {
    check.fail(path, "an attribute that is listed must allow at least one value");
    return null;
  }
  return new Requirement(ReqKind.Peer, -1, NO_STRINGS, NO_CLAIMS, NO_CHILDREN, uri, dns, subject);
}

function parseRequirement(check: ConfigChecker, value: JsonValue | null, path: string, depth: i32, providers: Provider[], introspectors: Introspector[]): Requirement | null {
  if (depth > MAX_DEPTH) {
    check.fail(path, "requirements nested deeper than " + MAX_DEPTH.toString() + " levels");
    return null;
  }
  const item = check.object(value, path);
  if (item === null) return null;
  if (item.has("any") || item.has("all")) {
    if (item.length != 1) {
      check.fail(path, "\"any\"/\"all\" must be the only field of a requirement");
      return null;
    }
    const isAny = item.has("any");
    const at = path + (isAny ? ".any" : ".all");
    const list = check.array(item.get(isAny ? "any" : "all"), at, MAX_CHILDREN);
    if (list === null) return null;
    if (list.length == 0) {
      check.fail(at, "must list at least one requirement");
      return null;
    }
    const children = new Array<Requirement>();
    for (let i = 0; i < list.length; i++) {
      const child = parseRequirement(check, list.at(i), at + "[" + i.toString() + "]", depth + 1, providers, introspectors);
      if (child === null) return null;
      children.push(child);
    }
    return new Requirement(isAny ? ReqKind.Any : ReqKind.All, -1, NO_STRINGS, NO_CLAIMS, children, null, null, null);
  }
  if (item.has("peer")) {
    if (item.length != 1) {
      check.fail(path, "\"peer\" must be the only field of a requirement");
      return null;
    }
    return parsePeer(check, item.get("peer"), path + ".peer");
  }
  if (!item.has("provider")) {
    check.fail(path, "must be {\"provider\": ...}, {\"any\": [...]}, {\"all\": [...]} or {\"peer\": {...}}");
    return null;
  }
  check.onlyFields(item, path, PROVIDER_REQ_FIELDS);
  const name = check.requiredString(item, "provider", path);
  const scopes = check.stringList(item.get("scopes"), path + ".scopes", MAX_SCOPES);
  for (let i = 0; i < scopes.length; i++) {
    const scope = unchecked(scopes[i]);
    if (scope.length == 0 || scope.length > 256 || scope.indexOf(" ") >= 0) check.fail(path + ".scopes[" + i.toString() + "]", "must be a scope name without spaces");
  }
  const claims = parseClaimRequirements(check, item.get("claims"), path + ".claims");
  if (check.failed) return null;
  const jwtIndex = providerIndex(providers, name);
  if (jwtIndex >= 0) return new Requirement(ReqKind.Jwt, jwtIndex, scopes, claims, NO_CHILDREN, null, null, null);
  const introIndex = introspectorIndex(introspectors, name);
  if (introIndex >= 0) return new Requirement(ReqKind.Introspection, introIndex, scopes, claims, NO_CHILDREN, null, null, null);
  check.fail(path + ".provider", "unknown provider \"" + name + "\" (not in providers or introspection)");
  return null;
}

function parseRule(check: ConfigChecker, value: JsonValue | null, path: string, providers: Provider[], introspectors: Introspector[]): Rule | null {
  const item = check.object(value, path);
  if (item === null) return null;
  check.onlyFields(item, path, RULE_FIELDS);
  const route = parseRouteMatch(check, item, path);
  if (route === null) return null;
  const cors = check.bool(item.get("cors_preflight"), path + ".cors_preflight", false);
  const allowMissing = check.bool(item.get("allow_missing"), path + ".allow_missing", false);
  const allowMissingOrFailed = check.bool(item.get("allow_missing_or_failed"), path + ".allow_missing_or_failed", false);
  const failOpen = check.bool(item.get("fail_open_without_keys"), path + ".fail_open_without_keys", false);
  if (check.failed) return null;
  let requires: Requirement | null = null;
  const requiresValue = item.get("requires");
  if (cors) {
    if (requiresValue !== null && !requiresValue.isNull) {
      check.fail(path + ".requires", "a cors_preflight rule bypasses authentication and cannot require anything");
      return null;
    }
  } else {
    if (requiresValue === null) {
      check.fail(path + ".requires", "required: a requirement, or null for a route that needs nothing");
      return null;
    }
    if (!requiresValue.isNull) {
      requires = parseRequirement(check, requiresValue, path + ".requires", 1, providers, introspectors);
      if (requires === null) return null;
    }
  }
  return new Rule(route.methods, route.exact, route.path, cors, requires, allowMissing, allowMissingOrFailed, failOpen);
}

export function parseRules(check: ConfigChecker, value: JsonValue | null, providers: Provider[], introspectors: Introspector[]): Rule[] {
  const rules = new Array<Rule>();
  const list = check.array(value, "rules", MAX_RULES);
  if (list === null) return rules;
  for (let i = 0; i < list.length && !check.failed; i++) {
    const rule = parseRule(check, list.at(i), "rules[" + i.toString() + "]", providers, introspectors);
    if (rule !== null) rules.push(rule);
  }
  return rules;
}
