var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};

// envoy/paths.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function repoRoot() {
  if (cached) return cached;
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const manifest = join(dir, "package.json");
      if (existsSync(manifest) && isOurs(manifest)) return cached = dir;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('cannot find the portcullis repository root (no package.json named "portcullis" above this module or the working directory)');
}
function isOurs(manifest) {
  try {
    return JSON.parse(readFileSync(manifest, "utf8")).name === "portcullis";
  } catch {
    return false;
  }
}
function defaultBuildDir() {
  return join(repoRoot(), "build");
}
var cached;
var init_paths = __esm({
  "envoy/paths.ts"() {
    "use strict";
  }
});

// bench/jwt.ts
import { createPublicKey, createSecretKey, verify as nodeVerify, createHmac as createHmac2, timingSafeEqual } from "node:crypto";

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

// host-sim/pairs.ts
var encoder = new TextEncoder();
var decoder = new TextDecoder("utf-8", { fatal: false });
function encodePairs(pairs) {
  const encoded = pairs.map(([k, v]) => [encoder.encode(k), encoder.encode(v)]);
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
var encoder2 = new TextEncoder();
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
  if (typeof value === "string") return encoder2.encode(value);
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
  return v === void 0 ? void 0 : encoder2.encode(v);
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

// host-sim/shared-data.ts
var encoder3 = new TextEncoder();
var decoder3 = new TextDecoder();
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
    return e && decoder3.decode(e.value);
  }
  getBytes(key, vmId = "") {
    return this.map(vmId).get(key)?.value.slice();
  }
  /** Test helper: seeds a value as another worker would (unconditional write). */
  set(key, value, vmId = "") {
    this.store(vmId, key, typeof value === "string" ? encoder3.encode(value) : value, 0);
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

// host-sim/header-map.ts
var encoder4 = new TextEncoder();
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
    for (const [k, v] of this.entries) size += encoder4.encode(k).length + encoder4.encode(v).length;
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

// host-sim/stream.ts
var encoder5 = new TextEncoder();
var decoder4 = new TextDecoder();
function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
function toBody(data, what) {
  if (typeof data === "string") return encoder5.encode(data);
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
    const r2 = this.reply;
    if (!r2) return void 0;
    const body = concat(this.state.response.delivered);
    return {
      status: r2.status,
      headers: this.responseHeaderMap?.pairs() ?? [],
      body,
      bodyText: decoder4.decode(body),
      details: r2.details,
      grpcStatus: r2.grpcStatus >= 0 && r2.grpcStatus <= 16 ? r2.grpcStatus : void 0
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
    return concat(this.state.request.delivered);
  }
  /** The response body that passed every filter (what the client received). */
  responseBody() {
    return concat(this.state.response.delivered);
  }
  /** Filter state a filter wrote with proxy_set_property (path segments joined by "." or given as an array). */
  property(path) {
    const bytes = this.propertyBytes(path);
    return bytes && decoder4.decode(bytes);
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
      slot.body[dir] = slot.buffering[dir] && slot.body[dir] ? concat([slot.body[dir], incoming]) : incoming;
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

// host-sim/vm.ts
import { readFile } from "node:fs/promises";

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
        buffer.set(concat2(data, drained));
        return WasmResult.Ok;
      }
      if (s >= current.length) {
        buffer.set(concat2(current, data));
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
function concat2(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// host-sim/memory.ts
var decoder5 = new TextDecoder("utf-8");
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
    return bytes && decoder5.decode(bytes);
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
var decoder6 = new TextDecoder();
var encoder6 = new TextEncoder();
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
      let text = chunks.map((c) => decoder6.decode(c, { stream: true })).join("") + decoder6.decode();
      if (text.endsWith("\n")) text = text.slice(0, -1);
      h.log(fd === 1 ? "info" : "error", text);
    }
    return m.writeU32(nwrittenPtr, written) ? ERRNO_SUCCESS : ERRNO_FAULT;
  };
  const envStrings = () => h.env.map(([k, v]) => encoder6.encode(`${k}=${v}\0`));
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
var encoder7 = new TextEncoder();
var LOG_KEEP = 20;
function toBytes(value, what) {
  if (value === void 0) return new Uint8Array(0);
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") return encoder7.encode(value);
  if (typeof value === "object" && value !== null) return encoder7.encode(JSON.stringify(value));
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
  constructor(host, options) {
    this.host = host;
    this.vmId = options.vmId ?? "";
    this.rootId = options.rootId ?? "";
    this.name = options.name ?? this.rootId;
    this.properties = validateProperties(options.properties, "properties");
    const level = options.logLevel ?? "trace";
    this.logLevelIndex = LOG_LEVELS.indexOf(level);
    if (this.logLevelIndex < 0) throw new TypeError(`logLevel must be one of ${LOG_LEVELS.join(", ")}`);
    this.metricIds = new VmMetrics(host.metricStore);
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
  lastCallStopped = false;
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
  static async start(host, options) {
    if (typeof options !== "object" || options === null) throw new TypeError("startVm needs an options object with a module");
    const vm = new _Vm(host, options);
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
      const stopped = this.nextIterationStopped;
      const actions = this.afterCall;
      this.afterCall = [];
      for (const action of actions) action();
      this.host.flushDeferred();
      this.lastCallStopped = stopped;
    }
    return result;
  }
  /** Whether the guest asked to stop iteration (sent a local reply) during the last outermost call. */
  get iterationStopped() {
    return this.lastCallStopped;
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
    const body = typeof response.body === "string" ? encoder7.encode(response.body) : response.body ?? new Uint8Array(0);
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
    const body = encoder7.encode("upstream request timeout");
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

// host-sim/host.ts
var DEFAULT_START_MS = Date.UTC(2025, 0, 1);
var MONOTONIC_UPTIME_MS = 36e5;
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
  /**
   * Envoy's monotonic clock counts from an arbitrary point well before the VM
   * starts; a zero reading makes runtimes such as Go's abort ("nanotime
   * returning zero"), so the virtual process has been up for an hour.
   */
  monotonicNs() {
    return BigInt(this.nowMs - this.startTimeMs + MONOTONIC_UPTIME_MS) * 1000000n;
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

// bench/jwt.ts
init_paths();

// test/fixtures/jwt/tokens.ts
import { createHmac, randomBytes } from "node:crypto";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
var b64url = (data) => Buffer.from(data).toString("base64url");
async function makeKey(alg, kid, options = {}) {
  const withAlg = options.withAlg ?? true;
  if (alg.startsWith("HS")) {
    const secret = new Uint8Array(randomBytes(alg === "HS256" ? 32 : alg === "HS384" ? 48 : 64));
    const jwk2 = { kty: "oct", k: b64url(secret), kid, use: "sig", ...withAlg ? { alg } : {} };
    return { alg, kid, signing: secret, jwk: jwk2 };
  }
  const { publicKey, privateKey } = await generateKeyPair(alg, alg === "EdDSA" ? { crv: "Ed25519" } : {});
  const jwk = { ...await exportJWK(publicKey), kid, use: "sig", ...withAlg ? { alg } : {} };
  return { alg, kid, signing: privateKey, jwk };
}
async function mint(key, claims, options = {}) {
  const header = { alg: key.alg, ...options.noKid ? {} : { kid: key.kid }, ...options.header ?? {} };
  return new SignJWT(claims).setProtectedHeader(header).sign(key.signing);
}

// bench/lib/stats.ts
function summarize(samples) {
  if (samples.length === 0) throw new Error("summarize: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}
function timeEach(n, warmup, fn) {
  for (let i = 0; i < warmup; i++) fn(i);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    out[i] = Number(process.hrtime.bigint() - t0) / 1e3;
  }
  return out;
}
var fmt = (x, digits = 1) => x.toFixed(digits);

// bench/jwt.ts
var ISSUER = "https://idp.bench";
var START_MS = Date.UTC(2026, 0, 1);
var JWT_ALGS = ["RS256", "PS256", "ES256", "EdDSA", "HS256"];
async function startFilter(key, cacheEntries) {
  const host = new Host({ startTimeMs: START_MS });
  return host.startVm({
    module: `${defaultBuildDir()}/jwt.wasm`,
    pluginConfiguration: {
      providers: [{ name: "bench", issuer: ISSUER, audiences: ["api"], algorithms: [key.alg], keys: { inline: { keys: [key.jwk] } } }],
      rules: [{ methods: [], prefix: "/", requires: { provider: "bench" } }],
      cache: { max_entries: cacheEntries }
    }
  });
}
function request(vm, token) {
  const s = vm.newHttpStream();
  s.sendRequestHeaders([[":method", "GET"], [":path", "/orders"], [":authority", "api"], ["x-request-id", "b"], ["authorization", `Bearer ${token}`]], { endOfStream: true });
  if (s.localResponse) throw new Error(`bench token refused: ${s.localResponse.status} ${s.localResponse.bodyText}`);
  s.complete();
}
function nodeVerifier(key) {
  if (key.alg === "HS256") {
    const secret = createSecretKey(key.signing);
    return (token) => {
      const dot = token.lastIndexOf(".");
      const mac = createHmac2("sha256", secret).update(token.slice(0, dot)).digest();
      return timingSafeEqual(mac, Buffer.from(token.slice(dot + 1), "base64url"));
    };
  }
  const pub = createPublicKey({ key: key.jwk, format: "jwk" });
  const hash = key.alg === "EdDSA" ? null : "sha256";
  const options = key.alg === "PS256" ? { key: pub, padding: 6, saltLength: 32 } : key.alg === "ES256" ? { key: pub, dsaEncoding: "ieee-p1363" } : { key: pub };
  return (token) => {
    const dot = token.lastIndexOf(".");
    return nodeVerify(hash, Buffer.from(token.slice(0, dot)), options, Buffer.from(token.slice(dot + 1), "base64url"));
  };
}
async function jwtHostSim(n) {
  const perAlg = {};
  let cacheHit;
  for (const alg of JWT_ALGS) {
    const key = await makeKey(alg, `${alg}-bench`);
    const now = Math.floor(START_MS / 1e3);
    const tokens = [];
    for (let i = 0; i < n + 200; i++) tokens.push(await mint(key, { iss: ISSUER, aud: "api", sub: `user-${i}`, iat: now, exp: now + 3600, jti: `t${i}` }));
    const vm = await startFilter(key, 16);
    const check = nodeVerifier(key);
    if (!tokens.every((t, i) => i > 3 || check(t))) throw new Error(`${alg}: Node refuses our bench tokens`);
    const filterMiss = summarize(timeEach(n, 200, (i) => request(vm, tokens[i + (i < 200 ? 0 : 200)])));
    const nodeVerify2 = summarize(timeEach(n, 200, (i) => void check(tokens[i % tokens.length])));
    perAlg[alg] = { filterMiss, nodeVerify: nodeVerify2 };
    if (alg === "RS256") {
      const hot = tokens[0];
      request(vm, hot);
      cacheHit = summarize(timeEach(n, 200, () => request(vm, hot)));
      if ((vm.counter("portcullis.jwt.cache.hit") ?? 0) < n) throw new Error("the cache-hit bench did not hit the cache");
    }
  }
  return { perAlg, cacheHit };
}
function printJwtHostSim(r2) {
  console.log("jwt in host-sim: one request, token not cached (\xB5s)   filter p50/p99      Node crypto.verify p50/p99   ratio p50 (target)");
  const target = { RS256: "\u2264 5\xD7", PS256: "", ES256: "\u2264 10\xD7", EdDSA: "\u2264 10\xD7", HS256: "\u2264 3\xD7" };
  for (const [alg, f] of Object.entries(r2.perAlg)) {
    console.log(
      `  ${alg.padEnd(8)} ${fmt(f.filterMiss.p50).padStart(30)} / ${fmt(f.filterMiss.p99).padEnd(8)} ${fmt(f.nodeVerify.p50).padStart(16)} / ${fmt(f.nodeVerify.p99).padEnd(8)}   ${fmt(f.filterMiss.p50 / f.nodeVerify.p50, 2)}\xD7 ${target[alg] ? `(${target[alg]})` : ""}`
    );
  }
  const rs = r2.perAlg.RS256.nodeVerify.p50;
  console.log(`  cache hit (RS256 token seen before): p50 ${fmt(r2.cacheHit.p50)} \xB5s, p99 ${fmt(r2.cacheHit.p99)} \xB5s = ${fmt(r2.cacheHit.p50 / rs, 2)}\xD7 Node's RS256 verify (target \u2264 0.2\xD7)`);
}

// ../../tmp/jwtperf/sim.ts
var r = await jwtHostSim(Number(process.env.N ?? 500));
printJwtHostSim(r);
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vZW52b3kvcGF0aHMudHMiLCAiLi4vLi4vYmVuY2gvand0LnRzIiwgIi4uLy4uL2hvc3Qtc2ltL2Vycm9ycy50cyIsICIuLi8uLi9ob3N0LXNpbS9hYmkudHMiLCAiLi4vLi4vaG9zdC1zaW0vbWV0cmljcy50cyIsICIuLi8uLi9ob3N0LXNpbS9wYWlycy50cyIsICIuLi8uLi9ob3N0LXNpbS9wcm9wZXJ0aWVzLnRzIiwgIi4uLy4uL2hvc3Qtc2ltL3NoYXJlZC1kYXRhLnRzIiwgIi4uLy4uL2hvc3Qtc2ltL3NoYXJlZC1xdWV1ZXMudHMiLCAiLi4vLi4vaG9zdC1zaW0vaGVhZGVyLW1hcC50cyIsICIuLi8uLi9ob3N0LXNpbS9zdHJlYW0udHMiLCAiLi4vLi4vaG9zdC1zaW0vdm0udHMiLCAiLi4vLi4vaG9zdC1zaW0vaG9zdC1jYWxscy50cyIsICIuLi8uLi9ob3N0LXNpbS9tZW1vcnkudHMiLCAiLi4vLi4vaG9zdC1zaW0vd2FzaS50cyIsICIuLi8uLi9ob3N0LXNpbS9ob3N0LnRzIiwgIi4uLy4uL3Rlc3QvZml4dHVyZXMvand0L3Rva2Vucy50cyIsICIuLi8uLi9iZW5jaC9saWIvc3RhdHMudHMiLCAiLi4vLi4vLi4vLi4vdG1wL2p3dHBlcmYvc2ltLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBMb2NhdGVzIHRoZSByZXBvc2l0b3J5IHJvb3QuIENvZGUgaGVyZSBydW5zIGJvdGggZnJvbSBzb3VyY2UgKHZpdGVzdCkgYW5kIGJ1bmRsZWQgaW50b1xuLy8gLmNhY2hlL3RzLyAoYmluL3RzLm1qcyksIHNvIHBhdGhzIHJlbGF0aXZlIHRvIGltcG9ydC5tZXRhLnVybCBhcmUgbm90IHN0YWJsZTsgdGhlIHJvb3QgaXNcbi8vIHRoZSBuZWFyZXN0IGFuY2VzdG9yIHdob3NlIHBhY2thZ2UuanNvbiBpcyBvdXJzLlxuaW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBkaXJuYW1lLCBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IGZpbGVVUkxUb1BhdGggfSBmcm9tICdub2RlOnVybCc7XG5cbmxldCBjYWNoZWQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuZXhwb3J0IGZ1bmN0aW9uIHJlcG9Sb290KCk6IHN0cmluZyB7XG4gIGlmIChjYWNoZWQpIHJldHVybiBjYWNoZWQ7XG4gIGZvciAoY29uc3Qgc3RhcnQgb2YgW2Rpcm5hbWUoZmlsZVVSTFRvUGF0aChpbXBvcnQubWV0YS51cmwpKSwgcHJvY2Vzcy5jd2QoKV0pIHtcbiAgICBmb3IgKGxldCBkaXIgPSBzdGFydDsgOyBkaXIgPSBkaXJuYW1lKGRpcikpIHtcbiAgICAgIGNvbnN0IG1hbmlmZXN0ID0gam9pbihkaXIsICdwYWNrYWdlLmpzb24nKTtcbiAgICAgIGlmIChleGlzdHNTeW5jKG1hbmlmZXN0KSAmJiBpc091cnMobWFuaWZlc3QpKSByZXR1cm4gKGNhY2hlZCA9IGRpcik7XG4gICAgICBpZiAoZGlybmFtZShkaXIpID09PSBkaXIpIGJyZWFrO1xuICAgIH1cbiAgfVxuICB0aHJvdyBuZXcgRXJyb3IoJ2Nhbm5vdCBmaW5kIHRoZSBwb3J0Y3VsbGlzIHJlcG9zaXRvcnkgcm9vdCAobm8gcGFja2FnZS5qc29uIG5hbWVkIFwicG9ydGN1bGxpc1wiIGFib3ZlIHRoaXMgbW9kdWxlIG9yIHRoZSB3b3JraW5nIGRpcmVjdG9yeSknKTtcbn1cblxuZnVuY3Rpb24gaXNPdXJzKG1hbmlmZXN0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShyZWFkRmlsZVN5bmMobWFuaWZlc3QsICd1dGY4JykpLm5hbWUgPT09ICdwb3J0Y3VsbGlzJztcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG59XG5cbi8qKiBXaGVyZSBgcG9ydGN1bGxpcyBidWlsZGAgd3JpdGVzIG1vZHVsZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZGVmYXVsdEJ1aWxkRGlyKCk6IHN0cmluZyB7XG4gIHJldHVybiBqb2luKHJlcG9Sb290KCksICdidWlsZCcpO1xufVxuIiwgIi8vIElzc3VlLTMgZmlndXJlcywgaG9zdC1zaW0gc2lkZTogcGVyIGFsZ29yaXRobSwgb25lIHJlcXVlc3QgdGhyb3VnaCB0aGUgand0IGZpbHRlciB3aXRoIGEgdG9rZW5cbi8vIGl0IGhhcyBub3Qgc2VlbiAoY2FjaGUgbWlzcywgc28gYSBmdWxsIHZlcmlmaWNhdGlvbikgYWdhaW5zdCBOb2RlJ3MgY3J5cHRvLnZlcmlmeSAoT3BlblNTTClcbi8vIG9mIHRoZSBzYW1lIHNpZ25pbmcgaW5wdXQgd2l0aCB0aGUgc2FtZSBrZXk7IGFuZCBvbmUgcmVxdWVzdCB3aG9zZSB0b2tlbiBpcyBjYWNoZWQuXG5pbXBvcnQgeyBjcmVhdGVQdWJsaWNLZXksIGNyZWF0ZVNlY3JldEtleSwgdmVyaWZ5IGFzIG5vZGVWZXJpZnksIGNyZWF0ZUhtYWMsIHRpbWluZ1NhZmVFcXVhbCwgdHlwZSBLZXlPYmplY3QgfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgeyBIb3N0LCB0eXBlIFZtIH0gZnJvbSAnLi4vaG9zdC1zaW0vaW5kZXgudHMnO1xuaW1wb3J0IHsgZGVmYXVsdEJ1aWxkRGlyIH0gZnJvbSAnLi4vZW52b3kvcGF0aHMudHMnO1xuaW1wb3J0IHsgbWFrZUtleSwgbWludCwgdHlwZSBTaWduaW5nQWxnLCB0eXBlIFRlc3RLZXkgfSBmcm9tICcuLi90ZXN0L2ZpeHR1cmVzL2p3dC90b2tlbnMudHMnO1xuaW1wb3J0IHsgZm10LCBzdW1tYXJpemUsIHRpbWVFYWNoLCB0eXBlIFN1bW1hcnkgfSBmcm9tICcuL2xpYi9zdGF0cy50cyc7XG5cbmNvbnN0IElTU1VFUiA9ICdodHRwczovL2lkcC5iZW5jaCc7XG5jb25zdCBTVEFSVF9NUyA9IERhdGUuVVRDKDIwMjYsIDAsIDEpO1xuZXhwb3J0IGNvbnN0IEpXVF9BTEdTOiBTaWduaW5nQWxnW10gPSBbJ1JTMjU2JywgJ1BTMjU2JywgJ0VTMjU2JywgJ0VkRFNBJywgJ0hTMjU2J107XG5cbmFzeW5jIGZ1bmN0aW9uIHN0YXJ0RmlsdGVyKGtleTogVGVzdEtleSwgY2FjaGVFbnRyaWVzOiBudW1iZXIpOiBQcm9taXNlPFZtPiB7XG4gIGNvbnN0IGhvc3QgPSBuZXcgSG9zdCh7IHN0YXJ0VGltZU1zOiBTVEFSVF9NUyB9KTtcbiAgcmV0dXJuIGhvc3Quc3RhcnRWbSh7XG4gICAgbW9kdWxlOiBgJHtkZWZhdWx0QnVpbGREaXIoKX0vand0Lndhc21gLFxuICAgIHBsdWdpbkNvbmZpZ3VyYXRpb246IHtcbiAgICAgIHByb3ZpZGVyczogW3sgbmFtZTogJ2JlbmNoJywgaXNzdWVyOiBJU1NVRVIsIGF1ZGllbmNlczogWydhcGknXSwgYWxnb3JpdGhtczogW2tleS5hbGddLCBrZXlzOiB7IGlubGluZTogeyBrZXlzOiBba2V5Lmp3a10gfSB9IH1dLFxuICAgICAgcnVsZXM6IFt7IG1ldGhvZHM6IFtdLCBwcmVmaXg6ICcvJywgcmVxdWlyZXM6IHsgcHJvdmlkZXI6ICdiZW5jaCcgfSB9XSxcbiAgICAgIGNhY2hlOiB7IG1heF9lbnRyaWVzOiBjYWNoZUVudHJpZXMgfSxcbiAgICB9LFxuICB9KTtcbn1cblxuZnVuY3Rpb24gcmVxdWVzdCh2bTogVm0sIHRva2VuOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcyA9IHZtLm5ld0h0dHBTdHJlYW0oKTtcbiAgcy5zZW5kUmVxdWVzdEhlYWRlcnMoW1snOm1ldGhvZCcsICdHRVQnXSwgWyc6cGF0aCcsICcvb3JkZXJzJ10sIFsnOmF1dGhvcml0eScsICdhcGknXSwgWyd4LXJlcXVlc3QtaWQnLCAnYiddLCBbJ2F1dGhvcml6YXRpb24nLCBgQmVhcmVyICR7dG9rZW59YF1dLCB7IGVuZE9mU3RyZWFtOiB0cnVlIH0pO1xuICBpZiAocy5sb2NhbFJlc3BvbnNlKSB0aHJvdyBuZXcgRXJyb3IoYGJlbmNoIHRva2VuIHJlZnVzZWQ6ICR7cy5sb2NhbFJlc3BvbnNlLnN0YXR1c30gJHtzLmxvY2FsUmVzcG9uc2UuYm9keVRleHR9YCk7XG4gIHMuY29tcGxldGUoKTtcbn1cblxuZnVuY3Rpb24gbm9kZVZlcmlmaWVyKGtleTogVGVzdEtleSk6ICh0b2tlbjogc3RyaW5nKSA9PiBib29sZWFuIHtcbiAgaWYgKGtleS5hbGcgPT09ICdIUzI1NicpIHtcbiAgICBjb25zdCBzZWNyZXQgPSBjcmVhdGVTZWNyZXRLZXkoa2V5LnNpZ25pbmcgYXMgVWludDhBcnJheSk7XG4gICAgcmV0dXJuICh0b2tlbikgPT4ge1xuICAgICAgY29uc3QgZG90ID0gdG9rZW4ubGFzdEluZGV4T2YoJy4nKTtcbiAgICAgIGNvbnN0IG1hYyA9IGNyZWF0ZUhtYWMoJ3NoYTI1NicsIHNlY3JldCkudXBkYXRlKHRva2VuLnNsaWNlKDAsIGRvdCkpLmRpZ2VzdCgpO1xuICAgICAgcmV0dXJuIHRpbWluZ1NhZmVFcXVhbChtYWMsIEJ1ZmZlci5mcm9tKHRva2VuLnNsaWNlKGRvdCArIDEpLCAnYmFzZTY0dXJsJykpO1xuICAgIH07XG4gIH1cbiAgY29uc3QgcHViOiBLZXlPYmplY3QgPSBjcmVhdGVQdWJsaWNLZXkoeyBrZXk6IGtleS5qd2sgYXMgbmV2ZXIsIGZvcm1hdDogJ2p3aycgfSk7XG4gIGNvbnN0IGhhc2ggPSBrZXkuYWxnID09PSAnRWREU0EnID8gbnVsbCA6ICdzaGEyNTYnO1xuICBjb25zdCBvcHRpb25zID1cbiAgICBrZXkuYWxnID09PSAnUFMyNTYnID8geyBrZXk6IHB1YiwgcGFkZGluZzogNiAvKiBSU0FfUEtDUzFfUFNTX1BBRERJTkcgKi8sIHNhbHRMZW5ndGg6IDMyIH1cbiAgICA6IGtleS5hbGcgPT09ICdFUzI1NicgPyB7IGtleTogcHViLCBkc2FFbmNvZGluZzogJ2llZWUtcDEzNjMnIGFzIGNvbnN0IH1cbiAgICA6IHsga2V5OiBwdWIgfTtcbiAgcmV0dXJuICh0b2tlbikgPT4ge1xuICAgIGNvbnN0IGRvdCA9IHRva2VuLmxhc3RJbmRleE9mKCcuJyk7XG4gICAgcmV0dXJuIG5vZGVWZXJpZnkoaGFzaCwgQnVmZmVyLmZyb20odG9rZW4uc2xpY2UoMCwgZG90KSksIG9wdGlvbnMsIEJ1ZmZlci5mcm9tKHRva2VuLnNsaWNlKGRvdCArIDEpLCAnYmFzZTY0dXJsJykpO1xuICB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEp3dEFsZ0ZpZ3VyZXMge1xuICBmaWx0ZXJNaXNzOiBTdW1tYXJ5O1xuICBub2RlVmVyaWZ5OiBTdW1tYXJ5O1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gand0SG9zdFNpbShuOiBudW1iZXIpOiBQcm9taXNlPHsgcGVyQWxnOiBSZWNvcmQ8c3RyaW5nLCBKd3RBbGdGaWd1cmVzPjsgY2FjaGVIaXQ6IFN1bW1hcnkgfT4ge1xuICBjb25zdCBwZXJBbGc6IFJlY29yZDxzdHJpbmcsIEp3dEFsZ0ZpZ3VyZXM+ID0ge307XG4gIGxldCBjYWNoZUhpdDogU3VtbWFyeSB8IHVuZGVmaW5lZDtcbiAgZm9yIChjb25zdCBhbGcgb2YgSldUX0FMR1MpIHtcbiAgICBjb25zdCBrZXkgPSBhd2FpdCBtYWtlS2V5KGFsZywgYCR7YWxnfS1iZW5jaGApO1xuICAgIGNvbnN0IG5vdyA9IE1hdGguZmxvb3IoU1RBUlRfTVMgLyAxMDAwKTtcbiAgICBjb25zdCB0b2tlbnM6IHN0cmluZ1tdID0gW107XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBuICsgMjAwOyBpKyspIHRva2Vucy5wdXNoKGF3YWl0IG1pbnQoa2V5LCB7IGlzczogSVNTVUVSLCBhdWQ6ICdhcGknLCBzdWI6IGB1c2VyLSR7aX1gLCBpYXQ6IG5vdywgZXhwOiBub3cgKyAzNjAwLCBqdGk6IGB0JHtpfWAgfSkpO1xuICAgIGNvbnN0IHZtID0gYXdhaXQgc3RhcnRGaWx0ZXIoa2V5LCAxNik7XG4gICAgY29uc3QgY2hlY2sgPSBub2RlVmVyaWZpZXIoa2V5KTtcbiAgICBpZiAoIXRva2Vucy5ldmVyeSgodCwgaSkgPT4gaSA+IDMgfHwgY2hlY2sodCkpKSB0aHJvdyBuZXcgRXJyb3IoYCR7YWxnfTogTm9kZSByZWZ1c2VzIG91ciBiZW5jaCB0b2tlbnNgKTtcbiAgICAvLyBEaXN0aW5jdCB0b2tlbnM6IGV2ZXJ5IHJlcXVlc3QgbWlzc2VzIHRoZSBjYWNoZSBhbmQgdmVyaWZpZXMuXG4gICAgY29uc3QgZmlsdGVyTWlzcyA9IHN1bW1hcml6ZSh0aW1lRWFjaChuLCAyMDAsIChpKSA9PiByZXF1ZXN0KHZtLCB0b2tlbnNbaSArIChpIDwgMjAwID8gMCA6IDIwMCldKSkpO1xuICAgIGNvbnN0IG5vZGVWZXJpZnkgPSBzdW1tYXJpemUodGltZUVhY2gobiwgMjAwLCAoaSkgPT4gdm9pZCBjaGVjayh0b2tlbnNbaSAlIHRva2Vucy5sZW5ndGhdKSkpO1xuICAgIHBlckFsZ1thbGddID0geyBmaWx0ZXJNaXNzLCBub2RlVmVyaWZ5IH07XG4gICAgaWYgKGFsZyA9PT0gJ1JTMjU2Jykge1xuICAgICAgY29uc3QgaG90ID0gdG9rZW5zWzBdO1xuICAgICAgcmVxdWVzdCh2bSwgaG90KTtcbiAgICAgIGNhY2hlSGl0ID0gc3VtbWFyaXplKHRpbWVFYWNoKG4sIDIwMCwgKCkgPT4gcmVxdWVzdCh2bSwgaG90KSkpO1xuICAgICAgaWYgKCh2bS5jb3VudGVyKCdwb3J0Y3VsbGlzLmp3dC5jYWNoZS5oaXQnKSA/PyAwKSA8IG4pIHRocm93IG5ldyBFcnJvcigndGhlIGNhY2hlLWhpdCBiZW5jaCBkaWQgbm90IGhpdCB0aGUgY2FjaGUnKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgcGVyQWxnLCBjYWNoZUhpdDogY2FjaGVIaXQhIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwcmludEp3dEhvc3RTaW0ocjogQXdhaXRlZDxSZXR1cm5UeXBlPHR5cGVvZiBqd3RIb3N0U2ltPj4pIHtcbiAgY29uc29sZS5sb2coJ2p3dCBpbiBob3N0LXNpbTogb25lIHJlcXVlc3QsIHRva2VuIG5vdCBjYWNoZWQgKFx1MDBCNXMpICAgZmlsdGVyIHA1MC9wOTkgICAgICBOb2RlIGNyeXB0by52ZXJpZnkgcDUwL3A5OSAgIHJhdGlvIHA1MCAodGFyZ2V0KScpO1xuICBjb25zdCB0YXJnZXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IFJTMjU2OiAnXHUyMjY0IDVcdTAwRDcnLCBQUzI1NjogJycsIEVTMjU2OiAnXHUyMjY0IDEwXHUwMEQ3JywgRWREU0E6ICdcdTIyNjQgMTBcdTAwRDcnLCBIUzI1NjogJ1x1MjI2NCAzXHUwMEQ3JyB9O1xuICBmb3IgKGNvbnN0IFthbGcsIGZdIG9mIE9iamVjdC5lbnRyaWVzKHIucGVyQWxnKSkge1xuICAgIGNvbnNvbGUubG9nKFxuICAgICAgYCAgJHthbGcucGFkRW5kKDgpfSAke2ZtdChmLmZpbHRlck1pc3MucDUwKS5wYWRTdGFydCgzMCl9IC8gJHtmbXQoZi5maWx0ZXJNaXNzLnA5OSkucGFkRW5kKDgpfSAke2ZtdChmLm5vZGVWZXJpZnkucDUwKS5wYWRTdGFydCgxNil9IC8gJHtmbXQoZi5ub2RlVmVyaWZ5LnA5OSkucGFkRW5kKDgpfWAgK1xuICAgICAgICBgICAgJHtmbXQoZi5maWx0ZXJNaXNzLnA1MCAvIGYubm9kZVZlcmlmeS5wNTAsIDIpfVx1MDBENyAke3RhcmdldFthbGddID8gYCgke3RhcmdldFthbGddfSlgIDogJyd9YCxcbiAgICApO1xuICB9XG4gIGNvbnN0IHJzID0gci5wZXJBbGcuUlMyNTYubm9kZVZlcmlmeS5wNTA7XG4gIGNvbnNvbGUubG9nKGAgIGNhY2hlIGhpdCAoUlMyNTYgdG9rZW4gc2VlbiBiZWZvcmUpOiBwNTAgJHtmbXQoci5jYWNoZUhpdC5wNTApfSBcdTAwQjVzLCBwOTkgJHtmbXQoci5jYWNoZUhpdC5wOTkpfSBcdTAwQjVzID0gJHtmbXQoci5jYWNoZUhpdC5wNTAgLyBycywgMil9XHUwMEQ3IE5vZGUncyBSUzI1NiB2ZXJpZnkgKHRhcmdldCBcdTIyNjQgMC4yXHUwMEQ3KWApO1xufVxuXG4vLyAtLS0tIHJlYWwgRW52b3k6IGJhcmUsIG5hdGl2ZSBqd3RfYXV0aG4gKGl0cyB0b2tlbiBjYWNoZSBvbiksIG91cnM7IG9uZSB0b2tlbiB2cyBhbGwgZGlzdGluY3QgLS0tLVxuXG5leHBvcnQgdHlwZSBKd3RFbnZveVZhcmlhbnQgPSAnYmFyZScgfCAnbmF0aXZlIGp3dF9hdXRobicgfCAncG9ydGN1bGxpcyBqd3QnO1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gand0RW52b3koZHVyYXRpb25TOiBudW1iZXIsIGNvbm5lY3Rpb25zOiBudW1iZXIsIGRpc3RpbmN0OiBudW1iZXIpIHtcbiAgY29uc3QgeyBzdGFydEVjaG9TZXJ2ZXIgfSA9IGF3YWl0IGltcG9ydCgnLi4vZW52b3kvZWNoby1zZXJ2ZXIudHMnKTtcbiAgY29uc3QgeyBzdGFydExvY2FsR2F0ZXdheSB9ID0gYXdhaXQgaW1wb3J0KCcuLi9lbnZveS9oYXJuZXNzL2xvY2FsLnRzJyk7XG4gIGNvbnN0IHsgcmVuZGVyTmF0aXZlSnd0QXV0aG4gfSA9IGF3YWl0IGltcG9ydCgnLi4vZW52b3kvcmVuZGVyLnRzJyk7XG4gIGNvbnN0IHsgdmFsaWRhdGVQb2xpY3kgfSA9IGF3YWl0IGltcG9ydCgnLi4vZW52b3kvcG9saWN5L2luZGV4LnRzJyk7XG4gIGNvbnN0IHsgcnVuTG9hZCB9ID0gYXdhaXQgaW1wb3J0KCcuL2xpYi9sb2FkLnRzJyk7XG4gIGNvbnN0IHsgYW5zd2VyRnJvbUVudm95LCBodHRwQ29ubmVjdGlvbk1hbmFnZXIgfSA9IGF3YWl0IGltcG9ydCgnLi9saWIvZW52b3kudHMnKTtcblxuICBjb25zdCBrZXkgPSBhd2FpdCBtYWtlS2V5KCdSUzI1NicsICdiZW5jaC1yczI1NicpO1xuICBjb25zdCBub3cgPSBNYXRoLmZsb29yKERhdGUubm93KCkgLyAxMDAwKTtcbiAgY29uc3QgdG9rZW5zOiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGRpc3RpbmN0OyBpKyspIHRva2Vucy5wdXNoKGF3YWl0IG1pbnQoa2V5LCB7IGlzczogSVNTVUVSLCBhdWQ6ICdhcGknLCBzdWI6IGB1c2VyLSR7aX1gLCBpYXQ6IG5vdywgZXhwOiBub3cgKyAzNjAwIH0pKTtcbiAgY29uc3QgY2FjaGVFbnRyaWVzID0gMTAyNDtcbiAgY29uc3QgcG9saWN5V2l0aCA9IChqd3Q6IGJvb2xlYW4sIHBvcnQ6IG51bWJlcikgPT5cbiAgICB2YWxpZGF0ZVBvbGljeShcbiAgICAgIHtcbiAgICAgICAgdmVyc2lvbjogMSxcbiAgICAgICAgbGlzdGVuZXI6IHsgYWRkcmVzczogJzEyNy4wLjAuMScsIHBvcnQ6IDEwMDAwIH0sXG4gICAgICAgIHVwc3RyZWFtOiB7IGFkZHJlc3M6ICcxMjcuMC4wLjEnLCBwb3J0IH0sXG4gICAgICAgIHJvdXRlczogW3sgbmFtZTogJ2FwaScsIG1hdGNoOiB7IHByZWZpeDogJy8nIH0gfV0sXG4gICAgICAgIC4uLihqd3RcbiAgICAgICAgICA/IHsgand0OiB7IHByb3ZpZGVyczogW3sgbmFtZTogJ2JlbmNoJywgaXNzdWVyOiBJU1NVRVIsIGF1ZGllbmNlczogWydhcGknXSwgYWxnb3JpdGhtczogWydSUzI1NiddLCBrZXlzOiB7IGlubGluZTogeyBrZXlzOiBba2V5Lmp3a10gfSB9IH1dLCBjYWNoZTogeyBtYXhfZW50cmllczogY2FjaGVFbnRyaWVzIH0gfSB9XG4gICAgICAgICAgOiB7fSksXG4gICAgICAgIGZhaWx1cmVfcG9saWN5OiAnZmFpbF9jbG9zZWQnLFxuICAgICAgfSxcbiAgICAgICdiZW5jaC1qd3QtcG9saWN5JyxcbiAgICApO1xuXG4gIGNvbnN0IGVjaG8gPSBhd2FpdCBzdGFydEVjaG9TZXJ2ZXIoKTtcbiAgY29uc3QgcmVzdWx0czogUmVjb3JkPHN0cmluZywgUmVjb3JkPEp3dEVudm95VmFyaWFudCwgQXdhaXRlZDxSZXR1cm5UeXBlPHR5cGVvZiBydW5Mb2FkPj4+PiA9IHsgJ29uZSB0b2tlbiAoY2FjaGUgaGl0KSc6IHt9IGFzIG5ldmVyLCBbYCR7ZGlzdGluY3R9IGRpc3RpbmN0IHRva2Vuc2BdOiB7fSBhcyBuZXZlciB9O1xuICB0cnkge1xuICAgIGNvbnN0IG91cnMgPSBwb2xpY3lXaXRoKHRydWUsIGVjaG8ucG9ydCk7XG4gICAgY29uc3QgdmFyaWFudHM6IFtKd3RFbnZveVZhcmlhbnQsIFJldHVyblR5cGU8dHlwZW9mIHBvbGljeVdpdGg+LCAoYjogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pID0+IFJlY29yZDxzdHJpbmcsIHVua25vd24+XVtdID0gW1xuICAgICAgWydiYXJlJywgcG9saWN5V2l0aChmYWxzZSwgZWNoby5wb3J0KSwgYW5zd2VyRnJvbUVudm95XSxcbiAgICAgIFtcbiAgICAgICAgJ25hdGl2ZSBqd3RfYXV0aG4nLFxuICAgICAgICBvdXJzLFxuICAgICAgICAoYikgPT4ge1xuICAgICAgICAgIGNvbnN0IGhjbSA9IGh0dHBDb25uZWN0aW9uTWFuYWdlcihiKTtcbiAgICAgICAgICBoY20uaHR0cF9maWx0ZXJzID0gaGNtLmh0dHBfZmlsdGVycy5tYXAoKGY6IHsgdHlwZWRfY29uZmlnPzogeyBjb25maWc/OiB7IG5hbWU/OiBzdHJpbmcgfSB9IH0pID0+IChmLnR5cGVkX2NvbmZpZz8uY29uZmlnPy5uYW1lID09PSAnand0JyA/IHJlbmRlck5hdGl2ZUp3dEF1dGhuKG91cnMpIDogZikpO1xuICAgICAgICAgIHJldHVybiBhbnN3ZXJGcm9tRW52b3koYik7XG4gICAgICAgIH0sXG4gICAgICBdLFxuICAgICAgWydwb3J0Y3VsbGlzIGp3dCcsIG91cnMsIGFuc3dlckZyb21FbnZveV0sXG4gICAgXTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBwb2xpY3ksIHRyYW5zZm9ybUJvb3RzdHJhcF0gb2YgdmFyaWFudHMpIHtcbiAgICAgIGNvbnN0IGd3ID0gYXdhaXQgc3RhcnRMb2NhbEdhdGV3YXkoeyBwb2xpY3ksIHRyYW5zZm9ybUJvb3RzdHJhcCwgbG9nTGV2ZWw6ICdlcnJvcicgfSk7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCB1cmwgPSBgJHtndy5iYXNlVXJsfS9vcmRlcnNgO1xuICAgICAgICBjb25zdCBhdXRoID0geyBhdXRob3JpemF0aW9uOiBgQmVhcmVyICR7dG9rZW5zWzBdfWAgfTtcbiAgICAgICAgY29uc3QgY2hlY2sgPSBhd2FpdCBmZXRjaCh1cmwsIHsgaGVhZGVyczogYXV0aCB9KTtcbiAgICAgICAgaWYgKGNoZWNrLnN0YXR1cyAhPT0gMjAwKSB0aHJvdyBuZXcgRXJyb3IoYCR7bmFtZX06IHdhcm0tdXAgcmVxdWVzdCBhbnN3ZXJlZCAke2NoZWNrLnN0YXR1c31gKTtcbiAgICAgICAgYXdhaXQgcnVuTG9hZCh7IHVybCwgaGVhZGVyczogYXV0aCwgY29ubmVjdGlvbnMsIGR1cmF0aW9uUzogMiB9KTtcbiAgICAgICAgcmVzdWx0c1snb25lIHRva2VuIChjYWNoZSBoaXQpJ11bbmFtZV0gPSBhd2FpdCBydW5Mb2FkKHsgdXJsLCBoZWFkZXJzOiBhdXRoLCBjb25uZWN0aW9ucywgZHVyYXRpb25TIH0pO1xuICAgICAgICByZXN1bHRzW2Ake2Rpc3RpbmN0fSBkaXN0aW5jdCB0b2tlbnNgXVtuYW1lXSA9IGF3YWl0IHJ1bkxvYWQoeyB1cmwsIGNvbm5lY3Rpb25zLCBkdXJhdGlvblMsIGhlYWRlclNldHM6IHRva2Vucy5tYXAoKHQpID0+ICh7IGF1dGhvcml6YXRpb246IGBCZWFyZXIgJHt0fWAgfSkpIH0pO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgYXdhaXQgZ3cuc3RvcCgpO1xuICAgICAgfVxuICAgIH1cbiAgfSBmaW5hbGx5IHtcbiAgICBhd2FpdCBlY2hvLmNsb3NlKCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdHM7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwcmludEp3dEVudm95KHI6IEF3YWl0ZWQ8UmV0dXJuVHlwZTx0eXBlb2Ygand0RW52b3k+Pikge1xuICBmb3IgKGNvbnN0IFt0cmFmZmljLCB2YXJpYW50c10gb2YgT2JqZWN0LmVudHJpZXMocikpIHtcbiAgICBjb25zdCBuYXRpdmUgPSB2YXJpYW50c1snbmF0aXZlIGp3dF9hdXRobiddLnJwcztcbiAgICBjb25zb2xlLmxvZyhgRW52b3kgand0LCAke3RyYWZmaWN9ICgke3ZhcmlhbnRzLmJhcmUudG9vbH0sIDEgd29ya2VyKSAgICAgICByZXEvcyAgICBwNTAgbXMgICBwOTkgbXMgICB2cyBqd3RfYXV0aG5gKTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCB4XSBvZiBPYmplY3QuZW50cmllcyh2YXJpYW50cykpIHtcbiAgICAgIGNvbnN0IGJhZCA9IHgubm9uMnh4ICsgeC5lcnJvcnMgPiAwID8gYCAgKCEpICR7eC5ub24yeHh9IG5vbi0yeHgsICR7eC5lcnJvcnN9IGVycm9yc2AgOiAnJztcbiAgICAgIGNvbnNvbGUubG9nKGAgICR7bmFtZS5wYWRFbmQoMjgpfSAke2ZtdCh4LnJwcywgMCkucGFkU3RhcnQoOSl9ICR7Zm10KHgucDUwbXMsIDIpLnBhZFN0YXJ0KDgpfSAke2ZtdCh4LnA5OW1zLCAyKS5wYWRTdGFydCg4KX0gICAke2ZtdCh4LnJwcyAvIG5hdGl2ZSwgMil9XHUwMEQ3JHtiYWR9YCk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gRXJyb3IgY2xhc3NlcyB0aHJvd24gYnkgaG9zdC1zaW0uIEVhY2ggbmFtZXMgd2hhdCB3ZW50IHdyb25nIHByZWNpc2VseSBzbyBhXG4vLyBmYWlsaW5nIHRlc3QgcmVhZHMgbGlrZSBhIGRpYWdub3Npcywgbm90IGEgc3RhY2sgdHJhY2UuXG5cbmV4cG9ydCBjbGFzcyBIb3N0RXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnSG9zdEVycm9yJztcbn1cblxuLyoqIEEgaG9zdCBjYWxsIHRoZSBtb2R1bGUgaW1wb3J0cyB0aGF0IGhvc3Qtc2ltIGRvZXMgbm90IHByb3ZpZGUuICovXG5leHBvcnQgY2xhc3MgVW5pbXBsZW1lbnRlZEhvc3RDYWxsRXJyb3IgZXh0ZW5kcyBIb3N0RXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0hvc3RFcnJvcic7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGZ1bmN0aW9uTmFtZTogc3RyaW5nKSB7XG4gICAgc3VwZXIoYGhvc3QgZnVuY3Rpb24gJHtmdW5jdGlvbk5hbWV9IGlzIG5vdCBpbXBsZW1lbnRlZCBieSBob3N0LXNpbWApO1xuICB9XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTG9nTGluZSB7XG4gIGxldmVsOiBMb2dMZXZlbE5hbWU7XG4gIG1lc3NhZ2U6IHN0cmluZztcbiAgY29udGV4dElkOiBudW1iZXI7XG59XG5cbmV4cG9ydCB0eXBlIExvZ0xldmVsTmFtZSA9ICd0cmFjZScgfCAnZGVidWcnIHwgJ2luZm8nIHwgJ3dhcm4nIHwgJ2Vycm9yJyB8ICdjcml0aWNhbCc7XG5cbmZ1bmN0aW9uIGZvcm1hdExvZ3MobG9nczogcmVhZG9ubHkgTG9nTGluZVtdKTogc3RyaW5nIHtcbiAgaWYgKGxvZ3MubGVuZ3RoID09PSAwKSByZXR1cm4gJyAgKG5vIGxvZyBsaW5lcyknO1xuICByZXR1cm4gbG9ncy5tYXAoKGwpID0+IGAgIFske2wubGV2ZWx9XSAke2wubWVzc2FnZX1gKS5qb2luKCdcXG4nKTtcbn1cblxuLyoqIFRoZSBndWVzdCB0cmFwcGVkICh1bnJlYWNoYWJsZSwgb3V0LW9mLWJvdW5kcyBhY2Nlc3MsIGFib3J0LCAuLi4pLiAqL1xuZXhwb3J0IGNsYXNzIE1vZHVsZVRyYXBFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnTW9kdWxlVHJhcEVycm9yJztcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgY2FsbGJhY2s6IHN0cmluZyxcbiAgICByZWFkb25seSB0cmFwOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgbG9nczogcmVhZG9ubHkgTG9nTGluZVtdLFxuICAgIG9wdGlvbnM/OiB7IGNhdXNlPzogdW5rbm93biB9LFxuICApIHtcbiAgICBzdXBlcihgbW9kdWxlIHRyYXBwZWQgaW4gJHtjYWxsYmFja306ICR7dHJhcH1cXG5sYXN0IGxvZyBsaW5lczpcXG4ke2Zvcm1hdExvZ3MobG9ncyl9YCwgb3B0aW9ucyk7XG4gIH1cbn1cblxuLyoqIHByb3h5X29uX3ZtX3N0YXJ0IG9yIHByb3h5X29uX2NvbmZpZ3VyZSByZXR1cm5lZCBmYWxzZSAoRW52b3kgcmVmdXNlcyB0aGUgZmlsdGVyKS4gKi9cbmV4cG9ydCBjbGFzcyBDb25maWd1cmVFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlndXJlRXJyb3InO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBwaGFzZTogJ3Byb3h5X29uX3ZtX3N0YXJ0JyB8ICdwcm94eV9vbl9jb25maWd1cmUnLFxuICAgIHJlYWRvbmx5IGxvZ3M6IHJlYWRvbmx5IExvZ0xpbmVbXSxcbiAgKSB7XG4gICAgc3VwZXIoYCR7cGhhc2V9IHJldHVybmVkIGZhbHNlOiB0aGUgcGx1Z2luIHJlamVjdGVkIGl0cyBjb25maWd1cmF0aW9uXFxubGFzdCBsb2cgbGluZXM6XFxuJHtmb3JtYXRMb2dzKGxvZ3MpfWApO1xuICB9XG59XG5cbi8qKiBUaGUgdGVzdCBkcm92ZSBhIHN0cmVhbSBpbiBhbiBvcmRlciBhIHJlYWwgcHJveHkgbmV2ZXIgd291bGQuICovXG5leHBvcnQgY2xhc3MgU3RyZWFtU3RhdGVFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnU3RyZWFtU3RhdGVFcnJvcic7XG59XG5cbi8qKiBUaGUgbW9kdWxlIGNhbm5vdCBiZSBsb2FkZWQgYXMgYSBwcm94eS13YXNtIG1vZHVsZS4gKi9cbmV4cG9ydCBjbGFzcyBNb2R1bGVMb2FkRXJyb3IgZXh0ZW5kcyBIb3N0RXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ01vZHVsZUxvYWRFcnJvcic7XG59XG4iLCAiLy8gTnVtZXJpYyB2YWx1ZXMgb2YgdGhlIHByb3h5LXdhc20gQUJJIDAuMi4xIGVudW1zLCBhcyB0aGUgc3BlYyBhbmRcbi8vIHByb3h5LXdhc20tY3BwLWhvc3QgZGVmaW5lIHRoZW0uXG5cbmV4cG9ydCBjb25zdCBXYXNtUmVzdWx0ID0ge1xuICBPazogMCxcbiAgTm90Rm91bmQ6IDEsXG4gIEJhZEFyZ3VtZW50OiAyLFxuICBTZXJpYWxpemF0aW9uRmFpbHVyZTogMyxcbiAgUGFyc2VGYWlsdXJlOiA0LFxuICBCYWRFeHByZXNzaW9uOiA1LFxuICBJbnZhbGlkTWVtb3J5QWNjZXNzOiA2LFxuICBFbXB0eTogNyxcbiAgQ2FzTWlzbWF0Y2g6IDgsXG4gIFJlc3VsdE1pc21hdGNoOiA5LFxuICBJbnRlcm5hbEZhaWx1cmU6IDEwLFxuICBCcm9rZW5Db25uZWN0aW9uOiAxMSxcbiAgVW5pbXBsZW1lbnRlZDogMTIsXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgSGVhZGVyTWFwVHlwZSA9IHtcbiAgUmVxdWVzdEhlYWRlcnM6IDAsXG4gIFJlcXVlc3RUcmFpbGVyczogMSxcbiAgUmVzcG9uc2VIZWFkZXJzOiAyLFxuICBSZXNwb25zZVRyYWlsZXJzOiAzLFxuICBHcnBjUmVjZWl2ZUluaXRpYWxNZXRhZGF0YTogNCxcbiAgR3JwY1JlY2VpdmVUcmFpbGluZ01ldGFkYXRhOiA1LFxuICBIdHRwQ2FsbFJlc3BvbnNlSGVhZGVyczogNixcbiAgSHR0cENhbGxSZXNwb25zZVRyYWlsZXJzOiA3LFxufSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBIRUFERVJfTUFQX1RZUEVfTUFYID0gNztcblxuZXhwb3J0IGNvbnN0IEJ1ZmZlclR5cGUgPSB7XG4gIEh0dHBSZXF1ZXN0Qm9keTogMCxcbiAgSHR0cFJlc3BvbnNlQm9keTogMSxcbiAgRG93bnN0cmVhbURhdGE6IDIsXG4gIFVwc3RyZWFtRGF0YTogMyxcbiAgSHR0cENhbGxSZXNwb25zZUJvZHk6IDQsXG4gIEdycGNSZWNlaXZlQnVmZmVyOiA1LFxuICBWbUNvbmZpZ3VyYXRpb246IDYsXG4gIFBsdWdpbkNvbmZpZ3VyYXRpb246IDcsXG4gIENhbGxEYXRhOiA4LFxufSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBCVUZGRVJfVFlQRV9NQVggPSA4O1xuXG5leHBvcnQgY29uc3QgU3RyZWFtVHlwZSA9IHsgUmVxdWVzdDogMCwgUmVzcG9uc2U6IDEsIERvd25zdHJlYW06IDIsIFVwc3RyZWFtOiAzIH0gYXMgY29uc3Q7XG5leHBvcnQgY29uc3QgU1RSRUFNX1RZUEVfTUFYID0gMztcblxuZXhwb3J0IGNvbnN0IE1ldHJpY1R5cGUgPSB7IENvdW50ZXI6IDAsIEdhdWdlOiAxLCBIaXN0b2dyYW06IDIgfSBhcyBjb25zdDtcblxuZXhwb3J0IGNvbnN0IExPR19MRVZFTFMgPSBbJ3RyYWNlJywgJ2RlYnVnJywgJ2luZm8nLCAnd2FybicsICdlcnJvcicsICdjcml0aWNhbCddIGFzIGNvbnN0O1xuXG4vKiogV2hhdCBwcm94eV9vbl9yZXF1ZXN0X2hlYWRlcnMgLyBwcm94eV9vbl9yZXNwb25zZV9oZWFkZXJzIHJldHVybiwgYWZ0ZXIgRW52b3kncyBjb252ZXJzaW9uLiAqL1xuZXhwb3J0IHR5cGUgSGVhZGVyc0FjdGlvbiA9XG4gIHwgJ0NvbnRpbnVlJ1xuICB8ICdTdG9wSXRlcmF0aW9uJ1xuICB8ICdDb250aW51ZUFuZEVuZFN0cmVhbSdcbiAgfCAnU3RvcEFsbEl0ZXJhdGlvbkFuZEJ1ZmZlcidcbiAgfCAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyayc7XG5leHBvcnQgY29uc3QgSEVBREVSU19BQ1RJT05TOiByZWFkb25seSBIZWFkZXJzQWN0aW9uW10gPSBbXG4gICdDb250aW51ZScsXG4gICdTdG9wSXRlcmF0aW9uJyxcbiAgJ0NvbnRpbnVlQW5kRW5kU3RyZWFtJyxcbiAgJ1N0b3BBbGxJdGVyYXRpb25BbmRCdWZmZXInLFxuICAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycsXG5dO1xuXG4vKiogV2hhdCBwcm94eV9vbl8qX2JvZHkgcmV0dXJucywgYWZ0ZXIgRW52b3kncyBjb252ZXJzaW9uLiAqL1xuZXhwb3J0IHR5cGUgRGF0YUFjdGlvbiA9ICdDb250aW51ZScgfCAnU3RvcEl0ZXJhdGlvbkFuZEJ1ZmZlcicgfCAnU3RvcEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfCAnU3RvcEl0ZXJhdGlvbk5vQnVmZmVyJztcbmV4cG9ydCBjb25zdCBEQVRBX0FDVElPTlM6IHJlYWRvbmx5IERhdGFBY3Rpb25bXSA9IFtcbiAgJ0NvbnRpbnVlJyxcbiAgJ1N0b3BJdGVyYXRpb25BbmRCdWZmZXInLFxuICAnU3RvcEl0ZXJhdGlvbkFuZFdhdGVybWFyaycsXG4gICdTdG9wSXRlcmF0aW9uTm9CdWZmZXInLFxuXTtcblxuLyoqIFdoYXQgcHJveHlfb25fKl90cmFpbGVycyByZXR1cm5zLiAqL1xuZXhwb3J0IHR5cGUgVHJhaWxlcnNBY3Rpb24gPSAnQ29udGludWUnIHwgJ1N0b3BJdGVyYXRpb24nO1xuXG5leHBvcnQgdHlwZSBBY3Rpb24gPSBIZWFkZXJzQWN0aW9uIHwgRGF0YUFjdGlvbiB8IFRyYWlsZXJzQWN0aW9uO1xuXG4vKipcbiAqIEVudm95IChwcm94eS13YXNtLWNwcC1ob3N0IENvbnRleHRCYXNlOjpjb252ZXJ0Vm1DYWxsUmVzdWx0VG9GaWx0ZXJIZWFkZXJzU3RhdHVzKTpcbiAqIGEgc3RvcCByZXF1ZXN0ZWQgYnkgYSBsb2NhbCByZXBseSwgYW4gb3V0LW9mLXJhbmdlIHZhbHVlLCBhbmQgcGxhaW4gU3RvcEl0ZXJhdGlvblxuICogYWxsIGJlY29tZSBTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrLCBiZWNhdXNlIFN0b3BJdGVyYXRpb24gYWxvbmUgd291bGQgbGV0XG4gKiBib2R5IGRhdGEgZmxvdyBwYXN0IGEgZmlsdGVyIHRoYXQgcGF1c2VkIG9uIGhlYWRlcnMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb252ZXJ0SGVhZGVyc1Jlc3VsdChyYXc6IG51bWJlciwgbmV4dEl0ZXJhdGlvblN0b3BwZWQ6IGJvb2xlYW4pOiBIZWFkZXJzQWN0aW9uIHtcbiAgaWYgKG5leHRJdGVyYXRpb25TdG9wcGVkIHx8IHJhdyA+IDQgfHwgcmF3IDwgMCB8fCByYXcgPT09IDEpIHJldHVybiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyayc7XG4gIHJldHVybiBIRUFERVJTX0FDVElPTlNbcmF3XSE7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb252ZXJ0RGF0YVJlc3VsdChyYXc6IG51bWJlciwgbmV4dEl0ZXJhdGlvblN0b3BwZWQ6IGJvb2xlYW4pOiBEYXRhQWN0aW9uIHtcbiAgaWYgKG5leHRJdGVyYXRpb25TdG9wcGVkIHx8IHJhdyA+IDMgfHwgcmF3IDwgMCkgcmV0dXJuICdTdG9wSXRlcmF0aW9uTm9CdWZmZXInO1xuICByZXR1cm4gREFUQV9BQ1RJT05TW3Jhd10hO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29udmVydFRyYWlsZXJzUmVzdWx0KHJhdzogbnVtYmVyLCBuZXh0SXRlcmF0aW9uU3RvcHBlZDogYm9vbGVhbik6IFRyYWlsZXJzQWN0aW9uIHtcbiAgaWYgKG5leHRJdGVyYXRpb25TdG9wcGVkIHx8IHJhdyAhPT0gMCkgcmV0dXJuICdTdG9wSXRlcmF0aW9uJztcbiAgcmV0dXJuICdDb250aW51ZSc7XG59XG4iLCAiLy8gU3RhdHMgYXMgRW52b3kga2VlcHMgdGhlbSBmb3IgV2FzbSAod2FzbWN1c3RvbS48bmFtZT4pOiBvbmUgc3RvcmUgZm9yIHRoZSB3aG9sZVxuLy8gcHJvY2Vzcywgc28gZXZlcnkgVk0gdGhhdCBkZWZpbmVzIHRoZSBzYW1lIG5hbWUgZmVlZHMgdGhlIHNhbWUgc3RhdC4gRWFjaCBWTVxuLy8gYWxzbyByZW1lbWJlcnMgaXRzIG93biBzaGFyZSBzbyBhIHRlc3QgY2FuIHNlZSB3aGF0IG9uZSBWTSBkaWQuXG5pbXBvcnQgeyBXYXNtUmVzdWx0IH0gZnJvbSAnLi9hYmkudHMnO1xuXG5leHBvcnQgdHlwZSBNZXRyaWNLaW5kID0gJ2NvdW50ZXInIHwgJ2dhdWdlJyB8ICdoaXN0b2dyYW0nO1xuY29uc3QgS0lORFM6IHJlYWRvbmx5IE1ldHJpY0tpbmRbXSA9IFsnY291bnRlcicsICdnYXVnZScsICdoaXN0b2dyYW0nXTtcblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNWYWx1ZSB7XG4gIHR5cGU6IE1ldHJpY0tpbmQ7XG4gIHZhbHVlOiBudW1iZXI7XG59XG5cbmludGVyZmFjZSBTdGF0IHtcbiAgdHlwZTogTWV0cmljS2luZDtcbiAgdmFsdWU6IGJpZ2ludDtcbiAgc2FtcGxlczogYmlnaW50W107XG59XG5cbmV4cG9ydCBjbGFzcyBNZXRyaWNTdG9yZSB7XG4gIHJlYWRvbmx5IHN0YXRzID0gbmV3IE1hcDxzdHJpbmcsIFN0YXQ+KCk7XG5cbiAgc3RhdChuYW1lOiBzdHJpbmcsIHR5cGU6IE1ldHJpY0tpbmQpOiBTdGF0IHtcbiAgICBsZXQgcyA9IHRoaXMuc3RhdHMuZ2V0KG5hbWUpO1xuICAgIGlmICghcykgdGhpcy5zdGF0cy5zZXQobmFtZSwgKHMgPSB7IHR5cGUsIHZhbHVlOiAwbiwgc2FtcGxlczogW10gfSkpO1xuICAgIHJldHVybiBzO1xuICB9XG5cbiAgdmFsdWUobmFtZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBzID0gdGhpcy5zdGF0cy5nZXQobmFtZSk7XG4gICAgaWYgKCFzKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiBzLnR5cGUgPT09ICdoaXN0b2dyYW0nID8gcy5zYW1wbGVzLmxlbmd0aCA6IE51bWJlcihzLnZhbHVlKTtcbiAgfVxuXG4gIHNhbXBsZXMobmFtZTogc3RyaW5nKTogbnVtYmVyW10gfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnN0YXRzLmdldChuYW1lKT8uc2FtcGxlcy5tYXAoTnVtYmVyKTtcbiAgfVxuXG4gIGFsbCgpOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+ID0ge307XG4gICAgZm9yIChjb25zdCBbbmFtZSwgc10gb2YgdGhpcy5zdGF0cykgb3V0W25hbWVdID0geyB0eXBlOiBzLnR5cGUsIHZhbHVlOiB0aGlzLnZhbHVlKG5hbWUpISB9O1xuICAgIHJldHVybiBvdXQ7XG4gIH1cbn1cblxuaW50ZXJmYWNlIERlZmluZWQge1xuICBuYW1lOiBzdHJpbmc7XG4gIHR5cGU6IE1ldHJpY0tpbmQ7XG59XG5cbmNvbnN0IFU2NF9NQVggPSAoMW4gPDwgNjRuKSAtIDFuO1xuXG4vKiogT25lIFZNJ3MgdmlldzogbWV0cmljIGlkcyBhcyBFbnZveSBoYW5kcyB0aGVtIG91dCAodHlwZSBpbiB0aGUgbG93IDIgYml0cykuICovXG5leHBvcnQgY2xhc3MgVm1NZXRyaWNzIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieUlkID0gbmV3IE1hcDxudW1iZXIsIERlZmluZWQ+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgaWRCeU5hbWUgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICBwcml2YXRlIG5leHRJbmRleCA9IDE7XG4gIC8qKiBUaGlzIFZNJ3Mgb3duIGNvbnRyaWJ1dGlvbnMgdG8gY291bnRlcnMgYW5kIGhpc3RvZ3JhbXM7IGdhdWdlcyBhcmUgZ2xvYmFsIHZhbHVlcy4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBvd24gPSBuZXcgTWFwPHN0cmluZywgeyB0eXBlOiBNZXRyaWNLaW5kOyB2YWx1ZTogYmlnaW50OyBzYW1wbGVzOiBiaWdpbnRbXSB9PigpO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgc3RvcmU6IE1ldHJpY1N0b3JlKSB7fVxuXG4gIGRlZmluZSh0eXBlOiBudW1iZXIsIG5hbWU6IHN0cmluZyk6IHsgcmVzdWx0OiBudW1iZXI7IGlkPzogbnVtYmVyIH0ge1xuICAgIGNvbnN0IGtpbmQgPSBLSU5EU1t0eXBlXTtcbiAgICBpZiAoa2luZCA9PT0gdW5kZWZpbmVkIHx8IHR5cGUgIT09IE1hdGgudHJ1bmModHlwZSkpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5CYWRBcmd1bWVudCB9O1xuICAgIGNvbnN0IGtleSA9IGAke3R5cGV9OiR7bmFtZX1gO1xuICAgIGNvbnN0IGtub3duID0gdGhpcy5pZEJ5TmFtZS5nZXQoa2V5KTtcbiAgICBpZiAoa25vd24gIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCBpZDoga25vd24gfTtcbiAgICBjb25zdCBpZCA9ICgodGhpcy5uZXh0SW5kZXgrKyA8PCAyKSB8IHR5cGUpID4+PiAwO1xuICAgIHRoaXMuYnlJZC5zZXQoaWQsIHsgbmFtZSwgdHlwZToga2luZCB9KTtcbiAgICB0aGlzLmlkQnlOYW1lLnNldChrZXksIGlkKTtcbiAgICB0aGlzLnN0b3JlLnN0YXQobmFtZSwga2luZCk7XG4gICAgdGhpcy5vd24uc2V0KG5hbWUsIHsgdHlwZToga2luZCwgdmFsdWU6IDBuLCBzYW1wbGVzOiBbXSB9KTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIGlkIH07XG4gIH1cblxuICBpbmNyZW1lbnQoaWQ6IG51bWJlciwgb2Zmc2V0OiBiaWdpbnQpOiBudW1iZXIge1xuICAgIGNvbnN0IGQgPSB0aGlzLmJ5SWQuZ2V0KGlkKTtcbiAgICBpZiAoIWQpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgIGNvbnN0IHN0YXQgPSB0aGlzLnN0b3JlLnN0YXQoZC5uYW1lLCBkLnR5cGUpO1xuICAgIGNvbnN0IG93biA9IHRoaXMub3duLmdldChkLm5hbWUpITtcbiAgICBpZiAoZC50eXBlID09PSAnY291bnRlcicpIHtcbiAgICAgIC8vIEVudm95J3MgY291bnRlcnMgb25seSBnbyB1cDsgYSBub24tcG9zaXRpdmUgb2Zmc2V0IGlzIHJlZnVzZWQuXG4gICAgICBpZiAob2Zmc2V0IDw9IDBuKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIHN0YXQudmFsdWUgPSAoc3RhdC52YWx1ZSArIG9mZnNldCkgJiBVNjRfTUFYO1xuICAgICAgb3duLnZhbHVlICs9IG9mZnNldDtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH1cbiAgICBpZiAoZC50eXBlID09PSAnZ2F1Z2UnKSB7XG4gICAgICBzdGF0LnZhbHVlICs9IG9mZnNldDtcbiAgICAgIGlmIChzdGF0LnZhbHVlIDwgMG4pIHN0YXQudmFsdWUgPSAwbjtcbiAgICAgIG93bi52YWx1ZSA9IHN0YXQudmFsdWU7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gIH1cblxuICByZWNvcmQoaWQ6IG51bWJlciwgdmFsdWU6IGJpZ2ludCk6IG51bWJlciB7XG4gICAgY29uc3QgZCA9IHRoaXMuYnlJZC5nZXQoaWQpO1xuICAgIGlmICghZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgY29uc3Qgc3RhdCA9IHRoaXMuc3RvcmUuc3RhdChkLm5hbWUsIGQudHlwZSk7XG4gICAgY29uc3Qgb3duID0gdGhpcy5vd24uZ2V0KGQubmFtZSkhO1xuICAgIGlmIChkLnR5cGUgPT09ICdjb3VudGVyJykge1xuICAgICAgc3RhdC52YWx1ZSA9IChzdGF0LnZhbHVlICsgdmFsdWUpICYgVTY0X01BWDtcbiAgICAgIG93bi52YWx1ZSArPSB2YWx1ZTtcbiAgICB9IGVsc2UgaWYgKGQudHlwZSA9PT0gJ2dhdWdlJykge1xuICAgICAgc3RhdC52YWx1ZSA9IHZhbHVlO1xuICAgICAgb3duLnZhbHVlID0gdmFsdWU7XG4gICAgfSBlbHNlIHtcbiAgICAgIHN0YXQuc2FtcGxlcy5wdXNoKHZhbHVlKTtcbiAgICAgIG93bi5zYW1wbGVzLnB1c2godmFsdWUpO1xuICAgIH1cbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIGdldChpZDogbnVtYmVyKTogeyByZXN1bHQ6IG51bWJlcjsgdmFsdWU/OiBiaWdpbnQgfSB7XG4gICAgY29uc3QgZCA9IHRoaXMuYnlJZC5nZXQoaWQpO1xuICAgIGlmICghZCkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk5vdEZvdW5kIH07XG4gICAgaWYgKGQudHlwZSA9PT0gJ2hpc3RvZ3JhbScpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5CYWRBcmd1bWVudCB9O1xuICAgIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5PaywgdmFsdWU6IHRoaXMuc3RvcmUuc3RhdChkLm5hbWUsIGQudHlwZSkudmFsdWUgfTtcbiAgfVxuXG4gIC8qKiBUaGlzIFZNJ3MgY291bnQgZm9yIGEgY291bnRlciwgdGhlIGdsb2JhbCB2YWx1ZSBmb3IgYSBnYXVnZSwgaXRzIHNhbXBsZSBjb3VudCBmb3IgYSBoaXN0b2dyYW0uICovXG4gIHZhbHVlKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgbyA9IHRoaXMub3duLmdldChuYW1lKTtcbiAgICBpZiAoIW8pIHJldHVybiB1bmRlZmluZWQ7XG4gICAgaWYgKG8udHlwZSA9PT0gJ2dhdWdlJykgcmV0dXJuIHRoaXMuc3RvcmUudmFsdWUobmFtZSk7XG4gICAgaWYgKG8udHlwZSA9PT0gJ2hpc3RvZ3JhbScpIHJldHVybiBvLnNhbXBsZXMubGVuZ3RoO1xuICAgIHJldHVybiBOdW1iZXIoby52YWx1ZSk7XG4gIH1cblxuICBzYW1wbGVzKG5hbWU6IHN0cmluZyk6IG51bWJlcltdIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5vd24uZ2V0KG5hbWUpPy5zYW1wbGVzLm1hcChOdW1iZXIpO1xuICB9XG5cbiAgYWxsKCk6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1ZhbHVlPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBvXSBvZiB0aGlzLm93bikgb3V0W25hbWVdID0geyB0eXBlOiBvLnR5cGUsIHZhbHVlOiB0aGlzLnZhbHVlKG5hbWUpISB9O1xuICAgIHJldHVybiBvdXQ7XG4gIH1cbn1cblxuIiwgIi8vIFRoZSBBQkkncyBzZXJpYWxpemVkIGhlYWRlciBtYXA6IHUzMiBjb3VudCwgdGhlbiAodTMyIGtleSBsZW5ndGgsIHUzMiB2YWx1ZVxuLy8gbGVuZ3RoKSBwZXIgcGFpciwgdGhlbiBlYWNoIGtleSBhbmQgdmFsdWUgZm9sbG93ZWQgYnkgYSBOVUwgYnl0ZS5cblxuZXhwb3J0IHR5cGUgSGVhZGVyUGFpcnMgPSBbc3RyaW5nLCBzdHJpbmddW107XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04JywgeyBmYXRhbDogZmFsc2UgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBlbmNvZGVQYWlycyhwYWlyczogcmVhZG9ubHkgKHJlYWRvbmx5IFtzdHJpbmcsIHN0cmluZ10pW10pOiBVaW50OEFycmF5IHtcbiAgY29uc3QgZW5jb2RlZCA9IHBhaXJzLm1hcCgoW2ssIHZdKSA9PiBbZW5jb2Rlci5lbmNvZGUoayksIGVuY29kZXIuZW5jb2RlKHYpXSBhcyBjb25zdCk7XG4gIGxldCBzaXplID0gNCArIGVuY29kZWQubGVuZ3RoICogODtcbiAgZm9yIChjb25zdCBbaywgdl0gb2YgZW5jb2RlZCkgc2l6ZSArPSBrLmxlbmd0aCArIHYubGVuZ3RoICsgMjtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoc2l6ZSk7XG4gIGNvbnN0IHZpZXcgPSBuZXcgRGF0YVZpZXcob3V0LmJ1ZmZlcik7XG4gIHZpZXcuc2V0VWludDMyKDAsIGVuY29kZWQubGVuZ3RoLCB0cnVlKTtcbiAgbGV0IG9mZnNldCA9IDQ7XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIGVuY29kZWQpIHtcbiAgICB2aWV3LnNldFVpbnQzMihvZmZzZXQsIGsubGVuZ3RoLCB0cnVlKTtcbiAgICB2aWV3LnNldFVpbnQzMihvZmZzZXQgKyA0LCB2Lmxlbmd0aCwgdHJ1ZSk7XG4gICAgb2Zmc2V0ICs9IDg7XG4gIH1cbiAgZm9yIChjb25zdCBbaywgdl0gb2YgZW5jb2RlZCkge1xuICAgIG91dC5zZXQoaywgb2Zmc2V0KTtcbiAgICBvZmZzZXQgKz0gay5sZW5ndGggKyAxO1xuICAgIG91dC5zZXQodiwgb2Zmc2V0KTtcbiAgICBvZmZzZXQgKz0gdi5sZW5ndGggKyAxO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKlxuICogRGVjb2RlcyBhIHNlcmlhbGl6ZWQgbWFwLiBMaWtlIEVudm95J3MgdG9QYWlycywgYSBidWZmZXIgdG9vIHNob3J0IGZvciBpdHNcbiAqIGRlY2xhcmVkIGNvdW50IHlpZWxkcyBubyBwYWlycyByYXRoZXIgdGhhbiByZWFkaW5nIG91dCBvZiBib3VuZHM7IHdlIGFsc29cbiAqIHJlZnVzZSBwYWlycyB3aG9zZSBieXRlcyBydW4gcGFzdCB0aGUgZW5kLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlUGFpcnMoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBIZWFkZXJQYWlycyB8IHVuZGVmaW5lZCB7XG4gIGlmIChieXRlcy5sZW5ndGggPCA0KSByZXR1cm4gYnl0ZXMubGVuZ3RoID09PSAwID8gW10gOiB1bmRlZmluZWQ7XG4gIGNvbnN0IHZpZXcgPSBuZXcgRGF0YVZpZXcoYnl0ZXMuYnVmZmVyLCBieXRlcy5ieXRlT2Zmc2V0LCBieXRlcy5ieXRlTGVuZ3RoKTtcbiAgY29uc3QgY291bnQgPSB2aWV3LmdldFVpbnQzMigwLCB0cnVlKTtcbiAgaWYgKDQgKyBjb3VudCAqIDggPiBieXRlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNpemVzOiBbbnVtYmVyLCBudW1iZXJdW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBjb3VudDsgaSsrKSBzaXplcy5wdXNoKFt2aWV3LmdldFVpbnQzMig0ICsgaSAqIDgsIHRydWUpLCB2aWV3LmdldFVpbnQzMig4ICsgaSAqIDgsIHRydWUpXSk7XG4gIGxldCBvZmZzZXQgPSA0ICsgY291bnQgKiA4O1xuICBjb25zdCByZXN1bHQ6IEhlYWRlclBhaXJzID0gW107XG4gIGZvciAoY29uc3QgW2tsLCB2bF0gb2Ygc2l6ZXMpIHtcbiAgICBpZiAob2Zmc2V0ICsga2wgKyAxICsgdmwgKyAxID4gYnl0ZXMubGVuZ3RoKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGtleSA9IGRlY29kZXIuZGVjb2RlKGJ5dGVzLnN1YmFycmF5KG9mZnNldCwgb2Zmc2V0ICsga2wpKTtcbiAgICBvZmZzZXQgKz0ga2wgKyAxO1xuICAgIGNvbnN0IHZhbHVlID0gZGVjb2Rlci5kZWNvZGUoYnl0ZXMuc3ViYXJyYXkob2Zmc2V0LCBvZmZzZXQgKyB2bCkpO1xuICAgIG9mZnNldCArPSB2bCArIDE7XG4gICAgcmVzdWx0LnB1c2goW2tleSwgdmFsdWVdKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0O1xufVxuXG5leHBvcnQgdHlwZSBIZWFkZXJzSW5wdXQgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCBudW1iZXI+IHwgcmVhZG9ubHkgKHJlYWRvbmx5IFtzdHJpbmcsIHN0cmluZ10pW107XG5cbi8qKiBOb3JtYWxpemVzIHRlc3Qtc3VwcGxpZWQgaGVhZGVycyB0aGUgd2F5IEVudm95J3MgY29kZWNzIHN0b3JlIHRoZW06IGxvd2VyLWNhc2UgbmFtZXMuICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplSGVhZGVycyhpbnB1dDogSGVhZGVyc0lucHV0IHwgdW5kZWZpbmVkLCB3aGF0OiBzdHJpbmcpOiBIZWFkZXJQYWlycyB7XG4gIGlmIChpbnB1dCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW107XG4gIGlmIChBcnJheS5pc0FycmF5KGlucHV0KSkge1xuICAgIHJldHVybiBpbnB1dC5tYXAoKHBhaXIsIGkpID0+IHtcbiAgICAgIGlmICghQXJyYXkuaXNBcnJheShwYWlyKSB8fCBwYWlyLmxlbmd0aCAhPT0gMiB8fCB0eXBlb2YgcGFpclswXSAhPT0gJ3N0cmluZycgfHwgdHlwZW9mIHBhaXJbMV0gIT09ICdzdHJpbmcnKSB7XG4gICAgICAgIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH1bJHtpfV0gbXVzdCBiZSBhIFtuYW1lLCB2YWx1ZV0gcGFpciBvZiBzdHJpbmdzYCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gW3BhaXJbMF0udG9Mb3dlckNhc2UoKSwgcGFpclsxXV07XG4gICAgfSk7XG4gIH1cbiAgaWYgKHR5cGVvZiBpbnB1dCAhPT0gJ29iamVjdCcgfHwgaW5wdXQgPT09IG51bGwpIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0gbXVzdCBiZSBhbiBvYmplY3Qgb3IgYW4gYXJyYXkgb2YgcGFpcnNgKTtcbiAgcmV0dXJuIE9iamVjdC5lbnRyaWVzKGlucHV0IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KS5tYXAoKFtrLCB2XSkgPT4ge1xuICAgIGlmICh0eXBlb2YgdiAhPT0gJ3N0cmluZycgJiYgdHlwZW9mIHYgIT09ICdudW1iZXInKSB0aHJvdyBuZXcgVHlwZUVycm9yKGAke3doYXR9LiR7a30gbXVzdCBiZSBhIHN0cmluZ2ApO1xuICAgIHJldHVybiBbay50b0xvd2VyQ2FzZSgpLCBTdHJpbmcodildO1xuICB9KTtcbn1cbiIsICIvLyBFbnZveSBhdHRyaWJ1dGVzIGFzIHByb3h5X2dldF9wcm9wZXJ0eSBzZWVzIHRoZW06IGEgcGF0aCBvZiBOVUwtc2VwYXJhdGVkXG4vLyBzZWdtZW50cywgc3RyaW5ncyByZXR1cm5lZCBhcyByYXcgYnl0ZXMsIGludGVnZXJzIGFzIDgtYnl0ZSBsaXR0bGUtZW5kaWFuLFxuLy8gYm9vbGVhbnMgYXMgb25lIGJ5dGUsIG1hcHMgYXMgc2VyaWFsaXplZCBoZWFkZXIgcGFpcnMuXG5pbXBvcnQgdHlwZSB7IEhlYWRlck1hcCB9IGZyb20gJy4vaGVhZGVyLW1hcC50cyc7XG5pbXBvcnQgeyBlbmNvZGVQYWlycyB9IGZyb20gJy4vcGFpcnMudHMnO1xuXG5leHBvcnQgdHlwZSBQcm9wZXJ0eVZhbHVlID0gc3RyaW5nIHwgbnVtYmVyIHwgYmlnaW50IHwgYm9vbGVhbiB8IFVpbnQ4QXJyYXk7XG5leHBvcnQgdHlwZSBQcm9wZXJ0eUlucHV0ID0gUmVjb3JkPHN0cmluZywgUHJvcGVydHlWYWx1ZT47XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoKTtcblxuLyoqIFJvb3RzIEVudm95IHJlc29sdmVzIGl0c2VsZjsgYW55IG90aGVyIGZpcnN0IHNlZ21lbnQgbmFtZXMgZmlsdGVyIHN0YXRlLiAqL1xuY29uc3QgQVRUUklCVVRFX1JPT1RTID0gbmV3IFNldChbXG4gICdyZXF1ZXN0JywgJ3Jlc3BvbnNlJywgJ3NvdXJjZScsICdkZXN0aW5hdGlvbicsICdjb25uZWN0aW9uJywgJ3Vwc3RyZWFtJywgJ25vZGUnLCAneGRzJyxcbiAgJ3BsdWdpbl9uYW1lJywgJ3BsdWdpbl9yb290X2lkJywgJ3BsdWdpbl92bV9pZCcsICdjbHVzdGVyX25hbWUnLCAnY2x1c3Rlcl9tZXRhZGF0YScsXG4gICdyb3V0ZV9uYW1lJywgJ3JvdXRlX21ldGFkYXRhJywgJ2xpc3RlbmVyX2RpcmVjdGlvbicsICdsaXN0ZW5lcl9tZXRhZGF0YScsXG4gICd1cHN0cmVhbV9ob3N0X21ldGFkYXRhJywgJ21ldGFkYXRhJywgJ2ZpbHRlcl9zdGF0ZScsXG5dKTtcblxuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVByb3BlcnR5KHZhbHVlOiBQcm9wZXJ0eVZhbHVlKTogVWludDhBcnJheSB7XG4gIGlmICh2YWx1ZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiB2YWx1ZS5zbGljZSgpO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJykgcmV0dXJuIGVuY29kZXIuZW5jb2RlKHZhbHVlKTtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nKSByZXR1cm4gVWludDhBcnJheS5vZih2YWx1ZSA/IDEgOiAwKTtcbiAgY29uc3QgYmlnID0gdHlwZW9mIHZhbHVlID09PSAnYmlnaW50JyA/IHZhbHVlIDogQmlnSW50KE1hdGgudHJ1bmModmFsdWUpKTtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoOCk7XG4gIG5ldyBEYXRhVmlldyhvdXQuYnVmZmVyKS5zZXRCaWdJbnQ2NCgwLCBCaWdJbnQuYXNJbnROKDY0LCBiaWcpLCB0cnVlKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlUHJvcGVydGllcyhpbnB1dDogdW5rbm93biwgd2hhdDogc3RyaW5nKTogUHJvcGVydHlJbnB1dCB7XG4gIGlmIChpbnB1dCA9PT0gdW5kZWZpbmVkKSByZXR1cm4ge307XG4gIGlmICh0eXBlb2YgaW5wdXQgIT09ICdvYmplY3QnIHx8IGlucHV0ID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkoaW5wdXQpKSB7XG4gICAgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fSBtdXN0IGJlIGFuIG9iamVjdCBtYXBwaW5nIGF0dHJpYnV0ZSBwYXRocyAoZS5nLiBcInNvdXJjZS5hZGRyZXNzXCIpIHRvIHZhbHVlc2ApO1xuICB9XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKGlucHV0KSkge1xuICAgIGNvbnN0IG9rID0gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJyB8fCB0eXBlb2YgdiA9PT0gJ2JpZ2ludCcgfHwgdHlwZW9mIHYgPT09ICdib29sZWFuJyB8fCB2IGluc3RhbmNlb2YgVWludDhBcnJheTtcbiAgICBpZiAoIW9rKSB0aHJvdyBuZXcgVHlwZUVycm9yKGAke3doYXR9W1wiJHtrfVwiXSBtdXN0IGJlIGEgc3RyaW5nLCBudW1iZXIsIGJpZ2ludCwgYm9vbGVhbiBvciBVaW50OEFycmF5YCk7XG4gIH1cbiAgcmV0dXJuIGlucHV0IGFzIFByb3BlcnR5SW5wdXQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJvcGVydHlTY29wZSB7XG4gIHZtOiBQcm9wZXJ0eUlucHV0O1xuICBzdHJlYW0/OiBQcm9wZXJ0eUlucHV0O1xuICByZXF1ZXN0SGVhZGVycz86IEhlYWRlck1hcDtcbiAgcmVzcG9uc2VIZWFkZXJzPzogSGVhZGVyTWFwO1xuICBmaWx0ZXJTdGF0ZT86IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+O1xufVxuXG5mdW5jdGlvbiBkZXJpdmVkUmVxdWVzdChuYW1lOiBzdHJpbmcsIGhlYWRlcnM6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCk6IFByb3BlcnR5VmFsdWUgfCB1bmRlZmluZWQge1xuICBpZiAoIWhlYWRlcnMpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhdGggPSBoZWFkZXJzLmdldCgnOnBhdGgnKTtcbiAgc3dpdGNoIChuYW1lKSB7XG4gICAgY2FzZSAncGF0aCc6IHJldHVybiBwYXRoO1xuICAgIGNhc2UgJ3VybF9wYXRoJzogcmV0dXJuIHBhdGg/LnNwbGl0KCc/JylbMF07XG4gICAgY2FzZSAncXVlcnknOiByZXR1cm4gcGF0aCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogcGF0aC5pbmNsdWRlcygnPycpID8gcGF0aC5zbGljZShwYXRoLmluZGV4T2YoJz8nKSArIDEpIDogJyc7XG4gICAgY2FzZSAnaG9zdCc6IHJldHVybiBoZWFkZXJzLmdldCgnOmF1dGhvcml0eScpO1xuICAgIGNhc2UgJ3NjaGVtZSc6IHJldHVybiBoZWFkZXJzLmdldCgnOnNjaGVtZScpO1xuICAgIGNhc2UgJ21ldGhvZCc6IHJldHVybiBoZWFkZXJzLmdldCgnOm1ldGhvZCcpO1xuICAgIGNhc2UgJ2lkJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCd4LXJlcXVlc3QtaWQnKTtcbiAgICBjYXNlICdyZWZlcmVyJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCdyZWZlcmVyJyk7XG4gICAgY2FzZSAndXNlcmFnZW50JzogcmV0dXJuIGhlYWRlcnMuZ2V0KCd1c2VyLWFnZW50Jyk7XG4gICAgY2FzZSAncHJvdG9jb2wnOiByZXR1cm4gJ0hUVFAvMS4xJztcbiAgICBkZWZhdWx0OiByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbmZ1bmN0aW9uIGxvb2t1cEhlYWRlcnMobWFwOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQsIHJlc3Q6IHN0cmluZ1tdKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gIGlmICghbWFwKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAocmVzdC5sZW5ndGggPT09IDApIHJldHVybiBlbmNvZGVQYWlycyhtYXAucGFpcnMoKSk7XG4gIGlmIChyZXN0Lmxlbmd0aCAhPT0gMSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdiA9IG1hcC5nZXQocmVzdFswXSEpO1xuICByZXR1cm4gdiA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogZW5jb2Rlci5lbmNvZGUodik7XG59XG5cbi8qKiBSZXNvbHZlcyBhIHJhdyBwcm9wZXJ0eSBwYXRoLCBvciB1bmRlZmluZWQgd2hlbiBFbnZveSB3b3VsZCBhbnN3ZXIgTm90Rm91bmQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVByb3BlcnR5KHJhd1BhdGg6IHN0cmluZywgc2NvcGU6IFByb3BlcnR5U2NvcGUpOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2VnbWVudHMgPSByYXdQYXRoLnNwbGl0KCdcXHUwMDAwJyk7XG4gIGNvbnN0IHJvb3QgPSBzZWdtZW50c1swXSE7XG4gIGlmICghQVRUUklCVVRFX1JPT1RTLmhhcyhyb290KSkge1xuICAgIGNvbnN0IHN0YXRlID0gc2NvcGUuZmlsdGVyU3RhdGU/LmdldChyYXdQYXRoKTtcbiAgICByZXR1cm4gc3RhdGU/LnNsaWNlKCk7XG4gIH1cbiAgaWYgKHJvb3QgPT09ICdmaWx0ZXJfc3RhdGUnICYmIHNlZ21lbnRzLmxlbmd0aCA9PT0gMikge1xuICAgIGNvbnN0IGtleSA9IHNlZ21lbnRzWzFdIS5zdGFydHNXaXRoKCd3YXNtLicpID8gc2VnbWVudHNbMV0hLnNsaWNlKDUpIDogc2VnbWVudHNbMV0hO1xuICAgIHJldHVybiBzY29wZS5maWx0ZXJTdGF0ZT8uZ2V0KGtleSk/LnNsaWNlKCk7XG4gIH1cbiAgY29uc3QgZG90dGVkID0gc2VnbWVudHMuam9pbignLicpO1xuICBjb25zdCBleHBsaWNpdCA9IHNjb3BlLnN0cmVhbT8uW2RvdHRlZF0gPz8gc2NvcGUudm1bZG90dGVkXTtcbiAgaWYgKGV4cGxpY2l0ICE9PSB1bmRlZmluZWQpIHJldHVybiBlbmNvZGVQcm9wZXJ0eShleHBsaWNpdCk7XG4gIGlmIChyb290ID09PSAncmVxdWVzdCcgJiYgc2VnbWVudHNbMV0gPT09ICdoZWFkZXJzJykgcmV0dXJuIGxvb2t1cEhlYWRlcnMoc2NvcGUucmVxdWVzdEhlYWRlcnMsIHNlZ21lbnRzLnNsaWNlKDIpKTtcbiAgaWYgKHJvb3QgPT09ICdyZXNwb25zZScgJiYgc2VnbWVudHNbMV0gPT09ICdoZWFkZXJzJykgcmV0dXJuIGxvb2t1cEhlYWRlcnMoc2NvcGUucmVzcG9uc2VIZWFkZXJzLCBzZWdtZW50cy5zbGljZSgyKSk7XG4gIGlmIChyb290ID09PSAncmVxdWVzdCcgJiYgc2VnbWVudHMubGVuZ3RoID09PSAyKSB7XG4gICAgY29uc3QgdiA9IGRlcml2ZWRSZXF1ZXN0KHNlZ21lbnRzWzFdISwgc2NvcGUucmVxdWVzdEhlYWRlcnMpO1xuICAgIHJldHVybiB2ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBlbmNvZGVQcm9wZXJ0eSh2KTtcbiAgfVxuICBpZiAocm9vdCA9PT0gJ3Jlc3BvbnNlJyAmJiBzZWdtZW50cy5sZW5ndGggPT09IDIgJiYgc2VnbWVudHNbMV0gPT09ICdjb2RlJykge1xuICAgIGNvbnN0IHN0YXR1cyA9IHNjb3BlLnJlc3BvbnNlSGVhZGVycz8uZ2V0KCc6c3RhdHVzJyk7XG4gICAgcmV0dXJuIHN0YXR1cyA9PT0gdW5kZWZpbmVkIHx8ICEvXlxcZCskLy50ZXN0KHN0YXR1cykgPyB1bmRlZmluZWQgOiBlbmNvZGVQcm9wZXJ0eShOdW1iZXIoc3RhdHVzKSk7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVRleHQoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBzdHJpbmcge1xuICByZXR1cm4gZGVjb2Rlci5kZWNvZGUoYnl0ZXMpO1xufVxuIiwgIi8vIEVudm95J3MgcHJvY2Vzcy13aWRlIHNoYXJlZCBkYXRhIChwcm94eS13YXNtLWNwcC1ob3N0IFNoYXJlZERhdGEpOiBhIGtleS92YWx1ZVxuLy8gc3RvcmUgcGVyIHZtX2lkIHdoZXJlIGV2ZXJ5IHdyaXRlIGdldHMgYSBmcmVzaCBjb21wYXJlLWFuZC1zd2FwIHRva2VuLlxuaW1wb3J0IHsgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcblxuaW50ZXJmYWNlIEVudHJ5IHtcbiAgdmFsdWU6IFVpbnQ4QXJyYXk7XG4gIGNhczogbnVtYmVyO1xufVxuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5cbmV4cG9ydCBjbGFzcyBTaGFyZWREYXRhIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieVZtID0gbmV3IE1hcDxzdHJpbmcsIE1hcDxzdHJpbmcsIEVudHJ5Pj4oKTtcbiAgcHJpdmF0ZSBuZXh0Q2FzID0gMTtcblxuICBwcml2YXRlIG1hcCh2bUlkOiBzdHJpbmcpOiBNYXA8c3RyaW5nLCBFbnRyeT4ge1xuICAgIGxldCBtID0gdGhpcy5ieVZtLmdldCh2bUlkKTtcbiAgICBpZiAoIW0pIHRoaXMuYnlWbS5zZXQodm1JZCwgKG0gPSBuZXcgTWFwKCkpKTtcbiAgICByZXR1cm4gbTtcbiAgfVxuXG4gIHByaXZhdGUgdGFrZUNhcygpOiBudW1iZXIge1xuICAgIGNvbnN0IGNhcyA9IHRoaXMubmV4dENhcztcbiAgICAvLyBjYXMgMCBtZWFucyBcInVuY29uZGl0aW9uYWxcIiBpbiBzZXQsIHNvIHRoZSBjb3VudGVyIHNraXBzIGl0IG9uIHdyYXAtYXJvdW5kLlxuICAgIHRoaXMubmV4dENhcyA9ICh0aGlzLm5leHRDYXMgKyAxKSA+Pj4gMCB8fCAxO1xuICAgIHJldHVybiBjYXM7XG4gIH1cblxuICBsb29rdXAodm1JZDogc3RyaW5nLCBrZXk6IHN0cmluZyk6IHsgdmFsdWU6IFVpbnQ4QXJyYXk7IGNhczogbnVtYmVyIH0gfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGUgPSB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KTtcbiAgICByZXR1cm4gZSAmJiB7IHZhbHVlOiBlLnZhbHVlLnNsaWNlKCksIGNhczogZS5jYXMgfTtcbiAgfVxuXG4gIC8qKiBSZXR1cm5zIGEgV2FzbVJlc3VsdCBjb2RlOiBDYXNNaXNtYXRjaCB3aGVuIGNhcyBpcyBub24temVybyBhbmQgc3RhbGUuICovXG4gIHN0b3JlKHZtSWQ6IHN0cmluZywga2V5OiBzdHJpbmcsIHZhbHVlOiBVaW50OEFycmF5LCBjYXM6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgbSA9IHRoaXMubWFwKHZtSWQpO1xuICAgIGNvbnN0IGV4aXN0aW5nID0gbS5nZXQoa2V5KTtcbiAgICBpZiAoZXhpc3RpbmcgJiYgY2FzICE9PSAwICYmIGNhcyAhPT0gZXhpc3RpbmcuY2FzKSByZXR1cm4gV2FzbVJlc3VsdC5DYXNNaXNtYXRjaDtcbiAgICBtLnNldChrZXksIHsgdmFsdWU6IHZhbHVlLnNsaWNlKCksIGNhczogdGhpcy50YWtlQ2FzKCkgfSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICAvKiogVGVzdCBoZWxwZXI6IHRoZSB2YWx1ZSBhcyBhIFVURi04IHN0cmluZyAodm1JZCBkZWZhdWx0cyB0byAnJywgRW52b3kncyBkZWZhdWx0IHZtX2lkKS4gKi9cbiAgZ2V0KGtleTogc3RyaW5nLCB2bUlkID0gJycpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGUgPSB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KTtcbiAgICByZXR1cm4gZSAmJiBkZWNvZGVyLmRlY29kZShlLnZhbHVlKTtcbiAgfVxuXG4gIGdldEJ5dGVzKGtleTogc3RyaW5nLCB2bUlkID0gJycpOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tYXAodm1JZCkuZ2V0KGtleSk/LnZhbHVlLnNsaWNlKCk7XG4gIH1cblxuICAvKiogVGVzdCBoZWxwZXI6IHNlZWRzIGEgdmFsdWUgYXMgYW5vdGhlciB3b3JrZXIgd291bGQgKHVuY29uZGl0aW9uYWwgd3JpdGUpLiAqL1xuICBzZXQoa2V5OiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcgfCBVaW50OEFycmF5LCB2bUlkID0gJycpOiB2b2lkIHtcbiAgICB0aGlzLnN0b3JlKHZtSWQsIGtleSwgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyA/IGVuY29kZXIuZW5jb2RlKHZhbHVlKSA6IHZhbHVlLCAwKTtcbiAgfVxuXG4gIGNhcyhrZXk6IHN0cmluZywgdm1JZCA9ICcnKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tYXAodm1JZCkuZ2V0KGtleSk/LmNhcztcbiAgfVxufVxuIiwgIi8vIEVudm95J3Mgc2hhcmVkIHF1ZXVlcyAocHJveHktd2FzbS1jcHAtaG9zdCBTaGFyZWRRdWV1ZSk6IG5hbWVkIHBlciB2bV9pZCxcbi8vIGlkZW50aWZpZWQgYnkgYSBwcm9jZXNzLXdpZGUgdG9rZW47IHRoZSBWTSB0aGF0IHJlZ2lzdGVyZWQgYSBxdWV1ZSAodGhlIGxhc3Rcbi8vIG9uZSB0byByZWdpc3RlciBpdCkgaXMgdG9sZCB0aHJvdWdoIHByb3h5X29uX3F1ZXVlX3JlYWR5IHdoZW4gZGF0YSBhcnJpdmVzLlxuaW1wb3J0IHsgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBRdWV1ZU93bmVyIHtcbiAgLyoqIENhbGxlZCAoZGVmZXJyZWQgYnkgdGhlIGhvc3QgdW50aWwgbm8gZ3Vlc3QgY2FsbCBpcyBydW5uaW5nKSB3aGVuIGFuIGl0ZW0gYXJyaXZlcy4gKi9cbiAgbm90aWZ5UXVldWVSZWFkeShyb290Q29udGV4dElkOiBudW1iZXIsIHRva2VuOiBudW1iZXIpOiB2b2lkO1xufVxuXG5pbnRlcmZhY2UgUXVldWUge1xuICB2bUlkOiBzdHJpbmc7XG4gIG5hbWU6IHN0cmluZztcbiAgb3duZXI6IFF1ZXVlT3duZXI7XG4gIHJvb3RDb250ZXh0SWQ6IG51bWJlcjtcbiAgaXRlbXM6IFVpbnQ4QXJyYXlbXTtcbn1cblxuZXhwb3J0IGNsYXNzIFNoYXJlZFF1ZXVlcyB7XG4gIHByaXZhdGUgcmVhZG9ubHkgYnlUb2tlbiA9IG5ldyBNYXA8bnVtYmVyLCBRdWV1ZT4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSB0b2tlbnMgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICBwcml2YXRlIG5leHRUb2tlbiA9IDE7XG5cbiAgcHJpdmF0ZSBzdGF0aWMga2V5KHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dm1JZH1cXHUwMDAwJHtuYW1lfWA7XG4gIH1cblxuICByZWdpc3Rlcih2bUlkOiBzdHJpbmcsIG5hbWU6IHN0cmluZywgb3duZXI6IFF1ZXVlT3duZXIsIHJvb3RDb250ZXh0SWQ6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3Qga2V5ID0gU2hhcmVkUXVldWVzLmtleSh2bUlkLCBuYW1lKTtcbiAgICBjb25zdCBleGlzdGluZyA9IHRoaXMudG9rZW5zLmdldChrZXkpO1xuICAgIGlmIChleGlzdGluZyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldChleGlzdGluZykhO1xuICAgICAgcS5vd25lciA9IG93bmVyO1xuICAgICAgcS5yb290Q29udGV4dElkID0gcm9vdENvbnRleHRJZDtcbiAgICAgIHJldHVybiBleGlzdGluZztcbiAgICB9XG4gICAgY29uc3QgdG9rZW4gPSB0aGlzLm5leHRUb2tlbisrO1xuICAgIHRoaXMudG9rZW5zLnNldChrZXksIHRva2VuKTtcbiAgICB0aGlzLmJ5VG9rZW4uc2V0KHRva2VuLCB7IHZtSWQsIG5hbWUsIG93bmVyLCByb290Q29udGV4dElkLCBpdGVtczogW10gfSk7XG4gICAgcmV0dXJuIHRva2VuO1xuICB9XG5cbiAgcmVzb2x2ZSh2bUlkOiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMudG9rZW5zLmdldChTaGFyZWRRdWV1ZXMua2V5KHZtSWQsIG5hbWUpKTtcbiAgfVxuXG4gIC8qKiBSZXR1cm5zIHRoZSBXYXNtUmVzdWx0IGFuZCwgb24gc3VjY2Vzcywgd2hvIHRvIG5vdGlmeS4gKi9cbiAgZW5xdWV1ZSh0b2tlbjogbnVtYmVyLCBkYXRhOiBVaW50OEFycmF5KTogeyByZXN1bHQ6IG51bWJlcjsgbm90aWZ5PzogKCkgPT4gdm9pZCB9IHtcbiAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldCh0b2tlbik7XG4gICAgaWYgKCFxKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuTm90Rm91bmQgfTtcbiAgICBxLml0ZW1zLnB1c2goZGF0YS5zbGljZSgpKTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIG5vdGlmeTogKCkgPT4gcS5vd25lci5ub3RpZnlRdWV1ZVJlYWR5KHEucm9vdENvbnRleHRJZCwgdG9rZW4pIH07XG4gIH1cblxuICBkZXF1ZXVlKHRva2VuOiBudW1iZXIpOiB7IHJlc3VsdDogbnVtYmVyOyBkYXRhPzogVWludDhBcnJheSB9IHtcbiAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldCh0b2tlbik7XG4gICAgaWYgKCFxKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuTm90Rm91bmQgfTtcbiAgICBjb25zdCBkYXRhID0gcS5pdGVtcy5zaGlmdCgpO1xuICAgIGlmICghZGF0YSkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkVtcHR5IH07XG4gICAgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCBkYXRhIH07XG4gIH1cblxuICBzaXplKHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogbnVtYmVyIHtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMucmVzb2x2ZSh2bUlkLCBuYW1lKTtcbiAgICByZXR1cm4gdG9rZW4gPT09IHVuZGVmaW5lZCA/IDAgOiB0aGlzLmJ5VG9rZW4uZ2V0KHRva2VuKSEuaXRlbXMubGVuZ3RoO1xuICB9XG59XG4iLCAiLy8gQSBtdXRhYmxlIGhlYWRlciBtYXAgd2l0aCBFbnZveSdzIHNlbWFudGljcyBmb3IgdGhlIHByb3h5LXdhc20gaGVhZGVyIGNhbGxzOlxuLy8gbmFtZXMgYXJlIGxvd2VyLWNhc2VkLCBvcmRlciBpcyBrZXB0LCBkdXBsaWNhdGVzIGFyZSBhbGxvd2VkLlxuaW1wb3J0IHR5cGUgeyBIZWFkZXJQYWlycyB9IGZyb20gJy4vcGFpcnMudHMnO1xuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbmV4cG9ydCBjbGFzcyBIZWFkZXJNYXAge1xuICBwcml2YXRlIGVudHJpZXM6IEhlYWRlclBhaXJzO1xuXG4gIGNvbnN0cnVjdG9yKHBhaXJzOiBIZWFkZXJQYWlycyA9IFtdKSB7XG4gICAgdGhpcy5lbnRyaWVzID0gcGFpcnMubWFwKChbaywgdl0pID0+IFtrLnRvTG93ZXJDYXNlKCksIHZdKTtcbiAgfVxuXG4gIHBhaXJzKCk6IEhlYWRlclBhaXJzIHtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLm1hcCgoW2ssIHZdKSA9PiBbaywgdl0pO1xuICB9XG5cbiAgZ2V0IGNvdW50KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcy5sZW5ndGg7XG4gIH1cblxuICAvKiogRW52b3kncyBnZXRfaGVhZGVyX21hcF9zaXplIHJlcG9ydHMgdGhlIG1hcCdzIGJ5dGUgc2l6ZSwgbm90IGl0cyBlbnRyeSBjb3VudC4gKi9cbiAgYnl0ZVNpemUoKTogbnVtYmVyIHtcbiAgICBsZXQgc2l6ZSA9IDA7XG4gICAgZm9yIChjb25zdCBbaywgdl0gb2YgdGhpcy5lbnRyaWVzKSBzaXplICs9IGVuY29kZXIuZW5jb2RlKGspLmxlbmd0aCArIGVuY29kZXIuZW5jb2RlKHYpLmxlbmd0aDtcbiAgICByZXR1cm4gc2l6ZTtcbiAgfVxuXG4gIC8qKiBGaXJzdCB2YWx1ZSwgYXMgRW52b3kncyBnZXRIZWFkZXJNYXBWYWx1ZSByZXR1cm5zLiAqL1xuICBnZXQobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBrZXkgPSBuYW1lLnRvTG93ZXJDYXNlKCk7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcy5maW5kKChba10pID0+IGsgPT09IGtleSk/LlsxXTtcbiAgfVxuXG4gIGFkZChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLmVudHJpZXMucHVzaChbbmFtZS50b0xvd2VyQ2FzZSgpLCB2YWx1ZV0pO1xuICB9XG5cbiAgLyoqIFJlcGxhY2VzIHRoZSBmaXJzdCBlbnRyeSdzIHZhbHVlIGluIHBsYWNlLCBvciBhcHBlbmRzIChFbnZveSdzIHJlcGxhY2VIZWFkZXJNYXBWYWx1ZSkuICovXG4gIHJlcGxhY2UobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3Qga2V5ID0gbmFtZS50b0xvd2VyQ2FzZSgpO1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy5lbnRyaWVzLmZpbmQoKFtrXSkgPT4gayA9PT0ga2V5KTtcbiAgICBpZiAoZW50cnkpIGVudHJ5WzFdID0gdmFsdWU7XG4gICAgZWxzZSB0aGlzLmVudHJpZXMucHVzaChba2V5LCB2YWx1ZV0pO1xuICB9XG5cbiAgcmVtb3ZlKG5hbWU6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IGtleSA9IG5hbWUudG9Mb3dlckNhc2UoKTtcbiAgICB0aGlzLmVudHJpZXMgPSB0aGlzLmVudHJpZXMuZmlsdGVyKChba10pID0+IGsgIT09IGtleSk7XG4gIH1cblxuICBzZXRBbGwocGFpcnM6IEhlYWRlclBhaXJzKTogdm9pZCB7XG4gICAgdGhpcy5lbnRyaWVzID0gcGFpcnMubWFwKChbaywgdl0pID0+IFtrLnRvTG93ZXJDYXNlKCksIHZdKTtcbiAgfVxufVxuIiwgIi8vIE9uZSBIVFRQIHN0cmVhbSB0aHJvdWdoIGEgY2hhaW4gb2YgZmlsdGVycyAob25lIHBlciBWTSksIHdpdGggRW52b3knc1xuLy8gaXRlcmF0aW9uIHJ1bGVzOiByZXF1ZXN0IGNhbGxiYWNrcyBydW4gaW4gY2hhaW4gb3JkZXIsIHJlc3BvbnNlIGNhbGxiYWNrcyBpblxuLy8gcmV2ZXJzZTsgYSBzdG9wIGhvbGRzIGxhdGVyIGV2ZW50cyB1bnRpbCBwcm94eV9jb250aW51ZV9zdHJlYW07IGEgbG9jYWwgcmVwbHlcbi8vIGVuZHMgdGhlIHJlcXVlc3QgYW5kIGlzIGVuY29kZWQgYmFjayB0aHJvdWdoIHRoZSBmaWx0ZXJzIHRoYXQgaGF2ZSBzZWVuIGl0LlxuaW1wb3J0IHtcbiAgY29udmVydERhdGFSZXN1bHQsIGNvbnZlcnRIZWFkZXJzUmVzdWx0LCBjb252ZXJ0VHJhaWxlcnNSZXN1bHQsIEhlYWRlck1hcFR5cGUsIFN0cmVhbVR5cGUsIFdhc21SZXN1bHQsXG4gIHR5cGUgQWN0aW9uLCB0eXBlIERhdGFBY3Rpb24sIHR5cGUgSGVhZGVyc0FjdGlvbiwgdHlwZSBUcmFpbGVyc0FjdGlvbiwgQnVmZmVyVHlwZSxcbn0gZnJvbSAnLi9hYmkudHMnO1xuaW1wb3J0IHsgU3RyZWFtU3RhdGVFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEhlYWRlck1hcCB9IGZyb20gJy4vaGVhZGVyLW1hcC50cyc7XG5pbXBvcnQgeyBub3JtYWxpemVIZWFkZXJzLCB0eXBlIEhlYWRlclBhaXJzLCB0eXBlIEhlYWRlcnNJbnB1dCB9IGZyb20gJy4vcGFpcnMudHMnO1xuaW1wb3J0IHR5cGUgeyBQcm9wZXJ0eUlucHV0IH0gZnJvbSAnLi9wcm9wZXJ0aWVzLnRzJztcbmltcG9ydCB0eXBlIHsgQnVmZmVyQWNjZXNzLCBWbSB9IGZyb20gJy4vdm0udHMnO1xuXG50eXBlIERpciA9ICdyZXF1ZXN0JyB8ICdyZXNwb25zZSc7XG5pbnRlcmZhY2UgRmxvd0V2ZW50IHtcbiAga2luZDogJ2hlYWRlcnMnIHwgJ2RhdGEnIHwgJ3RyYWlsZXJzJztcbiAgZGF0YT86IFVpbnQ4QXJyYXk7XG4gIGVuZE9mU3RyZWFtOiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsUmVwbHlSZXF1ZXN0IHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIGRldGFpbHM6IHN0cmluZztcbiAgYm9keTogVWludDhBcnJheTtcbiAgaGVhZGVyczogSGVhZGVyUGFpcnM7XG4gIGdycGNTdGF0dXM6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBMb2NhbFJlc3BvbnNlIHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIC8qKiBSZXNwb25zZSBoZWFkZXJzIGFzIHRoZSBjbGllbnQgZ2V0cyB0aGVtLCBhZnRlciB0aGUgZmlsdGVycycgcmVzcG9uc2UgY2FsbGJhY2tzLiAqL1xuICBoZWFkZXJzOiBIZWFkZXJQYWlycztcbiAgYm9keTogVWludDhBcnJheTtcbiAgYm9keVRleHQ6IHN0cmluZztcbiAgZGV0YWlsczogc3RyaW5nO1xuICAvKiogdW5kZWZpbmVkIHdoZW4gdGhlIGZpbHRlciBwYXNzZWQgLTEgKG5vIGdSUEMgc3RhdHVzKSwgYXMgRW52b3kgbWFwcyBpdC4gKi9cbiAgZ3JwY1N0YXR1czogbnVtYmVyIHwgdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFNlbmRPcHRpb25zIHtcbiAgZW5kT2ZTdHJlYW0/OiBib29sZWFuO1xufVxuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5cbmZ1bmN0aW9uIGNvbmNhdChwYXJ0czogcmVhZG9ubHkgVWludDhBcnJheVtdKTogVWludDhBcnJheSB7XG4gIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KHBhcnRzLnJlZHVjZSgobiwgcCkgPT4gbiArIHAubGVuZ3RoLCAwKSk7XG4gIGxldCBvID0gMDtcbiAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSB7XG4gICAgb3V0LnNldChwLCBvKTtcbiAgICBvICs9IHAubGVuZ3RoO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHRvQm9keShkYXRhOiBzdHJpbmcgfCBVaW50OEFycmF5LCB3aGF0OiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgaWYgKHR5cGVvZiBkYXRhID09PSAnc3RyaW5nJykgcmV0dXJuIGVuY29kZXIuZW5jb2RlKGRhdGEpO1xuICBpZiAoZGF0YSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiBkYXRhLnNsaWNlKCk7XG4gIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0gbXVzdCBiZSBhIHN0cmluZyBvciBhIFVpbnQ4QXJyYXlgKTtcbn1cblxuLyoqIE9uZSBmaWx0ZXIncyBwbGFjZSBpbiBhIHN0cmVhbTogaXRzIGNvbnRleHQgaW4gaXRzIFZNIGFuZCBpdHMgcGVyLWRpcmVjdGlvbiBzdGF0ZS4gKi9cbmV4cG9ydCBjbGFzcyBGaWx0ZXJTbG90IHtcbiAgY29udGV4dElkOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIC8qKiBFbnZveSdzIGZhaWx1cmVfbG9jYWxfcmVwbHlfc2VudF86IGEgZmFpbGVkIGZpbHRlciBpcyBza2lwcGVkIG9uIHRoZSB3YXkgYmFjay4gKi9cbiAgZmFpbHVyZVJlcGx5U2VudCA9IGZhbHNlO1xuICByZWFkb25seSBoZWxkSGVhZGVycyA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuICByZWFkb25seSBoZWxkVHJhaWxlcnMgPSB7IHJlcXVlc3Q6IGZhbHNlLCByZXNwb25zZTogZmFsc2UgfTtcbiAgcmVhZG9ubHkgYm9keTogUmVjb3JkPERpciwgVWludDhBcnJheSB8IHVuZGVmaW5lZD4gPSB7IHJlcXVlc3Q6IHVuZGVmaW5lZCwgcmVzcG9uc2U6IHVuZGVmaW5lZCB9O1xuICByZWFkb25seSBidWZmZXJpbmcgPSB7IHJlcXVlc3Q6IGZhbHNlLCByZXNwb25zZTogZmFsc2UgfTtcbiAgcmVhZG9ubHkgYm9keUVuZCA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuXG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHN0cmVhbTogSHR0cFN0cmVhbSwgcmVhZG9ubHkgdm06IFZtLCByZWFkb25seSBpbmRleDogbnVtYmVyKSB7fVxuXG4gIGhlYWRlck1hcCh0eXBlOiBudW1iZXIpOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHMgPSB0aGlzLnN0cmVhbTtcbiAgICBzd2l0Y2ggKHR5cGUpIHtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXF1ZXN0SGVhZGVyczogcmV0dXJuIHRoaXMuaGVsZEhlYWRlcnMucmVxdWVzdCA/IHMucmVxdWVzdEhlYWRlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXNwb25zZUhlYWRlcnM6IHJldHVybiB0aGlzLmhlbGRIZWFkZXJzLnJlc3BvbnNlID8gcy5yZXNwb25zZUhlYWRlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXF1ZXN0VHJhaWxlcnM6IHJldHVybiB0aGlzLmhlbGRUcmFpbGVycy5yZXF1ZXN0ID8gcy5yZXF1ZXN0VHJhaWxlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXNwb25zZVRyYWlsZXJzOiByZXR1cm4gdGhpcy5oZWxkVHJhaWxlcnMucmVzcG9uc2UgPyBzLnJlc3BvbnNlVHJhaWxlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGRlZmF1bHQ6IHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgYm9keUJ1ZmZlcih0eXBlOiBudW1iZXIpOiBCdWZmZXJBY2Nlc3MgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGRpcjogRGlyIHwgdW5kZWZpbmVkID0gdHlwZSA9PT0gQnVmZmVyVHlwZS5IdHRwUmVxdWVzdEJvZHkgPyAncmVxdWVzdCcgOiB0eXBlID09PSBCdWZmZXJUeXBlLkh0dHBSZXNwb25zZUJvZHkgPyAncmVzcG9uc2UnIDogdW5kZWZpbmVkO1xuICAgIGlmICghZGlyIHx8IHRoaXMuYm9keVtkaXJdID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHsgZ2V0OiAoKSA9PiB0aGlzLmJvZHlbZGlyXSEsIHNldDogKGJ5dGVzKSA9PiB7IHRoaXMuYm9keVtkaXJdID0gYnl0ZXM7IH0gfTtcbiAgfVxuXG4gIHJlcXVlc3RMb2NhbFJlc3BvbnNlKHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCk6IHZvaWQge1xuICAgIHRoaXMudm0uZGVmZXIoKCkgPT4gdGhpcy5zdHJlYW0uYXBwbHlMb2NhbFJlc3BvbnNlKHJlcGx5KSk7XG4gIH1cblxuICBjb250aW51ZVN0cmVhbSh0eXBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGlmICh0eXBlICE9PSBTdHJlYW1UeXBlLlJlcXVlc3QgJiYgdHlwZSAhPT0gU3RyZWFtVHlwZS5SZXNwb25zZSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgY29uc3QgZGlyOiBEaXIgPSB0eXBlID09PSBTdHJlYW1UeXBlLlJlcXVlc3QgPyAncmVxdWVzdCcgOiAncmVzcG9uc2UnO1xuICAgIGlmIChkaXIgPT09ICdyZXF1ZXN0JykgdGhpcy5zdHJlYW0uY29udGludWVkUmVxdWVzdCA9IHRydWU7XG4gICAgZWxzZSB0aGlzLnN0cmVhbS5jb250aW51ZWRSZXNwb25zZSA9IHRydWU7XG4gICAgdGhpcy52bS5kZWZlcigoKSA9PiB0aGlzLnN0cmVhbS5yZXN1bWUoZGlyLCB0aGlzKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICBjbG9zZVN0cmVhbSh0eXBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGlmICh0eXBlICE9PSBTdHJlYW1UeXBlLlJlcXVlc3QgJiYgdHlwZSAhPT0gU3RyZWFtVHlwZS5SZXNwb25zZSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgdGhpcy52bS5kZWZlcigoKSA9PiB0aGlzLnN0cmVhbS5yZXNldCgnd2FzbV9jbG9zZV9zdHJlYW0nKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cbn1cblxuaW50ZXJmYWNlIERpcmVjdGlvblN0YXRlIHtcbiAgaGVhZGVyc1NlbnQ6IGJvb2xlYW47XG4gIGVuZGVkOiBib29sZWFuO1xuICAvKiogRXZlbnRzIGhhdmUgcGFzc2VkIGV2ZXJ5IGZpbHRlciBhbmQgcmVhY2hlZCB1cHN0cmVhbSAocmVxdWVzdCkgb3IgdGhlIGNsaWVudCAocmVzcG9uc2UpLiAqL1xuICBoZWFkZXJzRGVsaXZlcmVkOiBib29sZWFuO1xuICBibG9ja2VkQXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgYmxvY2tlZFJlc3VtZTogRmxvd0V2ZW50IHwgdW5kZWZpbmVkO1xuICBxdWV1ZTogeyBwb3M6IG51bWJlcjsgZXY6IEZsb3dFdmVudCB9W107XG4gIGRlbGl2ZXJlZDogVWludDhBcnJheVtdO1xufVxuXG5mdW5jdGlvbiBkaXJlY3Rpb24oKTogRGlyZWN0aW9uU3RhdGUge1xuICByZXR1cm4geyBoZWFkZXJzU2VudDogZmFsc2UsIGVuZGVkOiBmYWxzZSwgaGVhZGVyc0RlbGl2ZXJlZDogZmFsc2UsIGJsb2NrZWRBdDogdW5kZWZpbmVkLCBibG9ja2VkUmVzdW1lOiB1bmRlZmluZWQsIHF1ZXVlOiBbXSwgZGVsaXZlcmVkOiBbXSB9O1xufVxuXG5leHBvcnQgY2xhc3MgSHR0cFN0cmVhbSB7XG4gIHJlYWRvbmx5IHNsb3RzOiBGaWx0ZXJTbG90W107XG4gIHJlYWRvbmx5IGZpbHRlclN0YXRlID0gbmV3IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+KCk7XG4gIHJlcXVlc3RIZWFkZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVxdWVzdFRyYWlsZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVzcG9uc2VIZWFkZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVzcG9uc2VUcmFpbGVyTWFwOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQ7XG4gIGNvbnRpbnVlZFJlcXVlc3QgPSBmYWxzZTtcbiAgY29udGludWVkUmVzcG9uc2UgPSBmYWxzZTtcbiAgLyoqIFNldCB3aGVuIGEgZmlsdGVyIGNhbGxlZCBwcm94eV9jbG9zZV9zdHJlYW06IHRoZSBzdHJlYW0gaXMgcmVzZXQuICovXG4gIHJlc2V0RGV0YWlsczogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBjb21wbGV0ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSBzdGF0ZTogUmVjb3JkPERpciwgRGlyZWN0aW9uU3RhdGU+ID0geyByZXF1ZXN0OiBkaXJlY3Rpb24oKSwgcmVzcG9uc2U6IGRpcmVjdGlvbigpIH07XG5cbiAgY29uc3RydWN0b3Iodm1zOiByZWFkb25seSBWbVtdLCByZWFkb25seSBwcm9wZXJ0aWVzOiBQcm9wZXJ0eUlucHV0KSB7XG4gICAgdGhpcy5zbG90cyA9IHZtcy5tYXAoKHZtLCBpKSA9PiBuZXcgRmlsdGVyU2xvdCh0aGlzLCB2bSwgaSkpO1xuICB9XG5cbiAgLy8gLS0tLSB0ZXN0IEFQSTogZHJpdmluZyB0aGUgc3RyZWFtIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIHNlbmRSZXF1ZXN0SGVhZGVycyhoZWFkZXJzOiBIZWFkZXJzSW5wdXQsIG9wdGlvbnM6IFNlbmRPcHRpb25zID0ge30pOiBIZWFkZXJzQWN0aW9uIHtcbiAgICB0aGlzLmFzc2VydE9wZW4oJ3NlbmRSZXF1ZXN0SGVhZGVycycpO1xuICAgIGlmICh0aGlzLnN0YXRlLnJlcXVlc3QuaGVhZGVyc1NlbnQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdzZW5kUmVxdWVzdEhlYWRlcnM6IHJlcXVlc3QgaGVhZGVycyB3ZXJlIGFscmVhZHkgc2VudCBvbiB0aGlzIHN0cmVhbScpO1xuICAgIHRoaXMucmVxdWVzdEhlYWRlck1hcCA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyhoZWFkZXJzLCAncmVxdWVzdCBoZWFkZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVxdWVzdC5oZWFkZXJzU2VudCA9IHRydWU7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXF1ZXN0JywgMCwgeyBraW5kOiAnaGVhZGVycycsIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIEhlYWRlcnNBY3Rpb247XG4gIH1cblxuICBzZW5kUmVxdWVzdEJvZHkoZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IERhdGFBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlcXVlc3RCb2R5Jyk7XG4gICAgdGhpcy5hc3NlcnREaXJlY3Rpb24oJ3JlcXVlc3QnLCAnc2VuZFJlcXVlc3RCb2R5Jyk7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXF1ZXN0JywgMCwgeyBraW5kOiAnZGF0YScsIGRhdGE6IHRvQm9keShkYXRhLCAncmVxdWVzdCBib2R5JyksIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIERhdGFBY3Rpb247XG4gIH1cblxuICBzZW5kUmVxdWVzdFRyYWlsZXJzKHRyYWlsZXJzOiBIZWFkZXJzSW5wdXQpOiBUcmFpbGVyc0FjdGlvbiB7XG4gICAgdGhpcy5hc3NlcnRPcGVuKCdzZW5kUmVxdWVzdFRyYWlsZXJzJyk7XG4gICAgdGhpcy5hc3NlcnREaXJlY3Rpb24oJ3JlcXVlc3QnLCAnc2VuZFJlcXVlc3RUcmFpbGVycycpO1xuICAgIHRoaXMucmVxdWVzdFRyYWlsZXJNYXAgPSBuZXcgSGVhZGVyTWFwKG5vcm1hbGl6ZUhlYWRlcnModHJhaWxlcnMsICdyZXF1ZXN0IHRyYWlsZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVxdWVzdC5lbmRlZCA9IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVxdWVzdCcsIDAsIHsga2luZDogJ3RyYWlsZXJzJywgZW5kT2ZTdHJlYW06IHRydWUgfSkgYXMgVHJhaWxlcnNBY3Rpb247XG4gIH1cblxuICBzZW5kUmVzcG9uc2VIZWFkZXJzKGhlYWRlcnM6IEhlYWRlcnNJbnB1dCwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IEhlYWRlcnNBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlSGVhZGVycycpO1xuICAgIGlmICghdGhpcy5zdGF0ZS5yZXF1ZXN0LmhlYWRlcnNEZWxpdmVyZWQpIHtcbiAgICAgIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdzZW5kUmVzcG9uc2VIZWFkZXJzOiB0aGUgcmVxdWVzdCBoZWFkZXJzIGhhdmUgbm90IHJlYWNoZWQgdXBzdHJlYW0geWV0IChub3Qgc2VudCwgb3IgYSBmaWx0ZXIgcGF1c2VkIHRoZW0pJyk7XG4gICAgfVxuICAgIGlmICh0aGlzLnN0YXRlLnJlc3BvbnNlLmhlYWRlcnNTZW50KSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcignc2VuZFJlc3BvbnNlSGVhZGVyczogcmVzcG9uc2UgaGVhZGVycyB3ZXJlIGFscmVhZHkgc2VudCBvbiB0aGlzIHN0cmVhbScpO1xuICAgIGNvbnN0IHBhaXJzID0gbm9ybWFsaXplSGVhZGVycyhoZWFkZXJzLCAncmVzcG9uc2UgaGVhZGVycycpO1xuICAgIGlmICghcGFpcnMuc29tZSgoW2tdKSA9PiBrID09PSAnOnN0YXR1cycpKSB0aHJvdyBuZXcgVHlwZUVycm9yKCdyZXNwb25zZSBoZWFkZXJzIG5lZWQgYSBcIjpzdGF0dXNcIiBoZWFkZXInKTtcbiAgICB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwID0gbmV3IEhlYWRlck1hcChwYWlycyk7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5oZWFkZXJzU2VudCA9IHRydWU7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5lbmRlZCA9IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdoZWFkZXJzJywgZW5kT2ZTdHJlYW06IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWUgfSkgYXMgSGVhZGVyc0FjdGlvbjtcbiAgfVxuXG4gIHNlbmRSZXNwb25zZUJvZHkoZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IERhdGFBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlQm9keScpO1xuICAgIHRoaXMuYXNzZXJ0RGlyZWN0aW9uKCdyZXNwb25zZScsICdzZW5kUmVzcG9uc2VCb2R5Jyk7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5lbmRlZCA9IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdkYXRhJywgZGF0YTogdG9Cb2R5KGRhdGEsICdyZXNwb25zZSBib2R5JyksIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIERhdGFBY3Rpb247XG4gIH1cblxuICBzZW5kUmVzcG9uc2VUcmFpbGVycyh0cmFpbGVyczogSGVhZGVyc0lucHV0KTogVHJhaWxlcnNBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlVHJhaWxlcnMnKTtcbiAgICB0aGlzLmFzc2VydERpcmVjdGlvbigncmVzcG9uc2UnLCAnc2VuZFJlc3BvbnNlVHJhaWxlcnMnKTtcbiAgICB0aGlzLnJlc3BvbnNlVHJhaWxlck1hcCA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyh0cmFpbGVycywgJ3Jlc3BvbnNlIHRyYWlsZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVzcG9uc2UuZW5kZWQgPSB0cnVlO1xuICAgIHJldHVybiB0aGlzLmZsb3coJ3Jlc3BvbnNlJywgMCwgeyBraW5kOiAndHJhaWxlcnMnLCBlbmRPZlN0cmVhbTogdHJ1ZSB9KSBhcyBUcmFpbGVyc0FjdGlvbjtcbiAgfVxuXG4gIC8qKiBFbmRzIHRoZSBzdHJlYW0gYXMgRW52b3kgZG9lczogcHJveHlfb25fZG9uZSwgdGhlbiBwcm94eV9vbl9sb2csIHRoZW4gcHJveHlfb25fZGVsZXRlIGZvciBlYWNoIGZpbHRlci4gKi9cbiAgY29tcGxldGUoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY29tcGxldGVkKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcignY29tcGxldGU6IHRoZSBzdHJlYW0gaXMgYWxyZWFkeSBjb21wbGV0ZScpO1xuICAgIHRoaXMuY29tcGxldGVkID0gdHJ1ZTtcbiAgICBjb25zdCBsaXZlID0gdGhpcy5zbG90cy5maWx0ZXIoKHMpID0+IHMuY29udGV4dElkICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IHJ1biA9IChuYW1lOiBzdHJpbmcpID0+IHtcbiAgICAgIGZvciAoY29uc3QgcyBvZiBsaXZlKSB7XG4gICAgICAgIGlmIChzLnZtLmZhaWxlZCkgY29udGludWU7XG4gICAgICAgIHMudm0uaW52b2tlKG5hbWUsIHsgY29udGV4dElkOiBzLmNvbnRleHRJZCEsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LCAoKSA9PiBzLnZtLmNhbGxDb250ZXh0KG5hbWUsIHMuY29udGV4dElkISkpO1xuICAgICAgfVxuICAgIH07XG4gICAgcnVuKCdwcm94eV9vbl9kb25lJyk7XG4gICAgcnVuKCdwcm94eV9vbl9sb2cnKTtcbiAgICBydW4oJ3Byb3h5X29uX2RlbGV0ZScpO1xuICAgIGZvciAoY29uc3QgcyBvZiBsaXZlKSBzLnZtLmRyb3BDb250ZXh0KHMuY29udGV4dElkISk7XG4gIH1cblxuICAvLyAtLS0tIHRlc3QgQVBJOiBvYnNlcnZpbmcgdGhlIHN0cmVhbSAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgZ2V0IGxvY2FsUmVzcG9uc2UoKTogTG9jYWxSZXNwb25zZSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgciA9IHRoaXMucmVwbHk7XG4gICAgaWYgKCFyKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGJvZHkgPSBjb25jYXQodGhpcy5zdGF0ZS5yZXNwb25zZS5kZWxpdmVyZWQpO1xuICAgIHJldHVybiB7XG4gICAgICBzdGF0dXM6IHIuc3RhdHVzLFxuICAgICAgaGVhZGVyczogdGhpcy5yZXNwb25zZUhlYWRlck1hcD8ucGFpcnMoKSA/PyBbXSxcbiAgICAgIGJvZHksXG4gICAgICBib2R5VGV4dDogZGVjb2Rlci5kZWNvZGUoYm9keSksXG4gICAgICBkZXRhaWxzOiByLmRldGFpbHMsXG4gICAgICBncnBjU3RhdHVzOiByLmdycGNTdGF0dXMgPj0gMCAmJiByLmdycGNTdGF0dXMgPD0gMTYgPyByLmdycGNTdGF0dXMgOiB1bmRlZmluZWQsXG4gICAgfTtcbiAgfVxuXG4gIHJlcXVlc3RIZWFkZXJzKCk6IEhlYWRlclBhaXJzIHtcbiAgICByZXR1cm4gdGhpcy5yZXF1ZXN0SGVhZGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgcmVxdWVzdEhlYWRlcihuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnJlcXVlc3RIZWFkZXJNYXA/LmdldChuYW1lKTtcbiAgfVxuXG4gIHJlcXVlc3RUcmFpbGVycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMucmVxdWVzdFRyYWlsZXJNYXA/LnBhaXJzKCkgPz8gW107XG4gIH1cblxuICByZXNwb25zZUhlYWRlcnMoKTogSGVhZGVyUGFpcnMge1xuICAgIHJldHVybiB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgcmVzcG9uc2VIZWFkZXIobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5yZXNwb25zZUhlYWRlck1hcD8uZ2V0KG5hbWUpO1xuICB9XG5cbiAgcmVzcG9uc2VUcmFpbGVycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMucmVzcG9uc2VUcmFpbGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgLyoqIFRoZSByZXF1ZXN0IGJvZHkgdGhhdCBwYXNzZWQgZXZlcnkgZmlsdGVyICh3aGF0IHVwc3RyZWFtIHJlY2VpdmVkKS4gKi9cbiAgcmVxdWVzdEJvZHkoKTogVWludDhBcnJheSB7XG4gICAgcmV0dXJuIGNvbmNhdCh0aGlzLnN0YXRlLnJlcXVlc3QuZGVsaXZlcmVkKTtcbiAgfVxuXG4gIC8qKiBUaGUgcmVzcG9uc2UgYm9keSB0aGF0IHBhc3NlZCBldmVyeSBmaWx0ZXIgKHdoYXQgdGhlIGNsaWVudCByZWNlaXZlZCkuICovXG4gIHJlc3BvbnNlQm9keSgpOiBVaW50OEFycmF5IHtcbiAgICByZXR1cm4gY29uY2F0KHRoaXMuc3RhdGUucmVzcG9uc2UuZGVsaXZlcmVkKTtcbiAgfVxuXG4gIC8qKiBGaWx0ZXIgc3RhdGUgYSBmaWx0ZXIgd3JvdGUgd2l0aCBwcm94eV9zZXRfcHJvcGVydHkgKHBhdGggc2VnbWVudHMgam9pbmVkIGJ5IFwiLlwiIG9yIGdpdmVuIGFzIGFuIGFycmF5KS4gKi9cbiAgcHJvcGVydHkocGF0aDogc3RyaW5nIHwgcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGJ5dGVzID0gdGhpcy5wcm9wZXJ0eUJ5dGVzKHBhdGgpO1xuICAgIHJldHVybiBieXRlcyAmJiBkZWNvZGVyLmRlY29kZShieXRlcyk7XG4gIH1cblxuICBwcm9wZXJ0eUJ5dGVzKHBhdGg6IHN0cmluZyB8IHJlYWRvbmx5IHN0cmluZ1tdKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3Qga2V5ID0gdHlwZW9mIHBhdGggPT09ICdzdHJpbmcnID8gcGF0aCA6IHBhdGguam9pbignXFx1MDAwMCcpO1xuICAgIHJldHVybiB0aGlzLmZpbHRlclN0YXRlLmdldChrZXkpPy5zbGljZSgpO1xuICB9XG5cbiAgZ2V0IGlzQ29tcGxldGUoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuY29tcGxldGVkO1xuICB9XG5cbiAgLy8gLS0tLSBpdGVyYXRpb24gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBwcml2YXRlIGFzc2VydE9wZW4oY2FsbDogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY29tcGxldGVkKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcihgJHtjYWxsfTogdGhlIHN0cmVhbSBpcyBjb21wbGV0ZWApO1xuICAgIGlmICh0aGlzLnJlc2V0RGV0YWlscykgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH06IHRoZSBzdHJlYW0gd2FzIHJlc2V0IGJ5IGEgZmlsdGVyICgke3RoaXMucmVzZXREZXRhaWxzfSlgKTtcbiAgICBpZiAodGhpcy5yZXBseSkge1xuICAgICAgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH06IHRoZSBzdHJlYW0gd2FzIGFscmVhZHkgYW5zd2VyZWQgd2l0aCBhIGxvY2FsIHJlc3BvbnNlIChzdGF0dXMgJHt0aGlzLnJlcGx5LnN0YXR1c30sIGRldGFpbHMgXCIke3RoaXMucmVwbHkuZGV0YWlsc31cIilgKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFzc2VydERpcmVjdGlvbihkaXI6IERpciwgY2FsbDogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgY29uc3QgaGVhZGVyc0NhbGwgPSBkaXIgPT09ICdyZXF1ZXN0JyA/ICdzZW5kUmVxdWVzdEhlYWRlcnMnIDogJ3NlbmRSZXNwb25zZUhlYWRlcnMnO1xuICAgIGlmICghc3QuaGVhZGVyc1NlbnQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGAke2NhbGx9IGNhbGxlZCBiZWZvcmUgJHtoZWFkZXJzQ2FsbH1gKTtcbiAgICBpZiAoc3QuZW5kZWQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGAke2NhbGx9OiB0aGUgJHtkaXJ9IGFscmVhZHkgZW5kZWQgKGVuZE9mU3RyZWFtIHdhcyBzZXQgb3IgdHJhaWxlcnMgd2VyZSBzZW50KWApO1xuICB9XG5cbiAgcHJpdmF0ZSBvcmRlcihkaXI6IERpcik6IG51bWJlcltdIHtcbiAgICBjb25zdCBpZHggPSB0aGlzLnNsb3RzLm1hcCgoXywgaSkgPT4gaSk7XG4gICAgcmV0dXJuIGRpciA9PT0gJ3JlcXVlc3QnID8gaWR4IDogaWR4LnJldmVyc2UoKTtcbiAgfVxuXG4gIHByaXZhdGUgaGFsdGVkKGRpcjogRGlyKTogYm9vbGVhbiB7XG4gICAgaWYgKHRoaXMucmVzZXREZXRhaWxzKSByZXR1cm4gdHJ1ZTtcbiAgICAvLyBBIGxvY2FsIHJlcGx5IGVuZHMgdGhlIHJlcXVlc3QgcGF0aDsgdGhlIHJlc3BvbnNlIHBhdGggY2FycmllcyB0aGUgcmVwbHkuXG4gICAgcmV0dXJuIGRpciA9PT0gJ3JlcXVlc3QnICYmIHRoaXMucmVwbHkgIT09IHVuZGVmaW5lZDtcbiAgfVxuXG4gIHByaXZhdGUgZmxvdyhkaXI6IERpciwgc3RhcnRQb3M6IG51bWJlciwgZmlyc3Q6IEZsb3dFdmVudCk6IEFjdGlvbiB7XG4gICAgY29uc3Qgb3JkZXIgPSB0aGlzLm9yZGVyKGRpcik7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgbGV0IGxhc3Q6IEFjdGlvbiB8IHVuZGVmaW5lZDtcbiAgICBsZXQgZXYgPSBmaXJzdDtcbiAgICBmb3IgKGxldCBwb3MgPSBzdGFydFBvczsgcG9zIDwgb3JkZXIubGVuZ3RoOyBwb3MrKykge1xuICAgICAgaWYgKHRoaXMuaGFsdGVkKGRpcikpIHJldHVybiBsYXN0ID8/IHN0b3BwZWRBY3Rpb24oZXYpO1xuICAgICAgaWYgKHN0LmJsb2NrZWRBdCA9PT0gcG9zKSB7XG4gICAgICAgIHN0LnF1ZXVlLnB1c2goeyBwb3MsIGV2IH0pO1xuICAgICAgICByZXR1cm4gbGFzdCA/PyBzdG9wcGVkQWN0aW9uKGV2KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHNsb3QgPSB0aGlzLnNsb3RzW29yZGVyW3Bvc10hXSE7XG4gICAgICBjb25zdCBvdXRjb21lID0gdGhpcy5jYWxsRmlsdGVyKHNsb3QsIGRpciwgcG9zLCBldik7XG4gICAgICBpZiAob3V0Y29tZS5hY3Rpb24gIT09IHVuZGVmaW5lZCkgbGFzdCA9IG91dGNvbWUuYWN0aW9uO1xuICAgICAgaWYgKCFvdXRjb21lLnBhc3NPbikgcmV0dXJuIGxhc3QgPz8gc3RvcHBlZEFjdGlvbihldik7XG4gICAgICBpZiAob3V0Y29tZS5mbHVzaEZpcnN0KSB0aGlzLmZsb3coZGlyLCBwb3MgKyAxLCBvdXRjb21lLmZsdXNoRmlyc3QpO1xuICAgICAgZXYgPSBvdXRjb21lLnBhc3NPbjtcbiAgICB9XG4gICAgaWYgKHRoaXMuaGFsdGVkKGRpcikgJiYgIShkaXIgPT09ICdyZXNwb25zZScpKSByZXR1cm4gbGFzdCA/PyBzdG9wcGVkQWN0aW9uKGV2KTtcbiAgICB0aGlzLmRlbGl2ZXIoZGlyLCBldik7XG4gICAgcmV0dXJuIGxhc3QgPz8gJ0NvbnRpbnVlJztcbiAgfVxuXG4gIHByaXZhdGUgZGVsaXZlcihkaXI6IERpciwgZXY6IEZsb3dFdmVudCk6IHZvaWQge1xuICAgIGNvbnN0IHN0ID0gdGhpcy5zdGF0ZVtkaXJdO1xuICAgIGlmIChldi5raW5kID09PSAnaGVhZGVycycpIHN0LmhlYWRlcnNEZWxpdmVyZWQgPSB0cnVlO1xuICAgIGlmIChldi5raW5kID09PSAnZGF0YScgJiYgZXYuZGF0YSkgc3QuZGVsaXZlcmVkLnB1c2goZXYuZGF0YSk7XG4gIH1cblxuICBwcml2YXRlIGNhbGxGaWx0ZXIoc2xvdDogRmlsdGVyU2xvdCwgZGlyOiBEaXIsIHBvczogbnVtYmVyLCBldjogRmxvd0V2ZW50KTogeyBhY3Rpb24/OiBBY3Rpb247IHBhc3NPbj86IEZsb3dFdmVudDsgZmx1c2hGaXJzdD86IEZsb3dFdmVudCB9IHtcbiAgICBjb25zdCB2bSA9IHNsb3Qudm07XG4gICAgaWYgKHNsb3QuY29udGV4dElkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIC8vIEVudm95IGNyZWF0ZXMgdGhlIGZpbHRlcidzIGNvbnRleHQgd2hlbiByZXF1ZXN0IGhlYWRlcnMgZmlyc3QgcmVhY2ggaXQ7XG4gICAgICAvLyBhIGZpbHRlciB0aGUgcmVxdWVzdCBuZXZlciByZWFjaGVkIGlzIHNraXBwZWQgb24gdGhlIHdheSBiYWNrLlxuICAgICAgaWYgKGRpciA9PT0gJ3Jlc3BvbnNlJyB8fCBldi5raW5kICE9PSAnaGVhZGVycycpIHJldHVybiB7IHBhc3NPbjogZXYgfTtcbiAgICAgIGlmICh2bS5mYWlsZWQpIHtcbiAgICAgICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgICAgICByZXR1cm4geyBhY3Rpb246ICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyB9O1xuICAgICAgfVxuICAgICAgc2xvdC5jb250ZXh0SWQgPSB2bS5jcmVhdGVIdHRwQ29udGV4dChzbG90KTtcbiAgICAgIGlmIChzbG90LmNvbnRleHRJZCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRoaXMuZmFpbFN0cmVhbShzbG90KTtcbiAgICAgICAgcmV0dXJuIHsgYWN0aW9uOiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHNsb3QuZmFpbHVyZVJlcGx5U2VudCkgcmV0dXJuIHsgcGFzc09uOiBldiB9O1xuICAgIGlmICh2bS5mYWlsZWQpIHtcbiAgICAgIHRoaXMuZmFpbFN0cmVhbShzbG90KTtcbiAgICAgIHJldHVybiB7IGFjdGlvbjogZXYua2luZCA9PT0gJ2RhdGEnID8gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicgOiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfTtcbiAgICB9XG4gICAgY29uc3QgY3R4ID0gc2xvdC5jb250ZXh0SWQ7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgY29uc3QgcHJlZml4ID0gZGlyID09PSAncmVxdWVzdCcgPyAncHJveHlfb25fcmVxdWVzdCcgOiAncHJveHlfb25fcmVzcG9uc2UnO1xuXG4gICAgaWYgKGV2LmtpbmQgPT09ICdoZWFkZXJzJykge1xuICAgICAgc2xvdC5oZWxkSGVhZGVyc1tkaXJdID0gdHJ1ZTtcbiAgICAgIGNvbnN0IG1hcCA9IGRpciA9PT0gJ3JlcXVlc3QnID8gdGhpcy5yZXF1ZXN0SGVhZGVyTWFwISA6IHRoaXMucmVzcG9uc2VIZWFkZXJNYXAhO1xuICAgICAgY29uc3QgcmF3ID0gdm0uaW52b2tlKGAke3ByZWZpeH1faGVhZGVyc2AsIHsgY29udGV4dElkOiBjdHgsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgICAoKSA9PiB2bS5jYWxsQ29udGV4dChgJHtwcmVmaXh9X2hlYWRlcnNgLCBjdHgsIG1hcC5jb3VudCwgZXYuZW5kT2ZTdHJlYW0gPyAxIDogMCkpO1xuICAgICAgaWYgKHJhdyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdGhpcy50cmFwcGVkKHNsb3QsICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyk7XG4gICAgICBjb25zdCBhY3Rpb24gPSBjb252ZXJ0SGVhZGVyc1Jlc3VsdChyYXcsIHZtLml0ZXJhdGlvblN0b3BwZWQpO1xuICAgICAgaWYgKGFjdGlvbiA9PT0gJ0NvbnRpbnVlJyB8fCBhY3Rpb24gPT09ICdDb250aW51ZUFuZEVuZFN0cmVhbScpIHtcbiAgICAgICAgc2xvdC5oZWxkSGVhZGVyc1tkaXJdID0gZmFsc2U7XG4gICAgICAgIHJldHVybiB7IGFjdGlvbiwgcGFzc09uOiBldiB9O1xuICAgICAgfVxuICAgICAgc3QuYmxvY2tlZEF0ID0gcG9zO1xuICAgICAgc3QuYmxvY2tlZFJlc3VtZSA9IGV2O1xuICAgICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gICAgfVxuXG4gICAgaWYgKGV2LmtpbmQgPT09ICdkYXRhJykge1xuICAgICAgY29uc3QgaW5jb21pbmcgPSBldi5kYXRhID8/IG5ldyBVaW50OEFycmF5KDApO1xuICAgICAgc2xvdC5ib2R5W2Rpcl0gPSBzbG90LmJ1ZmZlcmluZ1tkaXJdICYmIHNsb3QuYm9keVtkaXJdID8gY29uY2F0KFtzbG90LmJvZHlbZGlyXSEsIGluY29taW5nXSkgOiBpbmNvbWluZztcbiAgICAgIHNsb3QuYm9keUVuZFtkaXJdID0gZXYuZW5kT2ZTdHJlYW07XG4gICAgICBjb25zdCBzaXplID0gc2xvdC5ib2R5W2Rpcl0hLmxlbmd0aDtcbiAgICAgIGNvbnN0IHJhdyA9IHZtLmludm9rZShgJHtwcmVmaXh9X2JvZHlgLCB7IGNvbnRleHRJZDogY3R4LCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICAgKCkgPT4gdm0uY2FsbENvbnRleHQoYCR7cHJlZml4fV9ib2R5YCwgY3R4LCBzaXplLCBldi5lbmRPZlN0cmVhbSA/IDEgOiAwKSk7XG4gICAgICBpZiAocmF3ID09PSB1bmRlZmluZWQpIHJldHVybiB0aGlzLnRyYXBwZWQoc2xvdCwgJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicpO1xuICAgICAgY29uc3QgYWN0aW9uID0gY29udmVydERhdGFSZXN1bHQocmF3LCB2bS5pdGVyYXRpb25TdG9wcGVkKTtcbiAgICAgIHNsb3QuYnVmZmVyaW5nW2Rpcl0gPSBmYWxzZTtcbiAgICAgIGlmIChhY3Rpb24gPT09ICdDb250aW51ZScpIHtcbiAgICAgICAgY29uc3QgZGF0YSA9IHNsb3QuYm9keVtkaXJdID8/IG5ldyBVaW50OEFycmF5KDApO1xuICAgICAgICBzbG90LmJvZHlbZGlyXSA9IHVuZGVmaW5lZDtcbiAgICAgICAgcmV0dXJuIHsgYWN0aW9uLCBwYXNzT246IHsga2luZDogJ2RhdGEnLCBkYXRhLCBlbmRPZlN0cmVhbTogZXYuZW5kT2ZTdHJlYW0gfSB9O1xuICAgICAgfVxuICAgICAgaWYgKGFjdGlvbiA9PT0gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicpIHNsb3QuYm9keVtkaXJdID0gdW5kZWZpbmVkO1xuICAgICAgZWxzZSBzbG90LmJ1ZmZlcmluZ1tkaXJdID0gdHJ1ZTtcbiAgICAgIHJldHVybiB7IGFjdGlvbiB9O1xuICAgIH1cblxuICAgIHNsb3QuaGVsZFRyYWlsZXJzW2Rpcl0gPSB0cnVlO1xuICAgIGNvbnN0IG1hcCA9IGRpciA9PT0gJ3JlcXVlc3QnID8gdGhpcy5yZXF1ZXN0VHJhaWxlck1hcCEgOiB0aGlzLnJlc3BvbnNlVHJhaWxlck1hcCE7XG4gICAgY29uc3QgcmF3ID0gdm0uaW52b2tlKGAke3ByZWZpeH1fdHJhaWxlcnNgLCB7IGNvbnRleHRJZDogY3R4LCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHZtLmNhbGxDb250ZXh0KGAke3ByZWZpeH1fdHJhaWxlcnNgLCBjdHgsIG1hcC5jb3VudCkpO1xuICAgIGlmIChyYXcgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRoaXMudHJhcHBlZChzbG90LCAnU3RvcEl0ZXJhdGlvbicpO1xuICAgIGNvbnN0IGFjdGlvbiA9IGNvbnZlcnRUcmFpbGVyc1Jlc3VsdChyYXcsIHZtLml0ZXJhdGlvblN0b3BwZWQpO1xuICAgIGlmIChhY3Rpb24gPT09ICdDb250aW51ZScpIHtcbiAgICAgIHNsb3QuaGVsZFRyYWlsZXJzW2Rpcl0gPSBmYWxzZTtcbiAgICAgIC8vIEJvZHkgdGhlIGZpbHRlciB3YXMgc3RpbGwgYnVmZmVyaW5nIHRyYXZlbHMgb24gYWhlYWQgb2YgdGhlIHRyYWlsZXJzLlxuICAgICAgY29uc3QgZmx1c2hGaXJzdCA9IHRoaXMudGFrZUJ1ZmZlcmVkKHNsb3QsIGRpciwgZmFsc2UpO1xuICAgICAgcmV0dXJuIHsgYWN0aW9uLCBwYXNzT246IGV2LCBmbHVzaEZpcnN0IH07XG4gICAgfVxuICAgIHN0LmJsb2NrZWRBdCA9IHBvcztcbiAgICBzdC5ibG9ja2VkUmVzdW1lID0gZXY7XG4gICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gIH1cblxuICBwcml2YXRlIHRha2VCdWZmZXJlZChzbG90OiBGaWx0ZXJTbG90LCBkaXI6IERpciwgZW5kT2ZTdHJlYW06IGJvb2xlYW4pOiBGbG93RXZlbnQgfCB1bmRlZmluZWQge1xuICAgIGlmICghc2xvdC5idWZmZXJpbmdbZGlyXSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBkYXRhID0gc2xvdC5ib2R5W2Rpcl0gPz8gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gICAgc2xvdC5idWZmZXJpbmdbZGlyXSA9IGZhbHNlO1xuICAgIHNsb3QuYm9keVtkaXJdID0gdW5kZWZpbmVkO1xuICAgIHJldHVybiB7IGtpbmQ6ICdkYXRhJywgZGF0YSwgZW5kT2ZTdHJlYW0gfTtcbiAgfVxuXG4gIHByaXZhdGUgdHJhcHBlZChzbG90OiBGaWx0ZXJTbG90LCBhY3Rpb246IEFjdGlvbik6IHsgYWN0aW9uOiBBY3Rpb24gfSB7XG4gICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgIHJldHVybiB7IGFjdGlvbiB9O1xuICB9XG5cbiAgLyoqIEVudm95J3MgQ29udGV4dDo6ZmFpbFN0cmVhbTogYSA1MDMgbG9jYWwgcmVwbHkgd2l0aCBkZXRhaWxzIHdhc21fZmFpbF9zdHJlYW0uICovXG4gIHByaXZhdGUgZmFpbFN0cmVhbShzbG90OiBGaWx0ZXJTbG90KTogdm9pZCB7XG4gICAgaWYgKHNsb3QuZmFpbHVyZVJlcGx5U2VudCkgcmV0dXJuO1xuICAgIHNsb3QuZmFpbHVyZVJlcGx5U2VudCA9IHRydWU7XG4gICAgaWYgKHRoaXMucmVwbHkpIHJldHVybjtcbiAgICB0aGlzLmFwcGx5TG9jYWxSZXNwb25zZSh7IHN0YXR1czogNTAzLCBkZXRhaWxzOiAnd2FzbV9mYWlsX3N0cmVhbScsIGJvZHk6IG5ldyBVaW50OEFycmF5KDApLCBoZWFkZXJzOiBbXSwgZ3JwY1N0YXR1czogMTQgfSk7XG4gIH1cblxuICAvKiogQGludGVybmFsIFJ1bnMgYWZ0ZXIgdGhlIFZNIGNhbGwgdGhhdCBhc2tlZCBmb3IgaXQsIGFzIEVudm95J3Mgc2VuZExvY2FsUmVwbHkgZG9lcy4gKi9cbiAgYXBwbHlMb2NhbFJlc3BvbnNlKHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCk6IHZvaWQge1xuICAgIGlmICh0aGlzLnJlcGx5IHx8IHRoaXMucmVzZXREZXRhaWxzIHx8IHRoaXMuY29tcGxldGVkKSByZXR1cm47XG4gICAgdGhpcy5yZXBseSA9IHJlcGx5O1xuICAgIGNvbnN0IGhlYWRlcnMgPSBuZXcgSGVhZGVyTWFwKFtbJzpzdGF0dXMnLCBTdHJpbmcocmVwbHkuc3RhdHVzKV1dKTtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiByZXBseS5oZWFkZXJzKSBoZWFkZXJzLmFkZChrLCB2KTtcbiAgICBpZiAocmVwbHkuYm9keS5sZW5ndGggPiAwKSB7XG4gICAgICBpZiAoaGVhZGVycy5nZXQoJ2NvbnRlbnQtdHlwZScpID09PSB1bmRlZmluZWQpIGhlYWRlcnMuYWRkKCdjb250ZW50LXR5cGUnLCAndGV4dC9wbGFpbicpO1xuICAgICAgaGVhZGVycy5yZXBsYWNlKCdjb250ZW50LWxlbmd0aCcsIFN0cmluZyhyZXBseS5ib2R5Lmxlbmd0aCkpO1xuICAgIH1cbiAgICBjb25zdCByZXNwID0gdGhpcy5zdGF0ZS5yZXNwb25zZTtcbiAgICBjb25zdCByZXNwb25zZVN0YXJ0ZWQgPSByZXNwLmhlYWRlcnNTZW50O1xuICAgIHRoaXMucmVzcG9uc2VIZWFkZXJNYXAgPSBoZWFkZXJzO1xuICAgIHJlc3AuaGVhZGVyc1NlbnQgPSB0cnVlO1xuICAgIHJlc3AuZW5kZWQgPSB0cnVlO1xuICAgIHJlc3AuZGVsaXZlcmVkID0gW107XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gdHJ1ZTtcbiAgICBpZiAocmVzcG9uc2VTdGFydGVkKSB7XG4gICAgICAvLyBUb28gbGF0ZSB0byBydW4gdGhlIHJlcGx5IHRocm91Z2ggdGhlIGZpbHRlcnMgYWdhaW46IHRoZSByZXBseSByZXBsYWNlcyB0aGUgcmVzcG9uc2UuXG4gICAgICByZXNwLmJsb2NrZWRBdCA9IHVuZGVmaW5lZDtcbiAgICAgIHJlc3AucXVldWUgPSBbXTtcbiAgICAgIHJlc3AuaGVhZGVyc0RlbGl2ZXJlZCA9IHRydWU7XG4gICAgICBpZiAocmVwbHkuYm9keS5sZW5ndGggPiAwKSByZXNwLmRlbGl2ZXJlZC5wdXNoKHJlcGx5LmJvZHkpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5zbG90cykgcy5oZWxkSGVhZGVycy5yZXNwb25zZSA9IGZhbHNlO1xuICAgIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdoZWFkZXJzJywgZW5kT2ZTdHJlYW06IHJlcGx5LmJvZHkubGVuZ3RoID09PSAwIH0pO1xuICAgIGlmIChyZXBseS5ib2R5Lmxlbmd0aCA+IDApIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdkYXRhJywgZGF0YTogcmVwbHkuYm9keSwgZW5kT2ZTdHJlYW06IHRydWUgfSk7XG4gIH1cblxuICAvKiogQGludGVybmFsIHByb3h5X2NvbnRpbnVlX3N0cmVhbSwgcnVuIGFmdGVyIHRoZSBWTSBjYWxsLiAqL1xuICByZXN1bWUoZGlyOiBEaXIsIHNsb3Q6IEZpbHRlclNsb3QpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jb21wbGV0ZWQgfHwgdGhpcy5oYWx0ZWQoZGlyKSkgcmV0dXJuO1xuICAgIGNvbnN0IHN0ID0gdGhpcy5zdGF0ZVtkaXJdO1xuICAgIGNvbnN0IHBvcyA9IHRoaXMub3JkZXIoZGlyKS5pbmRleE9mKHNsb3QuaW5kZXgpO1xuICAgIGlmIChzdC5ibG9ja2VkQXQgPT09IHBvcykge1xuICAgICAgY29uc3QgZXYgPSBzdC5ibG9ja2VkUmVzdW1lITtcbiAgICAgIHN0LmJsb2NrZWRBdCA9IHVuZGVmaW5lZDtcbiAgICAgIHN0LmJsb2NrZWRSZXN1bWUgPSB1bmRlZmluZWQ7XG4gICAgICBpZiAoZXYua2luZCA9PT0gJ2hlYWRlcnMnKSBzbG90LmhlbGRIZWFkZXJzW2Rpcl0gPSBmYWxzZTtcbiAgICAgIGVsc2Ugc2xvdC5oZWxkVHJhaWxlcnNbZGlyXSA9IGZhbHNlO1xuICAgICAgY29uc3QgZmx1c2hGaXJzdCA9IGV2LmtpbmQgPT09ICd0cmFpbGVycycgPyB0aGlzLnRha2VCdWZmZXJlZChzbG90LCBkaXIsIGZhbHNlKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChmbHVzaEZpcnN0KSB0aGlzLmZsb3coZGlyLCBwb3MgKyAxLCBmbHVzaEZpcnN0KTtcbiAgICAgIHRoaXMuZmxvdyhkaXIsIHBvcyArIDEsIGV2KTtcbiAgICAgIHdoaWxlIChzdC5xdWV1ZS5sZW5ndGggPiAwICYmIHN0LmJsb2NrZWRBdCA9PT0gdW5kZWZpbmVkICYmICF0aGlzLmhhbHRlZChkaXIpKSB7XG4gICAgICAgIGNvbnN0IHEgPSBzdC5xdWV1ZS5zaGlmdCgpITtcbiAgICAgICAgdGhpcy5mbG93KGRpciwgcS5wb3MsIHEuZXYpO1xuICAgICAgfVxuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBjb25zdCBidWZmZXJlZCA9IHRoaXMudGFrZUJ1ZmZlcmVkKHNsb3QsIGRpciwgc2xvdC5ib2R5RW5kW2Rpcl0pO1xuICAgIGlmIChidWZmZXJlZCkgdGhpcy5mbG93KGRpciwgcG9zICsgMSwgYnVmZmVyZWQpO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBwcm94eV9jbG9zZV9zdHJlYW06IEVudm95IHJlc2V0cyB0aGUgc3RyZWFtLiAqL1xuICByZXNldChkZXRhaWxzOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5yZXNldERldGFpbHMgfHwgdGhpcy5jb21wbGV0ZWQpIHJldHVybjtcbiAgICB0aGlzLnJlc2V0RGV0YWlscyA9IGRldGFpbHM7XG4gIH1cbn1cblxuZnVuY3Rpb24gc3RvcHBlZEFjdGlvbihldjogRmxvd0V2ZW50KTogQWN0aW9uIHtcbiAgaWYgKGV2LmtpbmQgPT09ICdoZWFkZXJzJykgcmV0dXJuICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJztcbiAgaWYgKGV2LmtpbmQgPT09ICdkYXRhJykgcmV0dXJuICdTdG9wSXRlcmF0aW9uQW5kQnVmZmVyJztcbiAgcmV0dXJuICdTdG9wSXRlcmF0aW9uJztcbn1cbiIsICIvLyBPbmUgcHJveHktd2FzbSBWTTogYSBtb2R1bGUgaW5zdGFuY2Ugd2l0aCBpdHMgb3duIG1lbW9yeSwgaXRzIHJvb3QgY29udGV4dCxcbi8vIGFuZCB0aGUgc3RyZWFtIGNvbnRleHRzIGNyZWF0ZWQgaW4gaXQuIE93bnMgdGhlIGxpZmVjeWNsZSBFbnZveSBkcml2ZXNcbi8vIChzdGFydCwgY29uZmlndXJlLCB0aWNrcywgcXVldWUgYW5kIGNhbGxvdXQgZGVsaXZlcmllcykgYW5kIHRoZSBndWFyZCBhcm91bmRcbi8vIGV2ZXJ5IGd1ZXN0IGNhbGwgKHRyYXBzLCBmYWlsLWNsb3NlZCwgZGVmZXJyZWQgYWN0aW9ucykuXG5pbXBvcnQgeyByZWFkRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgQnVmZmVyVHlwZSwgSGVhZGVyTWFwVHlwZSwgTE9HX0xFVkVMUywgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcbmltcG9ydCB7IENvbmZpZ3VyZUVycm9yLCBIb3N0RXJyb3IsIE1vZHVsZUxvYWRFcnJvciwgTW9kdWxlVHJhcEVycm9yLCBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvciwgdHlwZSBMb2dMZXZlbE5hbWUsIHR5cGUgTG9nTGluZSB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEhlYWRlck1hcCB9IGZyb20gJy4vaGVhZGVyLW1hcC50cyc7XG5pbXBvcnQgeyBwcm94eUltcG9ydHMgfSBmcm9tICcuL2hvc3QtY2FsbHMudHMnO1xuaW1wb3J0IHsgR3Vlc3RNZW1vcnkgfSBmcm9tICcuL21lbW9yeS50cyc7XG5pbXBvcnQgeyBWbU1ldHJpY3MsIHR5cGUgTWV0cmljVmFsdWUgfSBmcm9tICcuL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgbm9ybWFsaXplSGVhZGVycywgdHlwZSBIZWFkZXJQYWlycywgdHlwZSBIZWFkZXJzSW5wdXQgfSBmcm9tICcuL3BhaXJzLnRzJztcbmltcG9ydCB7IHZhbGlkYXRlUHJvcGVydGllcywgdHlwZSBQcm9wZXJ0eUlucHV0LCB0eXBlIFByb3BlcnR5U2NvcGUgfSBmcm9tICcuL3Byb3BlcnRpZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBRdWV1ZU93bmVyIH0gZnJvbSAnLi9zaGFyZWQtcXVldWVzLnRzJztcbmltcG9ydCB0eXBlIHsgRmlsdGVyU2xvdCB9IGZyb20gJy4vc3RyZWFtLnRzJztcbmltcG9ydCB7IHdhc2lJbXBvcnRzIH0gZnJvbSAnLi93YXNpLnRzJztcbmltcG9ydCB0eXBlIHsgSG9zdCB9IGZyb20gJy4vaG9zdC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgVm1PcHRpb25zIHtcbiAgLyoqIEEgZmlsZSBwYXRoLCB0aGUgbW9kdWxlIGJ5dGVzLCBvciBhIGNvbXBpbGVkIG1vZHVsZS4gKi9cbiAgbW9kdWxlOiBzdHJpbmcgfCBVaW50OEFycmF5IHwgV2ViQXNzZW1ibHkuTW9kdWxlO1xuICBwbHVnaW5Db25maWd1cmF0aW9uPzogb2JqZWN0IHwgc3RyaW5nIHwgVWludDhBcnJheTtcbiAgdm1Db25maWd1cmF0aW9uPzogc3RyaW5nIHwgVWludDhBcnJheTtcbiAgcm9vdElkPzogc3RyaW5nO1xuICB2bUlkPzogc3RyaW5nO1xuICBuYW1lPzogc3RyaW5nO1xuICBwcm9wZXJ0aWVzPzogUHJvcGVydHlJbnB1dDtcbiAgbG9nTGV2ZWw/OiBMb2dMZXZlbE5hbWU7XG4gIC8qKiBXQVNJIGVudmlyb25tZW50IHZhcmlhYmxlcyAoRW52b3k6IHZtX2NvbmZpZy5lbnZpcm9ubWVudF92YXJpYWJsZXMpLiAqL1xuICBlbnZpcm9ubWVudD86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBSZXNvbHZlIHdpdGggdm0uY29uZmlndXJlZCA9PT0gZmFsc2UgaW5zdGVhZCBvZiByZWplY3Rpbmcgd2l0aCBDb25maWd1cmVFcnJvci4gKi9cbiAgYWxsb3dDb25maWd1cmVGYWlsdXJlPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDYWxsb3V0UmVzcG9uc2Uge1xuICBoZWFkZXJzPzogSGVhZGVyc0lucHV0O1xuICBib2R5Pzogc3RyaW5nIHwgVWludDhBcnJheTtcbiAgdHJhaWxlcnM/OiBIZWFkZXJzSW5wdXQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGVuZGluZ0NhbGxvdXQge1xuICB0b2tlbjogbnVtYmVyO1xuICBjbHVzdGVyOiBzdHJpbmc7XG4gIGhlYWRlcnM6IEhlYWRlclBhaXJzO1xuICBib2R5OiBVaW50OEFycmF5O1xuICB0cmFpbGVyczogSGVhZGVyUGFpcnM7XG4gIHRpbWVvdXRNczogbnVtYmVyO1xuICAvKiogRGVsaXZlcnMgYSByZXNwb25zZSAoXCI6c3RhdHVzXCIgZGVmYXVsdHMgdG8gMjAwIHdoZW4gYWJzZW50KS4gKi9cbiAgcmVzcG9uZChyZXNwb25zZTogQ2FsbG91dFJlc3BvbnNlKTogdm9pZDtcbiAgLyoqIEZhaWxzIHRoZSBjYWxsIGFzIGEgcmVzZXQgd291bGQ6IEVudm95IGNhbGxzIGJhY2sgd2l0aCBubyBoZWFkZXJzLCBib2R5IG9yIHRyYWlsZXJzLiAqL1xuICBmYWlsKCk6IHZvaWQ7XG59XG5cbmludGVyZmFjZSBDYWxsb3V0IGV4dGVuZHMgUGVuZGluZ0NhbGxvdXQge1xuICBkZWFkbGluZTogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBzZXE6IG51bWJlcjtcbn1cblxuaW50ZXJmYWNlIEZyYW1lIHtcbiAgY29udGV4dElkOiBudW1iZXI7XG4gIGJ1ZmZlcnM6IE1hcDxudW1iZXIsIEJ1ZmZlckFjY2Vzcz47XG4gIHN0YXR1cz86IHsgY29kZTogbnVtYmVyOyBtZXNzYWdlOiBzdHJpbmcgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBCdWZmZXJBY2Nlc3Mge1xuICBnZXQoKTogVWludDhBcnJheTtcbiAgc2V0PyhieXRlczogVWludDhBcnJheSk6IHZvaWQ7XG59XG5cbnR5cGUgQ29udGV4dEVudHJ5ID0geyBraW5kOiAncm9vdCcgfSB8IHsga2luZDogJ2h0dHAnOyBzbG90OiBGaWx0ZXJTbG90IH07XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IExPR19LRUVQID0gMjA7XG5cbmZ1bmN0aW9uIHRvQnl0ZXModmFsdWU6IHN0cmluZyB8IFVpbnQ4QXJyYXkgfCBvYmplY3QgfCB1bmRlZmluZWQsIHdoYXQ6IHN0cmluZyk6IFVpbnQ4QXJyYXkge1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIG5ldyBVaW50OEFycmF5KDApO1xuICBpZiAodmFsdWUgaW5zdGFuY2VvZiBVaW50OEFycmF5KSByZXR1cm4gdmFsdWU7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gZW5jb2Rlci5lbmNvZGUodmFsdWUpO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCkgcmV0dXJuIGVuY29kZXIuZW5jb2RlKEpTT04uc3RyaW5naWZ5KHZhbHVlKSk7XG4gIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0gbXVzdCBiZSBhIHN0cmluZywgYSBVaW50OEFycmF5IG9yIGEgSlNPTi1zZXJpYWxpemFibGUgb2JqZWN0YCk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGNvbXBpbGUobW9kdWxlOiBWbU9wdGlvbnNbJ21vZHVsZSddKTogUHJvbWlzZTxXZWJBc3NlbWJseS5Nb2R1bGU+IHtcbiAgaWYgKG1vZHVsZSBpbnN0YW5jZW9mIFdlYkFzc2VtYmx5Lk1vZHVsZSkgcmV0dXJuIG1vZHVsZTtcbiAgbGV0IGJ5dGVzOiBVaW50OEFycmF5O1xuICBpZiAodHlwZW9mIG1vZHVsZSA9PT0gJ3N0cmluZycpIHtcbiAgICB0cnkge1xuICAgICAgYnl0ZXMgPSBhd2FpdCByZWFkRmlsZShtb2R1bGUpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoYGNhbm5vdCByZWFkIG1vZHVsZSAke21vZHVsZX06ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCk7XG4gICAgfVxuICB9IGVsc2UgaWYgKG1vZHVsZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHtcbiAgICBieXRlcyA9IG1vZHVsZTtcbiAgfSBlbHNlIHtcbiAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdtb2R1bGUgbXVzdCBiZSBhIGZpbGUgcGF0aCwgYSBVaW50OEFycmF5IG9yIGEgV2ViQXNzZW1ibHkuTW9kdWxlJyk7XG4gIH1cbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgV2ViQXNzZW1ibHkuY29tcGlsZShieXRlcyBhcyBVaW50OEFycmF5PEFycmF5QnVmZmVyPik7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGAke3R5cGVvZiBtb2R1bGUgPT09ICdzdHJpbmcnID8gbW9kdWxlIDogJ21vZHVsZSBieXRlcyd9IGlzIG5vdCBhIHZhbGlkIFdhc20gbW9kdWxlOiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfWApO1xuICB9XG59XG5cbmV4cG9ydCBjbGFzcyBWbSBpbXBsZW1lbnRzIFF1ZXVlT3duZXIge1xuICByZWFkb25seSB2bUlkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJvb3RJZDogc3RyaW5nO1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxvZ3M6IExvZ0xpbmVbXSA9IFtdO1xuICByZWFkb25seSBtZW1vcnkgPSBuZXcgR3Vlc3RNZW1vcnkoKTtcbiAgcmVhZG9ubHkgbWV0cmljSWRzOiBWbU1ldHJpY3M7XG4gIHJlYWRvbmx5IHByb3BlcnRpZXM6IFByb3BlcnR5SW5wdXQ7XG4gIHJlYWRvbmx5IHJvb3RDb250ZXh0SWQgPSAxO1xuICByZWFkb25seSBsb2dMZXZlbEluZGV4OiBudW1iZXI7XG4gIGNvbmZpZ3VyZWQgPSBmYWxzZTtcbiAgLyoqIFNldCB3aGVuIHRoZSBtb2R1bGUgdHJhcHBlZCB1bmRlciBvblRyYXA6ICdmYWlsLWNsb3NlZCc7IGV2ZXJ5IGxhdGVyIHN0cmVhbSBnZXRzIGEgNTAzLiAqL1xuICBmYWlsZWQgPSBmYWxzZTtcbiAgYWJpVmVyc2lvbiA9ICcnO1xuXG4gIHByaXZhdGUgZXhwb3J0cyE6IFdlYkFzc2VtYmx5LkV4cG9ydHM7XG4gIHByaXZhdGUgcmVhZG9ubHkgY29udGV4dHMgPSBuZXcgTWFwPG51bWJlciwgQ29udGV4dEVudHJ5PigpO1xuICBwcml2YXRlIG5leHRDb250ZXh0SWQgPSAyO1xuICBwcml2YXRlIGZyYW1lczogRnJhbWVbXSA9IFtdO1xuICBwcml2YXRlIGVmZmVjdGl2ZUNvbnRleHRJZCA9IDA7XG4gIHByaXZhdGUgbmV4dEl0ZXJhdGlvblN0b3BwZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSBsYXN0Q2FsbFN0b3BwZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSBhZnRlckNhbGw6ICgoKSA9PiB2b2lkKVtdID0gW107XG4gIHByaXZhdGUgY2FsbG91dHMgPSBuZXcgTWFwPG51bWJlciwgQ2FsbG91dD4oKTtcbiAgcHJpdmF0ZSBuZXh0Q2FsbG91dFRva2VuID0gMTtcbiAgcHJpdmF0ZSB0aWNrUGVyaW9kTXMgPSAwO1xuICBwcml2YXRlIG5leHRUaWNrQXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBwZW5kaW5nUm9vdERvbmUgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB2bUNvbmZpZ3VyYXRpb246IFVpbnQ4QXJyYXk7XG4gIHByaXZhdGUgcmVhZG9ubHkgcGx1Z2luQ29uZmlndXJhdGlvbjogVWludDhBcnJheTtcbiAgcHJpdmF0ZSByZWFkb25seSBlbnZpcm9ubWVudDogW3N0cmluZywgc3RyaW5nXVtdO1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3IocmVhZG9ubHkgaG9zdDogSG9zdCwgb3B0aW9uczogVm1PcHRpb25zKSB7XG4gICAgdGhpcy52bUlkID0gb3B0aW9ucy52bUlkID8/ICcnO1xuICAgIHRoaXMucm9vdElkID0gb3B0aW9ucy5yb290SWQgPz8gJyc7XG4gICAgdGhpcy5uYW1lID0gb3B0aW9ucy5uYW1lID8/IHRoaXMucm9vdElkO1xuICAgIHRoaXMucHJvcGVydGllcyA9IHZhbGlkYXRlUHJvcGVydGllcyhvcHRpb25zLnByb3BlcnRpZXMsICdwcm9wZXJ0aWVzJyk7XG4gICAgY29uc3QgbGV2ZWwgPSBvcHRpb25zLmxvZ0xldmVsID8/ICd0cmFjZSc7XG4gICAgdGhpcy5sb2dMZXZlbEluZGV4ID0gTE9HX0xFVkVMUy5pbmRleE9mKGxldmVsKTtcbiAgICBpZiAodGhpcy5sb2dMZXZlbEluZGV4IDwgMCkgdGhyb3cgbmV3IFR5cGVFcnJvcihgbG9nTGV2ZWwgbXVzdCBiZSBvbmUgb2YgJHtMT0dfTEVWRUxTLmpvaW4oJywgJyl9YCk7XG4gICAgdGhpcy5tZXRyaWNJZHMgPSBuZXcgVm1NZXRyaWNzKGhvc3QubWV0cmljU3RvcmUpO1xuICAgIHRoaXMudm1Db25maWd1cmF0aW9uID0gdG9CeXRlcyhvcHRpb25zLnZtQ29uZmlndXJhdGlvbiwgJ3ZtQ29uZmlndXJhdGlvbicpO1xuICAgIHRoaXMucGx1Z2luQ29uZmlndXJhdGlvbiA9IHRvQnl0ZXMob3B0aW9ucy5wbHVnaW5Db25maWd1cmF0aW9uLCAncGx1Z2luQ29uZmlndXJhdGlvbicpO1xuICAgIHRoaXMuZW52aXJvbm1lbnQgPSBPYmplY3QuZW50cmllcyhvcHRpb25zLmVudmlyb25tZW50ID8/IHt9KTtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgVXNlIGhvc3Quc3RhcnRWbS4gKi9cbiAgc3RhdGljIGFzeW5jIHN0YXJ0KGhvc3Q6IEhvc3QsIG9wdGlvbnM6IFZtT3B0aW9ucyk6IFByb21pc2U8Vm0+IHtcbiAgICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHRocm93IG5ldyBUeXBlRXJyb3IoJ3N0YXJ0Vm0gbmVlZHMgYW4gb3B0aW9ucyBvYmplY3Qgd2l0aCBhIG1vZHVsZScpO1xuICAgIGNvbnN0IHZtID0gbmV3IFZtKGhvc3QsIG9wdGlvbnMpO1xuICAgIGNvbnN0IG1vZHVsZSA9IGF3YWl0IGNvbXBpbGUob3B0aW9ucy5tb2R1bGUpO1xuICAgIHZtLmluc3RhbnRpYXRlKG1vZHVsZSk7XG4gICAgdm0uYm9vdChvcHRpb25zLmFsbG93Q29uZmlndXJlRmFpbHVyZSA9PT0gdHJ1ZSk7XG4gICAgcmV0dXJuIHZtO1xuICB9XG5cbiAgcHJpdmF0ZSBpbnN0YW50aWF0ZShtb2R1bGU6IFdlYkFzc2VtYmx5Lk1vZHVsZSk6IHZvaWQge1xuICAgIGNvbnN0IGV4cG9ydE5hbWVzID0gbmV3IFNldChXZWJBc3NlbWJseS5Nb2R1bGUuZXhwb3J0cyhtb2R1bGUpLm1hcCgoZSkgPT4gZS5uYW1lKSk7XG4gICAgY29uc3QgdmVyc2lvbiA9IFsncHJveHlfYWJpX3ZlcnNpb25fMF8yXzEnLCAncHJveHlfYWJpX3ZlcnNpb25fMF8yXzAnXS5maW5kKCh2KSA9PiBleHBvcnROYW1lcy5oYXModikpO1xuICAgIGlmICghdmVyc2lvbikge1xuICAgICAgY29uc3Qgb2xkID0gZXhwb3J0TmFtZXMuaGFzKCdwcm94eV9hYmlfdmVyc2lvbl8wXzFfMCcpID8gJyAoaXQgdGFyZ2V0cyBBQkkgMC4xLjAsIHdoaWNoIGhvc3Qtc2ltIGRvZXMgbm90IHJ1biknIDogJyc7XG4gICAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGBtb2R1bGUgZXhwb3J0cyBubyBwcm94eV9hYmlfdmVyc2lvbl8wXzJfMSBvciBwcm94eV9hYmlfdmVyc2lvbl8wXzJfMCBmdW5jdGlvbiR7b2xkfWApO1xuICAgIH1cbiAgICB0aGlzLmFiaVZlcnNpb24gPSB2ZXJzaW9uLnNsaWNlKCdwcm94eV9hYmlfdmVyc2lvbl8nLmxlbmd0aCkucmVwbGFjZSgvXy9nLCAnLicpO1xuICAgIGNvbnN0IGVudiA9IHByb3h5SW1wb3J0cyh0aGlzKTtcbiAgICBjb25zdCB3YXNpID0gd2FzaUltcG9ydHMoe1xuICAgICAgbWVtb3J5OiB0aGlzLm1lbW9yeSxcbiAgICAgIGxvZzogKGxldmVsLCBtZXNzYWdlKSA9PiB0aGlzLmxvZyhsZXZlbCwgbWVzc2FnZSksXG4gICAgICByZWFsdGltZU5zOiAoKSA9PiB0aGlzLmhvc3QucmVhbHRpbWVOcygpLFxuICAgICAgbW9ub3RvbmljTnM6ICgpID0+IHRoaXMuaG9zdC5tb25vdG9uaWNOcygpLFxuICAgICAgZW52OiB0aGlzLmVudmlyb25tZW50LFxuICAgIH0pO1xuICAgIGNvbnN0IGltcG9ydHM6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9IHt9O1xuICAgIGZvciAoY29uc3QgaW1wIG9mIFdlYkFzc2VtYmx5Lk1vZHVsZS5pbXBvcnRzKG1vZHVsZSkpIHtcbiAgICAgIGlmIChpbXAua2luZCAhPT0gJ2Z1bmN0aW9uJykge1xuICAgICAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGBtb2R1bGUgaW1wb3J0cyAke2ltcC5raW5kfSAke2ltcC5tb2R1bGV9LiR7aW1wLm5hbWV9OyBFbnZveSBwcm92aWRlcyBvbmx5IGZ1bmN0aW9uc2ApO1xuICAgICAgfVxuICAgICAgY29uc3QgdGFibGUgPSBpbXAubW9kdWxlID09PSAnZW52JyA/IGVudiA6IGltcC5tb2R1bGUgPT09ICd3YXNpX3NuYXBzaG90X3ByZXZpZXcxJyB8fCBpbXAubW9kdWxlID09PSAnd2FzaV91bnN0YWJsZScgPyB3YXNpIDogdW5kZWZpbmVkO1xuICAgICAgY29uc3QgaW1wbCA9IHRhYmxlPy5baW1wLm5hbWVdO1xuICAgICAgY29uc3QgbGFiZWwgPSBpbXAubW9kdWxlID09PSAnZW52JyA/IGltcC5uYW1lIDogYCR7aW1wLm1vZHVsZX0uJHtpbXAubmFtZX1gO1xuICAgICAgKGltcG9ydHNbaW1wLm1vZHVsZV0gPz89IHt9KVtpbXAubmFtZV0gPSBpbXBsID8/ICgoKSA9PiB7XG4gICAgICAgIHRocm93IG5ldyBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvcihsYWJlbCk7XG4gICAgICB9KTtcbiAgICB9XG4gICAgY29uc3QgaW5zdGFuY2UgPSBuZXcgV2ViQXNzZW1ibHkuSW5zdGFuY2UobW9kdWxlLCBpbXBvcnRzIGFzIFdlYkFzc2VtYmx5LkltcG9ydHMpO1xuICAgIHRoaXMuZXhwb3J0cyA9IGluc3RhbmNlLmV4cG9ydHM7XG4gICAgY29uc3QgbWVtb3J5ID0gdGhpcy5leHBvcnRzLm1lbW9yeTtcbiAgICBpZiAoIShtZW1vcnkgaW5zdGFuY2VvZiBXZWJBc3NlbWJseS5NZW1vcnkpKSB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKCdtb2R1bGUgZG9lcyBub3QgZXhwb3J0IGl0cyBtZW1vcnkgYXMgXCJtZW1vcnlcIicpO1xuICAgIGNvbnN0IG1hbGxvYyA9ICh0aGlzLmV4cG9ydHMubWFsbG9jID8/IHRoaXMuZXhwb3J0cy5wcm94eV9vbl9tZW1vcnlfYWxsb2NhdGUpIGFzICgobjogbnVtYmVyKSA9PiBudW1iZXIpIHwgdW5kZWZpbmVkO1xuICAgIGlmICh0eXBlb2YgbWFsbG9jICE9PSAnZnVuY3Rpb24nKSB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKCdtb2R1bGUgZXhwb3J0cyBuZWl0aGVyIG1hbGxvYyBub3IgcHJveHlfb25fbWVtb3J5X2FsbG9jYXRlJyk7XG4gICAgdGhpcy5tZW1vcnkuYXR0YWNoKG1lbW9yeSwgKG4pID0+IG1hbGxvYyhuKSk7XG4gIH1cblxuICBwcml2YXRlIGJvb3QoYWxsb3dDb25maWd1cmVGYWlsdXJlOiBib29sZWFuKTogdm9pZCB7XG4gICAgY29uc3QgaW5pdCA9ICh0aGlzLmV4cG9ydHMuX2luaXRpYWxpemUgPz8gdGhpcy5leHBvcnRzLl9zdGFydCkgYXMgKCgpID0+IHZvaWQpIHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IGJvb3RGcmFtZSA9IChidWZmZXJzOiBNYXA8bnVtYmVyLCBCdWZmZXJBY2Nlc3M+ID0gbmV3IE1hcCgpKTogRnJhbWUgPT4gKHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnMgfSk7XG4gICAgaWYgKHR5cGVvZiBpbml0ID09PSAnZnVuY3Rpb24nKSB0aGlzLmludm9rZShpbml0ID09PSB0aGlzLmV4cG9ydHMuX2luaXRpYWxpemUgPyAnX2luaXRpYWxpemUnIDogJ19zdGFydCcsIGJvb3RGcmFtZSgpLCAoKSA9PiBpbml0KCksICd0aHJvdycpO1xuICAgIHRoaXMuY29udGV4dHMuc2V0KHRoaXMucm9vdENvbnRleHRJZCwgeyBraW5kOiAncm9vdCcgfSk7XG4gICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbnRleHRfY3JlYXRlJywgYm9vdEZyYW1lKCksICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCB0aGlzLnJvb3RDb250ZXh0SWQsIDApLCAndGhyb3cnKTtcbiAgICBjb25zdCB2bUNvbmZpZyA9IHRoaXMudm1Db25maWd1cmF0aW9uO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSB0aGlzLmludm9rZSgncHJveHlfb25fdm1fc3RhcnQnLCBib290RnJhbWUobmV3IE1hcChbW0J1ZmZlclR5cGUuVm1Db25maWd1cmF0aW9uLCB7IGdldDogKCkgPT4gdm1Db25maWcgfV1dKSksXG4gICAgICAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX3ZtX3N0YXJ0JywgdGhpcy5yb290Q29udGV4dElkLCB2bUNvbmZpZy5sZW5ndGgpLCAndGhyb3cnKTtcbiAgICBpZiAoIXN0YXJ0ZWQpIHtcbiAgICAgIGlmIChhbGxvd0NvbmZpZ3VyZUZhaWx1cmUpIHJldHVybjtcbiAgICAgIHRocm93IG5ldyBDb25maWd1cmVFcnJvcigncHJveHlfb25fdm1fc3RhcnQnLCB0aGlzLmxvZ3Muc2xpY2UoLUxPR19LRUVQKSk7XG4gICAgfVxuICAgIGNvbnN0IHBsdWdpbkNvbmZpZyA9IHRoaXMucGx1Z2luQ29uZmlndXJhdGlvbjtcbiAgICBjb25zdCBjb25maWd1cmVkID0gdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbmZpZ3VyZScsIGJvb3RGcmFtZShuZXcgTWFwKFtbQnVmZmVyVHlwZS5QbHVnaW5Db25maWd1cmF0aW9uLCB7IGdldDogKCkgPT4gcGx1Z2luQ29uZmlnIH1dXSkpLFxuICAgICAgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9jb25maWd1cmUnLCB0aGlzLnJvb3RDb250ZXh0SWQsIHBsdWdpbkNvbmZpZy5sZW5ndGgpLCAndGhyb3cnKTtcbiAgICBpZiAoIWNvbmZpZ3VyZWQpIHtcbiAgICAgIGlmIChhbGxvd0NvbmZpZ3VyZUZhaWx1cmUpIHJldHVybjtcbiAgICAgIHRocm93IG5ldyBDb25maWd1cmVFcnJvcigncHJveHlfb25fY29uZmlndXJlJywgdGhpcy5sb2dzLnNsaWNlKC1MT0dfS0VFUCkpO1xuICAgIH1cbiAgICB0aGlzLmNvbmZpZ3VyZWQgPSB0cnVlO1xuICB9XG5cbiAgLyoqIENhbGxzIGFuIGV4cG9ydCBpZiB0aGUgbW9kdWxlIGhhcyBpdDsgYSBtaXNzaW5nIGNhbGxiYWNrIGJlaGF2ZXMgYXMgRW52b3kncyBkZWZhdWx0LiAqL1xuICBwcml2YXRlIGNhbGwobmFtZTogc3RyaW5nLCAuLi5hcmdzOiAobnVtYmVyIHwgYmlnaW50KVtdKTogbnVtYmVyIHtcbiAgICBjb25zdCBmbiA9IHRoaXMuZXhwb3J0c1tuYW1lXTtcbiAgICBpZiAodHlwZW9mIGZuICE9PSAnZnVuY3Rpb24nKSByZXR1cm4gbmFtZSA9PT0gJ3Byb3h5X29uX3ZtX3N0YXJ0JyB8fCBuYW1lID09PSAncHJveHlfb25fY29uZmlndXJlJyB8fCBuYW1lID09PSAncHJveHlfb25fZG9uZScgPyAxIDogMDtcbiAgICBjb25zdCByZXN1bHQgPSAoZm4gYXMgKC4uLmE6IChudW1iZXIgfCBiaWdpbnQpW10pID0+IHVua25vd24pKC4uLmFyZ3MpO1xuICAgIHJldHVybiB0eXBlb2YgcmVzdWx0ID09PSAnbnVtYmVyJyA/IHJlc3VsdCA6IHR5cGVvZiByZXN1bHQgPT09ICdiaWdpbnQnID8gTnVtYmVyKHJlc3VsdCkgOiAwO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBDYWxscyBhIGNvbnRleHQgY2FsbGJhY2sgYnkgbmFtZSAodXNlZCBieSBzdHJlYW1zKS4gKi9cbiAgY2FsbENvbnRleHQobmFtZTogc3RyaW5nLCAuLi5hcmdzOiBudW1iZXJbXSk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbChuYW1lLCAuLi5hcmdzKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSdW5zIG9uZSBndWVzdCBlbnRyeSBwb2ludC4gQSB0cmFwIGJlY29tZXMgTW9kdWxlVHJhcEVycm9yLCBvciB1bmRlclxuICAgKiBmYWlsLWNsb3NlZCBtYXJrcyB0aGUgVk0gZmFpbGVkIGFuZCByZXR1cm5zIHVuZGVmaW5lZC4gSG9zdCBlcnJvcnMgKGFuXG4gICAqIHVuaW1wbGVtZW50ZWQgaW1wb3J0LCBhIG1pc3VzZSkgcHJvcGFnYXRlIHVuY2hhbmdlZC5cbiAgICovXG4gIGludm9rZTxUPihjYWxsYmFjazogc3RyaW5nLCBmcmFtZTogRnJhbWUsIGZuOiAoKSA9PiBULCBvblRyYXA6ICd0aHJvdycgfCAnaG9zdCcgPSAnaG9zdCcpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBvdXRlcm1vc3QgPSB0aGlzLmZyYW1lcy5sZW5ndGggPT09IDA7XG4gICAgdGhpcy5mcmFtZXMucHVzaChmcmFtZSk7XG4gICAgaWYgKG91dGVybW9zdCkge1xuICAgICAgdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgPSAwO1xuICAgICAgdGhpcy5uZXh0SXRlcmF0aW9uU3RvcHBlZCA9IGZhbHNlO1xuICAgIH1cbiAgICBsZXQgcmVzdWx0OiBUIHwgdW5kZWZpbmVkO1xuICAgIHRyeSB7XG4gICAgICByZXN1bHQgPSBmbigpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRoaXMuZnJhbWVzLnBvcCgpO1xuICAgICAgaWYgKG91dGVybW9zdCkgdGhpcy5hZnRlckNhbGwgPSBbXTtcbiAgICAgIGlmIChlIGluc3RhbmNlb2YgSG9zdEVycm9yKSB0aHJvdyBlO1xuICAgICAgY29uc3QgdHJhcCA9IGUgaW5zdGFuY2VvZiBFcnJvciA/IGUubWVzc2FnZSA6IFN0cmluZyhlKTtcbiAgICAgIGNvbnN0IGVycm9yID0gbmV3IE1vZHVsZVRyYXBFcnJvcihjYWxsYmFjaywgdHJhcCwgdGhpcy5sb2dzLnNsaWNlKC1MT0dfS0VFUCksIHsgY2F1c2U6IGUgfSk7XG4gICAgICBpZiAob25UcmFwID09PSAndGhyb3cnIHx8IHRoaXMuaG9zdC5vblRyYXAgPT09ICd0aHJvdycpIHRocm93IGVycm9yO1xuICAgICAgdGhpcy5mYWlsZWQgPSB0cnVlO1xuICAgICAgdGhpcy5sb2coJ2NyaXRpY2FsJywgYGhvc3Qtc2ltOiBWTSBmYWlsZWQgKGZhaWwtY2xvc2VkKTogJHtlcnJvci5tZXNzYWdlLnNwbGl0KCdcXG4nKVswXX1gKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHRoaXMuZnJhbWVzLnBvcCgpO1xuICAgIGlmIChvdXRlcm1vc3QpIHtcbiAgICAgIHRoaXMuZWZmZWN0aXZlQ29udGV4dElkID0gMDtcbiAgICAgIC8vIERlZmVycmVkIGFjdGlvbnMgbWF5IGNhbGwgaW50byB0aGlzIFZNIGFnYWluIChhIGxvY2FsIHJlcGx5IHJ1bnMgaXRzXG4gICAgICAvLyByZXNwb25zZSBjYWxsYmFjayksIHNvIHRoZSBjYWxsZXIncyBzdG9wIGZsYWcgaXMgY2FwdHVyZWQgZmlyc3QuXG4gICAgICBjb25zdCBzdG9wcGVkID0gdGhpcy5uZXh0SXRlcmF0aW9uU3RvcHBlZDtcbiAgICAgIGNvbnN0IGFjdGlvbnMgPSB0aGlzLmFmdGVyQ2FsbDtcbiAgICAgIHRoaXMuYWZ0ZXJDYWxsID0gW107XG4gICAgICBmb3IgKGNvbnN0IGFjdGlvbiBvZiBhY3Rpb25zKSBhY3Rpb24oKTtcbiAgICAgIHRoaXMuaG9zdC5mbHVzaERlZmVycmVkKCk7XG4gICAgICB0aGlzLmxhc3RDYWxsU3RvcHBlZCA9IHN0b3BwZWQ7XG4gICAgfVxuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICAvKiogV2hldGhlciB0aGUgZ3Vlc3QgYXNrZWQgdG8gc3RvcCBpdGVyYXRpb24gKHNlbnQgYSBsb2NhbCByZXBseSkgZHVyaW5nIHRoZSBsYXN0IG91dGVybW9zdCBjYWxsLiAqL1xuICBnZXQgaXRlcmF0aW9uU3RvcHBlZCgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5sYXN0Q2FsbFN0b3BwZWQ7XG4gIH1cblxuICBzdG9wTmV4dEl0ZXJhdGlvbigpOiB2b2lkIHtcbiAgICB0aGlzLm5leHRJdGVyYXRpb25TdG9wcGVkID0gdHJ1ZTtcbiAgfVxuXG4gIC8qKiBRdWV1ZXMgd29yayBFbnZveSBydW5zIGFmdGVyIHRoZSBWTSBjYWxsIHJldHVybnMgKGxvY2FsIHJlcGxpZXMsIGNvbnRpbnVlcykuICovXG4gIGRlZmVyKGFjdGlvbjogKCkgPT4gdm9pZCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmZyYW1lcy5sZW5ndGggPT09IDApIGFjdGlvbigpO1xuICAgIGVsc2UgdGhpcy5hZnRlckNhbGwucHVzaChhY3Rpb24pO1xuICB9XG5cbiAgLy8gLS0tLSBjb250ZXh0IGJvb2trZWVwaW5nIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICAvKiogQGludGVybmFsIENyZWF0ZXMgYSBzdHJlYW0gY29udGV4dCAocHJveHlfb25fY29udGV4dF9jcmVhdGUoY3R4LCByb290KSkuICovXG4gIGNyZWF0ZUh0dHBDb250ZXh0KHNsb3Q6IEZpbHRlclNsb3QpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGlkID0gdGhpcy5uZXh0Q29udGV4dElkKys7XG4gICAgdGhpcy5jb250ZXh0cy5zZXQoaWQsIHsga2luZDogJ2h0dHAnLCBzbG90IH0pO1xuICAgIGNvbnN0IG9rID0gdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbnRleHRfY3JlYXRlJywgeyBjb250ZXh0SWQ6IGlkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCBpZCwgdGhpcy5yb290Q29udGV4dElkKSk7XG4gICAgcmV0dXJuIG9rID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBpZDtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgKi9cbiAgZHJvcENvbnRleHQoaWQ6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMuY29udGV4dHMuZGVsZXRlKGlkKTtcbiAgfVxuXG4gIHJlc29sdmVDb250ZXh0KCk6IHsgaWQ6IG51bWJlcjsgc2xvdD86IEZpbHRlclNsb3QgfSB7XG4gICAgY29uc3QgZnJhbWUgPSB0aGlzLmZyYW1lc1t0aGlzLmZyYW1lcy5sZW5ndGggLSAxXTtcbiAgICBsZXQgaWQgPSBmcmFtZT8uY29udGV4dElkID8/IHRoaXMucm9vdENvbnRleHRJZDtcbiAgICBpZiAodGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgIT09IDAgJiYgdGhpcy5jb250ZXh0cy5oYXModGhpcy5lZmZlY3RpdmVDb250ZXh0SWQpKSBpZCA9IHRoaXMuZWZmZWN0aXZlQ29udGV4dElkO1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy5jb250ZXh0cy5nZXQoaWQpO1xuICAgIHJldHVybiBlbnRyeT8ua2luZCA9PT0gJ2h0dHAnID8geyBpZCwgc2xvdDogZW50cnkuc2xvdCB9IDogeyBpZCB9O1xuICB9XG5cbiAgcmVzb2x2ZVJvb3RDb250ZXh0SWQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5yb290Q29udGV4dElkO1xuICB9XG5cbiAgc2V0RWZmZWN0aXZlQ29udGV4dChpZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBpZiAoIXRoaXMuY29udGV4dHMuaGFzKGlkKSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgPSBpZDtcbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIGN1cnJlbnRTdGF0dXMoKTogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9IHtcbiAgICBmb3IgKGxldCBpID0gdGhpcy5mcmFtZXMubGVuZ3RoIC0gMTsgaSA+PSAwOyBpLS0pIHtcbiAgICAgIGNvbnN0IHMgPSB0aGlzLmZyYW1lc1tpXSEuc3RhdHVzO1xuICAgICAgaWYgKHMpIHJldHVybiBzO1xuICAgIH1cbiAgICByZXR1cm4geyBjb2RlOiBXYXNtUmVzdWx0Lk9rLCBtZXNzYWdlOiAnJyB9O1xuICB9XG5cbiAgYnVmZmVyKHR5cGU6IG51bWJlcik6IEJ1ZmZlckFjY2VzcyB8IHVuZGVmaW5lZCB7XG4gICAgZm9yIChsZXQgaSA9IHRoaXMuZnJhbWVzLmxlbmd0aCAtIDE7IGkgPj0gMDsgaS0tKSB7XG4gICAgICBjb25zdCBiID0gdGhpcy5mcmFtZXNbaV0hLmJ1ZmZlcnMuZ2V0KHR5cGUpO1xuICAgICAgaWYgKGIpIHJldHVybiBiO1xuICAgIH1cbiAgICBjb25zdCBzbG90ID0gdGhpcy5yZXNvbHZlQ29udGV4dCgpLnNsb3Q7XG4gICAgcmV0dXJuIHNsb3Q/LmJvZHlCdWZmZXIodHlwZSk7XG4gIH1cblxuICBwcm9wZXJ0eVNjb3BlKCk6IFByb3BlcnR5U2NvcGUge1xuICAgIGNvbnN0IHNsb3QgPSB0aGlzLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICBjb25zdCB2bTogUHJvcGVydHlJbnB1dCA9IHtcbiAgICAgIHBsdWdpbl9uYW1lOiB0aGlzLm5hbWUsXG4gICAgICBwbHVnaW5fcm9vdF9pZDogdGhpcy5yb290SWQsXG4gICAgICBwbHVnaW5fdm1faWQ6IHRoaXMudm1JZCxcbiAgICAgIC4uLnRoaXMucHJvcGVydGllcyxcbiAgICB9O1xuICAgIGlmICghc2xvdCkgcmV0dXJuIHsgdm0gfTtcbiAgICByZXR1cm4ge1xuICAgICAgdm0sXG4gICAgICBzdHJlYW06IHNsb3Quc3RyZWFtLnByb3BlcnRpZXMsXG4gICAgICByZXF1ZXN0SGVhZGVyczogc2xvdC5zdHJlYW0ucmVxdWVzdEhlYWRlck1hcCxcbiAgICAgIHJlc3BvbnNlSGVhZGVyczogc2xvdC5zdHJlYW0ucmVzcG9uc2VIZWFkZXJNYXAsXG4gICAgICBmaWx0ZXJTdGF0ZTogc2xvdC5zdHJlYW0uZmlsdGVyU3RhdGUsXG4gICAgfTtcbiAgfVxuXG4gIC8vIC0tLS0gbG9nZ2luZyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgbG9nKGxldmVsOiBMb2dMZXZlbE5hbWUsIG1lc3NhZ2U6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMubG9ncy5wdXNoKHsgbGV2ZWwsIG1lc3NhZ2UsIGNvbnRleHRJZDogdGhpcy5yZXNvbHZlQ29udGV4dCgpLmlkIH0pO1xuICB9XG5cbiAgLy8gLS0tLSB0aWNrcyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBzZXRUaWNrUGVyaW9kKHBlcmlvZE1zOiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLnRpY2tQZXJpb2RNcyA9IHBlcmlvZE1zO1xuICAgIHRoaXMubmV4dFRpY2tBdCA9IHBlcmlvZE1zID09PSAwID8gdW5kZWZpbmVkIDogdGhpcy5ob3N0Lm5vd01zICsgcGVyaW9kTXM7XG4gIH1cblxuICAvKiogQGludGVybmFsIFRoZSB2aXJ0dWFsIHRpbWUgb2YgdGhpcyBWTSdzIG5leHQgZXZlbnQsIGZvciB0aGUgaG9zdCdzIGNsb2NrLiAqL1xuICBuZXh0RXZlbnQoKTogeyBhdDogbnVtYmVyOyBzZXE6IG51bWJlcjsgZmlyZTogKCkgPT4gdm9pZCB9IHwgdW5kZWZpbmVkIHtcbiAgICBsZXQgYmVzdDogeyBhdDogbnVtYmVyOyBzZXE6IG51bWJlcjsgZmlyZTogKCkgPT4gdm9pZCB9IHwgdW5kZWZpbmVkO1xuICAgIGlmICh0aGlzLm5leHRUaWNrQXQgIT09IHVuZGVmaW5lZCkgYmVzdCA9IHsgYXQ6IHRoaXMubmV4dFRpY2tBdCwgc2VxOiAwLCBmaXJlOiAoKSA9PiB0aGlzLmZpcmVUaWNrKCkgfTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgdGhpcy5jYWxsb3V0cy52YWx1ZXMoKSkge1xuICAgICAgaWYgKGMuZGVhZGxpbmUgPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgICBpZiAoIWJlc3QgfHwgYy5kZWFkbGluZSA8IGJlc3QuYXQgfHwgKGMuZGVhZGxpbmUgPT09IGJlc3QuYXQgJiYgYmVzdC5zZXEgIT09IDAgJiYgYy5zZXEgPCBiZXN0LnNlcSkpIHtcbiAgICAgICAgYmVzdCA9IHsgYXQ6IGMuZGVhZGxpbmUsIHNlcTogYy5zZXEsIGZpcmU6ICgpID0+IHRoaXMudGltZU91dChjKSB9O1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gYmVzdDtcbiAgfVxuXG4gIHByaXZhdGUgZmlyZVRpY2soKTogdm9pZCB7XG4gICAgdGhpcy5uZXh0VGlja0F0ID0gdGhpcy5ob3N0Lm5vd01zICsgdGhpcy50aWNrUGVyaW9kTXM7XG4gICAgaWYgKHRoaXMuZmFpbGVkKSByZXR1cm47XG4gICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX3RpY2snLCB7IGNvbnRleHRJZDogdGhpcy5yb290Q29udGV4dElkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fdGljaycsIHRoaXMucm9vdENvbnRleHRJZCkpO1xuICB9XG5cbiAgLy8gLS0tLSBzaGFyZWQgcXVldWVzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBub3RpZnlRdWV1ZVJlYWR5KHJvb3RDb250ZXh0SWQ6IG51bWJlciwgdG9rZW46IG51bWJlcik6IHZvaWQge1xuICAgIGlmICh0aGlzLmZhaWxlZCkgcmV0dXJuO1xuICAgIHRoaXMuaW52b2tlKCdwcm94eV9vbl9xdWV1ZV9yZWFkeScsIHsgY29udGV4dElkOiByb290Q29udGV4dElkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fcXVldWVfcmVhZHknLCByb290Q29udGV4dElkLCB0b2tlbikpO1xuICB9XG5cbiAgLy8gLS0tLSBIVFRQIGNhbGxvdXRzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBkaXNwYXRjaEh0dHBDYWxsKGNsdXN0ZXI6IHN0cmluZywgaGVhZGVyczogSGVhZGVyUGFpcnMsIGJvZHk6IFVpbnQ4QXJyYXksIHRyYWlsZXJzOiBIZWFkZXJQYWlycywgdGltZW91dE1zOiBudW1iZXIpOiB7IHJlc3VsdDogbnVtYmVyOyB0b2tlbj86IG51bWJlciB9IHtcbiAgICBpZiAodGltZW91dE1zIDwgMCkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50IH07XG4gICAgaWYgKCF0aGlzLmhvc3QuaGFzQ2x1c3RlcihjbHVzdGVyKSkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50IH07XG4gICAgY29uc3QgbmFtZXMgPSBuZXcgU2V0KGhlYWRlcnMubWFwKChba10pID0+IGsudG9Mb3dlckNhc2UoKSkpO1xuICAgIC8vIEVudm95IHJlZnVzZXMgYSBjYWxsb3V0IHdpdGhvdXQgdGhlIHBzZXVkby1oZWFkZXJzIGl0cyBjb2RlYyBuZWVkcy5cbiAgICBpZiAoIW5hbWVzLmhhcygnOnBhdGgnKSB8fCAhbmFtZXMuaGFzKCc6bWV0aG9kJykgfHwgIW5hbWVzLmhhcygnOmF1dGhvcml0eScpKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuQmFkQXJndW1lbnQgfTtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMubmV4dENhbGxvdXRUb2tlbisrO1xuICAgIGNvbnN0IGNhbGxvdXQ6IENhbGxvdXQgPSB7XG4gICAgICB0b2tlbiwgY2x1c3RlciwgaGVhZGVycywgYm9keSwgdHJhaWxlcnMsIHRpbWVvdXRNcyxcbiAgICAgIC8vIEVudm95J3MgdGltZW91dCAwIG1lYW5zIFwibm8gdGltZW91dFwiLlxuICAgICAgZGVhZGxpbmU6IHRpbWVvdXRNcyA9PT0gMCA/IHVuZGVmaW5lZCA6IHRoaXMuaG9zdC5ub3dNcyArIHRpbWVvdXRNcyxcbiAgICAgIHNlcTogdGhpcy5ob3N0Lm5leHRTZXEoKSxcbiAgICAgIHJlc3BvbmQ6IChyZXNwb25zZSkgPT4gdGhpcy5jb21wbGV0ZUNhbGxvdXQoY2FsbG91dCwgcmVzcG9uc2UpLFxuICAgICAgZmFpbDogKCkgPT4gdGhpcy5mYWlsQ2FsbG91dChjYWxsb3V0KSxcbiAgICB9O1xuICAgIHRoaXMuY2FsbG91dHMuc2V0KHRva2VuLCBjYWxsb3V0KTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIHRva2VuIH07XG4gIH1cblxuICBwZW5kaW5nQ2FsbG91dHMoKTogUGVuZGluZ0NhbGxvdXRbXSB7XG4gICAgcmV0dXJuIFsuLi50aGlzLmNhbGxvdXRzLnZhbHVlcygpXS5tYXAoKHsgdG9rZW4sIGNsdXN0ZXIsIGhlYWRlcnMsIGJvZHksIHRyYWlsZXJzLCB0aW1lb3V0TXMsIHJlc3BvbmQsIGZhaWwgfSkgPT5cbiAgICAgICh7IHRva2VuLCBjbHVzdGVyLCBoZWFkZXJzLCBib2R5LCB0cmFpbGVycywgdGltZW91dE1zLCByZXNwb25kLCBmYWlsIH0pKTtcbiAgfVxuXG4gIHByaXZhdGUgdGFrZUNhbGxvdXQoY2FsbG91dDogQ2FsbG91dCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmNhbGxvdXRzLmdldChjYWxsb3V0LnRva2VuKSAhPT0gY2FsbG91dCkge1xuICAgICAgdGhyb3cgbmV3IEhvc3RFcnJvcihgY2FsbG91dCAke2NhbGxvdXQudG9rZW59IHRvICR7Y2FsbG91dC5jbHVzdGVyfSB3YXMgYWxyZWFkeSBhbnN3ZXJlZCwgZmFpbGVkIG9yIHRpbWVkIG91dGApO1xuICAgIH1cbiAgICB0aGlzLmNhbGxvdXRzLmRlbGV0ZShjYWxsb3V0LnRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgY29tcGxldGVDYWxsb3V0KGNhbGxvdXQ6IENhbGxvdXQsIHJlc3BvbnNlOiBDYWxsb3V0UmVzcG9uc2UpOiB2b2lkIHtcbiAgICBpZiAodHlwZW9mIHJlc3BvbnNlICE9PSAnb2JqZWN0JyB8fCByZXNwb25zZSA9PT0gbnVsbCkgdGhyb3cgbmV3IFR5cGVFcnJvcigncmVzcG9uZCgpIG5lZWRzIHsgaGVhZGVycywgYm9keT8sIHRyYWlsZXJzPyB9Jyk7XG4gICAgdGhpcy50YWtlQ2FsbG91dChjYWxsb3V0KTtcbiAgICBjb25zdCBoZWFkZXJzID0gbmV3IEhlYWRlck1hcChub3JtYWxpemVIZWFkZXJzKHJlc3BvbnNlLmhlYWRlcnMsICdjYWxsb3V0IHJlc3BvbnNlIGhlYWRlcnMnKSk7XG4gICAgaWYgKGhlYWRlcnMuZ2V0KCc6c3RhdHVzJykgPT09IHVuZGVmaW5lZCkgaGVhZGVycy5hZGQoJzpzdGF0dXMnLCAnMjAwJyk7XG4gICAgY29uc3QgYm9keSA9IHR5cGVvZiByZXNwb25zZS5ib2R5ID09PSAnc3RyaW5nJyA/IGVuY29kZXIuZW5jb2RlKHJlc3BvbnNlLmJvZHkpIDogcmVzcG9uc2UuYm9keSA/PyBuZXcgVWludDhBcnJheSgwKTtcbiAgICBjb25zdCB0cmFpbGVycyA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyhyZXNwb25zZS50cmFpbGVycywgJ2NhbGxvdXQgcmVzcG9uc2UgdHJhaWxlcnMnKSk7XG4gICAgdGhpcy5kZWxpdmVyQ2FsbG91dFJlc3BvbnNlKGNhbGxvdXQudG9rZW4sIGhlYWRlcnMsIGJvZHksIHRyYWlsZXJzLCB7IGNvZGU6IFdhc21SZXN1bHQuT2ssIG1lc3NhZ2U6ICcnIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBmYWlsQ2FsbG91dChjYWxsb3V0OiBDYWxsb3V0KTogdm9pZCB7XG4gICAgdGhpcy50YWtlQ2FsbG91dChjYWxsb3V0KTtcbiAgICB0aGlzLmRlbGl2ZXJDYWxsb3V0UmVzcG9uc2UoY2FsbG91dC50b2tlbiwgdW5kZWZpbmVkLCB1bmRlZmluZWQsIHVuZGVmaW5lZCwgeyBjb2RlOiBXYXNtUmVzdWx0LkJyb2tlbkNvbm5lY3Rpb24sIG1lc3NhZ2U6ICdyZXNldCcgfSk7XG4gIH1cblxuICAvKiogRW52b3kncyByb3V0ZXIgYW5zd2VycyBhIHRpbWVkLW91dCBhc3luYyByZXF1ZXN0IHdpdGggaXRzIG93biA1MDQuICovXG4gIHByaXZhdGUgdGltZU91dChjYWxsb3V0OiBDYWxsb3V0KTogdm9pZCB7XG4gICAgdGhpcy50YWtlQ2FsbG91dChjYWxsb3V0KTtcbiAgICBjb25zdCBib2R5ID0gZW5jb2Rlci5lbmNvZGUoJ3Vwc3RyZWFtIHJlcXVlc3QgdGltZW91dCcpO1xuICAgIGNvbnN0IGhlYWRlcnMgPSBuZXcgSGVhZGVyTWFwKFtbJzpzdGF0dXMnLCAnNTA0J10sIFsnY29udGVudC1sZW5ndGgnLCBTdHJpbmcoYm9keS5sZW5ndGgpXSwgWydjb250ZW50LXR5cGUnLCAndGV4dC9wbGFpbiddXSk7XG4gICAgdGhpcy5kZWxpdmVyQ2FsbG91dFJlc3BvbnNlKGNhbGxvdXQudG9rZW4sIGhlYWRlcnMsIGJvZHksIG5ldyBIZWFkZXJNYXAoKSwgeyBjb2RlOiBXYXNtUmVzdWx0Lk9rLCBtZXNzYWdlOiAnJyB9KTtcbiAgfVxuXG4gIHByaXZhdGUgZGVsaXZlckNhbGxvdXRSZXNwb25zZSh0b2tlbjogbnVtYmVyLCBoZWFkZXJzOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQsIGJvZHk6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQsIHRyYWlsZXJzOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQsIHN0YXR1czogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9KTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZmFpbGVkKSByZXR1cm47XG4gICAgY29uc3QgYnVmZmVycyA9IG5ldyBNYXA8bnVtYmVyLCBCdWZmZXJBY2Nlc3M+KCk7XG4gICAgaWYgKGJvZHkpIGJ1ZmZlcnMuc2V0KEJ1ZmZlclR5cGUuSHR0cENhbGxSZXNwb25zZUJvZHksIHsgZ2V0OiAoKSA9PiBib2R5IH0pO1xuICAgIGNvbnN0IGZyYW1lOiBGcmFtZSA9IHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnMsIHN0YXR1cyB9O1xuICAgIHRoaXMuY2FsbG91dE1hcHMgPSB7IGhlYWRlcnMsIHRyYWlsZXJzIH07XG4gICAgdHJ5IHtcbiAgICAgIHRoaXMuaW52b2tlKCdwcm94eV9vbl9odHRwX2NhbGxfcmVzcG9uc2UnLCBmcmFtZSwgKCkgPT5cbiAgICAgICAgdGhpcy5jYWxsKCdwcm94eV9vbl9odHRwX2NhbGxfcmVzcG9uc2UnLCB0aGlzLnJvb3RDb250ZXh0SWQsIHRva2VuLCBoZWFkZXJzPy5jb3VudCA/PyAwLCBib2R5Py5sZW5ndGggPz8gMCwgdHJhaWxlcnM/LmNvdW50ID8/IDApKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgdGhpcy5jYWxsb3V0TWFwcyA9IHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGNhbGxvdXRNYXBzOiB7IGhlYWRlcnM/OiBIZWFkZXJNYXA7IHRyYWlsZXJzPzogSGVhZGVyTWFwIH0gfCB1bmRlZmluZWQ7XG5cbiAgLyoqIEhlYWRlciBtYXBzIHRoYXQgYmVsb25nIHRvIHRoZSBWTSByYXRoZXIgdGhhbiBhIHN0cmVhbSAoY2FsbG91dCByZXNwb25zZXMpLiAqL1xuICB2bUhlYWRlck1hcCh0eXBlOiBudW1iZXIpOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQge1xuICAgIGlmICh0eXBlID09PSBIZWFkZXJNYXBUeXBlLkh0dHBDYWxsUmVzcG9uc2VIZWFkZXJzKSByZXR1cm4gdGhpcy5jYWxsb3V0TWFwcz8uaGVhZGVycztcbiAgICBpZiAodHlwZSA9PT0gSGVhZGVyTWFwVHlwZS5IdHRwQ2FsbFJlc3BvbnNlVHJhaWxlcnMpIHJldHVybiB0aGlzLmNhbGxvdXRNYXBzPy50cmFpbGVycztcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG5cbiAgLy8gLS0tLSBzaHV0ZG93biAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICAvKipcbiAgICogU3RvcHMgdGhlIFZNIGFzIEVudm95IGRvZXMgb24gY29uZmlnIHJlbW92YWw6IHByb3h5X29uX2RvbmUgb24gdGhlIHJvb3RcbiAgICogY29udGV4dCwgdGhlbiBwcm94eV9vbl9kZWxldGUsIHVubGVzcyBvbl9kb25lIHJldHVybmVkIGZhbHNlLCBpbiB3aGljaCBjYXNlXG4gICAqIGRlbGV0aW9uIHdhaXRzIGZvciB0aGUgcGx1Z2luIHRvIGNhbGwgcHJveHlfZG9uZS5cbiAgICovXG4gIHNodXRkb3duKCk6IHZvaWQge1xuICAgIGNvbnN0IGZyYW1lID0geyBjb250ZXh0SWQ6IHRoaXMucm9vdENvbnRleHRJZCwgYnVmZmVyczogbmV3IE1hcCgpIH07XG4gICAgY29uc3QgZG9uZSA9IHRoaXMuaW52b2tlKCdwcm94eV9vbl9kb25lJywgZnJhbWUsICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fZG9uZScsIHRoaXMucm9vdENvbnRleHRJZCkpO1xuICAgIGlmIChkb25lID09PSAwKSB7XG4gICAgICB0aGlzLnBlbmRpbmdSb290RG9uZSA9IHRydWU7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIHRoaXMuZGVsZXRlUm9vdCgpO1xuICB9XG5cbiAgcHJpdmF0ZSBkZWxldGVSb290KCk6IHZvaWQge1xuICAgIHRoaXMuaW52b2tlKCdwcm94eV9vbl9kZWxldGUnLCB7IGNvbnRleHRJZDogdGhpcy5yb290Q29udGV4dElkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSwgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9kZWxldGUnLCB0aGlzLnJvb3RDb250ZXh0SWQpKTtcbiAgICB0aGlzLmNvbnRleHRzLmRlbGV0ZSh0aGlzLnJvb3RDb250ZXh0SWQpO1xuICAgIHRoaXMudGlja1BlcmlvZE1zID0gMDtcbiAgICB0aGlzLm5leHRUaWNrQXQgPSB1bmRlZmluZWQ7XG4gIH1cblxuICBkb25lKCk6IG51bWJlciB7XG4gICAgaWYgKCF0aGlzLnBlbmRpbmdSb290RG9uZSkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgdGhpcy5wZW5kaW5nUm9vdERvbmUgPSBmYWxzZTtcbiAgICB0aGlzLmRlZmVyKCgpID0+IHRoaXMuZGVsZXRlUm9vdCgpKTtcbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIC8vIC0tLS0gdGVzdCBhY2Nlc3NvcnMgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgbmV3SHR0cFN0cmVhbShvcHRpb25zPzogeyBwcm9wZXJ0aWVzPzogUHJvcGVydHlJbnB1dCB9KSB7XG4gICAgcmV0dXJuIHRoaXMuaG9zdC5uZXdIdHRwU3RyZWFtKFt0aGlzXSwgb3B0aW9ucyk7XG4gIH1cblxuICBtZW1vcnlQYWdlcygpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLm1lbW9yeS5wYWdlcztcbiAgfVxuXG4gIGNvdW50ZXIobmFtZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNJZHMudmFsdWUobmFtZSk7XG4gIH1cblxuICBtZXRyaWMobmFtZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNJZHMudmFsdWUobmFtZSk7XG4gIH1cblxuICBoaXN0b2dyYW0obmFtZTogc3RyaW5nKTogbnVtYmVyW10gfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY0lkcy5zYW1wbGVzKG5hbWUpO1xuICB9XG5cbiAgbWV0cmljcygpOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4ge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY0lkcy5hbGwoKTtcbiAgfVxufVxuIiwgIi8vIFRoZSBlbnYucHJveHlfKiBmdW5jdGlvbnMgb2YgQUJJIDAuMi4xLCBlYWNoIGJlaGF2aW5nIGFzIHByb3h5LXdhc20tY3BwLWhvc3Qnc1xuLy8gZXhwb3J0cy5jYyBwbHVzIEVudm95J3MgQ29udGV4dCBkby4gVGhleSByZXNvbHZlIHRoZSBjYWxsaW5nIGNvbnRleHQgKG9yIHRoZVxuLy8gZWZmZWN0aXZlIG9uZSkgdGhyb3VnaCB0aGUgVm0gYW5kIGFjdCBvbiB0aGUgc3RyZWFtIHNsb3QgaXQgYmVsb25ncyB0by5cbmltcG9ydCB7XG4gIEJVRkZFUl9UWVBFX01BWCwgSEVBREVSX01BUF9UWVBFX01BWCwgSGVhZGVyTWFwVHlwZSwgTE9HX0xFVkVMUywgU1RSRUFNX1RZUEVfTUFYLCBXYXNtUmVzdWx0LFxufSBmcm9tICcuL2FiaS50cyc7XG5pbXBvcnQgeyBkZWNvZGVQYWlycywgZW5jb2RlUGFpcnMgfSBmcm9tICcuL3BhaXJzLnRzJztcbmltcG9ydCB7IHJlc29sdmVQcm9wZXJ0eSB9IGZyb20gJy4vcHJvcGVydGllcy50cyc7XG5pbXBvcnQgdHlwZSB7IFZtIH0gZnJvbSAnLi92bS50cyc7XG5cbnR5cGUgRm4gPSAoLi4uYXJnczogbmV2ZXJbXSkgPT4gdW5rbm93bjtcblxuZXhwb3J0IGZ1bmN0aW9uIHByb3h5SW1wb3J0cyh2bTogVm0pOiBSZWNvcmQ8c3RyaW5nLCBGbj4ge1xuICBjb25zdCBtID0gdm0ubWVtb3J5O1xuICBjb25zdCBzdHIgPSAocHRyOiBudW1iZXIsIGxlbjogbnVtYmVyKSA9PiBtLnJlYWRTdHJpbmcocHRyLCBsZW4pO1xuXG4gIGNvbnN0IGhlYWRlck1hcCA9ICh0eXBlOiBudW1iZXIpID0+XG4gICAgdHlwZSA+PSBIZWFkZXJNYXBUeXBlLkh0dHBDYWxsUmVzcG9uc2VIZWFkZXJzID8gdm0udm1IZWFkZXJNYXAodHlwZSkgOiB2bS5yZXNvbHZlQ29udGV4dCgpLnNsb3Q/LmhlYWRlck1hcCh0eXBlKTtcblxuICBjb25zdCBjYWxsczogUmVjb3JkPHN0cmluZywgKC4uLmFyZ3M6IGFueVtdKSA9PiB1bmtub3duPiA9IHtcbiAgICBwcm94eV9sb2cobGV2ZWw6IG51bWJlciwgcHRyOiBudW1iZXIsIHNpemU6IG51bWJlcikge1xuICAgICAgaWYgKGxldmVsIDwgMCB8fCBsZXZlbCA+PSBMT0dfTEVWRUxTLmxlbmd0aCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBtZXNzYWdlID0gc3RyKHB0ciwgc2l6ZSk7XG4gICAgICBpZiAobWVzc2FnZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgdm0ubG9nKExPR19MRVZFTFNbbGV2ZWxdISwgbWVzc2FnZSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dldF9sb2dfbGV2ZWwocHRyOiBudW1iZXIpIHtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKHB0ciwgdm0ubG9nTGV2ZWxJbmRleCkgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X2N1cnJlbnRfdGltZV9uYW5vc2Vjb25kcyhwdHI6IG51bWJlcikge1xuICAgICAgcmV0dXJuIG0ud3JpdGVVNjQocHRyLCB2bS5ob3N0LnJlYWx0aW1lTnMoKSkgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfc2V0X3RpY2tfcGVyaW9kX21pbGxpc2Vjb25kcyhwZXJpb2Q6IG51bWJlcikge1xuICAgICAgdm0uc2V0VGlja1BlcmlvZChwZXJpb2QgPj4+IDApO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfc3RhdHVzKGNvZGVQdHI6IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcikge1xuICAgICAgY29uc3Qgc3RhdHVzID0gdm0uY3VycmVudFN0YXR1cygpO1xuICAgICAgaWYgKCFtLndyaXRlVTMyKGNvZGVQdHIsIHN0YXR1cy5jb2RlKSkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShzdGF0dXMubWVzc2FnZSksIHB0clB0ciwgc2l6ZVB0cilcbiAgICAgICAgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfc2V0X2VmZmVjdGl2ZV9jb250ZXh0KGNvbnRleHRJZDogbnVtYmVyKSB7XG4gICAgICByZXR1cm4gdm0uc2V0RWZmZWN0aXZlQ29udGV4dChjb250ZXh0SWQgPj4+IDApO1xuICAgIH0sXG4gICAgcHJveHlfZG9uZSgpIHtcbiAgICAgIHJldHVybiB2bS5kb25lKCk7XG4gICAgfSxcbiAgICBwcm94eV9jYWxsX2ZvcmVpZ25fZnVuY3Rpb24obmFtZVB0cjogbnVtYmVyLCBuYW1lU2l6ZTogbnVtYmVyLCBhcmdQdHI6IG51bWJlciwgYXJnU2l6ZTogbnVtYmVyKSB7XG4gICAgICAvLyBFbnZveSBvbmx5IGtub3dzIHRoZSBmb3JlaWduIGZ1bmN0aW9ucyBpdHMgYnVpbGQgcmVnaXN0ZXJzOyBob3N0LXNpbSByZWdpc3RlcnMgbm9uZS5cbiAgICAgIGlmIChzdHIobmFtZVB0ciwgbmFtZVNpemUpID09PSB1bmRlZmluZWQgfHwgbS5yZWFkKGFyZ1B0ciwgYXJnU2l6ZSkgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgIH0sXG5cbiAgICAvLyBQcm9wZXJ0aWVzLlxuICAgIHByb3h5X2dldF9wcm9wZXJ0eShwYXRoUHRyOiBudW1iZXIsIHBhdGhTaXplOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IHBhdGggPSBzdHIocGF0aFB0ciwgcGF0aFNpemUpO1xuICAgICAgaWYgKHBhdGggPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IHZhbHVlID0gcmVzb2x2ZVByb3BlcnR5KHBhdGgsIHZtLnByb3BlcnR5U2NvcGUoKSk7XG4gICAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS5jb3B5VG9Qb2ludGVyU2l6ZSh2YWx1ZSwgcHRyUHRyLCBzaXplUHRyKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfcHJvcGVydHkoa2V5UHRyOiBudW1iZXIsIGtleVNpemU6IG51bWJlciwgdmFsdWVQdHI6IG51bWJlciwgdmFsdWVTaXplOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrZXlQdHIsIGtleVNpemUpO1xuICAgICAgY29uc3QgdmFsdWUgPSBtLnJlYWQodmFsdWVQdHIsIHZhbHVlU2l6ZSk7XG4gICAgICBpZiAoa2V5ID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IHNsb3QgPSB2bS5yZXNvbHZlQ29udGV4dCgpLnNsb3Q7XG4gICAgICAvLyBGaWx0ZXIgc3RhdGUgbGl2ZXMgb24gYSBzdHJlYW07IGEgcm9vdCBjb250ZXh0IGhhcyBub25lIHRvIHdyaXRlIHRvLlxuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHNsb3Quc3RyZWFtLmZpbHRlclN0YXRlLnNldChrZXksIHZhbHVlKTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH0sXG5cbiAgICAvLyBIZWFkZXIgbWFwcy5cbiAgICBwcm94eV9hZGRfaGVhZGVyX21hcF92YWx1ZSh0eXBlOiBudW1iZXIsIGtwOiBudW1iZXIsIGtzOiBudW1iZXIsIHZwOiBudW1iZXIsIHZzOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBrZXkgPSBzdHIoa3AsIGtzKTtcbiAgICAgIGNvbnN0IHZhbHVlID0gc3RyKHZwLCB2cyk7XG4gICAgICBpZiAoa2V5ID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIG1hcC5hZGQoa2V5LCB2YWx1ZSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dldF9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3QgdmFsdWUgPSBtYXAuZ2V0KGtleSk7XG4gICAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS5jb3B5VG9Qb2ludGVyU2l6ZShuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUodmFsdWUpLCBwdHJQdHIsIHNpemVQdHIpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3JlcGxhY2VfaGVhZGVyX21hcF92YWx1ZSh0eXBlOiBudW1iZXIsIGtwOiBudW1iZXIsIGtzOiBudW1iZXIsIHZwOiBudW1iZXIsIHZzOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBrZXkgPSBzdHIoa3AsIGtzKTtcbiAgICAgIGNvbnN0IHZhbHVlID0gc3RyKHZwLCB2cyk7XG4gICAgICBpZiAoa2V5ID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIG1hcC5yZXBsYWNlKGtleSwgdmFsdWUpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9yZW1vdmVfaGVhZGVyX21hcF92YWx1ZSh0eXBlOiBudW1iZXIsIGtwOiBudW1iZXIsIGtzOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBrZXkgPSBzdHIoa3AsIGtzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIG1hcC5yZW1vdmUoa2V5KTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X2hlYWRlcl9tYXBfcGFpcnModHlwZTogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEhFQURFUl9NQVBfVFlQRV9NQVgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3QgcGFpcnMgPSBtYXAucGFpcnMoKTtcbiAgICAgIGNvbnN0IGJ5dGVzID0gcGFpcnMubGVuZ3RoID09PSAwID8gbmV3IFVpbnQ4QXJyYXkoMCkgOiBlbmNvZGVQYWlycyhwYWlycyk7XG4gICAgICByZXR1cm4gbS5jb3B5VG9Qb2ludGVyU2l6ZShieXRlcywgcHRyUHRyLCBzaXplUHRyKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfaGVhZGVyX21hcF9wYWlycyh0eXBlOiBudW1iZXIsIHB0cjogbnVtYmVyLCBzaXplOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBieXRlcyA9IG0ucmVhZChwdHIsIHNpemUpO1xuICAgICAgaWYgKGJ5dGVzID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICAvLyBFbnZveSdzIHRvUGFpcnMgdHVybnMgYSBtYWxmb3JtZWQgYnVmZmVyIGludG8gYW4gZW1wdHkgbWFwLlxuICAgICAgbWFwLnNldEFsbChkZWNvZGVQYWlycyhieXRlcykgPz8gW10pO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfaGVhZGVyX21hcF9zaXplKHR5cGU6IG51bWJlciwgcmVzdWx0UHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihyZXN1bHRQdHIsIG1hcC5ieXRlU2l6ZSgpKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcblxuICAgIC8vIEJ1ZmZlcnMuXG4gICAgcHJveHlfZ2V0X2J1ZmZlcl9ieXRlcyh0eXBlOiBudW1iZXIsIHN0YXJ0OiBudW1iZXIsIGxlbmd0aDogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEJVRkZFUl9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBidWZmZXIgPSB2bS5idWZmZXIodHlwZSk7XG4gICAgICBpZiAoIWJ1ZmZlcikgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICBjb25zdCBzID0gc3RhcnQgPj4+IDA7XG4gICAgICBsZXQgbCA9IGxlbmd0aCA+Pj4gMDtcbiAgICAgIGlmIChzICsgbCA+IDB4ZmZmZmZmZmYpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3QgYnl0ZXMgPSBidWZmZXIuZ2V0KCk7XG4gICAgICBpZiAocyA+IGJ5dGVzLmxlbmd0aCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGlmIChzICsgbCA+IGJ5dGVzLmxlbmd0aCkgbCA9IGJ5dGVzLmxlbmd0aCAtIHM7XG4gICAgICAvLyBFbnZveSBsZWF2ZXMgdGhlIG91dC1wb2ludGVycyB1bnRvdWNoZWQgd2hlbiB0aGVyZSBpcyBub3RoaW5nIHRvIGNvcHkuXG4gICAgICBpZiAobCA9PT0gMCkgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgICByZXR1cm4gbS5jb3B5VG9Qb2ludGVyU2l6ZShieXRlcy5zdWJhcnJheShzLCBzICsgbCksIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X2J1ZmZlcl9zdGF0dXModHlwZTogbnVtYmVyLCBsZW5ndGhQdHI6IG51bWJlciwgZmxhZ3NQdHI6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBCVUZGRVJfVFlQRV9NQVgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3QgYnVmZmVyID0gdm0uYnVmZmVyKHR5cGUpO1xuICAgICAgaWYgKCFidWZmZXIpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgcmV0dXJuIG0ud3JpdGVVMzIobGVuZ3RoUHRyLCBidWZmZXIuZ2V0KCkubGVuZ3RoKSAmJiBtLndyaXRlVTMyKGZsYWdzUHRyLCAwKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfYnVmZmVyX2J5dGVzKHR5cGU6IG51bWJlciwgc3RhcnQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIsIGRhdGFQdHI6IG51bWJlciwgZGF0YVNpemU6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBCVUZGRVJfVFlQRV9NQVgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3QgYnVmZmVyID0gdm0uYnVmZmVyKHR5cGUpO1xuICAgICAgaWYgKCFidWZmZXIgfHwgIWJ1ZmZlci5zZXQpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgY29uc3QgZGF0YSA9IG0ucmVhZChkYXRhUHRyLCBkYXRhU2l6ZSk7XG4gICAgICBpZiAoZGF0YSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgY3VycmVudCA9IGJ1ZmZlci5nZXQoKTtcbiAgICAgIGNvbnN0IHMgPSBzdGFydCA+Pj4gMDtcbiAgICAgIC8vIEVudm95J3MgQnVmZmVyOjpjb3B5RnJvbTogc3RhcnQgMCBkcmFpbnMgYGxlbmd0aGAgYnl0ZXMgdGhlbiBwcmVwZW5kcztcbiAgICAgIC8vIHN0YXJ0IGF0IG9yIHBhc3QgdGhlIGVuZCBhcHBlbmRzOyBhbnl0aGluZyBlbHNlIGlzIHJlZnVzZWQuXG4gICAgICBpZiAocyA9PT0gMCkge1xuICAgICAgICBjb25zdCBkcmFpbmVkID0gY3VycmVudC5zdWJhcnJheShNYXRoLm1pbihsZW5ndGggPj4+IDAsIGN1cnJlbnQubGVuZ3RoKSk7XG4gICAgICAgIGJ1ZmZlci5zZXQoY29uY2F0KGRhdGEsIGRyYWluZWQpKTtcbiAgICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgICB9XG4gICAgICBpZiAocyA+PSBjdXJyZW50Lmxlbmd0aCkge1xuICAgICAgICBidWZmZXIuc2V0KGNvbmNhdChjdXJyZW50LCBkYXRhKSk7XG4gICAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgICAgfVxuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgfSxcblxuICAgIC8vIFN0cmVhbSBjb250cm9sLlxuICAgIHByb3h5X3NlbmRfbG9jYWxfcmVzcG9uc2Uoc3RhdHVzOiBudW1iZXIsIGRldGFpbHNQdHI6IG51bWJlciwgZGV0YWlsc1NpemU6IG51bWJlciwgYm9keVB0cjogbnVtYmVyLCBib2R5U2l6ZTogbnVtYmVyLCBoZWFkZXJzUHRyOiBudW1iZXIsIGhlYWRlcnNTaXplOiBudW1iZXIsIGdycGNTdGF0dXM6IG51bWJlcikge1xuICAgICAgY29uc3QgZGV0YWlscyA9IHN0cihkZXRhaWxzUHRyLCBkZXRhaWxzU2l6ZSk7XG4gICAgICBjb25zdCBib2R5ID0gbS5yZWFkKGJvZHlQdHIsIGJvZHlTaXplKTtcbiAgICAgIGNvbnN0IGhlYWRlckJ5dGVzID0gbS5yZWFkKGhlYWRlcnNQdHIsIGhlYWRlcnNTaXplKTtcbiAgICAgIGlmIChkZXRhaWxzID09PSB1bmRlZmluZWQgfHwgYm9keSA9PT0gdW5kZWZpbmVkIHx8IGhlYWRlckJ5dGVzID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICB2bS5zdG9wTmV4dEl0ZXJhdGlvbigpO1xuICAgICAgY29uc3Qgc2xvdCA9IHZtLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICAgIGlmICghc2xvdCkgcmV0dXJuIFdhc21SZXN1bHQuT2s7IC8vIEVudm95IGlnbm9yZXMgaXQgd2l0aG91dCBkZWNvZGVyIGNhbGxiYWNrcyAocm9vdCBjb250ZXh0KS5cbiAgICAgIHNsb3QucmVxdWVzdExvY2FsUmVzcG9uc2Uoe1xuICAgICAgICBzdGF0dXM6IHN0YXR1cyA+Pj4gMCxcbiAgICAgICAgZGV0YWlsczogZGV0YWlscy5yZXBsYWNlKC9cXHMvZywgJ18nKSxcbiAgICAgICAgYm9keSxcbiAgICAgICAgaGVhZGVyczogZGVjb2RlUGFpcnMoaGVhZGVyQnl0ZXMpID8/IFtdLFxuICAgICAgICBncnBjU3RhdHVzOiBncnBjU3RhdHVzIHwgMCxcbiAgICAgIH0pO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9jb250aW51ZV9zdHJlYW0odHlwZTogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IFNUUkVBTV9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBzbG90LmNvbnRpbnVlU3RyZWFtKHR5cGUpO1xuICAgIH0sXG4gICAgcHJveHlfY2xvc2Vfc3RyZWFtKHR5cGU6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBTVFJFQU1fVFlQRV9NQVgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3Qgc2xvdCA9IHZtLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICAgIGlmICghc2xvdCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gc2xvdC5jbG9zZVN0cmVhbSh0eXBlKTtcbiAgICB9LFxuICAgIHByb3h5X2NsZWFyX3JvdXRlX2NhY2hlKCkge1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcblxuICAgIC8vIFNoYXJlZCBkYXRhIGFuZCBxdWV1ZXMuXG4gICAgcHJveHlfZ2V0X3NoYXJlZF9kYXRhKGtwOiBudW1iZXIsIGtzOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIsIGNhc1B0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBrZXkgPSBzdHIoa3AsIGtzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IGVudHJ5ID0gdm0uaG9zdC5zaGFyZWREYXRhLmxvb2t1cCh2bS52bUlkLCBrZXkpO1xuICAgICAgaWYgKCFlbnRyeSkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICBpZiAoIW0uY29weVRvUG9pbnRlclNpemUoZW50cnkudmFsdWUsIHB0clB0ciwgc2l6ZVB0cikpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihjYXNQdHIsIGVudHJ5LmNhcykgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfc2V0X3NoYXJlZF9kYXRhKGtwOiBudW1iZXIsIGtzOiBudW1iZXIsIHZwOiBudW1iZXIsIHZzOiBudW1iZXIsIGNhczogbnVtYmVyKSB7XG4gICAgICBjb25zdCBrZXkgPSBzdHIoa3AsIGtzKTtcbiAgICAgIGNvbnN0IHZhbHVlID0gbS5yZWFkKHZwLCB2cyk7XG4gICAgICBpZiAoa2V5ID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHJldHVybiB2bS5ob3N0LnNoYXJlZERhdGEuc3RvcmUodm0udm1JZCwga2V5LCB2YWx1ZSwgY2FzID4+PiAwKTtcbiAgICB9LFxuICAgIHByb3h5X3JlZ2lzdGVyX3NoYXJlZF9xdWV1ZShucDogbnVtYmVyLCBuczogbnVtYmVyLCB0b2tlblB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBuYW1lID0gc3RyKG5wLCBucyk7XG4gICAgICBpZiAobmFtZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgdG9rZW4gPSB2bS5ob3N0LnF1ZXVlcy5yZWdpc3Rlcih2bS52bUlkLCBuYW1lLCB2bSwgdm0ucmVzb2x2ZVJvb3RDb250ZXh0SWQoKSk7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMih0b2tlblB0ciwgdG9rZW4pID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3Jlc29sdmVfc2hhcmVkX3F1ZXVlKHZwOiBudW1iZXIsIHZzOiBudW1iZXIsIG5wOiBudW1iZXIsIG5zOiBudW1iZXIsIHRva2VuUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IHZtSWQgPSBzdHIodnAsIHZzKTtcbiAgICAgIGNvbnN0IG5hbWUgPSBzdHIobnAsIG5zKTtcbiAgICAgIGlmICh2bUlkID09PSB1bmRlZmluZWQgfHwgbmFtZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgdG9rZW4gPSB2bS5ob3N0LnF1ZXVlcy5yZXNvbHZlKHZtSWQsIG5hbWUpO1xuICAgICAgaWYgKHRva2VuID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgcmV0dXJuIG0ud3JpdGVVMzIodG9rZW5QdHIsIHRva2VuKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9lbnF1ZXVlX3NoYXJlZF9xdWV1ZSh0b2tlbjogbnVtYmVyLCBkcDogbnVtYmVyLCBkczogbnVtYmVyKSB7XG4gICAgICBjb25zdCBkYXRhID0gbS5yZWFkKGRwLCBkcyk7XG4gICAgICBpZiAoZGF0YSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgeyByZXN1bHQsIG5vdGlmeSB9ID0gdm0uaG9zdC5xdWV1ZXMuZW5xdWV1ZSh0b2tlbiA+Pj4gMCwgZGF0YSk7XG4gICAgICBpZiAobm90aWZ5KSB2bS5ob3N0LmRlZmVyKG5vdGlmeSk7XG4gICAgICByZXR1cm4gcmVzdWx0O1xuICAgIH0sXG4gICAgcHJveHlfZGVxdWV1ZV9zaGFyZWRfcXVldWUodG9rZW46IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcikge1xuICAgICAgY29uc3QgeyByZXN1bHQsIGRhdGEgfSA9IHZtLmhvc3QucXVldWVzLmRlcXVldWUodG9rZW4gPj4+IDApO1xuICAgICAgaWYgKHJlc3VsdCAhPT0gV2FzbVJlc3VsdC5PaykgcmV0dXJuIHJlc3VsdDtcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKGRhdGEhLCBwdHJQdHIsIHNpemVQdHIpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuXG4gICAgLy8gSFRUUCBjYWxsb3V0cy5cbiAgICBwcm94eV9odHRwX2NhbGwodXA6IG51bWJlciwgdXM6IG51bWJlciwgaHA6IG51bWJlciwgaHM6IG51bWJlciwgYnA6IG51bWJlciwgYnM6IG51bWJlciwgdHA6IG51bWJlciwgdHM6IG51bWJlciwgdGltZW91dDogbnVtYmVyLCB0b2tlblB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBjbHVzdGVyID0gc3RyKHVwLCB1cyk7XG4gICAgICBjb25zdCBoZWFkZXJCeXRlcyA9IG0ucmVhZChocCwgaHMpO1xuICAgICAgY29uc3QgYm9keSA9IG0ucmVhZChicCwgYnMpO1xuICAgICAgY29uc3QgdHJhaWxlckJ5dGVzID0gbS5yZWFkKHRwLCB0cyk7XG4gICAgICBpZiAoY2x1c3RlciA9PT0gdW5kZWZpbmVkIHx8IGhlYWRlckJ5dGVzID09PSB1bmRlZmluZWQgfHwgYm9keSA9PT0gdW5kZWZpbmVkIHx8IHRyYWlsZXJCeXRlcyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgaWYgKCFtLndyaXRlVTMyKHRva2VuUHRyLCAwKSkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG91dGNvbWUgPSB2bS5kaXNwYXRjaEh0dHBDYWxsKGNsdXN0ZXIsIGRlY29kZVBhaXJzKGhlYWRlckJ5dGVzKSA/PyBbXSwgYm9keSwgZGVjb2RlUGFpcnModHJhaWxlckJ5dGVzKSA/PyBbXSwgdGltZW91dCB8IDApO1xuICAgICAgaWYgKG91dGNvbWUudG9rZW4gIT09IHVuZGVmaW5lZCkgbS53cml0ZVUzMih0b2tlblB0ciwgb3V0Y29tZS50b2tlbik7XG4gICAgICByZXR1cm4gb3V0Y29tZS5yZXN1bHQ7XG4gICAgfSxcblxuICAgIC8vIE1ldHJpY3MuXG4gICAgcHJveHlfZGVmaW5lX21ldHJpYyh0eXBlOiBudW1iZXIsIG5wOiBudW1iZXIsIG5zOiBudW1iZXIsIGlkUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IG5hbWUgPSBzdHIobnAsIG5zKTtcbiAgICAgIGlmIChuYW1lID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgaWQgfSA9IHZtLm1ldHJpY0lkcy5kZWZpbmUodHlwZSA+Pj4gMCwgbmFtZSk7XG4gICAgICBpZiAocmVzdWx0ICE9PSBXYXNtUmVzdWx0Lk9rKSByZXR1cm4gcmVzdWx0O1xuICAgICAgcmV0dXJuIG0ud3JpdGVVMzIoaWRQdHIsIGlkISkgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfaW5jcmVtZW50X21ldHJpYyhpZDogbnVtYmVyLCBvZmZzZXQ6IGJpZ2ludCkge1xuICAgICAgcmV0dXJuIHZtLm1ldHJpY0lkcy5pbmNyZW1lbnQoaWQgPj4+IDAsIEJpZ0ludC5hc0ludE4oNjQsIG9mZnNldCkpO1xuICAgIH0sXG4gICAgcHJveHlfcmVjb3JkX21ldHJpYyhpZDogbnVtYmVyLCB2YWx1ZTogYmlnaW50KSB7XG4gICAgICByZXR1cm4gdm0ubWV0cmljSWRzLnJlY29yZChpZCA+Pj4gMCwgQmlnSW50LmFzVWludE4oNjQsIHZhbHVlKSk7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfbWV0cmljKGlkOiBudW1iZXIsIHJlc3VsdFB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgdmFsdWUgfSA9IHZtLm1ldHJpY0lkcy5nZXQoaWQgPj4+IDApO1xuICAgICAgaWYgKHJlc3VsdCAhPT0gV2FzbVJlc3VsdC5PaykgcmV0dXJuIHJlc3VsdDtcbiAgICAgIHJldHVybiBtLndyaXRlVTY0KHJlc3VsdFB0ciwgdmFsdWUhKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgfTtcbiAgcmV0dXJuIGNhbGxzIGFzIFJlY29yZDxzdHJpbmcsIEZuPjtcbn1cblxuZnVuY3Rpb24gY29uY2F0KGE6IFVpbnQ4QXJyYXksIGI6IFVpbnQ4QXJyYXkpOiBVaW50OEFycmF5IHtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoYS5sZW5ndGggKyBiLmxlbmd0aCk7XG4gIG91dC5zZXQoYSk7XG4gIG91dC5zZXQoYiwgYS5sZW5ndGgpO1xuICByZXR1cm4gb3V0O1xufVxuXG4iLCAiLy8gQm91bmRzLWNoZWNrZWQgYWNjZXNzIHRvIGEgZ3Vlc3QncyBsaW5lYXIgbWVtb3J5LCBhbmQgYWxsb2NhdGlvbiBpbnNpZGUgdGhlXG4vLyBndWVzdCB0aGUgd2F5IHByb3h5LXdhc20tY3BwLWhvc3QgZG9lcyBpdCAobWFsbG9jIGlmIGV4cG9ydGVkLCBlbHNlXG4vLyBwcm94eV9vbl9tZW1vcnlfYWxsb2NhdGUpLlxuXG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCd1dGYtOCcpO1xuXG5leHBvcnQgY2xhc3MgR3Vlc3RNZW1vcnkge1xuICBwcml2YXRlIG1lbW9yeTogV2ViQXNzZW1ibHkuTWVtb3J5IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIGFsbG9jYXRvcjogKChzaXplOiBudW1iZXIpID0+IG51bWJlcikgfCB1bmRlZmluZWQ7XG5cbiAgYXR0YWNoKG1lbW9yeTogV2ViQXNzZW1ibHkuTWVtb3J5LCBhbGxvY2F0b3I6IChzaXplOiBudW1iZXIpID0+IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMubWVtb3J5ID0gbWVtb3J5O1xuICAgIHRoaXMuYWxsb2NhdG9yID0gYWxsb2NhdG9yO1xuICB9XG5cbiAgcHJpdmF0ZSB2aWV3KCk6IFVpbnQ4QXJyYXkge1xuICAgIGlmICghdGhpcy5tZW1vcnkpIHRocm93IG5ldyBFcnJvcignZ3Vlc3QgbWVtb3J5IHVzZWQgYmVmb3JlIHRoZSBtb2R1bGUgd2FzIGluc3RhbnRpYXRlZCcpO1xuICAgIHJldHVybiBuZXcgVWludDhBcnJheSh0aGlzLm1lbW9yeS5idWZmZXIpO1xuICB9XG5cbiAgZ2V0IHBhZ2VzKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMubWVtb3J5ID8gdGhpcy5tZW1vcnkuYnVmZmVyLmJ5dGVMZW5ndGggLyA2NTUzNiA6IDA7XG4gIH1cblxuICAvKiogQSBjb3B5IG9mIFtwdHIsIHB0citsZW4pLCBvciB1bmRlZmluZWQgd2hlbiBvdXQgb2YgYm91bmRzLiAqL1xuICByZWFkKHB0cjogbnVtYmVyLCBsZW46IG51bWJlcik6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHAgPSBwdHIgPj4+IDA7XG4gICAgY29uc3QgbCA9IGxlbiA+Pj4gMDtcbiAgICBjb25zdCBtZW0gPSB0aGlzLnZpZXcoKTtcbiAgICBpZiAocCArIGwgPiBtZW0ubGVuZ3RoKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiBtZW0uc2xpY2UocCwgcCArIGwpO1xuICB9XG5cbiAgcmVhZFN0cmluZyhwdHI6IG51bWJlciwgbGVuOiBudW1iZXIpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGJ5dGVzID0gdGhpcy5yZWFkKHB0ciwgbGVuKTtcbiAgICByZXR1cm4gYnl0ZXMgJiYgZGVjb2Rlci5kZWNvZGUoYnl0ZXMpO1xuICB9XG5cbiAgd3JpdGUocHRyOiBudW1iZXIsIGJ5dGVzOiBVaW50OEFycmF5KTogYm9vbGVhbiB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCBtZW0gPSB0aGlzLnZpZXcoKTtcbiAgICBpZiAocCArIGJ5dGVzLmxlbmd0aCA+IG1lbS5sZW5ndGgpIHJldHVybiBmYWxzZTtcbiAgICBtZW0uc2V0KGJ5dGVzLCBwKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIHdyaXRlVTMyKHB0cjogbnVtYmVyLCB2YWx1ZTogbnVtYmVyKTogYm9vbGVhbiB7XG4gICAgY29uc3QgYiA9IG5ldyBVaW50OEFycmF5KDQpO1xuICAgIG5ldyBEYXRhVmlldyhiLmJ1ZmZlcikuc2V0VWludDMyKDAsIHZhbHVlID4+PiAwLCB0cnVlKTtcbiAgICByZXR1cm4gdGhpcy53cml0ZShwdHIsIGIpO1xuICB9XG5cbiAgd3JpdGVVNjQocHRyOiBudW1iZXIsIHZhbHVlOiBiaWdpbnQpOiBib29sZWFuIHtcbiAgICBjb25zdCBiID0gbmV3IFVpbnQ4QXJyYXkoOCk7XG4gICAgbmV3IERhdGFWaWV3KGIuYnVmZmVyKS5zZXRCaWdVaW50NjQoMCwgQmlnSW50LmFzVWludE4oNjQsIHZhbHVlKSwgdHJ1ZSk7XG4gICAgcmV0dXJuIHRoaXMud3JpdGUocHRyLCBiKTtcbiAgfVxuXG4gIHJlYWRVMzIocHRyOiBudW1iZXIpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGIgPSB0aGlzLnJlYWQocHRyLCA0KTtcbiAgICByZXR1cm4gYiAmJiBuZXcgRGF0YVZpZXcoYi5idWZmZXIpLmdldFVpbnQzMigwLCB0cnVlKTtcbiAgfVxuXG4gIC8qKiBBbGxvY2F0ZXMgaW4gdGhlIGd1ZXN0IGFuZCBjb3BpZXMgYnl0ZXMgdGhlcmU7IHVuZGVmaW5lZCBpZiB0aGUgZ3Vlc3QgcmVmdXNlZC4gKi9cbiAgYWxsb2NhdGUoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIGlmICghdGhpcy5hbGxvY2F0b3IpIHRocm93IG5ldyBFcnJvcignZ3Vlc3QgYWxsb2NhdG9yIHVzZWQgYmVmb3JlIHRoZSBtb2R1bGUgd2FzIGluc3RhbnRpYXRlZCcpO1xuICAgIGNvbnN0IHB0ciA9IHRoaXMuYWxsb2NhdG9yKGJ5dGVzLmxlbmd0aCkgPj4+IDA7XG4gICAgaWYgKHB0ciA9PT0gMCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4gdGhpcy53cml0ZShwdHIsIGJ5dGVzKSA/IHB0ciA6IHVuZGVmaW5lZDtcbiAgfVxuXG4gIC8qKlxuICAgKiBwcm94eS13YXNtLWNwcC1ob3N0IGNvcHlUb1BvaW50ZXJTaXplOiBhbiBlbXB0eSB2YWx1ZSB3cml0ZXMgYSBudWxsIHBvaW50ZXJcbiAgICogYW5kIHNpemUgMCB3aXRob3V0IGNhbGxpbmcgdGhlIGd1ZXN0IGFsbG9jYXRvci5cbiAgICovXG4gIGNvcHlUb1BvaW50ZXJTaXplKGJ5dGVzOiBVaW50OEFycmF5LCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKTogYm9vbGVhbiB7XG4gICAgbGV0IHB0ciA9IDA7XG4gICAgaWYgKGJ5dGVzLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IHAgPSB0aGlzLmFsbG9jYXRlKGJ5dGVzKTtcbiAgICAgIGlmIChwID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxzZTtcbiAgICAgIHB0ciA9IHA7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLndyaXRlVTMyKHB0clB0ciwgcHRyKSAmJiB0aGlzLndyaXRlVTMyKHNpemVQdHIsIGJ5dGVzLmxlbmd0aCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgV0FTSSBwcmV2aWV3MSBzdWJzZXQgRW52b3kgZ2l2ZXMgV2FzbSBtb2R1bGVzIChwcm94eS13YXNtLWNwcC1ob3N0XG4vLyBleHBvcnRzLmNjKTogc3Rkb3V0L3N0ZGVyciBnbyB0byB0aGUgbG9nLCBjbG9ja3MgcmVhZCB0aGUgaG9zdCdzIChoZXJlXG4vLyB2aXJ0dWFsKSB0aW1lLCBhbmQgdGhlIGZpbGVzeXN0ZW0gaXMgYWJzZW50LlxuaW1wb3J0IHsgcmFuZG9tRmlsbFN5bmMgfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgdHlwZSB7IEd1ZXN0TWVtb3J5IH0gZnJvbSAnLi9tZW1vcnkudHMnO1xuXG5jb25zdCBFUlJOT19TVUNDRVNTID0gMDtcbmNvbnN0IEVSUk5PX0JBREYgPSA4O1xuY29uc3QgRVJSTk9fRkFVTFQgPSAyMTtcbmNvbnN0IEVSUk5PX0lOVkFMID0gMjg7XG5jb25zdCBFUlJOT19OT0VOVCA9IDQ0O1xuY29uc3QgRVJSTk9fTk9TWVMgPSA1MjtcbmNvbnN0IEVSUk5PX05PVFNVUCA9IDU4O1xuLyoqIHByb3h5LXdhc20tY3BwLWhvc3QncyBQUk9YWV9XQVNNX0hPU1RfV0FTSV9SQU5ET01fR0VUX01BWF9TSVpFX0JZVEVTLiAqL1xuY29uc3QgUkFORE9NX0dFVF9NQVggPSA2NCAqIDEwMjQ7XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2FzaUhvc3Qge1xuICBtZW1vcnk6IEd1ZXN0TWVtb3J5O1xuICBsb2cobGV2ZWw6ICdpbmZvJyB8ICdlcnJvcicsIG1lc3NhZ2U6IHN0cmluZyk6IHZvaWQ7XG4gIHJlYWx0aW1lTnMoKTogYmlnaW50O1xuICBtb25vdG9uaWNOcygpOiBiaWdpbnQ7XG4gIC8qKiBFbnZpcm9ubWVudCB2YXJpYWJsZXMgdGhlIHBsdWdpbiB3YXMgY29uZmlndXJlZCB3aXRoIChFbnZveSdzIHZtX2NvbmZpZy5lbnZpcm9ubWVudF92YXJpYWJsZXMpLiAqL1xuICBlbnY6IHJlYWRvbmx5IChyZWFkb25seSBbc3RyaW5nLCBzdHJpbmddKVtdO1xufVxuXG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbmV4cG9ydCBmdW5jdGlvbiB3YXNpSW1wb3J0cyhoOiBXYXNpSG9zdCk6IFJlY29yZDxzdHJpbmcsICguLi5hcmdzOiBuZXZlcltdKSA9PiB1bmtub3duPiB7XG4gIGNvbnN0IG0gPSBoLm1lbW9yeTtcbiAgY29uc3QgZmRXcml0ZSA9IChmZDogbnVtYmVyLCBpb3ZzOiBudW1iZXIsIGlvdnNMZW46IG51bWJlciwgbndyaXR0ZW5QdHI6IG51bWJlcik6IG51bWJlciA9PiB7XG4gICAgaWYgKGZkICE9PSAxICYmIGZkICE9PSAyKSByZXR1cm4gRVJSTk9fQkFERjtcbiAgICBjb25zdCBjaHVua3M6IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgaW92c0xlbiA+Pj4gMDsgaSsrKSB7XG4gICAgICBjb25zdCBidWYgPSBtLnJlYWRVMzIoaW92cyArIGkgKiA4KTtcbiAgICAgIGNvbnN0IGxlbiA9IG0ucmVhZFUzMihpb3ZzICsgaSAqIDggKyA0KTtcbiAgICAgIGlmIChidWYgPT09IHVuZGVmaW5lZCB8fCBsZW4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIEVSUk5PX0ZBVUxUO1xuICAgICAgaWYgKGxlbiA9PT0gMCkgY29udGludWU7XG4gICAgICBjb25zdCBieXRlcyA9IG0ucmVhZChidWYsIGxlbik7XG4gICAgICBpZiAoIWJ5dGVzKSByZXR1cm4gRVJSTk9fRkFVTFQ7XG4gICAgICBjaHVua3MucHVzaChieXRlcyk7XG4gICAgfVxuICAgIGxldCB3cml0dGVuID0gMDtcbiAgICBmb3IgKGNvbnN0IGMgb2YgY2h1bmtzKSB3cml0dGVuICs9IGMubGVuZ3RoO1xuICAgIGlmICh3cml0dGVuID4gMCkge1xuICAgICAgbGV0IHRleHQgPSBjaHVua3MubWFwKChjKSA9PiBkZWNvZGVyLmRlY29kZShjLCB7IHN0cmVhbTogdHJ1ZSB9KSkuam9pbignJykgKyBkZWNvZGVyLmRlY29kZSgpO1xuICAgICAgLy8gRW52b3kgZHJvcHMgb25lIHRyYWlsaW5nIG5ld2xpbmUgcGVyIHdyaXRlLCBub3RoaW5nIG1vcmUuXG4gICAgICBpZiAodGV4dC5lbmRzV2l0aCgnXFxuJykpIHRleHQgPSB0ZXh0LnNsaWNlKDAsIC0xKTtcbiAgICAgIGgubG9nKGZkID09PSAxID8gJ2luZm8nIDogJ2Vycm9yJywgdGV4dCk7XG4gICAgfVxuICAgIHJldHVybiBtLndyaXRlVTMyKG53cml0dGVuUHRyLCB3cml0dGVuKSA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19GQVVMVDtcbiAgfTtcblxuICBjb25zdCBlbnZTdHJpbmdzID0gKCkgPT4gaC5lbnYubWFwKChbaywgdl0pID0+IGVuY29kZXIuZW5jb2RlKGAke2t9PSR7dn1cXHUwMDAwYCkpO1xuXG4gIHJldHVybiB7XG4gICAgZmRfd3JpdGU6IGZkV3JpdGUgYXMgbmV2ZXIsXG4gICAgZmRfcmVhZDogKCgpID0+IEVSUk5PX05PU1lTKSBhcyBuZXZlcixcbiAgICAvLyBFbnZveSBsb2dzIHRoZXNlIGFzIGVycm9ycyBhbmQgcmVwb3J0cyBzdWNjZXNzLlxuICAgIGZkX3NlZWs6ICgoKSA9PiB7XG4gICAgICBoLmxvZygnZXJyb3InLCAnd2FzaV91bnN0YWJsZSBmZF9zZWVrJyk7XG4gICAgICByZXR1cm4gRVJSTk9fU1VDQ0VTUztcbiAgICB9KSBhcyBuZXZlcixcbiAgICBmZF9jbG9zZTogKCgpID0+IHtcbiAgICAgIGgubG9nKCdlcnJvcicsICd3YXNpX3Vuc3RhYmxlIGZkX2Nsb3NlJyk7XG4gICAgICByZXR1cm4gRVJSTk9fU1VDQ0VTUztcbiAgICB9KSBhcyBuZXZlcixcbiAgICBmZF9mZHN0YXRfZ2V0OiAoKGZkOiBudW1iZXIsIHN0YXRQdHI6IG51bWJlcikgPT4ge1xuICAgICAgaWYgKGZkICE9PSAxICYmIGZkICE9PSAyKSByZXR1cm4gRVJSTk9fQkFERjtcbiAgICAgIGNvbnN0IHN0YXQgPSBuZXcgVWludDhBcnJheSgyNCk7XG4gICAgICAvLyBmc19yaWdodHNfYmFzZSA9IEZEX1dSSVRFOiB0aGUgb25seSByaWdodCBzdGRvdXQvc3RkZXJyIGhhdmUuXG4gICAgICBuZXcgRGF0YVZpZXcoc3RhdC5idWZmZXIpLnNldEJpZ1VpbnQ2NCg4LCA2NG4sIHRydWUpO1xuICAgICAgbS53cml0ZShzdGF0UHRyLCBzdGF0KTtcbiAgICAgIHJldHVybiBFUlJOT19TVUNDRVNTO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIC8vIE5vdCBpbiBFbnZveSdzIGxpc3QgYmVmb3JlIEdvJ3Mgd2FzaXAxIHBvcnQgbmVlZGVkIGl0OyBzdGRvdXQvc3RkZXJyIGFyZSB0aGVcbiAgICAvLyBvbmx5IGRlc2NyaXB0b3JzLCBhbmQgY2hhbmdpbmcgdGhlaXIgZmxhZ3MgaGFzIG5vIG1lYW5pbmcgaGVyZS5cbiAgICBmZF9mZHN0YXRfc2V0X2ZsYWdzOiAoKGZkOiBudW1iZXIpID0+IChmZCA9PT0gMSB8fCBmZCA9PT0gMiA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19CQURGKSkgYXMgbmV2ZXIsXG4gICAgZmRfcHJlc3RhdF9nZXQ6ICgoKSA9PiBFUlJOT19CQURGKSBhcyBuZXZlcixcbiAgICBmZF9wcmVzdGF0X2Rpcl9uYW1lOiAoKCkgPT4gRVJSTk9fTk9TWVMpIGFzIG5ldmVyLFxuICAgIHBhdGhfb3BlbjogKCgpID0+IEVSUk5PX05PRU5UKSBhcyBuZXZlcixcbiAgICBlbnZpcm9uX3NpemVzX2dldDogKChjb3VudFB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpID0+IHtcbiAgICAgIGNvbnN0IHN0cmluZ3MgPSBlbnZTdHJpbmdzKCk7XG4gICAgICBjb25zdCBzaXplID0gc3RyaW5ncy5yZWR1Y2UoKG4sIHMpID0+IG4gKyBzLmxlbmd0aCwgMCk7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihjb3VudFB0ciwgc3RyaW5ncy5sZW5ndGgpICYmIG0ud3JpdGVVMzIoc2l6ZVB0ciwgc2l6ZSkgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQ7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgZW52aXJvbl9nZXQ6ICgoYXJyYXlQdHI6IG51bWJlciwgYnVmUHRyOiBudW1iZXIpID0+IHtcbiAgICAgIGxldCBidWYgPSBidWZQdHIgPj4+IDA7XG4gICAgICBsZXQgYXJyID0gYXJyYXlQdHIgPj4+IDA7XG4gICAgICBmb3IgKGNvbnN0IHMgb2YgZW52U3RyaW5ncygpKSB7XG4gICAgICAgIGlmICghbS53cml0ZVUzMihhcnIsIGJ1ZikgfHwgIW0ud3JpdGUoYnVmLCBzKSkgcmV0dXJuIEVSUk5PX0ZBVUxUO1xuICAgICAgICBidWYgKz0gcy5sZW5ndGg7XG4gICAgICAgIGFyciArPSA0O1xuICAgICAgfVxuICAgICAgcmV0dXJuIEVSUk5PX1NVQ0NFU1M7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgYXJnc19zaXplc19nZXQ6ICgoYXJnY1B0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpID0+XG4gICAgICBtLndyaXRlVTMyKGFyZ2NQdHIsIDApICYmIG0ud3JpdGVVMzIoc2l6ZVB0ciwgMCkgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQpIGFzIG5ldmVyLFxuICAgIGFyZ3NfZ2V0OiAoKCkgPT4gRVJSTk9fU1VDQ0VTUykgYXMgbmV2ZXIsXG4gICAgY2xvY2tfdGltZV9nZXQ6ICgoY2xvY2tJZDogbnVtYmVyLCBfcHJlY2lzaW9uOiBiaWdpbnQsIHJlc3VsdFB0cjogbnVtYmVyKSA9PiB7XG4gICAgICBsZXQgbm93OiBiaWdpbnQ7XG4gICAgICBpZiAoY2xvY2tJZCA9PT0gMCkgbm93ID0gaC5yZWFsdGltZU5zKCk7XG4gICAgICBlbHNlIGlmIChjbG9ja0lkID09PSAxKSBub3cgPSBoLm1vbm90b25pY05zKCk7XG4gICAgICBlbHNlIHJldHVybiBFUlJOT19OT1RTVVA7XG4gICAgICByZXR1cm4gbS53cml0ZVU2NChyZXN1bHRQdHIsIG5vdykgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQ7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgcmFuZG9tX2dldDogKChidWZQdHI6IG51bWJlciwgbGVuOiBudW1iZXIpID0+IHtcbiAgICAgIGNvbnN0IG4gPSBsZW4gPj4+IDA7XG4gICAgICBpZiAobiA+IFJBTkRPTV9HRVRfTUFYKSByZXR1cm4gRVJSTk9fSU5WQUw7XG4gICAgICBpZiAobiA9PT0gMCkgcmV0dXJuIEVSUk5PX1NVQ0NFU1M7XG4gICAgICBjb25zdCBieXRlcyA9IG5ldyBVaW50OEFycmF5KG4pO1xuICAgICAgcmFuZG9tRmlsbFN5bmMoYnl0ZXMpO1xuICAgICAgcmV0dXJuIG0ud3JpdGUoYnVmUHRyLCBieXRlcykgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQ7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgLy8gRW52b3kgbG9ncyBwcm9jX2V4aXQgYXMgYW4gZXJyb3IgYW5kIHJldHVybnM7IHRoZSBndWVzdCB0aGVuIHVzdWFsbHkgdHJhcHMuXG4gICAgcHJvY19leGl0OiAoKCkgPT4ge1xuICAgICAgaC5sb2coJ2Vycm9yJywgJ3dhc2lfdW5zdGFibGUgcHJvY19leGl0Jyk7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgLy8gQSBXYXNtIFZNIGlzIHNpbmdsZS10aHJlYWRlZDogeWllbGRpbmcgaXMgYSBuby1vcCwgYW5kIHRoZXJlIGlzIG5vdGhpbmcgdG9cbiAgICAvLyB3YWl0IGZvciwgc28gcG9sbGluZyByZXBvcnRzIG5vIGV2ZW50cy5cbiAgICBzY2hlZF95aWVsZDogKCgpID0+IEVSUk5PX1NVQ0NFU1MpIGFzIG5ldmVyLFxuICAgIHBvbGxfb25lb2ZmOiAoKF9pbjogbnVtYmVyLCBfb3V0OiBudW1iZXIsIF9uOiBudW1iZXIsIG5ldmVudHNQdHI6IG51bWJlcikgPT5cbiAgICAgIG0ud3JpdGVVMzIobmV2ZW50c1B0ciwgMCkgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQpIGFzIG5ldmVyLFxuICB9O1xufVxuIiwgIi8vIFRoZSBzaW11bGF0ZWQgRW52b3kgcHJvY2VzczogdmlydHVhbCBjbG9jaywgcHJvY2Vzcy13aWRlIHNoYXJlZCBkYXRhLCBxdWV1ZXNcbi8vIGFuZCBzdGF0cywgYW5kIHRoZSBWTXMgc3RhcnRlZCBpbiBpdC5cbmltcG9ydCB7IFN0cmVhbVN0YXRlRXJyb3IgfSBmcm9tICcuL2Vycm9ycy50cyc7XG5pbXBvcnQgeyBNZXRyaWNTdG9yZSwgdHlwZSBNZXRyaWNWYWx1ZSB9IGZyb20gJy4vbWV0cmljcy50cyc7XG5pbXBvcnQgeyB2YWxpZGF0ZVByb3BlcnRpZXMsIHR5cGUgUHJvcGVydHlJbnB1dCB9IGZyb20gJy4vcHJvcGVydGllcy50cyc7XG5pbXBvcnQgeyBTaGFyZWREYXRhIH0gZnJvbSAnLi9zaGFyZWQtZGF0YS50cyc7XG5pbXBvcnQgeyBTaGFyZWRRdWV1ZXMgfSBmcm9tICcuL3NoYXJlZC1xdWV1ZXMudHMnO1xuaW1wb3J0IHsgSHR0cFN0cmVhbSB9IGZyb20gJy4vc3RyZWFtLnRzJztcbmltcG9ydCB7IFZtLCB0eXBlIFZtT3B0aW9ucyB9IGZyb20gJy4vdm0udHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEhvc3RPcHRpb25zIHtcbiAgLyoqIFdhbGwtY2xvY2sgdGltZSBvZiB0aGUgdmlydHVhbCBjbG9jaydzIHN0YXJ0LCBpbiBtcyBzaW5jZSB0aGUgZXBvY2guIERlZmF1bHQgMjAyNS0wMS0wMVQwMDowMDowMFouICovXG4gIHN0YXJ0VGltZU1zPzogbnVtYmVyO1xuICAvKiogJ3Rocm93JyAoZGVmYXVsdCk6IGEgdHJhcCB0aHJvd3MgTW9kdWxlVHJhcEVycm9yLiAnZmFpbC1jbG9zZWQnOiBhcyBFbnZveSdzIEZBSUxfQ0xPU0VELCA1MDMgdGhlIHN0cmVhbS4gKi9cbiAgb25UcmFwPzogJ3Rocm93JyB8ICdmYWlsLWNsb3NlZCc7XG4gIC8qKiBDbHVzdGVycyBwcm94eV9odHRwX2NhbGwgbWF5IHRhcmdldDsgdW5zZXQgYWNjZXB0cyBhbnkgbmFtZS4gRW52b3kgYW5zd2VycyBCYWRBcmd1bWVudCBmb3IgdW5rbm93biBvbmVzLiAqL1xuICBjbHVzdGVycz86IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuXG5jb25zdCBERUZBVUxUX1NUQVJUX01TID0gRGF0ZS5VVEMoMjAyNSwgMCwgMSk7XG5jb25zdCBNT05PVE9OSUNfVVBUSU1FX01TID0gM182MDBfMDAwO1xuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuXG5leHBvcnQgY2xhc3MgSG9zdCB7XG4gIHJlYWRvbmx5IHNoYXJlZERhdGEgPSBuZXcgU2hhcmVkRGF0YSgpO1xuICByZWFkb25seSBxdWV1ZXMgPSBuZXcgU2hhcmVkUXVldWVzKCk7XG4gIHJlYWRvbmx5IG1ldHJpY1N0b3JlID0gbmV3IE1ldHJpY1N0b3JlKCk7XG4gIHJlYWRvbmx5IG9uVHJhcDogJ3Rocm93JyB8ICdmYWlsLWNsb3NlZCc7XG4gIHJlYWRvbmx5IHN0YXJ0VGltZU1zOiBudW1iZXI7XG4gIG5vd01zOiBudW1iZXI7XG4gIHByaXZhdGUgcmVhZG9ubHkgdm1zOiBWbVtdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgY2x1c3RlcnM6IFNldDxzdHJpbmc+IHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIGRlZmVycmVkOiAoKCkgPT4gdm9pZClbXSA9IFtdO1xuICBwcml2YXRlIGZsdXNoaW5nID0gZmFsc2U7XG4gIHByaXZhdGUgc2VxID0gMTtcblxuICBjb25zdHJ1Y3RvcihvcHRpb25zOiBIb3N0T3B0aW9ucyA9IHt9KSB7XG4gICAgaWYgKG9wdGlvbnMub25UcmFwICE9PSB1bmRlZmluZWQgJiYgb3B0aW9ucy5vblRyYXAgIT09ICd0aHJvdycgJiYgb3B0aW9ucy5vblRyYXAgIT09ICdmYWlsLWNsb3NlZCcpIHtcbiAgICAgIHRocm93IG5ldyBUeXBlRXJyb3IoYG9uVHJhcCBtdXN0IGJlICd0aHJvdycgb3IgJ2ZhaWwtY2xvc2VkJywgZ290ICR7U3RyaW5nKG9wdGlvbnMub25UcmFwKX1gKTtcbiAgICB9XG4gICAgaWYgKG9wdGlvbnMuc3RhcnRUaW1lTXMgIT09IHVuZGVmaW5lZCAmJiAhTnVtYmVyLmlzU2FmZUludGVnZXIob3B0aW9ucy5zdGFydFRpbWVNcykpIHtcbiAgICAgIHRocm93IG5ldyBUeXBlRXJyb3IoJ3N0YXJ0VGltZU1zIG11c3QgYmUgYW4gaW50ZWdlciBudW1iZXIgb2YgbWlsbGlzZWNvbmRzJyk7XG4gICAgfVxuICAgIHRoaXMub25UcmFwID0gb3B0aW9ucy5vblRyYXAgPz8gJ3Rocm93JztcbiAgICB0aGlzLnN0YXJ0VGltZU1zID0gb3B0aW9ucy5zdGFydFRpbWVNcyA/PyBERUZBVUxUX1NUQVJUX01TO1xuICAgIHRoaXMubm93TXMgPSB0aGlzLnN0YXJ0VGltZU1zO1xuICAgIHRoaXMuY2x1c3RlcnMgPSBvcHRpb25zLmNsdXN0ZXJzID8gbmV3IFNldChvcHRpb25zLmNsdXN0ZXJzKSA6IHVuZGVmaW5lZDtcbiAgfVxuXG4gIGFzeW5jIHN0YXJ0Vm0ob3B0aW9uczogVm1PcHRpb25zKTogUHJvbWlzZTxWbT4ge1xuICAgIGNvbnN0IHZtID0gYXdhaXQgVm0uc3RhcnQodGhpcywgb3B0aW9ucyk7XG4gICAgdGhpcy52bXMucHVzaCh2bSk7XG4gICAgcmV0dXJuIHZtO1xuICB9XG5cbiAgLyoqIEEgc3RyZWFtIHRocm91Z2ggYSBmaWx0ZXIgY2hhaW46IHJlcXVlc3QgY2FsbGJhY2tzIHJ1biBpbiBhcnJheSBvcmRlciwgcmVzcG9uc2UgY2FsbGJhY2tzIGluIHJldmVyc2UuICovXG4gIG5ld0h0dHBTdHJlYW0odm1zOiByZWFkb25seSBWbVtdLCBvcHRpb25zOiB7IHByb3BlcnRpZXM/OiBQcm9wZXJ0eUlucHV0IH0gPSB7fSk6IEh0dHBTdHJlYW0ge1xuICAgIGlmICghQXJyYXkuaXNBcnJheSh2bXMpIHx8IHZtcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBUeXBlRXJyb3IoJ25ld0h0dHBTdHJlYW0gbmVlZHMgYSBub24tZW1wdHkgYXJyYXkgb2YgVk1zJyk7XG4gICAgZm9yIChjb25zdCB2bSBvZiB2bXMpIHtcbiAgICAgIGlmICghKHZtIGluc3RhbmNlb2YgVm0pIHx8IHZtLmhvc3QgIT09IHRoaXMpIHRocm93IG5ldyBUeXBlRXJyb3IoJ25ld0h0dHBTdHJlYW06IGV2ZXJ5IFZNIG11c3QgY29tZSBmcm9tIHRoaXMgaG9zdFxcJ3Mgc3RhcnRWbScpO1xuICAgICAgaWYgKCF2bS5jb25maWd1cmVkKSB7XG4gICAgICAgIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGBuZXdIdHRwU3RyZWFtOiBWTSBcIiR7dm0ucm9vdElkIHx8IHZtLm5hbWV9XCIgZGlkIG5vdCBjb25maWd1cmUgKG9uX3ZtX3N0YXJ0L29uX2NvbmZpZ3VyZSByZXR1cm5lZCBmYWxzZSk7IEVudm95IHdvdWxkIG5vdCBjcmVhdGUgaXRzIGZpbHRlcmApO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gbmV3IEh0dHBTdHJlYW0odm1zLCB2YWxpZGF0ZVByb3BlcnRpZXMob3B0aW9ucy5wcm9wZXJ0aWVzLCAnc3RyZWFtIHByb3BlcnRpZXMnKSk7XG4gIH1cblxuICByZWFsdGltZU5zKCk6IGJpZ2ludCB7XG4gICAgcmV0dXJuIEJpZ0ludCh0aGlzLm5vd01zKSAqIDFfMDAwXzAwMG47XG4gIH1cblxuICAvKipcbiAgICogRW52b3kncyBtb25vdG9uaWMgY2xvY2sgY291bnRzIGZyb20gYW4gYXJiaXRyYXJ5IHBvaW50IHdlbGwgYmVmb3JlIHRoZSBWTVxuICAgKiBzdGFydHM7IGEgemVybyByZWFkaW5nIG1ha2VzIHJ1bnRpbWVzIHN1Y2ggYXMgR28ncyBhYm9ydCAoXCJuYW5vdGltZVxuICAgKiByZXR1cm5pbmcgemVyb1wiKSwgc28gdGhlIHZpcnR1YWwgcHJvY2VzcyBoYXMgYmVlbiB1cCBmb3IgYW4gaG91ci5cbiAgICovXG4gIG1vbm90b25pY05zKCk6IGJpZ2ludCB7XG4gICAgcmV0dXJuIEJpZ0ludCh0aGlzLm5vd01zIC0gdGhpcy5zdGFydFRpbWVNcyArIE1PTk9UT05JQ19VUFRJTUVfTVMpICogMV8wMDBfMDAwbjtcbiAgfVxuXG4gIC8qKiBNb3ZlcyB0aGUgdmlydHVhbCBjbG9jaywgZmlyaW5nIHRpY2tzIGFuZCBjYWxsb3V0IHRpbWVvdXRzIGluIHRpbWUgb3JkZXIuICovXG4gIGFkdmFuY2VUaW1lKG1zOiBudW1iZXIpOiB2b2lkIHtcbiAgICBpZiAoIU51bWJlci5pc0Zpbml0ZShtcykgfHwgbXMgPCAwKSB0aHJvdyBuZXcgUmFuZ2VFcnJvcignYWR2YW5jZVRpbWUgbmVlZHMgYSBub24tbmVnYXRpdmUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kcycpO1xuICAgIGNvbnN0IHRhcmdldCA9IHRoaXMubm93TXMgKyBtcztcbiAgICBmb3IgKDs7KSB7XG4gICAgICBsZXQgbmV4dDogeyBhdDogbnVtYmVyOyBzZXE6IG51bWJlcjsgZmlyZTogKCkgPT4gdm9pZCB9IHwgdW5kZWZpbmVkO1xuICAgICAgZm9yIChjb25zdCB2bSBvZiB0aGlzLnZtcykge1xuICAgICAgICBjb25zdCBlID0gdm0ubmV4dEV2ZW50KCk7XG4gICAgICAgIGlmIChlICYmIGUuYXQgPD0gdGFyZ2V0ICYmICghbmV4dCB8fCBlLmF0IDwgbmV4dC5hdCkpIG5leHQgPSBlO1xuICAgICAgfVxuICAgICAgaWYgKCFuZXh0KSBicmVhaztcbiAgICAgIHRoaXMubm93TXMgPSBuZXh0LmF0O1xuICAgICAgbmV4dC5maXJlKCk7XG4gICAgfVxuICAgIHRoaXMubm93TXMgPSB0YXJnZXQ7XG4gIH1cblxuICAvKiogRW5xdWV1ZXMgb250byBhIHF1ZXVlIHNvbWUgVk0gcmVnaXN0ZXJlZCwgYXMgYW5vdGhlciBWTSB3b3VsZC4gKi9cbiAgZW5xdWV1ZSh2bUlkOiBzdHJpbmcsIHF1ZXVlTmFtZTogc3RyaW5nLCBkYXRhOiBzdHJpbmcgfCBVaW50OEFycmF5KTogdm9pZCB7XG4gICAgY29uc3QgdG9rZW4gPSB0aGlzLnF1ZXVlcy5yZXNvbHZlKHZtSWQsIHF1ZXVlTmFtZSk7XG4gICAgaWYgKHRva2VuID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGBlbnF1ZXVlOiBubyBWTSB3aXRoIHZtX2lkIFwiJHt2bUlkfVwiIHJlZ2lzdGVyZWQgYSBxdWV1ZSBuYW1lZCBcIiR7cXVldWVOYW1lfVwiYCk7XG4gICAgY29uc3QgeyBub3RpZnkgfSA9IHRoaXMucXVldWVzLmVucXVldWUodG9rZW4sIHR5cGVvZiBkYXRhID09PSAnc3RyaW5nJyA/IGVuY29kZXIuZW5jb2RlKGRhdGEpIDogZGF0YSk7XG4gICAgaWYgKG5vdGlmeSkgdGhpcy5kZWZlcihub3RpZnkpO1xuICAgIHRoaXMuZmx1c2hEZWZlcnJlZCgpO1xuICB9XG5cbiAgLyoqIEEgc3RhdCdzIHZhbHVlIHN1bW1lZCBvdmVyIGV2ZXJ5IFZNIChhcyBFbnZveSdzIHN0YXRzIGFyZSksIG9yIHVuZGVmaW5lZCBpZiBubyBWTSBkZWZpbmVkIGl0LiAqL1xuICBtZXRyaWMobmFtZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNTdG9yZS52YWx1ZShuYW1lKTtcbiAgfVxuXG4gIG1ldHJpY3MoKTogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+IHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNTdG9yZS5hbGwoKTtcbiAgfVxuXG4gIGhhc0NsdXN0ZXIobmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuY2x1c3RlcnMgPT09IHVuZGVmaW5lZCB8fCB0aGlzLmNsdXN0ZXJzLmhhcyhuYW1lKTtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgKi9cbiAgbmV4dFNlcSgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLnNlcSsrO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBXb3JrIHRoYXQgbXVzdCBub3QgcmUtZW50ZXIgYSBWTSBtaWQtY2FsbCAocXVldWUgbm90aWZpY2F0aW9ucykuICovXG4gIGRlZmVyKGFjdGlvbjogKCkgPT4gdm9pZCk6IHZvaWQge1xuICAgIHRoaXMuZGVmZXJyZWQucHVzaChhY3Rpb24pO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCAqL1xuICBmbHVzaERlZmVycmVkKCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmZsdXNoaW5nKSByZXR1cm47XG4gICAgdGhpcy5mbHVzaGluZyA9IHRydWU7XG4gICAgdHJ5IHtcbiAgICAgIHdoaWxlICh0aGlzLmRlZmVycmVkLmxlbmd0aCA+IDApIHRoaXMuZGVmZXJyZWQuc2hpZnQoKSEoKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgdGhpcy5mbHVzaGluZyA9IGZhbHNlO1xuICAgIH1cbiAgfVxufVxuIiwgIi8vIFRlc3Qga2V5cyBhbmQgdG9rZW5zIGZvciB0aGUgand0IGZpbHRlcjogcmVhbCB0b2tlbnMgbWludGVkIGJ5IGBqb3NlYCwgYW5kIGhhbmQtYnVpbHQgb25lc1xuLy8gZm9yIGF0dGFja3Mgam9zZSByZWZ1c2VzIHRvIHByb2R1Y2UgKGFsZyBub25lLCBiYWQgYmFzZTY0LCBjcml0LCBkdXBsaWNhdGUga2V5cywgLi4uKS5cblxuaW1wb3J0IHsgY3JlYXRlSG1hYywgcmFuZG9tQnl0ZXMgfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgeyBTaWduSldULCBleHBvcnRKV0ssIGdlbmVyYXRlS2V5UGFpciwgdHlwZSBKV0ssIHR5cGUgQ3J5cHRvS2V5IH0gZnJvbSAnam9zZSc7XG5cbmV4cG9ydCB0eXBlIFNpZ25pbmdBbGcgPSAnUlMyNTYnIHwgJ1JTMzg0JyB8ICdSUzUxMicgfCAnUFMyNTYnIHwgJ1BTMzg0JyB8ICdQUzUxMicgfCAnRVMyNTYnIHwgJ0VTMzg0JyB8ICdFZERTQScgfCAnSFMyNTYnIHwgJ0hTMzg0JyB8ICdIUzUxMic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgVGVzdEtleSB7XG4gIGFsZzogU2lnbmluZ0FsZztcbiAga2lkOiBzdHJpbmc7XG4gIC8qKiBTaWducyB0b2tlbnMuICovXG4gIHNpZ25pbmc6IENyeXB0b0tleSB8IFVpbnQ4QXJyYXk7XG4gIC8qKiBXaGF0IHRoZSBKV0tTIHB1Ymxpc2hlcy4gKi9cbiAgandrOiBKV0s7XG59XG5cbmV4cG9ydCBjb25zdCBiNjR1cmwgPSAoZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSk6IHN0cmluZyA9PiBCdWZmZXIuZnJvbShkYXRhKS50b1N0cmluZygnYmFzZTY0dXJsJyk7XG5cbi8qKiBBIGtleSBwYWlyIChvciBITUFDIHNlY3JldCkgd2l0aCBpdHMgcHVibGljIEpXSywga2lkIGFuZCBhbGcgc2V0LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1ha2VLZXkoYWxnOiBTaWduaW5nQWxnLCBraWQ6IHN0cmluZywgb3B0aW9uczogeyB3aXRoQWxnPzogYm9vbGVhbiB9ID0ge30pOiBQcm9taXNlPFRlc3RLZXk+IHtcbiAgY29uc3Qgd2l0aEFsZyA9IG9wdGlvbnMud2l0aEFsZyA/PyB0cnVlO1xuICBpZiAoYWxnLnN0YXJ0c1dpdGgoJ0hTJykpIHtcbiAgICBjb25zdCBzZWNyZXQgPSBuZXcgVWludDhBcnJheShyYW5kb21CeXRlcyhhbGcgPT09ICdIUzI1NicgPyAzMiA6IGFsZyA9PT0gJ0hTMzg0JyA/IDQ4IDogNjQpKTtcbiAgICBjb25zdCBqd2s6IEpXSyA9IHsga3R5OiAnb2N0JywgazogYjY0dXJsKHNlY3JldCksIGtpZCwgdXNlOiAnc2lnJywgLi4uKHdpdGhBbGcgPyB7IGFsZyB9IDoge30pIH07XG4gICAgcmV0dXJuIHsgYWxnLCBraWQsIHNpZ25pbmc6IHNlY3JldCwgandrIH07XG4gIH1cbiAgY29uc3QgeyBwdWJsaWNLZXksIHByaXZhdGVLZXkgfSA9IGF3YWl0IGdlbmVyYXRlS2V5UGFpcihhbGcsIGFsZyA9PT0gJ0VkRFNBJyA/IHsgY3J2OiAnRWQyNTUxOScgfSA6IHt9KTtcbiAgY29uc3QgandrID0geyAuLi4oYXdhaXQgZXhwb3J0SldLKHB1YmxpY0tleSkpLCBraWQsIHVzZTogJ3NpZycsIC4uLih3aXRoQWxnID8geyBhbGcgfSA6IHt9KSB9O1xuICByZXR1cm4geyBhbGcsIGtpZCwgc2lnbmluZzogcHJpdmF0ZUtleSwgandrIH07XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWludE9wdGlvbnMge1xuICBoZWFkZXI/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgLyoqIE9taXQgdGhlIGtpZCBoZWFkZXIuICovXG4gIG5vS2lkPzogYm9vbGVhbjtcbn1cblxuLyoqIEEgdG9rZW4gc2lnbmVkIGJ5IGBrZXlgIHdpdGggYGNsYWltc2AgYXMgdGhlIHBheWxvYWQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbWludChrZXk6IFRlc3RLZXksIGNsYWltczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIG9wdGlvbnM6IE1pbnRPcHRpb25zID0ge30pOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBoZWFkZXIgPSB7IGFsZzoga2V5LmFsZywgLi4uKG9wdGlvbnMubm9LaWQgPyB7fSA6IHsga2lkOiBrZXkua2lkIH0pLCAuLi4ob3B0aW9ucy5oZWFkZXIgPz8ge30pIH0gYXMgeyBhbGc6IHN0cmluZyB9O1xuICByZXR1cm4gbmV3IFNpZ25KV1QoY2xhaW1zKS5zZXRQcm90ZWN0ZWRIZWFkZXIoaGVhZGVyKS5zaWduKGtleS5zaWduaW5nKTtcbn1cblxuLyoqIEEgdG9rZW4gZnJvbSByYXcgaGVhZGVyL3BheWxvYWQgdGV4dCwgSE1BQy1zaWduZWQgd2l0aCBgc2VjcmV0YCAob3Igd2l0aCB0aGUgZ2l2ZW4gc2lnbmF0dXJlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYXdUb2tlbihoZWFkZXJKc29uOiBzdHJpbmcsIHBheWxvYWRKc29uOiBzdHJpbmcsIHNlY3JldD86IFVpbnQ4QXJyYXkgfCBCdWZmZXIsIHNpZ25hdHVyZSA9ICdjMmxuJyk6IHN0cmluZyB7XG4gIGNvbnN0IGlucHV0ID0gYCR7YjY0dXJsKGhlYWRlckpzb24pfS4ke2I2NHVybChwYXlsb2FkSnNvbil9YDtcbiAgaWYgKCFzZWNyZXQpIHJldHVybiBgJHtpbnB1dH0uJHtzaWduYXR1cmV9YDtcbiAgcmV0dXJuIGAke2lucHV0fS4ke2NyZWF0ZUhtYWMoJ3NoYTI1NicsIHNlY3JldCkudXBkYXRlKGlucHV0KS5kaWdlc3QoJ2Jhc2U2NHVybCcpfWA7XG59XG4iLCAiLy8gU3VtbWFyaWVzIG9mIGxhdGVuY3kgc2FtcGxlczogdGhlIG1lZGlhbiBhbmQgdGFpbCBmaWd1cmVzIHRoZSBjbG9zaW5nIG5vdGVzIHF1b3RlLlxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5IHtcbiAgbjogbnVtYmVyO1xuICBwNTA6IG51bWJlcjtcbiAgcDk5OiBudW1iZXI7XG4gIG1lYW46IG51bWJlcjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHN1bW1hcml6ZShzYW1wbGVzOiBudW1iZXJbXSk6IFN1bW1hcnkge1xuICBpZiAoc2FtcGxlcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcignc3VtbWFyaXplOiBubyBzYW1wbGVzJyk7XG4gIGNvbnN0IHNvcnRlZCA9IFsuLi5zYW1wbGVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIGNvbnN0IGF0ID0gKHE6IG51bWJlcikgPT4gc29ydGVkW01hdGgubWluKHNvcnRlZC5sZW5ndGggLSAxLCBNYXRoLmZsb29yKHEgKiBzb3J0ZWQubGVuZ3RoKSldO1xuICByZXR1cm4geyBuOiBzb3J0ZWQubGVuZ3RoLCBwNTA6IGF0KDAuNSksIHA5OTogYXQoMC45OSksIG1lYW46IHNvcnRlZC5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSAvIHNvcnRlZC5sZW5ndGggfTtcbn1cblxuLyoqIFJ1bnMgYGZuYCBgbmAgdGltZXMgYWZ0ZXIgYHdhcm11cGAgcnVucyBhbmQgcmV0dXJucyBwZXItY2FsbCB0aW1lcyBpbiBtaWNyb3NlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gdGltZUVhY2gobjogbnVtYmVyLCB3YXJtdXA6IG51bWJlciwgZm46IChpOiBudW1iZXIpID0+IHZvaWQpOiBudW1iZXJbXSB7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgd2FybXVwOyBpKyspIGZuKGkpO1xuICBjb25zdCBvdXQgPSBuZXcgQXJyYXk8bnVtYmVyPihuKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIHtcbiAgICBjb25zdCB0MCA9IHByb2Nlc3MuaHJ0aW1lLmJpZ2ludCgpO1xuICAgIGZuKGkpO1xuICAgIG91dFtpXSA9IE51bWJlcihwcm9jZXNzLmhydGltZS5iaWdpbnQoKSAtIHQwKSAvIDEwMDA7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZXhwb3J0IGNvbnN0IGZtdCA9ICh4OiBudW1iZXIsIGRpZ2l0cyA9IDEpID0+IHgudG9GaXhlZChkaWdpdHMpO1xuIiwgImltcG9ydCB7IGp3dEhvc3RTaW0sIHByaW50Snd0SG9zdFNpbSB9IGZyb20gJy93b3JrL21haW4vYmVuY2gvand0LnRzJztcbmNvbnN0IHIgPSBhd2FpdCBqd3RIb3N0U2ltKE51bWJlcihwcm9jZXNzLmVudi5OID8/IDUwMCkpO1xucHJpbnRKd3RIb3N0U2ltKHIpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7QUFHQSxTQUFTLFlBQVksb0JBQW9CO0FBQ3pDLFNBQVMsU0FBUyxZQUFZO0FBQzlCLFNBQVMscUJBQXFCO0FBSXZCLFNBQVMsV0FBbUI7QUFDakMsTUFBSSxPQUFRLFFBQU87QUFDbkIsYUFBVyxTQUFTLENBQUMsUUFBUSxjQUFjLFlBQVksR0FBRyxDQUFDLEdBQUcsUUFBUSxJQUFJLENBQUMsR0FBRztBQUM1RSxhQUFTLE1BQU0sU0FBUyxNQUFNLFFBQVEsR0FBRyxHQUFHO0FBQzFDLFlBQU0sV0FBVyxLQUFLLEtBQUssY0FBYztBQUN6QyxVQUFJLFdBQVcsUUFBUSxLQUFLLE9BQU8sUUFBUSxFQUFHLFFBQVEsU0FBUztBQUMvRCxVQUFJLFFBQVEsR0FBRyxNQUFNLElBQUs7QUFBQSxJQUM1QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLElBQUksTUFBTSw0SEFBNEg7QUFDOUk7QUFFQSxTQUFTLE9BQU8sVUFBMkI7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLGFBQWEsVUFBVSxNQUFNLENBQUMsRUFBRSxTQUFTO0FBQUEsRUFDN0QsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLGtCQUEwQjtBQUN4QyxTQUFPLEtBQUssU0FBUyxHQUFHLE9BQU87QUFDakM7QUFoQ0EsSUFPSTtBQVBKO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ0dBLFNBQVMsaUJBQWlCLGlCQUFpQixVQUFVLFlBQVksY0FBQUEsYUFBWSx1QkFBdUM7OztBQ0E3RyxJQUFNLFlBQU4sY0FBd0IsTUFBTTtBQUFBLEVBQzFCLE9BQU87QUFDbEI7QUFHTyxJQUFNLDZCQUFOLGNBQXlDLFVBQVU7QUFBQSxFQUV4RCxZQUFxQixjQUFzQjtBQUN6QyxVQUFNLGlCQUFpQixZQUFZLGlDQUFpQztBQURqRDtBQUFBLEVBRXJCO0FBQUEsRUFGcUI7QUFBQSxFQURaLE9BQU87QUFJbEI7QUFVQSxTQUFTLFdBQVcsTUFBa0M7QUFDcEQsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFNBQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxNQUFNLEVBQUUsS0FBSyxLQUFLLEVBQUUsT0FBTyxFQUFFLEVBQUUsS0FBSyxJQUFJO0FBQ2pFO0FBR08sSUFBTSxrQkFBTixjQUE4QixVQUFVO0FBQUEsRUFFN0MsWUFDVyxVQUNBLE1BQ0EsTUFDVCxTQUNBO0FBQ0EsVUFBTSxxQkFBcUIsUUFBUSxLQUFLLElBQUk7QUFBQTtBQUFBLEVBQXNCLFdBQVcsSUFBSSxDQUFDLElBQUksT0FBTztBQUxwRjtBQUNBO0FBQ0E7QUFBQSxFQUlYO0FBQUEsRUFOVztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFKRixPQUFPO0FBU2xCO0FBR08sSUFBTSxpQkFBTixjQUE2QixVQUFVO0FBQUEsRUFFNUMsWUFDVyxPQUNBLE1BQ1Q7QUFDQSxVQUFNLEdBQUcsS0FBSztBQUFBO0FBQUEsRUFBNEUsV0FBVyxJQUFJLENBQUMsRUFBRTtBQUhuRztBQUNBO0FBQUEsRUFHWDtBQUFBLEVBSlc7QUFBQSxFQUNBO0FBQUEsRUFIRixPQUFPO0FBT2xCO0FBR08sSUFBTSxtQkFBTixjQUErQixVQUFVO0FBQUEsRUFDckMsT0FBTztBQUNsQjtBQUdPLElBQU0sa0JBQU4sY0FBOEIsVUFBVTtBQUFBLEVBQ3BDLE9BQU87QUFDbEI7OztBQ3pETyxJQUFNLGFBQWE7QUFBQSxFQUN4QixJQUFJO0FBQUEsRUFDSixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixzQkFBc0I7QUFBQSxFQUN0QixjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixxQkFBcUI7QUFBQSxFQUNyQixPQUFPO0FBQUEsRUFDUCxhQUFhO0FBQUEsRUFDYixnQkFBZ0I7QUFBQSxFQUNoQixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQixlQUFlO0FBQ2pCO0FBRU8sSUFBTSxnQkFBZ0I7QUFBQSxFQUMzQixnQkFBZ0I7QUFBQSxFQUNoQixpQkFBaUI7QUFBQSxFQUNqQixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQiw0QkFBNEI7QUFBQSxFQUM1Qiw2QkFBNkI7QUFBQSxFQUM3Qix5QkFBeUI7QUFBQSxFQUN6QiwwQkFBMEI7QUFDNUI7QUFDTyxJQUFNLHNCQUFzQjtBQUU1QixJQUFNLGFBQWE7QUFBQSxFQUN4QixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQixnQkFBZ0I7QUFBQSxFQUNoQixjQUFjO0FBQUEsRUFDZCxzQkFBc0I7QUFBQSxFQUN0QixtQkFBbUI7QUFBQSxFQUNuQixpQkFBaUI7QUFBQSxFQUNqQixxQkFBcUI7QUFBQSxFQUNyQixVQUFVO0FBQ1o7QUFDTyxJQUFNLGtCQUFrQjtBQUV4QixJQUFNLGFBQWEsRUFBRSxTQUFTLEdBQUcsVUFBVSxHQUFHLFlBQVksR0FBRyxVQUFVLEVBQUU7QUFDekUsSUFBTSxrQkFBa0I7QUFJeEIsSUFBTSxhQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsUUFBUSxTQUFTLFVBQVU7QUFTekUsSUFBTSxrQkFBNEM7QUFBQSxFQUN2RDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUlPLElBQU0sZUFBc0M7QUFBQSxFQUNqRDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBYU8sU0FBUyxxQkFBcUIsS0FBYSxzQkFBOEM7QUFDOUYsTUFBSSx3QkFBd0IsTUFBTSxLQUFLLE1BQU0sS0FBSyxRQUFRLEVBQUcsUUFBTztBQUNwRSxTQUFPLGdCQUFnQixHQUFHO0FBQzVCO0FBRU8sU0FBUyxrQkFBa0IsS0FBYSxzQkFBMkM7QUFDeEYsTUFBSSx3QkFBd0IsTUFBTSxLQUFLLE1BQU0sRUFBRyxRQUFPO0FBQ3ZELFNBQU8sYUFBYSxHQUFHO0FBQ3pCO0FBRU8sU0FBUyxzQkFBc0IsS0FBYSxzQkFBK0M7QUFDaEcsTUFBSSx3QkFBd0IsUUFBUSxFQUFHLFFBQU87QUFDOUMsU0FBTztBQUNUOzs7QUM3RkEsSUFBTSxRQUErQixDQUFDLFdBQVcsU0FBUyxXQUFXO0FBYTlELElBQU0sY0FBTixNQUFrQjtBQUFBLEVBQ2QsUUFBUSxvQkFBSSxJQUFrQjtBQUFBLEVBRXZDLEtBQUssTUFBYyxNQUF3QjtBQUN6QyxRQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSTtBQUMzQixRQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sSUFBSSxNQUFPLElBQUksRUFBRSxNQUFNLE9BQU8sSUFBSSxTQUFTLENBQUMsRUFBRSxDQUFFO0FBQ25FLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxNQUFNLE1BQWtDO0FBQ3RDLFVBQU0sSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJO0FBQzdCLFFBQUksQ0FBQyxFQUFHLFFBQU87QUFDZixXQUFPLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxTQUFTLE9BQU8sRUFBRSxLQUFLO0FBQUEsRUFDbkU7QUFBQSxFQUVBLFFBQVEsTUFBb0M7QUFDMUMsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFJLEdBQUcsUUFBUSxJQUFJLE1BQU07QUFBQSxFQUNqRDtBQUFBLEVBRUEsTUFBbUM7QUFDakMsVUFBTSxNQUFtQyxDQUFDO0FBQzFDLGVBQVcsQ0FBQyxNQUFNLENBQUMsS0FBSyxLQUFLLE1BQU8sS0FBSSxJQUFJLElBQUksRUFBRSxNQUFNLEVBQUUsTUFBTSxPQUFPLEtBQUssTUFBTSxJQUFJLEVBQUc7QUFDekYsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQU9BLElBQU0sV0FBVyxNQUFNLE9BQU87QUFHdkIsSUFBTSxZQUFOLE1BQWdCO0FBQUEsRUFPckIsWUFBNkIsT0FBb0I7QUFBcEI7QUFBQSxFQUFxQjtBQUFBLEVBQXJCO0FBQUEsRUFOWixPQUFPLG9CQUFJLElBQXFCO0FBQUEsRUFDaEMsV0FBVyxvQkFBSSxJQUFvQjtBQUFBLEVBQzVDLFlBQVk7QUFBQTtBQUFBLEVBRUgsTUFBTSxvQkFBSSxJQUFvRTtBQUFBLEVBSS9GLE9BQU8sTUFBYyxNQUErQztBQUNsRSxVQUFNLE9BQU8sTUFBTSxJQUFJO0FBQ3ZCLFFBQUksU0FBUyxVQUFhLFNBQVMsS0FBSyxNQUFNLElBQUksRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFlBQVk7QUFDN0YsVUFBTSxNQUFNLEdBQUcsSUFBSSxJQUFJLElBQUk7QUFDM0IsVUFBTSxRQUFRLEtBQUssU0FBUyxJQUFJLEdBQUc7QUFDbkMsUUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFFBQVEsV0FBVyxJQUFJLElBQUksTUFBTTtBQUNuRSxVQUFNLE1BQU8sS0FBSyxlQUFlLElBQUssVUFBVTtBQUNoRCxTQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxNQUFNLEtBQUssQ0FBQztBQUN0QyxTQUFLLFNBQVMsSUFBSSxLQUFLLEVBQUU7QUFDekIsU0FBSyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzFCLFNBQUssSUFBSSxJQUFJLE1BQU0sRUFBRSxNQUFNLE1BQU0sT0FBTyxJQUFJLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDekQsV0FBTyxFQUFFLFFBQVEsV0FBVyxJQUFJLEdBQUc7QUFBQSxFQUNyQztBQUFBLEVBRUEsVUFBVSxJQUFZLFFBQXdCO0FBQzVDLFVBQU0sSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFO0FBQzFCLFFBQUksQ0FBQyxFQUFHLFFBQU8sV0FBVztBQUMxQixVQUFNLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSTtBQUMzQyxVQUFNLE1BQU0sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJO0FBQy9CLFFBQUksRUFBRSxTQUFTLFdBQVc7QUFFeEIsVUFBSSxVQUFVLEdBQUksUUFBTyxXQUFXO0FBQ3BDLFdBQUssUUFBUyxLQUFLLFFBQVEsU0FBVTtBQUNyQyxVQUFJLFNBQVM7QUFDYixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUNBLFFBQUksRUFBRSxTQUFTLFNBQVM7QUFDdEIsV0FBSyxTQUFTO0FBQ2QsVUFBSSxLQUFLLFFBQVEsR0FBSSxNQUFLLFFBQVE7QUFDbEMsVUFBSSxRQUFRLEtBQUs7QUFDakIsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFDQSxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBLEVBRUEsT0FBTyxJQUFZLE9BQXVCO0FBQ3hDLFVBQU0sSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFO0FBQzFCLFFBQUksQ0FBQyxFQUFHLFFBQU8sV0FBVztBQUMxQixVQUFNLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSTtBQUMzQyxVQUFNLE1BQU0sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJO0FBQy9CLFFBQUksRUFBRSxTQUFTLFdBQVc7QUFDeEIsV0FBSyxRQUFTLEtBQUssUUFBUSxRQUFTO0FBQ3BDLFVBQUksU0FBUztBQUFBLElBQ2YsV0FBVyxFQUFFLFNBQVMsU0FBUztBQUM3QixXQUFLLFFBQVE7QUFDYixVQUFJLFFBQVE7QUFBQSxJQUNkLE9BQU87QUFDTCxXQUFLLFFBQVEsS0FBSyxLQUFLO0FBQ3ZCLFVBQUksUUFBUSxLQUFLLEtBQUs7QUFBQSxJQUN4QjtBQUNBLFdBQU8sV0FBVztBQUFBLEVBQ3BCO0FBQUEsRUFFQSxJQUFJLElBQWdEO0FBQ2xELFVBQU0sSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFO0FBQzFCLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxRQUFJLEVBQUUsU0FBUyxZQUFhLFFBQU8sRUFBRSxRQUFRLFdBQVcsWUFBWTtBQUNwRSxXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTTtBQUFBLEVBQy9FO0FBQUE7QUFBQSxFQUdBLE1BQU0sTUFBa0M7QUFDdEMsVUFBTSxJQUFJLEtBQUssSUFBSSxJQUFJLElBQUk7QUFDM0IsUUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFFBQUksRUFBRSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sTUFBTSxJQUFJO0FBQ3BELFFBQUksRUFBRSxTQUFTLFlBQWEsUUFBTyxFQUFFLFFBQVE7QUFDN0MsV0FBTyxPQUFPLEVBQUUsS0FBSztBQUFBLEVBQ3ZCO0FBQUEsRUFFQSxRQUFRLE1BQW9DO0FBQzFDLFdBQU8sS0FBSyxJQUFJLElBQUksSUFBSSxHQUFHLFFBQVEsSUFBSSxNQUFNO0FBQUEsRUFDL0M7QUFBQSxFQUVBLE1BQW1DO0FBQ2pDLFVBQU0sTUFBbUMsQ0FBQztBQUMxQyxlQUFXLENBQUMsTUFBTSxDQUFDLEtBQUssS0FBSyxJQUFLLEtBQUksSUFBSSxJQUFJLEVBQUUsTUFBTSxFQUFFLE1BQU0sT0FBTyxLQUFLLE1BQU0sSUFBSSxFQUFHO0FBQ3ZGLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQ3ZJQSxJQUFNLFVBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU0sVUFBVSxJQUFJLFlBQVksU0FBUyxFQUFFLE9BQU8sTUFBTSxDQUFDO0FBRWxELFNBQVMsWUFBWSxPQUEyRDtBQUNyRixRQUFNLFVBQVUsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLFFBQVEsT0FBTyxDQUFDLEdBQUcsUUFBUSxPQUFPLENBQUMsQ0FBQyxDQUFVO0FBQ3JGLE1BQUksT0FBTyxJQUFJLFFBQVEsU0FBUztBQUNoQyxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssUUFBUyxTQUFRLEVBQUUsU0FBUyxFQUFFLFNBQVM7QUFDNUQsUUFBTSxNQUFNLElBQUksV0FBVyxJQUFJO0FBQy9CLFFBQU0sT0FBTyxJQUFJLFNBQVMsSUFBSSxNQUFNO0FBQ3BDLE9BQUssVUFBVSxHQUFHLFFBQVEsUUFBUSxJQUFJO0FBQ3RDLE1BQUksU0FBUztBQUNiLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxTQUFTO0FBQzVCLFNBQUssVUFBVSxRQUFRLEVBQUUsUUFBUSxJQUFJO0FBQ3JDLFNBQUssVUFBVSxTQUFTLEdBQUcsRUFBRSxRQUFRLElBQUk7QUFDekMsY0FBVTtBQUFBLEVBQ1o7QUFDQSxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssU0FBUztBQUM1QixRQUFJLElBQUksR0FBRyxNQUFNO0FBQ2pCLGNBQVUsRUFBRSxTQUFTO0FBQ3JCLFFBQUksSUFBSSxHQUFHLE1BQU07QUFDakIsY0FBVSxFQUFFLFNBQVM7QUFBQSxFQUN2QjtBQUNBLFNBQU87QUFDVDtBQU9PLFNBQVMsWUFBWSxPQUE0QztBQUN0RSxNQUFJLE1BQU0sU0FBUyxFQUFHLFFBQU8sTUFBTSxXQUFXLElBQUksQ0FBQyxJQUFJO0FBQ3ZELFFBQU0sT0FBTyxJQUFJLFNBQVMsTUFBTSxRQUFRLE1BQU0sWUFBWSxNQUFNLFVBQVU7QUFDMUUsUUFBTSxRQUFRLEtBQUssVUFBVSxHQUFHLElBQUk7QUFDcEMsTUFBSSxJQUFJLFFBQVEsSUFBSSxNQUFNLE9BQVEsUUFBTztBQUN6QyxRQUFNLFFBQTRCLENBQUM7QUFDbkMsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLElBQUssT0FBTSxLQUFLLENBQUMsS0FBSyxVQUFVLElBQUksSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLLFVBQVUsSUFBSSxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDN0csTUFBSSxTQUFTLElBQUksUUFBUTtBQUN6QixRQUFNLFNBQXNCLENBQUM7QUFDN0IsYUFBVyxDQUFDLElBQUksRUFBRSxLQUFLLE9BQU87QUFDNUIsUUFBSSxTQUFTLEtBQUssSUFBSSxLQUFLLElBQUksTUFBTSxPQUFRLFFBQU87QUFDcEQsVUFBTSxNQUFNLFFBQVEsT0FBTyxNQUFNLFNBQVMsUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUM5RCxjQUFVLEtBQUs7QUFDZixVQUFNLFFBQVEsUUFBUSxPQUFPLE1BQU0sU0FBUyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ2hFLGNBQVUsS0FBSztBQUNmLFdBQU8sS0FBSyxDQUFDLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDMUI7QUFDQSxTQUFPO0FBQ1Q7QUFLTyxTQUFTLGlCQUFpQixPQUFpQyxNQUEyQjtBQUMzRixNQUFJLFVBQVUsT0FBVyxRQUFPLENBQUM7QUFDakMsTUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLFdBQU8sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNO0FBQzVCLFVBQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxLQUFLLEtBQUssV0FBVyxLQUFLLE9BQU8sS0FBSyxDQUFDLE1BQU0sWUFBWSxPQUFPLEtBQUssQ0FBQyxNQUFNLFVBQVU7QUFDM0csY0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLElBQUksQ0FBQywyQ0FBMkM7QUFBQSxNQUM3RTtBQUNBLGFBQU8sQ0FBQyxLQUFLLENBQUMsRUFBRSxZQUFZLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFBQSxJQUN4QyxDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxLQUFNLE9BQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSx5Q0FBeUM7QUFDckgsU0FBTyxPQUFPLFFBQVEsS0FBZ0MsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTTtBQUN0RSxRQUFJLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxTQUFVLE9BQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSxJQUFJLENBQUMsbUJBQW1CO0FBQ3ZHLFdBQU8sQ0FBQyxFQUFFLFlBQVksR0FBRyxPQUFPLENBQUMsQ0FBQztBQUFBLEVBQ3BDLENBQUM7QUFDSDs7O0FDaEVBLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBR2hDLElBQU0sa0JBQWtCLG9CQUFJLElBQUk7QUFBQSxFQUM5QjtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQWU7QUFBQSxFQUFjO0FBQUEsRUFBWTtBQUFBLEVBQVE7QUFBQSxFQUNsRjtBQUFBLEVBQWU7QUFBQSxFQUFrQjtBQUFBLEVBQWdCO0FBQUEsRUFBZ0I7QUFBQSxFQUNqRTtBQUFBLEVBQWM7QUFBQSxFQUFrQjtBQUFBLEVBQXNCO0FBQUEsRUFDdEQ7QUFBQSxFQUEwQjtBQUFBLEVBQVk7QUFDeEMsQ0FBQztBQUVNLFNBQVMsZUFBZSxPQUFrQztBQUMvRCxNQUFJLGlCQUFpQixXQUFZLFFBQU8sTUFBTSxNQUFNO0FBQ3BELE1BQUksT0FBTyxVQUFVLFNBQVUsUUFBT0QsU0FBUSxPQUFPLEtBQUs7QUFDMUQsTUFBSSxPQUFPLFVBQVUsVUFBVyxRQUFPLFdBQVcsR0FBRyxRQUFRLElBQUksQ0FBQztBQUNsRSxRQUFNLE1BQU0sT0FBTyxVQUFVLFdBQVcsUUFBUSxPQUFPLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDeEUsUUFBTSxNQUFNLElBQUksV0FBVyxDQUFDO0FBQzVCLE1BQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxZQUFZLEdBQUcsT0FBTyxPQUFPLElBQUksR0FBRyxHQUFHLElBQUk7QUFDcEUsU0FBTztBQUNUO0FBRU8sU0FBUyxtQkFBbUIsT0FBZ0IsTUFBNkI7QUFDOUUsTUFBSSxVQUFVLE9BQVcsUUFBTyxDQUFDO0FBQ2pDLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDdkUsVUFBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLDhFQUE4RTtBQUFBLEVBQzNHO0FBQ0EsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDMUMsVUFBTSxLQUFLLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxhQUFhLGFBQWE7QUFDN0gsUUFBSSxDQUFDLEdBQUksT0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLEtBQUssQ0FBQyw0REFBNEQ7QUFBQSxFQUN4RztBQUNBLFNBQU87QUFDVDtBQVVBLFNBQVMsZUFBZSxNQUFjLFNBQTJEO0FBQy9GLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsUUFBTSxPQUFPLFFBQVEsSUFBSSxPQUFPO0FBQ2hDLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUFRLGFBQU87QUFBQSxJQUNwQixLQUFLO0FBQVksYUFBTyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFBQSxJQUMxQyxLQUFLO0FBQVMsYUFBTyxTQUFTLFNBQVksU0FBWSxLQUFLLFNBQVMsR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLFFBQVEsR0FBRyxJQUFJLENBQUMsSUFBSTtBQUFBLElBQy9HLEtBQUs7QUFBUSxhQUFPLFFBQVEsSUFBSSxZQUFZO0FBQUEsSUFDNUMsS0FBSztBQUFVLGFBQU8sUUFBUSxJQUFJLFNBQVM7QUFBQSxJQUMzQyxLQUFLO0FBQVUsYUFBTyxRQUFRLElBQUksU0FBUztBQUFBLElBQzNDLEtBQUs7QUFBTSxhQUFPLFFBQVEsSUFBSSxjQUFjO0FBQUEsSUFDNUMsS0FBSztBQUFXLGFBQU8sUUFBUSxJQUFJLFNBQVM7QUFBQSxJQUM1QyxLQUFLO0FBQWEsYUFBTyxRQUFRLElBQUksWUFBWTtBQUFBLElBQ2pELEtBQUs7QUFBWSxhQUFPO0FBQUEsSUFDeEI7QUFBUyxhQUFPO0FBQUEsRUFDbEI7QUFDRjtBQUVBLFNBQVMsY0FBYyxLQUE0QixNQUF3QztBQUN6RixNQUFJLENBQUMsSUFBSyxRQUFPO0FBQ2pCLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxZQUFZLElBQUksTUFBTSxDQUFDO0FBQ3JELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixRQUFNLElBQUksSUFBSSxJQUFJLEtBQUssQ0FBQyxDQUFFO0FBQzFCLFNBQU8sTUFBTSxTQUFZLFNBQVlBLFNBQVEsT0FBTyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxnQkFBZ0IsU0FBaUIsT0FBOEM7QUFDN0YsUUFBTSxXQUFXLFFBQVEsTUFBTSxJQUFRO0FBQ3ZDLFFBQU0sT0FBTyxTQUFTLENBQUM7QUFDdkIsTUFBSSxDQUFDLGdCQUFnQixJQUFJLElBQUksR0FBRztBQUM5QixVQUFNLFFBQVEsTUFBTSxhQUFhLElBQUksT0FBTztBQUM1QyxXQUFPLE9BQU8sTUFBTTtBQUFBLEVBQ3RCO0FBQ0EsTUFBSSxTQUFTLGtCQUFrQixTQUFTLFdBQVcsR0FBRztBQUNwRCxVQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUcsV0FBVyxPQUFPLElBQUksU0FBUyxDQUFDLEVBQUcsTUFBTSxDQUFDLElBQUksU0FBUyxDQUFDO0FBQ2pGLFdBQU8sTUFBTSxhQUFhLElBQUksR0FBRyxHQUFHLE1BQU07QUFBQSxFQUM1QztBQUNBLFFBQU0sU0FBUyxTQUFTLEtBQUssR0FBRztBQUNoQyxRQUFNLFdBQVcsTUFBTSxTQUFTLE1BQU0sS0FBSyxNQUFNLEdBQUcsTUFBTTtBQUMxRCxNQUFJLGFBQWEsT0FBVyxRQUFPLGVBQWUsUUFBUTtBQUMxRCxNQUFJLFNBQVMsYUFBYSxTQUFTLENBQUMsTUFBTSxVQUFXLFFBQU8sY0FBYyxNQUFNLGdCQUFnQixTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQ2pILE1BQUksU0FBUyxjQUFjLFNBQVMsQ0FBQyxNQUFNLFVBQVcsUUFBTyxjQUFjLE1BQU0saUJBQWlCLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFDbkgsTUFBSSxTQUFTLGFBQWEsU0FBUyxXQUFXLEdBQUc7QUFDL0MsVUFBTSxJQUFJLGVBQWUsU0FBUyxDQUFDLEdBQUksTUFBTSxjQUFjO0FBQzNELFdBQU8sTUFBTSxTQUFZLFNBQVksZUFBZSxDQUFDO0FBQUEsRUFDdkQ7QUFDQSxNQUFJLFNBQVMsY0FBYyxTQUFTLFdBQVcsS0FBSyxTQUFTLENBQUMsTUFBTSxRQUFRO0FBQzFFLFVBQU0sU0FBUyxNQUFNLGlCQUFpQixJQUFJLFNBQVM7QUFDbkQsV0FBTyxXQUFXLFVBQWEsQ0FBQyxRQUFRLEtBQUssTUFBTSxJQUFJLFNBQVksZUFBZSxPQUFPLE1BQU0sQ0FBQztBQUFBLEVBQ2xHO0FBQ0EsU0FBTztBQUNUOzs7QUM3RkEsSUFBTUUsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFFekIsSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFDTCxPQUFPLG9CQUFJLElBQWdDO0FBQUEsRUFDcEQsVUFBVTtBQUFBLEVBRVYsSUFBSSxNQUFrQztBQUM1QyxRQUFJLElBQUksS0FBSyxLQUFLLElBQUksSUFBSTtBQUMxQixRQUFJLENBQUMsRUFBRyxNQUFLLEtBQUssSUFBSSxNQUFPLElBQUksb0JBQUksSUFBSSxDQUFFO0FBQzNDLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxVQUFrQjtBQUN4QixVQUFNLE1BQU0sS0FBSztBQUVqQixTQUFLLFVBQVcsS0FBSyxVQUFVLE1BQU8sS0FBSztBQUMzQyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxNQUFjLEtBQTZEO0FBQ2hGLFVBQU0sSUFBSSxLQUFLLElBQUksSUFBSSxFQUFFLElBQUksR0FBRztBQUNoQyxXQUFPLEtBQUssRUFBRSxPQUFPLEVBQUUsTUFBTSxNQUFNLEdBQUcsS0FBSyxFQUFFLElBQUk7QUFBQSxFQUNuRDtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQWMsS0FBYSxPQUFtQixLQUFxQjtBQUN2RSxVQUFNLElBQUksS0FBSyxJQUFJLElBQUk7QUFDdkIsVUFBTSxXQUFXLEVBQUUsSUFBSSxHQUFHO0FBQzFCLFFBQUksWUFBWSxRQUFRLEtBQUssUUFBUSxTQUFTLElBQUssUUFBTyxXQUFXO0FBQ3JFLE1BQUUsSUFBSSxLQUFLLEVBQUUsT0FBTyxNQUFNLE1BQU0sR0FBRyxLQUFLLEtBQUssUUFBUSxFQUFFLENBQUM7QUFDeEQsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQTtBQUFBLEVBR0EsSUFBSSxLQUFhLE9BQU8sSUFBd0I7QUFDOUMsVUFBTSxJQUFJLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQ2hDLFdBQU8sS0FBS0EsU0FBUSxPQUFPLEVBQUUsS0FBSztBQUFBLEVBQ3BDO0FBQUEsRUFFQSxTQUFTLEtBQWEsT0FBTyxJQUE0QjtBQUN2RCxXQUFPLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHLEdBQUcsTUFBTSxNQUFNO0FBQUEsRUFDOUM7QUFBQTtBQUFBLEVBR0EsSUFBSSxLQUFhLE9BQTRCLE9BQU8sSUFBVTtBQUM1RCxTQUFLLE1BQU0sTUFBTSxLQUFLLE9BQU8sVUFBVSxXQUFXRCxTQUFRLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQ3BGO0FBQUEsRUFFQSxJQUFJLEtBQWEsT0FBTyxJQUF3QjtBQUM5QyxXQUFPLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHLEdBQUc7QUFBQSxFQUNsQztBQUNGOzs7QUMzQ08sSUFBTSxlQUFOLE1BQU0sY0FBYTtBQUFBLEVBQ1AsVUFBVSxvQkFBSSxJQUFtQjtBQUFBLEVBQ2pDLFNBQVMsb0JBQUksSUFBb0I7QUFBQSxFQUMxQyxZQUFZO0FBQUEsRUFFcEIsT0FBZSxJQUFJLE1BQWMsTUFBc0I7QUFDckQsV0FBTyxHQUFHLElBQUksS0FBUyxJQUFJO0FBQUEsRUFDN0I7QUFBQSxFQUVBLFNBQVMsTUFBYyxNQUFjLE9BQW1CLGVBQStCO0FBQ3JGLFVBQU0sTUFBTSxjQUFhLElBQUksTUFBTSxJQUFJO0FBQ3ZDLFVBQU0sV0FBVyxLQUFLLE9BQU8sSUFBSSxHQUFHO0FBQ3BDLFFBQUksYUFBYSxRQUFXO0FBQzFCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQ25DLFFBQUUsUUFBUTtBQUNWLFFBQUUsZ0JBQWdCO0FBQ2xCLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxRQUFRLEtBQUs7QUFDbkIsU0FBSyxPQUFPLElBQUksS0FBSyxLQUFLO0FBQzFCLFNBQUssUUFBUSxJQUFJLE9BQU8sRUFBRSxNQUFNLE1BQU0sT0FBTyxlQUFlLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDdkUsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFFBQVEsTUFBYyxNQUFrQztBQUN0RCxXQUFPLEtBQUssT0FBTyxJQUFJLGNBQWEsSUFBSSxNQUFNLElBQUksQ0FBQztBQUFBLEVBQ3JEO0FBQUE7QUFBQSxFQUdBLFFBQVEsT0FBZSxNQUEyRDtBQUNoRixVQUFNLElBQUksS0FBSyxRQUFRLElBQUksS0FBSztBQUNoQyxRQUFJLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFNBQVM7QUFDN0MsTUFBRSxNQUFNLEtBQUssS0FBSyxNQUFNLENBQUM7QUFDekIsV0FBTyxFQUFFLFFBQVEsV0FBVyxJQUFJLFFBQVEsTUFBTSxFQUFFLE1BQU0saUJBQWlCLEVBQUUsZUFBZSxLQUFLLEVBQUU7QUFBQSxFQUNqRztBQUFBLEVBRUEsUUFBUSxPQUFzRDtBQUM1RCxVQUFNLElBQUksS0FBSyxRQUFRLElBQUksS0FBSztBQUNoQyxRQUFJLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFNBQVM7QUFDN0MsVUFBTSxPQUFPLEVBQUUsTUFBTSxNQUFNO0FBQzNCLFFBQUksQ0FBQyxLQUFNLFFBQU8sRUFBRSxRQUFRLFdBQVcsTUFBTTtBQUM3QyxXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksS0FBSztBQUFBLEVBQ3ZDO0FBQUEsRUFFQSxLQUFLLE1BQWMsTUFBc0I7QUFDdkMsVUFBTSxRQUFRLEtBQUssUUFBUSxNQUFNLElBQUk7QUFDckMsV0FBTyxVQUFVLFNBQVksSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLLEVBQUcsTUFBTTtBQUFBLEVBQ2xFO0FBQ0Y7OztBQzlEQSxJQUFNRSxXQUFVLElBQUksWUFBWTtBQUV6QixJQUFNLFlBQU4sTUFBZ0I7QUFBQSxFQUNiO0FBQUEsRUFFUixZQUFZLFFBQXFCLENBQUMsR0FBRztBQUNuQyxTQUFLLFVBQVUsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzNEO0FBQUEsRUFFQSxRQUFxQjtBQUNuQixXQUFPLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDNUM7QUFBQSxFQUVBLElBQUksUUFBZ0I7QUFDbEIsV0FBTyxLQUFLLFFBQVE7QUFBQSxFQUN0QjtBQUFBO0FBQUEsRUFHQSxXQUFtQjtBQUNqQixRQUFJLE9BQU87QUFDWCxlQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxRQUFTLFNBQVFBLFNBQVEsT0FBTyxDQUFDLEVBQUUsU0FBU0EsU0FBUSxPQUFPLENBQUMsRUFBRTtBQUN4RixXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxJQUFJLE1BQWtDO0FBQ3BDLFVBQU0sTUFBTSxLQUFLLFlBQVk7QUFDN0IsV0FBTyxLQUFLLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFBQSxFQUNsRDtBQUFBLEVBRUEsSUFBSSxNQUFjLE9BQXFCO0FBQ3JDLFNBQUssUUFBUSxLQUFLLENBQUMsS0FBSyxZQUFZLEdBQUcsS0FBSyxDQUFDO0FBQUEsRUFDL0M7QUFBQTtBQUFBLEVBR0EsUUFBUSxNQUFjLE9BQXFCO0FBQ3pDLFVBQU0sTUFBTSxLQUFLLFlBQVk7QUFDN0IsVUFBTSxRQUFRLEtBQUssUUFBUSxLQUFLLENBQUMsQ0FBQyxDQUFDLE1BQU0sTUFBTSxHQUFHO0FBQ2xELFFBQUksTUFBTyxPQUFNLENBQUMsSUFBSTtBQUFBLFFBQ2pCLE1BQUssUUFBUSxLQUFLLENBQUMsS0FBSyxLQUFLLENBQUM7QUFBQSxFQUNyQztBQUFBLEVBRUEsT0FBTyxNQUFvQjtBQUN6QixVQUFNLE1BQU0sS0FBSyxZQUFZO0FBQzdCLFNBQUssVUFBVSxLQUFLLFFBQVEsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRztBQUFBLEVBQ3ZEO0FBQUEsRUFFQSxPQUFPLE9BQTBCO0FBQy9CLFNBQUssVUFBVSxNQUFNLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDM0Q7QUFDRjs7O0FDVkEsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFFaEMsU0FBUyxPQUFPLE9BQTBDO0FBQ3hELFFBQU0sTUFBTSxJQUFJLFdBQVcsTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQztBQUNsRSxNQUFJLElBQUk7QUFDUixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLElBQUksR0FBRyxDQUFDO0FBQ1osU0FBSyxFQUFFO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxNQUEyQixNQUEwQjtBQUNuRSxNQUFJLE9BQU8sU0FBUyxTQUFVLFFBQU9ELFNBQVEsT0FBTyxJQUFJO0FBQ3hELE1BQUksZ0JBQWdCLFdBQVksUUFBTyxLQUFLLE1BQU07QUFDbEQsUUFBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLG1DQUFtQztBQUNoRTtBQUdPLElBQU0sYUFBTixNQUFpQjtBQUFBLEVBVXRCLFlBQXFCLFFBQTZCLElBQWlCLE9BQWU7QUFBN0Q7QUFBNkI7QUFBaUI7QUFBQSxFQUFnQjtBQUFBLEVBQTlEO0FBQUEsRUFBNkI7QUFBQSxFQUFpQjtBQUFBLEVBVG5FO0FBQUE7QUFBQSxFQUVBLG1CQUFtQjtBQUFBLEVBQ1YsY0FBYyxFQUFFLFNBQVMsT0FBTyxVQUFVLE1BQU07QUFBQSxFQUNoRCxlQUFlLEVBQUUsU0FBUyxPQUFPLFVBQVUsTUFBTTtBQUFBLEVBQ2pELE9BQTRDLEVBQUUsU0FBUyxRQUFXLFVBQVUsT0FBVTtBQUFBLEVBQ3RGLFlBQVksRUFBRSxTQUFTLE9BQU8sVUFBVSxNQUFNO0FBQUEsRUFDOUMsVUFBVSxFQUFFLFNBQVMsT0FBTyxVQUFVLE1BQU07QUFBQSxFQUlyRCxVQUFVLE1BQXFDO0FBQzdDLFVBQU0sSUFBSSxLQUFLO0FBQ2YsWUFBUSxNQUFNO0FBQUEsTUFDWixLQUFLLGNBQWM7QUFBZ0IsZUFBTyxLQUFLLFlBQVksVUFBVSxFQUFFLG1CQUFtQjtBQUFBLE1BQzFGLEtBQUssY0FBYztBQUFpQixlQUFPLEtBQUssWUFBWSxXQUFXLEVBQUUsb0JBQW9CO0FBQUEsTUFDN0YsS0FBSyxjQUFjO0FBQWlCLGVBQU8sS0FBSyxhQUFhLFVBQVUsRUFBRSxvQkFBb0I7QUFBQSxNQUM3RixLQUFLLGNBQWM7QUFBa0IsZUFBTyxLQUFLLGFBQWEsV0FBVyxFQUFFLHFCQUFxQjtBQUFBLE1BQ2hHO0FBQVMsZUFBTztBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUFBLEVBRUEsV0FBVyxNQUF3QztBQUNqRCxVQUFNLE1BQXVCLFNBQVMsV0FBVyxrQkFBa0IsWUFBWSxTQUFTLFdBQVcsbUJBQW1CLGFBQWE7QUFDbkksUUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxPQUFXLFFBQU87QUFDakQsV0FBTyxFQUFFLEtBQUssTUFBTSxLQUFLLEtBQUssR0FBRyxHQUFJLEtBQUssQ0FBQyxVQUFVO0FBQUUsV0FBSyxLQUFLLEdBQUcsSUFBSTtBQUFBLElBQU8sRUFBRTtBQUFBLEVBQ25GO0FBQUEsRUFFQSxxQkFBcUIsT0FBZ0M7QUFDbkQsU0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLE9BQU8sbUJBQW1CLEtBQUssQ0FBQztBQUFBLEVBQzNEO0FBQUEsRUFFQSxlQUFlLE1BQXNCO0FBQ25DLFFBQUksU0FBUyxXQUFXLFdBQVcsU0FBUyxXQUFXLFNBQVUsUUFBTyxXQUFXO0FBQ25GLFVBQU0sTUFBVyxTQUFTLFdBQVcsVUFBVSxZQUFZO0FBQzNELFFBQUksUUFBUSxVQUFXLE1BQUssT0FBTyxtQkFBbUI7QUFBQSxRQUNqRCxNQUFLLE9BQU8sb0JBQW9CO0FBQ3JDLFNBQUssR0FBRyxNQUFNLE1BQU0sS0FBSyxPQUFPLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFDakQsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLFlBQVksTUFBc0I7QUFDaEMsUUFBSSxTQUFTLFdBQVcsV0FBVyxTQUFTLFdBQVcsU0FBVSxRQUFPLFdBQVc7QUFDbkYsU0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLE9BQU8sTUFBTSxtQkFBbUIsQ0FBQztBQUMxRCxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUNGO0FBYUEsU0FBUyxZQUE0QjtBQUNuQyxTQUFPLEVBQUUsYUFBYSxPQUFPLE9BQU8sT0FBTyxrQkFBa0IsT0FBTyxXQUFXLFFBQVcsZUFBZSxRQUFXLE9BQU8sQ0FBQyxHQUFHLFdBQVcsQ0FBQyxFQUFFO0FBQy9JO0FBRU8sSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFldEIsWUFBWSxLQUE2QixZQUEyQjtBQUEzQjtBQUN2QyxTQUFLLFFBQVEsSUFBSSxJQUFJLENBQUMsSUFBSSxNQUFNLElBQUksV0FBVyxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFBQSxFQUZ5QztBQUFBLEVBZGhDO0FBQUEsRUFDQSxjQUFjLG9CQUFJLElBQXdCO0FBQUEsRUFDbkQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBLG1CQUFtQjtBQUFBLEVBQ25CLG9CQUFvQjtBQUFBO0FBQUEsRUFFcEI7QUFBQSxFQUNRO0FBQUEsRUFDQSxZQUFZO0FBQUEsRUFDSCxRQUFxQyxFQUFFLFNBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxFQUFFO0FBQUE7QUFBQSxFQVFwRyxtQkFBbUIsU0FBdUIsVUFBdUIsQ0FBQyxHQUFrQjtBQUNsRixTQUFLLFdBQVcsb0JBQW9CO0FBQ3BDLFFBQUksS0FBSyxNQUFNLFFBQVEsWUFBYSxPQUFNLElBQUksaUJBQWlCLHNFQUFzRTtBQUNySSxTQUFLLG1CQUFtQixJQUFJLFVBQVUsaUJBQWlCLFNBQVMsaUJBQWlCLENBQUM7QUFDbEYsU0FBSyxNQUFNLFFBQVEsY0FBYztBQUNqQyxTQUFLLE1BQU0sUUFBUSxRQUFRLFFBQVEsZ0JBQWdCO0FBQ25ELFdBQU8sS0FBSyxLQUFLLFdBQVcsR0FBRyxFQUFFLE1BQU0sV0FBVyxhQUFhLFFBQVEsZ0JBQWdCLEtBQUssQ0FBQztBQUFBLEVBQy9GO0FBQUEsRUFFQSxnQkFBZ0IsTUFBMkIsVUFBdUIsQ0FBQyxHQUFlO0FBQ2hGLFNBQUssV0FBVyxpQkFBaUI7QUFDakMsU0FBSyxnQkFBZ0IsV0FBVyxpQkFBaUI7QUFDakQsU0FBSyxNQUFNLFFBQVEsUUFBUSxRQUFRLGdCQUFnQjtBQUNuRCxXQUFPLEtBQUssS0FBSyxXQUFXLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sY0FBYyxHQUFHLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDaEk7QUFBQSxFQUVBLG9CQUFvQixVQUF3QztBQUMxRCxTQUFLLFdBQVcscUJBQXFCO0FBQ3JDLFNBQUssZ0JBQWdCLFdBQVcscUJBQXFCO0FBQ3JELFNBQUssb0JBQW9CLElBQUksVUFBVSxpQkFBaUIsVUFBVSxrQkFBa0IsQ0FBQztBQUNyRixTQUFLLE1BQU0sUUFBUSxRQUFRO0FBQzNCLFdBQU8sS0FBSyxLQUFLLFdBQVcsR0FBRyxFQUFFLE1BQU0sWUFBWSxhQUFhLEtBQUssQ0FBQztBQUFBLEVBQ3hFO0FBQUEsRUFFQSxvQkFBb0IsU0FBdUIsVUFBdUIsQ0FBQyxHQUFrQjtBQUNuRixTQUFLLFdBQVcscUJBQXFCO0FBQ3JDLFFBQUksQ0FBQyxLQUFLLE1BQU0sUUFBUSxrQkFBa0I7QUFDeEMsWUFBTSxJQUFJLGlCQUFpQiw0R0FBNEc7QUFBQSxJQUN6STtBQUNBLFFBQUksS0FBSyxNQUFNLFNBQVMsWUFBYSxPQUFNLElBQUksaUJBQWlCLHdFQUF3RTtBQUN4SSxVQUFNLFFBQVEsaUJBQWlCLFNBQVMsa0JBQWtCO0FBQzFELFFBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLFNBQVMsRUFBRyxPQUFNLElBQUksVUFBVSwwQ0FBMEM7QUFDekcsU0FBSyxvQkFBb0IsSUFBSSxVQUFVLEtBQUs7QUFDNUMsU0FBSyxNQUFNLFNBQVMsY0FBYztBQUNsQyxTQUFLLE1BQU0sU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sV0FBVyxhQUFhLFFBQVEsZ0JBQWdCLEtBQUssQ0FBQztBQUFBLEVBQ2hHO0FBQUEsRUFFQSxpQkFBaUIsTUFBMkIsVUFBdUIsQ0FBQyxHQUFlO0FBQ2pGLFNBQUssV0FBVyxrQkFBa0I7QUFDbEMsU0FBSyxnQkFBZ0IsWUFBWSxrQkFBa0I7QUFDbkQsU0FBSyxNQUFNLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUNwRCxXQUFPLEtBQUssS0FBSyxZQUFZLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sZUFBZSxHQUFHLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDbEk7QUFBQSxFQUVBLHFCQUFxQixVQUF3QztBQUMzRCxTQUFLLFdBQVcsc0JBQXNCO0FBQ3RDLFNBQUssZ0JBQWdCLFlBQVksc0JBQXNCO0FBQ3ZELFNBQUsscUJBQXFCLElBQUksVUFBVSxpQkFBaUIsVUFBVSxtQkFBbUIsQ0FBQztBQUN2RixTQUFLLE1BQU0sU0FBUyxRQUFRO0FBQzVCLFdBQU8sS0FBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sWUFBWSxhQUFhLEtBQUssQ0FBQztBQUFBLEVBQ3pFO0FBQUE7QUFBQSxFQUdBLFdBQWlCO0FBQ2YsUUFBSSxLQUFLLFVBQVcsT0FBTSxJQUFJLGlCQUFpQiwwQ0FBMEM7QUFDekYsU0FBSyxZQUFZO0FBQ2pCLFVBQU0sT0FBTyxLQUFLLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxjQUFjLE1BQVM7QUFDL0QsVUFBTSxNQUFNLENBQUMsU0FBaUI7QUFDNUIsaUJBQVcsS0FBSyxNQUFNO0FBQ3BCLFlBQUksRUFBRSxHQUFHLE9BQVE7QUFDakIsVUFBRSxHQUFHLE9BQU8sTUFBTSxFQUFFLFdBQVcsRUFBRSxXQUFZLFNBQVMsb0JBQUksSUFBSSxFQUFFLEdBQUcsTUFBTSxFQUFFLEdBQUcsWUFBWSxNQUFNLEVBQUUsU0FBVSxDQUFDO0FBQUEsTUFDL0c7QUFBQSxJQUNGO0FBQ0EsUUFBSSxlQUFlO0FBQ25CLFFBQUksY0FBYztBQUNsQixRQUFJLGlCQUFpQjtBQUNyQixlQUFXLEtBQUssS0FBTSxHQUFFLEdBQUcsWUFBWSxFQUFFLFNBQVU7QUFBQSxFQUNyRDtBQUFBO0FBQUEsRUFJQSxJQUFJLGdCQUEyQztBQUM3QyxVQUFNRSxLQUFJLEtBQUs7QUFDZixRQUFJLENBQUNBLEdBQUcsUUFBTztBQUNmLFVBQU0sT0FBTyxPQUFPLEtBQUssTUFBTSxTQUFTLFNBQVM7QUFDakQsV0FBTztBQUFBLE1BQ0wsUUFBUUEsR0FBRTtBQUFBLE1BQ1YsU0FBUyxLQUFLLG1CQUFtQixNQUFNLEtBQUssQ0FBQztBQUFBLE1BQzdDO0FBQUEsTUFDQSxVQUFVRCxTQUFRLE9BQU8sSUFBSTtBQUFBLE1BQzdCLFNBQVNDLEdBQUU7QUFBQSxNQUNYLFlBQVlBLEdBQUUsY0FBYyxLQUFLQSxHQUFFLGNBQWMsS0FBS0EsR0FBRSxhQUFhO0FBQUEsSUFDdkU7QUFBQSxFQUNGO0FBQUEsRUFFQSxpQkFBOEI7QUFDNUIsV0FBTyxLQUFLLGtCQUFrQixNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzVDO0FBQUEsRUFFQSxjQUFjLE1BQWtDO0FBQzlDLFdBQU8sS0FBSyxrQkFBa0IsSUFBSSxJQUFJO0FBQUEsRUFDeEM7QUFBQSxFQUVBLGtCQUErQjtBQUM3QixXQUFPLEtBQUssbUJBQW1CLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVBLGtCQUErQjtBQUM3QixXQUFPLEtBQUssbUJBQW1CLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVBLGVBQWUsTUFBa0M7QUFDL0MsV0FBTyxLQUFLLG1CQUFtQixJQUFJLElBQUk7QUFBQSxFQUN6QztBQUFBLEVBRUEsbUJBQWdDO0FBQzlCLFdBQU8sS0FBSyxvQkFBb0IsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUFBO0FBQUEsRUFHQSxjQUEwQjtBQUN4QixXQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsU0FBUztBQUFBLEVBQzVDO0FBQUE7QUFBQSxFQUdBLGVBQTJCO0FBQ3pCLFdBQU8sT0FBTyxLQUFLLE1BQU0sU0FBUyxTQUFTO0FBQUEsRUFDN0M7QUFBQTtBQUFBLEVBR0EsU0FBUyxNQUFzRDtBQUM3RCxVQUFNLFFBQVEsS0FBSyxjQUFjLElBQUk7QUFDckMsV0FBTyxTQUFTRCxTQUFRLE9BQU8sS0FBSztBQUFBLEVBQ3RDO0FBQUEsRUFFQSxjQUFjLE1BQTBEO0FBQ3RFLFVBQU0sTUFBTSxPQUFPLFNBQVMsV0FBVyxPQUFPLEtBQUssS0FBSyxJQUFRO0FBQ2hFLFdBQU8sS0FBSyxZQUFZLElBQUksR0FBRyxHQUFHLE1BQU07QUFBQSxFQUMxQztBQUFBLEVBRUEsSUFBSSxhQUFzQjtBQUN4QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUE7QUFBQSxFQUlRLFdBQVcsTUFBb0I7QUFDckMsUUFBSSxLQUFLLFVBQVcsT0FBTSxJQUFJLGlCQUFpQixHQUFHLElBQUksMEJBQTBCO0FBQ2hGLFFBQUksS0FBSyxhQUFjLE9BQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLHVDQUF1QyxLQUFLLFlBQVksR0FBRztBQUNwSCxRQUFJLEtBQUssT0FBTztBQUNkLFlBQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLG1FQUFtRSxLQUFLLE1BQU0sTUFBTSxjQUFjLEtBQUssTUFBTSxPQUFPLElBQUk7QUFBQSxJQUM1SjtBQUFBLEVBQ0Y7QUFBQSxFQUVRLGdCQUFnQixLQUFVLE1BQW9CO0FBQ3BELFVBQU0sS0FBSyxLQUFLLE1BQU0sR0FBRztBQUN6QixVQUFNLGNBQWMsUUFBUSxZQUFZLHVCQUF1QjtBQUMvRCxRQUFJLENBQUMsR0FBRyxZQUFhLE9BQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLGtCQUFrQixXQUFXLEVBQUU7QUFDdEYsUUFBSSxHQUFHLE1BQU8sT0FBTSxJQUFJLGlCQUFpQixHQUFHLElBQUksU0FBUyxHQUFHLDREQUE0RDtBQUFBLEVBQzFIO0FBQUEsRUFFUSxNQUFNLEtBQW9CO0FBQ2hDLFVBQU0sTUFBTSxLQUFLLE1BQU0sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3RDLFdBQU8sUUFBUSxZQUFZLE1BQU0sSUFBSSxRQUFRO0FBQUEsRUFDL0M7QUFBQSxFQUVRLE9BQU8sS0FBbUI7QUFDaEMsUUFBSSxLQUFLLGFBQWMsUUFBTztBQUU5QixXQUFPLFFBQVEsYUFBYSxLQUFLLFVBQVU7QUFBQSxFQUM3QztBQUFBLEVBRVEsS0FBSyxLQUFVLFVBQWtCLE9BQTBCO0FBQ2pFLFVBQU0sUUFBUSxLQUFLLE1BQU0sR0FBRztBQUM1QixVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsUUFBSTtBQUNKLFFBQUksS0FBSztBQUNULGFBQVMsTUFBTSxVQUFVLE1BQU0sTUFBTSxRQUFRLE9BQU87QUFDbEQsVUFBSSxLQUFLLE9BQU8sR0FBRyxFQUFHLFFBQU8sUUFBUSxjQUFjLEVBQUU7QUFDckQsVUFBSSxHQUFHLGNBQWMsS0FBSztBQUN4QixXQUFHLE1BQU0sS0FBSyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ3pCLGVBQU8sUUFBUSxjQUFjLEVBQUU7QUFBQSxNQUNqQztBQUNBLFlBQU0sT0FBTyxLQUFLLE1BQU0sTUFBTSxHQUFHLENBQUU7QUFDbkMsWUFBTSxVQUFVLEtBQUssV0FBVyxNQUFNLEtBQUssS0FBSyxFQUFFO0FBQ2xELFVBQUksUUFBUSxXQUFXLE9BQVcsUUFBTyxRQUFRO0FBQ2pELFVBQUksQ0FBQyxRQUFRLE9BQVEsUUFBTyxRQUFRLGNBQWMsRUFBRTtBQUNwRCxVQUFJLFFBQVEsV0FBWSxNQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsUUFBUSxVQUFVO0FBQ2xFLFdBQUssUUFBUTtBQUFBLElBQ2Y7QUFDQSxRQUFJLEtBQUssT0FBTyxHQUFHLEtBQUssRUFBRSxRQUFRLFlBQWEsUUFBTyxRQUFRLGNBQWMsRUFBRTtBQUM5RSxTQUFLLFFBQVEsS0FBSyxFQUFFO0FBQ3BCLFdBQU8sUUFBUTtBQUFBLEVBQ2pCO0FBQUEsRUFFUSxRQUFRLEtBQVUsSUFBcUI7QUFDN0MsVUFBTSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQ3pCLFFBQUksR0FBRyxTQUFTLFVBQVcsSUFBRyxtQkFBbUI7QUFDakQsUUFBSSxHQUFHLFNBQVMsVUFBVSxHQUFHLEtBQU0sSUFBRyxVQUFVLEtBQUssR0FBRyxJQUFJO0FBQUEsRUFDOUQ7QUFBQSxFQUVRLFdBQVcsTUFBa0IsS0FBVSxLQUFhLElBQWdGO0FBQzFJLFVBQU0sS0FBSyxLQUFLO0FBQ2hCLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFHaEMsVUFBSSxRQUFRLGNBQWMsR0FBRyxTQUFTLFVBQVcsUUFBTyxFQUFFLFFBQVEsR0FBRztBQUNyRSxVQUFJLEdBQUcsUUFBUTtBQUNiLGFBQUssV0FBVyxJQUFJO0FBQ3BCLGVBQU8sRUFBRSxRQUFRLCtCQUErQjtBQUFBLE1BQ2xEO0FBQ0EsV0FBSyxZQUFZLEdBQUcsa0JBQWtCLElBQUk7QUFDMUMsVUFBSSxLQUFLLGNBQWMsUUFBVztBQUNoQyxhQUFLLFdBQVcsSUFBSTtBQUNwQixlQUFPLEVBQUUsUUFBUSwrQkFBK0I7QUFBQSxNQUNsRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssaUJBQWtCLFFBQU8sRUFBRSxRQUFRLEdBQUc7QUFDL0MsUUFBSSxHQUFHLFFBQVE7QUFDYixXQUFLLFdBQVcsSUFBSTtBQUNwQixhQUFPLEVBQUUsUUFBUSxHQUFHLFNBQVMsU0FBUywwQkFBMEIsK0JBQStCO0FBQUEsSUFDakc7QUFDQSxVQUFNLE1BQU0sS0FBSztBQUNqQixVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsVUFBTSxTQUFTLFFBQVEsWUFBWSxxQkFBcUI7QUFFeEQsUUFBSSxHQUFHLFNBQVMsV0FBVztBQUN6QixXQUFLLFlBQVksR0FBRyxJQUFJO0FBQ3hCLFlBQU1FLE9BQU0sUUFBUSxZQUFZLEtBQUssbUJBQW9CLEtBQUs7QUFDOUQsWUFBTUMsT0FBTSxHQUFHO0FBQUEsUUFBTyxHQUFHLE1BQU07QUFBQSxRQUFZLEVBQUUsV0FBVyxLQUFLLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQUEsUUFDOUUsTUFBTSxHQUFHLFlBQVksR0FBRyxNQUFNLFlBQVksS0FBS0QsS0FBSSxPQUFPLEdBQUcsY0FBYyxJQUFJLENBQUM7QUFBQSxNQUFDO0FBQ25GLFVBQUlDLFNBQVEsT0FBVyxRQUFPLEtBQUssUUFBUSxNQUFNLDhCQUE4QjtBQUMvRSxZQUFNQyxVQUFTLHFCQUFxQkQsTUFBSyxHQUFHLGdCQUFnQjtBQUM1RCxVQUFJQyxZQUFXLGNBQWNBLFlBQVcsd0JBQXdCO0FBQzlELGFBQUssWUFBWSxHQUFHLElBQUk7QUFDeEIsZUFBTyxFQUFFLFFBQUFBLFNBQVEsUUFBUSxHQUFHO0FBQUEsTUFDOUI7QUFDQSxTQUFHLFlBQVk7QUFDZixTQUFHLGdCQUFnQjtBQUNuQixhQUFPLEVBQUUsUUFBQUEsUUFBTztBQUFBLElBQ2xCO0FBRUEsUUFBSSxHQUFHLFNBQVMsUUFBUTtBQUN0QixZQUFNLFdBQVcsR0FBRyxRQUFRLElBQUksV0FBVyxDQUFDO0FBQzVDLFdBQUssS0FBSyxHQUFHLElBQUksS0FBSyxVQUFVLEdBQUcsS0FBSyxLQUFLLEtBQUssR0FBRyxJQUFJLE9BQU8sQ0FBQyxLQUFLLEtBQUssR0FBRyxHQUFJLFFBQVEsQ0FBQyxJQUFJO0FBQy9GLFdBQUssUUFBUSxHQUFHLElBQUksR0FBRztBQUN2QixZQUFNLE9BQU8sS0FBSyxLQUFLLEdBQUcsRUFBRztBQUM3QixZQUFNRCxPQUFNLEdBQUc7QUFBQSxRQUFPLEdBQUcsTUFBTTtBQUFBLFFBQVMsRUFBRSxXQUFXLEtBQUssU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxRQUMzRSxNQUFNLEdBQUcsWUFBWSxHQUFHLE1BQU0sU0FBUyxLQUFLLE1BQU0sR0FBRyxjQUFjLElBQUksQ0FBQztBQUFBLE1BQUM7QUFDM0UsVUFBSUEsU0FBUSxPQUFXLFFBQU8sS0FBSyxRQUFRLE1BQU0sdUJBQXVCO0FBQ3hFLFlBQU1DLFVBQVMsa0JBQWtCRCxNQUFLLEdBQUcsZ0JBQWdCO0FBQ3pELFdBQUssVUFBVSxHQUFHLElBQUk7QUFDdEIsVUFBSUMsWUFBVyxZQUFZO0FBQ3pCLGNBQU0sT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLElBQUksV0FBVyxDQUFDO0FBQy9DLGFBQUssS0FBSyxHQUFHLElBQUk7QUFDakIsZUFBTyxFQUFFLFFBQUFBLFNBQVEsUUFBUSxFQUFFLE1BQU0sUUFBUSxNQUFNLGFBQWEsR0FBRyxZQUFZLEVBQUU7QUFBQSxNQUMvRTtBQUNBLFVBQUlBLFlBQVcsd0JBQXlCLE1BQUssS0FBSyxHQUFHLElBQUk7QUFBQSxVQUNwRCxNQUFLLFVBQVUsR0FBRyxJQUFJO0FBQzNCLGFBQU8sRUFBRSxRQUFBQSxRQUFPO0FBQUEsSUFDbEI7QUFFQSxTQUFLLGFBQWEsR0FBRyxJQUFJO0FBQ3pCLFVBQU0sTUFBTSxRQUFRLFlBQVksS0FBSyxvQkFBcUIsS0FBSztBQUMvRCxVQUFNLE1BQU0sR0FBRztBQUFBLE1BQU8sR0FBRyxNQUFNO0FBQUEsTUFBYSxFQUFFLFdBQVcsS0FBSyxTQUFTLG9CQUFJLElBQUksRUFBRTtBQUFBLE1BQy9FLE1BQU0sR0FBRyxZQUFZLEdBQUcsTUFBTSxhQUFhLEtBQUssSUFBSSxLQUFLO0FBQUEsSUFBQztBQUM1RCxRQUFJLFFBQVEsT0FBVyxRQUFPLEtBQUssUUFBUSxNQUFNLGVBQWU7QUFDaEUsVUFBTSxTQUFTLHNCQUFzQixLQUFLLEdBQUcsZ0JBQWdCO0FBQzdELFFBQUksV0FBVyxZQUFZO0FBQ3pCLFdBQUssYUFBYSxHQUFHLElBQUk7QUFFekIsWUFBTSxhQUFhLEtBQUssYUFBYSxNQUFNLEtBQUssS0FBSztBQUNyRCxhQUFPLEVBQUUsUUFBUSxRQUFRLElBQUksV0FBVztBQUFBLElBQzFDO0FBQ0EsT0FBRyxZQUFZO0FBQ2YsT0FBRyxnQkFBZ0I7QUFDbkIsV0FBTyxFQUFFLE9BQU87QUFBQSxFQUNsQjtBQUFBLEVBRVEsYUFBYSxNQUFrQixLQUFVLGFBQTZDO0FBQzVGLFFBQUksQ0FBQyxLQUFLLFVBQVUsR0FBRyxFQUFHLFFBQU87QUFDakMsVUFBTSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssSUFBSSxXQUFXLENBQUM7QUFDL0MsU0FBSyxVQUFVLEdBQUcsSUFBSTtBQUN0QixTQUFLLEtBQUssR0FBRyxJQUFJO0FBQ2pCLFdBQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSxZQUFZO0FBQUEsRUFDM0M7QUFBQSxFQUVRLFFBQVEsTUFBa0IsUUFBb0M7QUFDcEUsU0FBSyxXQUFXLElBQUk7QUFDcEIsV0FBTyxFQUFFLE9BQU87QUFBQSxFQUNsQjtBQUFBO0FBQUEsRUFHUSxXQUFXLE1BQXdCO0FBQ3pDLFFBQUksS0FBSyxpQkFBa0I7QUFDM0IsU0FBSyxtQkFBbUI7QUFDeEIsUUFBSSxLQUFLLE1BQU87QUFDaEIsU0FBSyxtQkFBbUIsRUFBRSxRQUFRLEtBQUssU0FBUyxvQkFBb0IsTUFBTSxJQUFJLFdBQVcsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxHQUFHLFlBQVksR0FBRyxDQUFDO0FBQUEsRUFDNUg7QUFBQTtBQUFBLEVBR0EsbUJBQW1CLE9BQWdDO0FBQ2pELFFBQUksS0FBSyxTQUFTLEtBQUssZ0JBQWdCLEtBQUssVUFBVztBQUN2RCxTQUFLLFFBQVE7QUFDYixVQUFNLFVBQVUsSUFBSSxVQUFVLENBQUMsQ0FBQyxXQUFXLE9BQU8sTUFBTSxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQ2pFLGVBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxNQUFNLFFBQVMsU0FBUSxJQUFJLEdBQUcsQ0FBQztBQUNwRCxRQUFJLE1BQU0sS0FBSyxTQUFTLEdBQUc7QUFDekIsVUFBSSxRQUFRLElBQUksY0FBYyxNQUFNLE9BQVcsU0FBUSxJQUFJLGdCQUFnQixZQUFZO0FBQ3ZGLGNBQVEsUUFBUSxrQkFBa0IsT0FBTyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQUEsSUFDN0Q7QUFDQSxVQUFNLE9BQU8sS0FBSyxNQUFNO0FBQ3hCLFVBQU0sa0JBQWtCLEtBQUs7QUFDN0IsU0FBSyxvQkFBb0I7QUFDekIsU0FBSyxjQUFjO0FBQ25CLFNBQUssUUFBUTtBQUNiLFNBQUssWUFBWSxDQUFDO0FBQ2xCLFNBQUssTUFBTSxRQUFRLFFBQVE7QUFDM0IsUUFBSSxpQkFBaUI7QUFFbkIsV0FBSyxZQUFZO0FBQ2pCLFdBQUssUUFBUSxDQUFDO0FBQ2QsV0FBSyxtQkFBbUI7QUFDeEIsVUFBSSxNQUFNLEtBQUssU0FBUyxFQUFHLE1BQUssVUFBVSxLQUFLLE1BQU0sSUFBSTtBQUN6RDtBQUFBLElBQ0Y7QUFDQSxlQUFXLEtBQUssS0FBSyxNQUFPLEdBQUUsWUFBWSxXQUFXO0FBQ3JELFNBQUssS0FBSyxZQUFZLEdBQUcsRUFBRSxNQUFNLFdBQVcsYUFBYSxNQUFNLEtBQUssV0FBVyxFQUFFLENBQUM7QUFDbEYsUUFBSSxNQUFNLEtBQUssU0FBUyxFQUFHLE1BQUssS0FBSyxZQUFZLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxNQUFNLE1BQU0sYUFBYSxLQUFLLENBQUM7QUFBQSxFQUMzRztBQUFBO0FBQUEsRUFHQSxPQUFPLEtBQVUsTUFBd0I7QUFDdkMsUUFBSSxLQUFLLGFBQWEsS0FBSyxPQUFPLEdBQUcsRUFBRztBQUN4QyxVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsVUFBTSxNQUFNLEtBQUssTUFBTSxHQUFHLEVBQUUsUUFBUSxLQUFLLEtBQUs7QUFDOUMsUUFBSSxHQUFHLGNBQWMsS0FBSztBQUN4QixZQUFNLEtBQUssR0FBRztBQUNkLFNBQUcsWUFBWTtBQUNmLFNBQUcsZ0JBQWdCO0FBQ25CLFVBQUksR0FBRyxTQUFTLFVBQVcsTUFBSyxZQUFZLEdBQUcsSUFBSTtBQUFBLFVBQzlDLE1BQUssYUFBYSxHQUFHLElBQUk7QUFDOUIsWUFBTSxhQUFhLEdBQUcsU0FBUyxhQUFhLEtBQUssYUFBYSxNQUFNLEtBQUssS0FBSyxJQUFJO0FBQ2xGLFVBQUksV0FBWSxNQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsVUFBVTtBQUNsRCxXQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsRUFBRTtBQUMxQixhQUFPLEdBQUcsTUFBTSxTQUFTLEtBQUssR0FBRyxjQUFjLFVBQWEsQ0FBQyxLQUFLLE9BQU8sR0FBRyxHQUFHO0FBQzdFLGNBQU0sSUFBSSxHQUFHLE1BQU0sTUFBTTtBQUN6QixhQUFLLEtBQUssS0FBSyxFQUFFLEtBQUssRUFBRSxFQUFFO0FBQUEsTUFDNUI7QUFDQTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFdBQVcsS0FBSyxhQUFhLE1BQU0sS0FBSyxLQUFLLFFBQVEsR0FBRyxDQUFDO0FBQy9ELFFBQUksU0FBVSxNQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsUUFBUTtBQUFBLEVBQ2hEO0FBQUE7QUFBQSxFQUdBLE1BQU0sU0FBdUI7QUFDM0IsUUFBSSxLQUFLLGdCQUFnQixLQUFLLFVBQVc7QUFDekMsU0FBSyxlQUFlO0FBQUEsRUFDdEI7QUFDRjtBQUVBLFNBQVMsY0FBYyxJQUF1QjtBQUM1QyxNQUFJLEdBQUcsU0FBUyxVQUFXLFFBQU87QUFDbEMsTUFBSSxHQUFHLFNBQVMsT0FBUSxRQUFPO0FBQy9CLFNBQU87QUFDVDs7O0FDcmZBLFNBQVMsZ0JBQWdCOzs7QUNRbEIsU0FBUyxhQUFhLElBQTRCO0FBQ3ZELFFBQU0sSUFBSSxHQUFHO0FBQ2IsUUFBTSxNQUFNLENBQUMsS0FBYSxRQUFnQixFQUFFLFdBQVcsS0FBSyxHQUFHO0FBRS9ELFFBQU0sWUFBWSxDQUFDLFNBQ2pCLFFBQVEsY0FBYywwQkFBMEIsR0FBRyxZQUFZLElBQUksSUFBSSxHQUFHLGVBQWUsRUFBRSxNQUFNLFVBQVUsSUFBSTtBQUVqSCxRQUFNLFFBQXFEO0FBQUEsSUFDekQsVUFBVSxPQUFlLEtBQWEsTUFBYztBQUNsRCxVQUFJLFFBQVEsS0FBSyxTQUFTLFdBQVcsT0FBUSxRQUFPLFdBQVc7QUFDL0QsWUFBTSxVQUFVLElBQUksS0FBSyxJQUFJO0FBQzdCLFVBQUksWUFBWSxPQUFXLFFBQU8sV0FBVztBQUM3QyxTQUFHLElBQUksV0FBVyxLQUFLLEdBQUksT0FBTztBQUNsQyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0Esb0JBQW9CLEtBQWE7QUFDL0IsYUFBTyxFQUFFLFNBQVMsS0FBSyxHQUFHLGFBQWEsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ3hFO0FBQUEsSUFDQSxtQ0FBbUMsS0FBYTtBQUM5QyxhQUFPLEVBQUUsU0FBUyxLQUFLLEdBQUcsS0FBSyxXQUFXLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVFO0FBQUEsSUFDQSxtQ0FBbUMsUUFBZ0I7QUFDakQsU0FBRyxjQUFjLFdBQVcsQ0FBQztBQUM3QixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsaUJBQWlCLFNBQWlCLFFBQWdCLFNBQWlCO0FBQ2pFLFlBQU0sU0FBUyxHQUFHLGNBQWM7QUFDaEMsVUFBSSxDQUFDLEVBQUUsU0FBUyxTQUFTLE9BQU8sSUFBSSxFQUFHLFFBQU8sV0FBVztBQUN6RCxhQUFPLEVBQUUsa0JBQWtCLElBQUksWUFBWSxFQUFFLE9BQU8sT0FBTyxPQUFPLEdBQUcsUUFBUSxPQUFPLElBQ2hGLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDakM7QUFBQSxJQUNBLDRCQUE0QixXQUFtQjtBQUM3QyxhQUFPLEdBQUcsb0JBQW9CLGNBQWMsQ0FBQztBQUFBLElBQy9DO0FBQUEsSUFDQSxhQUFhO0FBQ1gsYUFBTyxHQUFHLEtBQUs7QUFBQSxJQUNqQjtBQUFBLElBQ0EsNEJBQTRCLFNBQWlCLFVBQWtCLFFBQWdCLFNBQWlCO0FBRTlGLFVBQUksSUFBSSxTQUFTLFFBQVEsTUFBTSxVQUFhLEVBQUUsS0FBSyxRQUFRLE9BQU8sTUFBTSxPQUFXLFFBQU8sV0FBVztBQUNyRyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSxtQkFBbUIsU0FBaUIsVUFBa0IsUUFBZ0IsU0FBaUI7QUFDckYsWUFBTSxPQUFPLElBQUksU0FBUyxRQUFRO0FBQ2xDLFVBQUksU0FBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLFFBQVEsZ0JBQWdCLE1BQU0sR0FBRyxjQUFjLENBQUM7QUFDdEQsVUFBSSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQzNDLGFBQU8sRUFBRSxrQkFBa0IsT0FBTyxRQUFRLE9BQU8sSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ2xGO0FBQUEsSUFDQSxtQkFBbUIsUUFBZ0IsU0FBaUIsVUFBa0IsV0FBbUI7QUFDdkYsWUFBTSxNQUFNLElBQUksUUFBUSxPQUFPO0FBQy9CLFlBQU0sUUFBUSxFQUFFLEtBQUssVUFBVSxTQUFTO0FBQ3hDLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsWUFBTSxPQUFPLEdBQUcsZUFBZSxFQUFFO0FBRWpDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixXQUFLLE9BQU8sWUFBWSxJQUFJLEtBQUssS0FBSztBQUN0QyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSwyQkFBMkIsTUFBYyxJQUFZLElBQVksSUFBWSxJQUFZO0FBQ3ZGLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsWUFBTSxRQUFRLElBQUksSUFBSSxFQUFFO0FBQ3hCLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFDNUIsVUFBSSxJQUFJLEtBQUssS0FBSztBQUNsQixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMkJBQTJCLE1BQWMsSUFBWSxJQUFZLFFBQWdCLFNBQWlCO0FBQ2hHLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsVUFBSSxRQUFRLE9BQVcsUUFBTyxXQUFXO0FBQ3pDLFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLFlBQU0sUUFBUSxJQUFJLElBQUksR0FBRztBQUN6QixVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsYUFBTyxFQUFFLGtCQUFrQixJQUFJLFlBQVksRUFBRSxPQUFPLEtBQUssR0FBRyxRQUFRLE9BQU8sSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVHO0FBQUEsSUFDQSwrQkFBK0IsTUFBYyxJQUFZLElBQVksSUFBWSxJQUFZO0FBQzNGLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsWUFBTSxRQUFRLElBQUksSUFBSSxFQUFFO0FBQ3hCLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFDNUIsVUFBSSxRQUFRLEtBQUssS0FBSztBQUN0QixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsOEJBQThCLE1BQWMsSUFBWSxJQUFZO0FBQ2xFLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsVUFBSSxRQUFRLE9BQVcsUUFBTyxXQUFXO0FBQ3pDLFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLFVBQUksT0FBTyxHQUFHO0FBQ2QsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLDJCQUEyQixNQUFjLFFBQWdCLFNBQWlCO0FBQ3hFLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sVUFBVSxJQUFJO0FBQzFCLFVBQUksQ0FBQyxJQUFLLFFBQU8sV0FBVztBQUM1QixZQUFNLFFBQVEsSUFBSSxNQUFNO0FBQ3hCLFlBQU0sUUFBUSxNQUFNLFdBQVcsSUFBSSxJQUFJLFdBQVcsQ0FBQyxJQUFJLFlBQVksS0FBSztBQUN4RSxhQUFPLEVBQUUsa0JBQWtCLE9BQU8sUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRjtBQUFBLElBQ0EsMkJBQTJCLE1BQWMsS0FBYSxNQUFjO0FBQ2xFLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLFFBQVEsRUFBRSxLQUFLLEtBQUssSUFBSTtBQUM5QixVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFFNUIsVUFBSSxPQUFPLFlBQVksS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNuQyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMEJBQTBCLE1BQWMsV0FBbUI7QUFDekQsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLGFBQU8sRUFBRSxTQUFTLFdBQVcsSUFBSSxTQUFTLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVFO0FBQUE7QUFBQSxJQUdBLHVCQUF1QixNQUFjLE9BQWUsUUFBZ0IsUUFBZ0IsU0FBaUI7QUFDbkcsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsT0FBUSxRQUFPLFdBQVc7QUFDL0IsWUFBTSxJQUFJLFVBQVU7QUFDcEIsVUFBSSxJQUFJLFdBQVc7QUFDbkIsVUFBSSxJQUFJLElBQUksV0FBWSxRQUFPLFdBQVc7QUFDMUMsWUFBTSxRQUFRLE9BQU8sSUFBSTtBQUN6QixVQUFJLElBQUksTUFBTSxPQUFRLFFBQU8sV0FBVztBQUN4QyxVQUFJLElBQUksSUFBSSxNQUFNLE9BQVEsS0FBSSxNQUFNLFNBQVM7QUFFN0MsVUFBSSxNQUFNLEVBQUcsUUFBTyxXQUFXO0FBQy9CLGFBQU8sRUFBRSxrQkFBa0IsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLEdBQUcsUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNyRztBQUFBLElBQ0Esd0JBQXdCLE1BQWMsV0FBbUIsVUFBa0I7QUFDekUsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsT0FBUSxRQUFPLFdBQVc7QUFDL0IsYUFBTyxFQUFFLFNBQVMsV0FBVyxPQUFPLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxTQUFTLFVBQVUsQ0FBQyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDNUc7QUFBQSxJQUNBLHVCQUF1QixNQUFjLE9BQWUsUUFBZ0IsU0FBaUIsVUFBa0I7QUFDckcsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsVUFBVSxDQUFDLE9BQU8sSUFBSyxRQUFPLFdBQVc7QUFDOUMsWUFBTSxPQUFPLEVBQUUsS0FBSyxTQUFTLFFBQVE7QUFDckMsVUFBSSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQzFDLFlBQU0sVUFBVSxPQUFPLElBQUk7QUFDM0IsWUFBTSxJQUFJLFVBQVU7QUFHcEIsVUFBSSxNQUFNLEdBQUc7QUFDWCxjQUFNLFVBQVUsUUFBUSxTQUFTLEtBQUssSUFBSSxXQUFXLEdBQUcsUUFBUSxNQUFNLENBQUM7QUFDdkUsZUFBTyxJQUFJQyxRQUFPLE1BQU0sT0FBTyxDQUFDO0FBQ2hDLGVBQU8sV0FBVztBQUFBLE1BQ3BCO0FBQ0EsVUFBSSxLQUFLLFFBQVEsUUFBUTtBQUN2QixlQUFPLElBQUlBLFFBQU8sU0FBUyxJQUFJLENBQUM7QUFDaEMsZUFBTyxXQUFXO0FBQUEsTUFDcEI7QUFDQSxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSwwQkFBMEIsUUFBZ0IsWUFBb0IsYUFBcUIsU0FBaUIsVUFBa0IsWUFBb0IsYUFBcUIsWUFBb0I7QUFDakwsWUFBTSxVQUFVLElBQUksWUFBWSxXQUFXO0FBQzNDLFlBQU0sT0FBTyxFQUFFLEtBQUssU0FBUyxRQUFRO0FBQ3JDLFlBQU0sY0FBYyxFQUFFLEtBQUssWUFBWSxXQUFXO0FBQ2xELFVBQUksWUFBWSxVQUFhLFNBQVMsVUFBYSxnQkFBZ0IsT0FBVyxRQUFPLFdBQVc7QUFDaEcsU0FBRyxrQkFBa0I7QUFDckIsWUFBTSxPQUFPLEdBQUcsZUFBZSxFQUFFO0FBQ2pDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixXQUFLLHFCQUFxQjtBQUFBLFFBQ3hCLFFBQVEsV0FBVztBQUFBLFFBQ25CLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRztBQUFBLFFBQ25DO0FBQUEsUUFDQSxTQUFTLFlBQVksV0FBVyxLQUFLLENBQUM7QUFBQSxRQUN0QyxZQUFZLGFBQWE7QUFBQSxNQUMzQixDQUFDO0FBQ0QsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLHNCQUFzQixNQUFjO0FBQ2xDLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLE9BQU8sR0FBRyxlQUFlLEVBQUU7QUFDakMsVUFBSSxDQUFDLEtBQU0sUUFBTyxXQUFXO0FBQzdCLGFBQU8sS0FBSyxlQUFlLElBQUk7QUFBQSxJQUNqQztBQUFBLElBQ0EsbUJBQW1CLE1BQWM7QUFDL0IsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sT0FBTyxHQUFHLGVBQWUsRUFBRTtBQUNqQyxVQUFJLENBQUMsS0FBTSxRQUFPLFdBQVc7QUFDN0IsYUFBTyxLQUFLLFlBQVksSUFBSTtBQUFBLElBQzlCO0FBQUEsSUFDQSwwQkFBMEI7QUFDeEIsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQTtBQUFBLElBR0Esc0JBQXNCLElBQVksSUFBWSxRQUFnQixTQUFpQixRQUFnQjtBQUM3RixZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsVUFBSSxRQUFRLE9BQVcsUUFBTyxXQUFXO0FBQ3pDLFlBQU0sUUFBUSxHQUFHLEtBQUssV0FBVyxPQUFPLEdBQUcsTUFBTSxHQUFHO0FBQ3BELFVBQUksQ0FBQyxNQUFPLFFBQU8sV0FBVztBQUM5QixVQUFJLENBQUMsRUFBRSxrQkFBa0IsTUFBTSxPQUFPLFFBQVEsT0FBTyxFQUFHLFFBQU8sV0FBVztBQUMxRSxhQUFPLEVBQUUsU0FBUyxRQUFRLE1BQU0sR0FBRyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDcEU7QUFBQSxJQUNBLHNCQUFzQixJQUFZLElBQVksSUFBWSxJQUFZLEtBQWE7QUFDakYsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFlBQU0sUUFBUSxFQUFFLEtBQUssSUFBSSxFQUFFO0FBQzNCLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsYUFBTyxHQUFHLEtBQUssV0FBVyxNQUFNLEdBQUcsTUFBTSxLQUFLLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDaEU7QUFBQSxJQUNBLDRCQUE0QixJQUFZLElBQVksVUFBa0I7QUFDcEUsWUFBTSxPQUFPLElBQUksSUFBSSxFQUFFO0FBQ3ZCLFVBQUksU0FBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sU0FBUyxHQUFHLE1BQU0sTUFBTSxJQUFJLEdBQUcscUJBQXFCLENBQUM7QUFDbEYsYUFBTyxFQUFFLFNBQVMsVUFBVSxLQUFLLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRTtBQUFBLElBQ0EsMkJBQTJCLElBQVksSUFBWSxJQUFZLElBQVksVUFBa0I7QUFDM0YsWUFBTSxPQUFPLElBQUksSUFBSSxFQUFFO0FBQ3ZCLFlBQU0sT0FBTyxJQUFJLElBQUksRUFBRTtBQUN2QixVQUFJLFNBQVMsVUFBYSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQ2hFLFlBQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU0sSUFBSTtBQUMvQyxVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsYUFBTyxFQUFFLFNBQVMsVUFBVSxLQUFLLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRTtBQUFBLElBQ0EsMkJBQTJCLE9BQWUsSUFBWSxJQUFZO0FBQ2hFLFlBQU0sT0FBTyxFQUFFLEtBQUssSUFBSSxFQUFFO0FBQzFCLFVBQUksU0FBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLEVBQUUsUUFBUSxPQUFPLElBQUksR0FBRyxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQUcsSUFBSTtBQUNuRSxVQUFJLE9BQVEsSUFBRyxLQUFLLE1BQU0sTUFBTTtBQUNoQyxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsMkJBQTJCLE9BQWUsUUFBZ0IsU0FBaUI7QUFDekUsWUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDO0FBQzNELFVBQUksV0FBVyxXQUFXLEdBQUksUUFBTztBQUNyQyxhQUFPLEVBQUUsa0JBQWtCLE1BQU8sUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRjtBQUFBO0FBQUEsSUFHQSxnQkFBZ0IsSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLFNBQWlCLFVBQWtCO0FBQ2pKLFlBQU0sVUFBVSxJQUFJLElBQUksRUFBRTtBQUMxQixZQUFNLGNBQWMsRUFBRSxLQUFLLElBQUksRUFBRTtBQUNqQyxZQUFNLE9BQU8sRUFBRSxLQUFLLElBQUksRUFBRTtBQUMxQixZQUFNLGVBQWUsRUFBRSxLQUFLLElBQUksRUFBRTtBQUNsQyxVQUFJLFlBQVksVUFBYSxnQkFBZ0IsVUFBYSxTQUFTLFVBQWEsaUJBQWlCLE9BQVcsUUFBTyxXQUFXO0FBQzlILFVBQUksQ0FBQyxFQUFFLFNBQVMsVUFBVSxDQUFDLEVBQUcsUUFBTyxXQUFXO0FBQ2hELFlBQU0sVUFBVSxHQUFHLGlCQUFpQixTQUFTLFlBQVksV0FBVyxLQUFLLENBQUMsR0FBRyxNQUFNLFlBQVksWUFBWSxLQUFLLENBQUMsR0FBRyxVQUFVLENBQUM7QUFDL0gsVUFBSSxRQUFRLFVBQVUsT0FBVyxHQUFFLFNBQVMsVUFBVSxRQUFRLEtBQUs7QUFDbkUsYUFBTyxRQUFRO0FBQUEsSUFDakI7QUFBQTtBQUFBLElBR0Esb0JBQW9CLE1BQWMsSUFBWSxJQUFZLE9BQWU7QUFDdkUsWUFBTSxPQUFPLElBQUksSUFBSSxFQUFFO0FBQ3ZCLFVBQUksU0FBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLEVBQUUsUUFBUSxHQUFHLElBQUksR0FBRyxVQUFVLE9BQU8sU0FBUyxHQUFHLElBQUk7QUFDM0QsVUFBSSxXQUFXLFdBQVcsR0FBSSxRQUFPO0FBQ3JDLGFBQU8sRUFBRSxTQUFTLE9BQU8sRUFBRyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDN0Q7QUFBQSxJQUNBLHVCQUF1QixJQUFZLFFBQWdCO0FBQ2pELGFBQU8sR0FBRyxVQUFVLFVBQVUsT0FBTyxHQUFHLE9BQU8sT0FBTyxJQUFJLE1BQU0sQ0FBQztBQUFBLElBQ25FO0FBQUEsSUFDQSxvQkFBb0IsSUFBWSxPQUFlO0FBQzdDLGFBQU8sR0FBRyxVQUFVLE9BQU8sT0FBTyxHQUFHLE9BQU8sUUFBUSxJQUFJLEtBQUssQ0FBQztBQUFBLElBQ2hFO0FBQUEsSUFDQSxpQkFBaUIsSUFBWSxXQUFtQjtBQUM5QyxZQUFNLEVBQUUsUUFBUSxNQUFNLElBQUksR0FBRyxVQUFVLElBQUksT0FBTyxDQUFDO0FBQ25ELFVBQUksV0FBVyxXQUFXLEdBQUksUUFBTztBQUNyQyxhQUFPLEVBQUUsU0FBUyxXQUFXLEtBQU0sSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVNBLFFBQU8sR0FBZSxHQUEyQjtBQUN4RCxRQUFNLE1BQU0sSUFBSSxXQUFXLEVBQUUsU0FBUyxFQUFFLE1BQU07QUFDOUMsTUFBSSxJQUFJLENBQUM7QUFDVCxNQUFJLElBQUksR0FBRyxFQUFFLE1BQU07QUFDbkIsU0FBTztBQUNUOzs7QUN2U0EsSUFBTUMsV0FBVSxJQUFJLFlBQVksT0FBTztBQUVoQyxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUNmO0FBQUEsRUFDQTtBQUFBLEVBRVIsT0FBTyxRQUE0QixXQUEyQztBQUM1RSxTQUFLLFNBQVM7QUFDZCxTQUFLLFlBQVk7QUFBQSxFQUNuQjtBQUFBLEVBRVEsT0FBbUI7QUFDekIsUUFBSSxDQUFDLEtBQUssT0FBUSxPQUFNLElBQUksTUFBTSxzREFBc0Q7QUFDeEYsV0FBTyxJQUFJLFdBQVcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUMxQztBQUFBLEVBRUEsSUFBSSxRQUFnQjtBQUNsQixXQUFPLEtBQUssU0FBUyxLQUFLLE9BQU8sT0FBTyxhQUFhLFFBQVE7QUFBQSxFQUMvRDtBQUFBO0FBQUEsRUFHQSxLQUFLLEtBQWEsS0FBcUM7QUFDckQsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxNQUFNLEtBQUssS0FBSztBQUN0QixRQUFJLElBQUksSUFBSSxJQUFJLE9BQVEsUUFBTztBQUMvQixXQUFPLElBQUksTUFBTSxHQUFHLElBQUksQ0FBQztBQUFBLEVBQzNCO0FBQUEsRUFFQSxXQUFXLEtBQWEsS0FBaUM7QUFDdkQsVUFBTSxRQUFRLEtBQUssS0FBSyxLQUFLLEdBQUc7QUFDaEMsV0FBTyxTQUFTQSxTQUFRLE9BQU8sS0FBSztBQUFBLEVBQ3RDO0FBQUEsRUFFQSxNQUFNLEtBQWEsT0FBNEI7QUFDN0MsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxNQUFNLEtBQUssS0FBSztBQUN0QixRQUFJLElBQUksTUFBTSxTQUFTLElBQUksT0FBUSxRQUFPO0FBQzFDLFFBQUksSUFBSSxPQUFPLENBQUM7QUFDaEIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFNBQVMsS0FBYSxPQUF3QjtBQUM1QyxVQUFNLElBQUksSUFBSSxXQUFXLENBQUM7QUFDMUIsUUFBSSxTQUFTLEVBQUUsTUFBTSxFQUFFLFVBQVUsR0FBRyxVQUFVLEdBQUcsSUFBSTtBQUNyRCxXQUFPLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxFQUMxQjtBQUFBLEVBRUEsU0FBUyxLQUFhLE9BQXdCO0FBQzVDLFVBQU0sSUFBSSxJQUFJLFdBQVcsQ0FBQztBQUMxQixRQUFJLFNBQVMsRUFBRSxNQUFNLEVBQUUsYUFBYSxHQUFHLE9BQU8sUUFBUSxJQUFJLEtBQUssR0FBRyxJQUFJO0FBQ3RFLFdBQU8sS0FBSyxNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzFCO0FBQUEsRUFFQSxRQUFRLEtBQWlDO0FBQ3ZDLFVBQU0sSUFBSSxLQUFLLEtBQUssS0FBSyxDQUFDO0FBQzFCLFdBQU8sS0FBSyxJQUFJLFNBQVMsRUFBRSxNQUFNLEVBQUUsVUFBVSxHQUFHLElBQUk7QUFBQSxFQUN0RDtBQUFBO0FBQUEsRUFHQSxTQUFTLE9BQXVDO0FBQzlDLFFBQUksQ0FBQyxLQUFLLFVBQVcsT0FBTSxJQUFJLE1BQU0seURBQXlEO0FBQzlGLFVBQU0sTUFBTSxLQUFLLFVBQVUsTUFBTSxNQUFNLE1BQU07QUFDN0MsUUFBSSxRQUFRLEVBQUcsUUFBTztBQUN0QixXQUFPLEtBQUssTUFBTSxLQUFLLEtBQUssSUFBSSxNQUFNO0FBQUEsRUFDeEM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsa0JBQWtCLE9BQW1CLFFBQWdCLFNBQTBCO0FBQzdFLFFBQUksTUFBTTtBQUNWLFFBQUksTUFBTSxTQUFTLEdBQUc7QUFDcEIsWUFBTSxJQUFJLEtBQUssU0FBUyxLQUFLO0FBQzdCLFVBQUksTUFBTSxPQUFXLFFBQU87QUFDNUIsWUFBTTtBQUFBLElBQ1I7QUFDQSxXQUFPLEtBQUssU0FBUyxRQUFRLEdBQUcsS0FBSyxLQUFLLFNBQVMsU0FBUyxNQUFNLE1BQU07QUFBQSxFQUMxRTtBQUNGOzs7QUNqRkEsU0FBUyxzQkFBc0I7QUFHL0IsSUFBTSxnQkFBZ0I7QUFDdEIsSUFBTSxhQUFhO0FBQ25CLElBQU0sY0FBYztBQUNwQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxjQUFjO0FBQ3BCLElBQU0sY0FBYztBQUNwQixJQUFNLGVBQWU7QUFFckIsSUFBTSxpQkFBaUIsS0FBSztBQVc1QixJQUFNQyxXQUFVLElBQUksWUFBWTtBQUNoQyxJQUFNQyxXQUFVLElBQUksWUFBWTtBQUV6QixTQUFTLFlBQVksR0FBNEQ7QUFDdEYsUUFBTSxJQUFJLEVBQUU7QUFDWixRQUFNLFVBQVUsQ0FBQyxJQUFZLE1BQWMsU0FBaUIsZ0JBQWdDO0FBQzFGLFFBQUksT0FBTyxLQUFLLE9BQU8sRUFBRyxRQUFPO0FBQ2pDLFVBQU0sU0FBdUIsQ0FBQztBQUM5QixhQUFTLElBQUksR0FBRyxJQUFJLFlBQVksR0FBRyxLQUFLO0FBQ3RDLFlBQU0sTUFBTSxFQUFFLFFBQVEsT0FBTyxJQUFJLENBQUM7QUFDbEMsWUFBTSxNQUFNLEVBQUUsUUFBUSxPQUFPLElBQUksSUFBSSxDQUFDO0FBQ3RDLFVBQUksUUFBUSxVQUFhLFFBQVEsT0FBVyxRQUFPO0FBQ25ELFVBQUksUUFBUSxFQUFHO0FBQ2YsWUFBTSxRQUFRLEVBQUUsS0FBSyxLQUFLLEdBQUc7QUFDN0IsVUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixhQUFPLEtBQUssS0FBSztBQUFBLElBQ25CO0FBQ0EsUUFBSSxVQUFVO0FBQ2QsZUFBVyxLQUFLLE9BQVEsWUFBVyxFQUFFO0FBQ3JDLFFBQUksVUFBVSxHQUFHO0FBQ2YsVUFBSSxPQUFPLE9BQU8sSUFBSSxDQUFDLE1BQU1ELFNBQVEsT0FBTyxHQUFHLEVBQUUsUUFBUSxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJQSxTQUFRLE9BQU87QUFFNUYsVUFBSSxLQUFLLFNBQVMsSUFBSSxFQUFHLFFBQU8sS0FBSyxNQUFNLEdBQUcsRUFBRTtBQUNoRCxRQUFFLElBQUksT0FBTyxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQUEsSUFDekM7QUFDQSxXQUFPLEVBQUUsU0FBUyxhQUFhLE9BQU8sSUFBSSxnQkFBZ0I7QUFBQSxFQUM1RDtBQUVBLFFBQU0sYUFBYSxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTUMsU0FBUSxPQUFPLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBUSxDQUFDO0FBRWhGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLFVBQVUsTUFBTTtBQUFBO0FBQUEsSUFFaEIsVUFBVSxNQUFNO0FBQ2QsUUFBRSxJQUFJLFNBQVMsdUJBQXVCO0FBQ3RDLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxXQUFXLE1BQU07QUFDZixRQUFFLElBQUksU0FBUyx3QkFBd0I7QUFDdkMsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLGdCQUFnQixDQUFDLElBQVksWUFBb0I7QUFDL0MsVUFBSSxPQUFPLEtBQUssT0FBTyxFQUFHLFFBQU87QUFDakMsWUFBTSxPQUFPLElBQUksV0FBVyxFQUFFO0FBRTlCLFVBQUksU0FBUyxLQUFLLE1BQU0sRUFBRSxhQUFhLEdBQUcsS0FBSyxJQUFJO0FBQ25ELFFBQUUsTUFBTSxTQUFTLElBQUk7QUFDckIsYUFBTztBQUFBLElBQ1Q7QUFBQTtBQUFBO0FBQUEsSUFHQSxzQkFBc0IsQ0FBQyxPQUFnQixPQUFPLEtBQUssT0FBTyxJQUFJLGdCQUFnQjtBQUFBLElBQzlFLGlCQUFpQixNQUFNO0FBQUEsSUFDdkIsc0JBQXNCLE1BQU07QUFBQSxJQUM1QixZQUFZLE1BQU07QUFBQSxJQUNsQixvQkFBb0IsQ0FBQyxVQUFrQixZQUFvQjtBQUN6RCxZQUFNLFVBQVUsV0FBVztBQUMzQixZQUFNLE9BQU8sUUFBUSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksRUFBRSxRQUFRLENBQUM7QUFDckQsYUFBTyxFQUFFLFNBQVMsVUFBVSxRQUFRLE1BQU0sS0FBSyxFQUFFLFNBQVMsU0FBUyxJQUFJLElBQUksZ0JBQWdCO0FBQUEsSUFDN0Y7QUFBQSxJQUNBLGNBQWMsQ0FBQyxVQUFrQixXQUFtQjtBQUNsRCxVQUFJLE1BQU0sV0FBVztBQUNyQixVQUFJLE1BQU0sYUFBYTtBQUN2QixpQkFBVyxLQUFLLFdBQVcsR0FBRztBQUM1QixZQUFJLENBQUMsRUFBRSxTQUFTLEtBQUssR0FBRyxLQUFLLENBQUMsRUFBRSxNQUFNLEtBQUssQ0FBQyxFQUFHLFFBQU87QUFDdEQsZUFBTyxFQUFFO0FBQ1QsZUFBTztBQUFBLE1BQ1Q7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsaUJBQWlCLENBQUMsU0FBaUIsWUFDakMsRUFBRSxTQUFTLFNBQVMsQ0FBQyxLQUFLLEVBQUUsU0FBUyxTQUFTLENBQUMsSUFBSSxnQkFBZ0I7QUFBQSxJQUNyRSxXQUFXLE1BQU07QUFBQSxJQUNqQixpQkFBaUIsQ0FBQyxTQUFpQixZQUFvQixjQUFzQjtBQUMzRSxVQUFJO0FBQ0osVUFBSSxZQUFZLEVBQUcsT0FBTSxFQUFFLFdBQVc7QUFBQSxlQUM3QixZQUFZLEVBQUcsT0FBTSxFQUFFLFlBQVk7QUFBQSxVQUN2QyxRQUFPO0FBQ1osYUFBTyxFQUFFLFNBQVMsV0FBVyxHQUFHLElBQUksZ0JBQWdCO0FBQUEsSUFDdEQ7QUFBQSxJQUNBLGFBQWEsQ0FBQyxRQUFnQixRQUFnQjtBQUM1QyxZQUFNLElBQUksUUFBUTtBQUNsQixVQUFJLElBQUksZUFBZ0IsUUFBTztBQUMvQixVQUFJLE1BQU0sRUFBRyxRQUFPO0FBQ3BCLFlBQU0sUUFBUSxJQUFJLFdBQVcsQ0FBQztBQUM5QixxQkFBZSxLQUFLO0FBQ3BCLGFBQU8sRUFBRSxNQUFNLFFBQVEsS0FBSyxJQUFJLGdCQUFnQjtBQUFBLElBQ2xEO0FBQUE7QUFBQSxJQUVBLFlBQVksTUFBTTtBQUNoQixRQUFFLElBQUksU0FBUyx5QkFBeUI7QUFBQSxJQUMxQztBQUFBO0FBQUE7QUFBQSxJQUdBLGNBQWMsTUFBTTtBQUFBLElBQ3BCLGNBQWMsQ0FBQyxLQUFhLE1BQWMsSUFBWSxlQUNwRCxFQUFFLFNBQVMsWUFBWSxDQUFDLElBQUksZ0JBQWdCO0FBQUEsRUFDaEQ7QUFDRjs7O0FIckRBLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU0sV0FBVztBQUVqQixTQUFTLFFBQVEsT0FBaUQsTUFBMEI7QUFDMUYsTUFBSSxVQUFVLE9BQVcsUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUNoRCxNQUFJLGlCQUFpQixXQUFZLFFBQU87QUFDeEMsTUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPQSxTQUFRLE9BQU8sS0FBSztBQUMxRCxNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsS0FBTSxRQUFPQSxTQUFRLE9BQU8sS0FBSyxVQUFVLEtBQUssQ0FBQztBQUM1RixRQUFNLElBQUksVUFBVSxHQUFHLElBQUksK0RBQStEO0FBQzVGO0FBRUEsZUFBZSxRQUFRLFFBQTBEO0FBQy9FLE1BQUksa0JBQWtCLFlBQVksT0FBUSxRQUFPO0FBQ2pELE1BQUk7QUFDSixNQUFJLE9BQU8sV0FBVyxVQUFVO0FBQzlCLFFBQUk7QUFDRixjQUFRLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDL0IsU0FBUyxHQUFHO0FBQ1YsWUFBTSxJQUFJLGdCQUFnQixzQkFBc0IsTUFBTSxLQUFNLEVBQVksT0FBTyxFQUFFO0FBQUEsSUFDbkY7QUFBQSxFQUNGLFdBQVcsa0JBQWtCLFlBQVk7QUFDdkMsWUFBUTtBQUFBLEVBQ1YsT0FBTztBQUNMLFVBQU0sSUFBSSxVQUFVLGtFQUFrRTtBQUFBLEVBQ3hGO0FBQ0EsTUFBSTtBQUNGLFdBQU8sTUFBTSxZQUFZLFFBQVEsS0FBZ0M7QUFBQSxFQUNuRSxTQUFTLEdBQUc7QUFDVixVQUFNLElBQUksZ0JBQWdCLEdBQUcsT0FBTyxXQUFXLFdBQVcsU0FBUyxjQUFjLGdDQUFpQyxFQUFZLE9BQU8sRUFBRTtBQUFBLEVBQ3pJO0FBQ0Y7QUFFTyxJQUFNLEtBQU4sTUFBTSxJQUF5QjtBQUFBLEVBZ0M1QixZQUFxQixNQUFZLFNBQW9CO0FBQWhDO0FBQzNCLFNBQUssT0FBTyxRQUFRLFFBQVE7QUFDNUIsU0FBSyxTQUFTLFFBQVEsVUFBVTtBQUNoQyxTQUFLLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDakMsU0FBSyxhQUFhLG1CQUFtQixRQUFRLFlBQVksWUFBWTtBQUNyRSxVQUFNLFFBQVEsUUFBUSxZQUFZO0FBQ2xDLFNBQUssZ0JBQWdCLFdBQVcsUUFBUSxLQUFLO0FBQzdDLFFBQUksS0FBSyxnQkFBZ0IsRUFBRyxPQUFNLElBQUksVUFBVSwyQkFBMkIsV0FBVyxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQ2xHLFNBQUssWUFBWSxJQUFJLFVBQVUsS0FBSyxXQUFXO0FBQy9DLFNBQUssa0JBQWtCLFFBQVEsUUFBUSxpQkFBaUIsaUJBQWlCO0FBQ3pFLFNBQUssc0JBQXNCLFFBQVEsUUFBUSxxQkFBcUIscUJBQXFCO0FBQ3JGLFNBQUssY0FBYyxPQUFPLFFBQVEsUUFBUSxlQUFlLENBQUMsQ0FBQztBQUFBLEVBQzdEO0FBQUEsRUFaNkI7QUFBQSxFQS9CcEI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsT0FBa0IsQ0FBQztBQUFBLEVBQ25CLFNBQVMsSUFBSSxZQUFZO0FBQUEsRUFDekI7QUFBQSxFQUNBO0FBQUEsRUFDQSxnQkFBZ0I7QUFBQSxFQUNoQjtBQUFBLEVBQ1QsYUFBYTtBQUFBO0FBQUEsRUFFYixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFFTDtBQUFBLEVBQ1MsV0FBVyxvQkFBSSxJQUEwQjtBQUFBLEVBQ2xELGdCQUFnQjtBQUFBLEVBQ2hCLFNBQWtCLENBQUM7QUFBQSxFQUNuQixxQkFBcUI7QUFBQSxFQUNyQix1QkFBdUI7QUFBQSxFQUN2QixrQkFBa0I7QUFBQSxFQUNsQixZQUE0QixDQUFDO0FBQUEsRUFDN0IsV0FBVyxvQkFBSSxJQUFxQjtBQUFBLEVBQ3BDLG1CQUFtQjtBQUFBLEVBQ25CLGVBQWU7QUFBQSxFQUNmO0FBQUEsRUFDQSxrQkFBa0I7QUFBQSxFQUNUO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBaUJqQixhQUFhLE1BQU0sTUFBWSxTQUFpQztBQUM5RCxRQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksS0FBTSxPQUFNLElBQUksVUFBVSwrQ0FBK0M7QUFDeEgsVUFBTSxLQUFLLElBQUksSUFBRyxNQUFNLE9BQU87QUFDL0IsVUFBTSxTQUFTLE1BQU0sUUFBUSxRQUFRLE1BQU07QUFDM0MsT0FBRyxZQUFZLE1BQU07QUFDckIsT0FBRyxLQUFLLFFBQVEsMEJBQTBCLElBQUk7QUFDOUMsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFlBQVksUUFBa0M7QUFDcEQsVUFBTSxjQUFjLElBQUksSUFBSSxZQUFZLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFDakYsVUFBTSxVQUFVLENBQUMsMkJBQTJCLHlCQUF5QixFQUFFLEtBQUssQ0FBQyxNQUFNLFlBQVksSUFBSSxDQUFDLENBQUM7QUFDckcsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLE1BQU0sWUFBWSxJQUFJLHlCQUF5QixJQUFJLHlEQUF5RDtBQUNsSCxZQUFNLElBQUksZ0JBQWdCLGdGQUFnRixHQUFHLEVBQUU7QUFBQSxJQUNqSDtBQUNBLFNBQUssYUFBYSxRQUFRLE1BQU0scUJBQXFCLE1BQU0sRUFBRSxRQUFRLE1BQU0sR0FBRztBQUM5RSxVQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLFVBQU0sT0FBTyxZQUFZO0FBQUEsTUFDdkIsUUFBUSxLQUFLO0FBQUEsTUFDYixLQUFLLENBQUMsT0FBTyxZQUFZLEtBQUssSUFBSSxPQUFPLE9BQU87QUFBQSxNQUNoRCxZQUFZLE1BQU0sS0FBSyxLQUFLLFdBQVc7QUFBQSxNQUN2QyxhQUFhLE1BQU0sS0FBSyxLQUFLLFlBQVk7QUFBQSxNQUN6QyxLQUFLLEtBQUs7QUFBQSxJQUNaLENBQUM7QUFDRCxVQUFNLFVBQW1ELENBQUM7QUFDMUQsZUFBVyxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sR0FBRztBQUNwRCxVQUFJLElBQUksU0FBUyxZQUFZO0FBQzNCLGNBQU0sSUFBSSxnQkFBZ0Isa0JBQWtCLElBQUksSUFBSSxJQUFJLElBQUksTUFBTSxJQUFJLElBQUksSUFBSSxpQ0FBaUM7QUFBQSxNQUNqSDtBQUNBLFlBQU0sUUFBUSxJQUFJLFdBQVcsUUFBUSxNQUFNLElBQUksV0FBVyw0QkFBNEIsSUFBSSxXQUFXLGtCQUFrQixPQUFPO0FBQzlILFlBQU0sT0FBTyxRQUFRLElBQUksSUFBSTtBQUM3QixZQUFNLFFBQVEsSUFBSSxXQUFXLFFBQVEsSUFBSSxPQUFPLEdBQUcsSUFBSSxNQUFNLElBQUksSUFBSSxJQUFJO0FBQ3pFLE9BQUMsUUFBUSxJQUFJLE1BQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLElBQUksU0FBUyxNQUFNO0FBQ3RELGNBQU0sSUFBSSwyQkFBMkIsS0FBSztBQUFBLE1BQzVDO0FBQUEsSUFDRjtBQUNBLFVBQU0sV0FBVyxJQUFJLFlBQVksU0FBUyxRQUFRLE9BQThCO0FBQ2hGLFNBQUssVUFBVSxTQUFTO0FBQ3hCLFVBQU0sU0FBUyxLQUFLLFFBQVE7QUFDNUIsUUFBSSxFQUFFLGtCQUFrQixZQUFZLFFBQVMsT0FBTSxJQUFJLGdCQUFnQiwrQ0FBK0M7QUFDdEgsVUFBTSxTQUFVLEtBQUssUUFBUSxVQUFVLEtBQUssUUFBUTtBQUNwRCxRQUFJLE9BQU8sV0FBVyxXQUFZLE9BQU0sSUFBSSxnQkFBZ0IsNERBQTREO0FBQ3hILFNBQUssT0FBTyxPQUFPLFFBQVEsQ0FBQyxNQUFNLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVRLEtBQUssdUJBQXNDO0FBQ2pELFVBQU0sT0FBUSxLQUFLLFFBQVEsZUFBZSxLQUFLLFFBQVE7QUFDdkQsVUFBTSxZQUFZLENBQUMsVUFBcUMsb0JBQUksSUFBSSxPQUFjLEVBQUUsV0FBVyxLQUFLLGVBQWUsUUFBUTtBQUN2SCxRQUFJLE9BQU8sU0FBUyxXQUFZLE1BQUssT0FBTyxTQUFTLEtBQUssUUFBUSxjQUFjLGdCQUFnQixVQUFVLFVBQVUsR0FBRyxNQUFNLEtBQUssR0FBRyxPQUFPO0FBQzVJLFNBQUssU0FBUyxJQUFJLEtBQUssZUFBZSxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQ3RELFNBQUssT0FBTywyQkFBMkIsVUFBVSxHQUFHLE1BQU0sS0FBSyxLQUFLLDJCQUEyQixLQUFLLGVBQWUsQ0FBQyxHQUFHLE9BQU87QUFDOUgsVUFBTSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxVQUFVLEtBQUs7QUFBQSxNQUFPO0FBQUEsTUFBcUIsVUFBVSxvQkFBSSxJQUFJLENBQUMsQ0FBQyxXQUFXLGlCQUFpQixFQUFFLEtBQUssTUFBTSxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxNQUN6SCxNQUFNLEtBQUssS0FBSyxxQkFBcUIsS0FBSyxlQUFlLFNBQVMsTUFBTTtBQUFBLE1BQUc7QUFBQSxJQUFPO0FBQ3BGLFFBQUksQ0FBQyxTQUFTO0FBQ1osVUFBSSxzQkFBdUI7QUFDM0IsWUFBTSxJQUFJLGVBQWUscUJBQXFCLEtBQUssS0FBSyxNQUFNLENBQUMsUUFBUSxDQUFDO0FBQUEsSUFDMUU7QUFDQSxVQUFNLGVBQWUsS0FBSztBQUMxQixVQUFNLGFBQWEsS0FBSztBQUFBLE1BQU87QUFBQSxNQUFzQixVQUFVLG9CQUFJLElBQUksQ0FBQyxDQUFDLFdBQVcscUJBQXFCLEVBQUUsS0FBSyxNQUFNLGFBQWEsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLE1BQ3JJLE1BQU0sS0FBSyxLQUFLLHNCQUFzQixLQUFLLGVBQWUsYUFBYSxNQUFNO0FBQUEsTUFBRztBQUFBLElBQU87QUFDekYsUUFBSSxDQUFDLFlBQVk7QUFDZixVQUFJLHNCQUF1QjtBQUMzQixZQUFNLElBQUksZUFBZSxzQkFBc0IsS0FBSyxLQUFLLE1BQU0sQ0FBQyxRQUFRLENBQUM7QUFBQSxJQUMzRTtBQUNBLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUE7QUFBQSxFQUdRLEtBQUssU0FBaUIsTUFBbUM7QUFDL0QsVUFBTSxLQUFLLEtBQUssUUFBUSxJQUFJO0FBQzVCLFFBQUksT0FBTyxPQUFPLFdBQVksUUFBTyxTQUFTLHVCQUF1QixTQUFTLHdCQUF3QixTQUFTLGtCQUFrQixJQUFJO0FBQ3JJLFVBQU0sU0FBVSxHQUE4QyxHQUFHLElBQUk7QUFDckUsV0FBTyxPQUFPLFdBQVcsV0FBVyxTQUFTLE9BQU8sV0FBVyxXQUFXLE9BQU8sTUFBTSxJQUFJO0FBQUEsRUFDN0Y7QUFBQTtBQUFBLEVBR0EsWUFBWSxTQUFpQixNQUF3QjtBQUNuRCxXQUFPLEtBQUssS0FBSyxNQUFNLEdBQUcsSUFBSTtBQUFBLEVBQ2hDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT0EsT0FBVSxVQUFrQixPQUFjLElBQWEsU0FBMkIsUUFBdUI7QUFDdkcsVUFBTSxZQUFZLEtBQUssT0FBTyxXQUFXO0FBQ3pDLFNBQUssT0FBTyxLQUFLLEtBQUs7QUFDdEIsUUFBSSxXQUFXO0FBQ2IsV0FBSyxxQkFBcUI7QUFDMUIsV0FBSyx1QkFBdUI7QUFBQSxJQUM5QjtBQUNBLFFBQUk7QUFDSixRQUFJO0FBQ0YsZUFBUyxHQUFHO0FBQUEsSUFDZCxTQUFTLEdBQUc7QUFDVixXQUFLLE9BQU8sSUFBSTtBQUNoQixVQUFJLFVBQVcsTUFBSyxZQUFZLENBQUM7QUFDakMsVUFBSSxhQUFhLFVBQVcsT0FBTTtBQUNsQyxZQUFNLE9BQU8sYUFBYSxRQUFRLEVBQUUsVUFBVSxPQUFPLENBQUM7QUFDdEQsWUFBTSxRQUFRLElBQUksZ0JBQWdCLFVBQVUsTUFBTSxLQUFLLEtBQUssTUFBTSxDQUFDLFFBQVEsR0FBRyxFQUFFLE9BQU8sRUFBRSxDQUFDO0FBQzFGLFVBQUksV0FBVyxXQUFXLEtBQUssS0FBSyxXQUFXLFFBQVMsT0FBTTtBQUM5RCxXQUFLLFNBQVM7QUFDZCxXQUFLLElBQUksWUFBWSxzQ0FBc0MsTUFBTSxRQUFRLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFO0FBQ3pGLGFBQU87QUFBQSxJQUNUO0FBQ0EsU0FBSyxPQUFPLElBQUk7QUFDaEIsUUFBSSxXQUFXO0FBQ2IsV0FBSyxxQkFBcUI7QUFHMUIsWUFBTSxVQUFVLEtBQUs7QUFDckIsWUFBTSxVQUFVLEtBQUs7QUFDckIsV0FBSyxZQUFZLENBQUM7QUFDbEIsaUJBQVcsVUFBVSxRQUFTLFFBQU87QUFDckMsV0FBSyxLQUFLLGNBQWM7QUFDeEIsV0FBSyxrQkFBa0I7QUFBQSxJQUN6QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLElBQUksbUJBQTRCO0FBQzlCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLG9CQUEwQjtBQUN4QixTQUFLLHVCQUF1QjtBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUdBLE1BQU0sUUFBMEI7QUFDOUIsUUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFBQSxRQUNoQyxNQUFLLFVBQVUsS0FBSyxNQUFNO0FBQUEsRUFDakM7QUFBQTtBQUFBO0FBQUEsRUFLQSxrQkFBa0IsTUFBc0M7QUFDdEQsVUFBTSxLQUFLLEtBQUs7QUFDaEIsU0FBSyxTQUFTLElBQUksSUFBSSxFQUFFLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDNUMsVUFBTSxLQUFLLEtBQUs7QUFBQSxNQUFPO0FBQUEsTUFBMkIsRUFBRSxXQUFXLElBQUksU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUNwRixNQUFNLEtBQUssS0FBSywyQkFBMkIsSUFBSSxLQUFLLGFBQWE7QUFBQSxJQUFDO0FBQ3BFLFdBQU8sT0FBTyxTQUFZLFNBQVk7QUFBQSxFQUN4QztBQUFBO0FBQUEsRUFHQSxZQUFZLElBQWtCO0FBQzVCLFNBQUssU0FBUyxPQUFPLEVBQUU7QUFBQSxFQUN6QjtBQUFBLEVBRUEsaUJBQW9EO0FBQ2xELFVBQU0sUUFBUSxLQUFLLE9BQU8sS0FBSyxPQUFPLFNBQVMsQ0FBQztBQUNoRCxRQUFJLEtBQUssT0FBTyxhQUFhLEtBQUs7QUFDbEMsUUFBSSxLQUFLLHVCQUF1QixLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssa0JBQWtCLEVBQUcsTUFBSyxLQUFLO0FBQzNGLFVBQU0sUUFBUSxLQUFLLFNBQVMsSUFBSSxFQUFFO0FBQ2xDLFdBQU8sT0FBTyxTQUFTLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBTSxLQUFLLElBQUksRUFBRSxHQUFHO0FBQUEsRUFDbEU7QUFBQSxFQUVBLHVCQUErQjtBQUM3QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxvQkFBb0IsSUFBb0I7QUFDdEMsUUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLEVBQUUsRUFBRyxRQUFPLFdBQVc7QUFDOUMsU0FBSyxxQkFBcUI7QUFDMUIsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLGdCQUFtRDtBQUNqRCxhQUFTLElBQUksS0FBSyxPQUFPLFNBQVMsR0FBRyxLQUFLLEdBQUcsS0FBSztBQUNoRCxZQUFNLElBQUksS0FBSyxPQUFPLENBQUMsRUFBRztBQUMxQixVQUFJLEVBQUcsUUFBTztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLFNBQVMsR0FBRztBQUFBLEVBQzVDO0FBQUEsRUFFQSxPQUFPLE1BQXdDO0FBQzdDLGFBQVMsSUFBSSxLQUFLLE9BQU8sU0FBUyxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQ2hELFlBQU0sSUFBSSxLQUFLLE9BQU8sQ0FBQyxFQUFHLFFBQVEsSUFBSSxJQUFJO0FBQzFDLFVBQUksRUFBRyxRQUFPO0FBQUEsSUFDaEI7QUFDQSxVQUFNLE9BQU8sS0FBSyxlQUFlLEVBQUU7QUFDbkMsV0FBTyxNQUFNLFdBQVcsSUFBSTtBQUFBLEVBQzlCO0FBQUEsRUFFQSxnQkFBK0I7QUFDN0IsVUFBTSxPQUFPLEtBQUssZUFBZSxFQUFFO0FBQ25DLFVBQU0sS0FBb0I7QUFBQSxNQUN4QixhQUFhLEtBQUs7QUFBQSxNQUNsQixnQkFBZ0IsS0FBSztBQUFBLE1BQ3JCLGNBQWMsS0FBSztBQUFBLE1BQ25CLEdBQUcsS0FBSztBQUFBLElBQ1Y7QUFDQSxRQUFJLENBQUMsS0FBTSxRQUFPLEVBQUUsR0FBRztBQUN2QixXQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0EsUUFBUSxLQUFLLE9BQU87QUFBQSxNQUNwQixnQkFBZ0IsS0FBSyxPQUFPO0FBQUEsTUFDNUIsaUJBQWlCLEtBQUssT0FBTztBQUFBLE1BQzdCLGFBQWEsS0FBSyxPQUFPO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUlBLElBQUksT0FBcUIsU0FBdUI7QUFDOUMsU0FBSyxLQUFLLEtBQUssRUFBRSxPQUFPLFNBQVMsV0FBVyxLQUFLLGVBQWUsRUFBRSxHQUFHLENBQUM7QUFBQSxFQUN4RTtBQUFBO0FBQUEsRUFJQSxjQUFjLFVBQXdCO0FBQ3BDLFNBQUssZUFBZTtBQUNwQixTQUFLLGFBQWEsYUFBYSxJQUFJLFNBQVksS0FBSyxLQUFLLFFBQVE7QUFBQSxFQUNuRTtBQUFBO0FBQUEsRUFHQSxZQUF1RTtBQUNyRSxRQUFJO0FBQ0osUUFBSSxLQUFLLGVBQWUsT0FBVyxRQUFPLEVBQUUsSUFBSSxLQUFLLFlBQVksS0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLFNBQVMsRUFBRTtBQUNyRyxlQUFXLEtBQUssS0FBSyxTQUFTLE9BQU8sR0FBRztBQUN0QyxVQUFJLEVBQUUsYUFBYSxPQUFXO0FBQzlCLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU8sRUFBRSxhQUFhLEtBQUssTUFBTSxLQUFLLFFBQVEsS0FBSyxFQUFFLE1BQU0sS0FBSyxLQUFNO0FBQ25HLGVBQU8sRUFBRSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsS0FBSyxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUMsRUFBRTtBQUFBLE1BQ25FO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxXQUFpQjtBQUN2QixTQUFLLGFBQWEsS0FBSyxLQUFLLFFBQVEsS0FBSztBQUN6QyxRQUFJLEtBQUssT0FBUTtBQUNqQixTQUFLO0FBQUEsTUFBTztBQUFBLE1BQWlCLEVBQUUsV0FBVyxLQUFLLGVBQWUsU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUMvRSxNQUFNLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxhQUFhO0FBQUEsSUFBQztBQUFBLEVBQ3hEO0FBQUE7QUFBQSxFQUlBLGlCQUFpQixlQUF1QixPQUFxQjtBQUMzRCxRQUFJLEtBQUssT0FBUTtBQUNqQixTQUFLO0FBQUEsTUFBTztBQUFBLE1BQXdCLEVBQUUsV0FBVyxlQUFlLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQUEsTUFDakYsTUFBTSxLQUFLLEtBQUssd0JBQXdCLGVBQWUsS0FBSztBQUFBLElBQUM7QUFBQSxFQUNqRTtBQUFBO0FBQUEsRUFJQSxpQkFBaUIsU0FBaUIsU0FBc0IsTUFBa0IsVUFBdUIsV0FBdUQ7QUFDdEosUUFBSSxZQUFZLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzNELFFBQUksQ0FBQyxLQUFLLEtBQUssV0FBVyxPQUFPLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzVFLFVBQU0sUUFBUSxJQUFJLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUMsQ0FBQztBQUUzRCxRQUFJLENBQUMsTUFBTSxJQUFJLE9BQU8sS0FBSyxDQUFDLE1BQU0sSUFBSSxTQUFTLEtBQUssQ0FBQyxNQUFNLElBQUksWUFBWSxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsWUFBWTtBQUN0SCxVQUFNLFFBQVEsS0FBSztBQUNuQixVQUFNLFVBQW1CO0FBQUEsTUFDdkI7QUFBQSxNQUFPO0FBQUEsTUFBUztBQUFBLE1BQVM7QUFBQSxNQUFNO0FBQUEsTUFBVTtBQUFBO0FBQUEsTUFFekMsVUFBVSxjQUFjLElBQUksU0FBWSxLQUFLLEtBQUssUUFBUTtBQUFBLE1BQzFELEtBQUssS0FBSyxLQUFLLFFBQVE7QUFBQSxNQUN2QixTQUFTLENBQUMsYUFBYSxLQUFLLGdCQUFnQixTQUFTLFFBQVE7QUFBQSxNQUM3RCxNQUFNLE1BQU0sS0FBSyxZQUFZLE9BQU87QUFBQSxJQUN0QztBQUNBLFNBQUssU0FBUyxJQUFJLE9BQU8sT0FBTztBQUNoQyxXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksTUFBTTtBQUFBLEVBQ3hDO0FBQUEsRUFFQSxrQkFBb0M7QUFDbEMsV0FBTyxDQUFDLEdBQUcsS0FBSyxTQUFTLE9BQU8sQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFFLE9BQU8sU0FBUyxTQUFTLE1BQU0sVUFBVSxXQUFXLFNBQVMsS0FBSyxPQUN6RyxFQUFFLE9BQU8sU0FBUyxTQUFTLE1BQU0sVUFBVSxXQUFXLFNBQVMsS0FBSyxFQUFFO0FBQUEsRUFDM0U7QUFBQSxFQUVRLFlBQVksU0FBd0I7QUFDMUMsUUFBSSxLQUFLLFNBQVMsSUFBSSxRQUFRLEtBQUssTUFBTSxTQUFTO0FBQ2hELFlBQU0sSUFBSSxVQUFVLFdBQVcsUUFBUSxLQUFLLE9BQU8sUUFBUSxPQUFPLDRDQUE0QztBQUFBLElBQ2hIO0FBQ0EsU0FBSyxTQUFTLE9BQU8sUUFBUSxLQUFLO0FBQUEsRUFDcEM7QUFBQSxFQUVRLGdCQUFnQixTQUFrQixVQUFpQztBQUN6RSxRQUFJLE9BQU8sYUFBYSxZQUFZLGFBQWEsS0FBTSxPQUFNLElBQUksVUFBVSwrQ0FBK0M7QUFDMUgsU0FBSyxZQUFZLE9BQU87QUFDeEIsVUFBTSxVQUFVLElBQUksVUFBVSxpQkFBaUIsU0FBUyxTQUFTLDBCQUEwQixDQUFDO0FBQzVGLFFBQUksUUFBUSxJQUFJLFNBQVMsTUFBTSxPQUFXLFNBQVEsSUFBSSxXQUFXLEtBQUs7QUFDdEUsVUFBTSxPQUFPLE9BQU8sU0FBUyxTQUFTLFdBQVdBLFNBQVEsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLFFBQVEsSUFBSSxXQUFXLENBQUM7QUFDbEgsVUFBTSxXQUFXLElBQUksVUFBVSxpQkFBaUIsU0FBUyxVQUFVLDJCQUEyQixDQUFDO0FBQy9GLFNBQUssdUJBQXVCLFFBQVEsT0FBTyxTQUFTLE1BQU0sVUFBVSxFQUFFLE1BQU0sV0FBVyxJQUFJLFNBQVMsR0FBRyxDQUFDO0FBQUEsRUFDMUc7QUFBQSxFQUVRLFlBQVksU0FBd0I7QUFDMUMsU0FBSyxZQUFZLE9BQU87QUFDeEIsU0FBSyx1QkFBdUIsUUFBUSxPQUFPLFFBQVcsUUFBVyxRQUFXLEVBQUUsTUFBTSxXQUFXLGtCQUFrQixTQUFTLFFBQVEsQ0FBQztBQUFBLEVBQ3JJO0FBQUE7QUFBQSxFQUdRLFFBQVEsU0FBd0I7QUFDdEMsU0FBSyxZQUFZLE9BQU87QUFDeEIsVUFBTSxPQUFPQSxTQUFRLE9BQU8sMEJBQTBCO0FBQ3RELFVBQU0sVUFBVSxJQUFJLFVBQVUsQ0FBQyxDQUFDLFdBQVcsS0FBSyxHQUFHLENBQUMsa0JBQWtCLE9BQU8sS0FBSyxNQUFNLENBQUMsR0FBRyxDQUFDLGdCQUFnQixZQUFZLENBQUMsQ0FBQztBQUMzSCxTQUFLLHVCQUF1QixRQUFRLE9BQU8sU0FBUyxNQUFNLElBQUksVUFBVSxHQUFHLEVBQUUsTUFBTSxXQUFXLElBQUksU0FBUyxHQUFHLENBQUM7QUFBQSxFQUNqSDtBQUFBLEVBRVEsdUJBQXVCLE9BQWUsU0FBZ0MsTUFBOEIsVUFBaUMsUUFBaUQ7QUFDNUwsUUFBSSxLQUFLLE9BQVE7QUFDakIsVUFBTSxVQUFVLG9CQUFJLElBQTBCO0FBQzlDLFFBQUksS0FBTSxTQUFRLElBQUksV0FBVyxzQkFBc0IsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQzFFLFVBQU0sUUFBZSxFQUFFLFdBQVcsS0FBSyxlQUFlLFNBQVMsT0FBTztBQUN0RSxTQUFLLGNBQWMsRUFBRSxTQUFTLFNBQVM7QUFDdkMsUUFBSTtBQUNGLFdBQUssT0FBTywrQkFBK0IsT0FBTyxNQUNoRCxLQUFLLEtBQUssK0JBQStCLEtBQUssZUFBZSxPQUFPLFNBQVMsU0FBUyxHQUFHLE1BQU0sVUFBVSxHQUFHLFVBQVUsU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNySSxVQUFFO0FBQ0EsV0FBSyxjQUFjO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQUEsRUFFUTtBQUFBO0FBQUEsRUFHUixZQUFZLE1BQXFDO0FBQy9DLFFBQUksU0FBUyxjQUFjLHdCQUF5QixRQUFPLEtBQUssYUFBYTtBQUM3RSxRQUFJLFNBQVMsY0FBYyx5QkFBMEIsUUFBTyxLQUFLLGFBQWE7QUFDOUUsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVNBLFdBQWlCO0FBQ2YsVUFBTSxRQUFRLEVBQUUsV0FBVyxLQUFLLGVBQWUsU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFDbEUsVUFBTSxPQUFPLEtBQUssT0FBTyxpQkFBaUIsT0FBTyxNQUFNLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxhQUFhLENBQUM7QUFDckcsUUFBSSxTQUFTLEdBQUc7QUFDZCxXQUFLLGtCQUFrQjtBQUN2QjtBQUFBLElBQ0Y7QUFDQSxTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUFBLEVBRVEsYUFBbUI7QUFDekIsU0FBSyxPQUFPLG1CQUFtQixFQUFFLFdBQVcsS0FBSyxlQUFlLFNBQVMsb0JBQUksSUFBSSxFQUFFLEdBQUcsTUFBTSxLQUFLLEtBQUssbUJBQW1CLEtBQUssYUFBYSxDQUFDO0FBQzVJLFNBQUssU0FBUyxPQUFPLEtBQUssYUFBYTtBQUN2QyxTQUFLLGVBQWU7QUFDcEIsU0FBSyxhQUFhO0FBQUEsRUFDcEI7QUFBQSxFQUVBLE9BQWU7QUFDYixRQUFJLENBQUMsS0FBSyxnQkFBaUIsUUFBTyxXQUFXO0FBQzdDLFNBQUssa0JBQWtCO0FBQ3ZCLFNBQUssTUFBTSxNQUFNLEtBQUssV0FBVyxDQUFDO0FBQ2xDLFdBQU8sV0FBVztBQUFBLEVBQ3BCO0FBQUE7QUFBQSxFQUlBLGNBQWMsU0FBMEM7QUFDdEQsV0FBTyxLQUFLLEtBQUssY0FBYyxDQUFDLElBQUksR0FBRyxPQUFPO0FBQUEsRUFDaEQ7QUFBQSxFQUVBLGNBQXNCO0FBQ3BCLFdBQU8sS0FBSyxPQUFPO0FBQUEsRUFDckI7QUFBQSxFQUVBLFFBQVEsTUFBa0M7QUFDeEMsV0FBTyxLQUFLLFVBQVUsTUFBTSxJQUFJO0FBQUEsRUFDbEM7QUFBQSxFQUVBLE9BQU8sTUFBa0M7QUFDdkMsV0FBTyxLQUFLLFVBQVUsTUFBTSxJQUFJO0FBQUEsRUFDbEM7QUFBQSxFQUVBLFVBQVUsTUFBb0M7QUFDNUMsV0FBTyxLQUFLLFVBQVUsUUFBUSxJQUFJO0FBQUEsRUFDcEM7QUFBQSxFQUVBLFVBQXVDO0FBQ3JDLFdBQU8sS0FBSyxVQUFVLElBQUk7QUFBQSxFQUM1QjtBQUNGOzs7QUlsZ0JBLElBQU0sbUJBQW1CLEtBQUssSUFBSSxNQUFNLEdBQUcsQ0FBQztBQUM1QyxJQUFNLHNCQUFzQjtBQUM1QixJQUFNQyxXQUFVLElBQUksWUFBWTtBQUV6QixJQUFNLE9BQU4sTUFBVztBQUFBLEVBQ1AsYUFBYSxJQUFJLFdBQVc7QUFBQSxFQUM1QixTQUFTLElBQUksYUFBYTtBQUFBLEVBQzFCLGNBQWMsSUFBSSxZQUFZO0FBQUEsRUFDOUI7QUFBQSxFQUNBO0FBQUEsRUFDVDtBQUFBLEVBQ2lCLE1BQVksQ0FBQztBQUFBLEVBQ2I7QUFBQSxFQUNULFdBQTJCLENBQUM7QUFBQSxFQUM1QixXQUFXO0FBQUEsRUFDWCxNQUFNO0FBQUEsRUFFZCxZQUFZLFVBQXVCLENBQUMsR0FBRztBQUNyQyxRQUFJLFFBQVEsV0FBVyxVQUFhLFFBQVEsV0FBVyxXQUFXLFFBQVEsV0FBVyxlQUFlO0FBQ2xHLFlBQU0sSUFBSSxVQUFVLGdEQUFnRCxPQUFPLFFBQVEsTUFBTSxDQUFDLEVBQUU7QUFBQSxJQUM5RjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsVUFBYSxDQUFDLE9BQU8sY0FBYyxRQUFRLFdBQVcsR0FBRztBQUNuRixZQUFNLElBQUksVUFBVSx1REFBdUQ7QUFBQSxJQUM3RTtBQUNBLFNBQUssU0FBUyxRQUFRLFVBQVU7QUFDaEMsU0FBSyxjQUFjLFFBQVEsZUFBZTtBQUMxQyxTQUFLLFFBQVEsS0FBSztBQUNsQixTQUFLLFdBQVcsUUFBUSxXQUFXLElBQUksSUFBSSxRQUFRLFFBQVEsSUFBSTtBQUFBLEVBQ2pFO0FBQUEsRUFFQSxNQUFNLFFBQVEsU0FBaUM7QUFDN0MsVUFBTSxLQUFLLE1BQU0sR0FBRyxNQUFNLE1BQU0sT0FBTztBQUN2QyxTQUFLLElBQUksS0FBSyxFQUFFO0FBQ2hCLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLGNBQWMsS0FBb0IsVUFBMEMsQ0FBQyxHQUFlO0FBQzFGLFFBQUksQ0FBQyxNQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksV0FBVyxFQUFHLE9BQU0sSUFBSSxVQUFVLDhDQUE4QztBQUMvRyxlQUFXLE1BQU0sS0FBSztBQUNwQixVQUFJLEVBQUUsY0FBYyxPQUFPLEdBQUcsU0FBUyxLQUFNLE9BQU0sSUFBSSxVQUFVLDREQUE2RDtBQUM5SCxVQUFJLENBQUMsR0FBRyxZQUFZO0FBQ2xCLGNBQU0sSUFBSSxpQkFBaUIsc0JBQXNCLEdBQUcsVUFBVSxHQUFHLElBQUksa0dBQWtHO0FBQUEsTUFDeks7QUFBQSxJQUNGO0FBQ0EsV0FBTyxJQUFJLFdBQVcsS0FBSyxtQkFBbUIsUUFBUSxZQUFZLG1CQUFtQixDQUFDO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQXFCO0FBQ25CLFdBQU8sT0FBTyxLQUFLLEtBQUssSUFBSTtBQUFBLEVBQzlCO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT0EsY0FBc0I7QUFDcEIsV0FBTyxPQUFPLEtBQUssUUFBUSxLQUFLLGNBQWMsbUJBQW1CLElBQUk7QUFBQSxFQUN2RTtBQUFBO0FBQUEsRUFHQSxZQUFZLElBQWtCO0FBQzVCLFFBQUksQ0FBQyxPQUFPLFNBQVMsRUFBRSxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksV0FBVyx5REFBeUQ7QUFDbEgsVUFBTSxTQUFTLEtBQUssUUFBUTtBQUM1QixlQUFTO0FBQ1AsVUFBSTtBQUNKLGlCQUFXLE1BQU0sS0FBSyxLQUFLO0FBQ3pCLGNBQU0sSUFBSSxHQUFHLFVBQVU7QUFDdkIsWUFBSSxLQUFLLEVBQUUsTUFBTSxXQUFXLENBQUMsUUFBUSxFQUFFLEtBQUssS0FBSyxJQUFLLFFBQU87QUFBQSxNQUMvRDtBQUNBLFVBQUksQ0FBQyxLQUFNO0FBQ1gsV0FBSyxRQUFRLEtBQUs7QUFDbEIsV0FBSyxLQUFLO0FBQUEsSUFDWjtBQUNBLFNBQUssUUFBUTtBQUFBLEVBQ2Y7QUFBQTtBQUFBLEVBR0EsUUFBUSxNQUFjLFdBQW1CLE1BQWlDO0FBQ3hFLFVBQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxNQUFNLFNBQVM7QUFDakQsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLGlCQUFpQiw4QkFBOEIsSUFBSSwrQkFBK0IsU0FBUyxHQUFHO0FBQ2pJLFVBQU0sRUFBRSxPQUFPLElBQUksS0FBSyxPQUFPLFFBQVEsT0FBTyxPQUFPLFNBQVMsV0FBV0EsU0FBUSxPQUFPLElBQUksSUFBSSxJQUFJO0FBQ3BHLFFBQUksT0FBUSxNQUFLLE1BQU0sTUFBTTtBQUM3QixTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBO0FBQUEsRUFHQSxPQUFPLE1BQWtDO0FBQ3ZDLFdBQU8sS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUFBLEVBQ3BDO0FBQUEsRUFFQSxVQUF1QztBQUNyQyxXQUFPLEtBQUssWUFBWSxJQUFJO0FBQUEsRUFDOUI7QUFBQSxFQUVBLFdBQVcsTUFBdUI7QUFDaEMsV0FBTyxLQUFLLGFBQWEsVUFBYSxLQUFLLFNBQVMsSUFBSSxJQUFJO0FBQUEsRUFDOUQ7QUFBQTtBQUFBLEVBR0EsVUFBa0I7QUFDaEIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBO0FBQUEsRUFHQSxNQUFNLFFBQTBCO0FBQzlCLFNBQUssU0FBUyxLQUFLLE1BQU07QUFBQSxFQUMzQjtBQUFBO0FBQUEsRUFHQSxnQkFBc0I7QUFDcEIsUUFBSSxLQUFLLFNBQVU7QUFDbkIsU0FBSyxXQUFXO0FBQ2hCLFFBQUk7QUFDRixhQUFPLEtBQUssU0FBUyxTQUFTLEVBQUcsTUFBSyxTQUFTLE1BQU0sRUFBRztBQUFBLElBQzFELFVBQUU7QUFDQSxXQUFLLFdBQVc7QUFBQSxJQUNsQjtBQUFBLEVBQ0Y7QUFDRjs7O0FkdElBOzs7QWVGQSxTQUFTLFlBQVksbUJBQW1CO0FBQ3hDLFNBQVMsU0FBUyxXQUFXLHVCQUFpRDtBQWF2RSxJQUFNLFNBQVMsQ0FBQyxTQUFzQyxPQUFPLEtBQUssSUFBSSxFQUFFLFNBQVMsV0FBVztBQUduRyxlQUFzQixRQUFRLEtBQWlCLEtBQWEsVUFBaUMsQ0FBQyxHQUFxQjtBQUNqSCxRQUFNLFVBQVUsUUFBUSxXQUFXO0FBQ25DLE1BQUksSUFBSSxXQUFXLElBQUksR0FBRztBQUN4QixVQUFNLFNBQVMsSUFBSSxXQUFXLFlBQVksUUFBUSxVQUFVLEtBQUssUUFBUSxVQUFVLEtBQUssRUFBRSxDQUFDO0FBQzNGLFVBQU1DLE9BQVcsRUFBRSxLQUFLLE9BQU8sR0FBRyxPQUFPLE1BQU0sR0FBRyxLQUFLLEtBQUssT0FBTyxHQUFJLFVBQVUsRUFBRSxJQUFJLElBQUksQ0FBQyxFQUFHO0FBQy9GLFdBQU8sRUFBRSxLQUFLLEtBQUssU0FBUyxRQUFRLEtBQUFBLEtBQUk7QUFBQSxFQUMxQztBQUNBLFFBQU0sRUFBRSxXQUFXLFdBQVcsSUFBSSxNQUFNLGdCQUFnQixLQUFLLFFBQVEsVUFBVSxFQUFFLEtBQUssVUFBVSxJQUFJLENBQUMsQ0FBQztBQUN0RyxRQUFNLE1BQU0sRUFBRSxHQUFJLE1BQU0sVUFBVSxTQUFTLEdBQUksS0FBSyxLQUFLLE9BQU8sR0FBSSxVQUFVLEVBQUUsSUFBSSxJQUFJLENBQUMsRUFBRztBQUM1RixTQUFPLEVBQUUsS0FBSyxLQUFLLFNBQVMsWUFBWSxJQUFJO0FBQzlDO0FBU0EsZUFBc0IsS0FBSyxLQUFjLFFBQWlDLFVBQXVCLENBQUMsR0FBb0I7QUFDcEgsUUFBTSxTQUFTLEVBQUUsS0FBSyxJQUFJLEtBQUssR0FBSSxRQUFRLFFBQVEsQ0FBQyxJQUFJLEVBQUUsS0FBSyxJQUFJLElBQUksR0FBSSxHQUFJLFFBQVEsVUFBVSxDQUFDLEVBQUc7QUFDckcsU0FBTyxJQUFJLFFBQVEsTUFBTSxFQUFFLG1CQUFtQixNQUFNLEVBQUUsS0FBSyxJQUFJLE9BQU87QUFDeEU7OztBQ2xDTyxTQUFTLFVBQVUsU0FBNEI7QUFDcEQsTUFBSSxRQUFRLFdBQVcsRUFBRyxPQUFNLElBQUksTUFBTSx1QkFBdUI7QUFDakUsUUFBTSxTQUFTLENBQUMsR0FBRyxPQUFPLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDaEQsUUFBTSxLQUFLLENBQUMsTUFBYyxPQUFPLEtBQUssSUFBSSxPQUFPLFNBQVMsR0FBRyxLQUFLLE1BQU0sSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNGLFNBQU8sRUFBRSxHQUFHLE9BQU8sUUFBUSxLQUFLLEdBQUcsR0FBRyxHQUFHLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBSSxPQUFPLE9BQU87QUFDbEg7QUFHTyxTQUFTLFNBQVMsR0FBVyxRQUFnQixJQUFtQztBQUNyRixXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsSUFBSyxJQUFHLENBQUM7QUFDckMsUUFBTSxNQUFNLElBQUksTUFBYyxDQUFDO0FBQy9CLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFVBQU0sS0FBSyxRQUFRLE9BQU8sT0FBTztBQUNqQyxPQUFHLENBQUM7QUFDSixRQUFJLENBQUMsSUFBSSxPQUFPLFFBQVEsT0FBTyxPQUFPLElBQUksRUFBRSxJQUFJO0FBQUEsRUFDbEQ7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxJQUFNLE1BQU0sQ0FBQyxHQUFXLFNBQVMsTUFBTSxFQUFFLFFBQVEsTUFBTTs7O0FoQmxCOUQsSUFBTSxTQUFTO0FBQ2YsSUFBTSxXQUFXLEtBQUssSUFBSSxNQUFNLEdBQUcsQ0FBQztBQUM3QixJQUFNLFdBQXlCLENBQUMsU0FBUyxTQUFTLFNBQVMsU0FBUyxPQUFPO0FBRWxGLGVBQWUsWUFBWSxLQUFjLGNBQW1DO0FBQzFFLFFBQU0sT0FBTyxJQUFJLEtBQUssRUFBRSxhQUFhLFNBQVMsQ0FBQztBQUMvQyxTQUFPLEtBQUssUUFBUTtBQUFBLElBQ2xCLFFBQVEsR0FBRyxnQkFBZ0IsQ0FBQztBQUFBLElBQzVCLHFCQUFxQjtBQUFBLE1BQ25CLFdBQVcsQ0FBQyxFQUFFLE1BQU0sU0FBUyxRQUFRLFFBQVEsV0FBVyxDQUFDLEtBQUssR0FBRyxZQUFZLENBQUMsSUFBSSxHQUFHLEdBQUcsTUFBTSxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUMsSUFBSSxHQUFHLEVBQUUsRUFBRSxFQUFFLENBQUM7QUFBQSxNQUMvSCxPQUFPLENBQUMsRUFBRSxTQUFTLENBQUMsR0FBRyxRQUFRLEtBQUssVUFBVSxFQUFFLFVBQVUsUUFBUSxFQUFFLENBQUM7QUFBQSxNQUNyRSxPQUFPLEVBQUUsYUFBYSxhQUFhO0FBQUEsSUFDckM7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVBLFNBQVMsUUFBUSxJQUFRLE9BQXFCO0FBQzVDLFFBQU0sSUFBSSxHQUFHLGNBQWM7QUFDM0IsSUFBRSxtQkFBbUIsQ0FBQyxDQUFDLFdBQVcsS0FBSyxHQUFHLENBQUMsU0FBUyxTQUFTLEdBQUcsQ0FBQyxjQUFjLEtBQUssR0FBRyxDQUFDLGdCQUFnQixHQUFHLEdBQUcsQ0FBQyxpQkFBaUIsVUFBVSxLQUFLLEVBQUUsQ0FBQyxHQUFHLEVBQUUsYUFBYSxLQUFLLENBQUM7QUFDMUssTUFBSSxFQUFFLGNBQWUsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLEVBQUUsY0FBYyxNQUFNLElBQUksRUFBRSxjQUFjLFFBQVEsRUFBRTtBQUNqSCxJQUFFLFNBQVM7QUFDYjtBQUVBLFNBQVMsYUFBYSxLQUEwQztBQUM5RCxNQUFJLElBQUksUUFBUSxTQUFTO0FBQ3ZCLFVBQU0sU0FBUyxnQkFBZ0IsSUFBSSxPQUFxQjtBQUN4RCxXQUFPLENBQUMsVUFBVTtBQUNoQixZQUFNLE1BQU0sTUFBTSxZQUFZLEdBQUc7QUFDakMsWUFBTSxNQUFNQyxZQUFXLFVBQVUsTUFBTSxFQUFFLE9BQU8sTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLEVBQUUsT0FBTztBQUM1RSxhQUFPLGdCQUFnQixLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTSxDQUFDLEdBQUcsV0FBVyxDQUFDO0FBQUEsSUFDNUU7QUFBQSxFQUNGO0FBQ0EsUUFBTSxNQUFpQixnQkFBZ0IsRUFBRSxLQUFLLElBQUksS0FBYyxRQUFRLE1BQU0sQ0FBQztBQUMvRSxRQUFNLE9BQU8sSUFBSSxRQUFRLFVBQVUsT0FBTztBQUMxQyxRQUFNLFVBQ0osSUFBSSxRQUFRLFVBQVUsRUFBRSxLQUFLLEtBQUssU0FBUyxHQUErQixZQUFZLEdBQUcsSUFDdkYsSUFBSSxRQUFRLFVBQVUsRUFBRSxLQUFLLEtBQUssYUFBYSxhQUFzQixJQUNyRSxFQUFFLEtBQUssSUFBSTtBQUNmLFNBQU8sQ0FBQyxVQUFVO0FBQ2hCLFVBQU0sTUFBTSxNQUFNLFlBQVksR0FBRztBQUNqQyxXQUFPLFdBQVcsTUFBTSxPQUFPLEtBQUssTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLEdBQUcsU0FBUyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU0sQ0FBQyxHQUFHLFdBQVcsQ0FBQztBQUFBLEVBQ25IO0FBQ0Y7QUFPQSxlQUFzQixXQUFXLEdBQWtGO0FBQ2pILFFBQU0sU0FBd0MsQ0FBQztBQUMvQyxNQUFJO0FBQ0osYUFBVyxPQUFPLFVBQVU7QUFDMUIsVUFBTSxNQUFNLE1BQU0sUUFBUSxLQUFLLEdBQUcsR0FBRyxRQUFRO0FBQzdDLFVBQU0sTUFBTSxLQUFLLE1BQU0sV0FBVyxHQUFJO0FBQ3RDLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixhQUFTLElBQUksR0FBRyxJQUFJLElBQUksS0FBSyxJQUFLLFFBQU8sS0FBSyxNQUFNLEtBQUssS0FBSyxFQUFFLEtBQUssUUFBUSxLQUFLLE9BQU8sS0FBSyxRQUFRLENBQUMsSUFBSSxLQUFLLEtBQUssS0FBSyxNQUFNLE1BQU0sS0FBSyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7QUFDckosVUFBTSxLQUFLLE1BQU0sWUFBWSxLQUFLLEVBQUU7QUFDcEMsVUFBTSxRQUFRLGFBQWEsR0FBRztBQUM5QixRQUFJLENBQUMsT0FBTyxNQUFNLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFHLE9BQU0sSUFBSSxNQUFNLEdBQUcsR0FBRyxpQ0FBaUM7QUFFdkcsVUFBTSxhQUFhLFVBQVUsU0FBUyxHQUFHLEtBQUssQ0FBQyxNQUFNLFFBQVEsSUFBSSxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQztBQUNsRyxVQUFNQyxjQUFhLFVBQVUsU0FBUyxHQUFHLEtBQUssQ0FBQyxNQUFNLEtBQUssTUFBTSxPQUFPLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQzNGLFdBQU8sR0FBRyxJQUFJLEVBQUUsWUFBWSxZQUFBQSxZQUFXO0FBQ3ZDLFFBQUksUUFBUSxTQUFTO0FBQ25CLFlBQU0sTUFBTSxPQUFPLENBQUM7QUFDcEIsY0FBUSxJQUFJLEdBQUc7QUFDZixpQkFBVyxVQUFVLFNBQVMsR0FBRyxLQUFLLE1BQU0sUUFBUSxJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQzdELFdBQUssR0FBRyxRQUFRLDBCQUEwQixLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSwyQ0FBMkM7QUFBQSxJQUNwSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsUUFBUSxTQUFvQjtBQUN2QztBQUVPLFNBQVMsZ0JBQWdCQyxJQUEyQztBQUN6RSxVQUFRLElBQUksOEhBQTJIO0FBQ3ZJLFFBQU0sU0FBaUMsRUFBRSxPQUFPLGdCQUFRLE9BQU8sSUFBSSxPQUFPLGlCQUFTLE9BQU8saUJBQVMsT0FBTyxlQUFPO0FBQ2pILGFBQVcsQ0FBQyxLQUFLLENBQUMsS0FBSyxPQUFPLFFBQVFBLEdBQUUsTUFBTSxHQUFHO0FBQy9DLFlBQVE7QUFBQSxNQUNOLEtBQUssSUFBSSxPQUFPLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxXQUFXLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQyxNQUFNLElBQUksRUFBRSxXQUFXLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxXQUFXLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQyxNQUFNLElBQUksRUFBRSxXQUFXLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxNQUNoSyxJQUFJLEVBQUUsV0FBVyxNQUFNLEVBQUUsV0FBVyxLQUFLLENBQUMsQ0FBQyxRQUFLLE9BQU8sR0FBRyxJQUFJLElBQUksT0FBTyxHQUFHLENBQUMsTUFBTSxFQUFFO0FBQUEsSUFDL0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLQSxHQUFFLE9BQU8sTUFBTSxXQUFXO0FBQ3JDLFVBQVEsSUFBSSw4Q0FBOEMsSUFBSUEsR0FBRSxTQUFTLEdBQUcsQ0FBQyxlQUFZLElBQUlBLEdBQUUsU0FBUyxHQUFHLENBQUMsWUFBUyxJQUFJQSxHQUFFLFNBQVMsTUFBTSxJQUFJLENBQUMsQ0FBQyxrREFBdUM7QUFDekw7OztBaUI3RkEsSUFBTSxJQUFJLE1BQU0sV0FBVyxPQUFPLFFBQVEsSUFBSSxLQUFLLEdBQUcsQ0FBQztBQUN2RCxnQkFBZ0IsQ0FBQzsiLAogICJuYW1lcyI6IFsiY3JlYXRlSG1hYyIsICJlbmNvZGVyIiwgImRlY29kZXIiLCAiZW5jb2RlciIsICJkZWNvZGVyIiwgImVuY29kZXIiLCAiZW5jb2RlciIsICJkZWNvZGVyIiwgInIiLCAibWFwIiwgInJhdyIsICJhY3Rpb24iLCAiY29uY2F0IiwgImRlY29kZXIiLCAiZGVjb2RlciIsICJlbmNvZGVyIiwgImVuY29kZXIiLCAiZW5jb2RlciIsICJqd2siLCAiY3JlYXRlSG1hYyIsICJub2RlVmVyaWZ5IiwgInIiXQp9Cg==
