// The proxy-wasm ABI 0.2.1 exports every filter needs: the ABI version, memory for the host,
// context lifecycle (create, delete), VM start, configure, tick, queue ready, request
// headers and callout responses. A filter that only looks at request headers exports just
// these:
//
//   export * from "../../../sdk/assembly/exports/core";
//
// and adds the opt-in modules beside it (request-body.ts, request-trailers.ts,
// response-headers.ts, response-body.ts, response-trailers.ts, log.ts, grpc.ts,
// foreign-function.ts, done.ts) for the callbacks it overrides. Envoy (proxy-wasm-cpp-host) looks
// every proxy_on_* export up once at load time and skips a missing one (Continue for stream
// callbacks), so each export left out saves a wasm↔host crossing per stream. A callback an
// author overrides but does not export is never called: see sdk/README.md (Exports).
//
// Why these are core: context_create builds the SDK's context objects (without it every
// stream callback traps: unknown context); on_delete frees them and drops their pending
// callouts (without it the VM leaks one context per stream); the allocator is how the host
// hands buffers in. on_done is opt-in (done.ts): only a context that must outlive its stream
// needs it, and every stream would otherwise pay a call for it.
// Root-only callbacks (vm start, configure, tick, queue ready) cost nothing per stream.

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { allocateForHost } from "../memory";
import "../abort";

export function proxy_abi_version_0_2_1(): void {}

export function proxy_on_memory_allocate(size: usize): usize {
  return allocateForHost(size);
}

/** Older hosts (and Envoy, which looks for it first) allocate through malloc. */
export function malloc(size: usize): usize {
  return allocateForHost(size);
}

export function proxy_on_context_create(contextId: u32, parentContextId: u32): void {
  enterGuest();
  dispatcher.onContextCreate(contextId, parentContextId);
  leaveGuest();
}

export function proxy_on_vm_start(rootContextId: u32, vmConfigurationSize: usize): bool {
  enterGuest();
  const result = dispatcher.onVmStart(rootContextId, vmConfigurationSize);
  leaveGuest();
  return result;
}

export function proxy_on_configure(rootContextId: u32, pluginConfigurationSize: usize): bool {
  enterGuest();
  const result = dispatcher.onConfigure(rootContextId, pluginConfigurationSize);
  leaveGuest();
  return result;
}

export function proxy_on_tick(rootContextId: u32): void {
  enterGuest();
  dispatcher.onTick(rootContextId);
  leaveGuest();
}

export function proxy_on_queue_ready(rootContextId: u32, queueId: u32): void {
  enterGuest();
  dispatcher.onQueueReady(rootContextId, queueId);
  leaveGuest();
}

export function proxy_on_request_headers(contextId: u32, numHeaders: u32, endOfStream: bool): u32 {
  enterGuest();
  const result = <u32>dispatcher.onRequestHeaders(contextId, numHeaders, endOfStream);
  leaveGuest();
  return result;
}

export function proxy_on_http_call_response(contextId: u32, token: u32, numHeaders: u32, bodySize: u32, numTrailers: u32): void {
  enterGuest();
  dispatcher.onHttpCallResponse(contextId, token, numHeaders, bodySize, numTrailers);
  leaveGuest();
}

export function proxy_on_delete(contextId: u32): void {
  enterGuest();
  dispatcher.onDelete(contextId);
  leaveGuest();
}
