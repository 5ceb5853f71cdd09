// Typed wrappers over the raw ABI (abi/imports.ts): they marshal strings and buffers, read
// return slots, and release host allocations. Still one function per host call, with the
// status code surfaced; the author API (index.ts and friends) builds on these.

import * as abi from "./abi/imports";
import { BufferType, LogLevel, MapType, MetricType, StreamType, WasmResult } from "./abi/types";
import { HeaderPair, deserializeHeaderMap, serializeHeaderMap } from "./abi/header-map";
import { HeaderSnapshot } from "./header-snapshot";
import { claimHostBuffer, releaseHostAllocations } from "./memory";
import { utf8 } from "./encoding/utf8";

// Return slots the host writes into. Host calls never re-enter guest code other than the
// allocator, which does not touch these, so one static set is enough.
const RET_PTR: usize = memory.data(4);
const RET_SIZE: usize = memory.data(4);
const RET_EXTRA: usize = memory.data(8, 8);

function ptrOf(buf: ArrayBuffer | null): usize {
  return buf === null ? 0 : changetype<usize>(buf);
}
function sizeOf(buf: ArrayBuffer | null): usize {
  return buf === null ? 0 : <usize>buf.byteLength;
}
function resetSlots(): void {
  store<u32>(RET_PTR, 0);
  store<u32>(RET_SIZE, 0);
  store<u64>(RET_EXTRA, 0);
}
/** Takes the buffer the host returned through RET_PTR/RET_SIZE and releases the call's pins. */
function takeReturnedBuffer(result: u32): ArrayBuffer | null {
  const buf = result == WasmResult.Ok ? claimHostBuffer(<usize>load<u32>(RET_PTR), <usize>load<u32>(RET_SIZE)) : null;
  releaseHostAllocations();
  return buf;
}

/** Outcome of a host call that returns bytes. */
export class BytesResult {
  constructor(public result: WasmResult, public value: ArrayBuffer | null) {}
}

/** Outcome of a host call that returns a number. */
export class NumberResult {
  constructor(public result: WasmResult, public value: u64) {}
}

// ---- logging, clock, timers, lifecycle

export function log(level: LogLevel, message: string): WasmResult {
  const bytes = utf8(message);
  return <WasmResult>abi.proxy_log(<u32>level, changetype<usize>(bytes), <usize>bytes.byteLength);
}

/** The host's log level; Info if the host cannot tell. */
export function getLogLevel(): LogLevel {
  store<u32>(RET_PTR, <u32>LogLevel.Info);
  const result = abi.proxy_get_log_level(RET_PTR);
  const level = load<u32>(RET_PTR);
  if (result != WasmResult.Ok || level > <u32>LogLevel.Critical) return LogLevel.Info;
  return <LogLevel>level;
}

export function getCurrentTimeNanoseconds(): u64 {
  store<u64>(RET_EXTRA, 0);
  abi.proxy_get_current_time_nanoseconds(RET_EXTRA);
  return load<u64>(RET_EXTRA);
}

export function setTickPeriodMilliseconds(periodMs: u32): WasmResult {
  return <WasmResult>abi.proxy_set_tick_period_milliseconds(periodMs);
}

export function done(): WasmResult {
  return <WasmResult>abi.proxy_done();
}

export function setEffectiveContext(contextId: u32): WasmResult {
  return <WasmResult>abi.proxy_set_effective_context(contextId);
}

// ---- buffers

export function getBufferBytes(type: BufferType, start: usize, maxSize: usize): BytesResult {
  resetSlots();
  const result = abi.proxy_get_buffer_bytes(<u32>type, start, maxSize, RET_PTR, RET_SIZE);
  return new BytesResult(<WasmResult>result, takeReturnedBuffer(result));
}

export function setBufferBytes(type: BufferType, start: usize, size: usize, data: ArrayBuffer): WasmResult {
  return <WasmResult>abi.proxy_set_buffer_bytes(<u32>type, start, size, changetype<usize>(data), <usize>data.byteLength);
}

/** Size of a buffer (value), or the failure status. */
export function getBufferStatus(type: BufferType): NumberResult {
  resetSlots();
  const result = abi.proxy_get_buffer_status(<u32>type, RET_SIZE, RET_PTR);
  return new NumberResult(<WasmResult>result, result == WasmResult.Ok ? <u64>load<u32>(RET_SIZE) : 0);
}

