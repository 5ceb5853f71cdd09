// Maps the host's context ids to the author's objects and routes every ABI callback to them.
// exports.ts (every callback) and exports/ (core + opt-in modules) expose these as the module's
// proxy_on_* exports.

import { BufferType, FilterDataStatus, FilterHeadersStatus, FilterTrailersStatus, WasmResult } from "./abi/types";
import { Configuration, Context, HttpContext, RootContext } from "./context";
import { HttpCallResponse } from "./http-call";
import { dropPendingCallsOf, takePendingCall } from "./pending-calls";
import { deliverGrpcClose, deliverGrpcReceive, dropGrpcCallsOf } from "./grpc";
import { Log, refreshLogLevel } from "./log";
import { getPropertyAt } from "./properties";
import * as host from "./hostcalls";

/** Builds a plugin's root context for a context id. */
export type RootContextFactory = (id: u32) => RootContext;

const factoryIds = new Array<string>();
const factories = new Array<RootContextFactory>();
const roots = new Map<u32, RootContext>();
const streams = new Map<u32, HttpContext>();

/**
 * Registers the factory for the plugin whose root_id is `rootId`. With a single registration
 * the root_id is not consulted, so a filter that is one plugin can ignore it.
 */
export function registerRootContext(factory: RootContextFactory, rootId: string = ""): void {
  for (let i = 0; i < factoryIds.length; i++) {
    if (unchecked(factoryIds[i]) == rootId) {
      unchecked((factories[i] = factory));
      return;
    }
  }
  factoryIds.push(rootId);
  factories.push(factory);
}

/** Root context used when no factory matches the plugin's root_id: it refuses to start. */
class UnregisteredRoot extends RootContext {
  constructor(id: u32, private readonly rootId: string) {
    super(id);
  }
  onVmStart(configuration: Configuration): bool {
    Log.error("no root context registered for root_id \"" + this.rootId + "\"");
    return false;
  }
  onConfigure(configuration: Configuration): bool {
    Log.error("no root context registered for root_id \"" + this.rootId + "\"");
    return false;
  }
}

function createRoot(id: u32): RootContext {
  if (factories.length == 1) return unchecked(factories[0])(id);
  const property = getPropertyAt(["plugin_root_id"]);
  const rootId = property === null ? "" : property;
  for (let i = 0; i < factoryIds.length; i++) {
    if (unchecked(factoryIds[i]) == rootId) return unchecked(factories[i])(id);
  }
  return new UnregisteredRoot(id, rootId);
}

function rootOf(id: u32): RootContext {
  if (!roots.has(id)) abort("proxy-wasm host referred to unknown root context");
  return roots.get(id);
}

// The stream of the latest lookup: Envoy creates a stream's context and calls its request
// headers back to back, and a filter that only reads request headers sees each stream twice
// (headers, delete), so most lookups are answered here without hashing. Cleared on delete.
let recentStream: HttpContext | null = null;

/** The stream `id` if it was the latest one looked up or created. */
function recent(id: u32): HttpContext | null {
  const stream = recentStream;
  return stream !== null && stream.id == id ? stream : null;
}

function streamOf(id: u32): HttpContext {
  const hit = recent(id);
  if (hit !== null) return hit;
  // A callback for a stream we never created means the host and guest disagree: trap so the
  // host fails the stream closed instead of letting it through unfiltered.
  if (!streams.has(id)) abort("proxy-wasm host referred to unknown http context");
  const stream = streams.get(id);
  recentStream = stream;
  return stream;
}

function contextOf(id: u32): Context | null {
  const hit = recent(id);
  if (hit !== null) return hit;
  if (streams.has(id)) return streams.get(id);
  if (roots.has(id)) return roots.get(id);
  return null;
}

function readConfiguration(type: BufferType, size: usize): Configuration {
  if (size == 0) return new Configuration(new ArrayBuffer(0));
  const got = host.getBufferBytes(type, 0, size);
  const bytes = got.value;
  return new Configuration(got.result == WasmResult.Ok && bytes !== null ? bytes : new ArrayBuffer(0));
}

export function onContextCreate(id: u32, parentId: u32): void {
  if (parentId == 0) {
    roots.set(id, createRoot(id));
    return;
  }
  const stream = rootOf(parentId).createHttpContext(id);
  streams.set(id, stream);
  recentStream = stream;
}

