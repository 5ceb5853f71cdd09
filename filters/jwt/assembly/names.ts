// Syntax checks for the names the configuration gives that end up in headers, query strings
// and cookies (configure time).

import { isToken as isTokenOf } from "../../../sdk/assembly/http/token";

export const MAX_NAME = 256;

/** An RFC 9110 token (header and cookie names) of at most MAX_NAME characters. */
export function isToken(s: string): bool {
  return isTokenOf(s, MAX_NAME);
}

export function isHeaderName(s: string): bool {
  return isToken(s) && s.toLowerCase() == s;
}

export function isQueryName(s: string): bool {
  if (s.length == 0 || s.length > MAX_NAME) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c > 0x7e || c == 0x26 || c == 0x3d || c == 0x23 || c == 0x3f || c == 0x25 || c == 0x2b) return false;
  }
  return true;
}

/** Printable ASCII (space allowed): safe inside a header value and a log line. */
export function isPrintable(s: string, maxLength: i32): bool {
  if (s.length == 0 || s.length > maxLength) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}
