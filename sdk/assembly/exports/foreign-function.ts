// Opt-in export: RootContext.onForeignFunction (next to exports/core.ts).

import * as dispatcher from "../dispatcher";

export function proxy_on_foreign_function(rootContextId: u32, functionId: u32, argumentsSize: usize): void {
  dispatcher.onForeignFunction(rootContextId, functionId, argumentsSize);
}