export function onVmStart(rootId: u32, configurationSize: usize): bool {
  refreshLogLevel();
  return rootOf(rootId).onVmStart(readConfiguration(BufferType.VmConfiguration, configurationSize));
}

export function onConfigure(rootId: u32, configurationSize: usize): bool {
  refreshLogLevel();
  return rootOf(rootId).onConfigure(readConfiguration(BufferType.PluginConfiguration, configurationSize));
}

export function onTick(rootId: u32): void {
  refreshLogLevel();
  rootOf(rootId).onTick();
}

export function onQueueReady(rootId: u32, queueId: u32): void {
  rootOf(rootId).onQueueReady(queueId);
}

export function onForeignFunction(rootId: u32, functionId: u32, argumentsSize: usize): void {
  const args = readConfiguration(BufferType.CallData, argumentsSize);
  rootOf(rootId).onForeignFunction(functionId, args.bytes);
}

export function onRequestHeaders(id: u32, numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
  return streamOf(id).onRequestHeaders(numHeaders, endOfStream);
}
export function onRequestBody(id: u32, bodySize: u32, endOfStream: bool): FilterDataStatus {
  return streamOf(id).onRequestBody(bodySize, endOfStream);
}
export function onRequestTrailers(id: u32, numTrailers: u32): FilterTrailersStatus {
  return streamOf(id).onRequestTrailers(numTrailers);
}
export function onResponseHeaders(id: u32, numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
  return streamOf(id).onResponseHeaders(numHeaders, endOfStream);
}
export function onResponseBody(id: u32, bodySize: u32, endOfStream: bool): FilterDataStatus {
  return streamOf(id).onResponseBody(bodySize, endOfStream);
}
export function onResponseTrailers(id: u32, numTrailers: u32): FilterTrailersStatus {
  return streamOf(id).onResponseTrailers(numTrailers);
}

export function onHttpCallResponse(contextId: u32, token: u32, numHeaders: u32, bodySize: u32, numTrailers: u32): void {
  const call = takePendingCall(token);
  if (call === null) return; // its context is gone, or the host repeated a token
  const context = call.context;
  // Envoy reports on the context that made the call, but other hosts use the root context: make
  // the caller effective so the callback can touch its stream's headers and resume it.
  if (context.id != contextId) host.setEffectiveContext(context.id);
  const response = new HttpCallResponse(token, numHeaders, bodySize, numTrailers);
  const callback = call.callback;
  if (callback !== null) callback(context, response);
  else context.onHttpCallResponse(response);
}

// gRPC events go to the context that started the call (root or stream); events for a context
// that is already gone are dropped.
export function onGrpcReceiveInitialMetadata(contextId: u32, token: u32, numElements: u32): void {
  const context = contextOf(contextId);
  if (context !== null) context.onGrpcReceiveInitialMetadata(token, numElements);
}
export function onGrpcReceive(contextId: u32, token: u32, messageSize: u32): void {
  if (deliverGrpcReceive(token, messageSize)) return; // a call started through grpc.ts
  const context = contextOf(contextId);
  if (context !== null) context.onGrpcReceive(token, messageSize);
}
export function onGrpcReceiveTrailingMetadata(contextId: u32, token: u32, numElements: u32): void {
  const context = contextOf(contextId);
  if (context !== null) context.onGrpcReceiveTrailingMetadata(token, numElements);
}
export function onGrpcClose(contextId: u32, token: u32, statusCode: u32): void {
  if (deliverGrpcClose(token, statusCode)) return;
  const context = contextOf(contextId);
  if (context !== null) context.onGrpcClose(token, statusCode);
}

export function onDone(id: u32): bool {
  const context = contextOf(id);
  return context === null ? true : context.onDone();
}

export function onLog(id: u32): void {
  const context = contextOf(id);
  if (context !== null) context.onLog();
}

export function onDelete(id: u32): void {
  const context = contextOf(id);
  if (context === null) return;
  context.onDelete();
  dropPendingCallsOf(id);
  dropGrpcCallsOf(id);
  if (recentStream === context) recentStream = null;
  if (!streams.delete(id)) roots.delete(id);
}
