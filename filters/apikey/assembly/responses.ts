// The filter's local replies: RFC 9457 problem documents whose wording reveals nothing an
// attacker could use (an unknown key and a key for the wrong client get the same 403).

import { HeaderPair, sendLocalReply } from "../../../sdk/assembly/index";

export const DETAILS_MISSING = "portcullis_apikey_missing";
export const DETAILS_DENIED = "portcullis_apikey_denied";
export const DETAILS_UNCONFIGURED = "portcullis_apikey_unconfigured";

const PROBLEM_JSON = "application/problem+json";

function problem(status: i32, title: string, detail: string): string {
  return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.toString() + ",\"detail\":\"" + detail + "\"}";
}

/** Replies prepared once per configuration (the realm is part of the 401). */
export class Responses {
  private readonly unauthorizedBody: string = problem(401, "Unauthorized", "A valid API key is required.");
  private readonly forbiddenBody: string = problem(403, "Forbidden", "The API key does not grant access to this resource.");
  private readonly unauthorizedHeaders: HeaderPair[];
  private readonly forbiddenHeaders: HeaderPair[] = [new HeaderPair("content-type", PROBLEM_JSON)];

  constructor(realm: string) {
    this.unauthorizedHeaders = [
      new HeaderPair("content-type", PROBLEM_JSON),
      new HeaderPair("www-authenticate", "ApiKey realm=\"" + realm + "\""),
    ];
  }

  missing(): void {
    sendLocalReply(401, this.unauthorizedBody, this.unauthorizedHeaders, DETAILS_MISSING);
  }

  denied(): void {
    sendLocalReply(403, this.forbiddenBody, this.forbiddenHeaders, DETAILS_DENIED);
  }
}

/** Fail-closed reply for a stream that reached an unconfigured filter. */
export function unconfigured(): void {
  sendLocalReply(500, problem(500, "Internal Server Error", "The request could not be authenticated."), [new HeaderPair("content-type", PROBLEM_JSON)], DETAILS_UNCONFIGURED);
}
