// Finding a provider's token in the request (its sources in order, first present wins) and
// removing it before the request goes upstream when the provider does not forward it.

import { HeaderPair, requestHeaders } from "../../../sdk/assembly/index";
import { Source, SourceKind } from "./providers";

/** More copies of a token-bearing header than this make the request ambiguous. */
const MAX_HEADER_COPIES = 16;

export enum Presence {
  Missing,
  Found,
  /** The winning source held several tokens (two headers, repeated parameter or cookie). */
  Ambiguous,
}

export class Presented {
  constructor(public readonly presence: Presence, public readonly token: string, public readonly source: Source | null) {}
}

const MISSING = new Presented(Presence.Missing, "", null);

/** The request as the filter sees it, read once per stream. */
export class RequestView {
  constructor(
    public readonly headers: HeaderPair[],
    public readonly method: string,
    /** :path including the query. */
    public readonly fullPath: string,
    /** :path without the query, normalized (dot segments, repeated slashes, unreserved escapes) for rule matching. */
    public readonly path: string,
  ) {}

  header(name: string): string | null {
    for (let i = 0; i < this.headers.length; i++) {
      const pair = unchecked(this.headers[i]);
      if (pair.name == name) return pair.value;
    }
    return null;
  }
}

function isSpace(c: i32): bool {
  return c == 0x20 || c == 0x09;
}

function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return start == 0 && end == s.length ? s : s.substring(start, end);
}

/** The value after `prefix`, compared ASCII case-insensitively (auth schemes are, RFC 9110 §11.1). */
function afterPrefix(value: string, prefix: string): string | null {
  if (prefix.length == 0) return value;
  if (value.length < prefix.length) return null;
  if (value.substring(0, prefix.length).toLowerCase() != prefix.toLowerCase()) return null;
  return trimSpaces(value.substring(prefix.length));
}

function hexValue(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Percent-decodes a query value; a malformed escape makes it unusable (""), never guessed at. */
function percentDecode(s: string): string {
  if (s.indexOf("%") < 0) return s;
  const input = Uint8Array.wrap(String.UTF8.encode(s, false));
  const out = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = <i32>unchecked(input[i]);
    if (c != 0x25) {
      unchecked((out[n++] = <u8>c));
      continue;
    }
    if (i + 2 >= input.length) return "";
    const hi = hexValue(unchecked(input[i + 1]));
    const lo = hexValue(unchecked(input[i + 2]));
    if (hi < 0 || lo < 0) return "";
    unchecked((out[n++] = <u8>((hi << 4) | lo)));
    i += 2;
  }
  return String.UTF8.decode(out.buffer.slice(0, n), false);
}

function fromHeader(source: Source, request: RequestView): Presented {
  let count = 0;
  let token = "";
  const headers = request.headers;
  for (let i = 0; i < headers.length; i++) {
    const pair = unchecked(headers[i]);
    if (pair.name != source.name) continue;
    if (++count > MAX_HEADER_COPIES) break;
    const value = afterPrefix(trimSpaces(pair.value), source.prefix);
    // A header without the prefix (say "Basic ...") is not this source's token.
    if (value === null || value.length == 0) {
      count--;
      continue;
    }
    token = value;
  }
  if (count == 0) return MISSING;
  if (count > 1) return new Presented(Presence.Ambiguous, "", source);
  return new Presented(Presence.Found, token, source);
}

function paramName(param: string): string {
  const eq = param.indexOf("=");
  return eq < 0 ? param : param.substring(0, eq);
}

function fromQuery(source: Source, request: RequestView): Presented {
  const q = request.fullPath.indexOf("?");
  if (q < 0) return MISSING;
  const params = request.fullPath.substring(q + 1).split("&");
  let count = 0;
  let token = "";
  for (let i = 0; i < params.length; i++) {
    const param = unchecked(params[i]);
    if (paramName(param) != source.name) continue;
    const eq = param.indexOf("=");
    const value = eq < 0 ? "" : percentDecode(param.substring(eq + 1));
    if (value.length == 0) continue;
    count++;
    token = value;
  }
  if (count == 0) return MISSING;
  if (count > 1) return new Presented(Presence.Ambiguous, "", source);
  return new Presented(Presence.Found, token, source);
}

