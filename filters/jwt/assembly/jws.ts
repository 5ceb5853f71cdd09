// Compact JWS (RFC 7515 §7.1) → header, claims, signing input and signature. Only the compact
// form exists here; every part is strict base64url; header and payload are bounded JSON
// objects. Nothing is trusted yet: the caller verifies the signature before using claims.

import { JsonLimits, JsonValue, parseJson } from "../../../sdk/assembly/json";
import { base64urlDecodeRange } from "../../../sdk/assembly/encoding/base64url";
import { Alg, algByName } from "./algorithms";
import { Status } from "./status";

export const MAX_TOKEN_BYTES = 16384;
const HEADER_LIMITS = new JsonLimits(4, 4096);
const PAYLOAD_LIMITS = new JsonLimits(16, MAX_TOKEN_BYTES);
/** Longest signature we verify (RSA-4096). */
const MAX_SIGNATURE_BYTES = 512;

export class Jws {
  constructor(
    public readonly alg: Alg,
    /** null when the header has no kid. */
    public readonly kid: string | null,
    public readonly claims: JsonValue,
    /** ASCII(header "." payload): what the signature covers. A view on a buffer reused by the next parse. */
    public readonly signingInput: Uint8Array,
    public readonly signature: Uint8Array,
    /** Where the payload segment (base64url, as sent) is in the token: [payloadStart, payloadEnd). */
    public readonly payloadStart: i32,
    public readonly payloadEnd: i32,
  ) {}
}

export class JwsResult {
  constructor(public readonly jws: Jws | null, public readonly status: Status) {}
}

function failure(status: Status): JwsResult {
  return new JwsResult(null, status);
}

/** True when the `length` bytes at `ptr` have the shape of a compact JWS: three non-empty base64url-alphabet parts. */
export function looksLikeJws(ptr: usize, length: i32): bool {
  let dots = 0;
  let partLength = 0;
  for (let i = 0; i < length; i++) {
    const c = <i32>load<u8>(ptr + i);
    if (c == 0x2e) {
      if (partLength == 0) return false;
      dots++;
      partLength = 0;
      continue;
    }
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x2d || c == 0x5f;
    if (!ok) return false;
    partLength++;
  }
  return dots == 2 && partLength > 0;
}

/**
 * The JOSE header read from the last token whose header segment differed from the one before:
 * reading a header is a function of its segment's bytes, so a token with the same segment
 * (byte for byte) has the same alg and kid without decoding or parsing it again.
 */
class HeaderMemo {
  /** The segment (base64url) the fields below were read from; empty: nothing remembered. */
  private segment: ArrayBuffer = new ArrayBuffer(0);
  alg: Alg = Alg.Unknown;
  kid: string | null = null;

  isSegment(ptr: usize, length: i32): bool {
    const segment = this.segment;
    return length > 0 && segment.byteLength == length && memory.compare(changetype<usize>(segment), ptr, <usize>length) == 0;
  }

  forget(): void {
    this.segment = new ArrayBuffer(0);
  }

  /** Keeps the segment the current alg/kid were read from (short ones only: headers are small). */
  remember(ptr: usize, length: i32): void {
    if (length > MAX_REMEMBERED_HEADER) return;
    const segment = new ArrayBuffer(length);
    memory.copy(changetype<usize>(segment), ptr, <usize>length);
    this.segment = segment;
  }
}

const MAX_REMEMBERED_HEADER = 1024;
const lastHeader = new HeaderMemo();

/** Reads the decoded JOSE header into lastHeader's alg and kid; Ok, or why the token is refused. */
function readHeader(headerBytes: Uint8Array): Status {
  // Forget the previous header first: a refused header must not leave its segment remembered.
  lastHeader.forget();
  const header = parseJson(headerBytes.buffer, HEADER_LIMITS).value;
  if (header === null || !header.isObject) return Status.HeaderBadJson;
  const algValue = header.get("alg");
  if (algValue === null || !algValue.isString) return Status.UnsupportedAlg;
  const alg = algByName(algValue.stringValue);
  if (alg == Alg.Unknown) return Status.UnsupportedAlg;
  if (header.has("crit")) return Status.UnknownCrit;
  let kid: string | null = null;
  const kidValue = header.get("kid");
  if (kidValue !== null) {
    if (!kidValue.isString) return Status.HeaderBadJson;
    kid = kidValue.stringValue;
  }
  lastHeader.alg = alg;
  lastHeader.kid = kid;
  return Status.Ok;
}

// The token is copied here to be decoded (the caller's bytes may be a header snapshot's);
// reused by every parse: wasm runs one callback at a time and a Jws is used before the next.
let tokenCopy = new Uint8Array(1024);

/**
 * Parses the compact JWS in the `length` bytes at `ptr` (UTF-8). `crit` is refused outright:
 * we implement no extension, so any critical parameter is one we do not understand
 * (RFC 7515 §4.1.11).
 */
export function parseJws(ptr: usize, length: i32): JwsResult {
  if (length > MAX_TOKEN_BYTES || !looksLikeJws(ptr, length)) return failure(Status.BadFormat);
  if (tokenCopy.length < length) tokenCopy = new Uint8Array(max(length, tokenCopy.length << 1));
  const bytes = tokenCopy;
  memory.copy(bytes.dataStart, ptr, <usize>length);
  // Exactly two dots, neither first nor last (looksLikeJws).
  let firstDot = 1;
  while (load<u8>(ptr + firstDot) != 0x2e) firstDot++;
  let secondDot = firstDot + 2;
  while (load<u8>(ptr + secondDot) != 0x2e) secondDot++;

  // An issuer's tokens mostly share one header segment: the last one read is remembered.
  const sameHeader = lastHeader.isSegment(ptr, firstDot);
  const headerBytes: Uint8Array | null = sameHeader ? null : base64urlDecodeRange(bytes, 0, firstDot);
  const payloadBytes = base64urlDecodeRange(bytes, firstDot + 1, secondDot);
  const signature = base64urlDecodeRange(bytes, secondDot + 1, length);
  if ((!sameHeader && headerBytes === null) || payloadBytes === null || signature === null) return failure(Status.BadFormat);
  if (signature.length > MAX_SIGNATURE_BYTES) return failure(Status.BadFormat);

  if (!sameHeader) {
    const status = readHeader(headerBytes!);
    if (status != Status.Ok) return failure(status);
    lastHeader.remember(ptr, firstDot);
  }
  const alg = lastHeader.alg;
  const kid = lastHeader.kid;

  const claims = parseJson(payloadBytes.buffer, PAYLOAD_LIMITS).value;
  if (claims === null || !claims.isObject) return failure(Status.PayloadBadJson);

  const signingInput = bytes.subarray(0, secondDot);
  return new JwsResult(new Jws(alg, kid, claims, signingInput, signature, firstDot + 1, secondDot), Status.Ok);
}
