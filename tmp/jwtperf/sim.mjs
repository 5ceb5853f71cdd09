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
var decoder = new TextDecoder("utf-8", { fatal: false });
function encodePairs(pairs) {
  const n = pairs.length;
  let joined = "";
  for (let i = 0; i < n; i++) {
    const pair = pairs[i];
    joined += pair[0] + "\0" + pair[1] + "\0";
  }
  const head = 4 + n * 8;
  const buf = Buffer.allocUnsafe(head + joined.length * 3);
  const written = buf.write(joined, head, "utf8");
  const ascii = written === joined.length;
  buf.writeUInt32LE(n, 0);
  let offset = 4;
  for (let i = 0; i < n; i++) {
    const [k, v] = pairs[i];
    buf.writeUInt32LE(ascii ? k.length : Buffer.byteLength(k, "utf8"), offset);
    buf.writeUInt32LE(ascii ? v.length : Buffer.byteLength(v, "utf8"), offset + 4);
    offset += 8;
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, head + written);
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
var encoder = new TextEncoder();
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
  if (typeof value === "string") return encoder.encode(value);
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
  return v === void 0 ? void 0 : encoder.encode(v);
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
var encoder2 = new TextEncoder();
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
    this.store(vmId, key, typeof value === "string" ? encoder2.encode(value) : value, 0);
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
var EMPTY = new Uint8Array(0);
var HeaderMap = class {
  entries;
  /** Serialized form of `entries`; undefined after a change. */
  encoded;
  constructor(pairs = []) {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }
  pairs() {
    return this.entries.map(([k, v]) => [k, v]);
  }
  /** The ABI serialization (empty for an empty map). Shared: callers must not modify it. */
  serialized() {
    if (this.encoded === void 0) this.encoded = this.entries.length === 0 ? EMPTY : encodePairs(this.entries);
    return this.encoded;
  }
  get count() {
    return this.entries.length;
  }
  /** Envoy's get_header_map_size reports the map's byte size, not its entry count. */
  byteSize() {
    let size = 0;
    for (const [k, v] of this.entries) size += Buffer.byteLength(k, "utf8") + Buffer.byteLength(v, "utf8");
    return size;
  }
  /** First value, as Envoy's getHeaderMapValue returns. */
  get(name) {
    const key = name.toLowerCase();
    return this.entries.find(([k]) => k === key)?.[1];
  }
  add(name, value) {
    this.entries.push([name.toLowerCase(), value]);
    this.encoded = void 0;
  }
  /** Replaces the first entry's value in place, or appends (Envoy's replaceHeaderMapValue). */
  replace(name, value) {
    const key = name.toLowerCase();
    const entry = this.entries.find(([k]) => k === key);
    if (entry) entry[1] = value;
    else this.entries.push([key, value]);
    this.encoded = void 0;
  }
  remove(name) {
    const key = name.toLowerCase();
    if (!this.entries.some(([k]) => k === key)) return;
    this.entries = this.entries.filter(([k]) => k !== key);
    this.encoded = void 0;
  }
  setAll(pairs) {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
    this.encoded = void 0;
  }
};

// host-sim/stream.ts
var encoder3 = new TextEncoder();
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
  if (typeof data === "string") return encoder3.encode(data);
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

// host-sim/grpc.ts
var GrpcStatus = { Ok: 0, Cancelled: 1, DeadlineExceeded: 4, Unavailable: 14 };
function clusterFromGrpcService(bytes) {
  const envoyGrpc = lengthDelimitedField(bytes, 1);
  if (envoyGrpc === void 0) return void 0;
  const name = lengthDelimitedField(envoyGrpc, 1);
  if (name === void 0 || name.length === 0) return void 0;
  return new TextDecoder("utf-8", { fatal: true }).decode(name);
}
function lengthDelimitedField(bytes, field) {
  let pos = 0;
  let found;
  const varint = () => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.length) return void 0;
      const b = bytes[pos++];
      value += (b & 127) * 2 ** shift;
      if ((b & 128) === 0) return value;
    }
    return void 0;
  };
  while (pos < bytes.length) {
    const key = varint();
    if (key === void 0 || key < 8) return void 0;
    const wire = key & 7;
    const number = Math.floor(key / 8);
    if (wire === 0) {
      if (varint() === void 0) return void 0;
    } else if (wire === 1 || wire === 5) {
      pos += wire === 1 ? 8 : 4;
      if (pos > bytes.length) return void 0;
    } else if (wire === 2) {
      const len = varint();
      if (len === void 0 || pos + len > bytes.length) return void 0;
      if (number === field) found = bytes.subarray(pos, pos + len);
      pos += len;
    } else {
      return void 0;
    }
  }
  return found;
}
var GrpcCalls = class {
  constructor(owner) {
    this.owner = owner;
  }
  owner;
  calls = /* @__PURE__ */ new Map();
  // Envoy numbers unary calls with odd tokens and streams with even ones.
  nextToken = 1;
  start(init) {
    const token = this.nextToken;
    this.nextToken += 2;
    const call = {
      ...init,
      token,
      // Envoy's timeout 0 means "no timeout".
      deadline: init.timeoutMs === 0 ? void 0 : this.owner.nowMs() + init.timeoutMs,
      seq: this.owner.nextSeq(),
      respond: (reply) => this.respond(call, reply),
      fail: (failure) => this.fail(call, failure)
    };
    this.calls.set(token, call);
    return token;
  }
  /** proxy_grpc_cancel and proxy_grpc_close on a unary call: forget it, no callback. */
  cancel(token) {
    const call = this.calls.get(token);
    if (!call || !this.owner.hasContext(call.contextId)) return false;
    this.calls.delete(token);
    return true;
  }
  pending() {
    this.dropOrphans();
    return [...this.calls.values()].map(({ deadline: _d, seq: _s, ...call }) => call);
  }
  /** The earliest timeout, for the host's virtual clock. */
  nextDeadline() {
    this.dropOrphans();
    let best;
    for (const c of this.calls.values()) {
      if (c.deadline === void 0) continue;
      if (!best || c.deadline < best.deadline || c.deadline === best.deadline && c.seq < best.seq) best = c;
    }
    if (!best) return void 0;
    const call = best;
    return {
      at: call.deadline,
      seq: call.seq,
      fire: () => {
        this.take(call);
        this.owner.deliverGrpcClose(call, GrpcStatus.DeadlineExceeded, "upstream request timeout");
      }
    };
  }
  // Envoy cancels a context's outstanding calls when the context is destroyed.
  dropOrphans() {
    for (const [token, call] of this.calls) if (!this.owner.hasContext(call.contextId)) this.calls.delete(token);
  }
  take(call) {
    if (this.calls.get(call.token) !== call || !this.owner.hasContext(call.contextId)) {
      this.calls.delete(call.token);
      throw new HostError(`gRPC call ${call.token} to ${call.cluster} was already answered, failed, cancelled, timed out, or its context is gone`);
    }
    this.calls.delete(call.token);
  }
  respond(call, reply) {
    if (typeof reply !== "object" || reply === null || !(reply.message instanceof Uint8Array)) {
      throw new TypeError("respond() needs { message: Uint8Array }");
    }
    this.take(call);
    this.owner.deliverGrpcReceive(call, reply.message);
  }
  fail(call, failure) {
    if (typeof failure !== "object" || failure === null || !Number.isInteger(failure.status) || failure.status <= 0 || failure.status > 16) {
      throw new TypeError("fail() needs { status: 1..16, message? } (a failed call never has status 0)");
    }
    this.take(call);
    this.owner.deliverGrpcClose(call, failure.status, failure.message ?? "");
  }
};

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
      return m.copyToPointerSize(Buffer.from(value, "utf8"), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
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
      return m.copyToPointerSize(map.serialized(), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
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
    // gRPC callouts (unary; see grpc.ts).
    proxy_grpc_call(sp, ss, np, ns, mp, ms, hp, hs, bp, bs, timeout, tokenPtr) {
      const grpcService = m.read(sp, ss);
      const serviceName = str(np, ns);
      const method = str(mp, ms);
      const metadataBytes = m.read(hp, hs);
      const message = m.read(bp, bs);
      if (grpcService === void 0 || serviceName === void 0 || method === void 0 || metadataBytes === void 0 || message === void 0) {
        return WasmResult.InvalidMemoryAccess;
      }
      if (!m.writeU32(tokenPtr, 0)) return WasmResult.InvalidMemoryAccess;
      const cluster = clusterFromGrpcService(grpcService) ?? new TextDecoder().decode(grpcService);
      if (!vm.host.hasCluster(cluster)) return WasmResult.ParseFailure;
      const token = vm.dispatchGrpcCall({
        cluster,
        grpcService: grpcService.slice(),
        serviceName,
        method,
        metadata: decodePairs(metadataBytes) ?? [],
        message: message.slice(),
        timeoutMs: timeout >>> 0
      });
      m.writeU32(tokenPtr, token);
      return WasmResult.Ok;
    },
    proxy_grpc_cancel(token) {
      return vm.cancelGrpcCall(token >>> 0) ? WasmResult.Ok : WasmResult.NotFound;
    },
    proxy_grpc_close(token) {
      return vm.cancelGrpcCall(token >>> 0) ? WasmResult.Ok : WasmResult.NotFound;
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
  // Views on the current memory buffer, rebuilt only when it changes (memory.grow detaches it).
  bytes;
  data;
  attach(memory, allocator) {
    this.memory = memory;
    this.allocator = allocator;
  }
  view() {
    if (!this.memory) throw new Error("guest memory used before the module was instantiated");
    const buffer = this.memory.buffer;
    if (this.bytes === void 0 || this.bytes.buffer !== buffer) {
      this.bytes = new Uint8Array(buffer);
      this.data = new DataView(buffer);
    }
    return this.bytes;
  }
  dataView() {
    this.view();
    return this.data;
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
    const p = ptr >>> 0;
    const l = len >>> 0;
    const mem = this.view();
    if (p + l > mem.length) return void 0;
    return decoder5.decode(mem.subarray(p, p + l));
  }
  write(ptr, bytes) {
    const p = ptr >>> 0;
    const mem = this.view();
    if (p + bytes.length > mem.length) return false;
    mem.set(bytes, p);
    return true;
  }
  writeU32(ptr, value) {
    const p = ptr >>> 0;
    const view = this.dataView();
    if (p + 4 > view.byteLength) return false;
    view.setUint32(p, value >>> 0, true);
    return true;
  }
  writeU64(ptr, value) {
    const p = ptr >>> 0;
    const view = this.dataView();
    if (p + 8 > view.byteLength) return false;
    view.setBigUint64(p, BigInt.asUintN(64, value), true);
    return true;
  }
  readU32(ptr) {
    const p = ptr >>> 0;
    const view = this.dataView();
    if (p + 4 > view.byteLength) return void 0;
    return view.getUint32(p, true);
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
      let text = chunks.map((c) => decoder6.decode(c, { stream: true })).join("") + decoder6.decode();
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
  grpcCalls = new GrpcCalls({
    nowMs: () => this.host.nowMs,
    nextSeq: () => this.host.nextSeq(),
    hasContext: (id) => this.contexts.has(id),
    deliverGrpcReceive: (call, message) => this.deliverGrpc(call, "proxy_on_grpc_receive", message.length, message, { code: 0, message: "" }),
    deliverGrpcClose: (call, status, message) => this.deliverGrpc(call, "proxy_on_grpc_close", status, void 0, { code: status, message })
  });
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
    const grpc = this.grpcCalls.nextDeadline();
    if (grpc && (!best || grpc.at < best.at || grpc.at === best.at && best.seq !== 0 && grpc.seq < best.seq)) best = grpc;
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
  // ---- gRPC callouts (grpc.ts) ----------------------------------------------
  /** @internal proxy_grpc_call: the caller is the current (or effective) context. */
  dispatchGrpcCall(init) {
    return this.grpcCalls.start({ ...init, contextId: this.resolveContext().id });
  }
  /** @internal proxy_grpc_cancel / proxy_grpc_close. */
  cancelGrpcCall(token) {
    return this.grpcCalls.cancel(token);
  }
  /** Unary gRPC calls waiting for the test to respond(), fail() or let them time out. */
  pendingGrpcCalls() {
    return this.grpcCalls.pending();
  }
  deliverGrpc(call, callback, arg, message, status) {
    if (this.failed) return;
    const buffers = /* @__PURE__ */ new Map();
    if (message) buffers.set(BufferType.GrpcReceiveBuffer, { get: () => message });
    this.invoke(callback, { contextId: call.contextId, buffers, status }, () => this.call(callback, call.contextId, call.token, arg));
  }
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
var encoder6 = new TextEncoder();
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
    const { notify } = this.queues.enqueue(token, typeof data === "string" ? encoder6.encode(data) : data);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vZW52b3kvcGF0aHMudHMiLCAiLi4vLi4vYmVuY2gvand0LnRzIiwgIi4uLy4uL2hvc3Qtc2ltL2Vycm9ycy50cyIsICIuLi8uLi9ob3N0LXNpbS9hYmkudHMiLCAiLi4vLi4vaG9zdC1zaW0vbWV0cmljcy50cyIsICIuLi8uLi9ob3N0LXNpbS9wYWlycy50cyIsICIuLi8uLi9ob3N0LXNpbS9wcm9wZXJ0aWVzLnRzIiwgIi4uLy4uL2hvc3Qtc2ltL3NoYXJlZC1kYXRhLnRzIiwgIi4uLy4uL2hvc3Qtc2ltL3NoYXJlZC1xdWV1ZXMudHMiLCAiLi4vLi4vaG9zdC1zaW0vaGVhZGVyLW1hcC50cyIsICIuLi8uLi9ob3N0LXNpbS9zdHJlYW0udHMiLCAiLi4vLi4vaG9zdC1zaW0vdm0udHMiLCAiLi4vLi4vaG9zdC1zaW0vZ3JwYy50cyIsICIuLi8uLi9ob3N0LXNpbS9ob3N0LWNhbGxzLnRzIiwgIi4uLy4uL2hvc3Qtc2ltL21lbW9yeS50cyIsICIuLi8uLi9ob3N0LXNpbS93YXNpLnRzIiwgIi4uLy4uL2hvc3Qtc2ltL2hvc3QudHMiLCAiLi4vLi4vdGVzdC9maXh0dXJlcy9qd3QvdG9rZW5zLnRzIiwgIi4uLy4uL2JlbmNoL2xpYi9zdGF0cy50cyIsICIuLi8uLi8uLi8uLi90bXAvand0cGVyZi9zaW0udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIExvY2F0ZXMgdGhlIHJlcG9zaXRvcnkgcm9vdC4gQ29kZSBoZXJlIHJ1bnMgYm90aCBmcm9tIHNvdXJjZSAodml0ZXN0KSBhbmQgYnVuZGxlZCBpbnRvXG4vLyAuY2FjaGUvdHMvIChiaW4vdHMubWpzKSwgc28gcGF0aHMgcmVsYXRpdmUgdG8gaW1wb3J0Lm1ldGEudXJsIGFyZSBub3Qgc3RhYmxlOyB0aGUgcm9vdCBpc1xuLy8gdGhlIG5lYXJlc3QgYW5jZXN0b3Igd2hvc2UgcGFja2FnZS5qc29uIGlzIG91cnMuXG5pbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCB9IGZyb20gJ25vZGU6dXJsJztcblxubGV0IGNhY2hlZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG5leHBvcnQgZnVuY3Rpb24gcmVwb1Jvb3QoKTogc3RyaW5nIHtcbiAgaWYgKGNhY2hlZCkgcmV0dXJuIGNhY2hlZDtcbiAgZm9yIChjb25zdCBzdGFydCBvZiBbZGlybmFtZShmaWxlVVJMVG9QYXRoKGltcG9ydC5tZXRhLnVybCkpLCBwcm9jZXNzLmN3ZCgpXSkge1xuICAgIGZvciAobGV0IGRpciA9IHN0YXJ0OyA7IGRpciA9IGRpcm5hbWUoZGlyKSkge1xuICAgICAgY29uc3QgbWFuaWZlc3QgPSBqb2luKGRpciwgJ3BhY2thZ2UuanNvbicpO1xuICAgICAgaWYgKGV4aXN0c1N5bmMobWFuaWZlc3QpICYmIGlzT3VycyhtYW5pZmVzdCkpIHJldHVybiAoY2FjaGVkID0gZGlyKTtcbiAgICAgIGlmIChkaXJuYW1lKGRpcikgPT09IGRpcikgYnJlYWs7XG4gICAgfVxuICB9XG4gIHRocm93IG5ldyBFcnJvcignY2Fubm90IGZpbmQgdGhlIHBvcnRjdWxsaXMgcmVwb3NpdG9yeSByb290IChubyBwYWNrYWdlLmpzb24gbmFtZWQgXCJwb3J0Y3VsbGlzXCIgYWJvdmUgdGhpcyBtb2R1bGUgb3IgdGhlIHdvcmtpbmcgZGlyZWN0b3J5KScpO1xufVxuXG5mdW5jdGlvbiBpc091cnMobWFuaWZlc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhtYW5pZmVzdCwgJ3V0ZjgnKSkubmFtZSA9PT0gJ3BvcnRjdWxsaXMnO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gZmFsc2U7XG4gIH1cbn1cblxuLyoqIFdoZXJlIGBwb3J0Y3VsbGlzIGJ1aWxkYCB3cml0ZXMgbW9kdWxlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWZhdWx0QnVpbGREaXIoKTogc3RyaW5nIHtcbiAgcmV0dXJuIGpvaW4ocmVwb1Jvb3QoKSwgJ2J1aWxkJyk7XG59XG4iLCAiLy8gSXNzdWUtMyBmaWd1cmVzLCBob3N0LXNpbSBzaWRlOiBwZXIgYWxnb3JpdGhtLCBvbmUgcmVxdWVzdCB0aHJvdWdoIHRoZSBqd3QgZmlsdGVyIHdpdGggYSB0b2tlblxuLy8gaXQgaGFzIG5vdCBzZWVuIChjYWNoZSBtaXNzLCBzbyBhIGZ1bGwgdmVyaWZpY2F0aW9uKSBhZ2FpbnN0IE5vZGUncyBjcnlwdG8udmVyaWZ5IChPcGVuU1NMKVxuLy8gb2YgdGhlIHNhbWUgc2lnbmluZyBpbnB1dCB3aXRoIHRoZSBzYW1lIGtleTsgYW5kIG9uZSByZXF1ZXN0IHdob3NlIHRva2VuIGlzIGNhY2hlZC5cbmltcG9ydCB7IGNyZWF0ZVB1YmxpY0tleSwgY3JlYXRlU2VjcmV0S2V5LCB2ZXJpZnkgYXMgbm9kZVZlcmlmeSwgY3JlYXRlSG1hYywgdGltaW5nU2FmZUVxdWFsLCB0eXBlIEtleU9iamVjdCB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IEhvc3QsIHR5cGUgVm0gfSBmcm9tICcuLi9ob3N0LXNpbS9pbmRleC50cyc7XG5pbXBvcnQgeyBkZWZhdWx0QnVpbGREaXIgfSBmcm9tICcuLi9lbnZveS9wYXRocy50cyc7XG5pbXBvcnQgeyBtYWtlS2V5LCBtaW50LCB0eXBlIFNpZ25pbmdBbGcsIHR5cGUgVGVzdEtleSB9IGZyb20gJy4uL3Rlc3QvZml4dHVyZXMvand0L3Rva2Vucy50cyc7XG5pbXBvcnQgeyBmbXQsIHN1bW1hcml6ZSwgdGltZUVhY2gsIHR5cGUgU3VtbWFyeSB9IGZyb20gJy4vbGliL3N0YXRzLnRzJztcblxuY29uc3QgSVNTVUVSID0gJ2h0dHBzOi8vaWRwLmJlbmNoJztcbmNvbnN0IFNUQVJUX01TID0gRGF0ZS5VVEMoMjAyNiwgMCwgMSk7XG5leHBvcnQgY29uc3QgSldUX0FMR1M6IFNpZ25pbmdBbGdbXSA9IFsnUlMyNTYnLCAnUFMyNTYnLCAnRVMyNTYnLCAnRWREU0EnLCAnSFMyNTYnXTtcblxuYXN5bmMgZnVuY3Rpb24gc3RhcnRGaWx0ZXIoa2V5OiBUZXN0S2V5LCBjYWNoZUVudHJpZXM6IG51bWJlcik6IFByb21pc2U8Vm0+IHtcbiAgY29uc3QgaG9zdCA9IG5ldyBIb3N0KHsgc3RhcnRUaW1lTXM6IFNUQVJUX01TIH0pO1xuICByZXR1cm4gaG9zdC5zdGFydFZtKHtcbiAgICBtb2R1bGU6IGAke2RlZmF1bHRCdWlsZERpcigpfS9qd3Qud2FzbWAsXG4gICAgcGx1Z2luQ29uZmlndXJhdGlvbjoge1xuICAgICAgcHJvdmlkZXJzOiBbeyBuYW1lOiAnYmVuY2gnLCBpc3N1ZXI6IElTU1VFUiwgYXVkaWVuY2VzOiBbJ2FwaSddLCBhbGdvcml0aG1zOiBba2V5LmFsZ10sIGtleXM6IHsgaW5saW5lOiB7IGtleXM6IFtrZXkuandrXSB9IH0gfV0sXG4gICAgICBydWxlczogW3sgbWV0aG9kczogW10sIHByZWZpeDogJy8nLCByZXF1aXJlczogeyBwcm92aWRlcjogJ2JlbmNoJyB9IH1dLFxuICAgICAgY2FjaGU6IHsgbWF4X2VudHJpZXM6IGNhY2hlRW50cmllcyB9LFxuICAgIH0sXG4gIH0pO1xufVxuXG5mdW5jdGlvbiByZXF1ZXN0KHZtOiBWbSwgdG9rZW46IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBzID0gdm0ubmV3SHR0cFN0cmVhbSgpO1xuICBzLnNlbmRSZXF1ZXN0SGVhZGVycyhbWyc6bWV0aG9kJywgJ0dFVCddLCBbJzpwYXRoJywgJy9vcmRlcnMnXSwgWyc6YXV0aG9yaXR5JywgJ2FwaSddLCBbJ3gtcmVxdWVzdC1pZCcsICdiJ10sIFsnYXV0aG9yaXphdGlvbicsIGBCZWFyZXIgJHt0b2tlbn1gXV0sIHsgZW5kT2ZTdHJlYW06IHRydWUgfSk7XG4gIGlmIChzLmxvY2FsUmVzcG9uc2UpIHRocm93IG5ldyBFcnJvcihgYmVuY2ggdG9rZW4gcmVmdXNlZDogJHtzLmxvY2FsUmVzcG9uc2Uuc3RhdHVzfSAke3MubG9jYWxSZXNwb25zZS5ib2R5VGV4dH1gKTtcbiAgcy5jb21wbGV0ZSgpO1xufVxuXG5mdW5jdGlvbiBub2RlVmVyaWZpZXIoa2V5OiBUZXN0S2V5KTogKHRva2VuOiBzdHJpbmcpID0+IGJvb2xlYW4ge1xuICBpZiAoa2V5LmFsZyA9PT0gJ0hTMjU2Jykge1xuICAgIGNvbnN0IHNlY3JldCA9IGNyZWF0ZVNlY3JldEtleShrZXkuc2lnbmluZyBhcyBVaW50OEFycmF5KTtcbiAgICByZXR1cm4gKHRva2VuKSA9PiB7XG4gICAgICBjb25zdCBkb3QgPSB0b2tlbi5sYXN0SW5kZXhPZignLicpO1xuICAgICAgY29uc3QgbWFjID0gY3JlYXRlSG1hYygnc2hhMjU2Jywgc2VjcmV0KS51cGRhdGUodG9rZW4uc2xpY2UoMCwgZG90KSkuZGlnZXN0KCk7XG4gICAgICByZXR1cm4gdGltaW5nU2FmZUVxdWFsKG1hYywgQnVmZmVyLmZyb20odG9rZW4uc2xpY2UoZG90ICsgMSksICdiYXNlNjR1cmwnKSk7XG4gICAgfTtcbiAgfVxuICBjb25zdCBwdWI6IEtleU9iamVjdCA9IGNyZWF0ZVB1YmxpY0tleSh7IGtleToga2V5Lmp3ayBhcyBuZXZlciwgZm9ybWF0OiAnandrJyB9KTtcbiAgY29uc3QgaGFzaCA9IGtleS5hbGcgPT09ICdFZERTQScgPyBudWxsIDogJ3NoYTI1Nic7XG4gIGNvbnN0IG9wdGlvbnMgPVxuICAgIGtleS5hbGcgPT09ICdQUzI1NicgPyB7IGtleTogcHViLCBwYWRkaW5nOiA2IC8qIFJTQV9QS0NTMV9QU1NfUEFERElORyAqLywgc2FsdExlbmd0aDogMzIgfVxuICAgIDoga2V5LmFsZyA9PT0gJ0VTMjU2JyA/IHsga2V5OiBwdWIsIGRzYUVuY29kaW5nOiAnaWVlZS1wMTM2MycgYXMgY29uc3QgfVxuICAgIDogeyBrZXk6IHB1YiB9O1xuICByZXR1cm4gKHRva2VuKSA9PiB7XG4gICAgY29uc3QgZG90ID0gdG9rZW4ubGFzdEluZGV4T2YoJy4nKTtcbiAgICByZXR1cm4gbm9kZVZlcmlmeShoYXNoLCBCdWZmZXIuZnJvbSh0b2tlbi5zbGljZSgwLCBkb3QpKSwgb3B0aW9ucywgQnVmZmVyLmZyb20odG9rZW4uc2xpY2UoZG90ICsgMSksICdiYXNlNjR1cmwnKSk7XG4gIH07XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgSnd0QWxnRmlndXJlcyB7XG4gIGZpbHRlck1pc3M6IFN1bW1hcnk7XG4gIG5vZGVWZXJpZnk6IFN1bW1hcnk7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBqd3RIb3N0U2ltKG46IG51bWJlcik6IFByb21pc2U8eyBwZXJBbGc6IFJlY29yZDxzdHJpbmcsIEp3dEFsZ0ZpZ3VyZXM+OyBjYWNoZUhpdDogU3VtbWFyeSB9PiB7XG4gIGNvbnN0IHBlckFsZzogUmVjb3JkPHN0cmluZywgSnd0QWxnRmlndXJlcz4gPSB7fTtcbiAgbGV0IGNhY2hlSGl0OiBTdW1tYXJ5IHwgdW5kZWZpbmVkO1xuICBmb3IgKGNvbnN0IGFsZyBvZiBKV1RfQUxHUykge1xuICAgIGNvbnN0IGtleSA9IGF3YWl0IG1ha2VLZXkoYWxnLCBgJHthbGd9LWJlbmNoYCk7XG4gICAgY29uc3Qgbm93ID0gTWF0aC5mbG9vcihTVEFSVF9NUyAvIDEwMDApO1xuICAgIGNvbnN0IHRva2Vuczogc3RyaW5nW10gPSBbXTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IG4gKyAyMDA7IGkrKykgdG9rZW5zLnB1c2goYXdhaXQgbWludChrZXksIHsgaXNzOiBJU1NVRVIsIGF1ZDogJ2FwaScsIHN1YjogYHVzZXItJHtpfWAsIGlhdDogbm93LCBleHA6IG5vdyArIDM2MDAsIGp0aTogYHQke2l9YCB9KSk7XG4gICAgY29uc3Qgdm0gPSBhd2FpdCBzdGFydEZpbHRlcihrZXksIDE2KTtcbiAgICBjb25zdCBjaGVjayA9IG5vZGVWZXJpZmllcihrZXkpO1xuICAgIGlmICghdG9rZW5zLmV2ZXJ5KCh0LCBpKSA9PiBpID4gMyB8fCBjaGVjayh0KSkpIHRocm93IG5ldyBFcnJvcihgJHthbGd9OiBOb2RlIHJlZnVzZXMgb3VyIGJlbmNoIHRva2Vuc2ApO1xuICAgIC8vIERpc3RpbmN0IHRva2VuczogZXZlcnkgcmVxdWVzdCBtaXNzZXMgdGhlIGNhY2hlIGFuZCB2ZXJpZmllcy5cbiAgICBjb25zdCBmaWx0ZXJNaXNzID0gc3VtbWFyaXplKHRpbWVFYWNoKG4sIDIwMCwgKGkpID0+IHJlcXVlc3Qodm0sIHRva2Vuc1tpICsgKGkgPCAyMDAgPyAwIDogMjAwKV0pKSk7XG4gICAgY29uc3Qgbm9kZVZlcmlmeSA9IHN1bW1hcml6ZSh0aW1lRWFjaChuLCAyMDAsIChpKSA9PiB2b2lkIGNoZWNrKHRva2Vuc1tpICUgdG9rZW5zLmxlbmd0aF0pKSk7XG4gICAgcGVyQWxnW2FsZ10gPSB7IGZpbHRlck1pc3MsIG5vZGVWZXJpZnkgfTtcbiAgICBpZiAoYWxnID09PSAnUlMyNTYnKSB7XG4gICAgICBjb25zdCBob3QgPSB0b2tlbnNbMF07XG4gICAgICByZXF1ZXN0KHZtLCBob3QpO1xuICAgICAgY2FjaGVIaXQgPSBzdW1tYXJpemUodGltZUVhY2gobiwgMjAwLCAoKSA9PiByZXF1ZXN0KHZtLCBob3QpKSk7XG4gICAgICBpZiAoKHZtLmNvdW50ZXIoJ3BvcnRjdWxsaXMuand0LmNhY2hlLmhpdCcpID8/IDApIDwgbikgdGhyb3cgbmV3IEVycm9yKCd0aGUgY2FjaGUtaGl0IGJlbmNoIGRpZCBub3QgaGl0IHRoZSBjYWNoZScpO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyBwZXJBbGcsIGNhY2hlSGl0OiBjYWNoZUhpdCEgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHByaW50Snd0SG9zdFNpbShyOiBBd2FpdGVkPFJldHVyblR5cGU8dHlwZW9mIGp3dEhvc3RTaW0+Pikge1xuICBjb25zb2xlLmxvZygnand0IGluIGhvc3Qtc2ltOiBvbmUgcmVxdWVzdCwgdG9rZW4gbm90IGNhY2hlZCAoXHUwMEI1cykgICBmaWx0ZXIgcDUwL3A5OSAgICAgIE5vZGUgY3J5cHRvLnZlcmlmeSBwNTAvcDk5ICAgcmF0aW8gcDUwICh0YXJnZXQpJyk7XG4gIGNvbnN0IHRhcmdldDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgUlMyNTY6ICdcdTIyNjQgNVx1MDBENycsIFBTMjU2OiAnJywgRVMyNTY6ICdcdTIyNjQgMTBcdTAwRDcnLCBFZERTQTogJ1x1MjI2NCAxMFx1MDBENycsIEhTMjU2OiAnXHUyMjY0IDNcdTAwRDcnIH07XG4gIGZvciAoY29uc3QgW2FsZywgZl0gb2YgT2JqZWN0LmVudHJpZXMoci5wZXJBbGcpKSB7XG4gICAgY29uc29sZS5sb2coXG4gICAgICBgICAke2FsZy5wYWRFbmQoOCl9ICR7Zm10KGYuZmlsdGVyTWlzcy5wNTApLnBhZFN0YXJ0KDMwKX0gLyAke2ZtdChmLmZpbHRlck1pc3MucDk5KS5wYWRFbmQoOCl9ICR7Zm10KGYubm9kZVZlcmlmeS5wNTApLnBhZFN0YXJ0KDE2KX0gLyAke2ZtdChmLm5vZGVWZXJpZnkucDk5KS5wYWRFbmQoOCl9YCArXG4gICAgICAgIGAgICAke2ZtdChmLmZpbHRlck1pc3MucDUwIC8gZi5ub2RlVmVyaWZ5LnA1MCwgMil9XHUwMEQ3ICR7dGFyZ2V0W2FsZ10gPyBgKCR7dGFyZ2V0W2FsZ119KWAgOiAnJ31gLFxuICAgICk7XG4gIH1cbiAgY29uc3QgcnMgPSByLnBlckFsZy5SUzI1Ni5ub2RlVmVyaWZ5LnA1MDtcbiAgY29uc29sZS5sb2coYCAgY2FjaGUgaGl0IChSUzI1NiB0b2tlbiBzZWVuIGJlZm9yZSk6IHA1MCAke2ZtdChyLmNhY2hlSGl0LnA1MCl9IFx1MDBCNXMsIHA5OSAke2ZtdChyLmNhY2hlSGl0LnA5OSl9IFx1MDBCNXMgPSAke2ZtdChyLmNhY2hlSGl0LnA1MCAvIHJzLCAyKX1cdTAwRDcgTm9kZSdzIFJTMjU2IHZlcmlmeSAodGFyZ2V0IFx1MjI2NCAwLjJcdTAwRDcpYCk7XG59XG5cbi8vIC0tLS0gcmVhbCBFbnZveTogYmFyZSwgbmF0aXZlIGp3dF9hdXRobiAoaXRzIHRva2VuIGNhY2hlIG9uKSwgb3Vyczsgb25lIHRva2VuIHZzIGFsbCBkaXN0aW5jdCAtLS0tXG5cbmV4cG9ydCB0eXBlIEp3dEVudm95VmFyaWFudCA9ICdiYXJlJyB8ICduYXRpdmUgand0X2F1dGhuJyB8ICdwb3J0Y3VsbGlzIGp3dCc7XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBqd3RFbnZveShkdXJhdGlvblM6IG51bWJlciwgY29ubmVjdGlvbnM6IG51bWJlciwgZGlzdGluY3Q6IG51bWJlcikge1xuICBjb25zdCB7IHN0YXJ0RWNob1NlcnZlciB9ID0gYXdhaXQgaW1wb3J0KCcuLi9lbnZveS9lY2hvLXNlcnZlci50cycpO1xuICBjb25zdCB7IHN0YXJ0TG9jYWxHYXRld2F5IH0gPSBhd2FpdCBpbXBvcnQoJy4uL2Vudm95L2hhcm5lc3MvbG9jYWwudHMnKTtcbiAgY29uc3QgeyByZW5kZXJOYXRpdmVKd3RBdXRobiB9ID0gYXdhaXQgaW1wb3J0KCcuLi9lbnZveS9yZW5kZXIudHMnKTtcbiAgY29uc3QgeyB2YWxpZGF0ZVBvbGljeSB9ID0gYXdhaXQgaW1wb3J0KCcuLi9lbnZveS9wb2xpY3kvaW5kZXgudHMnKTtcbiAgY29uc3QgeyBydW5Mb2FkIH0gPSBhd2FpdCBpbXBvcnQoJy4vbGliL2xvYWQudHMnKTtcbiAgY29uc3QgeyBhbnN3ZXJGcm9tRW52b3ksIGh0dHBDb25uZWN0aW9uTWFuYWdlciB9ID0gYXdhaXQgaW1wb3J0KCcuL2xpYi9lbnZveS50cycpO1xuXG4gIGNvbnN0IGtleSA9IGF3YWl0IG1ha2VLZXkoJ1JTMjU2JywgJ2JlbmNoLXJzMjU2Jyk7XG4gIGNvbnN0IG5vdyA9IE1hdGguZmxvb3IoRGF0ZS5ub3coKSAvIDEwMDApO1xuICBjb25zdCB0b2tlbnM6IHN0cmluZ1tdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZGlzdGluY3Q7IGkrKykgdG9rZW5zLnB1c2goYXdhaXQgbWludChrZXksIHsgaXNzOiBJU1NVRVIsIGF1ZDogJ2FwaScsIHN1YjogYHVzZXItJHtpfWAsIGlhdDogbm93LCBleHA6IG5vdyArIDM2MDAgfSkpO1xuICBjb25zdCBjYWNoZUVudHJpZXMgPSAxMDI0O1xuICBjb25zdCBwb2xpY3lXaXRoID0gKGp3dDogYm9vbGVhbiwgcG9ydDogbnVtYmVyKSA9PlxuICAgIHZhbGlkYXRlUG9saWN5KFxuICAgICAge1xuICAgICAgICB2ZXJzaW9uOiAxLFxuICAgICAgICBsaXN0ZW5lcjogeyBhZGRyZXNzOiAnMTI3LjAuMC4xJywgcG9ydDogMTAwMDAgfSxcbiAgICAgICAgdXBzdHJlYW06IHsgYWRkcmVzczogJzEyNy4wLjAuMScsIHBvcnQgfSxcbiAgICAgICAgcm91dGVzOiBbeyBuYW1lOiAnYXBpJywgbWF0Y2g6IHsgcHJlZml4OiAnLycgfSB9XSxcbiAgICAgICAgLi4uKGp3dFxuICAgICAgICAgID8geyBqd3Q6IHsgcHJvdmlkZXJzOiBbeyBuYW1lOiAnYmVuY2gnLCBpc3N1ZXI6IElTU1VFUiwgYXVkaWVuY2VzOiBbJ2FwaSddLCBhbGdvcml0aG1zOiBbJ1JTMjU2J10sIGtleXM6IHsgaW5saW5lOiB7IGtleXM6IFtrZXkuandrXSB9IH0gfV0sIGNhY2hlOiB7IG1heF9lbnRyaWVzOiBjYWNoZUVudHJpZXMgfSB9IH1cbiAgICAgICAgICA6IHt9KSxcbiAgICAgICAgZmFpbHVyZV9wb2xpY3k6ICdmYWlsX2Nsb3NlZCcsXG4gICAgICB9LFxuICAgICAgJ2JlbmNoLWp3dC1wb2xpY3knLFxuICAgICk7XG5cbiAgY29uc3QgZWNobyA9IGF3YWl0IHN0YXJ0RWNob1NlcnZlcigpO1xuICBjb25zdCByZXN1bHRzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8Snd0RW52b3lWYXJpYW50LCBBd2FpdGVkPFJldHVyblR5cGU8dHlwZW9mIHJ1bkxvYWQ+Pj4+ID0geyAnb25lIHRva2VuIChjYWNoZSBoaXQpJzoge30gYXMgbmV2ZXIsIFtgJHtkaXN0aW5jdH0gZGlzdGluY3QgdG9rZW5zYF06IHt9IGFzIG5ldmVyIH07XG4gIHRyeSB7XG4gICAgY29uc3Qgb3VycyA9IHBvbGljeVdpdGgodHJ1ZSwgZWNoby5wb3J0KTtcbiAgICBjb25zdCB2YXJpYW50czogW0p3dEVudm95VmFyaWFudCwgUmV0dXJuVHlwZTx0eXBlb2YgcG9saWN5V2l0aD4sIChiOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPikgPT4gUmVjb3JkPHN0cmluZywgdW5rbm93bj5dW10gPSBbXG4gICAgICBbJ2JhcmUnLCBwb2xpY3lXaXRoKGZhbHNlLCBlY2hvLnBvcnQpLCBhbnN3ZXJGcm9tRW52b3ldLFxuICAgICAgW1xuICAgICAgICAnbmF0aXZlIGp3dF9hdXRobicsXG4gICAgICAgIG91cnMsXG4gICAgICAgIChiKSA9PiB7XG4gICAgICAgICAgY29uc3QgaGNtID0gaHR0cENvbm5lY3Rpb25NYW5hZ2VyKGIpO1xuICAgICAgICAgIGhjbS5odHRwX2ZpbHRlcnMgPSBoY20uaHR0cF9maWx0ZXJzLm1hcCgoZjogeyB0eXBlZF9jb25maWc/OiB7IGNvbmZpZz86IHsgbmFtZT86IHN0cmluZyB9IH0gfSkgPT4gKGYudHlwZWRfY29uZmlnPy5jb25maWc/Lm5hbWUgPT09ICdqd3QnID8gcmVuZGVyTmF0aXZlSnd0QXV0aG4ob3VycykgOiBmKSk7XG4gICAgICAgICAgcmV0dXJuIGFuc3dlckZyb21FbnZveShiKTtcbiAgICAgICAgfSxcbiAgICAgIF0sXG4gICAgICBbJ3BvcnRjdWxsaXMgand0Jywgb3VycywgYW5zd2VyRnJvbUVudm95XSxcbiAgICBdO1xuICAgIGZvciAoY29uc3QgW25hbWUsIHBvbGljeSwgdHJhbnNmb3JtQm9vdHN0cmFwXSBvZiB2YXJpYW50cykge1xuICAgICAgY29uc3QgZ3cgPSBhd2FpdCBzdGFydExvY2FsR2F0ZXdheSh7IHBvbGljeSwgdHJhbnNmb3JtQm9vdHN0cmFwLCBsb2dMZXZlbDogJ2Vycm9yJyB9KTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHVybCA9IGAke2d3LmJhc2VVcmx9L29yZGVyc2A7XG4gICAgICAgIGNvbnN0IGF1dGggPSB7IGF1dGhvcml6YXRpb246IGBCZWFyZXIgJHt0b2tlbnNbMF19YCB9O1xuICAgICAgICBjb25zdCBjaGVjayA9IGF3YWl0IGZldGNoKHVybCwgeyBoZWFkZXJzOiBhdXRoIH0pO1xuICAgICAgICBpZiAoY2hlY2suc3RhdHVzICE9PSAyMDApIHRocm93IG5ldyBFcnJvcihgJHtuYW1lfTogd2FybS11cCByZXF1ZXN0IGFuc3dlcmVkICR7Y2hlY2suc3RhdHVzfWApO1xuICAgICAgICBhd2FpdCBydW5Mb2FkKHsgdXJsLCBoZWFkZXJzOiBhdXRoLCBjb25uZWN0aW9ucywgZHVyYXRpb25TOiAyIH0pO1xuICAgICAgICByZXN1bHRzWydvbmUgdG9rZW4gKGNhY2hlIGhpdCknXVtuYW1lXSA9IGF3YWl0IHJ1bkxvYWQoeyB1cmwsIGhlYWRlcnM6IGF1dGgsIGNvbm5lY3Rpb25zLCBkdXJhdGlvblMgfSk7XG4gICAgICAgIHJlc3VsdHNbYCR7ZGlzdGluY3R9IGRpc3RpbmN0IHRva2Vuc2BdW25hbWVdID0gYXdhaXQgcnVuTG9hZCh7IHVybCwgY29ubmVjdGlvbnMsIGR1cmF0aW9uUywgaGVhZGVyU2V0czogdG9rZW5zLm1hcCgodCkgPT4gKHsgYXV0aG9yaXphdGlvbjogYEJlYXJlciAke3R9YCB9KSkgfSk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBhd2FpdCBndy5zdG9wKCk7XG4gICAgICB9XG4gICAgfVxuICB9IGZpbmFsbHkge1xuICAgIGF3YWl0IGVjaG8uY2xvc2UoKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0cztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHByaW50Snd0RW52b3kocjogQXdhaXRlZDxSZXR1cm5UeXBlPHR5cGVvZiBqd3RFbnZveT4+KSB7XG4gIGZvciAoY29uc3QgW3RyYWZmaWMsIHZhcmlhbnRzXSBvZiBPYmplY3QuZW50cmllcyhyKSkge1xuICAgIGNvbnN0IG5hdGl2ZSA9IHZhcmlhbnRzWyduYXRpdmUgand0X2F1dGhuJ10ucnBzO1xuICAgIGNvbnNvbGUubG9nKGBFbnZveSBqd3QsICR7dHJhZmZpY30gKCR7dmFyaWFudHMuYmFyZS50b29sfSwgMSB3b3JrZXIpICAgICAgIHJlcS9zICAgIHA1MCBtcyAgIHA5OSBtcyAgIHZzIGp3dF9hdXRobmApO1xuICAgIGZvciAoY29uc3QgW25hbWUsIHhdIG9mIE9iamVjdC5lbnRyaWVzKHZhcmlhbnRzKSkge1xuICAgICAgY29uc3QgYmFkID0geC5ub24yeHggKyB4LmVycm9ycyA+IDAgPyBgICAoISkgJHt4Lm5vbjJ4eH0gbm9uLTJ4eCwgJHt4LmVycm9yc30gZXJyb3JzYCA6ICcnO1xuICAgICAgY29uc29sZS5sb2coYCAgJHtuYW1lLnBhZEVuZCgyOCl9ICR7Zm10KHgucnBzLCAwKS5wYWRTdGFydCg5KX0gJHtmbXQoeC5wNTBtcywgMikucGFkU3RhcnQoOCl9ICR7Zm10KHgucDk5bXMsIDIpLnBhZFN0YXJ0KDgpfSAgICR7Zm10KHgucnBzIC8gbmF0aXZlLCAyKX1cdTAwRDcke2JhZH1gKTtcbiAgICB9XG4gIH1cbn1cbiIsICIvLyBFcnJvciBjbGFzc2VzIHRocm93biBieSBob3N0LXNpbS4gRWFjaCBuYW1lcyB3aGF0IHdlbnQgd3JvbmcgcHJlY2lzZWx5IHNvIGFcbi8vIGZhaWxpbmcgdGVzdCByZWFkcyBsaWtlIGEgZGlhZ25vc2lzLCBub3QgYSBzdGFjayB0cmFjZS5cblxuZXhwb3J0IGNsYXNzIEhvc3RFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdIb3N0RXJyb3InO1xufVxuXG4vKiogQSBob3N0IGNhbGwgdGhlIG1vZHVsZSBpbXBvcnRzIHRoYXQgaG9zdC1zaW0gZG9lcyBub3QgcHJvdmlkZS4gKi9cbmV4cG9ydCBjbGFzcyBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnSG9zdEVycm9yJztcbiAgY29uc3RydWN0b3IocmVhZG9ubHkgZnVuY3Rpb25OYW1lOiBzdHJpbmcpIHtcbiAgICBzdXBlcihgaG9zdCBmdW5jdGlvbiAke2Z1bmN0aW9uTmFtZX0gaXMgbm90IGltcGxlbWVudGVkIGJ5IGhvc3Qtc2ltYCk7XG4gIH1cbn1cblxuZXhwb3J0IGludGVyZmFjZSBMb2dMaW5lIHtcbiAgbGV2ZWw6IExvZ0xldmVsTmFtZTtcbiAgbWVzc2FnZTogc3RyaW5nO1xuICBjb250ZXh0SWQ6IG51bWJlcjtcbn1cblxuZXhwb3J0IHR5cGUgTG9nTGV2ZWxOYW1lID0gJ3RyYWNlJyB8ICdkZWJ1ZycgfCAnaW5mbycgfCAnd2FybicgfCAnZXJyb3InIHwgJ2NyaXRpY2FsJztcblxuZnVuY3Rpb24gZm9ybWF0TG9ncyhsb2dzOiByZWFkb25seSBMb2dMaW5lW10pOiBzdHJpbmcge1xuICBpZiAobG9ncy5sZW5ndGggPT09IDApIHJldHVybiAnICAobm8gbG9nIGxpbmVzKSc7XG4gIHJldHVybiBsb2dzLm1hcCgobCkgPT4gYCAgWyR7bC5sZXZlbH1dICR7bC5tZXNzYWdlfWApLmpvaW4oJ1xcbicpO1xufVxuXG4vKiogVGhlIGd1ZXN0IHRyYXBwZWQgKHVucmVhY2hhYmxlLCBvdXQtb2YtYm91bmRzIGFjY2VzcywgYWJvcnQsIC4uLikuICovXG5leHBvcnQgY2xhc3MgTW9kdWxlVHJhcEVycm9yIGV4dGVuZHMgSG9zdEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdNb2R1bGVUcmFwRXJyb3InO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBjYWxsYmFjazogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHRyYXA6IHN0cmluZyxcbiAgICByZWFkb25seSBsb2dzOiByZWFkb25seSBMb2dMaW5lW10sXG4gICAgb3B0aW9ucz86IHsgY2F1c2U/OiB1bmtub3duIH0sXG4gICkge1xuICAgIHN1cGVyKGBtb2R1bGUgdHJhcHBlZCBpbiAke2NhbGxiYWNrfTogJHt0cmFwfVxcbmxhc3QgbG9nIGxpbmVzOlxcbiR7Zm9ybWF0TG9ncyhsb2dzKX1gLCBvcHRpb25zKTtcbiAgfVxufVxuXG4vKiogcHJveHlfb25fdm1fc3RhcnQgb3IgcHJveHlfb25fY29uZmlndXJlIHJldHVybmVkIGZhbHNlIChFbnZveSByZWZ1c2VzIHRoZSBmaWx0ZXIpLiAqL1xuZXhwb3J0IGNsYXNzIENvbmZpZ3VyZUVycm9yIGV4dGVuZHMgSG9zdEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWd1cmVFcnJvcic7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IHBoYXNlOiAncHJveHlfb25fdm1fc3RhcnQnIHwgJ3Byb3h5X29uX2NvbmZpZ3VyZScsXG4gICAgcmVhZG9ubHkgbG9nczogcmVhZG9ubHkgTG9nTGluZVtdLFxuICApIHtcbiAgICBzdXBlcihgJHtwaGFzZX0gcmV0dXJuZWQgZmFsc2U6IHRoZSBwbHVnaW4gcmVqZWN0ZWQgaXRzIGNvbmZpZ3VyYXRpb25cXG5sYXN0IGxvZyBsaW5lczpcXG4ke2Zvcm1hdExvZ3MobG9ncyl9YCk7XG4gIH1cbn1cblxuLyoqIFRoZSB0ZXN0IGRyb3ZlIGEgc3RyZWFtIGluIGFuIG9yZGVyIGEgcmVhbCBwcm94eSBuZXZlciB3b3VsZC4gKi9cbmV4cG9ydCBjbGFzcyBTdHJlYW1TdGF0ZUVycm9yIGV4dGVuZHMgSG9zdEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdTdHJlYW1TdGF0ZUVycm9yJztcbn1cblxuLyoqIFRoZSBtb2R1bGUgY2Fubm90IGJlIGxvYWRlZCBhcyBhIHByb3h5LXdhc20gbW9kdWxlLiAqL1xuZXhwb3J0IGNsYXNzIE1vZHVsZUxvYWRFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnTW9kdWxlTG9hZEVycm9yJztcbn1cbiIsICIvLyBOdW1lcmljIHZhbHVlcyBvZiB0aGUgcHJveHktd2FzbSBBQkkgMC4yLjEgZW51bXMsIGFzIHRoZSBzcGVjIGFuZFxuLy8gcHJveHktd2FzbS1jcHAtaG9zdCBkZWZpbmUgdGhlbS5cblxuZXhwb3J0IGNvbnN0IFdhc21SZXN1bHQgPSB7XG4gIE9rOiAwLFxuICBOb3RGb3VuZDogMSxcbiAgQmFkQXJndW1lbnQ6IDIsXG4gIFNlcmlhbGl6YXRpb25GYWlsdXJlOiAzLFxuICBQYXJzZUZhaWx1cmU6IDQsXG4gIEJhZEV4cHJlc3Npb246IDUsXG4gIEludmFsaWRNZW1vcnlBY2Nlc3M6IDYsXG4gIEVtcHR5OiA3LFxuICBDYXNNaXNtYXRjaDogOCxcbiAgUmVzdWx0TWlzbWF0Y2g6IDksXG4gIEludGVybmFsRmFpbHVyZTogMTAsXG4gIEJyb2tlbkNvbm5lY3Rpb246IDExLFxuICBVbmltcGxlbWVudGVkOiAxMixcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCBjb25zdCBIZWFkZXJNYXBUeXBlID0ge1xuICBSZXF1ZXN0SGVhZGVyczogMCxcbiAgUmVxdWVzdFRyYWlsZXJzOiAxLFxuICBSZXNwb25zZUhlYWRlcnM6IDIsXG4gIFJlc3BvbnNlVHJhaWxlcnM6IDMsXG4gIEdycGNSZWNlaXZlSW5pdGlhbE1ldGFkYXRhOiA0LFxuICBHcnBjUmVjZWl2ZVRyYWlsaW5nTWV0YWRhdGE6IDUsXG4gIEh0dHBDYWxsUmVzcG9uc2VIZWFkZXJzOiA2LFxuICBIdHRwQ2FsbFJlc3BvbnNlVHJhaWxlcnM6IDcsXG59IGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IEhFQURFUl9NQVBfVFlQRV9NQVggPSA3O1xuXG5leHBvcnQgY29uc3QgQnVmZmVyVHlwZSA9IHtcbiAgSHR0cFJlcXVlc3RCb2R5OiAwLFxuICBIdHRwUmVzcG9uc2VCb2R5OiAxLFxuICBEb3duc3RyZWFtRGF0YTogMixcbiAgVXBzdHJlYW1EYXRhOiAzLFxuICBIdHRwQ2FsbFJlc3BvbnNlQm9keTogNCxcbiAgR3JwY1JlY2VpdmVCdWZmZXI6IDUsXG4gIFZtQ29uZmlndXJhdGlvbjogNixcbiAgUGx1Z2luQ29uZmlndXJhdGlvbjogNyxcbiAgQ2FsbERhdGE6IDgsXG59IGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IEJVRkZFUl9UWVBFX01BWCA9IDg7XG5cbmV4cG9ydCBjb25zdCBTdHJlYW1UeXBlID0geyBSZXF1ZXN0OiAwLCBSZXNwb25zZTogMSwgRG93bnN0cmVhbTogMiwgVXBzdHJlYW06IDMgfSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBTVFJFQU1fVFlQRV9NQVggPSAzO1xuXG5leHBvcnQgY29uc3QgTWV0cmljVHlwZSA9IHsgQ291bnRlcjogMCwgR2F1Z2U6IDEsIEhpc3RvZ3JhbTogMiB9IGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgTE9HX0xFVkVMUyA9IFsndHJhY2UnLCAnZGVidWcnLCAnaW5mbycsICd3YXJuJywgJ2Vycm9yJywgJ2NyaXRpY2FsJ10gYXMgY29uc3Q7XG5cbi8qKiBXaGF0IHByb3h5X29uX3JlcXVlc3RfaGVhZGVycyAvIHByb3h5X29uX3Jlc3BvbnNlX2hlYWRlcnMgcmV0dXJuLCBhZnRlciBFbnZveSdzIGNvbnZlcnNpb24uICovXG5leHBvcnQgdHlwZSBIZWFkZXJzQWN0aW9uID1cbiAgfCAnQ29udGludWUnXG4gIHwgJ1N0b3BJdGVyYXRpb24nXG4gIHwgJ0NvbnRpbnVlQW5kRW5kU3RyZWFtJ1xuICB8ICdTdG9wQWxsSXRlcmF0aW9uQW5kQnVmZmVyJ1xuICB8ICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJztcbmV4cG9ydCBjb25zdCBIRUFERVJTX0FDVElPTlM6IHJlYWRvbmx5IEhlYWRlcnNBY3Rpb25bXSA9IFtcbiAgJ0NvbnRpbnVlJyxcbiAgJ1N0b3BJdGVyYXRpb24nLFxuICAnQ29udGludWVBbmRFbmRTdHJlYW0nLFxuICAnU3RvcEFsbEl0ZXJhdGlvbkFuZEJ1ZmZlcicsXG4gICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyxcbl07XG5cbi8qKiBXaGF0IHByb3h5X29uXypfYm9keSByZXR1cm5zLCBhZnRlciBFbnZveSdzIGNvbnZlcnNpb24uICovXG5leHBvcnQgdHlwZSBEYXRhQWN0aW9uID0gJ0NvbnRpbnVlJyB8ICdTdG9wSXRlcmF0aW9uQW5kQnVmZmVyJyB8ICdTdG9wSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyB8ICdTdG9wSXRlcmF0aW9uTm9CdWZmZXInO1xuZXhwb3J0IGNvbnN0IERBVEFfQUNUSU9OUzogcmVhZG9ubHkgRGF0YUFjdGlvbltdID0gW1xuICAnQ29udGludWUnLFxuICAnU3RvcEl0ZXJhdGlvbkFuZEJ1ZmZlcicsXG4gICdTdG9wSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyxcbiAgJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicsXG5dO1xuXG4vKiogV2hhdCBwcm94eV9vbl8qX3RyYWlsZXJzIHJldHVybnMuICovXG5leHBvcnQgdHlwZSBUcmFpbGVyc0FjdGlvbiA9ICdDb250aW51ZScgfCAnU3RvcEl0ZXJhdGlvbic7XG5cbmV4cG9ydCB0eXBlIEFjdGlvbiA9IEhlYWRlcnNBY3Rpb24gfCBEYXRhQWN0aW9uIHwgVHJhaWxlcnNBY3Rpb247XG5cbi8qKlxuICogRW52b3kgKHByb3h5LXdhc20tY3BwLWhvc3QgQ29udGV4dEJhc2U6OmNvbnZlcnRWbUNhbGxSZXN1bHRUb0ZpbHRlckhlYWRlcnNTdGF0dXMpOlxuICogYSBzdG9wIHJlcXVlc3RlZCBieSBhIGxvY2FsIHJlcGx5LCBhbiBvdXQtb2YtcmFuZ2UgdmFsdWUsIGFuZCBwbGFpbiBTdG9wSXRlcmF0aW9uXG4gKiBhbGwgYmVjb21lIFN0b3BBbGxJdGVyYXRpb25BbmRXYXRlcm1hcmssIGJlY2F1c2UgU3RvcEl0ZXJhdGlvbiBhbG9uZSB3b3VsZCBsZXRcbiAqIGJvZHkgZGF0YSBmbG93IHBhc3QgYSBmaWx0ZXIgdGhhdCBwYXVzZWQgb24gaGVhZGVycy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnZlcnRIZWFkZXJzUmVzdWx0KHJhdzogbnVtYmVyLCBuZXh0SXRlcmF0aW9uU3RvcHBlZDogYm9vbGVhbik6IEhlYWRlcnNBY3Rpb24ge1xuICBpZiAobmV4dEl0ZXJhdGlvblN0b3BwZWQgfHwgcmF3ID4gNCB8fCByYXcgPCAwIHx8IHJhdyA9PT0gMSkgcmV0dXJuICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJztcbiAgcmV0dXJuIEhFQURFUlNfQUNUSU9OU1tyYXddITtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNvbnZlcnREYXRhUmVzdWx0KHJhdzogbnVtYmVyLCBuZXh0SXRlcmF0aW9uU3RvcHBlZDogYm9vbGVhbik6IERhdGFBY3Rpb24ge1xuICBpZiAobmV4dEl0ZXJhdGlvblN0b3BwZWQgfHwgcmF3ID4gMyB8fCByYXcgPCAwKSByZXR1cm4gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcic7XG4gIHJldHVybiBEQVRBX0FDVElPTlNbcmF3XSE7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb252ZXJ0VHJhaWxlcnNSZXN1bHQocmF3OiBudW1iZXIsIG5leHRJdGVyYXRpb25TdG9wcGVkOiBib29sZWFuKTogVHJhaWxlcnNBY3Rpb24ge1xuICBpZiAobmV4dEl0ZXJhdGlvblN0b3BwZWQgfHwgcmF3ICE9PSAwKSByZXR1cm4gJ1N0b3BJdGVyYXRpb24nO1xuICByZXR1cm4gJ0NvbnRpbnVlJztcbn1cbiIsICIvLyBTdGF0cyBhcyBFbnZveSBrZWVwcyB0aGVtIGZvciBXYXNtICh3YXNtY3VzdG9tLjxuYW1lPik6IG9uZSBzdG9yZSBmb3IgdGhlIHdob2xlXG4vLyBwcm9jZXNzLCBzbyBldmVyeSBWTSB0aGF0IGRlZmluZXMgdGhlIHNhbWUgbmFtZSBmZWVkcyB0aGUgc2FtZSBzdGF0LiBFYWNoIFZNXG4vLyBhbHNvIHJlbWVtYmVycyBpdHMgb3duIHNoYXJlIHNvIGEgdGVzdCBjYW4gc2VlIHdoYXQgb25lIFZNIGRpZC5cbmltcG9ydCB7IFdhc21SZXN1bHQgfSBmcm9tICcuL2FiaS50cyc7XG5cbmV4cG9ydCB0eXBlIE1ldHJpY0tpbmQgPSAnY291bnRlcicgfCAnZ2F1Z2UnIHwgJ2hpc3RvZ3JhbSc7XG5jb25zdCBLSU5EUzogcmVhZG9ubHkgTWV0cmljS2luZFtdID0gWydjb3VudGVyJywgJ2dhdWdlJywgJ2hpc3RvZ3JhbSddO1xuXG5leHBvcnQgaW50ZXJmYWNlIE1ldHJpY1ZhbHVlIHtcbiAgdHlwZTogTWV0cmljS2luZDtcbiAgdmFsdWU6IG51bWJlcjtcbn1cblxuaW50ZXJmYWNlIFN0YXQge1xuICB0eXBlOiBNZXRyaWNLaW5kO1xuICB2YWx1ZTogYmlnaW50O1xuICBzYW1wbGVzOiBiaWdpbnRbXTtcbn1cblxuZXhwb3J0IGNsYXNzIE1ldHJpY1N0b3JlIHtcbiAgcmVhZG9ubHkgc3RhdHMgPSBuZXcgTWFwPHN0cmluZywgU3RhdD4oKTtcblxuICBzdGF0KG5hbWU6IHN0cmluZywgdHlwZTogTWV0cmljS2luZCk6IFN0YXQge1xuICAgIGxldCBzID0gdGhpcy5zdGF0cy5nZXQobmFtZSk7XG4gICAgaWYgKCFzKSB0aGlzLnN0YXRzLnNldChuYW1lLCAocyA9IHsgdHlwZSwgdmFsdWU6IDBuLCBzYW1wbGVzOiBbXSB9KSk7XG4gICAgcmV0dXJuIHM7XG4gIH1cblxuICB2YWx1ZShuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHMgPSB0aGlzLnN0YXRzLmdldChuYW1lKTtcbiAgICBpZiAoIXMpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHMudHlwZSA9PT0gJ2hpc3RvZ3JhbScgPyBzLnNhbXBsZXMubGVuZ3RoIDogTnVtYmVyKHMudmFsdWUpO1xuICB9XG5cbiAgc2FtcGxlcyhuYW1lOiBzdHJpbmcpOiBudW1iZXJbXSB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuc3RhdHMuZ2V0KG5hbWUpPy5zYW1wbGVzLm1hcChOdW1iZXIpO1xuICB9XG5cbiAgYWxsKCk6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1ZhbHVlPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBzXSBvZiB0aGlzLnN0YXRzKSBvdXRbbmFtZV0gPSB7IHR5cGU6IHMudHlwZSwgdmFsdWU6IHRoaXMudmFsdWUobmFtZSkhIH07XG4gICAgcmV0dXJuIG91dDtcbiAgfVxufVxuXG5pbnRlcmZhY2UgRGVmaW5lZCB7XG4gIG5hbWU6IHN0cmluZztcbiAgdHlwZTogTWV0cmljS2luZDtcbn1cblxuY29uc3QgVTY0X01BWCA9ICgxbiA8PCA2NG4pIC0gMW47XG5cbi8qKiBPbmUgVk0ncyB2aWV3OiBtZXRyaWMgaWRzIGFzIEVudm95IGhhbmRzIHRoZW0gb3V0ICh0eXBlIGluIHRoZSBsb3cgMiBiaXRzKS4gKi9cbmV4cG9ydCBjbGFzcyBWbU1ldHJpY3Mge1xuICBwcml2YXRlIHJlYWRvbmx5IGJ5SWQgPSBuZXcgTWFwPG51bWJlciwgRGVmaW5lZD4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSBpZEJ5TmFtZSA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gIHByaXZhdGUgbmV4dEluZGV4ID0gMTtcbiAgLyoqIFRoaXMgVk0ncyBvd24gY29udHJpYnV0aW9ucyB0byBjb3VudGVycyBhbmQgaGlzdG9ncmFtczsgZ2F1Z2VzIGFyZSBnbG9iYWwgdmFsdWVzLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IG93biA9IG5ldyBNYXA8c3RyaW5nLCB7IHR5cGU6IE1ldHJpY0tpbmQ7IHZhbHVlOiBiaWdpbnQ7IHNhbXBsZXM6IGJpZ2ludFtdIH0+KCk7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBzdG9yZTogTWV0cmljU3RvcmUpIHt9XG5cbiAgZGVmaW5lKHR5cGU6IG51bWJlciwgbmFtZTogc3RyaW5nKTogeyByZXN1bHQ6IG51bWJlcjsgaWQ/OiBudW1iZXIgfSB7XG4gICAgY29uc3Qga2luZCA9IEtJTkRTW3R5cGVdO1xuICAgIGlmIChraW5kID09PSB1bmRlZmluZWQgfHwgdHlwZSAhPT0gTWF0aC50cnVuYyh0eXBlKSkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50IH07XG4gICAgY29uc3Qga2V5ID0gYCR7dHlwZX06JHtuYW1lfWA7XG4gICAgY29uc3Qga25vd24gPSB0aGlzLmlkQnlOYW1lLmdldChrZXkpO1xuICAgIGlmIChrbm93biAhPT0gdW5kZWZpbmVkKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIGlkOiBrbm93biB9O1xuICAgIGNvbnN0IGlkID0gKCh0aGlzLm5leHRJbmRleCsrIDw8IDIpIHwgdHlwZSkgPj4+IDA7XG4gICAgdGhpcy5ieUlkLnNldChpZCwgeyBuYW1lLCB0eXBlOiBraW5kIH0pO1xuICAgIHRoaXMuaWRCeU5hbWUuc2V0KGtleSwgaWQpO1xuICAgIHRoaXMuc3RvcmUuc3RhdChuYW1lLCBraW5kKTtcbiAgICB0aGlzLm93bi5zZXQobmFtZSwgeyB0eXBlOiBraW5kLCB2YWx1ZTogMG4sIHNhbXBsZXM6IFtdIH0pO1xuICAgIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5PaywgaWQgfTtcbiAgfVxuXG4gIGluY3JlbWVudChpZDogbnVtYmVyLCBvZmZzZXQ6IGJpZ2ludCk6IG51bWJlciB7XG4gICAgY29uc3QgZCA9IHRoaXMuYnlJZC5nZXQoaWQpO1xuICAgIGlmICghZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgY29uc3Qgc3RhdCA9IHRoaXMuc3RvcmUuc3RhdChkLm5hbWUsIGQudHlwZSk7XG4gICAgY29uc3Qgb3duID0gdGhpcy5vd24uZ2V0KGQubmFtZSkhO1xuICAgIGlmIChkLnR5cGUgPT09ICdjb3VudGVyJykge1xuICAgICAgLy8gRW52b3kncyBjb3VudGVycyBvbmx5IGdvIHVwOyBhIG5vbi1wb3NpdGl2ZSBvZmZzZXQgaXMgcmVmdXNlZC5cbiAgICAgIGlmIChvZmZzZXQgPD0gMG4pIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgc3RhdC52YWx1ZSA9IChzdGF0LnZhbHVlICsgb2Zmc2V0KSAmIFU2NF9NQVg7XG4gICAgICBvd24udmFsdWUgKz0gb2Zmc2V0O1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfVxuICAgIGlmIChkLnR5cGUgPT09ICdnYXVnZScpIHtcbiAgICAgIHN0YXQudmFsdWUgKz0gb2Zmc2V0O1xuICAgICAgaWYgKHN0YXQudmFsdWUgPCAwbikgc3RhdC52YWx1ZSA9IDBuO1xuICAgICAgb3duLnZhbHVlID0gc3RhdC52YWx1ZTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH1cbiAgICByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgfVxuXG4gIHJlY29yZChpZDogbnVtYmVyLCB2YWx1ZTogYmlnaW50KTogbnVtYmVyIHtcbiAgICBjb25zdCBkID0gdGhpcy5ieUlkLmdldChpZCk7XG4gICAgaWYgKCFkKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICBjb25zdCBzdGF0ID0gdGhpcy5zdG9yZS5zdGF0KGQubmFtZSwgZC50eXBlKTtcbiAgICBjb25zdCBvd24gPSB0aGlzLm93bi5nZXQoZC5uYW1lKSE7XG4gICAgaWYgKGQudHlwZSA9PT0gJ2NvdW50ZXInKSB7XG4gICAgICBzdGF0LnZhbHVlID0gKHN0YXQudmFsdWUgKyB2YWx1ZSkgJiBVNjRfTUFYO1xuICAgICAgb3duLnZhbHVlICs9IHZhbHVlO1xuICAgIH0gZWxzZSBpZiAoZC50eXBlID09PSAnZ2F1Z2UnKSB7XG4gICAgICBzdGF0LnZhbHVlID0gdmFsdWU7XG4gICAgICBvd24udmFsdWUgPSB2YWx1ZTtcbiAgICB9IGVsc2Uge1xuICAgICAgc3RhdC5zYW1wbGVzLnB1c2godmFsdWUpO1xuICAgICAgb3duLnNhbXBsZXMucHVzaCh2YWx1ZSk7XG4gICAgfVxuICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICB9XG5cbiAgZ2V0KGlkOiBudW1iZXIpOiB7IHJlc3VsdDogbnVtYmVyOyB2YWx1ZT86IGJpZ2ludCB9IHtcbiAgICBjb25zdCBkID0gdGhpcy5ieUlkLmdldChpZCk7XG4gICAgaWYgKCFkKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuTm90Rm91bmQgfTtcbiAgICBpZiAoZC50eXBlID09PSAnaGlzdG9ncmFtJykgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50IH07XG4gICAgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCB2YWx1ZTogdGhpcy5zdG9yZS5zdGF0KGQubmFtZSwgZC50eXBlKS52YWx1ZSB9O1xuICB9XG5cbiAgLyoqIFRoaXMgVk0ncyBjb3VudCBmb3IgYSBjb3VudGVyLCB0aGUgZ2xvYmFsIHZhbHVlIGZvciBhIGdhdWdlLCBpdHMgc2FtcGxlIGNvdW50IGZvciBhIGhpc3RvZ3JhbS4gKi9cbiAgdmFsdWUobmFtZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBvID0gdGhpcy5vd24uZ2V0KG5hbWUpO1xuICAgIGlmICghbykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBpZiAoby50eXBlID09PSAnZ2F1Z2UnKSByZXR1cm4gdGhpcy5zdG9yZS52YWx1ZShuYW1lKTtcbiAgICBpZiAoby50eXBlID09PSAnaGlzdG9ncmFtJykgcmV0dXJuIG8uc2FtcGxlcy5sZW5ndGg7XG4gICAgcmV0dXJuIE51bWJlcihvLnZhbHVlKTtcbiAgfVxuXG4gIHNhbXBsZXMobmFtZTogc3RyaW5nKTogbnVtYmVyW10gfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm93bi5nZXQobmFtZSk/LnNhbXBsZXMubWFwKE51bWJlcik7XG4gIH1cblxuICBhbGwoKTogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1ZhbHVlPiA9IHt9O1xuICAgIGZvciAoY29uc3QgW25hbWUsIG9dIG9mIHRoaXMub3duKSBvdXRbbmFtZV0gPSB7IHR5cGU6IG8udHlwZSwgdmFsdWU6IHRoaXMudmFsdWUobmFtZSkhIH07XG4gICAgcmV0dXJuIG91dDtcbiAgfVxufVxuXG4iLCAiLy8gVGhlIEFCSSdzIHNlcmlhbGl6ZWQgaGVhZGVyIG1hcDogdTMyIGNvdW50LCB0aGVuICh1MzIga2V5IGxlbmd0aCwgdTMyIHZhbHVlXG4vLyBsZW5ndGgpIHBlciBwYWlyLCB0aGVuIGVhY2gga2V5IGFuZCB2YWx1ZSBmb2xsb3dlZCBieSBhIE5VTCBieXRlLlxuXG5leHBvcnQgdHlwZSBIZWFkZXJQYWlycyA9IFtzdHJpbmcsIHN0cmluZ11bXTtcblxuY29uc3QgZGVjb2RlciA9IG5ldyBUZXh0RGVjb2RlcigndXRmLTgnLCB7IGZhdGFsOiBmYWxzZSB9KTtcblxuLyoqXG4gKiBTZXJpYWxpemVzIHBhaXJzIGludG8gb25lIGJ1ZmZlciBmcm9tIE5vZGUncyBwb29sLiBOYW1lcyBhbmQgdmFsdWVzIGFyZSBqb2luZWQgaW50byBvbmVcbiAqIHN0cmluZyAoTlVMIGFmdGVyIGVhY2gpIGFuZCB3cml0dGVuIGJ5IGEgc2luZ2xlIEJ1ZmZlciN3cml0ZTsgd2hlbiBldmVyeSBjaGFyYWN0ZXIgaXMgQVNDSUlcbiAqICh0aGUgdXN1YWwgbWFwKSB0aGUgYnl0ZSBsZW5ndGhzIGFyZSB0aGUgc3RyaW5nIGxlbmd0aHMsIGVsc2UgZWFjaCBpcyBtZWFzdXJlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVBhaXJzKHBhaXJzOiByZWFkb25seSAocmVhZG9ubHkgW3N0cmluZywgc3RyaW5nXSlbXSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBuID0gcGFpcnMubGVuZ3RoO1xuICBsZXQgam9pbmVkID0gJyc7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSB7XG4gICAgY29uc3QgcGFpciA9IHBhaXJzW2ldITtcbiAgICBqb2luZWQgKz0gcGFpclswXSArICdcXDAnICsgcGFpclsxXSArICdcXDAnO1xuICB9XG4gIGNvbnN0IGhlYWQgPSA0ICsgbiAqIDg7XG4gIC8vIFVURi04IG5lZWRzIGF0IG1vc3QgMyBieXRlcyBwZXIgVVRGLTE2IHVuaXQuXG4gIGNvbnN0IGJ1ZiA9IEJ1ZmZlci5hbGxvY1Vuc2FmZShoZWFkICsgam9pbmVkLmxlbmd0aCAqIDMpO1xuICBjb25zdCB3cml0dGVuID0gYnVmLndyaXRlKGpvaW5lZCwgaGVhZCwgJ3V0ZjgnKTtcbiAgY29uc3QgYXNjaWkgPSB3cml0dGVuID09PSBqb2luZWQubGVuZ3RoO1xuICBidWYud3JpdGVVSW50MzJMRShuLCAwKTtcbiAgbGV0IG9mZnNldCA9IDQ7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSB7XG4gICAgY29uc3QgW2ssIHZdID0gcGFpcnNbaV0hO1xuICAgIGJ1Zi53cml0ZVVJbnQzMkxFKGFzY2lpID8gay5sZW5ndGggOiBCdWZmZXIuYnl0ZUxlbmd0aChrLCAndXRmOCcpLCBvZmZzZXQpO1xuICAgIGJ1Zi53cml0ZVVJbnQzMkxFKGFzY2lpID8gdi5sZW5ndGggOiBCdWZmZXIuYnl0ZUxlbmd0aCh2LCAndXRmOCcpLCBvZmZzZXQgKyA0KTtcbiAgICBvZmZzZXQgKz0gODtcbiAgfVxuICByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoYnVmLmJ1ZmZlciwgYnVmLmJ5dGVPZmZzZXQsIGhlYWQgKyB3cml0dGVuKTtcbn1cblxuLyoqXG4gKiBEZWNvZGVzIGEgc2VyaWFsaXplZCBtYXAuIExpa2UgRW52b3kncyB0b1BhaXJzLCBhIGJ1ZmZlciB0b28gc2hvcnQgZm9yIGl0c1xuICogZGVjbGFyZWQgY291bnQgeWllbGRzIG5vIHBhaXJzIHJhdGhlciB0aGFuIHJlYWRpbmcgb3V0IG9mIGJvdW5kczsgd2UgYWxzb1xuICogcmVmdXNlIHBhaXJzIHdob3NlIGJ5dGVzIHJ1biBwYXN0IHRoZSBlbmQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVQYWlycyhieXRlczogVWludDhBcnJheSk6IEhlYWRlclBhaXJzIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGJ5dGVzLmxlbmd0aCA8IDQpIHJldHVybiBieXRlcy5sZW5ndGggPT09IDAgPyBbXSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgdmlldyA9IG5ldyBEYXRhVmlldyhieXRlcy5idWZmZXIsIGJ5dGVzLmJ5dGVPZmZzZXQsIGJ5dGVzLmJ5dGVMZW5ndGgpO1xuICBjb25zdCBjb3VudCA9IHZpZXcuZ2V0VWludDMyKDAsIHRydWUpO1xuICBpZiAoNCArIGNvdW50ICogOCA+IGJ5dGVzLmxlbmd0aCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qgc2l6ZXM6IFtudW1iZXIsIG51bWJlcl1bXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIHNpemVzLnB1c2goW3ZpZXcuZ2V0VWludDMyKDQgKyBpICogOCwgdHJ1ZSksIHZpZXcuZ2V0VWludDMyKDggKyBpICogOCwgdHJ1ZSldKTtcbiAgbGV0IG9mZnNldCA9IDQgKyBjb3VudCAqIDg7XG4gIGNvbnN0IHJlc3VsdDogSGVhZGVyUGFpcnMgPSBbXTtcbiAgZm9yIChjb25zdCBba2wsIHZsXSBvZiBzaXplcykge1xuICAgIGlmIChvZmZzZXQgKyBrbCArIDEgKyB2bCArIDEgPiBieXRlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3Qga2V5ID0gZGVjb2Rlci5kZWNvZGUoYnl0ZXMuc3ViYXJyYXkob2Zmc2V0LCBvZmZzZXQgKyBrbCkpO1xuICAgIG9mZnNldCArPSBrbCArIDE7XG4gICAgY29uc3QgdmFsdWUgPSBkZWNvZGVyLmRlY29kZShieXRlcy5zdWJhcnJheShvZmZzZXQsIG9mZnNldCArIHZsKSk7XG4gICAgb2Zmc2V0ICs9IHZsICsgMTtcbiAgICByZXN1bHQucHVzaChba2V5LCB2YWx1ZV0pO1xuICB9XG4gIHJldHVybiByZXN1bHQ7XG59XG5cbmV4cG9ydCB0eXBlIEhlYWRlcnNJbnB1dCA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IG51bWJlcj4gfCByZWFkb25seSAocmVhZG9ubHkgW3N0cmluZywgc3RyaW5nXSlbXTtcblxuLyoqIE5vcm1hbGl6ZXMgdGVzdC1zdXBwbGllZCBoZWFkZXJzIHRoZSB3YXkgRW52b3kncyBjb2RlY3Mgc3RvcmUgdGhlbTogbG93ZXItY2FzZSBuYW1lcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVIZWFkZXJzKGlucHV0OiBIZWFkZXJzSW5wdXQgfCB1bmRlZmluZWQsIHdoYXQ6IHN0cmluZyk6IEhlYWRlclBhaXJzIHtcbiAgaWYgKGlucHV0ID09PSB1bmRlZmluZWQpIHJldHVybiBbXTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoaW5wdXQpKSB7XG4gICAgcmV0dXJuIGlucHV0Lm1hcCgocGFpciwgaSkgPT4ge1xuICAgICAgaWYgKCFBcnJheS5pc0FycmF5KHBhaXIpIHx8IHBhaXIubGVuZ3RoICE9PSAyIHx8IHR5cGVvZiBwYWlyWzBdICE9PSAnc3RyaW5nJyB8fCB0eXBlb2YgcGFpclsxXSAhPT0gJ3N0cmluZycpIHtcbiAgICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fVske2l9XSBtdXN0IGJlIGEgW25hbWUsIHZhbHVlXSBwYWlyIG9mIHN0cmluZ3NgKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBbcGFpclswXS50b0xvd2VyQ2FzZSgpLCBwYWlyWzFdXTtcbiAgICB9KTtcbiAgfVxuICBpZiAodHlwZW9mIGlucHV0ICE9PSAnb2JqZWN0JyB8fCBpbnB1dCA9PT0gbnVsbCkgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fSBtdXN0IGJlIGFuIG9iamVjdCBvciBhbiBhcnJheSBvZiBwYWlyc2ApO1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMoaW5wdXQgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pLm1hcCgoW2ssIHZdKSA9PiB7XG4gICAgaWYgKHR5cGVvZiB2ICE9PSAnc3RyaW5nJyAmJiB0eXBlb2YgdiAhPT0gJ251bWJlcicpIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0uJHtrfSBtdXN0IGJlIGEgc3RyaW5nYCk7XG4gICAgcmV0dXJuIFtrLnRvTG93ZXJDYXNlKCksIFN0cmluZyh2KV07XG4gIH0pO1xufVxuIiwgIi8vIEVudm95IGF0dHJpYnV0ZXMgYXMgcHJveHlfZ2V0X3Byb3BlcnR5IHNlZXMgdGhlbTogYSBwYXRoIG9mIE5VTC1zZXBhcmF0ZWRcbi8vIHNlZ21lbnRzLCBzdHJpbmdzIHJldHVybmVkIGFzIHJhdyBieXRlcywgaW50ZWdlcnMgYXMgOC1ieXRlIGxpdHRsZS1lbmRpYW4sXG4vLyBib29sZWFucyBhcyBvbmUgYnl0ZSwgbWFwcyBhcyBzZXJpYWxpemVkIGhlYWRlciBwYWlycy5cbmltcG9ydCB0eXBlIHsgSGVhZGVyTWFwIH0gZnJvbSAnLi9oZWFkZXItbWFwLnRzJztcbmltcG9ydCB7IGVuY29kZVBhaXJzIH0gZnJvbSAnLi9wYWlycy50cyc7XG5cbmV4cG9ydCB0eXBlIFByb3BlcnR5VmFsdWUgPSBzdHJpbmcgfCBudW1iZXIgfCBiaWdpbnQgfCBib29sZWFuIHwgVWludDhBcnJheTtcbmV4cG9ydCB0eXBlIFByb3BlcnR5SW5wdXQgPSBSZWNvcmQ8c3RyaW5nLCBQcm9wZXJ0eVZhbHVlPjtcblxuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuY29uc3QgZGVjb2RlciA9IG5ldyBUZXh0RGVjb2RlcigpO1xuXG4vKiogUm9vdHMgRW52b3kgcmVzb2x2ZXMgaXRzZWxmOyBhbnkgb3RoZXIgZmlyc3Qgc2VnbWVudCBuYW1lcyBmaWx0ZXIgc3RhdGUuICovXG5jb25zdCBBVFRSSUJVVEVfUk9PVFMgPSBuZXcgU2V0KFtcbiAgJ3JlcXVlc3QnLCAncmVzcG9uc2UnLCAnc291cmNlJywgJ2Rlc3RpbmF0aW9uJywgJ2Nvbm5lY3Rpb24nLCAndXBzdHJlYW0nLCAnbm9kZScsICd4ZHMnLFxuICAncGx1Z2luX25hbWUnLCAncGx1Z2luX3Jvb3RfaWQnLCAncGx1Z2luX3ZtX2lkJywgJ2NsdXN0ZXJfbmFtZScsICdjbHVzdGVyX21ldGFkYXRhJyxcbiAgJ3JvdXRlX25hbWUnLCAncm91dGVfbWV0YWRhdGEnLCAnbGlzdGVuZXJfZGlyZWN0aW9uJywgJ2xpc3RlbmVyX21ldGFkYXRhJyxcbiAgJ3Vwc3RyZWFtX2hvc3RfbWV0YWRhdGEnLCAnbWV0YWRhdGEnLCAnZmlsdGVyX3N0YXRlJyxcbl0pO1xuXG5leHBvcnQgZnVuY3Rpb24gZW5jb2RlUHJvcGVydHkodmFsdWU6IFByb3BlcnR5VmFsdWUpOiBVaW50OEFycmF5IHtcbiAgaWYgKHZhbHVlIGluc3RhbmNlb2YgVWludDhBcnJheSkgcmV0dXJuIHZhbHVlLnNsaWNlKCk7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gZW5jb2Rlci5lbmNvZGUodmFsdWUpO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbicpIHJldHVybiBVaW50OEFycmF5Lm9mKHZhbHVlID8gMSA6IDApO1xuICBjb25zdCBiaWcgPSB0eXBlb2YgdmFsdWUgPT09ICdiaWdpbnQnID8gdmFsdWUgOiBCaWdJbnQoTWF0aC50cnVuYyh2YWx1ZSkpO1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheSg4KTtcbiAgbmV3IERhdGFWaWV3KG91dC5idWZmZXIpLnNldEJpZ0ludDY0KDAsIEJpZ0ludC5hc0ludE4oNjQsIGJpZyksIHRydWUpO1xuICByZXR1cm4gb3V0O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVQcm9wZXJ0aWVzKGlucHV0OiB1bmtub3duLCB3aGF0OiBzdHJpbmcpOiBQcm9wZXJ0eUlucHV0IHtcbiAgaWYgKGlucHV0ID09PSB1bmRlZmluZWQpIHJldHVybiB7fTtcbiAgaWYgKHR5cGVvZiBpbnB1dCAhPT0gJ29iamVjdCcgfHwgaW5wdXQgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheShpbnB1dCkpIHtcbiAgICB0aHJvdyBuZXcgVHlwZUVycm9yKGAke3doYXR9IG11c3QgYmUgYW4gb2JqZWN0IG1hcHBpbmcgYXR0cmlidXRlIHBhdGhzIChlLmcuIFwic291cmNlLmFkZHJlc3NcIikgdG8gdmFsdWVzYCk7XG4gIH1cbiAgZm9yIChjb25zdCBbaywgdl0gb2YgT2JqZWN0LmVudHJpZXMoaW5wdXQpKSB7XG4gICAgY29uc3Qgb2sgPSB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInIHx8IHR5cGVvZiB2ID09PSAnYmlnaW50JyB8fCB0eXBlb2YgdiA9PT0gJ2Jvb2xlYW4nIHx8IHYgaW5zdGFuY2VvZiBVaW50OEFycmF5O1xuICAgIGlmICghb2spIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH1bXCIke2t9XCJdIG11c3QgYmUgYSBzdHJpbmcsIG51bWJlciwgYmlnaW50LCBib29sZWFuIG9yIFVpbnQ4QXJyYXlgKTtcbiAgfVxuICByZXR1cm4gaW5wdXQgYXMgUHJvcGVydHlJbnB1dDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcm9wZXJ0eVNjb3BlIHtcbiAgdm06IFByb3BlcnR5SW5wdXQ7XG4gIHN0cmVhbT86IFByb3BlcnR5SW5wdXQ7XG4gIHJlcXVlc3RIZWFkZXJzPzogSGVhZGVyTWFwO1xuICByZXNwb25zZUhlYWRlcnM/OiBIZWFkZXJNYXA7XG4gIGZpbHRlclN0YXRlPzogTWFwPHN0cmluZywgVWludDhBcnJheT47XG59XG5cbmZ1bmN0aW9uIGRlcml2ZWRSZXF1ZXN0KG5hbWU6IHN0cmluZywgaGVhZGVyczogSGVhZGVyTWFwIHwgdW5kZWZpbmVkKTogUHJvcGVydHlWYWx1ZSB8IHVuZGVmaW5lZCB7XG4gIGlmICghaGVhZGVycykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGF0aCA9IGhlYWRlcnMuZ2V0KCc6cGF0aCcpO1xuICBzd2l0Y2ggKG5hbWUpIHtcbiAgICBjYXNlICdwYXRoJzogcmV0dXJuIHBhdGg7XG4gICAgY2FzZSAndXJsX3BhdGgnOiByZXR1cm4gcGF0aD8uc3BsaXQoJz8nKVswXTtcbiAgICBjYXNlICdxdWVyeSc6IHJldHVybiBwYXRoID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwYXRoLmluY2x1ZGVzKCc/JykgPyBwYXRoLnNsaWNlKHBhdGguaW5kZXhPZignPycpICsgMSkgOiAnJztcbiAgICBjYXNlICdob3N0JzogcmV0dXJuIGhlYWRlcnMuZ2V0KCc6YXV0aG9yaXR5Jyk7XG4gICAgY2FzZSAnc2NoZW1lJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCc6c2NoZW1lJyk7XG4gICAgY2FzZSAnbWV0aG9kJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCc6bWV0aG9kJyk7XG4gICAgY2FzZSAnaWQnOiByZXR1cm4gaGVhZGVycy5nZXQoJ3gtcmVxdWVzdC1pZCcpO1xuICAgIGNhc2UgJ3JlZmVyZXInOiByZXR1cm4gaGVhZGVycy5nZXQoJ3JlZmVyZXInKTtcbiAgICBjYXNlICd1c2VyYWdlbnQnOiByZXR1cm4gaGVhZGVycy5nZXQoJ3VzZXItYWdlbnQnKTtcbiAgICBjYXNlICdwcm90b2NvbCc6IHJldHVybiAnSFRUUC8xLjEnO1xuICAgIGRlZmF1bHQ6IHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9va3VwSGVhZGVycyhtYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCwgcmVzdDogc3RyaW5nW10pOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFtYXApIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmIChyZXN0Lmxlbmd0aCA9PT0gMCkgcmV0dXJuIGVuY29kZVBhaXJzKG1hcC5wYWlycygpKTtcbiAgaWYgKHJlc3QubGVuZ3RoICE9PSAxKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB2ID0gbWFwLmdldChyZXN0WzBdISk7XG4gIHJldHVybiB2ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBlbmNvZGVyLmVuY29kZSh2KTtcbn1cblxuLyoqIFJlc29sdmVzIGEgcmF3IHByb3BlcnR5IHBhdGgsIG9yIHVuZGVmaW5lZCB3aGVuIEVudm95IHdvdWxkIGFuc3dlciBOb3RGb3VuZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlUHJvcGVydHkocmF3UGF0aDogc3RyaW5nLCBzY29wZTogUHJvcGVydHlTY29wZSk6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWdtZW50cyA9IHJhd1BhdGguc3BsaXQoJ1xcdTAwMDAnKTtcbiAgY29uc3Qgcm9vdCA9IHNlZ21lbnRzWzBdITtcbiAgaWYgKCFBVFRSSUJVVEVfUk9PVFMuaGFzKHJvb3QpKSB7XG4gICAgY29uc3Qgc3RhdGUgPSBzY29wZS5maWx0ZXJTdGF0ZT8uZ2V0KHJhd1BhdGgpO1xuICAgIHJldHVybiBzdGF0ZT8uc2xpY2UoKTtcbiAgfVxuICBpZiAocm9vdCA9PT0gJ2ZpbHRlcl9zdGF0ZScgJiYgc2VnbWVudHMubGVuZ3RoID09PSAyKSB7XG4gICAgY29uc3Qga2V5ID0gc2VnbWVudHNbMV0hLnN0YXJ0c1dpdGgoJ3dhc20uJykgPyBzZWdtZW50c1sxXSEuc2xpY2UoNSkgOiBzZWdtZW50c1sxXSE7XG4gICAgcmV0dXJuIHNjb3BlLmZpbHRlclN0YXRlPy5nZXQoa2V5KT8uc2xpY2UoKTtcbiAgfVxuICBjb25zdCBkb3R0ZWQgPSBzZWdtZW50cy5qb2luKCcuJyk7XG4gIGNvbnN0IGV4cGxpY2l0ID0gc2NvcGUuc3RyZWFtPy5bZG90dGVkXSA/PyBzY29wZS52bVtkb3R0ZWRdO1xuICBpZiAoZXhwbGljaXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGVuY29kZVByb3BlcnR5KGV4cGxpY2l0KTtcbiAgaWYgKHJvb3QgPT09ICdyZXF1ZXN0JyAmJiBzZWdtZW50c1sxXSA9PT0gJ2hlYWRlcnMnKSByZXR1cm4gbG9va3VwSGVhZGVycyhzY29wZS5yZXF1ZXN0SGVhZGVycywgc2VnbWVudHMuc2xpY2UoMikpO1xuICBpZiAocm9vdCA9PT0gJ3Jlc3BvbnNlJyAmJiBzZWdtZW50c1sxXSA9PT0gJ2hlYWRlcnMnKSByZXR1cm4gbG9va3VwSGVhZGVycyhzY29wZS5yZXNwb25zZUhlYWRlcnMsIHNlZ21lbnRzLnNsaWNlKDIpKTtcbiAgaWYgKHJvb3QgPT09ICdyZXF1ZXN0JyAmJiBzZWdtZW50cy5sZW5ndGggPT09IDIpIHtcbiAgICBjb25zdCB2ID0gZGVyaXZlZFJlcXVlc3Qoc2VnbWVudHNbMV0hLCBzY29wZS5yZXF1ZXN0SGVhZGVycyk7XG4gICAgcmV0dXJuIHYgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGVuY29kZVByb3BlcnR5KHYpO1xuICB9XG4gIGlmIChyb290ID09PSAncmVzcG9uc2UnICYmIHNlZ21lbnRzLmxlbmd0aCA9PT0gMiAmJiBzZWdtZW50c1sxXSA9PT0gJ2NvZGUnKSB7XG4gICAgY29uc3Qgc3RhdHVzID0gc2NvcGUucmVzcG9uc2VIZWFkZXJzPy5nZXQoJzpzdGF0dXMnKTtcbiAgICByZXR1cm4gc3RhdHVzID09PSB1bmRlZmluZWQgfHwgIS9eXFxkKyQvLnRlc3Qoc3RhdHVzKSA/IHVuZGVmaW5lZCA6IGVuY29kZVByb3BlcnR5KE51bWJlcihzdGF0dXMpKTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlVGV4dChieXRlczogVWludDhBcnJheSk6IHN0cmluZyB7XG4gIHJldHVybiBkZWNvZGVyLmRlY29kZShieXRlcyk7XG59XG4iLCAiLy8gRW52b3kncyBwcm9jZXNzLXdpZGUgc2hhcmVkIGRhdGEgKHByb3h5LXdhc20tY3BwLWhvc3QgU2hhcmVkRGF0YSk6IGEga2V5L3ZhbHVlXG4vLyBzdG9yZSBwZXIgdm1faWQgd2hlcmUgZXZlcnkgd3JpdGUgZ2V0cyBhIGZyZXNoIGNvbXBhcmUtYW5kLXN3YXAgdG9rZW4uXG5pbXBvcnQgeyBXYXNtUmVzdWx0IH0gZnJvbSAnLi9hYmkudHMnO1xuXG5pbnRlcmZhY2UgRW50cnkge1xuICB2YWx1ZTogVWludDhBcnJheTtcbiAgY2FzOiBudW1iZXI7XG59XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoKTtcblxuZXhwb3J0IGNsYXNzIFNoYXJlZERhdGEge1xuICBwcml2YXRlIHJlYWRvbmx5IGJ5Vm0gPSBuZXcgTWFwPHN0cmluZywgTWFwPHN0cmluZywgRW50cnk+PigpO1xuICBwcml2YXRlIG5leHRDYXMgPSAxO1xuXG4gIHByaXZhdGUgbWFwKHZtSWQ6IHN0cmluZyk6IE1hcDxzdHJpbmcsIEVudHJ5PiB7XG4gICAgbGV0IG0gPSB0aGlzLmJ5Vm0uZ2V0KHZtSWQpO1xuICAgIGlmICghbSkgdGhpcy5ieVZtLnNldCh2bUlkLCAobSA9IG5ldyBNYXAoKSkpO1xuICAgIHJldHVybiBtO1xuICB9XG5cbiAgcHJpdmF0ZSB0YWtlQ2FzKCk6IG51bWJlciB7XG4gICAgY29uc3QgY2FzID0gdGhpcy5uZXh0Q2FzO1xuICAgIC8vIGNhcyAwIG1lYW5zIFwidW5jb25kaXRpb25hbFwiIGluIHNldCwgc28gdGhlIGNvdW50ZXIgc2tpcHMgaXQgb24gd3JhcC1hcm91bmQuXG4gICAgdGhpcy5uZXh0Q2FzID0gKHRoaXMubmV4dENhcyArIDEpID4+PiAwIHx8IDE7XG4gICAgcmV0dXJuIGNhcztcbiAgfVxuXG4gIGxvb2t1cCh2bUlkOiBzdHJpbmcsIGtleTogc3RyaW5nKTogeyB2YWx1ZTogVWludDhBcnJheTsgY2FzOiBudW1iZXIgfSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgZSA9IHRoaXMubWFwKHZtSWQpLmdldChrZXkpO1xuICAgIHJldHVybiBlICYmIHsgdmFsdWU6IGUudmFsdWUuc2xpY2UoKSwgY2FzOiBlLmNhcyB9O1xuICB9XG5cbiAgLyoqIFJldHVybnMgYSBXYXNtUmVzdWx0IGNvZGU6IENhc01pc21hdGNoIHdoZW4gY2FzIGlzIG5vbi16ZXJvIGFuZCBzdGFsZS4gKi9cbiAgc3RvcmUodm1JZDogc3RyaW5nLCBrZXk6IHN0cmluZywgdmFsdWU6IFVpbnQ4QXJyYXksIGNhczogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBjb25zdCBtID0gdGhpcy5tYXAodm1JZCk7XG4gICAgY29uc3QgZXhpc3RpbmcgPSBtLmdldChrZXkpO1xuICAgIGlmIChleGlzdGluZyAmJiBjYXMgIT09IDAgJiYgY2FzICE9PSBleGlzdGluZy5jYXMpIHJldHVybiBXYXNtUmVzdWx0LkNhc01pc21hdGNoO1xuICAgIG0uc2V0KGtleSwgeyB2YWx1ZTogdmFsdWUuc2xpY2UoKSwgY2FzOiB0aGlzLnRha2VDYXMoKSB9KTtcbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIC8qKiBUZXN0IGhlbHBlcjogdGhlIHZhbHVlIGFzIGEgVVRGLTggc3RyaW5nICh2bUlkIGRlZmF1bHRzIHRvICcnLCBFbnZveSdzIGRlZmF1bHQgdm1faWQpLiAqL1xuICBnZXQoa2V5OiBzdHJpbmcsIHZtSWQgPSAnJyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgZSA9IHRoaXMubWFwKHZtSWQpLmdldChrZXkpO1xuICAgIHJldHVybiBlICYmIGRlY29kZXIuZGVjb2RlKGUudmFsdWUpO1xuICB9XG5cbiAgZ2V0Qnl0ZXMoa2V5OiBzdHJpbmcsIHZtSWQgPSAnJyk6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KT8udmFsdWUuc2xpY2UoKTtcbiAgfVxuXG4gIC8qKiBUZXN0IGhlbHBlcjogc2VlZHMgYSB2YWx1ZSBhcyBhbm90aGVyIHdvcmtlciB3b3VsZCAodW5jb25kaXRpb25hbCB3cml0ZSkuICovXG4gIHNldChrZXk6IHN0cmluZywgdmFsdWU6IHN0cmluZyB8IFVpbnQ4QXJyYXksIHZtSWQgPSAnJyk6IHZvaWQge1xuICAgIHRoaXMuc3RvcmUodm1JZCwga2V5LCB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnID8gZW5jb2Rlci5lbmNvZGUodmFsdWUpIDogdmFsdWUsIDApO1xuICB9XG5cbiAgY2FzKGtleTogc3RyaW5nLCB2bUlkID0gJycpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KT8uY2FzO1xuICB9XG59XG4iLCAiLy8gRW52b3kncyBzaGFyZWQgcXVldWVzIChwcm94eS13YXNtLWNwcC1ob3N0IFNoYXJlZFF1ZXVlKTogbmFtZWQgcGVyIHZtX2lkLFxuLy8gaWRlbnRpZmllZCBieSBhIHByb2Nlc3Mtd2lkZSB0b2tlbjsgdGhlIFZNIHRoYXQgcmVnaXN0ZXJlZCBhIHF1ZXVlICh0aGUgbGFzdFxuLy8gb25lIHRvIHJlZ2lzdGVyIGl0KSBpcyB0b2xkIHRocm91Z2ggcHJveHlfb25fcXVldWVfcmVhZHkgd2hlbiBkYXRhIGFycml2ZXMuXG5pbXBvcnQgeyBXYXNtUmVzdWx0IH0gZnJvbSAnLi9hYmkudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFF1ZXVlT3duZXIge1xuICAvKiogQ2FsbGVkIChkZWZlcnJlZCBieSB0aGUgaG9zdCB1bnRpbCBubyBndWVzdCBjYWxsIGlzIHJ1bm5pbmcpIHdoZW4gYW4gaXRlbSBhcnJpdmVzLiAqL1xuICBub3RpZnlRdWV1ZVJlYWR5KHJvb3RDb250ZXh0SWQ6IG51bWJlciwgdG9rZW46IG51bWJlcik6IHZvaWQ7XG59XG5cbmludGVyZmFjZSBRdWV1ZSB7XG4gIHZtSWQ6IHN0cmluZztcbiAgbmFtZTogc3RyaW5nO1xuICBvd25lcjogUXVldWVPd25lcjtcbiAgcm9vdENvbnRleHRJZDogbnVtYmVyO1xuICBpdGVtczogVWludDhBcnJheVtdO1xufVxuXG5leHBvcnQgY2xhc3MgU2hhcmVkUXVldWVzIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieVRva2VuID0gbmV3IE1hcDxudW1iZXIsIFF1ZXVlPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IHRva2VucyA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gIHByaXZhdGUgbmV4dFRva2VuID0gMTtcblxuICBwcml2YXRlIHN0YXRpYyBrZXkodm1JZDogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIHJldHVybiBgJHt2bUlkfVxcdTAwMDAke25hbWV9YDtcbiAgfVxuXG4gIHJlZ2lzdGVyKHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nLCBvd25lcjogUXVldWVPd25lciwgcm9vdENvbnRleHRJZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBjb25zdCBrZXkgPSBTaGFyZWRRdWV1ZXMua2V5KHZtSWQsIG5hbWUpO1xuICAgIGNvbnN0IGV4aXN0aW5nID0gdGhpcy50b2tlbnMuZ2V0KGtleSk7XG4gICAgaWYgKGV4aXN0aW5nICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IHEgPSB0aGlzLmJ5VG9rZW4uZ2V0KGV4aXN0aW5nKSE7XG4gICAgICBxLm93bmVyID0gb3duZXI7XG4gICAgICBxLnJvb3RDb250ZXh0SWQgPSByb290Q29udGV4dElkO1xuICAgICAgcmV0dXJuIGV4aXN0aW5nO1xuICAgIH1cbiAgICBjb25zdCB0b2tlbiA9IHRoaXMubmV4dFRva2VuKys7XG4gICAgdGhpcy50b2tlbnMuc2V0KGtleSwgdG9rZW4pO1xuICAgIHRoaXMuYnlUb2tlbi5zZXQodG9rZW4sIHsgdm1JZCwgbmFtZSwgb3duZXIsIHJvb3RDb250ZXh0SWQsIGl0ZW1zOiBbXSB9KTtcbiAgICByZXR1cm4gdG9rZW47XG4gIH1cblxuICByZXNvbHZlKHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy50b2tlbnMuZ2V0KFNoYXJlZFF1ZXVlcy5rZXkodm1JZCwgbmFtZSkpO1xuICB9XG5cbiAgLyoqIFJldHVybnMgdGhlIFdhc21SZXN1bHQgYW5kLCBvbiBzdWNjZXNzLCB3aG8gdG8gbm90aWZ5LiAqL1xuICBlbnF1ZXVlKHRva2VuOiBudW1iZXIsIGRhdGE6IFVpbnQ4QXJyYXkpOiB7IHJlc3VsdDogbnVtYmVyOyBub3RpZnk/OiAoKSA9PiB2b2lkIH0ge1xuICAgIGNvbnN0IHEgPSB0aGlzLmJ5VG9rZW4uZ2V0KHRva2VuKTtcbiAgICBpZiAoIXEpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5Ob3RGb3VuZCB9O1xuICAgIHEuaXRlbXMucHVzaChkYXRhLnNsaWNlKCkpO1xuICAgIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5Paywgbm90aWZ5OiAoKSA9PiBxLm93bmVyLm5vdGlmeVF1ZXVlUmVhZHkocS5yb290Q29udGV4dElkLCB0b2tlbikgfTtcbiAgfVxuXG4gIGRlcXVldWUodG9rZW46IG51bWJlcik6IHsgcmVzdWx0OiBudW1iZXI7IGRhdGE/OiBVaW50OEFycmF5IH0ge1xuICAgIGNvbnN0IHEgPSB0aGlzLmJ5VG9rZW4uZ2V0KHRva2VuKTtcbiAgICBpZiAoIXEpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5Ob3RGb3VuZCB9O1xuICAgIGNvbnN0IGRhdGEgPSBxLml0ZW1zLnNoaWZ0KCk7XG4gICAgaWYgKCFkYXRhKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuRW1wdHkgfTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIGRhdGEgfTtcbiAgfVxuXG4gIHNpemUodm1JZDogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBudW1iZXIge1xuICAgIGNvbnN0IHRva2VuID0gdGhpcy5yZXNvbHZlKHZtSWQsIG5hbWUpO1xuICAgIHJldHVybiB0b2tlbiA9PT0gdW5kZWZpbmVkID8gMCA6IHRoaXMuYnlUb2tlbi5nZXQodG9rZW4pIS5pdGVtcy5sZW5ndGg7XG4gIH1cbn1cbiIsICIvLyBBIG11dGFibGUgaGVhZGVyIG1hcCB3aXRoIEVudm95J3Mgc2VtYW50aWNzIGZvciB0aGUgcHJveHktd2FzbSBoZWFkZXIgY2FsbHM6XG4vLyBuYW1lcyBhcmUgbG93ZXItY2FzZWQsIG9yZGVyIGlzIGtlcHQsIGR1cGxpY2F0ZXMgYXJlIGFsbG93ZWQuIEl0cyBzZXJpYWxpemVkIGZvcm0gKHdoYXRcbi8vIHByb3h5X2dldF9oZWFkZXJfbWFwX3BhaXJzIHJldHVybnMpIGlzIGJ1aWx0IG9uY2UgYW5kIGtlcHQgdW50aWwgdGhlIG1hcCBjaGFuZ2VzLCBzbyBhIGZpbHRlclxuLy8gcmVhZGluZyB0aGUgd2hvbGUgbWFwIG9uIGV2ZXJ5IGNhbGxiYWNrIGRvZXMgbm90IHBheSBmb3IgZW5jb2RpbmcgaXQgZWFjaCB0aW1lLlxuaW1wb3J0IHsgZW5jb2RlUGFpcnMsIHR5cGUgSGVhZGVyUGFpcnMgfSBmcm9tICcuL3BhaXJzLnRzJztcblxuY29uc3QgRU1QVFkgPSBuZXcgVWludDhBcnJheSgwKTtcblxuZXhwb3J0IGNsYXNzIEhlYWRlck1hcCB7XG4gIHByaXZhdGUgZW50cmllczogSGVhZGVyUGFpcnM7XG4gIC8qKiBTZXJpYWxpemVkIGZvcm0gb2YgYGVudHJpZXNgOyB1bmRlZmluZWQgYWZ0ZXIgYSBjaGFuZ2UuICovXG4gIHByaXZhdGUgZW5jb2RlZDogVWludDhBcnJheSB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihwYWlyczogSGVhZGVyUGFpcnMgPSBbXSkge1xuICAgIHRoaXMuZW50cmllcyA9IHBhaXJzLm1hcCgoW2ssIHZdKSA9PiBbay50b0xvd2VyQ2FzZSgpLCB2XSk7XG4gIH1cblxuICBwYWlycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcy5tYXAoKFtrLCB2XSkgPT4gW2ssIHZdKTtcbiAgfVxuXG4gIC8qKiBUaGUgQUJJIHNlcmlhbGl6YXRpb24gKGVtcHR5IGZvciBhbiBlbXB0eSBtYXApLiBTaGFyZWQ6IGNhbGxlcnMgbXVzdCBub3QgbW9kaWZ5IGl0LiAqL1xuICBzZXJpYWxpemVkKCk6IFVpbnQ4QXJyYXkge1xuICAgIGlmICh0aGlzLmVuY29kZWQgPT09IHVuZGVmaW5lZCkgdGhpcy5lbmNvZGVkID0gdGhpcy5lbnRyaWVzLmxlbmd0aCA9PT0gMCA/IEVNUFRZIDogZW5jb2RlUGFpcnModGhpcy5lbnRyaWVzKTtcbiAgICByZXR1cm4gdGhpcy5lbmNvZGVkO1xuICB9XG5cbiAgZ2V0IGNvdW50KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcy5sZW5ndGg7XG4gIH1cblxuICAvKiogRW52b3kncyBnZXRfaGVhZGVyX21hcF9zaXplIHJlcG9ydHMgdGhlIG1hcCdzIGJ5dGUgc2l6ZSwgbm90IGl0cyBlbnRyeSBjb3VudC4gKi9cbiAgYnl0ZVNpemUoKTogbnVtYmVyIHtcbiAgICBsZXQgc2l6ZSA9IDA7XG4gICAgZm9yIChjb25zdCBbaywgdl0gb2YgdGhpcy5lbnRyaWVzKSBzaXplICs9IEJ1ZmZlci5ieXRlTGVuZ3RoKGssICd1dGY4JykgKyBCdWZmZXIuYnl0ZUxlbmd0aCh2LCAndXRmOCcpO1xuICAgIHJldHVybiBzaXplO1xuICB9XG5cbiAgLyoqIEZpcnN0IHZhbHVlLCBhcyBFbnZveSdzIGdldEhlYWRlck1hcFZhbHVlIHJldHVybnMuICovXG4gIGdldChuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGtleSA9IG5hbWUudG9Mb3dlckNhc2UoKTtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLmZpbmQoKFtrXSkgPT4gayA9PT0ga2V5KT8uWzFdO1xuICB9XG5cbiAgYWRkKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMuZW50cmllcy5wdXNoKFtuYW1lLnRvTG93ZXJDYXNlKCksIHZhbHVlXSk7XG4gICAgdGhpcy5lbmNvZGVkID0gdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqIFJlcGxhY2VzIHRoZSBmaXJzdCBlbnRyeSdzIHZhbHVlIGluIHBsYWNlLCBvciBhcHBlbmRzIChFbnZveSdzIHJlcGxhY2VIZWFkZXJNYXBWYWx1ZSkuICovXG4gIHJlcGxhY2UobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3Qga2V5ID0gbmFtZS50b0xvd2VyQ2FzZSgpO1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy5lbnRyaWVzLmZpbmQoKFtrXSkgPT4gayA9PT0ga2V5KTtcbiAgICBpZiAoZW50cnkpIGVudHJ5WzFdID0gdmFsdWU7XG4gICAgZWxzZSB0aGlzLmVudHJpZXMucHVzaChba2V5LCB2YWx1ZV0pO1xuICAgIHRoaXMuZW5jb2RlZCA9IHVuZGVmaW5lZDtcbiAgfVxuXG4gIHJlbW92ZShuYW1lOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBrZXkgPSBuYW1lLnRvTG93ZXJDYXNlKCk7XG4gICAgaWYgKCF0aGlzLmVudHJpZXMuc29tZSgoW2tdKSA9PiBrID09PSBrZXkpKSByZXR1cm47XG4gICAgdGhpcy5lbnRyaWVzID0gdGhpcy5lbnRyaWVzLmZpbHRlcigoW2tdKSA9PiBrICE9PSBrZXkpO1xuICAgIHRoaXMuZW5jb2RlZCA9IHVuZGVmaW5lZDtcbiAgfVxuXG4gIHNldEFsbChwYWlyczogSGVhZGVyUGFpcnMpOiB2b2lkIHtcbiAgICB0aGlzLmVudHJpZXMgPSBwYWlycy5tYXAoKFtrLCB2XSkgPT4gW2sudG9Mb3dlckNhc2UoKSwgdl0pO1xuICAgIHRoaXMuZW5jb2RlZCA9IHVuZGVmaW5lZDtcbiAgfVxufVxuIiwgIi8vIE9uZSBIVFRQIHN0cmVhbSB0aHJvdWdoIGEgY2hhaW4gb2YgZmlsdGVycyAob25lIHBlciBWTSksIHdpdGggRW52b3knc1xuLy8gaXRlcmF0aW9uIHJ1bGVzOiByZXF1ZXN0IGNhbGxiYWNrcyBydW4gaW4gY2hhaW4gb3JkZXIsIHJlc3BvbnNlIGNhbGxiYWNrcyBpblxuLy8gcmV2ZXJzZTsgYSBzdG9wIGhvbGRzIGxhdGVyIGV2ZW50cyB1bnRpbCBwcm94eV9jb250aW51ZV9zdHJlYW07IGEgbG9jYWwgcmVwbHlcbi8vIGVuZHMgdGhlIHJlcXVlc3QgYW5kIGlzIGVuY29kZWQgYmFjayB0aHJvdWdoIHRoZSBmaWx0ZXJzIHRoYXQgaGF2ZSBzZWVuIGl0LlxuaW1wb3J0IHtcbiAgY29udmVydERhdGFSZXN1bHQsIGNvbnZlcnRIZWFkZXJzUmVzdWx0LCBjb252ZXJ0VHJhaWxlcnNSZXN1bHQsIEhlYWRlck1hcFR5cGUsIFN0cmVhbVR5cGUsIFdhc21SZXN1bHQsXG4gIHR5cGUgQWN0aW9uLCB0eXBlIERhdGFBY3Rpb24sIHR5cGUgSGVhZGVyc0FjdGlvbiwgdHlwZSBUcmFpbGVyc0FjdGlvbiwgQnVmZmVyVHlwZSxcbn0gZnJvbSAnLi9hYmkudHMnO1xuaW1wb3J0IHsgU3RyZWFtU3RhdGVFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEhlYWRlck1hcCB9IGZyb20gJy4vaGVhZGVyLW1hcC50cyc7XG5pbXBvcnQgeyBub3JtYWxpemVIZWFkZXJzLCB0eXBlIEhlYWRlclBhaXJzLCB0eXBlIEhlYWRlcnNJbnB1dCB9IGZyb20gJy4vcGFpcnMudHMnO1xuaW1wb3J0IHR5cGUgeyBQcm9wZXJ0eUlucHV0IH0gZnJvbSAnLi9wcm9wZXJ0aWVzLnRzJztcbmltcG9ydCB0eXBlIHsgQnVmZmVyQWNjZXNzLCBWbSB9IGZyb20gJy4vdm0udHMnO1xuXG50eXBlIERpciA9ICdyZXF1ZXN0JyB8ICdyZXNwb25zZSc7XG5pbnRlcmZhY2UgRmxvd0V2ZW50IHtcbiAga2luZDogJ2hlYWRlcnMnIHwgJ2RhdGEnIHwgJ3RyYWlsZXJzJztcbiAgZGF0YT86IFVpbnQ4QXJyYXk7XG4gIGVuZE9mU3RyZWFtOiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsUmVwbHlSZXF1ZXN0IHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIGRldGFpbHM6IHN0cmluZztcbiAgYm9keTogVWludDhBcnJheTtcbiAgaGVhZGVyczogSGVhZGVyUGFpcnM7XG4gIGdycGNTdGF0dXM6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBMb2NhbFJlc3BvbnNlIHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIC8qKiBSZXNwb25zZSBoZWFkZXJzIGFzIHRoZSBjbGllbnQgZ2V0cyB0aGVtLCBhZnRlciB0aGUgZmlsdGVycycgcmVzcG9uc2UgY2FsbGJhY2tzLiAqL1xuICBoZWFkZXJzOiBIZWFkZXJQYWlycztcbiAgYm9keTogVWludDhBcnJheTtcbiAgYm9keVRleHQ6IHN0cmluZztcbiAgZGV0YWlsczogc3RyaW5nO1xuICAvKiogdW5kZWZpbmVkIHdoZW4gdGhlIGZpbHRlciBwYXNzZWQgLTEgKG5vIGdSUEMgc3RhdHVzKSwgYXMgRW52b3kgbWFwcyBpdC4gKi9cbiAgZ3JwY1N0YXR1czogbnVtYmVyIHwgdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFNlbmRPcHRpb25zIHtcbiAgZW5kT2ZTdHJlYW0/OiBib29sZWFuO1xufVxuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5cbmZ1bmN0aW9uIGNvbmNhdChwYXJ0czogcmVhZG9ubHkgVWludDhBcnJheVtdKTogVWludDhBcnJheSB7XG4gIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KHBhcnRzLnJlZHVjZSgobiwgcCkgPT4gbiArIHAubGVuZ3RoLCAwKSk7XG4gIGxldCBvID0gMDtcbiAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSB7XG4gICAgb3V0LnNldChwLCBvKTtcbiAgICBvICs9IHAubGVuZ3RoO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHRvQm9keShkYXRhOiBzdHJpbmcgfCBVaW50OEFycmF5LCB3aGF0OiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgaWYgKHR5cGVvZiBkYXRhID09PSAnc3RyaW5nJykgcmV0dXJuIGVuY29kZXIuZW5jb2RlKGRhdGEpO1xuICBpZiAoZGF0YSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiBkYXRhLnNsaWNlKCk7XG4gIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0gbXVzdCBiZSBhIHN0cmluZyBvciBhIFVpbnQ4QXJyYXlgKTtcbn1cblxuLyoqIE9uZSBmaWx0ZXIncyBwbGFjZSBpbiBhIHN0cmVhbTogaXRzIGNvbnRleHQgaW4gaXRzIFZNIGFuZCBpdHMgcGVyLWRpcmVjdGlvbiBzdGF0ZS4gKi9cbmV4cG9ydCBjbGFzcyBGaWx0ZXJTbG90IHtcbiAgY29udGV4dElkOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIC8qKiBFbnZveSdzIGZhaWx1cmVfbG9jYWxfcmVwbHlfc2VudF86IGEgZmFpbGVkIGZpbHRlciBpcyBza2lwcGVkIG9uIHRoZSB3YXkgYmFjay4gKi9cbiAgZmFpbHVyZVJlcGx5U2VudCA9IGZhbHNlO1xuICByZWFkb25seSBoZWxkSGVhZGVycyA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuICByZWFkb25seSBoZWxkVHJhaWxlcnMgPSB7IHJlcXVlc3Q6IGZhbHNlLCByZXNwb25zZTogZmFsc2UgfTtcbiAgcmVhZG9ubHkgYm9keTogUmVjb3JkPERpciwgVWludDhBcnJheSB8IHVuZGVmaW5lZD4gPSB7IHJlcXVlc3Q6IHVuZGVmaW5lZCwgcmVzcG9uc2U6IHVuZGVmaW5lZCB9O1xuICByZWFkb25seSBidWZmZXJpbmcgPSB7IHJlcXVlc3Q6IGZhbHNlLCByZXNwb25zZTogZmFsc2UgfTtcbiAgcmVhZG9ubHkgYm9keUVuZCA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuXG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHN0cmVhbTogSHR0cFN0cmVhbSwgcmVhZG9ubHkgdm06IFZtLCByZWFkb25seSBpbmRleDogbnVtYmVyKSB7fVxuXG4gIGhlYWRlck1hcCh0eXBlOiBudW1iZXIpOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHMgPSB0aGlzLnN0cmVhbTtcbiAgICBzd2l0Y2ggKHR5cGUpIHtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXF1ZXN0SGVhZGVyczogcmV0dXJuIHRoaXMuaGVsZEhlYWRlcnMucmVxdWVzdCA/IHMucmVxdWVzdEhlYWRlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXNwb25zZUhlYWRlcnM6IHJldHVybiB0aGlzLmhlbGRIZWFkZXJzLnJlc3BvbnNlID8gcy5yZXNwb25zZUhlYWRlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXF1ZXN0VHJhaWxlcnM6IHJldHVybiB0aGlzLmhlbGRUcmFpbGVycy5yZXF1ZXN0ID8gcy5yZXF1ZXN0VHJhaWxlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXNwb25zZVRyYWlsZXJzOiByZXR1cm4gdGhpcy5oZWxkVHJhaWxlcnMucmVzcG9uc2UgPyBzLnJlc3BvbnNlVHJhaWxlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGRlZmF1bHQ6IHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgYm9keUJ1ZmZlcih0eXBlOiBudW1iZXIpOiBCdWZmZXJBY2Nlc3MgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGRpcjogRGlyIHwgdW5kZWZpbmVkID0gdHlwZSA9PT0gQnVmZmVyVHlwZS5IdHRwUmVxdWVzdEJvZHkgPyAncmVxdWVzdCcgOiB0eXBlID09PSBCdWZmZXJUeXBlLkh0dHBSZXNwb25zZUJvZHkgPyAncmVzcG9uc2UnIDogdW5kZWZpbmVkO1xuICAgIGlmICghZGlyIHx8IHRoaXMuYm9keVtkaXJdID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHsgZ2V0OiAoKSA9PiB0aGlzLmJvZHlbZGlyXSEsIHNldDogKGJ5dGVzKSA9PiB7IHRoaXMuYm9keVtkaXJdID0gYnl0ZXM7IH0gfTtcbiAgfVxuXG4gIHJlcXVlc3RMb2NhbFJlc3BvbnNlKHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCk6IHZvaWQge1xuICAgIHRoaXMudm0uZGVmZXIoKCkgPT4gdGhpcy5zdHJlYW0uYXBwbHlMb2NhbFJlc3BvbnNlKHJlcGx5KSk7XG4gIH1cblxuICBjb250aW51ZVN0cmVhbSh0eXBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGlmICh0eXBlICE9PSBTdHJlYW1UeXBlLlJlcXVlc3QgJiYgdHlwZSAhPT0gU3RyZWFtVHlwZS5SZXNwb25zZSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgY29uc3QgZGlyOiBEaXIgPSB0eXBlID09PSBTdHJlYW1UeXBlLlJlcXVlc3QgPyAncmVxdWVzdCcgOiAncmVzcG9uc2UnO1xuICAgIGlmIChkaXIgPT09ICdyZXF1ZXN0JykgdGhpcy5zdHJlYW0uY29udGludWVkUmVxdWVzdCA9IHRydWU7XG4gICAgZWxzZSB0aGlzLnN0cmVhbS5jb250aW51ZWRSZXNwb25zZSA9IHRydWU7XG4gICAgdGhpcy52bS5kZWZlcigoKSA9PiB0aGlzLnN0cmVhbS5yZXN1bWUoZGlyLCB0aGlzKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICBjbG9zZVN0cmVhbSh0eXBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGlmICh0eXBlICE9PSBTdHJlYW1UeXBlLlJlcXVlc3QgJiYgdHlwZSAhPT0gU3RyZWFtVHlwZS5SZXNwb25zZSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgdGhpcy52bS5kZWZlcigoKSA9PiB0aGlzLnN0cmVhbS5yZXNldCgnd2FzbV9jbG9zZV9zdHJlYW0nKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cbn1cblxuaW50ZXJmYWNlIERpcmVjdGlvblN0YXRlIHtcbiAgaGVhZGVyc1NlbnQ6IGJvb2xlYW47XG4gIGVuZGVkOiBib29sZWFuO1xuICAvKiogRXZlbnRzIGhhdmUgcGFzc2VkIGV2ZXJ5IGZpbHRlciBhbmQgcmVhY2hlZCB1cHN0cmVhbSAocmVxdWVzdCkgb3IgdGhlIGNsaWVudCAocmVzcG9uc2UpLiAqL1xuICBoZWFkZXJzRGVsaXZlcmVkOiBib29sZWFuO1xuICBibG9ja2VkQXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgYmxvY2tlZFJlc3VtZTogRmxvd0V2ZW50IHwgdW5kZWZpbmVkO1xuICBxdWV1ZTogeyBwb3M6IG51bWJlcjsgZXY6IEZsb3dFdmVudCB9W107XG4gIGRlbGl2ZXJlZDogVWludDhBcnJheVtdO1xufVxuXG5mdW5jdGlvbiBkaXJlY3Rpb24oKTogRGlyZWN0aW9uU3RhdGUge1xuICByZXR1cm4geyBoZWFkZXJzU2VudDogZmFsc2UsIGVuZGVkOiBmYWxzZSwgaGVhZGVyc0RlbGl2ZXJlZDogZmFsc2UsIGJsb2NrZWRBdDogdW5kZWZpbmVkLCBibG9ja2VkUmVzdW1lOiB1bmRlZmluZWQsIHF1ZXVlOiBbXSwgZGVsaXZlcmVkOiBbXSB9O1xufVxuXG5leHBvcnQgY2xhc3MgSHR0cFN0cmVhbSB7XG4gIHJlYWRvbmx5IHNsb3RzOiBGaWx0ZXJTbG90W107XG4gIHJlYWRvbmx5IGZpbHRlclN0YXRlID0gbmV3IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+KCk7XG4gIHJlcXVlc3RIZWFkZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVxdWVzdFRyYWlsZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVzcG9uc2VIZWFkZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVzcG9uc2VUcmFpbGVyTWFwOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQ7XG4gIGNvbnRpbnVlZFJlcXVlc3QgPSBmYWxzZTtcbiAgY29udGludWVkUmVzcG9uc2UgPSBmYWxzZTtcbiAgLyoqIFNldCB3aGVuIGEgZmlsdGVyIGNhbGxlZCBwcm94eV9jbG9zZV9zdHJlYW06IHRoZSBzdHJlYW0gaXMgcmVzZXQuICovXG4gIHJlc2V0RGV0YWlsczogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBjb21wbGV0ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSBzdGF0ZTogUmVjb3JkPERpciwgRGlyZWN0aW9uU3RhdGU+ID0geyByZXF1ZXN0OiBkaXJlY3Rpb24oKSwgcmVzcG9uc2U6IGRpcmVjdGlvbigpIH07XG5cbiAgY29uc3RydWN0b3Iodm1zOiByZWFkb25seSBWbVtdLCByZWFkb25seSBwcm9wZXJ0aWVzOiBQcm9wZXJ0eUlucHV0KSB7XG4gICAgdGhpcy5zbG90cyA9IHZtcy5tYXAoKHZtLCBpKSA9PiBuZXcgRmlsdGVyU2xvdCh0aGlzLCB2bSwgaSkpO1xuICB9XG5cbiAgLy8gLS0tLSB0ZXN0IEFQSTogZHJpdmluZyB0aGUgc3RyZWFtIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIHNlbmRSZXF1ZXN0SGVhZGVycyhoZWFkZXJzOiBIZWFkZXJzSW5wdXQsIG9wdGlvbnM6IFNlbmRPcHRpb25zID0ge30pOiBIZWFkZXJzQWN0aW9uIHtcbiAgICB0aGlzLmFzc2VydE9wZW4oJ3NlbmRSZXF1ZXN0SGVhZGVycycpO1xuICAgIGlmICh0aGlzLnN0YXRlLnJlcXVlc3QuaGVhZGVyc1NlbnQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdzZW5kUmVxdWVzdEhlYWRlcnM6IHJlcXVlc3QgaGVhZGVycyB3ZXJlIGFscmVhZHkgc2VudCBvbiB0aGlzIHN0cmVhbScpO1xuICAgIHRoaXMucmVxdWVzdEhlYWRlck1hcCA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyhoZWFkZXJzLCAncmVxdWVzdCBoZWFkZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVxdWVzdC5oZWFkZXJzU2VudCA9IHRydWU7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXF1ZXN0JywgMCwgeyBraW5kOiAnaGVhZGVycycsIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIEhlYWRlcnNBY3Rpb247XG4gIH1cblxuICBzZW5kUmVxdWVzdEJvZHkoZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IERhdGFBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlcXVlc3RCb2R5Jyk7XG4gICAgdGhpcy5hc3NlcnREaXJlY3Rpb24oJ3JlcXVlc3QnLCAnc2VuZFJlcXVlc3RCb2R5Jyk7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXF1ZXN0JywgMCwgeyBraW5kOiAnZGF0YScsIGRhdGE6IHRvQm9keShkYXRhLCAncmVxdWVzdCBib2R5JyksIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIERhdGFBY3Rpb247XG4gIH1cblxuICBzZW5kUmVxdWVzdFRyYWlsZXJzKHRyYWlsZXJzOiBIZWFkZXJzSW5wdXQpOiBUcmFpbGVyc0FjdGlvbiB7XG4gICAgdGhpcy5hc3NlcnRPcGVuKCdzZW5kUmVxdWVzdFRyYWlsZXJzJyk7XG4gICAgdGhpcy5hc3NlcnREaXJlY3Rpb24oJ3JlcXVlc3QnLCAnc2VuZFJlcXVlc3RUcmFpbGVycycpO1xuICAgIHRoaXMucmVxdWVzdFRyYWlsZXJNYXAgPSBuZXcgSGVhZGVyTWFwKG5vcm1hbGl6ZUhlYWRlcnModHJhaWxlcnMsICdyZXF1ZXN0IHRyYWlsZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVxdWVzdC5lbmRlZCA9IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVxdWVzdCcsIDAsIHsga2luZDogJ3RyYWlsZXJzJywgZW5kT2ZTdHJlYW06IHRydWUgfSkgYXMgVHJhaWxlcnNBY3Rpb247XG4gIH1cblxuICBzZW5kUmVzcG9uc2VIZWFkZXJzKGhlYWRlcnM6IEhlYWRlcnNJbnB1dCwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IEhlYWRlcnNBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlSGVhZGVycycpO1xuICAgIGlmICghdGhpcy5zdGF0ZS5yZXF1ZXN0LmhlYWRlcnNEZWxpdmVyZWQpIHtcbiAgICAgIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdzZW5kUmVzcG9uc2VIZWFkZXJzOiB0aGUgcmVxdWVzdCBoZWFkZXJzIGhhdmUgbm90IHJlYWNoZWQgdXBzdHJlYW0geWV0IChub3Qgc2VudCwgb3IgYSBmaWx0ZXIgcGF1c2VkIHRoZW0pJyk7XG4gICAgfVxuICAgIGlmICh0aGlzLnN0YXRlLnJlc3BvbnNlLmhlYWRlcnNTZW50KSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcignc2VuZFJlc3BvbnNlSGVhZGVyczogcmVzcG9uc2UgaGVhZGVycyB3ZXJlIGFscmVhZHkgc2VudCBvbiB0aGlzIHN0cmVhbScpO1xuICAgIGNvbnN0IHBhaXJzID0gbm9ybWFsaXplSGVhZGVycyhoZWFkZXJzLCAncmVzcG9uc2UgaGVhZGVycycpO1xuICAgIGlmICghcGFpcnMuc29tZSgoW2tdKSA9PiBrID09PSAnOnN0YXR1cycpKSB0aHJvdyBuZXcgVHlwZUVycm9yKCdyZXNwb25zZSBoZWFkZXJzIG5lZWQgYSBcIjpzdGF0dXNcIiBoZWFkZXInKTtcbiAgICB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwID0gbmV3IEhlYWRlck1hcChwYWlycyk7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5oZWFkZXJzU2VudCA9IHRydWU7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5lbmRlZCA9IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdoZWFkZXJzJywgZW5kT2ZTdHJlYW06IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWUgfSkgYXMgSGVhZGVyc0FjdGlvbjtcbiAgfVxuXG4gIHNlbmRSZXNwb25zZUJvZHkoZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IERhdGFBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlQm9keScpO1xuICAgIHRoaXMuYXNzZXJ0RGlyZWN0aW9uKCdyZXNwb25zZScsICdzZW5kUmVzcG9uc2VCb2R5Jyk7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5lbmRlZCA9IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdkYXRhJywgZGF0YTogdG9Cb2R5KGRhdGEsICdyZXNwb25zZSBib2R5JyksIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIERhdGFBY3Rpb247XG4gIH1cblxuICBzZW5kUmVzcG9uc2VUcmFpbGVycyh0cmFpbGVyczogSGVhZGVyc0lucHV0KTogVHJhaWxlcnNBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlVHJhaWxlcnMnKTtcbiAgICB0aGlzLmFzc2VydERpcmVjdGlvbigncmVzcG9uc2UnLCAnc2VuZFJlc3BvbnNlVHJhaWxlcnMnKTtcbiAgICB0aGlzLnJlc3BvbnNlVHJhaWxlck1hcCA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyh0cmFpbGVycywgJ3Jlc3BvbnNlIHRyYWlsZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVzcG9uc2UuZW5kZWQgPSB0cnVlO1xuICAgIHJldHVybiB0aGlzLmZsb3coJ3Jlc3BvbnNlJywgMCwgeyBraW5kOiAndHJhaWxlcnMnLCBlbmRPZlN0cmVhbTogdHJ1ZSB9KSBhcyBUcmFpbGVyc0FjdGlvbjtcbiAgfVxuXG4gIC8qKiBFbmRzIHRoZSBzdHJlYW0gYXMgRW52b3kgZG9lczogcHJveHlfb25fZG9uZSwgdGhlbiBwcm94eV9vbl9sb2csIHRoZW4gcHJveHlfb25fZGVsZXRlIGZvciBlYWNoIGZpbHRlci4gKi9cbiAgY29tcGxldGUoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY29tcGxldGVkKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcignY29tcGxldGU6IHRoZSBzdHJlYW0gaXMgYWxyZWFkeSBjb21wbGV0ZScpO1xuICAgIHRoaXMuY29tcGxldGVkID0gdHJ1ZTtcbiAgICBjb25zdCBsaXZlID0gdGhpcy5zbG90cy5maWx0ZXIoKHMpID0+IHMuY29udGV4dElkICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IHJ1biA9IChuYW1lOiBzdHJpbmcpID0+IHtcbiAgICAgIGZvciAoY29uc3QgcyBvZiBsaXZlKSB7XG4gICAgICAgIGlmIChzLnZtLmZhaWxlZCkgY29udGludWU7XG4gICAgICAgIHMudm0uaW52b2tlKG5hbWUsIHsgY29udGV4dElkOiBzLmNvbnRleHRJZCEsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LCAoKSA9PiBzLnZtLmNhbGxDb250ZXh0KG5hbWUsIHMuY29udGV4dElkISkpO1xuICAgICAgfVxuICAgIH07XG4gICAgcnVuKCdwcm94eV9vbl9kb25lJyk7XG4gICAgcnVuKCdwcm94eV9vbl9sb2cnKTtcbiAgICBydW4oJ3Byb3h5X29uX2RlbGV0ZScpO1xuICAgIGZvciAoY29uc3QgcyBvZiBsaXZlKSBzLnZtLmRyb3BDb250ZXh0KHMuY29udGV4dElkISk7XG4gIH1cblxuICAvLyAtLS0tIHRlc3QgQVBJOiBvYnNlcnZpbmcgdGhlIHN0cmVhbSAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgZ2V0IGxvY2FsUmVzcG9uc2UoKTogTG9jYWxSZXNwb25zZSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgciA9IHRoaXMucmVwbHk7XG4gICAgaWYgKCFyKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGJvZHkgPSBjb25jYXQodGhpcy5zdGF0ZS5yZXNwb25zZS5kZWxpdmVyZWQpO1xuICAgIHJldHVybiB7XG4gICAgICBzdGF0dXM6IHIuc3RhdHVzLFxuICAgICAgaGVhZGVyczogdGhpcy5yZXNwb25zZUhlYWRlck1hcD8ucGFpcnMoKSA/PyBbXSxcbiAgICAgIGJvZHksXG4gICAgICBib2R5VGV4dDogZGVjb2Rlci5kZWNvZGUoYm9keSksXG4gICAgICBkZXRhaWxzOiByLmRldGFpbHMsXG4gICAgICBncnBjU3RhdHVzOiByLmdycGNTdGF0dXMgPj0gMCAmJiByLmdycGNTdGF0dXMgPD0gMTYgPyByLmdycGNTdGF0dXMgOiB1bmRlZmluZWQsXG4gICAgfTtcbiAgfVxuXG4gIHJlcXVlc3RIZWFkZXJzKCk6IEhlYWRlclBhaXJzIHtcbiAgICByZXR1cm4gdGhpcy5yZXF1ZXN0SGVhZGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgcmVxdWVzdEhlYWRlcihuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnJlcXVlc3RIZWFkZXJNYXA/LmdldChuYW1lKTtcbiAgfVxuXG4gIHJlcXVlc3RUcmFpbGVycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMucmVxdWVzdFRyYWlsZXJNYXA/LnBhaXJzKCkgPz8gW107XG4gIH1cblxuICByZXNwb25zZUhlYWRlcnMoKTogSGVhZGVyUGFpcnMge1xuICAgIHJldHVybiB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgcmVzcG9uc2VIZWFkZXIobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5yZXNwb25zZUhlYWRlck1hcD8uZ2V0KG5hbWUpO1xuICB9XG5cbiAgcmVzcG9uc2VUcmFpbGVycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMucmVzcG9uc2VUcmFpbGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgLyoqIFRoZSByZXF1ZXN0IGJvZHkgdGhhdCBwYXNzZWQgZXZlcnkgZmlsdGVyICh3aGF0IHVwc3RyZWFtIHJlY2VpdmVkKS4gKi9cbiAgcmVxdWVzdEJvZHkoKTogVWludDhBcnJheSB7XG4gICAgcmV0dXJuIGNvbmNhdCh0aGlzLnN0YXRlLnJlcXVlc3QuZGVsaXZlcmVkKTtcbiAgfVxuXG4gIC8qKiBUaGUgcmVzcG9uc2UgYm9keSB0aGF0IHBhc3NlZCBldmVyeSBmaWx0ZXIgKHdoYXQgdGhlIGNsaWVudCByZWNlaXZlZCkuICovXG4gIHJlc3BvbnNlQm9keSgpOiBVaW50OEFycmF5IHtcbiAgICByZXR1cm4gY29uY2F0KHRoaXMuc3RhdGUucmVzcG9uc2UuZGVsaXZlcmVkKTtcbiAgfVxuXG4gIC8qKiBGaWx0ZXIgc3RhdGUgYSBmaWx0ZXIgd3JvdGUgd2l0aCBwcm94eV9zZXRfcHJvcGVydHkgKHBhdGggc2VnbWVudHMgam9pbmVkIGJ5IFwiLlwiIG9yIGdpdmVuIGFzIGFuIGFycmF5KS4gKi9cbiAgcHJvcGVydHkocGF0aDogc3RyaW5nIHwgcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGJ5dGVzID0gdGhpcy5wcm9wZXJ0eUJ5dGVzKHBhdGgpO1xuICAgIHJldHVybiBieXRlcyAmJiBkZWNvZGVyLmRlY29kZShieXRlcyk7XG4gIH1cblxuICBwcm9wZXJ0eUJ5dGVzKHBhdGg6IHN0cmluZyB8IHJlYWRvbmx5IHN0cmluZ1tdKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3Qga2V5ID0gdHlwZW9mIHBhdGggPT09ICdzdHJpbmcnID8gcGF0aCA6IHBhdGguam9pbignXFx1MDAwMCcpO1xuICAgIHJldHVybiB0aGlzLmZpbHRlclN0YXRlLmdldChrZXkpPy5zbGljZSgpO1xuICB9XG5cbiAgZ2V0IGlzQ29tcGxldGUoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuY29tcGxldGVkO1xuICB9XG5cbiAgLy8gLS0tLSBpdGVyYXRpb24gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBwcml2YXRlIGFzc2VydE9wZW4oY2FsbDogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY29tcGxldGVkKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcihgJHtjYWxsfTogdGhlIHN0cmVhbSBpcyBjb21wbGV0ZWApO1xuICAgIGlmICh0aGlzLnJlc2V0RGV0YWlscykgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH06IHRoZSBzdHJlYW0gd2FzIHJlc2V0IGJ5IGEgZmlsdGVyICgke3RoaXMucmVzZXREZXRhaWxzfSlgKTtcbiAgICBpZiAodGhpcy5yZXBseSkge1xuICAgICAgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH06IHRoZSBzdHJlYW0gd2FzIGFscmVhZHkgYW5zd2VyZWQgd2l0aCBhIGxvY2FsIHJlc3BvbnNlIChzdGF0dXMgJHt0aGlzLnJlcGx5LnN0YXR1c30sIGRldGFpbHMgXCIke3RoaXMucmVwbHkuZGV0YWlsc31cIilgKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFzc2VydERpcmVjdGlvbihkaXI6IERpciwgY2FsbDogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgY29uc3QgaGVhZGVyc0NhbGwgPSBkaXIgPT09ICdyZXF1ZXN0JyA/ICdzZW5kUmVxdWVzdEhlYWRlcnMnIDogJ3NlbmRSZXNwb25zZUhlYWRlcnMnO1xuICAgIGlmICghc3QuaGVhZGVyc1NlbnQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGAke2NhbGx9IGNhbGxlZCBiZWZvcmUgJHtoZWFkZXJzQ2FsbH1gKTtcbiAgICBpZiAoc3QuZW5kZWQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGAke2NhbGx9OiB0aGUgJHtkaXJ9IGFscmVhZHkgZW5kZWQgKGVuZE9mU3RyZWFtIHdhcyBzZXQgb3IgdHJhaWxlcnMgd2VyZSBzZW50KWApO1xuICB9XG5cbiAgcHJpdmF0ZSBvcmRlcihkaXI6IERpcik6IG51bWJlcltdIHtcbiAgICBjb25zdCBpZHggPSB0aGlzLnNsb3RzLm1hcCgoXywgaSkgPT4gaSk7XG4gICAgcmV0dXJuIGRpciA9PT0gJ3JlcXVlc3QnID8gaWR4IDogaWR4LnJldmVyc2UoKTtcbiAgfVxuXG4gIHByaXZhdGUgaGFsdGVkKGRpcjogRGlyKTogYm9vbGVhbiB7XG4gICAgaWYgKHRoaXMucmVzZXREZXRhaWxzKSByZXR1cm4gdHJ1ZTtcbiAgICAvLyBBIGxvY2FsIHJlcGx5IGVuZHMgdGhlIHJlcXVlc3QgcGF0aDsgdGhlIHJlc3BvbnNlIHBhdGggY2FycmllcyB0aGUgcmVwbHkuXG4gICAgcmV0dXJuIGRpciA9PT0gJ3JlcXVlc3QnICYmIHRoaXMucmVwbHkgIT09IHVuZGVmaW5lZDtcbiAgfVxuXG4gIHByaXZhdGUgZmxvdyhkaXI6IERpciwgc3RhcnRQb3M6IG51bWJlciwgZmlyc3Q6IEZsb3dFdmVudCk6IEFjdGlvbiB7XG4gICAgY29uc3Qgb3JkZXIgPSB0aGlzLm9yZGVyKGRpcik7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgbGV0IGxhc3Q6IEFjdGlvbiB8IHVuZGVmaW5lZDtcbiAgICBsZXQgZXYgPSBmaXJzdDtcbiAgICBmb3IgKGxldCBwb3MgPSBzdGFydFBvczsgcG9zIDwgb3JkZXIubGVuZ3RoOyBwb3MrKykge1xuICAgICAgaWYgKHRoaXMuaGFsdGVkKGRpcikpIHJldHVybiBsYXN0ID8/IHN0b3BwZWRBY3Rpb24oZXYpO1xuICAgICAgaWYgKHN0LmJsb2NrZWRBdCA9PT0gcG9zKSB7XG4gICAgICAgIHN0LnF1ZXVlLnB1c2goeyBwb3MsIGV2IH0pO1xuICAgICAgICByZXR1cm4gbGFzdCA/PyBzdG9wcGVkQWN0aW9uKGV2KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHNsb3QgPSB0aGlzLnNsb3RzW29yZGVyW3Bvc10hXSE7XG4gICAgICBjb25zdCBvdXRjb21lID0gdGhpcy5jYWxsRmlsdGVyKHNsb3QsIGRpciwgcG9zLCBldik7XG4gICAgICBpZiAob3V0Y29tZS5hY3Rpb24gIT09IHVuZGVmaW5lZCkgbGFzdCA9IG91dGNvbWUuYWN0aW9uO1xuICAgICAgaWYgKCFvdXRjb21lLnBhc3NPbikgcmV0dXJuIGxhc3QgPz8gc3RvcHBlZEFjdGlvbihldik7XG4gICAgICBpZiAob3V0Y29tZS5mbHVzaEZpcnN0KSB0aGlzLmZsb3coZGlyLCBwb3MgKyAxLCBvdXRjb21lLmZsdXNoRmlyc3QpO1xuICAgICAgZXYgPSBvdXRjb21lLnBhc3NPbjtcbiAgICB9XG4gICAgaWYgKHRoaXMuaGFsdGVkKGRpcikgJiYgIShkaXIgPT09ICdyZXNwb25zZScpKSByZXR1cm4gbGFzdCA/PyBzdG9wcGVkQWN0aW9uKGV2KTtcbiAgICB0aGlzLmRlbGl2ZXIoZGlyLCBldik7XG4gICAgcmV0dXJuIGxhc3QgPz8gJ0NvbnRpbnVlJztcbiAgfVxuXG4gIHByaXZhdGUgZGVsaXZlcihkaXI6IERpciwgZXY6IEZsb3dFdmVudCk6IHZvaWQge1xuICAgIGNvbnN0IHN0ID0gdGhpcy5zdGF0ZVtkaXJdO1xuICAgIGlmIChldi5raW5kID09PSAnaGVhZGVycycpIHN0LmhlYWRlcnNEZWxpdmVyZWQgPSB0cnVlO1xuICAgIGlmIChldi5raW5kID09PSAnZGF0YScgJiYgZXYuZGF0YSkgc3QuZGVsaXZlcmVkLnB1c2goZXYuZGF0YSk7XG4gIH1cblxuICBwcml2YXRlIGNhbGxGaWx0ZXIoc2xvdDogRmlsdGVyU2xvdCwgZGlyOiBEaXIsIHBvczogbnVtYmVyLCBldjogRmxvd0V2ZW50KTogeyBhY3Rpb24/OiBBY3Rpb247IHBhc3NPbj86IEZsb3dFdmVudDsgZmx1c2hGaXJzdD86IEZsb3dFdmVudCB9IHtcbiAgICBjb25zdCB2bSA9IHNsb3Qudm07XG4gICAgaWYgKHNsb3QuY29udGV4dElkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIC8vIEVudm95IGNyZWF0ZXMgdGhlIGZpbHRlcidzIGNvbnRleHQgd2hlbiByZXF1ZXN0IGhlYWRlcnMgZmlyc3QgcmVhY2ggaXQ7XG4gICAgICAvLyBhIGZpbHRlciB0aGUgcmVxdWVzdCBuZXZlciByZWFjaGVkIGlzIHNraXBwZWQgb24gdGhlIHdheSBiYWNrLlxuICAgICAgaWYgKGRpciA9PT0gJ3Jlc3BvbnNlJyB8fCBldi5raW5kICE9PSAnaGVhZGVycycpIHJldHVybiB7IHBhc3NPbjogZXYgfTtcbiAgICAgIGlmICh2bS5mYWlsZWQpIHtcbiAgICAgICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgICAgICByZXR1cm4geyBhY3Rpb246ICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyB9O1xuICAgICAgfVxuICAgICAgc2xvdC5jb250ZXh0SWQgPSB2bS5jcmVhdGVIdHRwQ29udGV4dChzbG90KTtcbiAgICAgIGlmIChzbG90LmNvbnRleHRJZCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRoaXMuZmFpbFN0cmVhbShzbG90KTtcbiAgICAgICAgcmV0dXJuIHsgYWN0aW9uOiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHNsb3QuZmFpbHVyZVJlcGx5U2VudCkgcmV0dXJuIHsgcGFzc09uOiBldiB9O1xuICAgIGlmICh2bS5mYWlsZWQpIHtcbiAgICAgIHRoaXMuZmFpbFN0cmVhbShzbG90KTtcbiAgICAgIHJldHVybiB7IGFjdGlvbjogZXYua2luZCA9PT0gJ2RhdGEnID8gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicgOiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfTtcbiAgICB9XG4gICAgY29uc3QgY3R4ID0gc2xvdC5jb250ZXh0SWQ7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgY29uc3QgcHJlZml4ID0gZGlyID09PSAncmVxdWVzdCcgPyAncHJveHlfb25fcmVxdWVzdCcgOiAncHJveHlfb25fcmVzcG9uc2UnO1xuXG4gICAgaWYgKGV2LmtpbmQgPT09ICdoZWFkZXJzJykge1xuICAgICAgc2xvdC5oZWxkSGVhZGVyc1tkaXJdID0gdHJ1ZTtcbiAgICAgIGNvbnN0IG1hcCA9IGRpciA9PT0gJ3JlcXVlc3QnID8gdGhpcy5yZXF1ZXN0SGVhZGVyTWFwISA6IHRoaXMucmVzcG9uc2VIZWFkZXJNYXAhO1xuICAgICAgY29uc3QgcmF3ID0gdm0uaW52b2tlKGAke3ByZWZpeH1faGVhZGVyc2AsIHsgY29udGV4dElkOiBjdHgsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgICAoKSA9PiB2bS5jYWxsQ29udGV4dChgJHtwcmVmaXh9X2hlYWRlcnNgLCBjdHgsIG1hcC5jb3VudCwgZXYuZW5kT2ZTdHJlYW0gPyAxIDogMCkpO1xuICAgICAgaWYgKHJhdyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdGhpcy50cmFwcGVkKHNsb3QsICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyk7XG4gICAgICBjb25zdCBhY3Rpb24gPSBjb252ZXJ0SGVhZGVyc1Jlc3VsdChyYXcsIHZtLml0ZXJhdGlvblN0b3BwZWQpO1xuICAgICAgaWYgKGFjdGlvbiA9PT0gJ0NvbnRpbnVlJyB8fCBhY3Rpb24gPT09ICdDb250aW51ZUFuZEVuZFN0cmVhbScpIHtcbiAgICAgICAgc2xvdC5oZWxkSGVhZGVyc1tkaXJdID0gZmFsc2U7XG4gICAgICAgIHJldHVybiB7IGFjdGlvbiwgcGFzc09uOiBldiB9O1xuICAgICAgfVxuICAgICAgc3QuYmxvY2tlZEF0ID0gcG9zO1xuICAgICAgc3QuYmxvY2tlZFJlc3VtZSA9IGV2O1xuICAgICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gICAgfVxuXG4gICAgaWYgKGV2LmtpbmQgPT09ICdkYXRhJykge1xuICAgICAgY29uc3QgaW5jb21pbmcgPSBldi5kYXRhID8/IG5ldyBVaW50OEFycmF5KDApO1xuICAgICAgc2xvdC5ib2R5W2Rpcl0gPSBzbG90LmJ1ZmZlcmluZ1tkaXJdICYmIHNsb3QuYm9keVtkaXJdID8gY29uY2F0KFtzbG90LmJvZHlbZGlyXSEsIGluY29taW5nXSkgOiBpbmNvbWluZztcbiAgICAgIHNsb3QuYm9keUVuZFtkaXJdID0gZXYuZW5kT2ZTdHJlYW07XG4gICAgICBjb25zdCBzaXplID0gc2xvdC5ib2R5W2Rpcl0hLmxlbmd0aDtcbiAgICAgIGNvbnN0IHJhdyA9IHZtLmludm9rZShgJHtwcmVmaXh9X2JvZHlgLCB7IGNvbnRleHRJZDogY3R4LCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICAgKCkgPT4gdm0uY2FsbENvbnRleHQoYCR7cHJlZml4fV9ib2R5YCwgY3R4LCBzaXplLCBldi5lbmRPZlN0cmVhbSA/IDEgOiAwKSk7XG4gICAgICBpZiAocmF3ID09PSB1bmRlZmluZWQpIHJldHVybiB0aGlzLnRyYXBwZWQoc2xvdCwgJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicpO1xuICAgICAgY29uc3QgYWN0aW9uID0gY29udmVydERhdGFSZXN1bHQocmF3LCB2bS5pdGVyYXRpb25TdG9wcGVkKTtcbiAgICAgIHNsb3QuYnVmZmVyaW5nW2Rpcl0gPSBmYWxzZTtcbiAgICAgIGlmIChhY3Rpb24gPT09ICdDb250aW51ZScpIHtcbiAgICAgICAgY29uc3QgZGF0YSA9IHNsb3QuYm9keVtkaXJdID8/IG5ldyBVaW50OEFycmF5KDApO1xuICAgICAgICBzbG90LmJvZHlbZGlyXSA9IHVuZGVmaW5lZDtcbiAgICAgICAgcmV0dXJuIHsgYWN0aW9uLCBwYXNzT246IHsga2luZDogJ2RhdGEnLCBkYXRhLCBlbmRPZlN0cmVhbTogZXYuZW5kT2ZTdHJlYW0gfSB9O1xuICAgICAgfVxuICAgICAgaWYgKGFjdGlvbiA9PT0gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicpIHNsb3QuYm9keVtkaXJdID0gdW5kZWZpbmVkO1xuICAgICAgZWxzZSBzbG90LmJ1ZmZlcmluZ1tkaXJdID0gdHJ1ZTtcbiAgICAgIHJldHVybiB7IGFjdGlvbiB9O1xuICAgIH1cblxuICAgIHNsb3QuaGVsZFRyYWlsZXJzW2Rpcl0gPSB0cnVlO1xuICAgIGNvbnN0IG1hcCA9IGRpciA9PT0gJ3JlcXVlc3QnID8gdGhpcy5yZXF1ZXN0VHJhaWxlck1hcCEgOiB0aGlzLnJlc3BvbnNlVHJhaWxlck1hcCE7XG4gICAgY29uc3QgcmF3ID0gdm0uaW52b2tlKGAke3ByZWZpeH1fdHJhaWxlcnNgLCB7IGNvbnRleHRJZDogY3R4LCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHZtLmNhbGxDb250ZXh0KGAke3ByZWZpeH1fdHJhaWxlcnNgLCBjdHgsIG1hcC5jb3VudCkpO1xuICAgIGlmIChyYXcgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRoaXMudHJhcHBlZChzbG90LCAnU3RvcEl0ZXJhdGlvbicpO1xuICAgIGNvbnN0IGFjdGlvbiA9IGNvbnZlcnRUcmFpbGVyc1Jlc3VsdChyYXcsIHZtLml0ZXJhdGlvblN0b3BwZWQpO1xuICAgIGlmIChhY3Rpb24gPT09ICdDb250aW51ZScpIHtcbiAgICAgIHNsb3QuaGVsZFRyYWlsZXJzW2Rpcl0gPSBmYWxzZTtcbiAgICAgIC8vIEJvZHkgdGhlIGZpbHRlciB3YXMgc3RpbGwgYnVmZmVyaW5nIHRyYXZlbHMgb24gYWhlYWQgb2YgdGhlIHRyYWlsZXJzLlxuICAgICAgY29uc3QgZmx1c2hGaXJzdCA9IHRoaXMudGFrZUJ1ZmZlcmVkKHNsb3QsIGRpciwgZmFsc2UpO1xuICAgICAgcmV0dXJuIHsgYWN0aW9uLCBwYXNzT246IGV2LCBmbHVzaEZpcnN0IH07XG4gICAgfVxuICAgIHN0LmJsb2NrZWRBdCA9IHBvcztcbiAgICBzdC5ibG9ja2VkUmVzdW1lID0gZXY7XG4gICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gIH1cblxuICBwcml2YXRlIHRha2VCdWZmZXJlZChzbG90OiBGaWx0ZXJTbG90LCBkaXI6IERpciwgZW5kT2ZTdHJlYW06IGJvb2xlYW4pOiBGbG93RXZlbnQgfCB1bmRlZmluZWQge1xuICAgIGlmICghc2xvdC5idWZmZXJpbmdbZGlyXSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBkYXRhID0gc2xvdC5ib2R5W2Rpcl0gPz8gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gICAgc2xvdC5idWZmZXJpbmdbZGlyXSA9IGZhbHNlO1xuICAgIHNsb3QuYm9keVtkaXJdID0gdW5kZWZpbmVkO1xuICAgIHJldHVybiB7IGtpbmQ6ICdkYXRhJywgZGF0YSwgZW5kT2ZTdHJlYW0gfTtcbiAgfVxuXG4gIHByaXZhdGUgdHJhcHBlZChzbG90OiBGaWx0ZXJTbG90LCBhY3Rpb246IEFjdGlvbik6IHsgYWN0aW9uOiBBY3Rpb24gfSB7XG4gICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgIHJldHVybiB7IGFjdGlvbiB9O1xuICB9XG5cbiAgLyoqIEVudm95J3MgQ29udGV4dDo6ZmFpbFN0cmVhbTogYSA1MDMgbG9jYWwgcmVwbHkgd2l0aCBkZXRhaWxzIHdhc21fZmFpbF9zdHJlYW0uICovXG4gIHByaXZhdGUgZmFpbFN0cmVhbShzbG90OiBGaWx0ZXJTbG90KTogdm9pZCB7XG4gICAgaWYgKHNsb3QuZmFpbHVyZVJlcGx5U2VudCkgcmV0dXJuO1xuICAgIHNsb3QuZmFpbHVyZVJlcGx5U2VudCA9IHRydWU7XG4gICAgaWYgKHRoaXMucmVwbHkpIHJldHVybjtcbiAgICB0aGlzLmFwcGx5TG9jYWxSZXNwb25zZSh7IHN0YXR1czogNTAzLCBkZXRhaWxzOiAnd2FzbV9mYWlsX3N0cmVhbScsIGJvZHk6IG5ldyBVaW50OEFycmF5KDApLCBoZWFkZXJzOiBbXSwgZ3JwY1N0YXR1czogMTQgfSk7XG4gIH1cblxuICAvKiogQGludGVybmFsIFJ1bnMgYWZ0ZXIgdGhlIFZNIGNhbGwgdGhhdCBhc2tlZCBmb3IgaXQsIGFzIEVudm95J3Mgc2VuZExvY2FsUmVwbHkgZG9lcy4gKi9cbiAgYXBwbHlMb2NhbFJlc3BvbnNlKHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCk6IHZvaWQge1xuICAgIGlmICh0aGlzLnJlcGx5IHx8IHRoaXMucmVzZXREZXRhaWxzIHx8IHRoaXMuY29tcGxldGVkKSByZXR1cm47XG4gICAgdGhpcy5yZXBseSA9IHJlcGx5O1xuICAgIGNvbnN0IGhlYWRlcnMgPSBuZXcgSGVhZGVyTWFwKFtbJzpzdGF0dXMnLCBTdHJpbmcocmVwbHkuc3RhdHVzKV1dKTtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiByZXBseS5oZWFkZXJzKSBoZWFkZXJzLmFkZChrLCB2KTtcbiAgICBpZiAocmVwbHkuYm9keS5sZW5ndGggPiAwKSB7XG4gICAgICBpZiAoaGVhZGVycy5nZXQoJ2NvbnRlbnQtdHlwZScpID09PSB1bmRlZmluZWQpIGhlYWRlcnMuYWRkKCdjb250ZW50LXR5cGUnLCAndGV4dC9wbGFpbicpO1xuICAgICAgaGVhZGVycy5yZXBsYWNlKCdjb250ZW50LWxlbmd0aCcsIFN0cmluZyhyZXBseS5ib2R5Lmxlbmd0aCkpO1xuICAgIH1cbiAgICBjb25zdCByZXNwID0gdGhpcy5zdGF0ZS5yZXNwb25zZTtcbiAgICBjb25zdCByZXNwb25zZVN0YXJ0ZWQgPSByZXNwLmhlYWRlcnNTZW50O1xuICAgIHRoaXMucmVzcG9uc2VIZWFkZXJNYXAgPSBoZWFkZXJzO1xuICAgIHJlc3AuaGVhZGVyc1NlbnQgPSB0cnVlO1xuICAgIHJlc3AuZW5kZWQgPSB0cnVlO1xuICAgIHJlc3AuZGVsaXZlcmVkID0gW107XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gdHJ1ZTtcbiAgICBpZiAocmVzcG9uc2VTdGFydGVkKSB7XG4gICAgICAvLyBUb28gbGF0ZSB0byBydW4gdGhlIHJlcGx5IHRocm91Z2ggdGhlIGZpbHRlcnMgYWdhaW46IHRoZSByZXBseSByZXBsYWNlcyB0aGUgcmVzcG9uc2UuXG4gICAgICByZXNwLmJsb2NrZWRBdCA9IHVuZGVmaW5lZDtcbiAgICAgIHJlc3AucXVldWUgPSBbXTtcbiAgICAgIHJlc3AuaGVhZGVyc0RlbGl2ZXJlZCA9IHRydWU7XG4gICAgICBpZiAocmVwbHkuYm9keS5sZW5ndGggPiAwKSByZXNwLmRlbGl2ZXJlZC5wdXNoKHJlcGx5LmJvZHkpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5zbG90cykgcy5oZWxkSGVhZGVycy5yZXNwb25zZSA9IGZhbHNlO1xuICAgIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdoZWFkZXJzJywgZW5kT2ZTdHJlYW06IHJlcGx5LmJvZHkubGVuZ3RoID09PSAwIH0pO1xuICAgIGlmIChyZXBseS5ib2R5Lmxlbmd0aCA+IDApIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdkYXRhJywgZGF0YTogcmVwbHkuYm9keSwgZW5kT2ZTdHJlYW06IHRydWUgfSk7XG4gIH1cblxuICAvKiogQGludGVybmFsIHByb3h5X2NvbnRpbnVlX3N0cmVhbSwgcnVuIGFmdGVyIHRoZSBWTSBjYWxsLiAqL1xuICByZXN1bWUoZGlyOiBEaXIsIHNsb3Q6IEZpbHRlclNsb3QpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jb21wbGV0ZWQgfHwgdGhpcy5oYWx0ZWQoZGlyKSkgcmV0dXJuO1xuICAgIGNvbnN0IHN0ID0gdGhpcy5zdGF0ZVtkaXJdO1xuICAgIGNvbnN0IHBvcyA9IHRoaXMub3JkZXIoZGlyKS5pbmRleE9mKHNsb3QuaW5kZXgpO1xuICAgIGlmIChzdC5ibG9ja2VkQXQgPT09IHBvcykge1xuICAgICAgY29uc3QgZXYgPSBzdC5ibG9ja2VkUmVzdW1lITtcbiAgICAgIHN0LmJsb2NrZWRBdCA9IHVuZGVmaW5lZDtcbiAgICAgIHN0LmJsb2NrZWRSZXN1bWUgPSB1bmRlZmluZWQ7XG4gICAgICBpZiAoZXYua2luZCA9PT0gJ2hlYWRlcnMnKSBzbG90LmhlbGRIZWFkZXJzW2Rpcl0gPSBmYWxzZTtcbiAgICAgIGVsc2Ugc2xvdC5oZWxkVHJhaWxlcnNbZGlyXSA9IGZhbHNlO1xuICAgICAgY29uc3QgZmx1c2hGaXJzdCA9IGV2LmtpbmQgPT09ICd0cmFpbGVycycgPyB0aGlzLnRha2VCdWZmZXJlZChzbG90LCBkaXIsIGZhbHNlKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChmbHVzaEZpcnN0KSB0aGlzLmZsb3coZGlyLCBwb3MgKyAxLCBmbHVzaEZpcnN0KTtcbiAgICAgIHRoaXMuZmxvdyhkaXIsIHBvcyArIDEsIGV2KTtcbiAgICAgIHdoaWxlIChzdC5xdWV1ZS5sZW5ndGggPiAwICYmIHN0LmJsb2NrZWRBdCA9PT0gdW5kZWZpbmVkICYmICF0aGlzLmhhbHRlZChkaXIpKSB7XG4gICAgICAgIGNvbnN0IHEgPSBzdC5xdWV1ZS5zaGlmdCgpITtcbiAgICAgICAgdGhpcy5mbG93KGRpciwgcS5wb3MsIHEuZXYpO1xuICAgICAgfVxuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBjb25zdCBidWZmZXJlZCA9IHRoaXMudGFrZUJ1ZmZlcmVkKHNsb3QsIGRpciwgc2xvdC5ib2R5RW5kW2Rpcl0pO1xuICAgIGlmIChidWZmZXJlZCkgdGhpcy5mbG93KGRpciwgcG9zICsgMSwgYnVmZmVyZWQpO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBwcm94eV9jbG9zZV9zdHJlYW06IEVudm95IHJlc2V0cyB0aGUgc3RyZWFtLiAqL1xuICByZXNldChkZXRhaWxzOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5yZXNldERldGFpbHMgfHwgdGhpcy5jb21wbGV0ZWQpIHJldHVybjtcbiAgICB0aGlzLnJlc2V0RGV0YWlscyA9IGRldGFpbHM7XG4gIH1cbn1cblxuZnVuY3Rpb24gc3RvcHBlZEFjdGlvbihldjogRmxvd0V2ZW50KTogQWN0aW9uIHtcbiAgaWYgKGV2LmtpbmQgPT09ICdoZWFkZXJzJykgcmV0dXJuICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJztcbiAgaWYgKGV2LmtpbmQgPT09ICdkYXRhJykgcmV0dXJuICdTdG9wSXRlcmF0aW9uQW5kQnVmZmVyJztcbiAgcmV0dXJuICdTdG9wSXRlcmF0aW9uJztcbn1cbiIsICIvLyBPbmUgcHJveHktd2FzbSBWTTogYSBtb2R1bGUgaW5zdGFuY2Ugd2l0aCBpdHMgb3duIG1lbW9yeSwgaXRzIHJvb3QgY29udGV4dCxcbi8vIGFuZCB0aGUgc3RyZWFtIGNvbnRleHRzIGNyZWF0ZWQgaW4gaXQuIE93bnMgdGhlIGxpZmVjeWNsZSBFbnZveSBkcml2ZXNcbi8vIChzdGFydCwgY29uZmlndXJlLCB0aWNrcywgcXVldWUgYW5kIGNhbGxvdXQgZGVsaXZlcmllcykgYW5kIHRoZSBndWFyZCBhcm91bmRcbi8vIGV2ZXJ5IGd1ZXN0IGNhbGwgKHRyYXBzLCBmYWlsLWNsb3NlZCwgZGVmZXJyZWQgYWN0aW9ucykuXG5pbXBvcnQgeyByZWFkRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgQnVmZmVyVHlwZSwgSGVhZGVyTWFwVHlwZSwgTE9HX0xFVkVMUywgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcbmltcG9ydCB7IENvbmZpZ3VyZUVycm9yLCBIb3N0RXJyb3IsIE1vZHVsZUxvYWRFcnJvciwgTW9kdWxlVHJhcEVycm9yLCBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvciwgdHlwZSBMb2dMZXZlbE5hbWUsIHR5cGUgTG9nTGluZSB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEdycGNDYWxscywgdHlwZSBHcnBjQ2FsbFJlY29yZCwgdHlwZSBQZW5kaW5nR3JwY0NhbGwgfSBmcm9tICcuL2dycGMudHMnO1xuaW1wb3J0IHsgSGVhZGVyTWFwIH0gZnJvbSAnLi9oZWFkZXItbWFwLnRzJztcbmltcG9ydCB7IHByb3h5SW1wb3J0cyB9IGZyb20gJy4vaG9zdC1jYWxscy50cyc7XG5pbXBvcnQgeyBHdWVzdE1lbW9yeSB9IGZyb20gJy4vbWVtb3J5LnRzJztcbmltcG9ydCB7IFZtTWV0cmljcywgdHlwZSBNZXRyaWNWYWx1ZSB9IGZyb20gJy4vbWV0cmljcy50cyc7XG5pbXBvcnQgeyBub3JtYWxpemVIZWFkZXJzLCB0eXBlIEhlYWRlclBhaXJzLCB0eXBlIEhlYWRlcnNJbnB1dCB9IGZyb20gJy4vcGFpcnMudHMnO1xuaW1wb3J0IHsgdmFsaWRhdGVQcm9wZXJ0aWVzLCB0eXBlIFByb3BlcnR5SW5wdXQsIHR5cGUgUHJvcGVydHlTY29wZSB9IGZyb20gJy4vcHJvcGVydGllcy50cyc7XG5pbXBvcnQgdHlwZSB7IFF1ZXVlT3duZXIgfSBmcm9tICcuL3NoYXJlZC1xdWV1ZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBGaWx0ZXJTbG90IH0gZnJvbSAnLi9zdHJlYW0udHMnO1xuaW1wb3J0IHsgd2FzaUltcG9ydHMgfSBmcm9tICcuL3dhc2kudHMnO1xuaW1wb3J0IHR5cGUgeyBIb3N0IH0gZnJvbSAnLi9ob3N0LnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBWbU9wdGlvbnMge1xuICAvKiogQSBmaWxlIHBhdGgsIHRoZSBtb2R1bGUgYnl0ZXMsIG9yIGEgY29tcGlsZWQgbW9kdWxlLiAqL1xuICBtb2R1bGU6IHN0cmluZyB8IFVpbnQ4QXJyYXkgfCBXZWJBc3NlbWJseS5Nb2R1bGU7XG4gIHBsdWdpbkNvbmZpZ3VyYXRpb24/OiBvYmplY3QgfCBzdHJpbmcgfCBVaW50OEFycmF5O1xuICB2bUNvbmZpZ3VyYXRpb24/OiBzdHJpbmcgfCBVaW50OEFycmF5O1xuICByb290SWQ/OiBzdHJpbmc7XG4gIHZtSWQ/OiBzdHJpbmc7XG4gIG5hbWU/OiBzdHJpbmc7XG4gIHByb3BlcnRpZXM/OiBQcm9wZXJ0eUlucHV0O1xuICBsb2dMZXZlbD86IExvZ0xldmVsTmFtZTtcbiAgLyoqIFdBU0kgZW52aXJvbm1lbnQgdmFyaWFibGVzIChFbnZveTogdm1fY29uZmlnLmVudmlyb25tZW50X3ZhcmlhYmxlcykuICovXG4gIGVudmlyb25tZW50PzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFJlc29sdmUgd2l0aCB2bS5jb25maWd1cmVkID09PSBmYWxzZSBpbnN0ZWFkIG9mIHJlamVjdGluZyB3aXRoIENvbmZpZ3VyZUVycm9yLiAqL1xuICBhbGxvd0NvbmZpZ3VyZUZhaWx1cmU/OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENhbGxvdXRSZXNwb25zZSB7XG4gIGhlYWRlcnM/OiBIZWFkZXJzSW5wdXQ7XG4gIGJvZHk/OiBzdHJpbmcgfCBVaW50OEFycmF5O1xuICB0cmFpbGVycz86IEhlYWRlcnNJbnB1dDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQZW5kaW5nQ2FsbG91dCB7XG4gIHRva2VuOiBudW1iZXI7XG4gIGNsdXN0ZXI6IHN0cmluZztcbiAgaGVhZGVyczogSGVhZGVyUGFpcnM7XG4gIGJvZHk6IFVpbnQ4QXJyYXk7XG4gIHRyYWlsZXJzOiBIZWFkZXJQYWlycztcbiAgdGltZW91dE1zOiBudW1iZXI7XG4gIC8qKiBEZWxpdmVycyBhIHJlc3BvbnNlIChcIjpzdGF0dXNcIiBkZWZhdWx0cyB0byAyMDAgd2hlbiBhYnNlbnQpLiAqL1xuICByZXNwb25kKHJlc3BvbnNlOiBDYWxsb3V0UmVzcG9uc2UpOiB2b2lkO1xuICAvKiogRmFpbHMgdGhlIGNhbGwgYXMgYSByZXNldCB3b3VsZDogRW52b3kgY2FsbHMgYmFjayB3aXRoIG5vIGhlYWRlcnMsIGJvZHkgb3IgdHJhaWxlcnMuICovXG4gIGZhaWwoKTogdm9pZDtcbn1cblxuaW50ZXJmYWNlIENhbGxvdXQgZXh0ZW5kcyBQZW5kaW5nQ2FsbG91dCB7XG4gIGRlYWRsaW5lOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIHNlcTogbnVtYmVyO1xufVxuXG5pbnRlcmZhY2UgRnJhbWUge1xuICBjb250ZXh0SWQ6IG51bWJlcjtcbiAgYnVmZmVyczogTWFwPG51bWJlciwgQnVmZmVyQWNjZXNzPjtcbiAgc3RhdHVzPzogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEJ1ZmZlckFjY2VzcyB7XG4gIGdldCgpOiBVaW50OEFycmF5O1xuICBzZXQ/KGJ5dGVzOiBVaW50OEFycmF5KTogdm9pZDtcbn1cblxudHlwZSBDb250ZXh0RW50cnkgPSB7IGtpbmQ6ICdyb290JyB9IHwgeyBraW5kOiAnaHR0cCc7IHNsb3Q6IEZpbHRlclNsb3QgfTtcblxuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuY29uc3QgTE9HX0tFRVAgPSAyMDtcblxuZnVuY3Rpb24gdG9CeXRlcyh2YWx1ZTogc3RyaW5nIHwgVWludDhBcnJheSB8IG9iamVjdCB8IHVuZGVmaW5lZCwgd2hhdDogc3RyaW5nKTogVWludDhBcnJheSB7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gIGlmICh2YWx1ZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiB2YWx1ZTtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiBlbmNvZGVyLmVuY29kZSh2YWx1ZSk7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsKSByZXR1cm4gZW5jb2Rlci5lbmNvZGUoSlNPTi5zdHJpbmdpZnkodmFsdWUpKTtcbiAgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fSBtdXN0IGJlIGEgc3RyaW5nLCBhIFVpbnQ4QXJyYXkgb3IgYSBKU09OLXNlcmlhbGl6YWJsZSBvYmplY3RgKTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gY29tcGlsZShtb2R1bGU6IFZtT3B0aW9uc1snbW9kdWxlJ10pOiBQcm9taXNlPFdlYkFzc2VtYmx5Lk1vZHVsZT4ge1xuICBpZiAobW9kdWxlIGluc3RhbmNlb2YgV2ViQXNzZW1ibHkuTW9kdWxlKSByZXR1cm4gbW9kdWxlO1xuICBsZXQgYnl0ZXM6IFVpbnQ4QXJyYXk7XG4gIGlmICh0eXBlb2YgbW9kdWxlID09PSAnc3RyaW5nJykge1xuICAgIHRyeSB7XG4gICAgICBieXRlcyA9IGF3YWl0IHJlYWRGaWxlKG1vZHVsZSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhyb3cgbmV3IE1vZHVsZUxvYWRFcnJvcihgY2Fubm90IHJlYWQgbW9kdWxlICR7bW9kdWxlfTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgICB9XG4gIH0gZWxzZSBpZiAobW9kdWxlIGluc3RhbmNlb2YgVWludDhBcnJheSkge1xuICAgIGJ5dGVzID0gbW9kdWxlO1xuICB9IGVsc2Uge1xuICAgIHRocm93IG5ldyBUeXBlRXJyb3IoJ21vZHVsZSBtdXN0IGJlIGEgZmlsZSBwYXRoLCBhIFVpbnQ4QXJyYXkgb3IgYSBXZWJBc3NlbWJseS5Nb2R1bGUnKTtcbiAgfVxuICB0cnkge1xuICAgIHJldHVybiBhd2FpdCBXZWJBc3NlbWJseS5jb21waWxlKGJ5dGVzIGFzIFVpbnQ4QXJyYXk8QXJyYXlCdWZmZXI+KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoYCR7dHlwZW9mIG1vZHVsZSA9PT0gJ3N0cmluZycgPyBtb2R1bGUgOiAnbW9kdWxlIGJ5dGVzJ30gaXMgbm90IGEgdmFsaWQgV2FzbSBtb2R1bGU6ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCk7XG4gIH1cbn1cblxuZXhwb3J0IGNsYXNzIFZtIGltcGxlbWVudHMgUXVldWVPd25lciB7XG4gIHJlYWRvbmx5IHZtSWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgcm9vdElkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgbG9nczogTG9nTGluZVtdID0gW107XG4gIHJlYWRvbmx5IG1lbW9yeSA9IG5ldyBHdWVzdE1lbW9yeSgpO1xuICByZWFkb25seSBtZXRyaWNJZHM6IFZtTWV0cmljcztcbiAgcmVhZG9ubHkgcHJvcGVydGllczogUHJvcGVydHlJbnB1dDtcbiAgcmVhZG9ubHkgcm9vdENvbnRleHRJZCA9IDE7XG4gIHJlYWRvbmx5IGxvZ0xldmVsSW5kZXg6IG51bWJlcjtcbiAgY29uZmlndXJlZCA9IGZhbHNlO1xuICAvKiogU2V0IHdoZW4gdGhlIG1vZHVsZSB0cmFwcGVkIHVuZGVyIG9uVHJhcDogJ2ZhaWwtY2xvc2VkJzsgZXZlcnkgbGF0ZXIgc3RyZWFtIGdldHMgYSA1MDMuICovXG4gIGZhaWxlZCA9IGZhbHNlO1xuICBhYmlWZXJzaW9uID0gJyc7XG5cbiAgcHJpdmF0ZSBleHBvcnRzITogV2ViQXNzZW1ibHkuRXhwb3J0cztcbiAgcHJpdmF0ZSByZWFkb25seSBjb250ZXh0cyA9IG5ldyBNYXA8bnVtYmVyLCBDb250ZXh0RW50cnk+KCk7XG4gIHByaXZhdGUgbmV4dENvbnRleHRJZCA9IDI7XG4gIHByaXZhdGUgZnJhbWVzOiBGcmFtZVtdID0gW107XG4gIHByaXZhdGUgZWZmZWN0aXZlQ29udGV4dElkID0gMDtcbiAgcHJpdmF0ZSBuZXh0SXRlcmF0aW9uU3RvcHBlZCA9IGZhbHNlO1xuICBwcml2YXRlIGxhc3RDYWxsU3RvcHBlZCA9IGZhbHNlO1xuICBwcml2YXRlIGFmdGVyQ2FsbDogKCgpID0+IHZvaWQpW10gPSBbXTtcbiAgcHJpdmF0ZSBjYWxsb3V0cyA9IG5ldyBNYXA8bnVtYmVyLCBDYWxsb3V0PigpO1xuICBwcml2YXRlIHJlYWRvbmx5IGdycGNDYWxscyA9IG5ldyBHcnBjQ2FsbHMoe1xuICAgIG5vd01zOiAoKSA9PiB0aGlzLmhvc3Qubm93TXMsXG4gICAgbmV4dFNlcTogKCkgPT4gdGhpcy5ob3N0Lm5leHRTZXEoKSxcbiAgICBoYXNDb250ZXh0OiAoaWQpID0+IHRoaXMuY29udGV4dHMuaGFzKGlkKSxcbiAgICBkZWxpdmVyR3JwY1JlY2VpdmU6IChjYWxsLCBtZXNzYWdlKSA9PiB0aGlzLmRlbGl2ZXJHcnBjKGNhbGwsICdwcm94eV9vbl9ncnBjX3JlY2VpdmUnLCBtZXNzYWdlLmxlbmd0aCwgbWVzc2FnZSwgeyBjb2RlOiAwLCBtZXNzYWdlOiAnJyB9KSxcbiAgICBkZWxpdmVyR3JwY0Nsb3NlOiAoY2FsbCwgc3RhdHVzLCBtZXNzYWdlKSA9PiB0aGlzLmRlbGl2ZXJHcnBjKGNhbGwsICdwcm94eV9vbl9ncnBjX2Nsb3NlJywgc3RhdHVzLCB1bmRlZmluZWQsIHsgY29kZTogc3RhdHVzLCBtZXNzYWdlIH0pLFxuICB9KTtcbiAgcHJpdmF0ZSBuZXh0Q2FsbG91dFRva2VuID0gMTtcbiAgcHJpdmF0ZSB0aWNrUGVyaW9kTXMgPSAwO1xuICBwcml2YXRlIG5leHRUaWNrQXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBwZW5kaW5nUm9vdERvbmUgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB2bUNvbmZpZ3VyYXRpb246IFVpbnQ4QXJyYXk7XG4gIHByaXZhdGUgcmVhZG9ubHkgcGx1Z2luQ29uZmlndXJhdGlvbjogVWludDhBcnJheTtcbiAgcHJpdmF0ZSByZWFkb25seSBlbnZpcm9ubWVudDogW3N0cmluZywgc3RyaW5nXVtdO1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3IocmVhZG9ubHkgaG9zdDogSG9zdCwgb3B0aW9uczogVm1PcHRpb25zKSB7XG4gICAgdGhpcy52bUlkID0gb3B0aW9ucy52bUlkID8/ICcnO1xuICAgIHRoaXMucm9vdElkID0gb3B0aW9ucy5yb290SWQgPz8gJyc7XG4gICAgdGhpcy5uYW1lID0gb3B0aW9ucy5uYW1lID8/IHRoaXMucm9vdElkO1xuICAgIHRoaXMucHJvcGVydGllcyA9IHZhbGlkYXRlUHJvcGVydGllcyhvcHRpb25zLnByb3BlcnRpZXMsICdwcm9wZXJ0aWVzJyk7XG4gICAgY29uc3QgbGV2ZWwgPSBvcHRpb25zLmxvZ0xldmVsID8/ICd0cmFjZSc7XG4gICAgdGhpcy5sb2dMZXZlbEluZGV4ID0gTE9HX0xFVkVMUy5pbmRleE9mKGxldmVsKTtcbiAgICBpZiAodGhpcy5sb2dMZXZlbEluZGV4IDwgMCkgdGhyb3cgbmV3IFR5cGVFcnJvcihgbG9nTGV2ZWwgbXVzdCBiZSBvbmUgb2YgJHtMT0dfTEVWRUxTLmpvaW4oJywgJyl9YCk7XG4gICAgdGhpcy5tZXRyaWNJZHMgPSBuZXcgVm1NZXRyaWNzKGhvc3QubWV0cmljU3RvcmUpO1xuICAgIHRoaXMudm1Db25maWd1cmF0aW9uID0gdG9CeXRlcyhvcHRpb25zLnZtQ29uZmlndXJhdGlvbiwgJ3ZtQ29uZmlndXJhdGlvbicpO1xuICAgIHRoaXMucGx1Z2luQ29uZmlndXJhdGlvbiA9IHRvQnl0ZXMob3B0aW9ucy5wbHVnaW5Db25maWd1cmF0aW9uLCAncGx1Z2luQ29uZmlndXJhdGlvbicpO1xuICAgIHRoaXMuZW52aXJvbm1lbnQgPSBPYmplY3QuZW50cmllcyhvcHRpb25zLmVudmlyb25tZW50ID8/IHt9KTtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgVXNlIGhvc3Quc3RhcnRWbS4gKi9cbiAgc3RhdGljIGFzeW5jIHN0YXJ0KGhvc3Q6IEhvc3QsIG9wdGlvbnM6IFZtT3B0aW9ucyk6IFByb21pc2U8Vm0+IHtcbiAgICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHRocm93IG5ldyBUeXBlRXJyb3IoJ3N0YXJ0Vm0gbmVlZHMgYW4gb3B0aW9ucyBvYmplY3Qgd2l0aCBhIG1vZHVsZScpO1xuICAgIGNvbnN0IHZtID0gbmV3IFZtKGhvc3QsIG9wdGlvbnMpO1xuICAgIGNvbnN0IG1vZHVsZSA9IGF3YWl0IGNvbXBpbGUob3B0aW9ucy5tb2R1bGUpO1xuICAgIHZtLmluc3RhbnRpYXRlKG1vZHVsZSk7XG4gICAgdm0uYm9vdChvcHRpb25zLmFsbG93Q29uZmlndXJlRmFpbHVyZSA9PT0gdHJ1ZSk7XG4gICAgcmV0dXJuIHZtO1xuICB9XG5cbiAgcHJpdmF0ZSBpbnN0YW50aWF0ZShtb2R1bGU6IFdlYkFzc2VtYmx5Lk1vZHVsZSk6IHZvaWQge1xuICAgIGNvbnN0IGV4cG9ydE5hbWVzID0gbmV3IFNldChXZWJBc3NlbWJseS5Nb2R1bGUuZXhwb3J0cyhtb2R1bGUpLm1hcCgoZSkgPT4gZS5uYW1lKSk7XG4gICAgY29uc3QgdmVyc2lvbiA9IFsncHJveHlfYWJpX3ZlcnNpb25fMF8yXzEnLCAncHJveHlfYWJpX3ZlcnNpb25fMF8yXzAnXS5maW5kKCh2KSA9PiBleHBvcnROYW1lcy5oYXModikpO1xuICAgIGlmICghdmVyc2lvbikge1xuICAgICAgY29uc3Qgb2xkID0gZXhwb3J0TmFtZXMuaGFzKCdwcm94eV9hYmlfdmVyc2lvbl8wXzFfMCcpID8gJyAoaXQgdGFyZ2V0cyBBQkkgMC4xLjAsIHdoaWNoIGhvc3Qtc2ltIGRvZXMgbm90IHJ1biknIDogJyc7XG4gICAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGBtb2R1bGUgZXhwb3J0cyBubyBwcm94eV9hYmlfdmVyc2lvbl8wXzJfMSBvciBwcm94eV9hYmlfdmVyc2lvbl8wXzJfMCBmdW5jdGlvbiR7b2xkfWApO1xuICAgIH1cbiAgICB0aGlzLmFiaVZlcnNpb24gPSB2ZXJzaW9uLnNsaWNlKCdwcm94eV9hYmlfdmVyc2lvbl8nLmxlbmd0aCkucmVwbGFjZSgvXy9nLCAnLicpO1xuICAgIGNvbnN0IGVudiA9IHByb3h5SW1wb3J0cyh0aGlzKTtcbiAgICBjb25zdCB3YXNpID0gd2FzaUltcG9ydHMoe1xuICAgICAgbWVtb3J5OiB0aGlzLm1lbW9yeSxcbiAgICAgIGxvZzogKGxldmVsLCBtZXNzYWdlKSA9PiB0aGlzLmxvZyhsZXZlbCwgbWVzc2FnZSksXG4gICAgICByZWFsdGltZU5zOiAoKSA9PiB0aGlzLmhvc3QucmVhbHRpbWVOcygpLFxuICAgICAgbW9ub3RvbmljTnM6ICgpID0+IHRoaXMuaG9zdC5tb25vdG9uaWNOcygpLFxuICAgICAgZW52OiB0aGlzLmVudmlyb25tZW50LFxuICAgIH0pO1xuICAgIGNvbnN0IGltcG9ydHM6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9IHt9O1xuICAgIGZvciAoY29uc3QgaW1wIG9mIFdlYkFzc2VtYmx5Lk1vZHVsZS5pbXBvcnRzKG1vZHVsZSkpIHtcbiAgICAgIGlmIChpbXAua2luZCAhPT0gJ2Z1bmN0aW9uJykge1xuICAgICAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGBtb2R1bGUgaW1wb3J0cyAke2ltcC5raW5kfSAke2ltcC5tb2R1bGV9LiR7aW1wLm5hbWV9OyBFbnZveSBwcm92aWRlcyBvbmx5IGZ1bmN0aW9uc2ApO1xuICAgICAgfVxuICAgICAgY29uc3QgdGFibGUgPSBpbXAubW9kdWxlID09PSAnZW52JyA/IGVudiA6IGltcC5tb2R1bGUgPT09ICd3YXNpX3NuYXBzaG90X3ByZXZpZXcxJyB8fCBpbXAubW9kdWxlID09PSAnd2FzaV91bnN0YWJsZScgPyB3YXNpIDogdW5kZWZpbmVkO1xuICAgICAgY29uc3QgaW1wbCA9IHRhYmxlPy5baW1wLm5hbWVdO1xuICAgICAgY29uc3QgbGFiZWwgPSBpbXAubW9kdWxlID09PSAnZW52JyA/IGltcC5uYW1lIDogYCR7aW1wLm1vZHVsZX0uJHtpbXAubmFtZX1gO1xuICAgICAgKGltcG9ydHNbaW1wLm1vZHVsZV0gPz89IHt9KVtpbXAubmFtZV0gPSBpbXBsID8/ICgoKSA9PiB7XG4gICAgICAgIHRocm93IG5ldyBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvcihsYWJlbCk7XG4gICAgICB9KTtcbiAgICB9XG4gICAgY29uc3QgaW5zdGFuY2UgPSBuZXcgV2ViQXNzZW1ibHkuSW5zdGFuY2UobW9kdWxlLCBpbXBvcnRzIGFzIFdlYkFzc2VtYmx5LkltcG9ydHMpO1xuICAgIHRoaXMuZXhwb3J0cyA9IGluc3RhbmNlLmV4cG9ydHM7XG4gICAgY29uc3QgbWVtb3J5ID0gdGhpcy5leHBvcnRzLm1lbW9yeTtcbiAgICBpZiAoIShtZW1vcnkgaW5zdGFuY2VvZiBXZWJBc3NlbWJseS5NZW1vcnkpKSB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKCdtb2R1bGUgZG9lcyBub3QgZXhwb3J0IGl0cyBtZW1vcnkgYXMgXCJtZW1vcnlcIicpO1xuICAgIGNvbnN0IG1hbGxvYyA9ICh0aGlzLmV4cG9ydHMubWFsbG9jID8/IHRoaXMuZXhwb3J0cy5wcm94eV9vbl9tZW1vcnlfYWxsb2NhdGUpIGFzICgobjogbnVtYmVyKSA9PiBudW1iZXIpIHwgdW5kZWZpbmVkO1xuICAgIGlmICh0eXBlb2YgbWFsbG9jICE9PSAnZnVuY3Rpb24nKSB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKCdtb2R1bGUgZXhwb3J0cyBuZWl0aGVyIG1hbGxvYyBub3IgcHJveHlfb25fbWVtb3J5X2FsbG9jYXRlJyk7XG4gICAgdGhpcy5tZW1vcnkuYXR0YWNoKG1lbW9yeSwgKG4pID0+IG1hbGxvYyhuKSk7XG4gIH1cblxuICBwcml2YXRlIGJvb3QoYWxsb3dDb25maWd1cmVGYWlsdXJlOiBib29sZWFuKTogdm9pZCB7XG4gICAgY29uc3QgaW5pdCA9ICh0aGlzLmV4cG9ydHMuX2luaXRpYWxpemUgPz8gdGhpcy5leHBvcnRzLl9zdGFydCkgYXMgKCgpID0+IHZvaWQpIHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IGJvb3RGcmFtZSA9IChidWZmZXJzOiBNYXA8bnVtYmVyLCBCdWZmZXJBY2Nlc3M+ID0gbmV3IE1hcCgpKTogRnJhbWUgPT4gKHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnMgfSk7XG4gICAgaWYgKHR5cGVvZiBpbml0ID09PSAnZnVuY3Rpb24nKSB0aGlzLmludm9rZShpbml0ID09PSB0aGlzLmV4cG9ydHMuX2luaXRpYWxpemUgPyAnX2luaXRpYWxpemUnIDogJ19zdGFydCcsIGJvb3RGcmFtZSgpLCAoKSA9PiBpbml0KCksICd0aHJvdycpO1xuICAgIHRoaXMuY29udGV4dHMuc2V0KHRoaXMucm9vdENvbnRleHRJZCwgeyBraW5kOiAncm9vdCcgfSk7XG4gICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbnRleHRfY3JlYXRlJywgYm9vdEZyYW1lKCksICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCB0aGlzLnJvb3RDb250ZXh0SWQsIDApLCAndGhyb3cnKTtcbiAgICBjb25zdCB2bUNvbmZpZyA9IHRoaXMudm1Db25maWd1cmF0aW9uO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSB0aGlzLmludm9rZSgncHJveHlfb25fdm1fc3RhcnQnLCBib290RnJhbWUobmV3IE1hcChbW0J1ZmZlclR5cGUuVm1Db25maWd1cmF0aW9uLCB7IGdldDogKCkgPT4gdm1Db25maWcgfV1dKSksXG4gICAgICAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX3ZtX3N0YXJ0JywgdGhpcy5yb290Q29udGV4dElkLCB2bUNvbmZpZy5sZW5ndGgpLCAndGhyb3cnKTtcbiAgICBpZiAoIXN0YXJ0ZWQpIHtcbiAgICAgIGlmIChhbGxvd0NvbmZpZ3VyZUZhaWx1cmUpIHJldHVybjtcbiAgICAgIHRocm93IG5ldyBDb25maWd1cmVFcnJvcigncHJveHlfb25fdm1fc3RhcnQnLCB0aGlzLmxvZ3Muc2xpY2UoLUxPR19LRUVQKSk7XG4gICAgfVxuICAgIGNvbnN0IHBsdWdpbkNvbmZpZyA9IHRoaXMucGx1Z2luQ29uZmlndXJhdGlvbjtcbiAgICBjb25zdCBjb25maWd1cmVkID0gdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbmZpZ3VyZScsIGJvb3RGcmFtZShuZXcgTWFwKFtbQnVmZmVyVHlwZS5QbHVnaW5Db25maWd1cmF0aW9uLCB7IGdldDogKCkgPT4gcGx1Z2luQ29uZmlnIH1dXSkpLFxuICAgICAgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9jb25maWd1cmUnLCB0aGlzLnJvb3RDb250ZXh0SWQsIHBsdWdpbkNvbmZpZy5sZW5ndGgpLCAndGhyb3cnKTtcbiAgICBpZiAoIWNvbmZpZ3VyZWQpIHtcbiAgICAgIGlmIChhbGxvd0NvbmZpZ3VyZUZhaWx1cmUpIHJldHVybjtcbiAgICAgIHRocm93IG5ldyBDb25maWd1cmVFcnJvcigncHJveHlfb25fY29uZmlndXJlJywgdGhpcy5sb2dzLnNsaWNlKC1MT0dfS0VFUCkpO1xuICAgIH1cbiAgICB0aGlzLmNvbmZpZ3VyZWQgPSB0cnVlO1xuICB9XG5cbiAgLyoqIENhbGxzIGFuIGV4cG9ydCBpZiB0aGUgbW9kdWxlIGhhcyBpdDsgYSBtaXNzaW5nIGNhbGxiYWNrIGJlaGF2ZXMgYXMgRW52b3kncyBkZWZhdWx0LiAqL1xuICBwcml2YXRlIGNhbGwobmFtZTogc3RyaW5nLCAuLi5hcmdzOiAobnVtYmVyIHwgYmlnaW50KVtdKTogbnVtYmVyIHtcbiAgICBjb25zdCBmbiA9IHRoaXMuZXhwb3J0c1tuYW1lXTtcbiAgICBpZiAodHlwZW9mIGZuICE9PSAnZnVuY3Rpb24nKSByZXR1cm4gbmFtZSA9PT0gJ3Byb3h5X29uX3ZtX3N0YXJ0JyB8fCBuYW1lID09PSAncHJveHlfb25fY29uZmlndXJlJyB8fCBuYW1lID09PSAncHJveHlfb25fZG9uZScgPyAxIDogMDtcbiAgICBjb25zdCByZXN1bHQgPSAoZm4gYXMgKC4uLmE6IChudW1iZXIgfCBiaWdpbnQpW10pID0+IHVua25vd24pKC4uLmFyZ3MpO1xuICAgIHJldHVybiB0eXBlb2YgcmVzdWx0ID09PSAnbnVtYmVyJyA/IHJlc3VsdCA6IHR5cGVvZiByZXN1bHQgPT09ICdiaWdpbnQnID8gTnVtYmVyKHJlc3VsdCkgOiAwO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBDYWxscyBhIGNvbnRleHQgY2FsbGJhY2sgYnkgbmFtZSAodXNlZCBieSBzdHJlYW1zKS4gKi9cbiAgY2FsbENvbnRleHQobmFtZTogc3RyaW5nLCAuLi5hcmdzOiBudW1iZXJbXSk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbChuYW1lLCAuLi5hcmdzKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBSdW5zIG9uZSBndWVzdCBlbnRyeSBwb2ludC4gQSB0cmFwIGJlY29tZXMgTW9kdWxlVHJhcEVycm9yLCBvciB1bmRlclxuICAgKiBmYWlsLWNsb3NlZCBtYXJrcyB0aGUgVk0gZmFpbGVkIGFuZCByZXR1cm5zIHVuZGVmaW5lZC4gSG9zdCBlcnJvcnMgKGFuXG4gICAqIHVuaW1wbGVtZW50ZWQgaW1wb3J0LCBhIG1pc3VzZSkgcHJvcGFnYXRlIHVuY2hhbmdlZC5cbiAgICovXG4gIGludm9rZTxUPihjYWxsYmFjazogc3RyaW5nLCBmcmFtZTogRnJhbWUsIGZuOiAoKSA9PiBULCBvblRyYXA6ICd0aHJvdycgfCAnaG9zdCcgPSAnaG9zdCcpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBvdXRlcm1vc3QgPSB0aGlzLmZyYW1lcy5sZW5ndGggPT09IDA7XG4gICAgdGhpcy5mcmFtZXMucHVzaChmcmFtZSk7XG4gICAgaWYgKG91dGVybW9zdCkge1xuICAgICAgdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgPSAwO1xuICAgICAgdGhpcy5uZXh0SXRlcmF0aW9uU3RvcHBlZCA9IGZhbHNlO1xuICAgIH1cbiAgICBsZXQgcmVzdWx0OiBUIHwgdW5kZWZpbmVkO1xuICAgIHRyeSB7XG4gICAgICByZXN1bHQgPSBmbigpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRoaXMuZnJhbWVzLnBvcCgpO1xuICAgICAgaWYgKG91dGVybW9zdCkgdGhpcy5hZnRlckNhbGwgPSBbXTtcbiAgICAgIGlmIChlIGluc3RhbmNlb2YgSG9zdEVycm9yKSB0aHJvdyBlO1xuICAgICAgY29uc3QgdHJhcCA9IGUgaW5zdGFuY2VvZiBFcnJvciA/IGUubWVzc2FnZSA6IFN0cmluZyhlKTtcbiAgICAgIGNvbnN0IGVycm9yID0gbmV3IE1vZHVsZVRyYXBFcnJvcihjYWxsYmFjaywgdHJhcCwgdGhpcy5sb2dzLnNsaWNlKC1MT0dfS0VFUCksIHsgY2F1c2U6IGUgfSk7XG4gICAgICBpZiAob25UcmFwID09PSAndGhyb3cnIHx8IHRoaXMuaG9zdC5vblRyYXAgPT09ICd0aHJvdycpIHRocm93IGVycm9yO1xuICAgICAgdGhpcy5mYWlsZWQgPSB0cnVlO1xuICAgICAgdGhpcy5sb2coJ2NyaXRpY2FsJywgYGhvc3Qtc2ltOiBWTSBmYWlsZWQgKGZhaWwtY2xvc2VkKTogJHtlcnJvci5tZXNzYWdlLnNwbGl0KCdcXG4nKVswXX1gKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHRoaXMuZnJhbWVzLnBvcCgpO1xuICAgIGlmIChvdXRlcm1vc3QpIHtcbiAgICAgIHRoaXMuZWZmZWN0aXZlQ29udGV4dElkID0gMDtcbiAgICAgIC8vIERlZmVycmVkIGFjdGlvbnMgbWF5IGNhbGwgaW50byB0aGlzIFZNIGFnYWluIChhIGxvY2FsIHJlcGx5IHJ1bnMgaXRzXG4gICAgICAvLyByZXNwb25zZSBjYWxsYmFjayksIHNvIHRoZSBjYWxsZXIncyBzdG9wIGZsYWcgaXMgY2FwdHVyZWQgZmlyc3QuXG4gICAgICBjb25zdCBzdG9wcGVkID0gdGhpcy5uZXh0SXRlcmF0aW9uU3RvcHBlZDtcbiAgICAgIGNvbnN0IGFjdGlvbnMgPSB0aGlzLmFmdGVyQ2FsbDtcbiAgICAgIHRoaXMuYWZ0ZXJDYWxsID0gW107XG4gICAgICBmb3IgKGNvbnN0IGFjdGlvbiBvZiBhY3Rpb25zKSBhY3Rpb24oKTtcbiAgICAgIHRoaXMuaG9zdC5mbHVzaERlZmVycmVkKCk7XG4gICAgICB0aGlzLmxhc3RDYWxsU3RvcHBlZCA9IHN0b3BwZWQ7XG4gICAgfVxuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICAvKiogV2hldGhlciB0aGUgZ3Vlc3QgYXNrZWQgdG8gc3RvcCBpdGVyYXRpb24gKHNlbnQgYSBsb2NhbCByZXBseSkgZHVyaW5nIHRoZSBsYXN0IG91dGVybW9zdCBjYWxsLiAqL1xuICBnZXQgaXRlcmF0aW9uU3RvcHBlZCgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5sYXN0Q2FsbFN0b3BwZWQ7XG4gIH1cblxuICBzdG9wTmV4dEl0ZXJhdGlvbigpOiB2b2lkIHtcbiAgICB0aGlzLm5leHRJdGVyYXRpb25TdG9wcGVkID0gdHJ1ZTtcbiAgfVxuXG4gIC8qKiBRdWV1ZXMgd29yayBFbnZveSBydW5zIGFmdGVyIHRoZSBWTSBjYWxsIHJldHVybnMgKGxvY2FsIHJlcGxpZXMsIGNvbnRpbnVlcykuICovXG4gIGRlZmVyKGFjdGlvbjogKCkgPT4gdm9pZCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmZyYW1lcy5sZW5ndGggPT09IDApIGFjdGlvbigpO1xuICAgIGVsc2UgdGhpcy5hZnRlckNhbGwucHVzaChhY3Rpb24pO1xuICB9XG5cbiAgLy8gLS0tLSBjb250ZXh0IGJvb2trZWVwaW5nIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICAvKiogQGludGVybmFsIENyZWF0ZXMgYSBzdHJlYW0gY29udGV4dCAocHJveHlfb25fY29udGV4dF9jcmVhdGUoY3R4LCByb290KSkuICovXG4gIGNyZWF0ZUh0dHBDb250ZXh0KHNsb3Q6IEZpbHRlclNsb3QpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGlkID0gdGhpcy5uZXh0Q29udGV4dElkKys7XG4gICAgdGhpcy5jb250ZXh0cy5zZXQoaWQsIHsga2luZDogJ2h0dHAnLCBzbG90IH0pO1xuICAgIGNvbnN0IG9rID0gdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbnRleHRfY3JlYXRlJywgeyBjb250ZXh0SWQ6IGlkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCBpZCwgdGhpcy5yb290Q29udGV4dElkKSk7XG4gICAgcmV0dXJuIG9rID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBpZDtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgKi9cbiAgZHJvcENvbnRleHQoaWQ6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMuY29udGV4dHMuZGVsZXRlKGlkKTtcbiAgfVxuXG4gIHJlc29sdmVDb250ZXh0KCk6IHsgaWQ6IG51bWJlcjsgc2xvdD86IEZpbHRlclNsb3QgfSB7XG4gICAgY29uc3QgZnJhbWUgPSB0aGlzLmZyYW1lc1t0aGlzLmZyYW1lcy5sZW5ndGggLSAxXTtcbiAgICBsZXQgaWQgPSBmcmFtZT8uY29udGV4dElkID8/IHRoaXMucm9vdENvbnRleHRJZDtcbiAgICBpZiAodGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgIT09IDAgJiYgdGhpcy5jb250ZXh0cy5oYXModGhpcy5lZmZlY3RpdmVDb250ZXh0SWQpKSBpZCA9IHRoaXMuZWZmZWN0aXZlQ29udGV4dElkO1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy5jb250ZXh0cy5nZXQoaWQpO1xuICAgIHJldHVybiBlbnRyeT8ua2luZCA9PT0gJ2h0dHAnID8geyBpZCwgc2xvdDogZW50cnkuc2xvdCB9IDogeyBpZCB9O1xuICB9XG5cbiAgcmVzb2x2ZVJvb3RDb250ZXh0SWQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5yb290Q29udGV4dElkO1xuICB9XG5cbiAgc2V0RWZmZWN0aXZlQ29udGV4dChpZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBpZiAoIXRoaXMuY29udGV4dHMuaGFzKGlkKSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgPSBpZDtcbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIGN1cnJlbnRTdGF0dXMoKTogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9IHtcbiAgICBmb3IgKGxldCBpID0gdGhpcy5mcmFtZXMubGVuZ3RoIC0gMTsgaSA+PSAwOyBpLS0pIHtcbiAgICAgIGNvbnN0IHMgPSB0aGlzLmZyYW1lc1tpXSEuc3RhdHVzO1xuICAgICAgaWYgKHMpIHJldHVybiBzO1xuICAgIH1cbiAgICByZXR1cm4geyBjb2RlOiBXYXNtUmVzdWx0Lk9rLCBtZXNzYWdlOiAnJyB9O1xuICB9XG5cbiAgYnVmZmVyKHR5cGU6IG51bWJlcik6IEJ1ZmZlckFjY2VzcyB8IHVuZGVmaW5lZCB7XG4gICAgZm9yIChsZXQgaSA9IHRoaXMuZnJhbWVzLmxlbmd0aCAtIDE7IGkgPj0gMDsgaS0tKSB7XG4gICAgICBjb25zdCBiID0gdGhpcy5mcmFtZXNbaV0hLmJ1ZmZlcnMuZ2V0KHR5cGUpO1xuICAgICAgaWYgKGIpIHJldHVybiBiO1xuICAgIH1cbiAgICBjb25zdCBzbG90ID0gdGhpcy5yZXNvbHZlQ29udGV4dCgpLnNsb3Q7XG4gICAgcmV0dXJuIHNsb3Q/LmJvZHlCdWZmZXIodHlwZSk7XG4gIH1cblxuICBwcm9wZXJ0eVNjb3BlKCk6IFByb3BlcnR5U2NvcGUge1xuICAgIGNvbnN0IHNsb3QgPSB0aGlzLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICBjb25zdCB2bTogUHJvcGVydHlJbnB1dCA9IHtcbiAgICAgIHBsdWdpbl9uYW1lOiB0aGlzLm5hbWUsXG4gICAgICBwbHVnaW5fcm9vdF9pZDogdGhpcy5yb290SWQsXG4gICAgICBwbHVnaW5fdm1faWQ6IHRoaXMudm1JZCxcbiAgICAgIC4uLnRoaXMucHJvcGVydGllcyxcbiAgICB9O1xuICAgIGlmICghc2xvdCkgcmV0dXJuIHsgdm0gfTtcbiAgICByZXR1cm4ge1xuICAgICAgdm0sXG4gICAgICBzdHJlYW06IHNsb3Quc3RyZWFtLnByb3BlcnRpZXMsXG4gICAgICByZXF1ZXN0SGVhZGVyczogc2xvdC5zdHJlYW0ucmVxdWVzdEhlYWRlck1hcCxcbiAgICAgIHJlc3BvbnNlSGVhZGVyczogc2xvdC5zdHJlYW0ucmVzcG9uc2VIZWFkZXJNYXAsXG4gICAgICBmaWx0ZXJTdGF0ZTogc2xvdC5zdHJlYW0uZmlsdGVyU3RhdGUsXG4gICAgfTtcbiAgfVxuXG4gIC8vIC0tLS0gbG9nZ2luZyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgbG9nKGxldmVsOiBMb2dMZXZlbE5hbWUsIG1lc3NhZ2U6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMubG9ncy5wdXNoKHsgbGV2ZWwsIG1lc3NhZ2UsIGNvbnRleHRJZDogdGhpcy5yZXNvbHZlQ29udGV4dCgpLmlkIH0pO1xuICB9XG5cbiAgLy8gLS0tLSB0aWNrcyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBzZXRUaWNrUGVyaW9kKHBlcmlvZE1zOiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLnRpY2tQZXJpb2RNcyA9IHBlcmlvZE1zO1xuICAgIHRoaXMubmV4dFRpY2tBdCA9IHBlcmlvZE1zID09PSAwID8gdW5kZWZpbmVkIDogdGhpcy5ob3N0Lm5vd01zICsgcGVyaW9kTXM7XG4gIH1cblxuICAvKiogQGludGVybmFsIFRoZSB2aXJ0dWFsIHRpbWUgb2YgdGhpcyBWTSdzIG5leHQgZXZlbnQsIGZvciB0aGUgaG9zdCdzIGNsb2NrLiAqL1xuICBuZXh0RXZlbnQoKTogeyBhdDogbnVtYmVyOyBzZXE6IG51bWJlcjsgZmlyZTogKCkgPT4gdm9pZCB9IHwgdW5kZWZpbmVkIHtcbiAgICBsZXQgYmVzdDogeyBhdDogbnVtYmVyOyBzZXE6IG51bWJlcjsgZmlyZTogKCkgPT4gdm9pZCB9IHwgdW5kZWZpbmVkO1xuICAgIGlmICh0aGlzLm5leHRUaWNrQXQgIT09IHVuZGVmaW5lZCkgYmVzdCA9IHsgYXQ6IHRoaXMubmV4dFRpY2tBdCwgc2VxOiAwLCBmaXJlOiAoKSA9PiB0aGlzLmZpcmVUaWNrKCkgfTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgdGhpcy5jYWxsb3V0cy52YWx1ZXMoKSkge1xuICAgICAgaWYgKGMuZGVhZGxpbmUgPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgICBpZiAoIWJlc3QgfHwgYy5kZWFkbGluZSA8IGJlc3QuYXQgfHwgKGMuZGVhZGxpbmUgPT09IGJlc3QuYXQgJiYgYmVzdC5zZXEgIT09IDAgJiYgYy5zZXEgPCBiZXN0LnNlcSkpIHtcbiAgICAgICAgYmVzdCA9IHsgYXQ6IGMuZGVhZGxpbmUsIHNlcTogYy5zZXEsIGZpcmU6ICgpID0+IHRoaXMudGltZU91dChjKSB9O1xuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBncnBjID0gdGhpcy5ncnBjQ2FsbHMubmV4dERlYWRsaW5lKCk7XG4gICAgaWYgKGdycGMgJiYgKCFiZXN0IHx8IGdycGMuYXQgPCBiZXN0LmF0IHx8IChncnBjLmF0ID09PSBiZXN0LmF0ICYmIGJlc3Quc2VxICE9PSAwICYmIGdycGMuc2VxIDwgYmVzdC5zZXEpKSkgYmVzdCA9IGdycGM7XG4gICAgcmV0dXJuIGJlc3Q7XG4gIH1cblxuICBwcml2YXRlIGZpcmVUaWNrKCk6IHZvaWQge1xuICAgIHRoaXMubmV4dFRpY2tBdCA9IHRoaXMuaG9zdC5ub3dNcyArIHRoaXMudGlja1BlcmlvZE1zO1xuICAgIGlmICh0aGlzLmZhaWxlZCkgcmV0dXJuO1xuICAgIHRoaXMuaW52b2tlKCdwcm94eV9vbl90aWNrJywgeyBjb250ZXh0SWQ6IHRoaXMucm9vdENvbnRleHRJZCwgYnVmZmVyczogbmV3IE1hcCgpIH0sXG4gICAgICAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX3RpY2snLCB0aGlzLnJvb3RDb250ZXh0SWQpKTtcbiAgfVxuXG4gIC8vIC0tLS0gc2hhcmVkIHF1ZXVlcyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgbm90aWZ5UXVldWVSZWFkeShyb290Q29udGV4dElkOiBudW1iZXIsIHRva2VuOiBudW1iZXIpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5mYWlsZWQpIHJldHVybjtcbiAgICB0aGlzLmludm9rZSgncHJveHlfb25fcXVldWVfcmVhZHknLCB7IGNvbnRleHRJZDogcm9vdENvbnRleHRJZCwgYnVmZmVyczogbmV3IE1hcCgpIH0sXG4gICAgICAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX3F1ZXVlX3JlYWR5Jywgcm9vdENvbnRleHRJZCwgdG9rZW4pKTtcbiAgfVxuXG4gIC8vIC0tLS0gSFRUUCBjYWxsb3V0cyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgZGlzcGF0Y2hIdHRwQ2FsbChjbHVzdGVyOiBzdHJpbmcsIGhlYWRlcnM6IEhlYWRlclBhaXJzLCBib2R5OiBVaW50OEFycmF5LCB0cmFpbGVyczogSGVhZGVyUGFpcnMsIHRpbWVvdXRNczogbnVtYmVyKTogeyByZXN1bHQ6IG51bWJlcjsgdG9rZW4/OiBudW1iZXIgfSB7XG4gICAgaWYgKHRpbWVvdXRNcyA8IDApIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5CYWRBcmd1bWVudCB9O1xuICAgIGlmICghdGhpcy5ob3N0Lmhhc0NsdXN0ZXIoY2x1c3RlcikpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5CYWRBcmd1bWVudCB9O1xuICAgIGNvbnN0IG5hbWVzID0gbmV3IFNldChoZWFkZXJzLm1hcCgoW2tdKSA9PiBrLnRvTG93ZXJDYXNlKCkpKTtcbiAgICAvLyBFbnZveSByZWZ1c2VzIGEgY2FsbG91dCB3aXRob3V0IHRoZSBwc2V1ZG8taGVhZGVycyBpdHMgY29kZWMgbmVlZHMuXG4gICAgaWYgKCFuYW1lcy5oYXMoJzpwYXRoJykgfHwgIW5hbWVzLmhhcygnOm1ldGhvZCcpIHx8ICFuYW1lcy5oYXMoJzphdXRob3JpdHknKSkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50IH07XG4gICAgY29uc3QgdG9rZW4gPSB0aGlzLm5leHRDYWxsb3V0VG9rZW4rKztcbiAgICBjb25zdCBjYWxsb3V0OiBDYWxsb3V0ID0ge1xuICAgICAgdG9rZW4sIGNsdXN0ZXIsIGhlYWRlcnMsIGJvZHksIHRyYWlsZXJzLCB0aW1lb3V0TXMsXG4gICAgICAvLyBFbnZveSdzIHRpbWVvdXQgMCBtZWFucyBcIm5vIHRpbWVvdXRcIi5cbiAgICAgIGRlYWRsaW5lOiB0aW1lb3V0TXMgPT09IDAgPyB1bmRlZmluZWQgOiB0aGlzLmhvc3Qubm93TXMgKyB0aW1lb3V0TXMsXG4gICAgICBzZXE6IHRoaXMuaG9zdC5uZXh0U2VxKCksXG4gICAgICByZXNwb25kOiAocmVzcG9uc2UpID0+IHRoaXMuY29tcGxldGVDYWxsb3V0KGNhbGxvdXQsIHJlc3BvbnNlKSxcbiAgICAgIGZhaWw6ICgpID0+IHRoaXMuZmFpbENhbGxvdXQoY2FsbG91dCksXG4gICAgfTtcbiAgICB0aGlzLmNhbGxvdXRzLnNldCh0b2tlbiwgY2FsbG91dCk7XG4gICAgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCB0b2tlbiB9O1xuICB9XG5cbiAgcGVuZGluZ0NhbGxvdXRzKCk6IFBlbmRpbmdDYWxsb3V0W10ge1xuICAgIHJldHVybiBbLi4udGhpcy5jYWxsb3V0cy52YWx1ZXMoKV0ubWFwKCh7IHRva2VuLCBjbHVzdGVyLCBoZWFkZXJzLCBib2R5LCB0cmFpbGVycywgdGltZW91dE1zLCByZXNwb25kLCBmYWlsIH0pID0+XG4gICAgICAoeyB0b2tlbiwgY2x1c3RlciwgaGVhZGVycywgYm9keSwgdHJhaWxlcnMsIHRpbWVvdXRNcywgcmVzcG9uZCwgZmFpbCB9KSk7XG4gIH1cblxuICBwcml2YXRlIHRha2VDYWxsb3V0KGNhbGxvdXQ6IENhbGxvdXQpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jYWxsb3V0cy5nZXQoY2FsbG91dC50b2tlbikgIT09IGNhbGxvdXQpIHtcbiAgICAgIHRocm93IG5ldyBIb3N0RXJyb3IoYGNhbGxvdXQgJHtjYWxsb3V0LnRva2VufSB0byAke2NhbGxvdXQuY2x1c3Rlcn0gd2FzIGFscmVhZHkgYW5zd2VyZWQsIGZhaWxlZCBvciB0aW1lZCBvdXRgKTtcbiAgICB9XG4gICAgdGhpcy5jYWxsb3V0cy5kZWxldGUoY2FsbG91dC50b2tlbik7XG4gIH1cblxuICBwcml2YXRlIGNvbXBsZXRlQ2FsbG91dChjYWxsb3V0OiBDYWxsb3V0LCByZXNwb25zZTogQ2FsbG91dFJlc3BvbnNlKTogdm9pZCB7XG4gICAgaWYgKHR5cGVvZiByZXNwb25zZSAhPT0gJ29iamVjdCcgfHwgcmVzcG9uc2UgPT09IG51bGwpIHRocm93IG5ldyBUeXBlRXJyb3IoJ3Jlc3BvbmQoKSBuZWVkcyB7IGhlYWRlcnMsIGJvZHk/LCB0cmFpbGVycz8gfScpO1xuICAgIHRoaXMudGFrZUNhbGxvdXQoY2FsbG91dCk7XG4gICAgY29uc3QgaGVhZGVycyA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyhyZXNwb25zZS5oZWFkZXJzLCAnY2FsbG91dCByZXNwb25zZSBoZWFkZXJzJykpO1xuICAgIGlmIChoZWFkZXJzLmdldCgnOnN0YXR1cycpID09PSB1bmRlZmluZWQpIGhlYWRlcnMuYWRkKCc6c3RhdHVzJywgJzIwMCcpO1xuICAgIGNvbnN0IGJvZHkgPSB0eXBlb2YgcmVzcG9uc2UuYm9keSA9PT0gJ3N0cmluZycgPyBlbmNvZGVyLmVuY29kZShyZXNwb25zZS5ib2R5KSA6IHJlc3BvbnNlLmJvZHkgPz8gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gICAgY29uc3QgdHJhaWxlcnMgPSBuZXcgSGVhZGVyTWFwKG5vcm1hbGl6ZUhlYWRlcnMocmVzcG9uc2UudHJhaWxlcnMsICdjYWxsb3V0IHJlc3BvbnNlIHRyYWlsZXJzJykpO1xuICAgIHRoaXMuZGVsaXZlckNhbGxvdXRSZXNwb25zZShjYWxsb3V0LnRva2VuLCBoZWFkZXJzLCBib2R5LCB0cmFpbGVycywgeyBjb2RlOiBXYXNtUmVzdWx0Lk9rLCBtZXNzYWdlOiAnJyB9KTtcbiAgfVxuXG4gIHByaXZhdGUgZmFpbENhbGxvdXQoY2FsbG91dDogQ2FsbG91dCk6IHZvaWQge1xuICAgIHRoaXMudGFrZUNhbGxvdXQoY2FsbG91dCk7XG4gICAgdGhpcy5kZWxpdmVyQ2FsbG91dFJlc3BvbnNlKGNhbGxvdXQudG9rZW4sIHVuZGVmaW5lZCwgdW5kZWZpbmVkLCB1bmRlZmluZWQsIHsgY29kZTogV2FzbVJlc3VsdC5Ccm9rZW5Db25uZWN0aW9uLCBtZXNzYWdlOiAncmVzZXQnIH0pO1xuICB9XG5cbiAgLyoqIEVudm95J3Mgcm91dGVyIGFuc3dlcnMgYSB0aW1lZC1vdXQgYXN5bmMgcmVxdWVzdCB3aXRoIGl0cyBvd24gNTA0LiAqL1xuICBwcml2YXRlIHRpbWVPdXQoY2FsbG91dDogQ2FsbG91dCk6IHZvaWQge1xuICAgIHRoaXMudGFrZUNhbGxvdXQoY2FsbG91dCk7XG4gICAgY29uc3QgYm9keSA9IGVuY29kZXIuZW5jb2RlKCd1cHN0cmVhbSByZXF1ZXN0IHRpbWVvdXQnKTtcbiAgICBjb25zdCBoZWFkZXJzID0gbmV3IEhlYWRlck1hcChbWyc6c3RhdHVzJywgJzUwNCddLCBbJ2NvbnRlbnQtbGVuZ3RoJywgU3RyaW5nKGJvZHkubGVuZ3RoKV0sIFsnY29udGVudC10eXBlJywgJ3RleHQvcGxhaW4nXV0pO1xuICAgIHRoaXMuZGVsaXZlckNhbGxvdXRSZXNwb25zZShjYWxsb3V0LnRva2VuLCBoZWFkZXJzLCBib2R5LCBuZXcgSGVhZGVyTWFwKCksIHsgY29kZTogV2FzbVJlc3VsdC5PaywgbWVzc2FnZTogJycgfSk7XG4gIH1cblxuICBwcml2YXRlIGRlbGl2ZXJDYWxsb3V0UmVzcG9uc2UodG9rZW46IG51bWJlciwgaGVhZGVyczogSGVhZGVyTWFwIHwgdW5kZWZpbmVkLCBib2R5OiBVaW50OEFycmF5IHwgdW5kZWZpbmVkLCB0cmFpbGVyczogSGVhZGVyTWFwIHwgdW5kZWZpbmVkLCBzdGF0dXM6IHsgY29kZTogbnVtYmVyOyBtZXNzYWdlOiBzdHJpbmcgfSk6IHZvaWQge1xuICAgIGlmICh0aGlzLmZhaWxlZCkgcmV0dXJuO1xuICAgIGNvbnN0IGJ1ZmZlcnMgPSBuZXcgTWFwPG51bWJlciwgQnVmZmVyQWNjZXNzPigpO1xuICAgIGlmIChib2R5KSBidWZmZXJzLnNldChCdWZmZXJUeXBlLkh0dHBDYWxsUmVzcG9uc2VCb2R5LCB7IGdldDogKCkgPT4gYm9keSB9KTtcbiAgICBjb25zdCBmcmFtZTogRnJhbWUgPSB7IGNvbnRleHRJZDogdGhpcy5yb290Q29udGV4dElkLCBidWZmZXJzLCBzdGF0dXMgfTtcbiAgICB0aGlzLmNhbGxvdXRNYXBzID0geyBoZWFkZXJzLCB0cmFpbGVycyB9O1xuICAgIHRyeSB7XG4gICAgICB0aGlzLmludm9rZSgncHJveHlfb25faHR0cF9jYWxsX3Jlc3BvbnNlJywgZnJhbWUsICgpID0+XG4gICAgICAgIHRoaXMuY2FsbCgncHJveHlfb25faHR0cF9jYWxsX3Jlc3BvbnNlJywgdGhpcy5yb290Q29udGV4dElkLCB0b2tlbiwgaGVhZGVycz8uY291bnQgPz8gMCwgYm9keT8ubGVuZ3RoID8/IDAsIHRyYWlsZXJzPy5jb3VudCA/PyAwKSk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHRoaXMuY2FsbG91dE1hcHMgPSB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBjYWxsb3V0TWFwczogeyBoZWFkZXJzPzogSGVhZGVyTWFwOyB0cmFpbGVycz86IEhlYWRlck1hcCB9IHwgdW5kZWZpbmVkO1xuXG4gIC8vIC0tLS0gZ1JQQyBjYWxsb3V0cyAoZ3JwYy50cykgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIC8qKiBAaW50ZXJuYWwgcHJveHlfZ3JwY19jYWxsOiB0aGUgY2FsbGVyIGlzIHRoZSBjdXJyZW50IChvciBlZmZlY3RpdmUpIGNvbnRleHQuICovXG4gIGRpc3BhdGNoR3JwY0NhbGwoaW5pdDogT21pdDxQZW5kaW5nR3JwY0NhbGwsICd0b2tlbicgfCAncmVzcG9uZCcgfCAnZmFpbCcgfCAnY29udGV4dElkJz4pOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmdycGNDYWxscy5zdGFydCh7IC4uLmluaXQsIGNvbnRleHRJZDogdGhpcy5yZXNvbHZlQ29udGV4dCgpLmlkIH0pO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBwcm94eV9ncnBjX2NhbmNlbCAvIHByb3h5X2dycGNfY2xvc2UuICovXG4gIGNhbmNlbEdycGNDYWxsKHRva2VuOiBudW1iZXIpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5ncnBjQ2FsbHMuY2FuY2VsKHRva2VuKTtcbiAgfVxuXG4gIC8qKiBVbmFyeSBnUlBDIGNhbGxzIHdhaXRpbmcgZm9yIHRoZSB0ZXN0IHRvIHJlc3BvbmQoKSwgZmFpbCgpIG9yIGxldCB0aGVtIHRpbWUgb3V0LiAqL1xuICBwZW5kaW5nR3JwY0NhbGxzKCk6IFBlbmRpbmdHcnBjQ2FsbFtdIHtcbiAgICByZXR1cm4gdGhpcy5ncnBjQ2FsbHMucGVuZGluZygpO1xuICB9XG5cbiAgcHJpdmF0ZSBkZWxpdmVyR3JwYyhjYWxsOiBHcnBjQ2FsbFJlY29yZCwgY2FsbGJhY2s6IHN0cmluZywgYXJnOiBudW1iZXIsIG1lc3NhZ2U6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQsIHN0YXR1czogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9KTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZmFpbGVkKSByZXR1cm47XG4gICAgY29uc3QgYnVmZmVycyA9IG5ldyBNYXA8bnVtYmVyLCBCdWZmZXJBY2Nlc3M+KCk7XG4gICAgaWYgKG1lc3NhZ2UpIGJ1ZmZlcnMuc2V0KEJ1ZmZlclR5cGUuR3JwY1JlY2VpdmVCdWZmZXIsIHsgZ2V0OiAoKSA9PiBtZXNzYWdlIH0pO1xuICAgIHRoaXMuaW52b2tlKGNhbGxiYWNrLCB7IGNvbnRleHRJZDogY2FsbC5jb250ZXh0SWQsIGJ1ZmZlcnMsIHN0YXR1cyB9LCAoKSA9PiB0aGlzLmNhbGwoY2FsbGJhY2ssIGNhbGwuY29udGV4dElkLCBjYWxsLnRva2VuLCBhcmcpKTtcbiAgfVxuXG4gIC8qKiBIZWFkZXIgbWFwcyB0aGF0IGJlbG9uZyB0byB0aGUgVk0gcmF0aGVyIHRoYW4gYSBzdHJlYW0gKGNhbGxvdXQgcmVzcG9uc2VzKS4gKi9cbiAgdm1IZWFkZXJNYXAodHlwZTogbnVtYmVyKTogSGVhZGVyTWFwIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodHlwZSA9PT0gSGVhZGVyTWFwVHlwZS5IdHRwQ2FsbFJlc3BvbnNlSGVhZGVycykgcmV0dXJuIHRoaXMuY2FsbG91dE1hcHM/LmhlYWRlcnM7XG4gICAgaWYgKHR5cGUgPT09IEhlYWRlck1hcFR5cGUuSHR0cENhbGxSZXNwb25zZVRyYWlsZXJzKSByZXR1cm4gdGhpcy5jYWxsb3V0TWFwcz8udHJhaWxlcnM7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuXG4gIC8vIC0tLS0gc2h1dGRvd24gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgLyoqXG4gICAqIFN0b3BzIHRoZSBWTSBhcyBFbnZveSBkb2VzIG9uIGNvbmZpZyByZW1vdmFsOiBwcm94eV9vbl9kb25lIG9uIHRoZSByb290XG4gICAqIGNvbnRleHQsIHRoZW4gcHJveHlfb25fZGVsZXRlLCB1bmxlc3Mgb25fZG9uZSByZXR1cm5lZCBmYWxzZSwgaW4gd2hpY2ggY2FzZVxuICAgKiBkZWxldGlvbiB3YWl0cyBmb3IgdGhlIHBsdWdpbiB0byBjYWxsIHByb3h5X2RvbmUuXG4gICAqL1xuICBzaHV0ZG93bigpOiB2b2lkIHtcbiAgICBjb25zdCBmcmFtZSA9IHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9O1xuICAgIGNvbnN0IGRvbmUgPSB0aGlzLmludm9rZSgncHJveHlfb25fZG9uZScsIGZyYW1lLCAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX2RvbmUnLCB0aGlzLnJvb3RDb250ZXh0SWQpKTtcbiAgICBpZiAoZG9uZSA9PT0gMCkge1xuICAgICAgdGhpcy5wZW5kaW5nUm9vdERvbmUgPSB0cnVlO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICB0aGlzLmRlbGV0ZVJvb3QoKTtcbiAgfVxuXG4gIHByaXZhdGUgZGVsZXRlUm9vdCgpOiB2b2lkIHtcbiAgICB0aGlzLmludm9rZSgncHJveHlfb25fZGVsZXRlJywgeyBjb250ZXh0SWQ6IHRoaXMucm9vdENvbnRleHRJZCwgYnVmZmVyczogbmV3IE1hcCgpIH0sICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fZGVsZXRlJywgdGhpcy5yb290Q29udGV4dElkKSk7XG4gICAgdGhpcy5jb250ZXh0cy5kZWxldGUodGhpcy5yb290Q29udGV4dElkKTtcbiAgICB0aGlzLnRpY2tQZXJpb2RNcyA9IDA7XG4gICAgdGhpcy5uZXh0VGlja0F0ID0gdW5kZWZpbmVkO1xuICB9XG5cbiAgZG9uZSgpOiBudW1iZXIge1xuICAgIGlmICghdGhpcy5wZW5kaW5nUm9vdERvbmUpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgIHRoaXMucGVuZGluZ1Jvb3REb25lID0gZmFsc2U7XG4gICAgdGhpcy5kZWZlcigoKSA9PiB0aGlzLmRlbGV0ZVJvb3QoKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICAvLyAtLS0tIHRlc3QgYWNjZXNzb3JzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIG5ld0h0dHBTdHJlYW0ob3B0aW9ucz86IHsgcHJvcGVydGllcz86IFByb3BlcnR5SW5wdXQgfSkge1xuICAgIHJldHVybiB0aGlzLmhvc3QubmV3SHR0cFN0cmVhbShbdGhpc10sIG9wdGlvbnMpO1xuICB9XG5cbiAgbWVtb3J5UGFnZXMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5tZW1vcnkucGFnZXM7XG4gIH1cblxuICBjb3VudGVyKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljSWRzLnZhbHVlKG5hbWUpO1xuICB9XG5cbiAgbWV0cmljKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljSWRzLnZhbHVlKG5hbWUpO1xuICB9XG5cbiAgaGlzdG9ncmFtKG5hbWU6IHN0cmluZyk6IG51bWJlcltdIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNJZHMuc2FtcGxlcyhuYW1lKTtcbiAgfVxuXG4gIG1ldHJpY3MoKTogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+IHtcbiAgICByZXR1cm4gdGhpcy5tZXRyaWNJZHMuYWxsKCk7XG4gIH1cbn1cbiIsICIvLyBVbmFyeSBnUlBDIGNhbGxvdXRzIChwcm94eV9ncnBjX2NhbGwgLyBwcm94eV9ncnBjX2NhbmNlbCAvIHByb3h5X2dycGNfY2xvc2UpIGFzIEVudm95J3MgV2FzbVxuLy8gQ29udGV4dCBydW5zIHRoZW06IHRoZSBgc2VydmljZWAgYXJndW1lbnQgaXMgYSBzZXJpYWxpemVkIGVudm95LmNvbmZpZy5jb3JlLnYzLkdycGNTZXJ2aWNlIG9yLFxuLy8gd2hlbiBpdCBkb2VzIG5vdCBwYXJzZSBhcyBvbmUsIGEgcGxhaW4gY2x1c3RlciBuYW1lOyBhIGNhbGwgaXMgYW5zd2VyZWQgb24gdGhlIGNvbnRleHQgdGhhdFxuLy8gbWFkZSBpdCwgd2l0aCBwcm94eV9vbl9ncnBjX3JlY2VpdmUgKHN1Y2Nlc3M6IHRoZSBtZXNzYWdlIGluIEdycGNSZWNlaXZlQnVmZmVyKSBvclxuLy8gcHJveHlfb25fZ3JwY19jbG9zZSAoZmFpbHVyZTogdGhlIGdSUEMgc3RhdHVzLCBpdHMgbWVzc2FnZSB0aHJvdWdoIHByb3h5X2dldF9zdGF0dXMpLiBFbnZveSdzXG4vLyB1bmFyeSBjYWxscyBuZXZlciByZXBvcnQgbWV0YWRhdGEsIHNvIG5laXRoZXIgZG9lcyBob3N0LXNpbS4gU3RyZWFtcyBhcmUgbm90IHNpbXVsYXRlZC5cbmltcG9ydCB7IEhvc3RFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB0eXBlIHsgSGVhZGVyUGFpcnMgfSBmcm9tICcuL3BhaXJzLnRzJztcblxuLyoqIGdSUEMgc3RhdHVzIGNvZGVzIGhvc3Qtc2ltIHByb2R1Y2VzIGl0c2VsZi4gKi9cbmV4cG9ydCBjb25zdCBHcnBjU3RhdHVzID0geyBPazogMCwgQ2FuY2VsbGVkOiAxLCBEZWFkbGluZUV4Y2VlZGVkOiA0LCBVbmF2YWlsYWJsZTogMTQgfSBhcyBjb25zdDtcblxuZXhwb3J0IGludGVyZmFjZSBHcnBjUmVwbHkge1xuICAvKiogVGhlIHJlc3BvbnNlIG1lc3NhZ2UgKHNlcmlhbGl6ZWQgcHJvdG9idWYpLiAqL1xuICBtZXNzYWdlOiBVaW50OEFycmF5O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEdycGNGYWlsdXJlIHtcbiAgLyoqIEEgbm9uLXplcm8gZ1JQQyBzdGF0dXMgY29kZS4gKi9cbiAgc3RhdHVzOiBudW1iZXI7XG4gIG1lc3NhZ2U/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGVuZGluZ0dycGNDYWxsIHtcbiAgdG9rZW46IG51bWJlcjtcbiAgLyoqIFRoZSBjbHVzdGVyIHRoZSBHcnBjU2VydmljZSAob3IgcGxhaW4gbmFtZSkgZGVzaWduYXRlcy4gKi9cbiAgY2x1c3Rlcjogc3RyaW5nO1xuICAvKiogVGhlIHJhdyBgc2VydmljZWAgYXJndW1lbnQsIGFzIHRoZSBtb2R1bGUgcGFzc2VkIGl0LiAqL1xuICBncnBjU2VydmljZTogVWludDhBcnJheTtcbiAgc2VydmljZU5hbWU6IHN0cmluZztcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIG1ldGFkYXRhOiBIZWFkZXJQYWlycztcbiAgbWVzc2FnZTogVWludDhBcnJheTtcbiAgdGltZW91dE1zOiBudW1iZXI7XG4gIC8qKiBUaGUgY29udGV4dCB0aGF0IG1hZGUgdGhlIGNhbGwgKGl0IGdldHMgdGhlIGFuc3dlcikuICovXG4gIGNvbnRleHRJZDogbnVtYmVyO1xuICByZXNwb25kKHJlcGx5OiBHcnBjUmVwbHkpOiB2b2lkO1xuICBmYWlsKGZhaWx1cmU6IEdycGNGYWlsdXJlKTogdm9pZDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBHcnBjQ2FsbFJlY29yZCBleHRlbmRzIFBlbmRpbmdHcnBjQ2FsbCB7XG4gIGRlYWRsaW5lOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIHNlcTogbnVtYmVyO1xufVxuXG4vKiogV2hhdCB0aGUgVk0gZ2l2ZXMgdGhlIGNhbGwgdGFibGU6IGRlbGl2ZXJ5IGludG8gdGhlIGd1ZXN0IGFuZCBjb250ZXh0IGxpdmVuZXNzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBHcnBjQ2FsbE93bmVyIHtcbiAgbm93TXMoKTogbnVtYmVyO1xuICBuZXh0U2VxKCk6IG51bWJlcjtcbiAgaGFzQ29udGV4dChpZDogbnVtYmVyKTogYm9vbGVhbjtcbiAgZGVsaXZlckdycGNSZWNlaXZlKGNhbGw6IEdycGNDYWxsUmVjb3JkLCBtZXNzYWdlOiBVaW50OEFycmF5KTogdm9pZDtcbiAgZGVsaXZlckdycGNDbG9zZShjYWxsOiBHcnBjQ2FsbFJlY29yZCwgc3RhdHVzOiBudW1iZXIsIG1lc3NhZ2U6IHN0cmluZyk6IHZvaWQ7XG59XG5cbi8qKlxuICogUmVhZHMgYGVudm95X2dycGMuY2x1c3Rlcl9uYW1lYCAoR3JwY1NlcnZpY2UgZmllbGQgMSBcdTIxOTIgRW52b3lHcnBjIGZpZWxkIDEpIGZyb20gYSBzZXJpYWxpemVkXG4gKiBHcnBjU2VydmljZS4gUmV0dXJucyB1bmRlZmluZWQgd2hlbiB0aGUgYnl0ZXMgYXJlIG5vdCBhIHdlbGwtZm9ybWVkIG1lc3NhZ2UgbmFtaW5nIGEgY2x1c3RlcixcbiAqIHdoaWNoIGlzIHdoZW4gRW52b3kgZmFsbHMgYmFjayB0byByZWFkaW5nIHRoZW0gYXMgYSBjbHVzdGVyIG5hbWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbHVzdGVyRnJvbUdycGNTZXJ2aWNlKGJ5dGVzOiBVaW50OEFycmF5KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZW52b3lHcnBjID0gbGVuZ3RoRGVsaW1pdGVkRmllbGQoYnl0ZXMsIDEpO1xuICBpZiAoZW52b3lHcnBjID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG5hbWUgPSBsZW5ndGhEZWxpbWl0ZWRGaWVsZChlbnZveUdycGMsIDEpO1xuICBpZiAobmFtZSA9PT0gdW5kZWZpbmVkIHx8IG5hbWUubGVuZ3RoID09PSAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gbmV3IFRleHREZWNvZGVyKCd1dGYtOCcsIHsgZmF0YWw6IHRydWUgfSkuZGVjb2RlKG5hbWUpO1xufVxuXG4vKiogVGhlIGxhc3Qgb2NjdXJyZW5jZSBvZiBhIGxlbmd0aC1kZWxpbWl0ZWQgZmllbGQsIG9yIHVuZGVmaW5lZCBpZiBhYnNlbnQgb3IgbWFsZm9ybWVkLiAqL1xuZnVuY3Rpb24gbGVuZ3RoRGVsaW1pdGVkRmllbGQoYnl0ZXM6IFVpbnQ4QXJyYXksIGZpZWxkOiBudW1iZXIpOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgbGV0IHBvcyA9IDA7XG4gIGxldCBmb3VuZDogVWludDhBcnJheSB8IHVuZGVmaW5lZDtcbiAgY29uc3QgdmFyaW50ID0gKCk6IG51bWJlciB8IHVuZGVmaW5lZCA9PiB7XG4gICAgbGV0IHZhbHVlID0gMDtcbiAgICBmb3IgKGxldCBzaGlmdCA9IDA7IHNoaWZ0IDwgMzU7IHNoaWZ0ICs9IDcpIHtcbiAgICAgIGlmIChwb3MgPj0gYnl0ZXMubGVuZ3RoKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgY29uc3QgYiA9IGJ5dGVzW3BvcysrXSE7XG4gICAgICB2YWx1ZSArPSAoYiAmIDB4N2YpICogMiAqKiBzaGlmdDtcbiAgICAgIGlmICgoYiAmIDB4ODApID09PSAwKSByZXR1cm4gdmFsdWU7XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH07XG4gIHdoaWxlIChwb3MgPCBieXRlcy5sZW5ndGgpIHtcbiAgICBjb25zdCBrZXkgPSB2YXJpbnQoKTtcbiAgICBpZiAoa2V5ID09PSB1bmRlZmluZWQgfHwga2V5IDwgOCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCB3aXJlID0ga2V5ICYgNztcbiAgICBjb25zdCBudW1iZXIgPSBNYXRoLmZsb29yKGtleSAvIDgpO1xuICAgIGlmICh3aXJlID09PSAwKSB7XG4gICAgICBpZiAodmFyaW50KCkgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9IGVsc2UgaWYgKHdpcmUgPT09IDEgfHwgd2lyZSA9PT0gNSkge1xuICAgICAgcG9zICs9IHdpcmUgPT09IDEgPyA4IDogNDtcbiAgICAgIGlmIChwb3MgPiBieXRlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfSBlbHNlIGlmICh3aXJlID09PSAyKSB7XG4gICAgICBjb25zdCBsZW4gPSB2YXJpbnQoKTtcbiAgICAgIGlmIChsZW4gPT09IHVuZGVmaW5lZCB8fCBwb3MgKyBsZW4gPiBieXRlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICBpZiAobnVtYmVyID09PSBmaWVsZCkgZm91bmQgPSBieXRlcy5zdWJhcnJheShwb3MsIHBvcyArIGxlbik7XG4gICAgICBwb3MgKz0gbGVuO1xuICAgIH0gZWxzZSB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfVxuICByZXR1cm4gZm91bmQ7XG59XG5cbmV4cG9ydCBjbGFzcyBHcnBjQ2FsbHMge1xuICBwcml2YXRlIHJlYWRvbmx5IGNhbGxzID0gbmV3IE1hcDxudW1iZXIsIEdycGNDYWxsUmVjb3JkPigpO1xuICAvLyBFbnZveSBudW1iZXJzIHVuYXJ5IGNhbGxzIHdpdGggb2RkIHRva2VucyBhbmQgc3RyZWFtcyB3aXRoIGV2ZW4gb25lcy5cbiAgcHJpdmF0ZSBuZXh0VG9rZW4gPSAxO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgb3duZXI6IEdycGNDYWxsT3duZXIpIHt9XG5cbiAgc3RhcnQoaW5pdDogT21pdDxQZW5kaW5nR3JwY0NhbGwsICd0b2tlbicgfCAncmVzcG9uZCcgfCAnZmFpbCc+KTogbnVtYmVyIHtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMubmV4dFRva2VuO1xuICAgIHRoaXMubmV4dFRva2VuICs9IDI7XG4gICAgY29uc3QgY2FsbDogR3JwY0NhbGxSZWNvcmQgPSB7XG4gICAgICAuLi5pbml0LFxuICAgICAgdG9rZW4sXG4gICAgICAvLyBFbnZveSdzIHRpbWVvdXQgMCBtZWFucyBcIm5vIHRpbWVvdXRcIi5cbiAgICAgIGRlYWRsaW5lOiBpbml0LnRpbWVvdXRNcyA9PT0gMCA/IHVuZGVmaW5lZCA6IHRoaXMub3duZXIubm93TXMoKSArIGluaXQudGltZW91dE1zLFxuICAgICAgc2VxOiB0aGlzLm93bmVyLm5leHRTZXEoKSxcbiAgICAgIHJlc3BvbmQ6IChyZXBseSkgPT4gdGhpcy5yZXNwb25kKGNhbGwsIHJlcGx5KSxcbiAgICAgIGZhaWw6IChmYWlsdXJlKSA9PiB0aGlzLmZhaWwoY2FsbCwgZmFpbHVyZSksXG4gICAgfTtcbiAgICB0aGlzLmNhbGxzLnNldCh0b2tlbiwgY2FsbCk7XG4gICAgcmV0dXJuIHRva2VuO1xuICB9XG5cbiAgLyoqIHByb3h5X2dycGNfY2FuY2VsIGFuZCBwcm94eV9ncnBjX2Nsb3NlIG9uIGEgdW5hcnkgY2FsbDogZm9yZ2V0IGl0LCBubyBjYWxsYmFjay4gKi9cbiAgY2FuY2VsKHRva2VuOiBudW1iZXIpOiBib29sZWFuIHtcbiAgICBjb25zdCBjYWxsID0gdGhpcy5jYWxscy5nZXQodG9rZW4pO1xuICAgIGlmICghY2FsbCB8fCAhdGhpcy5vd25lci5oYXNDb250ZXh0KGNhbGwuY29udGV4dElkKSkgcmV0dXJuIGZhbHNlO1xuICAgIHRoaXMuY2FsbHMuZGVsZXRlKHRva2VuKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIHBlbmRpbmcoKTogUGVuZGluZ0dycGNDYWxsW10ge1xuICAgIHRoaXMuZHJvcE9ycGhhbnMoKTtcbiAgICByZXR1cm4gWy4uLnRoaXMuY2FsbHMudmFsdWVzKCldLm1hcCgoeyBkZWFkbGluZTogX2QsIHNlcTogX3MsIC4uLmNhbGwgfSkgPT4gY2FsbCk7XG4gIH1cblxuICAvKiogVGhlIGVhcmxpZXN0IHRpbWVvdXQsIGZvciB0aGUgaG9zdCdzIHZpcnR1YWwgY2xvY2suICovXG4gIG5leHREZWFkbGluZSgpOiB7IGF0OiBudW1iZXI7IHNlcTogbnVtYmVyOyBmaXJlOiAoKSA9PiB2b2lkIH0gfCB1bmRlZmluZWQge1xuICAgIHRoaXMuZHJvcE9ycGhhbnMoKTtcbiAgICBsZXQgYmVzdDogR3JwY0NhbGxSZWNvcmQgfCB1bmRlZmluZWQ7XG4gICAgZm9yIChjb25zdCBjIG9mIHRoaXMuY2FsbHMudmFsdWVzKCkpIHtcbiAgICAgIGlmIChjLmRlYWRsaW5lID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgICAgaWYgKCFiZXN0IHx8IGMuZGVhZGxpbmUgPCBiZXN0LmRlYWRsaW5lISB8fCAoYy5kZWFkbGluZSA9PT0gYmVzdC5kZWFkbGluZSAmJiBjLnNlcSA8IGJlc3Quc2VxKSkgYmVzdCA9IGM7XG4gICAgfVxuICAgIGlmICghYmVzdCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBjYWxsID0gYmVzdDtcbiAgICByZXR1cm4ge1xuICAgICAgYXQ6IGNhbGwuZGVhZGxpbmUhLCBzZXE6IGNhbGwuc2VxLFxuICAgICAgZmlyZTogKCkgPT4ge1xuICAgICAgICB0aGlzLnRha2UoY2FsbCk7XG4gICAgICAgIHRoaXMub3duZXIuZGVsaXZlckdycGNDbG9zZShjYWxsLCBHcnBjU3RhdHVzLkRlYWRsaW5lRXhjZWVkZWQsICd1cHN0cmVhbSByZXF1ZXN0IHRpbWVvdXQnKTtcbiAgICAgIH0sXG4gICAgfTtcbiAgfVxuXG4gIC8vIEVudm95IGNhbmNlbHMgYSBjb250ZXh0J3Mgb3V0c3RhbmRpbmcgY2FsbHMgd2hlbiB0aGUgY29udGV4dCBpcyBkZXN0cm95ZWQuXG4gIHByaXZhdGUgZHJvcE9ycGhhbnMoKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBbdG9rZW4sIGNhbGxdIG9mIHRoaXMuY2FsbHMpIGlmICghdGhpcy5vd25lci5oYXNDb250ZXh0KGNhbGwuY29udGV4dElkKSkgdGhpcy5jYWxscy5kZWxldGUodG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSB0YWtlKGNhbGw6IEdycGNDYWxsUmVjb3JkKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY2FsbHMuZ2V0KGNhbGwudG9rZW4pICE9PSBjYWxsIHx8ICF0aGlzLm93bmVyLmhhc0NvbnRleHQoY2FsbC5jb250ZXh0SWQpKSB7XG4gICAgICB0aGlzLmNhbGxzLmRlbGV0ZShjYWxsLnRva2VuKTtcbiAgICAgIHRocm93IG5ldyBIb3N0RXJyb3IoYGdSUEMgY2FsbCAke2NhbGwudG9rZW59IHRvICR7Y2FsbC5jbHVzdGVyfSB3YXMgYWxyZWFkeSBhbnN3ZXJlZCwgZmFpbGVkLCBjYW5jZWxsZWQsIHRpbWVkIG91dCwgb3IgaXRzIGNvbnRleHQgaXMgZ29uZWApO1xuICAgIH1cbiAgICB0aGlzLmNhbGxzLmRlbGV0ZShjYWxsLnRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcmVzcG9uZChjYWxsOiBHcnBjQ2FsbFJlY29yZCwgcmVwbHk6IEdycGNSZXBseSk6IHZvaWQge1xuICAgIGlmICh0eXBlb2YgcmVwbHkgIT09ICdvYmplY3QnIHx8IHJlcGx5ID09PSBudWxsIHx8ICEocmVwbHkubWVzc2FnZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpKSB7XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdyZXNwb25kKCkgbmVlZHMgeyBtZXNzYWdlOiBVaW50OEFycmF5IH0nKTtcbiAgICB9XG4gICAgdGhpcy50YWtlKGNhbGwpO1xuICAgIHRoaXMub3duZXIuZGVsaXZlckdycGNSZWNlaXZlKGNhbGwsIHJlcGx5Lm1lc3NhZ2UpO1xuICB9XG5cbiAgcHJpdmF0ZSBmYWlsKGNhbGw6IEdycGNDYWxsUmVjb3JkLCBmYWlsdXJlOiBHcnBjRmFpbHVyZSk6IHZvaWQge1xuICAgIGlmICh0eXBlb2YgZmFpbHVyZSAhPT0gJ29iamVjdCcgfHwgZmFpbHVyZSA9PT0gbnVsbCB8fCAhTnVtYmVyLmlzSW50ZWdlcihmYWlsdXJlLnN0YXR1cykgfHwgZmFpbHVyZS5zdGF0dXMgPD0gMCB8fCBmYWlsdXJlLnN0YXR1cyA+IDE2KSB7XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdmYWlsKCkgbmVlZHMgeyBzdGF0dXM6IDEuLjE2LCBtZXNzYWdlPyB9IChhIGZhaWxlZCBjYWxsIG5ldmVyIGhhcyBzdGF0dXMgMCknKTtcbiAgICB9XG4gICAgdGhpcy50YWtlKGNhbGwpO1xuICAgIHRoaXMub3duZXIuZGVsaXZlckdycGNDbG9zZShjYWxsLCBmYWlsdXJlLnN0YXR1cywgZmFpbHVyZS5tZXNzYWdlID8/ICcnKTtcbiAgfVxufVxuIiwgIi8vIFRoZSBlbnYucHJveHlfKiBmdW5jdGlvbnMgb2YgQUJJIDAuMi4xLCBlYWNoIGJlaGF2aW5nIGFzIHByb3h5LXdhc20tY3BwLWhvc3Qnc1xuLy8gZXhwb3J0cy5jYyBwbHVzIEVudm95J3MgQ29udGV4dCBkby4gVGhleSByZXNvbHZlIHRoZSBjYWxsaW5nIGNvbnRleHQgKG9yIHRoZVxuLy8gZWZmZWN0aXZlIG9uZSkgdGhyb3VnaCB0aGUgVm0gYW5kIGFjdCBvbiB0aGUgc3RyZWFtIHNsb3QgaXQgYmVsb25ncyB0by5cbmltcG9ydCB7XG4gIEJVRkZFUl9UWVBFX01BWCwgSEVBREVSX01BUF9UWVBFX01BWCwgSGVhZGVyTWFwVHlwZSwgTE9HX0xFVkVMUywgU1RSRUFNX1RZUEVfTUFYLCBXYXNtUmVzdWx0LFxufSBmcm9tICcuL2FiaS50cyc7XG5pbXBvcnQgeyBjbHVzdGVyRnJvbUdycGNTZXJ2aWNlIH0gZnJvbSAnLi9ncnBjLnRzJztcbmltcG9ydCB7IGRlY29kZVBhaXJzIH0gZnJvbSAnLi9wYWlycy50cyc7XG5pbXBvcnQgeyByZXNvbHZlUHJvcGVydHkgfSBmcm9tICcuL3Byb3BlcnRpZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBWbSB9IGZyb20gJy4vdm0udHMnO1xuXG50eXBlIEZuID0gKC4uLmFyZ3M6IG5ldmVyW10pID0+IHVua25vd247XG5cbmV4cG9ydCBmdW5jdGlvbiBwcm94eUltcG9ydHModm06IFZtKTogUmVjb3JkPHN0cmluZywgRm4+IHtcbiAgY29uc3QgbSA9IHZtLm1lbW9yeTtcbiAgY29uc3Qgc3RyID0gKHB0cjogbnVtYmVyLCBsZW46IG51bWJlcikgPT4gbS5yZWFkU3RyaW5nKHB0ciwgbGVuKTtcblxuICBjb25zdCBoZWFkZXJNYXAgPSAodHlwZTogbnVtYmVyKSA9PlxuICAgIHR5cGUgPj0gSGVhZGVyTWFwVHlwZS5IdHRwQ2FsbFJlc3BvbnNlSGVhZGVycyA/IHZtLnZtSGVhZGVyTWFwKHR5cGUpIDogdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90Py5oZWFkZXJNYXAodHlwZSk7XG5cbiAgY29uc3QgY2FsbHM6IFJlY29yZDxzdHJpbmcsICguLi5hcmdzOiBhbnlbXSkgPT4gdW5rbm93bj4gPSB7XG4gICAgcHJveHlfbG9nKGxldmVsOiBudW1iZXIsIHB0cjogbnVtYmVyLCBzaXplOiBudW1iZXIpIHtcbiAgICAgIGlmIChsZXZlbCA8IDAgfHwgbGV2ZWwgPj0gTE9HX0xFVkVMUy5sZW5ndGgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3QgbWVzc2FnZSA9IHN0cihwdHIsIHNpemUpO1xuICAgICAgaWYgKG1lc3NhZ2UgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHZtLmxvZyhMT0dfTEVWRUxTW2xldmVsXSEsIG1lc3NhZ2UpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfbG9nX2xldmVsKHB0cjogbnVtYmVyKSB7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihwdHIsIHZtLmxvZ0xldmVsSW5kZXgpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X2dldF9jdXJyZW50X3RpbWVfbmFub3NlY29uZHMocHRyOiBudW1iZXIpIHtcbiAgICAgIHJldHVybiBtLndyaXRlVTY0KHB0ciwgdm0uaG9zdC5yZWFsdGltZU5zKCkpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF90aWNrX3BlcmlvZF9taWxsaXNlY29uZHMocGVyaW9kOiBudW1iZXIpIHtcbiAgICAgIHZtLnNldFRpY2tQZXJpb2QocGVyaW9kID4+PiAwKTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X3N0YXR1cyhjb2RlUHRyOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IHZtLmN1cnJlbnRTdGF0dXMoKTtcbiAgICAgIGlmICghbS53cml0ZVUzMihjb2RlUHRyLCBzdGF0dXMuY29kZSkpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICByZXR1cm4gbS5jb3B5VG9Qb2ludGVyU2l6ZShuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUoc3RhdHVzLm1lc3NhZ2UpLCBwdHJQdHIsIHNpemVQdHIpXG4gICAgICAgID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9lZmZlY3RpdmVfY29udGV4dChjb250ZXh0SWQ6IG51bWJlcikge1xuICAgICAgcmV0dXJuIHZtLnNldEVmZmVjdGl2ZUNvbnRleHQoY29udGV4dElkID4+PiAwKTtcbiAgICB9LFxuICAgIHByb3h5X2RvbmUoKSB7XG4gICAgICByZXR1cm4gdm0uZG9uZSgpO1xuICAgIH0sXG4gICAgcHJveHlfY2FsbF9mb3JlaWduX2Z1bmN0aW9uKG5hbWVQdHI6IG51bWJlciwgbmFtZVNpemU6IG51bWJlciwgYXJnUHRyOiBudW1iZXIsIGFyZ1NpemU6IG51bWJlcikge1xuICAgICAgLy8gRW52b3kgb25seSBrbm93cyB0aGUgZm9yZWlnbiBmdW5jdGlvbnMgaXRzIGJ1aWxkIHJlZ2lzdGVyczsgaG9zdC1zaW0gcmVnaXN0ZXJzIG5vbmUuXG4gICAgICBpZiAoc3RyKG5hbWVQdHIsIG5hbWVTaXplKSA9PT0gdW5kZWZpbmVkIHx8IG0ucmVhZChhcmdQdHIsIGFyZ1NpemUpID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICB9LFxuXG4gICAgLy8gUHJvcGVydGllcy5cbiAgICBwcm94eV9nZXRfcHJvcGVydHkocGF0aFB0cjogbnVtYmVyLCBwYXRoU2l6ZTogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBwYXRoID0gc3RyKHBhdGhQdHIsIHBhdGhTaXplKTtcbiAgICAgIGlmIChwYXRoID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB2YWx1ZSA9IHJlc29sdmVQcm9wZXJ0eShwYXRoLCB2bS5wcm9wZXJ0eVNjb3BlKCkpO1xuICAgICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgcmV0dXJuIG0uY29weVRvUG9pbnRlclNpemUodmFsdWUsIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfc2V0X3Byb3BlcnR5KGtleVB0cjogbnVtYmVyLCBrZXlTaXplOiBudW1iZXIsIHZhbHVlUHRyOiBudW1iZXIsIHZhbHVlU2l6ZTogbnVtYmVyKSB7XG4gICAgICBjb25zdCBrZXkgPSBzdHIoa2V5UHRyLCBrZXlTaXplKTtcbiAgICAgIGNvbnN0IHZhbHVlID0gbS5yZWFkKHZhbHVlUHRyLCB2YWx1ZVNpemUpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgLy8gRmlsdGVyIHN0YXRlIGxpdmVzIG9uIGEgc3RyZWFtOyBhIHJvb3QgY29udGV4dCBoYXMgbm9uZSB0byB3cml0ZSB0by5cbiAgICAgIGlmICghc2xvdCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICBzbG90LnN0cmVhbS5maWx0ZXJTdGF0ZS5zZXQoa2V5LCB2YWx1ZSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuXG4gICAgLy8gSGVhZGVyIG1hcHMuXG4gICAgcHJveHlfYWRkX2hlYWRlcl9tYXBfdmFsdWUodHlwZTogbnVtYmVyLCBrcDogbnVtYmVyLCBrczogbnVtYmVyLCB2cDogbnVtYmVyLCB2czogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEhFQURFUl9NQVBfVFlQRV9NQVgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3Qga2V5ID0gc3RyKGtwLCBrcyk7XG4gICAgICBjb25zdCB2YWx1ZSA9IHN0cih2cCwgdnMpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBtYXAuYWRkKGtleSwgdmFsdWUpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfaGVhZGVyX21hcF92YWx1ZSh0eXBlOiBudW1iZXIsIGtwOiBudW1iZXIsIGtzOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBrZXkgPSBzdHIoa3AsIGtzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IHZhbHVlID0gbWFwLmdldChrZXkpO1xuICAgICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgcmV0dXJuIG0uY29weVRvUG9pbnRlclNpemUoQnVmZmVyLmZyb20odmFsdWUsICd1dGY4JyksIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfcmVwbGFjZV9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBzdHIodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLnJlcGxhY2Uoa2V5LCB2YWx1ZSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X3JlbW92ZV9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLnJlbW92ZShrZXkpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfaGVhZGVyX21hcF9wYWlycyh0eXBlOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICByZXR1cm4gbS5jb3B5VG9Qb2ludGVyU2l6ZShtYXAuc2VyaWFsaXplZCgpLCBwdHJQdHIsIHNpemVQdHIpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9oZWFkZXJfbWFwX3BhaXJzKHR5cGU6IG51bWJlciwgcHRyOiBudW1iZXIsIHNpemU6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGJ5dGVzID0gbS5yZWFkKHB0ciwgc2l6ZSk7XG4gICAgICBpZiAoYnl0ZXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIC8vIEVudm95J3MgdG9QYWlycyB0dXJucyBhIG1hbGZvcm1lZCBidWZmZXIgaW50byBhbiBlbXB0eSBtYXAuXG4gICAgICBtYXAuc2V0QWxsKGRlY29kZVBhaXJzKGJ5dGVzKSA/PyBbXSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dldF9oZWFkZXJfbWFwX3NpemUodHlwZTogbnVtYmVyLCByZXN1bHRQdHI6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKHJlc3VsdFB0ciwgbWFwLmJ5dGVTaXplKCkpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuXG4gICAgLy8gQnVmZmVycy5cbiAgICBwcm94eV9nZXRfYnVmZmVyX2J5dGVzKHR5cGU6IG51bWJlciwgc3RhcnQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gQlVGRkVSX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGJ1ZmZlciA9IHZtLmJ1ZmZlcih0eXBlKTtcbiAgICAgIGlmICghYnVmZmVyKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIGNvbnN0IHMgPSBzdGFydCA+Pj4gMDtcbiAgICAgIGxldCBsID0gbGVuZ3RoID4+PiAwO1xuICAgICAgaWYgKHMgKyBsID4gMHhmZmZmZmZmZikgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBieXRlcyA9IGJ1ZmZlci5nZXQoKTtcbiAgICAgIGlmIChzID4gYnl0ZXMubGVuZ3RoKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgaWYgKHMgKyBsID4gYnl0ZXMubGVuZ3RoKSBsID0gYnl0ZXMubGVuZ3RoIC0gcztcbiAgICAgIC8vIEVudm95IGxlYXZlcyB0aGUgb3V0LXBvaW50ZXJzIHVudG91Y2hlZCB3aGVuIHRoZXJlIGlzIG5vdGhpbmcgdG8gY29weS5cbiAgICAgIGlmIChsID09PSAwKSByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKGJ5dGVzLnN1YmFycmF5KHMsIHMgKyBsKSwgcHRyUHRyLCBzaXplUHRyKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfYnVmZmVyX3N0YXR1cyh0eXBlOiBudW1iZXIsIGxlbmd0aFB0cjogbnVtYmVyLCBmbGFnc1B0cjogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEJVRkZFUl9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBidWZmZXIgPSB2bS5idWZmZXIodHlwZSk7XG4gICAgICBpZiAoIWJ1ZmZlcikgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihsZW5ndGhQdHIsIGJ1ZmZlci5nZXQoKS5sZW5ndGgpICYmIG0ud3JpdGVVMzIoZmxhZ3NQdHIsIDApID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9idWZmZXJfYnl0ZXModHlwZTogbnVtYmVyLCBzdGFydDogbnVtYmVyLCBsZW5ndGg6IG51bWJlciwgZGF0YVB0cjogbnVtYmVyLCBkYXRhU2l6ZTogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEJVRkZFUl9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBidWZmZXIgPSB2bS5idWZmZXIodHlwZSk7XG4gICAgICBpZiAoIWJ1ZmZlciB8fCAhYnVmZmVyLnNldCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICBjb25zdCBkYXRhID0gbS5yZWFkKGRhdGFQdHIsIGRhdGFTaXplKTtcbiAgICAgIGlmIChkYXRhID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBjdXJyZW50ID0gYnVmZmVyLmdldCgpO1xuICAgICAgY29uc3QgcyA9IHN0YXJ0ID4+PiAwO1xuICAgICAgLy8gRW52b3kncyBCdWZmZXI6OmNvcHlGcm9tOiBzdGFydCAwIGRyYWlucyBgbGVuZ3RoYCBieXRlcyB0aGVuIHByZXBlbmRzO1xuICAgICAgLy8gc3RhcnQgYXQgb3IgcGFzdCB0aGUgZW5kIGFwcGVuZHM7IGFueXRoaW5nIGVsc2UgaXMgcmVmdXNlZC5cbiAgICAgIGlmIChzID09PSAwKSB7XG4gICAgICAgIGNvbnN0IGRyYWluZWQgPSBjdXJyZW50LnN1YmFycmF5KE1hdGgubWluKGxlbmd0aCA+Pj4gMCwgY3VycmVudC5sZW5ndGgpKTtcbiAgICAgICAgYnVmZmVyLnNldChjb25jYXQoZGF0YSwgZHJhaW5lZCkpO1xuICAgICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICAgIH1cbiAgICAgIGlmIChzID49IGN1cnJlbnQubGVuZ3RoKSB7XG4gICAgICAgIGJ1ZmZlci5zZXQoY29uY2F0KGN1cnJlbnQsIGRhdGEpKTtcbiAgICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgICB9XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICB9LFxuXG4gICAgLy8gU3RyZWFtIGNvbnRyb2wuXG4gICAgcHJveHlfc2VuZF9sb2NhbF9yZXNwb25zZShzdGF0dXM6IG51bWJlciwgZGV0YWlsc1B0cjogbnVtYmVyLCBkZXRhaWxzU2l6ZTogbnVtYmVyLCBib2R5UHRyOiBudW1iZXIsIGJvZHlTaXplOiBudW1iZXIsIGhlYWRlcnNQdHI6IG51bWJlciwgaGVhZGVyc1NpemU6IG51bWJlciwgZ3JwY1N0YXR1czogbnVtYmVyKSB7XG4gICAgICBjb25zdCBkZXRhaWxzID0gc3RyKGRldGFpbHNQdHIsIGRldGFpbHNTaXplKTtcbiAgICAgIGNvbnN0IGJvZHkgPSBtLnJlYWQoYm9keVB0ciwgYm9keVNpemUpO1xuICAgICAgY29uc3QgaGVhZGVyQnl0ZXMgPSBtLnJlYWQoaGVhZGVyc1B0ciwgaGVhZGVyc1NpemUpO1xuICAgICAgaWYgKGRldGFpbHMgPT09IHVuZGVmaW5lZCB8fCBib2R5ID09PSB1bmRlZmluZWQgfHwgaGVhZGVyQnl0ZXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHZtLnN0b3BOZXh0SXRlcmF0aW9uKCk7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5PazsgLy8gRW52b3kgaWdub3JlcyBpdCB3aXRob3V0IGRlY29kZXIgY2FsbGJhY2tzIChyb290IGNvbnRleHQpLlxuICAgICAgc2xvdC5yZXF1ZXN0TG9jYWxSZXNwb25zZSh7XG4gICAgICAgIHN0YXR1czogc3RhdHVzID4+PiAwLFxuICAgICAgICBkZXRhaWxzOiBkZXRhaWxzLnJlcGxhY2UoL1xccy9nLCAnXycpLFxuICAgICAgICBib2R5LFxuICAgICAgICBoZWFkZXJzOiBkZWNvZGVQYWlycyhoZWFkZXJCeXRlcykgPz8gW10sXG4gICAgICAgIGdycGNTdGF0dXM6IGdycGNTdGF0dXMgfCAwLFxuICAgICAgfSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2NvbnRpbnVlX3N0cmVhbSh0eXBlOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gU1RSRUFNX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IHNsb3QgPSB2bS5yZXNvbHZlQ29udGV4dCgpLnNsb3Q7XG4gICAgICBpZiAoIXNsb3QpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgcmV0dXJuIHNsb3QuY29udGludWVTdHJlYW0odHlwZSk7XG4gICAgfSxcbiAgICBwcm94eV9jbG9zZV9zdHJlYW0odHlwZTogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IFNUUkVBTV9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBzbG90LmNsb3NlU3RyZWFtKHR5cGUpO1xuICAgIH0sXG4gICAgcHJveHlfY2xlYXJfcm91dGVfY2FjaGUoKSB7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuXG4gICAgLy8gU2hhcmVkIGRhdGEgYW5kIHF1ZXVlcy5cbiAgICBwcm94eV9nZXRfc2hhcmVkX2RhdGEoa3A6IG51bWJlciwga3M6IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlciwgY2FzUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgZW50cnkgPSB2bS5ob3N0LnNoYXJlZERhdGEubG9va3VwKHZtLnZtSWQsIGtleSk7XG4gICAgICBpZiAoIWVudHJ5KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIGlmICghbS5jb3B5VG9Qb2ludGVyU2l6ZShlbnRyeS52YWx1ZSwgcHRyUHRyLCBzaXplUHRyKSkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKGNhc1B0ciwgZW50cnkuY2FzKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfc2hhcmVkX2RhdGEoa3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlciwgY2FzOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBtLnJlYWQodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgcmV0dXJuIHZtLmhvc3Quc2hhcmVkRGF0YS5zdG9yZSh2bS52bUlkLCBrZXksIHZhbHVlLCBjYXMgPj4+IDApO1xuICAgIH0sXG4gICAgcHJveHlfcmVnaXN0ZXJfc2hhcmVkX3F1ZXVlKG5wOiBudW1iZXIsIG5zOiBudW1iZXIsIHRva2VuUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IG5hbWUgPSBzdHIobnAsIG5zKTtcbiAgICAgIGlmIChuYW1lID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB0b2tlbiA9IHZtLmhvc3QucXVldWVzLnJlZ2lzdGVyKHZtLnZtSWQsIG5hbWUsIHZtLCB2bS5yZXNvbHZlUm9vdENvbnRleHRJZCgpKTtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKHRva2VuUHRyLCB0b2tlbikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfcmVzb2x2ZV9zaGFyZWRfcXVldWUodnA6IG51bWJlciwgdnM6IG51bWJlciwgbnA6IG51bWJlciwgbnM6IG51bWJlciwgdG9rZW5QdHI6IG51bWJlcikge1xuICAgICAgY29uc3Qgdm1JZCA9IHN0cih2cCwgdnMpO1xuICAgICAgY29uc3QgbmFtZSA9IHN0cihucCwgbnMpO1xuICAgICAgaWYgKHZtSWQgPT09IHVuZGVmaW5lZCB8fCBuYW1lID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB0b2tlbiA9IHZtLmhvc3QucXVldWVzLnJlc29sdmUodm1JZCwgbmFtZSk7XG4gICAgICBpZiAodG9rZW4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMih0b2tlblB0ciwgdG9rZW4pID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X2VucXVldWVfc2hhcmVkX3F1ZXVlKHRva2VuOiBudW1iZXIsIGRwOiBudW1iZXIsIGRzOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGRhdGEgPSBtLnJlYWQoZHAsIGRzKTtcbiAgICAgIGlmIChkYXRhID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgbm90aWZ5IH0gPSB2bS5ob3N0LnF1ZXVlcy5lbnF1ZXVlKHRva2VuID4+PiAwLCBkYXRhKTtcbiAgICAgIGlmIChub3RpZnkpIHZtLmhvc3QuZGVmZXIobm90aWZ5KTtcbiAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfSxcbiAgICBwcm94eV9kZXF1ZXVlX3NoYXJlZF9xdWV1ZSh0b2tlbjogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgZGF0YSB9ID0gdm0uaG9zdC5xdWV1ZXMuZGVxdWV1ZSh0b2tlbiA+Pj4gMCk7XG4gICAgICBpZiAocmVzdWx0ICE9PSBXYXNtUmVzdWx0Lk9rKSByZXR1cm4gcmVzdWx0O1xuICAgICAgcmV0dXJuIG0uY29weVRvUG9pbnRlclNpemUoZGF0YSEsIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG5cbiAgICAvLyBIVFRQIGNhbGxvdXRzLlxuICAgIHByb3h5X2h0dHBfY2FsbCh1cDogbnVtYmVyLCB1czogbnVtYmVyLCBocDogbnVtYmVyLCBoczogbnVtYmVyLCBicDogbnVtYmVyLCBiczogbnVtYmVyLCB0cDogbnVtYmVyLCB0czogbnVtYmVyLCB0aW1lb3V0OiBudW1iZXIsIHRva2VuUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGNsdXN0ZXIgPSBzdHIodXAsIHVzKTtcbiAgICAgIGNvbnN0IGhlYWRlckJ5dGVzID0gbS5yZWFkKGhwLCBocyk7XG4gICAgICBjb25zdCBib2R5ID0gbS5yZWFkKGJwLCBicyk7XG4gICAgICBjb25zdCB0cmFpbGVyQnl0ZXMgPSBtLnJlYWQodHAsIHRzKTtcbiAgICAgIGlmIChjbHVzdGVyID09PSB1bmRlZmluZWQgfHwgaGVhZGVyQnl0ZXMgPT09IHVuZGVmaW5lZCB8fCBib2R5ID09PSB1bmRlZmluZWQgfHwgdHJhaWxlckJ5dGVzID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBpZiAoIW0ud3JpdGVVMzIodG9rZW5QdHIsIDApKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3Qgb3V0Y29tZSA9IHZtLmRpc3BhdGNoSHR0cENhbGwoY2x1c3RlciwgZGVjb2RlUGFpcnMoaGVhZGVyQnl0ZXMpID8/IFtdLCBib2R5LCBkZWNvZGVQYWlycyh0cmFpbGVyQnl0ZXMpID8/IFtdLCB0aW1lb3V0IHwgMCk7XG4gICAgICBpZiAob3V0Y29tZS50b2tlbiAhPT0gdW5kZWZpbmVkKSBtLndyaXRlVTMyKHRva2VuUHRyLCBvdXRjb21lLnRva2VuKTtcbiAgICAgIHJldHVybiBvdXRjb21lLnJlc3VsdDtcbiAgICB9LFxuXG4gICAgLy8gZ1JQQyBjYWxsb3V0cyAodW5hcnk7IHNlZSBncnBjLnRzKS5cbiAgICBwcm94eV9ncnBjX2NhbGwoc3A6IG51bWJlciwgc3M6IG51bWJlciwgbnA6IG51bWJlciwgbnM6IG51bWJlciwgbXA6IG51bWJlciwgbXM6IG51bWJlciwgaHA6IG51bWJlciwgaHM6IG51bWJlciwgYnA6IG51bWJlciwgYnM6IG51bWJlciwgdGltZW91dDogbnVtYmVyLCB0b2tlblB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBncnBjU2VydmljZSA9IG0ucmVhZChzcCwgc3MpO1xuICAgICAgY29uc3Qgc2VydmljZU5hbWUgPSBzdHIobnAsIG5zKTtcbiAgICAgIGNvbnN0IG1ldGhvZCA9IHN0cihtcCwgbXMpO1xuICAgICAgY29uc3QgbWV0YWRhdGFCeXRlcyA9IG0ucmVhZChocCwgaHMpO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IG0ucmVhZChicCwgYnMpO1xuICAgICAgaWYgKGdycGNTZXJ2aWNlID09PSB1bmRlZmluZWQgfHwgc2VydmljZU5hbWUgPT09IHVuZGVmaW5lZCB8fCBtZXRob2QgPT09IHVuZGVmaW5lZCB8fCBtZXRhZGF0YUJ5dGVzID09PSB1bmRlZmluZWQgfHwgbWVzc2FnZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICB9XG4gICAgICBpZiAoIW0ud3JpdGVVMzIodG9rZW5QdHIsIDApKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgLy8gRW52b3k6IGEgR3JwY1NlcnZpY2UgcHJvdG8gaWYgaXQgcGFyc2VzLCBlbHNlIHRoZSBieXRlcyBhcmUgYSBjbHVzdGVyIG5hbWU7IGFuIHVua25vd25cbiAgICAgIC8vIGNsdXN0ZXIgbmFtZSBpcyBQYXJzZUZhaWx1cmUgKGtlcHQgZnJvbSBBQkkgMC4xIGZvciBjb21wYXRpYmlsaXR5KS5cbiAgICAgIGNvbnN0IGNsdXN0ZXIgPSBjbHVzdGVyRnJvbUdycGNTZXJ2aWNlKGdycGNTZXJ2aWNlKSA/PyBuZXcgVGV4dERlY29kZXIoKS5kZWNvZGUoZ3JwY1NlcnZpY2UpO1xuICAgICAgaWYgKCF2bS5ob3N0Lmhhc0NsdXN0ZXIoY2x1c3RlcikpIHJldHVybiBXYXNtUmVzdWx0LlBhcnNlRmFpbHVyZTtcbiAgICAgIGNvbnN0IHRva2VuID0gdm0uZGlzcGF0Y2hHcnBjQ2FsbCh7XG4gICAgICAgIGNsdXN0ZXIsIGdycGNTZXJ2aWNlOiBncnBjU2VydmljZS5zbGljZSgpLCBzZXJ2aWNlTmFtZSwgbWV0aG9kLFxuICAgICAgICBtZXRhZGF0YTogZGVjb2RlUGFpcnMobWV0YWRhdGFCeXRlcykgPz8gW10sIG1lc3NhZ2U6IG1lc3NhZ2Uuc2xpY2UoKSwgdGltZW91dE1zOiB0aW1lb3V0ID4+PiAwLFxuICAgICAgfSk7XG4gICAgICBtLndyaXRlVTMyKHRva2VuUHRyLCB0b2tlbik7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dycGNfY2FuY2VsKHRva2VuOiBudW1iZXIpIHtcbiAgICAgIHJldHVybiB2bS5jYW5jZWxHcnBjQ2FsbCh0b2tlbiA+Pj4gMCkgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICB9LFxuICAgIHByb3h5X2dycGNfY2xvc2UodG9rZW46IG51bWJlcikge1xuICAgICAgcmV0dXJuIHZtLmNhbmNlbEdycGNDYWxsKHRva2VuID4+PiAwKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgIH0sXG5cbiAgICAvLyBNZXRyaWNzLlxuICAgIHByb3h5X2RlZmluZV9tZXRyaWModHlwZTogbnVtYmVyLCBucDogbnVtYmVyLCBuczogbnVtYmVyLCBpZFB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBuYW1lID0gc3RyKG5wLCBucyk7XG4gICAgICBpZiAobmFtZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgeyByZXN1bHQsIGlkIH0gPSB2bS5tZXRyaWNJZHMuZGVmaW5lKHR5cGUgPj4+IDAsIG5hbWUpO1xuICAgICAgaWYgKHJlc3VsdCAhPT0gV2FzbVJlc3VsdC5PaykgcmV0dXJuIHJlc3VsdDtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKGlkUHRyLCBpZCEpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X2luY3JlbWVudF9tZXRyaWMoaWQ6IG51bWJlciwgb2Zmc2V0OiBiaWdpbnQpIHtcbiAgICAgIHJldHVybiB2bS5tZXRyaWNJZHMuaW5jcmVtZW50KGlkID4+PiAwLCBCaWdJbnQuYXNJbnROKDY0LCBvZmZzZXQpKTtcbiAgICB9LFxuICAgIHByb3h5X3JlY29yZF9tZXRyaWMoaWQ6IG51bWJlciwgdmFsdWU6IGJpZ2ludCkge1xuICAgICAgcmV0dXJuIHZtLm1ldHJpY0lkcy5yZWNvcmQoaWQgPj4+IDAsIEJpZ0ludC5hc1VpbnROKDY0LCB2YWx1ZSkpO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X21ldHJpYyhpZDogbnVtYmVyLCByZXN1bHRQdHI6IG51bWJlcikge1xuICAgICAgY29uc3QgeyByZXN1bHQsIHZhbHVlIH0gPSB2bS5tZXRyaWNJZHMuZ2V0KGlkID4+PiAwKTtcbiAgICAgIGlmIChyZXN1bHQgIT09IFdhc21SZXN1bHQuT2spIHJldHVybiByZXN1bHQ7XG4gICAgICByZXR1cm4gbS53cml0ZVU2NChyZXN1bHRQdHIsIHZhbHVlISkgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gIH07XG4gIHJldHVybiBjYWxscyBhcyBSZWNvcmQ8c3RyaW5nLCBGbj47XG59XG5cbmZ1bmN0aW9uIGNvbmNhdChhOiBVaW50OEFycmF5LCBiOiBVaW50OEFycmF5KTogVWludDhBcnJheSB7XG4gIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KGEubGVuZ3RoICsgYi5sZW5ndGgpO1xuICBvdXQuc2V0KGEpO1xuICBvdXQuc2V0KGIsIGEubGVuZ3RoKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuIiwgIi8vIEJvdW5kcy1jaGVja2VkIGFjY2VzcyB0byBhIGd1ZXN0J3MgbGluZWFyIG1lbW9yeSwgYW5kIGFsbG9jYXRpb24gaW5zaWRlIHRoZVxuLy8gZ3Vlc3QgdGhlIHdheSBwcm94eS13YXNtLWNwcC1ob3N0IGRvZXMgaXQgKG1hbGxvYyBpZiBleHBvcnRlZCwgZWxzZVxuLy8gcHJveHlfb25fbWVtb3J5X2FsbG9jYXRlKS5cblxuY29uc3QgZGVjb2RlciA9IG5ldyBUZXh0RGVjb2RlcigndXRmLTgnKTtcblxuZXhwb3J0IGNsYXNzIEd1ZXN0TWVtb3J5IHtcbiAgcHJpdmF0ZSBtZW1vcnk6IFdlYkFzc2VtYmx5Lk1lbW9yeSB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBhbGxvY2F0b3I6ICgoc2l6ZTogbnVtYmVyKSA9PiBudW1iZXIpIHwgdW5kZWZpbmVkO1xuICAvLyBWaWV3cyBvbiB0aGUgY3VycmVudCBtZW1vcnkgYnVmZmVyLCByZWJ1aWx0IG9ubHkgd2hlbiBpdCBjaGFuZ2VzIChtZW1vcnkuZ3JvdyBkZXRhY2hlcyBpdCkuXG4gIHByaXZhdGUgYnl0ZXM6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgZGF0YTogRGF0YVZpZXcgfCB1bmRlZmluZWQ7XG5cbiAgYXR0YWNoKG1lbW9yeTogV2ViQXNzZW1ibHkuTWVtb3J5LCBhbGxvY2F0b3I6IChzaXplOiBudW1iZXIpID0+IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMubWVtb3J5ID0gbWVtb3J5O1xuICAgIHRoaXMuYWxsb2NhdG9yID0gYWxsb2NhdG9yO1xuICB9XG5cbiAgcHJpdmF0ZSB2aWV3KCk6IFVpbnQ4QXJyYXkge1xuICAgIGlmICghdGhpcy5tZW1vcnkpIHRocm93IG5ldyBFcnJvcignZ3Vlc3QgbWVtb3J5IHVzZWQgYmVmb3JlIHRoZSBtb2R1bGUgd2FzIGluc3RhbnRpYXRlZCcpO1xuICAgIGNvbnN0IGJ1ZmZlciA9IHRoaXMubWVtb3J5LmJ1ZmZlcjtcbiAgICBpZiAodGhpcy5ieXRlcyA9PT0gdW5kZWZpbmVkIHx8IHRoaXMuYnl0ZXMuYnVmZmVyICE9PSBidWZmZXIpIHtcbiAgICAgIHRoaXMuYnl0ZXMgPSBuZXcgVWludDhBcnJheShidWZmZXIpO1xuICAgICAgdGhpcy5kYXRhID0gbmV3IERhdGFWaWV3KGJ1ZmZlcik7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmJ5dGVzO1xuICB9XG5cbiAgcHJpdmF0ZSBkYXRhVmlldygpOiBEYXRhVmlldyB7XG4gICAgdGhpcy52aWV3KCk7XG4gICAgcmV0dXJuIHRoaXMuZGF0YSE7XG4gIH1cblxuICBnZXQgcGFnZXMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5tZW1vcnkgPyB0aGlzLm1lbW9yeS5idWZmZXIuYnl0ZUxlbmd0aCAvIDY1NTM2IDogMDtcbiAgfVxuXG4gIC8qKiBBIGNvcHkgb2YgW3B0ciwgcHRyK2xlbiksIG9yIHVuZGVmaW5lZCB3aGVuIG91dCBvZiBib3VuZHMuICovXG4gIHJlYWQocHRyOiBudW1iZXIsIGxlbjogbnVtYmVyKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCBsID0gbGVuID4+PiAwO1xuICAgIGNvbnN0IG1lbSA9IHRoaXMudmlldygpO1xuICAgIGlmIChwICsgbCA+IG1lbS5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIG1lbS5zbGljZShwLCBwICsgbCk7XG4gIH1cblxuICByZWFkU3RyaW5nKHB0cjogbnVtYmVyLCBsZW46IG51bWJlcik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCBsID0gbGVuID4+PiAwO1xuICAgIGNvbnN0IG1lbSA9IHRoaXMudmlldygpO1xuICAgIGlmIChwICsgbCA+IG1lbS5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIGRlY29kZXIuZGVjb2RlKG1lbS5zdWJhcnJheShwLCBwICsgbCkpO1xuICB9XG5cbiAgd3JpdGUocHRyOiBudW1iZXIsIGJ5dGVzOiBVaW50OEFycmF5KTogYm9vbGVhbiB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCBtZW0gPSB0aGlzLnZpZXcoKTtcbiAgICBpZiAocCArIGJ5dGVzLmxlbmd0aCA+IG1lbS5sZW5ndGgpIHJldHVybiBmYWxzZTtcbiAgICBtZW0uc2V0KGJ5dGVzLCBwKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIHdyaXRlVTMyKHB0cjogbnVtYmVyLCB2YWx1ZTogbnVtYmVyKTogYm9vbGVhbiB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCB2aWV3ID0gdGhpcy5kYXRhVmlldygpO1xuICAgIGlmIChwICsgNCA+IHZpZXcuYnl0ZUxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICAgIHZpZXcuc2V0VWludDMyKHAsIHZhbHVlID4+PiAwLCB0cnVlKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIHdyaXRlVTY0KHB0cjogbnVtYmVyLCB2YWx1ZTogYmlnaW50KTogYm9vbGVhbiB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCB2aWV3ID0gdGhpcy5kYXRhVmlldygpO1xuICAgIGlmIChwICsgOCA+IHZpZXcuYnl0ZUxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICAgIHZpZXcuc2V0QmlnVWludDY0KHAsIEJpZ0ludC5hc1VpbnROKDY0LCB2YWx1ZSksIHRydWUpO1xuICAgIHJldHVybiB0cnVlO1xuICB9XG5cbiAgcmVhZFUzMihwdHI6IG51bWJlcik6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCB2aWV3ID0gdGhpcy5kYXRhVmlldygpO1xuICAgIGlmIChwICsgNCA+IHZpZXcuYnl0ZUxlbmd0aCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4gdmlldy5nZXRVaW50MzIocCwgdHJ1ZSk7XG4gIH1cblxuICAvKiogQWxsb2NhdGVzIGluIHRoZSBndWVzdCBhbmQgY29waWVzIGJ5dGVzIHRoZXJlOyB1bmRlZmluZWQgaWYgdGhlIGd1ZXN0IHJlZnVzZWQuICovXG4gIGFsbG9jYXRlKGJ5dGVzOiBVaW50OEFycmF5KTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAoIXRoaXMuYWxsb2NhdG9yKSB0aHJvdyBuZXcgRXJyb3IoJ2d1ZXN0IGFsbG9jYXRvciB1c2VkIGJlZm9yZSB0aGUgbW9kdWxlIHdhcyBpbnN0YW50aWF0ZWQnKTtcbiAgICBjb25zdCBwdHIgPSB0aGlzLmFsbG9jYXRvcihieXRlcy5sZW5ndGgpID4+PiAwO1xuICAgIGlmIChwdHIgPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHRoaXMud3JpdGUocHRyLCBieXRlcykgPyBwdHIgOiB1bmRlZmluZWQ7XG4gIH1cblxuICAvKipcbiAgICogcHJveHktd2FzbS1jcHAtaG9zdCBjb3B5VG9Qb2ludGVyU2l6ZTogYW4gZW1wdHkgdmFsdWUgd3JpdGVzIGEgbnVsbCBwb2ludGVyXG4gICAqIGFuZCBzaXplIDAgd2l0aG91dCBjYWxsaW5nIHRoZSBndWVzdCBhbGxvY2F0b3IuXG4gICAqL1xuICBjb3B5VG9Qb2ludGVyU2l6ZShieXRlczogVWludDhBcnJheSwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcik6IGJvb2xlYW4ge1xuICAgIGxldCBwdHIgPSAwO1xuICAgIGlmIChieXRlcy5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBwID0gdGhpcy5hbGxvY2F0ZShieXRlcyk7XG4gICAgICBpZiAocCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsc2U7XG4gICAgICBwdHIgPSBwO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy53cml0ZVUzMihwdHJQdHIsIHB0cikgJiYgdGhpcy53cml0ZVUzMihzaXplUHRyLCBieXRlcy5sZW5ndGgpO1xuICB9XG59XG4iLCAiLy8gVGhlIFdBU0kgcHJldmlldzEgc3Vic2V0IEVudm95IGdpdmVzIFdhc20gbW9kdWxlcyAocHJveHktd2FzbS1jcHAtaG9zdFxuLy8gZXhwb3J0cy5jYyk6IHN0ZG91dC9zdGRlcnIgZ28gdG8gdGhlIGxvZywgY2xvY2tzIHJlYWQgdGhlIGhvc3QncyAoaGVyZVxuLy8gdmlydHVhbCkgdGltZSwgYW5kIHRoZSBmaWxlc3lzdGVtIGlzIGFic2VudC5cbmltcG9ydCB7IHJhbmRvbUZpbGxTeW5jIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHR5cGUgeyBHdWVzdE1lbW9yeSB9IGZyb20gJy4vbWVtb3J5LnRzJztcblxuY29uc3QgRVJSTk9fU1VDQ0VTUyA9IDA7XG5jb25zdCBFUlJOT19CQURGID0gODtcbmNvbnN0IEVSUk5PX0ZBVUxUID0gMjE7XG5jb25zdCBFUlJOT19JTlZBTCA9IDI4O1xuY29uc3QgRVJSTk9fTk9FTlQgPSA0NDtcbmNvbnN0IEVSUk5PX05PU1lTID0gNTI7XG5jb25zdCBFUlJOT19OT1RTVVAgPSA1ODtcbi8qKiBwcm94eS13YXNtLWNwcC1ob3N0J3MgUFJPWFlfV0FTTV9IT1NUX1dBU0lfUkFORE9NX0dFVF9NQVhfU0laRV9CWVRFUy4gKi9cbmNvbnN0IFJBTkRPTV9HRVRfTUFYID0gNjQgKiAxMDI0O1xuXG5leHBvcnQgaW50ZXJmYWNlIFdhc2lIb3N0IHtcbiAgbWVtb3J5OiBHdWVzdE1lbW9yeTtcbiAgbG9nKGxldmVsOiAnaW5mbycgfCAnZXJyb3InLCBtZXNzYWdlOiBzdHJpbmcpOiB2b2lkO1xuICByZWFsdGltZU5zKCk6IGJpZ2ludDtcbiAgbW9ub3RvbmljTnMoKTogYmlnaW50O1xuICAvKiogRW52aXJvbm1lbnQgdmFyaWFibGVzIHRoZSBwbHVnaW4gd2FzIGNvbmZpZ3VyZWQgd2l0aCAoRW52b3kncyB2bV9jb25maWcuZW52aXJvbm1lbnRfdmFyaWFibGVzKS4gKi9cbiAgZW52OiByZWFkb25seSAocmVhZG9ubHkgW3N0cmluZywgc3RyaW5nXSlbXTtcbn1cblxuY29uc3QgZGVjb2RlciA9IG5ldyBUZXh0RGVjb2RlcigpO1xuY29uc3QgZW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuXG5leHBvcnQgZnVuY3Rpb24gd2FzaUltcG9ydHMoaDogV2FzaUhvc3QpOiBSZWNvcmQ8c3RyaW5nLCAoLi4uYXJnczogbmV2ZXJbXSkgPT4gdW5rbm93bj4ge1xuICBjb25zdCBtID0gaC5tZW1vcnk7XG4gIGNvbnN0IGZkV3JpdGUgPSAoZmQ6IG51bWJlciwgaW92czogbnVtYmVyLCBpb3ZzTGVuOiBudW1iZXIsIG53cml0dGVuUHRyOiBudW1iZXIpOiBudW1iZXIgPT4ge1xuICAgIGlmIChmZCAhPT0gMSAmJiBmZCAhPT0gMikgcmV0dXJuIEVSUk5PX0JBREY7XG4gICAgY29uc3QgY2h1bmtzOiBVaW50OEFycmF5W10gPSBbXTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGlvdnNMZW4gPj4+IDA7IGkrKykge1xuICAgICAgY29uc3QgYnVmID0gbS5yZWFkVTMyKGlvdnMgKyBpICogOCk7XG4gICAgICBjb25zdCBsZW4gPSBtLnJlYWRVMzIoaW92cyArIGkgKiA4ICsgNCk7XG4gICAgICBpZiAoYnVmID09PSB1bmRlZmluZWQgfHwgbGVuID09PSB1bmRlZmluZWQpIHJldHVybiBFUlJOT19GQVVMVDtcbiAgICAgIGlmIChsZW4gPT09IDApIGNvbnRpbnVlO1xuICAgICAgY29uc3QgYnl0ZXMgPSBtLnJlYWQoYnVmLCBsZW4pO1xuICAgICAgaWYgKCFieXRlcykgcmV0dXJuIEVSUk5PX0ZBVUxUO1xuICAgICAgY2h1bmtzLnB1c2goYnl0ZXMpO1xuICAgIH1cbiAgICBsZXQgd3JpdHRlbiA9IDA7XG4gICAgZm9yIChjb25zdCBjIG9mIGNodW5rcykgd3JpdHRlbiArPSBjLmxlbmd0aDtcbiAgICBpZiAod3JpdHRlbiA+IDApIHtcbiAgICAgIGxldCB0ZXh0ID0gY2h1bmtzLm1hcCgoYykgPT4gZGVjb2Rlci5kZWNvZGUoYywgeyBzdHJlYW06IHRydWUgfSkpLmpvaW4oJycpICsgZGVjb2Rlci5kZWNvZGUoKTtcbiAgICAgIC8vIEVudm95IGRyb3BzIG9uZSB0cmFpbGluZyBuZXdsaW5lIHBlciB3cml0ZSwgbm90aGluZyBtb3JlLlxuICAgICAgaWYgKHRleHQuZW5kc1dpdGgoJ1xcbicpKSB0ZXh0ID0gdGV4dC5zbGljZSgwLCAtMSk7XG4gICAgICBoLmxvZyhmZCA9PT0gMSA/ICdpbmZvJyA6ICdlcnJvcicsIHRleHQpO1xuICAgIH1cbiAgICByZXR1cm4gbS53cml0ZVUzMihud3JpdHRlblB0ciwgd3JpdHRlbikgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fRkFVTFQ7XG4gIH07XG5cbiAgY29uc3QgZW52U3RyaW5ncyA9ICgpID0+IGguZW52Lm1hcCgoW2ssIHZdKSA9PiBlbmNvZGVyLmVuY29kZShgJHtrfT0ke3Z9XFx1MDAwMGApKTtcblxuICByZXR1cm4ge1xuICAgIGZkX3dyaXRlOiBmZFdyaXRlIGFzIG5ldmVyLFxuICAgIGZkX3JlYWQ6ICgoKSA9PiBFUlJOT19OT1NZUykgYXMgbmV2ZXIsXG4gICAgLy8gRW52b3kgbG9ncyB0aGVzZSBhcyBlcnJvcnMgYW5kIHJlcG9ydHMgc3VjY2Vzcy5cbiAgICBmZF9zZWVrOiAoKCkgPT4ge1xuICAgICAgaC5sb2coJ2Vycm9yJywgJ3dhc2lfdW5zdGFibGUgZmRfc2VlaycpO1xuICAgICAgcmV0dXJuIEVSUk5PX1NVQ0NFU1M7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgZmRfY2xvc2U6ICgoKSA9PiB7XG4gICAgICBoLmxvZygnZXJyb3InLCAnd2FzaV91bnN0YWJsZSBmZF9jbG9zZScpO1xuICAgICAgcmV0dXJuIEVSUk5PX1NVQ0NFU1M7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgZmRfZmRzdGF0X2dldDogKChmZDogbnVtYmVyLCBzdGF0UHRyOiBudW1iZXIpID0+IHtcbiAgICAgIGlmIChmZCAhPT0gMSAmJiBmZCAhPT0gMikgcmV0dXJuIEVSUk5PX0JBREY7XG4gICAgICBjb25zdCBzdGF0ID0gbmV3IFVpbnQ4QXJyYXkoMjQpO1xuICAgICAgLy8gZnNfcmlnaHRzX2Jhc2UgPSBGRF9XUklURTogdGhlIG9ubHkgcmlnaHQgc3Rkb3V0L3N0ZGVyciBoYXZlLlxuICAgICAgbmV3IERhdGFWaWV3KHN0YXQuYnVmZmVyKS5zZXRCaWdVaW50NjQoOCwgNjRuLCB0cnVlKTtcbiAgICAgIG0ud3JpdGUoc3RhdFB0ciwgc3RhdCk7XG4gICAgICByZXR1cm4gRVJSTk9fU1VDQ0VTUztcbiAgICB9KSBhcyBuZXZlcixcbiAgICAvLyBOb3QgaW4gRW52b3kncyBsaXN0IGJlZm9yZSBHbydzIHdhc2lwMSBwb3J0IG5lZWRlZCBpdDsgc3Rkb3V0L3N0ZGVyciBhcmUgdGhlXG4gICAgLy8gb25seSBkZXNjcmlwdG9ycywgYW5kIGNoYW5naW5nIHRoZWlyIGZsYWdzIGhhcyBubyBtZWFuaW5nIGhlcmUuXG4gICAgZmRfZmRzdGF0X3NldF9mbGFnczogKChmZDogbnVtYmVyKSA9PiAoZmQgPT09IDEgfHwgZmQgPT09IDIgPyBFUlJOT19TVUNDRVNTIDogRVJSTk9fQkFERikpIGFzIG5ldmVyLFxuICAgIGZkX3ByZXN0YXRfZ2V0OiAoKCkgPT4gRVJSTk9fQkFERikgYXMgbmV2ZXIsXG4gICAgZmRfcHJlc3RhdF9kaXJfbmFtZTogKCgpID0+IEVSUk5PX05PU1lTKSBhcyBuZXZlcixcbiAgICBwYXRoX29wZW46ICgoKSA9PiBFUlJOT19OT0VOVCkgYXMgbmV2ZXIsXG4gICAgZW52aXJvbl9zaXplc19nZXQ6ICgoY291bnRQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSA9PiB7XG4gICAgICBjb25zdCBzdHJpbmdzID0gZW52U3RyaW5ncygpO1xuICAgICAgY29uc3Qgc2l6ZSA9IHN0cmluZ3MucmVkdWNlKChuLCBzKSA9PiBuICsgcy5sZW5ndGgsIDApO1xuICAgICAgcmV0dXJuIG0ud3JpdGVVMzIoY291bnRQdHIsIHN0cmluZ3MubGVuZ3RoKSAmJiBtLndyaXRlVTMyKHNpemVQdHIsIHNpemUpID8gRVJSTk9fU1VDQ0VTUyA6IEVSUk5PX0ZBVUxUO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIGVudmlyb25fZ2V0OiAoKGFycmF5UHRyOiBudW1iZXIsIGJ1ZlB0cjogbnVtYmVyKSA9PiB7XG4gICAgICBsZXQgYnVmID0gYnVmUHRyID4+PiAwO1xuICAgICAgbGV0IGFyciA9IGFycmF5UHRyID4+PiAwO1xuICAgICAgZm9yIChjb25zdCBzIG9mIGVudlN0cmluZ3MoKSkge1xuICAgICAgICBpZiAoIW0ud3JpdGVVMzIoYXJyLCBidWYpIHx8ICFtLndyaXRlKGJ1ZiwgcykpIHJldHVybiBFUlJOT19GQVVMVDtcbiAgICAgICAgYnVmICs9IHMubGVuZ3RoO1xuICAgICAgICBhcnIgKz0gNDtcbiAgICAgIH1cbiAgICAgIHJldHVybiBFUlJOT19TVUNDRVNTO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIGFyZ3Nfc2l6ZXNfZ2V0OiAoKGFyZ2NQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSA9PlxuICAgICAgbS53cml0ZVUzMihhcmdjUHRyLCAwKSAmJiBtLndyaXRlVTMyKHNpemVQdHIsIDApID8gRVJSTk9fU1VDQ0VTUyA6IEVSUk5PX0ZBVUxUKSBhcyBuZXZlcixcbiAgICBhcmdzX2dldDogKCgpID0+IEVSUk5PX1NVQ0NFU1MpIGFzIG5ldmVyLFxuICAgIGNsb2NrX3RpbWVfZ2V0OiAoKGNsb2NrSWQ6IG51bWJlciwgX3ByZWNpc2lvbjogYmlnaW50LCByZXN1bHRQdHI6IG51bWJlcikgPT4ge1xuICAgICAgbGV0IG5vdzogYmlnaW50O1xuICAgICAgaWYgKGNsb2NrSWQgPT09IDApIG5vdyA9IGgucmVhbHRpbWVOcygpO1xuICAgICAgZWxzZSBpZiAoY2xvY2tJZCA9PT0gMSkgbm93ID0gaC5tb25vdG9uaWNOcygpO1xuICAgICAgZWxzZSByZXR1cm4gRVJSTk9fTk9UU1VQO1xuICAgICAgcmV0dXJuIG0ud3JpdGVVNjQocmVzdWx0UHRyLCBub3cpID8gRVJSTk9fU1VDQ0VTUyA6IEVSUk5PX0ZBVUxUO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIHJhbmRvbV9nZXQ6ICgoYnVmUHRyOiBudW1iZXIsIGxlbjogbnVtYmVyKSA9PiB7XG4gICAgICBjb25zdCBuID0gbGVuID4+PiAwO1xuICAgICAgaWYgKG4gPiBSQU5ET01fR0VUX01BWCkgcmV0dXJuIEVSUk5PX0lOVkFMO1xuICAgICAgaWYgKG4gPT09IDApIHJldHVybiBFUlJOT19TVUNDRVNTO1xuICAgICAgY29uc3QgYnl0ZXMgPSBuZXcgVWludDhBcnJheShuKTtcbiAgICAgIHJhbmRvbUZpbGxTeW5jKGJ5dGVzKTtcbiAgICAgIHJldHVybiBtLndyaXRlKGJ1ZlB0ciwgYnl0ZXMpID8gRVJSTk9fU1VDQ0VTUyA6IEVSUk5PX0ZBVUxUO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIC8vIEVudm95IGxvZ3MgcHJvY19leGl0IGFzIGFuIGVycm9yIGFuZCByZXR1cm5zOyB0aGUgZ3Vlc3QgdGhlbiB1c3VhbGx5IHRyYXBzLlxuICAgIHByb2NfZXhpdDogKCgpID0+IHtcbiAgICAgIGgubG9nKCdlcnJvcicsICd3YXNpX3Vuc3RhYmxlIHByb2NfZXhpdCcpO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIC8vIEEgV2FzbSBWTSBpcyBzaW5nbGUtdGhyZWFkZWQ6IHlpZWxkaW5nIGlzIGEgbm8tb3AsIGFuZCB0aGVyZSBpcyBub3RoaW5nIHRvXG4gICAgLy8gd2FpdCBmb3IsIHNvIHBvbGxpbmcgcmVwb3J0cyBubyBldmVudHMuXG4gICAgc2NoZWRfeWllbGQ6ICgoKSA9PiBFUlJOT19TVUNDRVNTKSBhcyBuZXZlcixcbiAgICBwb2xsX29uZW9mZjogKChfaW46IG51bWJlciwgX291dDogbnVtYmVyLCBfbjogbnVtYmVyLCBuZXZlbnRzUHRyOiBudW1iZXIpID0+XG4gICAgICBtLndyaXRlVTMyKG5ldmVudHNQdHIsIDApID8gRVJSTk9fU1VDQ0VTUyA6IEVSUk5PX0ZBVUxUKSBhcyBuZXZlcixcbiAgfTtcbn1cbiIsICIvLyBUaGUgc2ltdWxhdGVkIEVudm95IHByb2Nlc3M6IHZpcnR1YWwgY2xvY2ssIHByb2Nlc3Mtd2lkZSBzaGFyZWQgZGF0YSwgcXVldWVzXG4vLyBhbmQgc3RhdHMsIGFuZCB0aGUgVk1zIHN0YXJ0ZWQgaW4gaXQuXG5pbXBvcnQgeyBTdHJlYW1TdGF0ZUVycm9yIH0gZnJvbSAnLi9lcnJvcnMudHMnO1xuaW1wb3J0IHsgTWV0cmljU3RvcmUsIHR5cGUgTWV0cmljVmFsdWUgfSBmcm9tICcuL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgdmFsaWRhdGVQcm9wZXJ0aWVzLCB0eXBlIFByb3BlcnR5SW5wdXQgfSBmcm9tICcuL3Byb3BlcnRpZXMudHMnO1xuaW1wb3J0IHsgU2hhcmVkRGF0YSB9IGZyb20gJy4vc2hhcmVkLWRhdGEudHMnO1xuaW1wb3J0IHsgU2hhcmVkUXVldWVzIH0gZnJvbSAnLi9zaGFyZWQtcXVldWVzLnRzJztcbmltcG9ydCB7IEh0dHBTdHJlYW0gfSBmcm9tICcuL3N0cmVhbS50cyc7XG5pbXBvcnQgeyBWbSwgdHlwZSBWbU9wdGlvbnMgfSBmcm9tICcuL3ZtLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBIb3N0T3B0aW9ucyB7XG4gIC8qKiBXYWxsLWNsb2NrIHRpbWUgb2YgdGhlIHZpcnR1YWwgY2xvY2sncyBzdGFydCwgaW4gbXMgc2luY2UgdGhlIGVwb2NoLiBEZWZhdWx0IDIwMjUtMDEtMDFUMDA6MDA6MDBaLiAqL1xuICBzdGFydFRpbWVNcz86IG51bWJlcjtcbiAgLyoqICd0aHJvdycgKGRlZmF1bHQpOiBhIHRyYXAgdGhyb3dzIE1vZHVsZVRyYXBFcnJvci4gJ2ZhaWwtY2xvc2VkJzogYXMgRW52b3kncyBGQUlMX0NMT1NFRCwgNTAzIHRoZSBzdHJlYW0uICovXG4gIG9uVHJhcD86ICd0aHJvdycgfCAnZmFpbC1jbG9zZWQnO1xuICAvKiogQ2x1c3RlcnMgcHJveHlfaHR0cF9jYWxsIG1heSB0YXJnZXQ7IHVuc2V0IGFjY2VwdHMgYW55IG5hbWUuIEVudm95IGFuc3dlcnMgQmFkQXJndW1lbnQgZm9yIHVua25vd24gb25lcy4gKi9cbiAgY2x1c3RlcnM/OiByZWFkb25seSBzdHJpbmdbXTtcbn1cblxuY29uc3QgREVGQVVMVF9TVEFSVF9NUyA9IERhdGUuVVRDKDIwMjUsIDAsIDEpO1xuY29uc3QgTU9OT1RPTklDX1VQVElNRV9NUyA9IDNfNjAwXzAwMDtcbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcblxuZXhwb3J0IGNsYXNzIEhvc3Qge1xuICByZWFkb25seSBzaGFyZWREYXRhID0gbmV3IFNoYXJlZERhdGEoKTtcbiAgcmVhZG9ubHkgcXVldWVzID0gbmV3IFNoYXJlZFF1ZXVlcygpO1xuICByZWFkb25seSBtZXRyaWNTdG9yZSA9IG5ldyBNZXRyaWNTdG9yZSgpO1xuICByZWFkb25seSBvblRyYXA6ICd0aHJvdycgfCAnZmFpbC1jbG9zZWQnO1xuICByZWFkb25seSBzdGFydFRpbWVNczogbnVtYmVyO1xuICBub3dNczogbnVtYmVyO1xuICBwcml2YXRlIHJlYWRvbmx5IHZtczogVm1bXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IGNsdXN0ZXJzOiBTZXQ8c3RyaW5nPiB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBkZWZlcnJlZDogKCgpID0+IHZvaWQpW10gPSBbXTtcbiAgcHJpdmF0ZSBmbHVzaGluZyA9IGZhbHNlO1xuICBwcml2YXRlIHNlcSA9IDE7XG5cbiAgY29uc3RydWN0b3Iob3B0aW9uczogSG9zdE9wdGlvbnMgPSB7fSkge1xuICAgIGlmIChvcHRpb25zLm9uVHJhcCAhPT0gdW5kZWZpbmVkICYmIG9wdGlvbnMub25UcmFwICE9PSAndGhyb3cnICYmIG9wdGlvbnMub25UcmFwICE9PSAnZmFpbC1jbG9zZWQnKSB7XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKGBvblRyYXAgbXVzdCBiZSAndGhyb3cnIG9yICdmYWlsLWNsb3NlZCcsIGdvdCAke1N0cmluZyhvcHRpb25zLm9uVHJhcCl9YCk7XG4gICAgfVxuICAgIGlmIChvcHRpb25zLnN0YXJ0VGltZU1zICE9PSB1bmRlZmluZWQgJiYgIU51bWJlci5pc1NhZmVJbnRlZ2VyKG9wdGlvbnMuc3RhcnRUaW1lTXMpKSB7XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdzdGFydFRpbWVNcyBtdXN0IGJlIGFuIGludGVnZXIgbnVtYmVyIG9mIG1pbGxpc2Vjb25kcycpO1xuICAgIH1cbiAgICB0aGlzLm9uVHJhcCA9IG9wdGlvbnMub25UcmFwID8/ICd0aHJvdyc7XG4gICAgdGhpcy5zdGFydFRpbWVNcyA9IG9wdGlvbnMuc3RhcnRUaW1lTXMgPz8gREVGQVVMVF9TVEFSVF9NUztcbiAgICB0aGlzLm5vd01zID0gdGhpcy5zdGFydFRpbWVNcztcbiAgICB0aGlzLmNsdXN0ZXJzID0gb3B0aW9ucy5jbHVzdGVycyA/IG5ldyBTZXQob3B0aW9ucy5jbHVzdGVycykgOiB1bmRlZmluZWQ7XG4gIH1cblxuICBhc3luYyBzdGFydFZtKG9wdGlvbnM6IFZtT3B0aW9ucyk6IFByb21pc2U8Vm0+IHtcbiAgICBjb25zdCB2bSA9IGF3YWl0IFZtLnN0YXJ0KHRoaXMsIG9wdGlvbnMpO1xuICAgIHRoaXMudm1zLnB1c2godm0pO1xuICAgIHJldHVybiB2bTtcbiAgfVxuXG4gIC8qKiBBIHN0cmVhbSB0aHJvdWdoIGEgZmlsdGVyIGNoYWluOiByZXF1ZXN0IGNhbGxiYWNrcyBydW4gaW4gYXJyYXkgb3JkZXIsIHJlc3BvbnNlIGNhbGxiYWNrcyBpbiByZXZlcnNlLiAqL1xuICBuZXdIdHRwU3RyZWFtKHZtczogcmVhZG9ubHkgVm1bXSwgb3B0aW9uczogeyBwcm9wZXJ0aWVzPzogUHJvcGVydHlJbnB1dCB9ID0ge30pOiBIdHRwU3RyZWFtIHtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkodm1zKSB8fCB2bXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgVHlwZUVycm9yKCduZXdIdHRwU3RyZWFtIG5lZWRzIGEgbm9uLWVtcHR5IGFycmF5IG9mIFZNcycpO1xuICAgIGZvciAoY29uc3Qgdm0gb2Ygdm1zKSB7XG4gICAgICBpZiAoISh2bSBpbnN0YW5jZW9mIFZtKSB8fCB2bS5ob3N0ICE9PSB0aGlzKSB0aHJvdyBuZXcgVHlwZUVycm9yKCduZXdIdHRwU3RyZWFtOiBldmVyeSBWTSBtdXN0IGNvbWUgZnJvbSB0aGlzIGhvc3RcXCdzIHN0YXJ0Vm0nKTtcbiAgICAgIGlmICghdm0uY29uZmlndXJlZCkge1xuICAgICAgICB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcihgbmV3SHR0cFN0cmVhbTogVk0gXCIke3ZtLnJvb3RJZCB8fCB2bS5uYW1lfVwiIGRpZCBub3QgY29uZmlndXJlIChvbl92bV9zdGFydC9vbl9jb25maWd1cmUgcmV0dXJuZWQgZmFsc2UpOyBFbnZveSB3b3VsZCBub3QgY3JlYXRlIGl0cyBmaWx0ZXJgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIG5ldyBIdHRwU3RyZWFtKHZtcywgdmFsaWRhdGVQcm9wZXJ0aWVzKG9wdGlvbnMucHJvcGVydGllcywgJ3N0cmVhbSBwcm9wZXJ0aWVzJykpO1xuICB9XG5cbiAgcmVhbHRpbWVOcygpOiBiaWdpbnQge1xuICAgIHJldHVybiBCaWdJbnQodGhpcy5ub3dNcykgKiAxXzAwMF8wMDBuO1xuICB9XG5cbiAgLyoqXG4gICAqIEVudm95J3MgbW9ub3RvbmljIGNsb2NrIGNvdW50cyBmcm9tIGFuIGFyYml0cmFyeSBwb2ludCB3ZWxsIGJlZm9yZSB0aGUgVk1cbiAgICogc3RhcnRzOyBhIHplcm8gcmVhZGluZyBtYWtlcyBydW50aW1lcyBzdWNoIGFzIEdvJ3MgYWJvcnQgKFwibmFub3RpbWVcbiAgICogcmV0dXJuaW5nIHplcm9cIiksIHNvIHRoZSB2aXJ0dWFsIHByb2Nlc3MgaGFzIGJlZW4gdXAgZm9yIGFuIGhvdXIuXG4gICAqL1xuICBtb25vdG9uaWNOcygpOiBiaWdpbnQge1xuICAgIHJldHVybiBCaWdJbnQodGhpcy5ub3dNcyAtIHRoaXMuc3RhcnRUaW1lTXMgKyBNT05PVE9OSUNfVVBUSU1FX01TKSAqIDFfMDAwXzAwMG47XG4gIH1cblxuICAvKiogTW92ZXMgdGhlIHZpcnR1YWwgY2xvY2ssIGZpcmluZyB0aWNrcyBhbmQgY2FsbG91dCB0aW1lb3V0cyBpbiB0aW1lIG9yZGVyLiAqL1xuICBhZHZhbmNlVGltZShtczogbnVtYmVyKTogdm9pZCB7XG4gICAgaWYgKCFOdW1iZXIuaXNGaW5pdGUobXMpIHx8IG1zIDwgMCkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoJ2FkdmFuY2VUaW1lIG5lZWRzIGEgbm9uLW5lZ2F0aXZlIG51bWJlciBvZiBtaWxsaXNlY29uZHMnKTtcbiAgICBjb25zdCB0YXJnZXQgPSB0aGlzLm5vd01zICsgbXM7XG4gICAgZm9yICg7Oykge1xuICAgICAgbGV0IG5leHQ6IHsgYXQ6IG51bWJlcjsgc2VxOiBudW1iZXI7IGZpcmU6ICgpID0+IHZvaWQgfSB8IHVuZGVmaW5lZDtcbiAgICAgIGZvciAoY29uc3Qgdm0gb2YgdGhpcy52bXMpIHtcbiAgICAgICAgY29uc3QgZSA9IHZtLm5leHRFdmVudCgpO1xuICAgICAgICBpZiAoZSAmJiBlLmF0IDw9IHRhcmdldCAmJiAoIW5leHQgfHwgZS5hdCA8IG5leHQuYXQpKSBuZXh0ID0gZTtcbiAgICAgIH1cbiAgICAgIGlmICghbmV4dCkgYnJlYWs7XG4gICAgICB0aGlzLm5vd01zID0gbmV4dC5hdDtcbiAgICAgIG5leHQuZmlyZSgpO1xuICAgIH1cbiAgICB0aGlzLm5vd01zID0gdGFyZ2V0O1xuICB9XG5cbiAgLyoqIEVucXVldWVzIG9udG8gYSBxdWV1ZSBzb21lIFZNIHJlZ2lzdGVyZWQsIGFzIGFub3RoZXIgVk0gd291bGQuICovXG4gIGVucXVldWUodm1JZDogc3RyaW5nLCBxdWV1ZU5hbWU6IHN0cmluZywgZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSk6IHZvaWQge1xuICAgIGNvbnN0IHRva2VuID0gdGhpcy5xdWV1ZXMucmVzb2x2ZSh2bUlkLCBxdWV1ZU5hbWUpO1xuICAgIGlmICh0b2tlbiA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcihgZW5xdWV1ZTogbm8gVk0gd2l0aCB2bV9pZCBcIiR7dm1JZH1cIiByZWdpc3RlcmVkIGEgcXVldWUgbmFtZWQgXCIke3F1ZXVlTmFtZX1cImApO1xuICAgIGNvbnN0IHsgbm90aWZ5IH0gPSB0aGlzLnF1ZXVlcy5lbnF1ZXVlKHRva2VuLCB0eXBlb2YgZGF0YSA9PT0gJ3N0cmluZycgPyBlbmNvZGVyLmVuY29kZShkYXRhKSA6IGRhdGEpO1xuICAgIGlmIChub3RpZnkpIHRoaXMuZGVmZXIobm90aWZ5KTtcbiAgICB0aGlzLmZsdXNoRGVmZXJyZWQoKTtcbiAgfVxuXG4gIC8qKiBBIHN0YXQncyB2YWx1ZSBzdW1tZWQgb3ZlciBldmVyeSBWTSAoYXMgRW52b3kncyBzdGF0cyBhcmUpLCBvciB1bmRlZmluZWQgaWYgbm8gVk0gZGVmaW5lZCBpdC4gKi9cbiAgbWV0cmljKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljU3RvcmUudmFsdWUobmFtZSk7XG4gIH1cblxuICBtZXRyaWNzKCk6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1ZhbHVlPiB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljU3RvcmUuYWxsKCk7XG4gIH1cblxuICBoYXNDbHVzdGVyKG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLmNsdXN0ZXJzID09PSB1bmRlZmluZWQgfHwgdGhpcy5jbHVzdGVycy5oYXMobmFtZSk7XG4gIH1cblxuICAvKiogQGludGVybmFsICovXG4gIG5leHRTZXEoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5zZXErKztcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgV29yayB0aGF0IG11c3Qgbm90IHJlLWVudGVyIGEgVk0gbWlkLWNhbGwgKHF1ZXVlIG5vdGlmaWNhdGlvbnMpLiAqL1xuICBkZWZlcihhY3Rpb246ICgpID0+IHZvaWQpOiB2b2lkIHtcbiAgICB0aGlzLmRlZmVycmVkLnB1c2goYWN0aW9uKTtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgKi9cbiAgZmx1c2hEZWZlcnJlZCgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5mbHVzaGluZykgcmV0dXJuO1xuICAgIHRoaXMuZmx1c2hpbmcgPSB0cnVlO1xuICAgIHRyeSB7XG4gICAgICB3aGlsZSAodGhpcy5kZWZlcnJlZC5sZW5ndGggPiAwKSB0aGlzLmRlZmVycmVkLnNoaWZ0KCkhKCk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHRoaXMuZmx1c2hpbmcgPSBmYWxzZTtcbiAgICB9XG4gIH1cbn1cbiIsICIvLyBUZXN0IGtleXMgYW5kIHRva2VucyBmb3IgdGhlIGp3dCBmaWx0ZXI6IHJlYWwgdG9rZW5zIG1pbnRlZCBieSBgam9zZWAsIGFuZCBoYW5kLWJ1aWx0IG9uZXNcbi8vIGZvciBhdHRhY2tzIGpvc2UgcmVmdXNlcyB0byBwcm9kdWNlIChhbGcgbm9uZSwgYmFkIGJhc2U2NCwgY3JpdCwgZHVwbGljYXRlIGtleXMsIC4uLikuXG5cbmltcG9ydCB7IGNyZWF0ZUhtYWMsIHJhbmRvbUJ5dGVzIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHsgU2lnbkpXVCwgZXhwb3J0SldLLCBnZW5lcmF0ZUtleVBhaXIsIHR5cGUgSldLLCB0eXBlIENyeXB0b0tleSB9IGZyb20gJ2pvc2UnO1xuXG5leHBvcnQgdHlwZSBTaWduaW5nQWxnID0gJ1JTMjU2JyB8ICdSUzM4NCcgfCAnUlM1MTInIHwgJ1BTMjU2JyB8ICdQUzM4NCcgfCAnUFM1MTInIHwgJ0VTMjU2JyB8ICdFUzM4NCcgfCAnRWREU0EnIHwgJ0hTMjU2JyB8ICdIUzM4NCcgfCAnSFM1MTInO1xuXG5leHBvcnQgaW50ZXJmYWNlIFRlc3RLZXkge1xuICBhbGc6IFNpZ25pbmdBbGc7XG4gIGtpZDogc3RyaW5nO1xuICAvKiogU2lnbnMgdG9rZW5zLiAqL1xuICBzaWduaW5nOiBDcnlwdG9LZXkgfCBVaW50OEFycmF5O1xuICAvKiogV2hhdCB0aGUgSldLUyBwdWJsaXNoZXMuICovXG4gIGp3azogSldLO1xufVxuXG5leHBvcnQgY29uc3QgYjY0dXJsID0gKGRhdGE6IHN0cmluZyB8IFVpbnQ4QXJyYXkpOiBzdHJpbmcgPT4gQnVmZmVyLmZyb20oZGF0YSkudG9TdHJpbmcoJ2Jhc2U2NHVybCcpO1xuXG4vKiogQSBrZXkgcGFpciAob3IgSE1BQyBzZWNyZXQpIHdpdGggaXRzIHB1YmxpYyBKV0ssIGtpZCBhbmQgYWxnIHNldC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBtYWtlS2V5KGFsZzogU2lnbmluZ0FsZywga2lkOiBzdHJpbmcsIG9wdGlvbnM6IHsgd2l0aEFsZz86IGJvb2xlYW4gfSA9IHt9KTogUHJvbWlzZTxUZXN0S2V5PiB7XG4gIGNvbnN0IHdpdGhBbGcgPSBvcHRpb25zLndpdGhBbGcgPz8gdHJ1ZTtcbiAgaWYgKGFsZy5zdGFydHNXaXRoKCdIUycpKSB7XG4gICAgY29uc3Qgc2VjcmV0ID0gbmV3IFVpbnQ4QXJyYXkocmFuZG9tQnl0ZXMoYWxnID09PSAnSFMyNTYnID8gMzIgOiBhbGcgPT09ICdIUzM4NCcgPyA0OCA6IDY0KSk7XG4gICAgY29uc3QgandrOiBKV0sgPSB7IGt0eTogJ29jdCcsIGs6IGI2NHVybChzZWNyZXQpLCBraWQsIHVzZTogJ3NpZycsIC4uLih3aXRoQWxnID8geyBhbGcgfSA6IHt9KSB9O1xuICAgIHJldHVybiB7IGFsZywga2lkLCBzaWduaW5nOiBzZWNyZXQsIGp3ayB9O1xuICB9XG4gIGNvbnN0IHsgcHVibGljS2V5LCBwcml2YXRlS2V5IH0gPSBhd2FpdCBnZW5lcmF0ZUtleVBhaXIoYWxnLCBhbGcgPT09ICdFZERTQScgPyB7IGNydjogJ0VkMjU1MTknIH0gOiB7fSk7XG4gIGNvbnN0IGp3ayA9IHsgLi4uKGF3YWl0IGV4cG9ydEpXSyhwdWJsaWNLZXkpKSwga2lkLCB1c2U6ICdzaWcnLCAuLi4od2l0aEFsZyA/IHsgYWxnIH0gOiB7fSkgfTtcbiAgcmV0dXJuIHsgYWxnLCBraWQsIHNpZ25pbmc6IHByaXZhdGVLZXksIGp3ayB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE1pbnRPcHRpb25zIHtcbiAgaGVhZGVyPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIC8qKiBPbWl0IHRoZSBraWQgaGVhZGVyLiAqL1xuICBub0tpZD86IGJvb2xlYW47XG59XG5cbi8qKiBBIHRva2VuIHNpZ25lZCBieSBga2V5YCB3aXRoIGBjbGFpbXNgIGFzIHRoZSBwYXlsb2FkLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1pbnQoa2V5OiBUZXN0S2V5LCBjbGFpbXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBvcHRpb25zOiBNaW50T3B0aW9ucyA9IHt9KTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgaGVhZGVyID0geyBhbGc6IGtleS5hbGcsIC4uLihvcHRpb25zLm5vS2lkID8ge30gOiB7IGtpZDoga2V5LmtpZCB9KSwgLi4uKG9wdGlvbnMuaGVhZGVyID8/IHt9KSB9IGFzIHsgYWxnOiBzdHJpbmcgfTtcbiAgcmV0dXJuIG5ldyBTaWduSldUKGNsYWltcykuc2V0UHJvdGVjdGVkSGVhZGVyKGhlYWRlcikuc2lnbihrZXkuc2lnbmluZyk7XG59XG5cbi8qKiBBIHRva2VuIGZyb20gcmF3IGhlYWRlci9wYXlsb2FkIHRleHQsIEhNQUMtc2lnbmVkIHdpdGggYHNlY3JldGAgKG9yIHdpdGggdGhlIGdpdmVuIHNpZ25hdHVyZSkuICovXG5leHBvcnQgZnVuY3Rpb24gcmF3VG9rZW4oaGVhZGVySnNvbjogc3RyaW5nLCBwYXlsb2FkSnNvbjogc3RyaW5nLCBzZWNyZXQ/OiBVaW50OEFycmF5IHwgQnVmZmVyLCBzaWduYXR1cmUgPSAnYzJsbicpOiBzdHJpbmcge1xuICBjb25zdCBpbnB1dCA9IGAke2I2NHVybChoZWFkZXJKc29uKX0uJHtiNjR1cmwocGF5bG9hZEpzb24pfWA7XG4gIGlmICghc2VjcmV0KSByZXR1cm4gYCR7aW5wdXR9LiR7c2lnbmF0dXJlfWA7XG4gIHJldHVybiBgJHtpbnB1dH0uJHtjcmVhdGVIbWFjKCdzaGEyNTYnLCBzZWNyZXQpLnVwZGF0ZShpbnB1dCkuZGlnZXN0KCdiYXNlNjR1cmwnKX1gO1xufVxuIiwgIi8vIFN1bW1hcmllcyBvZiBsYXRlbmN5IHNhbXBsZXM6IHRoZSBtZWRpYW4gYW5kIHRhaWwgZmlndXJlcyB0aGUgY2xvc2luZyBub3RlcyBxdW90ZS5cbmV4cG9ydCBpbnRlcmZhY2UgU3VtbWFyeSB7XG4gIG46IG51bWJlcjtcbiAgcDUwOiBudW1iZXI7XG4gIHA5OTogbnVtYmVyO1xuICBtZWFuOiBudW1iZXI7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzdW1tYXJpemUoc2FtcGxlczogbnVtYmVyW10pOiBTdW1tYXJ5IHtcbiAgaWYgKHNhbXBsZXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoJ3N1bW1hcml6ZTogbm8gc2FtcGxlcycpO1xuICBjb25zdCBzb3J0ZWQgPSBbLi4uc2FtcGxlc10uc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICBjb25zdCBhdCA9IChxOiBudW1iZXIpID0+IHNvcnRlZFtNYXRoLm1pbihzb3J0ZWQubGVuZ3RoIC0gMSwgTWF0aC5mbG9vcihxICogc29ydGVkLmxlbmd0aCkpXTtcbiAgcmV0dXJuIHsgbjogc29ydGVkLmxlbmd0aCwgcDUwOiBhdCgwLjUpLCBwOTk6IGF0KDAuOTkpLCBtZWFuOiBzb3J0ZWQucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCkgLyBzb3J0ZWQubGVuZ3RoIH07XG59XG5cbi8qKiBSdW5zIGBmbmAgYG5gIHRpbWVzIGFmdGVyIGB3YXJtdXBgIHJ1bnMgYW5kIHJldHVybnMgcGVyLWNhbGwgdGltZXMgaW4gbWljcm9zZWNvbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRpbWVFYWNoKG46IG51bWJlciwgd2FybXVwOiBudW1iZXIsIGZuOiAoaTogbnVtYmVyKSA9PiB2b2lkKTogbnVtYmVyW10ge1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHdhcm11cDsgaSsrKSBmbihpKTtcbiAgY29uc3Qgb3V0ID0gbmV3IEFycmF5PG51bWJlcj4obik7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSB7XG4gICAgY29uc3QgdDAgPSBwcm9jZXNzLmhydGltZS5iaWdpbnQoKTtcbiAgICBmbihpKTtcbiAgICBvdXRbaV0gPSBOdW1iZXIocHJvY2Vzcy5ocnRpbWUuYmlnaW50KCkgLSB0MCkgLyAxMDAwO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmV4cG9ydCBjb25zdCBmbXQgPSAoeDogbnVtYmVyLCBkaWdpdHMgPSAxKSA9PiB4LnRvRml4ZWQoZGlnaXRzKTtcbiIsICJpbXBvcnQgeyBqd3RIb3N0U2ltLCBwcmludEp3dEhvc3RTaW0gfSBmcm9tICcvd29yay9tYWluL2JlbmNoL2p3dC50cyc7XG5jb25zdCByID0gYXdhaXQgand0SG9zdFNpbShOdW1iZXIocHJvY2Vzcy5lbnYuTiA/PyA1MDApKTtcbnByaW50Snd0SG9zdFNpbShyKTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7O0FBR0EsU0FBUyxZQUFZLG9CQUFvQjtBQUN6QyxTQUFTLFNBQVMsWUFBWTtBQUM5QixTQUFTLHFCQUFxQjtBQUl2QixTQUFTLFdBQW1CO0FBQ2pDLE1BQUksT0FBUSxRQUFPO0FBQ25CLGFBQVcsU0FBUyxDQUFDLFFBQVEsY0FBYyxZQUFZLEdBQUcsQ0FBQyxHQUFHLFFBQVEsSUFBSSxDQUFDLEdBQUc7QUFDNUUsYUFBUyxNQUFNLFNBQVMsTUFBTSxRQUFRLEdBQUcsR0FBRztBQUMxQyxZQUFNLFdBQVcsS0FBSyxLQUFLLGNBQWM7QUFDekMsVUFBSSxXQUFXLFFBQVEsS0FBSyxPQUFPLFFBQVEsRUFBRyxRQUFRLFNBQVM7QUFDL0QsVUFBSSxRQUFRLEdBQUcsTUFBTSxJQUFLO0FBQUEsSUFDNUI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxJQUFJLE1BQU0sNEhBQTRIO0FBQzlJO0FBRUEsU0FBUyxPQUFPLFVBQTJCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxhQUFhLFVBQVUsTUFBTSxDQUFDLEVBQUUsU0FBUztBQUFBLEVBQzdELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxrQkFBMEI7QUFDeEMsU0FBTyxLQUFLLFNBQVMsR0FBRyxPQUFPO0FBQ2pDO0FBaENBLElBT0k7QUFQSjtBQUFBO0FBQUE7QUFBQTtBQUFBOzs7QUNHQSxTQUFTLGlCQUFpQixpQkFBaUIsVUFBVSxZQUFZLGNBQUFBLGFBQVksdUJBQXVDOzs7QUNBN0csSUFBTSxZQUFOLGNBQXdCLE1BQU07QUFBQSxFQUMxQixPQUFPO0FBQ2xCO0FBR08sSUFBTSw2QkFBTixjQUF5QyxVQUFVO0FBQUEsRUFFeEQsWUFBcUIsY0FBc0I7QUFDekMsVUFBTSxpQkFBaUIsWUFBWSxpQ0FBaUM7QUFEakQ7QUFBQSxFQUVyQjtBQUFBLEVBRnFCO0FBQUEsRUFEWixPQUFPO0FBSWxCO0FBVUEsU0FBUyxXQUFXLE1BQWtDO0FBQ3BELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixTQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sTUFBTSxFQUFFLEtBQUssS0FBSyxFQUFFLE9BQU8sRUFBRSxFQUFFLEtBQUssSUFBSTtBQUNqRTtBQUdPLElBQU0sa0JBQU4sY0FBOEIsVUFBVTtBQUFBLEVBRTdDLFlBQ1csVUFDQSxNQUNBLE1BQ1QsU0FDQTtBQUNBLFVBQU0scUJBQXFCLFFBQVEsS0FBSyxJQUFJO0FBQUE7QUFBQSxFQUFzQixXQUFXLElBQUksQ0FBQyxJQUFJLE9BQU87QUFMcEY7QUFDQTtBQUNBO0FBQUEsRUFJWDtBQUFBLEVBTlc7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBSkYsT0FBTztBQVNsQjtBQUdPLElBQU0saUJBQU4sY0FBNkIsVUFBVTtBQUFBLEVBRTVDLFlBQ1csT0FDQSxNQUNUO0FBQ0EsVUFBTSxHQUFHLEtBQUs7QUFBQTtBQUFBLEVBQTRFLFdBQVcsSUFBSSxDQUFDLEVBQUU7QUFIbkc7QUFDQTtBQUFBLEVBR1g7QUFBQSxFQUpXO0FBQUEsRUFDQTtBQUFBLEVBSEYsT0FBTztBQU9sQjtBQUdPLElBQU0sbUJBQU4sY0FBK0IsVUFBVTtBQUFBLEVBQ3JDLE9BQU87QUFDbEI7QUFHTyxJQUFNLGtCQUFOLGNBQThCLFVBQVU7QUFBQSxFQUNwQyxPQUFPO0FBQ2xCOzs7QUN6RE8sSUFBTSxhQUFhO0FBQUEsRUFDeEIsSUFBSTtBQUFBLEVBQ0osVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2Isc0JBQXNCO0FBQUEsRUFDdEIsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YscUJBQXFCO0FBQUEsRUFDckIsT0FBTztBQUFBLEVBQ1AsYUFBYTtBQUFBLEVBQ2IsZ0JBQWdCO0FBQUEsRUFDaEIsaUJBQWlCO0FBQUEsRUFDakIsa0JBQWtCO0FBQUEsRUFDbEIsZUFBZTtBQUNqQjtBQUVPLElBQU0sZ0JBQWdCO0FBQUEsRUFDM0IsZ0JBQWdCO0FBQUEsRUFDaEIsaUJBQWlCO0FBQUEsRUFDakIsaUJBQWlCO0FBQUEsRUFDakIsa0JBQWtCO0FBQUEsRUFDbEIsNEJBQTRCO0FBQUEsRUFDNUIsNkJBQTZCO0FBQUEsRUFDN0IseUJBQXlCO0FBQUEsRUFDekIsMEJBQTBCO0FBQzVCO0FBQ08sSUFBTSxzQkFBc0I7QUFFNUIsSUFBTSxhQUFhO0FBQUEsRUFDeEIsaUJBQWlCO0FBQUEsRUFDakIsa0JBQWtCO0FBQUEsRUFDbEIsZ0JBQWdCO0FBQUEsRUFDaEIsY0FBYztBQUFBLEVBQ2Qsc0JBQXNCO0FBQUEsRUFDdEIsbUJBQW1CO0FBQUEsRUFDbkIsaUJBQWlCO0FBQUEsRUFDakIscUJBQXFCO0FBQUEsRUFDckIsVUFBVTtBQUNaO0FBQ08sSUFBTSxrQkFBa0I7QUFFeEIsSUFBTSxhQUFhLEVBQUUsU0FBUyxHQUFHLFVBQVUsR0FBRyxZQUFZLEdBQUcsVUFBVSxFQUFFO0FBQ3pFLElBQU0sa0JBQWtCO0FBSXhCLElBQU0sYUFBYSxDQUFDLFNBQVMsU0FBUyxRQUFRLFFBQVEsU0FBUyxVQUFVO0FBU3pFLElBQU0sa0JBQTRDO0FBQUEsRUFDdkQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFJTyxJQUFNLGVBQXNDO0FBQUEsRUFDakQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQWFPLFNBQVMscUJBQXFCLEtBQWEsc0JBQThDO0FBQzlGLE1BQUksd0JBQXdCLE1BQU0sS0FBSyxNQUFNLEtBQUssUUFBUSxFQUFHLFFBQU87QUFDcEUsU0FBTyxnQkFBZ0IsR0FBRztBQUM1QjtBQUVPLFNBQVMsa0JBQWtCLEtBQWEsc0JBQTJDO0FBQ3hGLE1BQUksd0JBQXdCLE1BQU0sS0FBSyxNQUFNLEVBQUcsUUFBTztBQUN2RCxTQUFPLGFBQWEsR0FBRztBQUN6QjtBQUVPLFNBQVMsc0JBQXNCLEtBQWEsc0JBQStDO0FBQ2hHLE1BQUksd0JBQXdCLFFBQVEsRUFBRyxRQUFPO0FBQzlDLFNBQU87QUFDVDs7O0FDN0ZBLElBQU0sUUFBK0IsQ0FBQyxXQUFXLFNBQVMsV0FBVztBQWE5RCxJQUFNLGNBQU4sTUFBa0I7QUFBQSxFQUNkLFFBQVEsb0JBQUksSUFBa0I7QUFBQSxFQUV2QyxLQUFLLE1BQWMsTUFBd0I7QUFDekMsUUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUk7QUFDM0IsUUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLElBQUksTUFBTyxJQUFJLEVBQUUsTUFBTSxPQUFPLElBQUksU0FBUyxDQUFDLEVBQUUsQ0FBRTtBQUNuRSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBTSxNQUFrQztBQUN0QyxVQUFNLElBQUksS0FBSyxNQUFNLElBQUksSUFBSTtBQUM3QixRQUFJLENBQUMsRUFBRyxRQUFPO0FBQ2YsV0FBTyxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsU0FBUyxPQUFPLEVBQUUsS0FBSztBQUFBLEVBQ25FO0FBQUEsRUFFQSxRQUFRLE1BQW9DO0FBQzFDLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBSSxHQUFHLFFBQVEsSUFBSSxNQUFNO0FBQUEsRUFDakQ7QUFBQSxFQUVBLE1BQW1DO0FBQ2pDLFVBQU0sTUFBbUMsQ0FBQztBQUMxQyxlQUFXLENBQUMsTUFBTSxDQUFDLEtBQUssS0FBSyxNQUFPLEtBQUksSUFBSSxJQUFJLEVBQUUsTUFBTSxFQUFFLE1BQU0sT0FBTyxLQUFLLE1BQU0sSUFBSSxFQUFHO0FBQ3pGLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFPQSxJQUFNLFdBQVcsTUFBTSxPQUFPO0FBR3ZCLElBQU0sWUFBTixNQUFnQjtBQUFBLEVBT3JCLFlBQTZCLE9BQW9CO0FBQXBCO0FBQUEsRUFBcUI7QUFBQSxFQUFyQjtBQUFBLEVBTlosT0FBTyxvQkFBSSxJQUFxQjtBQUFBLEVBQ2hDLFdBQVcsb0JBQUksSUFBb0I7QUFBQSxFQUM1QyxZQUFZO0FBQUE7QUFBQSxFQUVILE1BQU0sb0JBQUksSUFBb0U7QUFBQSxFQUkvRixPQUFPLE1BQWMsTUFBK0M7QUFDbEUsVUFBTSxPQUFPLE1BQU0sSUFBSTtBQUN2QixRQUFJLFNBQVMsVUFBYSxTQUFTLEtBQUssTUFBTSxJQUFJLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzdGLFVBQU0sTUFBTSxHQUFHLElBQUksSUFBSSxJQUFJO0FBQzNCLFVBQU0sUUFBUSxLQUFLLFNBQVMsSUFBSSxHQUFHO0FBQ25DLFFBQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxRQUFRLFdBQVcsSUFBSSxJQUFJLE1BQU07QUFDbkUsVUFBTSxNQUFPLEtBQUssZUFBZSxJQUFLLFVBQVU7QUFDaEQsU0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sTUFBTSxLQUFLLENBQUM7QUFDdEMsU0FBSyxTQUFTLElBQUksS0FBSyxFQUFFO0FBQ3pCLFNBQUssTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMxQixTQUFLLElBQUksSUFBSSxNQUFNLEVBQUUsTUFBTSxNQUFNLE9BQU8sSUFBSSxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQ3pELFdBQU8sRUFBRSxRQUFRLFdBQVcsSUFBSSxHQUFHO0FBQUEsRUFDckM7QUFBQSxFQUVBLFVBQVUsSUFBWSxRQUF3QjtBQUM1QyxVQUFNLElBQUksS0FBSyxLQUFLLElBQUksRUFBRTtBQUMxQixRQUFJLENBQUMsRUFBRyxRQUFPLFdBQVc7QUFDMUIsVUFBTSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUk7QUFDM0MsVUFBTSxNQUFNLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSTtBQUMvQixRQUFJLEVBQUUsU0FBUyxXQUFXO0FBRXhCLFVBQUksVUFBVSxHQUFJLFFBQU8sV0FBVztBQUNwQyxXQUFLLFFBQVMsS0FBSyxRQUFRLFNBQVU7QUFDckMsVUFBSSxTQUFTO0FBQ2IsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFDQSxRQUFJLEVBQUUsU0FBUyxTQUFTO0FBQ3RCLFdBQUssU0FBUztBQUNkLFVBQUksS0FBSyxRQUFRLEdBQUksTUFBSyxRQUFRO0FBQ2xDLFVBQUksUUFBUSxLQUFLO0FBQ2pCLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQ0EsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLE9BQU8sSUFBWSxPQUF1QjtBQUN4QyxVQUFNLElBQUksS0FBSyxLQUFLLElBQUksRUFBRTtBQUMxQixRQUFJLENBQUMsRUFBRyxRQUFPLFdBQVc7QUFDMUIsVUFBTSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUk7QUFDM0MsVUFBTSxNQUFNLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSTtBQUMvQixRQUFJLEVBQUUsU0FBUyxXQUFXO0FBQ3hCLFdBQUssUUFBUyxLQUFLLFFBQVEsUUFBUztBQUNwQyxVQUFJLFNBQVM7QUFBQSxJQUNmLFdBQVcsRUFBRSxTQUFTLFNBQVM7QUFDN0IsV0FBSyxRQUFRO0FBQ2IsVUFBSSxRQUFRO0FBQUEsSUFDZCxPQUFPO0FBQ0wsV0FBSyxRQUFRLEtBQUssS0FBSztBQUN2QixVQUFJLFFBQVEsS0FBSyxLQUFLO0FBQUEsSUFDeEI7QUFDQSxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBLEVBRUEsSUFBSSxJQUFnRDtBQUNsRCxVQUFNLElBQUksS0FBSyxLQUFLLElBQUksRUFBRTtBQUMxQixRQUFJLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFNBQVM7QUFDN0MsUUFBSSxFQUFFLFNBQVMsWUFBYSxRQUFPLEVBQUUsUUFBUSxXQUFXLFlBQVk7QUFDcEUsV0FBTyxFQUFFLFFBQVEsV0FBVyxJQUFJLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU07QUFBQSxFQUMvRTtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQWtDO0FBQ3RDLFVBQU0sSUFBSSxLQUFLLElBQUksSUFBSSxJQUFJO0FBQzNCLFFBQUksQ0FBQyxFQUFHLFFBQU87QUFDZixRQUFJLEVBQUUsU0FBUyxRQUFTLFFBQU8sS0FBSyxNQUFNLE1BQU0sSUFBSTtBQUNwRCxRQUFJLEVBQUUsU0FBUyxZQUFhLFFBQU8sRUFBRSxRQUFRO0FBQzdDLFdBQU8sT0FBTyxFQUFFLEtBQUs7QUFBQSxFQUN2QjtBQUFBLEVBRUEsUUFBUSxNQUFvQztBQUMxQyxXQUFPLEtBQUssSUFBSSxJQUFJLElBQUksR0FBRyxRQUFRLElBQUksTUFBTTtBQUFBLEVBQy9DO0FBQUEsRUFFQSxNQUFtQztBQUNqQyxVQUFNLE1BQW1DLENBQUM7QUFDMUMsZUFBVyxDQUFDLE1BQU0sQ0FBQyxLQUFLLEtBQUssSUFBSyxLQUFJLElBQUksSUFBSSxFQUFFLE1BQU0sRUFBRSxNQUFNLE9BQU8sS0FBSyxNQUFNLElBQUksRUFBRztBQUN2RixXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUN2SUEsSUFBTSxVQUFVLElBQUksWUFBWSxTQUFTLEVBQUUsT0FBTyxNQUFNLENBQUM7QUFPbEQsU0FBUyxZQUFZLE9BQTJEO0FBQ3JGLFFBQU0sSUFBSSxNQUFNO0FBQ2hCLE1BQUksU0FBUztBQUNiLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsY0FBVSxLQUFLLENBQUMsSUFBSSxPQUFPLEtBQUssQ0FBQyxJQUFJO0FBQUEsRUFDdkM7QUFDQSxRQUFNLE9BQU8sSUFBSSxJQUFJO0FBRXJCLFFBQU0sTUFBTSxPQUFPLFlBQVksT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUN2RCxRQUFNLFVBQVUsSUFBSSxNQUFNLFFBQVEsTUFBTSxNQUFNO0FBQzlDLFFBQU0sUUFBUSxZQUFZLE9BQU87QUFDakMsTUFBSSxjQUFjLEdBQUcsQ0FBQztBQUN0QixNQUFJLFNBQVM7QUFDYixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixVQUFNLENBQUMsR0FBRyxDQUFDLElBQUksTUFBTSxDQUFDO0FBQ3RCLFFBQUksY0FBYyxRQUFRLEVBQUUsU0FBUyxPQUFPLFdBQVcsR0FBRyxNQUFNLEdBQUcsTUFBTTtBQUN6RSxRQUFJLGNBQWMsUUFBUSxFQUFFLFNBQVMsT0FBTyxXQUFXLEdBQUcsTUFBTSxHQUFHLFNBQVMsQ0FBQztBQUM3RSxjQUFVO0FBQUEsRUFDWjtBQUNBLFNBQU8sSUFBSSxXQUFXLElBQUksUUFBUSxJQUFJLFlBQVksT0FBTyxPQUFPO0FBQ2xFO0FBT08sU0FBUyxZQUFZLE9BQTRDO0FBQ3RFLE1BQUksTUFBTSxTQUFTLEVBQUcsUUFBTyxNQUFNLFdBQVcsSUFBSSxDQUFDLElBQUk7QUFDdkQsUUFBTSxPQUFPLElBQUksU0FBUyxNQUFNLFFBQVEsTUFBTSxZQUFZLE1BQU0sVUFBVTtBQUMxRSxRQUFNLFFBQVEsS0FBSyxVQUFVLEdBQUcsSUFBSTtBQUNwQyxNQUFJLElBQUksUUFBUSxJQUFJLE1BQU0sT0FBUSxRQUFPO0FBQ3pDLFFBQU0sUUFBNEIsQ0FBQztBQUNuQyxXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sSUFBSyxPQUFNLEtBQUssQ0FBQyxLQUFLLFVBQVUsSUFBSSxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUssVUFBVSxJQUFJLElBQUksR0FBRyxJQUFJLENBQUMsQ0FBQztBQUM3RyxNQUFJLFNBQVMsSUFBSSxRQUFRO0FBQ3pCLFFBQU0sU0FBc0IsQ0FBQztBQUM3QixhQUFXLENBQUMsSUFBSSxFQUFFLEtBQUssT0FBTztBQUM1QixRQUFJLFNBQVMsS0FBSyxJQUFJLEtBQUssSUFBSSxNQUFNLE9BQVEsUUFBTztBQUNwRCxVQUFNLE1BQU0sUUFBUSxPQUFPLE1BQU0sU0FBUyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQzlELGNBQVUsS0FBSztBQUNmLFVBQU0sUUFBUSxRQUFRLE9BQU8sTUFBTSxTQUFTLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFDaEUsY0FBVSxLQUFLO0FBQ2YsV0FBTyxLQUFLLENBQUMsS0FBSyxLQUFLLENBQUM7QUFBQSxFQUMxQjtBQUNBLFNBQU87QUFDVDtBQUtPLFNBQVMsaUJBQWlCLE9BQWlDLE1BQTJCO0FBQzNGLE1BQUksVUFBVSxPQUFXLFFBQU8sQ0FBQztBQUNqQyxNQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDeEIsV0FBTyxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU07QUFDNUIsVUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLEtBQUssS0FBSyxXQUFXLEtBQUssT0FBTyxLQUFLLENBQUMsTUFBTSxZQUFZLE9BQU8sS0FBSyxDQUFDLE1BQU0sVUFBVTtBQUMzRyxjQUFNLElBQUksVUFBVSxHQUFHLElBQUksSUFBSSxDQUFDLDJDQUEyQztBQUFBLE1BQzdFO0FBQ0EsYUFBTyxDQUFDLEtBQUssQ0FBQyxFQUFFLFlBQVksR0FBRyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3hDLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLEtBQU0sT0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLHlDQUF5QztBQUNySCxTQUFPLE9BQU8sUUFBUSxLQUFnQyxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNO0FBQ3RFLFFBQUksT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNLFNBQVUsT0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLElBQUksQ0FBQyxtQkFBbUI7QUFDdkcsV0FBTyxDQUFDLEVBQUUsWUFBWSxHQUFHLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDcEMsQ0FBQztBQUNIOzs7QUNyRUEsSUFBTSxVQUFVLElBQUksWUFBWTtBQUNoQyxJQUFNQyxXQUFVLElBQUksWUFBWTtBQUdoQyxJQUFNLGtCQUFrQixvQkFBSSxJQUFJO0FBQUEsRUFDOUI7QUFBQSxFQUFXO0FBQUEsRUFBWTtBQUFBLEVBQVU7QUFBQSxFQUFlO0FBQUEsRUFBYztBQUFBLEVBQVk7QUFBQSxFQUFRO0FBQUEsRUFDbEY7QUFBQSxFQUFlO0FBQUEsRUFBa0I7QUFBQSxFQUFnQjtBQUFBLEVBQWdCO0FBQUEsRUFDakU7QUFBQSxFQUFjO0FBQUEsRUFBa0I7QUFBQSxFQUFzQjtBQUFBLEVBQ3REO0FBQUEsRUFBMEI7QUFBQSxFQUFZO0FBQ3hDLENBQUM7QUFFTSxTQUFTLGVBQWUsT0FBa0M7QUFDL0QsTUFBSSxpQkFBaUIsV0FBWSxRQUFPLE1BQU0sTUFBTTtBQUNwRCxNQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU8sUUFBUSxPQUFPLEtBQUs7QUFDMUQsTUFBSSxPQUFPLFVBQVUsVUFBVyxRQUFPLFdBQVcsR0FBRyxRQUFRLElBQUksQ0FBQztBQUNsRSxRQUFNLE1BQU0sT0FBTyxVQUFVLFdBQVcsUUFBUSxPQUFPLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDeEUsUUFBTSxNQUFNLElBQUksV0FBVyxDQUFDO0FBQzVCLE1BQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxZQUFZLEdBQUcsT0FBTyxPQUFPLElBQUksR0FBRyxHQUFHLElBQUk7QUFDcEUsU0FBTztBQUNUO0FBRU8sU0FBUyxtQkFBbUIsT0FBZ0IsTUFBNkI7QUFDOUUsTUFBSSxVQUFVLE9BQVcsUUFBTyxDQUFDO0FBQ2pDLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDdkUsVUFBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLDhFQUE4RTtBQUFBLEVBQzNHO0FBQ0EsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDMUMsVUFBTSxLQUFLLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxhQUFhLGFBQWE7QUFDN0gsUUFBSSxDQUFDLEdBQUksT0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLEtBQUssQ0FBQyw0REFBNEQ7QUFBQSxFQUN4RztBQUNBLFNBQU87QUFDVDtBQVVBLFNBQVMsZUFBZSxNQUFjLFNBQTJEO0FBQy9GLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsUUFBTSxPQUFPLFFBQVEsSUFBSSxPQUFPO0FBQ2hDLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUFRLGFBQU87QUFBQSxJQUNwQixLQUFLO0FBQVksYUFBTyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFBQSxJQUMxQyxLQUFLO0FBQVMsYUFBTyxTQUFTLFNBQVksU0FBWSxLQUFLLFNBQVMsR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLFFBQVEsR0FBRyxJQUFJLENBQUMsSUFBSTtBQUFBLElBQy9HLEtBQUs7QUFBUSxhQUFPLFFBQVEsSUFBSSxZQUFZO0FBQUEsSUFDNUMsS0FBSztBQUFVLGFBQU8sUUFBUSxJQUFJLFNBQVM7QUFBQSxJQUMzQyxLQUFLO0FBQVUsYUFBTyxRQUFRLElBQUksU0FBUztBQUFBLElBQzNDLEtBQUs7QUFBTSxhQUFPLFFBQVEsSUFBSSxjQUFjO0FBQUEsSUFDNUMsS0FBSztBQUFXLGFBQU8sUUFBUSxJQUFJLFNBQVM7QUFBQSxJQUM1QyxLQUFLO0FBQWEsYUFBTyxRQUFRLElBQUksWUFBWTtBQUFBLElBQ2pELEtBQUs7QUFBWSxhQUFPO0FBQUEsSUFDeEI7QUFBUyxhQUFPO0FBQUEsRUFDbEI7QUFDRjtBQUVBLFNBQVMsY0FBYyxLQUE0QixNQUF3QztBQUN6RixNQUFJLENBQUMsSUFBSyxRQUFPO0FBQ2pCLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxZQUFZLElBQUksTUFBTSxDQUFDO0FBQ3JELE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixRQUFNLElBQUksSUFBSSxJQUFJLEtBQUssQ0FBQyxDQUFFO0FBQzFCLFNBQU8sTUFBTSxTQUFZLFNBQVksUUFBUSxPQUFPLENBQUM7QUFDdkQ7QUFHTyxTQUFTLGdCQUFnQixTQUFpQixPQUE4QztBQUM3RixRQUFNLFdBQVcsUUFBUSxNQUFNLElBQVE7QUFDdkMsUUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN2QixNQUFJLENBQUMsZ0JBQWdCLElBQUksSUFBSSxHQUFHO0FBQzlCLFVBQU0sUUFBUSxNQUFNLGFBQWEsSUFBSSxPQUFPO0FBQzVDLFdBQU8sT0FBTyxNQUFNO0FBQUEsRUFDdEI7QUFDQSxNQUFJLFNBQVMsa0JBQWtCLFNBQVMsV0FBVyxHQUFHO0FBQ3BELFVBQU0sTUFBTSxTQUFTLENBQUMsRUFBRyxXQUFXLE9BQU8sSUFBSSxTQUFTLENBQUMsRUFBRyxNQUFNLENBQUMsSUFBSSxTQUFTLENBQUM7QUFDakYsV0FBTyxNQUFNLGFBQWEsSUFBSSxHQUFHLEdBQUcsTUFBTTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ2hDLFFBQU0sV0FBVyxNQUFNLFNBQVMsTUFBTSxLQUFLLE1BQU0sR0FBRyxNQUFNO0FBQzFELE1BQUksYUFBYSxPQUFXLFFBQU8sZUFBZSxRQUFRO0FBQzFELE1BQUksU0FBUyxhQUFhLFNBQVMsQ0FBQyxNQUFNLFVBQVcsUUFBTyxjQUFjLE1BQU0sZ0JBQWdCLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFDakgsTUFBSSxTQUFTLGNBQWMsU0FBUyxDQUFDLE1BQU0sVUFBVyxRQUFPLGNBQWMsTUFBTSxpQkFBaUIsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUNuSCxNQUFJLFNBQVMsYUFBYSxTQUFTLFdBQVcsR0FBRztBQUMvQyxVQUFNLElBQUksZUFBZSxTQUFTLENBQUMsR0FBSSxNQUFNLGNBQWM7QUFDM0QsV0FBTyxNQUFNLFNBQVksU0FBWSxlQUFlLENBQUM7QUFBQSxFQUN2RDtBQUNBLE1BQUksU0FBUyxjQUFjLFNBQVMsV0FBVyxLQUFLLFNBQVMsQ0FBQyxNQUFNLFFBQVE7QUFDMUUsVUFBTSxTQUFTLE1BQU0saUJBQWlCLElBQUksU0FBUztBQUNuRCxXQUFPLFdBQVcsVUFBYSxDQUFDLFFBQVEsS0FBSyxNQUFNLElBQUksU0FBWSxlQUFlLE9BQU8sTUFBTSxDQUFDO0FBQUEsRUFDbEc7QUFDQSxTQUFPO0FBQ1Q7OztBQzdGQSxJQUFNQyxXQUFVLElBQUksWUFBWTtBQUNoQyxJQUFNQyxXQUFVLElBQUksWUFBWTtBQUV6QixJQUFNLGFBQU4sTUFBaUI7QUFBQSxFQUNMLE9BQU8sb0JBQUksSUFBZ0M7QUFBQSxFQUNwRCxVQUFVO0FBQUEsRUFFVixJQUFJLE1BQWtDO0FBQzVDLFFBQUksSUFBSSxLQUFLLEtBQUssSUFBSSxJQUFJO0FBQzFCLFFBQUksQ0FBQyxFQUFHLE1BQUssS0FBSyxJQUFJLE1BQU8sSUFBSSxvQkFBSSxJQUFJLENBQUU7QUFDM0MsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFVBQWtCO0FBQ3hCLFVBQU0sTUFBTSxLQUFLO0FBRWpCLFNBQUssVUFBVyxLQUFLLFVBQVUsTUFBTyxLQUFLO0FBQzNDLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLE1BQWMsS0FBNkQ7QUFDaEYsVUFBTSxJQUFJLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQ2hDLFdBQU8sS0FBSyxFQUFFLE9BQU8sRUFBRSxNQUFNLE1BQU0sR0FBRyxLQUFLLEVBQUUsSUFBSTtBQUFBLEVBQ25EO0FBQUE7QUFBQSxFQUdBLE1BQU0sTUFBYyxLQUFhLE9BQW1CLEtBQXFCO0FBQ3ZFLFVBQU0sSUFBSSxLQUFLLElBQUksSUFBSTtBQUN2QixVQUFNLFdBQVcsRUFBRSxJQUFJLEdBQUc7QUFDMUIsUUFBSSxZQUFZLFFBQVEsS0FBSyxRQUFRLFNBQVMsSUFBSyxRQUFPLFdBQVc7QUFDckUsTUFBRSxJQUFJLEtBQUssRUFBRSxPQUFPLE1BQU0sTUFBTSxHQUFHLEtBQUssS0FBSyxRQUFRLEVBQUUsQ0FBQztBQUN4RCxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFHQSxJQUFJLEtBQWEsT0FBTyxJQUF3QjtBQUM5QyxVQUFNLElBQUksS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDaEMsV0FBTyxLQUFLQSxTQUFRLE9BQU8sRUFBRSxLQUFLO0FBQUEsRUFDcEM7QUFBQSxFQUVBLFNBQVMsS0FBYSxPQUFPLElBQTRCO0FBQ3ZELFdBQU8sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsR0FBRyxNQUFNLE1BQU07QUFBQSxFQUM5QztBQUFBO0FBQUEsRUFHQSxJQUFJLEtBQWEsT0FBNEIsT0FBTyxJQUFVO0FBQzVELFNBQUssTUFBTSxNQUFNLEtBQUssT0FBTyxVQUFVLFdBQVdELFNBQVEsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDcEY7QUFBQSxFQUVBLElBQUksS0FBYSxPQUFPLElBQXdCO0FBQzlDLFdBQU8sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsR0FBRztBQUFBLEVBQ2xDO0FBQ0Y7OztBQzNDTyxJQUFNLGVBQU4sTUFBTSxjQUFhO0FBQUEsRUFDUCxVQUFVLG9CQUFJLElBQW1CO0FBQUEsRUFDakMsU0FBUyxvQkFBSSxJQUFvQjtBQUFBLEVBQzFDLFlBQVk7QUFBQSxFQUVwQixPQUFlLElBQUksTUFBYyxNQUFzQjtBQUNyRCxXQUFPLEdBQUcsSUFBSSxLQUFTLElBQUk7QUFBQSxFQUM3QjtBQUFBLEVBRUEsU0FBUyxNQUFjLE1BQWMsT0FBbUIsZUFBK0I7QUFDckYsVUFBTSxNQUFNLGNBQWEsSUFBSSxNQUFNLElBQUk7QUFDdkMsVUFBTSxXQUFXLEtBQUssT0FBTyxJQUFJLEdBQUc7QUFDcEMsUUFBSSxhQUFhLFFBQVc7QUFDMUIsWUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJLFFBQVE7QUFDbkMsUUFBRSxRQUFRO0FBQ1YsUUFBRSxnQkFBZ0I7QUFDbEIsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLFFBQVEsS0FBSztBQUNuQixTQUFLLE9BQU8sSUFBSSxLQUFLLEtBQUs7QUFDMUIsU0FBSyxRQUFRLElBQUksT0FBTyxFQUFFLE1BQU0sTUFBTSxPQUFPLGVBQWUsT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUN2RSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsUUFBUSxNQUFjLE1BQWtDO0FBQ3RELFdBQU8sS0FBSyxPQUFPLElBQUksY0FBYSxJQUFJLE1BQU0sSUFBSSxDQUFDO0FBQUEsRUFDckQ7QUFBQTtBQUFBLEVBR0EsUUFBUSxPQUFlLE1BQTJEO0FBQ2hGLFVBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLO0FBQ2hDLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxNQUFFLE1BQU0sS0FBSyxLQUFLLE1BQU0sQ0FBQztBQUN6QixXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksUUFBUSxNQUFNLEVBQUUsTUFBTSxpQkFBaUIsRUFBRSxlQUFlLEtBQUssRUFBRTtBQUFBLEVBQ2pHO0FBQUEsRUFFQSxRQUFRLE9BQXNEO0FBQzVELFVBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLO0FBQ2hDLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxVQUFNLE9BQU8sRUFBRSxNQUFNLE1BQU07QUFDM0IsUUFBSSxDQUFDLEtBQU0sUUFBTyxFQUFFLFFBQVEsV0FBVyxNQUFNO0FBQzdDLFdBQU8sRUFBRSxRQUFRLFdBQVcsSUFBSSxLQUFLO0FBQUEsRUFDdkM7QUFBQSxFQUVBLEtBQUssTUFBYyxNQUFzQjtBQUN2QyxVQUFNLFFBQVEsS0FBSyxRQUFRLE1BQU0sSUFBSTtBQUNyQyxXQUFPLFVBQVUsU0FBWSxJQUFJLEtBQUssUUFBUSxJQUFJLEtBQUssRUFBRyxNQUFNO0FBQUEsRUFDbEU7QUFDRjs7O0FDNURBLElBQU0sUUFBUSxJQUFJLFdBQVcsQ0FBQztBQUV2QixJQUFNLFlBQU4sTUFBZ0I7QUFBQSxFQUNiO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFUixZQUFZLFFBQXFCLENBQUMsR0FBRztBQUNuQyxTQUFLLFVBQVUsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzNEO0FBQUEsRUFFQSxRQUFxQjtBQUNuQixXQUFPLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDNUM7QUFBQTtBQUFBLEVBR0EsYUFBeUI7QUFDdkIsUUFBSSxLQUFLLFlBQVksT0FBVyxNQUFLLFVBQVUsS0FBSyxRQUFRLFdBQVcsSUFBSSxRQUFRLFlBQVksS0FBSyxPQUFPO0FBQzNHLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLElBQUksUUFBZ0I7QUFDbEIsV0FBTyxLQUFLLFFBQVE7QUFBQSxFQUN0QjtBQUFBO0FBQUEsRUFHQSxXQUFtQjtBQUNqQixRQUFJLE9BQU87QUFDWCxlQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssS0FBSyxRQUFTLFNBQVEsT0FBTyxXQUFXLEdBQUcsTUFBTSxJQUFJLE9BQU8sV0FBVyxHQUFHLE1BQU07QUFDckcsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsSUFBSSxNQUFrQztBQUNwQyxVQUFNLE1BQU0sS0FBSyxZQUFZO0FBQzdCLFdBQU8sS0FBSyxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDO0FBQUEsRUFDbEQ7QUFBQSxFQUVBLElBQUksTUFBYyxPQUFxQjtBQUNyQyxTQUFLLFFBQVEsS0FBSyxDQUFDLEtBQUssWUFBWSxHQUFHLEtBQUssQ0FBQztBQUM3QyxTQUFLLFVBQVU7QUFBQSxFQUNqQjtBQUFBO0FBQUEsRUFHQSxRQUFRLE1BQWMsT0FBcUI7QUFDekMsVUFBTSxNQUFNLEtBQUssWUFBWTtBQUM3QixVQUFNLFFBQVEsS0FBSyxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLEdBQUc7QUFDbEQsUUFBSSxNQUFPLE9BQU0sQ0FBQyxJQUFJO0FBQUEsUUFDakIsTUFBSyxRQUFRLEtBQUssQ0FBQyxLQUFLLEtBQUssQ0FBQztBQUNuQyxTQUFLLFVBQVU7QUFBQSxFQUNqQjtBQUFBLEVBRUEsT0FBTyxNQUFvQjtBQUN6QixVQUFNLE1BQU0sS0FBSyxZQUFZO0FBQzdCLFFBQUksQ0FBQyxLQUFLLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRyxFQUFHO0FBQzVDLFNBQUssVUFBVSxLQUFLLFFBQVEsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRztBQUNyRCxTQUFLLFVBQVU7QUFBQSxFQUNqQjtBQUFBLEVBRUEsT0FBTyxPQUEwQjtBQUMvQixTQUFLLFVBQVUsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxHQUFHLENBQUMsQ0FBQztBQUN6RCxTQUFLLFVBQVU7QUFBQSxFQUNqQjtBQUNGOzs7QUN6QkEsSUFBTUUsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFFaEMsU0FBUyxPQUFPLE9BQTBDO0FBQ3hELFFBQU0sTUFBTSxJQUFJLFdBQVcsTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQztBQUNsRSxNQUFJLElBQUk7QUFDUixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLElBQUksR0FBRyxDQUFDO0FBQ1osU0FBSyxFQUFFO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxNQUEyQixNQUEwQjtBQUNuRSxNQUFJLE9BQU8sU0FBUyxTQUFVLFFBQU9ELFNBQVEsT0FBTyxJQUFJO0FBQ3hELE1BQUksZ0JBQWdCLFdBQVksUUFBTyxLQUFLLE1BQU07QUFDbEQsUUFBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLG1DQUFtQztBQUNoRTtBQUdPLElBQU0sYUFBTixNQUFpQjtBQUFBLEVBVXRCLFlBQXFCLFFBQTZCLElBQWlCLE9BQWU7QUFBN0Q7QUFBNkI7QUFBaUI7QUFBQSxFQUFnQjtBQUFBLEVBQTlEO0FBQUEsRUFBNkI7QUFBQSxFQUFpQjtBQUFBLEVBVG5FO0FBQUE7QUFBQSxFQUVBLG1CQUFtQjtBQUFBLEVBQ1YsY0FBYyxFQUFFLFNBQVMsT0FBTyxVQUFVLE1BQU07QUFBQSxFQUNoRCxlQUFlLEVBQUUsU0FBUyxPQUFPLFVBQVUsTUFBTTtBQUFBLEVBQ2pELE9BQTRDLEVBQUUsU0FBUyxRQUFXLFVBQVUsT0FBVTtBQUFBLEVBQ3RGLFlBQVksRUFBRSxTQUFTLE9BQU8sVUFBVSxNQUFNO0FBQUEsRUFDOUMsVUFBVSxFQUFFLFNBQVMsT0FBTyxVQUFVLE1BQU07QUFBQSxFQUlyRCxVQUFVLE1BQXFDO0FBQzdDLFVBQU0sSUFBSSxLQUFLO0FBQ2YsWUFBUSxNQUFNO0FBQUEsTUFDWixLQUFLLGNBQWM7QUFBZ0IsZUFBTyxLQUFLLFlBQVksVUFBVSxFQUFFLG1CQUFtQjtBQUFBLE1BQzFGLEtBQUssY0FBYztBQUFpQixlQUFPLEtBQUssWUFBWSxXQUFXLEVBQUUsb0JBQW9CO0FBQUEsTUFDN0YsS0FBSyxjQUFjO0FBQWlCLGVBQU8sS0FBSyxhQUFhLFVBQVUsRUFBRSxvQkFBb0I7QUFBQSxNQUM3RixLQUFLLGNBQWM7QUFBa0IsZUFBTyxLQUFLLGFBQWEsV0FBVyxFQUFFLHFCQUFxQjtBQUFBLE1BQ2hHO0FBQVMsZUFBTztBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUFBLEVBRUEsV0FBVyxNQUF3QztBQUNqRCxVQUFNLE1BQXVCLFNBQVMsV0FBVyxrQkFBa0IsWUFBWSxTQUFTLFdBQVcsbUJBQW1CLGFBQWE7QUFDbkksUUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxPQUFXLFFBQU87QUFDakQsV0FBTyxFQUFFLEtBQUssTUFBTSxLQUFLLEtBQUssR0FBRyxHQUFJLEtBQUssQ0FBQyxVQUFVO0FBQUUsV0FBSyxLQUFLLEdBQUcsSUFBSTtBQUFBLElBQU8sRUFBRTtBQUFBLEVBQ25GO0FBQUEsRUFFQSxxQkFBcUIsT0FBZ0M7QUFDbkQsU0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLE9BQU8sbUJBQW1CLEtBQUssQ0FBQztBQUFBLEVBQzNEO0FBQUEsRUFFQSxlQUFlLE1BQXNCO0FBQ25DLFFBQUksU0FBUyxXQUFXLFdBQVcsU0FBUyxXQUFXLFNBQVUsUUFBTyxXQUFXO0FBQ25GLFVBQU0sTUFBVyxTQUFTLFdBQVcsVUFBVSxZQUFZO0FBQzNELFFBQUksUUFBUSxVQUFXLE1BQUssT0FBTyxtQkFBbUI7QUFBQSxRQUNqRCxNQUFLLE9BQU8sb0JBQW9CO0FBQ3JDLFNBQUssR0FBRyxNQUFNLE1BQU0sS0FBSyxPQUFPLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFDakQsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLFlBQVksTUFBc0I7QUFDaEMsUUFBSSxTQUFTLFdBQVcsV0FBVyxTQUFTLFdBQVcsU0FBVSxRQUFPLFdBQVc7QUFDbkYsU0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLE9BQU8sTUFBTSxtQkFBbUIsQ0FBQztBQUMxRCxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUNGO0FBYUEsU0FBUyxZQUE0QjtBQUNuQyxTQUFPLEVBQUUsYUFBYSxPQUFPLE9BQU8sT0FBTyxrQkFBa0IsT0FBTyxXQUFXLFFBQVcsZUFBZSxRQUFXLE9BQU8sQ0FBQyxHQUFHLFdBQVcsQ0FBQyxFQUFFO0FBQy9JO0FBRU8sSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFldEIsWUFBWSxLQUE2QixZQUEyQjtBQUEzQjtBQUN2QyxTQUFLLFFBQVEsSUFBSSxJQUFJLENBQUMsSUFBSSxNQUFNLElBQUksV0FBVyxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFBQSxFQUZ5QztBQUFBLEVBZGhDO0FBQUEsRUFDQSxjQUFjLG9CQUFJLElBQXdCO0FBQUEsRUFDbkQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBLG1CQUFtQjtBQUFBLEVBQ25CLG9CQUFvQjtBQUFBO0FBQUEsRUFFcEI7QUFBQSxFQUNRO0FBQUEsRUFDQSxZQUFZO0FBQUEsRUFDSCxRQUFxQyxFQUFFLFNBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxFQUFFO0FBQUE7QUFBQSxFQVFwRyxtQkFBbUIsU0FBdUIsVUFBdUIsQ0FBQyxHQUFrQjtBQUNsRixTQUFLLFdBQVcsb0JBQW9CO0FBQ3BDLFFBQUksS0FBSyxNQUFNLFFBQVEsWUFBYSxPQUFNLElBQUksaUJBQWlCLHNFQUFzRTtBQUNySSxTQUFLLG1CQUFtQixJQUFJLFVBQVUsaUJBQWlCLFNBQVMsaUJBQWlCLENBQUM7QUFDbEYsU0FBSyxNQUFNLFFBQVEsY0FBYztBQUNqQyxTQUFLLE1BQU0sUUFBUSxRQUFRLFFBQVEsZ0JBQWdCO0FBQ25ELFdBQU8sS0FBSyxLQUFLLFdBQVcsR0FBRyxFQUFFLE1BQU0sV0FBVyxhQUFhLFFBQVEsZ0JBQWdCLEtBQUssQ0FBQztBQUFBLEVBQy9GO0FBQUEsRUFFQSxnQkFBZ0IsTUFBMkIsVUFBdUIsQ0FBQyxHQUFlO0FBQ2hGLFNBQUssV0FBVyxpQkFBaUI7QUFDakMsU0FBSyxnQkFBZ0IsV0FBVyxpQkFBaUI7QUFDakQsU0FBSyxNQUFNLFFBQVEsUUFBUSxRQUFRLGdCQUFnQjtBQUNuRCxXQUFPLEtBQUssS0FBSyxXQUFXLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sY0FBYyxHQUFHLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDaEk7QUFBQSxFQUVBLG9CQUFvQixVQUF3QztBQUMxRCxTQUFLLFdBQVcscUJBQXFCO0FBQ3JDLFNBQUssZ0JBQWdCLFdBQVcscUJBQXFCO0FBQ3JELFNBQUssb0JBQW9CLElBQUksVUFBVSxpQkFBaUIsVUFBVSxrQkFBa0IsQ0FBQztBQUNyRixTQUFLLE1BQU0sUUFBUSxRQUFRO0FBQzNCLFdBQU8sS0FBSyxLQUFLLFdBQVcsR0FBRyxFQUFFLE1BQU0sWUFBWSxhQUFhLEtBQUssQ0FBQztBQUFBLEVBQ3hFO0FBQUEsRUFFQSxvQkFBb0IsU0FBdUIsVUFBdUIsQ0FBQyxHQUFrQjtBQUNuRixTQUFLLFdBQVcscUJBQXFCO0FBQ3JDLFFBQUksQ0FBQyxLQUFLLE1BQU0sUUFBUSxrQkFBa0I7QUFDeEMsWUFBTSxJQUFJLGlCQUFpQiw0R0FBNEc7QUFBQSxJQUN6STtBQUNBLFFBQUksS0FBSyxNQUFNLFNBQVMsWUFBYSxPQUFNLElBQUksaUJBQWlCLHdFQUF3RTtBQUN4SSxVQUFNLFFBQVEsaUJBQWlCLFNBQVMsa0JBQWtCO0FBQzFELFFBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLFNBQVMsRUFBRyxPQUFNLElBQUksVUFBVSwwQ0FBMEM7QUFDekcsU0FBSyxvQkFBb0IsSUFBSSxVQUFVLEtBQUs7QUFDNUMsU0FBSyxNQUFNLFNBQVMsY0FBYztBQUNsQyxTQUFLLE1BQU0sU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sV0FBVyxhQUFhLFFBQVEsZ0JBQWdCLEtBQUssQ0FBQztBQUFBLEVBQ2hHO0FBQUEsRUFFQSxpQkFBaUIsTUFBMkIsVUFBdUIsQ0FBQyxHQUFlO0FBQ2pGLFNBQUssV0FBVyxrQkFBa0I7QUFDbEMsU0FBSyxnQkFBZ0IsWUFBWSxrQkFBa0I7QUFDbkQsU0FBSyxNQUFNLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUNwRCxXQUFPLEtBQUssS0FBSyxZQUFZLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sZUFBZSxHQUFHLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDbEk7QUFBQSxFQUVBLHFCQUFxQixVQUF3QztBQUMzRCxTQUFLLFdBQVcsc0JBQXNCO0FBQ3RDLFNBQUssZ0JBQWdCLFlBQVksc0JBQXNCO0FBQ3ZELFNBQUsscUJBQXFCLElBQUksVUFBVSxpQkFBaUIsVUFBVSxtQkFBbUIsQ0FBQztBQUN2RixTQUFLLE1BQU0sU0FBUyxRQUFRO0FBQzVCLFdBQU8sS0FBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sWUFBWSxhQUFhLEtBQUssQ0FBQztBQUFBLEVBQ3pFO0FBQUE7QUFBQSxFQUdBLFdBQWlCO0FBQ2YsUUFBSSxLQUFLLFVBQVcsT0FBTSxJQUFJLGlCQUFpQiwwQ0FBMEM7QUFDekYsU0FBSyxZQUFZO0FBQ2pCLFVBQU0sT0FBTyxLQUFLLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxjQUFjLE1BQVM7QUFDL0QsVUFBTSxNQUFNLENBQUMsU0FBaUI7QUFDNUIsaUJBQVcsS0FBSyxNQUFNO0FBQ3BCLFlBQUksRUFBRSxHQUFHLE9BQVE7QUFDakIsVUFBRSxHQUFHLE9BQU8sTUFBTSxFQUFFLFdBQVcsRUFBRSxXQUFZLFNBQVMsb0JBQUksSUFBSSxFQUFFLEdBQUcsTUFBTSxFQUFFLEdBQUcsWUFBWSxNQUFNLEVBQUUsU0FBVSxDQUFDO0FBQUEsTUFDL0c7QUFBQSxJQUNGO0FBQ0EsUUFBSSxlQUFlO0FBQ25CLFFBQUksY0FBYztBQUNsQixRQUFJLGlCQUFpQjtBQUNyQixlQUFXLEtBQUssS0FBTSxHQUFFLEdBQUcsWUFBWSxFQUFFLFNBQVU7QUFBQSxFQUNyRDtBQUFBO0FBQUEsRUFJQSxJQUFJLGdCQUEyQztBQUM3QyxVQUFNRSxLQUFJLEtBQUs7QUFDZixRQUFJLENBQUNBLEdBQUcsUUFBTztBQUNmLFVBQU0sT0FBTyxPQUFPLEtBQUssTUFBTSxTQUFTLFNBQVM7QUFDakQsV0FBTztBQUFBLE1BQ0wsUUFBUUEsR0FBRTtBQUFBLE1BQ1YsU0FBUyxLQUFLLG1CQUFtQixNQUFNLEtBQUssQ0FBQztBQUFBLE1BQzdDO0FBQUEsTUFDQSxVQUFVRCxTQUFRLE9BQU8sSUFBSTtBQUFBLE1BQzdCLFNBQVNDLEdBQUU7QUFBQSxNQUNYLFlBQVlBLEdBQUUsY0FBYyxLQUFLQSxHQUFFLGNBQWMsS0FBS0EsR0FBRSxhQUFhO0FBQUEsSUFDdkU7QUFBQSxFQUNGO0FBQUEsRUFFQSxpQkFBOEI7QUFDNUIsV0FBTyxLQUFLLGtCQUFrQixNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzVDO0FBQUEsRUFFQSxjQUFjLE1BQWtDO0FBQzlDLFdBQU8sS0FBSyxrQkFBa0IsSUFBSSxJQUFJO0FBQUEsRUFDeEM7QUFBQSxFQUVBLGtCQUErQjtBQUM3QixXQUFPLEtBQUssbUJBQW1CLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVBLGtCQUErQjtBQUM3QixXQUFPLEtBQUssbUJBQW1CLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVBLGVBQWUsTUFBa0M7QUFDL0MsV0FBTyxLQUFLLG1CQUFtQixJQUFJLElBQUk7QUFBQSxFQUN6QztBQUFBLEVBRUEsbUJBQWdDO0FBQzlCLFdBQU8sS0FBSyxvQkFBb0IsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUFBO0FBQUEsRUFHQSxjQUEwQjtBQUN4QixXQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsU0FBUztBQUFBLEVBQzVDO0FBQUE7QUFBQSxFQUdBLGVBQTJCO0FBQ3pCLFdBQU8sT0FBTyxLQUFLLE1BQU0sU0FBUyxTQUFTO0FBQUEsRUFDN0M7QUFBQTtBQUFBLEVBR0EsU0FBUyxNQUFzRDtBQUM3RCxVQUFNLFFBQVEsS0FBSyxjQUFjLElBQUk7QUFDckMsV0FBTyxTQUFTRCxTQUFRLE9BQU8sS0FBSztBQUFBLEVBQ3RDO0FBQUEsRUFFQSxjQUFjLE1BQTBEO0FBQ3RFLFVBQU0sTUFBTSxPQUFPLFNBQVMsV0FBVyxPQUFPLEtBQUssS0FBSyxJQUFRO0FBQ2hFLFdBQU8sS0FBSyxZQUFZLElBQUksR0FBRyxHQUFHLE1BQU07QUFBQSxFQUMxQztBQUFBLEVBRUEsSUFBSSxhQUFzQjtBQUN4QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUE7QUFBQSxFQUlRLFdBQVcsTUFBb0I7QUFDckMsUUFBSSxLQUFLLFVBQVcsT0FBTSxJQUFJLGlCQUFpQixHQUFHLElBQUksMEJBQTBCO0FBQ2hGLFFBQUksS0FBSyxhQUFjLE9BQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLHVDQUF1QyxLQUFLLFlBQVksR0FBRztBQUNwSCxRQUFJLEtBQUssT0FBTztBQUNkLFlBQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLG1FQUFtRSxLQUFLLE1BQU0sTUFBTSxjQUFjLEtBQUssTUFBTSxPQUFPLElBQUk7QUFBQSxJQUM1SjtBQUFBLEVBQ0Y7QUFBQSxFQUVRLGdCQUFnQixLQUFVLE1BQW9CO0FBQ3BELFVBQU0sS0FBSyxLQUFLLE1BQU0sR0FBRztBQUN6QixVQUFNLGNBQWMsUUFBUSxZQUFZLHVCQUF1QjtBQUMvRCxRQUFJLENBQUMsR0FBRyxZQUFhLE9BQU0sSUFBSSxpQkFBaUIsR0FBRyxJQUFJLGtCQUFrQixXQUFXLEVBQUU7QUFDdEYsUUFBSSxHQUFHLE1BQU8sT0FBTSxJQUFJLGlCQUFpQixHQUFHLElBQUksU0FBUyxHQUFHLDREQUE0RDtBQUFBLEVBQzFIO0FBQUEsRUFFUSxNQUFNLEtBQW9CO0FBQ2hDLFVBQU0sTUFBTSxLQUFLLE1BQU0sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3RDLFdBQU8sUUFBUSxZQUFZLE1BQU0sSUFBSSxRQUFRO0FBQUEsRUFDL0M7QUFBQSxFQUVRLE9BQU8sS0FBbUI7QUFDaEMsUUFBSSxLQUFLLGFBQWMsUUFBTztBQUU5QixXQUFPLFFBQVEsYUFBYSxLQUFLLFVBQVU7QUFBQSxFQUM3QztBQUFBLEVBRVEsS0FBSyxLQUFVLFVBQWtCLE9BQTBCO0FBQ2pFLFVBQU0sUUFBUSxLQUFLLE1BQU0sR0FBRztBQUM1QixVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsUUFBSTtBQUNKLFFBQUksS0FBSztBQUNULGFBQVMsTUFBTSxVQUFVLE1BQU0sTUFBTSxRQUFRLE9BQU87QUFDbEQsVUFBSSxLQUFLLE9BQU8sR0FBRyxFQUFHLFFBQU8sUUFBUSxjQUFjLEVBQUU7QUFDckQsVUFBSSxHQUFHLGNBQWMsS0FBSztBQUN4QixXQUFHLE1BQU0sS0FBSyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ3pCLGVBQU8sUUFBUSxjQUFjLEVBQUU7QUFBQSxNQUNqQztBQUNBLFlBQU0sT0FBTyxLQUFLLE1BQU0sTUFBTSxHQUFHLENBQUU7QUFDbkMsWUFBTSxVQUFVLEtBQUssV0FBVyxNQUFNLEtBQUssS0FBSyxFQUFFO0FBQ2xELFVBQUksUUFBUSxXQUFXLE9BQVcsUUFBTyxRQUFRO0FBQ2pELFVBQUksQ0FBQyxRQUFRLE9BQVEsUUFBTyxRQUFRLGNBQWMsRUFBRTtBQUNwRCxVQUFJLFFBQVEsV0FBWSxNQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsUUFBUSxVQUFVO0FBQ2xFLFdBQUssUUFBUTtBQUFBLElBQ2Y7QUFDQSxRQUFJLEtBQUssT0FBTyxHQUFHLEtBQUssRUFBRSxRQUFRLFlBQWEsUUFBTyxRQUFRLGNBQWMsRUFBRTtBQUM5RSxTQUFLLFFBQVEsS0FBSyxFQUFFO0FBQ3BCLFdBQU8sUUFBUTtBQUFBLEVBQ2pCO0FBQUEsRUFFUSxRQUFRLEtBQVUsSUFBcUI7QUFDN0MsVUFBTSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQ3pCLFFBQUksR0FBRyxTQUFTLFVBQVcsSUFBRyxtQkFBbUI7QUFDakQsUUFBSSxHQUFHLFNBQVMsVUFBVSxHQUFHLEtBQU0sSUFBRyxVQUFVLEtBQUssR0FBRyxJQUFJO0FBQUEsRUFDOUQ7QUFBQSxFQUVRLFdBQVcsTUFBa0IsS0FBVSxLQUFhLElBQWdGO0FBQzFJLFVBQU0sS0FBSyxLQUFLO0FBQ2hCLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFHaEMsVUFBSSxRQUFRLGNBQWMsR0FBRyxTQUFTLFVBQVcsUUFBTyxFQUFFLFFBQVEsR0FBRztBQUNyRSxVQUFJLEdBQUcsUUFBUTtBQUNiLGFBQUssV0FBVyxJQUFJO0FBQ3BCLGVBQU8sRUFBRSxRQUFRLCtCQUErQjtBQUFBLE1BQ2xEO0FBQ0EsV0FBSyxZQUFZLEdBQUcsa0JBQWtCLElBQUk7QUFDMUMsVUFBSSxLQUFLLGNBQWMsUUFBVztBQUNoQyxhQUFLLFdBQVcsSUFBSTtBQUNwQixlQUFPLEVBQUUsUUFBUSwrQkFBK0I7QUFBQSxNQUNsRDtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssaUJBQWtCLFFBQU8sRUFBRSxRQUFRLEdBQUc7QUFDL0MsUUFBSSxHQUFHLFFBQVE7QUFDYixXQUFLLFdBQVcsSUFBSTtBQUNwQixhQUFPLEVBQUUsUUFBUSxHQUFHLFNBQVMsU0FBUywwQkFBMEIsK0JBQStCO0FBQUEsSUFDakc7QUFDQSxVQUFNLE1BQU0sS0FBSztBQUNqQixVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsVUFBTSxTQUFTLFFBQVEsWUFBWSxxQkFBcUI7QUFFeEQsUUFBSSxHQUFHLFNBQVMsV0FBVztBQUN6QixXQUFLLFlBQVksR0FBRyxJQUFJO0FBQ3hCLFlBQU1FLE9BQU0sUUFBUSxZQUFZLEtBQUssbUJBQW9CLEtBQUs7QUFDOUQsWUFBTUMsT0FBTSxHQUFHO0FBQUEsUUFBTyxHQUFHLE1BQU07QUFBQSxRQUFZLEVBQUUsV0FBVyxLQUFLLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQUEsUUFDOUUsTUFBTSxHQUFHLFlBQVksR0FBRyxNQUFNLFlBQVksS0FBS0QsS0FBSSxPQUFPLEdBQUcsY0FBYyxJQUFJLENBQUM7QUFBQSxNQUFDO0FBQ25GLFVBQUlDLFNBQVEsT0FBVyxRQUFPLEtBQUssUUFBUSxNQUFNLDhCQUE4QjtBQUMvRSxZQUFNQyxVQUFTLHFCQUFxQkQsTUFBSyxHQUFHLGdCQUFnQjtBQUM1RCxVQUFJQyxZQUFXLGNBQWNBLFlBQVcsd0JBQXdCO0FBQzlELGFBQUssWUFBWSxHQUFHLElBQUk7QUFDeEIsZUFBTyxFQUFFLFFBQUFBLFNBQVEsUUFBUSxHQUFHO0FBQUEsTUFDOUI7QUFDQSxTQUFHLFlBQVk7QUFDZixTQUFHLGdCQUFnQjtBQUNuQixhQUFPLEVBQUUsUUFBQUEsUUFBTztBQUFBLElBQ2xCO0FBRUEsUUFBSSxHQUFHLFNBQVMsUUFBUTtBQUN0QixZQUFNLFdBQVcsR0FBRyxRQUFRLElBQUksV0FBVyxDQUFDO0FBQzVDLFdBQUssS0FBSyxHQUFHLElBQUksS0FBSyxVQUFVLEdBQUcsS0FBSyxLQUFLLEtBQUssR0FBRyxJQUFJLE9BQU8sQ0FBQyxLQUFLLEtBQUssR0FBRyxHQUFJLFFBQVEsQ0FBQyxJQUFJO0FBQy9GLFdBQUssUUFBUSxHQUFHLElBQUksR0FBRztBQUN2QixZQUFNLE9BQU8sS0FBSyxLQUFLLEdBQUcsRUFBRztBQUM3QixZQUFNRCxPQUFNLEdBQUc7QUFBQSxRQUFPLEdBQUcsTUFBTTtBQUFBLFFBQVMsRUFBRSxXQUFXLEtBQUssU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxRQUMzRSxNQUFNLEdBQUcsWUFBWSxHQUFHLE1BQU0sU0FBUyxLQUFLLE1BQU0sR0FBRyxjQUFjLElBQUksQ0FBQztBQUFBLE1BQUM7QUFDM0UsVUFBSUEsU0FBUSxPQUFXLFFBQU8sS0FBSyxRQUFRLE1BQU0sdUJBQXVCO0FBQ3hFLFlBQU1DLFVBQVMsa0JBQWtCRCxNQUFLLEdBQUcsZ0JBQWdCO0FBQ3pELFdBQUssVUFBVSxHQUFHLElBQUk7QUFDdEIsVUFBSUMsWUFBVyxZQUFZO0FBQ3pCLGNBQU0sT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLElBQUksV0FBVyxDQUFDO0FBQy9DLGFBQUssS0FBSyxHQUFHLElBQUk7QUFDakIsZUFBTyxFQUFFLFFBQUFBLFNBQVEsUUFBUSxFQUFFLE1BQU0sUUFBUSxNQUFNLGFBQWEsR0FBRyxZQUFZLEVBQUU7QUFBQSxNQUMvRTtBQUNBLFVBQUlBLFlBQVcsd0JBQXlCLE1BQUssS0FBSyxHQUFHLElBQUk7QUFBQSxVQUNwRCxNQUFLLFVBQVUsR0FBRyxJQUFJO0FBQzNCLGFBQU8sRUFBRSxRQUFBQSxRQUFPO0FBQUEsSUFDbEI7QUFFQSxTQUFLLGFBQWEsR0FBRyxJQUFJO0FBQ3pCLFVBQU0sTUFBTSxRQUFRLFlBQVksS0FBSyxvQkFBcUIsS0FBSztBQUMvRCxVQUFNLE1BQU0sR0FBRztBQUFBLE1BQU8sR0FBRyxNQUFNO0FBQUEsTUFBYSxFQUFFLFdBQVcsS0FBSyxTQUFTLG9CQUFJLElBQUksRUFBRTtBQUFBLE1BQy9FLE1BQU0sR0FBRyxZQUFZLEdBQUcsTUFBTSxhQUFhLEtBQUssSUFBSSxLQUFLO0FBQUEsSUFBQztBQUM1RCxRQUFJLFFBQVEsT0FBVyxRQUFPLEtBQUssUUFBUSxNQUFNLGVBQWU7QUFDaEUsVUFBTSxTQUFTLHNCQUFzQixLQUFLLEdBQUcsZ0JBQWdCO0FBQzdELFFBQUksV0FBVyxZQUFZO0FBQ3pCLFdBQUssYUFBYSxHQUFHLElBQUk7QUFFekIsWUFBTSxhQUFhLEtBQUssYUFBYSxNQUFNLEtBQUssS0FBSztBQUNyRCxhQUFPLEVBQUUsUUFBUSxRQUFRLElBQUksV0FBVztBQUFBLElBQzFDO0FBQ0EsT0FBRyxZQUFZO0FBQ2YsT0FBRyxnQkFBZ0I7QUFDbkIsV0FBTyxFQUFFLE9BQU87QUFBQSxFQUNsQjtBQUFBLEVBRVEsYUFBYSxNQUFrQixLQUFVLGFBQTZDO0FBQzVGLFFBQUksQ0FBQyxLQUFLLFVBQVUsR0FBRyxFQUFHLFFBQU87QUFDakMsVUFBTSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssSUFBSSxXQUFXLENBQUM7QUFDL0MsU0FBSyxVQUFVLEdBQUcsSUFBSTtBQUN0QixTQUFLLEtBQUssR0FBRyxJQUFJO0FBQ2pCLFdBQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSxZQUFZO0FBQUEsRUFDM0M7QUFBQSxFQUVRLFFBQVEsTUFBa0IsUUFBb0M7QUFDcEUsU0FBSyxXQUFXLElBQUk7QUFDcEIsV0FBTyxFQUFFLE9BQU87QUFBQSxFQUNsQjtBQUFBO0FBQUEsRUFHUSxXQUFXLE1BQXdCO0FBQ3pDLFFBQUksS0FBSyxpQkFBa0I7QUFDM0IsU0FBSyxtQkFBbUI7QUFDeEIsUUFBSSxLQUFLLE1BQU87QUFDaEIsU0FBSyxtQkFBbUIsRUFBRSxRQUFRLEtBQUssU0FBUyxvQkFBb0IsTUFBTSxJQUFJLFdBQVcsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxHQUFHLFlBQVksR0FBRyxDQUFDO0FBQUEsRUFDNUg7QUFBQTtBQUFBLEVBR0EsbUJBQW1CLE9BQWdDO0FBQ2pELFFBQUksS0FBSyxTQUFTLEtBQUssZ0JBQWdCLEtBQUssVUFBVztBQUN2RCxTQUFLLFFBQVE7QUFDYixVQUFNLFVBQVUsSUFBSSxVQUFVLENBQUMsQ0FBQyxXQUFXLE9BQU8sTUFBTSxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQ2pFLGVBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxNQUFNLFFBQVMsU0FBUSxJQUFJLEdBQUcsQ0FBQztBQUNwRCxRQUFJLE1BQU0sS0FBSyxTQUFTLEdBQUc7QUFDekIsVUFBSSxRQUFRLElBQUksY0FBYyxNQUFNLE9BQVcsU0FBUSxJQUFJLGdCQUFnQixZQUFZO0FBQ3ZGLGNBQVEsUUFBUSxrQkFBa0IsT0FBTyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQUEsSUFDN0Q7QUFDQSxVQUFNLE9BQU8sS0FBSyxNQUFNO0FBQ3hCLFVBQU0sa0JBQWtCLEtBQUs7QUFDN0IsU0FBSyxvQkFBb0I7QUFDekIsU0FBSyxjQUFjO0FBQ25CLFNBQUssUUFBUTtBQUNiLFNBQUssWUFBWSxDQUFDO0FBQ2xCLFNBQUssTUFBTSxRQUFRLFFBQVE7QUFDM0IsUUFBSSxpQkFBaUI7QUFFbkIsV0FBSyxZQUFZO0FBQ2pCLFdBQUssUUFBUSxDQUFDO0FBQ2QsV0FBSyxtQkFBbUI7QUFDeEIsVUFBSSxNQUFNLEtBQUssU0FBUyxFQUFHLE1BQUssVUFBVSxLQUFLLE1BQU0sSUFBSTtBQUN6RDtBQUFBLElBQ0Y7QUFDQSxlQUFXLEtBQUssS0FBSyxNQUFPLEdBQUUsWUFBWSxXQUFXO0FBQ3JELFNBQUssS0FBSyxZQUFZLEdBQUcsRUFBRSxNQUFNLFdBQVcsYUFBYSxNQUFNLEtBQUssV0FBVyxFQUFFLENBQUM7QUFDbEYsUUFBSSxNQUFNLEtBQUssU0FBUyxFQUFHLE1BQUssS0FBSyxZQUFZLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxNQUFNLE1BQU0sYUFBYSxLQUFLLENBQUM7QUFBQSxFQUMzRztBQUFBO0FBQUEsRUFHQSxPQUFPLEtBQVUsTUFBd0I7QUFDdkMsUUFBSSxLQUFLLGFBQWEsS0FBSyxPQUFPLEdBQUcsRUFBRztBQUN4QyxVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsVUFBTSxNQUFNLEtBQUssTUFBTSxHQUFHLEVBQUUsUUFBUSxLQUFLLEtBQUs7QUFDOUMsUUFBSSxHQUFHLGNBQWMsS0FBSztBQUN4QixZQUFNLEtBQUssR0FBRztBQUNkLFNBQUcsWUFBWTtBQUNmLFNBQUcsZ0JBQWdCO0FBQ25CLFVBQUksR0FBRyxTQUFTLFVBQVcsTUFBSyxZQUFZLEdBQUcsSUFBSTtBQUFBLFVBQzlDLE1BQUssYUFBYSxHQUFHLElBQUk7QUFDOUIsWUFBTSxhQUFhLEdBQUcsU0FBUyxhQUFhLEtBQUssYUFBYSxNQUFNLEtBQUssS0FBSyxJQUFJO0FBQ2xGLFVBQUksV0FBWSxNQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsVUFBVTtBQUNsRCxXQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsRUFBRTtBQUMxQixhQUFPLEdBQUcsTUFBTSxTQUFTLEtBQUssR0FBRyxjQUFjLFVBQWEsQ0FBQyxLQUFLLE9BQU8sR0FBRyxHQUFHO0FBQzdFLGNBQU0sSUFBSSxHQUFHLE1BQU0sTUFBTTtBQUN6QixhQUFLLEtBQUssS0FBSyxFQUFFLEtBQUssRUFBRSxFQUFFO0FBQUEsTUFDNUI7QUFDQTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFdBQVcsS0FBSyxhQUFhLE1BQU0sS0FBSyxLQUFLLFFBQVEsR0FBRyxDQUFDO0FBQy9ELFFBQUksU0FBVSxNQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsUUFBUTtBQUFBLEVBQ2hEO0FBQUE7QUFBQSxFQUdBLE1BQU0sU0FBdUI7QUFDM0IsUUFBSSxLQUFLLGdCQUFnQixLQUFLLFVBQVc7QUFDekMsU0FBSyxlQUFlO0FBQUEsRUFDdEI7QUFDRjtBQUVBLFNBQVMsY0FBYyxJQUF1QjtBQUM1QyxNQUFJLEdBQUcsU0FBUyxVQUFXLFFBQU87QUFDbEMsTUFBSSxHQUFHLFNBQVMsT0FBUSxRQUFPO0FBQy9CLFNBQU87QUFDVDs7O0FDcmZBLFNBQVMsZ0JBQWdCOzs7QUNNbEIsSUFBTSxhQUFhLEVBQUUsSUFBSSxHQUFHLFdBQVcsR0FBRyxrQkFBa0IsR0FBRyxhQUFhLEdBQUc7QUFpRC9FLFNBQVMsdUJBQXVCLE9BQXVDO0FBQzVFLFFBQU0sWUFBWSxxQkFBcUIsT0FBTyxDQUFDO0FBQy9DLE1BQUksY0FBYyxPQUFXLFFBQU87QUFDcEMsUUFBTSxPQUFPLHFCQUFxQixXQUFXLENBQUM7QUFDOUMsTUFBSSxTQUFTLFVBQWEsS0FBSyxXQUFXLEVBQUcsUUFBTztBQUNwRCxTQUFPLElBQUksWUFBWSxTQUFTLEVBQUUsT0FBTyxLQUFLLENBQUMsRUFBRSxPQUFPLElBQUk7QUFDOUQ7QUFHQSxTQUFTLHFCQUFxQixPQUFtQixPQUF1QztBQUN0RixNQUFJLE1BQU07QUFDVixNQUFJO0FBQ0osUUFBTSxTQUFTLE1BQTBCO0FBQ3ZDLFFBQUksUUFBUTtBQUNaLGFBQVMsUUFBUSxHQUFHLFFBQVEsSUFBSSxTQUFTLEdBQUc7QUFDMUMsVUFBSSxPQUFPLE1BQU0sT0FBUSxRQUFPO0FBQ2hDLFlBQU0sSUFBSSxNQUFNLEtBQUs7QUFDckIsZ0JBQVUsSUFBSSxPQUFRLEtBQUs7QUFDM0IsV0FBSyxJQUFJLFNBQVUsRUFBRyxRQUFPO0FBQUEsSUFDL0I7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sTUFBTSxNQUFNLFFBQVE7QUFDekIsVUFBTSxNQUFNLE9BQU87QUFDbkIsUUFBSSxRQUFRLFVBQWEsTUFBTSxFQUFHLFFBQU87QUFDekMsVUFBTSxPQUFPLE1BQU07QUFDbkIsVUFBTSxTQUFTLEtBQUssTUFBTSxNQUFNLENBQUM7QUFDakMsUUFBSSxTQUFTLEdBQUc7QUFDZCxVQUFJLE9BQU8sTUFBTSxPQUFXLFFBQU87QUFBQSxJQUNyQyxXQUFXLFNBQVMsS0FBSyxTQUFTLEdBQUc7QUFDbkMsYUFBTyxTQUFTLElBQUksSUFBSTtBQUN4QixVQUFJLE1BQU0sTUFBTSxPQUFRLFFBQU87QUFBQSxJQUNqQyxXQUFXLFNBQVMsR0FBRztBQUNyQixZQUFNLE1BQU0sT0FBTztBQUNuQixVQUFJLFFBQVEsVUFBYSxNQUFNLE1BQU0sTUFBTSxPQUFRLFFBQU87QUFDMUQsVUFBSSxXQUFXLE1BQU8sU0FBUSxNQUFNLFNBQVMsS0FBSyxNQUFNLEdBQUc7QUFDM0QsYUFBTztBQUFBLElBQ1QsT0FBTztBQUNMLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVPLElBQU0sWUFBTixNQUFnQjtBQUFBLEVBS3JCLFlBQTZCLE9BQXNCO0FBQXRCO0FBQUEsRUFBdUI7QUFBQSxFQUF2QjtBQUFBLEVBSlosUUFBUSxvQkFBSSxJQUE0QjtBQUFBO0FBQUEsRUFFakQsWUFBWTtBQUFBLEVBSXBCLE1BQU0sTUFBbUU7QUFDdkUsVUFBTSxRQUFRLEtBQUs7QUFDbkIsU0FBSyxhQUFhO0FBQ2xCLFVBQU0sT0FBdUI7QUFBQSxNQUMzQixHQUFHO0FBQUEsTUFDSDtBQUFBO0FBQUEsTUFFQSxVQUFVLEtBQUssY0FBYyxJQUFJLFNBQVksS0FBSyxNQUFNLE1BQU0sSUFBSSxLQUFLO0FBQUEsTUFDdkUsS0FBSyxLQUFLLE1BQU0sUUFBUTtBQUFBLE1BQ3hCLFNBQVMsQ0FBQyxVQUFVLEtBQUssUUFBUSxNQUFNLEtBQUs7QUFBQSxNQUM1QyxNQUFNLENBQUMsWUFBWSxLQUFLLEtBQUssTUFBTSxPQUFPO0FBQUEsSUFDNUM7QUFDQSxTQUFLLE1BQU0sSUFBSSxPQUFPLElBQUk7QUFDMUIsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsT0FBTyxPQUF3QjtBQUM3QixVQUFNLE9BQU8sS0FBSyxNQUFNLElBQUksS0FBSztBQUNqQyxRQUFJLENBQUMsUUFBUSxDQUFDLEtBQUssTUFBTSxXQUFXLEtBQUssU0FBUyxFQUFHLFFBQU87QUFDNUQsU0FBSyxNQUFNLE9BQU8sS0FBSztBQUN2QixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsVUFBNkI7QUFDM0IsU0FBSyxZQUFZO0FBQ2pCLFdBQU8sQ0FBQyxHQUFHLEtBQUssTUFBTSxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUMsRUFBRSxVQUFVLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLElBQUk7QUFBQSxFQUNsRjtBQUFBO0FBQUEsRUFHQSxlQUEwRTtBQUN4RSxTQUFLLFlBQVk7QUFDakIsUUFBSTtBQUNKLGVBQVcsS0FBSyxLQUFLLE1BQU0sT0FBTyxHQUFHO0FBQ25DLFVBQUksRUFBRSxhQUFhLE9BQVc7QUFDOUIsVUFBSSxDQUFDLFFBQVEsRUFBRSxXQUFXLEtBQUssWUFBYyxFQUFFLGFBQWEsS0FBSyxZQUFZLEVBQUUsTUFBTSxLQUFLLElBQU0sUUFBTztBQUFBLElBQ3pHO0FBQ0EsUUFBSSxDQUFDLEtBQU0sUUFBTztBQUNsQixVQUFNLE9BQU87QUFDYixXQUFPO0FBQUEsTUFDTCxJQUFJLEtBQUs7QUFBQSxNQUFXLEtBQUssS0FBSztBQUFBLE1BQzlCLE1BQU0sTUFBTTtBQUNWLGFBQUssS0FBSyxJQUFJO0FBQ2QsYUFBSyxNQUFNLGlCQUFpQixNQUFNLFdBQVcsa0JBQWtCLDBCQUEwQjtBQUFBLE1BQzNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR1EsY0FBb0I7QUFDMUIsZUFBVyxDQUFDLE9BQU8sSUFBSSxLQUFLLEtBQUssTUFBTyxLQUFJLENBQUMsS0FBSyxNQUFNLFdBQVcsS0FBSyxTQUFTLEVBQUcsTUFBSyxNQUFNLE9BQU8sS0FBSztBQUFBLEVBQzdHO0FBQUEsRUFFUSxLQUFLLE1BQTRCO0FBQ3ZDLFFBQUksS0FBSyxNQUFNLElBQUksS0FBSyxLQUFLLE1BQU0sUUFBUSxDQUFDLEtBQUssTUFBTSxXQUFXLEtBQUssU0FBUyxHQUFHO0FBQ2pGLFdBQUssTUFBTSxPQUFPLEtBQUssS0FBSztBQUM1QixZQUFNLElBQUksVUFBVSxhQUFhLEtBQUssS0FBSyxPQUFPLEtBQUssT0FBTyw2RUFBNkU7QUFBQSxJQUM3STtBQUNBLFNBQUssTUFBTSxPQUFPLEtBQUssS0FBSztBQUFBLEVBQzlCO0FBQUEsRUFFUSxRQUFRLE1BQXNCLE9BQXdCO0FBQzVELFFBQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLEVBQUUsTUFBTSxtQkFBbUIsYUFBYTtBQUN6RixZQUFNLElBQUksVUFBVSx5Q0FBeUM7QUFBQSxJQUMvRDtBQUNBLFNBQUssS0FBSyxJQUFJO0FBQ2QsU0FBSyxNQUFNLG1CQUFtQixNQUFNLE1BQU0sT0FBTztBQUFBLEVBQ25EO0FBQUEsRUFFUSxLQUFLLE1BQXNCLFNBQTRCO0FBQzdELFFBQUksT0FBTyxZQUFZLFlBQVksWUFBWSxRQUFRLENBQUMsT0FBTyxVQUFVLFFBQVEsTUFBTSxLQUFLLFFBQVEsVUFBVSxLQUFLLFFBQVEsU0FBUyxJQUFJO0FBQ3RJLFlBQU0sSUFBSSxVQUFVLDZFQUE2RTtBQUFBLElBQ25HO0FBQ0EsU0FBSyxLQUFLLElBQUk7QUFDZCxTQUFLLE1BQU0saUJBQWlCLE1BQU0sUUFBUSxRQUFRLFFBQVEsV0FBVyxFQUFFO0FBQUEsRUFDekU7QUFDRjs7O0FDN0tPLFNBQVMsYUFBYSxJQUE0QjtBQUN2RCxRQUFNLElBQUksR0FBRztBQUNiLFFBQU0sTUFBTSxDQUFDLEtBQWEsUUFBZ0IsRUFBRSxXQUFXLEtBQUssR0FBRztBQUUvRCxRQUFNLFlBQVksQ0FBQyxTQUNqQixRQUFRLGNBQWMsMEJBQTBCLEdBQUcsWUFBWSxJQUFJLElBQUksR0FBRyxlQUFlLEVBQUUsTUFBTSxVQUFVLElBQUk7QUFFakgsUUFBTSxRQUFxRDtBQUFBLElBQ3pELFVBQVUsT0FBZSxLQUFhLE1BQWM7QUFDbEQsVUFBSSxRQUFRLEtBQUssU0FBUyxXQUFXLE9BQVEsUUFBTyxXQUFXO0FBQy9ELFlBQU0sVUFBVSxJQUFJLEtBQUssSUFBSTtBQUM3QixVQUFJLFlBQVksT0FBVyxRQUFPLFdBQVc7QUFDN0MsU0FBRyxJQUFJLFdBQVcsS0FBSyxHQUFJLE9BQU87QUFDbEMsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLG9CQUFvQixLQUFhO0FBQy9CLGFBQU8sRUFBRSxTQUFTLEtBQUssR0FBRyxhQUFhLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUN4RTtBQUFBLElBQ0EsbUNBQW1DLEtBQWE7QUFDOUMsYUFBTyxFQUFFLFNBQVMsS0FBSyxHQUFHLEtBQUssV0FBVyxDQUFDLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUM1RTtBQUFBLElBQ0EsbUNBQW1DLFFBQWdCO0FBQ2pELFNBQUcsY0FBYyxXQUFXLENBQUM7QUFDN0IsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLGlCQUFpQixTQUFpQixRQUFnQixTQUFpQjtBQUNqRSxZQUFNLFNBQVMsR0FBRyxjQUFjO0FBQ2hDLFVBQUksQ0FBQyxFQUFFLFNBQVMsU0FBUyxPQUFPLElBQUksRUFBRyxRQUFPLFdBQVc7QUFDekQsYUFBTyxFQUFFLGtCQUFrQixJQUFJLFlBQVksRUFBRSxPQUFPLE9BQU8sT0FBTyxHQUFHLFFBQVEsT0FBTyxJQUNoRixXQUFXLEtBQUssV0FBVztBQUFBLElBQ2pDO0FBQUEsSUFDQSw0QkFBNEIsV0FBbUI7QUFDN0MsYUFBTyxHQUFHLG9CQUFvQixjQUFjLENBQUM7QUFBQSxJQUMvQztBQUFBLElBQ0EsYUFBYTtBQUNYLGFBQU8sR0FBRyxLQUFLO0FBQUEsSUFDakI7QUFBQSxJQUNBLDRCQUE0QixTQUFpQixVQUFrQixRQUFnQixTQUFpQjtBQUU5RixVQUFJLElBQUksU0FBUyxRQUFRLE1BQU0sVUFBYSxFQUFFLEtBQUssUUFBUSxPQUFPLE1BQU0sT0FBVyxRQUFPLFdBQVc7QUFDckcsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQTtBQUFBLElBR0EsbUJBQW1CLFNBQWlCLFVBQWtCLFFBQWdCLFNBQWlCO0FBQ3JGLFlBQU0sT0FBTyxJQUFJLFNBQVMsUUFBUTtBQUNsQyxVQUFJLFNBQVMsT0FBVyxRQUFPLFdBQVc7QUFDMUMsWUFBTSxRQUFRLGdCQUFnQixNQUFNLEdBQUcsY0FBYyxDQUFDO0FBQ3RELFVBQUksVUFBVSxPQUFXLFFBQU8sV0FBVztBQUMzQyxhQUFPLEVBQUUsa0JBQWtCLE9BQU8sUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRjtBQUFBLElBQ0EsbUJBQW1CLFFBQWdCLFNBQWlCLFVBQWtCLFdBQW1CO0FBQ3ZGLFlBQU0sTUFBTSxJQUFJLFFBQVEsT0FBTztBQUMvQixZQUFNLFFBQVEsRUFBRSxLQUFLLFVBQVUsU0FBUztBQUN4QyxVQUFJLFFBQVEsVUFBYSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQ2hFLFlBQU0sT0FBTyxHQUFHLGVBQWUsRUFBRTtBQUVqQyxVQUFJLENBQUMsS0FBTSxRQUFPLFdBQVc7QUFDN0IsV0FBSyxPQUFPLFlBQVksSUFBSSxLQUFLLEtBQUs7QUFDdEMsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQTtBQUFBLElBR0EsMkJBQTJCLE1BQWMsSUFBWSxJQUFZLElBQVksSUFBWTtBQUN2RixVQUFJLE9BQU8sS0FBSyxPQUFPLG9CQUFxQixRQUFPLFdBQVc7QUFDOUQsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFlBQU0sUUFBUSxJQUFJLElBQUksRUFBRTtBQUN4QixVQUFJLFFBQVEsVUFBYSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQ2hFLFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLFVBQUksSUFBSSxLQUFLLEtBQUs7QUFDbEIsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLDJCQUEyQixNQUFjLElBQVksSUFBWSxRQUFnQixTQUFpQjtBQUNoRyxVQUFJLE9BQU8sS0FBSyxPQUFPLG9CQUFxQixRQUFPLFdBQVc7QUFDOUQsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFVBQUksUUFBUSxPQUFXLFFBQU8sV0FBVztBQUN6QyxZQUFNLE1BQU0sVUFBVSxJQUFJO0FBQzFCLFVBQUksQ0FBQyxJQUFLLFFBQU8sV0FBVztBQUM1QixZQUFNLFFBQVEsSUFBSSxJQUFJLEdBQUc7QUFDekIsVUFBSSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQzNDLGFBQU8sRUFBRSxrQkFBa0IsT0FBTyxLQUFLLE9BQU8sTUFBTSxHQUFHLFFBQVEsT0FBTyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDdkc7QUFBQSxJQUNBLCtCQUErQixNQUFjLElBQVksSUFBWSxJQUFZLElBQVk7QUFDM0YsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sTUFBTSxJQUFJLElBQUksRUFBRTtBQUN0QixZQUFNLFFBQVEsSUFBSSxJQUFJLEVBQUU7QUFDeEIsVUFBSSxRQUFRLFVBQWEsVUFBVSxPQUFXLFFBQU8sV0FBVztBQUNoRSxZQUFNLE1BQU0sVUFBVSxJQUFJO0FBQzFCLFVBQUksQ0FBQyxJQUFLLFFBQU8sV0FBVztBQUM1QixVQUFJLFFBQVEsS0FBSyxLQUFLO0FBQ3RCLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQUEsSUFDQSw4QkFBOEIsTUFBYyxJQUFZLElBQVk7QUFDbEUsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sTUFBTSxJQUFJLElBQUksRUFBRTtBQUN0QixVQUFJLFFBQVEsT0FBVyxRQUFPLFdBQVc7QUFDekMsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFDNUIsVUFBSSxPQUFPLEdBQUc7QUFDZCxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMkJBQTJCLE1BQWMsUUFBZ0IsU0FBaUI7QUFDeEUsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLGFBQU8sRUFBRSxrQkFBa0IsSUFBSSxXQUFXLEdBQUcsUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUM3RjtBQUFBLElBQ0EsMkJBQTJCLE1BQWMsS0FBYSxNQUFjO0FBQ2xFLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLFFBQVEsRUFBRSxLQUFLLEtBQUssSUFBSTtBQUM5QixVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFFNUIsVUFBSSxPQUFPLFlBQVksS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNuQyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMEJBQTBCLE1BQWMsV0FBbUI7QUFDekQsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLGFBQU8sRUFBRSxTQUFTLFdBQVcsSUFBSSxTQUFTLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVFO0FBQUE7QUFBQSxJQUdBLHVCQUF1QixNQUFjLE9BQWUsUUFBZ0IsUUFBZ0IsU0FBaUI7QUFDbkcsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsT0FBUSxRQUFPLFdBQVc7QUFDL0IsWUFBTSxJQUFJLFVBQVU7QUFDcEIsVUFBSSxJQUFJLFdBQVc7QUFDbkIsVUFBSSxJQUFJLElBQUksV0FBWSxRQUFPLFdBQVc7QUFDMUMsWUFBTSxRQUFRLE9BQU8sSUFBSTtBQUN6QixVQUFJLElBQUksTUFBTSxPQUFRLFFBQU8sV0FBVztBQUN4QyxVQUFJLElBQUksSUFBSSxNQUFNLE9BQVEsS0FBSSxNQUFNLFNBQVM7QUFFN0MsVUFBSSxNQUFNLEVBQUcsUUFBTyxXQUFXO0FBQy9CLGFBQU8sRUFBRSxrQkFBa0IsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLEdBQUcsUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNyRztBQUFBLElBQ0Esd0JBQXdCLE1BQWMsV0FBbUIsVUFBa0I7QUFDekUsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsT0FBUSxRQUFPLFdBQVc7QUFDL0IsYUFBTyxFQUFFLFNBQVMsV0FBVyxPQUFPLElBQUksRUFBRSxNQUFNLEtBQUssRUFBRSxTQUFTLFVBQVUsQ0FBQyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDNUc7QUFBQSxJQUNBLHVCQUF1QixNQUFjLE9BQWUsUUFBZ0IsU0FBaUIsVUFBa0I7QUFDckcsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sU0FBUyxHQUFHLE9BQU8sSUFBSTtBQUM3QixVQUFJLENBQUMsVUFBVSxDQUFDLE9BQU8sSUFBSyxRQUFPLFdBQVc7QUFDOUMsWUFBTSxPQUFPLEVBQUUsS0FBSyxTQUFTLFFBQVE7QUFDckMsVUFBSSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQzFDLFlBQU0sVUFBVSxPQUFPLElBQUk7QUFDM0IsWUFBTSxJQUFJLFVBQVU7QUFHcEIsVUFBSSxNQUFNLEdBQUc7QUFDWCxjQUFNLFVBQVUsUUFBUSxTQUFTLEtBQUssSUFBSSxXQUFXLEdBQUcsUUFBUSxNQUFNLENBQUM7QUFDdkUsZUFBTyxJQUFJQyxRQUFPLE1BQU0sT0FBTyxDQUFDO0FBQ2hDLGVBQU8sV0FBVztBQUFBLE1BQ3BCO0FBQ0EsVUFBSSxLQUFLLFFBQVEsUUFBUTtBQUN2QixlQUFPLElBQUlBLFFBQU8sU0FBUyxJQUFJLENBQUM7QUFDaEMsZUFBTyxXQUFXO0FBQUEsTUFDcEI7QUFDQSxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSwwQkFBMEIsUUFBZ0IsWUFBb0IsYUFBcUIsU0FBaUIsVUFBa0IsWUFBb0IsYUFBcUIsWUFBb0I7QUFDakwsWUFBTSxVQUFVLElBQUksWUFBWSxXQUFXO0FBQzNDLFlBQU0sT0FBTyxFQUFFLEtBQUssU0FBUyxRQUFRO0FBQ3JDLFlBQU0sY0FBYyxFQUFFLEtBQUssWUFBWSxXQUFXO0FBQ2xELFVBQUksWUFBWSxVQUFhLFNBQVMsVUFBYSxnQkFBZ0IsT0FBVyxRQUFPLFdBQVc7QUFDaEcsU0FBRyxrQkFBa0I7QUFDckIsWUFBTSxPQUFPLEdBQUcsZUFBZSxFQUFFO0FBQ2pDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixXQUFLLHFCQUFxQjtBQUFBLFFBQ3hCLFFBQVEsV0FBVztBQUFBLFFBQ25CLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRztBQUFBLFFBQ25DO0FBQUEsUUFDQSxTQUFTLFlBQVksV0FBVyxLQUFLLENBQUM7QUFBQSxRQUN0QyxZQUFZLGFBQWE7QUFBQSxNQUMzQixDQUFDO0FBQ0QsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLHNCQUFzQixNQUFjO0FBQ2xDLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLE9BQU8sR0FBRyxlQUFlLEVBQUU7QUFDakMsVUFBSSxDQUFDLEtBQU0sUUFBTyxXQUFXO0FBQzdCLGFBQU8sS0FBSyxlQUFlLElBQUk7QUFBQSxJQUNqQztBQUFBLElBQ0EsbUJBQW1CLE1BQWM7QUFDL0IsVUFBSSxPQUFPLEtBQUssT0FBTyxnQkFBaUIsUUFBTyxXQUFXO0FBQzFELFlBQU0sT0FBTyxHQUFHLGVBQWUsRUFBRTtBQUNqQyxVQUFJLENBQUMsS0FBTSxRQUFPLFdBQVc7QUFDN0IsYUFBTyxLQUFLLFlBQVksSUFBSTtBQUFBLElBQzlCO0FBQUEsSUFDQSwwQkFBMEI7QUFDeEIsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQTtBQUFBLElBR0Esc0JBQXNCLElBQVksSUFBWSxRQUFnQixTQUFpQixRQUFnQjtBQUM3RixZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsVUFBSSxRQUFRLE9BQVcsUUFBTyxXQUFXO0FBQ3pDLFlBQU0sUUFBUSxHQUFHLEtBQUssV0FBVyxPQUFPLEdBQUcsTUFBTSxHQUFHO0FBQ3BELFVBQUksQ0FBQyxNQUFPLFFBQU8sV0FBVztBQUM5QixVQUFJLENBQUMsRUFBRSxrQkFBa0IsTUFBTSxPQUFPLFFBQVEsT0FBTyxFQUFHLFFBQU8sV0FBVztBQUMxRSxhQUFPLEVBQUUsU0FBUyxRQUFRLE1BQU0sR0FBRyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDcEU7QUFBQSxJQUNBLHNCQUFzQixJQUFZLElBQVksSUFBWSxJQUFZLEtBQWE7QUFDakYsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFlBQU0sUUFBUSxFQUFFLEtBQUssSUFBSSxFQUFFO0FBQzNCLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsYUFBTyxHQUFHLEtBQUssV0FBVyxNQUFNLEdBQUcsTUFBTSxLQUFLLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDaEU7QUFBQSxJQUNBLDRCQUE0QixJQUFZLElBQVksVUFBa0I7QUFDcEUsWUFBTSxPQUFPLElBQUksSUFBSSxFQUFFO0FBQ3ZCLFVBQUksU0FBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sU0FBUyxHQUFHLE1BQU0sTUFBTSxJQUFJLEdBQUcscUJBQXFCLENBQUM7QUFDbEYsYUFBTyxFQUFFLFNBQVMsVUFBVSxLQUFLLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRTtBQUFBLElBQ0EsMkJBQTJCLElBQVksSUFBWSxJQUFZLElBQVksVUFBa0I7QUFDM0YsWUFBTSxPQUFPLElBQUksSUFBSSxFQUFFO0FBQ3ZCLFlBQU0sT0FBTyxJQUFJLElBQUksRUFBRTtBQUN2QixVQUFJLFNBQVMsVUFBYSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQ2hFLFlBQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU0sSUFBSTtBQUMvQyxVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsYUFBTyxFQUFFLFNBQVMsVUFBVSxLQUFLLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRTtBQUFBLElBQ0EsMkJBQTJCLE9BQWUsSUFBWSxJQUFZO0FBQ2hFLFlBQU0sT0FBTyxFQUFFLEtBQUssSUFBSSxFQUFFO0FBQzFCLFVBQUksU0FBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLEVBQUUsUUFBUSxPQUFPLElBQUksR0FBRyxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQUcsSUFBSTtBQUNuRSxVQUFJLE9BQVEsSUFBRyxLQUFLLE1BQU0sTUFBTTtBQUNoQyxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsMkJBQTJCLE9BQWUsUUFBZ0IsU0FBaUI7QUFDekUsWUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDO0FBQzNELFVBQUksV0FBVyxXQUFXLEdBQUksUUFBTztBQUNyQyxhQUFPLEVBQUUsa0JBQWtCLE1BQU8sUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRjtBQUFBO0FBQUEsSUFHQSxnQkFBZ0IsSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLFNBQWlCLFVBQWtCO0FBQ2pKLFlBQU0sVUFBVSxJQUFJLElBQUksRUFBRTtBQUMxQixZQUFNLGNBQWMsRUFBRSxLQUFLLElBQUksRUFBRTtBQUNqQyxZQUFNLE9BQU8sRUFBRSxLQUFLLElBQUksRUFBRTtBQUMxQixZQUFNLGVBQWUsRUFBRSxLQUFLLElBQUksRUFBRTtBQUNsQyxVQUFJLFlBQVksVUFBYSxnQkFBZ0IsVUFBYSxTQUFTLFVBQWEsaUJBQWlCLE9BQVcsUUFBTyxXQUFXO0FBQzlILFVBQUksQ0FBQyxFQUFFLFNBQVMsVUFBVSxDQUFDLEVBQUcsUUFBTyxXQUFXO0FBQ2hELFlBQU0sVUFBVSxHQUFHLGlCQUFpQixTQUFTLFlBQVksV0FBVyxLQUFLLENBQUMsR0FBRyxNQUFNLFlBQVksWUFBWSxLQUFLLENBQUMsR0FBRyxVQUFVLENBQUM7QUFDL0gsVUFBSSxRQUFRLFVBQVUsT0FBVyxHQUFFLFNBQVMsVUFBVSxRQUFRLEtBQUs7QUFDbkUsYUFBTyxRQUFRO0FBQUEsSUFDakI7QUFBQTtBQUFBLElBR0EsZ0JBQWdCLElBQVksSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLElBQVksU0FBaUIsVUFBa0I7QUFDekssWUFBTSxjQUFjLEVBQUUsS0FBSyxJQUFJLEVBQUU7QUFDakMsWUFBTSxjQUFjLElBQUksSUFBSSxFQUFFO0FBQzlCLFlBQU0sU0FBUyxJQUFJLElBQUksRUFBRTtBQUN6QixZQUFNLGdCQUFnQixFQUFFLEtBQUssSUFBSSxFQUFFO0FBQ25DLFlBQU0sVUFBVSxFQUFFLEtBQUssSUFBSSxFQUFFO0FBQzdCLFVBQUksZ0JBQWdCLFVBQWEsZ0JBQWdCLFVBQWEsV0FBVyxVQUFhLGtCQUFrQixVQUFhLFlBQVksUUFBVztBQUMxSSxlQUFPLFdBQVc7QUFBQSxNQUNwQjtBQUNBLFVBQUksQ0FBQyxFQUFFLFNBQVMsVUFBVSxDQUFDLEVBQUcsUUFBTyxXQUFXO0FBR2hELFlBQU0sVUFBVSx1QkFBdUIsV0FBVyxLQUFLLElBQUksWUFBWSxFQUFFLE9BQU8sV0FBVztBQUMzRixVQUFJLENBQUMsR0FBRyxLQUFLLFdBQVcsT0FBTyxFQUFHLFFBQU8sV0FBVztBQUNwRCxZQUFNLFFBQVEsR0FBRyxpQkFBaUI7QUFBQSxRQUNoQztBQUFBLFFBQVMsYUFBYSxZQUFZLE1BQU07QUFBQSxRQUFHO0FBQUEsUUFBYTtBQUFBLFFBQ3hELFVBQVUsWUFBWSxhQUFhLEtBQUssQ0FBQztBQUFBLFFBQUcsU0FBUyxRQUFRLE1BQU07QUFBQSxRQUFHLFdBQVcsWUFBWTtBQUFBLE1BQy9GLENBQUM7QUFDRCxRQUFFLFNBQVMsVUFBVSxLQUFLO0FBQzFCLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQUEsSUFDQSxrQkFBa0IsT0FBZTtBQUMvQixhQUFPLEdBQUcsZUFBZSxVQUFVLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ3JFO0FBQUEsSUFDQSxpQkFBaUIsT0FBZTtBQUM5QixhQUFPLEdBQUcsZUFBZSxVQUFVLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ3JFO0FBQUE7QUFBQSxJQUdBLG9CQUFvQixNQUFjLElBQVksSUFBWSxPQUFlO0FBQ3ZFLFlBQU0sT0FBTyxJQUFJLElBQUksRUFBRTtBQUN2QixVQUFJLFNBQVMsT0FBVyxRQUFPLFdBQVc7QUFDMUMsWUFBTSxFQUFFLFFBQVEsR0FBRyxJQUFJLEdBQUcsVUFBVSxPQUFPLFNBQVMsR0FBRyxJQUFJO0FBQzNELFVBQUksV0FBVyxXQUFXLEdBQUksUUFBTztBQUNyQyxhQUFPLEVBQUUsU0FBUyxPQUFPLEVBQUcsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzdEO0FBQUEsSUFDQSx1QkFBdUIsSUFBWSxRQUFnQjtBQUNqRCxhQUFPLEdBQUcsVUFBVSxVQUFVLE9BQU8sR0FBRyxPQUFPLE9BQU8sSUFBSSxNQUFNLENBQUM7QUFBQSxJQUNuRTtBQUFBLElBQ0Esb0JBQW9CLElBQVksT0FBZTtBQUM3QyxhQUFPLEdBQUcsVUFBVSxPQUFPLE9BQU8sR0FBRyxPQUFPLFFBQVEsSUFBSSxLQUFLLENBQUM7QUFBQSxJQUNoRTtBQUFBLElBQ0EsaUJBQWlCLElBQVksV0FBbUI7QUFDOUMsWUFBTSxFQUFFLFFBQVEsTUFBTSxJQUFJLEdBQUcsVUFBVSxJQUFJLE9BQU8sQ0FBQztBQUNuRCxVQUFJLFdBQVcsV0FBVyxHQUFJLFFBQU87QUFDckMsYUFBTyxFQUFFLFNBQVMsV0FBVyxLQUFNLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTQSxRQUFPLEdBQWUsR0FBMkI7QUFDeEQsUUFBTSxNQUFNLElBQUksV0FBVyxFQUFFLFNBQVMsRUFBRSxNQUFNO0FBQzlDLE1BQUksSUFBSSxDQUFDO0FBQ1QsTUFBSSxJQUFJLEdBQUcsRUFBRSxNQUFNO0FBQ25CLFNBQU87QUFDVDs7O0FDblVBLElBQU1DLFdBQVUsSUFBSSxZQUFZLE9BQU87QUFFaEMsSUFBTSxjQUFOLE1BQWtCO0FBQUEsRUFDZjtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUNBO0FBQUEsRUFFUixPQUFPLFFBQTRCLFdBQTJDO0FBQzVFLFNBQUssU0FBUztBQUNkLFNBQUssWUFBWTtBQUFBLEVBQ25CO0FBQUEsRUFFUSxPQUFtQjtBQUN6QixRQUFJLENBQUMsS0FBSyxPQUFRLE9BQU0sSUFBSSxNQUFNLHNEQUFzRDtBQUN4RixVQUFNLFNBQVMsS0FBSyxPQUFPO0FBQzNCLFFBQUksS0FBSyxVQUFVLFVBQWEsS0FBSyxNQUFNLFdBQVcsUUFBUTtBQUM1RCxXQUFLLFFBQVEsSUFBSSxXQUFXLE1BQU07QUFDbEMsV0FBSyxPQUFPLElBQUksU0FBUyxNQUFNO0FBQUEsSUFDakM7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFUSxXQUFxQjtBQUMzQixTQUFLLEtBQUs7QUFDVixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxJQUFJLFFBQWdCO0FBQ2xCLFdBQU8sS0FBSyxTQUFTLEtBQUssT0FBTyxPQUFPLGFBQWEsUUFBUTtBQUFBLEVBQy9EO0FBQUE7QUFBQSxFQUdBLEtBQUssS0FBYSxLQUFxQztBQUNyRCxVQUFNLElBQUksUUFBUTtBQUNsQixVQUFNLElBQUksUUFBUTtBQUNsQixVQUFNLE1BQU0sS0FBSyxLQUFLO0FBQ3RCLFFBQUksSUFBSSxJQUFJLElBQUksT0FBUSxRQUFPO0FBQy9CLFdBQU8sSUFBSSxNQUFNLEdBQUcsSUFBSSxDQUFDO0FBQUEsRUFDM0I7QUFBQSxFQUVBLFdBQVcsS0FBYSxLQUFpQztBQUN2RCxVQUFNLElBQUksUUFBUTtBQUNsQixVQUFNLElBQUksUUFBUTtBQUNsQixVQUFNLE1BQU0sS0FBSyxLQUFLO0FBQ3RCLFFBQUksSUFBSSxJQUFJLElBQUksT0FBUSxRQUFPO0FBQy9CLFdBQU9BLFNBQVEsT0FBTyxJQUFJLFNBQVMsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzlDO0FBQUEsRUFFQSxNQUFNLEtBQWEsT0FBNEI7QUFDN0MsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxNQUFNLEtBQUssS0FBSztBQUN0QixRQUFJLElBQUksTUFBTSxTQUFTLElBQUksT0FBUSxRQUFPO0FBQzFDLFFBQUksSUFBSSxPQUFPLENBQUM7QUFDaEIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFNBQVMsS0FBYSxPQUF3QjtBQUM1QyxVQUFNLElBQUksUUFBUTtBQUNsQixVQUFNLE9BQU8sS0FBSyxTQUFTO0FBQzNCLFFBQUksSUFBSSxJQUFJLEtBQUssV0FBWSxRQUFPO0FBQ3BDLFNBQUssVUFBVSxHQUFHLFVBQVUsR0FBRyxJQUFJO0FBQ25DLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxTQUFTLEtBQWEsT0FBd0I7QUFDNUMsVUFBTSxJQUFJLFFBQVE7QUFDbEIsVUFBTSxPQUFPLEtBQUssU0FBUztBQUMzQixRQUFJLElBQUksSUFBSSxLQUFLLFdBQVksUUFBTztBQUNwQyxTQUFLLGFBQWEsR0FBRyxPQUFPLFFBQVEsSUFBSSxLQUFLLEdBQUcsSUFBSTtBQUNwRCxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsUUFBUSxLQUFpQztBQUN2QyxVQUFNLElBQUksUUFBUTtBQUNsQixVQUFNLE9BQU8sS0FBSyxTQUFTO0FBQzNCLFFBQUksSUFBSSxJQUFJLEtBQUssV0FBWSxRQUFPO0FBQ3BDLFdBQU8sS0FBSyxVQUFVLEdBQUcsSUFBSTtBQUFBLEVBQy9CO0FBQUE7QUFBQSxFQUdBLFNBQVMsT0FBdUM7QUFDOUMsUUFBSSxDQUFDLEtBQUssVUFBVyxPQUFNLElBQUksTUFBTSx5REFBeUQ7QUFDOUYsVUFBTSxNQUFNLEtBQUssVUFBVSxNQUFNLE1BQU0sTUFBTTtBQUM3QyxRQUFJLFFBQVEsRUFBRyxRQUFPO0FBQ3RCLFdBQU8sS0FBSyxNQUFNLEtBQUssS0FBSyxJQUFJLE1BQU07QUFBQSxFQUN4QztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxrQkFBa0IsT0FBbUIsUUFBZ0IsU0FBMEI7QUFDN0UsUUFBSSxNQUFNO0FBQ1YsUUFBSSxNQUFNLFNBQVMsR0FBRztBQUNwQixZQUFNLElBQUksS0FBSyxTQUFTLEtBQUs7QUFDN0IsVUFBSSxNQUFNLE9BQVcsUUFBTztBQUM1QixZQUFNO0FBQUEsSUFDUjtBQUNBLFdBQU8sS0FBSyxTQUFTLFFBQVEsR0FBRyxLQUFLLEtBQUssU0FBUyxTQUFTLE1BQU0sTUFBTTtBQUFBLEVBQzFFO0FBQ0Y7OztBQ3ZHQSxTQUFTLHNCQUFzQjtBQUcvQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGFBQWE7QUFDbkIsSUFBTSxjQUFjO0FBQ3BCLElBQU0sY0FBYztBQUNwQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxjQUFjO0FBQ3BCLElBQU0sZUFBZTtBQUVyQixJQUFNLGlCQUFpQixLQUFLO0FBVzVCLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBRXpCLFNBQVMsWUFBWSxHQUE0RDtBQUN0RixRQUFNLElBQUksRUFBRTtBQUNaLFFBQU0sVUFBVSxDQUFDLElBQVksTUFBYyxTQUFpQixnQkFBZ0M7QUFDMUYsUUFBSSxPQUFPLEtBQUssT0FBTyxFQUFHLFFBQU87QUFDakMsVUFBTSxTQUF1QixDQUFDO0FBQzlCLGFBQVMsSUFBSSxHQUFHLElBQUksWUFBWSxHQUFHLEtBQUs7QUFDdEMsWUFBTSxNQUFNLEVBQUUsUUFBUSxPQUFPLElBQUksQ0FBQztBQUNsQyxZQUFNLE1BQU0sRUFBRSxRQUFRLE9BQU8sSUFBSSxJQUFJLENBQUM7QUFDdEMsVUFBSSxRQUFRLFVBQWEsUUFBUSxPQUFXLFFBQU87QUFDbkQsVUFBSSxRQUFRLEVBQUc7QUFDZixZQUFNLFFBQVEsRUFBRSxLQUFLLEtBQUssR0FBRztBQUM3QixVQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLGFBQU8sS0FBSyxLQUFLO0FBQUEsSUFDbkI7QUFDQSxRQUFJLFVBQVU7QUFDZCxlQUFXLEtBQUssT0FBUSxZQUFXLEVBQUU7QUFDckMsUUFBSSxVQUFVLEdBQUc7QUFDZixVQUFJLE9BQU8sT0FBTyxJQUFJLENBQUMsTUFBTUQsU0FBUSxPQUFPLEdBQUcsRUFBRSxRQUFRLEtBQUssQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUlBLFNBQVEsT0FBTztBQUU1RixVQUFJLEtBQUssU0FBUyxJQUFJLEVBQUcsUUFBTyxLQUFLLE1BQU0sR0FBRyxFQUFFO0FBQ2hELFFBQUUsSUFBSSxPQUFPLElBQUksU0FBUyxTQUFTLElBQUk7QUFBQSxJQUN6QztBQUNBLFdBQU8sRUFBRSxTQUFTLGFBQWEsT0FBTyxJQUFJLGdCQUFnQjtBQUFBLEVBQzVEO0FBRUEsUUFBTSxhQUFhLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNQyxTQUFRLE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFRLENBQUM7QUFFaEYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsVUFBVSxNQUFNO0FBQUE7QUFBQSxJQUVoQixVQUFVLE1BQU07QUFDZCxRQUFFLElBQUksU0FBUyx1QkFBdUI7QUFDdEMsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLFdBQVcsTUFBTTtBQUNmLFFBQUUsSUFBSSxTQUFTLHdCQUF3QjtBQUN2QyxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsZ0JBQWdCLENBQUMsSUFBWSxZQUFvQjtBQUMvQyxVQUFJLE9BQU8sS0FBSyxPQUFPLEVBQUcsUUFBTztBQUNqQyxZQUFNLE9BQU8sSUFBSSxXQUFXLEVBQUU7QUFFOUIsVUFBSSxTQUFTLEtBQUssTUFBTSxFQUFFLGFBQWEsR0FBRyxLQUFLLElBQUk7QUFDbkQsUUFBRSxNQUFNLFNBQVMsSUFBSTtBQUNyQixhQUFPO0FBQUEsSUFDVDtBQUFBO0FBQUE7QUFBQSxJQUdBLHNCQUFzQixDQUFDLE9BQWdCLE9BQU8sS0FBSyxPQUFPLElBQUksZ0JBQWdCO0FBQUEsSUFDOUUsaUJBQWlCLE1BQU07QUFBQSxJQUN2QixzQkFBc0IsTUFBTTtBQUFBLElBQzVCLFlBQVksTUFBTTtBQUFBLElBQ2xCLG9CQUFvQixDQUFDLFVBQWtCLFlBQW9CO0FBQ3pELFlBQU0sVUFBVSxXQUFXO0FBQzNCLFlBQU0sT0FBTyxRQUFRLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxFQUFFLFFBQVEsQ0FBQztBQUNyRCxhQUFPLEVBQUUsU0FBUyxVQUFVLFFBQVEsTUFBTSxLQUFLLEVBQUUsU0FBUyxTQUFTLElBQUksSUFBSSxnQkFBZ0I7QUFBQSxJQUM3RjtBQUFBLElBQ0EsY0FBYyxDQUFDLFVBQWtCLFdBQW1CO0FBQ2xELFVBQUksTUFBTSxXQUFXO0FBQ3JCLFVBQUksTUFBTSxhQUFhO0FBQ3ZCLGlCQUFXLEtBQUssV0FBVyxHQUFHO0FBQzVCLFlBQUksQ0FBQyxFQUFFLFNBQVMsS0FBSyxHQUFHLEtBQUssQ0FBQyxFQUFFLE1BQU0sS0FBSyxDQUFDLEVBQUcsUUFBTztBQUN0RCxlQUFPLEVBQUU7QUFDVCxlQUFPO0FBQUEsTUFDVDtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxpQkFBaUIsQ0FBQyxTQUFpQixZQUNqQyxFQUFFLFNBQVMsU0FBUyxDQUFDLEtBQUssRUFBRSxTQUFTLFNBQVMsQ0FBQyxJQUFJLGdCQUFnQjtBQUFBLElBQ3JFLFdBQVcsTUFBTTtBQUFBLElBQ2pCLGlCQUFpQixDQUFDLFNBQWlCLFlBQW9CLGNBQXNCO0FBQzNFLFVBQUk7QUFDSixVQUFJLFlBQVksRUFBRyxPQUFNLEVBQUUsV0FBVztBQUFBLGVBQzdCLFlBQVksRUFBRyxPQUFNLEVBQUUsWUFBWTtBQUFBLFVBQ3ZDLFFBQU87QUFDWixhQUFPLEVBQUUsU0FBUyxXQUFXLEdBQUcsSUFBSSxnQkFBZ0I7QUFBQSxJQUN0RDtBQUFBLElBQ0EsYUFBYSxDQUFDLFFBQWdCLFFBQWdCO0FBQzVDLFlBQU0sSUFBSSxRQUFRO0FBQ2xCLFVBQUksSUFBSSxlQUFnQixRQUFPO0FBQy9CLFVBQUksTUFBTSxFQUFHLFFBQU87QUFDcEIsWUFBTSxRQUFRLElBQUksV0FBVyxDQUFDO0FBQzlCLHFCQUFlLEtBQUs7QUFDcEIsYUFBTyxFQUFFLE1BQU0sUUFBUSxLQUFLLElBQUksZ0JBQWdCO0FBQUEsSUFDbEQ7QUFBQTtBQUFBLElBRUEsWUFBWSxNQUFNO0FBQ2hCLFFBQUUsSUFBSSxTQUFTLHlCQUF5QjtBQUFBLElBQzFDO0FBQUE7QUFBQTtBQUFBLElBR0EsY0FBYyxNQUFNO0FBQUEsSUFDcEIsY0FBYyxDQUFDLEtBQWEsTUFBYyxJQUFZLGVBQ3BELEVBQUUsU0FBUyxZQUFZLENBQUMsSUFBSSxnQkFBZ0I7QUFBQSxFQUNoRDtBQUNGOzs7QUpwREEsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTSxXQUFXO0FBRWpCLFNBQVMsUUFBUSxPQUFpRCxNQUEwQjtBQUMxRixNQUFJLFVBQVUsT0FBVyxRQUFPLElBQUksV0FBVyxDQUFDO0FBQ2hELE1BQUksaUJBQWlCLFdBQVksUUFBTztBQUN4QyxNQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU9BLFNBQVEsT0FBTyxLQUFLO0FBQzFELE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxLQUFNLFFBQU9BLFNBQVEsT0FBTyxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQzVGLFFBQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSwrREFBK0Q7QUFDNUY7QUFFQSxlQUFlLFFBQVEsUUFBMEQ7QUFDL0UsTUFBSSxrQkFBa0IsWUFBWSxPQUFRLFFBQU87QUFDakQsTUFBSTtBQUNKLE1BQUksT0FBTyxXQUFXLFVBQVU7QUFDOUIsUUFBSTtBQUNGLGNBQVEsTUFBTSxTQUFTLE1BQU07QUFBQSxJQUMvQixTQUFTLEdBQUc7QUFDVixZQUFNLElBQUksZ0JBQWdCLHNCQUFzQixNQUFNLEtBQU0sRUFBWSxPQUFPLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0YsV0FBVyxrQkFBa0IsWUFBWTtBQUN2QyxZQUFRO0FBQUEsRUFDVixPQUFPO0FBQ0wsVUFBTSxJQUFJLFVBQVUsa0VBQWtFO0FBQUEsRUFDeEY7QUFDQSxNQUFJO0FBQ0YsV0FBTyxNQUFNLFlBQVksUUFBUSxLQUFnQztBQUFBLEVBQ25FLFNBQVMsR0FBRztBQUNWLFVBQU0sSUFBSSxnQkFBZ0IsR0FBRyxPQUFPLFdBQVcsV0FBVyxTQUFTLGNBQWMsZ0NBQWlDLEVBQVksT0FBTyxFQUFFO0FBQUEsRUFDekk7QUFDRjtBQUVPLElBQU0sS0FBTixNQUFNLElBQXlCO0FBQUEsRUF1QzVCLFlBQXFCLE1BQVksU0FBb0I7QUFBaEM7QUFDM0IsU0FBSyxPQUFPLFFBQVEsUUFBUTtBQUM1QixTQUFLLFNBQVMsUUFBUSxVQUFVO0FBQ2hDLFNBQUssT0FBTyxRQUFRLFFBQVEsS0FBSztBQUNqQyxTQUFLLGFBQWEsbUJBQW1CLFFBQVEsWUFBWSxZQUFZO0FBQ3JFLFVBQU0sUUFBUSxRQUFRLFlBQVk7QUFDbEMsU0FBSyxnQkFBZ0IsV0FBVyxRQUFRLEtBQUs7QUFDN0MsUUFBSSxLQUFLLGdCQUFnQixFQUFHLE9BQU0sSUFBSSxVQUFVLDJCQUEyQixXQUFXLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFDbEcsU0FBSyxZQUFZLElBQUksVUFBVSxLQUFLLFdBQVc7QUFDL0MsU0FBSyxrQkFBa0IsUUFBUSxRQUFRLGlCQUFpQixpQkFBaUI7QUFDekUsU0FBSyxzQkFBc0IsUUFBUSxRQUFRLHFCQUFxQixxQkFBcUI7QUFDckYsU0FBSyxjQUFjLE9BQU8sUUFBUSxRQUFRLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFBQSxFQVo2QjtBQUFBLEVBdENwQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxPQUFrQixDQUFDO0FBQUEsRUFDbkIsU0FBUyxJQUFJLFlBQVk7QUFBQSxFQUN6QjtBQUFBLEVBQ0E7QUFBQSxFQUNBLGdCQUFnQjtBQUFBLEVBQ2hCO0FBQUEsRUFDVCxhQUFhO0FBQUE7QUFBQSxFQUViLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUVMO0FBQUEsRUFDUyxXQUFXLG9CQUFJLElBQTBCO0FBQUEsRUFDbEQsZ0JBQWdCO0FBQUEsRUFDaEIsU0FBa0IsQ0FBQztBQUFBLEVBQ25CLHFCQUFxQjtBQUFBLEVBQ3JCLHVCQUF1QjtBQUFBLEVBQ3ZCLGtCQUFrQjtBQUFBLEVBQ2xCLFlBQTRCLENBQUM7QUFBQSxFQUM3QixXQUFXLG9CQUFJLElBQXFCO0FBQUEsRUFDM0IsWUFBWSxJQUFJLFVBQVU7QUFBQSxJQUN6QyxPQUFPLE1BQU0sS0FBSyxLQUFLO0FBQUEsSUFDdkIsU0FBUyxNQUFNLEtBQUssS0FBSyxRQUFRO0FBQUEsSUFDakMsWUFBWSxDQUFDLE9BQU8sS0FBSyxTQUFTLElBQUksRUFBRTtBQUFBLElBQ3hDLG9CQUFvQixDQUFDLE1BQU0sWUFBWSxLQUFLLFlBQVksTUFBTSx5QkFBeUIsUUFBUSxRQUFRLFNBQVMsRUFBRSxNQUFNLEdBQUcsU0FBUyxHQUFHLENBQUM7QUFBQSxJQUN4SSxrQkFBa0IsQ0FBQyxNQUFNLFFBQVEsWUFBWSxLQUFLLFlBQVksTUFBTSx1QkFBdUIsUUFBUSxRQUFXLEVBQUUsTUFBTSxRQUFRLFFBQVEsQ0FBQztBQUFBLEVBQ3pJLENBQUM7QUFBQSxFQUNPLG1CQUFtQjtBQUFBLEVBQ25CLGVBQWU7QUFBQSxFQUNmO0FBQUEsRUFDQSxrQkFBa0I7QUFBQSxFQUNUO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBaUJqQixhQUFhLE1BQU0sTUFBWSxTQUFpQztBQUM5RCxRQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksS0FBTSxPQUFNLElBQUksVUFBVSwrQ0FBK0M7QUFDeEgsVUFBTSxLQUFLLElBQUksSUFBRyxNQUFNLE9BQU87QUFDL0IsVUFBTSxTQUFTLE1BQU0sUUFBUSxRQUFRLE1BQU07QUFDM0MsT0FBRyxZQUFZLE1BQU07QUFDckIsT0FBRyxLQUFLLFFBQVEsMEJBQTBCLElBQUk7QUFDOUMsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFlBQVksUUFBa0M7QUFDcEQsVUFBTSxjQUFjLElBQUksSUFBSSxZQUFZLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFDakYsVUFBTSxVQUFVLENBQUMsMkJBQTJCLHlCQUF5QixFQUFFLEtBQUssQ0FBQyxNQUFNLFlBQVksSUFBSSxDQUFDLENBQUM7QUFDckcsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLE1BQU0sWUFBWSxJQUFJLHlCQUF5QixJQUFJLHlEQUF5RDtBQUNsSCxZQUFNLElBQUksZ0JBQWdCLGdGQUFnRixHQUFHLEVBQUU7QUFBQSxJQUNqSDtBQUNBLFNBQUssYUFBYSxRQUFRLE1BQU0scUJBQXFCLE1BQU0sRUFBRSxRQUFRLE1BQU0sR0FBRztBQUM5RSxVQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLFVBQU0sT0FBTyxZQUFZO0FBQUEsTUFDdkIsUUFBUSxLQUFLO0FBQUEsTUFDYixLQUFLLENBQUMsT0FBTyxZQUFZLEtBQUssSUFBSSxPQUFPLE9BQU87QUFBQSxNQUNoRCxZQUFZLE1BQU0sS0FBSyxLQUFLLFdBQVc7QUFBQSxNQUN2QyxhQUFhLE1BQU0sS0FBSyxLQUFLLFlBQVk7QUFBQSxNQUN6QyxLQUFLLEtBQUs7QUFBQSxJQUNaLENBQUM7QUFDRCxVQUFNLFVBQW1ELENBQUM7QUFDMUQsZUFBVyxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sR0FBRztBQUNwRCxVQUFJLElBQUksU0FBUyxZQUFZO0FBQzNCLGNBQU0sSUFBSSxnQkFBZ0Isa0JBQWtCLElBQUksSUFBSSxJQUFJLElBQUksTUFBTSxJQUFJLElBQUksSUFBSSxpQ0FBaUM7QUFBQSxNQUNqSDtBQUNBLFlBQU0sUUFBUSxJQUFJLFdBQVcsUUFBUSxNQUFNLElBQUksV0FBVyw0QkFBNEIsSUFBSSxXQUFXLGtCQUFrQixPQUFPO0FBQzlILFlBQU0sT0FBTyxRQUFRLElBQUksSUFBSTtBQUM3QixZQUFNLFFBQVEsSUFBSSxXQUFXLFFBQVEsSUFBSSxPQUFPLEdBQUcsSUFBSSxNQUFNLElBQUksSUFBSSxJQUFJO0FBQ3pFLE9BQUMsUUFBUSxJQUFJLE1BQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLElBQUksU0FBUyxNQUFNO0FBQ3RELGNBQU0sSUFBSSwyQkFBMkIsS0FBSztBQUFBLE1BQzVDO0FBQUEsSUFDRjtBQUNBLFVBQU0sV0FBVyxJQUFJLFlBQVksU0FBUyxRQUFRLE9BQThCO0FBQ2hGLFNBQUssVUFBVSxTQUFTO0FBQ3hCLFVBQU0sU0FBUyxLQUFLLFFBQVE7QUFDNUIsUUFBSSxFQUFFLGtCQUFrQixZQUFZLFFBQVMsT0FBTSxJQUFJLGdCQUFnQiwrQ0FBK0M7QUFDdEgsVUFBTSxTQUFVLEtBQUssUUFBUSxVQUFVLEtBQUssUUFBUTtBQUNwRCxRQUFJLE9BQU8sV0FBVyxXQUFZLE9BQU0sSUFBSSxnQkFBZ0IsNERBQTREO0FBQ3hILFNBQUssT0FBTyxPQUFPLFFBQVEsQ0FBQyxNQUFNLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVRLEtBQUssdUJBQXNDO0FBQ2pELFVBQU0sT0FBUSxLQUFLLFFBQVEsZUFBZSxLQUFLLFFBQVE7QUFDdkQsVUFBTSxZQUFZLENBQUMsVUFBcUMsb0JBQUksSUFBSSxPQUFjLEVBQUUsV0FBVyxLQUFLLGVBQWUsUUFBUTtBQUN2SCxRQUFJLE9BQU8sU0FBUyxXQUFZLE1BQUssT0FBTyxTQUFTLEtBQUssUUFBUSxjQUFjLGdCQUFnQixVQUFVLFVBQVUsR0FBRyxNQUFNLEtBQUssR0FBRyxPQUFPO0FBQzVJLFNBQUssU0FBUyxJQUFJLEtBQUssZUFBZSxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQ3RELFNBQUssT0FBTywyQkFBMkIsVUFBVSxHQUFHLE1BQU0sS0FBSyxLQUFLLDJCQUEyQixLQUFLLGVBQWUsQ0FBQyxHQUFHLE9BQU87QUFDOUgsVUFBTSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxVQUFVLEtBQUs7QUFBQSxNQUFPO0FBQUEsTUFBcUIsVUFBVSxvQkFBSSxJQUFJLENBQUMsQ0FBQyxXQUFXLGlCQUFpQixFQUFFLEtBQUssTUFBTSxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxNQUN6SCxNQUFNLEtBQUssS0FBSyxxQkFBcUIsS0FBSyxlQUFlLFNBQVMsTUFBTTtBQUFBLE1BQUc7QUFBQSxJQUFPO0FBQ3BGLFFBQUksQ0FBQyxTQUFTO0FBQ1osVUFBSSxzQkFBdUI7QUFDM0IsWUFBTSxJQUFJLGVBQWUscUJBQXFCLEtBQUssS0FBSyxNQUFNLENBQUMsUUFBUSxDQUFDO0FBQUEsSUFDMUU7QUFDQSxVQUFNLGVBQWUsS0FBSztBQUMxQixVQUFNLGFBQWEsS0FBSztBQUFBLE1BQU87QUFBQSxNQUFzQixVQUFVLG9CQUFJLElBQUksQ0FBQyxDQUFDLFdBQVcscUJBQXFCLEVBQUUsS0FBSyxNQUFNLGFBQWEsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLE1BQ3JJLE1BQU0sS0FBSyxLQUFLLHNCQUFzQixLQUFLLGVBQWUsYUFBYSxNQUFNO0FBQUEsTUFBRztBQUFBLElBQU87QUFDekYsUUFBSSxDQUFDLFlBQVk7QUFDZixVQUFJLHNCQUF1QjtBQUMzQixZQUFNLElBQUksZUFBZSxzQkFBc0IsS0FBSyxLQUFLLE1BQU0sQ0FBQyxRQUFRLENBQUM7QUFBQSxJQUMzRTtBQUNBLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUE7QUFBQSxFQUdRLEtBQUssU0FBaUIsTUFBbUM7QUFDL0QsVUFBTSxLQUFLLEtBQUssUUFBUSxJQUFJO0FBQzVCLFFBQUksT0FBTyxPQUFPLFdBQVksUUFBTyxTQUFTLHVCQUF1QixTQUFTLHdCQUF3QixTQUFTLGtCQUFrQixJQUFJO0FBQ3JJLFVBQU0sU0FBVSxHQUE4QyxHQUFHLElBQUk7QUFDckUsV0FBTyxPQUFPLFdBQVcsV0FBVyxTQUFTLE9BQU8sV0FBVyxXQUFXLE9BQU8sTUFBTSxJQUFJO0FBQUEsRUFDN0Y7QUFBQTtBQUFBLEVBR0EsWUFBWSxTQUFpQixNQUF3QjtBQUNuRCxXQUFPLEtBQUssS0FBSyxNQUFNLEdBQUcsSUFBSTtBQUFBLEVBQ2hDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT0EsT0FBVSxVQUFrQixPQUFjLElBQWEsU0FBMkIsUUFBdUI7QUFDdkcsVUFBTSxZQUFZLEtBQUssT0FBTyxXQUFXO0FBQ3pDLFNBQUssT0FBTyxLQUFLLEtBQUs7QUFDdEIsUUFBSSxXQUFXO0FBQ2IsV0FBSyxxQkFBcUI7QUFDMUIsV0FBSyx1QkFBdUI7QUFBQSxJQUM5QjtBQUNBLFFBQUk7QUFDSixRQUFJO0FBQ0YsZUFBUyxHQUFHO0FBQUEsSUFDZCxTQUFTLEdBQUc7QUFDVixXQUFLLE9BQU8sSUFBSTtBQUNoQixVQUFJLFVBQVcsTUFBSyxZQUFZLENBQUM7QUFDakMsVUFBSSxhQUFhLFVBQVcsT0FBTTtBQUNsQyxZQUFNLE9BQU8sYUFBYSxRQUFRLEVBQUUsVUFBVSxPQUFPLENBQUM7QUFDdEQsWUFBTSxRQUFRLElBQUksZ0JBQWdCLFVBQVUsTUFBTSxLQUFLLEtBQUssTUFBTSxDQUFDLFFBQVEsR0FBRyxFQUFFLE9BQU8sRUFBRSxDQUFDO0FBQzFGLFVBQUksV0FBVyxXQUFXLEtBQUssS0FBSyxXQUFXLFFBQVMsT0FBTTtBQUM5RCxXQUFLLFNBQVM7QUFDZCxXQUFLLElBQUksWUFBWSxzQ0FBc0MsTUFBTSxRQUFRLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFO0FBQ3pGLGFBQU87QUFBQSxJQUNUO0FBQ0EsU0FBSyxPQUFPLElBQUk7QUFDaEIsUUFBSSxXQUFXO0FBQ2IsV0FBSyxxQkFBcUI7QUFHMUIsWUFBTSxVQUFVLEtBQUs7QUFDckIsWUFBTSxVQUFVLEtBQUs7QUFDckIsV0FBSyxZQUFZLENBQUM7QUFDbEIsaUJBQVcsVUFBVSxRQUFTLFFBQU87QUFDckMsV0FBSyxLQUFLLGNBQWM7QUFDeEIsV0FBSyxrQkFBa0I7QUFBQSxJQUN6QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLElBQUksbUJBQTRCO0FBQzlCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLG9CQUEwQjtBQUN4QixTQUFLLHVCQUF1QjtBQUFBLEVBQzlCO0FBQUE7QUFBQSxFQUdBLE1BQU0sUUFBMEI7QUFDOUIsUUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFBQSxRQUNoQyxNQUFLLFVBQVUsS0FBSyxNQUFNO0FBQUEsRUFDakM7QUFBQTtBQUFBO0FBQUEsRUFLQSxrQkFBa0IsTUFBc0M7QUFDdEQsVUFBTSxLQUFLLEtBQUs7QUFDaEIsU0FBSyxTQUFTLElBQUksSUFBSSxFQUFFLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDNUMsVUFBTSxLQUFLLEtBQUs7QUFBQSxNQUFPO0FBQUEsTUFBMkIsRUFBRSxXQUFXLElBQUksU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUNwRixNQUFNLEtBQUssS0FBSywyQkFBMkIsSUFBSSxLQUFLLGFBQWE7QUFBQSxJQUFDO0FBQ3BFLFdBQU8sT0FBTyxTQUFZLFNBQVk7QUFBQSxFQUN4QztBQUFBO0FBQUEsRUFHQSxZQUFZLElBQWtCO0FBQzVCLFNBQUssU0FBUyxPQUFPLEVBQUU7QUFBQSxFQUN6QjtBQUFBLEVBRUEsaUJBQW9EO0FBQ2xELFVBQU0sUUFBUSxLQUFLLE9BQU8sS0FBSyxPQUFPLFNBQVMsQ0FBQztBQUNoRCxRQUFJLEtBQUssT0FBTyxhQUFhLEtBQUs7QUFDbEMsUUFBSSxLQUFLLHVCQUF1QixLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssa0JBQWtCLEVBQUcsTUFBSyxLQUFLO0FBQzNGLFVBQU0sUUFBUSxLQUFLLFNBQVMsSUFBSSxFQUFFO0FBQ2xDLFdBQU8sT0FBTyxTQUFTLFNBQVMsRUFBRSxJQUFJLE1BQU0sTUFBTSxLQUFLLElBQUksRUFBRSxHQUFHO0FBQUEsRUFDbEU7QUFBQSxFQUVBLHVCQUErQjtBQUM3QixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxvQkFBb0IsSUFBb0I7QUFDdEMsUUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLEVBQUUsRUFBRyxRQUFPLFdBQVc7QUFDOUMsU0FBSyxxQkFBcUI7QUFDMUIsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLGdCQUFtRDtBQUNqRCxhQUFTLElBQUksS0FBSyxPQUFPLFNBQVMsR0FBRyxLQUFLLEdBQUcsS0FBSztBQUNoRCxZQUFNLElBQUksS0FBSyxPQUFPLENBQUMsRUFBRztBQUMxQixVQUFJLEVBQUcsUUFBTztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLFNBQVMsR0FBRztBQUFBLEVBQzVDO0FBQUEsRUFFQSxPQUFPLE1BQXdDO0FBQzdDLGFBQVMsSUFBSSxLQUFLLE9BQU8sU0FBUyxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQ2hELFlBQU0sSUFBSSxLQUFLLE9BQU8sQ0FBQyxFQUFHLFFBQVEsSUFBSSxJQUFJO0FBQzFDLFVBQUksRUFBRyxRQUFPO0FBQUEsSUFDaEI7QUFDQSxVQUFNLE9BQU8sS0FBSyxlQUFlLEVBQUU7QUFDbkMsV0FBTyxNQUFNLFdBQVcsSUFBSTtBQUFBLEVBQzlCO0FBQUEsRUFFQSxnQkFBK0I7QUFDN0IsVUFBTSxPQUFPLEtBQUssZUFBZSxFQUFFO0FBQ25DLFVBQU0sS0FBb0I7QUFBQSxNQUN4QixhQUFhLEtBQUs7QUFBQSxNQUNsQixnQkFBZ0IsS0FBSztBQUFBLE1BQ3JCLGNBQWMsS0FBSztBQUFBLE1BQ25CLEdBQUcsS0FBSztBQUFBLElBQ1Y7QUFDQSxRQUFJLENBQUMsS0FBTSxRQUFPLEVBQUUsR0FBRztBQUN2QixXQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0EsUUFBUSxLQUFLLE9BQU87QUFBQSxNQUNwQixnQkFBZ0IsS0FBSyxPQUFPO0FBQUEsTUFDNUIsaUJBQWlCLEtBQUssT0FBTztBQUFBLE1BQzdCLGFBQWEsS0FBSyxPQUFPO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUlBLElBQUksT0FBcUIsU0FBdUI7QUFDOUMsU0FBSyxLQUFLLEtBQUssRUFBRSxPQUFPLFNBQVMsV0FBVyxLQUFLLGVBQWUsRUFBRSxHQUFHLENBQUM7QUFBQSxFQUN4RTtBQUFBO0FBQUEsRUFJQSxjQUFjLFVBQXdCO0FBQ3BDLFNBQUssZUFBZTtBQUNwQixTQUFLLGFBQWEsYUFBYSxJQUFJLFNBQVksS0FBSyxLQUFLLFFBQVE7QUFBQSxFQUNuRTtBQUFBO0FBQUEsRUFHQSxZQUF1RTtBQUNyRSxRQUFJO0FBQ0osUUFBSSxLQUFLLGVBQWUsT0FBVyxRQUFPLEVBQUUsSUFBSSxLQUFLLFlBQVksS0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLFNBQVMsRUFBRTtBQUNyRyxlQUFXLEtBQUssS0FBSyxTQUFTLE9BQU8sR0FBRztBQUN0QyxVQUFJLEVBQUUsYUFBYSxPQUFXO0FBQzlCLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU8sRUFBRSxhQUFhLEtBQUssTUFBTSxLQUFLLFFBQVEsS0FBSyxFQUFFLE1BQU0sS0FBSyxLQUFNO0FBQ25HLGVBQU8sRUFBRSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsS0FBSyxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUMsRUFBRTtBQUFBLE1BQ25FO0FBQUEsSUFDRjtBQUNBLFVBQU0sT0FBTyxLQUFLLFVBQVUsYUFBYTtBQUN6QyxRQUFJLFNBQVMsQ0FBQyxRQUFRLEtBQUssS0FBSyxLQUFLLE1BQU8sS0FBSyxPQUFPLEtBQUssTUFBTSxLQUFLLFFBQVEsS0FBSyxLQUFLLE1BQU0sS0FBSyxLQUFPLFFBQU87QUFDbkgsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFdBQWlCO0FBQ3ZCLFNBQUssYUFBYSxLQUFLLEtBQUssUUFBUSxLQUFLO0FBQ3pDLFFBQUksS0FBSyxPQUFRO0FBQ2pCLFNBQUs7QUFBQSxNQUFPO0FBQUEsTUFBaUIsRUFBRSxXQUFXLEtBQUssZUFBZSxTQUFTLG9CQUFJLElBQUksRUFBRTtBQUFBLE1BQy9FLE1BQU0sS0FBSyxLQUFLLGlCQUFpQixLQUFLLGFBQWE7QUFBQSxJQUFDO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBSUEsaUJBQWlCLGVBQXVCLE9BQXFCO0FBQzNELFFBQUksS0FBSyxPQUFRO0FBQ2pCLFNBQUs7QUFBQSxNQUFPO0FBQUEsTUFBd0IsRUFBRSxXQUFXLGVBQWUsU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUNqRixNQUFNLEtBQUssS0FBSyx3QkFBd0IsZUFBZSxLQUFLO0FBQUEsSUFBQztBQUFBLEVBQ2pFO0FBQUE7QUFBQSxFQUlBLGlCQUFpQixTQUFpQixTQUFzQixNQUFrQixVQUF1QixXQUF1RDtBQUN0SixRQUFJLFlBQVksRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFlBQVk7QUFDM0QsUUFBSSxDQUFDLEtBQUssS0FBSyxXQUFXLE9BQU8sRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFlBQVk7QUFDNUUsVUFBTSxRQUFRLElBQUksSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQyxDQUFDO0FBRTNELFFBQUksQ0FBQyxNQUFNLElBQUksT0FBTyxLQUFLLENBQUMsTUFBTSxJQUFJLFNBQVMsS0FBSyxDQUFDLE1BQU0sSUFBSSxZQUFZLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQ3RILFVBQU0sUUFBUSxLQUFLO0FBQ25CLFVBQU0sVUFBbUI7QUFBQSxNQUN2QjtBQUFBLE1BQU87QUFBQSxNQUFTO0FBQUEsTUFBUztBQUFBLE1BQU07QUFBQSxNQUFVO0FBQUE7QUFBQSxNQUV6QyxVQUFVLGNBQWMsSUFBSSxTQUFZLEtBQUssS0FBSyxRQUFRO0FBQUEsTUFDMUQsS0FBSyxLQUFLLEtBQUssUUFBUTtBQUFBLE1BQ3ZCLFNBQVMsQ0FBQyxhQUFhLEtBQUssZ0JBQWdCLFNBQVMsUUFBUTtBQUFBLE1BQzdELE1BQU0sTUFBTSxLQUFLLFlBQVksT0FBTztBQUFBLElBQ3RDO0FBQ0EsU0FBSyxTQUFTLElBQUksT0FBTyxPQUFPO0FBQ2hDLFdBQU8sRUFBRSxRQUFRLFdBQVcsSUFBSSxNQUFNO0FBQUEsRUFDeEM7QUFBQSxFQUVBLGtCQUFvQztBQUNsQyxXQUFPLENBQUMsR0FBRyxLQUFLLFNBQVMsT0FBTyxDQUFDLEVBQUUsSUFBSSxDQUFDLEVBQUUsT0FBTyxTQUFTLFNBQVMsTUFBTSxVQUFVLFdBQVcsU0FBUyxLQUFLLE9BQ3pHLEVBQUUsT0FBTyxTQUFTLFNBQVMsTUFBTSxVQUFVLFdBQVcsU0FBUyxLQUFLLEVBQUU7QUFBQSxFQUMzRTtBQUFBLEVBRVEsWUFBWSxTQUF3QjtBQUMxQyxRQUFJLEtBQUssU0FBUyxJQUFJLFFBQVEsS0FBSyxNQUFNLFNBQVM7QUFDaEQsWUFBTSxJQUFJLFVBQVUsV0FBVyxRQUFRLEtBQUssT0FBTyxRQUFRLE9BQU8sNENBQTRDO0FBQUEsSUFDaEg7QUFDQSxTQUFLLFNBQVMsT0FBTyxRQUFRLEtBQUs7QUFBQSxFQUNwQztBQUFBLEVBRVEsZ0JBQWdCLFNBQWtCLFVBQWlDO0FBQ3pFLFFBQUksT0FBTyxhQUFhLFlBQVksYUFBYSxLQUFNLE9BQU0sSUFBSSxVQUFVLCtDQUErQztBQUMxSCxTQUFLLFlBQVksT0FBTztBQUN4QixVQUFNLFVBQVUsSUFBSSxVQUFVLGlCQUFpQixTQUFTLFNBQVMsMEJBQTBCLENBQUM7QUFDNUYsUUFBSSxRQUFRLElBQUksU0FBUyxNQUFNLE9BQVcsU0FBUSxJQUFJLFdBQVcsS0FBSztBQUN0RSxVQUFNLE9BQU8sT0FBTyxTQUFTLFNBQVMsV0FBV0EsU0FBUSxPQUFPLFNBQVMsSUFBSSxJQUFJLFNBQVMsUUFBUSxJQUFJLFdBQVcsQ0FBQztBQUNsSCxVQUFNLFdBQVcsSUFBSSxVQUFVLGlCQUFpQixTQUFTLFVBQVUsMkJBQTJCLENBQUM7QUFDL0YsU0FBSyx1QkFBdUIsUUFBUSxPQUFPLFNBQVMsTUFBTSxVQUFVLEVBQUUsTUFBTSxXQUFXLElBQUksU0FBUyxHQUFHLENBQUM7QUFBQSxFQUMxRztBQUFBLEVBRVEsWUFBWSxTQUF3QjtBQUMxQyxTQUFLLFlBQVksT0FBTztBQUN4QixTQUFLLHVCQUF1QixRQUFRLE9BQU8sUUFBVyxRQUFXLFFBQVcsRUFBRSxNQUFNLFdBQVcsa0JBQWtCLFNBQVMsUUFBUSxDQUFDO0FBQUEsRUFDckk7QUFBQTtBQUFBLEVBR1EsUUFBUSxTQUF3QjtBQUN0QyxTQUFLLFlBQVksT0FBTztBQUN4QixVQUFNLE9BQU9BLFNBQVEsT0FBTywwQkFBMEI7QUFDdEQsVUFBTSxVQUFVLElBQUksVUFBVSxDQUFDLENBQUMsV0FBVyxLQUFLLEdBQUcsQ0FBQyxrQkFBa0IsT0FBTyxLQUFLLE1BQU0sQ0FBQyxHQUFHLENBQUMsZ0JBQWdCLFlBQVksQ0FBQyxDQUFDO0FBQzNILFNBQUssdUJBQXVCLFFBQVEsT0FBTyxTQUFTLE1BQU0sSUFBSSxVQUFVLEdBQUcsRUFBRSxNQUFNLFdBQVcsSUFBSSxTQUFTLEdBQUcsQ0FBQztBQUFBLEVBQ2pIO0FBQUEsRUFFUSx1QkFBdUIsT0FBZSxTQUFnQyxNQUE4QixVQUFpQyxRQUFpRDtBQUM1TCxRQUFJLEtBQUssT0FBUTtBQUNqQixVQUFNLFVBQVUsb0JBQUksSUFBMEI7QUFDOUMsUUFBSSxLQUFNLFNBQVEsSUFBSSxXQUFXLHNCQUFzQixFQUFFLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDMUUsVUFBTSxRQUFlLEVBQUUsV0FBVyxLQUFLLGVBQWUsU0FBUyxPQUFPO0FBQ3RFLFNBQUssY0FBYyxFQUFFLFNBQVMsU0FBUztBQUN2QyxRQUFJO0FBQ0YsV0FBSyxPQUFPLCtCQUErQixPQUFPLE1BQ2hELEtBQUssS0FBSywrQkFBK0IsS0FBSyxlQUFlLE9BQU8sU0FBUyxTQUFTLEdBQUcsTUFBTSxVQUFVLEdBQUcsVUFBVSxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ3JJLFVBQUU7QUFDQSxXQUFLLGNBQWM7QUFBQSxJQUNyQjtBQUFBLEVBQ0Y7QUFBQSxFQUVRO0FBQUE7QUFBQTtBQUFBLEVBS1IsaUJBQWlCLE1BQWlGO0FBQ2hHLFdBQU8sS0FBSyxVQUFVLE1BQU0sRUFBRSxHQUFHLE1BQU0sV0FBVyxLQUFLLGVBQWUsRUFBRSxHQUFHLENBQUM7QUFBQSxFQUM5RTtBQUFBO0FBQUEsRUFHQSxlQUFlLE9BQXdCO0FBQ3JDLFdBQU8sS0FBSyxVQUFVLE9BQU8sS0FBSztBQUFBLEVBQ3BDO0FBQUE7QUFBQSxFQUdBLG1CQUFzQztBQUNwQyxXQUFPLEtBQUssVUFBVSxRQUFRO0FBQUEsRUFDaEM7QUFBQSxFQUVRLFlBQVksTUFBc0IsVUFBa0IsS0FBYSxTQUFpQyxRQUFpRDtBQUN6SixRQUFJLEtBQUssT0FBUTtBQUNqQixVQUFNLFVBQVUsb0JBQUksSUFBMEI7QUFDOUMsUUFBSSxRQUFTLFNBQVEsSUFBSSxXQUFXLG1CQUFtQixFQUFFLEtBQUssTUFBTSxRQUFRLENBQUM7QUFDN0UsU0FBSyxPQUFPLFVBQVUsRUFBRSxXQUFXLEtBQUssV0FBVyxTQUFTLE9BQU8sR0FBRyxNQUFNLEtBQUssS0FBSyxVQUFVLEtBQUssV0FBVyxLQUFLLE9BQU8sR0FBRyxDQUFDO0FBQUEsRUFDbEk7QUFBQTtBQUFBLEVBR0EsWUFBWSxNQUFxQztBQUMvQyxRQUFJLFNBQVMsY0FBYyx3QkFBeUIsUUFBTyxLQUFLLGFBQWE7QUFDN0UsUUFBSSxTQUFTLGNBQWMseUJBQTBCLFFBQU8sS0FBSyxhQUFhO0FBQzlFLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFTQSxXQUFpQjtBQUNmLFVBQU0sUUFBUSxFQUFFLFdBQVcsS0FBSyxlQUFlLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLE9BQU8saUJBQWlCLE9BQU8sTUFBTSxLQUFLLEtBQUssaUJBQWlCLEtBQUssYUFBYSxDQUFDO0FBQ3JHLFFBQUksU0FBUyxHQUFHO0FBQ2QsV0FBSyxrQkFBa0I7QUFDdkI7QUFBQSxJQUNGO0FBQ0EsU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFBQSxFQUVRLGFBQW1CO0FBQ3pCLFNBQUssT0FBTyxtQkFBbUIsRUFBRSxXQUFXLEtBQUssZUFBZSxTQUFTLG9CQUFJLElBQUksRUFBRSxHQUFHLE1BQU0sS0FBSyxLQUFLLG1CQUFtQixLQUFLLGFBQWEsQ0FBQztBQUM1SSxTQUFLLFNBQVMsT0FBTyxLQUFLLGFBQWE7QUFDdkMsU0FBSyxlQUFlO0FBQ3BCLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUEsRUFFQSxPQUFlO0FBQ2IsUUFBSSxDQUFDLEtBQUssZ0JBQWlCLFFBQU8sV0FBVztBQUM3QyxTQUFLLGtCQUFrQjtBQUN2QixTQUFLLE1BQU0sTUFBTSxLQUFLLFdBQVcsQ0FBQztBQUNsQyxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFJQSxjQUFjLFNBQTBDO0FBQ3RELFdBQU8sS0FBSyxLQUFLLGNBQWMsQ0FBQyxJQUFJLEdBQUcsT0FBTztBQUFBLEVBQ2hEO0FBQUEsRUFFQSxjQUFzQjtBQUNwQixXQUFPLEtBQUssT0FBTztBQUFBLEVBQ3JCO0FBQUEsRUFFQSxRQUFRLE1BQWtDO0FBQ3hDLFdBQU8sS0FBSyxVQUFVLE1BQU0sSUFBSTtBQUFBLEVBQ2xDO0FBQUEsRUFFQSxPQUFPLE1BQWtDO0FBQ3ZDLFdBQU8sS0FBSyxVQUFVLE1BQU0sSUFBSTtBQUFBLEVBQ2xDO0FBQUEsRUFFQSxVQUFVLE1BQW9DO0FBQzVDLFdBQU8sS0FBSyxVQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3BDO0FBQUEsRUFFQSxVQUF1QztBQUNyQyxXQUFPLEtBQUssVUFBVSxJQUFJO0FBQUEsRUFDNUI7QUFDRjs7O0FLcGlCQSxJQUFNLG1CQUFtQixLQUFLLElBQUksTUFBTSxHQUFHLENBQUM7QUFDNUMsSUFBTSxzQkFBc0I7QUFDNUIsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFFekIsSUFBTSxPQUFOLE1BQVc7QUFBQSxFQUNQLGFBQWEsSUFBSSxXQUFXO0FBQUEsRUFDNUIsU0FBUyxJQUFJLGFBQWE7QUFBQSxFQUMxQixjQUFjLElBQUksWUFBWTtBQUFBLEVBQzlCO0FBQUEsRUFDQTtBQUFBLEVBQ1Q7QUFBQSxFQUNpQixNQUFZLENBQUM7QUFBQSxFQUNiO0FBQUEsRUFDVCxXQUEyQixDQUFDO0FBQUEsRUFDNUIsV0FBVztBQUFBLEVBQ1gsTUFBTTtBQUFBLEVBRWQsWUFBWSxVQUF1QixDQUFDLEdBQUc7QUFDckMsUUFBSSxRQUFRLFdBQVcsVUFBYSxRQUFRLFdBQVcsV0FBVyxRQUFRLFdBQVcsZUFBZTtBQUNsRyxZQUFNLElBQUksVUFBVSxnREFBZ0QsT0FBTyxRQUFRLE1BQU0sQ0FBQyxFQUFFO0FBQUEsSUFDOUY7QUFDQSxRQUFJLFFBQVEsZ0JBQWdCLFVBQWEsQ0FBQyxPQUFPLGNBQWMsUUFBUSxXQUFXLEdBQUc7QUFDbkYsWUFBTSxJQUFJLFVBQVUsdURBQXVEO0FBQUEsSUFDN0U7QUFDQSxTQUFLLFNBQVMsUUFBUSxVQUFVO0FBQ2hDLFNBQUssY0FBYyxRQUFRLGVBQWU7QUFDMUMsU0FBSyxRQUFRLEtBQUs7QUFDbEIsU0FBSyxXQUFXLFFBQVEsV0FBVyxJQUFJLElBQUksUUFBUSxRQUFRLElBQUk7QUFBQSxFQUNqRTtBQUFBLEVBRUEsTUFBTSxRQUFRLFNBQWlDO0FBQzdDLFVBQU0sS0FBSyxNQUFNLEdBQUcsTUFBTSxNQUFNLE9BQU87QUFDdkMsU0FBSyxJQUFJLEtBQUssRUFBRTtBQUNoQixXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxjQUFjLEtBQW9CLFVBQTBDLENBQUMsR0FBZTtBQUMxRixRQUFJLENBQUMsTUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLFdBQVcsRUFBRyxPQUFNLElBQUksVUFBVSw4Q0FBOEM7QUFDL0csZUFBVyxNQUFNLEtBQUs7QUFDcEIsVUFBSSxFQUFFLGNBQWMsT0FBTyxHQUFHLFNBQVMsS0FBTSxPQUFNLElBQUksVUFBVSw0REFBNkQ7QUFDOUgsVUFBSSxDQUFDLEdBQUcsWUFBWTtBQUNsQixjQUFNLElBQUksaUJBQWlCLHNCQUFzQixHQUFHLFVBQVUsR0FBRyxJQUFJLGtHQUFrRztBQUFBLE1BQ3pLO0FBQUEsSUFDRjtBQUNBLFdBQU8sSUFBSSxXQUFXLEtBQUssbUJBQW1CLFFBQVEsWUFBWSxtQkFBbUIsQ0FBQztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFxQjtBQUNuQixXQUFPLE9BQU8sS0FBSyxLQUFLLElBQUk7QUFBQSxFQUM5QjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLGNBQXNCO0FBQ3BCLFdBQU8sT0FBTyxLQUFLLFFBQVEsS0FBSyxjQUFjLG1CQUFtQixJQUFJO0FBQUEsRUFDdkU7QUFBQTtBQUFBLEVBR0EsWUFBWSxJQUFrQjtBQUM1QixRQUFJLENBQUMsT0FBTyxTQUFTLEVBQUUsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLFdBQVcseURBQXlEO0FBQ2xILFVBQU0sU0FBUyxLQUFLLFFBQVE7QUFDNUIsZUFBUztBQUNQLFVBQUk7QUFDSixpQkFBVyxNQUFNLEtBQUssS0FBSztBQUN6QixjQUFNLElBQUksR0FBRyxVQUFVO0FBQ3ZCLFlBQUksS0FBSyxFQUFFLE1BQU0sV0FBVyxDQUFDLFFBQVEsRUFBRSxLQUFLLEtBQUssSUFBSyxRQUFPO0FBQUEsTUFDL0Q7QUFDQSxVQUFJLENBQUMsS0FBTTtBQUNYLFdBQUssUUFBUSxLQUFLO0FBQ2xCLFdBQUssS0FBSztBQUFBLElBQ1o7QUFDQSxTQUFLLFFBQVE7QUFBQSxFQUNmO0FBQUE7QUFBQSxFQUdBLFFBQVEsTUFBYyxXQUFtQixNQUFpQztBQUN4RSxVQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsTUFBTSxTQUFTO0FBQ2pELFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxpQkFBaUIsOEJBQThCLElBQUksK0JBQStCLFNBQVMsR0FBRztBQUNqSSxVQUFNLEVBQUUsT0FBTyxJQUFJLEtBQUssT0FBTyxRQUFRLE9BQU8sT0FBTyxTQUFTLFdBQVdBLFNBQVEsT0FBTyxJQUFJLElBQUksSUFBSTtBQUNwRyxRQUFJLE9BQVEsTUFBSyxNQUFNLE1BQU07QUFDN0IsU0FBSyxjQUFjO0FBQUEsRUFDckI7QUFBQTtBQUFBLEVBR0EsT0FBTyxNQUFrQztBQUN2QyxXQUFPLEtBQUssWUFBWSxNQUFNLElBQUk7QUFBQSxFQUNwQztBQUFBLEVBRUEsVUFBdUM7QUFDckMsV0FBTyxLQUFLLFlBQVksSUFBSTtBQUFBLEVBQzlCO0FBQUEsRUFFQSxXQUFXLE1BQXVCO0FBQ2hDLFdBQU8sS0FBSyxhQUFhLFVBQWEsS0FBSyxTQUFTLElBQUksSUFBSTtBQUFBLEVBQzlEO0FBQUE7QUFBQSxFQUdBLFVBQWtCO0FBQ2hCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsTUFBTSxRQUEwQjtBQUM5QixTQUFLLFNBQVMsS0FBSyxNQUFNO0FBQUEsRUFDM0I7QUFBQTtBQUFBLEVBR0EsZ0JBQXNCO0FBQ3BCLFFBQUksS0FBSyxTQUFVO0FBQ25CLFNBQUssV0FBVztBQUNoQixRQUFJO0FBQ0YsYUFBTyxLQUFLLFNBQVMsU0FBUyxFQUFHLE1BQUssU0FBUyxNQUFNLEVBQUc7QUFBQSxJQUMxRCxVQUFFO0FBQ0EsV0FBSyxXQUFXO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0Y7OztBZnRJQTs7O0FnQkZBLFNBQVMsWUFBWSxtQkFBbUI7QUFDeEMsU0FBUyxTQUFTLFdBQVcsdUJBQWlEO0FBYXZFLElBQU0sU0FBUyxDQUFDLFNBQXNDLE9BQU8sS0FBSyxJQUFJLEVBQUUsU0FBUyxXQUFXO0FBR25HLGVBQXNCLFFBQVEsS0FBaUIsS0FBYSxVQUFpQyxDQUFDLEdBQXFCO0FBQ2pILFFBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsTUFBSSxJQUFJLFdBQVcsSUFBSSxHQUFHO0FBQ3hCLFVBQU0sU0FBUyxJQUFJLFdBQVcsWUFBWSxRQUFRLFVBQVUsS0FBSyxRQUFRLFVBQVUsS0FBSyxFQUFFLENBQUM7QUFDM0YsVUFBTUMsT0FBVyxFQUFFLEtBQUssT0FBTyxHQUFHLE9BQU8sTUFBTSxHQUFHLEtBQUssS0FBSyxPQUFPLEdBQUksVUFBVSxFQUFFLElBQUksSUFBSSxDQUFDLEVBQUc7QUFDL0YsV0FBTyxFQUFFLEtBQUssS0FBSyxTQUFTLFFBQVEsS0FBQUEsS0FBSTtBQUFBLEVBQzFDO0FBQ0EsUUFBTSxFQUFFLFdBQVcsV0FBVyxJQUFJLE1BQU0sZ0JBQWdCLEtBQUssUUFBUSxVQUFVLEVBQUUsS0FBSyxVQUFVLElBQUksQ0FBQyxDQUFDO0FBQ3RHLFFBQU0sTUFBTSxFQUFFLEdBQUksTUFBTSxVQUFVLFNBQVMsR0FBSSxLQUFLLEtBQUssT0FBTyxHQUFJLFVBQVUsRUFBRSxJQUFJLElBQUksQ0FBQyxFQUFHO0FBQzVGLFNBQU8sRUFBRSxLQUFLLEtBQUssU0FBUyxZQUFZLElBQUk7QUFDOUM7QUFTQSxlQUFzQixLQUFLLEtBQWMsUUFBaUMsVUFBdUIsQ0FBQyxHQUFvQjtBQUNwSCxRQUFNLFNBQVMsRUFBRSxLQUFLLElBQUksS0FBSyxHQUFJLFFBQVEsUUFBUSxDQUFDLElBQUksRUFBRSxLQUFLLElBQUksSUFBSSxHQUFJLEdBQUksUUFBUSxVQUFVLENBQUMsRUFBRztBQUNyRyxTQUFPLElBQUksUUFBUSxNQUFNLEVBQUUsbUJBQW1CLE1BQU0sRUFBRSxLQUFLLElBQUksT0FBTztBQUN4RTs7O0FDbENPLFNBQVMsVUFBVSxTQUE0QjtBQUNwRCxNQUFJLFFBQVEsV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLHVCQUF1QjtBQUNqRSxRQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUNoRCxRQUFNLEtBQUssQ0FBQyxNQUFjLE9BQU8sS0FBSyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssTUFBTSxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0YsU0FBTyxFQUFFLEdBQUcsT0FBTyxRQUFRLEtBQUssR0FBRyxHQUFHLEdBQUcsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxJQUFJLE9BQU8sT0FBTztBQUNsSDtBQUdPLFNBQVMsU0FBUyxHQUFXLFFBQWdCLElBQW1DO0FBQ3JGLFdBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxJQUFLLElBQUcsQ0FBQztBQUNyQyxRQUFNLE1BQU0sSUFBSSxNQUFjLENBQUM7QUFDL0IsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsVUFBTSxLQUFLLFFBQVEsT0FBTyxPQUFPO0FBQ2pDLE9BQUcsQ0FBQztBQUNKLFFBQUksQ0FBQyxJQUFJLE9BQU8sUUFBUSxPQUFPLE9BQU8sSUFBSSxFQUFFLElBQUk7QUFBQSxFQUNsRDtBQUNBLFNBQU87QUFDVDtBQUVPLElBQU0sTUFBTSxDQUFDLEdBQVcsU0FBUyxNQUFNLEVBQUUsUUFBUSxNQUFNOzs7QWpCbEI5RCxJQUFNLFNBQVM7QUFDZixJQUFNLFdBQVcsS0FBSyxJQUFJLE1BQU0sR0FBRyxDQUFDO0FBQzdCLElBQU0sV0FBeUIsQ0FBQyxTQUFTLFNBQVMsU0FBUyxTQUFTLE9BQU87QUFFbEYsZUFBZSxZQUFZLEtBQWMsY0FBbUM7QUFDMUUsUUFBTSxPQUFPLElBQUksS0FBSyxFQUFFLGFBQWEsU0FBUyxDQUFDO0FBQy9DLFNBQU8sS0FBSyxRQUFRO0FBQUEsSUFDbEIsUUFBUSxHQUFHLGdCQUFnQixDQUFDO0FBQUEsSUFDNUIscUJBQXFCO0FBQUEsTUFDbkIsV0FBVyxDQUFDLEVBQUUsTUFBTSxTQUFTLFFBQVEsUUFBUSxXQUFXLENBQUMsS0FBSyxHQUFHLFlBQVksQ0FBQyxJQUFJLEdBQUcsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFFLE1BQU0sQ0FBQyxJQUFJLEdBQUcsRUFBRSxFQUFFLEVBQUUsQ0FBQztBQUFBLE1BQy9ILE9BQU8sQ0FBQyxFQUFFLFNBQVMsQ0FBQyxHQUFHLFFBQVEsS0FBSyxVQUFVLEVBQUUsVUFBVSxRQUFRLEVBQUUsQ0FBQztBQUFBLE1BQ3JFLE9BQU8sRUFBRSxhQUFhLGFBQWE7QUFBQSxJQUNyQztBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUEsU0FBUyxRQUFRLElBQVEsT0FBcUI7QUFDNUMsUUFBTSxJQUFJLEdBQUcsY0FBYztBQUMzQixJQUFFLG1CQUFtQixDQUFDLENBQUMsV0FBVyxLQUFLLEdBQUcsQ0FBQyxTQUFTLFNBQVMsR0FBRyxDQUFDLGNBQWMsS0FBSyxHQUFHLENBQUMsZ0JBQWdCLEdBQUcsR0FBRyxDQUFDLGlCQUFpQixVQUFVLEtBQUssRUFBRSxDQUFDLEdBQUcsRUFBRSxhQUFhLEtBQUssQ0FBQztBQUMxSyxNQUFJLEVBQUUsY0FBZSxPQUFNLElBQUksTUFBTSx3QkFBd0IsRUFBRSxjQUFjLE1BQU0sSUFBSSxFQUFFLGNBQWMsUUFBUSxFQUFFO0FBQ2pILElBQUUsU0FBUztBQUNiO0FBRUEsU0FBUyxhQUFhLEtBQTBDO0FBQzlELE1BQUksSUFBSSxRQUFRLFNBQVM7QUFDdkIsVUFBTSxTQUFTLGdCQUFnQixJQUFJLE9BQXFCO0FBQ3hELFdBQU8sQ0FBQyxVQUFVO0FBQ2hCLFlBQU0sTUFBTSxNQUFNLFlBQVksR0FBRztBQUNqQyxZQUFNLE1BQU1DLFlBQVcsVUFBVSxNQUFNLEVBQUUsT0FBTyxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsRUFBRSxPQUFPO0FBQzVFLGFBQU8sZ0JBQWdCLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNLENBQUMsR0FBRyxXQUFXLENBQUM7QUFBQSxJQUM1RTtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE1BQWlCLGdCQUFnQixFQUFFLEtBQUssSUFBSSxLQUFjLFFBQVEsTUFBTSxDQUFDO0FBQy9FLFFBQU0sT0FBTyxJQUFJLFFBQVEsVUFBVSxPQUFPO0FBQzFDLFFBQU0sVUFDSixJQUFJLFFBQVEsVUFBVSxFQUFFLEtBQUssS0FBSyxTQUFTLEdBQStCLFlBQVksR0FBRyxJQUN2RixJQUFJLFFBQVEsVUFBVSxFQUFFLEtBQUssS0FBSyxhQUFhLGFBQXNCLElBQ3JFLEVBQUUsS0FBSyxJQUFJO0FBQ2YsU0FBTyxDQUFDLFVBQVU7QUFDaEIsVUFBTSxNQUFNLE1BQU0sWUFBWSxHQUFHO0FBQ2pDLFdBQU8sV0FBVyxNQUFNLE9BQU8sS0FBSyxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsR0FBRyxTQUFTLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTSxDQUFDLEdBQUcsV0FBVyxDQUFDO0FBQUEsRUFDbkg7QUFDRjtBQU9BLGVBQXNCLFdBQVcsR0FBa0Y7QUFDakgsUUFBTSxTQUF3QyxDQUFDO0FBQy9DLE1BQUk7QUFDSixhQUFXLE9BQU8sVUFBVTtBQUMxQixVQUFNLE1BQU0sTUFBTSxRQUFRLEtBQUssR0FBRyxHQUFHLFFBQVE7QUFDN0MsVUFBTSxNQUFNLEtBQUssTUFBTSxXQUFXLEdBQUk7QUFDdEMsVUFBTSxTQUFtQixDQUFDO0FBQzFCLGFBQVMsSUFBSSxHQUFHLElBQUksSUFBSSxLQUFLLElBQUssUUFBTyxLQUFLLE1BQU0sS0FBSyxLQUFLLEVBQUUsS0FBSyxRQUFRLEtBQUssT0FBTyxLQUFLLFFBQVEsQ0FBQyxJQUFJLEtBQUssS0FBSyxLQUFLLE1BQU0sTUFBTSxLQUFLLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUNySixVQUFNLEtBQUssTUFBTSxZQUFZLEtBQUssRUFBRTtBQUNwQyxVQUFNLFFBQVEsYUFBYSxHQUFHO0FBQzlCLFFBQUksQ0FBQyxPQUFPLE1BQU0sQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUcsT0FBTSxJQUFJLE1BQU0sR0FBRyxHQUFHLGlDQUFpQztBQUV2RyxVQUFNLGFBQWEsVUFBVSxTQUFTLEdBQUcsS0FBSyxDQUFDLE1BQU0sUUFBUSxJQUFJLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ2xHLFVBQU1DLGNBQWEsVUFBVSxTQUFTLEdBQUcsS0FBSyxDQUFDLE1BQU0sS0FBSyxNQUFNLE9BQU8sSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDLENBQUM7QUFDM0YsV0FBTyxHQUFHLElBQUksRUFBRSxZQUFZLFlBQUFBLFlBQVc7QUFDdkMsUUFBSSxRQUFRLFNBQVM7QUFDbkIsWUFBTSxNQUFNLE9BQU8sQ0FBQztBQUNwQixjQUFRLElBQUksR0FBRztBQUNmLGlCQUFXLFVBQVUsU0FBUyxHQUFHLEtBQUssTUFBTSxRQUFRLElBQUksR0FBRyxDQUFDLENBQUM7QUFDN0QsV0FBSyxHQUFHLFFBQVEsMEJBQTBCLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxNQUFNLDJDQUEyQztBQUFBLElBQ3BIO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxRQUFRLFNBQW9CO0FBQ3ZDO0FBRU8sU0FBUyxnQkFBZ0JDLElBQTJDO0FBQ3pFLFVBQVEsSUFBSSw4SEFBMkg7QUFDdkksUUFBTSxTQUFpQyxFQUFFLE9BQU8sZ0JBQVEsT0FBTyxJQUFJLE9BQU8saUJBQVMsT0FBTyxpQkFBUyxPQUFPLGVBQU87QUFDakgsYUFBVyxDQUFDLEtBQUssQ0FBQyxLQUFLLE9BQU8sUUFBUUEsR0FBRSxNQUFNLEdBQUc7QUFDL0MsWUFBUTtBQUFBLE1BQ04sS0FBSyxJQUFJLE9BQU8sQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLFdBQVcsR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDLE1BQU0sSUFBSSxFQUFFLFdBQVcsR0FBRyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLFdBQVcsR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDLE1BQU0sSUFBSSxFQUFFLFdBQVcsR0FBRyxFQUFFLE9BQU8sQ0FBQyxDQUFDLE1BQ2hLLElBQUksRUFBRSxXQUFXLE1BQU0sRUFBRSxXQUFXLEtBQUssQ0FBQyxDQUFDLFFBQUssT0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLEdBQUcsQ0FBQyxNQUFNLEVBQUU7QUFBQSxJQUMvRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUtBLEdBQUUsT0FBTyxNQUFNLFdBQVc7QUFDckMsVUFBUSxJQUFJLDhDQUE4QyxJQUFJQSxHQUFFLFNBQVMsR0FBRyxDQUFDLGVBQVksSUFBSUEsR0FBRSxTQUFTLEdBQUcsQ0FBQyxZQUFTLElBQUlBLEdBQUUsU0FBUyxNQUFNLElBQUksQ0FBQyxDQUFDLGtEQUF1QztBQUN6TDs7O0FrQjdGQSxJQUFNLElBQUksTUFBTSxXQUFXLE9BQU8sUUFBUSxJQUFJLEtBQUssR0FBRyxDQUFDO0FBQ3ZELGdCQUFnQixDQUFDOyIsCiAgIm5hbWVzIjogWyJjcmVhdGVIbWFjIiwgImRlY29kZXIiLCAiZW5jb2RlciIsICJkZWNvZGVyIiwgImVuY29kZXIiLCAiZGVjb2RlciIsICJyIiwgIm1hcCIsICJyYXciLCAiYWN0aW9uIiwgImNvbmNhdCIsICJkZWNvZGVyIiwgImRlY29kZXIiLCAiZW5jb2RlciIsICJlbmNvZGVyIiwgImVuY29kZXIiLCAiandrIiwgImNyZWF0ZUhtYWMiLCAibm9kZVZlcmlmeSIsICJyIl0KfQo=
