// Opt-in export: Context.onLog, called once per stream after onDone (next to exports/core.ts).

import * as dispatcher from "../dispatcher";

export function proxy_on_log(contextId: u32): void {
  dispatcher.onLog(contextId);
}
