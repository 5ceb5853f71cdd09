// Syntax checks for the names the configuration gives (rule, limit and metric names, header
// names): configure time. Methods are checked by the SDK's parseRouteMatch.

import { isTokenChar } from "../../../sdk/assembly/http/token";

/** Lower-case letters, digits, '_' and '-', starting with a letter or digit: safe in metric names and quoted header strings. */
export function isName(s: string, maxLength: i32): bool {
  if (s.length == 0 || s.length > maxLength) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!alnum && (i == 0 || (c != 0x5f && c != 0x2d))) return false;
  }
  return true;
}

export function isLowerCaseHeaderName(s: string): bool {
  if (s.length == 0 || s.length > 128) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isTokenChar(c) || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}
