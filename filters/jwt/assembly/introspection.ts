// OAuth 2.0 token introspection (RFC 7662): the request for an opaque token and the reading
// of the answer. The callout itself belongs to the stream that needs the answer.

import { HeaderPair, HttpCallResponse } from "../../../sdk/assembly/index";
import { JsonLimits, JsonValue, parseJson } from "../../../sdk/assembly/json";
import { formEncode } from "./form";
import { Introspector } from "./providers";
import { Status } from "./status";

const MAX_RESPONSE_BYTES = 64 * 1024;
const RESPONSE_LIMITS = new JsonLimits(16, MAX_RESPONSE_BYTES);

export function introspectionHeaders(p: Introspector): HeaderPair[] {
  return [
    new HeaderPair(":method", "POST"),
    new HeaderPair(":path", p.path),
    new HeaderPair(":authority", p.authority),
    new HeaderPair("content-type", "application/x-www-form-urlencoded"),
    new HeaderPair("accept", "application/json"),
    new HeaderPair("authorization", p.authorization),
  ];
}

export function introspectionBody(token: string): ArrayBuffer {
  return String.UTF8.encode("token=" + formEncode(token) + "&token_type_hint=access_token", false);
}

/** What the endpoint said: Ok with the response's claims, or why the token is refused. */
export class Introspected {
  constructor(
    public readonly status: Status,
    public readonly claims: JsonValue | null,
    /** The token's exp in ms, or -1 when it has none. */
    public readonly expMs: i64,
  ) {}
}

/**
 * Reads the response. A failed or non-200 call, an oversized or malformed body is
 * IntrospectionFailed; `active` not true, or an exp already past, is VerificationFailed.
 */
export function readIntrospection(response: HttpCallResponse, nowMs: i64): Introspected {
  if (response.failed || response.status() != 200 || response.bodySize > <u32>MAX_RESPONSE_BYTES) {
    return new Introspected(Status.IntrospectionFailed, null, -1);
  }
  const doc = parseJson(response.body(), RESPONSE_LIMITS).value;
  if (doc === null || !doc.isObject) return new Introspected(Status.IntrospectionFailed, null, -1);
  const active = doc.get("active");
  if (active === null || !active.isBool) return new Introspected(Status.IntrospectionFailed, null, -1);
  if (!active.boolValue) return new Introspected(Status.VerificationFailed, null, -1);
  let expMs: i64 = -1;
  const exp = doc.get("exp");
  if (exp !== null) {
    if (!exp.isNumber) return new Introspected(Status.IntrospectionFailed, null, -1);
    expMs = <i64>(exp.numberValue * 1000.0);
    if (expMs <= nowMs) return new Introspected(Status.Expired, null, -1);
  }
  return new Introspected(Status.Ok, doc, expMs);
}
