// Exposes the SDK's pure helpers (JSON, SHA-256, hex, constant-time compare) to vitest.
// test/sdk/sdk-units.test.ts compiles this with the release options plus --exportRuntime.

import { JsonKind, JsonLimits, JsonValue, parseJsonText } from "../../../sdk/assembly/json";
import { Sha256, sha256Text } from "../../../sdk/assembly/crypto/sha256";
import { constantTimeEqual, constantTimeFind } from "../../../sdk/assembly/crypto/constant-time";
import { hexDecode, hexEncode, isLowerHex } from "../../../sdk/assembly/encoding/hex";

export * from "../../../sdk/assembly/exports";

function quote(s: string): string {
  let out = "\"";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 0x22) out += "\\\"";
    else if (c == 0x5c) out += "\\\\";
    else if (c < 0x20) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += String.fromCharCode(c);
  }
  return out + "\"";
}

/** Canonical text of a parsed value, so tests can compare with JSON.stringify. */
function serialize(v: JsonValue): string {
  switch (v.kind) {
    case JsonKind.Null: return "null";
    case JsonKind.Bool: return v.boolValue ? "true" : "false";
    case JsonKind.Number: return "n:" + v.numberValue.toString();
    case JsonKind.String: return quote(v.stringValue);
    case JsonKind.Array: {
      const parts = new Array<string>();
      for (let i = 0; i < v.items.length; i++) parts.push(serialize(v.items[i]));
      return "[" + parts.join(",") + "]";
    }
    default: {
      const parts = new Array<string>();
      for (let i = 0; i < v.keys.length; i++) parts.push(quote(v.keys[i]) + ":" + serialize(v.items[i]));
      return "{" + parts.join(",") + "}";
    }
  }
}

/** Canonical text of the document, or "error: <message>". */
export function jsonCheck(input: string, maxDepth: i32, maxBytes: i32): string {
  const result = parseJsonText(input, new JsonLimits(maxDepth, maxBytes));
  const value = result.value;
  if (value === null) return "error: " + result.message;
  return serialize(value);
}

/** Looks up a member by key path "a.b.c" (array indices as numbers) and returns its canonical text or "absent". */
export function jsonLookup(input: string, path: string): string {
  const result = parseJsonText(input);
  let value = result.value;
  if (value === null) return "error";
  const parts = path.split(".");
  for (let i = 0; i < parts.length && value !== null; i++) {
    const part = parts[i];
    value = value.isArray ? value.at(I32.parseInt(part, 10)) : value.get(part);
  }
  return value === null ? "absent" : serialize(value);
}

export function sha256Hex(input: string): string {
  return hexEncode(sha256Text(input));
}

/** Hashes `input` fed in chunks of `chunk` bytes, `times` times over, with one reused hasher. */
export function sha256StreamHex(input: string, chunk: i32, times: i32): string {
  const bytes = Uint8Array.wrap(String.UTF8.encode(input, false));
  const hasher = new Sha256();
  hasher.update(new ArrayBuffer(1)); // dirty state that reset() must clear
  hasher.reset();
  for (let t = 0; t < times; t++) {
    for (let i = 0; i < bytes.length; i += chunk) hasher.updateBytes(bytes.subarray(i, min(i + chunk, bytes.length)));
  }
  return hexEncode(hasher.digest());
}

export function hexRoundTrip(input: string): string {
  const bytes = hexDecode(input);
  return bytes === null ? "invalid" : hexEncode(bytes);
}

export function lowerHex(input: string, length: i32): bool {
  return isLowerHex(input, length);
}

export function equalHex(a: string, b: string): bool {
  return constantTimeEqual(hexDecode(a)!, hexDecode(b)!);
}

/** Index in the comma-separated hex `table` equal to `needle`, or -1. */
export function findHex(table: string, needle: string): i32 {
  const items = table.split(",");
  const digests = new Array<Uint8Array>();
  for (let i = 0; i < items.length; i++) digests.push(hexDecode(items[i])!);
  return constantTimeFind(digests, hexDecode(needle)!);
}
