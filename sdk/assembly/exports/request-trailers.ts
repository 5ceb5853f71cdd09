// Opt-in export: HttpContext.onRequestTrailers (next to exports/core.ts).

import * as dispatcher from "../dispatcher";

export function proxy_on_request_trailers(contextId: u32, numTrailers: u32): u32 {
  return <u32>dispatcher.onRequestTrailers(contextId, numTrailers);
}