function fromCookie(source: Source, request: RequestView): Presented {
  let headerCount = 0;
  let count = 0;
  let token = "";
  const headers = request.headers;
  for (let i = 0; i < headers.length; i++) {
    const pair = unchecked(headers[i]);
    if (pair.name != "cookie") continue;
    if (++headerCount > MAX_HEADER_COPIES) return new Presented(Presence.Ambiguous, "", source);
    const crumbs = pair.value.split(";");
    for (let j = 0; j < crumbs.length; j++) {
      const crumb = unchecked(crumbs[j]);
      const eq = crumb.indexOf("=");
      if (eq < 0 || trimSpaces(crumb.substring(0, eq)) != source.name) continue;
      let v = trimSpaces(crumb.substring(eq + 1));
      // RFC 6265 allows the value in double quotes.
      if (v.length >= 2 && v.charCodeAt(0) == 0x22 && v.charCodeAt(v.length - 1) == 0x22) v = v.substring(1, v.length - 1);
      if (v.length == 0) continue;
      count++;
      token = v;
    }
  }
  if (count == 0) return MISSING;
  if (count > 1) return new Presented(Presence.Ambiguous, "", source);
  return new Presented(Presence.Found, token, source);
}

/** The token from the first of `sources` that has one. */
export function findToken(sources: Source[], request: RequestView): Presented {
  for (let i = 0; i < sources.length; i++) {
    const source = unchecked(sources[i]);
    let found: Presented;
    if (source.kind == SourceKind.Header) found = fromHeader(source, request);
    else if (source.kind == SourceKind.Query) found = fromQuery(source, request);
    else found = fromCookie(source, request);
    if (found.presence != Presence.Missing) return found;
  }
  return MISSING;
}

function pathWithoutParam(path: string, name: string): string {
  const q = path.indexOf("?");
  if (q < 0) return path;
  const params = path.substring(q + 1).split("&");
  const kept = new Array<string>();
  for (let i = 0; i < params.length; i++) {
    const param = unchecked(params[i]);
    if (paramName(param) != name) kept.push(param);
  }
  const base = path.substring(0, q);
  return kept.length == 0 ? base : base + "?" + kept.join("&");
}

function cookiesWithout(headers: HeaderPair[], name: string): string {
  const kept = new Array<string>();
  for (let i = 0; i < headers.length; i++) {
    const pair = unchecked(headers[i]);
    if (pair.name != "cookie") continue;
    const crumbs = pair.value.split(";");
    for (let j = 0; j < crumbs.length; j++) {
      const crumb = trimSpaces(unchecked(crumbs[j]));
      if (crumb.length == 0) continue;
      const eq = crumb.indexOf("=");
      const crumbName = eq < 0 ? crumb : trimSpaces(crumb.substring(0, eq));
      if (crumbName != name) kept.push(crumb);
    }
  }
  return kept.join("; ");
}

/**
 * Removes the token from where it was found. Reads the live header map (not the snapshot), so
 * removing tokens of two providers composes.
 */
export function removeToken(source: Source): void {
  if (source.kind == SourceKind.Header) {
    requestHeaders.remove(source.name);
  } else if (source.kind == SourceKind.Query) {
    const path = requestHeaders.get(":path");
    if (path !== null) requestHeaders.set(":path", pathWithoutParam(path, source.name));
  } else {
    const rest = cookiesWithout(requestHeaders.all(), source.name);
    if (rest.length == 0) requestHeaders.remove("cookie");
    else requestHeaders.set("cookie", rest);
  }
}
