// Opt-in export: HttpContext.onResponseBody (next to exports/core.ts).

import * as dispatcher from "../dispatcher";

export function proxy_on_response_body(contextId: u32, bodySize: u32, endOfStream: bool): u32 {
  return <u32>dispatcher.onResponseBody(contextId, bodySize, endOfStream);
}
