// Walks a parsed configuration document keeping the first error, named by its path in the
// document ("limits[2].token_bucket.rate: ..."), so onConfigure can log exactly what is wrong.

import { JsonValue } from "../../../sdk/assembly/json";

// Integers in JSON are doubles: above 2^53 they are no longer exact.
const MAX_EXACT: f64 = 9007199254740991;

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

  bool(value: JsonValue | null, path: string, fallback: bool): bool {
    if (value === null) return fallback;
    if (!value.isBool) {
      this.fail(path, "expected true or false, got " + value.kindName);
      return fallback;
    }
    return value.boolValue;
  }

  /** An integer in [lo, hi]; `fallback` when absent. */
  integer(value: JsonValue | null, path: string, lo: i64, hi: i64, fallback: i64): i64 {
    if (value === null) return fallback;
    if (!value.isNumber) {
      this.fail(path, "expected an integer, got " + value.kindName);
      return fallback;
    }
    const n = value.numberValue;
    if (!(n >= -MAX_EXACT && n <= MAX_EXACT) || Math.floor(n) != n) {
      this.fail(path, "expected an integer");
      return fallback;
    }
    const i = <i64>n;
    if (i < lo || i > hi) {
      this.fail(path, "must be between " + lo.toString() + " and " + hi.toString());
      return fallback;
    }
    return i;
  }

  /** One of `choices`; `fallback` when absent. */
  choice(value: JsonValue | null, path: string, choices: string[], fallback: string): string {
    const s = this.string(value, path);
    if (s === null) return fallback;
    if (!choices.includes(s)) {
      this.fail(path, "expected one of: " + choices.join(", "));
      return fallback;
    }
    return s;
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

// RFC 9110 token characters.
function isTokenChar(c: i32): bool {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  return c == 0x21 || (c >= 0x23 && c <= 0x27) || c == 0x2a || c == 0x2b || c == 0x2d || c == 0x2e || c == 0x5e || c == 0x5f || c == 0x60 || c == 0x7c || c == 0x7e;
}

export function isLowerCaseHeaderName(s: string): bool {
  if (s.length == 0 || s.length > 128) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isTokenChar(c) || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

export function isMethod(s: string): bool {
  if (s.length == 0 || s.length > 32) return false;
  for (let i = 0; i < s.length; i++) if (!isTokenChar(s.charCodeAt(i))) return false;
  return true;
}
