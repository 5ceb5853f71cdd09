// Local replies: RFC 6750 challenges and RFC 9457 problem documents carrying the exact status
// description, never anything about keys or the token beyond that.

import { HeaderPair, sendLocalReply } from "../../../sdk/assembly/index";
import { Status, describe, httpStatus, snakeName } from "./status";

const PROBLEM_JSON = "application/problem+json";
const REALM = "portcullis";

function jsonString(s: string): string {
  // Descriptions are fixed ASCII text with no quote or backslash; kept general anyway.
  return "\"" + s.replaceAll("\\", "\\\\").replaceAll("\"", "\\\"") + "\"";
}

function problem(status: u32, title: string, detail: string): string {
  return "{\"type\":\"about:blank\",\"title\":" + jsonString(title) + ",\"status\":" + status.toString() + ",\"detail\":" + jsonString(detail) + "}";
}

/** `Bearer realm=...` alone when nothing was presented (RFC 6750 §3.1), else with error attributes. */
export function challenge(status: Status): string {
  if (status == Status.Missing) return "Bearer realm=\"" + REALM + "\"";
  const error = httpStatus(status) == 403 ? "insufficient_scope" : "invalid_token";
  return "Bearer realm=\"" + REALM + "\", error=\"" + error + "\", error_description=\"" + describe(status) + "\"";
}

export function deny(status: Status): void {
  const code = httpStatus(status);
  const body = problem(code, code == 403 ? "Forbidden" : "Unauthorized", describe(status));
  const headers: HeaderPair[] = [new HeaderPair("content-type", PROBLEM_JSON), new HeaderPair("www-authenticate", challenge(status))];
  sendLocalReply(code, body, headers, "portcullis_jwt_" + snakeName(status));
}

/** Fail-closed reply for a stream that reached an unconfigured filter. */
export function unconfigured(): void {
  sendLocalReply(500, problem(500, "Internal Server Error", "The request could not be authenticated."), [new HeaderPair("content-type", PROBLEM_JSON)], "portcullis_jwt_unconfigured");
}
