// Matching a presented key against a set of configured SHA-256 digests: the key is hashed once
// and compared with every digest of the set in constant time, so timing reveals neither which
// stored key matched nor how close a wrong key came. The section's keys form one table; a route
// with its own keys has its own table (config.ts), built once in onConfigure.

import { PreparedIdentity, headerName } from "../../../sdk/assembly/index";
import { Sha256 } from "../../../sdk/assembly/crypto/sha256";
import { constantTimeFind } from "../../../sdk/assembly/crypto/constant-time";

/** Keys longer than this are treated as unknown without being hashed. */
export const MAX_KEY_BYTES = 4096;

/** A set of keys (digests) with what each one identifies; the arrays are parallel. */
export class KeyTable {
  /** SHA-256 digests of the keys. */
  readonly digests: Uint8Array[] = [];
  readonly clients: string[] = [];
  /** UTF-8 of each client id (the forwarded header's value). Encoded once, so the request path converts nothing. */
  readonly clientBytes: ArrayBuffer[] = [];
  /** `apikey:<client>` identities. */
  readonly identities: PreparedIdentity[] = [];

  add(client: string, digest: Uint8Array): void {
    this.digests.push(digest);
    this.clients.push(client);
    this.clientBytes.push(headerName(client));
    this.identities.push(new PreparedIdentity("apikey", client));
  }

  get length(): i32 {
    return this.digests.length;
  }

  /** Whether some key of this table belongs to `client`. */
  hasClient(client: string): bool {
    return this.clients.includes(client);
  }

  /** Index of the key whose digest matches the key's UTF-8 bytes at `start` (`length` bytes), or -1. */
  find(start: usize, length: i32): i32 {
    if (length > MAX_KEY_BYTES) return -1;
    hasher.reset().updateRaw(start, length);
    hasher.digestInto(digest);
    return constantTimeFind(this.digests, digest);
  }
}

const hasher = new Sha256();
const digest = new Uint8Array(32);
