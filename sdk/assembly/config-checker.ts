// Walks a parsed configuration document (json.ts) keeping the first error, named by its path in
// the document ("rules[2].prefix: ..."), so onConfigure can log exactly what is wrong. Typed
// getters return the value, or null / the fallback (recording an error) when it has the wrong
// type; an absent field (null) is never an error unless the getter says "required".
// Configure-time only: messages are built with string concatenation.

import { JsonValue } from "./json";

// Integers in JSON are doubles: above 2^53 they are no longer exact.
const MAX_EXACT: f64 = 9007199254740991;

export class ConfigChecker {
  /** "path: message" of the first failure, "" while none. */
  error: string = "";

  /** Records `message` at `path` unless an earlier error was recorded (the first one wins). */
  fail(path: string, message: string): void {
    if (this.error.length == 0) this.error = path + ": " + message;
  }

  get failed(): bool {
    return this.error.length > 0;
  }

  /** Fails on the first key of the object `value` not in `allowed`. */
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

  /** An array of at most `maxItems` items (no limit by default). */
  array(value: JsonValue | null, path: string, maxItems: i32 = i32.MAX_VALUE): JsonValue | null {
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

  /** The string field `key` of `parent` (at `path`), failing when absent; "" on failure. */
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

  /**
   * An integer in [lo, hi]; `fallback` when absent. A number above 2^53 in magnitude is refused
   * as not exact ("expected an integer"), before the range ("must be between lo and hi").
   */
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

  /**
   * A whole number in [min, max]; `fallback` when absent. Same job as integer() with the jwt
   * filter's wording ("expected a number", "must be a whole number from min to max"), kept
   * because its messages are part of that filter's interface.
   */
  wholeNumber(value: JsonValue | null, path: string, min: i64, max: i64, fallback: i64): i64 {
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

  /** The strings of an array of at most `maxItems` (path[i] names a bad item): empty when absent, those before the bad item on failure. */
  stringList(value: JsonValue | null, path: string, maxItems: i32 = i32.MAX_VALUE): string[] {
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
