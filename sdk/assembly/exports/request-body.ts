// Opt-in export: HttpContext.onRequestBody (next to exports/core.ts).

import * as dispatcher from "../dispatcher";

export function proxy_on_request_body(contextId: u32, bodySize: u32, endOfStream: bool): u32 {
  return <u32>dispatcher.onRequestBody(contextId, bodySize, endOfStream);
}
