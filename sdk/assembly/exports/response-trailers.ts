// Opt-in export: HttpContext.onResponseTrailers (next to exports/core.ts).

import * as dispatcher from "../dispatcher";

export function proxy_on_response_trailers(contextId: u32, numTrailers: u32): u32 {
  return <u32>dispatcher.onResponseTrailers(contextId, numTrailers);
}
