// Finding the presented key in the request (header, query parameter or cookie, in the
// configured order) and removing it before the request goes upstream. Works on the UTF-8
// bytes of a header snapshot (all delimiters are ASCII), so the common request converts and
// allocates nothing; the snapshot is in canonical UTF-8 (filter.ts), so bytes and the
// strings they decode to correspond exactly.

import { HeaderSnapshot, headerName, requestHeaders } from "../../../sdk/assembly/index";
import { QueryScan, ValueSpan, scanCookies } from "../../../sdk/assembly/http/credential-scan";
import { Source, SourceKind } from "./config";
import { hexDigitValue } from "../../../sdk/assembly/encoding/hex";

export enum Presence {
  /** No source had a non-empty credential. */
  Missing,
  /** Exactly one credential, at `start` (`length` bytes). */
  Found,
  /** The first source that had one had several (or too many cookie headers to consider). */
  Ambiguous,
}

const COOKIE = headerName("cookie");
const PATH = headerName(":path");
// Reused for every request (wasm runs one callback at a time).
const queryScan = new QueryScan();
const cookieSpan = new ValueSpan();

function isSpace(c: u8): bool {
  return c == 0x20 || c == 0x09;
}

/** Where the credential is: filled by find(), reused for every request. */
export class Credential {
  presence: Presence = Presence.Missing;
  source: Source | null = null;
  start: usize = 0;
  length: i32 = 0;
  /** Keeps a percent-decoded value alive. */
  private holder: ArrayBuffer | null = null;

  private set(presence: Presence, source: Source | null, start: usize, length: i32): bool {
    this.presence = presence;
    this.source = source;
    this.start = start;
    this.length = length;
    return presence != Presence.Missing;
  }

  /** [start, end) with spaces and tabs trimmed on both sides, stored as the found value. */
  private found(source: Source, start: usize, end: usize): bool {
    while (start < end && isSpace(load<u8>(start))) start++;
    while (end > start && isSpace(load<u8>(end - 1))) end--;
    return this.set(Presence.Found, source, start, <i32>(end - start));
  }

  /** The credential from the first source that has one. */
  find(sources: Source[], headers: HeaderSnapshot): void {
    this.holder = null;
    for (let i = 0; i < sources.length; i++) {
      const source = unchecked(sources[i]);
      let present: bool;
      if (source.kind == SourceKind.Header) present = this.fromHeader(source, headers);
      else if (source.kind == SourceKind.Query) present = this.fromQuery(source, headers);
      else present = this.fromCookie(source, headers);
      if (present) return;
    }
    this.set(Presence.Missing, null, 0, 0);
  }

  private fromHeader(source: Source, headers: HeaderSnapshot): bool {
    let count = 0;
    let index = -1;
    for (let i = 0, n = headers.length; i < n; i++) {
      if (!headers.nameIs(i, source.nameBytes)) continue;
      count++;
      index = i;
    }
    if (count == 0) return false;
    if (count > 1) return this.set(Presence.Ambiguous, source, 0, 0);
    const ptr = headers.valueStart(index);
    this.found(source, ptr, ptr + <usize>headers.valueLength(index));
    // A leading "Bearer " is dropped (auth-scheme names are case-insensitive, RFC 9110 11.1).
    if (this.length >= 7 && isBearer(this.start)) this.found(source, this.start + 7, this.start + <usize>this.length);
    return this.length > 0;
  }

  private fromQuery(source: Source, headers: HeaderSnapshot): bool {
    let count = 0;
    let value: ArrayBuffer | null = null;
    queryScan.begin(headers, source.nameBytes);
    while (queryScan.next()) {
      const decoded = percentDecode(queryScan.start, queryScan.end);
      if (decoded.byteLength > 0) {
        count++;
        value = decoded;
      }
    }
    if (count == 0) return false;
    if (count > 1) return this.set(Presence.Ambiguous, source, 0, 0);
    this.holder = value;
    return this.set(Presence.Found, source, changetype<usize>(value), value!.byteLength);
  }

  private fromCookie(source: Source, headers: HeaderSnapshot): bool {
    // -1 (more than MAX_COOKIE_HEADERS cookie headers) is ambiguous too.
    const count = scanCookies(headers, source.nameBytes, cookieSpan);
    if (count == 0) return false;
    if (count != 1) return this.set(Presence.Ambiguous, source, 0, 0);
    return this.set(Presence.Found, source, cookieSpan.start, cookieSpan.length);
  }
}

function isBearer(p: usize): bool {
  // "bearer " case-insensitively: ASCII letters OR 0x20 are their lower case.
  return (load<u32>(p) | 0x20202020) == 0x72616562 && (<u32>load<u16>(p, 4) | 0x2020) == 0x7265 && load<u8>(p, 6) == 0x20;
}

/** Whether [start, end) holds the bytes of `name`. */
function sameAs(start: usize, end: usize, name: ArrayBuffer): bool {
  const len = <usize>name.byteLength;
  return end - start == len && memory.compare(start, changetype<usize>(name), len) == 0;
}


