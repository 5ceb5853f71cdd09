// Opt-in export: HttpContext.onRequestTrailers (next to exports/core.ts).

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.RequestTrailers);

export function proxy_on_request_trailers(contextId: u32, numTrailers: u32): u32 {
  enterGuest();
  const result = <u32>dispatcher.onRequestTrailers(contextId, numTrailers);
  leaveGuest();
  return result;
}
