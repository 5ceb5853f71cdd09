// Exposes the SDK's pure helpers (JSON, SHA-256, hex, constant-time compare, header snapshots,
// base64url, route paths and rules) to vitest. test/sdk/sdk-units.test.ts and the other unit
// suites (through test/support/as-harness.ts) compile this with the release options plus
// --exportRuntime.

import { JsonKind, JsonLimits, JsonValue, parseJsonText } from "../../../sdk/assembly/json";
import { Sha256, sha256Text } from "../../../sdk/assembly/crypto/sha256";
import { constantTimeEqual, constantTimeFind } from "../../../sdk/assembly/crypto/constant-time";
import { hexDecode, hexEncode, isLowerHex } from "../../../sdk/assembly/encoding/hex";
import {
  base64urlDecode, base64urlDecodeRange, base64urlDecodedLength, base64urlEncode, base64urlEncodeRange,
} from "../../../sdk/assembly/encoding/base64url";
import { HeaderPair } from "../../../sdk/assembly/abi/header-map";
import { HeaderSnapshot, headerName } from "../../../sdk/assembly/header-snapshot";
import { routePath } from "../../../sdk/assembly/route-path";
import { RouteRequest, RouteRule, firstRouteMatch, isRoutePattern } from "../../../sdk/assembly/route-rules";

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

// ---- header snapshots: `map` is a serialized header map (the ABI format) built by the test.

/** Lengths, ASCII flag and decoded pairs of the snapshot of `map`, or "malformed". */
export function snapshotDescribe(map: ArrayBuffer): string {
  const snapshot = HeaderSnapshot.parse(map);
  if (snapshot === null) return "malformed";
  return describe(snapshot);
}

function describe(snapshot: HeaderSnapshot): string {
  const parts = new Array<string>();
  for (let i = 0; i < snapshot.length; i++) {
    parts.push("[" + quote(snapshot.name(i)) + "," + quote(snapshot.value(i)) + "," + snapshot.nameLength(i).toString() + "," + snapshot.valueLength(i).toString() + "]");
  }
  const pairs = snapshot.pairs();
  let same = pairs.length == snapshot.length;
  for (let i = 0; i < pairs.length && same; i++) same = pairs[i].name == snapshot.name(i) && pairs[i].value == snapshot.value(i);
  return "{\"length\":" + snapshot.length.toString() + ",\"ascii\":" + (snapshot.isAscii ? "true" : "false") + ",\"pairsAgree\":" + (same ? "true" : "false") + ",\"pairs\":[" + parts.join(",") + "]}";
}

/** describe() of HeaderSnapshot.fromPairs over the JSON array of [name, value] pairs `json`. */
export function snapshotFromPairs(json: string): string {
  const list = parseJsonText(json).value!;
  const pairs = new Array<HeaderPair>();
  for (let i = 0; i < list.length; i++) {
    const pair = list.at(i)!;
    pairs.push(new HeaderPair(pair.at(0)!.stringValue, pair.at(1)!.stringValue));
  }
  return describe(HeaderSnapshot.fromPairs(pairs));
}

/** indexOf(name, from); -2 when `map` is malformed. */
export function snapshotIndexOf(map: ArrayBuffer, name: string, from: i32): i32 {
  const snapshot = HeaderSnapshot.parse(map);
  return snapshot === null ? -2 : snapshot.indexOf(headerName(name), from);
}

export function snapshotCountOf(map: ArrayBuffer, name: string): i32 {
  const snapshot = HeaderSnapshot.parse(map);
  return snapshot === null ? -2 : snapshot.countOf(headerName(name));
}

export function snapshotNameIs(map: ArrayBuffer, index: i32, name: string): bool {
  return HeaderSnapshot.parse(map)!.nameIs(index, headerName(name));
}

/** get(name) as JSON text: the quoted value or null. */
export function snapshotGet(map: ArrayBuffer, name: string): string {
  const value = HeaderSnapshot.parse(map)!.get(name);
  return value === null ? "null" : quote(value);
}

/** Hex of pair `index`'s value bytes, read in place (valueStart/valueLength). */
export function snapshotValueHex(map: ArrayBuffer, index: i32): string {
  const snapshot = HeaderSnapshot.parse(map)!;
  const bytes = new Uint8Array(snapshot.valueLength(index));
  memory.copy(bytes.dataStart, snapshot.valueStart(index), <usize>bytes.length);
  return hexEncode(bytes);
}

// ---- base64url

/** Hex of the decoded bytes, or "null". */
export function b64uDecode(text: string): string {
  const bytes = base64urlDecode(text);
  return bytes === null ? "null" : hexEncode(bytes);
}

/** base64urlDecodeRange over the bytes `srcHex`, [start, end). */
export function b64uDecodeRange(srcHex: string, start: i32, end: i32): string {
  const bytes = base64urlDecodeRange(hexDecode(srcHex)!, start, end);
  return bytes === null ? "null" : hexEncode(bytes);
}

export function b64uDecodedLength(length: i32): i32 {
  return base64urlDecodedLength(length);
}

export function b64uEncode(hex: string): string {
  return base64urlEncode(hexDecode(hex)!);
}

export function b64uEncodeRange(hex: string, start: i32, end: i32): string {
  return base64urlEncodeRange(hexDecode(hex)!, start, end);
}

// ---- route paths and rules

export function normalizePath(raw: string): string {
  return routePath(raw);
}

const routeRequest = new RouteRequest();

/** Request headers from `json` ([[name, value], ...]) read into the shared RouteRequest. */
function readRoute(json: string): HeaderSnapshot {
  const list = parseJsonText(json).value!;
  const pairs = new Array<HeaderPair>();
  for (let i = 0; i < list.length; i++) pairs.push(new HeaderPair(list.at(i)!.at(0)!.stringValue, list.at(i)!.at(1)!.stringValue));
  const snapshot = HeaderSnapshot.fromPairs(pairs);
  routeRequest.read(snapshot);
  return snapshot;
}

/**
 * RoutePath.read of the request headers `json`: "view:<path>" when it points into the
 * snapshot's own bytes (no copy), "copy:<path>" when it normalized into a new buffer.
 */
export function routePathRead(json: string): string {
  const snapshot = readRoute(json);
  const path = routeRequest.path;
  const i = snapshot.indexOf(headerName(":path"));
  const inPlace = i >= 0 && path.start >= snapshot.valueStart(i) && path.start + <usize>path.length <= snapshot.valueStart(i) + <usize>snapshot.valueLength(i);
  return (inPlace ? "view:" : "copy:") + path.text();
}

/** The request's method as RouteRequest reads it. */
export function routeMethod(json: string): string {
  readRoute(json);
  return routeRequest.method();
}

/**
 * firstRouteMatch over `rulesJson` ([{"methods": [...], "prefix"|"exact": "..."}, ...]) for the
 * request headers `headersJson`, searching from `from`.
 */
export function routeMatch(rulesJson: string, headersJson: string, from: i32): i32 {
  const list = parseJsonText(rulesJson).value!;
  const rules = new Array<RouteRule>();
  for (let i = 0; i < list.length; i++) {
    const item = list.at(i)!;
    const methods = new Array<string>();
    const m = item.get("methods");
    if (m !== null) for (let k = 0; k < m.length; k++) methods.push(m.at(k)!.stringValue);
    const exact = item.get("exact");
    rules.push(new RouteRule(methods, exact !== null, exact !== null ? exact.stringValue : item.get("prefix")!.stringValue));
  }
  readRoute(headersJson);
  return firstRouteMatch(rules, routeRequest, from);
}

export function routePattern(s: string): bool {
  return isRoutePattern(s);
}
