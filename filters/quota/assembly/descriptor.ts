// A limit's key for one request: its parts (identity, client IP, route, header) read from the
// request, length-prefixed so no two different part lists can produce the same text, then
// hashed with the limit's signature into the fingerprint stored in the key table and the
// bucket (table entry) it lives in. The hashed text is the UTF-8 of
//   signature ("\n" length ":" value | "\n-")*     (length in UTF-16 units; "\n-": missing)
// fed to SHA-256 piece by piece: header values straight from the snapshot when it is ASCII.

import { HeaderSnapshot, Identity, requestHeaders } from "../../../sdk/assembly/index";
import { Sha256 } from "../../../sdk/assembly/crypto/sha256";
import { clientAddress, peerAddress } from "./client-ip";
import { KeyPart, LimitSpec, PartKind, QuotaConfig } from "./config";
import { writeDecimal } from "../../../sdk/assembly/encoding/decimal";

/**
 * What the key parts are read from. Each fact is fetched at most once per request, and only
 * when something needs it: the header snapshot (one host call) for header parts, a header plan,
 * the route match or a log line (or a client_ip part with trusted hops); `source.address` only
 * for a client_ip part. One object is
 * reused for every request (wasm runs one callback at a time): start() each request.
 */
export class RequestFacts {
  private snapshot: HeaderSnapshot | null = null;
  private identityRead: bool = false;
  private identity: string | null = null;
  private ipRead: bool = false;
  private ip: string | null = null;
  /** The matched rule's name, or "" when no rule matched. */
  route: string = "";
  private trustedHops: i32 = 0;

  start(trustedHops: i32): void {
    this.snapshot = null;
    this.identityRead = false;
    this.identity = null;
    this.ipRead = false;
    this.ip = null;
    this.route = "";
    this.trustedHops = trustedHops;
  }

  /** The request's headers, read from the host on first use. */
  get headers(): HeaderSnapshot {
    let snapshot = this.snapshot;
    if (snapshot === null) {
      snapshot = requestHeaders.snapshot();
      this.snapshot = snapshot;
    }
    return snapshot;
  }

  identityValue(): string | null {
    if (!this.identityRead) {
      this.identity = Identity.get();
      this.identityRead = true;
    }
    return this.identity;
  }

  clientIp(): string | null {
    if (!this.ipRead) {
      // The header snapshot (a host call) only when x-forwarded-for is trusted at all.
      this.ip = this.trustedHops > 0 ? clientAddress(this.trustedHops, this.headers) : peerAddress();
      this.ipRead = true;
    }
    return this.ip;
  }

  /** Every value of `name` (UTF-8 bytes) joined as HTTP combines them; null when absent. */
  header(name: ArrayBuffer): string | null {
    const headers = this.headers;
    let out: string | null = null;
    for (let i = headers.indexOf(name); i >= 0; i = headers.indexOf(name, i + 1)) {
      const value = headers.value(i);
      out = out === null ? value : out + ", " + value;
    }
    return out;
  }

  part(part: KeyPart): string | null {
    switch (part.kind) {
      case PartKind.Identity: return this.identityValue();
      case PartKind.ClientIp: return this.clientIp();
      case PartKind.Route: return this.route.length > 0 ? this.route : "*";
      default: return this.header(part.headerBytes);
    }
  }
}

const hasher = new Sha256();
const digest = new Uint8Array(32);
/** "\n" + a decimal length + ":" (a length is at most 10 digits). */
const lengthPrefix = new Uint8Array(12);
const SEPARATOR = String.UTF8.encode(", ", false);
const MISSING = String.UTF8.encode("\n-", false); // no length prefix: cannot collide with any present value

function hashLengthPrefix(length: i32): void {
  const at = lengthPrefix.dataStart;
  store<u8>(at, 0x0a);
  const digits = writeDecimal(at + 1, <u32>length);
  store<u8>(at + <usize>digits + 1, 0x3a);
  hasher.updateRaw(at, digits + 2);
}

function hashValue(value: string): void {
  hashLengthPrefix(value.length);
  hasher.update(String.UTF8.encode(value, false));
}

/**
 * Hashes a header part: every value of `name` joined with ", " (as facts.header() joins them),
 * read in place when the snapshot is ASCII (then characters and bytes are the same). False
 * when the header is absent.
 */
function hashHeader(facts: RequestFacts, name: ArrayBuffer): bool {
  const headers = facts.headers;
  if (!headers.isAscii) {
    const value = facts.header(name);
    if (value === null) return false;
    hashValue(value);
    return true;
  }
  let total = -SEPARATOR.byteLength;
  for (let i = headers.indexOf(name); i >= 0; i = headers.indexOf(name, i + 1)) total += SEPARATOR.byteLength + headers.valueLength(i);
  if (total < 0) return false;
  hashLengthPrefix(total);
  let first = true;
  for (let i = headers.indexOf(name); i >= 0; i = headers.indexOf(name, i + 1)) {
    if (!first) hasher.update(SEPARATOR);
    first = false;
    hasher.updateRaw(headers.valueStart(i), headers.valueLength(i));
  }
  return true;
}

/**
 * The key of `limit` for this request: writes its fingerprint (16 bytes) into `fingerprint`
 * and returns the number of the table entry it lives in (QuotaConfig.entryKeyInto); -1 when a
 * part is missing and the limit is skipped. A limit without key parts has one key: hashed once, then copied.
 */
export function keyOf(limit: LimitSpec, facts: RequestFacts, config: QuotaConfig, fingerprint: Uint8Array): i64 {
  const fixed = limit.fixedFingerprint;
  if (fixed !== null) {
    memory.copy(fingerprint.dataStart, fixed.dataStart, 16);
    return <i64>limit.fixedEntry;
  }
  hasher.reset().update(limit.signatureBytes);
  for (let i = 0; i < limit.parts.length; i++) {
    const part = unchecked(limit.parts[i]);
    let present: bool;
    if (part.kind == PartKind.Header) {
      present = hashHeader(facts, part.headerBytes);
    } else {
      const value = facts.part(part);
      present = value !== null;
      if (value !== null) hashValue(value);
    }
    if (!present) {
      if (!limit.sharedWhenMissing) return -1;
      hasher.update(MISSING);
    }
  }
  hasher.digestInto(digest);
  memory.copy(fingerprint.dataStart, digest.dataStart, 16);
  const entry = <u32>(load<u64>(digest.dataStart, 16) % <u64>config.buckets);
  if (limit.parts.length == 0) {
    limit.fixedFingerprint = fingerprint.slice(0, 16);
    limit.fixedEntry = entry;
  }
  return <i64>entry;
}

const HEX = "0123456789abcdef";

/** The first 6 bytes of a fingerprint in hex: enough to correlate log lines, never the key. */
export function fingerprintTag(fingerprint: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 6; i++) {
    const b = <i32>unchecked(fingerprint[i]);
    out += HEX.charAt(b >> 4) + HEX.charAt(b & 15);
  }
  return out;
}
