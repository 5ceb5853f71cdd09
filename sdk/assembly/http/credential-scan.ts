// Finding a named credential in a request's query string or cookies, in the UTF-8 bytes of a
// header snapshot (every delimiter is ASCII). Per request: no host call, no allocation; reuse
// one QueryScan / ValueSpan per filter (wasm runs one callback at a time). What a value means
// (percent-decoding, which repeat wins, what is ambiguous) is the caller's.

import { HeaderSnapshot, headerName } from "../header-snapshot";

/** More cookie headers than this make a cookie credential ambiguous (scanCookies returns -1). */
export const MAX_COOKIE_HEADERS = 16;

const COOKIE = headerName("cookie");
const PATH = headerName(":path");
const NO_NAME = new ArrayBuffer(0);

function isSpace(c: u8): bool {
  return c == 0x20 || c == 0x09;
}

/** Whether [start, end) holds the bytes of `name`. */
function sameAs(start: usize, end: usize, name: ArrayBuffer): bool {
  const n = <usize>name.byteLength;
  return end - start == n && memory.compare(start, changetype<usize>(name), n) == 0;
}

/** Bytes at [start, start + length) in a snapshot. */
export class ValueSpan {
  start: usize = 0;
  length: i32 = 0;
}

/**
 * How many non-empty values the cookie `name` has in the request's cookie headers (crumbs split
 * on ';', a crumb without '=' is no cookie; name and value trimmed of spaces and tabs, a value in
 * double quotes unquoted, RFC 6265), the last one's bytes in `last`; -1 when there are more than
 * MAX_COOKIE_HEADERS cookie headers.
 */
export function scanCookies(headers: HeaderSnapshot, name: ArrayBuffer, last: ValueSpan): i32 {
  let headerCount = 0;
  let count = 0;
  for (let i = 0, n = headers.length; i < n; i++) {
    if (!headers.nameIs(i, COOKIE)) continue;
    if (++headerCount > MAX_COOKIE_HEADERS) return -1;
    const end = headers.valueStart(i) + <usize>headers.valueLength(i);
    for (let crumb = headers.valueStart(i); crumb <= end; ) {
      let stop = crumb;
      while (stop < end && load<u8>(stop) != 0x3b) stop++;
      let eq = crumb;
      while (eq < stop && load<u8>(eq) != 0x3d) eq++;
      if (eq < stop) {
        let nameStart = crumb;
        let nameEnd = eq;
        while (nameStart < nameEnd && isSpace(load<u8>(nameStart))) nameStart++;
        while (nameEnd > nameStart && isSpace(load<u8>(nameEnd - 1))) nameEnd--;
        if (sameAs(nameStart, nameEnd, name)) {
          let v = eq + 1;
          let vEnd = stop;
          while (v < vEnd && isSpace(load<u8>(v))) v++;
          while (vEnd > v && isSpace(load<u8>(vEnd - 1))) vEnd--;
          if (vEnd - v >= 2 && load<u8>(v) == 0x22 && load<u8>(vEnd - 1) == 0x22) {
            v++;
            vEnd--;
          }
          if (vEnd > v) {
            count++;
            last.start = v;
            last.length = <i32>(vEnd - v);
          }
        }
      }
      crumb = stop + 1;
    }
  }
  return count;
}

/**
 * The query parameters named `name` in the request's first :path, in order: begin(), then each
 * next() that returns true leaves one's raw (still percent-encoded, possibly empty) value at
 * [start, end). Parameters are split on '&'; a name runs up to its first '='; a parameter without
 * '=' has no value and is skipped.
 */
export class QueryScan {
  start: usize = 0;
  end: usize = 0;
  private cursor: usize = 1;
  private limit: usize = 0;
  private name: ArrayBuffer = NO_NAME;

  begin(headers: HeaderSnapshot, name: ArrayBuffer): void {
    this.name = name;
    this.cursor = 1;
    this.limit = 0;
    const index = headers.indexOf(PATH);
    if (index < 0) return;
    const path = headers.valueStart(index);
    const end = path + <usize>headers.valueLength(index);
    let q = path;
    while (q < end && load<u8>(q) != 0x3f) q++;
    this.limit = end;
    this.cursor = q == end ? end + 1 : q + 1;
  }

  next(): bool {
    const end = this.limit;
    while (this.cursor <= end) {
      const param = this.cursor;
      let stop = param;
      while (stop < end && load<u8>(stop) != 0x26) stop++;
      let eq = param;
      while (eq < stop && load<u8>(eq) != 0x3d) eq++;
      this.cursor = stop + 1;
      if (eq < stop && sameAs(param, eq, this.name)) {
        this.start = eq + 1;
        this.end = stop;
        return true;
      }
    }
    return false;
  }
}
