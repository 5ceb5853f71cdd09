// host-sim/vm.ts
import { readFile } from "node:fs/promises";

// host-sim/abi.ts
var WasmResult = {
  Ok: 0,
  NotFound: 1,
  BadArgument: 2,
  SerializationFailure: 3,
  ParseFailure: 4,
  BadExpression: 5,
  InvalidMemoryAccess: 6,
  Empty: 7,
  CasMismatch: 8,
  ResultMismatch: 9,
  InternalFailure: 10,
  BrokenConnection: 11,
  Unimplemented: 12
};
var HeaderMapType = {
  RequestHeaders: 0,
  RequestTrailers: 1,
  ResponseHeaders: 2,
  ResponseTrailers: 3,
  GrpcReceiveInitialMetadata: 4,
  GrpcReceiveTrailingMetadata: 5,
  HttpCallResponseHeaders: 6,
  HttpCallResponseTrailers: 7
};
var HEADER_MAP_TYPE_MAX = 7;
var BufferType = {
  HttpRequestBody: 0,
  HttpResponseBody: 1,
  DownstreamData: 2,
  UpstreamData: 3,
  HttpCallResponseBody: 4,
  GrpcReceiveBuffer: 5,
  VmConfiguration: 6,
  PluginConfiguration: 7,
  CallData: 8
};
var BUFFER_TYPE_MAX = 8;
var StreamType = { Request: 0, Response: 1, Downstream: 2, Upstream: 3 };
var STREAM_TYPE_MAX = 3;
var LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "critical"];
var HEADERS_ACTIONS = [
  "Continue",
  "StopIteration",
  "ContinueAndEndStream",
  "StopAllIterationAndBuffer",
  "StopAllIterationAndWatermark"
];
var DATA_ACTIONS = [
  "Continue",
  "StopIterationAndBuffer",
  "StopIterationAndWatermark",
  "StopIterationNoBuffer"
];
function convertHeadersResult(raw, nextIterationStopped) {
  if (nextIterationStopped || raw > 4 || raw < 0 || raw === 1) return "StopAllIterationAndWatermark";
  return HEADERS_ACTIONS[raw];
}
function convertDataResult(raw, nextIterationStopped) {
  if (nextIterationStopped || raw > 3 || raw < 0) return "StopIterationNoBuffer";
  return DATA_ACTIONS[raw];
}
function convertTrailersResult(raw, nextIterationStopped) {
  if (nextIterationStopped || raw !== 0) return "StopIteration";
  return "Continue";
}

// host-sim/errors.ts
var HostError = class extends Error {
  name = "HostError";
};
var UnimplementedHostCallError = class extends HostError {
  constructor(functionName) {
    super(`host function ${functionName} is not implemented by host-sim`);
    this.functionName = functionName;
  }
  functionName;
  name = "HostError";
};
function formatLogs(logs) {
  if (logs.length === 0) return "  (no log lines)";
  return logs.map((l) => `  [${l.level}] ${l.message}`).join("\n");
}
var ModuleTrapError = class extends HostError {
  constructor(callback, trap, logs, options) {
    super(`module trapped in ${callback}: ${trap}
last log lines:
${formatLogs(logs)}`, options);
    this.callback = callback;
    this.trap = trap;
    this.logs = logs;
  }
  callback;
  trap;
  logs;
  name = "ModuleTrapError";
};
var ConfigureError = class extends HostError {
  constructor(phase, logs) {
    super(`${phase} returned false: the plugin rejected its configuration
last log lines:
${formatLogs(logs)}`);
    this.phase = phase;
    this.logs = logs;
  }
  phase;
  logs;
  name = "ConfigureError";
};
var StreamStateError = class extends HostError {
  name = "StreamStateError";
};
var ModuleLoadError = class extends HostError {
  name = "ModuleLoadError";
};

// host-sim/header-map.ts
var encoder = new TextEncoder();
var HeaderMap = class {
  entries;
  constructor(pairs = []) {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }
  pairs() {
    return this.entries.map(([k, v]) => [k, v]);
  }
  get count() {
    return this.entries.length;
  }
  /** Envoy's get_header_map_size reports the map's byte size, not its entry count. */
  byteSize() {
    let size = 0;
    for (const [k, v] of this.entries) size += encoder.encode(k).length + encoder.encode(v).length;
    return size;
  }
  /** First value, as Envoy's getHeaderMapValue returns. */
  get(name) {
    const key = name.toLowerCase();
    return this.entries.find(([k]) => k === key)?.[1];
  }
  add(name, value) {
    this.entries.push([name.toLowerCase(), value]);
  }
  /** Replaces the first entry's value in place, or appends (Envoy's replaceHeaderMapValue). */
  replace(name, value) {
    const key = name.toLowerCase();
    const entry = this.entries.find(([k]) => k === key);
    if (entry) entry[1] = value;
    else this.entries.push([key, value]);
  }
  remove(name) {
    const key = name.toLowerCase();
    this.entries = this.entries.filter(([k]) => k !== key);
  }
  setAll(pairs) {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }
};

// host-sim/pairs.ts
var encoder2 = new TextEncoder();
var decoder = new TextDecoder("utf-8", { fatal: false });
function encodePairs(pairs) {
  const encoded = pairs.map(([k, v]) => [encoder2.encode(k), encoder2.encode(v)]);
  let size = 4 + encoded.length * 8;
  for (const [k, v] of encoded) size += k.length + v.length + 2;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, encoded.length, true);
  let offset = 4;
  for (const [k, v] of encoded) {
    view.setUint32(offset, k.length, true);
    view.setUint32(offset + 4, v.length, true);
    offset += 8;
  }
  for (const [k, v] of encoded) {
    out.set(k, offset);
    offset += k.length + 1;
    out.set(v, offset);
    offset += v.length + 1;
  }
  return out;
}
function decodePairs(bytes) {
  if (bytes.length < 4) return bytes.length === 0 ? [] : void 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  if (4 + count * 8 > bytes.length) return void 0;
  const sizes = [];
  for (let i = 0; i < count; i++) sizes.push([view.getUint32(4 + i * 8, true), view.getUint32(8 + i * 8, true)]);
  let offset = 4 + count * 8;
  const result = [];
  for (const [kl, vl] of sizes) {
    if (offset + kl + 1 + vl + 1 > bytes.length) return void 0;
    const key = decoder.decode(bytes.subarray(offset, offset + kl));
    offset += kl + 1;
    const value = decoder.decode(bytes.subarray(offset, offset + vl));
    offset += vl + 1;
    result.push([key, value]);
  }
  return result;
}
function normalizeHeaders(input, what) {
  if (input === void 0) return [];
  if (Array.isArray(input)) {
    return input.map((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string" || typeof pair[1] !== "string") {
        throw new TypeError(`${what}[${i}] must be a [name, value] pair of strings`);
      }
      return [pair[0].toLowerCase(), pair[1]];
    });
  }
  if (typeof input !== "object" || input === null) throw new TypeError(`${what} must be an object or an array of pairs`);
  return Object.entries(input).map(([k, v]) => {
    if (typeof v !== "string" && typeof v !== "number") throw new TypeError(`${what}.${k} must be a string`);
    return [k.toLowerCase(), String(v)];
  });
}

// host-sim/properties.ts
var encoder3 = new TextEncoder();
var decoder2 = new TextDecoder();
var ATTRIBUTE_ROOTS = /* @__PURE__ */ new Set([
  "request",
  "response",
  "source",
  "destination",
  "connection",
  "upstream",
  "node",
  "xds",
  "plugin_name",
  "plugin_root_id",
  "plugin_vm_id",
  "cluster_name",
  "cluster_metadata",
  "route_name",
  "route_metadata",
  "listener_direction",
  "listener_metadata",
  "upstream_host_metadata",
  "metadata",
  "filter_state"
]);
function encodeProperty(value) {
  if (value instanceof Uint8Array) return value.slice();
  if (typeof value === "string") return encoder3.encode(value);
  if (typeof value === "boolean") return Uint8Array.of(value ? 1 : 0);
  const big = typeof value === "bigint" ? value : BigInt(Math.trunc(value));
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigInt64(0, BigInt.asIntN(64, big), true);
  return out;
}
function validateProperties(input, what) {
  if (input === void 0) return {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new TypeError(`${what} must be an object mapping attribute paths (e.g. "source.address") to values`);
  }
  for (const [k, v] of Object.entries(input)) {
    const ok = typeof v === "string" || typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof Uint8Array;
    if (!ok) throw new TypeError(`${what}["${k}"] must be a string, number, bigint, boolean or Uint8Array`);
  }
  return input;
}
function derivedRequest(name, headers) {
  if (!headers) return void 0;
  const path = headers.get(":path");
  switch (name) {
    case "path":
      return path;
    case "url_path":
      return path?.split("?")[0];
    case "query":
      return path === void 0 ? void 0 : path.includes("?") ? path.slice(path.indexOf("?") + 1) : "";
    case "host":
      return headers.get(":authority");
    case "scheme":
      return headers.get(":scheme");
    case "method":
      return headers.get(":method");
    case "id":
      return headers.get("x-request-id");
    case "referer":
      return headers.get("referer");
    case "useragent":
      return headers.get("user-agent");
    case "protocol":
      return "HTTP/1.1";
    default:
      return void 0;
  }
}
function lookupHeaders(map, rest) {
  if (!map) return void 0;
  if (rest.length === 0) return encodePairs(map.pairs());
  if (rest.length !== 1) return void 0;
  const v = map.get(rest[0]);
  return v === void 0 ? void 0 : encoder3.encode(v);
}
function resolveProperty(rawPath, scope) {
  const segments = rawPath.split("\0");
  const root = segments[0];
  if (!ATTRIBUTE_ROOTS.has(root)) {
    const state = scope.filterState?.get(rawPath);
    return state?.slice();
  }
  if (root === "filter_state" && segments.length === 2) {
    const key = segments[1].startsWith("wasm.") ? segments[1].slice(5) : segments[1];
    return scope.filterState?.get(key)?.slice();
  }
  const dotted = segments.join(".");
  const explicit = scope.stream?.[dotted] ?? scope.vm[dotted];
  if (explicit !== void 0) return encodeProperty(explicit);
  if (root === "request" && segments[1] === "headers") return lookupHeaders(scope.requestHeaders, segments.slice(2));
  if (root === "response" && segments[1] === "headers") return lookupHeaders(scope.responseHeaders, segments.slice(2));
  if (root === "request" && segments.length === 2) {
    const v = derivedRequest(segments[1], scope.requestHeaders);
    return v === void 0 ? void 0 : encodeProperty(v);
  }
  if (root === "response" && segments.length === 2 && segments[1] === "code") {
    const status = scope.responseHeaders?.get(":status");
    return status === void 0 || !/^\d+$/.test(status) ? void 0 : encodeProperty(Number(status));
  }
  return void 0;
}

// host-sim/host-calls.ts
function proxyImports(vm) {
  const m = vm.memory;
  const str = (ptr, len) => m.readString(ptr, len);
  const headerMap = (type) => type >= HeaderMapType.HttpCallResponseHeaders ? vm.vmHeaderMap(type) : vm.resolveContext().slot?.headerMap(type);
  const calls = {
    proxy_log(level, ptr, size) {
      if (level < 0 || level >= LOG_LEVELS.length) return WasmResult.BadArgument;
      const message = str(ptr, size);
      if (message === void 0) return WasmResult.InvalidMemoryAccess;
      vm.log(LOG_LEVELS[level], message);
      return WasmResult.Ok;
    },
    proxy_get_log_level(ptr) {
      return m.writeU32(ptr, vm.logLevelIndex) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_get_current_time_nanoseconds(ptr) {
      return m.writeU64(ptr, vm.host.realtimeNs()) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_tick_period_milliseconds(period) {
      vm.setTickPeriod(period >>> 0);
      return WasmResult.Ok;
    },
    proxy_get_status(codePtr, ptrPtr, sizePtr) {
      const status = vm.currentStatus();
      if (!m.writeU32(codePtr, status.code)) return WasmResult.InvalidMemoryAccess;
      return m.copyToPointerSize(new TextEncoder().encode(status.message), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_effective_context(contextId) {
      return vm.setEffectiveContext(contextId >>> 0);
    },
    proxy_done() {
      return vm.done();
    },
    proxy_call_foreign_function(namePtr, nameSize, argPtr, argSize) {
      if (str(namePtr, nameSize) === void 0 || m.read(argPtr, argSize) === void 0) return WasmResult.InvalidMemoryAccess;
      return WasmResult.NotFound;
    },
    // Properties.
    proxy_get_property(pathPtr, pathSize, ptrPtr, sizePtr) {
      const path = str(pathPtr, pathSize);
      if (path === void 0) return WasmResult.InvalidMemoryAccess;
      const value = resolveProperty(path, vm.propertyScope());
      if (value === void 0) return WasmResult.NotFound;
      return m.copyToPointerSize(value, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_property(keyPtr, keySize, valuePtr, valueSize) {
      const key = str(keyPtr, keySize);
      const value = m.read(valuePtr, valueSize);
      if (key === void 0 || value === void 0) return WasmResult.InvalidMemoryAccess;
      const slot = vm.resolveContext().slot;
      if (!slot) return WasmResult.NotFound;
      slot.stream.filterState.set(key, value);
      return WasmResult.Ok;
    },
    // Header maps.
    proxy_add_header_map_value(type, kp, ks, vp, vs) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      const value = str(vp, vs);
      if (key === void 0 || value === void 0) return WasmResult.InvalidMemoryAccess;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      map.add(key, value);
      return WasmResult.Ok;
    },
    proxy_get_header_map_value(type, kp, ks, ptrPtr, sizePtr) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      if (key === void 0) return WasmResult.InvalidMemoryAccess;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      const value = map.get(key);
      if (value === void 0) return WasmResult.NotFound;
      return m.copyToPointerSize(new TextEncoder().encode(value), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_replace_header_map_value(type, kp, ks, vp, vs) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      const value = str(vp, vs);
      if (key === void 0 || value === void 0) return WasmResult.InvalidMemoryAccess;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      map.replace(key, value);
      return WasmResult.Ok;
    },
    proxy_remove_header_map_value(type, kp, ks) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const key = str(kp, ks);
      if (key === void 0) return WasmResult.InvalidMemoryAccess;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      map.remove(key);
      return WasmResult.Ok;
    },
    proxy_get_header_map_pairs(type, ptrPtr, sizePtr) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      const pairs = map.pairs();
      const bytes = pairs.length === 0 ? new Uint8Array(0) : encodePairs(pairs);
      return m.copyToPointerSize(bytes, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_header_map_pairs(type, ptr, size) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const bytes = m.read(ptr, size);
      if (bytes === void 0) return WasmResult.InvalidMemoryAccess;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      map.setAll(decodePairs(bytes) ?? []);
      return WasmResult.Ok;
    },
    proxy_get_header_map_size(type, resultPtr) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const map = headerMap(type);
      if (!map) return WasmResult.BadArgument;
      return m.writeU32(resultPtr, map.byteSize()) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    // Buffers.
    proxy_get_buffer_bytes(type, start, length, ptrPtr, sizePtr) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm.buffer(type);
      if (!buffer) return WasmResult.NotFound;
      const s = start >>> 0;
      let l = length >>> 0;
      if (s + l > 4294967295) return WasmResult.BadArgument;
      const bytes = buffer.get();
      if (s > bytes.length) return WasmResult.InvalidMemoryAccess;
      if (s + l > bytes.length) l = bytes.length - s;
      if (l === 0) return WasmResult.Ok;
      return m.copyToPointerSize(bytes.subarray(s, s + l), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_get_buffer_status(type, lengthPtr, flagsPtr) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm.buffer(type);
      if (!buffer) return WasmResult.NotFound;
      return m.writeU32(lengthPtr, buffer.get().length) && m.writeU32(flagsPtr, 0) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_buffer_bytes(type, start, length, dataPtr, dataSize) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm.buffer(type);
      if (!buffer || !buffer.set) return WasmResult.NotFound;
      const data = m.read(dataPtr, dataSize);
      if (data === void 0) return WasmResult.InvalidMemoryAccess;
      const current = buffer.get();
      const s = start >>> 0;
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
    proxy_send_local_response(status, detailsPtr, detailsSize, bodyPtr, bodySize, headersPtr, headersSize, grpcStatus) {
      const details = str(detailsPtr, detailsSize);
      const body = m.read(bodyPtr, bodySize);
      const headerBytes = m.read(headersPtr, headersSize);
      if (details === void 0 || body === void 0 || headerBytes === void 0) return WasmResult.InvalidMemoryAccess;
      vm.stopNextIteration();
      const slot = vm.resolveContext().slot;
      if (!slot) return WasmResult.Ok;
      slot.requestLocalResponse({
        status: status >>> 0,
        details: details.replace(/\s/g, "_"),
        body,
        headers: decodePairs(headerBytes) ?? [],
        grpcStatus: grpcStatus | 0
      });
      return WasmResult.Ok;
    },
    proxy_continue_stream(type) {
      if (type < 0 || type > STREAM_TYPE_MAX) return WasmResult.BadArgument;
      const slot = vm.resolveContext().slot;
      if (!slot) return WasmResult.NotFound;
      return slot.continueStream(type);
    },
    proxy_close_stream(type) {
      if (type < 0 || type > STREAM_TYPE_MAX) return WasmResult.BadArgument;
      const slot = vm.resolveContext().slot;
      if (!slot) return WasmResult.NotFound;
      return slot.closeStream(type);
    },
    proxy_clear_route_cache() {
      return WasmResult.Ok;
    },
    // Shared data and queues.
    proxy_get_shared_data(kp, ks, ptrPtr, sizePtr, casPtr) {
      const key = str(kp, ks);
      if (key === void 0) return WasmResult.InvalidMemoryAccess;
      const entry = vm.host.sharedData.lookup(vm.vmId, key);
      if (!entry) return WasmResult.NotFound;
      if (!m.copyToPointerSize(entry.value, ptrPtr, sizePtr)) return WasmResult.InvalidMemoryAccess;
      return m.writeU32(casPtr, entry.cas) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_shared_data(kp, ks, vp, vs, cas) {
      const key = str(kp, ks);
      const value = m.read(vp, vs);
      if (key === void 0 || value === void 0) return WasmResult.InvalidMemoryAccess;
      return vm.host.sharedData.store(vm.vmId, key, value, cas >>> 0);
    },
    proxy_register_shared_queue(np, ns, tokenPtr) {
      const name = str(np, ns);
      if (name === void 0) return WasmResult.InvalidMemoryAccess;
      const token = vm.host.queues.register(vm.vmId, name, vm, vm.resolveRootContextId());
      return m.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_resolve_shared_queue(vp, vs, np, ns, tokenPtr) {
      const vmId = str(vp, vs);
      const name = str(np, ns);
      if (vmId === void 0 || name === void 0) return WasmResult.InvalidMemoryAccess;
      const token = vm.host.queues.resolve(vmId, name);
      if (token === void 0) return WasmResult.NotFound;
      return m.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_enqueue_shared_queue(token, dp, ds) {
      const data = m.read(dp, ds);
      if (data === void 0) return WasmResult.InvalidMemoryAccess;
      const { result, notify } = vm.host.queues.enqueue(token >>> 0, data);
      if (notify) vm.host.defer(notify);
      return result;
    },
    proxy_dequeue_shared_queue(token, ptrPtr, sizePtr) {
      const { result, data } = vm.host.queues.dequeue(token >>> 0);
      if (result !== WasmResult.Ok) return result;
      return m.copyToPointerSize(data, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    // HTTP callouts.
    proxy_http_call(up, us, hp, hs, bp, bs, tp, ts, timeout, tokenPtr) {
      const cluster = str(up, us);
      const headerBytes = m.read(hp, hs);
      const body = m.read(bp, bs);
      const trailerBytes = m.read(tp, ts);
      if (cluster === void 0 || headerBytes === void 0 || body === void 0 || trailerBytes === void 0) return WasmResult.InvalidMemoryAccess;
      if (!m.writeU32(tokenPtr, 0)) return WasmResult.InvalidMemoryAccess;
      const outcome = vm.dispatchHttpCall(cluster, decodePairs(headerBytes) ?? [], body, decodePairs(trailerBytes) ?? [], timeout | 0);
      if (outcome.token !== void 0) m.writeU32(tokenPtr, outcome.token);
      return outcome.result;
    },
    // Metrics.
    proxy_define_metric(type, np, ns, idPtr) {
      const name = str(np, ns);
      if (name === void 0) return WasmResult.InvalidMemoryAccess;
      const { result, id } = vm.metricIds.define(type >>> 0, name);
      if (result !== WasmResult.Ok) return result;
      return m.writeU32(idPtr, id) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_increment_metric(id, offset) {
      return vm.metricIds.increment(id >>> 0, BigInt.asIntN(64, offset));
    },
    proxy_record_metric(id, value) {
      return vm.metricIds.record(id >>> 0, BigInt.asUintN(64, value));
    },
    proxy_get_metric(id, resultPtr) {
      const { result, value } = vm.metricIds.get(id >>> 0);
      if (result !== WasmResult.Ok) return result;
      return m.writeU64(resultPtr, value) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    }
  };
  return calls;
}
function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// host-sim/memory.ts
var decoder3 = new TextDecoder("utf-8");
var GuestMemory = class {
  memory;
  allocator;
  attach(memory, allocator) {
    this.memory = memory;
    this.allocator = allocator;
  }
  view() {
    if (!this.memory) throw new Error("guest memory used before the module was instantiated");
    return new Uint8Array(this.memory.buffer);
  }
  get pages() {
    return this.memory ? this.memory.buffer.byteLength / 65536 : 0;
  }
  /** A copy of [ptr, ptr+len), or undefined when out of bounds. */
  read(ptr, len) {
    const p = ptr >>> 0;
    const l = len >>> 0;
    const mem = this.view();
    if (p + l > mem.length) return void 0;
    return mem.slice(p, p + l);
  }
  readString(ptr, len) {
    const bytes = this.read(ptr, len);
    return bytes && decoder3.decode(bytes);
  }
  write(ptr, bytes) {
    const p = ptr >>> 0;
    const mem = this.view();
    if (p + bytes.length > mem.length) return false;
    mem.set(bytes, p);
    return true;
  }
  writeU32(ptr, value) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    return this.write(ptr, b);
  }
  writeU64(ptr, value) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, value), true);
    return this.write(ptr, b);
  }
  readU32(ptr) {
    const b = this.read(ptr, 4);
    return b && new DataView(b.buffer).getUint32(0, true);
  }
  /** Allocates in the guest and copies bytes there; undefined if the guest refused. */
  allocate(bytes) {
    if (!this.allocator) throw new Error("guest allocator used before the module was instantiated");
    const ptr = this.allocator(bytes.length) >>> 0;
    if (ptr === 0) return void 0;
    return this.write(ptr, bytes) ? ptr : void 0;
  }
  /**
   * proxy-wasm-cpp-host copyToPointerSize: an empty value writes a null pointer
   * and size 0 without calling the guest allocator.
   */
  copyToPointerSize(bytes, ptrPtr, sizePtr) {
    let ptr = 0;
    if (bytes.length > 0) {
      const p = this.allocate(bytes);
      if (p === void 0) return false;
      ptr = p;
    }
    return this.writeU32(ptrPtr, ptr) && this.writeU32(sizePtr, bytes.length);
  }
};

// host-sim/metrics.ts
var KINDS = ["counter", "gauge", "histogram"];
var MetricStore = class {
  stats = /* @__PURE__ */ new Map();
  stat(name, type) {
    let s = this.stats.get(name);
    if (!s) this.stats.set(name, s = { type, value: 0n, samples: [] });
    return s;
  }
  value(name) {
    const s = this.stats.get(name);
    if (!s) return void 0;
    return s.type === "histogram" ? s.samples.length : Number(s.value);
  }
  samples(name) {
    return this.stats.get(name)?.samples.map(Number);
  }
  all() {
    const out = {};
    for (const [name, s] of this.stats) out[name] = { type: s.type, value: this.value(name) };
    return out;
  }
};
var U64_MAX = (1n << 64n) - 1n;
var VmMetrics = class {
  constructor(store) {
    this.store = store;
  }
  store;
  byId = /* @__PURE__ */ new Map();
  idByName = /* @__PURE__ */ new Map();
  nextIndex = 1;
  /** This VM's own contributions to counters and histograms; gauges are global values. */
  own = /* @__PURE__ */ new Map();
  define(type, name) {
    const kind = KINDS[type];
    if (kind === void 0 || type !== Math.trunc(type)) return { result: WasmResult.BadArgument };
    const key = `${type}:${name}`;
    const known = this.idByName.get(key);
    if (known !== void 0) return { result: WasmResult.Ok, id: known };
    const id = (this.nextIndex++ << 2 | type) >>> 0;
    this.byId.set(id, { name, type: kind });
    this.idByName.set(key, id);
    this.store.stat(name, kind);
    this.own.set(name, { type: kind, value: 0n, samples: [] });
    return { result: WasmResult.Ok, id };
  }
  increment(id, offset) {
    const d = this.byId.get(id);
    if (!d) return WasmResult.NotFound;
    const stat = this.store.stat(d.name, d.type);
    const own = this.own.get(d.name);
    if (d.type === "counter") {
      if (offset <= 0n) return WasmResult.BadArgument;
      stat.value = stat.value + offset & U64_MAX;
      own.value += offset;
      return WasmResult.Ok;
    }
    if (d.type === "gauge") {
      stat.value += offset;
      if (stat.value < 0n) stat.value = 0n;
      own.value = stat.value;
      return WasmResult.Ok;
    }
    return WasmResult.BadArgument;
  }
  record(id, value) {
    const d = this.byId.get(id);
    if (!d) return WasmResult.NotFound;
    const stat = this.store.stat(d.name, d.type);
    const own = this.own.get(d.name);
    if (d.type === "counter") {
      stat.value = stat.value + value & U64_MAX;
      own.value += value;
    } else if (d.type === "gauge") {
      stat.value = value;
      own.value = value;
    } else {
      stat.samples.push(value);
      own.samples.push(value);
    }
    return WasmResult.Ok;
  }
  get(id) {
    const d = this.byId.get(id);
    if (!d) return { result: WasmResult.NotFound };
    if (d.type === "histogram") return { result: WasmResult.BadArgument };
    return { result: WasmResult.Ok, value: this.store.stat(d.name, d.type).value };
  }
  /** This VM's count for a counter, the global value for a gauge, its sample count for a histogram. */
  value(name) {
    const o = this.own.get(name);
    if (!o) return void 0;
    if (o.type === "gauge") return this.store.value(name);
    if (o.type === "histogram") return o.samples.length;
    return Number(o.value);
  }
  samples(name) {
    return this.own.get(name)?.samples.map(Number);
  }
  all() {
    const out = {};
    for (const [name, o] of this.own) out[name] = { type: o.type, value: this.value(name) };
    return out;
  }
};

// host-sim/wasi.ts
import { randomFillSync } from "node:crypto";
var ERRNO_SUCCESS = 0;
var ERRNO_BADF = 8;
var ERRNO_FAULT = 21;
var ERRNO_INVAL = 28;
var ERRNO_NOENT = 44;
var ERRNO_NOSYS = 52;
var ERRNO_NOTSUP = 58;
var RANDOM_GET_MAX = 64 * 1024;
var decoder4 = new TextDecoder();
var encoder4 = new TextEncoder();
function wasiImports(h) {
  const m = h.memory;
  const fdWrite = (fd, iovs, iovsLen, nwrittenPtr) => {
    if (fd !== 1 && fd !== 2) return ERRNO_BADF;
    const chunks = [];
    for (let i = 0; i < iovsLen >>> 0; i++) {
      const buf = m.readU32(iovs + i * 8);
      const len = m.readU32(iovs + i * 8 + 4);
      if (buf === void 0 || len === void 0) return ERRNO_FAULT;
      if (len === 0) continue;
      const bytes = m.read(buf, len);
      if (!bytes) return ERRNO_FAULT;
      chunks.push(bytes);
    }
    let written = 0;
    for (const c of chunks) written += c.length;
    if (written > 0) {
      let text = chunks.map((c) => decoder4.decode(c, { stream: true })).join("") + decoder4.decode();
      if (text.endsWith("\n")) text = text.slice(0, -1);
      h.log(fd === 1 ? "info" : "error", text);
    }
    return m.writeU32(nwrittenPtr, written) ? ERRNO_SUCCESS : ERRNO_FAULT;
  };
  const envStrings = () => h.env.map(([k, v]) => encoder4.encode(`${k}=${v}\0`));
  return {
    fd_write: fdWrite,
    fd_read: (() => ERRNO_NOSYS),
    // Envoy logs these as errors and reports success.
    fd_seek: (() => {
      h.log("error", "wasi_unstable fd_seek");
      return ERRNO_SUCCESS;
    }),
    fd_close: (() => {
      h.log("error", "wasi_unstable fd_close");
      return ERRNO_SUCCESS;
    }),
    fd_fdstat_get: ((fd, statPtr) => {
      if (fd !== 1 && fd !== 2) return ERRNO_BADF;
      const stat = new Uint8Array(24);
      new DataView(stat.buffer).setBigUint64(8, 64n, true);
      m.write(statPtr, stat);
      return ERRNO_SUCCESS;
    }),
    // Not in Envoy's list before Go's wasip1 port needed it; stdout/stderr are the
    // only descriptors, and changing their flags has no meaning here.
    fd_fdstat_set_flags: ((fd) => fd === 1 || fd === 2 ? ERRNO_SUCCESS : ERRNO_BADF),
    fd_prestat_get: (() => ERRNO_BADF),
    fd_prestat_dir_name: (() => ERRNO_NOSYS),
    path_open: (() => ERRNO_NOENT),
    environ_sizes_get: ((countPtr, sizePtr) => {
      const strings = envStrings();
      const size = strings.reduce((n, s) => n + s.length, 0);
      return m.writeU32(countPtr, strings.length) && m.writeU32(sizePtr, size) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }),
    environ_get: ((arrayPtr, bufPtr) => {
      let buf = bufPtr >>> 0;
      let arr = arrayPtr >>> 0;
      for (const s of envStrings()) {
        if (!m.writeU32(arr, buf) || !m.write(buf, s)) return ERRNO_FAULT;
        buf += s.length;
        arr += 4;
      }
      return ERRNO_SUCCESS;
    }),
    args_sizes_get: ((argcPtr, sizePtr) => m.writeU32(argcPtr, 0) && m.writeU32(sizePtr, 0) ? ERRNO_SUCCESS : ERRNO_FAULT),
    args_get: (() => ERRNO_SUCCESS),
    clock_time_get: ((clockId, _precision, resultPtr) => {
      let now;
      if (clockId === 0) now = h.realtimeNs();
      else if (clockId === 1) now = h.monotonicNs();
      else return ERRNO_NOTSUP;
      return m.writeU64(resultPtr, now) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }),
    random_get: ((bufPtr, len) => {
      const n = len >>> 0;
      if (n > RANDOM_GET_MAX) return ERRNO_INVAL;
      if (n === 0) return ERRNO_SUCCESS;
      const bytes = new Uint8Array(n);
      randomFillSync(bytes);
      return m.write(bufPtr, bytes) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }),
    // Envoy logs proc_exit as an error and returns; the guest then usually traps.
    proc_exit: (() => {
      h.log("error", "wasi_unstable proc_exit");
    }),
    // A Wasm VM is single-threaded: yielding is a no-op, and there is nothing to
    // wait for, so polling reports no events.
    sched_yield: (() => ERRNO_SUCCESS),
    poll_oneoff: ((_in, _out, _n, neventsPtr) => m.writeU32(neventsPtr, 0) ? ERRNO_SUCCESS : ERRNO_FAULT)
  };
}

// host-sim/vm.ts
var encoder5 = new TextEncoder();
var LOG_KEEP = 20;
function toBytes(value, what) {
  if (value === void 0) return new Uint8Array(0);
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") return encoder5.encode(value);
  if (typeof value === "object" && value !== null) return encoder5.encode(JSON.stringify(value));
  throw new TypeError(`${what} must be a string, a Uint8Array or a JSON-serializable object`);
}
async function compile(module) {
  if (module instanceof WebAssembly.Module) return module;
  let bytes;
  if (typeof module === "string") {
    try {
      bytes = await readFile(module);
    } catch (e) {
      throw new ModuleLoadError(`cannot read module ${module}: ${e.message}`);
    }
  } else if (module instanceof Uint8Array) {
    bytes = module;
  } else {
    throw new TypeError("module must be a file path, a Uint8Array or a WebAssembly.Module");
  }
  try {
    return await WebAssembly.compile(bytes);
  } catch (e) {
    throw new ModuleLoadError(`${typeof module === "string" ? module : "module bytes"} is not a valid Wasm module: ${e.message}`);
  }
}
var Vm = class _Vm {
  constructor(host2, options) {
    this.host = host2;
    this.vmId = options.vmId ?? "";
    this.rootId = options.rootId ?? "";
    this.name = options.name ?? this.rootId;
    this.properties = validateProperties(options.properties, "properties");
    const level = options.logLevel ?? "trace";
    this.logLevelIndex = LOG_LEVELS.indexOf(level);
    if (this.logLevelIndex < 0) throw new TypeError(`logLevel must be one of ${LOG_LEVELS.join(", ")}`);
    this.metricIds = new VmMetrics(host2.metricStore);
    this.vmConfiguration = toBytes(options.vmConfiguration, "vmConfiguration");
    this.pluginConfiguration = toBytes(options.pluginConfiguration, "pluginConfiguration");
    this.environment = Object.entries(options.environment ?? {});
  }
  host;
  vmId;
  rootId;
  name;
  logs = [];
  memory = new GuestMemory();
  metricIds;
  properties;
  rootContextId = 1;
  logLevelIndex;
  configured = false;
  /** Set when the module trapped under onTrap: 'fail-closed'; every later stream gets a 503. */
  failed = false;
  abiVersion = "";
  exports;
  contexts = /* @__PURE__ */ new Map();
  nextContextId = 2;
  frames = [];
  effectiveContextId = 0;
  nextIterationStopped = false;
  afterCall = [];
  callouts = /* @__PURE__ */ new Map();
  nextCalloutToken = 1;
  tickPeriodMs = 0;
  nextTickAt;
  pendingRootDone = false;
  vmConfiguration;
  pluginConfiguration;
  environment;
  /** @internal Use host.startVm. */
  static async start(host2, options) {
    if (typeof options !== "object" || options === null) throw new TypeError("startVm needs an options object with a module");
    const vm = new _Vm(host2, options);
    const module = await compile(options.module);
    vm.instantiate(module);
    vm.boot(options.allowConfigureFailure === true);
    return vm;
  }
  instantiate(module) {
    const exportNames = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
    const version = ["proxy_abi_version_0_2_1", "proxy_abi_version_0_2_0"].find((v) => exportNames.has(v));
    if (!version) {
      const old = exportNames.has("proxy_abi_version_0_1_0") ? " (it targets ABI 0.1.0, which host-sim does not run)" : "";
      throw new ModuleLoadError(`module exports no proxy_abi_version_0_2_1 or proxy_abi_version_0_2_0 function${old}`);
    }
    this.abiVersion = version.slice("proxy_abi_version_".length).replace(/_/g, ".");
    const env = proxyImports(this);
    const wasi = wasiImports({
      memory: this.memory,
      log: (level, message) => this.log(level, message),
      realtimeNs: () => this.host.realtimeNs(),
      monotonicNs: () => this.host.monotonicNs(),
      env: this.environment
    });
    const imports = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.kind !== "function") {
        throw new ModuleLoadError(`module imports ${imp.kind} ${imp.module}.${imp.name}; Envoy provides only functions`);
      }
      const table = imp.module === "env" ? env : imp.module === "wasi_snapshot_preview1" || imp.module === "wasi_unstable" ? wasi : void 0;
      const impl = table?.[imp.name];
      const label = imp.module === "env" ? imp.name : `${imp.module}.${imp.name}`;
      (imports[imp.module] ??= {})[imp.name] = impl ?? (() => {
        throw new UnimplementedHostCallError(label);
      });
    }
    const instance = new WebAssembly.Instance(module, imports);
    this.exports = instance.exports;
    const memory = this.exports.memory;
    if (!(memory instanceof WebAssembly.Memory)) throw new ModuleLoadError('module does not export its memory as "memory"');
    const malloc = this.exports.malloc ?? this.exports.proxy_on_memory_allocate;
    if (typeof malloc !== "function") throw new ModuleLoadError("module exports neither malloc nor proxy_on_memory_allocate");
    this.memory.attach(memory, (n) => malloc(n));
  }
  boot(allowConfigureFailure) {
    const init = this.exports._initialize ?? this.exports._start;
    const bootFrame = (buffers = /* @__PURE__ */ new Map()) => ({ contextId: this.rootContextId, buffers });
    if (typeof init === "function") this.invoke(init === this.exports._initialize ? "_initialize" : "_start", bootFrame(), () => init(), "throw");
    this.contexts.set(this.rootContextId, { kind: "root" });
    this.invoke("proxy_on_context_create", bootFrame(), () => this.call("proxy_on_context_create", this.rootContextId, 0), "throw");
    const vmConfig = this.vmConfiguration;
    const started = this.invoke(
      "proxy_on_vm_start",
      bootFrame(/* @__PURE__ */ new Map([[BufferType.VmConfiguration, { get: () => vmConfig }]])),
      () => this.call("proxy_on_vm_start", this.rootContextId, vmConfig.length),
      "throw"
    );
    if (!started) {
      if (allowConfigureFailure) return;
      throw new ConfigureError("proxy_on_vm_start", this.logs.slice(-LOG_KEEP));
    }
    const pluginConfig = this.pluginConfiguration;
    const configured = this.invoke(
      "proxy_on_configure",
      bootFrame(/* @__PURE__ */ new Map([[BufferType.PluginConfiguration, { get: () => pluginConfig }]])),
      () => this.call("proxy_on_configure", this.rootContextId, pluginConfig.length),
      "throw"
    );
    if (!configured) {
      if (allowConfigureFailure) return;
      throw new ConfigureError("proxy_on_configure", this.logs.slice(-LOG_KEEP));
    }
    this.configured = true;
  }
  /** Calls an export if the module has it; a missing callback behaves as Envoy's default. */
  call(name, ...args) {
    const fn = this.exports[name];
    if (typeof fn !== "function") return name === "proxy_on_vm_start" || name === "proxy_on_configure" || name === "proxy_on_done" ? 1 : 0;
    const result = fn(...args);
    return typeof result === "number" ? result : typeof result === "bigint" ? Number(result) : 0;
  }
  /** @internal Calls a context callback by name (used by streams). */
  callContext(name, ...args) {
    return this.call(name, ...args);
  }
  hasExport(name) {
    return typeof this.exports[name] === "function";
  }
  /**
   * Runs one guest entry point. A trap becomes ModuleTrapError, or under
   * fail-closed marks the VM failed and returns undefined. Host errors (an
   * unimplemented import, a misuse) propagate unchanged.
   */
  invoke(callback, frame, fn, onTrap = "host") {
    const outermost = this.frames.length === 0;
    this.frames.push(frame);
    if (outermost) {
      this.effectiveContextId = 0;
      this.nextIterationStopped = false;
    }
    let result;
    try {
      result = fn();
    } catch (e) {
      this.frames.pop();
      if (outermost) this.afterCall = [];
      if (e instanceof HostError) throw e;
      const trap = e instanceof Error ? e.message : String(e);
      const error = new ModuleTrapError(callback, trap, this.logs.slice(-LOG_KEEP), { cause: e });
      if (onTrap === "throw" || this.host.onTrap === "throw") throw error;
      this.failed = true;
      this.log("critical", `host-sim: VM failed (fail-closed): ${error.message.split("\n")[0]}`);
      return void 0;
    }
    this.frames.pop();
    if (outermost) {
      this.effectiveContextId = 0;
      const actions = this.afterCall;
      this.afterCall = [];
      for (const action of actions) action();
      this.host.flushDeferred();
    }
    return result;
  }
  /** Whether the guest asked to stop iteration (a local reply) during the current outermost call. */
  get iterationStopped() {
    return this.nextIterationStopped;
  }
  stopNextIteration() {
    this.nextIterationStopped = true;
  }
  /** Queues work Envoy runs after the VM call returns (local replies, continues). */
  defer(action) {
    if (this.frames.length === 0) action();
    else this.afterCall.push(action);
  }
  // ---- context bookkeeping -------------------------------------------------
  /** @internal Creates a stream context (proxy_on_context_create(ctx, root)). */
  createHttpContext(slot) {
    const id = this.nextContextId++;
    this.contexts.set(id, { kind: "http", slot });
    const ok = this.invoke(
      "proxy_on_context_create",
      { contextId: id, buffers: /* @__PURE__ */ new Map() },
      () => this.call("proxy_on_context_create", id, this.rootContextId)
    );
    return ok === void 0 ? void 0 : id;
  }
  /** @internal */
  dropContext(id) {
    this.contexts.delete(id);
  }
  resolveContext() {
    const frame = this.frames[this.frames.length - 1];
    let id = frame?.contextId ?? this.rootContextId;
    if (this.effectiveContextId !== 0 && this.contexts.has(this.effectiveContextId)) id = this.effectiveContextId;
    const entry = this.contexts.get(id);
    return entry?.kind === "http" ? { id, slot: entry.slot } : { id };
  }
  resolveRootContextId() {
    return this.rootContextId;
  }
  setEffectiveContext(id) {
    if (!this.contexts.has(id)) return WasmResult.BadArgument;
    this.effectiveContextId = id;
    return WasmResult.Ok;
  }
  currentStatus() {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const s = this.frames[i].status;
      if (s) return s;
    }
    return { code: WasmResult.Ok, message: "" };
  }
  buffer(type) {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const b = this.frames[i].buffers.get(type);
      if (b) return b;
    }
    const slot = this.resolveContext().slot;
    return slot?.bodyBuffer(type);
  }
  propertyScope() {
    const slot = this.resolveContext().slot;
    const vm = {
      plugin_name: this.name,
      plugin_root_id: this.rootId,
      plugin_vm_id: this.vmId,
      ...this.properties
    };
    if (!slot) return { vm };
    return {
      vm,
      stream: slot.stream.properties,
      requestHeaders: slot.stream.requestHeaderMap,
      responseHeaders: slot.stream.responseHeaderMap,
      filterState: slot.stream.filterState
    };
  }
  // ---- logging -------------------------------------------------------------
  log(level, message) {
    this.logs.push({ level, message, contextId: this.resolveContext().id });
  }
  // ---- ticks ---------------------------------------------------------------
  setTickPeriod(periodMs) {
    this.tickPeriodMs = periodMs;
    this.nextTickAt = periodMs === 0 ? void 0 : this.host.nowMs + periodMs;
  }
  /** @internal The virtual time of this VM's next event, for the host's clock. */
  nextEvent() {
    let best;
    if (this.nextTickAt !== void 0) best = { at: this.nextTickAt, seq: 0, fire: () => this.fireTick() };
    for (const c of this.callouts.values()) {
      if (c.deadline === void 0) continue;
      if (!best || c.deadline < best.at || c.deadline === best.at && best.seq !== 0 && c.seq < best.seq) {
        best = { at: c.deadline, seq: c.seq, fire: () => this.timeOut(c) };
      }
    }
    return best;
  }
  fireTick() {
    this.nextTickAt = this.host.nowMs + this.tickPeriodMs;
    if (this.failed) return;
    this.invoke(
      "proxy_on_tick",
      { contextId: this.rootContextId, buffers: /* @__PURE__ */ new Map() },
      () => this.call("proxy_on_tick", this.rootContextId)
    );
  }
  // ---- shared queues -------------------------------------------------------
  notifyQueueReady(rootContextId, token) {
    if (this.failed) return;
    this.invoke(
      "proxy_on_queue_ready",
      { contextId: rootContextId, buffers: /* @__PURE__ */ new Map() },
      () => this.call("proxy_on_queue_ready", rootContextId, token)
    );
  }
  // ---- HTTP callouts -------------------------------------------------------
  dispatchHttpCall(cluster, headers, body, trailers, timeoutMs) {
    if (timeoutMs < 0) return { result: WasmResult.BadArgument };
    if (!this.host.hasCluster(cluster)) return { result: WasmResult.BadArgument };
    const names = new Set(headers.map(([k]) => k.toLowerCase()));
    if (!names.has(":path") || !names.has(":method") || !names.has(":authority")) return { result: WasmResult.BadArgument };
    const token = this.nextCalloutToken++;
    const callout = {
      token,
      cluster,
      headers,
      body,
      trailers,
      timeoutMs,
      // Envoy's timeout 0 means "no timeout".
      deadline: timeoutMs === 0 ? void 0 : this.host.nowMs + timeoutMs,
      seq: this.host.nextSeq(),
      respond: (response) => this.completeCallout(callout, response),
      fail: () => this.failCallout(callout)
    };
    this.callouts.set(token, callout);
    return { result: WasmResult.Ok, token };
  }
  pendingCallouts() {
    return [...this.callouts.values()].map(({ token, cluster, headers, body, trailers, timeoutMs, respond, fail }) => ({ token, cluster, headers, body, trailers, timeoutMs, respond, fail }));
  }
  takeCallout(callout) {
    if (this.callouts.get(callout.token) !== callout) {
      throw new HostError(`callout ${callout.token} to ${callout.cluster} was already answered, failed or timed out`);
    }
    this.callouts.delete(callout.token);
  }
  completeCallout(callout, response) {
    if (typeof response !== "object" || response === null) throw new TypeError("respond() needs { headers, body?, trailers? }");
    this.takeCallout(callout);
    const headers = new HeaderMap(normalizeHeaders(response.headers, "callout response headers"));
    if (headers.get(":status") === void 0) headers.add(":status", "200");
    const body = typeof response.body === "string" ? encoder5.encode(response.body) : response.body ?? new Uint8Array(0);
    const trailers = new HeaderMap(normalizeHeaders(response.trailers, "callout response trailers"));
    this.deliverCalloutResponse(callout.token, headers, body, trailers, { code: WasmResult.Ok, message: "" });
  }
  failCallout(callout) {
    this.takeCallout(callout);
    this.deliverCalloutResponse(callout.token, void 0, void 0, void 0, { code: WasmResult.BrokenConnection, message: "reset" });
  }
  /** Envoy's router answers a timed-out async request with its own 504. */
  timeOut(callout) {
    this.takeCallout(callout);
    const body = encoder5.encode("upstream request timeout");
    const headers = new HeaderMap([[":status", "504"], ["content-length", String(body.length)], ["content-type", "text/plain"]]);
    this.deliverCalloutResponse(callout.token, headers, body, new HeaderMap(), { code: WasmResult.Ok, message: "" });
  }
  deliverCalloutResponse(token, headers, body, trailers, status) {
    if (this.failed) return;
    const buffers = /* @__PURE__ */ new Map();
    if (body) buffers.set(BufferType.HttpCallResponseBody, { get: () => body });
    const frame = { contextId: this.rootContextId, buffers, status };
    this.calloutMaps = { headers, trailers };
    try {
      this.invoke("proxy_on_http_call_response", frame, () => this.call("proxy_on_http_call_response", this.rootContextId, token, headers?.count ?? 0, body?.length ?? 0, trailers?.count ?? 0));
    } finally {
      this.calloutMaps = void 0;
    }
  }
  calloutMaps;
  /** Header maps that belong to the VM rather than a stream (callout responses). */
  vmHeaderMap(type) {
    if (type === HeaderMapType.HttpCallResponseHeaders) return this.calloutMaps?.headers;
    if (type === HeaderMapType.HttpCallResponseTrailers) return this.calloutMaps?.trailers;
    return void 0;
  }
  // ---- shutdown ------------------------------------------------------------
  /**
   * Stops the VM as Envoy does on config removal: proxy_on_done on the root
   * context, then proxy_on_delete, unless on_done returned false, in which case
   * deletion waits for the plugin to call proxy_done.
   */
  shutdown() {
    const frame = { contextId: this.rootContextId, buffers: /* @__PURE__ */ new Map() };
    const done = this.invoke("proxy_on_done", frame, () => this.call("proxy_on_done", this.rootContextId));
    if (done === 0) {
      this.pendingRootDone = true;
      return;
    }
    this.deleteRoot();
  }
  deleteRoot() {
    this.invoke("proxy_on_delete", { contextId: this.rootContextId, buffers: /* @__PURE__ */ new Map() }, () => this.call("proxy_on_delete", this.rootContextId));
    this.contexts.delete(this.rootContextId);
    this.tickPeriodMs = 0;
    this.nextTickAt = void 0;
  }
  done() {
    if (!this.pendingRootDone) return WasmResult.NotFound;
    this.pendingRootDone = false;
    this.defer(() => this.deleteRoot());
    return WasmResult.Ok;
  }
  // ---- test accessors ------------------------------------------------------
  newHttpStream(options) {
    return this.host.newHttpStream([this], options);
  }
  memoryPages() {
    return this.memory.pages;
  }
  counter(name) {
    return this.metricIds.value(name);
  }
  metric(name) {
    return this.metricIds.value(name);
  }
  histogram(name) {
    return this.metricIds.samples(name);
  }
  metrics() {
    return this.metricIds.all();
  }
};

// host-sim/shared-data.ts
var encoder6 = new TextEncoder();
var decoder5 = new TextDecoder();
var SharedData = class {
  byVm = /* @__PURE__ */ new Map();
  nextCas = 1;
  map(vmId) {
    let m = this.byVm.get(vmId);
    if (!m) this.byVm.set(vmId, m = /* @__PURE__ */ new Map());
    return m;
  }
  takeCas() {
    const cas = this.nextCas;
    this.nextCas = this.nextCas + 1 >>> 0 || 1;
    return cas;
  }
  lookup(vmId, key) {
    const e = this.map(vmId).get(key);
    return e && { value: e.value.slice(), cas: e.cas };
  }
  /** Returns a WasmResult code: CasMismatch when cas is non-zero and stale. */
  store(vmId, key, value, cas) {
    const m = this.map(vmId);
    const existing = m.get(key);
    if (existing && cas !== 0 && cas !== existing.cas) return WasmResult.CasMismatch;
    m.set(key, { value: value.slice(), cas: this.takeCas() });
    return WasmResult.Ok;
  }
  /** Test helper: the value as a UTF-8 string (vmId defaults to '', Envoy's default vm_id). */
  get(key, vmId = "") {
    const e = this.map(vmId).get(key);
    return e && decoder5.decode(e.value);
  }
  getBytes(key, vmId = "") {
    return this.map(vmId).get(key)?.value.slice();
  }
  /** Test helper: seeds a value as another worker would (unconditional write). */
  set(key, value, vmId = "") {
    this.store(vmId, key, typeof value === "string" ? encoder6.encode(value) : value, 0);
  }
  cas(key, vmId = "") {
    return this.map(vmId).get(key)?.cas;
  }
};

// host-sim/shared-queues.ts
var SharedQueues = class _SharedQueues {
  byToken = /* @__PURE__ */ new Map();
  tokens = /* @__PURE__ */ new Map();
  nextToken = 1;
  static key(vmId, name) {
    return `${vmId}\0${name}`;
  }
  register(vmId, name, owner, rootContextId) {
    const key = _SharedQueues.key(vmId, name);
    const existing = this.tokens.get(key);
    if (existing !== void 0) {
      const q = this.byToken.get(existing);
      q.owner = owner;
      q.rootContextId = rootContextId;
      return existing;
    }
    const token = this.nextToken++;
    this.tokens.set(key, token);
    this.byToken.set(token, { vmId, name, owner, rootContextId, items: [] });
    return token;
  }
  resolve(vmId, name) {
    return this.tokens.get(_SharedQueues.key(vmId, name));
  }
  /** Returns the WasmResult and, on success, who to notify. */
  enqueue(token, data) {
    const q = this.byToken.get(token);
    if (!q) return { result: WasmResult.NotFound };
    q.items.push(data.slice());
    return { result: WasmResult.Ok, notify: () => q.owner.notifyQueueReady(q.rootContextId, token) };
  }
  dequeue(token) {
    const q = this.byToken.get(token);
    if (!q) return { result: WasmResult.NotFound };
    const data = q.items.shift();
    if (!data) return { result: WasmResult.Empty };
    return { result: WasmResult.Ok, data };
  }
  size(vmId, name) {
    const token = this.resolve(vmId, name);
    return token === void 0 ? 0 : this.byToken.get(token).items.length;
  }
};

// host-sim/stream.ts
var encoder7 = new TextEncoder();
var decoder6 = new TextDecoder();
function concat2(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
function toBody(data, what) {
  if (typeof data === "string") return encoder7.encode(data);
  if (data instanceof Uint8Array) return data.slice();
  throw new TypeError(`${what} must be a string or a Uint8Array`);
}
var FilterSlot = class {
  constructor(stream, vm, index) {
    this.stream = stream;
    this.vm = vm;
    this.index = index;
  }
  stream;
  vm;
  index;
  contextId;
  /** Envoy's failure_local_reply_sent_: a failed filter is skipped on the way back. */
  failureReplySent = false;
  heldHeaders = { request: false, response: false };
  heldTrailers = { request: false, response: false };
  body = { request: void 0, response: void 0 };
  buffering = { request: false, response: false };
  bodyEnd = { request: false, response: false };
  headerMap(type) {
    const s = this.stream;
    switch (type) {
      case HeaderMapType.RequestHeaders:
        return this.heldHeaders.request ? s.requestHeaderMap : void 0;
      case HeaderMapType.ResponseHeaders:
        return this.heldHeaders.response ? s.responseHeaderMap : void 0;
      case HeaderMapType.RequestTrailers:
        return this.heldTrailers.request ? s.requestTrailerMap : void 0;
      case HeaderMapType.ResponseTrailers:
        return this.heldTrailers.response ? s.responseTrailerMap : void 0;
      default:
        return void 0;
    }
  }
  bodyBuffer(type) {
    const dir = type === BufferType.HttpRequestBody ? "request" : type === BufferType.HttpResponseBody ? "response" : void 0;
    if (!dir || this.body[dir] === void 0) return void 0;
    return { get: () => this.body[dir], set: (bytes) => {
      this.body[dir] = bytes;
    } };
  }
  requestLocalResponse(reply) {
    this.vm.defer(() => this.stream.applyLocalResponse(reply));
  }
  continueStream(type) {
    if (type !== StreamType.Request && type !== StreamType.Response) return WasmResult.BadArgument;
    const dir = type === StreamType.Request ? "request" : "response";
    if (dir === "request") this.stream.continuedRequest = true;
    else this.stream.continuedResponse = true;
    this.vm.defer(() => this.stream.resume(dir, this));
    return WasmResult.Ok;
  }
  closeStream(type) {
    if (type !== StreamType.Request && type !== StreamType.Response) return WasmResult.BadArgument;
    this.vm.defer(() => this.stream.reset("wasm_close_stream"));
    return WasmResult.Ok;
  }
};
function direction() {
  return { headersSent: false, ended: false, headersDelivered: false, blockedAt: void 0, blockedResume: void 0, queue: [], delivered: [] };
}
var HttpStream = class {
  constructor(vms, properties) {
    this.properties = properties;
    this.slots = vms.map((vm, i) => new FilterSlot(this, vm, i));
  }
  properties;
  slots;
  filterState = /* @__PURE__ */ new Map();
  requestHeaderMap;
  requestTrailerMap;
  responseHeaderMap;
  responseTrailerMap;
  continuedRequest = false;
  continuedResponse = false;
  /** Set when a filter called proxy_close_stream: the stream is reset. */
  resetDetails;
  reply;
  completed = false;
  state = { request: direction(), response: direction() };
  // ---- test API: driving the stream ---------------------------------------
  sendRequestHeaders(headers, options = {}) {
    this.assertOpen("sendRequestHeaders");
    if (this.state.request.headersSent) throw new StreamStateError("sendRequestHeaders: request headers were already sent on this stream");
    this.requestHeaderMap = new HeaderMap(normalizeHeaders(headers, "request headers"));
    this.state.request.headersSent = true;
    this.state.request.ended = options.endOfStream === true;
    return this.flow("request", 0, { kind: "headers", endOfStream: options.endOfStream === true });
  }
  sendRequestBody(data, options = {}) {
    this.assertOpen("sendRequestBody");
    this.assertDirection("request", "sendRequestBody");
    this.state.request.ended = options.endOfStream === true;
    return this.flow("request", 0, { kind: "data", data: toBody(data, "request body"), endOfStream: options.endOfStream === true });
  }
  sendRequestTrailers(trailers) {
    this.assertOpen("sendRequestTrailers");
    this.assertDirection("request", "sendRequestTrailers");
    this.requestTrailerMap = new HeaderMap(normalizeHeaders(trailers, "request trailers"));
    this.state.request.ended = true;
    return this.flow("request", 0, { kind: "trailers", endOfStream: true });
  }
  sendResponseHeaders(headers, options = {}) {
    this.assertOpen("sendResponseHeaders");
    if (!this.state.request.headersDelivered) {
      throw new StreamStateError("sendResponseHeaders: the request headers have not reached upstream yet (not sent, or a filter paused them)");
    }
    if (this.state.response.headersSent) throw new StreamStateError("sendResponseHeaders: response headers were already sent on this stream");
    const pairs = normalizeHeaders(headers, "response headers");
    if (!pairs.some(([k]) => k === ":status")) throw new TypeError('response headers need a ":status" header');
    this.responseHeaderMap = new HeaderMap(pairs);
    this.state.response.headersSent = true;
    this.state.response.ended = options.endOfStream === true;
    return this.flow("response", 0, { kind: "headers", endOfStream: options.endOfStream === true });
  }
  sendResponseBody(data, options = {}) {
    this.assertOpen("sendResponseBody");
    this.assertDirection("response", "sendResponseBody");
    this.state.response.ended = options.endOfStream === true;
    return this.flow("response", 0, { kind: "data", data: toBody(data, "response body"), endOfStream: options.endOfStream === true });
  }
  sendResponseTrailers(trailers) {
    this.assertOpen("sendResponseTrailers");
    this.assertDirection("response", "sendResponseTrailers");
    this.responseTrailerMap = new HeaderMap(normalizeHeaders(trailers, "response trailers"));
    this.state.response.ended = true;
    return this.flow("response", 0, { kind: "trailers", endOfStream: true });
  }
  /** Ends the stream as Envoy does: proxy_on_done, then proxy_on_log, then proxy_on_delete for each filter. */
  complete() {
    if (this.completed) throw new StreamStateError("complete: the stream is already complete");
    this.completed = true;
    const live = this.slots.filter((s) => s.contextId !== void 0);
    const run = (name) => {
      for (const s of live) {
        if (s.vm.failed) continue;
        s.vm.invoke(name, { contextId: s.contextId, buffers: /* @__PURE__ */ new Map() }, () => s.vm.callContext(name, s.contextId));
      }
    };
    run("proxy_on_done");
    run("proxy_on_log");
    run("proxy_on_delete");
    for (const s of live) s.vm.dropContext(s.contextId);
  }
  // ---- test API: observing the stream -------------------------------------
  get localResponse() {
    const r = this.reply;
    if (!r) return void 0;
    const body = concat2(this.state.response.delivered);
    return {
      status: r.status,
      headers: this.responseHeaderMap?.pairs() ?? [],
      body,
      bodyText: decoder6.decode(body),
      details: r.details,
      grpcStatus: r.grpcStatus >= 0 && r.grpcStatus <= 16 ? r.grpcStatus : void 0
    };
  }
  requestHeaders() {
    return this.requestHeaderMap?.pairs() ?? [];
  }
  requestHeader(name) {
    return this.requestHeaderMap?.get(name);
  }
  requestTrailers() {
    return this.requestTrailerMap?.pairs() ?? [];
  }
  responseHeaders() {
    return this.responseHeaderMap?.pairs() ?? [];
  }
  responseHeader(name) {
    return this.responseHeaderMap?.get(name);
  }
  responseTrailers() {
    return this.responseTrailerMap?.pairs() ?? [];
  }
  /** The request body that passed every filter (what upstream received). */
  requestBody() {
    return concat2(this.state.request.delivered);
  }
  /** The response body that passed every filter (what the client received). */
  responseBody() {
    return concat2(this.state.response.delivered);
  }
  /** Filter state a filter wrote with proxy_set_property (path segments joined by "." or given as an array). */
  property(path) {
    const bytes = this.propertyBytes(path);
    return bytes && decoder6.decode(bytes);
  }
  propertyBytes(path) {
    const key = typeof path === "string" ? path : path.join("\0");
    return this.filterState.get(key)?.slice();
  }
  get isComplete() {
    return this.completed;
  }
  // ---- iteration -----------------------------------------------------------
  assertOpen(call) {
    if (this.completed) throw new StreamStateError(`${call}: the stream is complete`);
    if (this.resetDetails) throw new StreamStateError(`${call}: the stream was reset by a filter (${this.resetDetails})`);
    if (this.reply) {
      throw new StreamStateError(`${call}: the stream was already answered with a local response (status ${this.reply.status}, details "${this.reply.details}")`);
    }
  }
  assertDirection(dir, call) {
    const st = this.state[dir];
    const headersCall = dir === "request" ? "sendRequestHeaders" : "sendResponseHeaders";
    if (!st.headersSent) throw new StreamStateError(`${call} called before ${headersCall}`);
    if (st.ended) throw new StreamStateError(`${call}: the ${dir} already ended (endOfStream was set or trailers were sent)`);
  }
  order(dir) {
    const idx = this.slots.map((_, i) => i);
    return dir === "request" ? idx : idx.reverse();
  }
  halted(dir) {
    if (this.resetDetails) return true;
    return dir === "request" && this.reply !== void 0;
  }
  flow(dir, startPos, first) {
    const order = this.order(dir);
    const st = this.state[dir];
    let last;
    let ev = first;
    for (let pos = startPos; pos < order.length; pos++) {
      if (this.halted(dir)) return last ?? stoppedAction(ev);
      if (st.blockedAt === pos) {
        st.queue.push({ pos, ev });
        return last ?? stoppedAction(ev);
      }
      const slot = this.slots[order[pos]];
      const outcome = this.callFilter(slot, dir, pos, ev);
      if (outcome.action !== void 0) last = outcome.action;
      if (!outcome.passOn) return last ?? stoppedAction(ev);
      if (outcome.flushFirst) this.flow(dir, pos + 1, outcome.flushFirst);
      ev = outcome.passOn;
    }
    if (this.halted(dir) && !(dir === "response")) return last ?? stoppedAction(ev);
    this.deliver(dir, ev);
    return last ?? "Continue";
  }
  deliver(dir, ev) {
    const st = this.state[dir];
    if (ev.kind === "headers") st.headersDelivered = true;
    if (ev.kind === "data" && ev.data) st.delivered.push(ev.data);
  }
  callFilter(slot, dir, pos, ev) {
    const vm = slot.vm;
    if (slot.contextId === void 0) {
      if (dir === "response" || ev.kind !== "headers") return { passOn: ev };
      if (vm.failed) {
        this.failStream(slot);
        return { action: "StopAllIterationAndWatermark" };
      }
      slot.contextId = vm.createHttpContext(slot);
      if (slot.contextId === void 0) {
        this.failStream(slot);
        return { action: "StopAllIterationAndWatermark" };
      }
    }
    if (slot.failureReplySent) return { passOn: ev };
    if (vm.failed) {
      this.failStream(slot);
      return { action: ev.kind === "data" ? "StopIterationNoBuffer" : "StopAllIterationAndWatermark" };
    }
    const ctx = slot.contextId;
    const st = this.state[dir];
    const prefix = dir === "request" ? "proxy_on_request" : "proxy_on_response";
    if (ev.kind === "headers") {
      slot.heldHeaders[dir] = true;
      const map2 = dir === "request" ? this.requestHeaderMap : this.responseHeaderMap;
      const raw2 = vm.invoke(
        `${prefix}_headers`,
        { contextId: ctx, buffers: /* @__PURE__ */ new Map() },
        () => vm.callContext(`${prefix}_headers`, ctx, map2.count, ev.endOfStream ? 1 : 0)
      );
      if (raw2 === void 0) return this.trapped(slot, "StopAllIterationAndWatermark");
      const action2 = convertHeadersResult(raw2, vm.iterationStopped);
      if (action2 === "Continue" || action2 === "ContinueAndEndStream") {
        slot.heldHeaders[dir] = false;
        return { action: action2, passOn: ev };
      }
      st.blockedAt = pos;
      st.blockedResume = ev;
      return { action: action2 };
    }
    if (ev.kind === "data") {
      const incoming = ev.data ?? new Uint8Array(0);
      slot.body[dir] = slot.buffering[dir] && slot.body[dir] ? concat2([slot.body[dir], incoming]) : incoming;
      slot.bodyEnd[dir] = ev.endOfStream;
      const size = slot.body[dir].length;
      const raw2 = vm.invoke(
        `${prefix}_body`,
        { contextId: ctx, buffers: /* @__PURE__ */ new Map() },
        () => vm.callContext(`${prefix}_body`, ctx, size, ev.endOfStream ? 1 : 0)
      );
      if (raw2 === void 0) return this.trapped(slot, "StopIterationNoBuffer");
      const action2 = convertDataResult(raw2, vm.iterationStopped);
      slot.buffering[dir] = false;
      if (action2 === "Continue") {
        const data = slot.body[dir] ?? new Uint8Array(0);
        slot.body[dir] = void 0;
        return { action: action2, passOn: { kind: "data", data, endOfStream: ev.endOfStream } };
      }
      if (action2 === "StopIterationNoBuffer") slot.body[dir] = void 0;
      else slot.buffering[dir] = true;
      return { action: action2 };
    }
    slot.heldTrailers[dir] = true;
    const map = dir === "request" ? this.requestTrailerMap : this.responseTrailerMap;
    const raw = vm.invoke(
      `${prefix}_trailers`,
      { contextId: ctx, buffers: /* @__PURE__ */ new Map() },
      () => vm.callContext(`${prefix}_trailers`, ctx, map.count)
    );
    if (raw === void 0) return this.trapped(slot, "StopIteration");
    const action = convertTrailersResult(raw, vm.iterationStopped);
    if (action === "Continue") {
      slot.heldTrailers[dir] = false;
      const flushFirst = this.takeBuffered(slot, dir, false);
      return { action, passOn: ev, flushFirst };
    }
    st.blockedAt = pos;
    st.blockedResume = ev;
    return { action };
  }
  takeBuffered(slot, dir, endOfStream) {
    if (!slot.buffering[dir]) return void 0;
    const data = slot.body[dir] ?? new Uint8Array(0);
    slot.buffering[dir] = false;
    slot.body[dir] = void 0;
    return { kind: "data", data, endOfStream };
  }
  trapped(slot, action) {
    this.failStream(slot);
    return { action };
  }
  /** Envoy's Context::failStream: a 503 local reply with details wasm_fail_stream. */
  failStream(slot) {
    if (slot.failureReplySent) return;
    slot.failureReplySent = true;
    if (this.reply) return;
    this.applyLocalResponse({ status: 503, details: "wasm_fail_stream", body: new Uint8Array(0), headers: [], grpcStatus: 14 });
  }
  /** @internal Runs after the VM call that asked for it, as Envoy's sendLocalReply does. */
  applyLocalResponse(reply) {
    if (this.reply || this.resetDetails || this.completed) return;
    this.reply = reply;
    const headers = new HeaderMap([[":status", String(reply.status)]]);
    for (const [k, v] of reply.headers) headers.add(k, v);
    if (reply.body.length > 0) {
      if (headers.get("content-type") === void 0) headers.add("content-type", "text/plain");
      headers.replace("content-length", String(reply.body.length));
    }
    const resp = this.state.response;
    const responseStarted = resp.headersSent;
    this.responseHeaderMap = headers;
    resp.headersSent = true;
    resp.ended = true;
    resp.delivered = [];
    this.state.request.ended = true;
    if (responseStarted) {
      resp.blockedAt = void 0;
      resp.queue = [];
      resp.headersDelivered = true;
      if (reply.body.length > 0) resp.delivered.push(reply.body);
      return;
    }
    for (const s of this.slots) s.heldHeaders.response = false;
    this.flow("response", 0, { kind: "headers", endOfStream: reply.body.length === 0 });
    if (reply.body.length > 0) this.flow("response", 0, { kind: "data", data: reply.body, endOfStream: true });
  }
  /** @internal proxy_continue_stream, run after the VM call. */
  resume(dir, slot) {
    if (this.completed || this.halted(dir)) return;
    const st = this.state[dir];
    const pos = this.order(dir).indexOf(slot.index);
    if (st.blockedAt === pos) {
      const ev = st.blockedResume;
      st.blockedAt = void 0;
      st.blockedResume = void 0;
      if (ev.kind === "headers") slot.heldHeaders[dir] = false;
      else slot.heldTrailers[dir] = false;
      const flushFirst = ev.kind === "trailers" ? this.takeBuffered(slot, dir, false) : void 0;
      if (flushFirst) this.flow(dir, pos + 1, flushFirst);
      this.flow(dir, pos + 1, ev);
      while (st.queue.length > 0 && st.blockedAt === void 0 && !this.halted(dir)) {
        const q = st.queue.shift();
        this.flow(dir, q.pos, q.ev);
      }
      return;
    }
    const buffered = this.takeBuffered(slot, dir, slot.bodyEnd[dir]);
    if (buffered) this.flow(dir, pos + 1, buffered);
  }
  /** @internal proxy_close_stream: Envoy resets the stream. */
  reset(details) {
    if (this.resetDetails || this.completed) return;
    this.resetDetails = details;
  }
};
function stoppedAction(ev) {
  if (ev.kind === "headers") return "StopAllIterationAndWatermark";
  if (ev.kind === "data") return "StopIterationAndBuffer";
  return "StopIteration";
}

// host-sim/host.ts
var DEFAULT_START_MS = Date.UTC(2025, 0, 1);
var encoder8 = new TextEncoder();
var Host = class {
  sharedData = new SharedData();
  queues = new SharedQueues();
  metricStore = new MetricStore();
  onTrap;
  startTimeMs;
  nowMs;
  vms = [];
  clusters;
  deferred = [];
  flushing = false;
  seq = 1;
  constructor(options = {}) {
    if (options.onTrap !== void 0 && options.onTrap !== "throw" && options.onTrap !== "fail-closed") {
      throw new TypeError(`onTrap must be 'throw' or 'fail-closed', got ${String(options.onTrap)}`);
    }
    if (options.startTimeMs !== void 0 && !Number.isSafeInteger(options.startTimeMs)) {
      throw new TypeError("startTimeMs must be an integer number of milliseconds");
    }
    this.onTrap = options.onTrap ?? "throw";
    this.startTimeMs = options.startTimeMs ?? DEFAULT_START_MS;
    this.nowMs = this.startTimeMs;
    this.clusters = options.clusters ? new Set(options.clusters) : void 0;
  }
  async startVm(options) {
    const vm = await Vm.start(this, options);
    this.vms.push(vm);
    return vm;
  }
  /** A stream through a filter chain: request callbacks run in array order, response callbacks in reverse. */
  newHttpStream(vms, options = {}) {
    if (!Array.isArray(vms) || vms.length === 0) throw new TypeError("newHttpStream needs a non-empty array of VMs");
    for (const vm of vms) {
      if (!(vm instanceof Vm) || vm.host !== this) throw new TypeError("newHttpStream: every VM must come from this host's startVm");
      if (!vm.configured) {
        throw new StreamStateError(`newHttpStream: VM "${vm.rootId || vm.name}" did not configure (on_vm_start/on_configure returned false); Envoy would not create its filter`);
      }
    }
    return new HttpStream(vms, validateProperties(options.properties, "stream properties"));
  }
  realtimeNs() {
    return BigInt(this.nowMs) * 1000000n;
  }
  monotonicNs() {
    return BigInt(this.nowMs - this.startTimeMs) * 1000000n;
  }
  /** Moves the virtual clock, firing ticks and callout timeouts in time order. */
  advanceTime(ms) {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError("advanceTime needs a non-negative number of milliseconds");
    const target = this.nowMs + ms;
    for (; ; ) {
      let next;
      for (const vm of this.vms) {
        const e = vm.nextEvent();
        if (e && e.at <= target && (!next || e.at < next.at)) next = e;
      }
      if (!next) break;
      this.nowMs = next.at;
      next.fire();
    }
    this.nowMs = target;
  }
  /** Enqueues onto a queue some VM registered, as another VM would. */
  enqueue(vmId, queueName, data) {
    const token = this.queues.resolve(vmId, queueName);
    if (token === void 0) throw new StreamStateError(`enqueue: no VM with vm_id "${vmId}" registered a queue named "${queueName}"`);
    const { notify } = this.queues.enqueue(token, typeof data === "string" ? encoder8.encode(data) : data);
    if (notify) this.defer(notify);
    this.flushDeferred();
  }
  /** A stat's value summed over every VM (as Envoy's stats are), or undefined if no VM defined it. */
  metric(name) {
    return this.metricStore.value(name);
  }
  metrics() {
    return this.metricStore.all();
  }
  hasCluster(name) {
    return this.clusters === void 0 || this.clusters.has(name);
  }
  /** @internal */
  nextSeq() {
    return this.seq++;
  }
  /** @internal Work that must not re-enter a VM mid-call (queue notifications). */
  defer(action) {
    this.deferred.push(action);
  }
  /** @internal */
  flushDeferred() {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.deferred.length > 0) this.deferred.shift()();
    } finally {
      this.flushing = false;
    }
  }
};

// ../../tmp/go-dbg2.ts
var host = new Host();
var orig = Vm.prototype.log;
var lines = [];
Vm.prototype.log = function(l, m) {
  lines.push(m);
  return orig.call(this, l, m);
};
try {
  await host.startVm({ module: "/work/main/build/fixtures/go-filter.wasm", pluginConfiguration: '{"deny_prefix":"/a"}' });
  console.log("ok");
} catch (e) {
  console.log(e.name);
}
console.log(lines.join("").slice(0, 1500));
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vaG9zdC1zaW0vdm0udHMiLCAiLi4vaG9zdC1zaW0vYWJpLnRzIiwgIi4uL2hvc3Qtc2ltL2Vycm9ycy50cyIsICIuLi9ob3N0LXNpbS9oZWFkZXItbWFwLnRzIiwgIi4uL2hvc3Qtc2ltL3BhaXJzLnRzIiwgIi4uL2hvc3Qtc2ltL3Byb3BlcnRpZXMudHMiLCAiLi4vaG9zdC1zaW0vaG9zdC1jYWxscy50cyIsICIuLi9ob3N0LXNpbS9tZW1vcnkudHMiLCAiLi4vaG9zdC1zaW0vbWV0cmljcy50cyIsICIuLi9ob3N0LXNpbS93YXNpLnRzIiwgIi4uL2hvc3Qtc2ltL3NoYXJlZC1kYXRhLnRzIiwgIi4uL2hvc3Qtc2ltL3NoYXJlZC1xdWV1ZXMudHMiLCAiLi4vaG9zdC1zaW0vc3RyZWFtLnRzIiwgIi4uL2hvc3Qtc2ltL2hvc3QudHMiLCAiLi4vLi4vLi4vdG1wL2dvLWRiZzIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIE9uZSBwcm94eS13YXNtIFZNOiBhIG1vZHVsZSBpbnN0YW5jZSB3aXRoIGl0cyBvd24gbWVtb3J5LCBpdHMgcm9vdCBjb250ZXh0LFxuLy8gYW5kIHRoZSBzdHJlYW0gY29udGV4dHMgY3JlYXRlZCBpbiBpdC4gT3ducyB0aGUgbGlmZWN5Y2xlIEVudm95IGRyaXZlc1xuLy8gKHN0YXJ0LCBjb25maWd1cmUsIHRpY2tzLCBxdWV1ZSBhbmQgY2FsbG91dCBkZWxpdmVyaWVzKSBhbmQgdGhlIGd1YXJkIGFyb3VuZFxuLy8gZXZlcnkgZ3Vlc3QgY2FsbCAodHJhcHMsIGZhaWwtY2xvc2VkLCBkZWZlcnJlZCBhY3Rpb25zKS5cbmltcG9ydCB7IHJlYWRGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyBCdWZmZXJUeXBlLCBIZWFkZXJNYXBUeXBlLCBMT0dfTEVWRUxTLCBXYXNtUmVzdWx0IH0gZnJvbSAnLi9hYmkudHMnO1xuaW1wb3J0IHsgQ29uZmlndXJlRXJyb3IsIEhvc3RFcnJvciwgTW9kdWxlTG9hZEVycm9yLCBNb2R1bGVUcmFwRXJyb3IsIFVuaW1wbGVtZW50ZWRIb3N0Q2FsbEVycm9yLCB0eXBlIExvZ0xldmVsTmFtZSwgdHlwZSBMb2dMaW5lIH0gZnJvbSAnLi9lcnJvcnMudHMnO1xuaW1wb3J0IHsgSGVhZGVyTWFwIH0gZnJvbSAnLi9oZWFkZXItbWFwLnRzJztcbmltcG9ydCB7IHByb3h5SW1wb3J0cyB9IGZyb20gJy4vaG9zdC1jYWxscy50cyc7XG5pbXBvcnQgeyBHdWVzdE1lbW9yeSB9IGZyb20gJy4vbWVtb3J5LnRzJztcbmltcG9ydCB7IFZtTWV0cmljcywgdHlwZSBNZXRyaWNWYWx1ZSB9IGZyb20gJy4vbWV0cmljcy50cyc7XG5pbXBvcnQgeyBub3JtYWxpemVIZWFkZXJzLCB0eXBlIEhlYWRlclBhaXJzLCB0eXBlIEhlYWRlcnNJbnB1dCB9IGZyb20gJy4vcGFpcnMudHMnO1xuaW1wb3J0IHsgdmFsaWRhdGVQcm9wZXJ0aWVzLCB0eXBlIFByb3BlcnR5SW5wdXQsIHR5cGUgUHJvcGVydHlTY29wZSB9IGZyb20gJy4vcHJvcGVydGllcy50cyc7XG5pbXBvcnQgdHlwZSB7IFF1ZXVlT3duZXIgfSBmcm9tICcuL3NoYXJlZC1xdWV1ZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBGaWx0ZXJTbG90IH0gZnJvbSAnLi9zdHJlYW0udHMnO1xuaW1wb3J0IHsgd2FzaUltcG9ydHMgfSBmcm9tICcuL3dhc2kudHMnO1xuaW1wb3J0IHR5cGUgeyBIb3N0IH0gZnJvbSAnLi9ob3N0LnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBWbU9wdGlvbnMge1xuICAvKiogQSBmaWxlIHBhdGgsIHRoZSBtb2R1bGUgYnl0ZXMsIG9yIGEgY29tcGlsZWQgbW9kdWxlLiAqL1xuICBtb2R1bGU6IHN0cmluZyB8IFVpbnQ4QXJyYXkgfCBXZWJBc3NlbWJseS5Nb2R1bGU7XG4gIHBsdWdpbkNvbmZpZ3VyYXRpb24/OiBvYmplY3QgfCBzdHJpbmcgfCBVaW50OEFycmF5O1xuICB2bUNvbmZpZ3VyYXRpb24/OiBzdHJpbmcgfCBVaW50OEFycmF5O1xuICByb290SWQ/OiBzdHJpbmc7XG4gIHZtSWQ/OiBzdHJpbmc7XG4gIG5hbWU/OiBzdHJpbmc7XG4gIHByb3BlcnRpZXM/OiBQcm9wZXJ0eUlucHV0O1xuICBsb2dMZXZlbD86IExvZ0xldmVsTmFtZTtcbiAgLyoqIFdBU0kgZW52aXJvbm1lbnQgdmFyaWFibGVzIChFbnZveTogdm1fY29uZmlnLmVudmlyb25tZW50X3ZhcmlhYmxlcykuICovXG4gIGVudmlyb25tZW50PzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFJlc29sdmUgd2l0aCB2bS5jb25maWd1cmVkID09PSBmYWxzZSBpbnN0ZWFkIG9mIHJlamVjdGluZyB3aXRoIENvbmZpZ3VyZUVycm9yLiAqL1xuICBhbGxvd0NvbmZpZ3VyZUZhaWx1cmU/OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENhbGxvdXRSZXNwb25zZSB7XG4gIGhlYWRlcnM/OiBIZWFkZXJzSW5wdXQ7XG4gIGJvZHk/OiBzdHJpbmcgfCBVaW50OEFycmF5O1xuICB0cmFpbGVycz86IEhlYWRlcnNJbnB1dDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQZW5kaW5nQ2FsbG91dCB7XG4gIHRva2VuOiBudW1iZXI7XG4gIGNsdXN0ZXI6IHN0cmluZztcbiAgaGVhZGVyczogSGVhZGVyUGFpcnM7XG4gIGJvZHk6IFVpbnQ4QXJyYXk7XG4gIHRyYWlsZXJzOiBIZWFkZXJQYWlycztcbiAgdGltZW91dE1zOiBudW1iZXI7XG4gIC8qKiBEZWxpdmVycyBhIHJlc3BvbnNlIChcIjpzdGF0dXNcIiBkZWZhdWx0cyB0byAyMDAgd2hlbiBhYnNlbnQpLiAqL1xuICByZXNwb25kKHJlc3BvbnNlOiBDYWxsb3V0UmVzcG9uc2UpOiB2b2lkO1xuICAvKiogRmFpbHMgdGhlIGNhbGwgYXMgYSByZXNldCB3b3VsZDogRW52b3kgY2FsbHMgYmFjayB3aXRoIG5vIGhlYWRlcnMsIGJvZHkgb3IgdHJhaWxlcnMuICovXG4gIGZhaWwoKTogdm9pZDtcbn1cblxuaW50ZXJmYWNlIENhbGxvdXQgZXh0ZW5kcyBQZW5kaW5nQ2FsbG91dCB7XG4gIGRlYWRsaW5lOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIHNlcTogbnVtYmVyO1xufVxuXG5pbnRlcmZhY2UgRnJhbWUge1xuICBjb250ZXh0SWQ6IG51bWJlcjtcbiAgYnVmZmVyczogTWFwPG51bWJlciwgQnVmZmVyQWNjZXNzPjtcbiAgc3RhdHVzPzogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEJ1ZmZlckFjY2VzcyB7XG4gIGdldCgpOiBVaW50OEFycmF5O1xuICBzZXQ/KGJ5dGVzOiBVaW50OEFycmF5KTogdm9pZDtcbn1cblxudHlwZSBDb250ZXh0RW50cnkgPSB7IGtpbmQ6ICdyb290JyB9IHwgeyBraW5kOiAnaHR0cCc7IHNsb3Q6IEZpbHRlclNsb3QgfTtcblxuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuY29uc3QgTE9HX0tFRVAgPSAyMDtcblxuZnVuY3Rpb24gdG9CeXRlcyh2YWx1ZTogc3RyaW5nIHwgVWludDhBcnJheSB8IG9iamVjdCB8IHVuZGVmaW5lZCwgd2hhdDogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gIGlmICh2YWx1ZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiB2YWx1ZTtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiBlbmNvZGVyLmVuY29kZSh2YWx1ZSk7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsKSByZXR1cm4gZW5jb2Rlci5lbmNvZGUoSlNPTi5zdHJpbmdpZnkodmFsdWUpKTtcbiAgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fSBtdXN0IGJlIGEgc3RyaW5nLCBhIFVpbnQ4QXJyYXkgb3IgYSBKU09OLXNlcmlhbGl6YWJsZSBvYmplY3RgKTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gY29tcGlsZShtb2R1bGU6IFZtT3B0aW9uc1snbW9kdWxlJ10pOiBQcm9taXNlPFdlYkFzc2VtYmx5Lk1vZHVsZT4ge1xuICBpZiAobW9kdWxlIGluc3RhbmNlb2YgV2ViQXNzZW1ibHkuTW9kdWxlKSByZXR1cm4gbW9kdWxlO1xuICBsZXQgYnl0ZXM6IFVpbnQ4QXJyYXk7XG4gIGlmICh0eXBlb2YgbW9kdWxlID09PSAnc3RyaW5nJykge1xuICAgIHRyeSB7XG4gICAgICBieXRlcyA9IGF3YWl0IHJlYWRGaWxlKG1vZHVsZSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhyb3cgbmV3IE1vZHVsZUxvYWRFcnJvcihgY2Fubm90IHJlYWQgbW9kdWxlICR7bW9kdWxlfTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgICB9XG4gIH0gZWxzZSBpZiAobW9kdWxlIGluc3RhbmNlb2YgVWludDhBcnJheSkge1xuICAgIGJ5dGVzID0gbW9kdWxlO1xuICB9IGVsc2Uge1xuICAgIHRocm93IG5ldyBUeXBlRXJyb3IoJ21vZHVsZSBtdXN0IGJlIGEgZmlsZSBwYXRoLCBhIFVpbnQ4QXJyYXkgb3IgYSBXZWJBc3NlbWJseS5Nb2R1bGUnKTtcbiAgfVxuICB0cnkge1xuICAgIHJldHVybiBhd2FpdCBXZWJBc3NlbWJseS5jb21waWxlKGJ5dGVzIGFzIFVpbnQ4QXJyYXk8QXJyYXlCdWZmZXI+KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoYCR7dHlwZW9mIG1vZHVsZSA9PT0gJ3N0cmluZycgPyBtb2R1bGUgOiAnbW9kdWxlIGJ5dGVzJ30gaXMgbm90IGEgdmFsaWQgV2FzbSBtb2R1bGU6ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCk7XG4gIH1cbn1cblxuZXhwb3J0IGNsYXNzIFZtIGltcGxlbWVudHMgUXVldWVPd25lciB7XG4gIHJlYWRvbmx5IHZtSWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgcm9vdElkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgbG9nczogTG9nTGluZVtdID0gW107XG4gIHJlYWRvbmx5IG1lbW9yeSA9IG5ldyBHdWVzdE1lbW9yeSgpO1xuICByZWFkb25seSBtZXRyaWNJZHM6IFZtTWV0cmljcztcbiAgcmVhZG9ubHkgcHJvcGVydGllczogUHJvcGVydHlJbnB1dDtcbiAgcmVhZG9ubHkgcm9vdENvbnRleHRJZCA9IDE7XG4gIHJlYWRvbmx5IGxvZ0xldmVsSW5kZXg6IG51bWJlcjtcbiAgY29uZmlndXJlZCA9IGZhbHNlO1xuICAvKiogU2V0IHdoZW4gdGhlIG1vZHVsZSB0cmFwcGVkIHVuZGVyIG9uVHJhcDogJ2ZhaWwtY2xvc2VkJzsgZXZlcnkgbGF0ZXIgc3RyZWFtIGdldHMgYSA1MDMuICovXG4gIGZhaWxlZCA9IGZhbHNlO1xuICBhYmlWZXJzaW9uID0gJyc7XG5cbiAgcHJpdmF0ZSBleHBvcnRzITogV2ViQXNzZW1ibHkuRXhwb3J0cztcbiAgcHJpdmF0ZSByZWFkb25seSBjb250ZXh0cyA9IG5ldyBNYXA8bnVtYmVyLCBDb250ZXh0RW50cnk+KCk7XG4gIHByaXZhdGUgbmV4dENvbnRleHRJZCA9IDI7XG4gIHByaXZhdGUgZnJhbWVzOiBGcmFtZVtdID0gW107XG4gIHByaXZhdGUgZWZmZWN0aXZlQ29udGV4dElkID0gMDtcbiAgcHJpdmF0ZSBuZXh0SXRlcmF0aW9uU3RvcHBlZCA9IGZhbHNlO1xuICBwcml2YXRlIGFmdGVyQ2FsbDogKCgpID0+IHZvaWQpW10gPSBbXTtcbiAgcHJpdmF0ZSBjYWxsb3V0cyA9IG5ldyBNYXA8bnVtYmVyLCBDYWxsb3V0PigpO1xuICBwcml2YXRlIG5leHRDYWxsb3V0VG9rZW4gPSAxO1xuICBwcml2YXRlIHRpY2tQZXJpb2RNcyA9IDA7XG4gIHByaXZhdGUgbmV4dFRpY2tBdDogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHBlbmRpbmdSb290RG9uZSA9IGZhbHNlO1xuICBwcml2YXRlIHJlYWRvbmx5IHZtQ29uZmlndXJhdGlvbjogVWludDhBcnJheTtcbiAgcHJpdmF0ZSByZWFkb25seSBwbHVnaW5Db25maWd1cmF0aW9uOiBVaW50OEFycmF5O1xuICBwcml2YXRlIHJlYWRvbmx5IGVudmlyb25tZW50OiBbc3RyaW5nLCBzdHJpbmddW107XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihyZWFkb25seSBob3N0OiBIb3N0LCBvcHRpb25zOiBWbU9wdGlvbnMpIHtcbiAgICB0aGlzLnZtSWQgPSBvcHRpb25zLnZtSWQgPz8gJyc7XG4gICAgdGhpcy5yb290SWQgPSBvcHRpb25zLnJvb3RJZCA/PyAnJztcbiAgICB0aGlzLm5hbWUgPSBvcHRpb25zLm5hbWUgPz8gdGhpcy5yb290SWQ7XG4gICAgdGhpcy5wcm9wZXJ0aWVzID0gdmFsaWRhdGVQcm9wZXJ0aWVzKG9wdGlvbnMucHJvcGVydGllcywgJ3Byb3BlcnRpZXMnKTtcbiAgICBjb25zdCBsZXZlbCA9IG9wdGlvbnMubG9nTGV2ZWwgPz8gJ3RyYWNlJztcbiAgICB0aGlzLmxvZ0xldmVsSW5kZXggPSBMT0dfTEVWRUxTLmluZGV4T2YobGV2ZWwpO1xuICAgIGlmICh0aGlzLmxvZ0xldmVsSW5kZXggPCAwKSB0aHJvdyBuZXcgVHlwZUVycm9yKGBsb2dMZXZlbCBtdXN0IGJlIG9uZSBvZiAke0xPR19MRVZFTFMuam9pbignLCAnKX1gKTtcbiAgICB0aGlzLm1ldHJpY0lkcyA9IG5ldyBWbU1ldHJpY3MoaG9zdC5tZXRyaWNTdG9yZSk7XG4gICAgdGhpcy52bUNvbmZpZ3VyYXRpb24gPSB0b0J5dGVzKG9wdGlvbnMudm1Db25maWd1cmF0aW9uLCAndm1Db25maWd1cmF0aW9uJyk7XG4gICAgdGhpcy5wbHVnaW5Db25maWd1cmF0aW9uID0gdG9CeXRlcyhvcHRpb25zLnBsdWdpbkNvbmZpZ3VyYXRpb24sICdwbHVnaW5Db25maWd1cmF0aW9uJyk7XG4gICAgdGhpcy5lbnZpcm9ubWVudCA9IE9iamVjdC5lbnRyaWVzKG9wdGlvbnMuZW52aXJvbm1lbnQgPz8ge30pO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBVc2UgaG9zdC5zdGFydFZtLiAqL1xuICBzdGF0aWMgYXN5bmMgc3RhcnQoaG9zdDogSG9zdCwgb3B0aW9uczogVm1PcHRpb25zKTogUHJvbWlzZTxWbT4ge1xuICAgIGlmICh0eXBlb2Ygb3B0aW9ucyAhPT0gJ29iamVjdCcgfHwgb3B0aW9ucyA9PT0gbnVsbCkgdGhyb3cgbmV3IFR5cGVFcnJvcignc3RhcnRWbSBuZWVkcyBhbiBvcHRpb25zIG9iamVjdCB3aXRoIGEgbW9kdWxlJyk7XG4gICAgY29uc3Qgdm0gPSBuZXcgVm0oaG9zdCwgb3B0aW9ucyk7XG4gICAgY29uc3QgbW9kdWxlID0gYXdhaXQgY29tcGlsZShvcHRpb25zLm1vZHVsZSk7XG4gICAgdm0uaW5zdGFudGlhdGUobW9kdWxlKTtcbiAgICB2bS5ib290KG9wdGlvbnMuYWxsb3dDb25maWd1cmVGYWlsdXJlID09PSB0cnVlKTtcbiAgICByZXR1cm4gdm07XG4gIH1cblxuICBwcml2YXRlIGluc3RhbnRpYXRlKG1vZHVsZTogV2ViQXNzZW1ibHkuTW9kdWxlKTogdm9pZCB7XG4gICAgY29uc3QgZXhwb3J0TmFtZXMgPSBuZXcgU2V0KFdlYkFzc2VtYmx5Lk1vZHVsZS5leHBvcnRzKG1vZHVsZSkubWFwKChlKSA9PiBlLm5hbWUpKTtcbiAgICBjb25zdCB2ZXJzaW9uID0gWydwcm94eV9hYmlfdmVyc2lvbl8wXzJfMScsICdwcm94eV9hYmlfdmVyc2lvbl8wXzJfMCddLmZpbmQoKHYpID0+IGV4cG9ydE5hbWVzLmhhcyh2KSk7XG4gICAgaWYgKCF2ZXJzaW9uKSB7XG4gICAgICBjb25zdCBvbGQgPSBleHBvcnROYW1lcy5oYXMoJ3Byb3h5X2FiaV92ZXJzaW9uXzBfMV8wJykgPyAnIChpdCB0YXJnZXRzIEFCSSAwLjEuMCwgd2hpY2ggaG9zdC1zaW0gZG9lcyBub3QgcnVuKScgOiAnJztcbiAgICAgIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoYG1vZHVsZSBleHBvcnRzIG5vIHByb3h5X2FiaV92ZXJzaW9uXzBfMl8xIG9yIHByb3h5X2FiaV92ZXJzaW9uXzBfMl8wIGZ1bmN0aW9uJHtvbGR9YCk7XG4gICAgfVxuICAgIHRoaXMuYWJpVmVyc2lvbiA9IHZlcnNpb24uc2xpY2UoJ3Byb3h5X2FiaV92ZXJzaW9uXycubGVuZ3RoKS5yZXBsYWNlKC9fL2csICcuJyk7XG4gICAgY29uc3QgZW52ID0gcHJveHlJbXBvcnRzKHRoaXMpO1xuICAgIGNvbnN0IHdhc2kgPSB3YXNpSW1wb3J0cyh7XG4gICAgICBtZW1vcnk6IHRoaXMubWVtb3J5LFxuICAgICAgbG9nOiAobGV2ZWwsIG1lc3NhZ2UpID0+IHRoaXMubG9nKGxldmVsLCBtZXNzYWdlKSxcbiAgICAgIHJlYWx0aW1lTnM6ICgpID0+IHRoaXMuaG9zdC5yZWFsdGltZU5zKCksXG4gICAgICBtb25vdG9uaWNOczogKCkgPT4gdGhpcy5ob3N0Lm1vbm90b25pY05zKCksXG4gICAgICBlbnY6IHRoaXMuZW52aXJvbm1lbnQsXG4gICAgfSk7XG4gICAgY29uc3QgaW1wb3J0czogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+ID0ge307XG4gICAgZm9yIChjb25zdCBpbXAgb2YgV2ViQXNzZW1ibHkuTW9kdWxlLmltcG9ydHMobW9kdWxlKSkge1xuICAgICAgaWYgKGltcC5raW5kICE9PSAnZnVuY3Rpb24nKSB7XG4gICAgICAgIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoYG1vZHVsZSBpbXBvcnRzICR7aW1wLmtpbmR9ICR7aW1wLm1vZHVsZX0uJHtpbXAubmFtZX07IEVudm95IHByb3ZpZGVzIG9ubHkgZnVuY3Rpb25zYCk7XG4gICAgICB9XG4gICAgICBjb25zdCB0YWJsZSA9IGltcC5tb2R1bGUgPT09ICdlbnYnID8gZW52IDogaW1wLm1vZHVsZSA9PT0gJ3dhc2lfc25hcHNob3RfcHJldmlldzEnIHx8IGltcC5tb2R1bGUgPT09ICd3YXNpX3Vuc3RhYmxlJyA/IHdhc2kgOiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBpbXBsID0gdGFibGU/LltpbXAubmFtZV07XG4gICAgICBjb25zdCBsYWJlbCA9IGltcC5tb2R1bGUgPT09ICdlbnYnID8gaW1wLm5hbWUgOiBgJHtpbXAubW9kdWxlfS4ke2ltcC5uYW1lfWA7XG4gICAgICAoaW1wb3J0c1tpbXAubW9kdWxlXSA/Pz0ge30pW2ltcC5uYW1lXSA9IGltcGwgPz8gKCgpID0+IHtcbiAgICAgICAgdGhyb3cgbmV3IFVuaW1wbGVtZW50ZWRIb3N0Q2FsbEVycm9yKGxhYmVsKTtcbiAgICAgIH0pO1xuICAgIH1cbiAgICBjb25zdCBpbnN0YW5jZSA9IG5ldyBXZWJBc3NlbWJseS5JbnN0YW5jZShtb2R1bGUsIGltcG9ydHMgYXMgV2ViQXNzZW1ibHkuSW1wb3J0cyk7XG4gICAgdGhpcy5leHBvcnRzID0gaW5zdGFuY2UuZXhwb3J0cztcbiAgICBjb25zdCBtZW1vcnkgPSB0aGlzLmV4cG9ydHMubWVtb3J5O1xuICAgIGlmICghKG1lbW9yeSBpbnN0YW5jZW9mIFdlYkFzc2VtYmx5Lk1lbW9yeSkpIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoJ21vZHVsZSBkb2VzIG5vdCBleHBvcnQgaXRzIG1lbW9yeSBhcyBcIm1lbW9yeVwiJyk7XG4gICAgY29uc3QgbWFsbG9jID0gKHRoaXMuZXhwb3J0cy5tYWxsb2MgPz8gdGhpcy5leHBvcnRzLnByb3h5X29uX21lbW9yeV9hbGxvY2F0ZSkgYXMgKChuOiBudW1iZXIpID0+IG51bWJlcikgfCB1bmRlZmluZWQ7XG4gICAgaWYgKHR5cGVvZiBtYWxsb2MgIT09ICdmdW5jdGlvbicpIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoJ21vZHVsZSBleHBvcnRzIG5laXRoZXIgbWFsbG9jIG5vciBwcm94eV9vbl9tZW1vcnlfYWxsb2NhdGUnKTtcbiAgICB0aGlzLm1lbW9yeS5hdHRhY2gobWVtb3J5LCAobikgPT4gbWFsbG9jKG4pKTtcbiAgfVxuXG4gIHByaXZhdGUgYm9vdChhbGxvd0NvbmZpZ3VyZUZhaWx1cmU6IGJvb2xlYW4pOiB2b2lkIHtcbiAgICBjb25zdCBpbml0ID0gKHRoaXMuZXhwb3J0cy5faW5pdGlhbGl6ZSA/PyB0aGlzLmV4cG9ydHMuX3N0YXJ0KSBhcyAoKCkgPT4gdm9pZCkgfCB1bmRlZmluZWQ7XG4gICAgY29uc3QgYm9vdEZyYW1lID0gKGJ1ZmZlcnM6IE1hcDxudW1iZXIsIEJ1ZmZlckFjY2Vzcz4gPSBuZXcgTWFwKCkpOiBGcmFtZSA9PiAoeyBjb250ZXh0SWQ6IHRoaXMucm9vdENvbnRleHRJZCwgYnVmZmVycyB9KTtcbiAgICBpZiAodHlwZW9mIGluaXQgPT09ICdmdW5jdGlvbicpIHRoaXMuaW52b2tlKGluaXQgPT09IHRoaXMuZXhwb3J0cy5faW5pdGlhbGl6ZSA/ICdfaW5pdGlhbGl6ZScgOiAnX3N0YXJ0JywgYm9vdEZyYW1lKCksICgpID0+IGluaXQoKSwgJ3Rocm93Jyk7XG4gICAgdGhpcy5jb250ZXh0cy5zZXQodGhpcy5yb290Q29udGV4dElkLCB7IGtpbmQ6ICdyb290JyB9KTtcbiAgICB0aGlzLmludm9rZSgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCBib290RnJhbWUoKSwgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9jb250ZXh0X2NyZWF0ZScsIHRoaXMucm9vdENvbnRleHRJZCwgMCksICd0aHJvdycpO1xuICAgIGNvbnN0IHZtQ29uZmlnID0gdGhpcy52bUNvbmZpZ3VyYXRpb247XG4gICAgY29uc3Qgc3RhcnRlZCA9IHRoaXMuaW52b2tlKCdwcm94eV9vbl92bV9zdGFydCcsIGJvb3RGcmFtZShuZXcgTWFwKFtbQnVmZmVyVHlwZS5WbUNvbmZpZ3VyYXRpb24sIHsgZ2V0OiAoKSA9PiB2bUNvbmZpZyB9XV0pKSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fdm1fc3RhcnQnLCB0aGlzLnJvb3RDb250ZXh0SWQsIHZtQ29uZmlnLmxlbmd0aCksICd0aHJvdycpO1xuICAgIGlmICghc3RhcnRlZCkge1xuICAgICAgaWYgKGFsbG93Q29uZmlndXJlRmFpbHVyZSkgcmV0dXJuO1xuICAgICAgdGhyb3cgbmV3IENvbmZpZ3VyZUVycm9yKCdwcm94eV9vbl92bV9zdGFydCcsIHRoaXMubG9ncy5zbGljZSgtTE9HX0tFRVApKTtcbiAgICB9XG4gICAgY29uc3QgcGx1Z2luQ29uZmlnID0gdGhpcy5wbHVnaW5Db25maWd1cmF0aW9uO1xuICAgIGNvbnN0IGNvbmZpZ3VyZWQgPSB0aGlzLmludm9rZSgncHJveHlfb25fY29uZmlndXJlJywgYm9vdEZyYW1lKG5ldyBNYXAoW1tCdWZmZXJUeXBlLlBsdWdpbkNvbmZpZ3VyYXRpb24sIHsgZ2V0OiAoKSA9PiBwbHVnaW5Db25maWcgfV1dKSksXG4gICAgICAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX2NvbmZpZ3VyZScsIHRoaXMucm9vdENvbnRleHRJZCwgcGx1Z2luQ29uZmlnLmxlbmd0aCksICd0aHJvdycpO1xuICAgIGlmICghY29uZmlndXJlZCkge1xuICAgICAgaWYgKGFsbG93Q29uZmlndXJlRmFpbHVyZSkgcmV0dXJuO1xuICAgICAgdGhyb3cgbmV3IENvbmZpZ3VyZUVycm9yKCdwcm94eV9vbl9jb25maWd1cmUnLCB0aGlzLmxvZ3Muc2xpY2UoLUxPR19LRUVQKSk7XG4gICAgfVxuICAgIHRoaXMuY29uZmlndXJlZCA9IHRydWU7XG4gIH1cblxuICAvKiogQ2FsbHMgYW4gZXhwb3J0IGlmIHRoZSBtb2R1bGUgaGFzIGl0OyBhIG1pc3NpbmcgY2FsbGJhY2sgYmVoYXZlcyBhcyBFbnZveSdzIGRlZmF1bHQuICovXG4gIHByaXZhdGUgY2FsbChuYW1lOiBzdHJpbmcsIC4uLmFyZ3M6IChudW1iZXIgfCBiaWdpbnQpW10pOiBudW1iZXIge1xuICAgIGNvbnN0IGZuID0gdGhpcy5leHBvcnRzW25hbWVdO1xuICAgIGlmICh0eXBlb2YgZm4gIT09ICdmdW5jdGlvbicpIHJldHVybiBuYW1lID09PSAncHJveHlfb25fdm1fc3RhcnQnIHx8IG5hbWUgPT09ICdwcm94eV9vbl9jb25maWd1cmUnIHx8IG5hbWUgPT09ICdwcm94eV9vbl9kb25lJyA/IDEgOiAwO1xuICAgIGNvbnN0IHJlc3VsdCA9IChmbiBhcyAoLi4uYTogKG51bWJlciB8IGJpZ2ludClbXSkgPT4gdW5rbm93bikoLi4uYXJncyk7XG4gICAgcmV0dXJuIHR5cGVvZiByZXN1bHQgPT09ICdudW1iZXInID8gcmVzdWx0IDogdHlwZW9mIHJlc3VsdCA9PT0gJ2JpZ2ludCcgPyBOdW1iZXIocmVzdWx0KSA6IDA7XG4gIH1cblxuICAvKiogQGludGVybmFsIENhbGxzIGEgY29udGV4dCBjYWxsYmFjayBieSBuYW1lICh1c2VkIGJ5IHN0cmVhbXMpLiAqL1xuICBjYWxsQ29udGV4dChuYW1lOiBzdHJpbmcsIC4uLmFyZ3M6IG51bWJlcltdKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKG5hbWUsIC4uLmFyZ3MpO1xuICB9XG5cbiAgaGFzRXhwb3J0KG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0eXBlb2YgdGhpcy5leHBvcnRzW25hbWVdID09PSAnZnVuY3Rpb24nO1xuICB9XG5cbiAgLyoqXG4gICAqIFJ1bnMgb25lIGd1ZXN0IGVudHJ5IHBvaW50LiBBIHRyYXAgYmVjb21lcyBNb2R1bGVUcmFwRXJyb3IsIG9yIHVuZGVyXG4gICAqIGZhaWwtY2xvc2VkIG1hcmtzIHRoZSBWTSBmYWlsZWQgYW5kIHJldHVybnMgdW5kZWZpbmVkLiBIb3N0IGVycm9ycyAoYW5cbiAgICogdW5pbXBsZW1lbnRlZCBpbXBvcnQsIGEgbWlzdXNlKSBwcm9wYWdhdGUgdW5jaGFuZ2VkLlxuICAgKi9cbiAgaW52b2tlPFQ+KGNhbGxiYWNrOiBzdHJpbmcsIGZyYW1lOiBGcmFtZSwgZm46ICgpID0+IFQsIG9uVHJhcDogJ3Rocm93JyB8ICdob3N0JyA9ICdob3N0Jyk6IFQgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IG91dGVybW9zdCA9IHRoaXMuZnJhbWVzLmxlbmd0aCA9PT0gMDtcbiAgICB0aGlzLmZyYW1lcy5wdXNoKGZyYW1lKTtcbiAgICBpZiAob3V0ZXJtb3N0KSB7XG4gICAgICB0aGlzLmVmZmVjdGl2ZUNvbnRleHRJZCA9IDA7XG4gICAgICB0aGlzLm5leHRJdGVyYXRpb25TdG9wcGVkID0gZmFsc2U7XG4gICAgfVxuICAgIGxldCByZXN1bHQ6IFQgfCB1bmRlZmluZWQ7XG4gICAgdHJ5IHtcbiAgICAgIHJlc3VsdCA9IGZuKCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhpcy5mcmFtZXMucG9wKCk7XG4gICAgICBpZiAob3V0ZXJtb3N0KSB0aGlzLmFmdGVyQ2FsbCA9IFtdO1xuICAgICAgaWYgKGUgaW5zdGFuY2VvZiBIb3N0RXJyb3IpIHRocm93IGU7XG4gICAgICBjb25zdCB0cmFwID0gZSBpbnN0YW5jZW9mIEVycm9yID8gZS5tZXNzYWdlIDogU3RyaW5nKGUpO1xuICAgICAgY29uc3QgZXJyb3IgPSBuZXcgTW9kdWxlVHJhcEVycm9yKGNhbGxiYWNrLCB0cmFwLCB0aGlzLmxvZ3Muc2xpY2UoLUxPR19LRUVQKSwgeyBjYXVzZTogZSB9KTtcbiAgICAgIGlmIChvblRyYXAgPT09ICd0aHJvdycgfHwgdGhpcy5ob3N0Lm9uVHJhcCA9PT0gJ3Rocm93JykgdGhyb3cgZXJyb3I7XG4gICAgICB0aGlzLmZhaWxlZCA9IHRydWU7XG4gICAgICB0aGlzLmxvZygnY3JpdGljYWwnLCBgaG9zdC1zaW06IFZNIGZhaWxlZCAoZmFpbC1jbG9zZWQpOiAke2Vycm9yLm1lc3NhZ2Uuc3BsaXQoJ1xcbicpWzBdfWApO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgdGhpcy5mcmFtZXMucG9wKCk7XG4gICAgaWYgKG91dGVybW9zdCkge1xuICAgICAgdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgPSAwO1xuICAgICAgY29uc3QgYWN0aW9ucyA9IHRoaXMuYWZ0ZXJDYWxsO1xuICAgICAgdGhpcy5hZnRlckNhbGwgPSBbXTtcbiAgICAgIGZvciAoY29uc3QgYWN0aW9uIG9mIGFjdGlvbnMpIGFjdGlvbigpO1xuICAgICAgdGhpcy5ob3N0LmZsdXNoRGVmZXJyZWQoKTtcbiAgICB9XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfVxuXG4gIC8qKiBXaGV0aGVyIHRoZSBndWVzdCBhc2tlZCB0byBzdG9wIGl0ZXJhdGlvbiAoYSBsb2NhbCByZXBseSkgZHVyaW5nIHRoZSBjdXJyZW50IG91dGVybW9zdCBjYWxsLiAqL1xuICBnZXQgaXRlcmF0aW9uU3RvcHBlZCgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5uZXh0SXRlcmF0aW9uU3RvcHBlZDtcbiAgfVxuXG4gIHN0b3BOZXh0SXRlcmF0aW9uKCk6IHZvaWQge1xuICAgIHRoaXMubmV4dEl0ZXJhdGlvblN0b3BwZWQgPSB0cnVlO1xuICB9XG5cbiAgLyoqIFF1ZXVlcyB3b3JrIEVudm95IHJ1bnMgYWZ0ZXIgdGhlIFZNIGNhbGwgcmV0dXJucyAobG9jYWwgcmVwbGllcywgY29udGludWVzKS4gKi9cbiAgZGVmZXIoYWN0aW9uOiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZnJhbWVzLmxlbmd0aCA9PT0gMCkgYWN0aW9uKCk7XG4gICAgZWxzZSB0aGlzLmFmdGVyQ2FsbC5wdXNoKGFjdGlvbik7XG4gIH1cblxuICAvLyAtLS0tIGNvbnRleHQgYm9va2tlZXBpbmcgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIC8qKiBAaW50ZXJuYWwgQ3JlYXRlcyBhIHN0cmVhbSBjb250ZXh0IChwcm94eV9vbl9jb250ZXh0X2NyZWF0ZShjdHgsIHJvb3QpKS4gKi9cbiAgY3JlYXRlSHR0cENvbnRleHQoc2xvdDogRmlsdGVyU2xvdCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgaWQgPSB0aGlzLm5leHRDb250ZXh0SWQrKztcbiAgICB0aGlzLmNvbnRleHRzLnNldChpZCwgeyBraW5kOiAnaHR0cCcsIHNsb3QgfSk7XG4gICAgY29uc3Qgb2sgPSB0aGlzLmludm9rZSgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCB7IGNvbnRleHRJZDogaWQsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9jb250ZXh0X2NyZWF0ZScsIGlkLCB0aGlzLnJvb3RDb250ZXh0SWQpKTtcbiAgICByZXR1cm4gb2sgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGlkO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCAqL1xuICBkcm9wQ29udGV4dChpZDogbnVtYmVyKTogdm9pZCB7XG4gICAgdGhpcy5jb250ZXh0cy5kZWxldGUoaWQpO1xuICB9XG5cbiAgcmVzb2x2ZUNvbnRleHQoKTogeyBpZDogbnVtYmVyOyBzbG90PzogRmlsdGVyU2xvdCB9IHtcbiAgICBjb25zdCBmcmFtZSA9IHRoaXMuZnJhbWVzW3RoaXMuZnJhbWVzLmxlbmd0aCAtIDFdO1xuICAgIGxldCBpZCA9IGZyYW1lPy5jb250ZXh0SWQgPz8gdGhpcy5yb290Q29udGV4dElkO1xuICAgIGlmICh0aGlzLmVmZmVjdGl2ZUNvbnRleHRJZCAhPT0gMCAmJiB0aGlzLmNvbnRleHRzLmhhcyh0aGlzLmVmZmVjdGl2ZUNvbnRleHRJZCkpIGlkID0gdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQ7XG4gICAgY29uc3QgZW50cnkgPSB0aGlzLmNvbnRleHRzLmdldChpZCk7XG4gICAgcmV0dXJuIGVudHJ5Py5raW5kID09PSAnaHR0cCcgPyB7IGlkLCBzbG90OiBlbnRyeS5zbG90IH0gOiB7IGlkIH07XG4gIH1cblxuICByZXNvbHZlUm9vdENvbnRleHRJZCgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLnJvb3RDb250ZXh0SWQ7XG4gIH1cblxuICBzZXRFZmZlY3RpdmVDb250ZXh0KGlkOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGlmICghdGhpcy5jb250ZXh0cy5oYXMoaWQpKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICB0aGlzLmVmZmVjdGl2ZUNvbnRleHRJZCA9IGlkO1xuICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICB9XG5cbiAgY3VycmVudFN0YXR1cygpOiB7IGNvZGU6IG51bWJlcjsgbWVzc2FnZTogc3RyaW5nIH0ge1xuICAgIGZvciAobGV0IGkgPSB0aGlzLmZyYW1lcy5sZW5ndGggLSAxOyBpID49IDA7IGktLSkge1xuICAgICAgY29uc3QgcyA9IHRoaXMuZnJhbWVzW2ldIS5zdGF0dXM7XG4gICAgICBpZiAocykgcmV0dXJuIHM7XG4gICAgfVxuICAgIHJldHVybiB7IGNvZGU6IFdhc21SZXN1bHQuT2ssIG1lc3NhZ2U6ICcnIH07XG4gIH1cblxuICBidWZmZXIodHlwZTogbnVtYmVyKTogQnVmZmVyQWNjZXNzIHwgdW5kZWZpbmVkIHtcbiAgICBmb3IgKGxldCBpID0gdGhpcy5mcmFtZXMubGVuZ3RoIC0gMTsgaSA+PSAwOyBpLS0pIHtcbiAgICAgIGNvbnN0IGIgPSB0aGlzLmZyYW1lc1tpXSEuYnVmZmVycy5nZXQodHlwZSk7XG4gICAgICBpZiAoYikgcmV0dXJuIGI7XG4gICAgfVxuICAgIGNvbnN0IHNsb3QgPSB0aGlzLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICByZXR1cm4gc2xvdD8uYm9keUJ1ZmZlcih0eXBlKTtcbiAgfVxuXG4gIHByb3BlcnR5U2NvcGUoKTogUHJvcGVydHlTY29wZSB7XG4gICAgY29uc3Qgc2xvdCA9IHRoaXMucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgIGNvbnN0IHZtOiBQcm9wZXJ0eUlucHV0ID0ge1xuICAgICAgcGx1Z2luX25hbWU6IHRoaXMubmFtZSxcbiAgICAgIHBsdWdpbl9yb290X2lkOiB0aGlzLnJvb3RJZCxcbiAgICAgIHBsdWdpbl92bV9pZDogdGhpcy52bUlkLFxuICAgICAgLi4udGhpcy5wcm9wZXJ0aWVzLFxuICAgIH07XG4gICAgaWYgKCFzbG90KSByZXR1cm4geyB2bSB9O1xuICAgIHJldHVybiB7XG4gICAgICB2bSxcbiAgICAgIHN0cmVhbTogc2xvdC5zdHJlYW0ucHJvcGVydGllcyxcbiAgICAgIHJlcXVlc3RIZWFkZXJzOiBzbG90LnN0cmVhbS5yZXF1ZXN0SGVhZGVyTWFwLFxuICAgICAgcmVzcG9uc2VIZWFkZXJzOiBzbG90LnN0cmVhbS5yZXNwb25zZUhlYWRlck1hcCxcbiAgICAgIGZpbHRlclN0YXRlOiBzbG90LnN0cmVhbS5maWx0ZXJTdGF0ZSxcbiAgICB9O1xuICB9XG5cbiAgLy8gLS0tLSBsb2dnaW5nIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBsb2cobGV2ZWw6IExvZ0xldmVsTmFtZSwgbWVzc2FnZTogc3RyaW5nKTogdm9pZCB7XG4gICAgdGhpcy5sb2dzLnB1c2goeyBsZXZlbCwgbWVzc2FnZSwgY29udGV4dElkOiB0aGlzLnJlc29sdmVDb250ZXh0KCkuaWQgfSk7XG4gIH1cblxuICAvLyAtLS0tIHRpY2tzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIHNldFRpY2tQZXJpb2QocGVyaW9kTXM6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMudGlja1BlcmlvZE1zID0gcGVyaW9kTXM7XG4gICAgdGhpcy5uZXh0VGlja0F0ID0gcGVyaW9kTXMgPT09IDAgPyB1bmRlZmluZWQgOiB0aGlzLmhvc3Qubm93TXMgKyBwZXJpb2RNcztcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgVGhlIHZpcnR1YWwgdGltZSBvZiB0aGlzIFZNJ3MgbmV4dCBldmVudCwgZm9yIHRoZSBob3N0J3MgY2xvY2suICovXG4gIG5leHRFdmVudCgpOiB7IGF0OiBudW1iZXI7IHNlcTogbnVtYmVyOyBmaXJlOiAoKSA9PiB2b2lkIH0gfCB1bmRlZmluZWQge1xuICAgIGxldCBiZXN0OiB7IGF0OiBudW1iZXI7IHNlcTogbnVtYmVyOyBmaXJlOiAoKSA9PiB2b2lkIH0gfCB1bmRlZmluZWQ7XG4gICAgaWYgKHRoaXMubmV4dFRpY2tBdCAhPT0gdW5kZWZpbmVkKSBiZXN0ID0geyBhdDogdGhpcy5uZXh0VGlja0F0LCBzZXE6IDAsIGZpcmU6ICgpID0+IHRoaXMuZmlyZVRpY2soKSB9O1xuICAgIGZvciAoY29uc3QgYyBvZiB0aGlzLmNhbGxvdXRzLnZhbHVlcygpKSB7XG4gICAgICBpZiAoYy5kZWFkbGluZSA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICAgIGlmICghYmVzdCB8fCBjLmRlYWRsaW5lIDwgYmVzdC5hdCB8fCAoYy5kZWFkbGluZSA9PT0gYmVzdC5hdCAmJiBiZXN0LnNlcSAhPT0gMCAmJiBjLnNlcSA8IGJlc3Quc2VxKSkge1xuICAgICAgICBiZXN0ID0geyBhdDogYy5kZWFkbGluZSwgc2VxOiBjLnNlcSwgZmlyZTogKCkgPT4gdGhpcy50aW1lT3V0KGMpIH07XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBiZXN0O1xuICB9XG5cbiAgcHJpdmF0ZSBmaXJlVGljaygpOiB2b2lkIHtcbiAgICB0aGlzLm5leHRUaWNrQXQgPSB0aGlzLmhvc3Qubm93TXMgKyB0aGlzLnRpY2tQZXJpb2RNcztcbiAgICBpZiAodGhpcy5mYWlsZWQpIHJldHVybjtcbiAgICB0aGlzLmludm9rZSgncHJveHlfb25fdGljaycsIHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl90aWNrJywgdGhpcy5yb290Q29udGV4dElkKSk7XG4gIH1cblxuICAvLyAtLS0tIHNoYXJlZCBxdWV1ZXMgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIG5vdGlmeVF1ZXVlUmVhZHkocm9vdENvbnRleHRJZDogbnVtYmVyLCB0b2tlbjogbnVtYmVyKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZmFpbGVkKSByZXR1cm47XG4gICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX3F1ZXVlX3JlYWR5JywgeyBjb250ZXh0SWQ6IHJvb3RDb250ZXh0SWQsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9xdWV1ZV9yZWFkeScsIHJvb3RDb250ZXh0SWQsIHRva2VuKSk7XG4gIH1cblxuICAvLyAtLS0tIEhUVFAgY2FsbG91dHMgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIGRpc3BhdGNoSHR0cENhbGwoY2x1c3Rlcjogc3RyaW5nLCBoZWFkZXJzOiBIZWFkZXJQYWlycywgYm9keTogVWludDhBcnJheSwgdHJhaWxlcnM6IEhlYWRlclBhaXJzLCB0aW1lb3V0TXM6IG51bWJlcik6IHsgcmVzdWx0OiBudW1iZXI7IHRva2VuPzogbnVtYmVyIH0ge1xuICAgIGlmICh0aW1lb3V0TXMgPCAwKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuQmFkQXJndW1lbnQgfTtcbiAgICBpZiAoIXRoaXMuaG9zdC5oYXNDbHVzdGVyKGNsdXN0ZXIpKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuQmFkQXJndW1lbnQgfTtcbiAgICBjb25zdCBuYW1lcyA9IG5ldyBTZXQoaGVhZGVycy5tYXAoKFtrXSkgPT4gay50b0xvd2VyQ2FzZSgpKSk7XG4gICAgLy8gRW52b3kgcmVmdXNlcyBhIGNhbGxvdXQgd2l0aG91dCB0aGUgcHNldWRvLWhlYWRlcnMgaXRzIGNvZGVjIG5lZWRzLlxuICAgIGlmICghbmFtZXMuaGFzKCc6cGF0aCcpIHx8ICFuYW1lcy5oYXMoJzptZXRob2QnKSB8fCAhbmFtZXMuaGFzKCc6YXV0aG9yaXR5JykpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5CYWRBcmd1bWVudCB9O1xuICAgIGNvbnN0IHRva2VuID0gdGhpcy5uZXh0Q2FsbG91dFRva2VuKys7XG4gICAgY29uc3QgY2FsbG91dDogQ2FsbG91dCA9IHtcbiAgICAgIHRva2VuLCBjbHVzdGVyLCBoZWFkZXJzLCBib2R5LCB0cmFpbGVycywgdGltZW91dE1zLFxuICAgICAgLy8gRW52b3kncyB0aW1lb3V0IDAgbWVhbnMgXCJubyB0aW1lb3V0XCIuXG4gICAgICBkZWFkbGluZTogdGltZW91dE1zID09PSAwID8gdW5kZWZpbmVkIDogdGhpcy5ob3N0Lm5vd01zICsgdGltZW91dE1zLFxuICAgICAgc2VxOiB0aGlzLmhvc3QubmV4dFNlcSgpLFxuICAgICAgcmVzcG9uZDogKHJlc3BvbnNlKSA9PiB0aGlzLmNvbXBsZXRlQ2FsbG91dChjYWxsb3V0LCByZXNwb25zZSksXG4gICAgICBmYWlsOiAoKSA9PiB0aGlzLmZhaWxDYWxsb3V0KGNhbGxvdXQpLFxuICAgIH07XG4gICAgdGhpcy5jYWxsb3V0cy5zZXQodG9rZW4sIGNhbGxvdXQpO1xuICAgIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5PaywgdG9rZW4gfTtcbiAgfVxuXG4gIHBlbmRpbmdDYWxsb3V0cygpOiBQZW5kaW5nQ2FsbG91dFtdIHtcbiAgICByZXR1cm4gWy4uLnRoaXMuY2FsbG91dHMudmFsdWVzKCldLm1hcCgoeyB0b2tlbiwgY2x1c3RlciwgaGVhZGVycywgYm9keSwgdHJhaWxlcnMsIHRpbWVvdXRNcywgcmVzcG9uZCwgZmFpbCB9KSA9PlxuICAgICAgKHsgdG9rZW4sIGNsdXN0ZXIsIGhlYWRlcnMsIGJvZHksIHRyYWlsZXJzLCB0aW1lb3V0TXMsIHJlc3BvbmQsIGZhaWwgfSkpO1xuICB9XG5cbiAgcHJpdmF0ZSB0YWtlQ2FsbG91dChjYWxsb3V0OiBDYWxsb3V0KTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY2FsbG91dHMuZ2V0KGNhbGxvdXQudG9rZW4pICE9PSBjYWxsb3V0KSB7XG4gICAgICB0aHJvdyBuZXcgSG9zdEVycm9yKGBjYWxsb3V0ICR7Y2FsbG91dC50b2tlbn0gdG8gJHtjYWxsb3V0LmNsdXN0ZXJ9IHdhcyBhbHJlYWR5IGFuc3dlcmVkLCBmYWlsZWQgb3IgdGltZWQgb3V0YCk7XG4gICAgfVxuICAgIHRoaXMuY2FsbG91dHMuZGVsZXRlKGNhbGxvdXQudG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBjb21wbGV0ZUNhbGxvdXQoY2FsbG91dDogQ2FsbG91dCwgcmVzcG9uc2U6IENhbGxvdXRSZXNwb25zZSk6IHZvaWQge1xuICAgIGlmICh0eXBlb2YgcmVzcG9uc2UgIT09ICdvYmplY3QnIHx8IHJlc3BvbnNlID09PSBudWxsKSB0aHJvdyBuZXcgVHlwZUVycm9yKCdyZXNwb25kKCkgbmVlZHMgeyBoZWFkZXJzLCBib2R5PywgdHJhaWxlcnM/IH0nKTtcbiAgICB0aGlzLnRha2VDYWxsb3V0KGNhbGxvdXQpO1xuICAgIGNvbnN0IGhlYWRlcnMgPSBuZXcgSGVhZGVyTWFwKG5vcm1hbGl6ZUhlYWRlcnMocmVzcG9uc2UuaGVhZGVycywgJ2NhbGxvdXQgcmVzcG9uc2UgaGVhZGVycycpKTtcbiAgICBpZiAoaGVhZGVycy5nZXQoJzpzdGF0dXMnKSA9PT0gdW5kZWZpbmVkKSBoZWFkZXJzLmFkZCgnOnN0YXR1cycsICcyMDAnKTtcbiAgICBjb25zdCBib2R5ID0gdHlwZW9mIHJlc3BvbnNlLmJvZHkgPT09ICdzdHJpbmcnID8gZW5jb2Rlci5lbmNvZGUocmVzcG9uc2UuYm9keSkgOiByZXNwb25zZS5ib2R5ID8/IG5ldyBVaW50OEFycmF5KDApO1xuICAgIGNvbnN0IHRyYWlsZXJzID0gbmV3IEhlYWRlck1hcChub3JtYWxpemVIZWFkZXJzKHJlc3BvbnNlLnRyYWlsZXJzLCAnY2FsbG91dCByZXNwb25zZSB0cmFpbGVycycpKTtcbiAgICB0aGlzLmRlbGl2ZXJDYWxsb3V0UmVzcG9uc2UoY2FsbG91dC50b2tlbiwgaGVhZGVycywgYm9keSwgdHJhaWxlcnMsIHsgY29kZTogV2FzbVJlc3VsdC5PaywgbWVzc2FnZTogJycgfSk7XG4gIH1cblxuICBwcml2YXRlIGZhaWxDYWxsb3V0KGNhbGxvdXQ6IENhbGxvdXQpOiB2b2lkIHtcbiAgICB0aGlzLnRha2VDYWxsb3V0KGNhbGxvdXQpO1xuICAgIHRoaXMuZGVsaXZlckNhbGxvdXRSZXNwb25zZShjYWxsb3V0LnRva2VuLCB1bmRlZmluZWQsIHVuZGVmaW5lZCwgdW5kZWZpbmVkLCB7IGNvZGU6IFdhc21SZXN1bHQuQnJva2VuQ29ubmVjdGlvbiwgbWVzc2FnZTogJ3Jlc2V0JyB9KTtcbiAgfVxuXG4gIC8qKiBFbnZveSdzIHJvdXRlciBhbnN3ZXJzIGEgdGltZWQtb3V0IGFzeW5jIHJlcXVlc3Qgd2l0aCBpdHMgb3duIDUwNC4gKi9cbiAgcHJpdmF0ZSB0aW1lT3V0KGNhbGxvdXQ6IENhbGxvdXQpOiB2b2lkIHtcbiAgICB0aGlzLnRha2VDYWxsb3V0KGNhbGxvdXQpO1xuICAgIGNvbnN0IGJvZHkgPSBlbmNvZGVyLmVuY29kZSgndXBzdHJlYW0gcmVxdWVzdCB0aW1lb3V0Jyk7XG4gICAgY29uc3QgaGVhZGVycyA9IG5ldyBIZWFkZXJNYXAoW1snOnN0YXR1cycsICc1MDQnXSwgWydjb250ZW50LWxlbmd0aCcsIFN0cmluZyhib2R5Lmxlbmd0aCldLCBbJ2NvbnRlbnQtdHlwZScsICd0ZXh0L3BsYWluJ11dKTtcbiAgICB0aGlzLmRlbGl2ZXJDYWxsb3V0UmVzcG9uc2UoY2FsbG91dC50b2tlbiwgaGVhZGVycywgYm9keSwgbmV3IEhlYWRlck1hcCgpLCB7IGNvZGU6IFdhc21SZXN1bHQuT2ssIG1lc3NhZ2U6ICcnIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBkZWxpdmVyQ2FsbG91dFJlc3BvbnNlKHRva2VuOiBudW1iZXIsIGhlYWRlcnM6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCwgYm9keTogVWludDhBcnJheSB8IHVuZGVmaW5lZCwgdHJhaWxlcnM6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCwgc3RhdHVzOiB7IGNvZGU6IG51bWJlcjsgbWVzc2FnZTogc3RyaW5nIH0pOiB2b2lkIHtcbiAgICBpZiAodGhpcy5mYWlsZWQpIHJldHVybjtcbiAgICBjb25zdCBidWZmZXJzID0gbmV3IE1hcDxudW1iZXIsIEJ1ZmZlckFjY2Vzcz4oKTtcbiAgICBpZiAoYm9keSkgYnVmZmVycy5zZXQoQnVmZmVyVHlwZS5IdHRwQ2FsbFJlc3BvbnNlQm9keSwgeyBnZXQ6ICgpID0+IGJvZHkgfSk7XG4gICAgY29uc3QgZnJhbWU6IEZyYW1lICYgeyBjYWxsb3V0SGVhZGVycz86IEhlYWRlck1hcDsgY2FsbG91dFRyYWlsZXJzPzogSGVhZGVyTWFwIH0gPSB7IGNvbnRleHRJZDogdGhpcy5yb290Q29udGV4dElkLCBidWZmZXJzLCBzdGF0dXMgfTtcbiAgICB0aGlzLmNhbGxvdXRNYXBzID0geyBoZWFkZXJzLCB0cmFpbGVycyB9O1xuICAgIHRyeSB7XG4gICAgICB0aGlzLmludm9rZSgncHJveHlfb25faHR0cF9jYWxsX3Jlc3BvbnNlJywgZnJhbWUsICgpID0+XG4gICAgICAgIHRoaXMuY2FsbCgncHJveHlfb25faHR0cF9jYWxsX3Jlc3BvbnNlJywgdGhpcy5yb290Q29udGV4dElkLCB0b2tlbiwgaGVhZGVycz8uY291bnQgPz8gMCwgYm9keT8ubGVuZ3RoID8/IDAsIHRyYWlsZXJzPy5jb3VudCA/PyAwKSk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHRoaXMuY2FsbG91dE1hcHMgPSB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBjYWxsb3V0TWFwczogeyBoZWFkZXJzPzogSGVhZGVyTWFwOyB0cmFpbGVycz86IEhlYWRlck1hcCB9IHwgdW5kZWZpbmVkO1xuXG4gIC8qKiBIZWFkZXIgbWFwcyB0aGF0IGJlbG9uZyB0byB0aGUgVk0gcmF0aGVyIHRoYW4gYSBzdHJlYW0gKGNhbGxvdXQgcmVzcG9uc2VzKS4gKi9cbiAgdm1IZWFkZXJNYXAodHlwZTogbnVtYmVyKTogSGVhZGVyTWFwIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodHlwZSA9PT0gSGVhZGVyTWFwVHlwZS5IdHRwQ2FsbFJlc3BvbnNlSGVhZGVycykgcmV0dXJuIHRoaXMuY2FsbG91dE1hcHM/LmhlYWRlcnM7XG4gICAgaWYgKHR5cGUgPT09IEhlYWRlck1hcFR5cGUuSHR0cENhbGxSZXNwb25zZVRyYWlsZXJzKSByZXR1cm4gdGhpcy5jYWxsb3V0TWFwcz8udHJhaWxlcnM7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuXG4gIC8vIC0tLS0gc2h1dGRvd24gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgLyoqXG4gICAqIFN0b3BzIHRoZSBWTSBhcyBFbnZveSBkb2VzIG9uIGNvbmZpZyByZW1vdmFsOiBwcm94eV9vbl9kb25lIG9uIHRoZSByb290XG4gICAqIGNvbnRleHQsIHRoZW4gcHJveHlfb25fZGVsZXRlLCB1bmxlc3Mgb25fZG9uZSByZXR1cm5lZCBmYWxzZSwgaW4gd2hpY2ggY2FzZVxuICAgKiBkZWxldGlvbiB3YWl0cyBmb3IgdGhlIHBsdWdpbiB0byBjYWxsIHByb3h5X2RvbmUuXG4gICAqL1xuICBzaHV0ZG93bigpOiB2b2lkIHtcbiAgICBjb25zdCBmcmFtZSA9IHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9O1xuICAgIGNvbnN0IGRvbmUgPSB0aGlzLmludm9rZSgncHJveHlfb25fZG9uZScsIGZyYW1lLCAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX2RvbmUnLCB0aGlzLnJvb3RDb250ZXh0SWQpKTtcbiAgICBpZiAoZG9uZSA9PT0gMCkge1xuICAgICAgdGhpcy5wZW5kaW5nUm9vdERvbmUgPSB0cnVlO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICB0aGlzLmRlbGV0ZVJvb3QoKTtcbiAgfVxuXG4gIHByaXZhdGUgZGVsZXRlUm9vdCgpOiB2b2lkIHtcbiAgICB0aGlzLmludm9rZSgncHJveHlfb25fZGVsZXRlJywgeyBjb250ZXh0SWQ6IHRoaXMucm9vdENvbnRleHRJZCwgYnVmZmVyczogbmV3IE1hcCgpIH0sICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fZGVsZXRlJywgdGhpcy5yb290Q29udGV4dElkKSk7XG4gICAgdGhpcy5jb250ZXh0cy5kZWxldGUodGhpcy5yb290Q29udGV4dElkKTtcbiAgICB0aGlzLnRpY2tQZXJpb2RNcyA9IDA7XG4gICAgdGhpcy5uZXh0VGlja0F0ID0gdW5kZWZpbmVkO1xuICB9XG5cbiAgZG9uZSgpOiBudW1iZXIge1xuICAgIGlmICghdGhpcy5wZW5kaW5nUm9vdERvbmUpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgIHRoaXMucGVuZGluZ1Jvb3REb25lID0gZmFsc2U7XG4gICAgdGhpcy5kZWZlcigoKSA9PiB0aGlzLmRlbGV0ZVJvb3QoKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICAvLyAtLS0tIHRlc3QgYWNjZXNzb3JzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIG5ld0h0dHBTdHJlYW0ob3B0aW9ucz86IHsgcHJvcGVydGllcz86IFByb3BlcnR5SW5wdXQgfSkge1xuICAgIHJldHVybiB0aGlzLmhvc3QubmV3SHR0cFN0cmVhbShbdGhpc10sIG9wdGlvbnMpO1xuICB9XG5cbiAgbWVtb3J5UGFnZXMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5tZW1vcnkucGFnZXM7XG4gIH1cblxuICBjb3VudGVyKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljSWRzLnZhbHVlKG5hbWUpO1xuICB9XG5cbiAgbWV0cmljKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljSWRzLnZhbHVlKG5hbWUpO1xuICB9XG5cbiAgaGlzdG9ncmFtKG5hbWU6IHN0cmluZyk6IG51bWJlcltdIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNJZHMuc2FtcGxlcyhuYW1lKTtcbiAgfVxuXG4gIG1ldHJpY3MoKTogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+IHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNJZHMuYWxsKCk7XG4gIH1cbn1cbiIsICIvLyBOdW1lcmljIHZhbHVlcyBvZiB0aGUgcHJveHktd2FzbSBBQkkgMC4yLjEgZW51bXMsIGFzIHRoZSBzcGVjIGFuZFxuLy8gcHJveHktd2FzbS1jcHAtaG9zdCBkZWZpbmUgdGhlbS5cblxuZXhwb3J0IGNvbnN0IFdhc21SZXN1bHQgPSB7XG4gIE9rOiAwLFxuICBOb3RGb3VuZDogMSxcbiAgQmFkQXJndW1lbnQ6IDIsXG4gIFNlcmlhbGl6YXRpb25GYWlsdXJlOiAzLFxuICBQYXJzZUZhaWx1cmU6IDQsXG4gIEJhZEV4cHJlc3Npb246IDUsXG4gIEludmFsaWRNZW1vcnlBY2Nlc3M6IDYsXG4gIEVtcHR5OiA3LFxuICBDYXNNaXNtYXRjaDogOCxcbiAgUmVzdWx0TWlzbWF0Y2g6IDksXG4gIEludGVybmFsRmFpbHVyZTogMTAsXG4gIEJyb2tlbkNvbm5lY3Rpb246IDExLFxuICBVbmltcGxlbWVudGVkOiAxMixcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCBjb25zdCBIZWFkZXJNYXBUeXBlID0ge1xuICBSZXF1ZXN0SGVhZGVyczogMCxcbiAgUmVxdWVzdFRyYWlsZXJzOiAxLFxuICBSZXNwb25zZUhlYWRlcnM6IDIsXG4gIFJlc3BvbnNlVHJhaWxlcnM6IDMsXG4gIEdycGNSZWNlaXZlSW5pdGlhbE1ldGFkYXRhOiA0LFxuICBHcnBjUmVjZWl2ZVRyYWlsaW5nTWV0YWRhdGE6IDUsXG4gIEh0dHBDYWxsUmVzcG9uc2VIZWFkZXJzOiA2LFxuICBIdHRwQ2FsbFJlc3BvbnNlVHJhaWxlcnM6IDcsXG59IGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IEhFQURFUl9NQVBfVFlQRV9NQVggPSA3O1xuXG5leHBvcnQgY29uc3QgQnVmZmVyVHlwZSA9IHtcbiAgSHR0cFJlcXVlc3RCb2R5OiAwLFxuICBIdHRwUmVzcG9uc2VCb2R5OiAxLFxuICBEb3duc3RyZWFtRGF0YTogMixcbiAgVXBzdHJlYW1EYXRhOiAzLFxuICBIdHRwQ2FsbFJlc3BvbnNlQm9keTogNCxcbiAgR3JwY1JlY2VpdmVCdWZmZXI6IDUsXG4gIFZtQ29uZmlndXJhdGlvbjogNixcbiAgUGx1Z2luQ29uZmlndXJhdGlvbjogNyxcbiAgQ2FsbERhdGE6IDgsXG59IGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IEJVRkZFUl9UWVBFX01BWCA9IDg7XG5cbmV4cG9ydCBjb25zdCBTdHJlYW1UeXBlID0geyBSZXF1ZXN0OiAwLCBSZXNwb25zZTogMSwgRG93bnN0cmVhbTogMiwgVXBzdHJlYW06IDMgfSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBTVFJFQU1fVFlQRV9NQVggPSAzO1xuXG5leHBvcnQgY29uc3QgTWV0cmljVHlwZSA9IHsgQ291bnRlcjogMCwgR2F1Z2U6IDEsIEhpc3RvZ3JhbTogMiB9IGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgTE9HX0xFVkVMUyA9IFsndHJhY2UnLCAnZGVidWcnLCAnaW5mbycsICd3YXJuJywgJ2Vycm9yJywgJ2NyaXRpY2FsJ10gYXMgY29uc3Q7XG5cbi8qKiBXaGF0IHByb3h5X29uX3JlcXVlc3RfaGVhZGVycyAvIHByb3h5X29uX3Jlc3BvbnNlX2hlYWRlcnMgcmV0dXJuLCBhZnRlciBFbnZveSdzIGNvbnZlcnNpb24uICovXG5leHBvcnQgdHlwZSBIZWFkZXJzQWN0aW9uID1cbiAgfCAnQ29udGludWUnXG4gIHwgJ1N0b3BJdGVyYXRpb24nXG4gIHwgJ0NvbnRpbnVlQW5kRW5kU3RyZWFtJ1xuICB8ICdTdG9wQWxsSXRlcmF0aW9uQW5kQnVmZmVyJ1xuICB8ICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJztcbmV4cG9ydCBjb25zdCBIRUFERVJTX0FDVElPTlM6IHJlYWRvbmx5IEhlYWRlcnNBY3Rpb25bXSA9IFtcbiAgJ0NvbnRpbnVlJyxcbiAgJ1N0b3BJdGVyYXRpb24nLFxuICAnQ29udGludWVBbmRFbmRTdHJlYW0nLFxuICAnU3RvcEFsbEl0ZXJhdGlvbkFuZEJ1ZmZlcicsXG4gICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyxcbl07XG5cbi8qKiBXaGF0IHByb3h5X29uXypfYm9keSByZXR1cm5zLCBhZnRlciBFbnZveSdzIGNvbnZlcnNpb24uICovXG5leHBvcnQgdHlwZSBEYXRhQWN0aW9uID0gJ0NvbnRpbnVlJyB8ICdTdG9wSXRlcmF0aW9uQW5kQnVmZmVyJyB8ICdTdG9wSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyB8ICdTdG9wSXRlcmF0aW9uTm9CdWZmZXInO1xuZXhwb3J0IGNvbnN0IERBVEFfQUNUSU9OUzogcmVhZG9ubHkgRGF0YUFjdGlvbltdID0gW1xuICAnQ29udGludWUnLFxuICAnU3RvcEl0ZXJhdGlvbkFuZEJ1ZmZlcicsXG4gICdTdG9wSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyxcbiAgJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicsXG5dO1xuXG4vKiogV2hhdCBwcm94eV9vbl8qX3RyYWlsZXJzIHJldHVybnMuICovXG5leHBvcnQgdHlwZSBUcmFpbGVyc0FjdGlvbiA9ICdDb250aW51ZScgfCAnU3RvcEl0ZXJhdGlvbic7XG5cbmV4cG9ydCB0eXBlIEFjdGlvbiA9IEhlYWRlcnNBY3Rpb24gfCBEYXRhQWN0aW9uIHwgVHJhaWxlcnNBY3Rpb247XG5cbi8qKlxuICogRW52b3kgKHByb3h5LXdhc20tY3BwLWhvc3QgQ29udGV4dEJhc2U6OmNvbnZlcnRWbUNhbGxSZXN1bHRUb0ZpbHRlckhlYWRlcnNTdGF0dXMpOlxuICogYSBzdG9wIHJlcXVlc3RlZCBieSBhIGxvY2FsIHJlcGx5LCBhbiBvdXQtb2YtcmFuZ2UgdmFsdWUsIGFuZCBwbGFpbiBTdG9wSXRlcmF0aW9uXG4gKiBhbGwgYmVjb21lIFN0b3BBbGxJdGVyYXRpb25BbmRXYXRlcm1hcmssIGJlY2F1c2UgU3RvcEl0ZXJhdGlvbiBhbG9uZSB3b3VsZCBsZXRcbiAqIGJvZHkgZGF0YSBmbG93IHBhc3QgYSBmaWx0ZXIgdGhhdCBwYXVzZWQgb24gaGVhZGVycy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnZlcnRIZWFkZXJzUmVzdWx0KHJhdzogbnVtYmVyLCBuZXh0SXRlcmF0aW9uU3RvcHBlZDogYm9vbGVhbik6IEhlYWRlcnNBY3Rpb24ge1xuICBpZiAobmV4dEl0ZXJhdGlvblN0b3BwZWQgfHwgcmF3ID4gNCB8fCByYXcgPCAwIHx8IHJhdyA9PT0gMSkgcmV0dXJuICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJztcbiAgcmV0dXJuIEhFQURFUlNfQUNUSU9OU1tyYXddITtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNvbnZlcnREYXRhUmVzdWx0KHJhdzogbnVtYmVyLCBuZXh0SXRlcmF0aW9uU3RvcHBlZDogYm9vbGVhbik6IERhdGFBY3Rpb24ge1xuICBpZiAobmV4dEl0ZXJhdGlvblN0b3BwZWQgfHwgcmF3ID4gMyB8fCByYXcgPCAwKSByZXR1cm4gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcic7XG4gIHJldHVybiBEQVRBX0FDVElPTlNbcmF3XSE7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb252ZXJ0VHJhaWxlcnNSZXN1bHQocmF3OiBudW1iZXIsIG5leHRJdGVyYXRpb25TdG9wcGVkOiBib29sZWFuKTogVHJhaWxlcnNBY3Rpb24ge1xuICBpZiAobmV4dEl0ZXJhdGlvblN0b3BwZWQgfHwgcmF3ICE9PSAwKSByZXR1cm4gJ1N0b3BJdGVyYXRpb24nO1xuICByZXR1cm4gJ0NvbnRpbnVlJztcbn1cbiIsICIvLyBFcnJvciBjbGFzc2VzIHRocm93biBieSBob3N0LXNpbS4gRWFjaCBuYW1lcyB3aGF0IHdlbnQgd3JvbmcgcHJlY2lzZWx5IHNvIGFcbi8vIGZhaWxpbmcgdGVzdCByZWFkcyBsaWtlIGEgZGlhZ25vc2lzLCBub3QgYSBzdGFjayB0cmFjZS5cblxuZXhwb3J0IGNsYXNzIEhvc3RFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdIb3N0RXJyb3InO1xufVxuXG4vKiogQSBob3N0IGNhbGwgdGhlIG1vZHVsZSBpbXBvcnRzIHRoYXQgaG9zdC1zaW0gZG9lcyBub3QgcHJvdmlkZS4gKi9cbmV4cG9ydCBjbGFzcyBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnSG9zdEVycm9yJztcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgZnVuY3Rpb25OYW1lOiBzdHJpbmcpIHtcbiAgICBzdXBlcihgaG9zdCBmdW5jdGlvbiAke2Z1bmN0aW9uTmFtZX0gaXMgbm90IGltcGxlbWVudGVkIGJ5IGhvc3Qtc2ltYCk7XG4gIH1cbn1cblxuZXhwb3J0IGludGVyZmFjZSBMb2dMaW5lIHtcbiAgbGV2ZWw6IExvZ0xldmVsTmFtZTtcbiAgbWVzc2FnZTogc3RyaW5nO1xuICBjb250ZXh0SWQ6IG51bWJlcjtcbn1cblxuZXhwb3J0IHR5cGUgTG9nTGV2ZWxOYW1lID0gJ3RyYWNlJyB8ICdkZWJ1ZycgfCAnaW5mbycgfCAnd2FybicgfCAnZXJyb3InIHwgJ2NyaXRpY2FsJztcblxuZnVuY3Rpb24gZm9ybWF0TG9ncyhsb2dzOiByZWFkb25seSBMb2dMaW5lW10pOiBzdHJpbmcge1xuICBpZiAobG9ncy5sZW5ndGggPT09IDApIHJldHVybiAnICAobm8gbG9nIGxpbmVzKSc7XG4gIHJldHVybiBsb2dzLm1hcCgobCkgPT4gYCAgWyR7bC5sZXZlbH1dICR7bC5tZXNzYWdlfWApLmpvaW4oJ1xcbicpO1xufVxuXG4vKiogVGhlIGd1ZXN0IHRyYXBwZWQgKHVucmVhY2hhYmxlLCBvdXQtb2YtYm91bmRzIGFjY2VzcywgYWJvcnQsIC4uLikuICovXG5leHBvcnQgY2xhc3MgTW9kdWxlVHJhcEVycm9yIGV4dGVuZHMgSG9zdEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdNb2R1bGVUcmFwRXJyb3InO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBjYWxsYmFjazogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHRyYXA6IHN0cmluZyxcbiAgICByZWFkb25seSBsb2dzOiByZWFkb25seSBMb2dMaW5lW10sXG4gICAgb3B0aW9ucz86IHsgY2F1c2U/OiB1bmtub3duIH0sXG4gICkge1xuICAgIHN1cGVyKGBtb2R1bGUgdHJhcHBlZCBpbiAke2NhbGxiYWNrfTogJHt0cmFwfVxcbmxhc3QgbG9nIGxpbmVzOlxcbiR7Zm9ybWF0TG9ncyhsb2dzKX1gLCBvcHRpb25zKTtcbiAgfVxufVxuXG4vKiogcHJveHlfb25fdm1fc3RhcnQgb3IgcHJveHlfb25fY29uZmlndXJlIHJldHVybmVkIGZhbHNlIChFbnZveSByZWZ1c2VzIHRoZSBmaWx0ZXIpLiAqL1xuZXhwb3J0IGNsYXNzIENvbmZpZ3VyZUVycm9yIGV4dGVuZHMgSG9zdEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWd1cmVFcnJvcic7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IHBoYXNlOiAncHJveHlfb25fdm1fc3RhcnQnIHwgJ3Byb3h5X29uX2NvbmZpZ3VyZScsXG4gICAgcmVhZG9ubHkgbG9nczogcmVhZG9ubHkgTG9nTGluZVtdLFxuICApIHtcbiAgICBzdXBlcihgJHtwaGFzZX0gcmV0dXJuZWQgZmFsc2U6IHRoZSBwbHVnaW4gcmVqZWN0ZWQgaXRzIGNvbmZpZ3VyYXRpb25cXG5sYXN0IGxvZyBsaW5lczpcXG4ke2Zvcm1hdExvZ3MobG9ncyl9YCk7XG4gIH1cbn1cblxuLyoqIFRoZSB0ZXN0IGRyb3ZlIGEgc3RyZWFtIGluIGFuIG9yZGVyIGEgcmVhbCBwcm94eSBuZXZlciB3b3VsZC4gKi9cbmV4cG9ydCBjbGFzcyBTdHJlYW1TdGF0ZUVycm9yIGV4dGVuZHMgSG9zdEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdTdHJlYW1TdGF0ZUVycm9yJztcbn1cblxuLyoqIFRoZSBtb2R1bGUgY2Fubm90IGJlIGxvYWRlZCBhcyBhIHByb3h5LXdhc20gbW9kdWxlLiAqL1xuZXhwb3J0IGNsYXNzIE1vZHVsZUxvYWRFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnTW9kdWxlTG9hZEVycm9yJztcbn1cbiIsICIvLyBBIG11dGFibGUgaGVhZGVyIG1hcCB3aXRoIEVudm95J3Mgc2VtYW50aWNzIGZvciB0aGUgcHJveHktd2FzbSBoZWFkZXIgY2FsbHM6XG4vLyBuYW1lcyBhcmUgbG93ZXItY2FzZWQsIG9yZGVyIGlzIGtlcHQsIGR1cGxpY2F0ZXMgYXJlIGFsbG93ZWQuXG5pbXBvcnQgdHlwZSB7IEhlYWRlclBhaXJzIH0gZnJvbSAnLi9wYWlycy50cyc7XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcblxuZXhwb3J0IGNsYXNzIEhlYWRlck1hcCB7XG4gIHByaXZhdGUgZW50cmllczogSGVhZGVyUGFpcnM7XG5cbiAgY29uc3RydWN0b3IocGFpcnM6IEhlYWRlclBhaXJzID0gW10pIHtcbiAgICB0aGlzLmVudHJpZXMgPSBwYWlycy5tYXAoKFtrLCB2XSkgPT4gW2sudG9Mb3dlckNhc2UoKSwgdl0pO1xuICB9XG5cbiAgcGFpcnMoKTogSGVhZGVyUGFpcnMge1xuICAgIHJldHVybiB0aGlzLmVudHJpZXMubWFwKChbaywgdl0pID0+IFtrLCB2XSk7XG4gIH1cblxuICBnZXQgY291bnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLmxlbmd0aDtcbiAgfVxuXG4gIC8qKiBFbnZveSdzIGdldF9oZWFkZXJfbWFwX3NpemUgcmVwb3J0cyB0aGUgbWFwJ3MgYnl0ZSBzaXplLCBub3QgaXRzIGVudHJ5IGNvdW50LiAqL1xuICBieXRlU2l6ZSgpOiBudW1iZXIge1xuICAgIGxldCBzaXplID0gMDtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiB0aGlzLmVudHJpZXMpIHNpemUgKz0gZW5jb2Rlci5lbmNvZGUoaykubGVuZ3RoICsgZW5jb2Rlci5lbmNvZGUodikubGVuZ3RoO1xuICAgIHJldHVybiBzaXplO1xuICB9XG5cbiAgLyoqIEZpcnN0IHZhbHVlLCBhcyBFbnZveSdzIGdldEhlYWRlck1hcFZhbHVlIHJldHVybnMuICovXG4gIGdldChuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGtleSA9IG5hbWUudG9Mb3dlckNhc2UoKTtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLmZpbmQoKFtrXSkgPT4gayA9PT0ga2V5KT8uWzFdO1xuICB9XG5cbiAgYWRkKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMuZW50cmllcy5wdXNoKFtuYW1lLnRvTG93ZXJDYXNlKCksIHZhbHVlXSk7XG4gIH1cblxuICAvKiogUmVwbGFjZXMgdGhlIGZpcnN0IGVudHJ5J3MgdmFsdWUgaW4gcGxhY2UsIG9yIGFwcGVuZHMgKEVudm95J3MgcmVwbGFjZUhlYWRlck1hcFZhbHVlKS4gKi9cbiAgcmVwbGFjZShuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBrZXkgPSBuYW1lLnRvTG93ZXJDYXNlKCk7XG4gICAgY29uc3QgZW50cnkgPSB0aGlzLmVudHJpZXMuZmluZCgoW2tdKSA9PiBrID09PSBrZXkpO1xuICAgIGlmIChlbnRyeSkgZW50cnlbMV0gPSB2YWx1ZTtcbiAgICBlbHNlIHRoaXMuZW50cmllcy5wdXNoKFtrZXksIHZhbHVlXSk7XG4gIH1cblxuICByZW1vdmUobmFtZTogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3Qga2V5ID0gbmFtZS50b0xvd2VyQ2FzZSgpO1xuICAgIHRoaXMuZW50cmllcyA9IHRoaXMuZW50cmllcy5maWx0ZXIoKFtrXSkgPT4gayAhPT0ga2V5KTtcbiAgfVxuXG4gIHNldEFsbChwYWlyczogSGVhZGVyUGFpcnMpOiB2b2lkIHtcbiAgICB0aGlzLmVudHJpZXMgPSBwYWlycy5tYXAoKFtrLCB2XSkgPT4gW2sudG9Mb3dlckNhc2UoKSwgdl0pO1xuICB9XG59XG4iLCAiLy8gVGhlIEFCSSdzIHNlcmlhbGl6ZWQgaGVhZGVyIG1hcDogdTMyIGNvdW50LCB0aGVuICh1MzIga2V5IGxlbmd0aCwgdTMyIHZhbHVlXG4vLyBsZW5ndGgpIHBlciBwYWlyLCB0aGVuIGVhY2gga2V5IGFuZCB2YWx1ZSBmb2xsb3dlZCBieSBhIE5VTCBieXRlLlxuXG5leHBvcnQgdHlwZSBIZWFkZXJQYWlycyA9IFtzdHJpbmcsIHN0cmluZ11bXTtcblxuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuY29uc3QgZGVjb2RlciA9IG5ldyBUZXh0RGVjb2RlcigndXRmLTgnLCB7IGZhdGFsOiBmYWxzZSB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVBhaXJzKHBhaXJzOiByZWFkb25seSAocmVhZG9ubHkgW3N0cmluZywgc3RyaW5nXSlbXSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBlbmNvZGVkID0gcGFpcnMubWFwKChbaywgdl0pID0+IFtlbmNvZGVyLmVuY29kZShrKSwgZW5jb2Rlci5lbmNvZGUodildIGFzIGNvbnN0KTtcbiAgbGV0IHNpemUgPSA0ICsgZW5jb2RlZC5sZW5ndGggKiA4O1xuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBlbmNvZGVkKSBzaXplICs9IGsubGVuZ3RoICsgdi5sZW5ndGggKyAyO1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShzaXplKTtcbiAgY29uc3QgdmlldyA9IG5ldyBEYXRhVmlldyhvdXQuYnVmZmVyKTtcbiAgdmlldy5zZXRVaW50MzIoMCwgZW5jb2RlZC5sZW5ndGgsIHRydWUpO1xuICBsZXQgb2Zmc2V0ID0gNDtcbiAgZm9yIChjb25zdCBbaywgdl0gb2YgZW5jb2RlZCkge1xuICAgIHZpZXcuc2V0VWludDMyKG9mZnNldCwgay5sZW5ndGgsIHRydWUpO1xuICAgIHZpZXcuc2V0VWludDMyKG9mZnNldCArIDQsIHYubGVuZ3RoLCB0cnVlKTtcbiAgICBvZmZzZXQgKz0gODtcbiAgfVxuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBlbmNvZGVkKSB7XG4gICAgb3V0LnNldChrLCBvZmZzZXQpO1xuICAgIG9mZnNldCArPSBrLmxlbmd0aCArIDE7XG4gICAgb3V0LnNldCh2LCBvZmZzZXQpO1xuICAgIG9mZnNldCArPSB2Lmxlbmd0aCArIDE7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqXG4gKiBEZWNvZGVzIGEgc2VyaWFsaXplZCBtYXAuIExpa2UgRW52b3kncyB0b1BhaXJzLCBhIGJ1ZmZlciB0b28gc2hvcnQgZm9yIGl0c1xuICogZGVjbGFyZWQgY291bnQgeWllbGRzIG5vIHBhaXJzIHJhdGhlciB0aGFuIHJlYWRpbmcgb3V0IG9mIGJvdW5kczsgd2UgYWxzb1xuICogcmVmdXNlIHBhaXJzIHdob3NlIGJ5dGVzIHJ1biBwYXN0IHRoZSBlbmQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVQYWlycyhieXRlczogVWludDhBcnJheSk6IEhlYWRlclBhaXJzIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGJ5dGVzLmxlbmd0aCA8IDQpIHJldHVybiBieXRlcy5sZW5ndGggPT09IDAgPyBbXSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgdmlldyA9IG5ldyBEYXRhVmlldyhieXRlcy5idWZmZXIsIGJ5dGVzLmJ5dGVPZmZzZXQsIGJ5dGVzLmJ5dGVMZW5ndGgpO1xuICBjb25zdCBjb3VudCA9IHZpZXcuZ2V0VWludDMyKDAsIHRydWUpO1xuICBpZiAoNCArIGNvdW50ICogOCA+IGJ5dGVzLmxlbmd0aCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qgc2l6ZXM6IFtudW1iZXIsIG51bWJlcl1bXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIHNpemVzLnB1c2goW3ZpZXcuZ2V0VWludDMyKDQgKyBpICogOCwgdHJ1ZSksIHZpZXcuZ2V0VWludDMyKDggKyBpICogOCwgdHJ1ZSldKTtcbiAgbGV0IG9mZnNldCA9IDQgKyBjb3VudCAqIDg7XG4gIGNvbnN0IHJlc3VsdDogSGVhZGVyUGFpcnMgPSBbXTtcbiAgZm9yIChjb25zdCBba2wsIHZsXSBvZiBzaXplcykge1xuICAgIGlmIChvZmZzZXQgKyBrbCArIDEgKyB2bCArIDEgPiBieXRlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3Qga2V5ID0gZGVjb2Rlci5kZWNvZGUoYnl0ZXMuc3ViYXJyYXkob2Zmc2V0LCBvZmZzZXQgKyBrbCkpO1xuICAgIG9mZnNldCArPSBrbCArIDE7XG4gICAgY29uc3QgdmFsdWUgPSBkZWNvZGVyLmRlY29kZShieXRlcy5zdWJhcnJheShvZmZzZXQsIG9mZnNldCArIHZsKSk7XG4gICAgb2Zmc2V0ICs9IHZsICsgMTtcbiAgICByZXN1bHQucHVzaChba2V5LCB2YWx1ZV0pO1xuICB9XG4gIHJldHVybiByZXN1bHQ7XG59XG5cbmV4cG9ydCB0eXBlIEhlYWRlcnNJbnB1dCA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IG51bWJlcj4gfCByZWFkb25seSAocmVhZG9ubHkgW3N0cmluZywgc3RyaW5nXSlbXTtcblxuLyoqIE5vcm1hbGl6ZXMgdGVzdC1zdXBwbGllZCBoZWFkZXJzIHRoZSB3YXkgRW52b3kncyBjb2RlY3Mgc3RvcmUgdGhlbTogbG93ZXItY2FzZSBuYW1lcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVIZWFkZXJzKGlucHV0OiBIZWFkZXJzSW5wdXQgfCB1bmRlZmluZWQsIHdoYXQ6IHN0cmluZyk6IEhlYWRlclBhaXJzIHtcbiAgaWYgKGlucHV0ID09PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoaW5wdXQpKSB7XG4gICAgcmV0dXJuIGlucHV0Lm1hcCgocGFpciwgaSkgPT4ge1xuICAgICAgaWYgKCFBcnJheS5pc0FycmF5KHBhaXIpIHx8IHBhaXIubGVuZ3RoICE9PSAyIHx8IHR5cGVvZiBwYWlyWzBdICE9PSAnc3RyaW5nJyB8fCB0eXBlb2YgcGFpclsxXSAhPT0gJ3N0cmluZycpIHtcbiAgICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fVske2l9XSBtdXN0IGJlIGEgW25hbWUsIHZhbHVlXSBwYWlyIG9mIHN0cmluZ3NgKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBbcGFpclswXS50b0xvd2VyQ2FzZSgpLCBwYWlyWzFdXTtcbiAgICB9KTtcbiAgfVxuICBpZiAodHlwZW9mIGlucHV0ICE9PSAnb2JqZWN0JyB8fCBpbnB1dCA9PT0gbnVsbCkgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fSBtdXN0IGJlIGFuIG9iamVjdCBvciBhbiBhcnJheSBvZiBwYWlyc2ApO1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMoaW5wdXQgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pLm1hcCgoW2ssIHZdKSA9PiB7XG4gICAgaWYgKHR5cGVvZiB2ICE9PSAnc3RyaW5nJyAmJiB0eXBlb2YgdiAhPT0gJ251bWJlcicpIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0uJHtrfSBtdXN0IGJlIGEgc3RyaW5nYCk7XG4gICAgcmV0dXJuIFtrLnRvTG93ZXJDYXNlKCksIFN0cmluZyh2KV07XG4gIH0pO1xufVxuIiwgIi8vIEVudm95IGF0dHJpYnV0ZXMgYXMgcHJveHlfZ2V0X3Byb3BlcnR5IHNlZXMgdGhlbTogYSBwYXRoIG9mIE5VTC1zZXBhcmF0ZWRcbi8vIHNlZ21lbnRzLCBzdHJpbmdzIHJldHVybmVkIGFzIHJhdyBieXRlcywgaW50ZWdlcnMgYXMgOC1ieXRlIGxpdHRsZS1lbmRpYW4sXG4vLyBib29sZWFucyBhcyBvbmUgYnl0ZSwgbWFwcyBhcyBzZXJpYWxpemVkIGhlYWRlciBwYWlycy5cbmltcG9ydCB0eXBlIHsgSGVhZGVyTWFwIH0gZnJvbSAnLi9oZWFkZXItbWFwLnRzJztcbmltcG9ydCB7IGVuY29kZVBhaXJzIH0gZnJvbSAnLi9wYWlycy50cyc7XG5cbmV4cG9ydCB0eXBlIFByb3BlcnR5VmFsdWUgPSBzdHJpbmcgfCBudW1iZXIgfCBiaWdpbnQgfCBib29sZWFuIHwgVWludDhBcnJheTtcbmV4cG9ydCB0eXBlIFByb3BlcnR5SW5wdXQgPSBSZWNvcmQ8c3RyaW5nLCBQcm9wZXJ0eVZhbHVlPjtcblxuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuY29uc3QgZGVjb2RlciA9IG5ldyBUZXh0RGVjb2RlcigpO1xuXG4vKiogUm9vdHMgRW52b3kgcmVzb2x2ZXMgaXRzZWxmOyBhbnkgb3RoZXIgZmlyc3Qgc2VnbWVudCBuYW1lcyBmaWx0ZXIgc3RhdGUuICovXG5jb25zdCBBVFRSSUJVVEVfUk9PVFMgPSBuZXcgU2V0KFtcbiAgJ3JlcXVlc3QnLCAncmVzcG9uc2UnLCAnc291cmNlJywgJ2Rlc3RpbmF0aW9uJywgJ2Nvbm5lY3Rpb24nLCAndXBzdHJlYW0nLCAnbm9kZScsICd4ZHMnLFxuICAncGx1Z2luX25hbWUnLCAncGx1Z2luX3Jvb3RfaWQnLCAncGx1Z2luX3ZtX2lkJywgJ2NsdXN0ZXJfbmFtZScsICdjbHVzdGVyX21ldGFkYXRhJyxcbiAgJ3JvdXRlX25hbWUnLCAncm91dGVfbWV0YWRhdGEnLCAnbGlzdGVuZXJfZGlyZWN0aW9uJywgJ2xpc3RlbmVyX21ldGFkYXRhJyxcbiAgJ3Vwc3RyZWFtX2hvc3RfbWV0YWRhdGEnLCAnbWV0YWRhdGEnLCAnZmlsdGVyX3N0YXRlJyxcbl0pO1xuXG5leHBvcnQgZnVuY3Rpb24gZW5jb2RlUHJvcGVydHkodmFsdWU6IFByb3BlcnR5VmFsdWUpOiBVaW50OEFycmF5IHtcbiAgaWYgKHZhbHVlIGluc3RhbmNlb2YgVWludDhBcnJheSkgcmV0dXJuIHZhbHVlLnNsaWNlKCk7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gZW5jb2Rlci5lbmNvZGUodmFsdWUpO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbicpIHJldHVybiBVaW50OEFycmF5Lm9mKHZhbHVlID8gMSA6IDApO1xuICBjb25zdCBiaWcgPSB0eXBlb2YgdmFsdWUgPT09ICdiaWdpbnQnID8gdmFsdWUgOiBCaWdJbnQoTWF0aC50cnVuYyh2YWx1ZSkpO1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheSg4KTtcbiAgbmV3IERhdGFWaWV3KG91dC5idWZmZXIpLnNldEJpZ0ludDY0KDAsIEJpZ0ludC5hc0ludE4oNjQsIGJpZyksIHRydWUpO1xuICByZXR1cm4gb3V0O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVQcm9wZXJ0aWVzKGlucHV0OiB1bmtub3duLCB3aGF0OiBzdHJpbmcpOiBQcm9wZXJ0eUlucHV0IHtcbiAgaWYgKGlucHV0ID09PSB1bmRlZmluZWQpIHJldHVybiB7fTtcbiAgaWYgKHR5cGVvZiBpbnB1dCAhPT0gJ29iamVjdCcgfHwgaW5wdXQgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheShpbnB1dCkpIHtcbiAgICB0aHJvdyBuZXcgVHlwZUVycm9yKGAke3doYXR9IG11c3QgYmUgYW4gb2JqZWN0IG1hcHBpbmcgYXR0cmlidXRlIHBhdGhzIChlLmcuIFwic291cmNlLmFkZHJlc3NcIikgdG8gdmFsdWVzYCk7XG4gIH1cbiAgZm9yIChjb25zdCBbaywgdl0gb2YgT2JqZWN0LmVudHJpZXMoaW5wdXQpKSB7XG4gICAgY29uc3Qgb2sgPSB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInIHx8IHR5cGVvZiB2ID09PSAnYmlnaW50JyB8fCB0eXBlb2YgdiA9PT0gJ2Jvb2xlYW4nIHx8IHYgaW5zdGFuY2VvZiBVaW50OEFycmF5O1xuICAgIGlmICghb2spIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH1bXCIke2t9XCJdIG11c3QgYmUgYSBzdHJpbmcsIG51bWJlciwgYmlnaW50LCBib29sZWFuIG9yIFVpbnQ4QXJyYXlgKTtcbiAgfVxuICByZXR1cm4gaW5wdXQgYXMgUHJvcGVydHlJbnB1dDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcm9wZXJ0eVNjb3BlIHtcbiAgdm06IFByb3BlcnR5SW5wdXQ7XG4gIHN0cmVhbT86IFByb3BlcnR5SW5wdXQ7XG4gIHJlcXVlc3RIZWFkZXJzPzogSGVhZGVyTWFwO1xuICByZXNwb25zZUhlYWRlcnM/OiBIZWFkZXJNYXA7XG4gIGZpbHRlclN0YXRlPzogTWFwPHN0cmluZywgVWludDhBcnJheT47XG59XG5cbmZ1bmN0aW9uIGRlcml2ZWRSZXF1ZXN0KG5hbWU6IHN0cmluZywgaGVhZGVyczogSGVhZGVyTWFwIHwgdW5kZWZpbmVkKTogUHJvcGVydHlWYWx1ZSB8IHVuZGVmaW5lZCB7XG4gIGlmICghaGVhZGVycykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGF0aCA9IGhlYWRlcnMuZ2V0KCc6cGF0aCcpO1xuICBzd2l0Y2ggKG5hbWUpIHtcbiAgICBjYXNlICdwYXRoJzogcmV0dXJuIHBhdGg7XG4gICAgY2FzZSAndXJsX3BhdGgnOiByZXR1cm4gcGF0aD8uc3BsaXQoJz8nKVswXTtcbiAgICBjYXNlICdxdWVyeSc6IHJldHVybiBwYXRoID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwYXRoLmluY2x1ZGVzKCc/JykgPyBwYXRoLnNsaWNlKHBhdGguaW5kZXhPZignPycpICsgMSkgOiAnJztcbiAgICBjYXNlICdob3N0JzogcmV0dXJuIGhlYWRlcnMuZ2V0KCc6YXV0aG9yaXR5Jyk7XG4gICAgY2FzZSAnc2NoZW1lJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCc6c2NoZW1lJyk7XG4gICAgY2FzZSAnbWV0aG9kJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCc6bWV0aG9kJyk7XG4gICAgY2FzZSAnaWQnOiByZXR1cm4gaGVhZGVycy5nZXQoJ3gtcmVxdWVzdC1pZCcpO1xuICAgIGNhc2UgJ3JlZmVyZXInOiByZXR1cm4gaGVhZGVycy5nZXQoJ3JlZmVyZXInKTtcbiAgICBjYXNlICd1c2VyYWdlbnQnOiByZXR1cm4gaGVhZGVycy5nZXQoJ3VzZXItYWdlbnQnKTtcbiAgICBjYXNlICdwcm90b2NvbCc6IHJldHVybiAnSFRUUC8xLjEnO1xuICAgIGRlZmF1bHQ6IHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9va3VwSGVhZGVycyhtYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCwgcmVzdDogc3RyaW5nW10pOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFtYXApIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmIChyZXN0Lmxlbmd0aCA9PT0gMCkgcmV0dXJuIGVuY29kZVBhaXJzKG1hcC5wYWlycygpKTtcbiAgaWYgKHJlc3QubGVuZ3RoICE9PSAxKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB2ID0gbWFwLmdldChyZXN0WzBdISk7XG4gIHJldHVybiB2ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBlbmNvZGVyLmVuY29kZSh2KTtcbn1cblxuLyoqIFJlc29sdmVzIGEgcmF3IHByb3BlcnR5IHBhdGgsIG9yIHVuZGVmaW5lZCB3aGVuIEVudm95IHdvdWxkIGFuc3dlciBOb3RGb3VuZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlUHJvcGVydHkocmF3UGF0aDogc3RyaW5nLCBzY29wZTogUHJvcGVydHlTY29wZSk6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWdtZW50cyA9IHJhd1BhdGguc3BsaXQoJ1xcdTAwMDAnKTtcbiAgY29uc3Qgcm9vdCA9IHNlZ21lbnRzWzBdITtcbiAgaWYgKCFBVFRSSUJVVEVfUk9PVFMuaGFzKHJvb3QpKSB7XG4gICAgY29uc3Qgc3RhdGUgPSBzY29wZS5maWx0ZXJTdGF0ZT8uZ2V0KHJhd1BhdGgpO1xuICAgIHJldHVybiBzdGF0ZT8uc2xpY2UoKTtcbiAgfVxuICBpZiAocm9vdCA9PT0gJ2ZpbHRlcl9zdGF0ZScgJiYgc2VnbWVudHMubGVuZ3RoID09PSAyKSB7XG4gICAgY29uc3Qga2V5ID0gc2VnbWVudHNbMV0hLnN0YXJ0c1dpdGgoJ3dhc20uJykgPyBzZWdtZW50c1sxXSEuc2xpY2UoNSkgOiBzZWdtZW50c1sxXSE7XG4gICAgcmV0dXJuIHNjb3BlLmZpbHRlclN0YXRlPy5nZXQoa2V5KT8uc2xpY2UoKTtcbiAgfVxuICBjb25zdCBkb3R0ZWQgPSBzZWdtZW50cy5qb2luKCcuJyk7XG4gIGNvbnN0IGV4cGxpY2l0ID0gc2NvcGUuc3RyZWFtPy5bZG90dGVkXSA/PyBzY29wZS52bVtkb3R0ZWRdO1xuICBpZiAoZXhwbGljaXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGVuY29kZVByb3BlcnR5KGV4cGxpY2l0KTtcbiAgaWYgKHJvb3QgPT09ICdyZXF1ZXN0JyAmJiBzZWdtZW50c1sxXSA9PT0gJ2hlYWRlcnMnKSByZXR1cm4gbG9va3VwSGVhZGVycyhzY29wZS5yZXF1ZXN0SGVhZGVycywgc2VnbWVudHMuc2xpY2UoMikpO1xuICBpZiAocm9vdCA9PT0gJ3Jlc3BvbnNlJyAmJiBzZWdtZW50c1sxXSA9PT0gJ2hlYWRlcnMnKSByZXR1cm4gbG9va3VwSGVhZGVycyhzY29wZS5yZXNwb25zZUhlYWRlcnMsIHNlZ21lbnRzLnNsaWNlKDIpKTtcbiAgaWYgKHJvb3QgPT09ICdyZXF1ZXN0JyAmJiBzZWdtZW50cy5sZW5ndGggPT09IDIpIHtcbiAgICBjb25zdCB2ID0gZGVyaXZlZFJlcXVlc3Qoc2VnbWVudHNbMV0hLCBzY29wZS5yZXF1ZXN0SGVhZGVycyk7XG4gICAgcmV0dXJuIHYgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGVuY29kZVByb3BlcnR5KHYpO1xuICB9XG4gIGlmIChyb290ID09PSAncmVzcG9uc2UnICYmIHNlZ21lbnRzLmxlbmd0aCA9PT0gMiAmJiBzZWdtZW50c1sxXSA9PT0gJ2NvZGUnKSB7XG4gICAgY29uc3Qgc3RhdHVzID0gc2NvcGUucmVzcG9uc2VIZWFkZXJzPy5nZXQoJzpzdGF0dXMnKTtcbiAgICByZXR1cm4gc3RhdHVzID09PSB1bmRlZmluZWQgfHwgIS9eXFxkKyQvLnRlc3Qoc3RhdHVzKSA/IHVuZGVmaW5lZCA6IGVuY29kZVByb3BlcnR5KE51bWJlcihzdGF0dXMpKTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlVGV4dChieXRlczogVWludDhBcnJheSk6IHN0cmluZyB7XG4gIHJldHVybiBkZWNvZGVyLmRlY29kZShieXRlcyk7XG59XG4iLCAiLy8gVGhlIGVudi5wcm94eV8qIGZ1bmN0aW9ucyBvZiBBQkkgMC4yLjEsIGVhY2ggYmVoYXZpbmcgYXMgcHJveHktd2FzbS1jcHAtaG9zdCdzXG4vLyBleHBvcnRzLmNjIHBsdXMgRW52b3kncyBDb250ZXh0IGRvLiBUaGV5IHJlc29sdmUgdGhlIGNhbGxpbmcgY29udGV4dCAob3IgdGhlXG4vLyBlZmZlY3RpdmUgb25lKSB0aHJvdWdoIHRoZSBWbSBhbmQgYWN0IG9uIHRoZSBzdHJlYW0gc2xvdCBpdCBiZWxvbmdzIHRvLlxuaW1wb3J0IHtcbiAgQlVGRkVSX1RZUEVfTUFYLCBCdWZmZXJUeXBlLCBIRUFERVJfTUFQX1RZUEVfTUFYLCBIZWFkZXJNYXBUeXBlLCBMT0dfTEVWRUxTLCBTVFJFQU1fVFlQRV9NQVgsIFdhc21SZXN1bHQsXG59IGZyb20gJy4vYWJpLnRzJztcbmltcG9ydCB7IGRlY29kZVBhaXJzLCBlbmNvZGVQYWlycyB9IGZyb20gJy4vcGFpcnMudHMnO1xuaW1wb3J0IHsgcmVzb2x2ZVByb3BlcnR5IH0gZnJvbSAnLi9wcm9wZXJ0aWVzLnRzJztcbmltcG9ydCB0eXBlIHsgVm0gfSBmcm9tICcuL3ZtLnRzJztcblxudHlwZSBGbiA9ICguLi5hcmdzOiBuZXZlcltdKSA9PiB1bmtub3duO1xuXG5leHBvcnQgZnVuY3Rpb24gcHJveHlJbXBvcnRzKHZtOiBWbSk6IFJlY29yZDxzdHJpbmcsIEZuPiB7XG4gIGNvbnN0IG0gPSB2bS5tZW1vcnk7XG4gIGNvbnN0IHN0ciA9IChwdHI6IG51bWJlciwgbGVuOiBudW1iZXIpID0+IG0ucmVhZFN0cmluZyhwdHIsIGxlbik7XG5cbiAgY29uc3QgaGVhZGVyTWFwID0gKHR5cGU6IG51bWJlcikgPT5cbiAgICB0eXBlID49IEhlYWRlck1hcFR5cGUuSHR0cENhbGxSZXNwb25zZUhlYWRlcnMgPyB2bS52bUhlYWRlck1hcCh0eXBlKSA6IHZtLnJlc29sdmVDb250ZXh0KCkuc2xvdD8uaGVhZGVyTWFwKHR5cGUpO1xuXG4gIGNvbnN0IGNhbGxzOiBSZWNvcmQ8c3RyaW5nLCAoLi4uYXJnczogYW55W10pID0+IHVua25vd24+ID0ge1xuICAgIHByb3h5X2xvZyhsZXZlbDogbnVtYmVyLCBwdHI6IG51bWJlciwgc2l6ZTogbnVtYmVyKSB7XG4gICAgICBpZiAobGV2ZWwgPCAwIHx8IGxldmVsID49IExPR19MRVZFTFMubGVuZ3RoKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBzdHIocHRyLCBzaXplKTtcbiAgICAgIGlmIChtZXNzYWdlID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICB2bS5sb2coTE9HX0xFVkVMU1tsZXZlbF0hLCBtZXNzYWdlKTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X2xvZ19sZXZlbChwdHI6IG51bWJlcikge1xuICAgICAgcmV0dXJuIG0ud3JpdGVVMzIocHRyLCB2bS5sb2dMZXZlbEluZGV4KSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfY3VycmVudF90aW1lX25hbm9zZWNvbmRzKHB0cjogbnVtYmVyKSB7XG4gICAgICByZXR1cm4gbS53cml0ZVU2NChwdHIsIHZtLmhvc3QucmVhbHRpbWVOcygpKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfdGlja19wZXJpb2RfbWlsbGlzZWNvbmRzKHBlcmlvZDogbnVtYmVyKSB7XG4gICAgICB2bS5zZXRUaWNrUGVyaW9kKHBlcmlvZCA+Pj4gMCk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dldF9zdGF0dXMoY29kZVB0cjogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBzdGF0dXMgPSB2bS5jdXJyZW50U3RhdHVzKCk7XG4gICAgICBpZiAoIW0ud3JpdGVVMzIoY29kZVB0ciwgc3RhdHVzLmNvZGUpKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgcmV0dXJuIG0uY29weVRvUG9pbnRlclNpemUobmV3IFRleHRFbmNvZGVyKCkuZW5jb2RlKHN0YXR1cy5tZXNzYWdlKSwgcHRyUHRyLCBzaXplUHRyKVxuICAgICAgICA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfZWZmZWN0aXZlX2NvbnRleHQoY29udGV4dElkOiBudW1iZXIpIHtcbiAgICAgIHJldHVybiB2bS5zZXRFZmZlY3RpdmVDb250ZXh0KGNvbnRleHRJZCA+Pj4gMCk7XG4gICAgfSxcbiAgICBwcm94eV9kb25lKCkge1xuICAgICAgcmV0dXJuIHZtLmRvbmUoKTtcbiAgICB9LFxuICAgIHByb3h5X2NhbGxfZm9yZWlnbl9mdW5jdGlvbihuYW1lUHRyOiBudW1iZXIsIG5hbWVTaXplOiBudW1iZXIsIGFyZ1B0cjogbnVtYmVyLCBhcmdTaXplOiBudW1iZXIpIHtcbiAgICAgIC8vIEVudm95IG9ubHkga25vd3MgdGhlIGZvcmVpZ24gZnVuY3Rpb25zIGl0cyBidWlsZCByZWdpc3RlcnM7IGhvc3Qtc2ltIHJlZ2lzdGVycyBub25lLlxuICAgICAgaWYgKHN0cihuYW1lUHRyLCBuYW1lU2l6ZSkgPT09IHVuZGVmaW5lZCB8fCBtLnJlYWQoYXJnUHRyLCBhcmdTaXplKSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgfSxcblxuICAgIC8vIFByb3BlcnRpZXMuXG4gICAgcHJveHlfZ2V0X3Byb3BlcnR5KHBhdGhQdHI6IG51bWJlciwgcGF0aFNpemU6IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcikge1xuICAgICAgY29uc3QgcGF0aCA9IHN0cihwYXRoUHRyLCBwYXRoU2l6ZSk7XG4gICAgICBpZiAocGF0aCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgdmFsdWUgPSByZXNvbHZlUHJvcGVydHkocGF0aCwgdm0ucHJvcGVydHlTY29wZSgpKTtcbiAgICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKHZhbHVlLCBwdHJQdHIsIHNpemVQdHIpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9wcm9wZXJ0eShrZXlQdHI6IG51bWJlciwga2V5U2l6ZTogbnVtYmVyLCB2YWx1ZVB0cjogbnVtYmVyLCB2YWx1ZVNpemU6IG51bWJlcikge1xuICAgICAgY29uc3Qga2V5ID0gc3RyKGtleVB0ciwga2V5U2l6ZSk7XG4gICAgICBjb25zdCB2YWx1ZSA9IG0ucmVhZCh2YWx1ZVB0ciwgdmFsdWVTaXplKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3Qgc2xvdCA9IHZtLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICAgIC8vIEZpbHRlciBzdGF0ZSBsaXZlcyBvbiBhIHN0cmVhbTsgYSByb290IGNvbnRleHQgaGFzIG5vbmUgdG8gd3JpdGUgdG8uXG4gICAgICBpZiAoIXNsb3QpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgc2xvdC5zdHJlYW0uZmlsdGVyU3RhdGUuc2V0KGtleSwgdmFsdWUpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcblxuICAgIC8vIEhlYWRlciBtYXBzLlxuICAgIHByb3h5X2FkZF9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBzdHIodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLmFkZChrZXksIHZhbHVlKTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X2hlYWRlcl9tYXBfdmFsdWUodHlwZTogbnVtYmVyLCBrcDogbnVtYmVyLCBrczogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEhFQURFUl9NQVBfVFlQRV9NQVgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3Qga2V5ID0gc3RyKGtwLCBrcyk7XG4gICAgICBpZiAoa2V5ID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCB2YWx1ZSA9IG1hcC5nZXQoa2V5KTtcbiAgICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZSh2YWx1ZSksIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfcmVwbGFjZV9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBzdHIodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLnJlcGxhY2Uoa2V5LCB2YWx1ZSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X3JlbW92ZV9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLnJlbW92ZShrZXkpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfaGVhZGVyX21hcF9wYWlycyh0eXBlOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBwYWlycyA9IG1hcC5wYWlycygpO1xuICAgICAgY29uc3QgYnl0ZXMgPSBwYWlycy5sZW5ndGggPT09IDAgPyBuZXcgVWludDhBcnJheSgwKSA6IGVuY29kZVBhaXJzKHBhaXJzKTtcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKGJ5dGVzLCBwdHJQdHIsIHNpemVQdHIpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9oZWFkZXJfbWFwX3BhaXJzKHR5cGU6IG51bWJlciwgcHRyOiBudW1iZXIsIHNpemU6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGJ5dGVzID0gbS5yZWFkKHB0ciwgc2l6ZSk7XG4gICAgICBpZiAoYnl0ZXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIC8vIEVudm95J3MgdG9QYWlycyB0dXJucyBhIG1hbGZvcm1lZCBidWZmZXIgaW50byBhbiBlbXB0eSBtYXAuXG4gICAgICBtYXAuc2V0QWxsKGRlY29kZVBhaXJzKGJ5dGVzKSA/PyBbXSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dldF9oZWFkZXJfbWFwX3NpemUodHlwZTogbnVtYmVyLCByZXN1bHRQdHI6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKHJlc3VsdFB0ciwgbWFwLmJ5dGVTaXplKCkpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuXG4gICAgLy8gQnVmZmVycy5cbiAgICBwcm94eV9nZXRfYnVmZmVyX2J5dGVzKHR5cGU6IG51bWJlciwgc3RhcnQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gQlVGRkVSX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGJ1ZmZlciA9IHZtLmJ1ZmZlcih0eXBlKTtcbiAgICAgIGlmICghYnVmZmVyKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIGNvbnN0IHMgPSBzdGFydCA+Pj4gMDtcbiAgICAgIGxldCBsID0gbGVuZ3RoID4+PiAwO1xuICAgICAgaWYgKHMgKyBsID4gMHhmZmZmZmZmZikgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBieXRlcyA9IGJ1ZmZlci5nZXQoKTtcbiAgICAgIGlmIChzID4gYnl0ZXMubGVuZ3RoKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgaWYgKHMgKyBsID4gYnl0ZXMubGVuZ3RoKSBsID0gYnl0ZXMubGVuZ3RoIC0gcztcbiAgICAgIC8vIEVudm95IGxlYXZlcyB0aGUgb3V0LXBvaW50ZXJzIHVudG91Y2hlZCB3aGVuIHRoZXJlIGlzIG5vdGhpbmcgdG8gY29weS5cbiAgICAgIGlmIChsID09PSAwKSByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKGJ5dGVzLnN1YmFycmF5KHMsIHMgKyBsKSwgcHRyUHRyLCBzaXplUHRyKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfYnVmZmVyX3N0YXR1cyh0eXBlOiBudW1iZXIsIGxlbmd0aFB0cjogbnVtYmVyLCBmbGFnc1B0cjogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEJVRkZFUl9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBidWZmZXIgPSB2bS5idWZmZXIodHlwZSk7XG4gICAgICBpZiAoIWJ1ZmZlcikgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihsZW5ndGhQdHIsIGJ1ZmZlci5nZXQoKS5sZW5ndGgpICYmIG0ud3JpdGVVMzIoZmxhZ3NQdHIsIDApID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9idWZmZXJfYnl0ZXModHlwZTogbnVtYmVyLCBzdGFydDogbnVtYmVyLCBsZW5ndGg6IG51bWJlciwgZGF0YVB0cjogbnVtYmVyLCBkYXRhU2l6ZTogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEJVRkZFUl9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBidWZmZXIgPSB2bS5idWZmZXIodHlwZSk7XG4gICAgICBpZiAoIWJ1ZmZlciB8fCAhYnVmZmVyLnNldCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICBjb25zdCBkYXRhID0gbS5yZWFkKGRhdGFQdHIsIGRhdGFTaXplKTtcbiAgICAgIGlmIChkYXRhID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBjdXJyZW50ID0gYnVmZmVyLmdldCgpO1xuICAgICAgY29uc3QgcyA9IHN0YXJ0ID4+PiAwO1xuICAgICAgLy8gRW52b3kncyBCdWZmZXI6OmNvcHlGcm9tOiBzdGFydCAwIGRyYWlucyBgbGVuZ3RoYCBieXRlcyB0aGVuIHByZXBlbmRzO1xuICAgICAgLy8gc3RhcnQgYXQgb3IgcGFzdCB0aGUgZW5kIGFwcGVuZHM7IGFueXRoaW5nIGVsc2UgaXMgcmVmdXNlZC5cbiAgICAgIGlmIChzID09PSAwKSB7XG4gICAgICAgIGNvbnN0IGRyYWluZWQgPSBjdXJyZW50LnN1YmFycmF5KE1hdGgubWluKGxlbmd0aCA+Pj4gMCwgY3VycmVudC5sZW5ndGgpKTtcbiAgICAgICAgYnVmZmVyLnNldChjb25jYXQoZGF0YSwgZHJhaW5lZCkpO1xuICAgICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICAgIH1cbiAgICAgIGlmIChzID49IGN1cnJlbnQubGVuZ3RoKSB7XG4gICAgICAgIGJ1ZmZlci5zZXQoY29uY2F0KGN1cnJlbnQsIGRhdGEpKTtcbiAgICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgICB9XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICB9LFxuXG4gICAgLy8gU3RyZWFtIGNvbnRyb2wuXG4gICAgcHJveHlfc2VuZF9sb2NhbF9yZXNwb25zZShzdGF0dXM6IG51bWJlciwgZGV0YWlsc1B0cjogbnVtYmVyLCBkZXRhaWxzU2l6ZTogbnVtYmVyLCBib2R5UHRyOiBudW1iZXIsIGJvZHlTaXplOiBudW1iZXIsIGhlYWRlcnNQdHI6IG51bWJlciwgaGVhZGVyc1NpemU6IG51bWJlciwgZ3JwY1N0YXR1czogbnVtYmVyKSB7XG4gICAgICBjb25zdCBkZXRhaWxzID0gc3RyKGRldGFpbHNQdHIsIGRldGFpbHNTaXplKTtcbiAgICAgIGNvbnN0IGJvZHkgPSBtLnJlYWQoYm9keVB0ciwgYm9keVNpemUpO1xuICAgICAgY29uc3QgaGVhZGVyQnl0ZXMgPSBtLnJlYWQoaGVhZGVyc1B0ciwgaGVhZGVyc1NpemUpO1xuICAgICAgaWYgKGRldGFpbHMgPT09IHVuZGVmaW5lZCB8fCBib2R5ID09PSB1bmRlZmluZWQgfHwgaGVhZGVyQnl0ZXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHZtLnN0b3BOZXh0SXRlcmF0aW9uKCk7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5PazsgLy8gRW52b3kgaWdub3JlcyBpdCB3aXRob3V0IGRlY29kZXIgY2FsbGJhY2tzIChyb290IGNvbnRleHQpLlxuICAgICAgc2xvdC5yZXF1ZXN0TG9jYWxSZXNwb25zZSh7XG4gICAgICAgIHN0YXR1czogc3RhdHVzID4+PiAwLFxuICAgICAgICBkZXRhaWxzOiBkZXRhaWxzLnJlcGxhY2UoL1xccy9nLCAnXycpLFxuICAgICAgICBib2R5LFxuICAgICAgICBoZWFkZXJzOiBkZWNvZGVQYWlycyhoZWFkZXJCeXRlcykgPz8gW10sXG4gICAgICAgIGdycGNTdGF0dXM6IGdycGNTdGF0dXMgfCAwLFxuICAgICAgfSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2NvbnRpbnVlX3N0cmVhbSh0eXBlOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gU1RSRUFNX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IHNsb3QgPSB2bS5yZXNvbHZlQ29udGV4dCgpLnNsb3Q7XG4gICAgICBpZiAoIXNsb3QpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgcmV0dXJuIHNsb3QuY29udGludWVTdHJlYW0odHlwZSk7XG4gICAgfSxcbiAgICBwcm94eV9jbG9zZV9zdHJlYW0odHlwZTogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IFNUUkVBTV9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBzbG90LmNsb3NlU3RyZWFtKHR5cGUpO1xuICAgIH0sXG4gICAgcHJveHlfY2xlYXJfcm91dGVfY2FjaGUoKSB7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuXG4gICAgLy8gU2hhcmVkIGRhdGEgYW5kIHF1ZXVlcy5cbiAgICBwcm94eV9nZXRfc2hhcmVkX2RhdGEoa3A6IG51bWJlciwga3M6IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlciwgY2FzUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgZW50cnkgPSB2bS5ob3N0LnNoYXJlZERhdGEubG9va3VwKHZtLnZtSWQsIGtleSk7XG4gICAgICBpZiAoIWVudHJ5KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIGlmICghbS5jb3B5VG9Qb2ludGVyU2l6ZShlbnRyeS52YWx1ZSwgcHRyUHRyLCBzaXplUHRyKSkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKGNhc1B0ciwgZW50cnkuY2FzKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfc2hhcmVkX2RhdGEoa3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlciwgY2FzOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBtLnJlYWQodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgcmV0dXJuIHZtLmhvc3Quc2hhcmVkRGF0YS5zdG9yZSh2bS52bUlkLCBrZXksIHZhbHVlLCBjYXMgPj4+IDApO1xuICAgIH0sXG4gICAgcHJveHlfcmVnaXN0ZXJfc2hhcmVkX3F1ZXVlKG5wOiBudW1iZXIsIG5zOiBudW1iZXIsIHRva2VuUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IG5hbWUgPSBzdHIobnAsIG5zKTtcbiAgICAgIGlmIChuYW1lID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB0b2tlbiA9IHZtLmhvc3QucXVldWVzLnJlZ2lzdGVyKHZtLnZtSWQsIG5hbWUsIHZtLCB2bS5yZXNvbHZlUm9vdENvbnRleHRJZCgpKTtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKHRva2VuUHRyLCB0b2tlbikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfcmVzb2x2ZV9zaGFyZWRfcXVldWUodnA6IG51bWJlciwgdnM6IG51bWJlciwgbnA6IG51bWJlciwgbnM6IG51bWJlciwgdG9rZW5QdHI6IG51bWJlcikge1xuICAgICAgY29uc3Qgdm1JZCA9IHN0cih2cCwgdnMpO1xuICAgICAgY29uc3QgbmFtZSA9IHN0cihucCwgbnMpO1xuICAgICAgaWYgKHZtSWQgPT09IHVuZGVmaW5lZCB8fCBuYW1lID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB0b2tlbiA9IHZtLmhvc3QucXVldWVzLnJlc29sdmUodm1JZCwgbmFtZSk7XG4gICAgICBpZiAodG9rZW4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMih0b2tlblB0ciwgdG9rZW4pID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X2VucXVldWVfc2hhcmVkX3F1ZXVlKHRva2VuOiBudW1iZXIsIGRwOiBudW1iZXIsIGRzOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGRhdGEgPSBtLnJlYWQoZHAsIGRzKTtcbiAgICAgIGlmIChkYXRhID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgbm90aWZ5IH0gPSB2bS5ob3N0LnF1ZXVlcy5lbnF1ZXVlKHRva2VuID4+PiAwLCBkYXRhKTtcbiAgICAgIGlmIChub3RpZnkpIHZtLmhvc3QuZGVmZXIobm90aWZ5KTtcbiAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfSxcbiAgICBwcm94eV9kZXF1ZXVlX3NoYXJlZF9xdWV1ZSh0b2tlbjogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgZGF0YSB9ID0gdm0uaG9zdC5xdWV1ZXMuZGVxdWV1ZSh0b2tlbiA+Pj4gMCk7XG4gICAgICBpZiAocmVzdWx0ICE9PSBXYXNtUmVzdWx0Lk9rKSByZXR1cm4gcmVzdWx0O1xuICAgICAgcmV0dXJuIG0uY29weVRvUG9pbnRlclNpemUoZGF0YSEsIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG5cbiAgICAvLyBIVFRQIGNhbGxvdXRzLlxuICAgIHByb3h5X2h0dHBfY2FsbCh1cDogbnVtYmVyLCB1czogbnVtYmVyLCBocDogbnVtYmVyLCBoczogbnVtYmVyLCBicDogbnVtYmVyLCBiczogbnVtYmVyLCB0cDogbnVtYmVyLCB0czogbnVtYmVyLCB0aW1lb3V0OiBudW1iZXIsIHRva2VuUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGNsdXN0ZXIgPSBzdHIodXAsIHVzKTtcbiAgICAgIGNvbnN0IGhlYWRlckJ5dGVzID0gbS5yZWFkKGhwLCBocyk7XG4gICAgICBjb25zdCBib2R5ID0gbS5yZWFkKGJwLCBicyk7XG4gICAgICBjb25zdCB0cmFpbGVyQnl0ZXMgPSBtLnJlYWQodHAsIHRzKTtcbiAgICAgIGlmIChjbHVzdGVyID09PSB1bmRlZmluZWQgfHwgaGVhZGVyQnl0ZXMgPT09IHVuZGVmaW5lZCB8fCBib2R5ID09PSB1bmRlZmluZWQgfHwgdHJhaWxlckJ5dGVzID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBpZiAoIW0ud3JpdGVVMzIodG9rZW5QdHIsIDApKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3Qgb3V0Y29tZSA9IHZtLmRpc3BhdGNoSHR0cENhbGwoY2x1c3RlciwgZGVjb2RlUGFpcnMoaGVhZGVyQnl0ZXMpID8/IFtdLCBib2R5LCBkZWNvZGVQYWlycyh0cmFpbGVyQnl0ZXMpID8/IFtdLCB0aW1lb3V0IHwgMCk7XG4gICAgICBpZiAob3V0Y29tZS50b2tlbiAhPT0gdW5kZWZpbmVkKSBtLndyaXRlVTMyKHRva2VuUHRyLCBvdXRjb21lLnRva2VuKTtcbiAgICAgIHJldHVybiBvdXRjb21lLnJlc3VsdDtcbiAgICB9LFxuXG4gICAgLy8gTWV0cmljcy5cbiAgICBwcm94eV9kZWZpbmVfbWV0cmljKHR5cGU6IG51bWJlciwgbnA6IG51bWJlciwgbnM6IG51bWJlciwgaWRQdHI6IG51bWJlcikge1xuICAgICAgY29uc3QgbmFtZSA9IHN0cihucCwgbnMpO1xuICAgICAgaWYgKG5hbWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IHsgcmVzdWx0LCBpZCB9ID0gdm0ubWV0cmljSWRzLmRlZmluZSh0eXBlID4+PiAwLCBuYW1lKTtcbiAgICAgIGlmIChyZXN1bHQgIT09IFdhc21SZXN1bHQuT2spIHJldHVybiByZXN1bHQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihpZFB0ciwgaWQhKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9pbmNyZW1lbnRfbWV0cmljKGlkOiBudW1iZXIsIG9mZnNldDogYmlnaW50KSB7XG4gICAgICByZXR1cm4gdm0ubWV0cmljSWRzLmluY3JlbWVudChpZCA+Pj4gMCwgQmlnSW50LmFzSW50Tig2NCwgb2Zmc2V0KSk7XG4gICAgfSxcbiAgICBwcm94eV9yZWNvcmRfbWV0cmljKGlkOiBudW1iZXIsIHZhbHVlOiBiaWdpbnQpIHtcbiAgICAgIHJldHVybiB2bS5tZXRyaWNJZHMucmVjb3JkKGlkID4+PiAwLCBCaWdJbnQuYXNVaW50Tig2NCwgdmFsdWUpKTtcbiAgICB9LFxuICAgIHByb3h5X2dldF9tZXRyaWMoaWQ6IG51bWJlciwgcmVzdWx0UHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IHsgcmVzdWx0LCB2YWx1ZSB9ID0gdm0ubWV0cmljSWRzLmdldChpZCA+Pj4gMCk7XG4gICAgICBpZiAocmVzdWx0ICE9PSBXYXNtUmVzdWx0Lk9rKSByZXR1cm4gcmVzdWx0O1xuICAgICAgcmV0dXJuIG0ud3JpdGVVNjQocmVzdWx0UHRyLCB2YWx1ZSEpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICB9O1xuICByZXR1cm4gY2FsbHMgYXMgUmVjb3JkPHN0cmluZywgRm4+O1xufVxuXG5mdW5jdGlvbiBjb25jYXQoYTogVWludDhBcnJheSwgYjogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShhLmxlbmd0aCArIGIubGVuZ3RoKTtcbiAgb3V0LnNldChhKTtcbiAgb3V0LnNldChiLCBhLmxlbmd0aCk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmV4cG9ydCB7IEJ1ZmZlclR5cGUgfTtcbiIsICIvLyBCb3VuZHMtY2hlY2tlZCBhY2Nlc3MgdG8gYSBndWVzdCdzIGxpbmVhciBtZW1vcnksIGFuZCBhbGxvY2F0aW9uIGluc2lkZSB0aGVcbi8vIGd1ZXN0IHRoZSB3YXkgcHJveHktd2FzbS1jcHAtaG9zdCBkb2VzIGl0IChtYWxsb2MgaWYgZXhwb3J0ZWQsIGVsc2Vcbi8vIHByb3h5X29uX21lbW9yeV9hbGxvY2F0ZSkuXG5cbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04Jyk7XG5cbmV4cG9ydCBjbGFzcyBHdWVzdE1lbW9yeSB7XG4gIHByaXZhdGUgbWVtb3J5OiBXZWJBc3NlbWJseS5NZW1vcnkgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgYWxsb2NhdG9yOiAoKHNpemU6IG51bWJlcikgPT4gbnVtYmVyKSB8IHVuZGVmaW5lZDtcblxuICBhdHRhY2gobWVtb3J5OiBXZWJBc3NlbWJseS5NZW1vcnksIGFsbG9jYXRvcjogKHNpemU6IG51bWJlcikgPT4gbnVtYmVyKTogdm9pZCB7XG4gICAgdGhpcy5tZW1vcnkgPSBtZW1vcnk7XG4gICAgdGhpcy5hbGxvY2F0b3IgPSBhbGxvY2F0b3I7XG4gIH1cblxuICBwcml2YXRlIHZpZXcoKTogVWludDhBcnJheSB7XG4gICAgaWYgKCF0aGlzLm1lbW9yeSkgdGhyb3cgbmV3IEVycm9yKCdndWVzdCBtZW1vcnkgdXNlZCBiZWZvcmUgdGhlIG1vZHVsZSB3YXMgaW5zdGFudGlhdGVkJyk7XG4gICAgcmV0dXJuIG5ldyBVaW50OEFycmF5KHRoaXMubWVtb3J5LmJ1ZmZlcik7XG4gIH1cblxuICBnZXQgcGFnZXMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5tZW1vcnkgPyB0aGlzLm1lbW9yeS5idWZmZXIuYnl0ZUxlbmd0aCAvIDY1NTM2IDogMDtcbiAgfVxuXG4gIC8qKiBBIGNvcHkgb2YgW3B0ciwgcHRyK2xlbiksIG9yIHVuZGVmaW5lZCB3aGVuIG91dCBvZiBib3VuZHMuICovXG4gIHJlYWQocHRyOiBudW1iZXIsIGxlbjogbnVtYmVyKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCBsID0gbGVuID4+PiAwO1xuICAgIGNvbnN0IG1lbSA9IHRoaXMudmlldygpO1xuICAgIGlmIChwICsgbCA+IG1lbS5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIG1lbS5zbGljZShwLCBwICsgbCk7XG4gIH1cblxuICByZWFkU3RyaW5nKHB0cjogbnVtYmVyLCBsZW46IG51bWJlcik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgYnl0ZXMgPSB0aGlzLnJlYWQocHRyLCBsZW4pO1xuICAgIHJldHVybiBieXRlcyAmJiBkZWNvZGVyLmRlY29kZShieXRlcyk7XG4gIH1cblxuICB3cml0ZShwdHI6IG51bWJlciwgYnl0ZXM6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgICBjb25zdCBwID0gcHRyID4+PiAwO1xuICAgIGNvbnN0IG1lbSA9IHRoaXMudmlldygpO1xuICAgIGlmIChwICsgYnl0ZXMubGVuZ3RoID4gbWVtLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICAgIG1lbS5zZXQoYnl0ZXMsIHApO1xuICAgIHJldHVybiB0cnVlO1xuICB9XG5cbiAgd3JpdGVVMzIocHRyOiBudW1iZXIsIHZhbHVlOiBudW1iZXIpOiBib29sZWFuIHtcbiAgICBjb25zdCBiID0gbmV3IFVpbnQ4QXJyYXkoNCk7XG4gICAgbmV3IERhdGFWaWV3KGIuYnVmZmVyKS5zZXRVaW50MzIoMCwgdmFsdWUgPj4+IDAsIHRydWUpO1xuICAgIHJldHVybiB0aGlzLndyaXRlKHB0ciwgYik7XG4gIH1cblxuICB3cml0ZVU2NChwdHI6IG51bWJlciwgdmFsdWU6IGJpZ2ludCk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IGIgPSBuZXcgVWludDhBcnJheSg4KTtcbiAgICBuZXcgRGF0YVZpZXcoYi5idWZmZXIpLnNldEJpZ1VpbnQ2NCgwLCBCaWdJbnQuYXNVaW50Tig2NCwgdmFsdWUpLCB0cnVlKTtcbiAgICByZXR1cm4gdGhpcy53cml0ZShwdHIsIGIpO1xuICB9XG5cbiAgcmVhZFUzMihwdHI6IG51bWJlcik6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgYiA9IHRoaXMucmVhZChwdHIsIDQpO1xuICAgIHJldHVybiBiICYmIG5ldyBEYXRhVmlldyhiLmJ1ZmZlcikuZ2V0VWludDMyKDAsIHRydWUpO1xuICB9XG5cbiAgLyoqIEFsbG9jYXRlcyBpbiB0aGUgZ3Vlc3QgYW5kIGNvcGllcyBieXRlcyB0aGVyZTsgdW5kZWZpbmVkIGlmIHRoZSBndWVzdCByZWZ1c2VkLiAqL1xuICBhbGxvY2F0ZShieXRlczogVWludDhBcnJheSk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKCF0aGlzLmFsbG9jYXRvcikgdGhyb3cgbmV3IEVycm9yKCdndWVzdCBhbGxvY2F0b3IgdXNlZCBiZWZvcmUgdGhlIG1vZHVsZSB3YXMgaW5zdGFudGlhdGVkJyk7XG4gICAgY29uc3QgcHRyID0gdGhpcy5hbGxvY2F0b3IoYnl0ZXMubGVuZ3RoKSA+Pj4gMDtcbiAgICBpZiAocHRyID09PSAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiB0aGlzLndyaXRlKHB0ciwgYnl0ZXMpID8gcHRyIDogdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqXG4gICAqIHByb3h5LXdhc20tY3BwLWhvc3QgY29weVRvUG9pbnRlclNpemU6IGFuIGVtcHR5IHZhbHVlIHdyaXRlcyBhIG51bGwgcG9pbnRlclxuICAgKiBhbmQgc2l6ZSAwIHdpdGhvdXQgY2FsbGluZyB0aGUgZ3Vlc3QgYWxsb2NhdG9yLlxuICAgKi9cbiAgY29weVRvUG9pbnRlclNpemUoYnl0ZXM6IFVpbnQ4QXJyYXksIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpOiBib29sZWFuIHtcbiAgICBsZXQgcHRyID0gMDtcbiAgICBpZiAoYnl0ZXMubGVuZ3RoID4gMCkge1xuICAgICAgY29uc3QgcCA9IHRoaXMuYWxsb2NhdGUoYnl0ZXMpO1xuICAgICAgaWYgKHAgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbHNlO1xuICAgICAgcHRyID0gcDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMud3JpdGVVMzIocHRyUHRyLCBwdHIpICYmIHRoaXMud3JpdGVVMzIoc2l6ZVB0ciwgYnl0ZXMubGVuZ3RoKTtcbiAgfVxufVxuIiwgIi8vIFN0YXRzIGFzIEVudm95IGtlZXBzIHRoZW0gZm9yIFdhc20gKHdhc21jdXN0b20uPG5hbWU+KTogb25lIHN0b3JlIGZvciB0aGUgd2hvbGVcbi8vIHByb2Nlc3MsIHNvIGV2ZXJ5IFZNIHRoYXQgZGVmaW5lcyB0aGUgc2FtZSBuYW1lIGZlZWRzIHRoZSBzYW1lIHN0YXQuIEVhY2ggVk1cbi8vIGFsc28gcmVtZW1iZXJzIGl0cyBvd24gc2hhcmUgc28gYSB0ZXN0IGNhbiBzZWUgd2hhdCBvbmUgVk0gZGlkLlxuaW1wb3J0IHsgTWV0cmljVHlwZSwgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcblxuZXhwb3J0IHR5cGUgTWV0cmljS2luZCA9ICdjb3VudGVyJyB8ICdnYXVnZScgfCAnaGlzdG9ncmFtJztcbmNvbnN0IEtJTkRTOiByZWFkb25seSBNZXRyaWNLaW5kW10gPSBbJ2NvdW50ZXInLCAnZ2F1Z2UnLCAnaGlzdG9ncmFtJ107XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljVmFsdWUge1xuICB0eXBlOiBNZXRyaWNLaW5kO1xuICB2YWx1ZTogbnVtYmVyO1xufVxuXG5pbnRlcmZhY2UgU3RhdCB7XG4gIHR5cGU6IE1ldHJpY0tpbmQ7XG4gIHZhbHVlOiBiaWdpbnQ7XG4gIHNhbXBsZXM6IGJpZ2ludFtdO1xufVxuXG5leHBvcnQgY2xhc3MgTWV0cmljU3RvcmUge1xuICByZWFkb25seSBzdGF0cyA9IG5ldyBNYXA8c3RyaW5nLCBTdGF0PigpO1xuXG4gIHN0YXQobmFtZTogc3RyaW5nLCB0eXBlOiBNZXRyaWNLaW5kKTogU3RhdCB7XG4gICAgbGV0IHMgPSB0aGlzLnN0YXRzLmdldChuYW1lKTtcbiAgICBpZiAoIXMpIHRoaXMuc3RhdHMuc2V0KG5hbWUsIChzID0geyB0eXBlLCB2YWx1ZTogMG4sIHNhbXBsZXM6IFtdIH0pKTtcbiAgICByZXR1cm4gcztcbiAgfVxuXG4gIHZhbHVlKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcyA9IHRoaXMuc3RhdHMuZ2V0KG5hbWUpO1xuICAgIGlmICghcykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4gcy50eXBlID09PSAnaGlzdG9ncmFtJyA/IHMuc2FtcGxlcy5sZW5ndGggOiBOdW1iZXIocy52YWx1ZSk7XG4gIH1cblxuICBzYW1wbGVzKG5hbWU6IHN0cmluZyk6IG51bWJlcltdIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5zdGF0cy5nZXQobmFtZSk/LnNhbXBsZXMubWFwKE51bWJlcik7XG4gIH1cblxuICBhbGwoKTogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1ZhbHVlPiA9IHt9O1xuICAgIGZvciAoY29uc3QgW25hbWUsIHNdIG9mIHRoaXMuc3RhdHMpIG91dFtuYW1lXSA9IHsgdHlwZTogcy50eXBlLCB2YWx1ZTogdGhpcy52YWx1ZShuYW1lKSEgfTtcbiAgICByZXR1cm4gb3V0O1xuICB9XG59XG5cbmludGVyZmFjZSBEZWZpbmVkIHtcbiAgbmFtZTogc3RyaW5nO1xuICB0eXBlOiBNZXRyaWNLaW5kO1xufVxuXG5jb25zdCBVNjRfTUFYID0gKDFuIDw8IDY0bikgLSAxbjtcblxuLyoqIE9uZSBWTSdzIHZpZXc6IG1ldHJpYyBpZHMgYXMgRW52b3kgaGFuZHMgdGhlbSBvdXQgKHR5cGUgaW4gdGhlIGxvdyAyIGJpdHMpLiAqL1xuZXhwb3J0IGNsYXNzIFZtTWV0cmljcyB7XG4gIHByaXZhdGUgcmVhZG9ubHkgYnlJZCA9IG5ldyBNYXA8bnVtYmVyLCBEZWZpbmVkPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IGlkQnlOYW1lID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgcHJpdmF0ZSBuZXh0SW5kZXggPSAxO1xuICAvKiogVGhpcyBWTSdzIG93biBjb250cmlidXRpb25zIHRvIGNvdW50ZXJzIGFuZCBoaXN0b2dyYW1zOyBnYXVnZXMgYXJlIGdsb2JhbCB2YWx1ZXMuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgb3duID0gbmV3IE1hcDxzdHJpbmcsIHsgdHlwZTogTWV0cmljS2luZDsgdmFsdWU6IGJpZ2ludDsgc2FtcGxlczogYmlnaW50W10gfT4oKTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IHN0b3JlOiBNZXRyaWNTdG9yZSkge31cblxuICBkZWZpbmUodHlwZTogbnVtYmVyLCBuYW1lOiBzdHJpbmcpOiB7IHJlc3VsdDogbnVtYmVyOyBpZD86IG51bWJlciB9IHtcbiAgICBjb25zdCBraW5kID0gS0lORFNbdHlwZV07XG4gICAgaWYgKGtpbmQgPT09IHVuZGVmaW5lZCB8fCB0eXBlICE9PSBNYXRoLnRydW5jKHR5cGUpKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuQmFkQXJndW1lbnQgfTtcbiAgICBjb25zdCBrZXkgPSBgJHt0eXBlfToke25hbWV9YDtcbiAgICBjb25zdCBrbm93biA9IHRoaXMuaWRCeU5hbWUuZ2V0KGtleSk7XG4gICAgaWYgKGtub3duICE9PSB1bmRlZmluZWQpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5PaywgaWQ6IGtub3duIH07XG4gICAgY29uc3QgaWQgPSAoKHRoaXMubmV4dEluZGV4KysgPDwgMikgfCB0eXBlKSA+Pj4gMDtcbiAgICB0aGlzLmJ5SWQuc2V0KGlkLCB7IG5hbWUsIHR5cGU6IGtpbmQgfSk7XG4gICAgdGhpcy5pZEJ5TmFtZS5zZXQoa2V5LCBpZCk7XG4gICAgdGhpcy5zdG9yZS5zdGF0KG5hbWUsIGtpbmQpO1xuICAgIHRoaXMub3duLnNldChuYW1lLCB7IHR5cGU6IGtpbmQsIHZhbHVlOiAwbiwgc2FtcGxlczogW10gfSk7XG4gICAgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCBpZCB9O1xuICB9XG5cbiAgaW5jcmVtZW50KGlkOiBudW1iZXIsIG9mZnNldDogYmlnaW50KTogbnVtYmVyIHtcbiAgICBjb25zdCBkID0gdGhpcy5ieUlkLmdldChpZCk7XG4gICAgaWYgKCFkKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICBjb25zdCBzdGF0ID0gdGhpcy5zdG9yZS5zdGF0KGQubmFtZSwgZC50eXBlKTtcbiAgICBjb25zdCBvd24gPSB0aGlzLm93bi5nZXQoZC5uYW1lKSE7XG4gICAgaWYgKGQudHlwZSA9PT0gJ2NvdW50ZXInKSB7XG4gICAgICAvLyBFbnZveSdzIGNvdW50ZXJzIG9ubHkgZ28gdXA7IGEgbm9uLXBvc2l0aXZlIG9mZnNldCBpcyByZWZ1c2VkLlxuICAgICAgaWYgKG9mZnNldCA8PSAwbikgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBzdGF0LnZhbHVlID0gKHN0YXQudmFsdWUgKyBvZmZzZXQpICYgVTY0X01BWDtcbiAgICAgIG93bi52YWx1ZSArPSBvZmZzZXQ7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9XG4gICAgaWYgKGQudHlwZSA9PT0gJ2dhdWdlJykge1xuICAgICAgc3RhdC52YWx1ZSArPSBvZmZzZXQ7XG4gICAgICBpZiAoc3RhdC52YWx1ZSA8IDBuKSBzdGF0LnZhbHVlID0gMG47XG4gICAgICBvd24udmFsdWUgPSBzdGF0LnZhbHVlO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfVxuICAgIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICB9XG5cbiAgcmVjb3JkKGlkOiBudW1iZXIsIHZhbHVlOiBiaWdpbnQpOiBudW1iZXIge1xuICAgIGNvbnN0IGQgPSB0aGlzLmJ5SWQuZ2V0KGlkKTtcbiAgICBpZiAoIWQpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgIGNvbnN0IHN0YXQgPSB0aGlzLnN0b3JlLnN0YXQoZC5uYW1lLCBkLnR5cGUpO1xuICAgIGNvbnN0IG93biA9IHRoaXMub3duLmdldChkLm5hbWUpITtcbiAgICBpZiAoZC50eXBlID09PSAnY291bnRlcicpIHtcbiAgICAgIHN0YXQudmFsdWUgPSAoc3RhdC52YWx1ZSArIHZhbHVlKSAmIFU2NF9NQVg7XG4gICAgICBvd24udmFsdWUgKz0gdmFsdWU7XG4gICAgfSBlbHNlIGlmIChkLnR5cGUgPT09ICdnYXVnZScpIHtcbiAgICAgIHN0YXQudmFsdWUgPSB2YWx1ZTtcbiAgICAgIG93bi52YWx1ZSA9IHZhbHVlO1xuICAgIH0gZWxzZSB7XG4gICAgICBzdGF0LnNhbXBsZXMucHVzaCh2YWx1ZSk7XG4gICAgICBvd24uc2FtcGxlcy5wdXNoKHZhbHVlKTtcbiAgICB9XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICBnZXQoaWQ6IG51bWJlcik6IHsgcmVzdWx0OiBudW1iZXI7IHZhbHVlPzogYmlnaW50IH0ge1xuICAgIGNvbnN0IGQgPSB0aGlzLmJ5SWQuZ2V0KGlkKTtcbiAgICBpZiAoIWQpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5Ob3RGb3VuZCB9O1xuICAgIGlmIChkLnR5cGUgPT09ICdoaXN0b2dyYW0nKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuQmFkQXJndW1lbnQgfTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIHZhbHVlOiB0aGlzLnN0b3JlLnN0YXQoZC5uYW1lLCBkLnR5cGUpLnZhbHVlIH07XG4gIH1cblxuICAvKiogVGhpcyBWTSdzIGNvdW50IGZvciBhIGNvdW50ZXIsIHRoZSBnbG9iYWwgdmFsdWUgZm9yIGEgZ2F1Z2UsIGl0cyBzYW1wbGUgY291bnQgZm9yIGEgaGlzdG9ncmFtLiAqL1xuICB2YWx1ZShuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IG8gPSB0aGlzLm93bi5nZXQobmFtZSk7XG4gICAgaWYgKCFvKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGlmIChvLnR5cGUgPT09ICdnYXVnZScpIHJldHVybiB0aGlzLnN0b3JlLnZhbHVlKG5hbWUpO1xuICAgIGlmIChvLnR5cGUgPT09ICdoaXN0b2dyYW0nKSByZXR1cm4gby5zYW1wbGVzLmxlbmd0aDtcbiAgICByZXR1cm4gTnVtYmVyKG8udmFsdWUpO1xuICB9XG5cbiAgc2FtcGxlcyhuYW1lOiBzdHJpbmcpOiBudW1iZXJbXSB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMub3duLmdldChuYW1lKT8uc2FtcGxlcy5tYXAoTnVtYmVyKTtcbiAgfVxuXG4gIGFsbCgpOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+ID0ge307XG4gICAgZm9yIChjb25zdCBbbmFtZSwgb10gb2YgdGhpcy5vd24pIG91dFtuYW1lXSA9IHsgdHlwZTogby50eXBlLCB2YWx1ZTogdGhpcy52YWx1ZShuYW1lKSEgfTtcbiAgICByZXR1cm4gb3V0O1xuICB9XG59XG5cbmV4cG9ydCB7IE1ldHJpY1R5cGUgfTtcbiIsICIvLyBUaGUgV0FTSSBwcmV2aWV3MSBzdWJzZXQgRW52b3kgZ2l2ZXMgV2FzbSBtb2R1bGVzIChwcm94eS13YXNtLWNwcC1ob3N0XG4vLyBleHBvcnRzLmNjKTogc3Rkb3V0L3N0ZGVyciBnbyB0byB0aGUgbG9nLCBjbG9ja3MgcmVhZCB0aGUgaG9zdCdzIChoZXJlXG4vLyB2aXJ0dWFsKSB0aW1lLCBhbmQgdGhlIGZpbGVzeXN0ZW0gaXMgYWJzZW50LlxuaW1wb3J0IHsgcmFuZG9tRmlsbFN5bmMgfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgdHlwZSB7IEd1ZXN0TWVtb3J5IH0gZnJvbSAnLi9tZW1vcnkudHMnO1xuXG5jb25zdCBFUlJOT19TVUNDRVNTID0gMDtcbmNvbnN0IEVSUk5PX0JBREYgPSA4O1xuY29uc3QgRVJSTk9fRkFVTFQgPSAyMTtcbmNvbnN0IEVSUk5PX0lOVkFMID0gMjg7XG5jb25zdCBFUlJOT19OT0VOVCA9IDQ0O1xuY29uc3QgRVJSTk9fTk9TWVMgPSA1MjtcbmNvbnN0IEVSUk5PX05PVFNVUCA9IDU4O1xuLyoqIHByb3h5LXdhc20tY3BwLWhvc3QncyBQUk9YWV9XQVNNX0hPU1RfV0FTSV9SQU5ET01fR0VUX01BWF9TSVpFX0JZVEVTLiAqL1xuY29uc3QgUkFORE9NX0dFVF9NQVggPSA2NCAqIDEwMjQ7XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2FzaUhvc3Qge1xuICBtZW1vcnk6IEd1ZXN0TWVtb3J5O1xuICBsb2cobGV2ZWw6ICdpbmZvJyB8ICdlcnJvcicsIG1lc3NhZ2U6IHN0cmluZyk6IHZvaWQ7XG4gIHJlYWx0aW1lTnMoKTogYmlnaW50O1xuICBtb25vdG9uaWNOcygpOiBiaWdpbnQ7XG4gIC8qKiBFbnZpcm9ubWVudCB2YXJpYWJsZXMgdGhlIHBsdWdpbiB3YXMgY29uZmlndXJlZCB3aXRoIChFbnZveSdzIHZtX2NvbmZpZy5lbnZpcm9ubWVudF92YXJpYWJsZXMpLiAqL1xuICBlbnY6IHJlYWRvbmx5IChyZWFkb25seSBbc3RyaW5nLCBzdHJpbmddKVtdO1xufVxuXG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbmV4cG9ydCBmdW5jdGlvbiB3YXNpSW1wb3J0cyhoOiBXYXNpSG9zdCk6IFJlY29yZDxzdHJpbmcsICguLi5hcmdzOiBuZXZlcltdKSA9PiB1bmtub3duPiB7XG4gIGNvbnN0IG0gPSBoLm1lbW9yeTtcbiAgY29uc3QgZmRXcml0ZSA9IChmZDogbnVtYmVyLCBpb3ZzOiBudW1iZXIsIGlvdnNMZW46IG51bWJlciwgbndyaXR0ZW5QdHI6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgaWYgKGZkICE9PSAxICYmIGZkICE9PSAyKSByZXR1cm4gRVJSTk9fQkFERjtcbiAgICBjb25zdCBjaHVua3M6IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgaW92c0xlbiA+Pj4gMDsgaSsrKSB7XG4gICAgICBjb25zdCBidWYgPSBtLnJlYWRVMzIoaW92cyArIGkgKiA4KTtcbiAgICAgIGNvbnN0IGxlbiA9IG0ucmVhZFUzMihpb3ZzICsgaSAqIDggKyA0KTtcbiAgICAgIGlmIChidWYgPT09IHVuZGVmaW5lZCB8fCBsZW4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIEVSUk5PX0ZBVUxUO1xuICAgICAgaWYgKGxlbiA9PT0gMCkgY29udGludWU7XG4gICAgICBjb25zdCBieXRlcyA9IG0ucmVhZChidWYsIGxlbik7XG4gICAgICBpZiAoIWJ5dGVzKSByZXR1cm4gRVJSTk9fRkFVTFQ7XG4gICAgICBjaHVua3MucHVzaChieXRlcyk7XG4gICAgfVxuICAgIGxldCB3cml0dGVuID0gMDtcbiAgICBmb3IgKGNvbnN0IGMgb2YgY2h1bmtzKSB3cml0dGVuICs9IGMubGVuZ3RoO1xuICAgIGlmICh3cml0dGVuID4gMCkge1xuICAgICAgbGV0IHRleHQgPSBjaHVua3MubWFwKChjKSA9PiBkZWNvZGVyLmRlY29kZShjLCB7IHN0cmVhbTogdHJ1ZSB9KSkuam9pbignJykgKyBkZWNvZGVyLmRlY29kZSgpO1xuICAgICAgLy8gRW52b3kgZHJvcHMgb25lIHRyYWlsaW5nIG5ld2xpbmUgcGVyIHdyaXRlLCBub3RoaW5nIG1vcmUuXG4gICAgICBpZiAodGV4dC5lbmRzV2l0aCgnXFxuJykpIHRleHQgPSB0ZXh0LnNsaWNlKDAsIC0xKTtcbiAgICAgIGgubG9nKGZkID09PSAxID8gJ2luZm8nIDogJ2Vycm9yJywgdGV4dCk7XG4gICAgfVxuICAgIHJldHVybiBtLndyaXRlVTMyKG53cml0dGVuUHRyLCB3cml0dGVuKSA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19GQVVMVDtcbiAgfTtcblxuICBjb25zdCBlbnZTdHJpbmdzID0gKCkgPT4gaC5lbnYubWFwKChbaywgdl0pID0+IGVuY29kZXIuZW5jb2RlKGAke2t9PSR7dn1cXHUwMDAwYCkpO1xuXG4gIHJldHVybiB7XG4gICAgZmRfd3JpdGU6IGZkV3JpdGUgYXMgbmV2ZXIsXG4gICAgZmRfcmVhZDogKCgpID0+IEVSUk5PX05PU1lTKSBhcyBuZXZlcixcbiAgICAvLyBFbnZveSBsb2dzIHRoZXNlIGFzIGVycm9ycyBhbmQgcmVwb3J0cyBzdWNjZXNzLlxuICAgIGZkX3NlZWs6ICgoKSA9PiB7XG4gICAgICBoLmxvZygnZXJyb3InLCAnd2FzaV91bnN0YWJsZSBmZF9zZWVrJyk7XG4gICAgICByZXR1cm4gRVJSTk9fU1VDQ0VTUztcbiAgICB9KSBhcyBuZXZlcixcbiAgICBmZF9jbG9zZTogKCgpID0+IHtcbiAgICAgIGgubG9nKCdlcnJvcicsICd3YXNpX3Vuc3RhYmxlIGZkX2Nsb3NlJyk7XG4gICAgICByZXR1cm4gRVJSTk9fU1VDQ0VTUztcbiAgICB9KSBhcyBuZXZlcixcbiAgICBmZF9mZHN0YXRfZ2V0OiAoKGZkOiBudW1iZXIsIHN0YXRQdHI6IG51bWJlcikgPT4ge1xuICAgICAgaWYgKGZkICE9PSAxICYmIGZkICE9PSAyKSByZXR1cm4gRVJSTk9fQkFERjtcbiAgICAgIGNvbnN0IHN0YXQgPSBuZXcgVWludDhBcnJheSgyNCk7XG4gICAgICAvLyBmc19yaWdodHNfYmFzZSA9IEZEX1dSSVRFOiB0aGUgb25seSByaWdodCBzdGRvdXQvc3RkZXJyIGhhdmUuXG4gICAgICBuZXcgRGF0YVZpZXcoc3RhdC5idWZmZXIpLnNldEJpZ1VpbnQ2NCg4LCA2NG4sIHRydWUpO1xuICAgICAgbS53cml0ZShzdGF0UHRyLCBzdGF0KTtcbiAgICAgIHJldHVybiBFUlJOT19TVUNDRVNTO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIC8vIE5vdCBpbiBFbnZveSdzIGxpc3QgYmVmb3JlIEdvJ3Mgd2FzaXAxIHBvcnQgbmVlZGVkIGl0OyBzdGRvdXQvc3RkZXJyIGFyZSB0aGVcbiAgICAvLyBvbmx5IGRlc2NyaXB0b3JzLCBhbmQgY2hhbmdpbmcgdGhlaXIgZmxhZ3MgaGFzIG5vIG1lYW5pbmcgaGVyZS5cbiAgICBmZF9mZHN0YXRfc2V0X2ZsYWdzOiAoKGZkOiBudW1iZXIpID0+IChmZCA9PT0gMSB8fCBmZCA9PT0gMiA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19CQURGKSkgYXMgbmV2ZXIsXG4gICAgZmRfcHJlc3RhdF9nZXQ6ICgoKSA9PiBFUlJOT19CQURGKSBhcyBuZXZlcixcbiAgICBmZF9wcmVzdGF0X2Rpcl9uYW1lOiAoKCkgPT4gRVJSTk9fTk9TWVMpIGFzIG5ldmVyLFxuICAgIHBhdGhfb3BlbjogKCgpID0+IEVSUk5PX05PRU5UKSBhcyBuZXZlcixcbiAgICBlbnZpcm9uX3NpemVzX2dldDogKChjb3VudFB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpID0+IHtcbiAgICAgIGNvbnN0IHN0cmluZ3MgPSBlbnZTdHJpbmdzKCk7XG4gICAgICBjb25zdCBzaXplID0gc3RyaW5ncy5yZWR1Y2UoKG4sIHMpID0+IG4gKyBzLmxlbmd0aCwgMCk7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihjb3VudFB0ciwgc3RyaW5ncy5sZW5ndGgpICYmIG0ud3JpdGVVMzIoc2l6ZVB0ciwgc2l6ZSkgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQ7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgZW52aXJvbl9nZXQ6ICgoYXJyYXlQdHI6IG51bWJlciwgYnVmUHRyOiBudW1iZXIpID0+IHtcbiAgICAgIGxldCBidWYgPSBidWZQdHIgPj4+IDA7XG4gICAgICBsZXQgYXJyID0gYXJyYXlQdHIgPj4+IDA7XG4gICAgICBmb3IgKGNvbnN0IHMgb2YgZW52U3RyaW5ncygpKSB7XG4gICAgICAgIGlmICghbS53cml0ZVUzMihhcnIsIGJ1ZikgfHwgIW0ud3JpdGUoYnVmLCBzKSkgcmV0dXJuIEVSUk5PX0ZBVUxUO1xuICAgICAgICBidWYgKz0gcy5sZW5ndGg7XG4gICAgICAgIGFyciArPSA0O1xuICAgICAgfVxuICAgICAgcmV0dXJuIEVSUk5PX1NVQ0NFU1M7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgYXJnc19zaXplc19nZXQ6ICgoYXJnY1B0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpID0+XG4gICAgICBtLndyaXRlVTMyKGFyZ2NQdHIsIDApICYmIG0ud3JpdGVVMzIoc2l6ZVB0ciwgMCkgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQpIGFzIG5ldmVyLFxuICAgIGFyZ3NfZ2V0OiAoKCkgPT4gRVJSTk9fU1VDQ0VTUykgYXMgbmV2ZXIsXG4gICAgY2xvY2tfdGltZV9nZXQ6ICgoY2xvY2tJZDogbnVtYmVyLCBfcHJlY2lzaW9uOiBiaWdpbnQsIHJlc3VsdFB0cjogbnVtYmVyKSA9PiB7XG4gICAgICBsZXQgbm93OiBiaWdpbnQ7XG4gICAgICBpZiAoY2xvY2tJZCA9PT0gMCkgbm93ID0gaC5yZWFsdGltZU5zKCk7XG4gICAgICBlbHNlIGlmIChjbG9ja0lkID09PSAxKSBub3cgPSBoLm1vbm90b25pY05zKCk7XG4gICAgICBlbHNlIHJldHVybiBFUlJOT19OT1RTVVA7XG4gICAgICByZXR1cm4gbS53cml0ZVU2NChyZXN1bHRQdHIsIG5vdykgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQ7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgcmFuZG9tX2dldDogKChidWZQdHI6IG51bWJlciwgbGVuOiBudW1iZXIpID0+IHtcbiAgICAgIGNvbnN0IG4gPSBsZW4gPj4+IDA7XG4gICAgICBpZiAobiA+IFJBTkRPTV9HRVRfTUFYKSByZXR1cm4gRVJSTk9fSU5WQUw7XG4gICAgICBpZiAobiA9PT0gMCkgcmV0dXJuIEVSUk5PX1NVQ0NFU1M7XG4gICAgICBjb25zdCBieXRlcyA9IG5ldyBVaW50OEFycmF5KG4pO1xuICAgICAgcmFuZG9tRmlsbFN5bmMoYnl0ZXMpO1xuICAgICAgcmV0dXJuIG0ud3JpdGUoYnVmUHRyLCBieXRlcykgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQ7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgLy8gRW52b3kgbG9ncyBwcm9jX2V4aXQgYXMgYW4gZXJyb3IgYW5kIHJldHVybnM7IHRoZSBndWVzdCB0aGVuIHVzdWFsbHkgdHJhcHMuXG4gICAgcHJvY19leGl0OiAoKCkgPT4ge1xuICAgICAgaC5sb2coJ2Vycm9yJywgJ3dhc2lfdW5zdGFibGUgcHJvY19leGl0Jyk7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgLy8gQSBXYXNtIFZNIGlzIHNpbmdsZS10aHJlYWRlZDogeWllbGRpbmcgaXMgYSBuby1vcCwgYW5kIHRoZXJlIGlzIG5vdGhpbmcgdG9cbiAgICAvLyB3YWl0IGZvciwgc28gcG9sbGluZyByZXBvcnRzIG5vIGV2ZW50cy5cbiAgICBzY2hlZF95aWVsZDogKCgpID0+IEVSUk5PX1NVQ0NFU1MpIGFzIG5ldmVyLFxuICAgIHBvbGxfb25lb2ZmOiAoKF9pbjogbnVtYmVyLCBfb3V0OiBudW1iZXIsIF9uOiBudW1iZXIsIG5ldmVudHNQdHI6IG51bWJlcikgPT5cbiAgICAgIG0ud3JpdGVVMzIobmV2ZW50c1B0ciwgMCkgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQpIGFzIG5ldmVyLFxuICB9O1xufVxuIiwgIi8vIEVudm95J3MgcHJvY2Vzcy13aWRlIHNoYXJlZCBkYXRhIChwcm94eS13YXNtLWNwcC1ob3N0IFNoYXJlZERhdGEpOiBhIGtleS92YWx1ZVxuLy8gc3RvcmUgcGVyIHZtX2lkIHdoZXJlIGV2ZXJ5IHdyaXRlIGdldHMgYSBmcmVzaCBjb21wYXJlLWFuZC1zd2FwIHRva2VuLlxuaW1wb3J0IHsgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcblxuaW50ZXJmYWNlIEVudHJ5IHtcbiAgdmFsdWU6IFVpbnQ4QXJyYXk7XG4gIGNhczogbnVtYmVyO1xufVxuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5cbmV4cG9ydCBjbGFzcyBTaGFyZWREYXRhIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieVZtID0gbmV3IE1hcDxzdHJpbmcsIE1hcDxzdHJpbmcsIEVudHJ5Pj4oKTtcbiAgcHJpdmF0ZSBuZXh0Q2FzID0gMTtcblxuICBwcml2YXRlIG1hcCh2bUlkOiBzdHJpbmcpOiBNYXA8c3RyaW5nLCBFbnRyeT4ge1xuICAgIGxldCBtID0gdGhpcy5ieVZtLmdldCh2bUlkKTtcbiAgICBpZiAoIW0pIHRoaXMuYnlWbS5zZXQodm1JZCwgKG0gPSBuZXcgTWFwKCkpKTtcbiAgICByZXR1cm4gbTtcbiAgfVxuXG4gIHByaXZhdGUgdGFrZUNhcygpOiBudW1iZXIge1xuICAgIGNvbnN0IGNhcyA9IHRoaXMubmV4dENhcztcbiAgICAvLyBjYXMgMCBtZWFucyBcInVuY29uZGl0aW9uYWxcIiBpbiBzZXQsIHNvIHRoZSBjb3VudGVyIHNraXBzIGl0IG9uIHdyYXAtYXJvdW5kLlxuICAgIHRoaXMubmV4dENhcyA9ICh0aGlzLm5leHRDYXMgKyAxKSA+Pj4gMCB8fCAxO1xuICAgIHJldHVybiBjYXM7XG4gIH1cblxuICBsb29rdXAodm1JZDogc3RyaW5nLCBrZXk6IHN0cmluZyk6IHsgdmFsdWU6IFVpbnQ4QXJyYXk7IGNhczogbnVtYmVyIH0gfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGUgPSB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KTtcbiAgICByZXR1cm4gZSAmJiB7IHZhbHVlOiBlLnZhbHVlLnNsaWNlKCksIGNhczogZS5jYXMgfTtcbiAgfVxuXG4gIC8qKiBSZXR1cm5zIGEgV2FzbVJlc3VsdCBjb2RlOiBDYXNNaXNtYXRjaCB3aGVuIGNhcyBpcyBub24temVybyBhbmQgc3RhbGUuICovXG4gIHN0b3JlKHZtSWQ6IHN0cmluZywga2V5OiBzdHJpbmcsIHZhbHVlOiBVaW50OEFycmF5LCBjYXM6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgbSA9IHRoaXMubWFwKHZtSWQpO1xuICAgIGNvbnN0IGV4aXN0aW5nID0gbS5nZXQoa2V5KTtcbiAgICBpZiAoZXhpc3RpbmcgJiYgY2FzICE9PSAwICYmIGNhcyAhPT0gZXhpc3RpbmcuY2FzKSByZXR1cm4gV2FzbVJlc3VsdC5DYXNNaXNtYXRjaDtcbiAgICBtLnNldChrZXksIHsgdmFsdWU6IHZhbHVlLnNsaWNlKCksIGNhczogdGhpcy50YWtlQ2FzKCkgfSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICAvKiogVGVzdCBoZWxwZXI6IHRoZSB2YWx1ZSBhcyBhIFVURi04IHN0cmluZyAodm1JZCBkZWZhdWx0cyB0byAnJywgRW52b3kncyBkZWZhdWx0IHZtX2lkKS4gKi9cbiAgZ2V0KGtleTogc3RyaW5nLCB2bUlkID0gJycpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGUgPSB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KTtcbiAgICByZXR1cm4gZSAmJiBkZWNvZGVyLmRlY29kZShlLnZhbHVlKTtcbiAgfVxuXG4gIGdldEJ5dGVzKGtleTogc3RyaW5nLCB2bUlkID0gJycpOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tYXAodm1JZCkuZ2V0KGtleSk/LnZhbHVlLnNsaWNlKCk7XG4gIH1cblxuICAvKiogVGVzdCBoZWxwZXI6IHNlZWRzIGEgdmFsdWUgYXMgYW5vdGhlciB3b3JrZXIgd291bGQgKHVuY29uZGl0aW9uYWwgd3JpdGUpLiAqL1xuICBzZXQoa2V5OiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcgfCBVaW50OEFycmF5LCB2bUlkID0gJycpOiB2b2lkIHtcbiAgICB0aGlzLnN0b3JlKHZtSWQsIGtleSwgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyA/IGVuY29kZXIuZW5jb2RlKHZhbHVlKSA6IHZhbHVlLCAwKTtcbiAgfVxuXG4gIGNhcyhrZXk6IHN0cmluZywgdm1JZCA9ICcnKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tYXAodm1JZCkuZ2V0KGtleSk/LmNhcztcbiAgfVxufVxuIiwgIi8vIEVudm95J3Mgc2hhcmVkIHF1ZXVlcyAocHJveHktd2FzbS1jcHAtaG9zdCBTaGFyZWRRdWV1ZSk6IG5hbWVkIHBlciB2bV9pZCxcbi8vIGlkZW50aWZpZWQgYnkgYSBwcm9jZXNzLXdpZGUgdG9rZW47IHRoZSBWTSB0aGF0IHJlZ2lzdGVyZWQgYSBxdWV1ZSAodGhlIGxhc3Rcbi8vIG9uZSB0byByZWdpc3RlciBpdCkgaXMgdG9sZCB0aHJvdWdoIHByb3h5X29uX3F1ZXVlX3JlYWR5IHdoZW4gZGF0YSBhcnJpdmVzLlxuaW1wb3J0IHsgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBRdWV1ZU93bmVyIHtcbiAgLyoqIENhbGxlZCAoZGVmZXJyZWQgYnkgdGhlIGhvc3QgdW50aWwgbm8gZ3Vlc3QgY2FsbCBpcyBydW5uaW5nKSB3aGVuIGFuIGl0ZW0gYXJyaXZlcy4gKi9cbiAgbm90aWZ5UXVldWVSZWFkeShyb290Q29udGV4dElkOiBudW1iZXIsIHRva2VuOiBudW1iZXIpOiB2b2lkO1xufVxuXG5pbnRlcmZhY2UgUXVldWUge1xuICB2bUlkOiBzdHJpbmc7XG4gIG5hbWU6IHN0cmluZztcbiAgb3duZXI6IFF1ZXVlT3duZXI7XG4gIHJvb3RDb250ZXh0SWQ6IG51bWJlcjtcbiAgaXRlbXM6IFVpbnQ4QXJyYXlbXTtcbn1cblxuZXhwb3J0IGNsYXNzIFNoYXJlZFF1ZXVlcyB7XG4gIHByaXZhdGUgcmVhZG9ubHkgYnlUb2tlbiA9IG5ldyBNYXA8bnVtYmVyLCBRdWV1ZT4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSB0b2tlbnMgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICBwcml2YXRlIG5leHRUb2tlbiA9IDE7XG5cbiAgcHJpdmF0ZSBzdGF0aWMga2V5KHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dm1JZH1cXHUwMDAwJHtuYW1lfWA7XG4gIH1cblxuICByZWdpc3Rlcih2bUlkOiBzdHJpbmcsIG5hbWU6IHN0cmluZywgb3duZXI6IFF1ZXVlT3duZXIsIHJvb3RDb250ZXh0SWQ6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3Qga2V5ID0gU2hhcmVkUXVldWVzLmtleSh2bUlkLCBuYW1lKTtcbiAgICBjb25zdCBleGlzdGluZyA9IHRoaXMudG9rZW5zLmdldChrZXkpO1xuICAgIGlmIChleGlzdGluZyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldChleGlzdGluZykhO1xuICAgICAgcS5vd25lciA9IG93bmVyO1xuICAgICAgcS5yb290Q29udGV4dElkID0gcm9vdENvbnRleHRJZDtcbiAgICAgIHJldHVybiBleGlzdGluZztcbiAgICB9XG4gICAgY29uc3QgdG9rZW4gPSB0aGlzLm5leHRUb2tlbisrO1xuICAgIHRoaXMudG9rZW5zLnNldChrZXksIHRva2VuKTtcbiAgICB0aGlzLmJ5VG9rZW4uc2V0KHRva2VuLCB7IHZtSWQsIG5hbWUsIG93bmVyLCByb290Q29udGV4dElkLCBpdGVtczogW10gfSk7XG4gICAgcmV0dXJuIHRva2VuO1xuICB9XG5cbiAgcmVzb2x2ZSh2bUlkOiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMudG9rZW5zLmdldChTaGFyZWRRdWV1ZXMua2V5KHZtSWQsIG5hbWUpKTtcbiAgfVxuXG4gIC8qKiBSZXR1cm5zIHRoZSBXYXNtUmVzdWx0IGFuZCwgb24gc3VjY2Vzcywgd2hvIHRvIG5vdGlmeS4gKi9cbiAgZW5xdWV1ZSh0b2tlbjogbnVtYmVyLCBkYXRhOiBVaW50OEFycmF5KTogeyByZXN1bHQ6IG51bWJlcjsgbm90aWZ5PzogKCkgPT4gdm9pZCB9IHtcbiAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldCh0b2tlbik7XG4gICAgaWYgKCFxKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuTm90Rm91bmQgfTtcbiAgICBxLml0ZW1zLnB1c2goZGF0YS5zbGljZSgpKTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIG5vdGlmeTogKCkgPT4gcS5vd25lci5ub3RpZnlRdWV1ZVJlYWR5KHEucm9vdENvbnRleHRJZCwgdG9rZW4pIH07XG4gIH1cblxuICBkZXF1ZXVlKHRva2VuOiBudW1iZXIpOiB7IHJlc3VsdDogbnVtYmVyOyBkYXRhPzogVWludDhBcnJheSB9IHtcbiAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldCh0b2tlbik7XG4gICAgaWYgKCFxKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuTm90Rm91bmQgfTtcbiAgICBjb25zdCBkYXRhID0gcS5pdGVtcy5zaGlmdCgpO1xuICAgIGlmICghZGF0YSkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkVtcHR5IH07XG4gICAgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCBkYXRhIH07XG4gIH1cblxuICBzaXplKHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogbnVtYmVyIHtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMucmVzb2x2ZSh2bUlkLCBuYW1lKTtcbiAgICByZXR1cm4gdG9rZW4gPT09IHVuZGVmaW5lZCA/IDAgOiB0aGlzLmJ5VG9rZW4uZ2V0KHRva2VuKSEuaXRlbXMubGVuZ3RoO1xuICB9XG59XG4iLCAiLy8gT25lIEhUVFAgc3RyZWFtIHRocm91Z2ggYSBjaGFpbiBvZiBmaWx0ZXJzIChvbmUgcGVyIFZNKSwgd2l0aCBFbnZveSdzXG4vLyBpdGVyYXRpb24gcnVsZXM6IHJlcXVlc3QgY2FsbGJhY2tzIHJ1biBpbiBjaGFpbiBvcmRlciwgcmVzcG9uc2UgY2FsbGJhY2tzIGluXG4vLyByZXZlcnNlOyBhIHN0b3AgaG9sZHMgbGF0ZXIgZXZlbnRzIHVudGlsIHByb3h5X2NvbnRpbnVlX3N0cmVhbTsgYSBsb2NhbCByZXBseVxuLy8gZW5kcyB0aGUgcmVxdWVzdCBhbmQgaXMgZW5jb2RlZCBiYWNrIHRocm91Z2ggdGhlIGZpbHRlcnMgdGhhdCBoYXZlIHNlZW4gaXQuXG5pbXBvcnQge1xuICBjb252ZXJ0RGF0YVJlc3VsdCwgY29udmVydEhlYWRlcnNSZXN1bHQsIGNvbnZlcnRUcmFpbGVyc1Jlc3VsdCwgSGVhZGVyTWFwVHlwZSwgU3RyZWFtVHlwZSwgV2FzbVJlc3VsdCxcbiAgdHlwZSBBY3Rpb24sIHR5cGUgRGF0YUFjdGlvbiwgdHlwZSBIZWFkZXJzQWN0aW9uLCB0eXBlIFRyYWlsZXJzQWN0aW9uLCBCdWZmZXJUeXBlLFxufSBmcm9tICcuL2FiaS50cyc7XG5pbXBvcnQgeyBTdHJlYW1TdGF0ZUVycm9yIH0gZnJvbSAnLi9lcnJvcnMudHMnO1xuaW1wb3J0IHsgSGVhZGVyTWFwIH0gZnJvbSAnLi9oZWFkZXItbWFwLnRzJztcbmltcG9ydCB7IG5vcm1hbGl6ZUhlYWRlcnMsIHR5cGUgSGVhZGVyUGFpcnMsIHR5cGUgSGVhZGVyc0lucHV0IH0gZnJvbSAnLi9wYWlycy50cyc7XG5pbXBvcnQgdHlwZSB7IFByb3BlcnR5SW5wdXQgfSBmcm9tICcuL3Byb3BlcnRpZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBCdWZmZXJBY2Nlc3MsIFZtIH0gZnJvbSAnLi92bS50cyc7XG5cbnR5cGUgRGlyID0gJ3JlcXVlc3QnIHwgJ3Jlc3BvbnNlJztcbmludGVyZmFjZSBGbG93RXZlbnQge1xuICBraW5kOiAnaGVhZGVycycgfCAnZGF0YScgfCAndHJhaWxlcnMnO1xuICBkYXRhPzogVWludDhBcnJheTtcbiAgZW5kT2ZTdHJlYW06IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTG9jYWxSZXBseVJlcXVlc3Qge1xuICBzdGF0dXM6IG51bWJlcjtcbiAgZGV0YWlsczogc3RyaW5nO1xuICBib2R5OiBVaW50OEFycmF5O1xuICBoZWFkZXJzOiBIZWFkZXJQYWlycztcbiAgZ3JwY1N0YXR1czogbnVtYmVyO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsUmVzcG9uc2Uge1xuICBzdGF0dXM6IG51bWJlcjtcbiAgLyoqIFJlc3BvbnNlIGhlYWRlcnMgYXMgdGhlIGNsaWVudCBnZXRzIHRoZW0sIGFmdGVyIHRoZSBmaWx0ZXJzJyByZXNwb25zZSBjYWxsYmFja3MuICovXG4gIGhlYWRlcnM6IEhlYWRlclBhaXJzO1xuICBib2R5OiBVaW50OEFycmF5O1xuICBib2R5VGV4dDogc3RyaW5nO1xuICBkZXRhaWxzOiBzdHJpbmc7XG4gIC8qKiB1bmRlZmluZWQgd2hlbiB0aGUgZmlsdGVyIHBhc3NlZCAtMSAobm8gZ1JQQyBzdGF0dXMpLCBhcyBFbnZveSBtYXBzIGl0LiAqL1xuICBncnBjU3RhdHVzOiBudW1iZXIgfCB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2VuZE9wdGlvbnMge1xuICBlbmRPZlN0cmVhbT86IGJvb2xlYW47XG59XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoKTtcblxuZnVuY3Rpb24gY29uY2F0KHBhcnRzOiByZWFkb25seSBVaW50OEFycmF5W10pOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkocGFydHMucmVkdWNlKChuLCBwKSA9PiBuICsgcC5sZW5ndGgsIDApKTtcbiAgbGV0IG8gPSAwO1xuICBmb3IgKGNvbnN0IHAgb2YgcGFydHMpIHtcbiAgICBvdXQuc2V0KHAsIG8pO1xuICAgIG8gKz0gcC5sZW5ndGg7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gdG9Cb2R5KGRhdGE6IHN0cmluZyB8IFVpbnQ4QXJyYXksIHdoYXQ6IHN0cmluZyk6IFVpbnQ4QXJyYXkge1xuICBpZiAodHlwZW9mIGRhdGEgPT09ICdzdHJpbmcnKSByZXR1cm4gZW5jb2Rlci5lbmNvZGUoZGF0YSk7XG4gIGlmIChkYXRhIGluc3RhbmNlb2YgVWludDhBcnJheSkgcmV0dXJuIGRhdGEuc2xpY2UoKTtcbiAgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fSBtdXN0IGJlIGEgc3RyaW5nIG9yIGEgVWludDhBcnJheWApO1xufVxuXG4vKiogT25lIGZpbHRlcidzIHBsYWNlIGluIGEgc3RyZWFtOiBpdHMgY29udGV4dCBpbiBpdHMgVk0gYW5kIGl0cyBwZXItZGlyZWN0aW9uIHN0YXRlLiAqL1xuZXhwb3J0IGNsYXNzIEZpbHRlclNsb3Qge1xuICBjb250ZXh0SWQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgLyoqIEVudm95J3MgZmFpbHVyZV9sb2NhbF9yZXBseV9zZW50XzogYSBmYWlsZWQgZmlsdGVyIGlzIHNraXBwZWQgb24gdGhlIHdheSBiYWNrLiAqL1xuICBmYWlsdXJlUmVwbHlTZW50ID0gZmFsc2U7XG4gIHJlYWRvbmx5IGhlbGRIZWFkZXJzID0geyByZXF1ZXN0OiBmYWxzZSwgcmVzcG9uc2U6IGZhbHNlIH07XG4gIHJlYWRvbmx5IGhlbGRUcmFpbGVycyA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuICByZWFkb25seSBib2R5OiBSZWNvcmQ8RGlyLCBVaW50OEFycmF5IHwgdW5kZWZpbmVkPiA9IHsgcmVxdWVzdDogdW5kZWZpbmVkLCByZXNwb25zZTogdW5kZWZpbmVkIH07XG4gIHJlYWRvbmx5IGJ1ZmZlcmluZyA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuICByZWFkb25seSBib2R5RW5kID0geyByZXF1ZXN0OiBmYWxzZSwgcmVzcG9uc2U6IGZhbHNlIH07XG5cbiAgY29uc3RydWN0b3IocmVhZG9ubHkgc3RyZWFtOiBIdHRwU3RyZWFtLCByZWFkb25seSB2bTogVm0sIHJlYWRvbmx5IGluZGV4OiBudW1iZXIpIHt9XG5cbiAgaGVhZGVyTWFwKHR5cGU6IG51bWJlcik6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcyA9IHRoaXMuc3RyZWFtO1xuICAgIHN3aXRjaCAodHlwZSkge1xuICAgICAgY2FzZSBIZWFkZXJNYXBUeXBlLlJlcXVlc3RIZWFkZXJzOiByZXR1cm4gdGhpcy5oZWxkSGVhZGVycy5yZXF1ZXN0ID8gcy5yZXF1ZXN0SGVhZGVyTWFwIDogdW5kZWZpbmVkO1xuICAgICAgY2FzZSBIZWFkZXJNYXBUeXBlLlJlc3BvbnNlSGVhZGVyczogcmV0dXJuIHRoaXMuaGVsZEhlYWRlcnMucmVzcG9uc2UgPyBzLnJlc3BvbnNlSGVhZGVyTWFwIDogdW5kZWZpbmVkO1xuICAgICAgY2FzZSBIZWFkZXJNYXBUeXBlLlJlcXVlc3RUcmFpbGVyczogcmV0dXJuIHRoaXMuaGVsZFRyYWlsZXJzLnJlcXVlc3QgPyBzLnJlcXVlc3RUcmFpbGVyTWFwIDogdW5kZWZpbmVkO1xuICAgICAgY2FzZSBIZWFkZXJNYXBUeXBlLlJlc3BvbnNlVHJhaWxlcnM6IHJldHVybiB0aGlzLmhlbGRUcmFpbGVycy5yZXNwb25zZSA/IHMucmVzcG9uc2VUcmFpbGVyTWFwIDogdW5kZWZpbmVkO1xuICAgICAgZGVmYXVsdDogcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cblxuICBib2R5QnVmZmVyKHR5cGU6IG51bWJlcik6IEJ1ZmZlckFjY2VzcyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgZGlyOiBEaXIgfCB1bmRlZmluZWQgPSB0eXBlID09PSBCdWZmZXJUeXBlLkh0dHBSZXF1ZXN0Qm9keSA/ICdyZXF1ZXN0JyA6IHR5cGUgPT09IEJ1ZmZlclR5cGUuSHR0cFJlc3BvbnNlQm9keSA/ICdyZXNwb25zZScgOiB1bmRlZmluZWQ7XG4gICAgaWYgKCFkaXIgfHwgdGhpcy5ib2R5W2Rpcl0gPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4geyBnZXQ6ICgpID0+IHRoaXMuYm9keVtkaXJdISwgc2V0OiAoYnl0ZXMpID0+IHsgdGhpcy5ib2R5W2Rpcl0gPSBieXRlczsgfSB9O1xuICB9XG5cbiAgcmVxdWVzdExvY2FsUmVzcG9uc2UocmVwbHk6IExvY2FsUmVwbHlSZXF1ZXN0KTogdm9pZCB7XG4gICAgdGhpcy52bS5kZWZlcigoKSA9PiB0aGlzLnN0cmVhbS5hcHBseUxvY2FsUmVzcG9uc2UocmVwbHkpKTtcbiAgfVxuXG4gIGNvbnRpbnVlU3RyZWFtKHR5cGU6IG51bWJlcik6IG51bWJlciB7XG4gICAgaWYgKHR5cGUgIT09IFN0cmVhbVR5cGUuUmVxdWVzdCAmJiB0eXBlICE9PSBTdHJlYW1UeXBlLlJlc3BvbnNlKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICBjb25zdCBkaXI6IERpciA9IHR5cGUgPT09IFN0cmVhbVR5cGUuUmVxdWVzdCA/ICdyZXF1ZXN0JyA6ICdyZXNwb25zZSc7XG4gICAgaWYgKGRpciA9PT0gJ3JlcXVlc3QnKSB0aGlzLnN0cmVhbS5jb250aW51ZWRSZXF1ZXN0ID0gdHJ1ZTtcbiAgICBlbHNlIHRoaXMuc3RyZWFtLmNvbnRpbnVlZFJlc3BvbnNlID0gdHJ1ZTtcbiAgICB0aGlzLnZtLmRlZmVyKCgpID0+IHRoaXMuc3RyZWFtLnJlc3VtZShkaXIsIHRoaXMpKTtcbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIGNsb3NlU3RyZWFtKHR5cGU6IG51bWJlcik6IG51bWJlciB7XG4gICAgaWYgKHR5cGUgIT09IFN0cmVhbVR5cGUuUmVxdWVzdCAmJiB0eXBlICE9PSBTdHJlYW1UeXBlLlJlc3BvbnNlKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICB0aGlzLnZtLmRlZmVyKCgpID0+IHRoaXMuc3RyZWFtLnJlc2V0KCd3YXNtX2Nsb3NlX3N0cmVhbScpKTtcbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxufVxuXG5pbnRlcmZhY2UgRGlyZWN0aW9uU3RhdGUge1xuICBoZWFkZXJzU2VudDogYm9vbGVhbjtcbiAgZW5kZWQ6IGJvb2xlYW47XG4gIC8qKiBFdmVudHMgaGF2ZSBwYXNzZWQgZXZlcnkgZmlsdGVyIGFuZCByZWFjaGVkIHVwc3RyZWFtIChyZXF1ZXN0KSBvciB0aGUgY2xpZW50IChyZXNwb25zZSkuICovXG4gIGhlYWRlcnNEZWxpdmVyZWQ6IGJvb2xlYW47XG4gIGJsb2NrZWRBdDogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBibG9ja2VkUmVzdW1lOiBGbG93RXZlbnQgfCB1bmRlZmluZWQ7XG4gIHF1ZXVlOiB7IHBvczogbnVtYmVyOyBldjogRmxvd0V2ZW50IH1bXTtcbiAgZGVsaXZlcmVkOiBVaW50OEFycmF5W107XG59XG5cbmZ1bmN0aW9uIGRpcmVjdGlvbigpOiBEaXJlY3Rpb25TdGF0ZSB7XG4gIHJldHVybiB7IGhlYWRlcnNTZW50OiBmYWxzZSwgZW5kZWQ6IGZhbHNlLCBoZWFkZXJzRGVsaXZlcmVkOiBmYWxzZSwgYmxvY2tlZEF0OiB1bmRlZmluZWQsIGJsb2NrZWRSZXN1bWU6IHVuZGVmaW5lZCwgcXVldWU6IFtdLCBkZWxpdmVyZWQ6IFtdIH07XG59XG5cbmV4cG9ydCBjbGFzcyBIdHRwU3RyZWFtIHtcbiAgcmVhZG9ubHkgc2xvdHM6IEZpbHRlclNsb3RbXTtcbiAgcmVhZG9ubHkgZmlsdGVyU3RhdGUgPSBuZXcgTWFwPHN0cmluZywgVWludDhBcnJheT4oKTtcbiAgcmVxdWVzdEhlYWRlck1hcDogSGVhZGVyTWFwIHwgdW5kZWZpbmVkO1xuICByZXF1ZXN0VHJhaWxlck1hcDogSGVhZGVyTWFwIHwgdW5kZWZpbmVkO1xuICByZXNwb25zZUhlYWRlck1hcDogSGVhZGVyTWFwIHwgdW5kZWZpbmVkO1xuICByZXNwb25zZVRyYWlsZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgY29udGludWVkUmVxdWVzdCA9IGZhbHNlO1xuICBjb250aW51ZWRSZXNwb25zZSA9IGZhbHNlO1xuICAvKiogU2V0IHdoZW4gYSBmaWx0ZXIgY2FsbGVkIHByb3h5X2Nsb3NlX3N0cmVhbTogdGhlIHN0cmVhbSBpcyByZXNldC4gKi9cbiAgcmVzZXREZXRhaWxzOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgcmVwbHk6IExvY2FsUmVwbHlSZXF1ZXN0IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIGNvbXBsZXRlZCA9IGZhbHNlO1xuICBwcml2YXRlIHJlYWRvbmx5IHN0YXRlOiBSZWNvcmQ8RGlyLCBEaXJlY3Rpb25TdGF0ZT4gPSB7IHJlcXVlc3Q6IGRpcmVjdGlvbigpLCByZXNwb25zZTogZGlyZWN0aW9uKCkgfTtcblxuICBjb25zdHJ1Y3Rvcih2bXM6IHJlYWRvbmx5IFZtW10sIHJlYWRvbmx5IHByb3BlcnRpZXM6IFByb3BlcnR5SW5wdXQpIHtcbiAgICB0aGlzLnNsb3RzID0gdm1zLm1hcCgodm0sIGkpID0+IG5ldyBGaWx0ZXJTbG90KHRoaXMsIHZtLCBpKSk7XG4gIH1cblxuICAvLyAtLS0tIHRlc3QgQVBJOiBkcml2aW5nIHRoZSBzdHJlYW0gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgc2VuZFJlcXVlc3RIZWFkZXJzKGhlYWRlcnM6IEhlYWRlcnNJbnB1dCwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IEhlYWRlcnNBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlcXVlc3RIZWFkZXJzJyk7XG4gICAgaWYgKHRoaXMuc3RhdGUucmVxdWVzdC5oZWFkZXJzU2VudCkgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoJ3NlbmRSZXF1ZXN0SGVhZGVyczogcmVxdWVzdCBoZWFkZXJzIHdlcmUgYWxyZWFkeSBzZW50IG9uIHRoaXMgc3RyZWFtJyk7XG4gICAgdGhpcy5yZXF1ZXN0SGVhZGVyTWFwID0gbmV3IEhlYWRlck1hcChub3JtYWxpemVIZWFkZXJzKGhlYWRlcnMsICdyZXF1ZXN0IGhlYWRlcnMnKSk7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmhlYWRlcnNTZW50ID0gdHJ1ZTtcbiAgICB0aGlzLnN0YXRlLnJlcXVlc3QuZW5kZWQgPSBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlO1xuICAgIHJldHVybiB0aGlzLmZsb3coJ3JlcXVlc3QnLCAwLCB7IGtpbmQ6ICdoZWFkZXJzJywgZW5kT2ZTdHJlYW06IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWUgfSkgYXMgSGVhZGVyc0FjdGlvbjtcbiAgfVxuXG4gIHNlbmRSZXF1ZXN0Qm9keShkYXRhOiBzdHJpbmcgfCBVaW50OEFycmF5LCBvcHRpb25zOiBTZW5kT3B0aW9ucyA9IHt9KTogRGF0YUFjdGlvbiB7XG4gICAgdGhpcy5hc3NlcnRPcGVuKCdzZW5kUmVxdWVzdEJvZHknKTtcbiAgICB0aGlzLmFzc2VydERpcmVjdGlvbigncmVxdWVzdCcsICdzZW5kUmVxdWVzdEJvZHknKTtcbiAgICB0aGlzLnN0YXRlLnJlcXVlc3QuZW5kZWQgPSBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlO1xuICAgIHJldHVybiB0aGlzLmZsb3coJ3JlcXVlc3QnLCAwLCB7IGtpbmQ6ICdkYXRhJywgZGF0YTogdG9Cb2R5KGRhdGEsICdyZXF1ZXN0IGJvZHknKSwgZW5kT2ZTdHJlYW06IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWUgfSkgYXMgRGF0YUFjdGlvbjtcbiAgfVxuXG4gIHNlbmRSZXF1ZXN0VHJhaWxlcnModHJhaWxlcnM6IEhlYWRlcnNJbnB1dCk6IFRyYWlsZXJzQWN0aW9uIHtcbiAgICB0aGlzLmFzc2VydE9wZW4oJ3NlbmRSZXF1ZXN0VHJhaWxlcnMnKTtcbiAgICB0aGlzLmFzc2VydERpcmVjdGlvbigncmVxdWVzdCcsICdzZW5kUmVxdWVzdFRyYWlsZXJzJyk7XG4gICAgdGhpcy5yZXF1ZXN0VHJhaWxlck1hcCA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyh0cmFpbGVycywgJ3JlcXVlc3QgdHJhaWxlcnMnKSk7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXF1ZXN0JywgMCwgeyBraW5kOiAndHJhaWxlcnMnLCBlbmRPZlN0cmVhbTogdHJ1ZSB9KSBhcyBUcmFpbGVyc0FjdGlvbjtcbiAgfVxuXG4gIHNlbmRSZXNwb25zZUhlYWRlcnMoaGVhZGVyczogSGVhZGVyc0lucHV0LCBvcHRpb25zOiBTZW5kT3B0aW9ucyA9IHt9KTogSGVhZGVyc0FjdGlvbiB7XG4gICAgdGhpcy5hc3NlcnRPcGVuKCdzZW5kUmVzcG9uc2VIZWFkZXJzJyk7XG4gICAgaWYgKCF0aGlzLnN0YXRlLnJlcXVlc3QuaGVhZGVyc0RlbGl2ZXJlZCkge1xuICAgICAgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoJ3NlbmRSZXNwb25zZUhlYWRlcnM6IHRoZSByZXF1ZXN0IGhlYWRlcnMgaGF2ZSBub3QgcmVhY2hlZCB1cHN0cmVhbSB5ZXQgKG5vdCBzZW50LCBvciBhIGZpbHRlciBwYXVzZWQgdGhlbSknKTtcbiAgICB9XG4gICAgaWYgKHRoaXMuc3RhdGUucmVzcG9uc2UuaGVhZGVyc1NlbnQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdzZW5kUmVzcG9uc2VIZWFkZXJzOiByZXNwb25zZSBoZWFkZXJzIHdlcmUgYWxyZWFkeSBzZW50IG9uIHRoaXMgc3RyZWFtJyk7XG4gICAgY29uc3QgcGFpcnMgPSBub3JtYWxpemVIZWFkZXJzKGhlYWRlcnMsICdyZXNwb25zZSBoZWFkZXJzJyk7XG4gICAgaWYgKCFwYWlycy5zb21lKChba10pID0+IGsgPT09ICc6c3RhdHVzJykpIHRocm93IG5ldyBUeXBlRXJyb3IoJ3Jlc3BvbnNlIGhlYWRlcnMgbmVlZCBhIFwiOnN0YXR1c1wiIGhlYWRlcicpO1xuICAgIHRoaXMucmVzcG9uc2VIZWFkZXJNYXAgPSBuZXcgSGVhZGVyTWFwKHBhaXJzKTtcbiAgICB0aGlzLnN0YXRlLnJlc3BvbnNlLmhlYWRlcnNTZW50ID0gdHJ1ZTtcbiAgICB0aGlzLnN0YXRlLnJlc3BvbnNlLmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXNwb25zZScsIDAsIHsga2luZDogJ2hlYWRlcnMnLCBlbmRPZlN0cmVhbTogb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZSB9KSBhcyBIZWFkZXJzQWN0aW9uO1xuICB9XG5cbiAgc2VuZFJlc3BvbnNlQm9keShkYXRhOiBzdHJpbmcgfCBVaW50OEFycmF5LCBvcHRpb25zOiBTZW5kT3B0aW9ucyA9IHt9KTogRGF0YUFjdGlvbiB7XG4gICAgdGhpcy5hc3NlcnRPcGVuKCdzZW5kUmVzcG9uc2VCb2R5Jyk7XG4gICAgdGhpcy5hc3NlcnREaXJlY3Rpb24oJ3Jlc3BvbnNlJywgJ3NlbmRSZXNwb25zZUJvZHknKTtcbiAgICB0aGlzLnN0YXRlLnJlc3BvbnNlLmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXNwb25zZScsIDAsIHsga2luZDogJ2RhdGEnLCBkYXRhOiB0b0JvZHkoZGF0YSwgJ3Jlc3BvbnNlIGJvZHknKSwgZW5kT2ZTdHJlYW06IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWUgfSkgYXMgRGF0YUFjdGlvbjtcbiAgfVxuXG4gIHNlbmRSZXNwb25zZVRyYWlsZXJzKHRyYWlsZXJzOiBIZWFkZXJzSW5wdXQpOiBUcmFpbGVyc0FjdGlvbiB7XG4gICAgdGhpcy5hc3NlcnRPcGVuKCdzZW5kUmVzcG9uc2VUcmFpbGVycycpO1xuICAgIHRoaXMuYXNzZXJ0RGlyZWN0aW9uKCdyZXNwb25zZScsICdzZW5kUmVzcG9uc2VUcmFpbGVycycpO1xuICAgIHRoaXMucmVzcG9uc2VUcmFpbGVyTWFwID0gbmV3IEhlYWRlck1hcChub3JtYWxpemVIZWFkZXJzKHRyYWlsZXJzLCAncmVzcG9uc2UgdHJhaWxlcnMnKSk7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5lbmRlZCA9IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICd0cmFpbGVycycsIGVuZE9mU3RyZWFtOiB0cnVlIH0pIGFzIFRyYWlsZXJzQWN0aW9uO1xuICB9XG5cbiAgLyoqIEVuZHMgdGhlIHN0cmVhbSBhcyBFbnZveSBkb2VzOiBwcm94eV9vbl9kb25lLCB0aGVuIHByb3h5X29uX2xvZywgdGhlbiBwcm94eV9vbl9kZWxldGUgZm9yIGVhY2ggZmlsdGVyLiAqL1xuICBjb21wbGV0ZSgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jb21wbGV0ZWQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdjb21wbGV0ZTogdGhlIHN0cmVhbSBpcyBhbHJlYWR5IGNvbXBsZXRlJyk7XG4gICAgdGhpcy5jb21wbGV0ZWQgPSB0cnVlO1xuICAgIGNvbnN0IGxpdmUgPSB0aGlzLnNsb3RzLmZpbHRlcigocykgPT4gcy5jb250ZXh0SWQgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3QgcnVuID0gKG5hbWU6IHN0cmluZykgPT4ge1xuICAgICAgZm9yIChjb25zdCBzIG9mIGxpdmUpIHtcbiAgICAgICAgaWYgKHMudm0uZmFpbGVkKSBjb250aW51ZTtcbiAgICAgICAgcy52bS5pbnZva2UobmFtZSwgeyBjb250ZXh0SWQ6IHMuY29udGV4dElkISwgYnVmZmVyczogbmV3IE1hcCgpIH0sICgpID0+IHMudm0uY2FsbENvbnRleHQobmFtZSwgcy5jb250ZXh0SWQhKSk7XG4gICAgICB9XG4gICAgfTtcbiAgICBydW4oJ3Byb3h5X29uX2RvbmUnKTtcbiAgICBydW4oJ3Byb3h5X29uX2xvZycpO1xuICAgIHJ1bigncHJveHlfb25fZGVsZXRlJyk7XG4gICAgZm9yIChjb25zdCBzIG9mIGxpdmUpIHMudm0uZHJvcENvbnRleHQocy5jb250ZXh0SWQhKTtcbiAgfVxuXG4gIC8vIC0tLS0gdGVzdCBBUEk6IG9ic2VydmluZyB0aGUgc3RyZWFtIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBnZXQgbG9jYWxSZXNwb25zZSgpOiBMb2NhbFJlc3BvbnNlIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCByID0gdGhpcy5yZXBseTtcbiAgICBpZiAoIXIpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3QgYm9keSA9IGNvbmNhdCh0aGlzLnN0YXRlLnJlc3BvbnNlLmRlbGl2ZXJlZCk7XG4gICAgcmV0dXJuIHtcbiAgICAgIHN0YXR1czogci5zdGF0dXMsXG4gICAgICBoZWFkZXJzOiB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwPy5wYWlycygpID8/IFtdLFxuICAgICAgYm9keSxcbiAgICAgIGJvZHlUZXh0OiBkZWNvZGVyLmRlY29kZShib2R5KSxcbiAgICAgIGRldGFpbHM6IHIuZGV0YWlscyxcbiAgICAgIGdycGNTdGF0dXM6IHIuZ3JwY1N0YXR1cyA+PSAwICYmIHIuZ3JwY1N0YXR1cyA8PSAxNiA/IHIuZ3JwY1N0YXR1cyA6IHVuZGVmaW5lZCxcbiAgICB9O1xuICB9XG5cbiAgcmVxdWVzdEhlYWRlcnMoKTogSGVhZGVyUGFpcnMge1xuICAgIHJldHVybiB0aGlzLnJlcXVlc3RIZWFkZXJNYXA/LnBhaXJzKCkgPz8gW107XG4gIH1cblxuICByZXF1ZXN0SGVhZGVyKG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMucmVxdWVzdEhlYWRlck1hcD8uZ2V0KG5hbWUpO1xuICB9XG5cbiAgcmVxdWVzdFRyYWlsZXJzKCk6IEhlYWRlclBhaXJzIHtcbiAgICByZXR1cm4gdGhpcy5yZXF1ZXN0VHJhaWxlck1hcD8ucGFpcnMoKSA/PyBbXTtcbiAgfVxuXG4gIHJlc3BvbnNlSGVhZGVycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMucmVzcG9uc2VIZWFkZXJNYXA/LnBhaXJzKCkgPz8gW107XG4gIH1cblxuICByZXNwb25zZUhlYWRlcihuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwPy5nZXQobmFtZSk7XG4gIH1cblxuICByZXNwb25zZVRyYWlsZXJzKCk6IEhlYWRlclBhaXJzIHtcbiAgICByZXR1cm4gdGhpcy5yZXNwb25zZVRyYWlsZXJNYXA/LnBhaXJzKCkgPz8gW107XG4gIH1cblxuICAvKiogVGhlIHJlcXVlc3QgYm9keSB0aGF0IHBhc3NlZCBldmVyeSBmaWx0ZXIgKHdoYXQgdXBzdHJlYW0gcmVjZWl2ZWQpLiAqL1xuICByZXF1ZXN0Qm9keSgpOiBVaW50OEFycmF5IHtcbiAgICByZXR1cm4gY29uY2F0KHRoaXMuc3RhdGUucmVxdWVzdC5kZWxpdmVyZWQpO1xuICB9XG5cbiAgLyoqIFRoZSByZXNwb25zZSBib2R5IHRoYXQgcGFzc2VkIGV2ZXJ5IGZpbHRlciAod2hhdCB0aGUgY2xpZW50IHJlY2VpdmVkKS4gKi9cbiAgcmVzcG9uc2VCb2R5KCk6IFVpbnQ4QXJyYXkge1xuICAgIHJldHVybiBjb25jYXQodGhpcy5zdGF0ZS5yZXNwb25zZS5kZWxpdmVyZWQpO1xuICB9XG5cbiAgLyoqIEZpbHRlciBzdGF0ZSBhIGZpbHRlciB3cm90ZSB3aXRoIHByb3h5X3NldF9wcm9wZXJ0eSAocGF0aCBzZWdtZW50cyBqb2luZWQgYnkgXCIuXCIgb3IgZ2l2ZW4gYXMgYW4gYXJyYXkpLiAqL1xuICBwcm9wZXJ0eShwYXRoOiBzdHJpbmcgfCByZWFkb25seSBzdHJpbmdbXSk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgYnl0ZXMgPSB0aGlzLnByb3BlcnR5Qnl0ZXMocGF0aCk7XG4gICAgcmV0dXJuIGJ5dGVzICYmIGRlY29kZXIuZGVjb2RlKGJ5dGVzKTtcbiAgfVxuXG4gIHByb3BlcnR5Qnl0ZXMocGF0aDogc3RyaW5nIHwgcmVhZG9ubHkgc3RyaW5nW10pOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBrZXkgPSB0eXBlb2YgcGF0aCA9PT0gJ3N0cmluZycgPyBwYXRoIDogcGF0aC5qb2luKCdcXHUwMDAwJyk7XG4gICAgcmV0dXJuIHRoaXMuZmlsdGVyU3RhdGUuZ2V0KGtleSk/LnNsaWNlKCk7XG4gIH1cblxuICBnZXQgaXNDb21wbGV0ZSgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5jb21wbGV0ZWQ7XG4gIH1cblxuICAvLyAtLS0tIGl0ZXJhdGlvbiAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIHByaXZhdGUgYXNzZXJ0T3BlbihjYWxsOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jb21wbGV0ZWQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGAke2NhbGx9OiB0aGUgc3RyZWFtIGlzIGNvbXBsZXRlYCk7XG4gICAgaWYgKHRoaXMucmVzZXREZXRhaWxzKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcihgJHtjYWxsfTogdGhlIHN0cmVhbSB3YXMgcmVzZXQgYnkgYSBmaWx0ZXIgKCR7dGhpcy5yZXNldERldGFpbHN9KWApO1xuICAgIGlmICh0aGlzLnJlcGx5KSB7XG4gICAgICB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcihgJHtjYWxsfTogdGhlIHN0cmVhbSB3YXMgYWxyZWFkeSBhbnN3ZXJlZCB3aXRoIGEgbG9jYWwgcmVzcG9uc2UgKHN0YXR1cyAke3RoaXMucmVwbHkuc3RhdHVzfSwgZGV0YWlscyBcIiR7dGhpcy5yZXBseS5kZXRhaWxzfVwiKWApO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgYXNzZXJ0RGlyZWN0aW9uKGRpcjogRGlyLCBjYWxsOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBzdCA9IHRoaXMuc3RhdGVbZGlyXTtcbiAgICBjb25zdCBoZWFkZXJzQ2FsbCA9IGRpciA9PT0gJ3JlcXVlc3QnID8gJ3NlbmRSZXF1ZXN0SGVhZGVycycgOiAnc2VuZFJlc3BvbnNlSGVhZGVycyc7XG4gICAgaWYgKCFzdC5oZWFkZXJzU2VudCkgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH0gY2FsbGVkIGJlZm9yZSAke2hlYWRlcnNDYWxsfWApO1xuICAgIGlmIChzdC5lbmRlZCkgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH06IHRoZSAke2Rpcn0gYWxyZWFkeSBlbmRlZCAoZW5kT2ZTdHJlYW0gd2FzIHNldCBvciB0cmFpbGVycyB3ZXJlIHNlbnQpYCk7XG4gIH1cblxuICBwcml2YXRlIG9yZGVyKGRpcjogRGlyKTogbnVtYmVyW10ge1xuICAgIGNvbnN0IGlkeCA9IHRoaXMuc2xvdHMubWFwKChfLCBpKSA9PiBpKTtcbiAgICByZXR1cm4gZGlyID09PSAncmVxdWVzdCcgPyBpZHggOiBpZHgucmV2ZXJzZSgpO1xuICB9XG5cbiAgcHJpdmF0ZSBoYWx0ZWQoZGlyOiBEaXIpOiBib29sZWFuIHtcbiAgICBpZiAodGhpcy5yZXNldERldGFpbHMpIHJldHVybiB0cnVlO1xuICAgIC8vIEEgbG9jYWwgcmVwbHkgZW5kcyB0aGUgcmVxdWVzdCBwYXRoOyB0aGUgcmVzcG9uc2UgcGF0aCBjYXJyaWVzIHRoZSByZXBseS5cbiAgICByZXR1cm4gZGlyID09PSAncmVxdWVzdCcgJiYgdGhpcy5yZXBseSAhPT0gdW5kZWZpbmVkO1xuICB9XG5cbiAgcHJpdmF0ZSBmbG93KGRpcjogRGlyLCBzdGFydFBvczogbnVtYmVyLCBmaXJzdDogRmxvd0V2ZW50KTogQWN0aW9uIHtcbiAgICBjb25zdCBvcmRlciA9IHRoaXMub3JkZXIoZGlyKTtcbiAgICBjb25zdCBzdCA9IHRoaXMuc3RhdGVbZGlyXTtcbiAgICBsZXQgbGFzdDogQWN0aW9uIHwgdW5kZWZpbmVkO1xuICAgIGxldCBldiA9IGZpcnN0O1xuICAgIGZvciAobGV0IHBvcyA9IHN0YXJ0UG9zOyBwb3MgPCBvcmRlci5sZW5ndGg7IHBvcysrKSB7XG4gICAgICBpZiAodGhpcy5oYWx0ZWQoZGlyKSkgcmV0dXJuIGxhc3QgPz8gc3RvcHBlZEFjdGlvbihldik7XG4gICAgICBpZiAoc3QuYmxvY2tlZEF0ID09PSBwb3MpIHtcbiAgICAgICAgc3QucXVldWUucHVzaCh7IHBvcywgZXYgfSk7XG4gICAgICAgIHJldHVybiBsYXN0ID8/IHN0b3BwZWRBY3Rpb24oZXYpO1xuICAgICAgfVxuICAgICAgY29uc3Qgc2xvdCA9IHRoaXMuc2xvdHNbb3JkZXJbcG9zXSFdITtcbiAgICAgIGNvbnN0IG91dGNvbWUgPSB0aGlzLmNhbGxGaWx0ZXIoc2xvdCwgZGlyLCBwb3MsIGV2KTtcbiAgICAgIGlmIChvdXRjb21lLmFjdGlvbiAhPT0gdW5kZWZpbmVkKSBsYXN0ID0gb3V0Y29tZS5hY3Rpb247XG4gICAgICBpZiAoIW91dGNvbWUucGFzc09uKSByZXR1cm4gbGFzdCA/PyBzdG9wcGVkQWN0aW9uKGV2KTtcbiAgICAgIGlmIChvdXRjb21lLmZsdXNoRmlyc3QpIHRoaXMuZmxvdyhkaXIsIHBvcyArIDEsIG91dGNvbWUuZmx1c2hGaXJzdCk7XG4gICAgICBldiA9IG91dGNvbWUucGFzc09uO1xuICAgIH1cbiAgICBpZiAodGhpcy5oYWx0ZWQoZGlyKSAmJiAhKGRpciA9PT0gJ3Jlc3BvbnNlJykpIHJldHVybiBsYXN0ID8/IHN0b3BwZWRBY3Rpb24oZXYpO1xuICAgIHRoaXMuZGVsaXZlcihkaXIsIGV2KTtcbiAgICByZXR1cm4gbGFzdCA/PyAnQ29udGludWUnO1xuICB9XG5cbiAgcHJpdmF0ZSBkZWxpdmVyKGRpcjogRGlyLCBldjogRmxvd0V2ZW50KTogdm9pZCB7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgaWYgKGV2LmtpbmQgPT09ICdoZWFkZXJzJykgc3QuaGVhZGVyc0RlbGl2ZXJlZCA9IHRydWU7XG4gICAgaWYgKGV2LmtpbmQgPT09ICdkYXRhJyAmJiBldi5kYXRhKSBzdC5kZWxpdmVyZWQucHVzaChldi5kYXRhKTtcbiAgfVxuXG4gIHByaXZhdGUgY2FsbEZpbHRlcihzbG90OiBGaWx0ZXJTbG90LCBkaXI6IERpciwgcG9zOiBudW1iZXIsIGV2OiBGbG93RXZlbnQpOiB7IGFjdGlvbj86IEFjdGlvbjsgcGFzc09uPzogRmxvd0V2ZW50OyBmbHVzaEZpcnN0PzogRmxvd0V2ZW50IH0ge1xuICAgIGNvbnN0IHZtID0gc2xvdC52bTtcbiAgICBpZiAoc2xvdC5jb250ZXh0SWQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgLy8gRW52b3kgY3JlYXRlcyB0aGUgZmlsdGVyJ3MgY29udGV4dCB3aGVuIHJlcXVlc3QgaGVhZGVycyBmaXJzdCByZWFjaCBpdDtcbiAgICAgIC8vIGEgZmlsdGVyIHRoZSByZXF1ZXN0IG5ldmVyIHJlYWNoZWQgaXMgc2tpcHBlZCBvbiB0aGUgd2F5IGJhY2suXG4gICAgICBpZiAoZGlyID09PSAncmVzcG9uc2UnIHx8IGV2LmtpbmQgIT09ICdoZWFkZXJzJykgcmV0dXJuIHsgcGFzc09uOiBldiB9O1xuICAgICAgaWYgKHZtLmZhaWxlZCkge1xuICAgICAgICB0aGlzLmZhaWxTdHJlYW0oc2xvdCk7XG4gICAgICAgIHJldHVybiB7IGFjdGlvbjogJ1N0b3BBbGxJdGVyYXRpb25BbmRXYXRlcm1hcmsnIH07XG4gICAgICB9XG4gICAgICBzbG90LmNvbnRleHRJZCA9IHZtLmNyZWF0ZUh0dHBDb250ZXh0KHNsb3QpO1xuICAgICAgaWYgKHNsb3QuY29udGV4dElkID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgICAgICByZXR1cm4geyBhY3Rpb246ICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyB9O1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAoc2xvdC5mYWlsdXJlUmVwbHlTZW50KSByZXR1cm4geyBwYXNzT246IGV2IH07XG4gICAgaWYgKHZtLmZhaWxlZCkge1xuICAgICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgICAgcmV0dXJuIHsgYWN0aW9uOiBldi5raW5kID09PSAnZGF0YScgPyAnU3RvcEl0ZXJhdGlvbk5vQnVmZmVyJyA6ICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyB9O1xuICAgIH1cbiAgICBjb25zdCBjdHggPSBzbG90LmNvbnRleHRJZDtcbiAgICBjb25zdCBzdCA9IHRoaXMuc3RhdGVbZGlyXTtcbiAgICBjb25zdCBwcmVmaXggPSBkaXIgPT09ICdyZXF1ZXN0JyA/ICdwcm94eV9vbl9yZXF1ZXN0JyA6ICdwcm94eV9vbl9yZXNwb25zZSc7XG5cbiAgICBpZiAoZXYua2luZCA9PT0gJ2hlYWRlcnMnKSB7XG4gICAgICBzbG90LmhlbGRIZWFkZXJzW2Rpcl0gPSB0cnVlO1xuICAgICAgY29uc3QgbWFwID0gZGlyID09PSAncmVxdWVzdCcgPyB0aGlzLnJlcXVlc3RIZWFkZXJNYXAhIDogdGhpcy5yZXNwb25zZUhlYWRlck1hcCE7XG4gICAgICBjb25zdCByYXcgPSB2bS5pbnZva2UoYCR7cHJlZml4fV9oZWFkZXJzYCwgeyBjb250ZXh0SWQ6IGN0eCwgYnVmZmVyczogbmV3IE1hcCgpIH0sXG4gICAgICAgICgpID0+IHZtLmNhbGxDb250ZXh0KGAke3ByZWZpeH1faGVhZGVyc2AsIGN0eCwgbWFwLmNvdW50LCBldi5lbmRPZlN0cmVhbSA/IDEgOiAwKSk7XG4gICAgICBpZiAocmF3ID09PSB1bmRlZmluZWQpIHJldHVybiB0aGlzLnRyYXBwZWQoc2xvdCwgJ1N0b3BBbGxJdGVyYXRpb25BbmRXYXRlcm1hcmsnKTtcbiAgICAgIGNvbnN0IGFjdGlvbiA9IGNvbnZlcnRIZWFkZXJzUmVzdWx0KHJhdywgdm0uaXRlcmF0aW9uU3RvcHBlZCk7XG4gICAgICBpZiAoYWN0aW9uID09PSAnQ29udGludWUnIHx8IGFjdGlvbiA9PT0gJ0NvbnRpbnVlQW5kRW5kU3RyZWFtJykge1xuICAgICAgICBzbG90LmhlbGRIZWFkZXJzW2Rpcl0gPSBmYWxzZTtcbiAgICAgICAgcmV0dXJuIHsgYWN0aW9uLCBwYXNzT246IGV2IH07XG4gICAgICB9XG4gICAgICBzdC5ibG9ja2VkQXQgPSBwb3M7XG4gICAgICBzdC5ibG9ja2VkUmVzdW1lID0gZXY7XG4gICAgICByZXR1cm4geyBhY3Rpb24gfTtcbiAgICB9XG5cbiAgICBpZiAoZXYua2luZCA9PT0gJ2RhdGEnKSB7XG4gICAgICBjb25zdCBpbmNvbWluZyA9IGV2LmRhdGEgPz8gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gICAgICBzbG90LmJvZHlbZGlyXSA9IHNsb3QuYnVmZmVyaW5nW2Rpcl0gJiYgc2xvdC5ib2R5W2Rpcl0gPyBjb25jYXQoW3Nsb3QuYm9keVtkaXJdISwgaW5jb21pbmddKSA6IGluY29taW5nO1xuICAgICAgc2xvdC5ib2R5RW5kW2Rpcl0gPSBldi5lbmRPZlN0cmVhbTtcbiAgICAgIGNvbnN0IHNpemUgPSBzbG90LmJvZHlbZGlyXSEubGVuZ3RoO1xuICAgICAgY29uc3QgcmF3ID0gdm0uaW52b2tlKGAke3ByZWZpeH1fYm9keWAsIHsgY29udGV4dElkOiBjdHgsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgICAoKSA9PiB2bS5jYWxsQ29udGV4dChgJHtwcmVmaXh9X2JvZHlgLCBjdHgsIHNpemUsIGV2LmVuZE9mU3RyZWFtID8gMSA6IDApKTtcbiAgICAgIGlmIChyYXcgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRoaXMudHJhcHBlZChzbG90LCAnU3RvcEl0ZXJhdGlvbk5vQnVmZmVyJyk7XG4gICAgICBjb25zdCBhY3Rpb24gPSBjb252ZXJ0RGF0YVJlc3VsdChyYXcsIHZtLml0ZXJhdGlvblN0b3BwZWQpO1xuICAgICAgc2xvdC5idWZmZXJpbmdbZGlyXSA9IGZhbHNlO1xuICAgICAgaWYgKGFjdGlvbiA9PT0gJ0NvbnRpbnVlJykge1xuICAgICAgICBjb25zdCBkYXRhID0gc2xvdC5ib2R5W2Rpcl0gPz8gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gICAgICAgIHNsb3QuYm9keVtkaXJdID0gdW5kZWZpbmVkO1xuICAgICAgICByZXR1cm4geyBhY3Rpb24sIHBhc3NPbjogeyBraW5kOiAnZGF0YScsIGRhdGEsIGVuZE9mU3RyZWFtOiBldi5lbmRPZlN0cmVhbSB9IH07XG4gICAgICB9XG4gICAgICBpZiAoYWN0aW9uID09PSAnU3RvcEl0ZXJhdGlvbk5vQnVmZmVyJykgc2xvdC5ib2R5W2Rpcl0gPSB1bmRlZmluZWQ7XG4gICAgICBlbHNlIHNsb3QuYnVmZmVyaW5nW2Rpcl0gPSB0cnVlO1xuICAgICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gICAgfVxuXG4gICAgc2xvdC5oZWxkVHJhaWxlcnNbZGlyXSA9IHRydWU7XG4gICAgY29uc3QgbWFwID0gZGlyID09PSAncmVxdWVzdCcgPyB0aGlzLnJlcXVlc3RUcmFpbGVyTWFwISA6IHRoaXMucmVzcG9uc2VUcmFpbGVyTWFwITtcbiAgICBjb25zdCByYXcgPSB2bS5pbnZva2UoYCR7cHJlZml4fV90cmFpbGVyc2AsIHsgY29udGV4dElkOiBjdHgsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgKCkgPT4gdm0uY2FsbENvbnRleHQoYCR7cHJlZml4fV90cmFpbGVyc2AsIGN0eCwgbWFwLmNvdW50KSk7XG4gICAgaWYgKHJhdyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdGhpcy50cmFwcGVkKHNsb3QsICdTdG9wSXRlcmF0aW9uJyk7XG4gICAgY29uc3QgYWN0aW9uID0gY29udmVydFRyYWlsZXJzUmVzdWx0KHJhdywgdm0uaXRlcmF0aW9uU3RvcHBlZCk7XG4gICAgaWYgKGFjdGlvbiA9PT0gJ0NvbnRpbnVlJykge1xuICAgICAgc2xvdC5oZWxkVHJhaWxlcnNbZGlyXSA9IGZhbHNlO1xuICAgICAgLy8gQm9keSB0aGUgZmlsdGVyIHdhcyBzdGlsbCBidWZmZXJpbmcgdHJhdmVscyBvbiBhaGVhZCBvZiB0aGUgdHJhaWxlcnMuXG4gICAgICBjb25zdCBmbHVzaEZpcnN0ID0gdGhpcy50YWtlQnVmZmVyZWQoc2xvdCwgZGlyLCBmYWxzZSk7XG4gICAgICByZXR1cm4geyBhY3Rpb24sIHBhc3NPbjogZXYsIGZsdXNoRmlyc3QgfTtcbiAgICB9XG4gICAgc3QuYmxvY2tlZEF0ID0gcG9zO1xuICAgIHN0LmJsb2NrZWRSZXN1bWUgPSBldjtcbiAgICByZXR1cm4geyBhY3Rpb24gfTtcbiAgfVxuXG4gIHByaXZhdGUgdGFrZUJ1ZmZlcmVkKHNsb3Q6IEZpbHRlclNsb3QsIGRpcjogRGlyLCBlbmRPZlN0cmVhbTogYm9vbGVhbik6IEZsb3dFdmVudCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKCFzbG90LmJ1ZmZlcmluZ1tkaXJdKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGRhdGEgPSBzbG90LmJvZHlbZGlyXSA/PyBuZXcgVWludDhBcnJheSgwKTtcbiAgICBzbG90LmJ1ZmZlcmluZ1tkaXJdID0gZmFsc2U7XG4gICAgc2xvdC5ib2R5W2Rpcl0gPSB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHsga2luZDogJ2RhdGEnLCBkYXRhLCBlbmRPZlN0cmVhbSB9O1xuICB9XG5cbiAgcHJpdmF0ZSB0cmFwcGVkKHNsb3Q6IEZpbHRlclNsb3QsIGFjdGlvbjogQWN0aW9uKTogeyBhY3Rpb246IEFjdGlvbiB9IHtcbiAgICB0aGlzLmZhaWxTdHJlYW0oc2xvdCk7XG4gICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gIH1cblxuICAvKiogRW52b3kncyBDb250ZXh0OjpmYWlsU3RyZWFtOiBhIDUwMyBsb2NhbCByZXBseSB3aXRoIGRldGFpbHMgd2FzbV9mYWlsX3N0cmVhbS4gKi9cbiAgcHJpdmF0ZSBmYWlsU3RyZWFtKHNsb3Q6IEZpbHRlclNsb3QpOiB2b2lkIHtcbiAgICBpZiAoc2xvdC5mYWlsdXJlUmVwbHlTZW50KSByZXR1cm47XG4gICAgc2xvdC5mYWlsdXJlUmVwbHlTZW50ID0gdHJ1ZTtcbiAgICBpZiAodGhpcy5yZXBseSkgcmV0dXJuO1xuICAgIHRoaXMuYXBwbHlMb2NhbFJlc3BvbnNlKHsgc3RhdHVzOiA1MDMsIGRldGFpbHM6ICd3YXNtX2ZhaWxfc3RyZWFtJywgYm9keTogbmV3IFVpbnQ4QXJyYXkoMCksIGhlYWRlcnM6IFtdLCBncnBjU3RhdHVzOiAxNCB9KTtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgUnVucyBhZnRlciB0aGUgVk0gY2FsbCB0aGF0IGFza2VkIGZvciBpdCwgYXMgRW52b3kncyBzZW5kTG9jYWxSZXBseSBkb2VzLiAqL1xuICBhcHBseUxvY2FsUmVzcG9uc2UocmVwbHk6IExvY2FsUmVwbHlSZXF1ZXN0KTogdm9pZCB7XG4gICAgaWYgKHRoaXMucmVwbHkgfHwgdGhpcy5yZXNldERldGFpbHMgfHwgdGhpcy5jb21wbGV0ZWQpIHJldHVybjtcbiAgICB0aGlzLnJlcGx5ID0gcmVwbHk7XG4gICAgY29uc3QgaGVhZGVycyA9IG5ldyBIZWFkZXJNYXAoW1snOnN0YXR1cycsIFN0cmluZyhyZXBseS5zdGF0dXMpXV0pO1xuICAgIGZvciAoY29uc3QgW2ssIHZdIG9mIHJlcGx5LmhlYWRlcnMpIGhlYWRlcnMuYWRkKGssIHYpO1xuICAgIGlmIChyZXBseS5ib2R5Lmxlbmd0aCA+IDApIHtcbiAgICAgIGlmIChoZWFkZXJzLmdldCgnY29udGVudC10eXBlJykgPT09IHVuZGVmaW5lZCkgaGVhZGVycy5hZGQoJ2NvbnRlbnQtdHlwZScsICd0ZXh0L3BsYWluJyk7XG4gICAgICBoZWFkZXJzLnJlcGxhY2UoJ2NvbnRlbnQtbGVuZ3RoJywgU3RyaW5nKHJlcGx5LmJvZHkubGVuZ3RoKSk7XG4gICAgfVxuICAgIGNvbnN0IHJlc3AgPSB0aGlzLnN0YXRlLnJlc3BvbnNlO1xuICAgIGNvbnN0IHJlc3BvbnNlU3RhcnRlZCA9IHJlc3AuaGVhZGVyc1NlbnQ7XG4gICAgdGhpcy5yZXNwb25zZUhlYWRlck1hcCA9IGhlYWRlcnM7XG4gICAgcmVzcC5oZWFkZXJzU2VudCA9IHRydWU7XG4gICAgcmVzcC5lbmRlZCA9IHRydWU7XG4gICAgcmVzcC5kZWxpdmVyZWQgPSBbXTtcbiAgICB0aGlzLnN0YXRlLnJlcXVlc3QuZW5kZWQgPSB0cnVlO1xuICAgIGlmIChyZXNwb25zZVN0YXJ0ZWQpIHtcbiAgICAgIC8vIFRvbyBsYXRlIHRvIHJ1biB0aGUgcmVwbHkgdGhyb3VnaCB0aGUgZmlsdGVycyBhZ2FpbjogdGhlIHJlcGx5IHJlcGxhY2VzIHRoZSByZXNwb25zZS5cbiAgICAgIHJlc3AuYmxvY2tlZEF0ID0gdW5kZWZpbmVkO1xuICAgICAgcmVzcC5xdWV1ZSA9IFtdO1xuICAgICAgcmVzcC5oZWFkZXJzRGVsaXZlcmVkID0gdHJ1ZTtcbiAgICAgIGlmIChyZXBseS5ib2R5Lmxlbmd0aCA+IDApIHJlc3AuZGVsaXZlcmVkLnB1c2gocmVwbHkuYm9keSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGZvciAoY29uc3QgcyBvZiB0aGlzLnNsb3RzKSBzLmhlbGRIZWFkZXJzLnJlc3BvbnNlID0gZmFsc2U7XG4gICAgdGhpcy5mbG93KCdyZXNwb25zZScsIDAsIHsga2luZDogJ2hlYWRlcnMnLCBlbmRPZlN0cmVhbTogcmVwbHkuYm9keS5sZW5ndGggPT09IDAgfSk7XG4gICAgaWYgKHJlcGx5LmJvZHkubGVuZ3RoID4gMCkgdGhpcy5mbG93KCdyZXNwb25zZScsIDAsIHsga2luZDogJ2RhdGEnLCBkYXRhOiByZXBseS5ib2R5LCBlbmRPZlN0cmVhbTogdHJ1ZSB9KTtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgcHJveHlfY29udGludWVfc3RyZWFtLCBydW4gYWZ0ZXIgdGhlIFZNIGNhbGwuICovXG4gIHJlc3VtZShkaXI6IERpciwgc2xvdDogRmlsdGVyU2xvdCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmNvbXBsZXRlZCB8fCB0aGlzLmhhbHRlZChkaXIpKSByZXR1cm47XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgY29uc3QgcG9zID0gdGhpcy5vcmRlcihkaXIpLmluZGV4T2Yoc2xvdC5pbmRleCk7XG4gICAgaWYgKHN0LmJsb2NrZWRBdCA9PT0gcG9zKSB7XG4gICAgICBjb25zdCBldiA9IHN0LmJsb2NrZWRSZXN1bWUhO1xuICAgICAgc3QuYmxvY2tlZEF0ID0gdW5kZWZpbmVkO1xuICAgICAgc3QuYmxvY2tlZFJlc3VtZSA9IHVuZGVmaW5lZDtcbiAgICAgIGlmIChldi5raW5kID09PSAnaGVhZGVycycpIHNsb3QuaGVsZEhlYWRlcnNbZGlyXSA9IGZhbHNlO1xuICAgICAgZWxzZSBzbG90LmhlbGRUcmFpbGVyc1tkaXJdID0gZmFsc2U7XG4gICAgICBjb25zdCBmbHVzaEZpcnN0ID0gZXYua2luZCA9PT0gJ3RyYWlsZXJzJyA/IHRoaXMudGFrZUJ1ZmZlcmVkKHNsb3QsIGRpciwgZmFsc2UpIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKGZsdXNoRmlyc3QpIHRoaXMuZmxvdyhkaXIsIHBvcyArIDEsIGZsdXNoRmlyc3QpO1xuICAgICAgdGhpcy5mbG93KGRpciwgcG9zICsgMSwgZXYpO1xuICAgICAgd2hpbGUgKHN0LnF1ZXVlLmxlbmd0aCA+IDAgJiYgc3QuYmxvY2tlZEF0ID09PSB1bmRlZmluZWQgJiYgIXRoaXMuaGFsdGVkKGRpcikpIHtcbiAgICAgICAgY29uc3QgcSA9IHN0LnF1ZXVlLnNoaWZ0KCkhO1xuICAgICAgICB0aGlzLmZsb3coZGlyLCBxLnBvcywgcS5ldik7XG4gICAgICB9XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IGJ1ZmZlcmVkID0gdGhpcy50YWtlQnVmZmVyZWQoc2xvdCwgZGlyLCBzbG90LmJvZHlFbmRbZGlyXSk7XG4gICAgaWYgKGJ1ZmZlcmVkKSB0aGlzLmZsb3coZGlyLCBwb3MgKyAxLCBidWZmZXJlZCk7XG4gIH1cblxuICAvKiogQGludGVybmFsIHByb3h5X2Nsb3NlX3N0cmVhbTogRW52b3kgcmVzZXRzIHRoZSBzdHJlYW0uICovXG4gIHJlc2V0KGRldGFpbHM6IHN0cmluZyk6IHZvaWQge1xuICAgIGlmICh0aGlzLnJlc2V0RGV0YWlscyB8fCB0aGlzLmNvbXBsZXRlZCkgcmV0dXJuO1xuICAgIHRoaXMucmVzZXREZXRhaWxzID0gZGV0YWlscztcbiAgfVxufVxuXG5mdW5jdGlvbiBzdG9wcGVkQWN0aW9uKGV2OiBGbG93RXZlbnQpOiBBY3Rpb24ge1xuICBpZiAoZXYua2luZCA9PT0gJ2hlYWRlcnMnKSByZXR1cm4gJ1N0b3BBbGxJdGVyYXRpb25BbmRXYXRlcm1hcmsnO1xuICBpZiAoZXYua2luZCA9PT0gJ2RhdGEnKSByZXR1cm4gJ1N0b3BJdGVyYXRpb25BbmRCdWZmZXInO1xuICByZXR1cm4gJ1N0b3BJdGVyYXRpb24nO1xufVxuIiwgIi8vIFRoZSBzaW11bGF0ZWQgRW52b3kgcHJvY2VzczogdmlydHVhbCBjbG9jaywgcHJvY2Vzcy13aWRlIHNoYXJlZCBkYXRhLCBxdWV1ZXNcbi8vIGFuZCBzdGF0cywgYW5kIHRoZSBWTXMgc3RhcnRlZCBpbiBpdC5cbmltcG9ydCB7IFN0cmVhbVN0YXRlRXJyb3IgfSBmcm9tICcuL2Vycm9ycy50cyc7XG5pbXBvcnQgeyBNZXRyaWNTdG9yZSwgdHlwZSBNZXRyaWNWYWx1ZSB9IGZyb20gJy4vbWV0cmljcy50cyc7XG5pbXBvcnQgeyB2YWxpZGF0ZVByb3BlcnRpZXMsIHR5cGUgUHJvcGVydHlJbnB1dCB9IGZyb20gJy4vcHJvcGVydGllcy50cyc7XG5pbXBvcnQgeyBTaGFyZWREYXRhIH0gZnJvbSAnLi9zaGFyZWQtZGF0YS50cyc7XG5pbXBvcnQgeyBTaGFyZWRRdWV1ZXMgfSBmcm9tICcuL3NoYXJlZC1xdWV1ZXMudHMnO1xuaW1wb3J0IHsgSHR0cFN0cmVhbSB9IGZyb20gJy4vc3RyZWFtLnRzJztcbmltcG9ydCB7IFZtLCB0eXBlIFZtT3B0aW9ucyB9IGZyb20gJy4vdm0udHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEhvc3RPcHRpb25zIHtcbiAgLyoqIFdhbGwtY2xvY2sgdGltZSBvZiB0aGUgdmlydHVhbCBjbG9jaydzIHN0YXJ0LCBpbiBtcyBzaW5jZSB0aGUgZXBvY2guIERlZmF1bHQgMjAyNS0wMS0wMVQwMDowMDowMFouICovXG4gIHN0YXJ0VGltZU1zPzogbnVtYmVyO1xuICAvKiogJ3Rocm93JyAoZGVmYXVsdCk6IGEgdHJhcCB0aHJvd3MgTW9kdWxlVHJhcEVycm9yLiAnZmFpbC1jbG9zZWQnOiBhcyBFbnZveSdzIEZBSUxfQ0xPU0VELCA1MDMgdGhlIHN0cmVhbS4gKi9cbiAgb25UcmFwPzogJ3Rocm93JyB8ICdmYWlsLWNsb3NlZCc7XG4gIC8qKiBDbHVzdGVycyBwcm94eV9odHRwX2NhbGwgbWF5IHRhcmdldDsgdW5zZXQgYWNjZXB0cyBhbnkgbmFtZS4gRW52b3kgYW5zd2VycyBCYWRBcmd1bWVudCBmb3IgdW5rbm93biBvbmVzLiAqL1xuICBjbHVzdGVycz86IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuXG5jb25zdCBERUZBVUxUX1NUQVJUX01TID0gRGF0ZS5VVEMoMjAyNSwgMCwgMSk7XG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbmV4cG9ydCBjbGFzcyBIb3N0IHtcbiAgcmVhZG9ubHkgc2hhcmVkRGF0YSA9IG5ldyBTaGFyZWREYXRhKCk7XG4gIHJlYWRvbmx5IHF1ZXVlcyA9IG5ldyBTaGFyZWRRdWV1ZXMoKTtcbiAgcmVhZG9ubHkgbWV0cmljU3RvcmUgPSBuZXcgTWV0cmljU3RvcmUoKTtcbiAgcmVhZG9ubHkgb25UcmFwOiAndGhyb3cnIHwgJ2ZhaWwtY2xvc2VkJztcbiAgcmVhZG9ubHkgc3RhcnRUaW1lTXM6IG51bWJlcjtcbiAgbm93TXM6IG51bWJlcjtcbiAgcHJpdmF0ZSByZWFkb25seSB2bXM6IFZtW10gPSBbXTtcbiAgcHJpdmF0ZSByZWFkb25seSBjbHVzdGVyczogU2V0PHN0cmluZz4gfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgZGVmZXJyZWQ6ICgoKSA9PiB2b2lkKVtdID0gW107XG4gIHByaXZhdGUgZmx1c2hpbmcgPSBmYWxzZTtcbiAgcHJpdmF0ZSBzZXEgPSAxO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IEhvc3RPcHRpb25zID0ge30pIHtcbiAgICBpZiAob3B0aW9ucy5vblRyYXAgIT09IHVuZGVmaW5lZCAmJiBvcHRpb25zLm9uVHJhcCAhPT0gJ3Rocm93JyAmJiBvcHRpb25zLm9uVHJhcCAhPT0gJ2ZhaWwtY2xvc2VkJykge1xuICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcihgb25UcmFwIG11c3QgYmUgJ3Rocm93JyBvciAnZmFpbC1jbG9zZWQnLCBnb3QgJHtTdHJpbmcob3B0aW9ucy5vblRyYXApfWApO1xuICAgIH1cbiAgICBpZiAob3B0aW9ucy5zdGFydFRpbWVNcyAhPT0gdW5kZWZpbmVkICYmICFOdW1iZXIuaXNTYWZlSW50ZWdlcihvcHRpb25zLnN0YXJ0VGltZU1zKSkge1xuICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcignc3RhcnRUaW1lTXMgbXVzdCBiZSBhbiBpbnRlZ2VyIG51bWJlciBvZiBtaWxsaXNlY29uZHMnKTtcbiAgICB9XG4gICAgdGhpcy5vblRyYXAgPSBvcHRpb25zLm9uVHJhcCA/PyAndGhyb3cnO1xuICAgIHRoaXMuc3RhcnRUaW1lTXMgPSBvcHRpb25zLnN0YXJ0VGltZU1zID8/IERFRkFVTFRfU1RBUlRfTVM7XG4gICAgdGhpcy5ub3dNcyA9IHRoaXMuc3RhcnRUaW1lTXM7XG4gICAgdGhpcy5jbHVzdGVycyA9IG9wdGlvbnMuY2x1c3RlcnMgPyBuZXcgU2V0KG9wdGlvbnMuY2x1c3RlcnMpIDogdW5kZWZpbmVkO1xuICB9XG5cbiAgYXN5bmMgc3RhcnRWbShvcHRpb25zOiBWbU9wdGlvbnMpOiBQcm9taXNlPFZtPiB7XG4gICAgY29uc3Qgdm0gPSBhd2FpdCBWbS5zdGFydCh0aGlzLCBvcHRpb25zKTtcbiAgICB0aGlzLnZtcy5wdXNoKHZtKTtcbiAgICByZXR1cm4gdm07XG4gIH1cblxuICAvKiogQSBzdHJlYW0gdGhyb3VnaCBhIGZpbHRlciBjaGFpbjogcmVxdWVzdCBjYWxsYmFja3MgcnVuIGluIGFycmF5IG9yZGVyLCByZXNwb25zZSBjYWxsYmFja3MgaW4gcmV2ZXJzZS4gKi9cbiAgbmV3SHR0cFN0cmVhbSh2bXM6IHJlYWRvbmx5IFZtW10sIG9wdGlvbnM6IHsgcHJvcGVydGllcz86IFByb3BlcnR5SW5wdXQgfSA9IHt9KTogSHR0cFN0cmVhbSB7XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KHZtcykgfHwgdm1zLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IFR5cGVFcnJvcignbmV3SHR0cFN0cmVhbSBuZWVkcyBhIG5vbi1lbXB0eSBhcnJheSBvZiBWTXMnKTtcbiAgICBmb3IgKGNvbnN0IHZtIG9mIHZtcykge1xuICAgICAgaWYgKCEodm0gaW5zdGFuY2VvZiBWbSkgfHwgdm0uaG9zdCAhPT0gdGhpcykgdGhyb3cgbmV3IFR5cGVFcnJvcignbmV3SHR0cFN0cmVhbTogZXZlcnkgVk0gbXVzdCBjb21lIGZyb20gdGhpcyBob3N0XFwncyBzdGFydFZtJyk7XG4gICAgICBpZiAoIXZtLmNvbmZpZ3VyZWQpIHtcbiAgICAgICAgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYG5ld0h0dHBTdHJlYW06IFZNIFwiJHt2bS5yb290SWQgfHwgdm0ubmFtZX1cIiBkaWQgbm90IGNvbmZpZ3VyZSAob25fdm1fc3RhcnQvb25fY29uZmlndXJlIHJldHVybmVkIGZhbHNlKTsgRW52b3kgd291bGQgbm90IGNyZWF0ZSBpdHMgZmlsdGVyYCk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBuZXcgSHR0cFN0cmVhbSh2bXMsIHZhbGlkYXRlUHJvcGVydGllcyhvcHRpb25zLnByb3BlcnRpZXMsICdzdHJlYW0gcHJvcGVydGllcycpKTtcbiAgfVxuXG4gIHJlYWx0aW1lTnMoKTogYmlnaW50IHtcbiAgICByZXR1cm4gQmlnSW50KHRoaXMubm93TXMpICogMV8wMDBfMDAwbjtcbiAgfVxuXG4gIG1vbm90b25pY05zKCk6IGJpZ2ludCB7XG4gICAgcmV0dXJuIEJpZ0ludCh0aGlzLm5vd01zIC0gdGhpcy5zdGFydFRpbWVNcykgKiAxXzAwMF8wMDBuO1xuICB9XG5cbiAgLyoqIE1vdmVzIHRoZSB2aXJ0dWFsIGNsb2NrLCBmaXJpbmcgdGlja3MgYW5kIGNhbGxvdXQgdGltZW91dHMgaW4gdGltZSBvcmRlci4gKi9cbiAgYWR2YW5jZVRpbWUobXM6IG51bWJlcik6IHZvaWQge1xuICAgIGlmICghTnVtYmVyLmlzRmluaXRlKG1zKSB8fCBtcyA8IDApIHRocm93IG5ldyBSYW5nZUVycm9yKCdhZHZhbmNlVGltZSBuZWVkcyBhIG5vbi1uZWdhdGl2ZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzJyk7XG4gICAgY29uc3QgdGFyZ2V0ID0gdGhpcy5ub3dNcyArIG1zO1xuICAgIGZvciAoOzspIHtcbiAgICAgIGxldCBuZXh0OiB7IGF0OiBudW1iZXI7IHNlcTogbnVtYmVyOyBmaXJlOiAoKSA9PiB2b2lkIH0gfCB1bmRlZmluZWQ7XG4gICAgICBmb3IgKGNvbnN0IHZtIG9mIHRoaXMudm1zKSB7XG4gICAgICAgIGNvbnN0IGUgPSB2bS5uZXh0RXZlbnQoKTtcbiAgICAgICAgaWYgKGUgJiYgZS5hdCA8PSB0YXJnZXQgJiYgKCFuZXh0IHx8IGUuYXQgPCBuZXh0LmF0KSkgbmV4dCA9IGU7XG4gICAgICB9XG4gICAgICBpZiAoIW5leHQpIGJyZWFrO1xuICAgICAgdGhpcy5ub3dNcyA9IG5leHQuYXQ7XG4gICAgICBuZXh0LmZpcmUoKTtcbiAgICB9XG4gICAgdGhpcy5ub3dNcyA9IHRhcmdldDtcbiAgfVxuXG4gIC8qKiBFbnF1ZXVlcyBvbnRvIGEgcXVldWUgc29tZSBWTSByZWdpc3RlcmVkLCBhcyBhbm90aGVyIFZNIHdvdWxkLiAqL1xuICBlbnF1ZXVlKHZtSWQ6IHN0cmluZywgcXVldWVOYW1lOiBzdHJpbmcsIGRhdGE6IHN0cmluZyB8IFVpbnQ4QXJyYXkpOiB2b2lkIHtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMucXVldWVzLnJlc29sdmUodm1JZCwgcXVldWVOYW1lKTtcbiAgICBpZiAodG9rZW4gPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYGVucXVldWU6IG5vIFZNIHdpdGggdm1faWQgXCIke3ZtSWR9XCIgcmVnaXN0ZXJlZCBhIHF1ZXVlIG5hbWVkIFwiJHtxdWV1ZU5hbWV9XCJgKTtcbiAgICBjb25zdCB7IG5vdGlmeSB9ID0gdGhpcy5xdWV1ZXMuZW5xdWV1ZSh0b2tlbiwgdHlwZW9mIGRhdGEgPT09ICdzdHJpbmcnID8gZW5jb2Rlci5lbmNvZGUoZGF0YSkgOiBkYXRhKTtcbiAgICBpZiAobm90aWZ5KSB0aGlzLmRlZmVyKG5vdGlmeSk7XG4gICAgdGhpcy5mbHVzaERlZmVycmVkKCk7XG4gIH1cblxuICAvKiogQSBzdGF0J3MgdmFsdWUgc3VtbWVkIG92ZXIgZXZlcnkgVk0gKGFzIEVudm95J3Mgc3RhdHMgYXJlKSwgb3IgdW5kZWZpbmVkIGlmIG5vIFZNIGRlZmluZWQgaXQuICovXG4gIG1ldHJpYyhuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY1N0b3JlLnZhbHVlKG5hbWUpO1xuICB9XG5cbiAgbWV0cmljcygpOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4ge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY1N0b3JlLmFsbCgpO1xuICB9XG5cbiAgaGFzQ2x1c3RlcihuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5jbHVzdGVycyA9PT0gdW5kZWZpbmVkIHx8IHRoaXMuY2x1c3RlcnMuaGFzKG5hbWUpO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCAqL1xuICBuZXh0U2VxKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuc2VxKys7XG4gIH1cblxuICAvKiogQGludGVybmFsIFdvcmsgdGhhdCBtdXN0IG5vdCByZS1lbnRlciBhIFZNIG1pZC1jYWxsIChxdWV1ZSBub3RpZmljYXRpb25zKS4gKi9cbiAgZGVmZXIoYWN0aW9uOiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gICAgdGhpcy5kZWZlcnJlZC5wdXNoKGFjdGlvbik7XG4gIH1cblxuICAvKiogQGludGVybmFsICovXG4gIGZsdXNoRGVmZXJyZWQoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZmx1c2hpbmcpIHJldHVybjtcbiAgICB0aGlzLmZsdXNoaW5nID0gdHJ1ZTtcbiAgICB0cnkge1xuICAgICAgd2hpbGUgKHRoaXMuZGVmZXJyZWQubGVuZ3RoID4gMCkgdGhpcy5kZWZlcnJlZC5zaGlmdCgpISgpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICB0aGlzLmZsdXNoaW5nID0gZmFsc2U7XG4gICAgfVxuICB9XG59XG4iLCAiaW1wb3J0IHsgVm0gfSBmcm9tICcvd29yay9tYWluL2hvc3Qtc2ltL3ZtLnRzJztcbmltcG9ydCB7IEhvc3QgfSBmcm9tICcvd29yay9tYWluL2hvc3Qtc2ltL2luZGV4LnRzJztcbmNvbnN0IGhvc3QgPSBuZXcgSG9zdCgpO1xuY29uc3Qgb3JpZyA9IChWbS5wcm90b3R5cGUgYXMgYW55KS5sb2c7XG5jb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbihWbS5wcm90b3R5cGUgYXMgYW55KS5sb2cgPSBmdW5jdGlvbiAobDogc3RyaW5nLCBtOiBzdHJpbmcpIHsgbGluZXMucHVzaChtKTsgcmV0dXJuIG9yaWcuY2FsbCh0aGlzLCBsLCBtKTsgfTtcbnRyeSB7IGF3YWl0IGhvc3Quc3RhcnRWbSh7IG1vZHVsZTogJy93b3JrL21haW4vYnVpbGQvZml4dHVyZXMvZ28tZmlsdGVyLndhc20nLCBwbHVnaW5Db25maWd1cmF0aW9uOiAne1wiZGVueV9wcmVmaXhcIjpcIi9hXCJ9JyB9KTsgY29uc29sZS5sb2coJ29rJyk7IH0gY2F0Y2ggKGU6IGFueSkgeyBjb25zb2xlLmxvZyhlLm5hbWUpOyB9XG5jb25zb2xlLmxvZyhsaW5lcy5qb2luKCcnKS5zbGljZSgwLCAxNTAwKSk7XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBSUEsU0FBUyxnQkFBZ0I7OztBQ0RsQixJQUFNLGFBQWE7QUFBQSxFQUN4QixJQUFJO0FBQUEsRUFDSixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixzQkFBc0I7QUFBQSxFQUN0QixjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixxQkFBcUI7QUFBQSxFQUNyQixPQUFPO0FBQUEsRUFDUCxhQUFhO0FBQUEsRUFDYixnQkFBZ0I7QUFBQSxFQUNoQixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQixlQUFlO0FBQ2pCO0FBRU8sSUFBTSxnQkFBZ0I7QUFBQSxFQUMzQixnQkFBZ0I7QUFBQSxFQUNoQixpQkFBaUI7QUFBQSxFQUNqQixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQiw0QkFBNEI7QUFBQSxFQUM1Qiw2QkFBNkI7QUFBQSxFQUM3Qix5QkFBeUI7QUFBQSxFQUN6QiwwQkFBMEI7QUFDNUI7QUFDTyxJQUFNLHNCQUFzQjtBQUU1QixJQUFNLGFBQWE7QUFBQSxFQUN4QixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQixnQkFBZ0I7QUFBQSxFQUNoQixjQUFjO0FBQUEsRUFDZCxzQkFBc0I7QUFBQSxFQUN0QixtQkFBbUI7QUFBQSxFQUNuQixpQkFBaUI7QUFBQSxFQUNqQixxQkFBcUI7QUFBQSxFQUNyQixVQUFVO0FBQ1o7QUFDTyxJQUFNLGtCQUFrQjtBQUV4QixJQUFNLGFBQWEsRUFBRSxTQUFTLEdBQUcsVUFBVSxHQUFHLFlBQVksR0FBRyxVQUFVLEVBQUU7QUFDekUsSUFBTSxrQkFBa0I7QUFJeEIsSUFBTSxhQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsUUFBUSxTQUFTLFVBQVU7QUFTekUsSUFBTSxrQkFBNEM7QUFBQSxFQUN2RDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUlPLElBQU0sZUFBc0M7QUFBQSxFQUNqRDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBYU8sU0FBUyxxQkFBcUIsS0FBYSxzQkFBOEM7QUFDOUYsTUFBSSx3QkFBd0IsTUFBTSxLQUFLLE1BQU0sS0FBSyxRQUFRLEVBQUcsUUFBTztBQUNwRSxTQUFPLGdCQUFnQixHQUFHO0FBQzVCO0FBRU8sU0FBUyxrQkFBa0IsS0FBYSxzQkFBMkM7QUFDeEYsTUFBSSx3QkFBd0IsTUFBTSxLQUFLLE1BQU0sRUFBRyxRQUFPO0FBQ3ZELFNBQU8sYUFBYSxHQUFHO0FBQ3pCO0FBRU8sU0FBUyxzQkFBc0IsS0FBYSxzQkFBK0M7QUFDaEcsTUFBSSx3QkFBd0IsUUFBUSxFQUFHLFFBQU87QUFDOUMsU0FBTztBQUNUOzs7QUNoR08sSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUMxQixPQUFPO0FBQ2xCO0FBR08sSUFBTSw2QkFBTixjQUF5QyxVQUFVO0FBQUEsRUFFeEQsWUFBcUIsY0FBc0I7QUFDekMsVUFBTSxpQkFBaUIsWUFBWSxpQ0FBaUM7QUFEakQ7QUFBQSxFQUVyQjtBQUFBLEVBRnFCO0FBQUEsRUFEWixPQUFPO0FBSWxCO0FBVUEsU0FBUyxXQUFXLE1BQWtDO0FBQ3BELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixTQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sTUFBTSxFQUFFLEtBQUssS0FBSyxFQUFFLE9BQU8sRUFBRSxFQUFFLEtBQUssSUFBSTtBQUNqRTtBQUdPLElBQU0sa0JBQU4sY0FBOEIsVUFBVTtBQUFBLEVBRTdDLFlBQ1csVUFDQSxNQUNBLE1BQ1QsU0FDQTtBQUNBLFVBQU0scUJBQXFCLFFBQVEsS0FBSyxJQUFJO0FBQUE7QUFBQSxFQUFzQixXQUFXLElBQUksQ0FBQyxJQUFJLE9BQU87QUFMcEY7QUFDQTtBQUNBO0FBQUEsRUFJWDtBQUFBLEVBTlc7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBSkYsT0FBTztBQVNsQjtBQUdPLElBQU0saUJBQU4sY0FBNkIsVUFBVTtBQUFBLEVBRTVDLFlBQ1csT0FDQSxNQUNUO0FBQ0EsVUFBTSxHQUFHLEtBQUs7QUFBQTtBQUFBLEVBQTRFLFdBQVcsSUFBSSxDQUFDLEVBQUU7QUFIbkc7QUFDQTtBQUFBLEVBR1g7QUFBQSxFQUpXO0FBQUEsRUFDQTtBQUFBLEVBSEYsT0FBTztBQU9sQjtBQUdPLElBQU0sbUJBQU4sY0FBK0IsVUFBVTtBQUFBLEVBQ3JDLE9BQU87QUFDbEI7QUFHTyxJQUFNLGtCQUFOLGNBQThCLFVBQVU7QUFBQSxFQUNwQyxPQUFPO0FBQ2xCOzs7QUN4REEsSUFBTSxVQUFVLElBQUksWUFBWTtBQUV6QixJQUFNLFlBQU4sTUFBZ0I7QUFBQSxFQUNiO0FBQUEsRUFFUixZQUFZLFFBQXFCLENBQUMsR0FBRztBQUNuQyxTQUFLLFVBQVUsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzNEO0FBQUEsRUFFQSxRQUFxQjtBQUNuQixXQUFPLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDNUM7QUFBQSxFQUVBLElBQUksUUFBZ0I7QUFDbEIsV0FBTyxLQUFLLFFBQVE7QUFBQSxFQUN0QjtBQUFBO0FBQUEsRUFHQSxXQUFtQjtBQUNqQixRQUFJLE9BQU87QUFDWCxlQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxRQUFTLFNBQVEsUUFBUSxPQUFPLENBQUMsRUFBRSxTQUFTLFFBQVEsT0FBTyxDQUFDLEVBQUU7QUFDeEYsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsSUFBSSxNQUFrQztBQUNwQyxVQUFNLE1BQU0sS0FBSyxZQUFZO0FBQzdCLFdBQU8sS0FBSyxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDO0FBQUEsRUFDbEQ7QUFBQSxFQUVBLElBQUksTUFBYyxPQUFxQjtBQUNyQyxTQUFLLFFBQVEsS0FBSyxDQUFDLEtBQUssWUFBWSxHQUFHLEtBQUssQ0FBQztBQUFBLEVBQy9DO0FBQUE7QUFBQSxFQUdBLFFBQVEsTUFBYyxPQUFxQjtBQUN6QyxVQUFNLE1BQU0sS0FBSyxZQUFZO0FBQzdCLFVBQU0sUUFBUSxLQUFLLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRztBQUNsRCxRQUFJLE1BQU8sT0FBTSxDQUFDLElBQUk7QUFBQSxRQUNqQixNQUFLLFFBQVEsS0FBSyxDQUFDLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDckM7QUFBQSxFQUVBLE9BQU8sTUFBb0I7QUFDekIsVUFBTSxNQUFNLEtBQUssWUFBWTtBQUM3QixTQUFLLFVBQVUsS0FBSyxRQUFRLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLEdBQUc7QUFBQSxFQUN2RDtBQUFBLEVBRUEsT0FBTyxPQUEwQjtBQUMvQixTQUFLLFVBQVUsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzNEO0FBQ0Y7OztBQ2pEQSxJQUFNQSxXQUFVLElBQUksWUFBWTtBQUNoQyxJQUFNLFVBQVUsSUFBSSxZQUFZLFNBQVMsRUFBRSxPQUFPLE1BQU0sQ0FBQztBQUVsRCxTQUFTLFlBQVksT0FBMkQ7QUFDckYsUUFBTSxVQUFVLE1BQU0sSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQ0EsU0FBUSxPQUFPLENBQUMsR0FBR0EsU0FBUSxPQUFPLENBQUMsQ0FBQyxDQUFVO0FBQ3JGLE1BQUksT0FBTyxJQUFJLFFBQVEsU0FBUztBQUNoQyxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssUUFBUyxTQUFRLEVBQUUsU0FBUyxFQUFFLFNBQVM7QUFDNUQsUUFBTSxNQUFNLElBQUksV0FBVyxJQUFJO0FBQy9CLFFBQU0sT0FBTyxJQUFJLFNBQVMsSUFBSSxNQUFNO0FBQ3BDLE9BQUssVUFBVSxHQUFHLFFBQVEsUUFBUSxJQUFJO0FBQ3RDLE1BQUksU0FBUztBQUNiLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxTQUFTO0FBQzVCLFNBQUssVUFBVSxRQUFRLEVBQUUsUUFBUSxJQUFJO0FBQ3JDLFNBQUssVUFBVSxTQUFTLEdBQUcsRUFBRSxRQUFRLElBQUk7QUFDekMsY0FBVTtBQUFBLEVBQ1o7QUFDQSxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssU0FBUztBQUM1QixRQUFJLElBQUksR0FBRyxNQUFNO0FBQ2pCLGNBQVUsRUFBRSxTQUFTO0FBQ3JCLFFBQUksSUFBSSxHQUFHLE1BQU07QUFDakIsY0FBVSxFQUFFLFNBQVM7QUFBQSxFQUN2QjtBQUNBLFNBQU87QUFDVDtBQU9PLFNBQVMsWUFBWSxPQUE0QztBQUN0RSxNQUFJLE1BQU0sU0FBUyxFQUFHLFFBQU8sTUFBTSxXQUFXLElBQUksQ0FBQyxJQUFJO0FBQ3ZELFFBQU0sT0FBTyxJQUFJLFNBQVMsTUFBTSxRQUFRLE1BQU0sWUFBWSxNQUFNLFVBQVU7QUFDMUUsUUFBTSxRQUFRLEtBQUssVUFBVSxHQUFHLElBQUk7QUFDcEMsTUFBSSxJQUFJLFFBQVEsSUFBSSxNQUFNLE9BQVEsUUFBTztBQUN6QyxRQUFNLFFBQTRCLENBQUM7QUFDbkMsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLElBQUssT0FBTSxLQUFLLENBQUMsS0FBSyxVQUFVLElBQUksSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLLFVBQVUsSUFBSSxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDN0csTUFBSSxTQUFTLElBQUksUUFBUTtBQUN6QixRQUFNLFNBQXNCLENBQUM7QUFDN0IsYUFBVyxDQUFDLElBQUksRUFBRSxLQUFLLE9BQU87QUFDNUIsUUFBSSxTQUFTLEtBQUssSUFBSSxLQUFLLElBQUksTUFBTSxPQUFRLFFBQU87QUFDcEQsVUFBTSxNQUFNLFFBQVEsT0FBTyxNQUFNLFNBQVMsUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUM5RCxjQUFVLEtBQUs7QUFDZixVQUFNLFFBQVEsUUFBUSxPQUFPLE1BQU0sU0FBUyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ2hFLGNBQVUsS0FBSztBQUNmLFdBQU8sS0FBSyxDQUFDLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDMUI7QUFDQSxTQUFPO0FBQ1Q7QUFLTyxTQUFTLGlCQUFpQixPQUFpQyxNQUEyQjtBQUMzRixNQUFJLFVBQVUsT0FBVyxRQUFPLENBQUM7QUFDakMsTUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLFdBQU8sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNO0FBQzVCLFVBQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxLQUFLLEtBQUssV0FBVyxLQUFLLE9BQU8sS0FBSyxDQUFDLE1BQU0sWUFBWSxPQUFPLEtBQUssQ0FBQyxNQUFNLFVBQVU7QUFDM0csY0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLElBQUksQ0FBQywyQ0FBMkM7QUFBQSxNQUM3RTtBQUNBLGFBQU8sQ0FBQyxLQUFLLENBQUMsRUFBRSxZQUFZLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFBQSxJQUN4QyxDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxLQUFNLE9BQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSx5Q0FBeUM7QUFDckgsU0FBTyxPQUFPLFFBQVEsS0FBZ0MsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTTtBQUN0RSxRQUFJLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxTQUFVLE9BQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSxJQUFJLENBQUMsbUJBQW1CO0FBQ3ZHLFdBQU8sQ0FBQyxFQUFFLFlBQVksR0FBRyxPQUFPLENBQUMsQ0FBQztBQUFBLEVBQ3BDLENBQUM7QUFDSDs7O0FDaEVBLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBR2hDLElBQU0sa0JBQWtCLG9CQUFJLElBQUk7QUFBQSxFQUM5QjtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQWU7QUFBQSxFQUFjO0FBQUEsRUFBWTtBQUFBLEVBQVE7QUFBQSxFQUNsRjtBQUFBLEVBQWU7QUFBQSxFQUFrQjtBQUFBLEVBQWdCO0FBQUEsRUFBZ0I7QUFBQSxFQUNqRTtBQUFBLEVBQWM7QUFBQSxFQUFrQjtBQUFBLEVBQXNCO0FBQUEsRUFDdEQ7QUFBQSxFQUEwQjtBQUFBLEVBQVk7QUFDeEMsQ0FBQztBQUVNLFNBQVMsZUFBZSxPQUFrQztBQUMvRCxNQUFJLGlCQUFpQixXQUFZLFFBQU8sTUFBTSxNQUFNO0FBQ3BELE1BQUksT0FBTyxVQUFVLFNBQVUsUUFBT0QsU0FBUSxPQUFPLEtBQUs7QUFDMUQsTUFBSSxPQUFPLFVBQVUsVUFBVyxRQUFPLFdBQVcsR0FBRyxRQUFRLElBQUksQ0FBQztBQUNsRSxRQUFNLE1BQU0sT0FBTyxVQUFVLFdBQVcsUUFBUSxPQUFPLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDeEUsUUFBTSxNQUFNLElBQUksV0FBVyxDQUFDO0FBQzVCLE1BQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxZQUFZLEdBQUcsT0FBTyxPQUFPLElBQUksR0FBRyxHQUFHLElBQUk7QUFDcEUsU0FBTztBQUNUO0FBRU8sU0FBUyxtQkFBbUIsT0FBZ0IsTUFBNkI7QUFDOUUsTUFBSSxVQUFVLE9BQVcsUUFBTyxDQUFDO0FBQ2pDLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDdkUsVUFBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLDhFQUE4RTtBQUFBLEVBQzNHO0FBQ0EsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDMUMsVUFBTSxLQUFLLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxhQUFhLGFBQWE7QUFDN0gsUUFBSSxDQUFDLEdBQUksT0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLEtBQUssQ0FBQyw0REFBNEQ7QUFBQSxFQUN4RztBQUNBLFNBQU87QUFDVDtBQVVBLFNBQVMsZUFBZSxNQUFjLFNBQTJEO0FBQy9GLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsUUFBTSxPQUFPLFFBQVEsSUFBSSxPQUFPO0FBQ2hDLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUFRLGFBQU87QUFBQSxJQUNwQixLQUFLO0FBQVksYUFBTyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFBQSxJQUMxQyxLQUFLO0FBQVMsYUFBTyxTQUFTLFNBQVksU0FBWSxLQUFLLFNBQVMsR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLFFBQVEsR0FBRyxJQUFJLENBQUMsSUFBSTtBQUFBLElBQy9HLEtBQUs7QUFBUSxhQUFPLFFBQVEsSUFBSSxZQUFZO0FBQUEsSUFDNUMsS0FBSztBQUFVLGFBQU8sUUFBUSxJQUFJLFNBQVM7QUFBQSxJQUMzQyxLQUFLO0FBQVUsYUFBTyxRQUFRLElBQUksU0FBUztBQUFBLElBQzNDLEtBQUs7QUFBTSxhQUFPLFFBQVEsSUFBSSxjQUFjO0FBQUEsSUFDNUMsS0FBSztBQUFXLGFBQU8sUUFBUSxJQUFJLFNBQVM7QUFBQSxJQUM1QyxLQUFLO0FBQWEsYUFBTyxRQUFRLElBQUksWUFBWTtBQUFBLElBQ2pELEtBQUs7QUFBWSxhQUFPO0FBQUEsSUFDeEI7QUFBUyxhQUFPO0FBQUEsRUFDbEI7QUFDRjtBQUVBLFNBQVMsY0FBYyxLQUE0QixNQUF3QztBQUN6RixNQUFJLENBQUMsSUFBSyxRQUFPO0FBQ2pCLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxZQUFZLElBQUksTUFBTSxDQUFDO0FBQ3JELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixRQUFNLElBQUksSUFBSSxJQUFJLEtBQUssQ0FBQyxDQUFFO0FBQzFCLFNBQU8sTUFBTSxTQUFZLFNBQVlBLFNBQVEsT0FBTyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxnQkFBZ0IsU0FBaUIsT0FBOEM7QUFDN0YsUUFBTSxXQUFXLFFBQVEsTUFBTSxJQUFRO0FBQ3ZDLFFBQU0sT0FBTyxTQUFTLENBQUM7QUFDdkIsTUFBSSxDQUFDLGdCQUFnQixJQUFJLElBQUksR0FBRztBQUM5QixVQUFNLFFBQVEsTUFBTSxhQUFhLElBQUksT0FBTztBQUM1QyxXQUFPLE9BQU8sTUFBTTtBQUFBLEVBQ3RCO0FBQ0EsTUFBSSxTQUFTLGtCQUFrQixTQUFTLFdBQVcsR0FBRztBQUNwRCxVQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUcsV0FBVyxPQUFPLElBQUksU0FBUyxDQUFDLEVBQUcsTUFBTSxDQUFDLElBQUksU0FBUyxDQUFDO0FBQ2pGLFdBQU8sTUFBTSxhQUFhLElBQUksR0FBRyxHQUFHLE1BQU07QUFBQSxFQUM1QztBQUNBLFFBQU0sU0FBUyxTQUFTLEtBQUssR0FBRztBQUNoQyxRQUFNLFdBQVcsTUFBTSxTQUFTLE1BQU0sS0FBSyxNQUFNLEdBQUcsTUFBTTtBQUMxRCxNQUFJLGFBQWEsT0FBVyxRQUFPLGVBQWUsUUFBUTtBQUMxRCxNQUFJLFNBQVMsYUFBYSxTQUFTLENBQUMsTUFBTSxVQUFXLFFBQU8sY0FBYyxNQUFNLGdCQUFnQixTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQ2pILE1BQUksU0FBUyxjQUFjLFNBQVMsQ0FBQyxNQUFNLFVBQVcsUUFBTyxjQUFjLE1BQU0saUJBQWlCLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFDbkgsTUFBSSxTQUFTLGFBQWEsU0FBUyxXQUFXLEdBQUc7QUFDL0MsVUFBTSxJQUFJLGVBQWUsU0FBUyxDQUFDLEdBQUksTUFBTSxjQUFjO0FBQzNELFdBQU8sTUFBTSxTQUFZLFNBQVksZUFBZSxDQUFDO0FBQUEsRUFDdkQ7QUFDQSxNQUFJLFNBQVMsY0FBYyxTQUFTLFdBQVcsS0FBSyxTQUFTLENBQUMsTUFBTSxRQUFRO0FBQzFFLFVBQU0sU0FBUyxNQUFNLGlCQUFpQixJQUFJLFNBQVM7QUFDbkQsV0FBTyxXQUFXLFVBQWEsQ0FBQyxRQUFRLEtBQUssTUFBTSxJQUFJLFNBQVksZUFBZSxPQUFPLE1BQU0sQ0FBQztBQUFBLEVBQ2xHO0FBQ0EsU0FBTztBQUNUOzs7QUMxRk8sU0FBUyxhQUFhLElBQTRCO0FBQ3ZELFFBQU0sSUFBSSxHQUFHO0FBQ2IsUUFBTSxNQUFNLENBQUMsS0FBYSxRQUFnQixFQUFFLFdBQVcsS0FBSyxHQUFHO0FBRS9ELFFBQU0sWUFBWSxDQUFDLFNBQ2pCLFFBQVEsY0FBYywwQkFBMEIsR0FBRyxZQUFZLElBQUksSUFBSSxHQUFHLGVBQWUsRUFBRSxNQUFNLFVBQVUsSUFBSTtBQUVqSCxRQUFNLFFBQXFEO0FBQUEsSUFDekQsVUFBVSxPQUFlLEtBQWEsTUFBYztBQUNsRCxVQUFJLFFBQVEsS0FBSyxTQUFTLFdBQVcsT0FBUSxRQUFPLFdBQVc7QUFDL0QsWUFBTSxVQUFVLElBQUksS0FBSyxJQUFJO0FBQzdCLFVBQUksWUFBWSxPQUFXLFFBQU8sV0FBVztBQUM3QyxTQUFHLElBQUksV0FBVyxLQUFLLEdBQUksT0FBTztBQUNsQyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0Esb0JBQW9CLEtBQWE7QUFDL0IsYUFBTyxFQUFFLFNBQVMsS0FBSyxHQUFHLGFBQWEsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ3hFO0FBQUEsSUFDQSxtQ0FBbUMsS0FBYTtBQUM5QyxhQUFPLEVBQUUsU0FBUyxLQUFLLEdBQUcsS0FBSyxXQUFXLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVFO0FBQUEsSUFDQSxtQ0FBbUMsUUFBZ0I7QUFDakQsU0FBRyxjQUFjLFdBQVcsQ0FBQztBQUM3QixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsaUJBQWlCLFNBQWlCLFFBQWdCLFNBQWlCO0FBQ2pFLFlBQU0sU0FBUyxHQUFHLGNBQWM7QUFDaEMsVUFBSSxDQUFDLEVBQUUsU0FBUyxTQUFTLE9BQU8sSUFBSSxFQUFHLFFBQU8sV0FBVztBQUN6RCxhQUFPLEVBQUUsa0JBQWtCLElBQUksWUFBWSxFQUFFLE9BQU8sT0FBTyxPQUFPLEdBQUcsUUFBUSxPQUFPLElBQ2hGLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDakM7QUFBQSxJQUNBLDRCQUE0QixXQUFtQjtBQUM3QyxhQUFPLEdBQUcsb0JBQW9CLGNBQWMsQ0FBQztBQUFBLElBQy9DO0FBQUEsSUFDQSxhQUFhO0FBQ1gsYUFBTyxHQUFHLEtBQUs7QUFBQSxJQUNqQjtBQUFBLElBQ0EsNEJBQTRCLFNBQWlCLFVBQWtCLFFBQWdCLFNBQWlCO0FBRTlGLFVBQUksSUFBSSxTQUFTLFFBQVEsTUFBTSxVQUFhLEVBQUUsS0FBSyxRQUFRLE9BQU8sTUFBTSxPQUFXLFFBQU8sV0FBVztBQUNyRyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSxtQkFBbUIsU0FBaUIsVUFBa0IsUUFBZ0IsU0FBaUI7QUFDckYsWUFBTSxPQUFPLElBQUksU0FBUyxRQUFRO0FBQ2xDLFVBQUksU0FBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLFFBQVEsZ0JBQWdCLE1BQU0sR0FBRyxjQUFjLENBQUM7QUFDdEQsVUFBSSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQzNDLGFBQU8sRUFBRSxrQkFBa0IsT0FBTyxRQUFRLE9BQU8sSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ2xGO0FBQUEsSUFDQSxtQkFBbUIsUUFBZ0IsU0FBaUIsVUFBa0IsV0FBbUI7QUFDdkYsWUFBTSxNQUFNLElBQUksUUFBUSxPQUFPO0FBQy9CLFlBQU0sUUFBUSxFQUFFLEtBQUssVUFBVSxTQUFTO0FBQ3hDLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsWUFBTSxPQUFPLEdBQUcsZUFBZSxFQUFFO0FBRWpDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixXQUFLLE9BQU8sWUFBWSxJQUFJLEtBQUssS0FBSztBQUN0QyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSwyQkFBMkIsTUFBYyxJQUFZLElBQVksSUFBWSxJQUFZO0FBQ3ZGLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsWUFBTSxRQUFRLElBQUksSUFBSSxFQUFFO0FBQ3hCLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFDNUIsVUFBSSxJQUFJLEtBQUssS0FBSztBQUNsQixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMkJBQTJCLE1BQWMsSUFBWSxJQUFZLFFBQWdCLFNBQWlCO0FBQ2hHLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsVUFBSSxRQUFRLE9BQVcsUUFBTyxXQUFXO0FBQ3pDLFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLFlBQU0sUUFBUSxJQUFJLElBQUksR0FBRztBQUN6QixVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsYUFBTyxFQUFFLGtCQUFrQixJQUFJLFlBQVksRUFBRSxPQUFPLEtBQUssR0FBRyxRQUFRLE9BQU8sSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVHO0FBQUEsSUFDQSwrQkFBK0IsTUFBYyxJQUFZLElBQVksSUFBWSxJQUFZO0FBQzNGLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsWUFBTSxRQUFRLElBQUksSUFBSSxFQUFFO0FBQ3hCLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFDNUIsVUFBSSxRQUFRLEtBQUssS0FBSztBQUN0QixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsOEJBQThCLE1BQWMsSUFBWSxJQUFZO0FBQ2xFLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsVUFBSSxRQUFRLE9BQVcsUUFBTyxXQUFXO0FBQ3pDLFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLFVBQUksT0FBTyxHQUFHO0FBQ2QsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLDJCQUEyQixNQUFjLFFBQWdCLFNBQWlCO0FBQ3hFLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sVUFBVSxJQUFJO0FBQzFCLFVBQUksQ0FBQyxJQUFLLFFBQU8sV0FBVztBQUM1QixZQUFNLFFBQVEsSUFBSSxNQUFNO0FBQ3hCLFlBQU0sUUFBUSxNQUFNLFdBQVcsSUFBSSxJQUFJLFdBQVcsQ0FBQyxJQUFJLFlBQVksS0FBSztBQUN4RSxhQUFPLEVBQUUsa0JBQWtCLE9BQU8sUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRjtBQUFBLElBQ0EsMkJBQTJCLE1BQWMsS0FBYSxNQUFjO0FBQ2xFLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLFFBQVEsRUFBRSxLQUFLLEtBQUssSUFBSTtBQUM5QixVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFFNUIsVUFBSSxPQUFPLFlBQVksS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNuQyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMEJBQTBCLE1BQWMsV0FBbUI7QUFDekQsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLGFBQU8sRUFBRSxTQUFTLFdBQVcsSUFBSSxTQUFTLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVFO0FBQUE7QUFBQSxJQUdBLHVCQUF1QixNQUFjLE9BQWUsUUFBZ0IsUUFBZ0IsU0FBaUI7QUFDbkcsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsT0FBUSxRQUFPLFdBQVc7QUFDL0IsWUFBTSxJQUFJLFVBQVU7QUFDcEIsVUFBSSxJQUFJLFdBQVc7QUFDbkIsVUFBSSxJQUFJLElBQUksV0FBWSxRQUFPLFdBQVc7QUFDMUMsWUFBTSxRQUFRLE9BQU8sSUFBSTtBQUN6QixVQUFJLElBQUksTUFBTSxPQUFRLFFBQU8sV0FBVztBQUN4QyxVQUFJLElBQUksSUFBSSxNQUFNLE9BQVEsS0FBSSxNQUFNLFNBQVM7QUFFN0MsVUFBSSxNQUFNLEVBQUcsUUFBTyxXQUFXO0FBQy9CLGFBQU8sRUFBRSxrQkFBa0IsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLEdBQUcsUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNyRztBQUFBLElBQ0Esd0JBQXdCLE1BQWMsV0FBbUIsVUFBa0I7QUFDekUsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsT0FBUSxRQUFPLFdBQVc7QUFDL0IsYUFBTyxFQUFFLFNBQVMsV0FBVyxPQUFPLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxTQUFTLFVBQVUsQ0FBQyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDNUc7QUFBQSxJQUNBLHVCQUF1QixNQUFjLE9BQWUsUUFBZ0IsU0FBaUIsVUFBa0I7QUFDckcsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsVUFBVSxDQUFDLE9BQU8sSUFBSyxRQUFPLFdBQVc7QUFDOUMsWUFBTSxPQUFPLEVBQUUsS0FBSyxTQUFTLFFBQVE7QUFDckMsVUFBSSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQzFDLFlBQU0sVUFBVSxPQUFPLElBQUk7QUFDM0IsWUFBTSxJQUFJLFVBQVU7QUFHcEIsVUFBSSxNQUFNLEdBQUc7QUFDWCxjQUFNLFVBQVUsUUFBUSxTQUFTLEtBQUssSUFBSSxXQUFXLEdBQUcsUUFBUSxNQUFNLENBQUM7QUFDdkUsZUFBTyxJQUFJLE9BQU8sTUFBTSxPQUFPLENBQUM7QUFDaEMsZUFBTyxXQUFXO0FBQUEsTUFDcEI7QUFDQSxVQUFJLEtBQUssUUFBUSxRQUFRO0FBQ3ZCLGVBQU8sSUFBSSxPQUFPLFNBQVMsSUFBSSxDQUFDO0FBQ2hDLGVBQU8sV0FBVztBQUFBLE1BQ3BCO0FBQ0EsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQTtBQUFBLElBR0EsMEJBQTBCLFFBQWdCLFlBQW9CLGFBQXFCLFNBQWlCLFVBQWtCLFlBQW9CLGFBQXFCLFlBQW9CO0FBQ2pMLFlBQU0sVUFBVSxJQUFJLFlBQVksV0FBVztBQUMzQyxZQUFNLE9BQU8sRUFBRSxLQUFLLFNBQVMsUUFBUTtBQUNyQyxZQUFNLGNBQWMsRUFBRSxLQUFLLFlBQVksV0FBVztBQUNsRCxVQUFJLFlBQVksVUFBYSxTQUFTLFVBQWEsZ0JBQWdCLE9BQVcsUUFBTyxXQUFXO0FBQ2hHLFNBQUcsa0JBQWtCO0FBQ3JCLFlBQU0sT0FBTyxHQUFHLGVBQWUsRUFBRTtBQUNqQyxVQUFJLENBQUMsS0FBTSxRQUFPLFdBQVc7QUFDN0IsV0FBSyxxQkFBcUI7QUFBQSxRQUN4QixRQUFRLFdBQVc7QUFBQSxRQUNuQixTQUFTLFFBQVEsUUFBUSxPQUFPLEdBQUc7QUFBQSxRQUNuQztBQUFBLFFBQ0EsU0FBUyxZQUFZLFdBQVcsS0FBSyxDQUFDO0FBQUEsUUFDdEMsWUFBWSxhQUFhO0FBQUEsTUFDM0IsQ0FBQztBQUNELGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQUEsSUFDQSxzQkFBc0IsTUFBYztBQUNsQyxVQUFJLE9BQU8sS0FBSyxPQUFPLGdCQUFpQixRQUFPLFdBQVc7QUFDMUQsWUFBTSxPQUFPLEdBQUcsZUFBZSxFQUFFO0FBQ2pDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixhQUFPLEtBQUssZUFBZSxJQUFJO0FBQUEsSUFDakM7QUFBQSxJQUNBLG1CQUFtQixNQUFjO0FBQy9CLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLE9BQU8sR0FBRyxlQUFlLEVBQUU7QUFDakMsVUFBSSxDQUFDLEtBQU0sUUFBTyxXQUFXO0FBQzdCLGFBQU8sS0FBSyxZQUFZLElBQUk7QUFBQSxJQUM5QjtBQUFBLElBQ0EsMEJBQTBCO0FBQ3hCLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQUE7QUFBQSxJQUdBLHNCQUFzQixJQUFZLElBQVksUUFBZ0IsU0FBaUIsUUFBZ0I7QUFDN0YsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFVBQUksUUFBUSxPQUFXLFFBQU8sV0FBVztBQUN6QyxZQUFNLFFBQVEsR0FBRyxLQUFLLFdBQVcsT0FBTyxHQUFHLE1BQU0sR0FBRztBQUNwRCxVQUFJLENBQUMsTUFBTyxRQUFPLFdBQVc7QUFDOUIsVUFBSSxDQUFDLEVBQUUsa0JBQWtCLE1BQU0sT0FBTyxRQUFRLE9BQU8sRUFBRyxRQUFPLFdBQVc7QUFDMUUsYUFBTyxFQUFFLFNBQVMsUUFBUSxNQUFNLEdBQUcsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ3BFO0FBQUEsSUFDQSxzQkFBc0IsSUFBWSxJQUFZLElBQVksSUFBWSxLQUFhO0FBQ2pGLFlBQU0sTUFBTSxJQUFJLElBQUksRUFBRTtBQUN0QixZQUFNLFFBQVEsRUFBRSxLQUFLLElBQUksRUFBRTtBQUMzQixVQUFJLFFBQVEsVUFBYSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQ2hFLGFBQU8sR0FBRyxLQUFLLFdBQVcsTUFBTSxHQUFHLE1BQU0sS0FBSyxPQUFPLFFBQVEsQ0FBQztBQUFBLElBQ2hFO0FBQUEsSUFDQSw0QkFBNEIsSUFBWSxJQUFZLFVBQWtCO0FBQ3BFLFlBQU0sT0FBTyxJQUFJLElBQUksRUFBRTtBQUN2QixVQUFJLFNBQVMsT0FBVyxRQUFPLFdBQVc7QUFDMUMsWUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFNBQVMsR0FBRyxNQUFNLE1BQU0sSUFBSSxHQUFHLHFCQUFxQixDQUFDO0FBQ2xGLGFBQU8sRUFBRSxTQUFTLFVBQVUsS0FBSyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDbEU7QUFBQSxJQUNBLDJCQUEyQixJQUFZLElBQVksSUFBWSxJQUFZLFVBQWtCO0FBQzNGLFlBQU0sT0FBTyxJQUFJLElBQUksRUFBRTtBQUN2QixZQUFNLE9BQU8sSUFBSSxJQUFJLEVBQUU7QUFDdkIsVUFBSSxTQUFTLFVBQWEsU0FBUyxPQUFXLFFBQU8sV0FBVztBQUNoRSxZQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNLElBQUk7QUFDL0MsVUFBSSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQzNDLGFBQU8sRUFBRSxTQUFTLFVBQVUsS0FBSyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDbEU7QUFBQSxJQUNBLDJCQUEyQixPQUFlLElBQVksSUFBWTtBQUNoRSxZQUFNLE9BQU8sRUFBRSxLQUFLLElBQUksRUFBRTtBQUMxQixVQUFJLFNBQVMsT0FBVyxRQUFPLFdBQVc7QUFDMUMsWUFBTSxFQUFFLFFBQVEsT0FBTyxJQUFJLEdBQUcsS0FBSyxPQUFPLFFBQVEsVUFBVSxHQUFHLElBQUk7QUFDbkUsVUFBSSxPQUFRLElBQUcsS0FBSyxNQUFNLE1BQU07QUFDaEMsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLDJCQUEyQixPQUFlLFFBQWdCLFNBQWlCO0FBQ3pFLFlBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxHQUFHLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQztBQUMzRCxVQUFJLFdBQVcsV0FBVyxHQUFJLFFBQU87QUFDckMsYUFBTyxFQUFFLGtCQUFrQixNQUFPLFFBQVEsT0FBTyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDbEY7QUFBQTtBQUFBLElBR0EsZ0JBQWdCLElBQVksSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLElBQVksSUFBWSxTQUFpQixVQUFrQjtBQUNqSixZQUFNLFVBQVUsSUFBSSxJQUFJLEVBQUU7QUFDMUIsWUFBTSxjQUFjLEVBQUUsS0FBSyxJQUFJLEVBQUU7QUFDakMsWUFBTSxPQUFPLEVBQUUsS0FBSyxJQUFJLEVBQUU7QUFDMUIsWUFBTSxlQUFlLEVBQUUsS0FBSyxJQUFJLEVBQUU7QUFDbEMsVUFBSSxZQUFZLFVBQWEsZ0JBQWdCLFVBQWEsU0FBUyxVQUFhLGlCQUFpQixPQUFXLFFBQU8sV0FBVztBQUM5SCxVQUFJLENBQUMsRUFBRSxTQUFTLFVBQVUsQ0FBQyxFQUFHLFFBQU8sV0FBVztBQUNoRCxZQUFNLFVBQVUsR0FBRyxpQkFBaUIsU0FBUyxZQUFZLFdBQVcsS0FBSyxDQUFDLEdBQUcsTUFBTSxZQUFZLFlBQVksS0FBSyxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQy9ILFVBQUksUUFBUSxVQUFVLE9BQVcsR0FBRSxTQUFTLFVBQVUsUUFBUSxLQUFLO0FBQ25FLGFBQU8sUUFBUTtBQUFBLElBQ2pCO0FBQUE7QUFBQSxJQUdBLG9CQUFvQixNQUFjLElBQVksSUFBWSxPQUFlO0FBQ3ZFLFlBQU0sT0FBTyxJQUFJLElBQUksRUFBRTtBQUN2QixVQUFJLFNBQVMsT0FBVyxRQUFPLFdBQVc7QUFDMUMsWUFBTSxFQUFFLFFBQVEsR0FBRyxJQUFJLEdBQUcsVUFBVSxPQUFPLFNBQVMsR0FBRyxJQUFJO0FBQzNELFVBQUksV0FBVyxXQUFXLEdBQUksUUFBTztBQUNyQyxhQUFPLEVBQUUsU0FBUyxPQUFPLEVBQUcsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzdEO0FBQUEsSUFDQSx1QkFBdUIsSUFBWSxRQUFnQjtBQUNqRCxhQUFPLEdBQUcsVUFBVSxVQUFVLE9BQU8sR0FBRyxPQUFPLE9BQU8sSUFBSSxNQUFNLENBQUM7QUFBQSxJQUNuRTtBQUFBLElBQ0Esb0JBQW9CLElBQVksT0FBZTtBQUM3QyxhQUFPLEdBQUcsVUFBVSxPQUFPLE9BQU8sR0FBRyxPQUFPLFFBQVEsSUFBSSxLQUFLLENBQUM7QUFBQSxJQUNoRTtBQUFBLElBQ0EsaUJBQWlCLElBQVksV0FBbUI7QUFDOUMsWUFBTSxFQUFFLFFBQVEsTUFBTSxJQUFJLEdBQUcsVUFBVSxJQUFJLE9BQU8sQ0FBQztBQUNuRCxVQUFJLFdBQVcsV0FBVyxHQUFJLFFBQU87QUFDckMsYUFBTyxFQUFFLFNBQVMsV0FBVyxLQUFNLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU8sR0FBZSxHQUEyQjtBQUN4RCxRQUFNLE1BQU0sSUFBSSxXQUFXLEVBQUUsU0FBUyxFQUFFLE1BQU07QUFDOUMsTUFBSSxJQUFJLENBQUM7QUFDVCxNQUFJLElBQUksR0FBRyxFQUFFLE1BQU07QUFDbkIsU0FBTztBQUNUOzs7QUN2U0EsSUFBTUUsV0FBVSxJQUFJLFlBQVksT0FBTztBQUVoQyxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUNmO0FBQUEsRUFDQTtBQUFBLEVBRVIsT0FBTyxRQUE0QixXQUEyQztBQUM1RSxTQUFLLFNBQVM7QUFDZCxTQUFLLFlBQVk7QUFBQSxFQUNuQjtBQUFBLEVBRVEsT0FBbUI7QUFDekIsUUFBSSxDQUFDLEtBQUssT0FBUSxPQUFNLElBQUksTUFBTSxzREFBc0Q7QUFDeEYsV0FBTyxJQUFJLFdBQVcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUMxQztBQUFBLEVBRUEsSUFBSSxRQUFnQjtBQUNsQixXQUFPLEtBQUssU0FBUyxLQUFLLE9BQU8sT0FBTyxhQUFhLFFBQVE7QUFBQSxFQUMvRDtBQUFBO0FBQUEsRUFHQSxLQUFLLEtBQWEsS0FBcUM7QUFDckQsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxNQUFNLEtBQUssS0FBSztBQUN0QixRQUFJLElBQUksSUFBSSxJQUFJLE9BQVEsUUFBTztBQUMvQixXQUFPLElBQUksTUFBTSxHQUFHLElBQUksQ0FBQztBQUFBLEVBQzNCO0FBQUEsRUFFQSxXQUFXLEtBQWEsS0FBaUM7QUFDdkQsVUFBTSxRQUFRLEtBQUssS0FBSyxLQUFLLEdBQUc7QUFDaEMsV0FBTyxTQUFTQSxTQUFRLE9BQU8sS0FBSztBQUFBLEVBQ3RDO0FBQUEsRUFFQSxNQUFNLEtBQWEsT0FBNEI7QUFDN0MsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxNQUFNLEtBQUssS0FBSztBQUN0QixRQUFJLElBQUksTUFBTSxTQUFTLElBQUksT0FBUSxRQUFPO0FBQzFDLFFBQUksSUFBSSxPQUFPLENBQUM7QUFDaEIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFNBQVMsS0FBYSxPQUF3QjtBQUM1QyxVQUFNLElBQUksSUFBSSxXQUFXLENBQUM7QUFDMUIsUUFBSSxTQUFTLEVBQUUsTUFBTSxFQUFFLFVBQVUsR0FBRyxVQUFVLEdBQUcsSUFBSTtBQUNyRCxXQUFPLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxFQUMxQjtBQUFBLEVBRUEsU0FBUyxLQUFhLE9BQXdCO0FBQzVDLFVBQU0sSUFBSSxJQUFJLFdBQVcsQ0FBQztBQUMxQixRQUFJLFNBQVMsRUFBRSxNQUFNLEVBQUUsYUFBYSxHQUFHLE9BQU8sUUFBUSxJQUFJLEtBQUssR0FBRyxJQUFJO0FBQ3RFLFdBQU8sS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzFCO0FBQUEsRUFFQSxRQUFRLEtBQWlDO0FBQ3ZDLFVBQU0sSUFBSSxLQUFLLEtBQUssS0FBSyxDQUFDO0FBQzFCLFdBQU8sS0FBSyxJQUFJLFNBQVMsRUFBRSxNQUFNLEVBQUUsVUFBVSxHQUFHLElBQUk7QUFBQSxFQUN0RDtBQUFBO0FBQUEsRUFHQSxTQUFTLE9BQXVDO0FBQzlDLFFBQUksQ0FBQyxLQUFLLFVBQVcsT0FBTSxJQUFJLE1BQU0seURBQXlEO0FBQzlGLFVBQU0sTUFBTSxLQUFLLFVBQVUsTUFBTSxNQUFNLE1BQU07QUFDN0MsUUFBSSxRQUFRLEVBQUcsUUFBTztBQUN0QixXQUFPLEtBQUssTUFBTSxLQUFLLEtBQUssSUFBSSxNQUFNO0FBQUEsRUFDeEM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsa0JBQWtCLE9BQW1CLFFBQWdCLFNBQTBCO0FBQzdFLFFBQUksTUFBTTtBQUNWLFFBQUksTUFBTSxTQUFTLEdBQUc7QUFDcEIsWUFBTSxJQUFJLEtBQUssU0FBUyxLQUFLO0FBQzdCLFVBQUksTUFBTSxPQUFXLFFBQU87QUFDNUIsWUFBTTtBQUFBLElBQ1I7QUFDQSxXQUFPLEtBQUssU0FBUyxRQUFRLEdBQUcsS0FBSyxLQUFLLFNBQVMsU0FBUyxNQUFNLE1BQU07QUFBQSxFQUMxRTtBQUNGOzs7QUM5RUEsSUFBTSxRQUErQixDQUFDLFdBQVcsU0FBUyxXQUFXO0FBYTlELElBQU0sY0FBTixNQUFrQjtBQUFBLEVBQ2QsUUFBUSxvQkFBSSxJQUFrQjtBQUFBLEVBRXZDLEtBQUssTUFBYyxNQUF3QjtBQUN6QyxRQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSTtBQUMzQixRQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sSUFBSSxNQUFPLElBQUksRUFBRSxNQUFNLE9BQU8sSUFBSSxTQUFTLENBQUMsRUFBRSxDQUFFO0FBQ25FLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxNQUFNLE1BQWtDO0FBQ3RDLFVBQU0sSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJO0FBQzdCLFFBQUksQ0FBQyxFQUFHLFFBQU87QUFDZixXQUFPLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxTQUFTLE9BQU8sRUFBRSxLQUFLO0FBQUEsRUFDbkU7QUFBQSxFQUVBLFFBQVEsTUFBb0M7QUFDMUMsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFJLEdBQUcsUUFBUSxJQUFJLE1BQU07QUFBQSxFQUNqRDtBQUFBLEVBRUEsTUFBbUM7QUFDakMsVUFBTSxNQUFtQyxDQUFDO0FBQzFDLGVBQVcsQ0FBQyxNQUFNLENBQUMsS0FBSyxLQUFLLE1BQU8sS0FBSSxJQUFJLElBQUksRUFBRSxNQUFNLEVBQUUsTUFBTSxPQUFPLEtBQUssTUFBTSxJQUFJLEVBQUc7QUFDekYsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQU9BLElBQU0sV0FBVyxNQUFNLE9BQU87QUFHdkIsSUFBTSxZQUFOLE1BQWdCO0FBQUEsRUFPckIsWUFBNkIsT0FBb0I7QUFBcEI7QUFBQSxFQUFxQjtBQUFBLEVBQXJCO0FBQUEsRUFOWixPQUFPLG9CQUFJLElBQXFCO0FBQUEsRUFDaEMsV0FBVyxvQkFBSSxJQUFvQjtBQUFBLEVBQzVDLFlBQVk7QUFBQTtBQUFBLEVBRUgsTUFBTSxvQkFBSSxJQUFvRTtBQUFBLEVBSS9GLE9BQU8sTUFBYyxNQUErQztBQUNsRSxVQUFNLE9BQU8sTUFBTSxJQUFJO0FBQ3ZCLFFBQUksU0FBUyxVQUFhLFNBQVMsS0FBSyxNQUFNLElBQUksRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFlBQVk7QUFDN0YsVUFBTSxNQUFNLEdBQUcsSUFBSSxJQUFJLElBQUk7QUFDM0IsVUFBTSxRQUFRLEtBQUssU0FBUyxJQUFJLEdBQUc7QUFDbkMsUUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFFBQVEsV0FBVyxJQUFJLElBQUksTUFBTTtBQUNuRSxVQUFNLE1BQU8sS0FBSyxlQUFlLElBQUssVUFBVTtBQUNoRCxTQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxNQUFNLEtBQUssQ0FBQztBQUN0QyxTQUFLLFNBQVMsSUFBSSxLQUFLLEVBQUU7QUFDekIsU0FBSyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzFCLFNBQUssSUFBSSxJQUFJLE1BQU0sRUFBRSxNQUFNLE1BQU0sT0FBTyxJQUFJLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDekQsV0FBTyxFQUFFLFFBQVEsV0FBVyxJQUFJLEdBQUc7QUFBQSxFQUNyQztBQUFBLEVBRUEsVUFBVSxJQUFZLFFBQXdCO0FBQzVDLFVBQU0sSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFO0FBQzFCLFFBQUksQ0FBQyxFQUFHLFFBQU8sV0FBVztBQUMxQixVQUFNLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSTtBQUMzQyxVQUFNLE1BQU0sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJO0FBQy9CLFFBQUksRUFBRSxTQUFTLFdBQVc7QUFFeEIsVUFBSSxVQUFVLEdBQUksUUFBTyxXQUFXO0FBQ3BDLFdBQUssUUFBUyxLQUFLLFFBQVEsU0FBVTtBQUNyQyxVQUFJLFNBQVM7QUFDYixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUNBLFFBQUksRUFBRSxTQUFTLFNBQVM7QUFDdEIsV0FBSyxTQUFTO0FBQ2QsVUFBSSxLQUFLLFFBQVEsR0FBSSxNQUFLLFFBQVE7QUFDbEMsVUFBSSxRQUFRLEtBQUs7QUFDakIsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFDQSxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBLEVBRUEsT0FBTyxJQUFZLE9BQXVCO0FBQ3hDLFVBQU0sSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFO0FBQzFCLFFBQUksQ0FBQyxFQUFHLFFBQU8sV0FBVztBQUMxQixVQUFNLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSTtBQUMzQyxVQUFNLE1BQU0sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJO0FBQy9CLFFBQUksRUFBRSxTQUFTLFdBQVc7QUFDeEIsV0FBSyxRQUFTLEtBQUssUUFBUSxRQUFTO0FBQ3BDLFVBQUksU0FBUztBQUFBLElBQ2YsV0FBVyxFQUFFLFNBQVMsU0FBUztBQUM3QixXQUFLLFFBQVE7QUFDYixVQUFJLFFBQVE7QUFBQSxJQUNkLE9BQU87QUFDTCxXQUFLLFFBQVEsS0FBSyxLQUFLO0FBQ3ZCLFVBQUksUUFBUSxLQUFLLEtBQUs7QUFBQSxJQUN4QjtBQUNBLFdBQU8sV0FBVztBQUFBLEVBQ3BCO0FBQUEsRUFFQSxJQUFJLElBQWdEO0FBQ2xELFVBQU0sSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFO0FBQzFCLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxRQUFJLEVBQUUsU0FBUyxZQUFhLFFBQU8sRUFBRSxRQUFRLFdBQVcsWUFBWTtBQUNwRSxXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTTtBQUFBLEVBQy9FO0FBQUE7QUFBQSxFQUdBLE1BQU0sTUFBa0M7QUFDdEMsVUFBTSxJQUFJLEtBQUssSUFBSSxJQUFJLElBQUk7QUFDM0IsUUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFFBQUksRUFBRSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sTUFBTSxJQUFJO0FBQ3BELFFBQUksRUFBRSxTQUFTLFlBQWEsUUFBTyxFQUFFLFFBQVE7QUFDN0MsV0FBTyxPQUFPLEVBQUUsS0FBSztBQUFBLEVBQ3ZCO0FBQUEsRUFFQSxRQUFRLE1BQW9DO0FBQzFDLFdBQU8sS0FBSyxJQUFJLElBQUksSUFBSSxHQUFHLFFBQVEsSUFBSSxNQUFNO0FBQUEsRUFDL0M7QUFBQSxFQUVBLE1BQW1DO0FBQ2pDLFVBQU0sTUFBbUMsQ0FBQztBQUMxQyxlQUFXLENBQUMsTUFBTSxDQUFDLEtBQUssS0FBSyxJQUFLLEtBQUksSUFBSSxJQUFJLEVBQUUsTUFBTSxFQUFFLE1BQU0sT0FBTyxLQUFLLE1BQU0sSUFBSSxFQUFHO0FBQ3ZGLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQ3pJQSxTQUFTLHNCQUFzQjtBQUcvQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGFBQWE7QUFDbkIsSUFBTSxjQUFjO0FBQ3BCLElBQU0sY0FBYztBQUNwQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxjQUFjO0FBQ3BCLElBQU0sZUFBZTtBQUVyQixJQUFNLGlCQUFpQixLQUFLO0FBVzVCLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBRXpCLFNBQVMsWUFBWSxHQUE0RDtBQUN0RixRQUFNLElBQUksRUFBRTtBQUNaLFFBQU0sVUFBVSxDQUFDLElBQVksTUFBYyxTQUFpQixnQkFBZ0M7QUFDMUYsUUFBSSxPQUFPLEtBQUssT0FBTyxFQUFHLFFBQU87QUFDakMsVUFBTSxTQUF1QixDQUFDO0FBQzlCLGFBQVMsSUFBSSxHQUFHLElBQUksWUFBWSxHQUFHLEtBQUs7QUFDdEMsWUFBTSxNQUFNLEVBQUUsUUFBUSxPQUFPLElBQUksQ0FBQztBQUNsQyxZQUFNLE1BQU0sRUFBRSxRQUFRLE9BQU8sSUFBSSxJQUFJLENBQUM7QUFDdEMsVUFBSSxRQUFRLFVBQWEsUUFBUSxPQUFXLFFBQU87QUFDbkQsVUFBSSxRQUFRLEVBQUc7QUFDZixZQUFNLFFBQVEsRUFBRSxLQUFLLEtBQUssR0FBRztBQUM3QixVQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLGFBQU8sS0FBSyxLQUFLO0FBQUEsSUFDbkI7QUFDQSxRQUFJLFVBQVU7QUFDZCxlQUFXLEtBQUssT0FBUSxZQUFXLEVBQUU7QUFDckMsUUFBSSxVQUFVLEdBQUc7QUFDZixVQUFJLE9BQU8sT0FBTyxJQUFJLENBQUMsTUFBTUQsU0FBUSxPQUFPLEdBQUcsRUFBRSxRQUFRLEtBQUssQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUlBLFNBQVEsT0FBTztBQUU1RixVQUFJLEtBQUssU0FBUyxJQUFJLEVBQUcsUUFBTyxLQUFLLE1BQU0sR0FBRyxFQUFFO0FBQ2hELFFBQUUsSUFBSSxPQUFPLElBQUksU0FBUyxTQUFTLElBQUk7QUFBQSxJQUN6QztBQUNBLFdBQU8sRUFBRSxTQUFTLGFBQWEsT0FBTyxJQUFJLGdCQUFnQjtBQUFBLEVBQzVEO0FBRUEsUUFBTSxhQUFhLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNQyxTQUFRLE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFRLENBQUM7QUFFaEYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsVUFBVSxNQUFNO0FBQUE7QUFBQSxJQUVoQixVQUFVLE1BQU07QUFDZCxRQUFFLElBQUksU0FBUyx1QkFBdUI7QUFDdEMsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLFdBQVcsTUFBTTtBQUNmLFFBQUUsSUFBSSxTQUFTLHdCQUF3QjtBQUN2QyxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsZ0JBQWdCLENBQUMsSUFBWSxZQUFvQjtBQUMvQyxVQUFJLE9BQU8sS0FBSyxPQUFPLEVBQUcsUUFBTztBQUNqQyxZQUFNLE9BQU8sSUFBSSxXQUFXLEVBQUU7QUFFOUIsVUFBSSxTQUFTLEtBQUssTUFBTSxFQUFFLGFBQWEsR0FBRyxLQUFLLElBQUk7QUFDbkQsUUFBRSxNQUFNLFNBQVMsSUFBSTtBQUNyQixhQUFPO0FBQUEsSUFDVDtBQUFBO0FBQUE7QUFBQSxJQUdBLHNCQUFzQixDQUFDLE9BQWdCLE9BQU8sS0FBSyxPQUFPLElBQUksZ0JBQWdCO0FBQUEsSUFDOUUsaUJBQWlCLE1BQU07QUFBQSxJQUN2QixzQkFBc0IsTUFBTTtBQUFBLElBQzVCLFlBQVksTUFBTTtBQUFBLElBQ2xCLG9CQUFvQixDQUFDLFVBQWtCLFlBQW9CO0FBQ3pELFlBQU0sVUFBVSxXQUFXO0FBQzNCLFlBQU0sT0FBTyxRQUFRLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxFQUFFLFFBQVEsQ0FBQztBQUNyRCxhQUFPLEVBQUUsU0FBUyxVQUFVLFFBQVEsTUFBTSxLQUFLLEVBQUUsU0FBUyxTQUFTLElBQUksSUFBSSxnQkFBZ0I7QUFBQSxJQUM3RjtBQUFBLElBQ0EsY0FBYyxDQUFDLFVBQWtCLFdBQW1CO0FBQ2xELFVBQUksTUFBTSxXQUFXO0FBQ3JCLFVBQUksTUFBTSxhQUFhO0FBQ3ZCLGlCQUFXLEtBQUssV0FBVyxHQUFHO0FBQzVCLFlBQUksQ0FBQyxFQUFFLFNBQVMsS0FBSyxHQUFHLEtBQUssQ0FBQyxFQUFFLE1BQU0sS0FBSyxDQUFDLEVBQUcsUUFBTztBQUN0RCxlQUFPLEVBQUU7QUFDVCxlQUFPO0FBQUEsTUFDVDtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxpQkFBaUIsQ0FBQyxTQUFpQixZQUNqQyxFQUFFLFNBQVMsU0FBUyxDQUFDLEtBQUssRUFBRSxTQUFTLFNBQVMsQ0FBQyxJQUFJLGdCQUFnQjtBQUFBLElBQ3JFLFdBQVcsTUFBTTtBQUFBLElBQ2pCLGlCQUFpQixDQUFDLFNBQWlCLFlBQW9CLGNBQXNCO0FBQzNFLFVBQUk7QUFDSixVQUFJLFlBQVksRUFBRyxPQUFNLEVBQUUsV0FBVztBQUFBLGVBQzdCLFlBQVksRUFBRyxPQUFNLEVBQUUsWUFBWTtBQUFBLFVBQ3ZDLFFBQU87QUFDWixhQUFPLEVBQUUsU0FBUyxXQUFXLEdBQUcsSUFBSSxnQkFBZ0I7QUFBQSxJQUN0RDtBQUFBLElBQ0EsYUFBYSxDQUFDLFFBQWdCLFFBQWdCO0FBQzVDLFlBQU0sSUFBSSxRQUFRO0FBQ2xCLFVBQUksSUFBSSxlQUFnQixRQUFPO0FBQy9CLFVBQUksTUFBTSxFQUFHLFFBQU87QUFDcEIsWUFBTSxRQUFRLElBQUksV0FBVyxDQUFDO0FBQzlCLHFCQUFlLEtBQUs7QUFDcEIsYUFBTyxFQUFFLE1BQU0sUUFBUSxLQUFLLElBQUksZ0JBQWdCO0FBQUEsSUFDbEQ7QUFBQTtBQUFBLElBRUEsWUFBWSxNQUFNO0FBQ2hCLFFBQUUsSUFBSSxTQUFTLHlCQUF5QjtBQUFBLElBQzFDO0FBQUE7QUFBQTtBQUFBLElBR0EsY0FBYyxNQUFNO0FBQUEsSUFDcEIsY0FBYyxDQUFDLEtBQWEsTUFBYyxJQUFZLGVBQ3BELEVBQUUsU0FBUyxZQUFZLENBQUMsSUFBSSxnQkFBZ0I7QUFBQSxFQUNoRDtBQUNGOzs7QVRyREEsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTSxXQUFXO0FBRWpCLFNBQVMsUUFBUSxPQUFpRCxNQUEwQjtBQUMxRixNQUFJLFVBQVUsT0FBVyxRQUFPLElBQUksV0FBVyxDQUFDO0FBQ2hELE1BQUksaUJBQWlCLFdBQVksUUFBTztBQUN4QyxNQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU9BLFNBQVEsT0FBTyxLQUFLO0FBQzFELE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxLQUFNLFFBQU9BLFNBQVEsT0FBTyxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQzVGLFFBQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSwrREFBK0Q7QUFDNUY7QUFFQSxlQUFlLFFBQVEsUUFBMEQ7QUFDL0UsTUFBSSxrQkFBa0IsWUFBWSxPQUFRLFFBQU87QUFDakQsTUFBSTtBQUNKLE1BQUksT0FBTyxXQUFXLFVBQVU7QUFDOUIsUUFBSTtBQUNGLGNBQVEsTUFBTSxTQUFTLE1BQU07QUFBQSxJQUMvQixTQUFTLEdBQUc7QUFDVixZQUFNLElBQUksZ0JBQWdCLHNCQUFzQixNQUFNLEtBQU0sRUFBWSxPQUFPLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0YsV0FBVyxrQkFBa0IsWUFBWTtBQUN2QyxZQUFRO0FBQUEsRUFDVixPQUFPO0FBQ0wsVUFBTSxJQUFJLFVBQVUsa0VBQWtFO0FBQUEsRUFDeEY7QUFDQSxNQUFJO0FBQ0YsV0FBTyxNQUFNLFlBQVksUUFBUSxLQUFnQztBQUFBLEVBQ25FLFNBQVMsR0FBRztBQUNWLFVBQU0sSUFBSSxnQkFBZ0IsR0FBRyxPQUFPLFdBQVcsV0FBVyxTQUFTLGNBQWMsZ0NBQWlDLEVBQVksT0FBTyxFQUFFO0FBQUEsRUFDekk7QUFDRjtBQUVPLElBQU0sS0FBTixNQUFNLElBQXlCO0FBQUEsRUErQjVCLFlBQXFCQyxPQUFZLFNBQW9CO0FBQWhDLGdCQUFBQTtBQUMzQixTQUFLLE9BQU8sUUFBUSxRQUFRO0FBQzVCLFNBQUssU0FBUyxRQUFRLFVBQVU7QUFDaEMsU0FBSyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQ2pDLFNBQUssYUFBYSxtQkFBbUIsUUFBUSxZQUFZLFlBQVk7QUFDckUsVUFBTSxRQUFRLFFBQVEsWUFBWTtBQUNsQyxTQUFLLGdCQUFnQixXQUFXLFFBQVEsS0FBSztBQUM3QyxRQUFJLEtBQUssZ0JBQWdCLEVBQUcsT0FBTSxJQUFJLFVBQVUsMkJBQTJCLFdBQVcsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUNsRyxTQUFLLFlBQVksSUFBSSxVQUFVQSxNQUFLLFdBQVc7QUFDL0MsU0FBSyxrQkFBa0IsUUFBUSxRQUFRLGlCQUFpQixpQkFBaUI7QUFDekUsU0FBSyxzQkFBc0IsUUFBUSxRQUFRLHFCQUFxQixxQkFBcUI7QUFDckYsU0FBSyxjQUFjLE9BQU8sUUFBUSxRQUFRLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFBQSxFQVo2QjtBQUFBLEVBOUJwQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxPQUFrQixDQUFDO0FBQUEsRUFDbkIsU0FBUyxJQUFJLFlBQVk7QUFBQSxFQUN6QjtBQUFBLEVBQ0E7QUFBQSxFQUNBLGdCQUFnQjtBQUFBLEVBQ2hCO0FBQUEsRUFDVCxhQUFhO0FBQUE7QUFBQSxFQUViLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUVMO0FBQUEsRUFDUyxXQUFXLG9CQUFJLElBQTBCO0FBQUEsRUFDbEQsZ0JBQWdCO0FBQUEsRUFDaEIsU0FBa0IsQ0FBQztBQUFBLEVBQ25CLHFCQUFxQjtBQUFBLEVBQ3JCLHVCQUF1QjtBQUFBLEVBQ3ZCLFlBQTRCLENBQUM7QUFBQSxFQUM3QixXQUFXLG9CQUFJLElBQXFCO0FBQUEsRUFDcEMsbUJBQW1CO0FBQUEsRUFDbkIsZUFBZTtBQUFBLEVBQ2Y7QUFBQSxFQUNBLGtCQUFrQjtBQUFBLEVBQ1Q7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFpQmpCLGFBQWEsTUFBTUEsT0FBWSxTQUFpQztBQUM5RCxRQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksS0FBTSxPQUFNLElBQUksVUFBVSwrQ0FBK0M7QUFDeEgsVUFBTSxLQUFLLElBQUksSUFBR0EsT0FBTSxPQUFPO0FBQy9CLFVBQU0sU0FBUyxNQUFNLFFBQVEsUUFBUSxNQUFNO0FBQzNDLE9BQUcsWUFBWSxNQUFNO0FBQ3JCLE9BQUcsS0FBSyxRQUFRLDBCQUEwQixJQUFJO0FBQzlDLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxZQUFZLFFBQWtDO0FBQ3BELFVBQU0sY0FBYyxJQUFJLElBQUksWUFBWSxPQUFPLFFBQVEsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQ2pGLFVBQU0sVUFBVSxDQUFDLDJCQUEyQix5QkFBeUIsRUFBRSxLQUFLLENBQUMsTUFBTSxZQUFZLElBQUksQ0FBQyxDQUFDO0FBQ3JHLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxNQUFNLFlBQVksSUFBSSx5QkFBeUIsSUFBSSx5REFBeUQ7QUFDbEgsWUFBTSxJQUFJLGdCQUFnQixnRkFBZ0YsR0FBRyxFQUFFO0FBQUEsSUFDakg7QUFDQSxTQUFLLGFBQWEsUUFBUSxNQUFNLHFCQUFxQixNQUFNLEVBQUUsUUFBUSxNQUFNLEdBQUc7QUFDOUUsVUFBTSxNQUFNLGFBQWEsSUFBSTtBQUM3QixVQUFNLE9BQU8sWUFBWTtBQUFBLE1BQ3ZCLFFBQVEsS0FBSztBQUFBLE1BQ2IsS0FBSyxDQUFDLE9BQU8sWUFBWSxLQUFLLElBQUksT0FBTyxPQUFPO0FBQUEsTUFDaEQsWUFBWSxNQUFNLEtBQUssS0FBSyxXQUFXO0FBQUEsTUFDdkMsYUFBYSxNQUFNLEtBQUssS0FBSyxZQUFZO0FBQUEsTUFDekMsS0FBSyxLQUFLO0FBQUEsSUFDWixDQUFDO0FBQ0QsVUFBTSxVQUFtRCxDQUFDO0FBQzFELGVBQVcsT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLEdBQUc7QUFDcEQsVUFBSSxJQUFJLFNBQVMsWUFBWTtBQUMzQixjQUFNLElBQUksZ0JBQWdCLGtCQUFrQixJQUFJLElBQUksSUFBSSxJQUFJLE1BQU0sSUFBSSxJQUFJLElBQUksaUNBQWlDO0FBQUEsTUFDakg7QUFDQSxZQUFNLFFBQVEsSUFBSSxXQUFXLFFBQVEsTUFBTSxJQUFJLFdBQVcsNEJBQTRCLElBQUksV0FBVyxrQkFBa0IsT0FBTztBQUM5SCxZQUFNLE9BQU8sUUFBUSxJQUFJLElBQUk7QUFDN0IsWUFBTSxRQUFRLElBQUksV0FBVyxRQUFRLElBQUksT0FBTyxHQUFHLElBQUksTUFBTSxJQUFJLElBQUksSUFBSTtBQUN6RSxPQUFDLFFBQVEsSUFBSSxNQUFNLE1BQU0sQ0FBQyxHQUFHLElBQUksSUFBSSxJQUFJLFNBQVMsTUFBTTtBQUN0RCxjQUFNLElBQUksMkJBQTJCLEtBQUs7QUFBQSxNQUM1QztBQUFBLElBQ0Y7QUFDQSxVQUFNLFdBQVcsSUFBSSxZQUFZLFNBQVMsUUFBUSxPQUE4QjtBQUNoRixTQUFLLFVBQVUsU0FBUztBQUN4QixVQUFNLFNBQVMsS0FBSyxRQUFRO0FBQzVCLFFBQUksRUFBRSxrQkFBa0IsWUFBWSxRQUFTLE9BQU0sSUFBSSxnQkFBZ0IsK0NBQStDO0FBQ3RILFVBQU0sU0FBVSxLQUFLLFFBQVEsVUFBVSxLQUFLLFFBQVE7QUFDcEQsUUFBSSxPQUFPLFdBQVcsV0FBWSxPQUFNLElBQUksZ0JBQWdCLDREQUE0RDtBQUN4SCxTQUFLLE9BQU8sT0FBTyxRQUFRLENBQUMsTUFBTSxPQUFPLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQUEsRUFFUSxLQUFLLHVCQUFzQztBQUNqRCxVQUFNLE9BQVEsS0FBSyxRQUFRLGVBQWUsS0FBSyxRQUFRO0FBQ3ZELFVBQU0sWUFBWSxDQUFDLFVBQXFDLG9CQUFJLElBQUksT0FBYyxFQUFFLFdBQVcsS0FBSyxlQUFlLFFBQVE7QUFDdkgsUUFBSSxPQUFPLFNBQVMsV0FBWSxNQUFLLE9BQU8sU0FBUyxLQUFLLFFBQVEsY0FBYyxnQkFBZ0IsVUFBVSxVQUFVLEdBQUcsTUFBTSxLQUFLLEdBQUcsT0FBTztBQUM1SSxTQUFLLFNBQVMsSUFBSSxLQUFLLGVBQWUsRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUN0RCxTQUFLLE9BQU8sMkJBQTJCLFVBQVUsR0FBRyxNQUFNLEtBQUssS0FBSywyQkFBMkIsS0FBSyxlQUFlLENBQUMsR0FBRyxPQUFPO0FBQzlILFVBQU0sV0FBVyxLQUFLO0FBQ3RCLFVBQU0sVUFBVSxLQUFLO0FBQUEsTUFBTztBQUFBLE1BQXFCLFVBQVUsb0JBQUksSUFBSSxDQUFDLENBQUMsV0FBVyxpQkFBaUIsRUFBRSxLQUFLLE1BQU0sU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsTUFDekgsTUFBTSxLQUFLLEtBQUsscUJBQXFCLEtBQUssZUFBZSxTQUFTLE1BQU07QUFBQSxNQUFHO0FBQUEsSUFBTztBQUNwRixRQUFJLENBQUMsU0FBUztBQUNaLFVBQUksc0JBQXVCO0FBQzNCLFlBQU0sSUFBSSxlQUFlLHFCQUFxQixLQUFLLEtBQUssTUFBTSxDQUFDLFFBQVEsQ0FBQztBQUFBLElBQzFFO0FBQ0EsVUFBTSxlQUFlLEtBQUs7QUFDMUIsVUFBTSxhQUFhLEtBQUs7QUFBQSxNQUFPO0FBQUEsTUFBc0IsVUFBVSxvQkFBSSxJQUFJLENBQUMsQ0FBQyxXQUFXLHFCQUFxQixFQUFFLEtBQUssTUFBTSxhQUFhLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxNQUNySSxNQUFNLEtBQUssS0FBSyxzQkFBc0IsS0FBSyxlQUFlLGFBQWEsTUFBTTtBQUFBLE1BQUc7QUFBQSxJQUFPO0FBQ3pGLFFBQUksQ0FBQyxZQUFZO0FBQ2YsVUFBSSxzQkFBdUI7QUFDM0IsWUFBTSxJQUFJLGVBQWUsc0JBQXNCLEtBQUssS0FBSyxNQUFNLENBQUMsUUFBUSxDQUFDO0FBQUEsSUFDM0U7QUFDQSxTQUFLLGFBQWE7QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFHUSxLQUFLLFNBQWlCLE1BQW1DO0FBQy9ELFVBQU0sS0FBSyxLQUFLLFFBQVEsSUFBSTtBQUM1QixRQUFJLE9BQU8sT0FBTyxXQUFZLFFBQU8sU0FBUyx1QkFBdUIsU0FBUyx3QkFBd0IsU0FBUyxrQkFBa0IsSUFBSTtBQUNySSxVQUFNLFNBQVUsR0FBOEMsR0FBRyxJQUFJO0FBQ3JFLFdBQU8sT0FBTyxXQUFXLFdBQVcsU0FBUyxPQUFPLFdBQVcsV0FBVyxPQUFPLE1BQU0sSUFBSTtBQUFBLEVBQzdGO0FBQUE7QUFBQSxFQUdBLFlBQVksU0FBaUIsTUFBd0I7QUFDbkQsV0FBTyxLQUFLLEtBQUssTUFBTSxHQUFHLElBQUk7QUFBQSxFQUNoQztBQUFBLEVBRUEsVUFBVSxNQUF1QjtBQUMvQixXQUFPLE9BQU8sS0FBSyxRQUFRLElBQUksTUFBTTtBQUFBLEVBQ3ZDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT0EsT0FBVSxVQUFrQixPQUFjLElBQWEsU0FBMkIsUUFBdUI7QUFDdkcsVUFBTSxZQUFZLEtBQUssT0FBTyxXQUFXO0FBQ3pDLFNBQUssT0FBTyxLQUFLLEtBQUs7QUFDdEIsUUFBSSxXQUFXO0FBQ2IsV0FBSyxxQkFBcUI7QUFDMUIsV0FBSyx1QkFBdUI7QUFBQSxJQUM5QjtBQUNBLFFBQUk7QUFDSixRQUFJO0FBQ0YsZUFBUyxHQUFHO0FBQUEsSUFDZCxTQUFTLEdBQUc7QUFDVixXQUFLLE9BQU8sSUFBSTtBQUNoQixVQUFJLFVBQVcsTUFBSyxZQUFZLENBQUM7QUFDakMsVUFBSSxhQUFhLFVBQVcsT0FBTTtBQUNsQyxZQUFNLE9BQU8sYUFBYSxRQUFRLEVBQUUsVUFBVSxPQUFPLENBQUM7QUFDdEQsWUFBTSxRQUFRLElBQUksZ0JBQWdCLFVBQVUsTUFBTSxLQUFLLEtBQUssTUFBTSxDQUFDLFFBQVEsR0FBRyxFQUFFLE9BQU8sRUFBRSxDQUFDO0FBQzFGLFVBQUksV0FBVyxXQUFXLEtBQUssS0FBSyxXQUFXLFFBQVMsT0FBTTtBQUM5RCxXQUFLLFNBQVM7QUFDZCxXQUFLLElBQUksWUFBWSxzQ0FBc0MsTUFBTSxRQUFRLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFO0FBQ3pGLGFBQU87QUFBQSxJQUNUO0FBQ0EsU0FBSyxPQUFPLElBQUk7QUFDaEIsUUFBSSxXQUFXO0FBQ2IsV0FBSyxxQkFBcUI7QUFDMUIsWUFBTSxVQUFVLEtBQUs7QUFDckIsV0FBSyxZQUFZLENBQUM7QUFDbEIsaUJBQVcsVUFBVSxRQUFTLFFBQU87QUFDckMsV0FBSyxLQUFLLGNBQWM7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLElBQUksbUJBQTRCO0FBQzlCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLG9CQUEwQjtBQUN4QixTQUFLLHVCQUF1QjtBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUdBLE1BQU0sUUFBMEI7QUFDOUIsUUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFBQSxRQUNoQyxNQUFLLFVBQVUsS0FBSyxNQUFNO0FBQUEsRUFDakM7QUFBQTtBQUFBO0FBQUEsRUFLQSxrQkFBa0IsTUFBc0M7QUFDdEQsVUFBTSxLQUFLLEtBQUs7QUFDaEIsU0FBSyxTQUFTLElBQUksSUFBSSxFQUFFLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDNUMsVUFBTSxLQUFLLEtBQUs7QUFBQSxNQUFPO0FBQUEsTUFBMkIsRUFBRSxXQUFXLElBQUksU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUNwRixNQUFNLEtBQUssS0FBSywyQkFBMkIsSUFBSSxLQUFLLGFBQWE7QUFBQSxJQUFDO0FBQ3BFLFdBQU8sT0FBTyxTQUFZLFNBQVk7QUFBQSxFQUN4QztBQUFBO0FBQUEsRUFHQSxZQUFZLElBQWtCO0FBQzVCLFNBQUssU0FBUyxPQUFPLEVBQUU7QUFBQSxFQUN6QjtBQUFBLEVBRUEsaUJBQW9EO0FBQ2xELFVBQU0sUUFBUSxLQUFLLE9BQU8sS0FBSyxPQUFPLFNBQVMsQ0FBQztBQUNoRCxRQUFJLEtBQUssT0FBTyxhQUFhLEtBQUs7QUFDbEMsUUFBSSxLQUFLLHVCQUF1QixLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssa0JBQWtCLEVBQUcsTUFBSyxLQUFLO0FBQzNGLFVBQU0sUUFBUSxLQUFLLFNBQVMsSUFBSSxFQUFFO0FBQ2xDLFdBQU8sT0FBTyxTQUFTLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBTSxLQUFLLElBQUksRUFBRSxHQUFHO0FBQUEsRUFDbEU7QUFBQSxFQUVBLHVCQUErQjtBQUM3QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxvQkFBb0IsSUFBb0I7QUFDdEMsUUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLEVBQUUsRUFBRyxRQUFPLFdBQVc7QUFDOUMsU0FBSyxxQkFBcUI7QUFDMUIsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLGdCQUFtRDtBQUNqRCxhQUFTLElBQUksS0FBSyxPQUFPLFNBQVMsR0FBRyxLQUFLLEdBQUcsS0FBSztBQUNoRCxZQUFNLElBQUksS0FBSyxPQUFPLENBQUMsRUFBRztBQUMxQixVQUFJLEVBQUcsUUFBTztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLFNBQVMsR0FBRztBQUFBLEVBQzVDO0FBQUEsRUFFQSxPQUFPLE1BQXdDO0FBQzdDLGFBQVMsSUFBSSxLQUFLLE9BQU8sU0FBUyxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQ2hELFlBQU0sSUFBSSxLQUFLLE9BQU8sQ0FBQyxFQUFHLFFBQVEsSUFBSSxJQUFJO0FBQzFDLFVBQUksRUFBRyxRQUFPO0FBQUEsSUFDaEI7QUFDQSxVQUFNLE9BQU8sS0FBSyxlQUFlLEVBQUU7QUFDbkMsV0FBTyxNQUFNLFdBQVcsSUFBSTtBQUFBLEVBQzlCO0FBQUEsRUFFQSxnQkFBK0I7QUFDN0IsVUFBTSxPQUFPLEtBQUssZUFBZSxFQUFFO0FBQ25DLFVBQU0sS0FBb0I7QUFBQSxNQUN4QixhQUFhLEtBQUs7QUFBQSxNQUNsQixnQkFBZ0IsS0FBSztBQUFBLE1BQ3JCLGNBQWMsS0FBSztBQUFBLE1BQ25CLEdBQUcsS0FBSztBQUFBLElBQ1Y7QUFDQSxRQUFJLENBQUMsS0FBTSxRQUFPLEVBQUUsR0FBRztBQUN2QixXQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0EsUUFBUSxLQUFLLE9BQU87QUFBQSxNQUNwQixnQkFBZ0IsS0FBSyxPQUFPO0FBQUEsTUFDNUIsaUJBQWlCLEtBQUssT0FBTztBQUFBLE1BQzdCLGFBQWEsS0FBSyxPQUFPO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUlBLElBQUksT0FBcUIsU0FBdUI7QUFDOUMsU0FBSyxLQUFLLEtBQUssRUFBRSxPQUFPLFNBQVMsV0FBVyxLQUFLLGVBQWUsRUFBRSxHQUFHLENBQUM7QUFBQSxFQUN4RTtBQUFBO0FBQUEsRUFJQSxjQUFjLFVBQXdCO0FBQ3BDLFNBQUssZUFBZTtBQUNwQixTQUFLLGFBQWEsYUFBYSxJQUFJLFNBQVksS0FBSyxLQUFLLFFBQVE7QUFBQSxFQUNuRTtBQUFBO0FBQUEsRUFHQSxZQUF1RTtBQUNyRSxRQUFJO0FBQ0osUUFBSSxLQUFLLGVBQWUsT0FBVyxRQUFPLEVBQUUsSUFBSSxLQUFLLFlBQVksS0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLFNBQVMsRUFBRTtBQUNyRyxlQUFXLEtBQUssS0FBSyxTQUFTLE9BQU8sR0FBRztBQUN0QyxVQUFJLEVBQUUsYUFBYSxPQUFXO0FBQzlCLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU8sRUFBRSxhQUFhLEtBQUssTUFBTSxLQUFLLFFBQVEsS0FBSyxFQUFFLE1BQU0sS0FBSyxLQUFNO0FBQ25HLGVBQU8sRUFBRSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsS0FBSyxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUMsRUFBRTtBQUFBLE1BQ25FO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxXQUFpQjtBQUN2QixTQUFLLGFBQWEsS0FBSyxLQUFLLFFBQVEsS0FBSztBQUN6QyxRQUFJLEtBQUssT0FBUTtBQUNqQixTQUFLO0FBQUEsTUFBTztBQUFBLE1BQWlCLEVBQUUsV0FBVyxLQUFLLGVBQWUsU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUMvRSxNQUFNLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxhQUFhO0FBQUEsSUFBQztBQUFBLEVBQ3hEO0FBQUE7QUFBQSxFQUlBLGlCQUFpQixlQUF1QixPQUFxQjtBQUMzRCxRQUFJLEtBQUssT0FBUTtBQUNqQixTQUFLO0FBQUEsTUFBTztBQUFBLE1BQXdCLEVBQUUsV0FBVyxlQUFlLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQUEsTUFDakYsTUFBTSxLQUFLLEtBQUssd0JBQXdCLGVBQWUsS0FBSztBQUFBLElBQUM7QUFBQSxFQUNqRTtBQUFBO0FBQUEsRUFJQSxpQkFBaUIsU0FBaUIsU0FBc0IsTUFBa0IsVUFBdUIsV0FBdUQ7QUFDdEosUUFBSSxZQUFZLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzNELFFBQUksQ0FBQyxLQUFLLEtBQUssV0FBVyxPQUFPLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzVFLFVBQU0sUUFBUSxJQUFJLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUMsQ0FBQztBQUUzRCxRQUFJLENBQUMsTUFBTSxJQUFJLE9BQU8sS0FBSyxDQUFDLE1BQU0sSUFBSSxTQUFTLEtBQUssQ0FBQyxNQUFNLElBQUksWUFBWSxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsWUFBWTtBQUN0SCxVQUFNLFFBQVEsS0FBSztBQUNuQixVQUFNLFVBQW1CO0FBQUEsTUFDdkI7QUFBQSxNQUFPO0FBQUEsTUFBUztBQUFBLE1BQVM7QUFBQSxNQUFNO0FBQUEsTUFBVTtBQUFBO0FBQUEsTUFFekMsVUFBVSxjQUFjLElBQUksU0FBWSxLQUFLLEtBQUssUUFBUTtBQUFBLE1BQzFELEtBQUssS0FBSyxLQUFLLFFBQVE7QUFBQSxNQUN2QixTQUFTLENBQUMsYUFBYSxLQUFLLGdCQUFnQixTQUFTLFFBQVE7QUFBQSxNQUM3RCxNQUFNLE1BQU0sS0FBSyxZQUFZLE9BQU87QUFBQSxJQUN0QztBQUNBLFNBQUssU0FBUyxJQUFJLE9BQU8sT0FBTztBQUNoQyxXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksTUFBTTtBQUFBLEVBQ3hDO0FBQUEsRUFFQSxrQkFBb0M7QUFDbEMsV0FBTyxDQUFDLEdBQUcsS0FBSyxTQUFTLE9BQU8sQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFFLE9BQU8sU0FBUyxTQUFTLE1BQU0sVUFBVSxXQUFXLFNBQVMsS0FBSyxPQUN6RyxFQUFFLE9BQU8sU0FBUyxTQUFTLE1BQU0sVUFBVSxXQUFXLFNBQVMsS0FBSyxFQUFFO0FBQUEsRUFDM0U7QUFBQSxFQUVRLFlBQVksU0FBd0I7QUFDMUMsUUFBSSxLQUFLLFNBQVMsSUFBSSxRQUFRLEtBQUssTUFBTSxTQUFTO0FBQ2hELFlBQU0sSUFBSSxVQUFVLFdBQVcsUUFBUSxLQUFLLE9BQU8sUUFBUSxPQUFPLDRDQUE0QztBQUFBLElBQ2hIO0FBQ0EsU0FBSyxTQUFTLE9BQU8sUUFBUSxLQUFLO0FBQUEsRUFDcEM7QUFBQSxFQUVRLGdCQUFnQixTQUFrQixVQUFpQztBQUN6RSxRQUFJLE9BQU8sYUFBYSxZQUFZLGFBQWEsS0FBTSxPQUFNLElBQUksVUFBVSwrQ0FBK0M7QUFDMUgsU0FBSyxZQUFZLE9BQU87QUFDeEIsVUFBTSxVQUFVLElBQUksVUFBVSxpQkFBaUIsU0FBUyxTQUFTLDBCQUEwQixDQUFDO0FBQzVGLFFBQUksUUFBUSxJQUFJLFNBQVMsTUFBTSxPQUFXLFNBQVEsSUFBSSxXQUFXLEtBQUs7QUFDdEUsVUFBTSxPQUFPLE9BQU8sU0FBUyxTQUFTLFdBQVdELFNBQVEsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLFFBQVEsSUFBSSxXQUFXLENBQUM7QUFDbEgsVUFBTSxXQUFXLElBQUksVUFBVSxpQkFBaUIsU0FBUyxVQUFVLDJCQUEyQixDQUFDO0FBQy9GLFNBQUssdUJBQXVCLFFBQVEsT0FBTyxTQUFTLE1BQU0sVUFBVSxFQUFFLE1BQU0sV0FBVyxJQUFJLFNBQVMsR0FBRyxDQUFDO0FBQUEsRUFDMUc7QUFBQSxFQUVRLFlBQVksU0FBd0I7QUFDMUMsU0FBSyxZQUFZLE9BQU87QUFDeEIsU0FBSyx1QkFBdUIsUUFBUSxPQUFPLFFBQVcsUUFBVyxRQUFXLEVBQUUsTUFBTSxXQUFXLGtCQUFrQixTQUFTLFFBQVEsQ0FBQztBQUFBLEVBQ3JJO0FBQUE7QUFBQSxFQUdRLFFBQVEsU0FBd0I7QUFDdEMsU0FBSyxZQUFZLE9BQU87QUFDeEIsVUFBTSxPQUFPQSxTQUFRLE9BQU8sMEJBQTBCO0FBQ3RELFVBQU0sVUFBVSxJQUFJLFVBQVUsQ0FBQyxDQUFDLFdBQVcsS0FBSyxHQUFHLENBQUMsa0JBQWtCLE9BQU8sS0FBSyxNQUFNLENBQUMsR0FBRyxDQUFDLGdCQUFnQixZQUFZLENBQUMsQ0FBQztBQUMzSCxTQUFLLHVCQUF1QixRQUFRLE9BQU8sU0FBUyxNQUFNLElBQUksVUFBVSxHQUFHLEVBQUUsTUFBTSxXQUFXLElBQUksU0FBUyxHQUFHLENBQUM7QUFBQSxFQUNqSDtBQUFBLEVBRVEsdUJBQXVCLE9BQWUsU0FBZ0MsTUFBOEIsVUFBaUMsUUFBaUQ7QUFDNUwsUUFBSSxLQUFLLE9BQVE7QUFDakIsVUFBTSxVQUFVLG9CQUFJLElBQTBCO0FBQzlDLFFBQUksS0FBTSxTQUFRLElBQUksV0FBVyxzQkFBc0IsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQzFFLFVBQU0sUUFBNkUsRUFBRSxXQUFXLEtBQUssZUFBZSxTQUFTLE9BQU87QUFDcEksU0FBSyxjQUFjLEVBQUUsU0FBUyxTQUFTO0FBQ3ZDLFFBQUk7QUFDRixXQUFLLE9BQU8sK0JBQStCLE9BQU8sTUFDaEQsS0FBSyxLQUFLLCtCQUErQixLQUFLLGVBQWUsT0FBTyxTQUFTLFNBQVMsR0FBRyxNQUFNLFVBQVUsR0FBRyxVQUFVLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDckksVUFBRTtBQUNBLFdBQUssY0FBYztBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUFBLEVBRVE7QUFBQTtBQUFBLEVBR1IsWUFBWSxNQUFxQztBQUMvQyxRQUFJLFNBQVMsY0FBYyx3QkFBeUIsUUFBTyxLQUFLLGFBQWE7QUFDN0UsUUFBSSxTQUFTLGNBQWMseUJBQTBCLFFBQU8sS0FBSyxhQUFhO0FBQzlFLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFTQSxXQUFpQjtBQUNmLFVBQU0sUUFBUSxFQUFFLFdBQVcsS0FBSyxlQUFlLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLE9BQU8saUJBQWlCLE9BQU8sTUFBTSxLQUFLLEtBQUssaUJBQWlCLEtBQUssYUFBYSxDQUFDO0FBQ3JHLFFBQUksU0FBUyxHQUFHO0FBQ2QsV0FBSyxrQkFBa0I7QUFDdkI7QUFBQSxJQUNGO0FBQ0EsU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFBQSxFQUVRLGFBQW1CO0FBQ3pCLFNBQUssT0FBTyxtQkFBbUIsRUFBRSxXQUFXLEtBQUssZUFBZSxTQUFTLG9CQUFJLElBQUksRUFBRSxHQUFHLE1BQU0sS0FBSyxLQUFLLG1CQUFtQixLQUFLLGFBQWEsQ0FBQztBQUM1SSxTQUFLLFNBQVMsT0FBTyxLQUFLLGFBQWE7QUFDdkMsU0FBSyxlQUFlO0FBQ3BCLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUEsRUFFQSxPQUFlO0FBQ2IsUUFBSSxDQUFDLEtBQUssZ0JBQWlCLFFBQU8sV0FBVztBQUM3QyxTQUFLLGtCQUFrQjtBQUN2QixTQUFLLE1BQU0sTUFBTSxLQUFLLFdBQVcsQ0FBQztBQUNsQyxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFJQSxjQUFjLFNBQTBDO0FBQ3RELFdBQU8sS0FBSyxLQUFLLGNBQWMsQ0FBQyxJQUFJLEdBQUcsT0FBTztBQUFBLEVBQ2hEO0FBQUEsRUFFQSxjQUFzQjtBQUNwQixXQUFPLEtBQUssT0FBTztBQUFBLEVBQ3JCO0FBQUEsRUFFQSxRQUFRLE1BQWtDO0FBQ3hDLFdBQU8sS0FBSyxVQUFVLE1BQU0sSUFBSTtBQUFBLEVBQ2xDO0FBQUEsRUFFQSxPQUFPLE1BQWtDO0FBQ3ZDLFdBQU8sS0FBSyxVQUFVLE1BQU0sSUFBSTtBQUFBLEVBQ2xDO0FBQUEsRUFFQSxVQUFVLE1BQW9DO0FBQzVDLFdBQU8sS0FBSyxVQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3BDO0FBQUEsRUFFQSxVQUF1QztBQUNyQyxXQUFPLEtBQUssVUFBVSxJQUFJO0FBQUEsRUFDNUI7QUFDRjs7O0FVM2dCQSxJQUFNRSxXQUFVLElBQUksWUFBWTtBQUNoQyxJQUFNQyxXQUFVLElBQUksWUFBWTtBQUV6QixJQUFNLGFBQU4sTUFBaUI7QUFBQSxFQUNMLE9BQU8sb0JBQUksSUFBZ0M7QUFBQSxFQUNwRCxVQUFVO0FBQUEsRUFFVixJQUFJLE1BQWtDO0FBQzVDLFFBQUksSUFBSSxLQUFLLEtBQUssSUFBSSxJQUFJO0FBQzFCLFFBQUksQ0FBQyxFQUFHLE1BQUssS0FBSyxJQUFJLE1BQU8sSUFBSSxvQkFBSSxJQUFJLENBQUU7QUFDM0MsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFVBQWtCO0FBQ3hCLFVBQU0sTUFBTSxLQUFLO0FBRWpCLFNBQUssVUFBVyxLQUFLLFVBQVUsTUFBTyxLQUFLO0FBQzNDLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE1BQWMsS0FBNkQ7QUFDaEYsVUFBTSxJQUFJLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQ2hDLFdBQU8sS0FBSyxFQUFFLE9BQU8sRUFBRSxNQUFNLE1BQU0sR0FBRyxLQUFLLEVBQUUsSUFBSTtBQUFBLEVBQ25EO0FBQUE7QUFBQSxFQUdBLE1BQU0sTUFBYyxLQUFhLE9BQW1CLEtBQXFCO0FBQ3ZFLFVBQU0sSUFBSSxLQUFLLElBQUksSUFBSTtBQUN2QixVQUFNLFdBQVcsRUFBRSxJQUFJLEdBQUc7QUFDMUIsUUFBSSxZQUFZLFFBQVEsS0FBSyxRQUFRLFNBQVMsSUFBSyxRQUFPLFdBQVc7QUFDckUsTUFBRSxJQUFJLEtBQUssRUFBRSxPQUFPLE1BQU0sTUFBTSxHQUFHLEtBQUssS0FBSyxRQUFRLEVBQUUsQ0FBQztBQUN4RCxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFHQSxJQUFJLEtBQWEsT0FBTyxJQUF3QjtBQUM5QyxVQUFNLElBQUksS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDaEMsV0FBTyxLQUFLQSxTQUFRLE9BQU8sRUFBRSxLQUFLO0FBQUEsRUFDcEM7QUFBQSxFQUVBLFNBQVMsS0FBYSxPQUFPLElBQTRCO0FBQ3ZELFdBQU8sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsR0FBRyxNQUFNLE1BQU07QUFBQSxFQUM5QztBQUFBO0FBQUEsRUFHQSxJQUFJLEtBQWEsT0FBNEIsT0FBTyxJQUFVO0FBQzVELFNBQUssTUFBTSxNQUFNLEtBQUssT0FBTyxVQUFVLFdBQVdELFNBQVEsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDcEY7QUFBQSxFQUVBLElBQUksS0FBYSxPQUFPLElBQXdCO0FBQzlDLFdBQU8sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsR0FBRztBQUFBLEVBQ2xDO0FBQ0Y7OztBQzNDTyxJQUFNLGVBQU4sTUFBTSxjQUFhO0FBQUEsRUFDUCxVQUFVLG9CQUFJLElBQW1CO0FBQUEsRUFDakMsU0FBUyxvQkFBSSxJQUFvQjtBQUFBLEVBQzFDLFlBQVk7QUFBQSxFQUVwQixPQUFlLElBQUksTUFBYyxNQUFzQjtBQUNyRCxXQUFPLEdBQUcsSUFBSSxLQUFTLElBQUk7QUFBQSxFQUM3QjtBQUFBLEVBRUEsU0FBUyxNQUFjLE1BQWMsT0FBbUIsZUFBK0I7QUFDckYsVUFBTSxNQUFNLGNBQWEsSUFBSSxNQUFNLElBQUk7QUFDdkMsVUFBTSxXQUFXLEtBQUssT0FBTyxJQUFJLEdBQUc7QUFDcEMsUUFBSSxhQUFhLFFBQVc7QUFDMUIsWUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJLFFBQVE7QUFDbkMsUUFBRSxRQUFRO0FBQ1YsUUFBRSxnQkFBZ0I7QUFDbEIsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLFFBQVEsS0FBSztBQUNuQixTQUFLLE9BQU8sSUFBSSxLQUFLLEtBQUs7QUFDMUIsU0FBSyxRQUFRLElBQUksT0FBTyxFQUFFLE1BQU0sTUFBTSxPQUFPLGVBQWUsT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUN2RSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsUUFBUSxNQUFjLE1BQWtDO0FBQ3RELFdBQU8sS0FBSyxPQUFPLElBQUksY0FBYSxJQUFJLE1BQU0sSUFBSSxDQUFDO0FBQUEsRUFDckQ7QUFBQTtBQUFBLEVBR0EsUUFBUSxPQUFlLE1BQTJEO0FBQ2hGLFVBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLO0FBQ2hDLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxNQUFFLE1BQU0sS0FBSyxLQUFLLE1BQU0sQ0FBQztBQUN6QixXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksUUFBUSxNQUFNLEVBQUUsTUFBTSxpQkFBaUIsRUFBRSxlQUFlLEtBQUssRUFBRTtBQUFBLEVBQ2pHO0FBQUEsRUFFQSxRQUFRLE9BQXNEO0FBQzVELFVBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLO0FBQ2hDLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxVQUFNLE9BQU8sRUFBRSxNQUFNLE1BQU07QUFDM0IsUUFBSSxDQUFDLEtBQU0sUUFBTyxFQUFFLFFBQVEsV0FBVyxNQUFNO0FBQzdDLFdBQU8sRUFBRSxRQUFRLFdBQVcsSUFBSSxLQUFLO0FBQUEsRUFDdkM7QUFBQSxFQUVBLEtBQUssTUFBYyxNQUFzQjtBQUN2QyxVQUFNLFFBQVEsS0FBSyxRQUFRLE1BQU0sSUFBSTtBQUNyQyxXQUFPLFVBQVUsU0FBWSxJQUFJLEtBQUssUUFBUSxJQUFJLEtBQUssRUFBRyxNQUFNO0FBQUEsRUFDbEU7QUFDRjs7O0FDdEJBLElBQU1FLFdBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBRWhDLFNBQVNDLFFBQU8sT0FBMEM7QUFDeEQsUUFBTSxNQUFNLElBQUksV0FBVyxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLE1BQUksSUFBSTtBQUNSLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFFBQUksSUFBSSxHQUFHLENBQUM7QUFDWixTQUFLLEVBQUU7QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxPQUFPLE1BQTJCLE1BQTBCO0FBQ25FLE1BQUksT0FBTyxTQUFTLFNBQVUsUUFBT0YsU0FBUSxPQUFPLElBQUk7QUFDeEQsTUFBSSxnQkFBZ0IsV0FBWSxRQUFPLEtBQUssTUFBTTtBQUNsRCxRQUFNLElBQUksVUFBVSxHQUFHLElBQUksbUNBQW1DO0FBQ2hFO0FBR08sSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFVdEIsWUFBcUIsUUFBNkIsSUFBaUIsT0FBZTtBQUE3RDtBQUE2QjtBQUFpQjtBQUFBLEVBQWdCO0FBQUEsRUFBOUQ7QUFBQSxFQUE2QjtBQUFBLEVBQWlCO0FBQUEsRUFUbkU7QUFBQTtBQUFBLEVBRUEsbUJBQW1CO0FBQUEsRUFDVixjQUFjLEVBQUUsU0FBUyxPQUFPLFVBQVUsTUFBTTtBQUFBLEVBQ2hELGVBQWUsRUFBRSxTQUFTLE9BQU8sVUFBVSxNQUFNO0FBQUEsRUFDakQsT0FBNEMsRUFBRSxTQUFTLFFBQVcsVUFBVSxPQUFVO0FBQUEsRUFDdEYsWUFBWSxFQUFFLFNBQVMsT0FBTyxVQUFVLE1BQU07QUFBQSxFQUM5QyxVQUFVLEVBQUUsU0FBUyxPQUFPLFVBQVUsTUFBTTtBQUFBLEVBSXJELFVBQVUsTUFBcUM7QUFDN0MsVUFBTSxJQUFJLEtBQUs7QUFDZixZQUFRLE1BQU07QUFBQSxNQUNaLEtBQUssY0FBYztBQUFnQixlQUFPLEtBQUssWUFBWSxVQUFVLEVBQUUsbUJBQW1CO0FBQUEsTUFDMUYsS0FBSyxjQUFjO0FBQWlCLGVBQU8sS0FBSyxZQUFZLFdBQVcsRUFBRSxvQkFBb0I7QUFBQSxNQUM3RixLQUFLLGNBQWM7QUFBaUIsZUFBTyxLQUFLLGFBQWEsVUFBVSxFQUFFLG9CQUFvQjtBQUFBLE1BQzdGLEtBQUssY0FBYztBQUFrQixlQUFPLEtBQUssYUFBYSxXQUFXLEVBQUUscUJBQXFCO0FBQUEsTUFDaEc7QUFBUyxlQUFPO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQUEsRUFFQSxXQUFXLE1BQXdDO0FBQ2pELFVBQU0sTUFBdUIsU0FBUyxXQUFXLGtCQUFrQixZQUFZLFNBQVMsV0FBVyxtQkFBbUIsYUFBYTtBQUNuSSxRQUFJLENBQUMsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLE9BQVcsUUFBTztBQUNqRCxXQUFPLEVBQUUsS0FBSyxNQUFNLEtBQUssS0FBSyxHQUFHLEdBQUksS0FBSyxDQUFDLFVBQVU7QUFBRSxXQUFLLEtBQUssR0FBRyxJQUFJO0FBQUEsSUFBTyxFQUFFO0FBQUEsRUFDbkY7QUFBQSxFQUVBLHFCQUFxQixPQUFnQztBQUNuRCxTQUFLLEdBQUcsTUFBTSxNQUFNLEtBQUssT0FBTyxtQkFBbUIsS0FBSyxDQUFDO0FBQUEsRUFDM0Q7QUFBQSxFQUVBLGVBQWUsTUFBc0I7QUFDbkMsUUFBSSxTQUFTLFdBQVcsV0FBVyxTQUFTLFdBQVcsU0FBVSxRQUFPLFdBQVc7QUFDbkYsVUFBTSxNQUFXLFNBQVMsV0FBVyxVQUFVLFlBQVk7QUFDM0QsUUFBSSxRQUFRLFVBQVcsTUFBSyxPQUFPLG1CQUFtQjtBQUFBLFFBQ2pELE1BQUssT0FBTyxvQkFBb0I7QUFDckMsU0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLE9BQU8sT0FBTyxLQUFLLElBQUksQ0FBQztBQUNqRCxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBLEVBRUEsWUFBWSxNQUFzQjtBQUNoQyxRQUFJLFNBQVMsV0FBVyxXQUFXLFNBQVMsV0FBVyxTQUFVLFFBQU8sV0FBVztBQUNuRixTQUFLLEdBQUcsTUFBTSxNQUFNLEtBQUssT0FBTyxNQUFNLG1CQUFtQixDQUFDO0FBQzFELFdBQU8sV0FBVztBQUFBLEVBQ3BCO0FBQ0Y7QUFhQSxTQUFTLFlBQTRCO0FBQ25DLFNBQU8sRUFBRSxhQUFhLE9BQU8sT0FBTyxPQUFPLGtCQUFrQixPQUFPLFdBQVcsUUFBVyxlQUFlLFFBQVcsT0FBTyxDQUFDLEdBQUcsV0FBVyxDQUFDLEVBQUU7QUFDL0k7QUFFTyxJQUFNLGFBQU4sTUFBaUI7QUFBQSxFQWV0QixZQUFZLEtBQTZCLFlBQTJCO0FBQTNCO0FBQ3ZDLFNBQUssUUFBUSxJQUFJLElBQUksQ0FBQyxJQUFJLE1BQU0sSUFBSSxXQUFXLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3RDtBQUFBLEVBRnlDO0FBQUEsRUFkaEM7QUFBQSxFQUNBLGNBQWMsb0JBQUksSUFBd0I7QUFBQSxFQUNuRDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsbUJBQW1CO0FBQUEsRUFDbkIsb0JBQW9CO0FBQUE7QUFBQSxFQUVwQjtBQUFBLEVBQ1E7QUFBQSxFQUNBLFlBQVk7QUFBQSxFQUNILFFBQXFDLEVBQUUsU0FBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLEVBQUU7QUFBQTtBQUFBLEVBUXBHLG1CQUFtQixTQUF1QixVQUF1QixDQUFDLEdBQWtCO0FBQ2xGLFNBQUssV0FBVyxvQkFBb0I7QUFDcEMsUUFBSSxLQUFLLE1BQU0sUUFBUSxZQUFhLE9BQU0sSUFBSSxpQkFBaUIsc0VBQXNFO0FBQ3JJLFNBQUssbUJBQW1CLElBQUksVUFBVSxpQkFBaUIsU0FBUyxpQkFBaUIsQ0FBQztBQUNsRixTQUFLLE1BQU0sUUFBUSxjQUFjO0FBQ2pDLFNBQUssTUFBTSxRQUFRLFFBQVEsUUFBUSxnQkFBZ0I7QUFDbkQsV0FBTyxLQUFLLEtBQUssV0FBVyxHQUFHLEVBQUUsTUFBTSxXQUFXLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGdCQUFnQixNQUEyQixVQUF1QixDQUFDLEdBQWU7QUFDaEYsU0FBSyxXQUFXLGlCQUFpQjtBQUNqQyxTQUFLLGdCQUFnQixXQUFXLGlCQUFpQjtBQUNqRCxTQUFLLE1BQU0sUUFBUSxRQUFRLFFBQVEsZ0JBQWdCO0FBQ25ELFdBQU8sS0FBSyxLQUFLLFdBQVcsR0FBRyxFQUFFLE1BQU0sUUFBUSxNQUFNLE9BQU8sTUFBTSxjQUFjLEdBQUcsYUFBYSxRQUFRLGdCQUFnQixLQUFLLENBQUM7QUFBQSxFQUNoSTtBQUFBLEVBRUEsb0JBQW9CLFVBQXdDO0FBQzFELFNBQUssV0FBVyxxQkFBcUI7QUFDckMsU0FBSyxnQkFBZ0IsV0FBVyxxQkFBcUI7QUFDckQsU0FBSyxvQkFBb0IsSUFBSSxVQUFVLGlCQUFpQixVQUFVLGtCQUFrQixDQUFDO0FBQ3JGLFNBQUssTUFBTSxRQUFRLFFBQVE7QUFDM0IsV0FBTyxLQUFLLEtBQUssV0FBVyxHQUFHLEVBQUUsTUFBTSxZQUFZLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDeEU7QUFBQSxFQUVBLG9CQUFvQixTQUF1QixVQUF1QixDQUFDLEdBQWtCO0FBQ25GLFNBQUssV0FBVyxxQkFBcUI7QUFDckMsUUFBSSxDQUFDLEtBQUssTUFBTSxRQUFRLGtCQUFrQjtBQUN4QyxZQUFNLElBQUksaUJBQWlCLDRHQUE0RztBQUFBLElBQ3pJO0FBQ0EsUUFBSSxLQUFLLE1BQU0sU0FBUyxZQUFhLE9BQU0sSUFBSSxpQkFBaUIsd0VBQXdFO0FBQ3hJLFVBQU0sUUFBUSxpQkFBaUIsU0FBUyxrQkFBa0I7QUFDMUQsUUFBSSxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sU0FBUyxFQUFHLE9BQU0sSUFBSSxVQUFVLDBDQUEwQztBQUN6RyxTQUFLLG9CQUFvQixJQUFJLFVBQVUsS0FBSztBQUM1QyxTQUFLLE1BQU0sU0FBUyxjQUFjO0FBQ2xDLFNBQUssTUFBTSxTQUFTLFFBQVEsUUFBUSxnQkFBZ0I7QUFDcEQsV0FBTyxLQUFLLEtBQUssWUFBWSxHQUFHLEVBQUUsTUFBTSxXQUFXLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDaEc7QUFBQSxFQUVBLGlCQUFpQixNQUEyQixVQUF1QixDQUFDLEdBQWU7QUFDakYsU0FBSyxXQUFXLGtCQUFrQjtBQUNsQyxTQUFLLGdCQUFnQixZQUFZLGtCQUFrQjtBQUNuRCxTQUFLLE1BQU0sU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sUUFBUSxNQUFNLE9BQU8sTUFBTSxlQUFlLEdBQUcsYUFBYSxRQUFRLGdCQUFnQixLQUFLLENBQUM7QUFBQSxFQUNsSTtBQUFBLEVBRUEscUJBQXFCLFVBQXdDO0FBQzNELFNBQUssV0FBVyxzQkFBc0I7QUFDdEMsU0FBSyxnQkFBZ0IsWUFBWSxzQkFBc0I7QUFDdkQsU0FBSyxxQkFBcUIsSUFBSSxVQUFVLGlCQUFpQixVQUFVLG1CQUFtQixDQUFDO0FBQ3ZGLFNBQUssTUFBTSxTQUFTLFFBQVE7QUFDNUIsV0FBTyxLQUFLLEtBQUssWUFBWSxHQUFHLEVBQUUsTUFBTSxZQUFZLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDekU7QUFBQTtBQUFBLEVBR0EsV0FBaUI7QUFDZixRQUFJLEtBQUssVUFBVyxPQUFNLElBQUksaUJBQWlCLDBDQUEwQztBQUN6RixTQUFLLFlBQVk7QUFDakIsVUFBTSxPQUFPLEtBQUssTUFBTSxPQUFPLENBQUMsTUFBTSxFQUFFLGNBQWMsTUFBUztBQUMvRCxVQUFNLE1BQU0sQ0FBQyxTQUFpQjtBQUM1QixpQkFBVyxLQUFLLE1BQU07QUFDcEIsWUFBSSxFQUFFLEdBQUcsT0FBUTtBQUNqQixVQUFFLEdBQUcsT0FBTyxNQUFNLEVBQUUsV0FBVyxFQUFFLFdBQVksU0FBUyxvQkFBSSxJQUFJLEVBQUUsR0FBRyxNQUFNLEVBQUUsR0FBRyxZQUFZLE1BQU0sRUFBRSxTQUFVLENBQUM7QUFBQSxNQUMvRztBQUFBLElBQ0Y7QUFDQSxRQUFJLGVBQWU7QUFDbkIsUUFBSSxjQUFjO0FBQ2xCLFFBQUksaUJBQWlCO0FBQ3JCLGVBQVcsS0FBSyxLQUFNLEdBQUUsR0FBRyxZQUFZLEVBQUUsU0FBVTtBQUFBLEVBQ3JEO0FBQUE7QUFBQSxFQUlBLElBQUksZ0JBQTJDO0FBQzdDLFVBQU0sSUFBSSxLQUFLO0FBQ2YsUUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFVBQU0sT0FBT0UsUUFBTyxLQUFLLE1BQU0sU0FBUyxTQUFTO0FBQ2pELFdBQU87QUFBQSxNQUNMLFFBQVEsRUFBRTtBQUFBLE1BQ1YsU0FBUyxLQUFLLG1CQUFtQixNQUFNLEtBQUssQ0FBQztBQUFBLE1BQzdDO0FBQUEsTUFDQSxVQUFVRCxTQUFRLE9BQU8sSUFBSTtBQUFBLE1BQzdCLFNBQVMsRUFBRTtBQUFBLE1BQ1gsWUFBWSxFQUFFLGNBQWMsS0FBSyxFQUFFLGNBQWMsS0FBSyxFQUFFLGFBQWE7QUFBQSxJQUN2RTtBQUFBLEVBQ0Y7QUFBQSxFQUVBLGlCQUE4QjtBQUM1QixXQUFPLEtBQUssa0JBQWtCLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDNUM7QUFBQSxFQUVBLGNBQWMsTUFBa0M7QUFDOUMsV0FBTyxLQUFLLGtCQUFrQixJQUFJLElBQUk7QUFBQSxFQUN4QztBQUFBLEVBRUEsa0JBQStCO0FBQzdCLFdBQU8sS0FBSyxtQkFBbUIsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUM3QztBQUFBLEVBRUEsa0JBQStCO0FBQzdCLFdBQU8sS0FBSyxtQkFBbUIsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUM3QztBQUFBLEVBRUEsZUFBZSxNQUFrQztBQUMvQyxXQUFPLEtBQUssbUJBQW1CLElBQUksSUFBSTtBQUFBLEVBQ3pDO0FBQUEsRUFFQSxtQkFBZ0M7QUFDOUIsV0FBTyxLQUFLLG9CQUFvQixNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLGNBQTBCO0FBQ3hCLFdBQU9DLFFBQU8sS0FBSyxNQUFNLFFBQVEsU0FBUztBQUFBLEVBQzVDO0FBQUE7QUFBQSxFQUdBLGVBQTJCO0FBQ3pCLFdBQU9BLFFBQU8sS0FBSyxNQUFNLFNBQVMsU0FBUztBQUFBLEVBQzdDO0FBQUE7QUFBQSxFQUdBLFNBQVMsTUFBc0Q7QUFDN0QsVUFBTSxRQUFRLEtBQUssY0FBYyxJQUFJO0FBQ3JDLFdBQU8sU0FBU0QsU0FBUSxPQUFPLEtBQUs7QUFBQSxFQUN0QztBQUFBLEVBRUEsY0FBYyxNQUEwRDtBQUN0RSxVQUFNLE1BQU0sT0FBTyxTQUFTLFdBQVcsT0FBTyxLQUFLLEtBQUssSUFBUTtBQUNoRSxXQUFPLEtBQUssWUFBWSxJQUFJLEdBQUcsR0FBRyxNQUFNO0FBQUEsRUFDMUM7QUFBQSxFQUVBLElBQUksYUFBc0I7QUFDeEIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBO0FBQUEsRUFJUSxXQUFXLE1BQW9CO0FBQ3JDLFFBQUksS0FBSyxVQUFXLE9BQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLDBCQUEwQjtBQUNoRixRQUFJLEtBQUssYUFBYyxPQUFNLElBQUksaUJBQWlCLEdBQUcsSUFBSSx1Q0FBdUMsS0FBSyxZQUFZLEdBQUc7QUFDcEgsUUFBSSxLQUFLLE9BQU87QUFDZCxZQUFNLElBQUksaUJBQWlCLEdBQUcsSUFBSSxtRUFBbUUsS0FBSyxNQUFNLE1BQU0sY0FBYyxLQUFLLE1BQU0sT0FBTyxJQUFJO0FBQUEsSUFDNUo7QUFBQSxFQUNGO0FBQUEsRUFFUSxnQkFBZ0IsS0FBVSxNQUFvQjtBQUNwRCxVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsVUFBTSxjQUFjLFFBQVEsWUFBWSx1QkFBdUI7QUFDL0QsUUFBSSxDQUFDLEdBQUcsWUFBYSxPQUFNLElBQUksaUJBQWlCLEdBQUcsSUFBSSxrQkFBa0IsV0FBVyxFQUFFO0FBQ3RGLFFBQUksR0FBRyxNQUFPLE9BQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLFNBQVMsR0FBRyw0REFBNEQ7QUFBQSxFQUMxSDtBQUFBLEVBRVEsTUFBTSxLQUFvQjtBQUNoQyxVQUFNLE1BQU0sS0FBSyxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUN0QyxXQUFPLFFBQVEsWUFBWSxNQUFNLElBQUksUUFBUTtBQUFBLEVBQy9DO0FBQUEsRUFFUSxPQUFPLEtBQW1CO0FBQ2hDLFFBQUksS0FBSyxhQUFjLFFBQU87QUFFOUIsV0FBTyxRQUFRLGFBQWEsS0FBSyxVQUFVO0FBQUEsRUFDN0M7QUFBQSxFQUVRLEtBQUssS0FBVSxVQUFrQixPQUEwQjtBQUNqRSxVQUFNLFFBQVEsS0FBSyxNQUFNLEdBQUc7QUFDNUIsVUFBTSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQ3pCLFFBQUk7QUFDSixRQUFJLEtBQUs7QUFDVCxhQUFTLE1BQU0sVUFBVSxNQUFNLE1BQU0sUUFBUSxPQUFPO0FBQ2xELFVBQUksS0FBSyxPQUFPLEdBQUcsRUFBRyxRQUFPLFFBQVEsY0FBYyxFQUFFO0FBQ3JELFVBQUksR0FBRyxjQUFjLEtBQUs7QUFDeEIsV0FBRyxNQUFNLEtBQUssRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUN6QixlQUFPLFFBQVEsY0FBYyxFQUFFO0FBQUEsTUFDakM7QUFDQSxZQUFNLE9BQU8sS0FBSyxNQUFNLE1BQU0sR0FBRyxDQUFFO0FBQ25DLFlBQU0sVUFBVSxLQUFLLFdBQVcsTUFBTSxLQUFLLEtBQUssRUFBRTtBQUNsRCxVQUFJLFFBQVEsV0FBVyxPQUFXLFFBQU8sUUFBUTtBQUNqRCxVQUFJLENBQUMsUUFBUSxPQUFRLFFBQU8sUUFBUSxjQUFjLEVBQUU7QUFDcEQsVUFBSSxRQUFRLFdBQVksTUFBSyxLQUFLLEtBQUssTUFBTSxHQUFHLFFBQVEsVUFBVTtBQUNsRSxXQUFLLFFBQVE7QUFBQSxJQUNmO0FBQ0EsUUFBSSxLQUFLLE9BQU8sR0FBRyxLQUFLLEVBQUUsUUFBUSxZQUFhLFFBQU8sUUFBUSxjQUFjLEVBQUU7QUFDOUUsU0FBSyxRQUFRLEtBQUssRUFBRTtBQUNwQixXQUFPLFFBQVE7QUFBQSxFQUNqQjtBQUFBLEVBRVEsUUFBUSxLQUFVLElBQXFCO0FBQzdDLFVBQU0sS0FBSyxLQUFLLE1BQU0sR0FBRztBQUN6QixRQUFJLEdBQUcsU0FBUyxVQUFXLElBQUcsbUJBQW1CO0FBQ2pELFFBQUksR0FBRyxTQUFTLFVBQVUsR0FBRyxLQUFNLElBQUcsVUFBVSxLQUFLLEdBQUcsSUFBSTtBQUFBLEVBQzlEO0FBQUEsRUFFUSxXQUFXLE1BQWtCLEtBQVUsS0FBYSxJQUFnRjtBQUMxSSxVQUFNLEtBQUssS0FBSztBQUNoQixRQUFJLEtBQUssY0FBYyxRQUFXO0FBR2hDLFVBQUksUUFBUSxjQUFjLEdBQUcsU0FBUyxVQUFXLFFBQU8sRUFBRSxRQUFRLEdBQUc7QUFDckUsVUFBSSxHQUFHLFFBQVE7QUFDYixhQUFLLFdBQVcsSUFBSTtBQUNwQixlQUFPLEVBQUUsUUFBUSwrQkFBK0I7QUFBQSxNQUNsRDtBQUNBLFdBQUssWUFBWSxHQUFHLGtCQUFrQixJQUFJO0FBQzFDLFVBQUksS0FBSyxjQUFjLFFBQVc7QUFDaEMsYUFBSyxXQUFXLElBQUk7QUFDcEIsZUFBTyxFQUFFLFFBQVEsK0JBQStCO0FBQUEsTUFDbEQ7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLGlCQUFrQixRQUFPLEVBQUUsUUFBUSxHQUFHO0FBQy9DLFFBQUksR0FBRyxRQUFRO0FBQ2IsV0FBSyxXQUFXLElBQUk7QUFDcEIsYUFBTyxFQUFFLFFBQVEsR0FBRyxTQUFTLFNBQVMsMEJBQTBCLCtCQUErQjtBQUFBLElBQ2pHO0FBQ0EsVUFBTSxNQUFNLEtBQUs7QUFDakIsVUFBTSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQ3pCLFVBQU0sU0FBUyxRQUFRLFlBQVkscUJBQXFCO0FBRXhELFFBQUksR0FBRyxTQUFTLFdBQVc7QUFDekIsV0FBSyxZQUFZLEdBQUcsSUFBSTtBQUN4QixZQUFNRSxPQUFNLFFBQVEsWUFBWSxLQUFLLG1CQUFvQixLQUFLO0FBQzlELFlBQU1DLE9BQU0sR0FBRztBQUFBLFFBQU8sR0FBRyxNQUFNO0FBQUEsUUFBWSxFQUFFLFdBQVcsS0FBSyxTQUFTLG9CQUFJLElBQUksRUFBRTtBQUFBLFFBQzlFLE1BQU0sR0FBRyxZQUFZLEdBQUcsTUFBTSxZQUFZLEtBQUtELEtBQUksT0FBTyxHQUFHLGNBQWMsSUFBSSxDQUFDO0FBQUEsTUFBQztBQUNuRixVQUFJQyxTQUFRLE9BQVcsUUFBTyxLQUFLLFFBQVEsTUFBTSw4QkFBOEI7QUFDL0UsWUFBTUMsVUFBUyxxQkFBcUJELE1BQUssR0FBRyxnQkFBZ0I7QUFDNUQsVUFBSUMsWUFBVyxjQUFjQSxZQUFXLHdCQUF3QjtBQUM5RCxhQUFLLFlBQVksR0FBRyxJQUFJO0FBQ3hCLGVBQU8sRUFBRSxRQUFBQSxTQUFRLFFBQVEsR0FBRztBQUFBLE1BQzlCO0FBQ0EsU0FBRyxZQUFZO0FBQ2YsU0FBRyxnQkFBZ0I7QUFDbkIsYUFBTyxFQUFFLFFBQUFBLFFBQU87QUFBQSxJQUNsQjtBQUVBLFFBQUksR0FBRyxTQUFTLFFBQVE7QUFDdEIsWUFBTSxXQUFXLEdBQUcsUUFBUSxJQUFJLFdBQVcsQ0FBQztBQUM1QyxXQUFLLEtBQUssR0FBRyxJQUFJLEtBQUssVUFBVSxHQUFHLEtBQUssS0FBSyxLQUFLLEdBQUcsSUFBSUgsUUFBTyxDQUFDLEtBQUssS0FBSyxHQUFHLEdBQUksUUFBUSxDQUFDLElBQUk7QUFDL0YsV0FBSyxRQUFRLEdBQUcsSUFBSSxHQUFHO0FBQ3ZCLFlBQU0sT0FBTyxLQUFLLEtBQUssR0FBRyxFQUFHO0FBQzdCLFlBQU1FLE9BQU0sR0FBRztBQUFBLFFBQU8sR0FBRyxNQUFNO0FBQUEsUUFBUyxFQUFFLFdBQVcsS0FBSyxTQUFTLG9CQUFJLElBQUksRUFBRTtBQUFBLFFBQzNFLE1BQU0sR0FBRyxZQUFZLEdBQUcsTUFBTSxTQUFTLEtBQUssTUFBTSxHQUFHLGNBQWMsSUFBSSxDQUFDO0FBQUEsTUFBQztBQUMzRSxVQUFJQSxTQUFRLE9BQVcsUUFBTyxLQUFLLFFBQVEsTUFBTSx1QkFBdUI7QUFDeEUsWUFBTUMsVUFBUyxrQkFBa0JELE1BQUssR0FBRyxnQkFBZ0I7QUFDekQsV0FBSyxVQUFVLEdBQUcsSUFBSTtBQUN0QixVQUFJQyxZQUFXLFlBQVk7QUFDekIsY0FBTSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssSUFBSSxXQUFXLENBQUM7QUFDL0MsYUFBSyxLQUFLLEdBQUcsSUFBSTtBQUNqQixlQUFPLEVBQUUsUUFBQUEsU0FBUSxRQUFRLEVBQUUsTUFBTSxRQUFRLE1BQU0sYUFBYSxHQUFHLFlBQVksRUFBRTtBQUFBLE1BQy9FO0FBQ0EsVUFBSUEsWUFBVyx3QkFBeUIsTUFBSyxLQUFLLEdBQUcsSUFBSTtBQUFBLFVBQ3BELE1BQUssVUFBVSxHQUFHLElBQUk7QUFDM0IsYUFBTyxFQUFFLFFBQUFBLFFBQU87QUFBQSxJQUNsQjtBQUVBLFNBQUssYUFBYSxHQUFHLElBQUk7QUFDekIsVUFBTSxNQUFNLFFBQVEsWUFBWSxLQUFLLG9CQUFxQixLQUFLO0FBQy9ELFVBQU0sTUFBTSxHQUFHO0FBQUEsTUFBTyxHQUFHLE1BQU07QUFBQSxNQUFhLEVBQUUsV0FBVyxLQUFLLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQUEsTUFDL0UsTUFBTSxHQUFHLFlBQVksR0FBRyxNQUFNLGFBQWEsS0FBSyxJQUFJLEtBQUs7QUFBQSxJQUFDO0FBQzVELFFBQUksUUFBUSxPQUFXLFFBQU8sS0FBSyxRQUFRLE1BQU0sZUFBZTtBQUNoRSxVQUFNLFNBQVMsc0JBQXNCLEtBQUssR0FBRyxnQkFBZ0I7QUFDN0QsUUFBSSxXQUFXLFlBQVk7QUFDekIsV0FBSyxhQUFhLEdBQUcsSUFBSTtBQUV6QixZQUFNLGFBQWEsS0FBSyxhQUFhLE1BQU0sS0FBSyxLQUFLO0FBQ3JELGFBQU8sRUFBRSxRQUFRLFFBQVEsSUFBSSxXQUFXO0FBQUEsSUFDMUM7QUFDQSxPQUFHLFlBQVk7QUFDZixPQUFHLGdCQUFnQjtBQUNuQixXQUFPLEVBQUUsT0FBTztBQUFBLEVBQ2xCO0FBQUEsRUFFUSxhQUFhLE1BQWtCLEtBQVUsYUFBNkM7QUFDNUYsUUFBSSxDQUFDLEtBQUssVUFBVSxHQUFHLEVBQUcsUUFBTztBQUNqQyxVQUFNLE9BQU8sS0FBSyxLQUFLLEdBQUcsS0FBSyxJQUFJLFdBQVcsQ0FBQztBQUMvQyxTQUFLLFVBQVUsR0FBRyxJQUFJO0FBQ3RCLFNBQUssS0FBSyxHQUFHLElBQUk7QUFDakIsV0FBTyxFQUFFLE1BQU0sUUFBUSxNQUFNLFlBQVk7QUFBQSxFQUMzQztBQUFBLEVBRVEsUUFBUSxNQUFrQixRQUFvQztBQUNwRSxTQUFLLFdBQVcsSUFBSTtBQUNwQixXQUFPLEVBQUUsT0FBTztBQUFBLEVBQ2xCO0FBQUE7QUFBQSxFQUdRLFdBQVcsTUFBd0I7QUFDekMsUUFBSSxLQUFLLGlCQUFrQjtBQUMzQixTQUFLLG1CQUFtQjtBQUN4QixRQUFJLEtBQUssTUFBTztBQUNoQixTQUFLLG1CQUFtQixFQUFFLFFBQVEsS0FBSyxTQUFTLG9CQUFvQixNQUFNLElBQUksV0FBVyxDQUFDLEdBQUcsU0FBUyxDQUFDLEdBQUcsWUFBWSxHQUFHLENBQUM7QUFBQSxFQUM1SDtBQUFBO0FBQUEsRUFHQSxtQkFBbUIsT0FBZ0M7QUFDakQsUUFBSSxLQUFLLFNBQVMsS0FBSyxnQkFBZ0IsS0FBSyxVQUFXO0FBQ3ZELFNBQUssUUFBUTtBQUNiLFVBQU0sVUFBVSxJQUFJLFVBQVUsQ0FBQyxDQUFDLFdBQVcsT0FBTyxNQUFNLE1BQU0sQ0FBQyxDQUFDLENBQUM7QUFDakUsZUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE1BQU0sUUFBUyxTQUFRLElBQUksR0FBRyxDQUFDO0FBQ3BELFFBQUksTUFBTSxLQUFLLFNBQVMsR0FBRztBQUN6QixVQUFJLFFBQVEsSUFBSSxjQUFjLE1BQU0sT0FBVyxTQUFRLElBQUksZ0JBQWdCLFlBQVk7QUFDdkYsY0FBUSxRQUFRLGtCQUFrQixPQUFPLE1BQU0sS0FBSyxNQUFNLENBQUM7QUFBQSxJQUM3RDtBQUNBLFVBQU0sT0FBTyxLQUFLLE1BQU07QUFDeEIsVUFBTSxrQkFBa0IsS0FBSztBQUM3QixTQUFLLG9CQUFvQjtBQUN6QixTQUFLLGNBQWM7QUFDbkIsU0FBSyxRQUFRO0FBQ2IsU0FBSyxZQUFZLENBQUM7QUFDbEIsU0FBSyxNQUFNLFFBQVEsUUFBUTtBQUMzQixRQUFJLGlCQUFpQjtBQUVuQixXQUFLLFlBQVk7QUFDakIsV0FBSyxRQUFRLENBQUM7QUFDZCxXQUFLLG1CQUFtQjtBQUN4QixVQUFJLE1BQU0sS0FBSyxTQUFTLEVBQUcsTUFBSyxVQUFVLEtBQUssTUFBTSxJQUFJO0FBQ3pEO0FBQUEsSUFDRjtBQUNBLGVBQVcsS0FBSyxLQUFLLE1BQU8sR0FBRSxZQUFZLFdBQVc7QUFDckQsU0FBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sV0FBVyxhQUFhLE1BQU0sS0FBSyxXQUFXLEVBQUUsQ0FBQztBQUNsRixRQUFJLE1BQU0sS0FBSyxTQUFTLEVBQUcsTUFBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sUUFBUSxNQUFNLE1BQU0sTUFBTSxhQUFhLEtBQUssQ0FBQztBQUFBLEVBQzNHO0FBQUE7QUFBQSxFQUdBLE9BQU8sS0FBVSxNQUF3QjtBQUN2QyxRQUFJLEtBQUssYUFBYSxLQUFLLE9BQU8sR0FBRyxFQUFHO0FBQ3hDLFVBQU0sS0FBSyxLQUFLLE1BQU0sR0FBRztBQUN6QixVQUFNLE1BQU0sS0FBSyxNQUFNLEdBQUcsRUFBRSxRQUFRLEtBQUssS0FBSztBQUM5QyxRQUFJLEdBQUcsY0FBYyxLQUFLO0FBQ3hCLFlBQU0sS0FBSyxHQUFHO0FBQ2QsU0FBRyxZQUFZO0FBQ2YsU0FBRyxnQkFBZ0I7QUFDbkIsVUFBSSxHQUFHLFNBQVMsVUFBVyxNQUFLLFlBQVksR0FBRyxJQUFJO0FBQUEsVUFDOUMsTUFBSyxhQUFhLEdBQUcsSUFBSTtBQUM5QixZQUFNLGFBQWEsR0FBRyxTQUFTLGFBQWEsS0FBSyxhQUFhLE1BQU0sS0FBSyxLQUFLLElBQUk7QUFDbEYsVUFBSSxXQUFZLE1BQUssS0FBSyxLQUFLLE1BQU0sR0FBRyxVQUFVO0FBQ2xELFdBQUssS0FBSyxLQUFLLE1BQU0sR0FBRyxFQUFFO0FBQzFCLGFBQU8sR0FBRyxNQUFNLFNBQVMsS0FBSyxHQUFHLGNBQWMsVUFBYSxDQUFDLEtBQUssT0FBTyxHQUFHLEdBQUc7QUFDN0UsY0FBTSxJQUFJLEdBQUcsTUFBTSxNQUFNO0FBQ3pCLGFBQUssS0FBSyxLQUFLLEVBQUUsS0FBSyxFQUFFLEVBQUU7QUFBQSxNQUM1QjtBQUNBO0FBQUEsSUFDRjtBQUNBLFVBQU0sV0FBVyxLQUFLLGFBQWEsTUFBTSxLQUFLLEtBQUssUUFBUSxHQUFHLENBQUM7QUFDL0QsUUFBSSxTQUFVLE1BQUssS0FBSyxLQUFLLE1BQU0sR0FBRyxRQUFRO0FBQUEsRUFDaEQ7QUFBQTtBQUFBLEVBR0EsTUFBTSxTQUF1QjtBQUMzQixRQUFJLEtBQUssZ0JBQWdCLEtBQUssVUFBVztBQUN6QyxTQUFLLGVBQWU7QUFBQSxFQUN0QjtBQUNGO0FBRUEsU0FBUyxjQUFjLElBQXVCO0FBQzVDLE1BQUksR0FBRyxTQUFTLFVBQVcsUUFBTztBQUNsQyxNQUFJLEdBQUcsU0FBUyxPQUFRLFFBQU87QUFDL0IsU0FBTztBQUNUOzs7QUN0ZUEsSUFBTSxtQkFBbUIsS0FBSyxJQUFJLE1BQU0sR0FBRyxDQUFDO0FBQzVDLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBRXpCLElBQU0sT0FBTixNQUFXO0FBQUEsRUFDUCxhQUFhLElBQUksV0FBVztBQUFBLEVBQzVCLFNBQVMsSUFBSSxhQUFhO0FBQUEsRUFDMUIsY0FBYyxJQUFJLFlBQVk7QUFBQSxFQUM5QjtBQUFBLEVBQ0E7QUFBQSxFQUNUO0FBQUEsRUFDaUIsTUFBWSxDQUFDO0FBQUEsRUFDYjtBQUFBLEVBQ1QsV0FBMkIsQ0FBQztBQUFBLEVBQzVCLFdBQVc7QUFBQSxFQUNYLE1BQU07QUFBQSxFQUVkLFlBQVksVUFBdUIsQ0FBQyxHQUFHO0FBQ3JDLFFBQUksUUFBUSxXQUFXLFVBQWEsUUFBUSxXQUFXLFdBQVcsUUFBUSxXQUFXLGVBQWU7QUFDbEcsWUFBTSxJQUFJLFVBQVUsZ0RBQWdELE9BQU8sUUFBUSxNQUFNLENBQUMsRUFBRTtBQUFBLElBQzlGO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixVQUFhLENBQUMsT0FBTyxjQUFjLFFBQVEsV0FBVyxHQUFHO0FBQ25GLFlBQU0sSUFBSSxVQUFVLHVEQUF1RDtBQUFBLElBQzdFO0FBQ0EsU0FBSyxTQUFTLFFBQVEsVUFBVTtBQUNoQyxTQUFLLGNBQWMsUUFBUSxlQUFlO0FBQzFDLFNBQUssUUFBUSxLQUFLO0FBQ2xCLFNBQUssV0FBVyxRQUFRLFdBQVcsSUFBSSxJQUFJLFFBQVEsUUFBUSxJQUFJO0FBQUEsRUFDakU7QUFBQSxFQUVBLE1BQU0sUUFBUSxTQUFpQztBQUM3QyxVQUFNLEtBQUssTUFBTSxHQUFHLE1BQU0sTUFBTSxPQUFPO0FBQ3ZDLFNBQUssSUFBSSxLQUFLLEVBQUU7QUFDaEIsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsY0FBYyxLQUFvQixVQUEwQyxDQUFDLEdBQWU7QUFDMUYsUUFBSSxDQUFDLE1BQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxXQUFXLEVBQUcsT0FBTSxJQUFJLFVBQVUsOENBQThDO0FBQy9HLGVBQVcsTUFBTSxLQUFLO0FBQ3BCLFVBQUksRUFBRSxjQUFjLE9BQU8sR0FBRyxTQUFTLEtBQU0sT0FBTSxJQUFJLFVBQVUsNERBQTZEO0FBQzlILFVBQUksQ0FBQyxHQUFHLFlBQVk7QUFDbEIsY0FBTSxJQUFJLGlCQUFpQixzQkFBc0IsR0FBRyxVQUFVLEdBQUcsSUFBSSxrR0FBa0c7QUFBQSxNQUN6SztBQUFBLElBQ0Y7QUFDQSxXQUFPLElBQUksV0FBVyxLQUFLLG1CQUFtQixRQUFRLFlBQVksbUJBQW1CLENBQUM7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBcUI7QUFDbkIsV0FBTyxPQUFPLEtBQUssS0FBSyxJQUFJO0FBQUEsRUFDOUI7QUFBQSxFQUVBLGNBQXNCO0FBQ3BCLFdBQU8sT0FBTyxLQUFLLFFBQVEsS0FBSyxXQUFXLElBQUk7QUFBQSxFQUNqRDtBQUFBO0FBQUEsRUFHQSxZQUFZLElBQWtCO0FBQzVCLFFBQUksQ0FBQyxPQUFPLFNBQVMsRUFBRSxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksV0FBVyx5REFBeUQ7QUFDbEgsVUFBTSxTQUFTLEtBQUssUUFBUTtBQUM1QixlQUFTO0FBQ1AsVUFBSTtBQUNKLGlCQUFXLE1BQU0sS0FBSyxLQUFLO0FBQ3pCLGNBQU0sSUFBSSxHQUFHLFVBQVU7QUFDdkIsWUFBSSxLQUFLLEVBQUUsTUFBTSxXQUFXLENBQUMsUUFBUSxFQUFFLEtBQUssS0FBSyxJQUFLLFFBQU87QUFBQSxNQUMvRDtBQUNBLFVBQUksQ0FBQyxLQUFNO0FBQ1gsV0FBSyxRQUFRLEtBQUs7QUFDbEIsV0FBSyxLQUFLO0FBQUEsSUFDWjtBQUNBLFNBQUssUUFBUTtBQUFBLEVBQ2Y7QUFBQTtBQUFBLEVBR0EsUUFBUSxNQUFjLFdBQW1CLE1BQWlDO0FBQ3hFLFVBQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxNQUFNLFNBQVM7QUFDakQsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLGlCQUFpQiw4QkFBOEIsSUFBSSwrQkFBK0IsU0FBUyxHQUFHO0FBQ2pJLFVBQU0sRUFBRSxPQUFPLElBQUksS0FBSyxPQUFPLFFBQVEsT0FBTyxPQUFPLFNBQVMsV0FBV0EsU0FBUSxPQUFPLElBQUksSUFBSSxJQUFJO0FBQ3BHLFFBQUksT0FBUSxNQUFLLE1BQU0sTUFBTTtBQUM3QixTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBO0FBQUEsRUFHQSxPQUFPLE1BQWtDO0FBQ3ZDLFdBQU8sS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUFBLEVBQ3BDO0FBQUEsRUFFQSxVQUF1QztBQUNyQyxXQUFPLEtBQUssWUFBWSxJQUFJO0FBQUEsRUFDOUI7QUFBQSxFQUVBLFdBQVcsTUFBdUI7QUFDaEMsV0FBTyxLQUFLLGFBQWEsVUFBYSxLQUFLLFNBQVMsSUFBSSxJQUFJO0FBQUEsRUFDOUQ7QUFBQTtBQUFBLEVBR0EsVUFBa0I7QUFDaEIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBO0FBQUEsRUFHQSxNQUFNLFFBQTBCO0FBQzlCLFNBQUssU0FBUyxLQUFLLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxnQkFBc0I7QUFDcEIsUUFBSSxLQUFLLFNBQVU7QUFDbkIsU0FBSyxXQUFXO0FBQ2hCLFFBQUk7QUFDRixhQUFPLEtBQUssU0FBUyxTQUFTLEVBQUcsTUFBSyxTQUFTLE1BQU0sRUFBRztBQUFBLElBQzFELFVBQUU7QUFDQSxXQUFLLFdBQVc7QUFBQSxJQUNsQjtBQUFBLEVBQ0Y7QUFDRjs7O0FDbklBLElBQU0sT0FBTyxJQUFJLEtBQUs7QUFDdEIsSUFBTSxPQUFRLEdBQUcsVUFBa0I7QUFDbkMsSUFBTSxRQUFrQixDQUFDO0FBQ3hCLEdBQUcsVUFBa0IsTUFBTSxTQUFVLEdBQVcsR0FBVztBQUFFLFFBQU0sS0FBSyxDQUFDO0FBQUcsU0FBTyxLQUFLLEtBQUssTUFBTSxHQUFHLENBQUM7QUFBRztBQUMzRyxJQUFJO0FBQUUsUUFBTSxLQUFLLFFBQVEsRUFBRSxRQUFRLDRDQUE0QyxxQkFBcUIsdUJBQXVCLENBQUM7QUFBRyxVQUFRLElBQUksSUFBSTtBQUFHLFNBQVMsR0FBUTtBQUFFLFVBQVEsSUFBSSxFQUFFLElBQUk7QUFBRztBQUMxTCxRQUFRLElBQUksTUFBTSxLQUFLLEVBQUUsRUFBRSxNQUFNLEdBQUcsSUFBSSxDQUFDOyIsCiAgIm5hbWVzIjogWyJlbmNvZGVyIiwgImVuY29kZXIiLCAiZGVjb2RlciIsICJkZWNvZGVyIiwgImRlY29kZXIiLCAiZW5jb2RlciIsICJlbmNvZGVyIiwgImhvc3QiLCAiZW5jb2RlciIsICJkZWNvZGVyIiwgImVuY29kZXIiLCAiZGVjb2RlciIsICJjb25jYXQiLCAibWFwIiwgInJhdyIsICJhY3Rpb24iLCAiZW5jb2RlciJdCn0K