// ---- header maps

export function getHeaderMapSize(map: MapType): NumberResult {
  resetSlots();
  const result = abi.proxy_get_header_map_size(<u32>map, RET_SIZE);
  return new NumberResult(<WasmResult>result, <u64>load<u32>(RET_SIZE));
}

/** All pairs of a map; empty when the map is unavailable, null when the host sent garbage. */
export function getHeaderMapPairs(map: MapType): HeaderPair[] | null {
  resetSlots();
  const result = abi.proxy_get_header_map_pairs(<u32>map, RET_PTR, RET_SIZE);
  return deserializeHeaderMap(takeReturnedBuffer(result));
}

/** All pairs of a map as one snapshot (empty when unavailable), null when the host sent garbage. */
export function getHeaderMapSnapshot(map: MapType): HeaderSnapshot | null {
  resetSlots();
  const result = abi.proxy_get_header_map_pairs(<u32>map, RET_PTR, RET_SIZE);
  return HeaderSnapshot.parse(takeReturnedBuffer(result));
}

export function setHeaderMapPairs(map: MapType, pairs: HeaderPair[]): WasmResult {
  const bytes = serializeHeaderMap(pairs);
  return <WasmResult>abi.proxy_set_header_map_pairs(<u32>map, changetype<usize>(bytes), <usize>bytes.byteLength);
}

/** Raw bytes of one header value (the host's first value for the name), or null. */
export function getHeaderMapValueBytes(map: MapType, name: string): ArrayBuffer | null {
  const key = utf8(name);
  resetSlots();
  const result = abi.proxy_get_header_map_value(<u32>map, changetype<usize>(key), <usize>key.byteLength, RET_PTR, RET_SIZE);
  return takeReturnedBuffer(result);
}

export function getHeaderMapValue(map: MapType, name: string): string | null {
  const bytes = getHeaderMapValueBytes(map, name);
  return bytes === null ? null : String.UTF8.decode(bytes, false);
}

export function addHeaderMapValueBytes(map: MapType, name: ArrayBuffer, value: ArrayBuffer): WasmResult {
  return <WasmResult>abi.proxy_add_header_map_value(<u32>map, changetype<usize>(name), <usize>name.byteLength, changetype<usize>(value), <usize>value.byteLength);
}

export function removeHeaderMapValueBytes(map: MapType, name: ArrayBuffer): WasmResult {
  return <WasmResult>abi.proxy_remove_header_map_value(<u32>map, changetype<usize>(name), <usize>name.byteLength);
}

export function replaceHeaderMapValue(map: MapType, name: string, value: string): WasmResult {
  const key = utf8(name);
  const val = utf8(value);
  return <WasmResult>abi.proxy_replace_header_map_value(<u32>map, changetype<usize>(key), <usize>key.byteLength, changetype<usize>(val), <usize>val.byteLength);
}

export function addHeaderMapValue(map: MapType, name: string, value: string): WasmResult {
  return addHeaderMapValueBytes(map, utf8(name), utf8(value));
}

export function removeHeaderMapValue(map: MapType, name: string): WasmResult {
  return removeHeaderMapValueBytes(map, utf8(name));
}

// ---- stream control and local replies

export function continueStream(stream: StreamType): WasmResult {
  return <WasmResult>abi.proxy_continue_stream(<u32>stream);
}

export function closeStream(stream: StreamType): WasmResult {
  return <WasmResult>abi.proxy_close_stream(<u32>stream);
}

export function sendLocalResponse(status: u32, details: string, body: ArrayBuffer | null, headers: HeaderPair[], grpcStatus: i32): WasmResult {
  const detailBytes = utf8(details);
  const headerBytes = serializeHeaderMap(headers);
  return <WasmResult>abi.proxy_send_local_response(
    status,
    changetype<usize>(detailBytes), <usize>detailBytes.byteLength,
    ptrOf(body), sizeOf(body),
    changetype<usize>(headerBytes), <usize>headerBytes.byteLength,
    grpcStatus,
  );
}

/** Status code and message of the HTTP call or gRPC stream being reported. */
export class StatusResult {
  constructor(public result: WasmResult, public code: u32, public message: string) {}
}

