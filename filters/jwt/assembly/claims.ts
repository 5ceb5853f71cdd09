// Reading verified claims: registered-claim checks (RFC 7519 §4.1), audiences, claim values
// required by a provider or a rule, scopes, and rendering claims as upstream header values.

import { JsonKind, JsonValue } from "../../../sdk/assembly/json";
import { ClaimRequirement, Provider } from "./providers";
import { Status } from "./status";

/** Member at a dotted path (already split), or null. */
export function claimAt(claims: JsonValue, path: string[]): JsonValue | null {
  let current: JsonValue | null = claims;
  for (let i = 0; i < path.length && current !== null; i++) current = current.get(unchecked(path[i]));
  return current;
}

/** A string claim, or null when absent or not a string. */
export function stringClaim(claims: JsonValue, name: string): string | null {
  const v = claims.get(name);
  return v !== null && v.isString ? v.stringValue : null;
}

// Set by numericDate when a present date is not a number (wasm runs one callback at a time).
let badDate = false;

/** NumericDate claims must be numbers when present; `NaN` = absent. */
function numericDate(claims: JsonValue, name: string): f64 {
  const v = claims.get(name);
  if (v === null) return NaN;
  if (!v.isNumber) badDate = true;
  return v.isNumber ? v.numberValue : NaN;
}

/**
 * iss, exp, nbf, iat, lifetime and aud. The issuer was compared by the caller; time uses the
 * provider's skew both ways (exp may be that far past, nbf and iat that far ahead).
 */
export function checkRegisteredClaims(provider: Provider, claims: JsonValue, nowS: f64): Status {
  badDate = false;
  const exp = numericDate(claims, "exp");
  const nbf = numericDate(claims, "nbf");
  const iat = numericDate(claims, "iat");
  if (badDate) return Status.PayloadBadJson;
  const skew = <f64>provider.clockSkewS;
  if (!isNaN(exp) && nowS >= exp + skew) return Status.Expired;
  if (!isNaN(nbf) && nowS + skew < nbf) return Status.NotYetValid;
  if (!isNaN(iat) && nowS + skew < iat) return Status.NotYetValid;
  // A token without exp never expires: with require_exp that lifetime is too long.
  if (isNaN(exp) && provider.requireExp) return Status.LifetimeTooLong;
  if (provider.maxLifetimeS > 0) {
    const start = !isNaN(iat) ? iat : nbf;
    if (isNaN(exp) || isNaN(start) || exp - start > <f64>provider.maxLifetimeS) return Status.LifetimeTooLong;
  }
  if (provider.audiences.length > 0 && !audienceAllowed(provider.audiences, claims.get("aud"))) return Status.AudienceNotAllowed;
  return Status.Ok;
}

function audienceAllowed(allowed: string[], aud: JsonValue | null): bool {
  if (aud === null) return false;
  if (aud.isString) return allowed.includes(aud.stringValue);
  if (!aud.isArray) return false;
  for (let i = 0; i < aud.length; i++) {
    const a = aud.at(i)!;
    if (a.isString && allowed.includes(a.stringValue)) return true;
  }
  return false;
}

function sameScalar(a: JsonValue, b: JsonValue): bool {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case JsonKind.String: return a.stringValue == b.stringValue;
    case JsonKind.Number: return a.numberValue == b.numberValue;
    case JsonKind.Bool: return a.boolValue == b.boolValue;
    case JsonKind.Null: return true;
    default: return false;
  }
}

function anyEqual(value: JsonValue, allowed: JsonValue[]): bool {
  for (let i = 0; i < allowed.length; i++) if (sameScalar(value, unchecked(allowed[i]))) return true;
  return false;
}

/**
 * Every requirement holds: a scalar claim equals one of the allowed values; an array claim
 * contains at least one of them. An absent claim never matches.
 */
