// Opt-in export: HttpContext.onResponseBody (next to exports/core.ts).

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.ResponseBody);

export function proxy_on_response_body(contextId: u32, bodySize: u32, endOfStream: bool): u32 {
  enterGuest();
  const result = <u32>dispatcher.onResponseBody(contextId, bodySize, endOfStream);
  leaveGuest();
  return result;
}
