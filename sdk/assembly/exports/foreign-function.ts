// Opt-in export: RootContext.onForeignFunction (next to exports/core.ts).

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.ForeignFunction);

export function proxy_on_foreign_function(rootContextId: u32, functionId: u32, argumentsSize: usize): void {
  enterGuest();
  dispatcher.onForeignFunction(rootContextId, functionId, argumentsSize);
  leaveGuest();
}
