// Verifying one provider's token: from the presented string to a cached Verified entry or the
// exact reason it is refused. Cheap checks (format, alg, issuer, time, audience) come before
// key lookup and signature, as in jwt_authn; only fully valid tokens reach the cache.

import { JsonValue } from "../../../sdk/assembly/json";
import { Jws, parseJws } from "./jws";
import { checkRegisteredClaims, claimsMatch, stringClaim } from "./claims";
import { KeySet } from "./keys";
import { Provider } from "./providers";
import { KeysState, RemoteKeys, Fetcher } from "./remote-jwks";
import { verifySignature } from "./signature";
import { Status } from "./status";
import { Verified } from "./token-cache";

/** Keys tried for a token without kid: bounds the work one forged token can cause. */
const MAX_KEYS_TRIED = 4;
/** How long a valid token without exp stays cached. */
const NO_EXP_CACHE_MS: i64 = 300_000;

export class Verification {
  constructor(public readonly status: Status, public readonly pending: bool, public readonly verified: Verified | null) {}
}

const PENDING = new Verification(Status.Ok, true, null);

function refused(status: Status): Verification {
  return new Verification(status, false, null);
}

/**
 * Ok when one of the keys fitting the token's alg (and kid, when it names one) verifies the
 * signature; NoMatchingKey when no key fits; VerificationFailed when keys fit but none verifies.
 */
function verifyWithKeys(keys: KeySet, jws: Jws): Status {
  const list = keys.keys;
  let tried = 0;
  const kid = jws.kid;
  for (let i = 0; i < list.length && tried < MAX_KEYS_TRIED; i++) {
    const key = unchecked(list[i]);
    if (!key.fits(jws.alg)) continue;
    if (kid !== null && key.kid != kid) continue;
    tried++;
    if (verifySignature(key, jws.alg, jws.signingInput, jws.signature)) return Status.Ok;
  }
  return tried == 0 ? Status.NoMatchingKey : Status.VerificationFailed;
}

export function subjectOf(claims: JsonValue): string {
  const sub = stringClaim(claims, "sub");
  if (sub !== null) return sub;
  const clientId = stringClaim(claims, "client_id");
  return clientId !== null ? clientId : "";
}

const NO_PAYLOAD = new ArrayBuffer(0);

/** Verifies the token in the `length` bytes at `ptr` (UTF-8) for `provider`. */
export function verifyJwt(provider: Provider, ptr: usize, length: i32, nowMs: i64, remote: RemoteKeys, fetcher: Fetcher): Verification {
  const parsed = parseJws(ptr, length);
  const jws = parsed.jws;
  if (jws === null) return refused(parsed.status);
  // The issuer picks the provider: a token of another issuer is not this provider's to judge.
  const claims = jws.claims;
  const iss = claims.get("iss");
  if (iss !== null && !iss.isString) return refused(Status.PayloadBadJson);
  if (iss === null || iss.stringValue != provider.issuer) return refused(Status.UnknownIssuer);
  if (!provider.allows(jws.alg)) return refused(Status.UnsupportedAlg);
  const nowS = <f64>nowMs / 1000.0;
  const claimsStatus = checkRegisteredClaims(provider, claims, nowS);
  if (claimsStatus != Status.Ok) return refused(claimsStatus);

  let status: Status;
  const inline = provider.inlineKeys;
  if (inline !== null) {
    status = verifyWithKeys(inline, jws);
  } else {
    const state = remote.ensure(provider.index, nowMs, fetcher);
    if (state == KeysState.Pending) return PENDING;
    if (state == KeysState.Failed) return refused(Status.JwksFetchFailed);
    status = verifyWithKeys(remote.slot(provider.index)!.keys!, jws);
    if (status == Status.NoMatchingKey && jws.kid !== null) {
      // Possibly a rotated key the IdP published after our last fetch.
      const again = remote.refetchForUnknownKid(provider.index, nowMs, fetcher);
      if (again == KeysState.Pending) return PENDING;
      if (again == KeysState.Ready) status = verifyWithKeys(remote.slot(provider.index)!.keys!, jws);
    }
  }
  if (status != Status.Ok) return refused(status);
  if (!claimsMatch(claims, provider.requiredClaims)) return refused(Status.ClaimMismatch);

  const exp = claims.get("exp");
  const expiresAtMs = exp !== null ? <i64>(exp.numberValue * 1000.0) : nowMs + NO_EXP_CACHE_MS;
  // The payload segment is kept only when a payload header forwards it.
  let payload = NO_PAYLOAD;
  if (provider.payloadHeaderBytes.byteLength > 0) {
    const n = jws.payloadEnd - jws.payloadStart;
    payload = new ArrayBuffer(n);
    memory.copy(changetype<usize>(payload), ptr + <usize>jws.payloadStart, <usize>n);
  }
  return new Verification(Status.Ok, false, new Verified(claims, payload, subjectOf(claims), expiresAtMs));
}
