// What a verified request carries upstream: claim headers, the payload header, the identity
// (filter state and identity_header), and the token removed where the provider does not
// forward it. Every value is computed and checked before any header is written, so a request
// refused for an unsafe claim value leaves nothing half-applied.

import { HeaderPair, Identity, requestHeaders } from "../../../sdk/assembly/index";
import { claimAt, headerText, isHeaderSafe } from "./claims";
import { JwtConfig } from "./config";
import { Success } from "./evaluate";
import { ClaimHeader } from "./providers";
import { removeToken } from "./sources";
import { Status } from "./status";

/** Largest value one output header may carry. */
const MAX_HEADER_VALUE = 16384;

function collectClaims(success: Success, claimHeaders: ClaimHeader[], out: HeaderPair[]): bool {
  const claims = success.verified.claims;
  for (let i = 0; i < claimHeaders.length; i++) {
    const ch = unchecked(claimHeaders[i]);
    const value = claimAt(claims, ch.path);
    if (value === null || value.isNull) continue;
    const text = headerText(value);
    if (!isHeaderSafe(text) || text.length > MAX_HEADER_VALUE) return false;
    out.push(new HeaderPair(ch.header, text));
  }
  return true;
}

/** Applies the outputs of every success; InvalidHeaderValue (nothing applied) if one is unsafe. */
export function applyOutputs(config: JwtConfig, successes: Success[]): Status {
  const headers = new Array<HeaderPair>();
  for (let i = 0; i < successes.length; i++) {
    const s = unchecked(successes[i]);
    const provider = s.provider;
    if (provider !== null) {
      if (!collectClaims(s, provider.claimsToHeaders, headers)) return Status.InvalidHeaderValue;
      if (provider.payloadHeader.length > 0) headers.push(new HeaderPair(provider.payloadHeader, s.verified.payloadSegment));
    } else if (!collectClaims(s, s.introspector!.claimsToHeaders, headers)) {
      return Status.InvalidHeaderValue;
    }
  }
  let identity: string | null = null;
  let subject = "";
  if (successes.length > 0) {
    const first = unchecked(successes[0]);
    subject = first.verified.subject;
    if (!isHeaderSafe(subject) || subject.length > MAX_HEADER_VALUE) return Status.InvalidHeaderValue;
    identity = first.name + "/" + subject;
  }

  for (let i = 0; i < successes.length; i++) {
    const s = unchecked(successes[i]);
    const forward = s.provider !== null ? s.provider!.forward : s.introspector!.forward;
    if (!forward) removeToken(s.source);
  }
  // Client copies of these headers were removed when the request arrived; a header two
  // providers both map is set by the first success only.
  for (let i = 0; i < headers.length; i++) {
    const h = unchecked(headers[i]);
    if (requestHeaders.get(h.name) === null) requestHeaders.add(h.name, h.value);
  }
  if (identity !== null) {
    Identity.set("jwt", identity);
    if (config.identityHeader.length > 0) requestHeaders.add(config.identityHeader, subject);
  }
  return Status.Ok;
}
