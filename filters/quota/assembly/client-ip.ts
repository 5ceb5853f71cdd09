// The client address a limit is keyed on. By default the connection peer (`source.address`):
// a client cannot forge it. Behind N trusted proxies, each appending the address it received
// the request from to X-Forwarded-For, the client is the N-th address from the right; entries
// further left were written by the client and are never used.

import { HeaderSnapshot, getProperty, headerName } from "../../../sdk/assembly/index";

const MAX_XFF_ENTRIES = 64;
const X_FORWARDED_FOR = headerName("x-forwarded-for");

function isDigit(c: i32): bool {
  return c >= 0x30 && c <= 0x39;
}

function isIpv4(s: string): bool {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x2e;
    if (c == 0x2e) {
      if (digits == 0 || value > 255 || ++parts > 4) return false;
      digits = 0;
      value = 0;
    } else if (isDigit(c) && digits < 3) {
      // A leading zero ("010") reads as octal in some parsers: refuse the ambiguity.
      if (digits == 1 && value == 0) return false;
      value = value * 10 + (c - 0x30);
      digits++;
    } else {
      return false;
    }
  }
  return parts == 4;
}

function isIpv6(s: string): bool {
  if (s.length < 2 || s.length > 45) return false;
  let colons = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 0x3a) colons++;
    else if (!(isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46) || c == 0x2e)) return false;
  }
  return colons >= 2 && colons <= 7;
}

/** The address without a port ("1.2.3.4:80", "[::1]:80"), lower-cased; null if not an IP. */
export function normalizeAddress(raw: string): string | null {
  let s = raw.trim();
  if (s.startsWith("[")) {
    const close = s.indexOf("]");
    if (close < 0) return null;
    s = s.substring(1, close);
    return isIpv6(s) ? s.toLowerCase() : null;
  }
  const colon = s.indexOf(":");
  if (colon >= 0 && s.indexOf(":", colon + 1) < 0) s = s.substring(0, colon); // IPv4 with a port
  if (isIpv4(s)) return s;
  return isIpv6(s) ? s.toLowerCase() : null;
}

/** The connection peer (`source.address`, port removed), or null if unknown. */
export function peerAddress(): string | null {
  const raw = getProperty("source.address");
  return raw === null ? null : normalizeAddress(raw);
}

/**
 * The client address for `trustedHops` proxies in front (0: the peer, but call peerAddress()
 * then: no headers needed), or null if unknown.
 */
export function clientAddress(trustedHops: i32, headers: HeaderSnapshot): string | null {
  const peer = peerAddress();
  if (trustedHops == 0) return peer;
  const entries = new Array<string>();
  for (let i = headers.indexOf(X_FORWARDED_FOR); i >= 0; i = headers.indexOf(X_FORWARDED_FOR, i + 1)) {
    const items = headers.value(i).split(",");
    for (let k = 0; k < items.length; k++) {
      if (entries.length >= MAX_XFF_ENTRIES) entries.shift(); // only the right end matters
      entries.push(unchecked(items[k]).trim());
    }
  }
  let n = entries.length;
  // Envoy with use_remote_address appends the peer itself before filters run: that entry is
  // not a hop the proxies reported.
  if (n > 0 && peer !== null && normalizeAddress(unchecked(entries[n - 1])) == peer) n--;
  // Fewer entries than trusted proxies: the request did not come through all of them, so
  // the peer is the closest address known to be real.
  if (n < trustedHops) return peer;
  const candidate = normalizeAddress(unchecked(entries[n - trustedHops]));
  return candidate !== null ? candidate : peer;
}
