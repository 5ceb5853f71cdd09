// Finding the presented key in the request (header, query parameter or cookie, in the
// configured order) and removing it before the request goes upstream.

import { HeaderPair, requestHeaders } from "../../../sdk/assembly/index";
import { Source, SourceKind } from "./config";

/** More copies of a credential-bearing header than this make the request ambiguous. */
export const MAX_HEADER_VALUES = 16;

export enum Presence {
  /** No source had a non-empty credential. */
  Missing,
  /** Exactly one credential, in `value`. */
  Found,
  /** The first source that had one had several (or too many header copies to consider). */
  Ambiguous,
}

export class Credential {
  constructor(public readonly presence: Presence, public readonly value: string, public readonly source: Source | null) {}
}

const MISSING = new Credential(Presence.Missing, "", null);

function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) == 0x20 || s.charCodeAt(start) == 0x09)) start++;
  while (end > start && (s.charCodeAt(end - 1) == 0x20 || s.charCodeAt(end - 1) == 0x09)) end--;
  return start == 0 && end == s.length ? s : s.substring(start, end);
}

/** Drops a leading "Bearer " (auth-scheme names are case-insensitive, RFC 9110 11.1). */
function stripBearer(value: string): string {
  if (value.length >= 7 && value.substring(0, 7).toLowerCase() == "bearer ") return trimSpaces(value.substring(7));
  return value;
}

function hexValue(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Percent-decodes a query value; a malformed escape leaves the value as sent. */
function percentDecode(s: string): string {
  if (s.indexOf("%") < 0) return s;
  const raw = String.UTF8.encode(s, false);
  const input = Uint8Array.wrap(raw);
  const out = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = <i32>unchecked(input[i]);
    if (c != 0x25) {
      unchecked((out[n++] = <u8>c));
      continue;
    }
    if (i + 2 >= input.length) return s;
    const hi = hexValue(unchecked(input[i + 1]));
    const lo = hexValue(unchecked(input[i + 2]));
    if (hi < 0 || lo < 0) return s;
    unchecked((out[n++] = <u8>((hi << 4) | lo)));
    i += 2;
  }
  return String.UTF8.decode(out.buffer.slice(0, n), false);
}

function fromHeader(source: Source, headers: HeaderPair[]): Credential {
  let count = 0;
  let value = "";
  for (let i = 0; i < headers.length; i++) {
    const pair = unchecked(headers[i]);
    if (pair.name != source.name) continue;
    count++;
    value = pair.value;
  }
  if (count == 0) return MISSING;
  if (count > 1) return new Credential(Presence.Ambiguous, "", source);
  const key = stripBearer(trimSpaces(value));
  return key.length == 0 ? MISSING : new Credential(Presence.Found, key, source);
}

function queryOf(path: string): string {
  const q = path.indexOf("?");
  return q < 0 ? "" : path.substring(q + 1);
}

function paramName(param: string): string {
  const eq = param.indexOf("=");
  return eq < 0 ? param : param.substring(0, eq);
}

function paramValue(param: string): string {
  const eq = param.indexOf("=");
  return eq < 0 ? "" : param.substring(eq + 1);
}

function fromQuery(source: Source, path: string): Credential {
  const query = queryOf(path);
  if (query.length == 0) return MISSING;
  const params = query.split("&");
  let count = 0;
  let value = "";
  for (let i = 0; i < params.length; i++) {
    const param = unchecked(params[i]);
    if (paramName(param) != source.name) continue;
    const decoded = percentDecode(paramValue(param));
    if (decoded.length == 0) continue;
    count++;
    value = decoded;
  }
  if (count == 0) return MISSING;
  if (count > 1) return new Credential(Presence.Ambiguous, "", source);
  return new Credential(Presence.Found, value, source);
}

function cookieValue(raw: string): string {
  const v = trimSpaces(raw);
  // RFC 6265 allows the value in double quotes.
  if (v.length >= 2 && v.charCodeAt(0) == 0x22 && v.charCodeAt(v.length - 1) == 0x22) return v.substring(1, v.length - 1);
  return v;
}

function fromCookie(source: Source, headers: HeaderPair[]): Credential {
  let headerCount = 0;
  let count = 0;
  let value = "";
  for (let i = 0; i < headers.length; i++) {
    const pair = unchecked(headers[i]);
    if (pair.name != "cookie") continue;
    if (++headerCount > MAX_HEADER_VALUES) return new Credential(Presence.Ambiguous, "", source);
    const crumbs = pair.value.split(";");
    for (let j = 0; j < crumbs.length; j++) {
      const crumb = unchecked(crumbs[j]);
      const eq = crumb.indexOf("=");
      if (eq < 0 || trimSpaces(crumb.substring(0, eq)) != source.name) continue;
      const v = cookieValue(crumb.substring(eq + 1));
      if (v.length == 0) continue;
      count++;
      value = v;
    }
  }
  if (count == 0) return MISSING;
  if (count > 1) return new Credential(Presence.Ambiguous, "", source);
  return new Credential(Presence.Found, value, source);
}

/** The credential from the first source that has one. */
export function findCredential(sources: Source[], headers: HeaderPair[], path: string): Credential {
  for (let i = 0; i < sources.length; i++) {
    const source = unchecked(sources[i]);
    let found: Credential;
    if (source.kind == SourceKind.Header) found = fromHeader(source, headers);
    else if (source.kind == SourceKind.Query) found = fromQuery(source, path);
    else found = fromCookie(source, headers);
    if (found.presence != Presence.Missing) return found;
  }
  return MISSING;
}

/** `path` without any parameter named `name`; other parameters keep their order. */
function pathWithoutParam(path: string, name: string): string {
  const q = path.indexOf("?");
  if (q < 0) return path;
  const params = path.substring(q + 1).split("&");
  const kept = new Array<string>();
  for (let i = 0; i < params.length; i++) {
    const param = unchecked(params[i]);
    if (paramName(param) != name) kept.push(param);
  }
  const base = path.substring(0, q);
  return kept.length == 0 ? base : base + "?" + kept.join("&");
}

/** All cookies of the request except those named `name`, as one cookie header value. */
function cookiesWithout(headers: HeaderPair[], name: string): string {
  const kept = new Array<string>();
  for (let i = 0; i < headers.length; i++) {
    const pair = unchecked(headers[i]);
    if (pair.name != "cookie") continue;
    const crumbs = pair.value.split(";");
    for (let j = 0; j < crumbs.length; j++) {
      const crumb = trimSpaces(unchecked(crumbs[j]));
      if (crumb.length == 0) continue;
      const eq = crumb.indexOf("=");
      const crumbName = eq < 0 ? crumb : trimSpaces(crumb.substring(0, eq));
      if (crumbName != name) kept.push(crumb);
    }
  }
  return kept.join("; ");
}

/** Removes the credential from where it was found before the request goes upstream. */
export function hideCredential(source: Source, headers: HeaderPair[], path: string): void {
  if (source.kind == SourceKind.Header) {
    requestHeaders.remove(source.name);
  } else if (source.kind == SourceKind.Query) {
    requestHeaders.set(":path", pathWithoutParam(path, source.name));
  } else {
    const rest = cookiesWithout(headers, source.name);
    if (rest.length == 0) requestHeaders.remove("cookie");
    else requestHeaders.set("cookie", rest);
  }
}
