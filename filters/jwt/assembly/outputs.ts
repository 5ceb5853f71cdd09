// What a verified request carries upstream: claim headers, the payload header, the identity
// (filter state and identity_header), and the token removed where the provider does not
// forward it. Every value is computed and checked before any header is written, so a request
// refused for an unsafe claim value leaves nothing half-applied. The values depend only on the
// verifier and the token, so they are built once per cached token (PreparedOutputs) as bytes;
// a request then only writes them.

import { PreparedIdentity, Identity, requestHeaders } from "../../../sdk/assembly/index";
import { claimAt, headerText, isHeaderSafe } from "./claims";
import { JwtConfig } from "./config";
import { Outcome, Success } from "./evaluate";
import { ClaimHeader } from "./providers";
import { removeToken } from "./sources";
import { Status } from "./status";
import { Verified } from "./token-cache";

/** Largest value one output header may carry. */
const MAX_HEADER_VALUE = 16384;

/** One verified token's outputs for its verifier, ready to write. */
export class PreparedOutputs {
  constructor(
    /** false: a claim header value is unsafe (control character) or too long. */
    public readonly headersOk: bool,
    /** Claim headers, then the payload header: names and values, UTF-8. */
    public readonly names: ArrayBuffer[],
    public readonly values: ArrayBuffer[],
    /** false: the subject cannot be a header value. */
    public readonly subjectOk: bool,
    public readonly subject: ArrayBuffer,
    /** `jwt:<verifier>/<subject>`. */
    public readonly identity: PreparedIdentity,
  ) {}
}

const NO_BUFFERS: ArrayBuffer[] = [];

function prepare(name: string, claimHeaders: ClaimHeader[], payloadHeader: ArrayBuffer, verified: Verified): PreparedOutputs {
  const none = claimHeaders.length == 0 && payloadHeader.byteLength == 0;
  // Never written to when `none`: no header to add.
  const names = none ? NO_BUFFERS : new Array<ArrayBuffer>();
  const values = none ? NO_BUFFERS : new Array<ArrayBuffer>();
  let headersOk = true;
  const claims = verified.claims;
  for (let i = 0; i < claimHeaders.length; i++) {
    const ch = unchecked(claimHeaders[i]);
    const value = claimAt(claims, ch.path);
    if (value === null || value.isNull) continue;
    const text = headerText(value);
    if (!isHeaderSafe(text) || text.length > MAX_HEADER_VALUE) {
      headersOk = false;
      break;
    }
    names.push(ch.headerBytes);
    values.push(String.UTF8.encode(text, false));
  }
  if (payloadHeader.byteLength > 0) {
    names.push(payloadHeader);
    values.push(verified.payloadSegment);
  }
  const subject = verified.subject;
  const subjectOk = isHeaderSafe(subject) && subject.length <= MAX_HEADER_VALUE;
  return new PreparedOutputs(headersOk, names, values, subjectOk, String.UTF8.encode(subject, false), new PreparedIdentity("jwt", name + "/" + subject));
}

function outputsOf(s: Success): PreparedOutputs {
  const verified = s.verified;
  const cached = verified.outputs;
  if (cached !== null) return cached;
  const provider = s.provider;
  const outputs = provider !== null
    ? prepare(provider.name, provider.claimsToHeaders, provider.payloadHeaderBytes, verified)
    : prepare(s.introspector!.name, s.introspector!.claimsToHeaders, new ArrayBuffer(0), verified);
  verified.outputs = outputs;
  return outputs;
}

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): bool {
  return a.byteLength == b.byteLength && memory.compare(changetype<usize>(a), changetype<usize>(b), <usize>a.byteLength) == 0;
}

function alreadySet(names: ArrayBuffer[], name: ArrayBuffer): bool {
  for (let i = 0, count = names.length; i < count; i++) if (sameBytes(unchecked(names[i]), name)) return true;
  return false;
}

/**
 * Applies the outputs of a successful walk; InvalidHeaderValue (nothing applied) if one is
 * unsafe. The identity is the first token success's (`jwt:<verifier>/<subject>`); only when no
 * token was part of the win is it the client certificate's (`mtls:<identity>`).
 */
export function applyOutputs(config: JwtConfig, outcome: Outcome): Status {
  const successes = outcome.successes;
  const n = successes.length;
  if (n == 0) {
    const peer = outcome.peer;
    return peer !== null ? applyPeerIdentity(config, peer) : Status.Ok;
  }
  for (let i = 0; i < n; i++) {
    if (!outputsOf(unchecked(successes[i])).headersOk) return Status.InvalidHeaderValue;
  }
  if (n > 0 && !outputsOf(unchecked(successes[0])).subjectOk) return Status.InvalidHeaderValue;

  for (let i = 0; i < n; i++) {
    const s = unchecked(successes[i]);
    const forward = s.provider !== null ? s.provider!.forward : s.introspector!.forward;
    if (!forward) removeToken(s.source);
  }
  // Client copies of these headers were removed when the request arrived, so the map holds
  // only what this loop adds; a header two providers both map is set by the first success.
  // (Within one provider every output header is distinct: the configuration checks that.)
  const written: ArrayBuffer[] | null = n > 1 ? new Array<ArrayBuffer>() : null;
  for (let i = 0; i < n; i++) {
    const outputs = outputsOf(unchecked(successes[i]));
    const names = outputs.names;
    for (let k = 0; k < names.length; k++) {
      const name = unchecked(names[k]);
      if (written !== null) {
        if (alreadySet(written, name)) continue;
        written.push(name);
      }
      requestHeaders.addBytes(name, unchecked(outputs.values[k]));
    }
  }
  const first = outputsOf(unchecked(successes[0]));
  if (config.publishIdentity) Identity.setPrepared(first.identity);
  if (config.identityHeaderBytes.byteLength > 0) requestHeaders.addBytes(config.identityHeaderBytes, first.subject);
  return Status.Ok;
}

/** `mtls:<identity>` and identity_header, for a win by client certificate alone. */
function applyPeerIdentity(config: JwtConfig, identity: string): Status {
  if (!isHeaderSafe(identity) || identity.length > MAX_HEADER_VALUE) return Status.InvalidHeaderValue;
  if (config.publishIdentity) Identity.set("mtls", identity);
  if (config.identityHeaderBytes.byteLength > 0) requestHeaders.addBytes(config.identityHeaderBytes, String.UTF8.encode(identity, false));
  return Status.Ok;
}
