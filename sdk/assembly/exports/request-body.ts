// Opt-in export: HttpContext.onRequestBody (next to exports/core.ts).

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.RequestBody);

export function proxy_on_request_body(contextId: u32, bodySize: u32, endOfStream: bool): u32 {
  enterGuest();
  const result = <u32>dispatcher.onRequestBody(contextId, bodySize, endOfStream);
  leaveGuest();
  return result;
}
