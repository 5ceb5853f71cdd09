// Unary gRPC callouts for filter authors: start a call on a context (root or stream), get the
// answer in a callback. Envoy answers a unary call with exactly one event on the calling
// context: proxy_on_grpc_receive (success, message in GrpcReceiveBuffer) or proxy_on_grpc_close
// (failure, with a gRPC status); the dispatcher hands both to deliverGrpc* below.

import * as abi from "./abi/imports";
import { HeaderPair, serializeHeaderMap } from "./abi/header-map";
import { BufferType, WasmResult } from "./abi/types";
import { Context } from "./context";
import { ProtoWriter } from "./encoding/protobuf";
import * as host from "./hostcalls";

/** gRPC status codes (https://grpc.github.io/grpc/core/md_doc_statuscodes.html) we name. */
export enum GrpcStatus {
  Ok = 0,
  Cancelled = 1,
  DeadlineExceeded = 4,
  Unavailable = 14,
}

/** The outcome of a unary call, valid only during the callback. */
export class GrpcResponse {
  constructor(
    public readonly token: u32,
    /** 0 (OK) when a message arrived, else the gRPC status of the failure. */
    public readonly status: u32,
    public readonly messageSize: u32,
    /** The failure's message (e.g. "upstream request timeout"); empty on success. */
    public readonly statusMessage: string,
  ) {}

  get ok(): bool {
    return this.status == GrpcStatus.Ok;
  }

  /** The response message bytes (empty on failure). */
  message(): ArrayBuffer {
    if (this.messageSize == 0) return new ArrayBuffer(0);
    const got = host.getBufferBytes(BufferType.GrpcReceiveBuffer, 0, this.messageSize);
    const bytes = got.value;
    return got.result == WasmResult.Ok && bytes !== null ? bytes : new ArrayBuffer(0);
  }
}

/** Receives a call's outcome with the context that started it (no captured variables). */
export type GrpcCallback = (context: Context, response: GrpcResponse) => void;

/** Outcome of starting a call: the host token when `result` is Ok. */
export class GrpcCallStart {
  constructor(public readonly result: WasmResult, public readonly token: u32) {}
  get ok(): bool {
    return this.result == WasmResult.Ok;
  }
}

class PendingGrpcCall {
  constructor(public readonly context: Context, public readonly callback: GrpcCallback) {}
}

const pending = new Map<u32, PendingGrpcCall>();

// hostcalls.grpcCall takes a cluster name as text; the service argument here is the serialized
// GrpcService, so the raw import is called directly with its own token slot.
const TOKEN_SLOT: usize = memory.data(4);

function rawGrpcCall(grpcService: ArrayBuffer, serviceName: string, method: string, metadata: HeaderPair[], message: ArrayBuffer, timeoutMs: u32): WasmResult {
  const serviceBytes = String.UTF8.encode(serviceName, false);
  const methodBytes = String.UTF8.encode(method, false);
  const metadataBytes = serializeHeaderMap(metadata);
  store<u32>(TOKEN_SLOT, 0);
  return <WasmResult>abi.proxy_grpc_call(
    changetype<usize>(grpcService), <usize>grpcService.byteLength,
    changetype<usize>(serviceBytes), <usize>serviceBytes.byteLength,
    changetype<usize>(methodBytes), <usize>methodBytes.byteLength,
    changetype<usize>(metadataBytes), <usize>metadataBytes.byteLength,
    changetype<usize>(message), <usize>message.byteLength,
    timeoutMs, TOKEN_SLOT,
  );
}

/**
 * The `service` argument of proxy_grpc_call for a cluster: a serialized
 * envoy.config.core.v3.GrpcService { envoy_grpc (1) { cluster_name (1) } }. Envoy parses the
 * argument as this message first and only falls back to a bare cluster name when parsing fails,
 * so a bare name that happens to parse would be misread; callers build this once and keep it.
 */
export function grpcServiceForCluster(cluster: string): ArrayBuffer {
  const writer = new ProtoWriter(cluster.length + 8);
  writer.begin(1).stringField(1, cluster).end();
  return writer.finish();
}

/**
 * Calls `serviceName`/`method` (e.g. "envoy.service.ratelimit.v3.RateLimitService",
 * "ShouldRateLimit") on the cluster `grpcService` names, as `context`: the answer goes to
 * `callback` on that context. Starting a call on the root context from a stream callback (so
 * the call outlives the stream) needs `returnTo` = the stream's id: the host's effective context
 * is switched to `context` for the call and back to `returnTo` afterwards.
 */
export function grpcCall(
  context: Context, grpcService: ArrayBuffer, serviceName: string, method: string, metadata: HeaderPair[],
  message: ArrayBuffer, timeoutMs: u32, callback: GrpcCallback, returnTo: u32 = 0,
): GrpcCallStart {
  if (returnTo != 0 && returnTo != context.id) host.setEffectiveContext(context.id);
  const result = rawGrpcCall(grpcService, serviceName, method, metadata, message, timeoutMs);
  const token = result == WasmResult.Ok ? load<u32>(TOKEN_SLOT) : 0;
  if (returnTo != 0 && returnTo != context.id) host.setEffectiveContext(returnTo);
  if (token != 0) pending.set(token, new PendingGrpcCall(context, callback));
  // A host that reports Ok without a token gave us nothing to wait for.
  return new GrpcCallStart(result == WasmResult.Ok && token == 0 ? WasmResult.InternalFailure : result, token);
}

/** Cancels a call: no callback will follow. */
export function cancelGrpcCall(token: u32): WasmResult {
  if (pending.has(token)) pending.delete(token);
  return host.grpcCancel(token);
}

// ---- dispatcher hooks: each returns false when the token is not one of ours, so the
// dispatcher falls back to the context's own onGrpc* methods.

export function deliverGrpcReceive(token: u32, messageSize: u32): bool {
  if (!pending.has(token)) return false;
  const call = pending.get(token);
  pending.delete(token);
  call.callback(call.context, new GrpcResponse(token, GrpcStatus.Ok, messageSize, ""));
  return true;
}

export function deliverGrpcClose(token: u32, status: u32): bool {
  if (!pending.has(token)) return false;
  const call = pending.get(token);
  pending.delete(token);
  // A close with status OK and no message means the server sent none: a failure for a unary call.
  const reported = host.getStatus();
  const code = status == GrpcStatus.Ok ? <u32>GrpcStatus.Unavailable : status;
  const text = status == GrpcStatus.Ok ? "closed without a response message" : reported.message;
  call.callback(call.context, new GrpcResponse(token, code, 0, text));
  return true;
}

/** Forgets the calls of a deleted context (Envoy cancels them with it). */
export function dropGrpcCallsOf(contextId: u32): void {
  if (pending.size == 0) return;
  const tokens = pending.keys();
  for (let i = 0; i < tokens.length; i++) {
    const token = unchecked(tokens[i]);
    if (pending.get(token).context.id == contextId) pending.delete(token);
  }
}
