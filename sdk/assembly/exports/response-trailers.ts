// Opt-in export: HttpContext.onResponseTrailers (next to exports/core.ts).

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.ResponseTrailers);

export function proxy_on_response_trailers(contextId: u32, numTrailers: u32): u32 {
  enterGuest();
  const result = <u32>dispatcher.onResponseTrailers(contextId, numTrailers);
  leaveGuest();
  return result;
}
