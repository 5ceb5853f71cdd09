// proxy_on_done, for a context that must outlive its stream (or a root its VM's shutdown):
// RootContext/HttpContext.onDone() returning false, then done() when finished. Without this
// export the host treats every context as done at once (Envoy: ContextBase::onDone returns
// true when the module has no proxy_on_done), which saves a call into the module per stream;
// a context's pending callouts are cancelled by the host when it is destroyed either way.

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.Done);

export function proxy_on_done(contextId: u32): bool {
  enterGuest();
  const result = dispatcher.onDone(contextId);
  leaveGuest();
  return result;
}
