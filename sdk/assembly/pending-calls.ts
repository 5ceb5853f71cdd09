// Outstanding HTTP callouts: token -> (context that started it, optional callback). Entries
// leave the table when the response arrives or when their context is deleted.

import { Context, HttpCallCallback } from "./context";

export class PendingCall {
  constructor(public readonly context: Context, public readonly callback: HttpCallCallback | null) {}
}

const pending = new Map<u32, PendingCall>();

export function registerPendingCall(token: u32, context: Context, callback: HttpCallCallback | null): void {
  pending.set(token, new PendingCall(context, callback));
}

/** Removes and returns the call for `token`, or null if unknown (already answered or dropped). */
export function takePendingCall(token: u32): PendingCall | null {
  if (!pending.has(token)) return null;
  const call = pending.get(token);
  pending.delete(token);
  return call;
}

/** Forgets every call started by `contextId`: its responses have nobody to go to. */
export function dropPendingCallsOf(contextId: u32): void {
  if (pending.size == 0) return;
  const tokens = pending.keys();
  for (let i = 0; i < tokens.length; i++) {
    const token = unchecked(tokens[i]);
    if (pending.get(token).context.id == contextId) pending.delete(token);
  }
}
