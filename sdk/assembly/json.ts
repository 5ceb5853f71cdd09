// A small, strict JSON reader (RFC 8259) for plugin configuration and token payloads.
// Input is UTF-8 bytes and must be valid UTF-8. Malformed input, duplicate object keys, lone
// surrogate escapes, excessive nesting and oversized input are reported as a JsonError with a
// message and the byte offset; the reader never traps on bad input.

export enum JsonKind {
  Null,
  Bool,
  Number,
  String,
  Array,
  Object,
}

// Scalars (most values of a document) share these instead of allocating two empty arrays
// each: the reader fills arrays only for the arrays and objects it creates. Never push to a
// value's `items`/`keys` (they are the document as read).
const NO_ITEMS: JsonValue[] = [];
const NO_KEYS: string[] = [];

export class JsonValue {
  kind: JsonKind = JsonKind.Null;
  boolValue: bool = false;
  numberValue: f64 = 0;
  stringValue: string = "";
  /** Array elements, or object values (parallel to `keys`). Read-only. */
  items: JsonValue[] = NO_ITEMS;
  /** Object keys in document order. Read-only. */
  keys: string[] = NO_KEYS;

  get isNull(): bool { return this.kind == JsonKind.Null; }
  get isBool(): bool { return this.kind == JsonKind.Bool; }
  get isNumber(): bool { return this.kind == JsonKind.Number; }
  get isString(): bool { return this.kind == JsonKind.String; }
  get isArray(): bool { return this.kind == JsonKind.Array; }
  get isObject(): bool { return this.kind == JsonKind.Object; }

  /** Number of array elements or object members. */
  get length(): i32 { return this.items.length; }

  /** Array element `index`, or null when out of range or not an array. */
  at(index: i32): JsonValue | null {
    if (this.kind != JsonKind.Array || index < 0 || index >= this.items.length) return null;
    return unchecked(this.items[index]);
  }

  /** Member `key` of an object, or null when absent or not an object. */
  get(key: string): JsonValue | null {
    if (this.kind != JsonKind.Object) return null;
    const keys = this.keys;
    for (let i = 0, n = keys.length; i < n; i++) {
      if (unchecked(keys[i]) == key) return unchecked(this.items[i]);
    }
    return null;
  }

  has(key: string): bool {
    return this.get(key) !== null;
  }

  /** The kind as a word, for error messages ("expected string, got number"). */
  get kindName(): string {
    switch (this.kind) {
      case JsonKind.Null: return "null";
      case JsonKind.Bool: return "boolean";
      case JsonKind.Number: return "number";
      case JsonKind.String: return "string";
      case JsonKind.Array: return "array";
      default: return "object";
    }
  }
}

/** Nesting beyond this would risk exhausting the wasm call stack, whatever the caller asks. */
const DEPTH_CEILING: i32 = 512;

export class JsonLimits {
  public maxDepth: i32;
  constructor(maxDepth: i32 = 64, public maxBytes: i32 = 1 << 20) {
    this.maxDepth = min(maxDepth, DEPTH_CEILING);
  }
}

/** Result of parsing: `value` on success, else `error` and `offset` (byte offset). */
export class JsonResult {
  constructor(public readonly value: JsonValue | null, public readonly error: string, public readonly offset: i32) {}
  get ok(): bool { return this.value !== null; }
  /** "<error> at byte <offset>", or "" on success. */
  get message(): string {
    return this.value !== null ? "" : this.error + " at byte " + this.offset.toString();
  }
}

export function parseJsonText(text: string, limits: JsonLimits = new JsonLimits()): JsonResult {
  return parseJson(String.UTF8.encode(text, false), limits);
}

export function parseJson(bytes: ArrayBuffer, limits: JsonLimits = new JsonLimits()): JsonResult {
  if (bytes.byteLength > limits.maxBytes) {
    return new JsonResult(null, "input is " + bytes.byteLength.toString() + " bytes, over the limit of " + limits.maxBytes.toString(), 0);
  }
  const reader = new Reader(changetype<usize>(bytes), bytes.byteLength, limits.maxDepth);
  const value = reader.parseDocument();
  if (value === null) return new JsonResult(null, reader.error, reader.errorAt);
  return new JsonResult(value, "", 0);
}

