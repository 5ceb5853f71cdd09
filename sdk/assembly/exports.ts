// The module's proxy-wasm ABI 0.2.1 exports. A filter's entry file re-exports all of them:
//
//   export * from "../../../sdk/assembly/exports";
//
// (path relative to the entry file). Each one forwards to the dispatcher.

import * as dispatcher from "./dispatcher";
import { allocateForHost } from "./memory";
import "./abort";

export function proxy_abi_version_0_2_1(): void {}

export function proxy_on_memory_allocate(size: usize): usize {
  return allocateForHost(size);
}

/** Older hosts (and Envoy, which looks for it first) allocate through malloc. */
export function malloc(size: usize): usize {
  return allocateForHost(size);
}

export function proxy_on_context_create(contextId: u32, parentContextId: u32): void {
  dispatcher.onContextCreate(contextId, parentContextId);
}

export function proxy_on_vm_start(rootContextId: u32, vmConfigurationSize: usize): bool {
  return dispatcher.onVmStart(rootContextId, vmConfigurationSize);
}

export function proxy_on_configure(rootContextId: u32, pluginConfigurationSize: usize): bool {
  return dispatcher.onConfigure(rootContextId, pluginConfigurationSize);
}

export function proxy_on_tick(rootContextId: u32): void {
  dispatcher.onTick(rootContextId);
}

export function proxy_on_queue_ready(rootContextId: u32, queueId: u32): void {
  dispatcher.onQueueReady(rootContextId, queueId);
}

export function proxy_on_foreign_function(rootContextId: u32, functionId: u32, argumentsSize: usize): void {
  dispatcher.onForeignFunction(rootContextId, functionId, argumentsSize);
}

export function proxy_on_request_headers(contextId: u32, numHeaders: u32, endOfStream: bool): u32 {
  return <u32>dispatcher.onRequestHeaders(contextId, numHeaders, endOfStream);
}

export function proxy_on_request_body(contextId: u32, bodySize: u32, endOfStream: bool): u32 {
  return <u32>dispatcher.onRequestBody(contextId, bodySize, endOfStream);
}

export function proxy_on_request_trailers(contextId: u32, numTrailers: u32): u32 {
  return <u32>dispatcher.onRequestTrailers(contextId, numTrailers);
}

export function proxy_on_response_headers(contextId: u32, numHeaders: u32, endOfStream: bool): u32 {
  return <u32>dispatcher.onResponseHeaders(contextId, numHeaders, endOfStream);
}

export function proxy_on_response_body(contextId: u32, bodySize: u32, endOfStream: bool): u32 {
  return <u32>dispatcher.onResponseBody(contextId, bodySize, endOfStream);
}

export function proxy_on_response_trailers(contextId: u32, numTrailers: u32): u32 {
  return <u32>dispatcher.onResponseTrailers(contextId, numTrailers);
}

export function proxy_on_http_call_response(contextId: u32, token: u32, numHeaders: u32, bodySize: u32, numTrailers: u32): void {
  dispatcher.onHttpCallResponse(contextId, token, numHeaders, bodySize, numTrailers);
}

export function proxy_on_grpc_receive_initial_metadata(contextId: u32, token: u32, numElements: u32): void {
  dispatcher.onGrpcReceiveInitialMetadata(contextId, token, numElements);
}

export function proxy_on_grpc_receive(contextId: u32, token: u32, messageSize: u32): void {
  dispatcher.onGrpcReceive(contextId, token, messageSize);
}

export function proxy_on_grpc_receive_trailing_metadata(contextId: u32, token: u32, numElements: u32): void {
  dispatcher.onGrpcReceiveTrailingMetadata(contextId, token, numElements);
}

export function proxy_on_grpc_close(contextId: u32, token: u32, statusCode: u32): void {
  dispatcher.onGrpcClose(contextId, token, statusCode);
}

export function proxy_on_done(contextId: u32): bool {
  return dispatcher.onDone(contextId);
}

export function proxy_on_log(contextId: u32): void {
  dispatcher.onLog(contextId);
}

export function proxy_on_delete(contextId: u32): void {
  dispatcher.onDelete(contextId);
}
