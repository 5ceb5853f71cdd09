// A global limit's share of one decision: spend a token from this instance's lease
// (sdk/assembly/ratelimit/lease.ts), never a call per request. The descriptor value sent to the
// rate-limit service is the key's fingerprint in hex, so identities, header values and client
// addresses never leave the gateway (nor appear in the service's Redis keys).

import { Context, RootContext } from "../../../sdk/assembly/index";
import { LeaseVerdict, deniedForMs, takeToken } from "../../../sdk/assembly/ratelimit/lease";
import { LimitSpec } from "./config";
import { Check } from "./limiter";

const HEX = "0123456789abcdef";

/** The 16-byte fingerprint as 32 lower-case hex characters. */
function descriptorValue(fingerprint: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 16; i++) {
    const b = <i32>unchecked(fingerprint[i]);
    out += HEX.charAt(b >> 4) + HEX.charAt(b & 15);
  }
  return out;
}

/**
 * Takes one token of the global limit `spec` for the key `fingerprint` and records the verdict
 * in `out` (denied: retryMs until the cached over-limit window ends, the service is tried again,
 * or the lease in flight answers). The remaining count is not known locally: 0 on a denial.
 */
export function spendGlobalToken(spec: LimitSpec, fingerprint: Uint8Array, stream: Context, root: RootContext, now: u64, out: Check): void {
  const limit = spec.global!;
  const value = limit.descriptorKey.length > 0 ? descriptorValue(fingerprint) : "";
  const allowed = takeToken(limit, value, stream, root, now) == LeaseVerdict.Admit;
  out.allowed = allowed;
  out.remaining = 0;
  out.near = false;
  out.resetMs = 0;
  out.retryMs = allowed ? 0 : deniedForMs(limit, value, now);
}
