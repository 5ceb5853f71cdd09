// Finding a provider's token in the request (its sources in order, first present wins) and
// removing it before the request goes upstream when the provider does not forward it.
// Tokens are found in the UTF-8 bytes of the request's header snapshot, which filter.ts puts in
// canonical form (what the string API would read), so bytes and text correspond; the common
// request converts and allocates nothing here.

import { HeaderPair, HeaderSnapshot, requestHeaders } from "../../../sdk/assembly/index";
import { QueryScan, ValueSpan, scanCookies } from "../../../sdk/assembly/http/credential-scan";
import { Source, SourceKind } from "./providers";
import { hexDigitValue } from "../../../sdk/assembly/encoding/hex";

/** More copies of a token-bearing header than this make the request ambiguous. */
const MAX_HEADER_COPIES = 16;

// Reused by every request (wasm runs one callback at a time).
const queryScan = new QueryScan();
const cookieValue = new ValueSpan();

export enum Presence {
  Missing,
  Found,
  /** The winning source held several tokens (two headers, repeated parameter or cookie). */
  Ambiguous,
}

/** A token found in a request: `length` bytes at `start` (UTF-8), from `source`. */
export class Presented {
  presence: Presence = Presence.Missing;
  source: Source | null = null;
  start: usize = 0;
  length: i32 = 0;
  /** Keeps the bytes alive: the snapshot they point into, or a decoded copy. */
  private holder: Object | null = null;

  private set(presence: Presence, source: Source | null, holder: Object | null, start: usize, length: i32): void {
    this.presence = presence;
    this.source = source;
    this.holder = holder;
    this.start = start;
    this.length = length;
  }

  missing(): void {
    this.set(Presence.Missing, null, null, 0, 0);
  }
  ambiguous(source: Source): void {
    this.set(Presence.Ambiguous, source, null, 0, 0);
  }
  found(source: Source, holder: Object, start: usize, length: i32): void {
    this.set(Presence.Found, source, holder, start, length);
  }
  foundCopy(source: Source, bytes: ArrayBuffer): void {
    this.set(Presence.Found, source, bytes, changetype<usize>(bytes), bytes.byteLength);
  }

  /** The token decoded (for introspection, which sends it on). */
  text(): string {
    return String.UTF8.decodeUnsafe(this.start, <usize>this.length, false);
  }
}

function isSpace(c: i32): bool {
  return c == 0x20 || c == 0x09;
}

function hasNonAscii(start: usize, length: i32): bool {
  for (let i = 0; i < length; i++) if (load<u8>(start + i) >= 0x80) return true;
  return false;
}

function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return start == 0 && end == s.length ? s : s.substring(start, end);
}

/**
 * The value after `prefix`, compared case-insensitively as text (auth schemes are, RFC 9110
 * §11.1). Only for values that are not ASCII, where text case folding and bytes could differ.
 */
function afterPrefixText(value: string, prefix: string): string | null {
  if (prefix.length == 0) return value;
  if (value.length < prefix.length) return null;
  if (value.substring(0, prefix.length).toLowerCase() != prefix.toLowerCase()) return null;
  return trimSpaces(value.substring(prefix.length));
}

/** [start, start+length) begins with `lower` (lower-case ASCII), ASCII case-insensitively. */
function startsWithFolded(start: usize, length: i32, lower: ArrayBuffer): bool {
  const n = lower.byteLength;
  if (length < n) return false;
  const p = changetype<usize>(lower);
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u8>(start + i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c != <u32>load<u8>(p + i)) return false;
  }
  return true;
}


/**
 * Percent-decodes the query value at [start, end); a malformed escape makes it unusable
 * (empty), never guessed at. Decoded bytes that are not ASCII are put in the form the text
 * would have (invalid UTF-8 replaced), as before the bytes were used directly.
 */