export function getStatus(): StatusResult {
  resetSlots();
  const result = abi.proxy_get_status(RET_EXTRA, RET_PTR, RET_SIZE);
  const code = load<u32>(RET_EXTRA);
  const message = takeReturnedBuffer(result);
  return new StatusResult(<WasmResult>result, code, message === null ? "" : String.UTF8.decode(message, false));
}

// ---- HTTP and gRPC callouts

export function httpCall(cluster: string, headers: HeaderPair[], body: ArrayBuffer | null, trailers: HeaderPair[], timeoutMs: u32): NumberResult {
  const upstream = utf8(cluster);
  const headerBytes = serializeHeaderMap(headers);
  const trailerBytes = serializeHeaderMap(trailers);
  resetSlots();
  const result = abi.proxy_http_call(
    changetype<usize>(upstream), <usize>upstream.byteLength,
    changetype<usize>(headerBytes), <usize>headerBytes.byteLength,
    ptrOf(body), sizeOf(body),
    changetype<usize>(trailerBytes), <usize>trailerBytes.byteLength,
    timeoutMs, RET_PTR,
  );
  return new NumberResult(<WasmResult>result, <u64>load<u32>(RET_PTR));
}

export function grpcCall(cluster: string, service: string, method: string, metadata: HeaderPair[], message: ArrayBuffer | null, timeoutMs: u32): NumberResult {
  const upstream = utf8(cluster);
  const serviceBytes = utf8(service);
  const methodBytes = utf8(method);
  const metadataBytes = serializeHeaderMap(metadata);
  resetSlots();
  const result = abi.proxy_grpc_call(
    changetype<usize>(upstream), <usize>upstream.byteLength,
    changetype<usize>(serviceBytes), <usize>serviceBytes.byteLength,
    changetype<usize>(methodBytes), <usize>methodBytes.byteLength,
    changetype<usize>(metadataBytes), <usize>metadataBytes.byteLength,
    ptrOf(message), sizeOf(message),
    timeoutMs, RET_PTR,
  );
  return new NumberResult(<WasmResult>result, <u64>load<u32>(RET_PTR));
}

export function grpcStream(cluster: string, service: string, method: string, metadata: HeaderPair[]): NumberResult {
  const upstream = utf8(cluster);
  const serviceBytes = utf8(service);
  const methodBytes = utf8(method);
  const metadataBytes = serializeHeaderMap(metadata);
  resetSlots();
  const result = abi.proxy_grpc_stream(
    changetype<usize>(upstream), <usize>upstream.byteLength,
    changetype<usize>(serviceBytes), <usize>serviceBytes.byteLength,
    changetype<usize>(methodBytes), <usize>methodBytes.byteLength,
    changetype<usize>(metadataBytes), <usize>metadataBytes.byteLength,
    RET_PTR,
  );
  return new NumberResult(<WasmResult>result, <u64>load<u32>(RET_PTR));
}

export function grpcSend(streamId: u32, message: ArrayBuffer | null, endStream: bool): WasmResult {
  return <WasmResult>abi.proxy_grpc_send(streamId, ptrOf(message), sizeOf(message), endStream ? 1 : 0);
}

export function grpcCancel(id: u32): WasmResult {
  return <WasmResult>abi.proxy_grpc_cancel(id);
}

export function grpcClose(id: u32): WasmResult {
  return <WasmResult>abi.proxy_grpc_close(id);
}

// ---- shared data and queues

/** A shared-data read: value (null if absent) and the CAS token to write it back. */
export class SharedDataResult {
  constructor(public result: WasmResult, public value: ArrayBuffer | null, public cas: u32) {}
}

export function getSharedData(key: string): SharedDataResult {
  const keyBytes = utf8(key);
  return getSharedDataAt(changetype<usize>(keyBytes), <usize>keyBytes.byteLength, new SharedDataResult(WasmResult.Ok, null, 0));
}

/** proxy_get_shared_data for the key's bytes in place, answered into `into` (no allocation of its own). */
export function getSharedDataAt(keyPtr: usize, keyLength: usize, into: SharedDataResult): SharedDataResult {
  resetSlots();
  const result = abi.proxy_get_shared_data(keyPtr, keyLength, RET_PTR, RET_SIZE, RET_EXTRA);
  const cas = load<u32>(RET_EXTRA);
  into.result = <WasmResult>result;
  into.value = takeReturnedBuffer(result);
  into.cas = result == WasmResult.Ok ? cas : 0;
  return into;
}

