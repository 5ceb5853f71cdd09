// Opt-in export: HttpContext.onResponseHeaders (next to exports/core.ts).

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.ResponseHeaders);

export function proxy_on_response_headers(contextId: u32, numHeaders: u32, endOfStream: bool): u32 {
  enterGuest();
  const result = <u32>dispatcher.onResponseHeaders(contextId, numHeaders, endOfStream);
  leaveGuest();
  return result;
}
