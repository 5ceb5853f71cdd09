// The route part of a rule as the filters configure it (route-rules.ts): "methods" (optional
// list) and exactly one of "prefix" or "exact", read with a ConfigChecker at configure time.
// The filter's own fields, and any extra check on the pattern, stay with the filter.

import { ConfigChecker } from "./config-checker";
import { isToken } from "./http/token";
import { JsonValue } from "./json";
import { isRoutePattern } from "./route-rules";

const MAX_METHODS = 16;

/** Which method names a filter accepts. */
export enum MethodSyntax {
  /** Tokens of at most 256 characters without lower-case letters ("GET", "PURGE"). */
  UpperCase,
  /** Any token of at most 32 characters. */
  Token,
}

/** A rule's methods and path pattern, ready for RouteRule's constructor. */
export class RouteMatch {
  constructor(
    /** Empty = any method. */
    public readonly methods: string[],
    public readonly exact: bool,
    /** The pattern (isRoutePattern holds). */
    public readonly path: string,
    /** Where the pattern is in the document ("rules[2].prefix" or "rules[2].exact"), for further checks. */
    public readonly patternPath: string,
  ) {}
}

function methodOk(m: string, syntax: MethodSyntax): bool {
  if (syntax == MethodSyntax.Token) return isToken(m, 32);
  if (!isToken(m, 256)) return false;
  for (let i = 0; i < m.length; i++) {
    const c = m.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/**
 * Reads "methods" (at most 16, each per `syntax`) and exactly one of "prefix" / "exact" (a valid
 * route pattern) of the rule object `item` at `path`. Null, with the first error in `check`,
 * when anything is wrong (or `check` had already failed).
 */
export function parseRouteMatch(check: ConfigChecker, item: JsonValue, path: string, syntax: MethodSyntax = MethodSyntax.UpperCase): RouteMatch | null {
  const methods = check.stringList(item.get("methods"), path + ".methods", MAX_METHODS);
  for (let i = 0; i < methods.length && !check.failed; i++) {
    if (!methodOk(unchecked(methods[i]), syntax)) {
      check.fail(path + ".methods[" + i.toString() + "]", syntax == MethodSyntax.Token ? "must be an HTTP method token" : "must be an upper-case HTTP method such as \"GET\"");
    }
  }
  if (check.failed) return null;
  const prefix = check.string(item.get("prefix"), path + ".prefix");
  const exact = check.string(item.get("exact"), path + ".exact");
  if (check.failed) return null;
  if ((prefix === null) == (exact === null)) {
    check.fail(path, "must have exactly one of \"prefix\" or \"exact\"");
    return null;
  }
  const pattern = prefix !== null ? prefix : exact!;
  const at = path + (prefix !== null ? ".prefix" : ".exact");
  if (!isRoutePattern(pattern)) {
    check.fail(at, "must be a path starting with '/' without query, fragment or spaces");
    return null;
  }
  return new RouteMatch(methods, exact !== null, pattern, at);
}