export function setSharedData(key: string, value: ArrayBuffer | null, cas: u32): WasmResult {
  const keyBytes = utf8(key);
  return setSharedDataAt(changetype<usize>(keyBytes), <usize>keyBytes.byteLength, value, cas);
}

/** proxy_set_shared_data for the key's bytes in place. */
export function setSharedDataAt(keyPtr: usize, keyLength: usize, value: ArrayBuffer | null, cas: u32): WasmResult {
  return <WasmResult>abi.proxy_set_shared_data(keyPtr, keyLength, ptrOf(value), sizeOf(value), cas);
}

export function registerSharedQueue(name: string): NumberResult {
  const nameBytes = utf8(name);
  resetSlots();
  const result = abi.proxy_register_shared_queue(changetype<usize>(nameBytes), <usize>nameBytes.byteLength, RET_PTR);
  return new NumberResult(<WasmResult>result, <u64>load<u32>(RET_PTR));
}

export function resolveSharedQueue(vmId: string, name: string): NumberResult {
  const vmBytes = utf8(vmId);
  const nameBytes = utf8(name);
  resetSlots();
  const result = abi.proxy_resolve_shared_queue(changetype<usize>(vmBytes), <usize>vmBytes.byteLength, changetype<usize>(nameBytes), <usize>nameBytes.byteLength, RET_PTR);
  return new NumberResult(<WasmResult>result, <u64>load<u32>(RET_PTR));
}

export function enqueueSharedQueue(queueId: u32, value: ArrayBuffer | null): WasmResult {
  return <WasmResult>abi.proxy_enqueue_shared_queue(queueId, ptrOf(value), sizeOf(value));
}

export function dequeueSharedQueue(queueId: u32): BytesResult {
  resetSlots();
  const result = abi.proxy_dequeue_shared_queue(queueId, RET_PTR, RET_SIZE);
  const value = takeReturnedBuffer(result);
  // An empty item is a valid item: report it as a zero-length buffer, not as "nothing".
  return new BytesResult(<WasmResult>result, value === null && result == WasmResult.Ok ? new ArrayBuffer(0) : value);
}

// ---- metrics

export function defineMetric(type: MetricType, name: string): NumberResult {
  const nameBytes = utf8(name);
  resetSlots();
  const result = abi.proxy_define_metric(<u32>type, changetype<usize>(nameBytes), <usize>nameBytes.byteLength, RET_PTR);
  return new NumberResult(<WasmResult>result, <u64>load<u32>(RET_PTR));
}

export function incrementMetric(id: u32, delta: i64): WasmResult {
  return <WasmResult>abi.proxy_increment_metric(id, delta);
}

export function recordMetric(id: u32, value: u64): WasmResult {
  return <WasmResult>abi.proxy_record_metric(id, value);
}

export function getMetric(id: u32): NumberResult {
  resetSlots();
  const result = abi.proxy_get_metric(id, RET_EXTRA);
  return new NumberResult(<WasmResult>result, load<u64>(RET_EXTRA));
}

// ---- properties and foreign functions

export function getProperty(path: ArrayBuffer): BytesResult {
  resetSlots();
  const result = abi.proxy_get_property(changetype<usize>(path), <usize>path.byteLength, RET_PTR, RET_SIZE);
  const value = takeReturnedBuffer(result);
  return new BytesResult(<WasmResult>result, value === null && result == WasmResult.Ok ? new ArrayBuffer(0) : value);
}

export function setProperty(path: ArrayBuffer, value: ArrayBuffer): WasmResult {
  return <WasmResult>abi.proxy_set_property(changetype<usize>(path), <usize>path.byteLength, changetype<usize>(value), <usize>value.byteLength);
}

export function callForeignFunction(name: string, args: ArrayBuffer | null): BytesResult {
  const nameBytes = utf8(name);
  resetSlots();
  const result = abi.proxy_call_foreign_function(changetype<usize>(nameBytes), <usize>nameBytes.byteLength, ptrOf(args), sizeOf(args), RET_PTR, RET_SIZE);
  return new BytesResult(<WasmResult>result, takeReturnedBuffer(result));
}
