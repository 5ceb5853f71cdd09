// The introspection request's encodings: application/x-www-form-urlencoded values and HTTP
// Basic client authentication as RFC 6749 §2.3.1 specifies it (id and secret form-encoded
// first, then base64 of "id:secret").

import { base64urlEncode } from "../../../sdk/assembly/encoding/base64url";

const HEX = "0123456789ABCDEF";

function isUnreserved(c: i32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c == 0x2d || c == 0x2e || c == 0x5f || c == 0x7e;
}

/**
 * application/x-www-form-urlencoded (RFC 6749 Appendix B): the UTF-8 bytes, a space as "+",
 * every other byte outside RFC 3986's unreserved set as %XX (so "+" itself is %2B).
 */
export function formEncode(value: string): string {
  const bytes = Uint8Array.wrap(String.UTF8.encode(value, false));
  const parts = new Array<string>();
  for (let i = 0; i < bytes.length; i++) {
    const c = <i32>unchecked(bytes[i]);
    if (isUnreserved(c)) parts.push(String.fromCharCode(c));
    else if (c == 0x20) parts.push("+");
    else parts.push("%" + HEX.charAt(c >> 4) + HEX.charAt(c & 15));
  }
  return parts.join("");
}

/** Standard padded base64 (RFC 4648 §4), as the Basic scheme uses. */
function base64(bytes: Uint8Array): string {
  const url = base64urlEncode(bytes).replaceAll("-", "+").replaceAll("_", "/");
  const pad = (4 - (url.length & 3)) & 3;
  return pad == 0 ? url : url + "=".repeat(pad);
}

export function encodeBasicCredentials(clientId: string, clientSecret: string): string {
  const pair = formEncode(clientId) + ":" + formEncode(clientSecret);
  return "Basic " + base64(Uint8Array.wrap(String.UTF8.encode(pair, false)));
}
