// Opt-in export: Context.onLog, called once per stream after onDone (next to exports/core.ts).

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.Log);

export function proxy_on_log(contextId: u32): void {
  enterGuest();
  dispatcher.onLog(contextId);
  leaveGuest();
}
