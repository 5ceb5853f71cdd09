// The env.proxy_* functions of ABI 0.2.1, each behaving as proxy-wasm-cpp-host's
// exports.cc plus Envoy's Context do. They resolve the calling context (or the
// effective one) through the Vm and act on the stream slot it belongs to.
import {
  BUFFER_TYPE_MAX, HEADER_MAP_TYPE_MAX, HeaderMapType, LOG_LEVELS, STREAM_TYPE_MAX, WasmResult,
} from './abi.ts';
import { CalloutKind, calloutKind } from './grpc.ts';
import { decodePairs } from './pairs.ts';
import { resolveProperty } from './properties.ts';
import type { Vm } from './vm.ts';

type Fn = (...args: never[]) => unknown;

export function proxyImports(vm: Vm): Record<string, Fn> {
  const m = vm.memory;
  const str = (ptr: number, len: number) => m.readString(ptr, len);

  // The maps a call may change (and size): Envoy's getMap. The gRPC metadata maps are not among them.
  const headerMap = (type: number) =>
    type >= HeaderMapType.HttpCallResponseHeaders ? vm.vmHeaderMap(type) : vm.currentSlot()?.headerMap(type);
  // The maps a call may change: Envoy's getMap, which has none of a callout's response (those
  // are const there: a change is BadArgument).
  const mutableMap = (type: number) => (type >= HeaderMapType.HttpCallResponseHeaders ? undefined : vm.currentSlot()?.headerMap(type));
  // The maps a call may read: Envoy's getConstMap, which adds the gRPC metadata maps.
  const readableMap = (type: number) =>
    type >= HeaderMapType.HttpCallResponseHeaders ? vm.vmHeaderMap(type)
      : type >= HeaderMapType.GrpcReceiveInitialMetadata ? vm.grpcMetadataMap(type) : vm.currentSlot()?.headerMap(type);

  const calls: Record<string, (...args: any[]) => unknown> = {
    proxy_log(level: number, ptr: number, size: number) {
      if (level < 0 || level >= LOG_LEVELS.length) return WasmResult.BadArgument;
      const message = str(ptr, size);
      if (message === undefined) return WasmResult.InvalidMemoryAccess;
      vm.log(LOG_LEVELS[level]!, message);
      return WasmResult.Ok;
    },
    proxy_get_log_level(ptr: number) {
      return m.writeU32(ptr, vm.logLevelIndex) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_get_current_time_nanoseconds(ptr: number) {
      return m.writeU64(ptr, vm.host.realtimeNs()) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_tick_period_milliseconds(period: number) {
      vm.setTickPeriod(period >>> 0);
      return WasmResult.Ok;
    },
    proxy_get_status(codePtr: number, ptrPtr: number, sizePtr: number) {
      const status = vm.currentStatus();
      if (!m.writeU32(codePtr, status.code)) return WasmResult.InvalidMemoryAccess;
      return m.copyToPointerSize(new TextEncoder().encode(status.message), ptrPtr, sizePtr)
        ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_effective_context(contextId: number) {
      return vm.setEffectiveContext(contextId >>> 0);
    },
    proxy_done() {
      return vm.done();
    },
    proxy_call_foreign_function(namePtr: number, nameSize: number, argPtr: number, argSize: number) {
      // Envoy only knows the foreign functions its build registers; host-sim registers none.
      if (str(namePtr, nameSize) === undefined || m.read(argPtr, argSize) === undefined) return WasmResult.InvalidMemoryAccess;
      return WasmResult.NotFound;
    },

    // Properties.
    proxy_get_property(pathPtr: number, pathSize: number, ptrPtr: number, sizePtr: number) {
      const path = str(pathPtr, pathSize);
      if (path === undefined) return WasmResult.InvalidMemoryAccess;
      const value = resolveProperty(path, vm.propertyScope());
      if (value === undefined) return WasmResult.NotFound;
      return m.copyToPointerSize(value, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_property(keyPtr: number, keySize: number, valuePtr: number, valueSize: number) {
      const key = str(keyPtr, keySize);
      const value = m.read(valuePtr, valueSize);
      if (key === undefined || value === undefined) return WasmResult.InvalidMemoryAccess;
      const slot = vm.currentSlot();
      // Filter state lives on a stream; a root context has none to write to.
      if (!slot) return WasmResult.NotFound;
      slot.stream.filterState.set(key, value);
      return WasmResult.Ok;
    },

    // Header maps.
    proxy_add_header_map_value(type: number, kp: number, ks: number, vp: number, vs: number) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      const value = str(vp, vs);
      if (key === undefined || value === undefined) return WasmResult.InvalidMemoryAccess;
      const map = mutableMap(type);
      if (!map) return WasmResult.BadArgument;
      map.add(key, value);
      return WasmResult.Ok;
    },
    proxy_get_header_map_value(type: number, kp: number, ks: number, ptrPtr: number, sizePtr: number) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      if (key === undefined) return WasmResult.InvalidMemoryAccess;
      const map = readableMap(type);
      if (!map) return WasmResult.BadArgument;
      const value = map.get(key);
      if (value === undefined) return WasmResult.NotFound;
      return m.copyToPointerSize(Buffer.from(value, 'utf8'), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_replace_header_map_value(type: number, kp: number, ks: number, vp: number, vs: number) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      const value = str(vp, vs);
      if (key === undefined || value === undefined) return WasmResult.InvalidMemoryAccess;
      const map = mutableMap(type);
      if (!map) return WasmResult.BadArgument;
      map.replace(key, value);
      return WasmResult.Ok;
    },
    proxy_remove_header_map_value(type: number, kp: number, ks: number) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      if (key === undefined) return WasmResult.InvalidMemoryAccess;
      const map = mutableMap(type);
      if (!map) return WasmResult.BadArgument;
      map.remove(key);
      return WasmResult.Ok;
    },
    proxy_get_header_map_pairs(type: number, ptrPtr: number, sizePtr: number) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      // A map the stream does not have (yet) is Ok with nothing copied, as Envoy answers it:
      // trailers, the response during request headers, a callout's answer or gRPC metadata
      // outside their callbacks (test/differential/probe.diff.test.ts).
      return m.copySerializedToPointerSize(readableMap(type)?.serialization(), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_header_map_pairs(type: number, ptr: number, size: number) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const bytes = m.read(ptr, size);
      if (bytes === undefined) return WasmResult.InvalidMemoryAccess;
      const map = mutableMap(type);
      if (!map) return WasmResult.BadArgument;
      // Envoy's toPairs turns a malformed buffer into an empty map.
      map.setAll(decodePairs(bytes) ?? []);
      return WasmResult.Ok;
    },
    proxy_get_header_map_size(type: number, resultPtr: number) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      return m.writeU32(resultPtr, map.byteSize()) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },

    // Buffers.
    proxy_get_buffer_bytes(type: number, start: number, length: number, ptrPtr: number, sizePtr: number) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm.buffer(type);
      if (!buffer) return WasmResult.NotFound;
      const s = start >>> 0;
      let l = length >>> 0;
      if (s + l > 0xffffffff) return WasmResult.BadArgument;
      const bytes = buffer.get();
      if (s > bytes.length) return WasmResult.InvalidMemoryAccess;
      if (s + l > bytes.length) l = bytes.length - s;
      // Envoy leaves the out-pointers untouched when there is nothing to copy.
      if (l === 0) return WasmResult.Ok;
      return m.copyToPointerSize(bytes.subarray(s, s + l), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_get_buffer_status(type: number, lengthPtr: number, flagsPtr: number) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm.buffer(type);
      if (!buffer) return WasmResult.NotFound;
      return m.writeU32(lengthPtr, buffer.get().length) && m.writeU32(flagsPtr, 0) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_buffer_bytes(type: number, start: number, length: number, dataPtr: number, dataSize: number) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm.buffer(type);
      if (!buffer || !buffer.set) return WasmResult.NotFound;
      const data = m.read(dataPtr, dataSize);
      if (data === undefined) return WasmResult.InvalidMemoryAccess;
      const current = buffer.get();
      const s = start >>> 0;
      // Envoy's Buffer::copyFrom: start 0 drains `length` bytes then prepends;
      // start at or past the end appends; anything else is refused.
      if (s === 0) {
        const drained = current.subarray(Math.min(length >>> 0, current.length));
        buffer.set(concat(data, drained));
        return WasmResult.Ok;
      }
      if (s >= current.length) {
        buffer.set(concat(current, data));
        return WasmResult.Ok;
      }
      return WasmResult.BadArgument;
    },

    // Stream control.
    proxy_send_local_response(status: number, detailsPtr: number, detailsSize: number, bodyPtr: number, bodySize: number, headersPtr: number, headersSize: number, grpcStatus: number) {
      const details = str(detailsPtr, detailsSize);
      const body = m.read(bodyPtr, bodySize);
      const headerBytes = m.read(headersPtr, headersSize);
      if (details === undefined || body === undefined || headerBytes === undefined) return WasmResult.InvalidMemoryAccess;
      vm.stopNextIteration();
      const slot = vm.currentSlot();
      if (!slot) return WasmResult.Ok; // Envoy ignores it without decoder callbacks (root context).
      slot.requestLocalResponse({
        status: status >>> 0,
        details: details.replace(/\s/g, '_'),
        body,
        headers: decodePairs(headerBytes) ?? [],
        grpcStatus: grpcStatus | 0,
      });
      return WasmResult.Ok;
    },
    proxy_continue_stream(type: number) {
      if (type < 0 || type > STREAM_TYPE_MAX) return WasmResult.BadArgument;
      const slot = vm.currentSlot();
      if (!slot) return WasmResult.NotFound;
      return slot.continueStream(type);
    },
    proxy_close_stream(type: number) {
      if (type < 0 || type > STREAM_TYPE_MAX) return WasmResult.BadArgument;
      const slot = vm.currentSlot();
      if (!slot) return WasmResult.NotFound;
      return slot.closeStream(type);
    },
    proxy_clear_route_cache() {
      return WasmResult.Ok;
    },

    // Shared data and queues.
    proxy_get_shared_data(kp: number, ks: number, ptrPtr: number, sizePtr: number, casPtr: number) {
      const key = str(kp, ks);
      if (key === undefined) return WasmResult.InvalidMemoryAccess;
      const entry = vm.host.sharedData.lookup(vm.vmId, key);
      if (!entry) return WasmResult.NotFound;
      if (!m.copyToPointerSize(entry.value, ptrPtr, sizePtr)) return WasmResult.InvalidMemoryAccess;
      return m.writeU32(casPtr, entry.cas) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_shared_data(kp: number, ks: number, vp: number, vs: number, cas: number) {
      const key = str(kp, ks);
      const value = m.read(vp, vs);
      if (key === undefined || value === undefined) return WasmResult.InvalidMemoryAccess;
      return vm.host.sharedData.store(vm.vmId, key, value, cas >>> 0);
    },
    proxy_register_shared_queue(np: number, ns: number, tokenPtr: number) {
      const name = str(np, ns);
      if (name === undefined) return WasmResult.InvalidMemoryAccess;
      const token = vm.host.queues.register(vm.vmId, name, vm, vm.resolveRootContextId());
      return m.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_resolve_shared_queue(vp: number, vs: number, np: number, ns: number, tokenPtr: number) {
      const vmId = str(vp, vs);
      const name = str(np, ns);
      if (vmId === undefined || name === undefined) return WasmResult.InvalidMemoryAccess;
      const token = vm.host.queues.resolve(vmId, name);
      if (token === undefined) return WasmResult.NotFound;
      return m.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_enqueue_shared_queue(token: number, dp: number, ds: number) {
      const data = m.read(dp, ds);
      if (data === undefined) return WasmResult.InvalidMemoryAccess;
      const { result, notify } = vm.host.queues.enqueue(token >>> 0, data);
      if (notify) vm.host.defer(notify);
      return result;
    },
    proxy_dequeue_shared_queue(token: number, ptrPtr: number, sizePtr: number) {
      const { result, data } = vm.host.queues.dequeue(token >>> 0);
      if (result !== WasmResult.Ok) return result;
      return m.copyToPointerSize(data!, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },

    // HTTP callouts.
    proxy_http_call(up: number, us: number, hp: number, hs: number, bp: number, bs: number, tp: number, ts: number, timeout: number, tokenPtr: number) {
      const cluster = str(up, us);
      const headerBytes = m.read(hp, hs);
      const body = m.read(bp, bs);
      const trailerBytes = m.read(tp, ts);
      if (cluster === undefined || headerBytes === undefined || body === undefined || trailerBytes === undefined) return WasmResult.InvalidMemoryAccess;
      if (!m.writeU32(tokenPtr, 0)) return WasmResult.InvalidMemoryAccess;
      const outcome = vm.dispatchHttpCall(cluster, decodePairs(headerBytes) ?? [], body, decodePairs(trailerBytes) ?? [], timeout | 0);
      if (outcome.token !== undefined) m.writeU32(tokenPtr, outcome.token);
      return outcome.result;
    },

    // gRPC calls and streams (grpc.ts). Envoy writes the token only once the call or stream has
    // started, and tells the kinds of callout apart by the token's low two bits.
    proxy_grpc_call(sp: number, ss: number, np: number, ns: number, mp: number, ms: number, hp: number, hs: number, bp: number, bs: number, timeout: number, tokenPtr: number) {
      const grpcService = m.read(sp, ss);
      const serviceName = str(np, ns);
      const method = str(mp, ms);
      const metadataBytes = m.read(hp, hs);
      const message = m.read(bp, bs);
      if (grpcService === undefined || serviceName === undefined || method === undefined || metadataBytes === undefined || message === undefined) {
        return WasmResult.InvalidMemoryAccess;
      }
      const { result, token } = vm.dispatchGrpcCall(grpcService, {
        serviceName, method, metadata: decodePairs(metadataBytes) ?? [], message: message.slice(), timeoutMs: timeout >>> 0,
      });
      if (token === undefined) return result;
      return m.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_grpc_stream(sp: number, ss: number, np: number, ns: number, mp: number, ms: number, hp: number, hs: number, tokenPtr: number) {
      const grpcService = m.read(sp, ss);
      const serviceName = str(np, ns);
      const method = str(mp, ms);
      const metadataBytes = m.read(hp, hs);
      if (grpcService === undefined || serviceName === undefined || method === undefined || metadataBytes === undefined) {
        return WasmResult.InvalidMemoryAccess;
      }
      const { result, token } = vm.openGrpcStream(grpcService, { serviceName, method, metadata: decodePairs(metadataBytes) ?? [] });
      if (token === undefined) return result;
      return m.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_grpc_send(token: number, ptr: number, size: number, endStream: number) {
      const message = m.read(ptr, size);
      if (message === undefined) return WasmResult.InvalidMemoryAccess;
      if (calloutKind(token >>> 0) !== CalloutKind.GrpcStream) return WasmResult.BadArgument;
      return vm.grpcStreamOp('send', token >>> 0, message, endStream !== 0) ? WasmResult.Ok : WasmResult.NotFound;
    },
    proxy_grpc_cancel(token: number) {
      return grpcEnd('cancel', token >>> 0);
    },
    proxy_grpc_close(token: number) {
      return grpcEnd('close', token >>> 0);
    },

    // Metrics.
    proxy_define_metric(type: number, np: number, ns: number, idPtr: number) {
      const name = str(np, ns);
      if (name === undefined) return WasmResult.InvalidMemoryAccess;
      const { result, id } = vm.metricIds.define(type >>> 0, name);
      if (result !== WasmResult.Ok) return result;
      return m.writeU32(idPtr, id!) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_increment_metric(id: number, offset: bigint) {
      return vm.metricIds.increment(id >>> 0, BigInt.asIntN(64, offset));
    },
    proxy_record_metric(id: number, value: bigint) {
      return vm.metricIds.record(id >>> 0, BigInt.asUintN(64, value));
    },
    proxy_get_metric(id: number, resultPtr: number) {
      const { result, value } = vm.metricIds.get(id >>> 0);
      if (result !== WasmResult.Ok) return result;
      return m.writeU64(resultPtr, value!) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
  };
  // proxy_grpc_close cancels a call and half-closes a stream; proxy_grpc_cancel cancels either.
  function grpcEnd(op: 'close' | 'cancel', token: number): number {
    const kind = calloutKind(token);
    if (kind === CalloutKind.GrpcCall) return vm.cancelGrpcCall(token) ? WasmResult.Ok : WasmResult.NotFound;
    if (kind === CalloutKind.GrpcStream) return vm.grpcStreamOp(op, token) ? WasmResult.Ok : WasmResult.NotFound;
    return WasmResult.BadArgument;
  }

  return calls as Record<string, Fn>;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

