// Host properties ("request.path", "source.address", filter state...). The ABI takes a path
// of segments joined by NUL bytes; a dotted string is split on '.', or segments can be given
// directly when a segment itself contains a dot (e.g. the filter-state key
// "portcullis.identity").

import { WasmResult } from "./abi/types";
import * as host from "./hostcalls";

/** Encodes segments as the ABI's NUL-separated path. */
export function encodePropertyPath(segments: string[]): ArrayBuffer {
  return String.UTF8.encode(segments.join("\0"), false);
}

/** Raw value at the path given as segments, or null when absent. */
export function getPropertyBytesAt(segments: string[]): ArrayBuffer | null {
  const got = host.getProperty(encodePropertyPath(segments));
  return got.result == WasmResult.Ok ? got.value : null;
}

/** Raw value at a dotted path ("request.path"), or null when absent. */
export function getPropertyBytes(path: string): ArrayBuffer | null {
  return getPropertyBytesAt(path.split("."));
}

/** UTF-8 value at a dotted path, or null when absent. */
export function getProperty(path: string): string | null {
  const bytes = getPropertyBytes(path);
  return bytes === null ? null : String.UTF8.decode(bytes, false);
}

/** UTF-8 value at the path given as segments, or null when absent. */
export function getPropertyAt(segments: string[]): string | null {
  const bytes = getPropertyBytesAt(segments);
  return bytes === null ? null : String.UTF8.decode(bytes, false);
}

/** Sets the property at the path given as segments. */
export function setPropertyAt(segments: string[], value: string): WasmResult {
  return host.setProperty(encodePropertyPath(segments), String.UTF8.encode(value, false));
}

/** Sets the property at a dotted path. */
export function setProperty(path: string, value: string): WasmResult {
  return setPropertyAt(path.split("."), value);
}
