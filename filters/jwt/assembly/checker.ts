// Walks the configuration document collecting the first error, with the path of the offending
// field ("providers[1].keys.remote.ttl_s: ..."), plus the syntax checks for names that end up
// in headers, query strings and cookies.

import { JsonValue } from "../../../sdk/assembly/json";

export const MAX_NAME = 256;

export class Checker {
  error: string = "";

  fail(path: string, message: string): void {
    if (this.error.length == 0) this.error = path + ": " + message;
  }

  get failed(): bool {
    return this.error.length > 0;
  }

  onlyFields(value: JsonValue, path: string, allowed: string[]): void {
    for (let i = 0; i < value.keys.length; i++) {
      const key = unchecked(value.keys[i]);
      if (!allowed.includes(key)) {
        this.fail(path.length > 0 ? path + "." + key : key, "unknown field (allowed: " + allowed.join(", ") + ")");
        return;
      }
    }
  }

  object(value: JsonValue | null, path: string): JsonValue | null {
    if (value === null) return null;
    if (!value.isObject) {
      this.fail(path, "expected an object, got " + value.kindName);
      return null;
    }
    return value;
  }

  array(value: JsonValue | null, path: string, maxItems: i32): JsonValue | null {
    if (value === null) return null;
    if (!value.isArray) {
      this.fail(path, "expected an array, got " + value.kindName);
      return null;
    }
    if (value.length > maxItems) {
      this.fail(path, "more than " + maxItems.toString() + " items");
      return null;
    }
    return value;
  }

  string(value: JsonValue | null, path: string): string | null {
    if (value === null) return null;
    if (!value.isString) {
      this.fail(path, "expected a string, got " + value.kindName);
      return null;
    }
    return value.stringValue;
  }

  requiredString(parent: JsonValue, key: string, path: string): string {
    const value = parent.get(key);
    if (value === null) {
      this.fail(path + "." + key, "required");
      return "";
    }
    const s = this.string(value, path + "." + key);
    return s === null ? "" : s;
  }

  bool(value: JsonValue | null, path: string, fallback: bool): bool {
    if (value === null) return fallback;
    if (!value.isBool) {
      this.fail(path, "expected true or false, got " + value.kindName);
      return fallback;
    }
    return value.boolValue;
  }

  /** A whole number in [min, max]; `fallback` when absent. */
  integer(value: JsonValue | null, path: string, min: i64, max: i64, fallback: i64): i64 {
    if (value === null) return fallback;
    if (!value.isNumber) {
      this.fail(path, "expected a number, got " + value.kindName);
      return fallback;
    }
    const n = value.numberValue;
    if (n != Math.floor(n) || n < <f64>min || n > <f64>max) {
      this.fail(path, "must be a whole number from " + min.toString() + " to " + max.toString());
      return fallback;
    }
    return <i64>n;
  }

  stringList(value: JsonValue | null, path: string, maxItems: i32): string[] {
    const out = new Array<string>();
    const list = this.array(value, path, maxItems);
    if (list === null) return out;
    for (let i = 0; i < list.length && !this.failed; i++) {
      const s = this.string(list.at(i), path + "[" + i.toString() + "]");
      if (s !== null) out.push(s);
    }
    return out;
  }
}

// RFC 9110 token characters (header names, cookie names, methods).
function isTokenChar(c: i32): bool {
  if (c >= 0x30 && c <= 0x39) return true;
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x61 && c <= 0x7a) return true;
  return c == 0x21 || (c >= 0x23 && c <= 0x27) || c == 0x2a || c == 0x2b || c == 0x2d || c == 0x2e || c == 0x5e || c == 0x5f || c == 0x60 || c == 0x7c || c == 0x7e;
}

export function isToken(s: string): bool {
  if (s.length == 0 || s.length > MAX_NAME) return false;
  for (let i = 0; i < s.length; i++) if (!isTokenChar(s.charCodeAt(i))) return false;
  return true;
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