export function claimsMatch(claims: JsonValue, requirements: ClaimRequirement[]): bool {
  for (let i = 0; i < requirements.length; i++) {
    const req = unchecked(requirements[i]);
    const value = claimAt(claims, req.path);
    if (value === null) return false;
    if (value.isArray) {
      let found = false;
      for (let k = 0; k < value.length && !found; k++) found = anyEqual(value.at(k)!, req.values);
      if (!found) return false;
    } else if (!anyEqual(value, req.values)) {
      return false;
    }
  }
  return true;
}

/** Every scope is in `scope` (space-separated, RFC 8693 §4.2) or in `scp` (array of strings). */
export function hasScopes(claims: JsonValue, scopes: string[]): bool {
  if (scopes.length == 0) return true;
  const granted = new Array<string>();
  const scope = claims.get("scope");
  if (scope !== null && scope.isString) {
    const parts = scope.stringValue.split(" ");
    for (let i = 0; i < parts.length; i++) if (unchecked(parts[i]).length > 0) granted.push(unchecked(parts[i]));
  }
  const scp = claims.get("scp");
  if (scp !== null && scp.isArray) {
    for (let i = 0; i < scp.length; i++) {
      const s = scp.at(i)!;
      if (s.isString) granted.push(s.stringValue);
    }
  }
  for (let i = 0; i < scopes.length; i++) if (!granted.includes(unchecked(scopes[i]))) return false;
  return true;
}

function numberText(n: f64): string {
  // Whole numbers within the exact range print without a fraction ("1700000000", not "1.7e9").
  if (n == Math.floor(n) && Math.abs(n) <= 9007199254740991.0) return (<i64>n).toString();
  return n.toString();
}

const HEX = "0123456789abcdef";

function quote(s: string, out: string[]): void {
  out.push("\"");
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c != 0x22 && c != 0x5c) continue;
    out.push(s.substring(run, i));
    if (c == 0x22) out.push("\\\"");
    else if (c == 0x5c) out.push("\\\\");
    else if (c == 0x0a) out.push("\\n");
    else if (c == 0x0d) out.push("\\r");
    else if (c == 0x09) out.push("\\t");
    else out.push("\\u00" + HEX.charAt(c >> 4) + HEX.charAt(c & 15));
    run = i + 1;
  }
  out.push(s.substring(run));
  out.push("\"");
}

function writeJson(v: JsonValue, out: string[]): void {
  switch (v.kind) {
    case JsonKind.Null: out.push("null"); break;
    case JsonKind.Bool: out.push(v.boolValue ? "true" : "false"); break;
    case JsonKind.Number: out.push(numberText(v.numberValue)); break;
    case JsonKind.String: quote(v.stringValue, out); break;
    case JsonKind.Array: {
      out.push("[");
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out.push(",");
        writeJson(v.at(i)!, out);
      }
      out.push("]");
      break;
    }
    default: {
      out.push("{");
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out.push(",");
        quote(unchecked(v.keys[i]), out);
        out.push(":");
        writeJson(unchecked(v.items[i]), out);
      }
      out.push("}");
    }
  }
}

/** Compact JSON text of `v` (control characters escaped). */
export function toJson(v: JsonValue): string {
  const out = new Array<string>();
  writeJson(v, out);
  return out.join("");
}

/**
 * A claim as an upstream header value: strings as they are, numbers and booleans as JSON
 * text, arrays of strings joined with ", ", any other array or object as compact JSON.
 */
export function headerText(v: JsonValue): string {
  if (v.isString) return v.stringValue;
  if (v.isArray) {
    let allStrings = true;
    for (let i = 0; i < v.length && allStrings; i++) allStrings = v.at(i)!.isString;
    if (allStrings) {
      const parts = new Array<string>(v.length);
      for (let i = 0; i < v.length; i++) unchecked((parts[i] = v.at(i)!.stringValue));
      return parts.join(", ");
    }
  }
  return toJson(v);
}

/** No control characters (< 0x20, 0x7f): such a value would split or corrupt a header. */
export function isHeaderSafe(s: string): bool {
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c == 0x7f) return false;
  }
  return true;
}