function percentDecode(start: usize, end: usize): ArrayBuffer {
  const length = <i32>(end - start);
  const out = new ArrayBuffer(length);
  const dst = changetype<usize>(out);
  let n = 0;
  let high: u32 = 0;
  for (let i = 0; i < length; i++) {
    const c = <i32>load<u8>(start + i);
    if (c != 0x25) {
      store<u8>(dst + n++, <u8>c);
      high |= <u32>c;
      continue;
    }
    if (i + 2 >= length) return new ArrayBuffer(0);
    const hi = hexDigitValue(load<u8>(start + i + 1));
    const lo = hexDigitValue(load<u8>(start + i + 2));
    if (hi < 0 || lo < 0) return new ArrayBuffer(0);
    const b = (hi << 4) | lo;
    store<u8>(dst + n++, <u8>b);
    high |= <u32>b;
    i += 2;
  }
  const bytes = n == length ? out : out.slice(0, n);
  if ((high & 0x80) == 0) return bytes;
  return String.UTF8.encode(String.UTF8.decode(bytes, false), false);
}

function fromHeader(source: Source, headers: HeaderSnapshot, out: Presented): void {
  let count = 0;
  let start: usize = 0;
  let length = 0;
  let copy: ArrayBuffer | null = null;
  const prefix = source.prefixLower;
  for (let i = 0, n = headers.length; i < n; i++) {
    if (!headers.nameIs(i, source.nameBytes)) continue;
    if (++count > MAX_HEADER_COPIES) break;
    let s = headers.valueStart(i);
    let e = s + <usize>headers.valueLength(i);
    if (!headers.isAscii && hasNonAscii(s, <i32>(e - s))) {
      // Text case folding of non-ASCII characters (say U+212A KELVIN SIGN → 'k') may match a
      // prefix the bytes do not: judge this value as text, as the prefix rule is written.
      const value = afterPrefixText(trimSpaces(headers.value(i)), source.prefix);
      if (value === null || value.length == 0) {
        count--;
        continue;
      }
      copy = String.UTF8.encode(value, false);
      continue;
    }
    while (s < e && isSpace(load<u8>(s))) s++;
    while (e > s && isSpace(load<u8>(e - 1))) e--;
    if (prefix.byteLength > 0) {
      // A header without the prefix (say "Basic ...") is not this source's token.
      if (!startsWithFolded(s, <i32>(e - s), prefix)) {
        count--;
        continue;
      }
      s += <usize>prefix.byteLength;
      while (s < e && isSpace(load<u8>(s))) s++;
    }
    if (s == e) {
      count--;
      continue;
    }
    copy = null;
    start = s;
    length = <i32>(e - s);
  }
  if (count == 0) out.missing();
  else if (count > 1) out.ambiguous(source);
  else if (copy !== null) out.foundCopy(source, copy);
  else out.found(source, headers, start, length);
}

function fromQuery(source: Source, headers: HeaderSnapshot, out: Presented): void {
  const params = queryScan;
  params.begin(headers, source.nameBytes);
  let count = 0;
  let value: ArrayBuffer | null = null;
  while (params.next()) {
    const decoded = percentDecode(params.start, params.end);
    if (decoded.byteLength > 0) {
      count++;
      value = decoded;
    }
  }
  if (count == 0) out.missing();
  else if (count > 1) out.ambiguous(source);
  else out.foundCopy(source, value!);
}

function fromCookie(source: Source, headers: HeaderSnapshot, out: Presented): void {
  const count = scanCookies(headers, source.nameBytes, cookieValue);
  if (count == 0) out.missing();
  else if (count != 1) out.ambiguous(source);
  else out.found(source, headers, cookieValue.start, cookieValue.length);
}

/** Fills `out` with the token from the first of `sources` that has one. */
export function findToken(sources: Source[], headers: HeaderSnapshot, out: Presented): void {
  for (let i = 0; i < sources.length; i++) {
    const source = unchecked(sources[i]);
    if (source.kind == SourceKind.Header) fromHeader(source, headers, out);
    else if (source.kind == SourceKind.Query) fromQuery(source, headers, out);
    else fromCookie(source, headers, out);
    if (out.presence != Presence.Missing) return;
  }
  out.missing();
}

function paramName(param: string): string {
  const eq = param.indexOf("=");
  return eq < 0 ? param : param.substring(0, eq);
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
    requestHeaders.removeBytes(source.nameBytes);
  } else if (source.kind == SourceKind.Query) {
    const path = requestHeaders.get(":path");
    if (path !== null) requestHeaders.set(":path", pathWithoutParam(path, source.name));
  } else {
    const rest = cookiesWithout(requestHeaders.all(), source.name);
    if (rest.length == 0) requestHeaders.remove("cookie");
    else requestHeaders.set("cookie", rest);
  }
}