class Reader {
  pos: i32 = 0;
  error: string = "";
  errorAt: i32 = 0;

  constructor(private readonly base: usize, private readonly end: i32, private readonly maxDepth: i32) {}

  parseDocument(): JsonValue | null {
    this.skipSpace();
    const value = this.parseValue(0);
    if (value === null) return null;
    this.skipSpace();
    if (this.pos < this.end) return this.fail("unexpected content after the JSON value", this.pos);
    return value;
  }

  private fail(message: string, at: i32): JsonValue | null {
    if (this.error.length == 0) {
      this.error = message;
      this.errorAt = at;
    }
    return null;
  }

  private peek(): i32 {
    return this.pos < this.end ? <i32>load<u8>(this.base + this.pos) : -1;
  }

  private skipSpace(): void {
    while (this.pos < this.end) {
      const c = load<u8>(this.base + this.pos);
      if (c != 0x20 && c != 0x09 && c != 0x0a && c != 0x0d) break;
      this.pos++;
    }
  }

  private describe(c: i32): string {
    if (c < 0) return "end of input";
    if (c >= 0x21 && c < 0x7f) return "'" + String.fromCharCode(c) + "'";
    return "byte 0x" + c.toString(16);
  }

  private parseValue(depth: i32): JsonValue | null {
    const c = this.peek();
    switch (c) {
      case 0x7b: return this.parseObject(depth + 1); // {
      case 0x5b: return this.parseArray(depth + 1); // [
      case 0x22: { // "
        const s = this.parseString();
        if (s === null) return null;
        const v = new JsonValue();
        v.kind = JsonKind.String;
        v.stringValue = s;
        return v;
      }
      case 0x74: return this.parseLiteral("true", JsonKind.Bool, true);
      case 0x66: return this.parseLiteral("false", JsonKind.Bool, false);
      case 0x6e: return this.parseLiteral("null", JsonKind.Null, false);
      default:
        if (c == 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
        return this.fail("expected a JSON value, found " + this.describe(c), this.pos);
    }
  }

  private parseLiteral(word: string, kind: JsonKind, flag: bool): JsonValue | null {
    const start = this.pos;
    for (let i = 0; i < word.length; i++) {
      if (this.peek() != word.charCodeAt(i)) return this.fail("invalid literal (expected '" + word + "')", start);
      this.pos++;
    }
    const v = new JsonValue();
    v.kind = kind;
    v.boolValue = flag;
    return v;
  }

  private digits(): i32 {
    let n = 0;
    while (true) {
      const c = this.peek();
      if (c < 0x30 || c > 0x39) break;
      this.pos++;
      n++;
    }
    return n;
  }

  private parseNumber(): JsonValue | null {
    const start = this.pos;
    if (this.peek() == 0x2d) this.pos++;
    const first = this.peek();
    if (first == 0x30) {
      this.pos++;
      const next = this.peek();
      if (next >= 0x30 && next <= 0x39) return this.fail("leading zeros are not allowed in numbers", start);
    } else if (this.digits() == 0) {
      return this.fail("invalid number: expected a digit", this.pos);
    }
    if (this.peek() == 0x2e) {
      this.pos++;
      if (this.digits() == 0) return this.fail("invalid number: expected a digit after '.'", this.pos);
    }
    const e = this.peek();
    if (e == 0x65 || e == 0x45) {
      this.pos++;
      const sign = this.peek();
      if (sign == 0x2b || sign == 0x2d) this.pos++;
      if (this.digits() == 0) return this.fail("invalid number: expected a digit in the exponent", this.pos);
    }
    const value = this.numberAt(start, this.pos - start);
    if (!isFinite(value)) return this.fail("number is out of range", start);
    const v = new JsonValue();
    v.kind = JsonKind.Number;
    v.numberValue = value;
    return v;
  }

  /**
   * The number spelled by the `length` bytes at `start` (already validated). A plain integer
   * of at most 15 digits is exact in f64 and computed in place; anything else goes through
   * parseFloat, which gives the same value for those integers.
   */
  private numberAt(start: i32, length: i32): f64 {
    const p = this.base + <usize>start;
    const negative = load<u8>(p) == 0x2d;
    const first = negative ? 1 : 0;
    if (length - first <= 15) {
      let n: i64 = 0;
      let plain = true;
      for (let i = first; i < length && plain; i++) {
        const c = <i32>load<u8>(p + i);
        if (c < 0x30 || c > 0x39) plain = false;
        else n = n * 10 + <i64>(c - 0x30);
      }
      if (plain) return negative ? -(<f64>n) : <f64>n;
    }
    return F64.parseFloat(String.UTF8.decodeUnsafe(p, length, false));
  }

  private hex4(): i32 {
    if (this.pos + 4 > this.end) return -1;
    let value = 0;
    for (let i = 0; i < 4; i++) {
      const c = <i32>load<u8>(this.base + this.pos + i);
      let d = -1;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
      else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
      if (d < 0) return -1;
      value = (value << 4) | d;
    }
    this.pos += 4;
    return value;
  }

  /** Length of the valid UTF-8 sequence starting at pos (lead byte >= 0x80), or 0. */
  private utf8SequenceLength(): i32 {
    const p = this.base + this.pos;
    const avail = this.end - this.pos;
    const b0 = <i32>load<u8>(p);
    let n = 0;
    let min = 0;
    let cp = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) { n = 2; cp = b0 & 0x1f; min = 0x80; }
    else if (b0 >= 0xe0 && b0 <= 0xef) { n = 3; cp = b0 & 0x0f; min = 0x800; }
    else if (b0 >= 0xf0 && b0 <= 0xf4) { n = 4; cp = b0 & 0x07; min = 0x10000; }
    else return 0;
    if (avail < n) return 0;
    for (let i = 1; i < n; i++) {
      const b = <i32>load<u8>(p + i);
      if ((b & 0xc0) != 0x80) return 0;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return n;
  }

  private parseString(): string | null {
    const open = this.pos;
    this.pos++; // opening quote
    let parts: string[] | null = null;
    let runStart = this.pos;
    while (true) {
      if (this.pos >= this.end) {
        this.fail("unterminated string", open);
        return null;
      }
      const c = <i32>load<u8>(this.base + this.pos);
      if (c == 0x22) break;
      if (c < 0x20) {
        this.fail("control character in string must be escaped", this.pos);
        return null;
      }
      if (c >= 0x80) {
        const n = this.utf8SequenceLength();
        if (n == 0) {
          this.fail("invalid UTF-8 in string", this.pos);
          return null;
        }
        this.pos += n;
        continue;
      }
      if (c != 0x5c) {
        this.pos++;
        continue;
      }
      // Escape: flush the raw run, then append the escaped character.
      if (parts === null) parts = new Array<string>();
      parts.push(String.UTF8.decodeUnsafe(this.base + runStart, this.pos - runStart, false));
      const escapeAt = this.pos;
      this.pos++;
      const e = this.peek();
      this.pos++;
      switch (e) {
        case 0x22: parts.push("\""); break;
        case 0x5c: parts.push("\\"); break;
        case 0x2f: parts.push("/"); break;
        case 0x62: parts.push("\b"); break;
        case 0x66: parts.push("\f"); break;
        case 0x6e: parts.push("\n"); break;
        case 0x72: parts.push("\r"); break;
        case 0x74: parts.push("\t"); break;
        case 0x75: {
          const unit = this.hex4();
          if (unit < 0) {
            this.fail("invalid \\u escape: expected 4 hex digits", escapeAt);
            return null;
          }
          if (unit >= 0xdc00 && unit <= 0xdfff) {
            this.fail("invalid \\u escape: unpaired low surrogate", escapeAt);
            return null;
          }
          if (unit >= 0xd800 && unit <= 0xdbff) {
            if (this.peek() != 0x5c || this.pos + 1 >= this.end || load<u8>(this.base + this.pos + 1) != 0x75) {
              this.fail("invalid \\u escape: high surrogate without a low surrogate", escapeAt);
              return null;
            }
            this.pos += 2;
            const low = this.hex4();
            if (low < 0xdc00 || low > 0xdfff) {
              this.fail("invalid \\u escape: high surrogate without a low surrogate", escapeAt);
              return null;
            }
            parts.push(String.fromCharCodes([unit, low]));
          } else {
            parts.push(String.fromCharCode(unit));
          }
          break;
        }
        default:
          this.fail("invalid escape sequence", escapeAt);
          return null;
      }
      runStart = this.pos;
    }
    const tail = String.UTF8.decodeUnsafe(this.base + runStart, this.pos - runStart, false);
    this.pos++; // closing quote
    if (parts === null) return tail;
    parts.push(tail);
    return parts.join("");
  }

  private parseArray(depth: i32): JsonValue | null {
    if (depth > this.maxDepth) return this.fail("nesting deeper than " + this.maxDepth.toString() + " levels", this.pos);
    this.pos++; // [
    const v = new JsonValue();
    v.kind = JsonKind.Array;
    v.items = new Array<JsonValue>();
    this.skipSpace();
    if (this.peek() == 0x5d) {
      this.pos++;
      return v;
    }
    while (true) {
      this.skipSpace();
      const item = this.parseValue(depth);
      if (item === null) return null;
      v.items.push(item);
      this.skipSpace();
      const c = this.peek();
      if (c == 0x2c) {
        this.pos++;
        continue;
      }
      if (c == 0x5d) {
        this.pos++;
        return v;
      }
      return this.fail("expected ',' or ']' in array, found " + this.describe(c), this.pos);
    }
  }

  private parseObject(depth: i32): JsonValue | null {
    if (depth > this.maxDepth) return this.fail("nesting deeper than " + this.maxDepth.toString() + " levels", this.pos);
    this.pos++; // {
    const v = new JsonValue();
    v.kind = JsonKind.Object;
    v.items = new Array<JsonValue>();
    v.keys = new Array<string>();
    // Small objects are checked for duplicate keys by scanning; large ones through a set, so a
    // hostile document cannot make the check quadratic.
    let seen: Set<string> | null = null;
    this.skipSpace();
    if (this.peek() == 0x7d) {
      this.pos++;
      return v;
    }
    while (true) {
      this.skipSpace();
      const keyAt = this.pos;
      if (this.peek() != 0x22) return this.fail("expected a string key in object, found " + this.describe(this.peek()), this.pos);
      const key = this.parseString();
      if (key === null) return null;
      let duplicate = false;
      if (seen !== null) {
        duplicate = seen.has(key);
        seen.add(key);
      } else {
        const keys = v.keys;
        for (let i = 0, n = keys.length; i < n; i++) {
          if (unchecked(keys[i]) == key) {
            duplicate = true;
            break;
          }
        }
        if (keys.length >= 16) {
          seen = new Set<string>();
          for (let i = 0, n = keys.length; i < n; i++) seen.add(unchecked(keys[i]));
          seen.add(key);
        }
      }
      if (duplicate) return this.fail("duplicate key \"" + key + "\"", keyAt);
      this.skipSpace();
      if (this.peek() != 0x3a) return this.fail("expected ':' after object key, found " + this.describe(this.peek()), this.pos);
      this.pos++;
      this.skipSpace();
      const item = this.parseValue(depth);
      if (item === null) return null;
      v.keys.push(key);
      v.items.push(item);
      this.skipSpace();
      const c = this.peek();
      if (c == 0x2c) {
        this.pos++;
        continue;
      }
      if (c == 0x7d) {
        this.pos++;
        return v;
      }
      return this.fail("expected ',' or '}' in object, found " + this.describe(c), this.pos);
    }
  }
}