function copyOf(start: usize, end: usize): ArrayBuffer {
  const out = new ArrayBuffer(<i32>(end - start));
  memory.copy(changetype<usize>(out), start, end - start);
  return out;
}

/**
 * Percent-decodes a query value; a malformed escape leaves the value as sent. The key is what
 * the decoded bytes read as text (invalid UTF-8 included), re-encoded: that is what is hashed.
 */
function percentDecode(start: usize, end: usize): ArrayBuffer {
  const out = new ArrayBuffer(<i32>(end - start));
  const base = changetype<usize>(out);
  let n: usize = 0;
  let high = false;
  for (let p = start; p < end; p++) {
    const c = <i32>load<u8>(p);
    if (c != 0x25) {
      store<u8>(base + n++, <u8>c);
      continue;
    }
    if (p + 2 >= end) return copyOf(start, end);
    const hi = hexDigitValue(load<u8>(p + 1));
    const lo = hexDigitValue(load<u8>(p + 2));
    if (hi < 0 || lo < 0) return copyOf(start, end);
    const b = (hi << 4) | lo;
    if (b >= 0x80) high = true;
    store<u8>(base + n++, <u8>b);
    p += 2;
  }
  if (high) return String.UTF8.encode(String.UTF8.decodeUnsafe(base, n, false), false);
  return n == <usize>out.byteLength ? out : out.slice(0, <i32>n);
}

/** Writes bytes into a buffer sized for the worst case; `done()` is the exact result. */
class ByteWriter {
  private readonly buffer: ArrayBuffer;
  length: usize = 0;
  constructor(capacity: i32) {
    this.buffer = new ArrayBuffer(capacity);
  }
  put(start: usize, end: usize): void {
    memory.copy(changetype<usize>(this.buffer) + this.length, start, end - start);
    this.length += end - start;
  }
  putByte(b: u8): void {
    store<u8>(changetype<usize>(this.buffer) + this.length++, b);
  }
  done(): ArrayBuffer {
    return this.buffer.slice(0, <i32>this.length);
  }
}

/** `:path` without any parameter named `name`; other parameters keep their order. */
function hideQueryParam(headers: HeaderSnapshot, name: ArrayBuffer): void {
  const index = headers.indexOf(PATH);
  const path: usize = index < 0 ? 0 : headers.valueStart(index);
  const end: usize = index < 0 ? 0 : path + <usize>headers.valueLength(index);
  let q = path;
  while (q < end && load<u8>(q) != 0x3f) q++;
  if (q == end) {
    requestHeaders.setBytes(PATH, copyOf(path, end));
    return;
  }
  const out = new ByteWriter(<i32>(end - path));
  out.put(path, q);
  let kept = 0;
  for (let param = q + 1; param <= end; ) {
    let stop = param;
    while (stop < end && load<u8>(stop) != 0x26) stop++;
    let eq = param;
    while (eq < stop && load<u8>(eq) != 0x3d) eq++;
    if (!sameAs(param, eq, name)) {
      out.putByte(kept++ == 0 ? 0x3f : 0x26);
      out.put(param, stop);
    }
    param = stop + 1;
  }
  requestHeaders.setBytes(PATH, out.done());
}

/** All cookies of the request except those named `name`, merged into one cookie header. */
function hideCookie(headers: HeaderSnapshot, name: ArrayBuffer): void {
  let capacity = 0;
  for (let i = 0, n = headers.length; i < n; i++) if (headers.nameIs(i, COOKIE)) capacity += headers.valueLength(i) + 2;
  const out = new ByteWriter(capacity);
  for (let i = 0, n = headers.length; i < n; i++) {
    if (!headers.nameIs(i, COOKIE)) continue;
    const end = headers.valueStart(i) + <usize>headers.valueLength(i);
    for (let crumb = headers.valueStart(i); crumb <= end; ) {
      let stop = crumb;
      while (stop < end && load<u8>(stop) != 0x3b) stop++;
      let start = crumb;
      let last = stop;
      while (start < last && isSpace(load<u8>(start))) start++;
      while (last > start && isSpace(load<u8>(last - 1))) last--;
      if (last > start) {
        let nameEnd = start;
        while (nameEnd < last && load<u8>(nameEnd) != 0x3d) nameEnd++;
        if (nameEnd < last) while (nameEnd > start && isSpace(load<u8>(nameEnd - 1))) nameEnd--;
        if (!sameAs(start, nameEnd, name)) {
          if (out.length > 0) {
            out.putByte(0x3b);
            out.putByte(0x20);
          }
          out.put(start, last);
        }
      }
      crumb = stop + 1;
    }
  }
  if (out.length == 0) requestHeaders.removeBytes(COOKIE);
  else requestHeaders.setBytes(COOKIE, out.done());
}

/** Removes the credential from where it was found before the request goes upstream. */
export function hideCredential(source: Source, headers: HeaderSnapshot): void {
  if (source.kind == SourceKind.Header) requestHeaders.removeBytes(source.nameBytes);
  else if (source.kind == SourceKind.Query) hideQueryParam(headers, source.nameBytes);
  else hideCookie(headers, source.nameBytes);
}
