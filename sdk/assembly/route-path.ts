// The path rules are matched against: the request path without its query, normalized the way
// an upstream may interpret it (RFC 3986 section 6.2.2: unreserved percent-escapes decoded, dot
// segments removed; repeated slashes merged). Without this, "/%61dmin" or "/x/../admin" would
// miss an "/admin" rule and fall through to a laxer one while the upstream serves /admin.
// Escaped slashes and backslashes (%2F, %5C) stay encoded: decoding them would change the
// path structure, so they never satisfy a rule written with real slashes.
//
// Two forms: routePath(text) for a path string, and RoutePath, which reads `:path` straight
// from a HeaderSnapshot and points into the snapshot's bytes when the path is already in
// normal form (the common request): no string, no allocation. route-rules.ts matches rules
// against it.

import { HeaderSnapshot } from "./header-snapshot";
import { hexDigitValue } from "./encoding/hex";

function isUnreserved(c: i32): bool {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x2d || c == 0x2e || c == 0x5f || c == 0x7e;
}


function decodeUnreserved(path: string): string {
  if (path.indexOf("%") < 0) return path;
  const parts = new Array<string>();
  let runStart = 0;
  for (let i = 0; i + 2 < path.length; i++) {
    if (path.charCodeAt(i) != 0x25) continue;
    const hi = hexDigitValue(path.charCodeAt(i + 1));
    const lo = hexDigitValue(path.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) continue;
    const c = (hi << 4) | lo;
    if (!isUnreserved(c)) continue;
    parts.push(path.substring(runStart, i));
    parts.push(String.fromCharCode(c));
    runStart = i + 3;
    i += 2;
  }
  parts.push(path.substring(runStart));
  return parts.join("");
}

/**
 * Whether the path part of [ptr, ptr+len) (up to '?') is already in normal form: it starts
 * with '/', is ASCII, and has no '%', no empty segment and no '.' or '..' segment. Then
 * routePath would return it unchanged, and the common request skips the work.
 */
function isNormalAscii(ptr: usize, len: i32): bool {
  if (len == 0 || load<u8>(ptr) != 0x2f) return false;
  for (let i = 0; i < len; i++) {
    const c = <i32>load<u8>(ptr + i);
    if (c >= 0x80 || c == 0x25) return false;
    if (c != 0x2f || i + 1 == len) continue; // a trailing '/' is kept as is
    const next = <i32>load<u8>(ptr + i + 1);
    if (next == 0x2f) return false; // "//"
    if (next != 0x2e) continue;
    if (i + 2 == len) return false; // trailing "/."
    const after = <i32>load<u8>(ptr + i + 2);
    if (after == 0x2f) return false; // "/./"
    if (after == 0x2e && (i + 3 == len || load<u8>(ptr + i + 3) == 0x2f)) return false; // a ".." segment
  }
  return true;
}

/**
 * The normalized route path of a request, as UTF-8 bytes at `start` (`length` bytes). Meant to
 * be reused from request to request (one per filter): read() overwrites it.
 */
export class RoutePath {
  start: usize = 0;
  length: i32 = 0;
  // Keep the bytes alive: the snapshot they point into, or the normalized copy.
  private snapshot: HeaderSnapshot | null = null;
  private copy: ArrayBuffer | null = null;

  /** Normalizes the `:path` value `index` of `headers` (-1 = absent: "/") into this. */
  read(headers: HeaderSnapshot, index: i32): void {
    if (index >= 0) {
      const ptr = headers.valueStart(index);
      const len = headers.valueLength(index);
      let end = 0;
      while (end < len && load<u8>(ptr + end) != 0x3f) end++;
      if (isNormalAscii(ptr, end)) {
        this.snapshot = headers;
        this.copy = null;
        this.start = ptr;
        this.length = end;
        return;
      }
    }
    const bytes = String.UTF8.encode(routePath(index < 0 ? "" : headers.value(index)), false);
    this.snapshot = null;
    this.copy = bytes;
    this.start = changetype<usize>(bytes);
    this.length = bytes.byteLength;
  }

  /** The path decoded (for logs and string APIs). */
  text(): string {
    return String.UTF8.decodeUnsafe(this.start, <usize>this.length, false);
  }
}

/** Normalized path of `rawPath` (which may carry a query string) for rule matching. */
export function routePath(rawPath: string): string {
  const q = rawPath.indexOf("?");
  const path = decodeUnreserved(q < 0 ? rawPath : rawPath.substring(0, q));
  const segments = path.split("/");
  const out = new Array<string>();
  for (let i = 0; i < segments.length; i++) {
    const segment = unchecked(segments[i]);
    if (segment.length == 0 || segment == ".") continue;
    if (segment == "..") {
      if (out.length > 0) out.pop();
      continue;
    }
    out.push(segment);
  }
  const trailingSlash = path.length > 1 && (path.endsWith("/") || path.endsWith("/.") || path.endsWith("/.."));
  const joined = "/" + out.join("/");
  return trailingSlash && out.length > 0 ? joined + "/" : joined;
}
