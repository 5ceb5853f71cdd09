// The outcome of checking a request, with jwt_authn's exact wording. Each status has one
// description (sent to the client as error_description and problem detail), one snake name
// (metric `portcullis.jwt.denied.<snake>` and local-reply details `portcullis_jwt_<snake>`,
// derived mechanically from the description) and one HTTP status.

export enum Status {
  Ok,
  Missing,
  Expired,
  NotYetValid,
  AudienceNotAllowed,
  UnknownIssuer,
  NoMatchingKey,
  VerificationFailed,
  BadFormat,
  HeaderBadJson,
  PayloadBadJson,
  UnsupportedAlg,
  LifetimeTooLong,
  UnknownCrit,
  JwksFetchFailed,
  ClaimMismatch,
  InsufficientScope,
  PeerNotAllowed,
  InvalidHeaderValue,
  IntrospectionFailed,
}

const DESCRIPTIONS: string[] = [
  "",
  "Jwt is missing",
  "Jwt is expired",
  "Jwt not yet valid",
  "Jwt audiences are not allowed",
  "Jwt issuer is not configured",
  "Jwks doesn't have key to match kid or alg from Jwt",
  "Jwt verification fails",
  "Jwt is not in the form of Header.Payload.Signature",
  "Jwt header is an invalid JSON",
  "Jwt payload is an invalid JSON",
  "Jwt header [alg] is not supported",
  "Jwt lifetime is too long",
  "Jwt has a critical header the filter does not understand",
  "Jwks remote fetch failed",
  "Required claim does not match",
  "Insufficient scope",
  "Client certificate is not allowed",
  "Claim value is not a valid header value",
  "Token introspection failed",
];

/** "Jwks doesn't have key..." → "jwks_doesn_t_have_key...": lower case, non-alphanumeric runs → "_". */
function snake(text: string): string {
  const out = new Array<string>();
  let pendingUnderscore = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!alnum) {
      pendingUnderscore = out.length > 0;
      continue;
    }
    if (pendingUnderscore) out.push("_");
    pendingUnderscore = false;
    out.push(String.fromCharCode(c));
  }
  return out.join("");
}

const SNAKES: string[] = DESCRIPTIONS.map<string>((d: string): string => snake(d));

export const STATUS_COUNT: i32 = DESCRIPTIONS.length;

export function describe(status: Status): string {
  return unchecked(DESCRIPTIONS[<i32>status]);
}

export function snakeName(status: Status): string {
  return unchecked(SNAKES[<i32>status]);
}

/** 403 for an authenticated caller lacking a permission; 401 for everything about the credential. */
export function httpStatus(status: Status): u32 {
  return status == Status.InsufficientScope || status == Status.ClaimMismatch || status == Status.PeerNotAllowed ? 403 : 401;
}
