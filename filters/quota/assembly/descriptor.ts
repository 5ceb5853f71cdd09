// A limit's key for one request: its parts (identity, client IP, route, header) read from the
// request, length-prefixed so no two different part lists can produce the same text, then
// hashed with the limit's signature into the fingerprint stored in the key table and the
// bucket (table entry) it lives in.

import { HeaderSnapshot, Identity } from "../../../sdk/assembly/index";
import { Sha256 } from "../../../sdk/assembly/crypto/sha256";
import { clientAddress } from "./client-ip";
import { KeyPart, LimitSpec, PartKind } from "./config";

/** What the key parts are read from (the request's header snapshot); each fact is fetched at most once per request. */
export class RequestFacts {
  private identityRead: bool = false;
  private identity: string | null = null;
  private ipRead: bool = false;
  private ip: string | null = null;

  constructor(
    public readonly headers: HeaderSnapshot,
    /** The matched rule's name, or "" when no rule matched. */
    public readonly route: string,
    private readonly trustedHops: i32,
  ) {}

  identityValue(): string | null {
    if (!this.identityRead) {
      this.identity = Identity.get();
      this.identityRead = true;
    }
    return this.identity;
  }

  clientIp(): string | null {
    if (!this.ipRead) {
      this.ip = clientAddress(this.trustedHops, this.headers);
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

/**
 * Hashes the key of `limit` for this request into `fingerprint` (16 bytes) and returns the
 * bucket in [0, buckets); -1 when a part is missing and the limit is skipped.
 */
export function hashKey(limit: LimitSpec, facts: RequestFacts, buckets: u32, fingerprint: Uint8Array): i64 {
  let text = limit.signature;
  for (let i = 0; i < limit.parts.length; i++) {
    const value = facts.part(unchecked(limit.parts[i]));
    if (value === null) {
      if (!limit.sharedWhenMissing) return -1;
      text += "\n-"; // no length prefix: cannot collide with any present value
    } else {
      text += "\n" + value.length.toString() + ":" + value;
    }
  }
  hasher.reset().update(String.UTF8.encode(text, false)).digestInto(digest);
  memory.copy(fingerprint.dataStart, digest.dataStart, 16);
  return <i64>(load<u64>(digest.dataStart, 16) % <u64>buckets);
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
