// First-match route rules, as the apikey, jwt and quota filters configure them: each rule has
// methods (none = any method) and a path pattern matched as a prefix or exactly against the
// request's normalized path (route-path.ts), never the raw :path. A filter extends RouteRule
// with what its rule decides, builds the list in onConfigure, and per request reads one
// RouteRequest and asks firstRouteMatch. Matching compares bytes in place: the common request
// allocates nothing here.

import { HeaderSnapshot, headerName } from "./header-snapshot";
import { RoutePath } from "./route-path";

const METHOD = headerName(":method");
const PATH = headerName(":path");
const MAX_PATTERN = 2048;

/** True when [ptr, ptr+len) holds the bytes of `b`. */
function sameBytes(ptr: usize, len: i32, b: ArrayBuffer): bool {
  return len == b.byteLength && memory.compare(ptr, changetype<usize>(b), <usize>len) == 0;
}

/**
 * A rule's path pattern is valid: it starts with '/', is at most 2048 characters of visible
 * ASCII, and has no '?' or '#'. (ASCII is also what makes byte and string matching agree.)
 */
export function isRoutePattern(s: string): bool {
  if (s.length == 0 || s.length > MAX_PATTERN || s.charCodeAt(0) != 0x2f) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c > 0x7e || c == 0x3f || c == 0x23) return false;
  }
  return true;
}

/**
 * What rules are matched against: the request's method and normalized path, read from a header
 * snapshot. Reuse one per filter (wasm runs one callback at a time); read() overwrites it, and
 * it keeps the snapshot alive while it points into it.
 */
export class RouteRequest {
  /** The first :method value's bytes (length 0 when absent). */
  methodStart: usize = 0;
  methodLength: i32 = 0;
  /** The first :path value without its query, normalized ("/" when absent). */
  readonly path: RoutePath = new RoutePath();
  private headers: HeaderSnapshot | null = null;

  /** Reads :method and :path from `headers`. */
  read(headers: HeaderSnapshot): void {
    this.headers = headers;
    const m = headers.indexOf(METHOD);
    this.methodStart = m < 0 ? 0 : headers.valueStart(m);
    this.methodLength = m < 0 ? 0 : headers.valueLength(m);
    this.path.read(headers, headers.indexOf(PATH));
  }

  /** Whether the method is `name` (UTF-8 bytes, e.g. headerName("OPTIONS")). */
  methodIs(name: ArrayBuffer): bool {
    return sameBytes(this.methodStart, this.methodLength, name);
  }

  /** The method decoded ("" when absent). */
  method(): string {
    return String.UTF8.decodeUnsafe(this.methodStart, <usize>this.methodLength, false);
  }
}

/**
 * The route part of a rule. `methods` are compared exactly (validate them as upper-case
 * tokens), `path` must satisfy isRoutePattern. Extend it with what the rule decides.
 */
export class RouteRule {
  private readonly methodBytes: ArrayBuffer[];
  private readonly pathBytes: ArrayBuffer;

  constructor(
    /** Empty = any method. */
    public readonly methods: string[],
    /** true: the path must equal `path`; false: start with it. */
    public readonly exact: bool,
    public readonly path: string,
  ) {
    const methodBytes = new Array<ArrayBuffer>(methods.length);
    for (let i = 0; i < methods.length; i++) unchecked((methodBytes[i] = headerName(unchecked(methods[i]))));
    this.methodBytes = methodBytes;
    this.pathBytes = headerName(path);
  }

  /** Whether the request's method and normalized path match this rule. */
  matches(request: RouteRequest): bool {
    return this.matchesBytes(request.methodStart, request.methodLength, request.path.start, request.path.length);
  }

  /** matches() on raw UTF-8 bytes: the method at [methodPtr, +methodLen), the normalized path at [pathPtr, +pathLen). */
  matchesBytes(methodPtr: usize, methodLen: i32, pathPtr: usize, pathLen: i32): bool {
    const methods = this.methodBytes;
    const n = methods.length;
    if (n > 0) {
      let any = false;
      for (let i = 0; i < n && !any; i++) any = sameBytes(methodPtr, methodLen, unchecked(methods[i]));
      if (!any) return false;
    }
    const pattern = this.pathBytes;
    if (this.exact) return sameBytes(pathPtr, pathLen, pattern);
    const len = pattern.byteLength;
    return pathLen >= len && memory.compare(pathPtr, changetype<usize>(pattern), <usize>len) == 0;
  }
}

/**
 * Index of the first rule at or after `from` that matches `request`, or -1. `T` is the filter's
 * rule class (a RouteRule subclass). A filter with extra conditions on a rule (e.g. jwt's CORS
 * preflight rules) checks them on the result and, when they fail, searches again from index + 1.
 */
export function firstRouteMatch<T extends RouteRule>(rules: T[], request: RouteRequest, from: i32 = 0): i32 {
  for (let i = max(from, 0), n = rules.length; i < n; i++) {
    if (unchecked(rules[i]).matches(request)) return i;
  }
  return -1;
}
