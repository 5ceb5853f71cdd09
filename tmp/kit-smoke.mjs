// test/host-sim/wasm-builder.ts
var i32 = 127;
var i64 = 126;
var encoder = new TextEncoder();
function uleb(n) {
  const out = [];
  do {
    let byte = n & 127;
    n >>>= 7;
    if (n !== 0) byte |= 128;
    out.push(byte);
  } while (n !== 0);
  return out;
}
function sleb(value) {
  let n = BigInt(value);
  const out = [];
  for (; ; ) {
    const byte = Number(n & 0x7fn);
    n >>= 7n;
    const signBit = (byte & 64) !== 0;
    if (n === 0n && !signBit || n === -1n && signBit) {
      out.push(byte);
      return out;
    }
    out.push(byte | 128);
  }
}
function name(s2) {
  const b = [...encoder.encode(s2)];
  return [...uleb(b.length), ...b];
}
function vec(items) {
  return [...uleb(items.length), ...items.flat()];
}
var op = {
  i32: (n) => [65, ...sleb(n | 0)],
  i64: (n) => [66, ...sleb(n)],
  get: (i) => [32, ...uleb(i)],
  set: (i) => [33, ...uleb(i)],
  gget: (i) => [35, ...uleb(i)],
  gset: (i) => [36, ...uleb(i)],
  call: (f) => [16, ...uleb(f)],
  load: (offset = 0) => [40, 2, ...uleb(offset)],
  store: (offset = 0) => [54, 2, ...uleb(offset)],
  store8: (offset = 0) => [58, 0, ...uleb(offset)],
  add: () => [106],
  sub: () => [107],
  eqz: () => [69],
  eq: () => [70],
  ne: () => [71],
  drop: () => [26],
  ret: () => [15],
  unreachable: () => [0],
  /** if (i32 on stack) then … end, with no result. */
  if: (...body) => [4, 64, ...body.flat(), 11],
  ifElse: (then, otherwise) => [4, 64, ...then.flat(), 5, ...otherwise.flat(), 11]
};
var ModuleBuilder = class {
  types = [];
  imports = [];
  funcs = [];
  globals = [];
  data = [];
  dataEnd = 16;
  typeIndex(params, results) {
    const key = JSON.stringify([params, results]);
    let i = this.types.indexOf(key);
    if (i < 0) i = this.types.push(key) - 1;
    return i;
  }
  importFunc(module, field, params, results) {
    if (this.funcs.length > 0) throw new Error("declare imports before functions: they come first in the index space");
    this.imports.push({ module, field, type: this.typeIndex(params, results) });
    return this.imports.length - 1;
  }
  /** Declares an exported (or internal, when exportName is undefined) function; returns its index. */
  func(exportName, params, results, body, locals = []) {
    this.funcs.push({ type: this.typeIndex(params, results), locals, body: body.flat(), exportName });
    return this.imports.length + this.funcs.length - 1;
  }
  /** Index a function will get if declared next (for forward calls). */
  nextFuncIndex() {
    return this.imports.length + this.funcs.length;
  }
  global(initial) {
    this.globals.push(initial);
    return this.globals.length - 1;
  }
  /** Places bytes (a string is UTF-8 encoded) in memory; returns [offset, length]. */
  bytes(value) {
    const bytes = typeof value === "string" ? encoder.encode(value) : value;
    const offset = this.dataEnd;
    this.data.push({ offset, bytes });
    this.dataEnd = offset + bytes.length + 7 & ~7;
    return [offset, bytes.length];
  }
  build() {
    const section = (id, content) => [id, ...uleb(content.length), ...content];
    const types = vec(this.types.map((k) => {
      const [p, r] = JSON.parse(k);
      return [96, ...vec(p.map((x) => [x])), ...vec(r.map((x) => [x]))];
    }));
    const imports = vec(this.imports.map((i) => [...name(i.module), ...name(i.field), 0, ...uleb(i.type)]));
    const funcs = vec(this.funcs.map((f) => uleb(f.type)));
    const memory = vec([[0, ...uleb(2)]]);
    const globals = vec(this.globals.map((g) => [i32, 1, ...op.i32(g), 11]));
    const exports = vec([
      [...name("memory"), 2, 0],
      ...this.funcs.flatMap((f, i) => f.exportName ? [[...name(f.exportName), 0, ...uleb(this.imports.length + i)]] : [])
    ]);
    const code = vec(this.funcs.map((f) => {
      const locals = vec(f.locals.map((t) => [...uleb(1), t]));
      const body = [...locals, ...f.body, 11];
      return [...uleb(body.length), ...body];
    }));
    const data = vec(this.data.map((d) => [0, ...op.i32(d.offset), 11, ...uleb(d.bytes.length), ...d.bytes]));
    return Uint8Array.from([
      0,
      97,
      115,
      109,
      1,
      0,
      0,
      0,
      ...section(1, types),
      ...this.imports.length ? section(2, imports) : [],
      ...section(3, funcs),
      ...section(5, memory),
      ...this.globals.length ? section(6, globals) : [],
      ...section(7, exports),
      ...section(10, code),
      ...this.data.length ? section(11, data) : []
    ]);
  }
};

// test/host-sim/proxy-module.ts
var I = i32;
var SIGNATURES = {
  proxy_log: [[I, I, I], [I]],
  proxy_get_header_map_value: [[I, I, I, I, I], [I]],
  proxy_add_header_map_value: [[I, I, I, I, I], [I]],
  proxy_replace_header_map_value: [[I, I, I, I, I], [I]],
  proxy_remove_header_map_value: [[I, I, I], [I]],
  proxy_get_header_map_pairs: [[I, I, I], [I]],
  proxy_set_header_map_pairs: [[I, I, I], [I]],
  proxy_get_buffer_bytes: [[I, I, I, I, I], [I]],
  proxy_set_buffer_bytes: [[I, I, I, I, I], [I]],
  proxy_send_local_response: [[I, I, I, I, I, I, I, I], [I]],
  proxy_set_property: [[I, I, I, I], [I]],
  proxy_get_property: [[I, I, I, I], [I]],
  proxy_get_shared_data: [[I, I, I, I, I], [I]],
  proxy_set_shared_data: [[I, I, I, I, I], [I]],
  proxy_register_shared_queue: [[I, I, I], [I]],
  proxy_resolve_shared_queue: [[I, I, I, I, I], [I]],
  proxy_enqueue_shared_queue: [[I, I, I], [I]],
  proxy_dequeue_shared_queue: [[I, I, I], [I]],
  proxy_http_call: [[I, I, I, I, I, I, I, I, I, I], [I]],
  proxy_set_effective_context: [[I], [I]],
  proxy_continue_stream: [[I], [I]],
  proxy_define_metric: [[I, I, I, I], [I]],
  proxy_increment_metric: [[I, i64], [I]],
  proxy_record_metric: [[I, i64], [I]],
  proxy_get_metric: [[I, I], [I]],
  proxy_set_tick_period_milliseconds: [[I], [I]],
  proxy_get_current_time_nanoseconds: [[I], [I]]
};
var SCRATCH = { ptr: 6e4, size: 60004, word: 60008, word2: 60012, char: 60016, u64: 60024 };
var CALLBACKS = {
  proxy_on_context_create: [[I, I], [], []],
  proxy_on_vm_start: [[I, I], [I], [op.i32(1)]],
  proxy_on_configure: [[I, I], [I], [op.i32(1)]],
  proxy_on_request_headers: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_request_body: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_request_trailers: [[I, I], [I], [op.i32(0)]],
  proxy_on_response_headers: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_response_body: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_response_trailers: [[I, I], [I], [op.i32(0)]],
  proxy_on_http_call_response: [[I, I, I, I, I], [], []],
  proxy_on_queue_ready: [[I, I], [], []],
  proxy_on_tick: [[I], [], []],
  proxy_on_done: [[I], [I], [op.i32(1)]],
  proxy_on_log: [[I], [], []],
  proxy_on_delete: [[I], [], []]
};
var ProxyModule = class {
  b = new ModuleBuilder();
  imp = {};
  written = /* @__PURE__ */ new Set();
  heap;
  constructor(extraImports = []) {
    for (const [n, [p, r]] of Object.entries(SIGNATURES)) this.imp[n] = this.b.importFunc("env", n, p, r);
    for (const e of extraImports) this.imp[e.name] = this.b.importFunc(e.module, e.name, e.params, e.results);
    this.heap = this.b.global(65536);
    this.b.func("proxy_on_memory_allocate", [I], [I], [
      op.gget(this.heap),
      op.gget(this.heap),
      op.get(0),
      op.add(),
      op.i32(7),
      op.add(),
      op.gset(this.heap)
    ]);
    this.b.func("proxy_abi_version_0_2_1", [], [], []);
  }
  str(s2) {
    return this.b.bytes(s2);
  }
  /** Defines a callback; params are locals 0..n-1, extra i32 locals follow. */
  on(callback, body, extraLocals = 0) {
    const [params, results] = CALLBACKS[callback];
    this.written.add(callback);
    this.b.func(callback, params, results, body, Array(extraLocals).fill(I));
  }
  /** Calls an import with constant/expression args and drops its result. */
  call(name2, ...args) {
    const idx = this.imp[name2];
    if (idx === void 0) throw new Error(`no import ${name2}`);
    return [...args.flat(), ...op.call(idx), ...op.drop()];
  }
  /** Calls an import and leaves its result on the stack. */
  callKeep(name2, ...args) {
    return [...args.flat(), ...op.call(this.imp[name2])];
  }
  log(level, message) {
    const [o, l] = this.str(message);
    return this.call("proxy_log", op.i32(level), op.i32(o), op.i32(l));
  }
  /** Adds a request header (map 0) whose value is one digit: the i32 computed by `code`. */
  recordCode(header, code) {
    const [o, l] = this.str(header);
    return [
      ...op.i32(SCRATCH.char),
      ...code,
      ...op.i32(48),
      ...op.add(),
      ...op.store8(),
      ...this.call("proxy_add_header_map_value", op.i32(0), op.i32(o), op.i32(l), op.i32(SCRATCH.char), op.i32(1))
    ];
  }
  /** Adds header `name` to map `mapType` with the value found at *SCRATCH.ptr / *SCRATCH.size. */
  addHeaderFromScratch(mapType, name2) {
    const [o, l] = this.str(name2);
    return this.call(
      "proxy_add_header_map_value",
      op.i32(mapType),
      op.i32(o),
      op.i32(l),
      [...op.i32(SCRATCH.ptr), ...op.load()],
      [...op.i32(SCRATCH.size), ...op.load()]
    );
  }
  addHeader(mapType, name2, value) {
    const [ko, kl] = this.str(name2);
    const [vo, vl] = this.str(value);
    return this.call("proxy_add_header_map_value", op.i32(mapType), op.i32(ko), op.i32(kl), op.i32(vo), op.i32(vl));
  }
  build() {
    for (const [name2, [params, results, body]] of Object.entries(CALLBACKS)) {
      if (!this.written.has(name2)) this.b.func(name2, params, results, body);
    }
    return this.b.build();
  }
};

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
  stat(name2, type) {
    let s2 = this.stats.get(name2);
    if (!s2) this.stats.set(name2, s2 = { type, value: 0n, samples: [] });
    return s2;
  }
  value(name2) {
    const s2 = this.stats.get(name2);
    if (!s2) return void 0;
    return s2.type === "histogram" ? s2.samples.length : Number(s2.value);
  }
  samples(name2) {
    return this.stats.get(name2)?.samples.map(Number);
  }
  all() {
    const out = {};
    for (const [name2, s2] of this.stats) out[name2] = { type: s2.type, value: this.value(name2) };
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
  define(type, name2) {
    const kind = KINDS[type];
    if (kind === void 0 || type !== Math.trunc(type)) return { result: WasmResult.BadArgument };
    const key = `${type}:${name2}`;
    const known = this.idByName.get(key);
    if (known !== void 0) return { result: WasmResult.Ok, id: known };
    const id = (this.nextIndex++ << 2 | type) >>> 0;
    this.byId.set(id, { name: name2, type: kind });
    this.idByName.set(key, id);
    this.store.stat(name2, kind);
    this.own.set(name2, { type: kind, value: 0n, samples: [] });
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
  value(name2) {
    const o = this.own.get(name2);
    if (!o) return void 0;
    if (o.type === "gauge") return this.store.value(name2);
    if (o.type === "histogram") return o.samples.length;
    return Number(o.value);
  }
  samples(name2) {
    return this.own.get(name2)?.samples.map(Number);
  }
  all() {
    const out = {};
    for (const [name2, o] of this.own) out[name2] = { type: o.type, value: this.value(name2) };
    return out;
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
function derivedRequest(name2, headers) {
  if (!headers) return void 0;
  const path = headers.get(":path");
  switch (name2) {
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

// host-sim/shared-data.ts
var encoder4 = new TextEncoder();
var decoder3 = new TextDecoder();
var SharedData = class {
  byVm = /* @__PURE__ */ new Map();
  nextCas = 1;
  map(vmId) {
    let m2 = this.byVm.get(vmId);
    if (!m2) this.byVm.set(vmId, m2 = /* @__PURE__ */ new Map());
    return m2;
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
    const m2 = this.map(vmId);
    const existing = m2.get(key);
    if (existing && cas !== 0 && cas !== existing.cas) return WasmResult.CasMismatch;
    m2.set(key, { value: value.slice(), cas: this.takeCas() });
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
    this.store(vmId, key, typeof value === "string" ? encoder4.encode(value) : value, 0);
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
  static key(vmId, name2) {
    return `${vmId}\0${name2}`;
  }
  register(vmId, name2, owner, rootContextId) {
    const key = _SharedQueues.key(vmId, name2);
    const existing = this.tokens.get(key);
    if (existing !== void 0) {
      const q = this.byToken.get(existing);
      q.owner = owner;
      q.rootContextId = rootContextId;
      return existing;
    }
    const token = this.nextToken++;
    this.tokens.set(key, token);
    this.byToken.set(token, { vmId, name: name2, owner, rootContextId, items: [] });
    return token;
  }
  resolve(vmId, name2) {
    return this.tokens.get(_SharedQueues.key(vmId, name2));
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
  size(vmId, name2) {
    const token = this.resolve(vmId, name2);
    return token === void 0 ? 0 : this.byToken.get(token).items.length;
  }
};

// host-sim/header-map.ts
var encoder5 = new TextEncoder();
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
    for (const [k, v] of this.entries) size += encoder5.encode(k).length + encoder5.encode(v).length;
    return size;
  }
  /** First value, as Envoy's getHeaderMapValue returns. */
  get(name2) {
    const key = name2.toLowerCase();
    return this.entries.find(([k]) => k === key)?.[1];
  }
  add(name2, value) {
    this.entries.push([name2.toLowerCase(), value]);
  }
  /** Replaces the first entry's value in place, or appends (Envoy's replaceHeaderMapValue). */
  replace(name2, value) {
    const key = name2.toLowerCase();
    const entry = this.entries.find(([k]) => k === key);
    if (entry) entry[1] = value;
    else this.entries.push([key, value]);
  }
  remove(name2) {
    const key = name2.toLowerCase();
    this.entries = this.entries.filter(([k]) => k !== key);
  }
  setAll(pairs) {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }
};

// host-sim/stream.ts
var encoder6 = new TextEncoder();
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
  if (typeof data === "string") return encoder6.encode(data);
  if (data instanceof Uint8Array) return data.slice();
  throw new TypeError(`${what} must be a string or a Uint8Array`);
}
var FilterSlot = class {
  constructor(stream, vm2, index) {
    this.stream = stream;
    this.vm = vm2;
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
    const s2 = this.stream;
    switch (type) {
      case HeaderMapType.RequestHeaders:
        return this.heldHeaders.request ? s2.requestHeaderMap : void 0;
      case HeaderMapType.ResponseHeaders:
        return this.heldHeaders.response ? s2.responseHeaderMap : void 0;
      case HeaderMapType.RequestTrailers:
        return this.heldTrailers.request ? s2.requestTrailerMap : void 0;
      case HeaderMapType.ResponseTrailers:
        return this.heldTrailers.response ? s2.responseTrailerMap : void 0;
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
    this.slots = vms.map((vm2, i) => new FilterSlot(this, vm2, i));
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
    const live = this.slots.filter((s2) => s2.contextId !== void 0);
    const run = (name2) => {
      for (const s2 of live) {
        if (s2.vm.failed) continue;
        s2.vm.invoke(name2, { contextId: s2.contextId, buffers: /* @__PURE__ */ new Map() }, () => s2.vm.callContext(name2, s2.contextId));
      }
    };
    run("proxy_on_done");
    run("proxy_on_log");
    run("proxy_on_delete");
    for (const s2 of live) s2.vm.dropContext(s2.contextId);
  }
  // ---- test API: observing the stream -------------------------------------
  get localResponse() {
    const r = this.reply;
    if (!r) return void 0;
    const body = concat(this.state.response.delivered);
    return {
      status: r.status,
      headers: this.responseHeaderMap?.pairs() ?? [],
      body,
      bodyText: decoder4.decode(body),
      details: r.details,
      grpcStatus: r.grpcStatus >= 0 && r.grpcStatus <= 16 ? r.grpcStatus : void 0
    };
  }
  requestHeaders() {
    return this.requestHeaderMap?.pairs() ?? [];
  }
  requestHeader(name2) {
    return this.requestHeaderMap?.get(name2);
  }
  requestTrailers() {
    return this.requestTrailerMap?.pairs() ?? [];
  }
  responseHeaders() {
    return this.responseHeaderMap?.pairs() ?? [];
  }
  responseHeader(name2) {
    return this.responseHeaderMap?.get(name2);
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
    const vm2 = slot.vm;
    if (slot.contextId === void 0) {
      if (dir === "response" || ev.kind !== "headers") return { passOn: ev };
      if (vm2.failed) {
        this.failStream(slot);
        return { action: "StopAllIterationAndWatermark" };
      }
      slot.contextId = vm2.createHttpContext(slot);
      if (slot.contextId === void 0) {
        this.failStream(slot);
        return { action: "StopAllIterationAndWatermark" };
      }
    }
    if (slot.failureReplySent) return { passOn: ev };
    if (vm2.failed) {
      this.failStream(slot);
      return { action: ev.kind === "data" ? "StopIterationNoBuffer" : "StopAllIterationAndWatermark" };
    }
    const ctx = slot.contextId;
    const st = this.state[dir];
    const prefix = dir === "request" ? "proxy_on_request" : "proxy_on_response";
    if (ev.kind === "headers") {
      slot.heldHeaders[dir] = true;
      const map2 = dir === "request" ? this.requestHeaderMap : this.responseHeaderMap;
      const raw2 = vm2.invoke(
        `${prefix}_headers`,
        { contextId: ctx, buffers: /* @__PURE__ */ new Map() },
        () => vm2.callContext(`${prefix}_headers`, ctx, map2.count, ev.endOfStream ? 1 : 0)
      );
      if (raw2 === void 0) return this.trapped(slot, "StopAllIterationAndWatermark");
      const action2 = convertHeadersResult(raw2, vm2.iterationStopped);
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
      const raw2 = vm2.invoke(
        `${prefix}_body`,
        { contextId: ctx, buffers: /* @__PURE__ */ new Map() },
        () => vm2.callContext(`${prefix}_body`, ctx, size, ev.endOfStream ? 1 : 0)
      );
      if (raw2 === void 0) return this.trapped(slot, "StopIterationNoBuffer");
      const action2 = convertDataResult(raw2, vm2.iterationStopped);
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
    const raw = vm2.invoke(
      `${prefix}_trailers`,
      { contextId: ctx, buffers: /* @__PURE__ */ new Map() },
      () => vm2.callContext(`${prefix}_trailers`, ctx, map.count)
    );
    if (raw === void 0) return this.trapped(slot, "StopIteration");
    const action = convertTrailersResult(raw, vm2.iterationStopped);
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
    for (const s2 of this.slots) s2.heldHeaders.response = false;
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
function proxyImports(vm2) {
  const m2 = vm2.memory;
  const str = (ptr, len) => m2.readString(ptr, len);
  const headerMap = (type) => type >= HeaderMapType.HttpCallResponseHeaders ? vm2.vmHeaderMap(type) : vm2.resolveContext().slot?.headerMap(type);
  const calls = {
    proxy_log(level, ptr, size) {
      if (level < 0 || level >= LOG_LEVELS.length) return WasmResult.BadArgument;
      const message = str(ptr, size);
      if (message === void 0) return WasmResult.InvalidMemoryAccess;
      vm2.log(LOG_LEVELS[level], message);
      return WasmResult.Ok;
    },
    proxy_get_log_level(ptr) {
      return m2.writeU32(ptr, vm2.logLevelIndex) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_get_current_time_nanoseconds(ptr) {
      return m2.writeU64(ptr, vm2.host.realtimeNs()) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_tick_period_milliseconds(period) {
      vm2.setTickPeriod(period >>> 0);
      return WasmResult.Ok;
    },
    proxy_get_status(codePtr, ptrPtr, sizePtr) {
      const status = vm2.currentStatus();
      if (!m2.writeU32(codePtr, status.code)) return WasmResult.InvalidMemoryAccess;
      return m2.copyToPointerSize(new TextEncoder().encode(status.message), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_effective_context(contextId) {
      return vm2.setEffectiveContext(contextId >>> 0);
    },
    proxy_done() {
      return vm2.done();
    },
    proxy_call_foreign_function(namePtr, nameSize, argPtr, argSize) {
      if (str(namePtr, nameSize) === void 0 || m2.read(argPtr, argSize) === void 0) return WasmResult.InvalidMemoryAccess;
      return WasmResult.NotFound;
    },
    // Properties.
    proxy_get_property(pathPtr, pathSize, ptrPtr, sizePtr) {
      const path = str(pathPtr, pathSize);
      if (path === void 0) return WasmResult.InvalidMemoryAccess;
      const value = resolveProperty(path, vm2.propertyScope());
      if (value === void 0) return WasmResult.NotFound;
      return m2.copyToPointerSize(value, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_property(keyPtr, keySize, valuePtr, valueSize) {
      const key = str(keyPtr, keySize);
      const value = m2.read(valuePtr, valueSize);
      if (key === void 0 || value === void 0) return WasmResult.InvalidMemoryAccess;
      const slot = vm2.resolveContext().slot;
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
      return m2.copyToPointerSize(new TextEncoder().encode(value), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
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
      return m2.copyToPointerSize(bytes, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_header_map_pairs(type, ptr, size) {
      if (type < 0 || type > HEADER_MAP_TYPE_MAX) return WasmResult.BadArgument;
      const bytes = m2.read(ptr, size);
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
      return m2.writeU32(resultPtr, map.byteSize()) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    // Buffers.
    proxy_get_buffer_bytes(type, start, length, ptrPtr, sizePtr) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm2.buffer(type);
      if (!buffer) return WasmResult.NotFound;
      const s2 = start >>> 0;
      let l = length >>> 0;
      if (s2 + l > 4294967295) return WasmResult.BadArgument;
      const bytes = buffer.get();
      if (s2 > bytes.length) return WasmResult.InvalidMemoryAccess;
      if (s2 + l > bytes.length) l = bytes.length - s2;
      if (l === 0) return WasmResult.Ok;
      return m2.copyToPointerSize(bytes.subarray(s2, s2 + l), ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_get_buffer_status(type, lengthPtr, flagsPtr) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm2.buffer(type);
      if (!buffer) return WasmResult.NotFound;
      return m2.writeU32(lengthPtr, buffer.get().length) && m2.writeU32(flagsPtr, 0) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_buffer_bytes(type, start, length, dataPtr, dataSize) {
      if (type < 0 || type > BUFFER_TYPE_MAX) return WasmResult.BadArgument;
      const buffer = vm2.buffer(type);
      if (!buffer || !buffer.set) return WasmResult.NotFound;
      const data = m2.read(dataPtr, dataSize);
      if (data === void 0) return WasmResult.InvalidMemoryAccess;
      const current = buffer.get();
      const s2 = start >>> 0;
      if (s2 === 0) {
        const drained = current.subarray(Math.min(length >>> 0, current.length));
        buffer.set(concat2(data, drained));
        return WasmResult.Ok;
      }
      if (s2 >= current.length) {
        buffer.set(concat2(current, data));
        return WasmResult.Ok;
      }
      return WasmResult.BadArgument;
    },
    // Stream control.
    proxy_send_local_response(status, detailsPtr, detailsSize, bodyPtr, bodySize, headersPtr, headersSize, grpcStatus) {
      const details = str(detailsPtr, detailsSize);
      const body = m2.read(bodyPtr, bodySize);
      const headerBytes = m2.read(headersPtr, headersSize);
      if (details === void 0 || body === void 0 || headerBytes === void 0) return WasmResult.InvalidMemoryAccess;
      vm2.stopNextIteration();
      const slot = vm2.resolveContext().slot;
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
      const slot = vm2.resolveContext().slot;
      if (!slot) return WasmResult.NotFound;
      return slot.continueStream(type);
    },
    proxy_close_stream(type) {
      if (type < 0 || type > STREAM_TYPE_MAX) return WasmResult.BadArgument;
      const slot = vm2.resolveContext().slot;
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
      const entry = vm2.host.sharedData.lookup(vm2.vmId, key);
      if (!entry) return WasmResult.NotFound;
      if (!m2.copyToPointerSize(entry.value, ptrPtr, sizePtr)) return WasmResult.InvalidMemoryAccess;
      return m2.writeU32(casPtr, entry.cas) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_set_shared_data(kp, ks, vp, vs, cas) {
      const key = str(kp, ks);
      const value = m2.read(vp, vs);
      if (key === void 0 || value === void 0) return WasmResult.InvalidMemoryAccess;
      return vm2.host.sharedData.store(vm2.vmId, key, value, cas >>> 0);
    },
    proxy_register_shared_queue(np, ns, tokenPtr) {
      const name2 = str(np, ns);
      if (name2 === void 0) return WasmResult.InvalidMemoryAccess;
      const token = vm2.host.queues.register(vm2.vmId, name2, vm2, vm2.resolveRootContextId());
      return m2.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_resolve_shared_queue(vp, vs, np, ns, tokenPtr) {
      const vmId = str(vp, vs);
      const name2 = str(np, ns);
      if (vmId === void 0 || name2 === void 0) return WasmResult.InvalidMemoryAccess;
      const token = vm2.host.queues.resolve(vmId, name2);
      if (token === void 0) return WasmResult.NotFound;
      return m2.writeU32(tokenPtr, token) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_enqueue_shared_queue(token, dp, ds) {
      const data = m2.read(dp, ds);
      if (data === void 0) return WasmResult.InvalidMemoryAccess;
      const { result, notify } = vm2.host.queues.enqueue(token >>> 0, data);
      if (notify) vm2.host.defer(notify);
      return result;
    },
    proxy_dequeue_shared_queue(token, ptrPtr, sizePtr) {
      const { result, data } = vm2.host.queues.dequeue(token >>> 0);
      if (result !== WasmResult.Ok) return result;
      return m2.copyToPointerSize(data, ptrPtr, sizePtr) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    // HTTP callouts.
    proxy_http_call(up, us, hp, hs, bp, bs, tp, ts, timeout, tokenPtr) {
      const cluster = str(up, us);
      const headerBytes = m2.read(hp, hs);
      const body = m2.read(bp, bs);
      const trailerBytes = m2.read(tp, ts);
      if (cluster === void 0 || headerBytes === void 0 || body === void 0 || trailerBytes === void 0) return WasmResult.InvalidMemoryAccess;
      if (!m2.writeU32(tokenPtr, 0)) return WasmResult.InvalidMemoryAccess;
      const outcome = vm2.dispatchHttpCall(cluster, decodePairs(headerBytes) ?? [], body, decodePairs(trailerBytes) ?? [], timeout | 0);
      if (outcome.token !== void 0) m2.writeU32(tokenPtr, outcome.token);
      return outcome.result;
    },
    // Metrics.
    proxy_define_metric(type, np, ns, idPtr) {
      const name2 = str(np, ns);
      if (name2 === void 0) return WasmResult.InvalidMemoryAccess;
      const { result, id } = vm2.metricIds.define(type >>> 0, name2);
      if (result !== WasmResult.Ok) return result;
      return m2.writeU32(idPtr, id) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
    },
    proxy_increment_metric(id, offset) {
      return vm2.metricIds.increment(id >>> 0, BigInt.asIntN(64, offset));
    },
    proxy_record_metric(id, value) {
      return vm2.metricIds.record(id >>> 0, BigInt.asUintN(64, value));
    },
    proxy_get_metric(id, resultPtr) {
      const { result, value } = vm2.metricIds.get(id >>> 0);
      if (result !== WasmResult.Ok) return result;
      return m2.writeU64(resultPtr, value) ? WasmResult.Ok : WasmResult.InvalidMemoryAccess;
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
var encoder7 = new TextEncoder();
function wasiImports(h) {
  const m2 = h.memory;
  const fdWrite = (fd, iovs, iovsLen, nwrittenPtr) => {
    if (fd !== 1 && fd !== 2) return ERRNO_BADF;
    const chunks = [];
    for (let i = 0; i < iovsLen >>> 0; i++) {
      const buf = m2.readU32(iovs + i * 8);
      const len = m2.readU32(iovs + i * 8 + 4);
      if (buf === void 0 || len === void 0) return ERRNO_FAULT;
      if (len === 0) continue;
      const bytes = m2.read(buf, len);
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
    return m2.writeU32(nwrittenPtr, written) ? ERRNO_SUCCESS : ERRNO_FAULT;
  };
  const envStrings = () => h.env.map(([k, v]) => encoder7.encode(`${k}=${v}\0`));
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
      m2.write(statPtr, stat);
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
      const size = strings.reduce((n, s2) => n + s2.length, 0);
      return m2.writeU32(countPtr, strings.length) && m2.writeU32(sizePtr, size) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }),
    environ_get: ((arrayPtr, bufPtr) => {
      let buf = bufPtr >>> 0;
      let arr = arrayPtr >>> 0;
      for (const s2 of envStrings()) {
        if (!m2.writeU32(arr, buf) || !m2.write(buf, s2)) return ERRNO_FAULT;
        buf += s2.length;
        arr += 4;
      }
      return ERRNO_SUCCESS;
    }),
    args_sizes_get: ((argcPtr, sizePtr) => m2.writeU32(argcPtr, 0) && m2.writeU32(sizePtr, 0) ? ERRNO_SUCCESS : ERRNO_FAULT),
    args_get: (() => ERRNO_SUCCESS),
    clock_time_get: ((clockId, _precision, resultPtr) => {
      let now;
      if (clockId === 0) now = h.realtimeNs();
      else if (clockId === 1) now = h.monotonicNs();
      else return ERRNO_NOTSUP;
      return m2.writeU64(resultPtr, now) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }),
    random_get: ((bufPtr, len) => {
      const n = len >>> 0;
      if (n > RANDOM_GET_MAX) return ERRNO_INVAL;
      if (n === 0) return ERRNO_SUCCESS;
      const bytes = new Uint8Array(n);
      randomFillSync(bytes);
      return m2.write(bufPtr, bytes) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }),
    // Envoy logs proc_exit as an error and returns; the guest then usually traps.
    proc_exit: (() => {
      h.log("error", "wasi_unstable proc_exit");
    }),
    // A Wasm VM is single-threaded: yielding is a no-op, and there is nothing to
    // wait for, so polling reports no events.
    sched_yield: (() => ERRNO_SUCCESS),
    poll_oneoff: ((_in, _out, _n, neventsPtr) => m2.writeU32(neventsPtr, 0) ? ERRNO_SUCCESS : ERRNO_FAULT)
  };
}

// host-sim/vm.ts
var encoder8 = new TextEncoder();
var LOG_KEEP = 20;
function toBytes(value, what) {
  if (value === void 0) return new Uint8Array(0);
  if (value instanceof Uint8Array) return value;
  if (typeof value === "string") return encoder8.encode(value);
  if (typeof value === "object" && value !== null) return encoder8.encode(JSON.stringify(value));
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
    const vm2 = new _Vm(host2, options);
    const module = await compile(options.module);
    vm2.instantiate(module);
    vm2.boot(options.allowConfigureFailure === true);
    return vm2;
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
  call(name2, ...args) {
    const fn = this.exports[name2];
    if (typeof fn !== "function") return name2 === "proxy_on_vm_start" || name2 === "proxy_on_configure" || name2 === "proxy_on_done" ? 1 : 0;
    const result = fn(...args);
    return typeof result === "number" ? result : typeof result === "bigint" ? Number(result) : 0;
  }
  /** @internal Calls a context callback by name (used by streams). */
  callContext(name2, ...args) {
    return this.call(name2, ...args);
  }
  hasExport(name2) {
    return typeof this.exports[name2] === "function";
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
      const s2 = this.frames[i].status;
      if (s2) return s2;
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
    const vm2 = {
      plugin_name: this.name,
      plugin_root_id: this.rootId,
      plugin_vm_id: this.vmId,
      ...this.properties
    };
    if (!slot) return { vm: vm2 };
    return {
      vm: vm2,
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
    const body = typeof response.body === "string" ? encoder8.encode(response.body) : response.body ?? new Uint8Array(0);
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
    const body = encoder8.encode("upstream request timeout");
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
  counter(name2) {
    return this.metricIds.value(name2);
  }
  metric(name2) {
    return this.metricIds.value(name2);
  }
  histogram(name2) {
    return this.metricIds.samples(name2);
  }
  metrics() {
    return this.metricIds.all();
  }
};

// host-sim/host.ts
var DEFAULT_START_MS = Date.UTC(2025, 0, 1);
var MONOTONIC_UPTIME_MS = 36e5;
var encoder9 = new TextEncoder();
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
    const vm2 = await Vm.start(this, options);
    this.vms.push(vm2);
    return vm2;
  }
  /** A stream through a filter chain: request callbacks run in array order, response callbacks in reverse. */
  newHttpStream(vms, options = {}) {
    if (!Array.isArray(vms) || vms.length === 0) throw new TypeError("newHttpStream needs a non-empty array of VMs");
    for (const vm2 of vms) {
      if (!(vm2 instanceof Vm) || vm2.host !== this) throw new TypeError("newHttpStream: every VM must come from this host's startVm");
      if (!vm2.configured) {
        throw new StreamStateError(`newHttpStream: VM "${vm2.rootId || vm2.name}" did not configure (on_vm_start/on_configure returned false); Envoy would not create its filter`);
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
      for (const vm2 of this.vms) {
        const e = vm2.nextEvent();
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
    const { notify } = this.queues.enqueue(token, typeof data === "string" ? encoder9.encode(data) : data);
    if (notify) this.defer(notify);
    this.flushDeferred();
  }
  /** A stat's value summed over every VM (as Envoy's stats are), or undefined if no VM defined it. */
  metric(name2) {
    return this.metricStore.value(name2);
  }
  metrics() {
    return this.metricStore.all();
  }
  hasCluster(name2) {
    return this.clusters === void 0 || this.clusters.has(name2);
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

// ../../tmp/kit-smoke.ts
var m = new ProxyModule();
m.on("proxy_on_request_headers", [m.addHeader(0, "x-hello", "world"), m.log(2, "hi"), op.i32(0)]);
var host = new Host();
var vm = await host.startVm({ module: m.build() });
var s = vm.newHttpStream();
console.log(s.sendRequestHeaders({ ":path": "/" }), s.requestHeaders(), vm.logs);
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGVzdC9ob3N0LXNpbS93YXNtLWJ1aWxkZXIudHMiLCAiLi4vdGVzdC9ob3N0LXNpbS9wcm94eS1tb2R1bGUudHMiLCAiLi4vaG9zdC1zaW0vZXJyb3JzLnRzIiwgIi4uL2hvc3Qtc2ltL2FiaS50cyIsICIuLi9ob3N0LXNpbS9tZXRyaWNzLnRzIiwgIi4uL2hvc3Qtc2ltL3BhaXJzLnRzIiwgIi4uL2hvc3Qtc2ltL3Byb3BlcnRpZXMudHMiLCAiLi4vaG9zdC1zaW0vc2hhcmVkLWRhdGEudHMiLCAiLi4vaG9zdC1zaW0vc2hhcmVkLXF1ZXVlcy50cyIsICIuLi9ob3N0LXNpbS9oZWFkZXItbWFwLnRzIiwgIi4uL2hvc3Qtc2ltL3N0cmVhbS50cyIsICIuLi9ob3N0LXNpbS92bS50cyIsICIuLi9ob3N0LXNpbS9ob3N0LWNhbGxzLnRzIiwgIi4uL2hvc3Qtc2ltL21lbW9yeS50cyIsICIuLi9ob3N0LXNpbS93YXNpLnRzIiwgIi4uL2hvc3Qtc2ltL2hvc3QudHMiLCAiLi4vLi4vLi4vdG1wL2tpdC1zbW9rZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQSBtaW5pbWFsIFdlYkFzc2VtYmx5IGJpbmFyeSB3cml0ZXIgZm9yIGhvc3Qtc2ltJ3Mgb3duIHRlc3RzLCBzbyB0aGV5IG5lZWRcbi8vIG5laXRoZXIgb3VyIEFzc2VtYmx5U2NyaXB0IFNESyBub3IgYW4gZXh0ZXJuYWwgYXNzZW1ibGVyLiBJdCBjb3ZlcnMgd2hhdFxuLy8gdGhlIHRlc3QgbW9kdWxlcyB1c2U6IGZ1bmN0aW9uIGltcG9ydHMsIG9uZSBtZW1vcnksIG11dGFibGUgaTMyIGdsb2JhbHMsXG4vLyBkYXRhIHNlZ21lbnRzIGFuZCBleHBvcnRlZCBmdW5jdGlvbnMgd2l0aCBoYW5kLXdyaXR0ZW4gYm9kaWVzLlxuXG5leHBvcnQgY29uc3QgaTMyID0gMHg3ZjtcbmV4cG9ydCBjb25zdCBpNjQgPSAweDdlO1xudHlwZSBWYWxUeXBlID0gdHlwZW9mIGkzMiB8IHR5cGVvZiBpNjQ7XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcblxuZnVuY3Rpb24gdWxlYihuOiBudW1iZXIpOiBudW1iZXJbXSB7XG4gIGNvbnN0IG91dDogbnVtYmVyW10gPSBbXTtcbiAgZG8ge1xuICAgIGxldCBieXRlID0gbiAmIDB4N2Y7XG4gICAgbiA+Pj49IDc7XG4gICAgaWYgKG4gIT09IDApIGJ5dGUgfD0gMHg4MDtcbiAgICBvdXQucHVzaChieXRlKTtcbiAgfSB3aGlsZSAobiAhPT0gMCk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHNsZWIodmFsdWU6IG51bWJlciB8IGJpZ2ludCk6IG51bWJlcltdIHtcbiAgbGV0IG4gPSBCaWdJbnQodmFsdWUpO1xuICBjb25zdCBvdXQ6IG51bWJlcltdID0gW107XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCBieXRlID0gTnVtYmVyKG4gJiAweDdmbik7XG4gICAgbiA+Pj0gN247XG4gICAgY29uc3Qgc2lnbkJpdCA9IChieXRlICYgMHg0MCkgIT09IDA7XG4gICAgaWYgKChuID09PSAwbiAmJiAhc2lnbkJpdCkgfHwgKG4gPT09IC0xbiAmJiBzaWduQml0KSkge1xuICAgICAgb3V0LnB1c2goYnl0ZSk7XG4gICAgICByZXR1cm4gb3V0O1xuICAgIH1cbiAgICBvdXQucHVzaChieXRlIHwgMHg4MCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbmFtZShzOiBzdHJpbmcpOiBudW1iZXJbXSB7XG4gIGNvbnN0IGIgPSBbLi4uZW5jb2Rlci5lbmNvZGUocyldO1xuICByZXR1cm4gWy4uLnVsZWIoYi5sZW5ndGgpLCAuLi5iXTtcbn1cblxuZnVuY3Rpb24gdmVjKGl0ZW1zOiBudW1iZXJbXVtdKTogbnVtYmVyW10ge1xuICByZXR1cm4gWy4uLnVsZWIoaXRlbXMubGVuZ3RoKSwgLi4uaXRlbXMuZmxhdCgpXTtcbn1cblxuLyoqIEluc3RydWN0aW9uIGhlbHBlcnM6IGVhY2ggcmV0dXJucyB0aGUgYnl0ZXMgb2Ygb25lIGluc3RydWN0aW9uLiAqL1xuZXhwb3J0IGNvbnN0IG9wID0ge1xuICBpMzI6IChuOiBudW1iZXIpID0+IFsweDQxLCAuLi5zbGViKG4gfCAwKV0sXG4gIGk2NDogKG46IG51bWJlciB8IGJpZ2ludCkgPT4gWzB4NDIsIC4uLnNsZWIobildLFxuICBnZXQ6IChpOiBudW1iZXIpID0+IFsweDIwLCAuLi51bGViKGkpXSxcbiAgc2V0OiAoaTogbnVtYmVyKSA9PiBbMHgyMSwgLi4udWxlYihpKV0sXG4gIGdnZXQ6IChpOiBudW1iZXIpID0+IFsweDIzLCAuLi51bGViKGkpXSxcbiAgZ3NldDogKGk6IG51bWJlcikgPT4gWzB4MjQsIC4uLnVsZWIoaSldLFxuICBjYWxsOiAoZjogbnVtYmVyKSA9PiBbMHgxMCwgLi4udWxlYihmKV0sXG4gIGxvYWQ6IChvZmZzZXQgPSAwKSA9PiBbMHgyOCwgMHgwMiwgLi4udWxlYihvZmZzZXQpXSxcbiAgc3RvcmU6IChvZmZzZXQgPSAwKSA9PiBbMHgzNiwgMHgwMiwgLi4udWxlYihvZmZzZXQpXSxcbiAgc3RvcmU4OiAob2Zmc2V0ID0gMCkgPT4gWzB4M2EsIDB4MDAsIC4uLnVsZWIob2Zmc2V0KV0sXG4gIGFkZDogKCkgPT4gWzB4NmFdLFxuICBzdWI6ICgpID0+IFsweDZiXSxcbiAgZXF6OiAoKSA9PiBbMHg0NV0sXG4gIGVxOiAoKSA9PiBbMHg0Nl0sXG4gIG5lOiAoKSA9PiBbMHg0N10sXG4gIGRyb3A6ICgpID0+IFsweDFhXSxcbiAgcmV0OiAoKSA9PiBbMHgwZl0sXG4gIHVucmVhY2hhYmxlOiAoKSA9PiBbMHgwMF0sXG4gIC8qKiBpZiAoaTMyIG9uIHN0YWNrKSB0aGVuIFx1MjAyNiBlbmQsIHdpdGggbm8gcmVzdWx0LiAqL1xuICBpZjogKC4uLmJvZHk6IG51bWJlcltdW10pID0+IFsweDA0LCAweDQwLCAuLi5ib2R5LmZsYXQoKSwgMHgwYl0sXG4gIGlmRWxzZTogKHRoZW46IG51bWJlcltdW10sIG90aGVyd2lzZTogbnVtYmVyW11bXSkgPT4gWzB4MDQsIDB4NDAsIC4uLnRoZW4uZmxhdCgpLCAweDA1LCAuLi5vdGhlcndpc2UuZmxhdCgpLCAweDBiXSxcbn07XG5cbmludGVyZmFjZSBGdW5jIHtcbiAgdHlwZTogbnVtYmVyO1xuICBsb2NhbHM6IFZhbFR5cGVbXTtcbiAgYm9keTogbnVtYmVyW107XG4gIGV4cG9ydE5hbWU/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBjbGFzcyBNb2R1bGVCdWlsZGVyIHtcbiAgcHJpdmF0ZSB0eXBlczogc3RyaW5nW10gPSBbXTtcbiAgcHJpdmF0ZSBpbXBvcnRzOiB7IG1vZHVsZTogc3RyaW5nOyBmaWVsZDogc3RyaW5nOyB0eXBlOiBudW1iZXIgfVtdID0gW107XG4gIHByaXZhdGUgZnVuY3M6IEZ1bmNbXSA9IFtdO1xuICBwcml2YXRlIGdsb2JhbHM6IG51bWJlcltdID0gW107XG4gIHByaXZhdGUgZGF0YTogeyBvZmZzZXQ6IG51bWJlcjsgYnl0ZXM6IFVpbnQ4QXJyYXkgfVtdID0gW107XG4gIHByaXZhdGUgZGF0YUVuZCA9IDE2O1xuXG4gIHByaXZhdGUgdHlwZUluZGV4KHBhcmFtczogVmFsVHlwZVtdLCByZXN1bHRzOiBWYWxUeXBlW10pOiBudW1iZXIge1xuICAgIGNvbnN0IGtleSA9IEpTT04uc3RyaW5naWZ5KFtwYXJhbXMsIHJlc3VsdHNdKTtcbiAgICBsZXQgaSA9IHRoaXMudHlwZXMuaW5kZXhPZihrZXkpO1xuICAgIGlmIChpIDwgMCkgaSA9IHRoaXMudHlwZXMucHVzaChrZXkpIC0gMTtcbiAgICByZXR1cm4gaTtcbiAgfVxuXG4gIGltcG9ydEZ1bmMobW9kdWxlOiBzdHJpbmcsIGZpZWxkOiBzdHJpbmcsIHBhcmFtczogVmFsVHlwZVtdLCByZXN1bHRzOiBWYWxUeXBlW10pOiBudW1iZXIge1xuICAgIGlmICh0aGlzLmZ1bmNzLmxlbmd0aCA+IDApIHRocm93IG5ldyBFcnJvcignZGVjbGFyZSBpbXBvcnRzIGJlZm9yZSBmdW5jdGlvbnM6IHRoZXkgY29tZSBmaXJzdCBpbiB0aGUgaW5kZXggc3BhY2UnKTtcbiAgICB0aGlzLmltcG9ydHMucHVzaCh7IG1vZHVsZSwgZmllbGQsIHR5cGU6IHRoaXMudHlwZUluZGV4KHBhcmFtcywgcmVzdWx0cykgfSk7XG4gICAgcmV0dXJuIHRoaXMuaW1wb3J0cy5sZW5ndGggLSAxO1xuICB9XG5cbiAgLyoqIERlY2xhcmVzIGFuIGV4cG9ydGVkIChvciBpbnRlcm5hbCwgd2hlbiBleHBvcnROYW1lIGlzIHVuZGVmaW5lZCkgZnVuY3Rpb247IHJldHVybnMgaXRzIGluZGV4LiAqL1xuICBmdW5jKGV4cG9ydE5hbWU6IHN0cmluZyB8IHVuZGVmaW5lZCwgcGFyYW1zOiBWYWxUeXBlW10sIHJlc3VsdHM6IFZhbFR5cGVbXSwgYm9keTogbnVtYmVyW11bXSwgbG9jYWxzOiBWYWxUeXBlW10gPSBbXSk6IG51bWJlciB7XG4gICAgdGhpcy5mdW5jcy5wdXNoKHsgdHlwZTogdGhpcy50eXBlSW5kZXgocGFyYW1zLCByZXN1bHRzKSwgbG9jYWxzLCBib2R5OiBib2R5LmZsYXQoKSwgZXhwb3J0TmFtZSB9KTtcbiAgICByZXR1cm4gdGhpcy5pbXBvcnRzLmxlbmd0aCArIHRoaXMuZnVuY3MubGVuZ3RoIC0gMTtcbiAgfVxuXG4gIC8qKiBJbmRleCBhIGZ1bmN0aW9uIHdpbGwgZ2V0IGlmIGRlY2xhcmVkIG5leHQgKGZvciBmb3J3YXJkIGNhbGxzKS4gKi9cbiAgbmV4dEZ1bmNJbmRleCgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLmltcG9ydHMubGVuZ3RoICsgdGhpcy5mdW5jcy5sZW5ndGg7XG4gIH1cblxuICBnbG9iYWwoaW5pdGlhbDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICB0aGlzLmdsb2JhbHMucHVzaChpbml0aWFsKTtcbiAgICByZXR1cm4gdGhpcy5nbG9iYWxzLmxlbmd0aCAtIDE7XG4gIH1cblxuICAvKiogUGxhY2VzIGJ5dGVzIChhIHN0cmluZyBpcyBVVEYtOCBlbmNvZGVkKSBpbiBtZW1vcnk7IHJldHVybnMgW29mZnNldCwgbGVuZ3RoXS4gKi9cbiAgYnl0ZXModmFsdWU6IHN0cmluZyB8IFVpbnQ4QXJyYXkpOiBbbnVtYmVyLCBudW1iZXJdIHtcbiAgICBjb25zdCBieXRlcyA9IHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgPyBlbmNvZGVyLmVuY29kZSh2YWx1ZSkgOiB2YWx1ZTtcbiAgICBjb25zdCBvZmZzZXQgPSB0aGlzLmRhdGFFbmQ7XG4gICAgdGhpcy5kYXRhLnB1c2goeyBvZmZzZXQsIGJ5dGVzIH0pO1xuICAgIHRoaXMuZGF0YUVuZCA9IChvZmZzZXQgKyBieXRlcy5sZW5ndGggKyA3KSAmIH43O1xuICAgIHJldHVybiBbb2Zmc2V0LCBieXRlcy5sZW5ndGhdO1xuICB9XG5cbiAgYnVpbGQoKTogVWludDhBcnJheSB7XG4gICAgY29uc3Qgc2VjdGlvbiA9IChpZDogbnVtYmVyLCBjb250ZW50OiBudW1iZXJbXSkgPT4gW2lkLCAuLi51bGViKGNvbnRlbnQubGVuZ3RoKSwgLi4uY29udGVudF07XG4gICAgY29uc3QgdHlwZXMgPSB2ZWModGhpcy50eXBlcy5tYXAoKGspID0+IHtcbiAgICAgIGNvbnN0IFtwLCByXSA9IEpTT04ucGFyc2UoaykgYXMgW251bWJlcltdLCBudW1iZXJbXV07XG4gICAgICByZXR1cm4gWzB4NjAsIC4uLnZlYyhwLm1hcCgoeCkgPT4gW3hdKSksIC4uLnZlYyhyLm1hcCgoeCkgPT4gW3hdKSldO1xuICAgIH0pKTtcbiAgICBjb25zdCBpbXBvcnRzID0gdmVjKHRoaXMuaW1wb3J0cy5tYXAoKGkpID0+IFsuLi5uYW1lKGkubW9kdWxlKSwgLi4ubmFtZShpLmZpZWxkKSwgMHgwMCwgLi4udWxlYihpLnR5cGUpXSkpO1xuICAgIGNvbnN0IGZ1bmNzID0gdmVjKHRoaXMuZnVuY3MubWFwKChmKSA9PiB1bGViKGYudHlwZSkpKTtcbiAgICBjb25zdCBtZW1vcnkgPSB2ZWMoW1sweDAwLCAuLi51bGViKDIpXV0pO1xuICAgIGNvbnN0IGdsb2JhbHMgPSB2ZWModGhpcy5nbG9iYWxzLm1hcCgoZykgPT4gW2kzMiwgMHgwMSwgLi4ub3AuaTMyKGcpLCAweDBiXSkpO1xuICAgIGNvbnN0IGV4cG9ydHMgPSB2ZWMoW1xuICAgICAgWy4uLm5hbWUoJ21lbW9yeScpLCAweDAyLCAweDAwXSxcbiAgICAgIC4uLnRoaXMuZnVuY3MuZmxhdE1hcCgoZiwgaSkgPT4gKGYuZXhwb3J0TmFtZSA/IFtbLi4ubmFtZShmLmV4cG9ydE5hbWUpLCAweDAwLCAuLi51bGViKHRoaXMuaW1wb3J0cy5sZW5ndGggKyBpKV1dIDogW10pKSxcbiAgICBdKTtcbiAgICBjb25zdCBjb2RlID0gdmVjKHRoaXMuZnVuY3MubWFwKChmKSA9PiB7XG4gICAgICBjb25zdCBsb2NhbHMgPSB2ZWMoZi5sb2NhbHMubWFwKCh0KSA9PiBbLi4udWxlYigxKSwgdF0pKTtcbiAgICAgIGNvbnN0IGJvZHkgPSBbLi4ubG9jYWxzLCAuLi5mLmJvZHksIDB4MGJdO1xuICAgICAgcmV0dXJuIFsuLi51bGViKGJvZHkubGVuZ3RoKSwgLi4uYm9keV07XG4gICAgfSkpO1xuICAgIGNvbnN0IGRhdGEgPSB2ZWModGhpcy5kYXRhLm1hcCgoZCkgPT4gWzB4MDAsIC4uLm9wLmkzMihkLm9mZnNldCksIDB4MGIsIC4uLnVsZWIoZC5ieXRlcy5sZW5ndGgpLCAuLi5kLmJ5dGVzXSkpO1xuICAgIHJldHVybiBVaW50OEFycmF5LmZyb20oW1xuICAgICAgMHgwMCwgMHg2MSwgMHg3MywgMHg2ZCwgMHgwMSwgMHgwMCwgMHgwMCwgMHgwMCxcbiAgICAgIC4uLnNlY3Rpb24oMSwgdHlwZXMpLFxuICAgICAgLi4uKHRoaXMuaW1wb3J0cy5sZW5ndGggPyBzZWN0aW9uKDIsIGltcG9ydHMpIDogW10pLFxuICAgICAgLi4uc2VjdGlvbigzLCBmdW5jcyksXG4gICAgICAuLi5zZWN0aW9uKDUsIG1lbW9yeSksXG4gICAgICAuLi4odGhpcy5nbG9iYWxzLmxlbmd0aCA/IHNlY3Rpb24oNiwgZ2xvYmFscykgOiBbXSksXG4gICAgICAuLi5zZWN0aW9uKDcsIGV4cG9ydHMpLFxuICAgICAgLi4uc2VjdGlvbigxMCwgY29kZSksXG4gICAgICAuLi4odGhpcy5kYXRhLmxlbmd0aCA/IHNlY3Rpb24oMTEsIGRhdGEpIDogW10pLFxuICAgIF0pO1xuICB9XG59XG4iLCAiLy8gQnVpbGRzIHNtYWxsIHByb3h5LXdhc20gdGVzdCBtb2R1bGVzIGJ5IGhhbmQ6IHRoZSBwcm94eV8qIGltcG9ydHMsIGEgYnVtcFxuLy8gYWxsb2NhdG9yIGV4cG9ydGVkIGFzIHByb3h5X29uX21lbW9yeV9hbGxvY2F0ZSwgdGhlIEFCSSB2ZXJzaW9uIG1hcmtlciBhbmRcbi8vIGVtcHR5IGRlZmF1bHRzIGZvciBldmVyeSBjYWxsYmFjayB0aGUgdGVzdCBkb2VzIG5vdCB3cml0ZS5cbmltcG9ydCB7IE1vZHVsZUJ1aWxkZXIsIGkzMiwgaTY0LCBvcCB9IGZyb20gJy4vd2FzbS1idWlsZGVyLnRzJztcblxuZXhwb3J0IHsgb3AsIGkzMiwgaTY0IH07XG5cbmNvbnN0IEkgPSBpMzI7XG5jb25zdCBTSUdOQVRVUkVTOiBSZWNvcmQ8c3RyaW5nLCBbbnVtYmVyW10sIG51bWJlcltdXT4gPSB7XG4gIHByb3h5X2xvZzogW1tJLCBJLCBJXSwgW0ldXSxcbiAgcHJveHlfZ2V0X2hlYWRlcl9tYXBfdmFsdWU6IFtbSSwgSSwgSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X2FkZF9oZWFkZXJfbWFwX3ZhbHVlOiBbW0ksIEksIEksIEksIEldLCBbSV1dLFxuICBwcm94eV9yZXBsYWNlX2hlYWRlcl9tYXBfdmFsdWU6IFtbSSwgSSwgSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X3JlbW92ZV9oZWFkZXJfbWFwX3ZhbHVlOiBbW0ksIEksIEldLCBbSV1dLFxuICBwcm94eV9nZXRfaGVhZGVyX21hcF9wYWlyczogW1tJLCBJLCBJXSwgW0ldXSxcbiAgcHJveHlfc2V0X2hlYWRlcl9tYXBfcGFpcnM6IFtbSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X2dldF9idWZmZXJfYnl0ZXM6IFtbSSwgSSwgSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X3NldF9idWZmZXJfYnl0ZXM6IFtbSSwgSSwgSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X3NlbmRfbG9jYWxfcmVzcG9uc2U6IFtbSSwgSSwgSSwgSSwgSSwgSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X3NldF9wcm9wZXJ0eTogW1tJLCBJLCBJLCBJXSwgW0ldXSxcbiAgcHJveHlfZ2V0X3Byb3BlcnR5OiBbW0ksIEksIEksIEldLCBbSV1dLFxuICBwcm94eV9nZXRfc2hhcmVkX2RhdGE6IFtbSSwgSSwgSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X3NldF9zaGFyZWRfZGF0YTogW1tJLCBJLCBJLCBJLCBJXSwgW0ldXSxcbiAgcHJveHlfcmVnaXN0ZXJfc2hhcmVkX3F1ZXVlOiBbW0ksIEksIEldLCBbSV1dLFxuICBwcm94eV9yZXNvbHZlX3NoYXJlZF9xdWV1ZTogW1tJLCBJLCBJLCBJLCBJXSwgW0ldXSxcbiAgcHJveHlfZW5xdWV1ZV9zaGFyZWRfcXVldWU6IFtbSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X2RlcXVldWVfc2hhcmVkX3F1ZXVlOiBbW0ksIEksIEldLCBbSV1dLFxuICBwcm94eV9odHRwX2NhbGw6IFtbSSwgSSwgSSwgSSwgSSwgSSwgSSwgSSwgSSwgSV0sIFtJXV0sXG4gIHByb3h5X3NldF9lZmZlY3RpdmVfY29udGV4dDogW1tJXSwgW0ldXSxcbiAgcHJveHlfY29udGludWVfc3RyZWFtOiBbW0ldLCBbSV1dLFxuICBwcm94eV9kZWZpbmVfbWV0cmljOiBbW0ksIEksIEksIEldLCBbSV1dLFxuICBwcm94eV9pbmNyZW1lbnRfbWV0cmljOiBbW0ksIGk2NF0sIFtJXV0sXG4gIHByb3h5X3JlY29yZF9tZXRyaWM6IFtbSSwgaTY0XSwgW0ldXSxcbiAgcHJveHlfZ2V0X21ldHJpYzogW1tJLCBJXSwgW0ldXSxcbiAgcHJveHlfc2V0X3RpY2tfcGVyaW9kX21pbGxpc2Vjb25kczogW1tJXSwgW0ldXSxcbiAgcHJveHlfZ2V0X2N1cnJlbnRfdGltZV9uYW5vc2Vjb25kczogW1tJXSwgW0ldXSxcbn07XG5cbi8qKiBTY3JhdGNoIHdvcmRzIGZvciBvdXQtcGFyYW1ldGVycyAocHRyLCBzaXplLCBjYXMsIHRva2VuXHUyMDI2KSwgYmVsb3cgdGhlIGhlYXAuICovXG5leHBvcnQgY29uc3QgU0NSQVRDSCA9IHsgcHRyOiA2MDAwMCwgc2l6ZTogNjAwMDQsIHdvcmQ6IDYwMDA4LCB3b3JkMjogNjAwMTIsIGNoYXI6IDYwMDE2LCB1NjQ6IDYwMDI0IH0gYXMgY29uc3Q7XG5cbmNvbnN0IENBTExCQUNLUzogUmVjb3JkPHN0cmluZywgW251bWJlcltdLCBudW1iZXJbXSwgbnVtYmVyW11bXV0+ID0ge1xuICBwcm94eV9vbl9jb250ZXh0X2NyZWF0ZTogW1tJLCBJXSwgW10sIFtdXSxcbiAgcHJveHlfb25fdm1fc3RhcnQ6IFtbSSwgSV0sIFtJXSwgW29wLmkzMigxKV1dLFxuICBwcm94eV9vbl9jb25maWd1cmU6IFtbSSwgSV0sIFtJXSwgW29wLmkzMigxKV1dLFxuICBwcm94eV9vbl9yZXF1ZXN0X2hlYWRlcnM6IFtbSSwgSSwgSV0sIFtJXSwgW29wLmkzMigwKV1dLFxuICBwcm94eV9vbl9yZXF1ZXN0X2JvZHk6IFtbSSwgSSwgSV0sIFtJXSwgW29wLmkzMigwKV1dLFxuICBwcm94eV9vbl9yZXF1ZXN0X3RyYWlsZXJzOiBbW0ksIEldLCBbSV0sIFtvcC5pMzIoMCldXSxcbiAgcHJveHlfb25fcmVzcG9uc2VfaGVhZGVyczogW1tJLCBJLCBJXSwgW0ldLCBbb3AuaTMyKDApXV0sXG4gIHByb3h5X29uX3Jlc3BvbnNlX2JvZHk6IFtbSSwgSSwgSV0sIFtJXSwgW29wLmkzMigwKV1dLFxuICBwcm94eV9vbl9yZXNwb25zZV90cmFpbGVyczogW1tJLCBJXSwgW0ldLCBbb3AuaTMyKDApXV0sXG4gIHByb3h5X29uX2h0dHBfY2FsbF9yZXNwb25zZTogW1tJLCBJLCBJLCBJLCBJXSwgW10sIFtdXSxcbiAgcHJveHlfb25fcXVldWVfcmVhZHk6IFtbSSwgSV0sIFtdLCBbXV0sXG4gIHByb3h5X29uX3RpY2s6IFtbSV0sIFtdLCBbXV0sXG4gIHByb3h5X29uX2RvbmU6IFtbSV0sIFtJXSwgW29wLmkzMigxKV1dLFxuICBwcm94eV9vbl9sb2c6IFtbSV0sIFtdLCBbXV0sXG4gIHByb3h5X29uX2RlbGV0ZTogW1tJXSwgW10sIFtdXSxcbn07XG5cbmV4cG9ydCBjbGFzcyBQcm94eU1vZHVsZSB7XG4gIHJlYWRvbmx5IGIgPSBuZXcgTW9kdWxlQnVpbGRlcigpO1xuICByZWFkb25seSBpbXA6IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fTtcbiAgcHJpdmF0ZSByZWFkb25seSB3cml0dGVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgaGVhcDogbnVtYmVyO1xuXG4gIGNvbnN0cnVjdG9yKGV4dHJhSW1wb3J0czogeyBtb2R1bGU6IHN0cmluZzsgbmFtZTogc3RyaW5nOyBwYXJhbXM6IG51bWJlcltdOyByZXN1bHRzOiBudW1iZXJbXSB9W10gPSBbXSkge1xuICAgIGZvciAoY29uc3QgW24sIFtwLCByXV0gb2YgT2JqZWN0LmVudHJpZXMoU0lHTkFUVVJFUykpIHRoaXMuaW1wW25dID0gdGhpcy5iLmltcG9ydEZ1bmMoJ2VudicsIG4sIHAgYXMgbmV2ZXIsIHIgYXMgbmV2ZXIpO1xuICAgIGZvciAoY29uc3QgZSBvZiBleHRyYUltcG9ydHMpIHRoaXMuaW1wW2UubmFtZV0gPSB0aGlzLmIuaW1wb3J0RnVuYyhlLm1vZHVsZSwgZS5uYW1lLCBlLnBhcmFtcyBhcyBuZXZlciwgZS5yZXN1bHRzIGFzIG5ldmVyKTtcbiAgICB0aGlzLmhlYXAgPSB0aGlzLmIuZ2xvYmFsKDY1NTM2KTtcbiAgICAvLyBCdW1wIGFsbG9jYXRvcjogZW5vdWdoIGZvciB0ZXN0cywgd2hpY2ggbmV2ZXIgZnJlZS5cbiAgICB0aGlzLmIuZnVuYygncHJveHlfb25fbWVtb3J5X2FsbG9jYXRlJywgW0ldLCBbSV0sIFtcbiAgICAgIG9wLmdnZXQodGhpcy5oZWFwKSwgb3AuZ2dldCh0aGlzLmhlYXApLCBvcC5nZXQoMCksIG9wLmFkZCgpLCBvcC5pMzIoNyksIG9wLmFkZCgpLCBvcC5nc2V0KHRoaXMuaGVhcCksXG4gICAgXSk7XG4gICAgdGhpcy5iLmZ1bmMoJ3Byb3h5X2FiaV92ZXJzaW9uXzBfMl8xJywgW10sIFtdLCBbXSk7XG4gIH1cblxuICBzdHIoczogc3RyaW5nIHwgVWludDhBcnJheSk6IFtudW1iZXIsIG51bWJlcl0ge1xuICAgIHJldHVybiB0aGlzLmIuYnl0ZXMocyk7XG4gIH1cblxuICAvKiogRGVmaW5lcyBhIGNhbGxiYWNrOyBwYXJhbXMgYXJlIGxvY2FscyAwLi5uLTEsIGV4dHJhIGkzMiBsb2NhbHMgZm9sbG93LiAqL1xuICBvbihjYWxsYmFjazoga2V5b2YgdHlwZW9mIENBTExCQUNLUywgYm9keTogbnVtYmVyW11bXSwgZXh0cmFMb2NhbHMgPSAwKTogdm9pZCB7XG4gICAgY29uc3QgW3BhcmFtcywgcmVzdWx0c10gPSBDQUxMQkFDS1NbY2FsbGJhY2tdITtcbiAgICB0aGlzLndyaXR0ZW4uYWRkKGNhbGxiYWNrKTtcbiAgICB0aGlzLmIuZnVuYyhjYWxsYmFjaywgcGFyYW1zIGFzIG5ldmVyLCByZXN1bHRzIGFzIG5ldmVyLCBib2R5LCBBcnJheShleHRyYUxvY2FscykuZmlsbChJKSk7XG4gIH1cblxuICAvKiogQ2FsbHMgYW4gaW1wb3J0IHdpdGggY29uc3RhbnQvZXhwcmVzc2lvbiBhcmdzIGFuZCBkcm9wcyBpdHMgcmVzdWx0LiAqL1xuICBjYWxsKG5hbWU6IHN0cmluZywgLi4uYXJnczogbnVtYmVyW11bXSk6IG51bWJlcltdIHtcbiAgICBjb25zdCBpZHggPSB0aGlzLmltcFtuYW1lXTtcbiAgICBpZiAoaWR4ID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihgbm8gaW1wb3J0ICR7bmFtZX1gKTtcbiAgICByZXR1cm4gWy4uLmFyZ3MuZmxhdCgpLCAuLi5vcC5jYWxsKGlkeCksIC4uLm9wLmRyb3AoKV07XG4gIH1cblxuICAvKiogQ2FsbHMgYW4gaW1wb3J0IGFuZCBsZWF2ZXMgaXRzIHJlc3VsdCBvbiB0aGUgc3RhY2suICovXG4gIGNhbGxLZWVwKG5hbWU6IHN0cmluZywgLi4uYXJnczogbnVtYmVyW11bXSk6IG51bWJlcltdIHtcbiAgICByZXR1cm4gWy4uLmFyZ3MuZmxhdCgpLCAuLi5vcC5jYWxsKHRoaXMuaW1wW25hbWVdISldO1xuICB9XG5cbiAgbG9nKGxldmVsOiBudW1iZXIsIG1lc3NhZ2U6IHN0cmluZyk6IG51bWJlcltdIHtcbiAgICBjb25zdCBbbywgbF0gPSB0aGlzLnN0cihtZXNzYWdlKTtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdwcm94eV9sb2cnLCBvcC5pMzIobGV2ZWwpLCBvcC5pMzIobyksIG9wLmkzMihsKSk7XG4gIH1cblxuICAvKiogQWRkcyBhIHJlcXVlc3QgaGVhZGVyIChtYXAgMCkgd2hvc2UgdmFsdWUgaXMgb25lIGRpZ2l0OiB0aGUgaTMyIGNvbXB1dGVkIGJ5IGBjb2RlYC4gKi9cbiAgcmVjb3JkQ29kZShoZWFkZXI6IHN0cmluZywgY29kZTogbnVtYmVyW10pOiBudW1iZXJbXSB7XG4gICAgY29uc3QgW28sIGxdID0gdGhpcy5zdHIoaGVhZGVyKTtcbiAgICByZXR1cm4gW1xuICAgICAgLi4ub3AuaTMyKFNDUkFUQ0guY2hhciksIC4uLmNvZGUsIC4uLm9wLmkzMig0OCksIC4uLm9wLmFkZCgpLCAuLi5vcC5zdG9yZTgoKSxcbiAgICAgIC4uLnRoaXMuY2FsbCgncHJveHlfYWRkX2hlYWRlcl9tYXBfdmFsdWUnLCBvcC5pMzIoMCksIG9wLmkzMihvKSwgb3AuaTMyKGwpLCBvcC5pMzIoU0NSQVRDSC5jaGFyKSwgb3AuaTMyKDEpKSxcbiAgICBdO1xuICB9XG5cbiAgLyoqIEFkZHMgaGVhZGVyIGBuYW1lYCB0byBtYXAgYG1hcFR5cGVgIHdpdGggdGhlIHZhbHVlIGZvdW5kIGF0ICpTQ1JBVENILnB0ciAvICpTQ1JBVENILnNpemUuICovXG4gIGFkZEhlYWRlckZyb21TY3JhdGNoKG1hcFR5cGU6IG51bWJlciwgbmFtZTogc3RyaW5nKTogbnVtYmVyW10ge1xuICAgIGNvbnN0IFtvLCBsXSA9IHRoaXMuc3RyKG5hbWUpO1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ3Byb3h5X2FkZF9oZWFkZXJfbWFwX3ZhbHVlJywgb3AuaTMyKG1hcFR5cGUpLCBvcC5pMzIobyksIG9wLmkzMihsKSxcbiAgICAgIFsuLi5vcC5pMzIoU0NSQVRDSC5wdHIpLCAuLi5vcC5sb2FkKCldLCBbLi4ub3AuaTMyKFNDUkFUQ0guc2l6ZSksIC4uLm9wLmxvYWQoKV0pO1xuICB9XG5cbiAgYWRkSGVhZGVyKG1hcFR5cGU6IG51bWJlciwgbmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nKTogbnVtYmVyW10ge1xuICAgIGNvbnN0IFtrbywga2xdID0gdGhpcy5zdHIobmFtZSk7XG4gICAgY29uc3QgW3ZvLCB2bF0gPSB0aGlzLnN0cih2YWx1ZSk7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgncHJveHlfYWRkX2hlYWRlcl9tYXBfdmFsdWUnLCBvcC5pMzIobWFwVHlwZSksIG9wLmkzMihrbyksIG9wLmkzMihrbCksIG9wLmkzMih2byksIG9wLmkzMih2bCkpO1xuICB9XG5cbiAgYnVpbGQoKTogVWludDhBcnJheSB7XG4gICAgZm9yIChjb25zdCBbbmFtZSwgW3BhcmFtcywgcmVzdWx0cywgYm9keV1dIG9mIE9iamVjdC5lbnRyaWVzKENBTExCQUNLUykpIHtcbiAgICAgIGlmICghdGhpcy53cml0dGVuLmhhcyhuYW1lKSkgdGhpcy5iLmZ1bmMobmFtZSwgcGFyYW1zIGFzIG5ldmVyLCByZXN1bHRzIGFzIG5ldmVyLCBib2R5KTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuYi5idWlsZCgpO1xuICB9XG59XG4iLCAiLy8gRXJyb3IgY2xhc3NlcyB0aHJvd24gYnkgaG9zdC1zaW0uIEVhY2ggbmFtZXMgd2hhdCB3ZW50IHdyb25nIHByZWNpc2VseSBzbyBhXG4vLyBmYWlsaW5nIHRlc3QgcmVhZHMgbGlrZSBhIGRpYWdub3Npcywgbm90IGEgc3RhY2sgdHJhY2UuXG5cbmV4cG9ydCBjbGFzcyBIb3N0RXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnSG9zdEVycm9yJztcbn1cblxuLyoqIEEgaG9zdCBjYWxsIHRoZSBtb2R1bGUgaW1wb3J0cyB0aGF0IGhvc3Qtc2ltIGRvZXMgbm90IHByb3ZpZGUuICovXG5leHBvcnQgY2xhc3MgVW5pbXBsZW1lbnRlZEhvc3RDYWxsRXJyb3IgZXh0ZW5kcyBIb3N0RXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0hvc3RFcnJvcic7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGZ1bmN0aW9uTmFtZTogc3RyaW5nKSB7XG4gICAgc3VwZXIoYGhvc3QgZnVuY3Rpb24gJHtmdW5jdGlvbk5hbWV9IGlzIG5vdCBpbXBsZW1lbnRlZCBieSBob3N0LXNpbWApO1xuICB9XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTG9nTGluZSB7XG4gIGxldmVsOiBMb2dMZXZlbE5hbWU7XG4gIG1lc3NhZ2U6IHN0cmluZztcbiAgY29udGV4dElkOiBudW1iZXI7XG59XG5cbmV4cG9ydCB0eXBlIExvZ0xldmVsTmFtZSA9ICd0cmFjZScgfCAnZGVidWcnIHwgJ2luZm8nIHwgJ3dhcm4nIHwgJ2Vycm9yJyB8ICdjcml0aWNhbCc7XG5cbmZ1bmN0aW9uIGZvcm1hdExvZ3MobG9nczogcmVhZG9ubHkgTG9nTGluZVtdKTogc3RyaW5nIHtcbiAgaWYgKGxvZ3MubGVuZ3RoID09PSAwKSByZXR1cm4gJyAgKG5vIGxvZyBsaW5lcyknO1xuICByZXR1cm4gbG9ncy5tYXAoKGwpID0+IGAgIFske2wubGV2ZWx9XSAke2wubWVzc2FnZX1gKS5qb2luKCdcXG4nKTtcbn1cblxuLyoqIFRoZSBndWVzdCB0cmFwcGVkICh1bnJlYWNoYWJsZSwgb3V0LW9mLWJvdW5kcyBhY2Nlc3MsIGFib3J0LCAuLi4pLiAqL1xuZXhwb3J0IGNsYXNzIE1vZHVsZVRyYXBFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnTW9kdWxlVHJhcEVycm9yJztcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgY2FsbGJhY2s6IHN0cmluZyxcbiAgICByZWFkb25seSB0cmFwOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgbG9nczogcmVhZG9ubHkgTG9nTGluZVtdLFxuICAgIG9wdGlvbnM/OiB7IGNhdXNlPzogdW5rbm93biB9LFxuICApIHtcbiAgICBzdXBlcihgbW9kdWxlIHRyYXBwZWQgaW4gJHtjYWxsYmFja306ICR7dHJhcH1cXG5sYXN0IGxvZyBsaW5lczpcXG4ke2Zvcm1hdExvZ3MobG9ncyl9YCwgb3B0aW9ucyk7XG4gIH1cbn1cblxuLyoqIHByb3h5X29uX3ZtX3N0YXJ0IG9yIHByb3h5X29uX2NvbmZpZ3VyZSByZXR1cm5lZCBmYWxzZSAoRW52b3kgcmVmdXNlcyB0aGUgZmlsdGVyKS4gKi9cbmV4cG9ydCBjbGFzcyBDb25maWd1cmVFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlndXJlRXJyb3InO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBwaGFzZTogJ3Byb3h5X29uX3ZtX3N0YXJ0JyB8ICdwcm94eV9vbl9jb25maWd1cmUnLFxuICAgIHJlYWRvbmx5IGxvZ3M6IHJlYWRvbmx5IExvZ0xpbmVbXSxcbiAgKSB7XG4gICAgc3VwZXIoYCR7cGhhc2V9IHJldHVybmVkIGZhbHNlOiB0aGUgcGx1Z2luIHJlamVjdGVkIGl0cyBjb25maWd1cmF0aW9uXFxubGFzdCBsb2cgbGluZXM6XFxuJHtmb3JtYXRMb2dzKGxvZ3MpfWApO1xuICB9XG59XG5cbi8qKiBUaGUgdGVzdCBkcm92ZSBhIHN0cmVhbSBpbiBhbiBvcmRlciBhIHJlYWwgcHJveHkgbmV2ZXIgd291bGQuICovXG5leHBvcnQgY2xhc3MgU3RyZWFtU3RhdGVFcnJvciBleHRlbmRzIEhvc3RFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnU3RyZWFtU3RhdGVFcnJvcic7XG59XG5cbi8qKiBUaGUgbW9kdWxlIGNhbm5vdCBiZSBsb2FkZWQgYXMgYSBwcm94eS13YXNtIG1vZHVsZS4gKi9cbmV4cG9ydCBjbGFzcyBNb2R1bGVMb2FkRXJyb3IgZXh0ZW5kcyBIb3N0RXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ01vZHVsZUxvYWRFcnJvcic7XG59XG4iLCAiLy8gTnVtZXJpYyB2YWx1ZXMgb2YgdGhlIHByb3h5LXdhc20gQUJJIDAuMi4xIGVudW1zLCBhcyB0aGUgc3BlYyBhbmRcbi8vIHByb3h5LXdhc20tY3BwLWhvc3QgZGVmaW5lIHRoZW0uXG5cbmV4cG9ydCBjb25zdCBXYXNtUmVzdWx0ID0ge1xuICBPazogMCxcbiAgTm90Rm91bmQ6IDEsXG4gIEJhZEFyZ3VtZW50OiAyLFxuICBTZXJpYWxpemF0aW9uRmFpbHVyZTogMyxcbiAgUGFyc2VGYWlsdXJlOiA0LFxuICBCYWRFeHByZXNzaW9uOiA1LFxuICBJbnZhbGlkTWVtb3J5QWNjZXNzOiA2LFxuICBFbXB0eTogNyxcbiAgQ2FzTWlzbWF0Y2g6IDgsXG4gIFJlc3VsdE1pc21hdGNoOiA5LFxuICBJbnRlcm5hbEZhaWx1cmU6IDEwLFxuICBCcm9rZW5Db25uZWN0aW9uOiAxMSxcbiAgVW5pbXBsZW1lbnRlZDogMTIsXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgSGVhZGVyTWFwVHlwZSA9IHtcbiAgUmVxdWVzdEhlYWRlcnM6IDAsXG4gIFJlcXVlc3RUcmFpbGVyczogMSxcbiAgUmVzcG9uc2VIZWFkZXJzOiAyLFxuICBSZXNwb25zZVRyYWlsZXJzOiAzLFxuICBHcnBjUmVjZWl2ZUluaXRpYWxNZXRhZGF0YTogNCxcbiAgR3JwY1JlY2VpdmVUcmFpbGluZ01ldGFkYXRhOiA1LFxuICBIdHRwQ2FsbFJlc3BvbnNlSGVhZGVyczogNixcbiAgSHR0cENhbGxSZXNwb25zZVRyYWlsZXJzOiA3LFxufSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBIRUFERVJfTUFQX1RZUEVfTUFYID0gNztcblxuZXhwb3J0IGNvbnN0IEJ1ZmZlclR5cGUgPSB7XG4gIEh0dHBSZXF1ZXN0Qm9keTogMCxcbiAgSHR0cFJlc3BvbnNlQm9keTogMSxcbiAgRG93bnN0cmVhbURhdGE6IDIsXG4gIFVwc3RyZWFtRGF0YTogMyxcbiAgSHR0cENhbGxSZXNwb25zZUJvZHk6IDQsXG4gIEdycGNSZWNlaXZlQnVmZmVyOiA1LFxuICBWbUNvbmZpZ3VyYXRpb246IDYsXG4gIFBsdWdpbkNvbmZpZ3VyYXRpb246IDcsXG4gIENhbGxEYXRhOiA4LFxufSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBCVUZGRVJfVFlQRV9NQVggPSA4O1xuXG5leHBvcnQgY29uc3QgU3RyZWFtVHlwZSA9IHsgUmVxdWVzdDogMCwgUmVzcG9uc2U6IDEsIERvd25zdHJlYW06IDIsIFVwc3RyZWFtOiAzIH0gYXMgY29uc3Q7XG5leHBvcnQgY29uc3QgU1RSRUFNX1RZUEVfTUFYID0gMztcblxuZXhwb3J0IGNvbnN0IE1ldHJpY1R5cGUgPSB7IENvdW50ZXI6IDAsIEdhdWdlOiAxLCBIaXN0b2dyYW06IDIgfSBhcyBjb25zdDtcblxuZXhwb3J0IGNvbnN0IExPR19MRVZFTFMgPSBbJ3RyYWNlJywgJ2RlYnVnJywgJ2luZm8nLCAnd2FybicsICdlcnJvcicsICdjcml0aWNhbCddIGFzIGNvbnN0O1xuXG4vKiogV2hhdCBwcm94eV9vbl9yZXF1ZXN0X2hlYWRlcnMgLyBwcm94eV9vbl9yZXNwb25zZV9oZWFkZXJzIHJldHVybiwgYWZ0ZXIgRW52b3kncyBjb252ZXJzaW9uLiAqL1xuZXhwb3J0IHR5cGUgSGVhZGVyc0FjdGlvbiA9XG4gIHwgJ0NvbnRpbnVlJ1xuICB8ICdTdG9wSXRlcmF0aW9uJ1xuICB8ICdDb250aW51ZUFuZEVuZFN0cmVhbSdcbiAgfCAnU3RvcEFsbEl0ZXJhdGlvbkFuZEJ1ZmZlcidcbiAgfCAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyayc7XG5leHBvcnQgY29uc3QgSEVBREVSU19BQ1RJT05TOiByZWFkb25seSBIZWFkZXJzQWN0aW9uW10gPSBbXG4gICdDb250aW51ZScsXG4gICdTdG9wSXRlcmF0aW9uJyxcbiAgJ0NvbnRpbnVlQW5kRW5kU3RyZWFtJyxcbiAgJ1N0b3BBbGxJdGVyYXRpb25BbmRCdWZmZXInLFxuICAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycsXG5dO1xuXG4vKiogV2hhdCBwcm94eV9vbl8qX2JvZHkgcmV0dXJucywgYWZ0ZXIgRW52b3kncyBjb252ZXJzaW9uLiAqL1xuZXhwb3J0IHR5cGUgRGF0YUFjdGlvbiA9ICdDb250aW51ZScgfCAnU3RvcEl0ZXJhdGlvbkFuZEJ1ZmZlcicgfCAnU3RvcEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfCAnU3RvcEl0ZXJhdGlvbk5vQnVmZmVyJztcbmV4cG9ydCBjb25zdCBEQVRBX0FDVElPTlM6IHJlYWRvbmx5IERhdGFBY3Rpb25bXSA9IFtcbiAgJ0NvbnRpbnVlJyxcbiAgJ1N0b3BJdGVyYXRpb25BbmRCdWZmZXInLFxuICAnU3RvcEl0ZXJhdGlvbkFuZFdhdGVybWFyaycsXG4gICdTdG9wSXRlcmF0aW9uTm9CdWZmZXInLFxuXTtcblxuLyoqIFdoYXQgcHJveHlfb25fKl90cmFpbGVycyByZXR1cm5zLiAqL1xuZXhwb3J0IHR5cGUgVHJhaWxlcnNBY3Rpb24gPSAnQ29udGludWUnIHwgJ1N0b3BJdGVyYXRpb24nO1xuXG5leHBvcnQgdHlwZSBBY3Rpb24gPSBIZWFkZXJzQWN0aW9uIHwgRGF0YUFjdGlvbiB8IFRyYWlsZXJzQWN0aW9uO1xuXG4vKipcbiAqIEVudm95IChwcm94eS13YXNtLWNwcC1ob3N0IENvbnRleHRCYXNlOjpjb252ZXJ0Vm1DYWxsUmVzdWx0VG9GaWx0ZXJIZWFkZXJzU3RhdHVzKTpcbiAqIGEgc3RvcCByZXF1ZXN0ZWQgYnkgYSBsb2NhbCByZXBseSwgYW4gb3V0LW9mLXJhbmdlIHZhbHVlLCBhbmQgcGxhaW4gU3RvcEl0ZXJhdGlvblxuICogYWxsIGJlY29tZSBTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrLCBiZWNhdXNlIFN0b3BJdGVyYXRpb24gYWxvbmUgd291bGQgbGV0XG4gKiBib2R5IGRhdGEgZmxvdyBwYXN0IGEgZmlsdGVyIHRoYXQgcGF1c2VkIG9uIGhlYWRlcnMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb252ZXJ0SGVhZGVyc1Jlc3VsdChyYXc6IG51bWJlciwgbmV4dEl0ZXJhdGlvblN0b3BwZWQ6IGJvb2xlYW4pOiBIZWFkZXJzQWN0aW9uIHtcbiAgaWYgKG5leHRJdGVyYXRpb25TdG9wcGVkIHx8IHJhdyA+IDQgfHwgcmF3IDwgMCB8fCByYXcgPT09IDEpIHJldHVybiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyayc7XG4gIHJldHVybiBIRUFERVJTX0FDVElPTlNbcmF3XSE7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb252ZXJ0RGF0YVJlc3VsdChyYXc6IG51bWJlciwgbmV4dEl0ZXJhdGlvblN0b3BwZWQ6IGJvb2xlYW4pOiBEYXRhQWN0aW9uIHtcbiAgaWYgKG5leHRJdGVyYXRpb25TdG9wcGVkIHx8IHJhdyA+IDMgfHwgcmF3IDwgMCkgcmV0dXJuICdTdG9wSXRlcmF0aW9uTm9CdWZmZXInO1xuICByZXR1cm4gREFUQV9BQ1RJT05TW3Jhd10hO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29udmVydFRyYWlsZXJzUmVzdWx0KHJhdzogbnVtYmVyLCBuZXh0SXRlcmF0aW9uU3RvcHBlZDogYm9vbGVhbik6IFRyYWlsZXJzQWN0aW9uIHtcbiAgaWYgKG5leHRJdGVyYXRpb25TdG9wcGVkIHx8IHJhdyAhPT0gMCkgcmV0dXJuICdTdG9wSXRlcmF0aW9uJztcbiAgcmV0dXJuICdDb250aW51ZSc7XG59XG4iLCAiLy8gU3RhdHMgYXMgRW52b3kga2VlcHMgdGhlbSBmb3IgV2FzbSAod2FzbWN1c3RvbS48bmFtZT4pOiBvbmUgc3RvcmUgZm9yIHRoZSB3aG9sZVxuLy8gcHJvY2Vzcywgc28gZXZlcnkgVk0gdGhhdCBkZWZpbmVzIHRoZSBzYW1lIG5hbWUgZmVlZHMgdGhlIHNhbWUgc3RhdC4gRWFjaCBWTVxuLy8gYWxzbyByZW1lbWJlcnMgaXRzIG93biBzaGFyZSBzbyBhIHRlc3QgY2FuIHNlZSB3aGF0IG9uZSBWTSBkaWQuXG5pbXBvcnQgeyBNZXRyaWNUeXBlLCBXYXNtUmVzdWx0IH0gZnJvbSAnLi9hYmkudHMnO1xuXG5leHBvcnQgdHlwZSBNZXRyaWNLaW5kID0gJ2NvdW50ZXInIHwgJ2dhdWdlJyB8ICdoaXN0b2dyYW0nO1xuY29uc3QgS0lORFM6IHJlYWRvbmx5IE1ldHJpY0tpbmRbXSA9IFsnY291bnRlcicsICdnYXVnZScsICdoaXN0b2dyYW0nXTtcblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNWYWx1ZSB7XG4gIHR5cGU6IE1ldHJpY0tpbmQ7XG4gIHZhbHVlOiBudW1iZXI7XG59XG5cbmludGVyZmFjZSBTdGF0IHtcbiAgdHlwZTogTWV0cmljS2luZDtcbiAgdmFsdWU6IGJpZ2ludDtcbiAgc2FtcGxlczogYmlnaW50W107XG59XG5cbmV4cG9ydCBjbGFzcyBNZXRyaWNTdG9yZSB7XG4gIHJlYWRvbmx5IHN0YXRzID0gbmV3IE1hcDxzdHJpbmcsIFN0YXQ+KCk7XG5cbiAgc3RhdChuYW1lOiBzdHJpbmcsIHR5cGU6IE1ldHJpY0tpbmQpOiBTdGF0IHtcbiAgICBsZXQgcyA9IHRoaXMuc3RhdHMuZ2V0KG5hbWUpO1xuICAgIGlmICghcykgdGhpcy5zdGF0cy5zZXQobmFtZSwgKHMgPSB7IHR5cGUsIHZhbHVlOiAwbiwgc2FtcGxlczogW10gfSkpO1xuICAgIHJldHVybiBzO1xuICB9XG5cbiAgdmFsdWUobmFtZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBzID0gdGhpcy5zdGF0cy5nZXQobmFtZSk7XG4gICAgaWYgKCFzKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiBzLnR5cGUgPT09ICdoaXN0b2dyYW0nID8gcy5zYW1wbGVzLmxlbmd0aCA6IE51bWJlcihzLnZhbHVlKTtcbiAgfVxuXG4gIHNhbXBsZXMobmFtZTogc3RyaW5nKTogbnVtYmVyW10gfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnN0YXRzLmdldChuYW1lKT8uc2FtcGxlcy5tYXAoTnVtYmVyKTtcbiAgfVxuXG4gIGFsbCgpOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgTWV0cmljVmFsdWU+ID0ge307XG4gICAgZm9yIChjb25zdCBbbmFtZSwgc10gb2YgdGhpcy5zdGF0cykgb3V0W25hbWVdID0geyB0eXBlOiBzLnR5cGUsIHZhbHVlOiB0aGlzLnZhbHVlKG5hbWUpISB9O1xuICAgIHJldHVybiBvdXQ7XG4gIH1cbn1cblxuaW50ZXJmYWNlIERlZmluZWQge1xuICBuYW1lOiBzdHJpbmc7XG4gIHR5cGU6IE1ldHJpY0tpbmQ7XG59XG5cbmNvbnN0IFU2NF9NQVggPSAoMW4gPDwgNjRuKSAtIDFuO1xuXG4vKiogT25lIFZNJ3MgdmlldzogbWV0cmljIGlkcyBhcyBFbnZveSBoYW5kcyB0aGVtIG91dCAodHlwZSBpbiB0aGUgbG93IDIgYml0cykuICovXG5leHBvcnQgY2xhc3MgVm1NZXRyaWNzIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieUlkID0gbmV3IE1hcDxudW1iZXIsIERlZmluZWQ+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgaWRCeU5hbWUgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICBwcml2YXRlIG5leHRJbmRleCA9IDE7XG4gIC8qKiBUaGlzIFZNJ3Mgb3duIGNvbnRyaWJ1dGlvbnMgdG8gY291bnRlcnMgYW5kIGhpc3RvZ3JhbXM7IGdhdWdlcyBhcmUgZ2xvYmFsIHZhbHVlcy4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBvd24gPSBuZXcgTWFwPHN0cmluZywgeyB0eXBlOiBNZXRyaWNLaW5kOyB2YWx1ZTogYmlnaW50OyBzYW1wbGVzOiBiaWdpbnRbXSB9PigpO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgc3RvcmU6IE1ldHJpY1N0b3JlKSB7fVxuXG4gIGRlZmluZSh0eXBlOiBudW1iZXIsIG5hbWU6IHN0cmluZyk6IHsgcmVzdWx0OiBudW1iZXI7IGlkPzogbnVtYmVyIH0ge1xuICAgIGNvbnN0IGtpbmQgPSBLSU5EU1t0eXBlXTtcbiAgICBpZiAoa2luZCA9PT0gdW5kZWZpbmVkIHx8IHR5cGUgIT09IE1hdGgudHJ1bmModHlwZSkpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5CYWRBcmd1bWVudCB9O1xuICAgIGNvbnN0IGtleSA9IGAke3R5cGV9OiR7bmFtZX1gO1xuICAgIGNvbnN0IGtub3duID0gdGhpcy5pZEJ5TmFtZS5nZXQoa2V5KTtcbiAgICBpZiAoa25vd24gIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCBpZDoga25vd24gfTtcbiAgICBjb25zdCBpZCA9ICgodGhpcy5uZXh0SW5kZXgrKyA8PCAyKSB8IHR5cGUpID4+PiAwO1xuICAgIHRoaXMuYnlJZC5zZXQoaWQsIHsgbmFtZSwgdHlwZToga2luZCB9KTtcbiAgICB0aGlzLmlkQnlOYW1lLnNldChrZXksIGlkKTtcbiAgICB0aGlzLnN0b3JlLnN0YXQobmFtZSwga2luZCk7XG4gICAgdGhpcy5vd24uc2V0KG5hbWUsIHsgdHlwZToga2luZCwgdmFsdWU6IDBuLCBzYW1wbGVzOiBbXSB9KTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIGlkIH07XG4gIH1cblxuICBpbmNyZW1lbnQoaWQ6IG51bWJlciwgb2Zmc2V0OiBiaWdpbnQpOiBudW1iZXIge1xuICAgIGNvbnN0IGQgPSB0aGlzLmJ5SWQuZ2V0KGlkKTtcbiAgICBpZiAoIWQpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgIGNvbnN0IHN0YXQgPSB0aGlzLnN0b3JlLnN0YXQoZC5uYW1lLCBkLnR5cGUpO1xuICAgIGNvbnN0IG93biA9IHRoaXMub3duLmdldChkLm5hbWUpITtcbiAgICBpZiAoZC50eXBlID09PSAnY291bnRlcicpIHtcbiAgICAgIC8vIEVudm95J3MgY291bnRlcnMgb25seSBnbyB1cDsgYSBub24tcG9zaXRpdmUgb2Zmc2V0IGlzIHJlZnVzZWQuXG4gICAgICBpZiAob2Zmc2V0IDw9IDBuKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIHN0YXQudmFsdWUgPSAoc3RhdC52YWx1ZSArIG9mZnNldCkgJiBVNjRfTUFYO1xuICAgICAgb3duLnZhbHVlICs9IG9mZnNldDtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH1cbiAgICBpZiAoZC50eXBlID09PSAnZ2F1Z2UnKSB7XG4gICAgICBzdGF0LnZhbHVlICs9IG9mZnNldDtcbiAgICAgIGlmIChzdGF0LnZhbHVlIDwgMG4pIHN0YXQudmFsdWUgPSAwbjtcbiAgICAgIG93bi52YWx1ZSA9IHN0YXQudmFsdWU7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gIH1cblxuICByZWNvcmQoaWQ6IG51bWJlciwgdmFsdWU6IGJpZ2ludCk6IG51bWJlciB7XG4gICAgY29uc3QgZCA9IHRoaXMuYnlJZC5nZXQoaWQpO1xuICAgIGlmICghZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgY29uc3Qgc3RhdCA9IHRoaXMuc3RvcmUuc3RhdChkLm5hbWUsIGQudHlwZSk7XG4gICAgY29uc3Qgb3duID0gdGhpcy5vd24uZ2V0KGQubmFtZSkhO1xuICAgIGlmIChkLnR5cGUgPT09ICdjb3VudGVyJykge1xuICAgICAgc3RhdC52YWx1ZSA9IChzdGF0LnZhbHVlICsgdmFsdWUpICYgVTY0X01BWDtcbiAgICAgIG93bi52YWx1ZSArPSB2YWx1ZTtcbiAgICB9IGVsc2UgaWYgKGQudHlwZSA9PT0gJ2dhdWdlJykge1xuICAgICAgc3RhdC52YWx1ZSA9IHZhbHVlO1xuICAgICAgb3duLnZhbHVlID0gdmFsdWU7XG4gICAgfSBlbHNlIHtcbiAgICAgIHN0YXQuc2FtcGxlcy5wdXNoKHZhbHVlKTtcbiAgICAgIG93bi5zYW1wbGVzLnB1c2godmFsdWUpO1xuICAgIH1cbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIGdldChpZDogbnVtYmVyKTogeyByZXN1bHQ6IG51bWJlcjsgdmFsdWU/OiBiaWdpbnQgfSB7XG4gICAgY29uc3QgZCA9IHRoaXMuYnlJZC5nZXQoaWQpO1xuICAgIGlmICghZCkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk5vdEZvdW5kIH07XG4gICAgaWYgKGQudHlwZSA9PT0gJ2hpc3RvZ3JhbScpIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5CYWRBcmd1bWVudCB9O1xuICAgIHJldHVybiB7IHJlc3VsdDogV2FzbVJlc3VsdC5PaywgdmFsdWU6IHRoaXMuc3RvcmUuc3RhdChkLm5hbWUsIGQudHlwZSkudmFsdWUgfTtcbiAgfVxuXG4gIC8qKiBUaGlzIFZNJ3MgY291bnQgZm9yIGEgY291bnRlciwgdGhlIGdsb2JhbCB2YWx1ZSBmb3IgYSBnYXVnZSwgaXRzIHNhbXBsZSBjb3VudCBmb3IgYSBoaXN0b2dyYW0uICovXG4gIHZhbHVlKG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgbyA9IHRoaXMub3duLmdldChuYW1lKTtcbiAgICBpZiAoIW8pIHJldHVybiB1bmRlZmluZWQ7XG4gICAgaWYgKG8udHlwZSA9PT0gJ2dhdWdlJykgcmV0dXJuIHRoaXMuc3RvcmUudmFsdWUobmFtZSk7XG4gICAgaWYgKG8udHlwZSA9PT0gJ2hpc3RvZ3JhbScpIHJldHVybiBvLnNhbXBsZXMubGVuZ3RoO1xuICAgIHJldHVybiBOdW1iZXIoby52YWx1ZSk7XG4gIH1cblxuICBzYW1wbGVzKG5hbWU6IHN0cmluZyk6IG51bWJlcltdIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5vd24uZ2V0KG5hbWUpPy5zYW1wbGVzLm1hcChOdW1iZXIpO1xuICB9XG5cbiAgYWxsKCk6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1ZhbHVlPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBvXSBvZiB0aGlzLm93bikgb3V0W25hbWVdID0geyB0eXBlOiBvLnR5cGUsIHZhbHVlOiB0aGlzLnZhbHVlKG5hbWUpISB9O1xuICAgIHJldHVybiBvdXQ7XG4gIH1cbn1cblxuZXhwb3J0IHsgTWV0cmljVHlwZSB9O1xuIiwgIi8vIFRoZSBBQkkncyBzZXJpYWxpemVkIGhlYWRlciBtYXA6IHUzMiBjb3VudCwgdGhlbiAodTMyIGtleSBsZW5ndGgsIHUzMiB2YWx1ZVxuLy8gbGVuZ3RoKSBwZXIgcGFpciwgdGhlbiBlYWNoIGtleSBhbmQgdmFsdWUgZm9sbG93ZWQgYnkgYSBOVUwgYnl0ZS5cblxuZXhwb3J0IHR5cGUgSGVhZGVyUGFpcnMgPSBbc3RyaW5nLCBzdHJpbmddW107XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04JywgeyBmYXRhbDogZmFsc2UgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBlbmNvZGVQYWlycyhwYWlyczogcmVhZG9ubHkgKHJlYWRvbmx5IFtzdHJpbmcsIHN0cmluZ10pW10pOiBVaW50OEFycmF5IHtcbiAgY29uc3QgZW5jb2RlZCA9IHBhaXJzLm1hcCgoW2ssIHZdKSA9PiBbZW5jb2Rlci5lbmNvZGUoayksIGVuY29kZXIuZW5jb2RlKHYpXSBhcyBjb25zdCk7XG4gIGxldCBzaXplID0gNCArIGVuY29kZWQubGVuZ3RoICogODtcbiAgZm9yIChjb25zdCBbaywgdl0gb2YgZW5jb2RlZCkgc2l6ZSArPSBrLmxlbmd0aCArIHYubGVuZ3RoICsgMjtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoc2l6ZSk7XG4gIGNvbnN0IHZpZXcgPSBuZXcgRGF0YVZpZXcob3V0LmJ1ZmZlcik7XG4gIHZpZXcuc2V0VWludDMyKDAsIGVuY29kZWQubGVuZ3RoLCB0cnVlKTtcbiAgbGV0IG9mZnNldCA9IDQ7XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIGVuY29kZWQpIHtcbiAgICB2aWV3LnNldFVpbnQzMihvZmZzZXQsIGsubGVuZ3RoLCB0cnVlKTtcbiAgICB2aWV3LnNldFVpbnQzMihvZmZzZXQgKyA0LCB2Lmxlbmd0aCwgdHJ1ZSk7XG4gICAgb2Zmc2V0ICs9IDg7XG4gIH1cbiAgZm9yIChjb25zdCBbaywgdl0gb2YgZW5jb2RlZCkge1xuICAgIG91dC5zZXQoaywgb2Zmc2V0KTtcbiAgICBvZmZzZXQgKz0gay5sZW5ndGggKyAxO1xuICAgIG91dC5zZXQodiwgb2Zmc2V0KTtcbiAgICBvZmZzZXQgKz0gdi5sZW5ndGggKyAxO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKlxuICogRGVjb2RlcyBhIHNlcmlhbGl6ZWQgbWFwLiBMaWtlIEVudm95J3MgdG9QYWlycywgYSBidWZmZXIgdG9vIHNob3J0IGZvciBpdHNcbiAqIGRlY2xhcmVkIGNvdW50IHlpZWxkcyBubyBwYWlycyByYXRoZXIgdGhhbiByZWFkaW5nIG91dCBvZiBib3VuZHM7IHdlIGFsc29cbiAqIHJlZnVzZSBwYWlycyB3aG9zZSBieXRlcyBydW4gcGFzdCB0aGUgZW5kLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlUGFpcnMoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBIZWFkZXJQYWlycyB8IHVuZGVmaW5lZCB7XG4gIGlmIChieXRlcy5sZW5ndGggPCA0KSByZXR1cm4gYnl0ZXMubGVuZ3RoID09PSAwID8gW10gOiB1bmRlZmluZWQ7XG4gIGNvbnN0IHZpZXcgPSBuZXcgRGF0YVZpZXcoYnl0ZXMuYnVmZmVyLCBieXRlcy5ieXRlT2Zmc2V0LCBieXRlcy5ieXRlTGVuZ3RoKTtcbiAgY29uc3QgY291bnQgPSB2aWV3LmdldFVpbnQzMigwLCB0cnVlKTtcbiAgaWYgKDQgKyBjb3VudCAqIDggPiBieXRlcy5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNpemVzOiBbbnVtYmVyLCBudW1iZXJdW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBjb3VudDsgaSsrKSBzaXplcy5wdXNoKFt2aWV3LmdldFVpbnQzMig0ICsgaSAqIDgsIHRydWUpLCB2aWV3LmdldFVpbnQzMig4ICsgaSAqIDgsIHRydWUpXSk7XG4gIGxldCBvZmZzZXQgPSA0ICsgY291bnQgKiA4O1xuICBjb25zdCByZXN1bHQ6IEhlYWRlclBhaXJzID0gW107XG4gIGZvciAoY29uc3QgW2tsLCB2bF0gb2Ygc2l6ZXMpIHtcbiAgICBpZiAob2Zmc2V0ICsga2wgKyAxICsgdmwgKyAxID4gYnl0ZXMubGVuZ3RoKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGtleSA9IGRlY29kZXIuZGVjb2RlKGJ5dGVzLnN1YmFycmF5KG9mZnNldCwgb2Zmc2V0ICsga2wpKTtcbiAgICBvZmZzZXQgKz0ga2wgKyAxO1xuICAgIGNvbnN0IHZhbHVlID0gZGVjb2Rlci5kZWNvZGUoYnl0ZXMuc3ViYXJyYXkob2Zmc2V0LCBvZmZzZXQgKyB2bCkpO1xuICAgIG9mZnNldCArPSB2bCArIDE7XG4gICAgcmVzdWx0LnB1c2goW2tleSwgdmFsdWVdKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0O1xufVxuXG5leHBvcnQgdHlwZSBIZWFkZXJzSW5wdXQgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCBudW1iZXI+IHwgcmVhZG9ubHkgKHJlYWRvbmx5IFtzdHJpbmcsIHN0cmluZ10pW107XG5cbi8qKiBOb3JtYWxpemVzIHRlc3Qtc3VwcGxpZWQgaGVhZGVycyB0aGUgd2F5IEVudm95J3MgY29kZWNzIHN0b3JlIHRoZW06IGxvd2VyLWNhc2UgbmFtZXMuICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplSGVhZGVycyhpbnB1dDogSGVhZGVyc0lucHV0IHwgdW5kZWZpbmVkLCB3aGF0OiBzdHJpbmcpOiBIZWFkZXJQYWlycyB7XG4gIGlmIChpbnB1dCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW107XG4gIGlmIChBcnJheS5pc0FycmF5KGlucHV0KSkge1xuICAgIHJldHVybiBpbnB1dC5tYXAoKHBhaXIsIGkpID0+IHtcbiAgICAgIGlmICghQXJyYXkuaXNBcnJheShwYWlyKSB8fCBwYWlyLmxlbmd0aCAhPT0gMiB8fCB0eXBlb2YgcGFpclswXSAhPT0gJ3N0cmluZycgfHwgdHlwZW9mIHBhaXJbMV0gIT09ICdzdHJpbmcnKSB7XG4gICAgICAgIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH1bJHtpfV0gbXVzdCBiZSBhIFtuYW1lLCB2YWx1ZV0gcGFpciBvZiBzdHJpbmdzYCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gW3BhaXJbMF0udG9Mb3dlckNhc2UoKSwgcGFpclsxXV07XG4gICAgfSk7XG4gIH1cbiAgaWYgKHR5cGVvZiBpbnB1dCAhPT0gJ29iamVjdCcgfHwgaW5wdXQgPT09IG51bGwpIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0gbXVzdCBiZSBhbiBvYmplY3Qgb3IgYW4gYXJyYXkgb2YgcGFpcnNgKTtcbiAgcmV0dXJuIE9iamVjdC5lbnRyaWVzKGlucHV0IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KS5tYXAoKFtrLCB2XSkgPT4ge1xuICAgIGlmICh0eXBlb2YgdiAhPT0gJ3N0cmluZycgJiYgdHlwZW9mIHYgIT09ICdudW1iZXInKSB0aHJvdyBuZXcgVHlwZUVycm9yKGAke3doYXR9LiR7a30gbXVzdCBiZSBhIHN0cmluZ2ApO1xuICAgIHJldHVybiBbay50b0xvd2VyQ2FzZSgpLCBTdHJpbmcodildO1xuICB9KTtcbn1cbiIsICIvLyBFbnZveSBhdHRyaWJ1dGVzIGFzIHByb3h5X2dldF9wcm9wZXJ0eSBzZWVzIHRoZW06IGEgcGF0aCBvZiBOVUwtc2VwYXJhdGVkXG4vLyBzZWdtZW50cywgc3RyaW5ncyByZXR1cm5lZCBhcyByYXcgYnl0ZXMsIGludGVnZXJzIGFzIDgtYnl0ZSBsaXR0bGUtZW5kaWFuLFxuLy8gYm9vbGVhbnMgYXMgb25lIGJ5dGUsIG1hcHMgYXMgc2VyaWFsaXplZCBoZWFkZXIgcGFpcnMuXG5pbXBvcnQgdHlwZSB7IEhlYWRlck1hcCB9IGZyb20gJy4vaGVhZGVyLW1hcC50cyc7XG5pbXBvcnQgeyBlbmNvZGVQYWlycyB9IGZyb20gJy4vcGFpcnMudHMnO1xuXG5leHBvcnQgdHlwZSBQcm9wZXJ0eVZhbHVlID0gc3RyaW5nIHwgbnVtYmVyIHwgYmlnaW50IHwgYm9vbGVhbiB8IFVpbnQ4QXJyYXk7XG5leHBvcnQgdHlwZSBQcm9wZXJ0eUlucHV0ID0gUmVjb3JkPHN0cmluZywgUHJvcGVydHlWYWx1ZT47XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoKTtcblxuLyoqIFJvb3RzIEVudm95IHJlc29sdmVzIGl0c2VsZjsgYW55IG90aGVyIGZpcnN0IHNlZ21lbnQgbmFtZXMgZmlsdGVyIHN0YXRlLiAqL1xuY29uc3QgQVRUUklCVVRFX1JPT1RTID0gbmV3IFNldChbXG4gICdyZXF1ZXN0JywgJ3Jlc3BvbnNlJywgJ3NvdXJjZScsICdkZXN0aW5hdGlvbicsICdjb25uZWN0aW9uJywgJ3Vwc3RyZWFtJywgJ25vZGUnLCAneGRzJyxcbiAgJ3BsdWdpbl9uYW1lJywgJ3BsdWdpbl9yb290X2lkJywgJ3BsdWdpbl92bV9pZCcsICdjbHVzdGVyX25hbWUnLCAnY2x1c3Rlcl9tZXRhZGF0YScsXG4gICdyb3V0ZV9uYW1lJywgJ3JvdXRlX21ldGFkYXRhJywgJ2xpc3RlbmVyX2RpcmVjdGlvbicsICdsaXN0ZW5lcl9tZXRhZGF0YScsXG4gICd1cHN0cmVhbV9ob3N0X21ldGFkYXRhJywgJ21ldGFkYXRhJywgJ2ZpbHRlcl9zdGF0ZScsXG5dKTtcblxuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZVByb3BlcnR5KHZhbHVlOiBQcm9wZXJ0eVZhbHVlKTogVWludDhBcnJheSB7XG4gIGlmICh2YWx1ZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiB2YWx1ZS5zbGljZSgpO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJykgcmV0dXJuIGVuY29kZXIuZW5jb2RlKHZhbHVlKTtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nKSByZXR1cm4gVWludDhBcnJheS5vZih2YWx1ZSA/IDEgOiAwKTtcbiAgY29uc3QgYmlnID0gdHlwZW9mIHZhbHVlID09PSAnYmlnaW50JyA/IHZhbHVlIDogQmlnSW50KE1hdGgudHJ1bmModmFsdWUpKTtcbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkoOCk7XG4gIG5ldyBEYXRhVmlldyhvdXQuYnVmZmVyKS5zZXRCaWdJbnQ2NCgwLCBCaWdJbnQuYXNJbnROKDY0LCBiaWcpLCB0cnVlKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlUHJvcGVydGllcyhpbnB1dDogdW5rbm93biwgd2hhdDogc3RyaW5nKTogUHJvcGVydHlJbnB1dCB7XG4gIGlmIChpbnB1dCA9PT0gdW5kZWZpbmVkKSByZXR1cm4ge307XG4gIGlmICh0eXBlb2YgaW5wdXQgIT09ICdvYmplY3QnIHx8IGlucHV0ID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkoaW5wdXQpKSB7XG4gICAgdGhyb3cgbmV3IFR5cGVFcnJvcihgJHt3aGF0fSBtdXN0IGJlIGFuIG9iamVjdCBtYXBwaW5nIGF0dHJpYnV0ZSBwYXRocyAoZS5nLiBcInNvdXJjZS5hZGRyZXNzXCIpIHRvIHZhbHVlc2ApO1xuICB9XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKGlucHV0KSkge1xuICAgIGNvbnN0IG9rID0gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJyB8fCB0eXBlb2YgdiA9PT0gJ2JpZ2ludCcgfHwgdHlwZW9mIHYgPT09ICdib29sZWFuJyB8fCB2IGluc3RhbmNlb2YgVWludDhBcnJheTtcbiAgICBpZiAoIW9rKSB0aHJvdyBuZXcgVHlwZUVycm9yKGAke3doYXR9W1wiJHtrfVwiXSBtdXN0IGJlIGEgc3RyaW5nLCBudW1iZXIsIGJpZ2ludCwgYm9vbGVhbiBvciBVaW50OEFycmF5YCk7XG4gIH1cbiAgcmV0dXJuIGlucHV0IGFzIFByb3BlcnR5SW5wdXQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJvcGVydHlTY29wZSB7XG4gIHZtOiBQcm9wZXJ0eUlucHV0O1xuICBzdHJlYW0/OiBQcm9wZXJ0eUlucHV0O1xuICByZXF1ZXN0SGVhZGVycz86IEhlYWRlck1hcDtcbiAgcmVzcG9uc2VIZWFkZXJzPzogSGVhZGVyTWFwO1xuICBmaWx0ZXJTdGF0ZT86IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+O1xufVxuXG5mdW5jdGlvbiBkZXJpdmVkUmVxdWVzdChuYW1lOiBzdHJpbmcsIGhlYWRlcnM6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCk6IFByb3BlcnR5VmFsdWUgfCB1bmRlZmluZWQge1xuICBpZiAoIWhlYWRlcnMpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhdGggPSBoZWFkZXJzLmdldCgnOnBhdGgnKTtcbiAgc3dpdGNoIChuYW1lKSB7XG4gICAgY2FzZSAncGF0aCc6IHJldHVybiBwYXRoO1xuICAgIGNhc2UgJ3VybF9wYXRoJzogcmV0dXJuIHBhdGg/LnNwbGl0KCc/JylbMF07XG4gICAgY2FzZSAncXVlcnknOiByZXR1cm4gcGF0aCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogcGF0aC5pbmNsdWRlcygnPycpID8gcGF0aC5zbGljZShwYXRoLmluZGV4T2YoJz8nKSArIDEpIDogJyc7XG4gICAgY2FzZSAnaG9zdCc6IHJldHVybiBoZWFkZXJzLmdldCgnOmF1dGhvcml0eScpO1xuICAgIGNhc2UgJ3NjaGVtZSc6IHJldHVybiBoZWFkZXJzLmdldCgnOnNjaGVtZScpO1xuICAgIGNhc2UgJ21ldGhvZCc6IHJldHVybiBoZWFkZXJzLmdldCgnOm1ldGhvZCcpO1xuICAgIGNhc2UgJ2lkJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCd4LXJlcXVlc3QtaWQnKTtcbiAgICBjYXNlICdyZWZlcmVyJzogcmV0dXJuIGhlYWRlcnMuZ2V0KCdyZWZlcmVyJyk7XG4gICAgY2FzZSAndXNlcmFnZW50JzogcmV0dXJuIGhlYWRlcnMuZ2V0KCd1c2VyLWFnZW50Jyk7XG4gICAgY2FzZSAncHJvdG9jb2wnOiByZXR1cm4gJ0hUVFAvMS4xJztcbiAgICBkZWZhdWx0OiByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbmZ1bmN0aW9uIGxvb2t1cEhlYWRlcnMobWFwOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQsIHJlc3Q6IHN0cmluZ1tdKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gIGlmICghbWFwKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAocmVzdC5sZW5ndGggPT09IDApIHJldHVybiBlbmNvZGVQYWlycyhtYXAucGFpcnMoKSk7XG4gIGlmIChyZXN0Lmxlbmd0aCAhPT0gMSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdiA9IG1hcC5nZXQocmVzdFswXSEpO1xuICByZXR1cm4gdiA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogZW5jb2Rlci5lbmNvZGUodik7XG59XG5cbi8qKiBSZXNvbHZlcyBhIHJhdyBwcm9wZXJ0eSBwYXRoLCBvciB1bmRlZmluZWQgd2hlbiBFbnZveSB3b3VsZCBhbnN3ZXIgTm90Rm91bmQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVByb3BlcnR5KHJhd1BhdGg6IHN0cmluZywgc2NvcGU6IFByb3BlcnR5U2NvcGUpOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2VnbWVudHMgPSByYXdQYXRoLnNwbGl0KCdcXHUwMDAwJyk7XG4gIGNvbnN0IHJvb3QgPSBzZWdtZW50c1swXSE7XG4gIGlmICghQVRUUklCVVRFX1JPT1RTLmhhcyhyb290KSkge1xuICAgIGNvbnN0IHN0YXRlID0gc2NvcGUuZmlsdGVyU3RhdGU/LmdldChyYXdQYXRoKTtcbiAgICByZXR1cm4gc3RhdGU/LnNsaWNlKCk7XG4gIH1cbiAgaWYgKHJvb3QgPT09ICdmaWx0ZXJfc3RhdGUnICYmIHNlZ21lbnRzLmxlbmd0aCA9PT0gMikge1xuICAgIGNvbnN0IGtleSA9IHNlZ21lbnRzWzFdIS5zdGFydHNXaXRoKCd3YXNtLicpID8gc2VnbWVudHNbMV0hLnNsaWNlKDUpIDogc2VnbWVudHNbMV0hO1xuICAgIHJldHVybiBzY29wZS5maWx0ZXJTdGF0ZT8uZ2V0KGtleSk/LnNsaWNlKCk7XG4gIH1cbiAgY29uc3QgZG90dGVkID0gc2VnbWVudHMuam9pbignLicpO1xuICBjb25zdCBleHBsaWNpdCA9IHNjb3BlLnN0cmVhbT8uW2RvdHRlZF0gPz8gc2NvcGUudm1bZG90dGVkXTtcbiAgaWYgKGV4cGxpY2l0ICE9PSB1bmRlZmluZWQpIHJldHVybiBlbmNvZGVQcm9wZXJ0eShleHBsaWNpdCk7XG4gIGlmIChyb290ID09PSAncmVxdWVzdCcgJiYgc2VnbWVudHNbMV0gPT09ICdoZWFkZXJzJykgcmV0dXJuIGxvb2t1cEhlYWRlcnMoc2NvcGUucmVxdWVzdEhlYWRlcnMsIHNlZ21lbnRzLnNsaWNlKDIpKTtcbiAgaWYgKHJvb3QgPT09ICdyZXNwb25zZScgJiYgc2VnbWVudHNbMV0gPT09ICdoZWFkZXJzJykgcmV0dXJuIGxvb2t1cEhlYWRlcnMoc2NvcGUucmVzcG9uc2VIZWFkZXJzLCBzZWdtZW50cy5zbGljZSgyKSk7XG4gIGlmIChyb290ID09PSAncmVxdWVzdCcgJiYgc2VnbWVudHMubGVuZ3RoID09PSAyKSB7XG4gICAgY29uc3QgdiA9IGRlcml2ZWRSZXF1ZXN0KHNlZ21lbnRzWzFdISwgc2NvcGUucmVxdWVzdEhlYWRlcnMpO1xuICAgIHJldHVybiB2ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBlbmNvZGVQcm9wZXJ0eSh2KTtcbiAgfVxuICBpZiAocm9vdCA9PT0gJ3Jlc3BvbnNlJyAmJiBzZWdtZW50cy5sZW5ndGggPT09IDIgJiYgc2VnbWVudHNbMV0gPT09ICdjb2RlJykge1xuICAgIGNvbnN0IHN0YXR1cyA9IHNjb3BlLnJlc3BvbnNlSGVhZGVycz8uZ2V0KCc6c3RhdHVzJyk7XG4gICAgcmV0dXJuIHN0YXR1cyA9PT0gdW5kZWZpbmVkIHx8ICEvXlxcZCskLy50ZXN0KHN0YXR1cykgPyB1bmRlZmluZWQgOiBlbmNvZGVQcm9wZXJ0eShOdW1iZXIoc3RhdHVzKSk7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZVRleHQoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBzdHJpbmcge1xuICByZXR1cm4gZGVjb2Rlci5kZWNvZGUoYnl0ZXMpO1xufVxuIiwgIi8vIEVudm95J3MgcHJvY2Vzcy13aWRlIHNoYXJlZCBkYXRhIChwcm94eS13YXNtLWNwcC1ob3N0IFNoYXJlZERhdGEpOiBhIGtleS92YWx1ZVxuLy8gc3RvcmUgcGVyIHZtX2lkIHdoZXJlIGV2ZXJ5IHdyaXRlIGdldHMgYSBmcmVzaCBjb21wYXJlLWFuZC1zd2FwIHRva2VuLlxuaW1wb3J0IHsgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcblxuaW50ZXJmYWNlIEVudHJ5IHtcbiAgdmFsdWU6IFVpbnQ4QXJyYXk7XG4gIGNhczogbnVtYmVyO1xufVxuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5cbmV4cG9ydCBjbGFzcyBTaGFyZWREYXRhIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieVZtID0gbmV3IE1hcDxzdHJpbmcsIE1hcDxzdHJpbmcsIEVudHJ5Pj4oKTtcbiAgcHJpdmF0ZSBuZXh0Q2FzID0gMTtcblxuICBwcml2YXRlIG1hcCh2bUlkOiBzdHJpbmcpOiBNYXA8c3RyaW5nLCBFbnRyeT4ge1xuICAgIGxldCBtID0gdGhpcy5ieVZtLmdldCh2bUlkKTtcbiAgICBpZiAoIW0pIHRoaXMuYnlWbS5zZXQodm1JZCwgKG0gPSBuZXcgTWFwKCkpKTtcbiAgICByZXR1cm4gbTtcbiAgfVxuXG4gIHByaXZhdGUgdGFrZUNhcygpOiBudW1iZXIge1xuICAgIGNvbnN0IGNhcyA9IHRoaXMubmV4dENhcztcbiAgICAvLyBjYXMgMCBtZWFucyBcInVuY29uZGl0aW9uYWxcIiBpbiBzZXQsIHNvIHRoZSBjb3VudGVyIHNraXBzIGl0IG9uIHdyYXAtYXJvdW5kLlxuICAgIHRoaXMubmV4dENhcyA9ICh0aGlzLm5leHRDYXMgKyAxKSA+Pj4gMCB8fCAxO1xuICAgIHJldHVybiBjYXM7XG4gIH1cblxuICBsb29rdXAodm1JZDogc3RyaW5nLCBrZXk6IHN0cmluZyk6IHsgdmFsdWU6IFVpbnQ4QXJyYXk7IGNhczogbnVtYmVyIH0gfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGUgPSB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KTtcbiAgICByZXR1cm4gZSAmJiB7IHZhbHVlOiBlLnZhbHVlLnNsaWNlKCksIGNhczogZS5jYXMgfTtcbiAgfVxuXG4gIC8qKiBSZXR1cm5zIGEgV2FzbVJlc3VsdCBjb2RlOiBDYXNNaXNtYXRjaCB3aGVuIGNhcyBpcyBub24temVybyBhbmQgc3RhbGUuICovXG4gIHN0b3JlKHZtSWQ6IHN0cmluZywga2V5OiBzdHJpbmcsIHZhbHVlOiBVaW50OEFycmF5LCBjYXM6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgbSA9IHRoaXMubWFwKHZtSWQpO1xuICAgIGNvbnN0IGV4aXN0aW5nID0gbS5nZXQoa2V5KTtcbiAgICBpZiAoZXhpc3RpbmcgJiYgY2FzICE9PSAwICYmIGNhcyAhPT0gZXhpc3RpbmcuY2FzKSByZXR1cm4gV2FzbVJlc3VsdC5DYXNNaXNtYXRjaDtcbiAgICBtLnNldChrZXksIHsgdmFsdWU6IHZhbHVlLnNsaWNlKCksIGNhczogdGhpcy50YWtlQ2FzKCkgfSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICAvKiogVGVzdCBoZWxwZXI6IHRoZSB2YWx1ZSBhcyBhIFVURi04IHN0cmluZyAodm1JZCBkZWZhdWx0cyB0byAnJywgRW52b3kncyBkZWZhdWx0IHZtX2lkKS4gKi9cbiAgZ2V0KGtleTogc3RyaW5nLCB2bUlkID0gJycpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGUgPSB0aGlzLm1hcCh2bUlkKS5nZXQoa2V5KTtcbiAgICByZXR1cm4gZSAmJiBkZWNvZGVyLmRlY29kZShlLnZhbHVlKTtcbiAgfVxuXG4gIGdldEJ5dGVzKGtleTogc3RyaW5nLCB2bUlkID0gJycpOiBVaW50OEFycmF5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tYXAodm1JZCkuZ2V0KGtleSk/LnZhbHVlLnNsaWNlKCk7XG4gIH1cblxuICAvKiogVGVzdCBoZWxwZXI6IHNlZWRzIGEgdmFsdWUgYXMgYW5vdGhlciB3b3JrZXIgd291bGQgKHVuY29uZGl0aW9uYWwgd3JpdGUpLiAqL1xuICBzZXQoa2V5OiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcgfCBVaW50OEFycmF5LCB2bUlkID0gJycpOiB2b2lkIHtcbiAgICB0aGlzLnN0b3JlKHZtSWQsIGtleSwgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyA/IGVuY29kZXIuZW5jb2RlKHZhbHVlKSA6IHZhbHVlLCAwKTtcbiAgfVxuXG4gIGNhcyhrZXk6IHN0cmluZywgdm1JZCA9ICcnKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5tYXAodm1JZCkuZ2V0KGtleSk/LmNhcztcbiAgfVxufVxuIiwgIi8vIEVudm95J3Mgc2hhcmVkIHF1ZXVlcyAocHJveHktd2FzbS1jcHAtaG9zdCBTaGFyZWRRdWV1ZSk6IG5hbWVkIHBlciB2bV9pZCxcbi8vIGlkZW50aWZpZWQgYnkgYSBwcm9jZXNzLXdpZGUgdG9rZW47IHRoZSBWTSB0aGF0IHJlZ2lzdGVyZWQgYSBxdWV1ZSAodGhlIGxhc3Rcbi8vIG9uZSB0byByZWdpc3RlciBpdCkgaXMgdG9sZCB0aHJvdWdoIHByb3h5X29uX3F1ZXVlX3JlYWR5IHdoZW4gZGF0YSBhcnJpdmVzLlxuaW1wb3J0IHsgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBRdWV1ZU93bmVyIHtcbiAgLyoqIENhbGxlZCAoZGVmZXJyZWQgYnkgdGhlIGhvc3QgdW50aWwgbm8gZ3Vlc3QgY2FsbCBpcyBydW5uaW5nKSB3aGVuIGFuIGl0ZW0gYXJyaXZlcy4gKi9cbiAgbm90aWZ5UXVldWVSZWFkeShyb290Q29udGV4dElkOiBudW1iZXIsIHRva2VuOiBudW1iZXIpOiB2b2lkO1xufVxuXG5pbnRlcmZhY2UgUXVldWUge1xuICB2bUlkOiBzdHJpbmc7XG4gIG5hbWU6IHN0cmluZztcbiAgb3duZXI6IFF1ZXVlT3duZXI7XG4gIHJvb3RDb250ZXh0SWQ6IG51bWJlcjtcbiAgaXRlbXM6IFVpbnQ4QXJyYXlbXTtcbn1cblxuZXhwb3J0IGNsYXNzIFNoYXJlZFF1ZXVlcyB7XG4gIHByaXZhdGUgcmVhZG9ubHkgYnlUb2tlbiA9IG5ldyBNYXA8bnVtYmVyLCBRdWV1ZT4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSB0b2tlbnMgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICBwcml2YXRlIG5leHRUb2tlbiA9IDE7XG5cbiAgcHJpdmF0ZSBzdGF0aWMga2V5KHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dm1JZH1cXHUwMDAwJHtuYW1lfWA7XG4gIH1cblxuICByZWdpc3Rlcih2bUlkOiBzdHJpbmcsIG5hbWU6IHN0cmluZywgb3duZXI6IFF1ZXVlT3duZXIsIHJvb3RDb250ZXh0SWQ6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3Qga2V5ID0gU2hhcmVkUXVldWVzLmtleSh2bUlkLCBuYW1lKTtcbiAgICBjb25zdCBleGlzdGluZyA9IHRoaXMudG9rZW5zLmdldChrZXkpO1xuICAgIGlmIChleGlzdGluZyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldChleGlzdGluZykhO1xuICAgICAgcS5vd25lciA9IG93bmVyO1xuICAgICAgcS5yb290Q29udGV4dElkID0gcm9vdENvbnRleHRJZDtcbiAgICAgIHJldHVybiBleGlzdGluZztcbiAgICB9XG4gICAgY29uc3QgdG9rZW4gPSB0aGlzLm5leHRUb2tlbisrO1xuICAgIHRoaXMudG9rZW5zLnNldChrZXksIHRva2VuKTtcbiAgICB0aGlzLmJ5VG9rZW4uc2V0KHRva2VuLCB7IHZtSWQsIG5hbWUsIG93bmVyLCByb290Q29udGV4dElkLCBpdGVtczogW10gfSk7XG4gICAgcmV0dXJuIHRva2VuO1xuICB9XG5cbiAgcmVzb2x2ZSh2bUlkOiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMudG9rZW5zLmdldChTaGFyZWRRdWV1ZXMua2V5KHZtSWQsIG5hbWUpKTtcbiAgfVxuXG4gIC8qKiBSZXR1cm5zIHRoZSBXYXNtUmVzdWx0IGFuZCwgb24gc3VjY2Vzcywgd2hvIHRvIG5vdGlmeS4gKi9cbiAgZW5xdWV1ZSh0b2tlbjogbnVtYmVyLCBkYXRhOiBVaW50OEFycmF5KTogeyByZXN1bHQ6IG51bWJlcjsgbm90aWZ5PzogKCkgPT4gdm9pZCB9IHtcbiAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldCh0b2tlbik7XG4gICAgaWYgKCFxKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuTm90Rm91bmQgfTtcbiAgICBxLml0ZW1zLnB1c2goZGF0YS5zbGljZSgpKTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIG5vdGlmeTogKCkgPT4gcS5vd25lci5ub3RpZnlRdWV1ZVJlYWR5KHEucm9vdENvbnRleHRJZCwgdG9rZW4pIH07XG4gIH1cblxuICBkZXF1ZXVlKHRva2VuOiBudW1iZXIpOiB7IHJlc3VsdDogbnVtYmVyOyBkYXRhPzogVWludDhBcnJheSB9IHtcbiAgICBjb25zdCBxID0gdGhpcy5ieVRva2VuLmdldCh0b2tlbik7XG4gICAgaWYgKCFxKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuTm90Rm91bmQgfTtcbiAgICBjb25zdCBkYXRhID0gcS5pdGVtcy5zaGlmdCgpO1xuICAgIGlmICghZGF0YSkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkVtcHR5IH07XG4gICAgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0Lk9rLCBkYXRhIH07XG4gIH1cblxuICBzaXplKHZtSWQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogbnVtYmVyIHtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMucmVzb2x2ZSh2bUlkLCBuYW1lKTtcbiAgICByZXR1cm4gdG9rZW4gPT09IHVuZGVmaW5lZCA/IDAgOiB0aGlzLmJ5VG9rZW4uZ2V0KHRva2VuKSEuaXRlbXMubGVuZ3RoO1xuICB9XG59XG4iLCAiLy8gQSBtdXRhYmxlIGhlYWRlciBtYXAgd2l0aCBFbnZveSdzIHNlbWFudGljcyBmb3IgdGhlIHByb3h5LXdhc20gaGVhZGVyIGNhbGxzOlxuLy8gbmFtZXMgYXJlIGxvd2VyLWNhc2VkLCBvcmRlciBpcyBrZXB0LCBkdXBsaWNhdGVzIGFyZSBhbGxvd2VkLlxuaW1wb3J0IHR5cGUgeyBIZWFkZXJQYWlycyB9IGZyb20gJy4vcGFpcnMudHMnO1xuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbmV4cG9ydCBjbGFzcyBIZWFkZXJNYXAge1xuICBwcml2YXRlIGVudHJpZXM6IEhlYWRlclBhaXJzO1xuXG4gIGNvbnN0cnVjdG9yKHBhaXJzOiBIZWFkZXJQYWlycyA9IFtdKSB7XG4gICAgdGhpcy5lbnRyaWVzID0gcGFpcnMubWFwKChbaywgdl0pID0+IFtrLnRvTG93ZXJDYXNlKCksIHZdKTtcbiAgfVxuXG4gIHBhaXJzKCk6IEhlYWRlclBhaXJzIHtcbiAgICByZXR1cm4gdGhpcy5lbnRyaWVzLm1hcCgoW2ssIHZdKSA9PiBbaywgdl0pO1xuICB9XG5cbiAgZ2V0IGNvdW50KCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcy5sZW5ndGg7XG4gIH1cblxuICAvKiogRW52b3kncyBnZXRfaGVhZGVyX21hcF9zaXplIHJlcG9ydHMgdGhlIG1hcCdzIGJ5dGUgc2l6ZSwgbm90IGl0cyBlbnRyeSBjb3VudC4gKi9cbiAgYnl0ZVNpemUoKTogbnVtYmVyIHtcbiAgICBsZXQgc2l6ZSA9IDA7XG4gICAgZm9yIChjb25zdCBbaywgdl0gb2YgdGhpcy5lbnRyaWVzKSBzaXplICs9IGVuY29kZXIuZW5jb2RlKGspLmxlbmd0aCArIGVuY29kZXIuZW5jb2RlKHYpLmxlbmd0aDtcbiAgICByZXR1cm4gc2l6ZTtcbiAgfVxuXG4gIC8qKiBGaXJzdCB2YWx1ZSwgYXMgRW52b3kncyBnZXRIZWFkZXJNYXBWYWx1ZSByZXR1cm5zLiAqL1xuICBnZXQobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBrZXkgPSBuYW1lLnRvTG93ZXJDYXNlKCk7XG4gICAgcmV0dXJuIHRoaXMuZW50cmllcy5maW5kKChba10pID0+IGsgPT09IGtleSk/LlsxXTtcbiAgfVxuXG4gIGFkZChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLmVudHJpZXMucHVzaChbbmFtZS50b0xvd2VyQ2FzZSgpLCB2YWx1ZV0pO1xuICB9XG5cbiAgLyoqIFJlcGxhY2VzIHRoZSBmaXJzdCBlbnRyeSdzIHZhbHVlIGluIHBsYWNlLCBvciBhcHBlbmRzIChFbnZveSdzIHJlcGxhY2VIZWFkZXJNYXBWYWx1ZSkuICovXG4gIHJlcGxhY2UobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3Qga2V5ID0gbmFtZS50b0xvd2VyQ2FzZSgpO1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy5lbnRyaWVzLmZpbmQoKFtrXSkgPT4gayA9PT0ga2V5KTtcbiAgICBpZiAoZW50cnkpIGVudHJ5WzFdID0gdmFsdWU7XG4gICAgZWxzZSB0aGlzLmVudHJpZXMucHVzaChba2V5LCB2YWx1ZV0pO1xuICB9XG5cbiAgcmVtb3ZlKG5hbWU6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IGtleSA9IG5hbWUudG9Mb3dlckNhc2UoKTtcbiAgICB0aGlzLmVudHJpZXMgPSB0aGlzLmVudHJpZXMuZmlsdGVyKChba10pID0+IGsgIT09IGtleSk7XG4gIH1cblxuICBzZXRBbGwocGFpcnM6IEhlYWRlclBhaXJzKTogdm9pZCB7XG4gICAgdGhpcy5lbnRyaWVzID0gcGFpcnMubWFwKChbaywgdl0pID0+IFtrLnRvTG93ZXJDYXNlKCksIHZdKTtcbiAgfVxufVxuIiwgIi8vIE9uZSBIVFRQIHN0cmVhbSB0aHJvdWdoIGEgY2hhaW4gb2YgZmlsdGVycyAob25lIHBlciBWTSksIHdpdGggRW52b3knc1xuLy8gaXRlcmF0aW9uIHJ1bGVzOiByZXF1ZXN0IGNhbGxiYWNrcyBydW4gaW4gY2hhaW4gb3JkZXIsIHJlc3BvbnNlIGNhbGxiYWNrcyBpblxuLy8gcmV2ZXJzZTsgYSBzdG9wIGhvbGRzIGxhdGVyIGV2ZW50cyB1bnRpbCBwcm94eV9jb250aW51ZV9zdHJlYW07IGEgbG9jYWwgcmVwbHlcbi8vIGVuZHMgdGhlIHJlcXVlc3QgYW5kIGlzIGVuY29kZWQgYmFjayB0aHJvdWdoIHRoZSBmaWx0ZXJzIHRoYXQgaGF2ZSBzZWVuIGl0LlxuaW1wb3J0IHtcbiAgY29udmVydERhdGFSZXN1bHQsIGNvbnZlcnRIZWFkZXJzUmVzdWx0LCBjb252ZXJ0VHJhaWxlcnNSZXN1bHQsIEhlYWRlck1hcFR5cGUsIFN0cmVhbVR5cGUsIFdhc21SZXN1bHQsXG4gIHR5cGUgQWN0aW9uLCB0eXBlIERhdGFBY3Rpb24sIHR5cGUgSGVhZGVyc0FjdGlvbiwgdHlwZSBUcmFpbGVyc0FjdGlvbiwgQnVmZmVyVHlwZSxcbn0gZnJvbSAnLi9hYmkudHMnO1xuaW1wb3J0IHsgU3RyZWFtU3RhdGVFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEhlYWRlck1hcCB9IGZyb20gJy4vaGVhZGVyLW1hcC50cyc7XG5pbXBvcnQgeyBub3JtYWxpemVIZWFkZXJzLCB0eXBlIEhlYWRlclBhaXJzLCB0eXBlIEhlYWRlcnNJbnB1dCB9IGZyb20gJy4vcGFpcnMudHMnO1xuaW1wb3J0IHR5cGUgeyBQcm9wZXJ0eUlucHV0IH0gZnJvbSAnLi9wcm9wZXJ0aWVzLnRzJztcbmltcG9ydCB0eXBlIHsgQnVmZmVyQWNjZXNzLCBWbSB9IGZyb20gJy4vdm0udHMnO1xuXG50eXBlIERpciA9ICdyZXF1ZXN0JyB8ICdyZXNwb25zZSc7XG5pbnRlcmZhY2UgRmxvd0V2ZW50IHtcbiAga2luZDogJ2hlYWRlcnMnIHwgJ2RhdGEnIHwgJ3RyYWlsZXJzJztcbiAgZGF0YT86IFVpbnQ4QXJyYXk7XG4gIGVuZE9mU3RyZWFtOiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsUmVwbHlSZXF1ZXN0IHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIGRldGFpbHM6IHN0cmluZztcbiAgYm9keTogVWludDhBcnJheTtcbiAgaGVhZGVyczogSGVhZGVyUGFpcnM7XG4gIGdycGNTdGF0dXM6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBMb2NhbFJlc3BvbnNlIHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIC8qKiBSZXNwb25zZSBoZWFkZXJzIGFzIHRoZSBjbGllbnQgZ2V0cyB0aGVtLCBhZnRlciB0aGUgZmlsdGVycycgcmVzcG9uc2UgY2FsbGJhY2tzLiAqL1xuICBoZWFkZXJzOiBIZWFkZXJQYWlycztcbiAgYm9keTogVWludDhBcnJheTtcbiAgYm9keVRleHQ6IHN0cmluZztcbiAgZGV0YWlsczogc3RyaW5nO1xuICAvKiogdW5kZWZpbmVkIHdoZW4gdGhlIGZpbHRlciBwYXNzZWQgLTEgKG5vIGdSUEMgc3RhdHVzKSwgYXMgRW52b3kgbWFwcyBpdC4gKi9cbiAgZ3JwY1N0YXR1czogbnVtYmVyIHwgdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFNlbmRPcHRpb25zIHtcbiAgZW5kT2ZTdHJlYW0/OiBib29sZWFuO1xufVxuXG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5jb25zdCBkZWNvZGVyID0gbmV3IFRleHREZWNvZGVyKCk7XG5cbmZ1bmN0aW9uIGNvbmNhdChwYXJ0czogcmVhZG9ubHkgVWludDhBcnJheVtdKTogVWludDhBcnJheSB7XG4gIGNvbnN0IG91dCA9IG5ldyBVaW50OEFycmF5KHBhcnRzLnJlZHVjZSgobiwgcCkgPT4gbiArIHAubGVuZ3RoLCAwKSk7XG4gIGxldCBvID0gMDtcbiAgZm9yIChjb25zdCBwIG9mIHBhcnRzKSB7XG4gICAgb3V0LnNldChwLCBvKTtcbiAgICBvICs9IHAubGVuZ3RoO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHRvQm9keShkYXRhOiBzdHJpbmcgfCBVaW50OEFycmF5LCB3aGF0OiBzdHJpbmcpOiBVaW50OEFycmF5IHtcbiAgaWYgKHR5cGVvZiBkYXRhID09PSAnc3RyaW5nJykgcmV0dXJuIGVuY29kZXIuZW5jb2RlKGRhdGEpO1xuICBpZiAoZGF0YSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiBkYXRhLnNsaWNlKCk7XG4gIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0gbXVzdCBiZSBhIHN0cmluZyBvciBhIFVpbnQ4QXJyYXlgKTtcbn1cblxuLyoqIE9uZSBmaWx0ZXIncyBwbGFjZSBpbiBhIHN0cmVhbTogaXRzIGNvbnRleHQgaW4gaXRzIFZNIGFuZCBpdHMgcGVyLWRpcmVjdGlvbiBzdGF0ZS4gKi9cbmV4cG9ydCBjbGFzcyBGaWx0ZXJTbG90IHtcbiAgY29udGV4dElkOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIC8qKiBFbnZveSdzIGZhaWx1cmVfbG9jYWxfcmVwbHlfc2VudF86IGEgZmFpbGVkIGZpbHRlciBpcyBza2lwcGVkIG9uIHRoZSB3YXkgYmFjay4gKi9cbiAgZmFpbHVyZVJlcGx5U2VudCA9IGZhbHNlO1xuICByZWFkb25seSBoZWxkSGVhZGVycyA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuICByZWFkb25seSBoZWxkVHJhaWxlcnMgPSB7IHJlcXVlc3Q6IGZhbHNlLCByZXNwb25zZTogZmFsc2UgfTtcbiAgcmVhZG9ubHkgYm9keTogUmVjb3JkPERpciwgVWludDhBcnJheSB8IHVuZGVmaW5lZD4gPSB7IHJlcXVlc3Q6IHVuZGVmaW5lZCwgcmVzcG9uc2U6IHVuZGVmaW5lZCB9O1xuICByZWFkb25seSBidWZmZXJpbmcgPSB7IHJlcXVlc3Q6IGZhbHNlLCByZXNwb25zZTogZmFsc2UgfTtcbiAgcmVhZG9ubHkgYm9keUVuZCA9IHsgcmVxdWVzdDogZmFsc2UsIHJlc3BvbnNlOiBmYWxzZSB9O1xuXG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHN0cmVhbTogSHR0cFN0cmVhbSwgcmVhZG9ubHkgdm06IFZtLCByZWFkb25seSBpbmRleDogbnVtYmVyKSB7fVxuXG4gIGhlYWRlck1hcCh0eXBlOiBudW1iZXIpOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHMgPSB0aGlzLnN0cmVhbTtcbiAgICBzd2l0Y2ggKHR5cGUpIHtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXF1ZXN0SGVhZGVyczogcmV0dXJuIHRoaXMuaGVsZEhlYWRlcnMucmVxdWVzdCA/IHMucmVxdWVzdEhlYWRlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXNwb25zZUhlYWRlcnM6IHJldHVybiB0aGlzLmhlbGRIZWFkZXJzLnJlc3BvbnNlID8gcy5yZXNwb25zZUhlYWRlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXF1ZXN0VHJhaWxlcnM6IHJldHVybiB0aGlzLmhlbGRUcmFpbGVycy5yZXF1ZXN0ID8gcy5yZXF1ZXN0VHJhaWxlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGNhc2UgSGVhZGVyTWFwVHlwZS5SZXNwb25zZVRyYWlsZXJzOiByZXR1cm4gdGhpcy5oZWxkVHJhaWxlcnMucmVzcG9uc2UgPyBzLnJlc3BvbnNlVHJhaWxlck1hcCA6IHVuZGVmaW5lZDtcbiAgICAgIGRlZmF1bHQ6IHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgYm9keUJ1ZmZlcih0eXBlOiBudW1iZXIpOiBCdWZmZXJBY2Nlc3MgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGRpcjogRGlyIHwgdW5kZWZpbmVkID0gdHlwZSA9PT0gQnVmZmVyVHlwZS5IdHRwUmVxdWVzdEJvZHkgPyAncmVxdWVzdCcgOiB0eXBlID09PSBCdWZmZXJUeXBlLkh0dHBSZXNwb25zZUJvZHkgPyAncmVzcG9uc2UnIDogdW5kZWZpbmVkO1xuICAgIGlmICghZGlyIHx8IHRoaXMuYm9keVtkaXJdID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHsgZ2V0OiAoKSA9PiB0aGlzLmJvZHlbZGlyXSEsIHNldDogKGJ5dGVzKSA9PiB7IHRoaXMuYm9keVtkaXJdID0gYnl0ZXM7IH0gfTtcbiAgfVxuXG4gIHJlcXVlc3RMb2NhbFJlc3BvbnNlKHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCk6IHZvaWQge1xuICAgIHRoaXMudm0uZGVmZXIoKCkgPT4gdGhpcy5zdHJlYW0uYXBwbHlMb2NhbFJlc3BvbnNlKHJlcGx5KSk7XG4gIH1cblxuICBjb250aW51ZVN0cmVhbSh0eXBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGlmICh0eXBlICE9PSBTdHJlYW1UeXBlLlJlcXVlc3QgJiYgdHlwZSAhPT0gU3RyZWFtVHlwZS5SZXNwb25zZSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgY29uc3QgZGlyOiBEaXIgPSB0eXBlID09PSBTdHJlYW1UeXBlLlJlcXVlc3QgPyAncmVxdWVzdCcgOiAncmVzcG9uc2UnO1xuICAgIGlmIChkaXIgPT09ICdyZXF1ZXN0JykgdGhpcy5zdHJlYW0uY29udGludWVkUmVxdWVzdCA9IHRydWU7XG4gICAgZWxzZSB0aGlzLnN0cmVhbS5jb250aW51ZWRSZXNwb25zZSA9IHRydWU7XG4gICAgdGhpcy52bS5kZWZlcigoKSA9PiB0aGlzLnN0cmVhbS5yZXN1bWUoZGlyLCB0aGlzKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cblxuICBjbG9zZVN0cmVhbSh0eXBlOiBudW1iZXIpOiBudW1iZXIge1xuICAgIGlmICh0eXBlICE9PSBTdHJlYW1UeXBlLlJlcXVlc3QgJiYgdHlwZSAhPT0gU3RyZWFtVHlwZS5SZXNwb25zZSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgdGhpcy52bS5kZWZlcigoKSA9PiB0aGlzLnN0cmVhbS5yZXNldCgnd2FzbV9jbG9zZV9zdHJlYW0nKSk7XG4gICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gIH1cbn1cblxuaW50ZXJmYWNlIERpcmVjdGlvblN0YXRlIHtcbiAgaGVhZGVyc1NlbnQ6IGJvb2xlYW47XG4gIGVuZGVkOiBib29sZWFuO1xuICAvKiogRXZlbnRzIGhhdmUgcGFzc2VkIGV2ZXJ5IGZpbHRlciBhbmQgcmVhY2hlZCB1cHN0cmVhbSAocmVxdWVzdCkgb3IgdGhlIGNsaWVudCAocmVzcG9uc2UpLiAqL1xuICBoZWFkZXJzRGVsaXZlcmVkOiBib29sZWFuO1xuICBibG9ja2VkQXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgYmxvY2tlZFJlc3VtZTogRmxvd0V2ZW50IHwgdW5kZWZpbmVkO1xuICBxdWV1ZTogeyBwb3M6IG51bWJlcjsgZXY6IEZsb3dFdmVudCB9W107XG4gIGRlbGl2ZXJlZDogVWludDhBcnJheVtdO1xufVxuXG5mdW5jdGlvbiBkaXJlY3Rpb24oKTogRGlyZWN0aW9uU3RhdGUge1xuICByZXR1cm4geyBoZWFkZXJzU2VudDogZmFsc2UsIGVuZGVkOiBmYWxzZSwgaGVhZGVyc0RlbGl2ZXJlZDogZmFsc2UsIGJsb2NrZWRBdDogdW5kZWZpbmVkLCBibG9ja2VkUmVzdW1lOiB1bmRlZmluZWQsIHF1ZXVlOiBbXSwgZGVsaXZlcmVkOiBbXSB9O1xufVxuXG5leHBvcnQgY2xhc3MgSHR0cFN0cmVhbSB7XG4gIHJlYWRvbmx5IHNsb3RzOiBGaWx0ZXJTbG90W107XG4gIHJlYWRvbmx5IGZpbHRlclN0YXRlID0gbmV3IE1hcDxzdHJpbmcsIFVpbnQ4QXJyYXk+KCk7XG4gIHJlcXVlc3RIZWFkZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVxdWVzdFRyYWlsZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVzcG9uc2VIZWFkZXJNYXA6IEhlYWRlck1hcCB8IHVuZGVmaW5lZDtcbiAgcmVzcG9uc2VUcmFpbGVyTWFwOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQ7XG4gIGNvbnRpbnVlZFJlcXVlc3QgPSBmYWxzZTtcbiAgY29udGludWVkUmVzcG9uc2UgPSBmYWxzZTtcbiAgLyoqIFNldCB3aGVuIGEgZmlsdGVyIGNhbGxlZCBwcm94eV9jbG9zZV9zdHJlYW06IHRoZSBzdHJlYW0gaXMgcmVzZXQuICovXG4gIHJlc2V0RGV0YWlsczogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBwcml2YXRlIHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBjb21wbGV0ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSBzdGF0ZTogUmVjb3JkPERpciwgRGlyZWN0aW9uU3RhdGU+ID0geyByZXF1ZXN0OiBkaXJlY3Rpb24oKSwgcmVzcG9uc2U6IGRpcmVjdGlvbigpIH07XG5cbiAgY29uc3RydWN0b3Iodm1zOiByZWFkb25seSBWbVtdLCByZWFkb25seSBwcm9wZXJ0aWVzOiBQcm9wZXJ0eUlucHV0KSB7XG4gICAgdGhpcy5zbG90cyA9IHZtcy5tYXAoKHZtLCBpKSA9PiBuZXcgRmlsdGVyU2xvdCh0aGlzLCB2bSwgaSkpO1xuICB9XG5cbiAgLy8gLS0tLSB0ZXN0IEFQSTogZHJpdmluZyB0aGUgc3RyZWFtIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIHNlbmRSZXF1ZXN0SGVhZGVycyhoZWFkZXJzOiBIZWFkZXJzSW5wdXQsIG9wdGlvbnM6IFNlbmRPcHRpb25zID0ge30pOiBIZWFkZXJzQWN0aW9uIHtcbiAgICB0aGlzLmFzc2VydE9wZW4oJ3NlbmRSZXF1ZXN0SGVhZGVycycpO1xuICAgIGlmICh0aGlzLnN0YXRlLnJlcXVlc3QuaGVhZGVyc1NlbnQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdzZW5kUmVxdWVzdEhlYWRlcnM6IHJlcXVlc3QgaGVhZGVycyB3ZXJlIGFscmVhZHkgc2VudCBvbiB0aGlzIHN0cmVhbScpO1xuICAgIHRoaXMucmVxdWVzdEhlYWRlck1hcCA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyhoZWFkZXJzLCAncmVxdWVzdCBoZWFkZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVxdWVzdC5oZWFkZXJzU2VudCA9IHRydWU7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXF1ZXN0JywgMCwgeyBraW5kOiAnaGVhZGVycycsIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIEhlYWRlcnNBY3Rpb247XG4gIH1cblxuICBzZW5kUmVxdWVzdEJvZHkoZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IERhdGFBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlcXVlc3RCb2R5Jyk7XG4gICAgdGhpcy5hc3NlcnREaXJlY3Rpb24oJ3JlcXVlc3QnLCAnc2VuZFJlcXVlc3RCb2R5Jyk7XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gb3B0aW9ucy5lbmRPZlN0cmVhbSA9PT0gdHJ1ZTtcbiAgICByZXR1cm4gdGhpcy5mbG93KCdyZXF1ZXN0JywgMCwgeyBraW5kOiAnZGF0YScsIGRhdGE6IHRvQm9keShkYXRhLCAncmVxdWVzdCBib2R5JyksIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIERhdGFBY3Rpb247XG4gIH1cblxuICBzZW5kUmVxdWVzdFRyYWlsZXJzKHRyYWlsZXJzOiBIZWFkZXJzSW5wdXQpOiBUcmFpbGVyc0FjdGlvbiB7XG4gICAgdGhpcy5hc3NlcnRPcGVuKCdzZW5kUmVxdWVzdFRyYWlsZXJzJyk7XG4gICAgdGhpcy5hc3NlcnREaXJlY3Rpb24oJ3JlcXVlc3QnLCAnc2VuZFJlcXVlc3RUcmFpbGVycycpO1xuICAgIHRoaXMucmVxdWVzdFRyYWlsZXJNYXAgPSBuZXcgSGVhZGVyTWFwKG5vcm1hbGl6ZUhlYWRlcnModHJhaWxlcnMsICdyZXF1ZXN0IHRyYWlsZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVxdWVzdC5lbmRlZCA9IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVxdWVzdCcsIDAsIHsga2luZDogJ3RyYWlsZXJzJywgZW5kT2ZTdHJlYW06IHRydWUgfSkgYXMgVHJhaWxlcnNBY3Rpb247XG4gIH1cblxuICBzZW5kUmVzcG9uc2VIZWFkZXJzKGhlYWRlcnM6IEhlYWRlcnNJbnB1dCwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IEhlYWRlcnNBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlSGVhZGVycycpO1xuICAgIGlmICghdGhpcy5zdGF0ZS5yZXF1ZXN0LmhlYWRlcnNEZWxpdmVyZWQpIHtcbiAgICAgIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKCdzZW5kUmVzcG9uc2VIZWFkZXJzOiB0aGUgcmVxdWVzdCBoZWFkZXJzIGhhdmUgbm90IHJlYWNoZWQgdXBzdHJlYW0geWV0IChub3Qgc2VudCwgb3IgYSBmaWx0ZXIgcGF1c2VkIHRoZW0pJyk7XG4gICAgfVxuICAgIGlmICh0aGlzLnN0YXRlLnJlc3BvbnNlLmhlYWRlcnNTZW50KSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcignc2VuZFJlc3BvbnNlSGVhZGVyczogcmVzcG9uc2UgaGVhZGVycyB3ZXJlIGFscmVhZHkgc2VudCBvbiB0aGlzIHN0cmVhbScpO1xuICAgIGNvbnN0IHBhaXJzID0gbm9ybWFsaXplSGVhZGVycyhoZWFkZXJzLCAncmVzcG9uc2UgaGVhZGVycycpO1xuICAgIGlmICghcGFpcnMuc29tZSgoW2tdKSA9PiBrID09PSAnOnN0YXR1cycpKSB0aHJvdyBuZXcgVHlwZUVycm9yKCdyZXNwb25zZSBoZWFkZXJzIG5lZWQgYSBcIjpzdGF0dXNcIiBoZWFkZXInKTtcbiAgICB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwID0gbmV3IEhlYWRlck1hcChwYWlycyk7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5oZWFkZXJzU2VudCA9IHRydWU7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5lbmRlZCA9IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdoZWFkZXJzJywgZW5kT2ZTdHJlYW06IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWUgfSkgYXMgSGVhZGVyc0FjdGlvbjtcbiAgfVxuXG4gIHNlbmRSZXNwb25zZUJvZHkoZGF0YTogc3RyaW5nIHwgVWludDhBcnJheSwgb3B0aW9uczogU2VuZE9wdGlvbnMgPSB7fSk6IERhdGFBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlQm9keScpO1xuICAgIHRoaXMuYXNzZXJ0RGlyZWN0aW9uKCdyZXNwb25zZScsICdzZW5kUmVzcG9uc2VCb2R5Jyk7XG4gICAgdGhpcy5zdGF0ZS5yZXNwb25zZS5lbmRlZCA9IG9wdGlvbnMuZW5kT2ZTdHJlYW0gPT09IHRydWU7XG4gICAgcmV0dXJuIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdkYXRhJywgZGF0YTogdG9Cb2R5KGRhdGEsICdyZXNwb25zZSBib2R5JyksIGVuZE9mU3RyZWFtOiBvcHRpb25zLmVuZE9mU3RyZWFtID09PSB0cnVlIH0pIGFzIERhdGFBY3Rpb247XG4gIH1cblxuICBzZW5kUmVzcG9uc2VUcmFpbGVycyh0cmFpbGVyczogSGVhZGVyc0lucHV0KTogVHJhaWxlcnNBY3Rpb24ge1xuICAgIHRoaXMuYXNzZXJ0T3Blbignc2VuZFJlc3BvbnNlVHJhaWxlcnMnKTtcbiAgICB0aGlzLmFzc2VydERpcmVjdGlvbigncmVzcG9uc2UnLCAnc2VuZFJlc3BvbnNlVHJhaWxlcnMnKTtcbiAgICB0aGlzLnJlc3BvbnNlVHJhaWxlck1hcCA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyh0cmFpbGVycywgJ3Jlc3BvbnNlIHRyYWlsZXJzJykpO1xuICAgIHRoaXMuc3RhdGUucmVzcG9uc2UuZW5kZWQgPSB0cnVlO1xuICAgIHJldHVybiB0aGlzLmZsb3coJ3Jlc3BvbnNlJywgMCwgeyBraW5kOiAndHJhaWxlcnMnLCBlbmRPZlN0cmVhbTogdHJ1ZSB9KSBhcyBUcmFpbGVyc0FjdGlvbjtcbiAgfVxuXG4gIC8qKiBFbmRzIHRoZSBzdHJlYW0gYXMgRW52b3kgZG9lczogcHJveHlfb25fZG9uZSwgdGhlbiBwcm94eV9vbl9sb2csIHRoZW4gcHJveHlfb25fZGVsZXRlIGZvciBlYWNoIGZpbHRlci4gKi9cbiAgY29tcGxldGUoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY29tcGxldGVkKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcignY29tcGxldGU6IHRoZSBzdHJlYW0gaXMgYWxyZWFkeSBjb21wbGV0ZScpO1xuICAgIHRoaXMuY29tcGxldGVkID0gdHJ1ZTtcbiAgICBjb25zdCBsaXZlID0gdGhpcy5zbG90cy5maWx0ZXIoKHMpID0+IHMuY29udGV4dElkICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IHJ1biA9IChuYW1lOiBzdHJpbmcpID0+IHtcbiAgICAgIGZvciAoY29uc3QgcyBvZiBsaXZlKSB7XG4gICAgICAgIGlmIChzLnZtLmZhaWxlZCkgY29udGludWU7XG4gICAgICAgIHMudm0uaW52b2tlKG5hbWUsIHsgY29udGV4dElkOiBzLmNvbnRleHRJZCEsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LCAoKSA9PiBzLnZtLmNhbGxDb250ZXh0KG5hbWUsIHMuY29udGV4dElkISkpO1xuICAgICAgfVxuICAgIH07XG4gICAgcnVuKCdwcm94eV9vbl9kb25lJyk7XG4gICAgcnVuKCdwcm94eV9vbl9sb2cnKTtcbiAgICBydW4oJ3Byb3h5X29uX2RlbGV0ZScpO1xuICAgIGZvciAoY29uc3QgcyBvZiBsaXZlKSBzLnZtLmRyb3BDb250ZXh0KHMuY29udGV4dElkISk7XG4gIH1cblxuICAvLyAtLS0tIHRlc3QgQVBJOiBvYnNlcnZpbmcgdGhlIHN0cmVhbSAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgZ2V0IGxvY2FsUmVzcG9uc2UoKTogTG9jYWxSZXNwb25zZSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgciA9IHRoaXMucmVwbHk7XG4gICAgaWYgKCFyKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGJvZHkgPSBjb25jYXQodGhpcy5zdGF0ZS5yZXNwb25zZS5kZWxpdmVyZWQpO1xuICAgIHJldHVybiB7XG4gICAgICBzdGF0dXM6IHIuc3RhdHVzLFxuICAgICAgaGVhZGVyczogdGhpcy5yZXNwb25zZUhlYWRlck1hcD8ucGFpcnMoKSA/PyBbXSxcbiAgICAgIGJvZHksXG4gICAgICBib2R5VGV4dDogZGVjb2Rlci5kZWNvZGUoYm9keSksXG4gICAgICBkZXRhaWxzOiByLmRldGFpbHMsXG4gICAgICBncnBjU3RhdHVzOiByLmdycGNTdGF0dXMgPj0gMCAmJiByLmdycGNTdGF0dXMgPD0gMTYgPyByLmdycGNTdGF0dXMgOiB1bmRlZmluZWQsXG4gICAgfTtcbiAgfVxuXG4gIHJlcXVlc3RIZWFkZXJzKCk6IEhlYWRlclBhaXJzIHtcbiAgICByZXR1cm4gdGhpcy5yZXF1ZXN0SGVhZGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgcmVxdWVzdEhlYWRlcihuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLnJlcXVlc3RIZWFkZXJNYXA/LmdldChuYW1lKTtcbiAgfVxuXG4gIHJlcXVlc3RUcmFpbGVycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMucmVxdWVzdFRyYWlsZXJNYXA/LnBhaXJzKCkgPz8gW107XG4gIH1cblxuICByZXNwb25zZUhlYWRlcnMoKTogSGVhZGVyUGFpcnMge1xuICAgIHJldHVybiB0aGlzLnJlc3BvbnNlSGVhZGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgcmVzcG9uc2VIZWFkZXIobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5yZXNwb25zZUhlYWRlck1hcD8uZ2V0KG5hbWUpO1xuICB9XG5cbiAgcmVzcG9uc2VUcmFpbGVycygpOiBIZWFkZXJQYWlycyB7XG4gICAgcmV0dXJuIHRoaXMucmVzcG9uc2VUcmFpbGVyTWFwPy5wYWlycygpID8/IFtdO1xuICB9XG5cbiAgLyoqIFRoZSByZXF1ZXN0IGJvZHkgdGhhdCBwYXNzZWQgZXZlcnkgZmlsdGVyICh3aGF0IHVwc3RyZWFtIHJlY2VpdmVkKS4gKi9cbiAgcmVxdWVzdEJvZHkoKTogVWludDhBcnJheSB7XG4gICAgcmV0dXJuIGNvbmNhdCh0aGlzLnN0YXRlLnJlcXVlc3QuZGVsaXZlcmVkKTtcbiAgfVxuXG4gIC8qKiBUaGUgcmVzcG9uc2UgYm9keSB0aGF0IHBhc3NlZCBldmVyeSBmaWx0ZXIgKHdoYXQgdGhlIGNsaWVudCByZWNlaXZlZCkuICovXG4gIHJlc3BvbnNlQm9keSgpOiBVaW50OEFycmF5IHtcbiAgICByZXR1cm4gY29uY2F0KHRoaXMuc3RhdGUucmVzcG9uc2UuZGVsaXZlcmVkKTtcbiAgfVxuXG4gIC8qKiBGaWx0ZXIgc3RhdGUgYSBmaWx0ZXIgd3JvdGUgd2l0aCBwcm94eV9zZXRfcHJvcGVydHkgKHBhdGggc2VnbWVudHMgam9pbmVkIGJ5IFwiLlwiIG9yIGdpdmVuIGFzIGFuIGFycmF5KS4gKi9cbiAgcHJvcGVydHkocGF0aDogc3RyaW5nIHwgcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGJ5dGVzID0gdGhpcy5wcm9wZXJ0eUJ5dGVzKHBhdGgpO1xuICAgIHJldHVybiBieXRlcyAmJiBkZWNvZGVyLmRlY29kZShieXRlcyk7XG4gIH1cblxuICBwcm9wZXJ0eUJ5dGVzKHBhdGg6IHN0cmluZyB8IHJlYWRvbmx5IHN0cmluZ1tdKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3Qga2V5ID0gdHlwZW9mIHBhdGggPT09ICdzdHJpbmcnID8gcGF0aCA6IHBhdGguam9pbignXFx1MDAwMCcpO1xuICAgIHJldHVybiB0aGlzLmZpbHRlclN0YXRlLmdldChrZXkpPy5zbGljZSgpO1xuICB9XG5cbiAgZ2V0IGlzQ29tcGxldGUoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuY29tcGxldGVkO1xuICB9XG5cbiAgLy8gLS0tLSBpdGVyYXRpb24gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBwcml2YXRlIGFzc2VydE9wZW4oY2FsbDogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuY29tcGxldGVkKSB0aHJvdyBuZXcgU3RyZWFtU3RhdGVFcnJvcihgJHtjYWxsfTogdGhlIHN0cmVhbSBpcyBjb21wbGV0ZWApO1xuICAgIGlmICh0aGlzLnJlc2V0RGV0YWlscykgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH06IHRoZSBzdHJlYW0gd2FzIHJlc2V0IGJ5IGEgZmlsdGVyICgke3RoaXMucmVzZXREZXRhaWxzfSlgKTtcbiAgICBpZiAodGhpcy5yZXBseSkge1xuICAgICAgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYCR7Y2FsbH06IHRoZSBzdHJlYW0gd2FzIGFscmVhZHkgYW5zd2VyZWQgd2l0aCBhIGxvY2FsIHJlc3BvbnNlIChzdGF0dXMgJHt0aGlzLnJlcGx5LnN0YXR1c30sIGRldGFpbHMgXCIke3RoaXMucmVwbHkuZGV0YWlsc31cIilgKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFzc2VydERpcmVjdGlvbihkaXI6IERpciwgY2FsbDogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgY29uc3QgaGVhZGVyc0NhbGwgPSBkaXIgPT09ICdyZXF1ZXN0JyA/ICdzZW5kUmVxdWVzdEhlYWRlcnMnIDogJ3NlbmRSZXNwb25zZUhlYWRlcnMnO1xuICAgIGlmICghc3QuaGVhZGVyc1NlbnQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGAke2NhbGx9IGNhbGxlZCBiZWZvcmUgJHtoZWFkZXJzQ2FsbH1gKTtcbiAgICBpZiAoc3QuZW5kZWQpIHRocm93IG5ldyBTdHJlYW1TdGF0ZUVycm9yKGAke2NhbGx9OiB0aGUgJHtkaXJ9IGFscmVhZHkgZW5kZWQgKGVuZE9mU3RyZWFtIHdhcyBzZXQgb3IgdHJhaWxlcnMgd2VyZSBzZW50KWApO1xuICB9XG5cbiAgcHJpdmF0ZSBvcmRlcihkaXI6IERpcik6IG51bWJlcltdIHtcbiAgICBjb25zdCBpZHggPSB0aGlzLnNsb3RzLm1hcCgoXywgaSkgPT4gaSk7XG4gICAgcmV0dXJuIGRpciA9PT0gJ3JlcXVlc3QnID8gaWR4IDogaWR4LnJldmVyc2UoKTtcbiAgfVxuXG4gIHByaXZhdGUgaGFsdGVkKGRpcjogRGlyKTogYm9vbGVhbiB7XG4gICAgaWYgKHRoaXMucmVzZXREZXRhaWxzKSByZXR1cm4gdHJ1ZTtcbiAgICAvLyBBIGxvY2FsIHJlcGx5IGVuZHMgdGhlIHJlcXVlc3QgcGF0aDsgdGhlIHJlc3BvbnNlIHBhdGggY2FycmllcyB0aGUgcmVwbHkuXG4gICAgcmV0dXJuIGRpciA9PT0gJ3JlcXVlc3QnICYmIHRoaXMucmVwbHkgIT09IHVuZGVmaW5lZDtcbiAgfVxuXG4gIHByaXZhdGUgZmxvdyhkaXI6IERpciwgc3RhcnRQb3M6IG51bWJlciwgZmlyc3Q6IEZsb3dFdmVudCk6IEFjdGlvbiB7XG4gICAgY29uc3Qgb3JkZXIgPSB0aGlzLm9yZGVyKGRpcik7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgbGV0IGxhc3Q6IEFjdGlvbiB8IHVuZGVmaW5lZDtcbiAgICBsZXQgZXYgPSBmaXJzdDtcbiAgICBmb3IgKGxldCBwb3MgPSBzdGFydFBvczsgcG9zIDwgb3JkZXIubGVuZ3RoOyBwb3MrKykge1xuICAgICAgaWYgKHRoaXMuaGFsdGVkKGRpcikpIHJldHVybiBsYXN0ID8/IHN0b3BwZWRBY3Rpb24oZXYpO1xuICAgICAgaWYgKHN0LmJsb2NrZWRBdCA9PT0gcG9zKSB7XG4gICAgICAgIHN0LnF1ZXVlLnB1c2goeyBwb3MsIGV2IH0pO1xuICAgICAgICByZXR1cm4gbGFzdCA/PyBzdG9wcGVkQWN0aW9uKGV2KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHNsb3QgPSB0aGlzLnNsb3RzW29yZGVyW3Bvc10hXSE7XG4gICAgICBjb25zdCBvdXRjb21lID0gdGhpcy5jYWxsRmlsdGVyKHNsb3QsIGRpciwgcG9zLCBldik7XG4gICAgICBpZiAob3V0Y29tZS5hY3Rpb24gIT09IHVuZGVmaW5lZCkgbGFzdCA9IG91dGNvbWUuYWN0aW9uO1xuICAgICAgaWYgKCFvdXRjb21lLnBhc3NPbikgcmV0dXJuIGxhc3QgPz8gc3RvcHBlZEFjdGlvbihldik7XG4gICAgICBpZiAob3V0Y29tZS5mbHVzaEZpcnN0KSB0aGlzLmZsb3coZGlyLCBwb3MgKyAxLCBvdXRjb21lLmZsdXNoRmlyc3QpO1xuICAgICAgZXYgPSBvdXRjb21lLnBhc3NPbjtcbiAgICB9XG4gICAgaWYgKHRoaXMuaGFsdGVkKGRpcikgJiYgIShkaXIgPT09ICdyZXNwb25zZScpKSByZXR1cm4gbGFzdCA/PyBzdG9wcGVkQWN0aW9uKGV2KTtcbiAgICB0aGlzLmRlbGl2ZXIoZGlyLCBldik7XG4gICAgcmV0dXJuIGxhc3QgPz8gJ0NvbnRpbnVlJztcbiAgfVxuXG4gIHByaXZhdGUgZGVsaXZlcihkaXI6IERpciwgZXY6IEZsb3dFdmVudCk6IHZvaWQge1xuICAgIGNvbnN0IHN0ID0gdGhpcy5zdGF0ZVtkaXJdO1xuICAgIGlmIChldi5raW5kID09PSAnaGVhZGVycycpIHN0LmhlYWRlcnNEZWxpdmVyZWQgPSB0cnVlO1xuICAgIGlmIChldi5raW5kID09PSAnZGF0YScgJiYgZXYuZGF0YSkgc3QuZGVsaXZlcmVkLnB1c2goZXYuZGF0YSk7XG4gIH1cblxuICBwcml2YXRlIGNhbGxGaWx0ZXIoc2xvdDogRmlsdGVyU2xvdCwgZGlyOiBEaXIsIHBvczogbnVtYmVyLCBldjogRmxvd0V2ZW50KTogeyBhY3Rpb24/OiBBY3Rpb247IHBhc3NPbj86IEZsb3dFdmVudDsgZmx1c2hGaXJzdD86IEZsb3dFdmVudCB9IHtcbiAgICBjb25zdCB2bSA9IHNsb3Qudm07XG4gICAgaWYgKHNsb3QuY29udGV4dElkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIC8vIEVudm95IGNyZWF0ZXMgdGhlIGZpbHRlcidzIGNvbnRleHQgd2hlbiByZXF1ZXN0IGhlYWRlcnMgZmlyc3QgcmVhY2ggaXQ7XG4gICAgICAvLyBhIGZpbHRlciB0aGUgcmVxdWVzdCBuZXZlciByZWFjaGVkIGlzIHNraXBwZWQgb24gdGhlIHdheSBiYWNrLlxuICAgICAgaWYgKGRpciA9PT0gJ3Jlc3BvbnNlJyB8fCBldi5raW5kICE9PSAnaGVhZGVycycpIHJldHVybiB7IHBhc3NPbjogZXYgfTtcbiAgICAgIGlmICh2bS5mYWlsZWQpIHtcbiAgICAgICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgICAgICByZXR1cm4geyBhY3Rpb246ICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyB9O1xuICAgICAgfVxuICAgICAgc2xvdC5jb250ZXh0SWQgPSB2bS5jcmVhdGVIdHRwQ29udGV4dChzbG90KTtcbiAgICAgIGlmIChzbG90LmNvbnRleHRJZCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRoaXMuZmFpbFN0cmVhbShzbG90KTtcbiAgICAgICAgcmV0dXJuIHsgYWN0aW9uOiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHNsb3QuZmFpbHVyZVJlcGx5U2VudCkgcmV0dXJuIHsgcGFzc09uOiBldiB9O1xuICAgIGlmICh2bS5mYWlsZWQpIHtcbiAgICAgIHRoaXMuZmFpbFN0cmVhbShzbG90KTtcbiAgICAgIHJldHVybiB7IGFjdGlvbjogZXYua2luZCA9PT0gJ2RhdGEnID8gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicgOiAnU3RvcEFsbEl0ZXJhdGlvbkFuZFdhdGVybWFyaycgfTtcbiAgICB9XG4gICAgY29uc3QgY3R4ID0gc2xvdC5jb250ZXh0SWQ7XG4gICAgY29uc3Qgc3QgPSB0aGlzLnN0YXRlW2Rpcl07XG4gICAgY29uc3QgcHJlZml4ID0gZGlyID09PSAncmVxdWVzdCcgPyAncHJveHlfb25fcmVxdWVzdCcgOiAncHJveHlfb25fcmVzcG9uc2UnO1xuXG4gICAgaWYgKGV2LmtpbmQgPT09ICdoZWFkZXJzJykge1xuICAgICAgc2xvdC5oZWxkSGVhZGVyc1tkaXJdID0gdHJ1ZTtcbiAgICAgIGNvbnN0IG1hcCA9IGRpciA9PT0gJ3JlcXVlc3QnID8gdGhpcy5yZXF1ZXN0SGVhZGVyTWFwISA6IHRoaXMucmVzcG9uc2VIZWFkZXJNYXAhO1xuICAgICAgY29uc3QgcmF3ID0gdm0uaW52b2tlKGAke3ByZWZpeH1faGVhZGVyc2AsIHsgY29udGV4dElkOiBjdHgsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LFxuICAgICAgICAoKSA9PiB2bS5jYWxsQ29udGV4dChgJHtwcmVmaXh9X2hlYWRlcnNgLCBjdHgsIG1hcC5jb3VudCwgZXYuZW5kT2ZTdHJlYW0gPyAxIDogMCkpO1xuICAgICAgaWYgKHJhdyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdGhpcy50cmFwcGVkKHNsb3QsICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJyk7XG4gICAgICBjb25zdCBhY3Rpb24gPSBjb252ZXJ0SGVhZGVyc1Jlc3VsdChyYXcsIHZtLml0ZXJhdGlvblN0b3BwZWQpO1xuICAgICAgaWYgKGFjdGlvbiA9PT0gJ0NvbnRpbnVlJyB8fCBhY3Rpb24gPT09ICdDb250aW51ZUFuZEVuZFN0cmVhbScpIHtcbiAgICAgICAgc2xvdC5oZWxkSGVhZGVyc1tkaXJdID0gZmFsc2U7XG4gICAgICAgIHJldHVybiB7IGFjdGlvbiwgcGFzc09uOiBldiB9O1xuICAgICAgfVxuICAgICAgc3QuYmxvY2tlZEF0ID0gcG9zO1xuICAgICAgc3QuYmxvY2tlZFJlc3VtZSA9IGV2O1xuICAgICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gICAgfVxuXG4gICAgaWYgKGV2LmtpbmQgPT09ICdkYXRhJykge1xuICAgICAgY29uc3QgaW5jb21pbmcgPSBldi5kYXRhID8/IG5ldyBVaW50OEFycmF5KDApO1xuICAgICAgc2xvdC5ib2R5W2Rpcl0gPSBzbG90LmJ1ZmZlcmluZ1tkaXJdICYmIHNsb3QuYm9keVtkaXJdID8gY29uY2F0KFtzbG90LmJvZHlbZGlyXSEsIGluY29taW5nXSkgOiBpbmNvbWluZztcbiAgICAgIHNsb3QuYm9keUVuZFtkaXJdID0gZXYuZW5kT2ZTdHJlYW07XG4gICAgICBjb25zdCBzaXplID0gc2xvdC5ib2R5W2Rpcl0hLmxlbmd0aDtcbiAgICAgIGNvbnN0IHJhdyA9IHZtLmludm9rZShgJHtwcmVmaXh9X2JvZHlgLCB7IGNvbnRleHRJZDogY3R4LCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICAgKCkgPT4gdm0uY2FsbENvbnRleHQoYCR7cHJlZml4fV9ib2R5YCwgY3R4LCBzaXplLCBldi5lbmRPZlN0cmVhbSA/IDEgOiAwKSk7XG4gICAgICBpZiAocmF3ID09PSB1bmRlZmluZWQpIHJldHVybiB0aGlzLnRyYXBwZWQoc2xvdCwgJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicpO1xuICAgICAgY29uc3QgYWN0aW9uID0gY29udmVydERhdGFSZXN1bHQocmF3LCB2bS5pdGVyYXRpb25TdG9wcGVkKTtcbiAgICAgIHNsb3QuYnVmZmVyaW5nW2Rpcl0gPSBmYWxzZTtcbiAgICAgIGlmIChhY3Rpb24gPT09ICdDb250aW51ZScpIHtcbiAgICAgICAgY29uc3QgZGF0YSA9IHNsb3QuYm9keVtkaXJdID8/IG5ldyBVaW50OEFycmF5KDApO1xuICAgICAgICBzbG90LmJvZHlbZGlyXSA9IHVuZGVmaW5lZDtcbiAgICAgICAgcmV0dXJuIHsgYWN0aW9uLCBwYXNzT246IHsga2luZDogJ2RhdGEnLCBkYXRhLCBlbmRPZlN0cmVhbTogZXYuZW5kT2ZTdHJlYW0gfSB9O1xuICAgICAgfVxuICAgICAgaWYgKGFjdGlvbiA9PT0gJ1N0b3BJdGVyYXRpb25Ob0J1ZmZlcicpIHNsb3QuYm9keVtkaXJdID0gdW5kZWZpbmVkO1xuICAgICAgZWxzZSBzbG90LmJ1ZmZlcmluZ1tkaXJdID0gdHJ1ZTtcbiAgICAgIHJldHVybiB7IGFjdGlvbiB9O1xuICAgIH1cblxuICAgIHNsb3QuaGVsZFRyYWlsZXJzW2Rpcl0gPSB0cnVlO1xuICAgIGNvbnN0IG1hcCA9IGRpciA9PT0gJ3JlcXVlc3QnID8gdGhpcy5yZXF1ZXN0VHJhaWxlck1hcCEgOiB0aGlzLnJlc3BvbnNlVHJhaWxlck1hcCE7XG4gICAgY29uc3QgcmF3ID0gdm0uaW52b2tlKGAke3ByZWZpeH1fdHJhaWxlcnNgLCB7IGNvbnRleHRJZDogY3R4LCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHZtLmNhbGxDb250ZXh0KGAke3ByZWZpeH1fdHJhaWxlcnNgLCBjdHgsIG1hcC5jb3VudCkpO1xuICAgIGlmIChyYXcgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRoaXMudHJhcHBlZChzbG90LCAnU3RvcEl0ZXJhdGlvbicpO1xuICAgIGNvbnN0IGFjdGlvbiA9IGNvbnZlcnRUcmFpbGVyc1Jlc3VsdChyYXcsIHZtLml0ZXJhdGlvblN0b3BwZWQpO1xuICAgIGlmIChhY3Rpb24gPT09ICdDb250aW51ZScpIHtcbiAgICAgIHNsb3QuaGVsZFRyYWlsZXJzW2Rpcl0gPSBmYWxzZTtcbiAgICAgIC8vIEJvZHkgdGhlIGZpbHRlciB3YXMgc3RpbGwgYnVmZmVyaW5nIHRyYXZlbHMgb24gYWhlYWQgb2YgdGhlIHRyYWlsZXJzLlxuICAgICAgY29uc3QgZmx1c2hGaXJzdCA9IHRoaXMudGFrZUJ1ZmZlcmVkKHNsb3QsIGRpciwgZmFsc2UpO1xuICAgICAgcmV0dXJuIHsgYWN0aW9uLCBwYXNzT246IGV2LCBmbHVzaEZpcnN0IH07XG4gICAgfVxuICAgIHN0LmJsb2NrZWRBdCA9IHBvcztcbiAgICBzdC5ibG9ja2VkUmVzdW1lID0gZXY7XG4gICAgcmV0dXJuIHsgYWN0aW9uIH07XG4gIH1cblxuICBwcml2YXRlIHRha2VCdWZmZXJlZChzbG90OiBGaWx0ZXJTbG90LCBkaXI6IERpciwgZW5kT2ZTdHJlYW06IGJvb2xlYW4pOiBGbG93RXZlbnQgfCB1bmRlZmluZWQge1xuICAgIGlmICghc2xvdC5idWZmZXJpbmdbZGlyXSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBkYXRhID0gc2xvdC5ib2R5W2Rpcl0gPz8gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gICAgc2xvdC5idWZmZXJpbmdbZGlyXSA9IGZhbHNlO1xuICAgIHNsb3QuYm9keVtkaXJdID0gdW5kZWZpbmVkO1xuICAgIHJldHVybiB7IGtpbmQ6ICdkYXRhJywgZGF0YSwgZW5kT2ZTdHJlYW0gfTtcbiAgfVxuXG4gIHByaXZhdGUgdHJhcHBlZChzbG90OiBGaWx0ZXJTbG90LCBhY3Rpb246IEFjdGlvbik6IHsgYWN0aW9uOiBBY3Rpb24gfSB7XG4gICAgdGhpcy5mYWlsU3RyZWFtKHNsb3QpO1xuICAgIHJldHVybiB7IGFjdGlvbiB9O1xuICB9XG5cbiAgLyoqIEVudm95J3MgQ29udGV4dDo6ZmFpbFN0cmVhbTogYSA1MDMgbG9jYWwgcmVwbHkgd2l0aCBkZXRhaWxzIHdhc21fZmFpbF9zdHJlYW0uICovXG4gIHByaXZhdGUgZmFpbFN0cmVhbShzbG90OiBGaWx0ZXJTbG90KTogdm9pZCB7XG4gICAgaWYgKHNsb3QuZmFpbHVyZVJlcGx5U2VudCkgcmV0dXJuO1xuICAgIHNsb3QuZmFpbHVyZVJlcGx5U2VudCA9IHRydWU7XG4gICAgaWYgKHRoaXMucmVwbHkpIHJldHVybjtcbiAgICB0aGlzLmFwcGx5TG9jYWxSZXNwb25zZSh7IHN0YXR1czogNTAzLCBkZXRhaWxzOiAnd2FzbV9mYWlsX3N0cmVhbScsIGJvZHk6IG5ldyBVaW50OEFycmF5KDApLCBoZWFkZXJzOiBbXSwgZ3JwY1N0YXR1czogMTQgfSk7XG4gIH1cblxuICAvKiogQGludGVybmFsIFJ1bnMgYWZ0ZXIgdGhlIFZNIGNhbGwgdGhhdCBhc2tlZCBmb3IgaXQsIGFzIEVudm95J3Mgc2VuZExvY2FsUmVwbHkgZG9lcy4gKi9cbiAgYXBwbHlMb2NhbFJlc3BvbnNlKHJlcGx5OiBMb2NhbFJlcGx5UmVxdWVzdCk6IHZvaWQge1xuICAgIGlmICh0aGlzLnJlcGx5IHx8IHRoaXMucmVzZXREZXRhaWxzIHx8IHRoaXMuY29tcGxldGVkKSByZXR1cm47XG4gICAgdGhpcy5yZXBseSA9IHJlcGx5O1xuICAgIGNvbnN0IGhlYWRlcnMgPSBuZXcgSGVhZGVyTWFwKFtbJzpzdGF0dXMnLCBTdHJpbmcocmVwbHkuc3RhdHVzKV1dKTtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiByZXBseS5oZWFkZXJzKSBoZWFkZXJzLmFkZChrLCB2KTtcbiAgICBpZiAocmVwbHkuYm9keS5sZW5ndGggPiAwKSB7XG4gICAgICBpZiAoaGVhZGVycy5nZXQoJ2NvbnRlbnQtdHlwZScpID09PSB1bmRlZmluZWQpIGhlYWRlcnMuYWRkKCdjb250ZW50LXR5cGUnLCAndGV4dC9wbGFpbicpO1xuICAgICAgaGVhZGVycy5yZXBsYWNlKCdjb250ZW50LWxlbmd0aCcsIFN0cmluZyhyZXBseS5ib2R5Lmxlbmd0aCkpO1xuICAgIH1cbiAgICBjb25zdCByZXNwID0gdGhpcy5zdGF0ZS5yZXNwb25zZTtcbiAgICBjb25zdCByZXNwb25zZVN0YXJ0ZWQgPSByZXNwLmhlYWRlcnNTZW50O1xuICAgIHRoaXMucmVzcG9uc2VIZWFkZXJNYXAgPSBoZWFkZXJzO1xuICAgIHJlc3AuaGVhZGVyc1NlbnQgPSB0cnVlO1xuICAgIHJlc3AuZW5kZWQgPSB0cnVlO1xuICAgIHJlc3AuZGVsaXZlcmVkID0gW107XG4gICAgdGhpcy5zdGF0ZS5yZXF1ZXN0LmVuZGVkID0gdHJ1ZTtcbiAgICBpZiAocmVzcG9uc2VTdGFydGVkKSB7XG4gICAgICAvLyBUb28gbGF0ZSB0byBydW4gdGhlIHJlcGx5IHRocm91Z2ggdGhlIGZpbHRlcnMgYWdhaW46IHRoZSByZXBseSByZXBsYWNlcyB0aGUgcmVzcG9uc2UuXG4gICAgICByZXNwLmJsb2NrZWRBdCA9IHVuZGVmaW5lZDtcbiAgICAgIHJlc3AucXVldWUgPSBbXTtcbiAgICAgIHJlc3AuaGVhZGVyc0RlbGl2ZXJlZCA9IHRydWU7XG4gICAgICBpZiAocmVwbHkuYm9keS5sZW5ndGggPiAwKSByZXNwLmRlbGl2ZXJlZC5wdXNoKHJlcGx5LmJvZHkpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHMgb2YgdGhpcy5zbG90cykgcy5oZWxkSGVhZGVycy5yZXNwb25zZSA9IGZhbHNlO1xuICAgIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdoZWFkZXJzJywgZW5kT2ZTdHJlYW06IHJlcGx5LmJvZHkubGVuZ3RoID09PSAwIH0pO1xuICAgIGlmIChyZXBseS5ib2R5Lmxlbmd0aCA+IDApIHRoaXMuZmxvdygncmVzcG9uc2UnLCAwLCB7IGtpbmQ6ICdkYXRhJywgZGF0YTogcmVwbHkuYm9keSwgZW5kT2ZTdHJlYW06IHRydWUgfSk7XG4gIH1cblxuICAvKiogQGludGVybmFsIHByb3h5X2NvbnRpbnVlX3N0cmVhbSwgcnVuIGFmdGVyIHRoZSBWTSBjYWxsLiAqL1xuICByZXN1bWUoZGlyOiBEaXIsIHNsb3Q6IEZpbHRlclNsb3QpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5jb21wbGV0ZWQgfHwgdGhpcy5oYWx0ZWQoZGlyKSkgcmV0dXJuO1xuICAgIGNvbnN0IHN0ID0gdGhpcy5zdGF0ZVtkaXJdO1xuICAgIGNvbnN0IHBvcyA9IHRoaXMub3JkZXIoZGlyKS5pbmRleE9mKHNsb3QuaW5kZXgpO1xuICAgIGlmIChzdC5ibG9ja2VkQXQgPT09IHBvcykge1xuICAgICAgY29uc3QgZXYgPSBzdC5ibG9ja2VkUmVzdW1lITtcbiAgICAgIHN0LmJsb2NrZWRBdCA9IHVuZGVmaW5lZDtcbiAgICAgIHN0LmJsb2NrZWRSZXN1bWUgPSB1bmRlZmluZWQ7XG4gICAgICBpZiAoZXYua2luZCA9PT0gJ2hlYWRlcnMnKSBzbG90LmhlbGRIZWFkZXJzW2Rpcl0gPSBmYWxzZTtcbiAgICAgIGVsc2Ugc2xvdC5oZWxkVHJhaWxlcnNbZGlyXSA9IGZhbHNlO1xuICAgICAgY29uc3QgZmx1c2hGaXJzdCA9IGV2LmtpbmQgPT09ICd0cmFpbGVycycgPyB0aGlzLnRha2VCdWZmZXJlZChzbG90LCBkaXIsIGZhbHNlKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChmbHVzaEZpcnN0KSB0aGlzLmZsb3coZGlyLCBwb3MgKyAxLCBmbHVzaEZpcnN0KTtcbiAgICAgIHRoaXMuZmxvdyhkaXIsIHBvcyArIDEsIGV2KTtcbiAgICAgIHdoaWxlIChzdC5xdWV1ZS5sZW5ndGggPiAwICYmIHN0LmJsb2NrZWRBdCA9PT0gdW5kZWZpbmVkICYmICF0aGlzLmhhbHRlZChkaXIpKSB7XG4gICAgICAgIGNvbnN0IHEgPSBzdC5xdWV1ZS5zaGlmdCgpITtcbiAgICAgICAgdGhpcy5mbG93KGRpciwgcS5wb3MsIHEuZXYpO1xuICAgICAgfVxuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBjb25zdCBidWZmZXJlZCA9IHRoaXMudGFrZUJ1ZmZlcmVkKHNsb3QsIGRpciwgc2xvdC5ib2R5RW5kW2Rpcl0pO1xuICAgIGlmIChidWZmZXJlZCkgdGhpcy5mbG93KGRpciwgcG9zICsgMSwgYnVmZmVyZWQpO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBwcm94eV9jbG9zZV9zdHJlYW06IEVudm95IHJlc2V0cyB0aGUgc3RyZWFtLiAqL1xuICByZXNldChkZXRhaWxzOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAodGhpcy5yZXNldERldGFpbHMgfHwgdGhpcy5jb21wbGV0ZWQpIHJldHVybjtcbiAgICB0aGlzLnJlc2V0RGV0YWlscyA9IGRldGFpbHM7XG4gIH1cbn1cblxuZnVuY3Rpb24gc3RvcHBlZEFjdGlvbihldjogRmxvd0V2ZW50KTogQWN0aW9uIHtcbiAgaWYgKGV2LmtpbmQgPT09ICdoZWFkZXJzJykgcmV0dXJuICdTdG9wQWxsSXRlcmF0aW9uQW5kV2F0ZXJtYXJrJztcbiAgaWYgKGV2LmtpbmQgPT09ICdkYXRhJykgcmV0dXJuICdTdG9wSXRlcmF0aW9uQW5kQnVmZmVyJztcbiAgcmV0dXJuICdTdG9wSXRlcmF0aW9uJztcbn1cbiIsICIvLyBPbmUgcHJveHktd2FzbSBWTTogYSBtb2R1bGUgaW5zdGFuY2Ugd2l0aCBpdHMgb3duIG1lbW9yeSwgaXRzIHJvb3QgY29udGV4dCxcbi8vIGFuZCB0aGUgc3RyZWFtIGNvbnRleHRzIGNyZWF0ZWQgaW4gaXQuIE93bnMgdGhlIGxpZmVjeWNsZSBFbnZveSBkcml2ZXNcbi8vIChzdGFydCwgY29uZmlndXJlLCB0aWNrcywgcXVldWUgYW5kIGNhbGxvdXQgZGVsaXZlcmllcykgYW5kIHRoZSBndWFyZCBhcm91bmRcbi8vIGV2ZXJ5IGd1ZXN0IGNhbGwgKHRyYXBzLCBmYWlsLWNsb3NlZCwgZGVmZXJyZWQgYWN0aW9ucykuXG5pbXBvcnQgeyByZWFkRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgQnVmZmVyVHlwZSwgSGVhZGVyTWFwVHlwZSwgTE9HX0xFVkVMUywgV2FzbVJlc3VsdCB9IGZyb20gJy4vYWJpLnRzJztcbmltcG9ydCB7IENvbmZpZ3VyZUVycm9yLCBIb3N0RXJyb3IsIE1vZHVsZUxvYWRFcnJvciwgTW9kdWxlVHJhcEVycm9yLCBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvciwgdHlwZSBMb2dMZXZlbE5hbWUsIHR5cGUgTG9nTGluZSB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IEhlYWRlck1hcCB9IGZyb20gJy4vaGVhZGVyLW1hcC50cyc7XG5pbXBvcnQgeyBwcm94eUltcG9ydHMgfSBmcm9tICcuL2hvc3QtY2FsbHMudHMnO1xuaW1wb3J0IHsgR3Vlc3RNZW1vcnkgfSBmcm9tICcuL21lbW9yeS50cyc7XG5pbXBvcnQgeyBWbU1ldHJpY3MsIHR5cGUgTWV0cmljVmFsdWUgfSBmcm9tICcuL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgbm9ybWFsaXplSGVhZGVycywgdHlwZSBIZWFkZXJQYWlycywgdHlwZSBIZWFkZXJzSW5wdXQgfSBmcm9tICcuL3BhaXJzLnRzJztcbmltcG9ydCB7IHZhbGlkYXRlUHJvcGVydGllcywgdHlwZSBQcm9wZXJ0eUlucHV0LCB0eXBlIFByb3BlcnR5U2NvcGUgfSBmcm9tICcuL3Byb3BlcnRpZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBRdWV1ZU93bmVyIH0gZnJvbSAnLi9zaGFyZWQtcXVldWVzLnRzJztcbmltcG9ydCB0eXBlIHsgRmlsdGVyU2xvdCB9IGZyb20gJy4vc3RyZWFtLnRzJztcbmltcG9ydCB7IHdhc2lJbXBvcnRzIH0gZnJvbSAnLi93YXNpLnRzJztcbmltcG9ydCB0eXBlIHsgSG9zdCB9IGZyb20gJy4vaG9zdC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgVm1PcHRpb25zIHtcbiAgLyoqIEEgZmlsZSBwYXRoLCB0aGUgbW9kdWxlIGJ5dGVzLCBvciBhIGNvbXBpbGVkIG1vZHVsZS4gKi9cbiAgbW9kdWxlOiBzdHJpbmcgfCBVaW50OEFycmF5IHwgV2ViQXNzZW1ibHkuTW9kdWxlO1xuICBwbHVnaW5Db25maWd1cmF0aW9uPzogb2JqZWN0IHwgc3RyaW5nIHwgVWludDhBcnJheTtcbiAgdm1Db25maWd1cmF0aW9uPzogc3RyaW5nIHwgVWludDhBcnJheTtcbiAgcm9vdElkPzogc3RyaW5nO1xuICB2bUlkPzogc3RyaW5nO1xuICBuYW1lPzogc3RyaW5nO1xuICBwcm9wZXJ0aWVzPzogUHJvcGVydHlJbnB1dDtcbiAgbG9nTGV2ZWw/OiBMb2dMZXZlbE5hbWU7XG4gIC8qKiBXQVNJIGVudmlyb25tZW50IHZhcmlhYmxlcyAoRW52b3k6IHZtX2NvbmZpZy5lbnZpcm9ubWVudF92YXJpYWJsZXMpLiAqL1xuICBlbnZpcm9ubWVudD86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBSZXNvbHZlIHdpdGggdm0uY29uZmlndXJlZCA9PT0gZmFsc2UgaW5zdGVhZCBvZiByZWplY3Rpbmcgd2l0aCBDb25maWd1cmVFcnJvci4gKi9cbiAgYWxsb3dDb25maWd1cmVGYWlsdXJlPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDYWxsb3V0UmVzcG9uc2Uge1xuICBoZWFkZXJzPzogSGVhZGVyc0lucHV0O1xuICBib2R5Pzogc3RyaW5nIHwgVWludDhBcnJheTtcbiAgdHJhaWxlcnM/OiBIZWFkZXJzSW5wdXQ7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGVuZGluZ0NhbGxvdXQge1xuICB0b2tlbjogbnVtYmVyO1xuICBjbHVzdGVyOiBzdHJpbmc7XG4gIGhlYWRlcnM6IEhlYWRlclBhaXJzO1xuICBib2R5OiBVaW50OEFycmF5O1xuICB0cmFpbGVyczogSGVhZGVyUGFpcnM7XG4gIHRpbWVvdXRNczogbnVtYmVyO1xuICAvKiogRGVsaXZlcnMgYSByZXNwb25zZSAoXCI6c3RhdHVzXCIgZGVmYXVsdHMgdG8gMjAwIHdoZW4gYWJzZW50KS4gKi9cbiAgcmVzcG9uZChyZXNwb25zZTogQ2FsbG91dFJlc3BvbnNlKTogdm9pZDtcbiAgLyoqIEZhaWxzIHRoZSBjYWxsIGFzIGEgcmVzZXQgd291bGQ6IEVudm95IGNhbGxzIGJhY2sgd2l0aCBubyBoZWFkZXJzLCBib2R5IG9yIHRyYWlsZXJzLiAqL1xuICBmYWlsKCk6IHZvaWQ7XG59XG5cbmludGVyZmFjZSBDYWxsb3V0IGV4dGVuZHMgUGVuZGluZ0NhbGxvdXQge1xuICBkZWFkbGluZTogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBzZXE6IG51bWJlcjtcbn1cblxuaW50ZXJmYWNlIEZyYW1lIHtcbiAgY29udGV4dElkOiBudW1iZXI7XG4gIGJ1ZmZlcnM6IE1hcDxudW1iZXIsIEJ1ZmZlckFjY2Vzcz47XG4gIHN0YXR1cz86IHsgY29kZTogbnVtYmVyOyBtZXNzYWdlOiBzdHJpbmcgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBCdWZmZXJBY2Nlc3Mge1xuICBnZXQoKTogVWludDhBcnJheTtcbiAgc2V0PyhieXRlczogVWludDhBcnJheSk6IHZvaWQ7XG59XG5cbnR5cGUgQ29udGV4dEVudHJ5ID0geyBraW5kOiAncm9vdCcgfSB8IHsga2luZDogJ2h0dHAnOyBzbG90OiBGaWx0ZXJTbG90IH07XG5cbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcbmNvbnN0IExPR19LRUVQID0gMjA7XG5cbmZ1bmN0aW9uIHRvQnl0ZXModmFsdWU6IHN0cmluZyB8IFVpbnQ4QXJyYXkgfCBvYmplY3QgfCB1bmRlZmluZWQsIHdoYXQ6IHN0cmluZyk6IFVpbnQ4QXJyYXkge1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIG5ldyBVaW50OEFycmF5KDApO1xuICBpZiAodmFsdWUgaW5zdGFuY2VvZiBVaW50OEFycmF5KSByZXR1cm4gdmFsdWU7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gZW5jb2Rlci5lbmNvZGUodmFsdWUpO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCkgcmV0dXJuIGVuY29kZXIuZW5jb2RlKEpTT04uc3RyaW5naWZ5KHZhbHVlKSk7XG4gIHRocm93IG5ldyBUeXBlRXJyb3IoYCR7d2hhdH0gbXVzdCBiZSBhIHN0cmluZywgYSBVaW50OEFycmF5IG9yIGEgSlNPTi1zZXJpYWxpemFibGUgb2JqZWN0YCk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGNvbXBpbGUobW9kdWxlOiBWbU9wdGlvbnNbJ21vZHVsZSddKTogUHJvbWlzZTxXZWJBc3NlbWJseS5Nb2R1bGU+IHtcbiAgaWYgKG1vZHVsZSBpbnN0YW5jZW9mIFdlYkFzc2VtYmx5Lk1vZHVsZSkgcmV0dXJuIG1vZHVsZTtcbiAgbGV0IGJ5dGVzOiBVaW50OEFycmF5O1xuICBpZiAodHlwZW9mIG1vZHVsZSA9PT0gJ3N0cmluZycpIHtcbiAgICB0cnkge1xuICAgICAgYnl0ZXMgPSBhd2FpdCByZWFkRmlsZShtb2R1bGUpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRocm93IG5ldyBNb2R1bGVMb2FkRXJyb3IoYGNhbm5vdCByZWFkIG1vZHVsZSAke21vZHVsZX06ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCk7XG4gICAgfVxuICB9IGVsc2UgaWYgKG1vZHVsZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHtcbiAgICBieXRlcyA9IG1vZHVsZTtcbiAgfSBlbHNlIHtcbiAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdtb2R1bGUgbXVzdCBiZSBhIGZpbGUgcGF0aCwgYSBVaW50OEFycmF5IG9yIGEgV2ViQXNzZW1ibHkuTW9kdWxlJyk7XG4gIH1cbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgV2ViQXNzZW1ibHkuY29tcGlsZShieXRlcyBhcyBVaW50OEFycmF5PEFycmF5QnVmZmVyPik7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGAke3R5cGVvZiBtb2R1bGUgPT09ICdzdHJpbmcnID8gbW9kdWxlIDogJ21vZHVsZSBieXRlcyd9IGlzIG5vdCBhIHZhbGlkIFdhc20gbW9kdWxlOiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfWApO1xuICB9XG59XG5cbmV4cG9ydCBjbGFzcyBWbSBpbXBsZW1lbnRzIFF1ZXVlT3duZXIge1xuICByZWFkb25seSB2bUlkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJvb3RJZDogc3RyaW5nO1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxvZ3M6IExvZ0xpbmVbXSA9IFtdO1xuICByZWFkb25seSBtZW1vcnkgPSBuZXcgR3Vlc3RNZW1vcnkoKTtcbiAgcmVhZG9ubHkgbWV0cmljSWRzOiBWbU1ldHJpY3M7XG4gIHJlYWRvbmx5IHByb3BlcnRpZXM6IFByb3BlcnR5SW5wdXQ7XG4gIHJlYWRvbmx5IHJvb3RDb250ZXh0SWQgPSAxO1xuICByZWFkb25seSBsb2dMZXZlbEluZGV4OiBudW1iZXI7XG4gIGNvbmZpZ3VyZWQgPSBmYWxzZTtcbiAgLyoqIFNldCB3aGVuIHRoZSBtb2R1bGUgdHJhcHBlZCB1bmRlciBvblRyYXA6ICdmYWlsLWNsb3NlZCc7IGV2ZXJ5IGxhdGVyIHN0cmVhbSBnZXRzIGEgNTAzLiAqL1xuICBmYWlsZWQgPSBmYWxzZTtcbiAgYWJpVmVyc2lvbiA9ICcnO1xuXG4gIHByaXZhdGUgZXhwb3J0cyE6IFdlYkFzc2VtYmx5LkV4cG9ydHM7XG4gIHByaXZhdGUgcmVhZG9ubHkgY29udGV4dHMgPSBuZXcgTWFwPG51bWJlciwgQ29udGV4dEVudHJ5PigpO1xuICBwcml2YXRlIG5leHRDb250ZXh0SWQgPSAyO1xuICBwcml2YXRlIGZyYW1lczogRnJhbWVbXSA9IFtdO1xuICBwcml2YXRlIGVmZmVjdGl2ZUNvbnRleHRJZCA9IDA7XG4gIHByaXZhdGUgbmV4dEl0ZXJhdGlvblN0b3BwZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSBhZnRlckNhbGw6ICgoKSA9PiB2b2lkKVtdID0gW107XG4gIHByaXZhdGUgY2FsbG91dHMgPSBuZXcgTWFwPG51bWJlciwgQ2FsbG91dD4oKTtcbiAgcHJpdmF0ZSBuZXh0Q2FsbG91dFRva2VuID0gMTtcbiAgcHJpdmF0ZSB0aWNrUGVyaW9kTXMgPSAwO1xuICBwcml2YXRlIG5leHRUaWNrQXQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBwZW5kaW5nUm9vdERvbmUgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB2bUNvbmZpZ3VyYXRpb246IFVpbnQ4QXJyYXk7XG4gIHByaXZhdGUgcmVhZG9ubHkgcGx1Z2luQ29uZmlndXJhdGlvbjogVWludDhBcnJheTtcbiAgcHJpdmF0ZSByZWFkb25seSBlbnZpcm9ubWVudDogW3N0cmluZywgc3RyaW5nXVtdO1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3IocmVhZG9ubHkgaG9zdDogSG9zdCwgb3B0aW9uczogVm1PcHRpb25zKSB7XG4gICAgdGhpcy52bUlkID0gb3B0aW9ucy52bUlkID8/ICcnO1xuICAgIHRoaXMucm9vdElkID0gb3B0aW9ucy5yb290SWQgPz8gJyc7XG4gICAgdGhpcy5uYW1lID0gb3B0aW9ucy5uYW1lID8/IHRoaXMucm9vdElkO1xuICAgIHRoaXMucHJvcGVydGllcyA9IHZhbGlkYXRlUHJvcGVydGllcyhvcHRpb25zLnByb3BlcnRpZXMsICdwcm9wZXJ0aWVzJyk7XG4gICAgY29uc3QgbGV2ZWwgPSBvcHRpb25zLmxvZ0xldmVsID8/ICd0cmFjZSc7XG4gICAgdGhpcy5sb2dMZXZlbEluZGV4ID0gTE9HX0xFVkVMUy5pbmRleE9mKGxldmVsKTtcbiAgICBpZiAodGhpcy5sb2dMZXZlbEluZGV4IDwgMCkgdGhyb3cgbmV3IFR5cGVFcnJvcihgbG9nTGV2ZWwgbXVzdCBiZSBvbmUgb2YgJHtMT0dfTEVWRUxTLmpvaW4oJywgJyl9YCk7XG4gICAgdGhpcy5tZXRyaWNJZHMgPSBuZXcgVm1NZXRyaWNzKGhvc3QubWV0cmljU3RvcmUpO1xuICAgIHRoaXMudm1Db25maWd1cmF0aW9uID0gdG9CeXRlcyhvcHRpb25zLnZtQ29uZmlndXJhdGlvbiwgJ3ZtQ29uZmlndXJhdGlvbicpO1xuICAgIHRoaXMucGx1Z2luQ29uZmlndXJhdGlvbiA9IHRvQnl0ZXMob3B0aW9ucy5wbHVnaW5Db25maWd1cmF0aW9uLCAncGx1Z2luQ29uZmlndXJhdGlvbicpO1xuICAgIHRoaXMuZW52aXJvbm1lbnQgPSBPYmplY3QuZW50cmllcyhvcHRpb25zLmVudmlyb25tZW50ID8/IHt9KTtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgVXNlIGhvc3Quc3RhcnRWbS4gKi9cbiAgc3RhdGljIGFzeW5jIHN0YXJ0KGhvc3Q6IEhvc3QsIG9wdGlvbnM6IFZtT3B0aW9ucyk6IFByb21pc2U8Vm0+IHtcbiAgICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHRocm93IG5ldyBUeXBlRXJyb3IoJ3N0YXJ0Vm0gbmVlZHMgYW4gb3B0aW9ucyBvYmplY3Qgd2l0aCBhIG1vZHVsZScpO1xuICAgIGNvbnN0IHZtID0gbmV3IFZtKGhvc3QsIG9wdGlvbnMpO1xuICAgIGNvbnN0IG1vZHVsZSA9IGF3YWl0IGNvbXBpbGUob3B0aW9ucy5tb2R1bGUpO1xuICAgIHZtLmluc3RhbnRpYXRlKG1vZHVsZSk7XG4gICAgdm0uYm9vdChvcHRpb25zLmFsbG93Q29uZmlndXJlRmFpbHVyZSA9PT0gdHJ1ZSk7XG4gICAgcmV0dXJuIHZtO1xuICB9XG5cbiAgcHJpdmF0ZSBpbnN0YW50aWF0ZShtb2R1bGU6IFdlYkFzc2VtYmx5Lk1vZHVsZSk6IHZvaWQge1xuICAgIGNvbnN0IGV4cG9ydE5hbWVzID0gbmV3IFNldChXZWJBc3NlbWJseS5Nb2R1bGUuZXhwb3J0cyhtb2R1bGUpLm1hcCgoZSkgPT4gZS5uYW1lKSk7XG4gICAgY29uc3QgdmVyc2lvbiA9IFsncHJveHlfYWJpX3ZlcnNpb25fMF8yXzEnLCAncHJveHlfYWJpX3ZlcnNpb25fMF8yXzAnXS5maW5kKCh2KSA9PiBleHBvcnROYW1lcy5oYXModikpO1xuICAgIGlmICghdmVyc2lvbikge1xuICAgICAgY29uc3Qgb2xkID0gZXhwb3J0TmFtZXMuaGFzKCdwcm94eV9hYmlfdmVyc2lvbl8wXzFfMCcpID8gJyAoaXQgdGFyZ2V0cyBBQkkgMC4xLjAsIHdoaWNoIGhvc3Qtc2ltIGRvZXMgbm90IHJ1biknIDogJyc7XG4gICAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGBtb2R1bGUgZXhwb3J0cyBubyBwcm94eV9hYmlfdmVyc2lvbl8wXzJfMSBvciBwcm94eV9hYmlfdmVyc2lvbl8wXzJfMCBmdW5jdGlvbiR7b2xkfWApO1xuICAgIH1cbiAgICB0aGlzLmFiaVZlcnNpb24gPSB2ZXJzaW9uLnNsaWNlKCdwcm94eV9hYmlfdmVyc2lvbl8nLmxlbmd0aCkucmVwbGFjZSgvXy9nLCAnLicpO1xuICAgIGNvbnN0IGVudiA9IHByb3h5SW1wb3J0cyh0aGlzKTtcbiAgICBjb25zdCB3YXNpID0gd2FzaUltcG9ydHMoe1xuICAgICAgbWVtb3J5OiB0aGlzLm1lbW9yeSxcbiAgICAgIGxvZzogKGxldmVsLCBtZXNzYWdlKSA9PiB0aGlzLmxvZyhsZXZlbCwgbWVzc2FnZSksXG4gICAgICByZWFsdGltZU5zOiAoKSA9PiB0aGlzLmhvc3QucmVhbHRpbWVOcygpLFxuICAgICAgbW9ub3RvbmljTnM6ICgpID0+IHRoaXMuaG9zdC5tb25vdG9uaWNOcygpLFxuICAgICAgZW52OiB0aGlzLmVudmlyb25tZW50LFxuICAgIH0pO1xuICAgIGNvbnN0IGltcG9ydHM6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9IHt9O1xuICAgIGZvciAoY29uc3QgaW1wIG9mIFdlYkFzc2VtYmx5Lk1vZHVsZS5pbXBvcnRzKG1vZHVsZSkpIHtcbiAgICAgIGlmIChpbXAua2luZCAhPT0gJ2Z1bmN0aW9uJykge1xuICAgICAgICB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKGBtb2R1bGUgaW1wb3J0cyAke2ltcC5raW5kfSAke2ltcC5tb2R1bGV9LiR7aW1wLm5hbWV9OyBFbnZveSBwcm92aWRlcyBvbmx5IGZ1bmN0aW9uc2ApO1xuICAgICAgfVxuICAgICAgY29uc3QgdGFibGUgPSBpbXAubW9kdWxlID09PSAnZW52JyA/IGVudiA6IGltcC5tb2R1bGUgPT09ICd3YXNpX3NuYXBzaG90X3ByZXZpZXcxJyB8fCBpbXAubW9kdWxlID09PSAnd2FzaV91bnN0YWJsZScgPyB3YXNpIDogdW5kZWZpbmVkO1xuICAgICAgY29uc3QgaW1wbCA9IHRhYmxlPy5baW1wLm5hbWVdO1xuICAgICAgY29uc3QgbGFiZWwgPSBpbXAubW9kdWxlID09PSAnZW52JyA/IGltcC5uYW1lIDogYCR7aW1wLm1vZHVsZX0uJHtpbXAubmFtZX1gO1xuICAgICAgKGltcG9ydHNbaW1wLm1vZHVsZV0gPz89IHt9KVtpbXAubmFtZV0gPSBpbXBsID8/ICgoKSA9PiB7XG4gICAgICAgIHRocm93IG5ldyBVbmltcGxlbWVudGVkSG9zdENhbGxFcnJvcihsYWJlbCk7XG4gICAgICB9KTtcbiAgICB9XG4gICAgY29uc3QgaW5zdGFuY2UgPSBuZXcgV2ViQXNzZW1ibHkuSW5zdGFuY2UobW9kdWxlLCBpbXBvcnRzIGFzIFdlYkFzc2VtYmx5LkltcG9ydHMpO1xuICAgIHRoaXMuZXhwb3J0cyA9IGluc3RhbmNlLmV4cG9ydHM7XG4gICAgY29uc3QgbWVtb3J5ID0gdGhpcy5leHBvcnRzLm1lbW9yeTtcbiAgICBpZiAoIShtZW1vcnkgaW5zdGFuY2VvZiBXZWJBc3NlbWJseS5NZW1vcnkpKSB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKCdtb2R1bGUgZG9lcyBub3QgZXhwb3J0IGl0cyBtZW1vcnkgYXMgXCJtZW1vcnlcIicpO1xuICAgIGNvbnN0IG1hbGxvYyA9ICh0aGlzLmV4cG9ydHMubWFsbG9jID8/IHRoaXMuZXhwb3J0cy5wcm94eV9vbl9tZW1vcnlfYWxsb2NhdGUpIGFzICgobjogbnVtYmVyKSA9PiBudW1iZXIpIHwgdW5kZWZpbmVkO1xuICAgIGlmICh0eXBlb2YgbWFsbG9jICE9PSAnZnVuY3Rpb24nKSB0aHJvdyBuZXcgTW9kdWxlTG9hZEVycm9yKCdtb2R1bGUgZXhwb3J0cyBuZWl0aGVyIG1hbGxvYyBub3IgcHJveHlfb25fbWVtb3J5X2FsbG9jYXRlJyk7XG4gICAgdGhpcy5tZW1vcnkuYXR0YWNoKG1lbW9yeSwgKG4pID0+IG1hbGxvYyhuKSk7XG4gIH1cblxuICBwcml2YXRlIGJvb3QoYWxsb3dDb25maWd1cmVGYWlsdXJlOiBib29sZWFuKTogdm9pZCB7XG4gICAgY29uc3QgaW5pdCA9ICh0aGlzLmV4cG9ydHMuX2luaXRpYWxpemUgPz8gdGhpcy5leHBvcnRzLl9zdGFydCkgYXMgKCgpID0+IHZvaWQpIHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IGJvb3RGcmFtZSA9IChidWZmZXJzOiBNYXA8bnVtYmVyLCBCdWZmZXJBY2Nlc3M+ID0gbmV3IE1hcCgpKTogRnJhbWUgPT4gKHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnMgfSk7XG4gICAgaWYgKHR5cGVvZiBpbml0ID09PSAnZnVuY3Rpb24nKSB0aGlzLmludm9rZShpbml0ID09PSB0aGlzLmV4cG9ydHMuX2luaXRpYWxpemUgPyAnX2luaXRpYWxpemUnIDogJ19zdGFydCcsIGJvb3RGcmFtZSgpLCAoKSA9PiBpbml0KCksICd0aHJvdycpO1xuICAgIHRoaXMuY29udGV4dHMuc2V0KHRoaXMucm9vdENvbnRleHRJZCwgeyBraW5kOiAncm9vdCcgfSk7XG4gICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbnRleHRfY3JlYXRlJywgYm9vdEZyYW1lKCksICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCB0aGlzLnJvb3RDb250ZXh0SWQsIDApLCAndGhyb3cnKTtcbiAgICBjb25zdCB2bUNvbmZpZyA9IHRoaXMudm1Db25maWd1cmF0aW9uO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSB0aGlzLmludm9rZSgncHJveHlfb25fdm1fc3RhcnQnLCBib290RnJhbWUobmV3IE1hcChbW0J1ZmZlclR5cGUuVm1Db25maWd1cmF0aW9uLCB7IGdldDogKCkgPT4gdm1Db25maWcgfV1dKSksXG4gICAgICAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX3ZtX3N0YXJ0JywgdGhpcy5yb290Q29udGV4dElkLCB2bUNvbmZpZy5sZW5ndGgpLCAndGhyb3cnKTtcbiAgICBpZiAoIXN0YXJ0ZWQpIHtcbiAgICAgIGlmIChhbGxvd0NvbmZpZ3VyZUZhaWx1cmUpIHJldHVybjtcbiAgICAgIHRocm93IG5ldyBDb25maWd1cmVFcnJvcigncHJveHlfb25fdm1fc3RhcnQnLCB0aGlzLmxvZ3Muc2xpY2UoLUxPR19LRUVQKSk7XG4gICAgfVxuICAgIGNvbnN0IHBsdWdpbkNvbmZpZyA9IHRoaXMucGx1Z2luQ29uZmlndXJhdGlvbjtcbiAgICBjb25zdCBjb25maWd1cmVkID0gdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbmZpZ3VyZScsIGJvb3RGcmFtZShuZXcgTWFwKFtbQnVmZmVyVHlwZS5QbHVnaW5Db25maWd1cmF0aW9uLCB7IGdldDogKCkgPT4gcGx1Z2luQ29uZmlnIH1dXSkpLFxuICAgICAgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9jb25maWd1cmUnLCB0aGlzLnJvb3RDb250ZXh0SWQsIHBsdWdpbkNvbmZpZy5sZW5ndGgpLCAndGhyb3cnKTtcbiAgICBpZiAoIWNvbmZpZ3VyZWQpIHtcbiAgICAgIGlmIChhbGxvd0NvbmZpZ3VyZUZhaWx1cmUpIHJldHVybjtcbiAgICAgIHRocm93IG5ldyBDb25maWd1cmVFcnJvcigncHJveHlfb25fY29uZmlndXJlJywgdGhpcy5sb2dzLnNsaWNlKC1MT0dfS0VFUCkpO1xuICAgIH1cbiAgICB0aGlzLmNvbmZpZ3VyZWQgPSB0cnVlO1xuICB9XG5cbiAgLyoqIENhbGxzIGFuIGV4cG9ydCBpZiB0aGUgbW9kdWxlIGhhcyBpdDsgYSBtaXNzaW5nIGNhbGxiYWNrIGJlaGF2ZXMgYXMgRW52b3kncyBkZWZhdWx0LiAqL1xuICBwcml2YXRlIGNhbGwobmFtZTogc3RyaW5nLCAuLi5hcmdzOiAobnVtYmVyIHwgYmlnaW50KVtdKTogbnVtYmVyIHtcbiAgICBjb25zdCBmbiA9IHRoaXMuZXhwb3J0c1tuYW1lXTtcbiAgICBpZiAodHlwZW9mIGZuICE9PSAnZnVuY3Rpb24nKSByZXR1cm4gbmFtZSA9PT0gJ3Byb3h5X29uX3ZtX3N0YXJ0JyB8fCBuYW1lID09PSAncHJveHlfb25fY29uZmlndXJlJyB8fCBuYW1lID09PSAncHJveHlfb25fZG9uZScgPyAxIDogMDtcbiAgICBjb25zdCByZXN1bHQgPSAoZm4gYXMgKC4uLmE6IChudW1iZXIgfCBiaWdpbnQpW10pID0+IHVua25vd24pKC4uLmFyZ3MpO1xuICAgIHJldHVybiB0eXBlb2YgcmVzdWx0ID09PSAnbnVtYmVyJyA/IHJlc3VsdCA6IHR5cGVvZiByZXN1bHQgPT09ICdiaWdpbnQnID8gTnVtYmVyKHJlc3VsdCkgOiAwO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCBDYWxscyBhIGNvbnRleHQgY2FsbGJhY2sgYnkgbmFtZSAodXNlZCBieSBzdHJlYW1zKS4gKi9cbiAgY2FsbENvbnRleHQobmFtZTogc3RyaW5nLCAuLi5hcmdzOiBudW1iZXJbXSk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbChuYW1lLCAuLi5hcmdzKTtcbiAgfVxuXG4gIGhhc0V4cG9ydChuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdHlwZW9mIHRoaXMuZXhwb3J0c1tuYW1lXSA9PT0gJ2Z1bmN0aW9uJztcbiAgfVxuXG4gIC8qKlxuICAgKiBSdW5zIG9uZSBndWVzdCBlbnRyeSBwb2ludC4gQSB0cmFwIGJlY29tZXMgTW9kdWxlVHJhcEVycm9yLCBvciB1bmRlclxuICAgKiBmYWlsLWNsb3NlZCBtYXJrcyB0aGUgVk0gZmFpbGVkIGFuZCByZXR1cm5zIHVuZGVmaW5lZC4gSG9zdCBlcnJvcnMgKGFuXG4gICAqIHVuaW1wbGVtZW50ZWQgaW1wb3J0LCBhIG1pc3VzZSkgcHJvcGFnYXRlIHVuY2hhbmdlZC5cbiAgICovXG4gIGludm9rZTxUPihjYWxsYmFjazogc3RyaW5nLCBmcmFtZTogRnJhbWUsIGZuOiAoKSA9PiBULCBvblRyYXA6ICd0aHJvdycgfCAnaG9zdCcgPSAnaG9zdCcpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBvdXRlcm1vc3QgPSB0aGlzLmZyYW1lcy5sZW5ndGggPT09IDA7XG4gICAgdGhpcy5mcmFtZXMucHVzaChmcmFtZSk7XG4gICAgaWYgKG91dGVybW9zdCkge1xuICAgICAgdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgPSAwO1xuICAgICAgdGhpcy5uZXh0SXRlcmF0aW9uU3RvcHBlZCA9IGZhbHNlO1xuICAgIH1cbiAgICBsZXQgcmVzdWx0OiBUIHwgdW5kZWZpbmVkO1xuICAgIHRyeSB7XG4gICAgICByZXN1bHQgPSBmbigpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRoaXMuZnJhbWVzLnBvcCgpO1xuICAgICAgaWYgKG91dGVybW9zdCkgdGhpcy5hZnRlckNhbGwgPSBbXTtcbiAgICAgIGlmIChlIGluc3RhbmNlb2YgSG9zdEVycm9yKSB0aHJvdyBlO1xuICAgICAgY29uc3QgdHJhcCA9IGUgaW5zdGFuY2VvZiBFcnJvciA/IGUubWVzc2FnZSA6IFN0cmluZyhlKTtcbiAgICAgIGNvbnN0IGVycm9yID0gbmV3IE1vZHVsZVRyYXBFcnJvcihjYWxsYmFjaywgdHJhcCwgdGhpcy5sb2dzLnNsaWNlKC1MT0dfS0VFUCksIHsgY2F1c2U6IGUgfSk7XG4gICAgICBpZiAob25UcmFwID09PSAndGhyb3cnIHx8IHRoaXMuaG9zdC5vblRyYXAgPT09ICd0aHJvdycpIHRocm93IGVycm9yO1xuICAgICAgdGhpcy5mYWlsZWQgPSB0cnVlO1xuICAgICAgdGhpcy5sb2coJ2NyaXRpY2FsJywgYGhvc3Qtc2ltOiBWTSBmYWlsZWQgKGZhaWwtY2xvc2VkKTogJHtlcnJvci5tZXNzYWdlLnNwbGl0KCdcXG4nKVswXX1gKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHRoaXMuZnJhbWVzLnBvcCgpO1xuICAgIGlmIChvdXRlcm1vc3QpIHtcbiAgICAgIHRoaXMuZWZmZWN0aXZlQ29udGV4dElkID0gMDtcbiAgICAgIGNvbnN0IGFjdGlvbnMgPSB0aGlzLmFmdGVyQ2FsbDtcbiAgICAgIHRoaXMuYWZ0ZXJDYWxsID0gW107XG4gICAgICBmb3IgKGNvbnN0IGFjdGlvbiBvZiBhY3Rpb25zKSBhY3Rpb24oKTtcbiAgICAgIHRoaXMuaG9zdC5mbHVzaERlZmVycmVkKCk7XG4gICAgfVxuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICAvKiogV2hldGhlciB0aGUgZ3Vlc3QgYXNrZWQgdG8gc3RvcCBpdGVyYXRpb24gKGEgbG9jYWwgcmVwbHkpIGR1cmluZyB0aGUgY3VycmVudCBvdXRlcm1vc3QgY2FsbC4gKi9cbiAgZ2V0IGl0ZXJhdGlvblN0b3BwZWQoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMubmV4dEl0ZXJhdGlvblN0b3BwZWQ7XG4gIH1cblxuICBzdG9wTmV4dEl0ZXJhdGlvbigpOiB2b2lkIHtcbiAgICB0aGlzLm5leHRJdGVyYXRpb25TdG9wcGVkID0gdHJ1ZTtcbiAgfVxuXG4gIC8qKiBRdWV1ZXMgd29yayBFbnZveSBydW5zIGFmdGVyIHRoZSBWTSBjYWxsIHJldHVybnMgKGxvY2FsIHJlcGxpZXMsIGNvbnRpbnVlcykuICovXG4gIGRlZmVyKGFjdGlvbjogKCkgPT4gdm9pZCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmZyYW1lcy5sZW5ndGggPT09IDApIGFjdGlvbigpO1xuICAgIGVsc2UgdGhpcy5hZnRlckNhbGwucHVzaChhY3Rpb24pO1xuICB9XG5cbiAgLy8gLS0tLSBjb250ZXh0IGJvb2trZWVwaW5nIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICAvKiogQGludGVybmFsIENyZWF0ZXMgYSBzdHJlYW0gY29udGV4dCAocHJveHlfb25fY29udGV4dF9jcmVhdGUoY3R4LCByb290KSkuICovXG4gIGNyZWF0ZUh0dHBDb250ZXh0KHNsb3Q6IEZpbHRlclNsb3QpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IGlkID0gdGhpcy5uZXh0Q29udGV4dElkKys7XG4gICAgdGhpcy5jb250ZXh0cy5zZXQoaWQsIHsga2luZDogJ2h0dHAnLCBzbG90IH0pO1xuICAgIGNvbnN0IG9rID0gdGhpcy5pbnZva2UoJ3Byb3h5X29uX2NvbnRleHRfY3JlYXRlJywgeyBjb250ZXh0SWQ6IGlkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fY29udGV4dF9jcmVhdGUnLCBpZCwgdGhpcy5yb290Q29udGV4dElkKSk7XG4gICAgcmV0dXJuIG9rID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBpZDtcbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgKi9cbiAgZHJvcENvbnRleHQoaWQ6IG51bWJlcik6IHZvaWQge1xuICAgIHRoaXMuY29udGV4dHMuZGVsZXRlKGlkKTtcbiAgfVxuXG4gIHJlc29sdmVDb250ZXh0KCk6IHsgaWQ6IG51bWJlcjsgc2xvdD86IEZpbHRlclNsb3QgfSB7XG4gICAgY29uc3QgZnJhbWUgPSB0aGlzLmZyYW1lc1t0aGlzLmZyYW1lcy5sZW5ndGggLSAxXTtcbiAgICBsZXQgaWQgPSBmcmFtZT8uY29udGV4dElkID8/IHRoaXMucm9vdENvbnRleHRJZDtcbiAgICBpZiAodGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgIT09IDAgJiYgdGhpcy5jb250ZXh0cy5oYXModGhpcy5lZmZlY3RpdmVDb250ZXh0SWQpKSBpZCA9IHRoaXMuZWZmZWN0aXZlQ29udGV4dElkO1xuICAgIGNvbnN0IGVudHJ5ID0gdGhpcy5jb250ZXh0cy5nZXQoaWQpO1xuICAgIHJldHVybiBlbnRyeT8ua2luZCA9PT0gJ2h0dHAnID8geyBpZCwgc2xvdDogZW50cnkuc2xvdCB9IDogeyBpZCB9O1xuICB9XG5cbiAgcmVzb2x2ZVJvb3RDb250ZXh0SWQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5yb290Q29udGV4dElkO1xuICB9XG5cbiAgc2V0RWZmZWN0aXZlQ29udGV4dChpZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBpZiAoIXRoaXMuY29udGV4dHMuaGFzKGlkKSkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgdGhpcy5lZmZlY3RpdmVDb250ZXh0SWQgPSBpZDtcbiAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgfVxuXG4gIGN1cnJlbnRTdGF0dXMoKTogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9IHtcbiAgICBmb3IgKGxldCBpID0gdGhpcy5mcmFtZXMubGVuZ3RoIC0gMTsgaSA+PSAwOyBpLS0pIHtcbiAgICAgIGNvbnN0IHMgPSB0aGlzLmZyYW1lc1tpXSEuc3RhdHVzO1xuICAgICAgaWYgKHMpIHJldHVybiBzO1xuICAgIH1cbiAgICByZXR1cm4geyBjb2RlOiBXYXNtUmVzdWx0Lk9rLCBtZXNzYWdlOiAnJyB9O1xuICB9XG5cbiAgYnVmZmVyKHR5cGU6IG51bWJlcik6IEJ1ZmZlckFjY2VzcyB8IHVuZGVmaW5lZCB7XG4gICAgZm9yIChsZXQgaSA9IHRoaXMuZnJhbWVzLmxlbmd0aCAtIDE7IGkgPj0gMDsgaS0tKSB7XG4gICAgICBjb25zdCBiID0gdGhpcy5mcmFtZXNbaV0hLmJ1ZmZlcnMuZ2V0KHR5cGUpO1xuICAgICAgaWYgKGIpIHJldHVybiBiO1xuICAgIH1cbiAgICBjb25zdCBzbG90ID0gdGhpcy5yZXNvbHZlQ29udGV4dCgpLnNsb3Q7XG4gICAgcmV0dXJuIHNsb3Q/LmJvZHlCdWZmZXIodHlwZSk7XG4gIH1cblxuICBwcm9wZXJ0eVNjb3BlKCk6IFByb3BlcnR5U2NvcGUge1xuICAgIGNvbnN0IHNsb3QgPSB0aGlzLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICBjb25zdCB2bTogUHJvcGVydHlJbnB1dCA9IHtcbiAgICAgIHBsdWdpbl9uYW1lOiB0aGlzLm5hbWUsXG4gICAgICBwbHVnaW5fcm9vdF9pZDogdGhpcy5yb290SWQsXG4gICAgICBwbHVnaW5fdm1faWQ6IHRoaXMudm1JZCxcbiAgICAgIC4uLnRoaXMucHJvcGVydGllcyxcbiAgICB9O1xuICAgIGlmICghc2xvdCkgcmV0dXJuIHsgdm0gfTtcbiAgICByZXR1cm4ge1xuICAgICAgdm0sXG4gICAgICBzdHJlYW06IHNsb3Quc3RyZWFtLnByb3BlcnRpZXMsXG4gICAgICByZXF1ZXN0SGVhZGVyczogc2xvdC5zdHJlYW0ucmVxdWVzdEhlYWRlck1hcCxcbiAgICAgIHJlc3BvbnNlSGVhZGVyczogc2xvdC5zdHJlYW0ucmVzcG9uc2VIZWFkZXJNYXAsXG4gICAgICBmaWx0ZXJTdGF0ZTogc2xvdC5zdHJlYW0uZmlsdGVyU3RhdGUsXG4gICAgfTtcbiAgfVxuXG4gIC8vIC0tLS0gbG9nZ2luZyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgbG9nKGxldmVsOiBMb2dMZXZlbE5hbWUsIG1lc3NhZ2U6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMubG9ncy5wdXNoKHsgbGV2ZWwsIG1lc3NhZ2UsIGNvbnRleHRJZDogdGhpcy5yZXNvbHZlQ29udGV4dCgpLmlkIH0pO1xuICB9XG5cbiAgLy8gLS0tLSB0aWNrcyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBzZXRUaWNrUGVyaW9kKHBlcmlvZE1zOiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLnRpY2tQZXJpb2RNcyA9IHBlcmlvZE1zO1xuICAgIHRoaXMubmV4dFRpY2tBdCA9IHBlcmlvZE1zID09PSAwID8gdW5kZWZpbmVkIDogdGhpcy5ob3N0Lm5vd01zICsgcGVyaW9kTXM7XG4gIH1cblxuICAvKiogQGludGVybmFsIFRoZSB2aXJ0dWFsIHRpbWUgb2YgdGhpcyBWTSdzIG5leHQgZXZlbnQsIGZvciB0aGUgaG9zdCdzIGNsb2NrLiAqL1xuICBuZXh0RXZlbnQoKTogeyBhdDogbnVtYmVyOyBzZXE6IG51bWJlcjsgZmlyZTogKCkgPT4gdm9pZCB9IHwgdW5kZWZpbmVkIHtcbiAgICBsZXQgYmVzdDogeyBhdDogbnVtYmVyOyBzZXE6IG51bWJlcjsgZmlyZTogKCkgPT4gdm9pZCB9IHwgdW5kZWZpbmVkO1xuICAgIGlmICh0aGlzLm5leHRUaWNrQXQgIT09IHVuZGVmaW5lZCkgYmVzdCA9IHsgYXQ6IHRoaXMubmV4dFRpY2tBdCwgc2VxOiAwLCBmaXJlOiAoKSA9PiB0aGlzLmZpcmVUaWNrKCkgfTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgdGhpcy5jYWxsb3V0cy52YWx1ZXMoKSkge1xuICAgICAgaWYgKGMuZGVhZGxpbmUgPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgICBpZiAoIWJlc3QgfHwgYy5kZWFkbGluZSA8IGJlc3QuYXQgfHwgKGMuZGVhZGxpbmUgPT09IGJlc3QuYXQgJiYgYmVzdC5zZXEgIT09IDAgJiYgYy5zZXEgPCBiZXN0LnNlcSkpIHtcbiAgICAgICAgYmVzdCA9IHsgYXQ6IGMuZGVhZGxpbmUsIHNlcTogYy5zZXEsIGZpcmU6ICgpID0+IHRoaXMudGltZU91dChjKSB9O1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gYmVzdDtcbiAgfVxuXG4gIHByaXZhdGUgZmlyZVRpY2soKTogdm9pZCB7XG4gICAgdGhpcy5uZXh0VGlja0F0ID0gdGhpcy5ob3N0Lm5vd01zICsgdGhpcy50aWNrUGVyaW9kTXM7XG4gICAgaWYgKHRoaXMuZmFpbGVkKSByZXR1cm47XG4gICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX3RpY2snLCB7IGNvbnRleHRJZDogdGhpcy5yb290Q29udGV4dElkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fdGljaycsIHRoaXMucm9vdENvbnRleHRJZCkpO1xuICB9XG5cbiAgLy8gLS0tLSBzaGFyZWQgcXVldWVzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBub3RpZnlRdWV1ZVJlYWR5KHJvb3RDb250ZXh0SWQ6IG51bWJlciwgdG9rZW46IG51bWJlcik6IHZvaWQge1xuICAgIGlmICh0aGlzLmZhaWxlZCkgcmV0dXJuO1xuICAgIHRoaXMuaW52b2tlKCdwcm94eV9vbl9xdWV1ZV9yZWFkeScsIHsgY29udGV4dElkOiByb290Q29udGV4dElkLCBidWZmZXJzOiBuZXcgTWFwKCkgfSxcbiAgICAgICgpID0+IHRoaXMuY2FsbCgncHJveHlfb25fcXVldWVfcmVhZHknLCByb290Q29udGV4dElkLCB0b2tlbikpO1xuICB9XG5cbiAgLy8gLS0tLSBIVFRQIGNhbGxvdXRzIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBkaXNwYXRjaEh0dHBDYWxsKGNsdXN0ZXI6IHN0cmluZywgaGVhZGVyczogSGVhZGVyUGFpcnMsIGJvZHk6IFVpbnQ4QXJyYXksIHRyYWlsZXJzOiBIZWFkZXJQYWlycywgdGltZW91dE1zOiBudW1iZXIpOiB7IHJlc3VsdDogbnVtYmVyOyB0b2tlbj86IG51bWJlciB9IHtcbiAgICBpZiAodGltZW91dE1zIDwgMCkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50IH07XG4gICAgaWYgKCF0aGlzLmhvc3QuaGFzQ2x1c3RlcihjbHVzdGVyKSkgcmV0dXJuIHsgcmVzdWx0OiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50IH07XG4gICAgY29uc3QgbmFtZXMgPSBuZXcgU2V0KGhlYWRlcnMubWFwKChba10pID0+IGsudG9Mb3dlckNhc2UoKSkpO1xuICAgIC8vIEVudm95IHJlZnVzZXMgYSBjYWxsb3V0IHdpdGhvdXQgdGhlIHBzZXVkby1oZWFkZXJzIGl0cyBjb2RlYyBuZWVkcy5cbiAgICBpZiAoIW5hbWVzLmhhcygnOnBhdGgnKSB8fCAhbmFtZXMuaGFzKCc6bWV0aG9kJykgfHwgIW5hbWVzLmhhcygnOmF1dGhvcml0eScpKSByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuQmFkQXJndW1lbnQgfTtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMubmV4dENhbGxvdXRUb2tlbisrO1xuICAgIGNvbnN0IGNhbGxvdXQ6IENhbGxvdXQgPSB7XG4gICAgICB0b2tlbiwgY2x1c3RlciwgaGVhZGVycywgYm9keSwgdHJhaWxlcnMsIHRpbWVvdXRNcyxcbiAgICAgIC8vIEVudm95J3MgdGltZW91dCAwIG1lYW5zIFwibm8gdGltZW91dFwiLlxuICAgICAgZGVhZGxpbmU6IHRpbWVvdXRNcyA9PT0gMCA/IHVuZGVmaW5lZCA6IHRoaXMuaG9zdC5ub3dNcyArIHRpbWVvdXRNcyxcbiAgICAgIHNlcTogdGhpcy5ob3N0Lm5leHRTZXEoKSxcbiAgICAgIHJlc3BvbmQ6IChyZXNwb25zZSkgPT4gdGhpcy5jb21wbGV0ZUNhbGxvdXQoY2FsbG91dCwgcmVzcG9uc2UpLFxuICAgICAgZmFpbDogKCkgPT4gdGhpcy5mYWlsQ2FsbG91dChjYWxsb3V0KSxcbiAgICB9O1xuICAgIHRoaXMuY2FsbG91dHMuc2V0KHRva2VuLCBjYWxsb3V0KTtcbiAgICByZXR1cm4geyByZXN1bHQ6IFdhc21SZXN1bHQuT2ssIHRva2VuIH07XG4gIH1cblxuICBwZW5kaW5nQ2FsbG91dHMoKTogUGVuZGluZ0NhbGxvdXRbXSB7XG4gICAgcmV0dXJuIFsuLi50aGlzLmNhbGxvdXRzLnZhbHVlcygpXS5tYXAoKHsgdG9rZW4sIGNsdXN0ZXIsIGhlYWRlcnMsIGJvZHksIHRyYWlsZXJzLCB0aW1lb3V0TXMsIHJlc3BvbmQsIGZhaWwgfSkgPT5cbiAgICAgICh7IHRva2VuLCBjbHVzdGVyLCBoZWFkZXJzLCBib2R5LCB0cmFpbGVycywgdGltZW91dE1zLCByZXNwb25kLCBmYWlsIH0pKTtcbiAgfVxuXG4gIHByaXZhdGUgdGFrZUNhbGxvdXQoY2FsbG91dDogQ2FsbG91dCk6IHZvaWQge1xuICAgIGlmICh0aGlzLmNhbGxvdXRzLmdldChjYWxsb3V0LnRva2VuKSAhPT0gY2FsbG91dCkge1xuICAgICAgdGhyb3cgbmV3IEhvc3RFcnJvcihgY2FsbG91dCAke2NhbGxvdXQudG9rZW59IHRvICR7Y2FsbG91dC5jbHVzdGVyfSB3YXMgYWxyZWFkeSBhbnN3ZXJlZCwgZmFpbGVkIG9yIHRpbWVkIG91dGApO1xuICAgIH1cbiAgICB0aGlzLmNhbGxvdXRzLmRlbGV0ZShjYWxsb3V0LnRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgY29tcGxldGVDYWxsb3V0KGNhbGxvdXQ6IENhbGxvdXQsIHJlc3BvbnNlOiBDYWxsb3V0UmVzcG9uc2UpOiB2b2lkIHtcbiAgICBpZiAodHlwZW9mIHJlc3BvbnNlICE9PSAnb2JqZWN0JyB8fCByZXNwb25zZSA9PT0gbnVsbCkgdGhyb3cgbmV3IFR5cGVFcnJvcigncmVzcG9uZCgpIG5lZWRzIHsgaGVhZGVycywgYm9keT8sIHRyYWlsZXJzPyB9Jyk7XG4gICAgdGhpcy50YWtlQ2FsbG91dChjYWxsb3V0KTtcbiAgICBjb25zdCBoZWFkZXJzID0gbmV3IEhlYWRlck1hcChub3JtYWxpemVIZWFkZXJzKHJlc3BvbnNlLmhlYWRlcnMsICdjYWxsb3V0IHJlc3BvbnNlIGhlYWRlcnMnKSk7XG4gICAgaWYgKGhlYWRlcnMuZ2V0KCc6c3RhdHVzJykgPT09IHVuZGVmaW5lZCkgaGVhZGVycy5hZGQoJzpzdGF0dXMnLCAnMjAwJyk7XG4gICAgY29uc3QgYm9keSA9IHR5cGVvZiByZXNwb25zZS5ib2R5ID09PSAnc3RyaW5nJyA/IGVuY29kZXIuZW5jb2RlKHJlc3BvbnNlLmJvZHkpIDogcmVzcG9uc2UuYm9keSA/PyBuZXcgVWludDhBcnJheSgwKTtcbiAgICBjb25zdCB0cmFpbGVycyA9IG5ldyBIZWFkZXJNYXAobm9ybWFsaXplSGVhZGVycyhyZXNwb25zZS50cmFpbGVycywgJ2NhbGxvdXQgcmVzcG9uc2UgdHJhaWxlcnMnKSk7XG4gICAgdGhpcy5kZWxpdmVyQ2FsbG91dFJlc3BvbnNlKGNhbGxvdXQudG9rZW4sIGhlYWRlcnMsIGJvZHksIHRyYWlsZXJzLCB7IGNvZGU6IFdhc21SZXN1bHQuT2ssIG1lc3NhZ2U6ICcnIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBmYWlsQ2FsbG91dChjYWxsb3V0OiBDYWxsb3V0KTogdm9pZCB7XG4gICAgdGhpcy50YWtlQ2FsbG91dChjYWxsb3V0KTtcbiAgICB0aGlzLmRlbGl2ZXJDYWxsb3V0UmVzcG9uc2UoY2FsbG91dC50b2tlbiwgdW5kZWZpbmVkLCB1bmRlZmluZWQsIHVuZGVmaW5lZCwgeyBjb2RlOiBXYXNtUmVzdWx0LkJyb2tlbkNvbm5lY3Rpb24sIG1lc3NhZ2U6ICdyZXNldCcgfSk7XG4gIH1cblxuICAvKiogRW52b3kncyByb3V0ZXIgYW5zd2VycyBhIHRpbWVkLW91dCBhc3luYyByZXF1ZXN0IHdpdGggaXRzIG93biA1MDQuICovXG4gIHByaXZhdGUgdGltZU91dChjYWxsb3V0OiBDYWxsb3V0KTogdm9pZCB7XG4gICAgdGhpcy50YWtlQ2FsbG91dChjYWxsb3V0KTtcbiAgICBjb25zdCBib2R5ID0gZW5jb2Rlci5lbmNvZGUoJ3Vwc3RyZWFtIHJlcXVlc3QgdGltZW91dCcpO1xuICAgIGNvbnN0IGhlYWRlcnMgPSBuZXcgSGVhZGVyTWFwKFtbJzpzdGF0dXMnLCAnNTA0J10sIFsnY29udGVudC1sZW5ndGgnLCBTdHJpbmcoYm9keS5sZW5ndGgpXSwgWydjb250ZW50LXR5cGUnLCAndGV4dC9wbGFpbiddXSk7XG4gICAgdGhpcy5kZWxpdmVyQ2FsbG91dFJlc3BvbnNlKGNhbGxvdXQudG9rZW4sIGhlYWRlcnMsIGJvZHksIG5ldyBIZWFkZXJNYXAoKSwgeyBjb2RlOiBXYXNtUmVzdWx0Lk9rLCBtZXNzYWdlOiAnJyB9KTtcbiAgfVxuXG4gIHByaXZhdGUgZGVsaXZlckNhbGxvdXRSZXNwb25zZSh0b2tlbjogbnVtYmVyLCBoZWFkZXJzOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQsIGJvZHk6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQsIHRyYWlsZXJzOiBIZWFkZXJNYXAgfCB1bmRlZmluZWQsIHN0YXR1czogeyBjb2RlOiBudW1iZXI7IG1lc3NhZ2U6IHN0cmluZyB9KTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZmFpbGVkKSByZXR1cm47XG4gICAgY29uc3QgYnVmZmVycyA9IG5ldyBNYXA8bnVtYmVyLCBCdWZmZXJBY2Nlc3M+KCk7XG4gICAgaWYgKGJvZHkpIGJ1ZmZlcnMuc2V0KEJ1ZmZlclR5cGUuSHR0cENhbGxSZXNwb25zZUJvZHksIHsgZ2V0OiAoKSA9PiBib2R5IH0pO1xuICAgIGNvbnN0IGZyYW1lOiBGcmFtZSAmIHsgY2FsbG91dEhlYWRlcnM/OiBIZWFkZXJNYXA7IGNhbGxvdXRUcmFpbGVycz86IEhlYWRlck1hcCB9ID0geyBjb250ZXh0SWQ6IHRoaXMucm9vdENvbnRleHRJZCwgYnVmZmVycywgc3RhdHVzIH07XG4gICAgdGhpcy5jYWxsb3V0TWFwcyA9IHsgaGVhZGVycywgdHJhaWxlcnMgfTtcbiAgICB0cnkge1xuICAgICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX2h0dHBfY2FsbF9yZXNwb25zZScsIGZyYW1lLCAoKSA9PlxuICAgICAgICB0aGlzLmNhbGwoJ3Byb3h5X29uX2h0dHBfY2FsbF9yZXNwb25zZScsIHRoaXMucm9vdENvbnRleHRJZCwgdG9rZW4sIGhlYWRlcnM/LmNvdW50ID8/IDAsIGJvZHk/Lmxlbmd0aCA/PyAwLCB0cmFpbGVycz8uY291bnQgPz8gMCkpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICB0aGlzLmNhbGxvdXRNYXBzID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgY2FsbG91dE1hcHM6IHsgaGVhZGVycz86IEhlYWRlck1hcDsgdHJhaWxlcnM/OiBIZWFkZXJNYXAgfSB8IHVuZGVmaW5lZDtcblxuICAvKiogSGVhZGVyIG1hcHMgdGhhdCBiZWxvbmcgdG8gdGhlIFZNIHJhdGhlciB0aGFuIGEgc3RyZWFtIChjYWxsb3V0IHJlc3BvbnNlcykuICovXG4gIHZtSGVhZGVyTWFwKHR5cGU6IG51bWJlcik6IEhlYWRlck1hcCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHR5cGUgPT09IEhlYWRlck1hcFR5cGUuSHR0cENhbGxSZXNwb25zZUhlYWRlcnMpIHJldHVybiB0aGlzLmNhbGxvdXRNYXBzPy5oZWFkZXJzO1xuICAgIGlmICh0eXBlID09PSBIZWFkZXJNYXBUeXBlLkh0dHBDYWxsUmVzcG9uc2VUcmFpbGVycykgcmV0dXJuIHRoaXMuY2FsbG91dE1hcHM/LnRyYWlsZXJzO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cblxuICAvLyAtLS0tIHNodXRkb3duIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIC8qKlxuICAgKiBTdG9wcyB0aGUgVk0gYXMgRW52b3kgZG9lcyBvbiBjb25maWcgcmVtb3ZhbDogcHJveHlfb25fZG9uZSBvbiB0aGUgcm9vdFxuICAgKiBjb250ZXh0LCB0aGVuIHByb3h5X29uX2RlbGV0ZSwgdW5sZXNzIG9uX2RvbmUgcmV0dXJuZWQgZmFsc2UsIGluIHdoaWNoIGNhc2VcbiAgICogZGVsZXRpb24gd2FpdHMgZm9yIHRoZSBwbHVnaW4gdG8gY2FsbCBwcm94eV9kb25lLlxuICAgKi9cbiAgc2h1dGRvd24oKTogdm9pZCB7XG4gICAgY29uc3QgZnJhbWUgPSB7IGNvbnRleHRJZDogdGhpcy5yb290Q29udGV4dElkLCBidWZmZXJzOiBuZXcgTWFwKCkgfTtcbiAgICBjb25zdCBkb25lID0gdGhpcy5pbnZva2UoJ3Byb3h5X29uX2RvbmUnLCBmcmFtZSwgKCkgPT4gdGhpcy5jYWxsKCdwcm94eV9vbl9kb25lJywgdGhpcy5yb290Q29udGV4dElkKSk7XG4gICAgaWYgKGRvbmUgPT09IDApIHtcbiAgICAgIHRoaXMucGVuZGluZ1Jvb3REb25lID0gdHJ1ZTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgdGhpcy5kZWxldGVSb290KCk7XG4gIH1cblxuICBwcml2YXRlIGRlbGV0ZVJvb3QoKTogdm9pZCB7XG4gICAgdGhpcy5pbnZva2UoJ3Byb3h5X29uX2RlbGV0ZScsIHsgY29udGV4dElkOiB0aGlzLnJvb3RDb250ZXh0SWQsIGJ1ZmZlcnM6IG5ldyBNYXAoKSB9LCAoKSA9PiB0aGlzLmNhbGwoJ3Byb3h5X29uX2RlbGV0ZScsIHRoaXMucm9vdENvbnRleHRJZCkpO1xuICAgIHRoaXMuY29udGV4dHMuZGVsZXRlKHRoaXMucm9vdENvbnRleHRJZCk7XG4gICAgdGhpcy50aWNrUGVyaW9kTXMgPSAwO1xuICAgIHRoaXMubmV4dFRpY2tBdCA9IHVuZGVmaW5lZDtcbiAgfVxuXG4gIGRvbmUoKTogbnVtYmVyIHtcbiAgICBpZiAoIXRoaXMucGVuZGluZ1Jvb3REb25lKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICB0aGlzLnBlbmRpbmdSb290RG9uZSA9IGZhbHNlO1xuICAgIHRoaXMuZGVmZXIoKCkgPT4gdGhpcy5kZWxldGVSb290KCkpO1xuICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICB9XG5cbiAgLy8gLS0tLSB0ZXN0IGFjY2Vzc29ycyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuICBuZXdIdHRwU3RyZWFtKG9wdGlvbnM/OiB7IHByb3BlcnRpZXM/OiBQcm9wZXJ0eUlucHV0IH0pIHtcbiAgICByZXR1cm4gdGhpcy5ob3N0Lm5ld0h0dHBTdHJlYW0oW3RoaXNdLCBvcHRpb25zKTtcbiAgfVxuXG4gIG1lbW9yeVBhZ2VzKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMubWVtb3J5LnBhZ2VzO1xuICB9XG5cbiAgY291bnRlcihuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY0lkcy52YWx1ZShuYW1lKTtcbiAgfVxuXG4gIG1ldHJpYyhuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY0lkcy52YWx1ZShuYW1lKTtcbiAgfVxuXG4gIGhpc3RvZ3JhbShuYW1lOiBzdHJpbmcpOiBudW1iZXJbXSB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljSWRzLnNhbXBsZXMobmFtZSk7XG4gIH1cblxuICBtZXRyaWNzKCk6IFJlY29yZDxzdHJpbmcsIE1ldHJpY1ZhbHVlPiB7XG4gICAgcmV0dXJuIHRoaXMubWV0cmljSWRzLmFsbCgpO1xuICB9XG59XG4iLCAiLy8gVGhlIGVudi5wcm94eV8qIGZ1bmN0aW9ucyBvZiBBQkkgMC4yLjEsIGVhY2ggYmVoYXZpbmcgYXMgcHJveHktd2FzbS1jcHAtaG9zdCdzXG4vLyBleHBvcnRzLmNjIHBsdXMgRW52b3kncyBDb250ZXh0IGRvLiBUaGV5IHJlc29sdmUgdGhlIGNhbGxpbmcgY29udGV4dCAob3IgdGhlXG4vLyBlZmZlY3RpdmUgb25lKSB0aHJvdWdoIHRoZSBWbSBhbmQgYWN0IG9uIHRoZSBzdHJlYW0gc2xvdCBpdCBiZWxvbmdzIHRvLlxuaW1wb3J0IHtcbiAgQlVGRkVSX1RZUEVfTUFYLCBCdWZmZXJUeXBlLCBIRUFERVJfTUFQX1RZUEVfTUFYLCBIZWFkZXJNYXBUeXBlLCBMT0dfTEVWRUxTLCBTVFJFQU1fVFlQRV9NQVgsIFdhc21SZXN1bHQsXG59IGZyb20gJy4vYWJpLnRzJztcbmltcG9ydCB7IGRlY29kZVBhaXJzLCBlbmNvZGVQYWlycyB9IGZyb20gJy4vcGFpcnMudHMnO1xuaW1wb3J0IHsgcmVzb2x2ZVByb3BlcnR5IH0gZnJvbSAnLi9wcm9wZXJ0aWVzLnRzJztcbmltcG9ydCB0eXBlIHsgVm0gfSBmcm9tICcuL3ZtLnRzJztcblxudHlwZSBGbiA9ICguLi5hcmdzOiBuZXZlcltdKSA9PiB1bmtub3duO1xuXG5leHBvcnQgZnVuY3Rpb24gcHJveHlJbXBvcnRzKHZtOiBWbSk6IFJlY29yZDxzdHJpbmcsIEZuPiB7XG4gIGNvbnN0IG0gPSB2bS5tZW1vcnk7XG4gIGNvbnN0IHN0ciA9IChwdHI6IG51bWJlciwgbGVuOiBudW1iZXIpID0+IG0ucmVhZFN0cmluZyhwdHIsIGxlbik7XG5cbiAgY29uc3QgaGVhZGVyTWFwID0gKHR5cGU6IG51bWJlcikgPT5cbiAgICB0eXBlID49IEhlYWRlck1hcFR5cGUuSHR0cENhbGxSZXNwb25zZUhlYWRlcnMgPyB2bS52bUhlYWRlck1hcCh0eXBlKSA6IHZtLnJlc29sdmVDb250ZXh0KCkuc2xvdD8uaGVhZGVyTWFwKHR5cGUpO1xuXG4gIGNvbnN0IGNhbGxzOiBSZWNvcmQ8c3RyaW5nLCAoLi4uYXJnczogYW55W10pID0+IHVua25vd24+ID0ge1xuICAgIHByb3h5X2xvZyhsZXZlbDogbnVtYmVyLCBwdHI6IG51bWJlciwgc2l6ZTogbnVtYmVyKSB7XG4gICAgICBpZiAobGV2ZWwgPCAwIHx8IGxldmVsID49IExPR19MRVZFTFMubGVuZ3RoKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IG1lc3NhZ2UgPSBzdHIocHRyLCBzaXplKTtcbiAgICAgIGlmIChtZXNzYWdlID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICB2bS5sb2coTE9HX0xFVkVMU1tsZXZlbF0hLCBtZXNzYWdlKTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X2xvZ19sZXZlbChwdHI6IG51bWJlcikge1xuICAgICAgcmV0dXJuIG0ud3JpdGVVMzIocHRyLCB2bS5sb2dMZXZlbEluZGV4KSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfY3VycmVudF90aW1lX25hbm9zZWNvbmRzKHB0cjogbnVtYmVyKSB7XG4gICAgICByZXR1cm4gbS53cml0ZVU2NChwdHIsIHZtLmhvc3QucmVhbHRpbWVOcygpKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfdGlja19wZXJpb2RfbWlsbGlzZWNvbmRzKHBlcmlvZDogbnVtYmVyKSB7XG4gICAgICB2bS5zZXRUaWNrUGVyaW9kKHBlcmlvZCA+Pj4gMCk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dldF9zdGF0dXMoY29kZVB0cjogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCBzdGF0dXMgPSB2bS5jdXJyZW50U3RhdHVzKCk7XG4gICAgICBpZiAoIW0ud3JpdGVVMzIoY29kZVB0ciwgc3RhdHVzLmNvZGUpKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgcmV0dXJuIG0uY29weVRvUG9pbnRlclNpemUobmV3IFRleHRFbmNvZGVyKCkuZW5jb2RlKHN0YXR1cy5tZXNzYWdlKSwgcHRyUHRyLCBzaXplUHRyKVxuICAgICAgICA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfZWZmZWN0aXZlX2NvbnRleHQoY29udGV4dElkOiBudW1iZXIpIHtcbiAgICAgIHJldHVybiB2bS5zZXRFZmZlY3RpdmVDb250ZXh0KGNvbnRleHRJZCA+Pj4gMCk7XG4gICAgfSxcbiAgICBwcm94eV9kb25lKCkge1xuICAgICAgcmV0dXJuIHZtLmRvbmUoKTtcbiAgICB9LFxuICAgIHByb3h5X2NhbGxfZm9yZWlnbl9mdW5jdGlvbihuYW1lUHRyOiBudW1iZXIsIG5hbWVTaXplOiBudW1iZXIsIGFyZ1B0cjogbnVtYmVyLCBhcmdTaXplOiBudW1iZXIpIHtcbiAgICAgIC8vIEVudm95IG9ubHkga25vd3MgdGhlIGZvcmVpZ24gZnVuY3Rpb25zIGl0cyBidWlsZCByZWdpc3RlcnM7IGhvc3Qtc2ltIHJlZ2lzdGVycyBub25lLlxuICAgICAgaWYgKHN0cihuYW1lUHRyLCBuYW1lU2l6ZSkgPT09IHVuZGVmaW5lZCB8fCBtLnJlYWQoYXJnUHRyLCBhcmdTaXplKSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgfSxcblxuICAgIC8vIFByb3BlcnRpZXMuXG4gICAgcHJveHlfZ2V0X3Byb3BlcnR5KHBhdGhQdHI6IG51bWJlciwgcGF0aFNpemU6IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcikge1xuICAgICAgY29uc3QgcGF0aCA9IHN0cihwYXRoUHRyLCBwYXRoU2l6ZSk7XG4gICAgICBpZiAocGF0aCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgdmFsdWUgPSByZXNvbHZlUHJvcGVydHkocGF0aCwgdm0ucHJvcGVydHlTY29wZSgpKTtcbiAgICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKHZhbHVlLCBwdHJQdHIsIHNpemVQdHIpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9wcm9wZXJ0eShrZXlQdHI6IG51bWJlciwga2V5U2l6ZTogbnVtYmVyLCB2YWx1ZVB0cjogbnVtYmVyLCB2YWx1ZVNpemU6IG51bWJlcikge1xuICAgICAgY29uc3Qga2V5ID0gc3RyKGtleVB0ciwga2V5U2l6ZSk7XG4gICAgICBjb25zdCB2YWx1ZSA9IG0ucmVhZCh2YWx1ZVB0ciwgdmFsdWVTaXplKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3Qgc2xvdCA9IHZtLnJlc29sdmVDb250ZXh0KCkuc2xvdDtcbiAgICAgIC8vIEZpbHRlciBzdGF0ZSBsaXZlcyBvbiBhIHN0cmVhbTsgYSByb290IGNvbnRleHQgaGFzIG5vbmUgdG8gd3JpdGUgdG8uXG4gICAgICBpZiAoIXNsb3QpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgc2xvdC5zdHJlYW0uZmlsdGVyU3RhdGUuc2V0KGtleSwgdmFsdWUpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcblxuICAgIC8vIEhlYWRlciBtYXBzLlxuICAgIHByb3h5X2FkZF9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBzdHIodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLmFkZChrZXksIHZhbHVlKTtcbiAgICAgIHJldHVybiBXYXNtUmVzdWx0Lk9rO1xuICAgIH0sXG4gICAgcHJveHlfZ2V0X2hlYWRlcl9tYXBfdmFsdWUodHlwZTogbnVtYmVyLCBrcDogbnVtYmVyLCBrczogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEhFQURFUl9NQVBfVFlQRV9NQVgpIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgY29uc3Qga2V5ID0gc3RyKGtwLCBrcyk7XG4gICAgICBpZiAoa2V5ID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCB2YWx1ZSA9IG1hcC5nZXQoa2V5KTtcbiAgICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZSh2YWx1ZSksIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfcmVwbGFjZV9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBzdHIodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLnJlcGxhY2Uoa2V5LCB2YWx1ZSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X3JlbW92ZV9oZWFkZXJfbWFwX3ZhbHVlKHR5cGU6IG51bWJlciwga3A6IG51bWJlciwga3M6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgbWFwID0gaGVhZGVyTWFwKHR5cGUpO1xuICAgICAgaWYgKCFtYXApIHJldHVybiBXYXNtUmVzdWx0LkJhZEFyZ3VtZW50O1xuICAgICAgbWFwLnJlbW92ZShrZXkpO1xuICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfaGVhZGVyX21hcF9wYWlycyh0eXBlOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gSEVBREVSX01BUF9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBtYXAgPSBoZWFkZXJNYXAodHlwZSk7XG4gICAgICBpZiAoIW1hcCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBwYWlycyA9IG1hcC5wYWlycygpO1xuICAgICAgY29uc3QgYnl0ZXMgPSBwYWlycy5sZW5ndGggPT09IDAgPyBuZXcgVWludDhBcnJheSgwKSA6IGVuY29kZVBhaXJzKHBhaXJzKTtcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKGJ5dGVzLCBwdHJQdHIsIHNpemVQdHIpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9oZWFkZXJfbWFwX3BhaXJzKHR5cGU6IG51bWJlciwgcHRyOiBudW1iZXIsIHNpemU6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGJ5dGVzID0gbS5yZWFkKHB0ciwgc2l6ZSk7XG4gICAgICBpZiAoYnl0ZXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIC8vIEVudm95J3MgdG9QYWlycyB0dXJucyBhIG1hbGZvcm1lZCBidWZmZXIgaW50byBhbiBlbXB0eSBtYXAuXG4gICAgICBtYXAuc2V0QWxsKGRlY29kZVBhaXJzKGJ5dGVzKSA/PyBbXSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2dldF9oZWFkZXJfbWFwX3NpemUodHlwZTogbnVtYmVyLCByZXN1bHRQdHI6IG51bWJlcikge1xuICAgICAgaWYgKHR5cGUgPCAwIHx8IHR5cGUgPiBIRUFERVJfTUFQX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IG1hcCA9IGhlYWRlck1hcCh0eXBlKTtcbiAgICAgIGlmICghbWFwKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKHJlc3VsdFB0ciwgbWFwLmJ5dGVTaXplKCkpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuXG4gICAgLy8gQnVmZmVycy5cbiAgICBwcm94eV9nZXRfYnVmZmVyX2J5dGVzKHR5cGU6IG51bWJlciwgc3RhcnQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIsIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gQlVGRkVSX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IGJ1ZmZlciA9IHZtLmJ1ZmZlcih0eXBlKTtcbiAgICAgIGlmICghYnVmZmVyKSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIGNvbnN0IHMgPSBzdGFydCA+Pj4gMDtcbiAgICAgIGxldCBsID0gbGVuZ3RoID4+PiAwO1xuICAgICAgaWYgKHMgKyBsID4gMHhmZmZmZmZmZikgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBieXRlcyA9IGJ1ZmZlci5nZXQoKTtcbiAgICAgIGlmIChzID4gYnl0ZXMubGVuZ3RoKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgaWYgKHMgKyBsID4gYnl0ZXMubGVuZ3RoKSBsID0gYnl0ZXMubGVuZ3RoIC0gcztcbiAgICAgIC8vIEVudm95IGxlYXZlcyB0aGUgb3V0LXBvaW50ZXJzIHVudG91Y2hlZCB3aGVuIHRoZXJlIGlzIG5vdGhpbmcgdG8gY29weS5cbiAgICAgIGlmIChsID09PSAwKSByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICAgIHJldHVybiBtLmNvcHlUb1BvaW50ZXJTaXplKGJ5dGVzLnN1YmFycmF5KHMsIHMgKyBsKSwgcHRyUHRyLCBzaXplUHRyKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9nZXRfYnVmZmVyX3N0YXR1cyh0eXBlOiBudW1iZXIsIGxlbmd0aFB0cjogbnVtYmVyLCBmbGFnc1B0cjogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEJVRkZFUl9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBidWZmZXIgPSB2bS5idWZmZXIodHlwZSk7XG4gICAgICBpZiAoIWJ1ZmZlcikgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihsZW5ndGhQdHIsIGJ1ZmZlci5nZXQoKS5sZW5ndGgpICYmIG0ud3JpdGVVMzIoZmxhZ3NQdHIsIDApID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X3NldF9idWZmZXJfYnl0ZXModHlwZTogbnVtYmVyLCBzdGFydDogbnVtYmVyLCBsZW5ndGg6IG51bWJlciwgZGF0YVB0cjogbnVtYmVyLCBkYXRhU2l6ZTogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IEJVRkZFUl9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBidWZmZXIgPSB2bS5idWZmZXIodHlwZSk7XG4gICAgICBpZiAoIWJ1ZmZlciB8fCAhYnVmZmVyLnNldCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICBjb25zdCBkYXRhID0gbS5yZWFkKGRhdGFQdHIsIGRhdGFTaXplKTtcbiAgICAgIGlmIChkYXRhID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCBjdXJyZW50ID0gYnVmZmVyLmdldCgpO1xuICAgICAgY29uc3QgcyA9IHN0YXJ0ID4+PiAwO1xuICAgICAgLy8gRW52b3kncyBCdWZmZXI6OmNvcHlGcm9tOiBzdGFydCAwIGRyYWlucyBgbGVuZ3RoYCBieXRlcyB0aGVuIHByZXBlbmRzO1xuICAgICAgLy8gc3RhcnQgYXQgb3IgcGFzdCB0aGUgZW5kIGFwcGVuZHM7IGFueXRoaW5nIGVsc2UgaXMgcmVmdXNlZC5cbiAgICAgIGlmIChzID09PSAwKSB7XG4gICAgICAgIGNvbnN0IGRyYWluZWQgPSBjdXJyZW50LnN1YmFycmF5KE1hdGgubWluKGxlbmd0aCA+Pj4gMCwgY3VycmVudC5sZW5ndGgpKTtcbiAgICAgICAgYnVmZmVyLnNldChjb25jYXQoZGF0YSwgZHJhaW5lZCkpO1xuICAgICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICAgIH1cbiAgICAgIGlmIChzID49IGN1cnJlbnQubGVuZ3RoKSB7XG4gICAgICAgIGJ1ZmZlci5zZXQoY29uY2F0KGN1cnJlbnQsIGRhdGEpKTtcbiAgICAgICAgcmV0dXJuIFdhc21SZXN1bHQuT2s7XG4gICAgICB9XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICB9LFxuXG4gICAgLy8gU3RyZWFtIGNvbnRyb2wuXG4gICAgcHJveHlfc2VuZF9sb2NhbF9yZXNwb25zZShzdGF0dXM6IG51bWJlciwgZGV0YWlsc1B0cjogbnVtYmVyLCBkZXRhaWxzU2l6ZTogbnVtYmVyLCBib2R5UHRyOiBudW1iZXIsIGJvZHlTaXplOiBudW1iZXIsIGhlYWRlcnNQdHI6IG51bWJlciwgaGVhZGVyc1NpemU6IG51bWJlciwgZ3JwY1N0YXR1czogbnVtYmVyKSB7XG4gICAgICBjb25zdCBkZXRhaWxzID0gc3RyKGRldGFpbHNQdHIsIGRldGFpbHNTaXplKTtcbiAgICAgIGNvbnN0IGJvZHkgPSBtLnJlYWQoYm9keVB0ciwgYm9keVNpemUpO1xuICAgICAgY29uc3QgaGVhZGVyQnl0ZXMgPSBtLnJlYWQoaGVhZGVyc1B0ciwgaGVhZGVyc1NpemUpO1xuICAgICAgaWYgKGRldGFpbHMgPT09IHVuZGVmaW5lZCB8fCBib2R5ID09PSB1bmRlZmluZWQgfHwgaGVhZGVyQnl0ZXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHZtLnN0b3BOZXh0SXRlcmF0aW9uKCk7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5PazsgLy8gRW52b3kgaWdub3JlcyBpdCB3aXRob3V0IGRlY29kZXIgY2FsbGJhY2tzIChyb290IGNvbnRleHQpLlxuICAgICAgc2xvdC5yZXF1ZXN0TG9jYWxSZXNwb25zZSh7XG4gICAgICAgIHN0YXR1czogc3RhdHVzID4+PiAwLFxuICAgICAgICBkZXRhaWxzOiBkZXRhaWxzLnJlcGxhY2UoL1xccy9nLCAnXycpLFxuICAgICAgICBib2R5LFxuICAgICAgICBoZWFkZXJzOiBkZWNvZGVQYWlycyhoZWFkZXJCeXRlcykgPz8gW10sXG4gICAgICAgIGdycGNTdGF0dXM6IGdycGNTdGF0dXMgfCAwLFxuICAgICAgfSk7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuICAgIHByb3h5X2NvbnRpbnVlX3N0cmVhbSh0eXBlOiBudW1iZXIpIHtcbiAgICAgIGlmICh0eXBlIDwgMCB8fCB0eXBlID4gU1RSRUFNX1RZUEVfTUFYKSByZXR1cm4gV2FzbVJlc3VsdC5CYWRBcmd1bWVudDtcbiAgICAgIGNvbnN0IHNsb3QgPSB2bS5yZXNvbHZlQ29udGV4dCgpLnNsb3Q7XG4gICAgICBpZiAoIXNsb3QpIHJldHVybiBXYXNtUmVzdWx0Lk5vdEZvdW5kO1xuICAgICAgcmV0dXJuIHNsb3QuY29udGludWVTdHJlYW0odHlwZSk7XG4gICAgfSxcbiAgICBwcm94eV9jbG9zZV9zdHJlYW0odHlwZTogbnVtYmVyKSB7XG4gICAgICBpZiAodHlwZSA8IDAgfHwgdHlwZSA+IFNUUkVBTV9UWVBFX01BWCkgcmV0dXJuIFdhc21SZXN1bHQuQmFkQXJndW1lbnQ7XG4gICAgICBjb25zdCBzbG90ID0gdm0ucmVzb2x2ZUNvbnRleHQoKS5zbG90O1xuICAgICAgaWYgKCFzbG90KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIHJldHVybiBzbG90LmNsb3NlU3RyZWFtKHR5cGUpO1xuICAgIH0sXG4gICAgcHJveHlfY2xlYXJfcm91dGVfY2FjaGUoKSB7XG4gICAgICByZXR1cm4gV2FzbVJlc3VsdC5PaztcbiAgICB9LFxuXG4gICAgLy8gU2hhcmVkIGRhdGEgYW5kIHF1ZXVlcy5cbiAgICBwcm94eV9nZXRfc2hhcmVkX2RhdGEoa3A6IG51bWJlciwga3M6IG51bWJlciwgcHRyUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlciwgY2FzUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgaWYgKGtleSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3QgZW50cnkgPSB2bS5ob3N0LnNoYXJlZERhdGEubG9va3VwKHZtLnZtSWQsIGtleSk7XG4gICAgICBpZiAoIWVudHJ5KSByZXR1cm4gV2FzbVJlc3VsdC5Ob3RGb3VuZDtcbiAgICAgIGlmICghbS5jb3B5VG9Qb2ludGVyU2l6ZShlbnRyeS52YWx1ZSwgcHRyUHRyLCBzaXplUHRyKSkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKGNhc1B0ciwgZW50cnkuY2FzKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9zZXRfc2hhcmVkX2RhdGEoa3A6IG51bWJlciwga3M6IG51bWJlciwgdnA6IG51bWJlciwgdnM6IG51bWJlciwgY2FzOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGtleSA9IHN0cihrcCwga3MpO1xuICAgICAgY29uc3QgdmFsdWUgPSBtLnJlYWQodnAsIHZzKTtcbiAgICAgIGlmIChrZXkgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgcmV0dXJuIHZtLmhvc3Quc2hhcmVkRGF0YS5zdG9yZSh2bS52bUlkLCBrZXksIHZhbHVlLCBjYXMgPj4+IDApO1xuICAgIH0sXG4gICAgcHJveHlfcmVnaXN0ZXJfc2hhcmVkX3F1ZXVlKG5wOiBudW1iZXIsIG5zOiBudW1iZXIsIHRva2VuUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IG5hbWUgPSBzdHIobnAsIG5zKTtcbiAgICAgIGlmIChuYW1lID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB0b2tlbiA9IHZtLmhvc3QucXVldWVzLnJlZ2lzdGVyKHZtLnZtSWQsIG5hbWUsIHZtLCB2bS5yZXNvbHZlUm9vdENvbnRleHRJZCgpKTtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKHRva2VuUHRyLCB0b2tlbikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG4gICAgcHJveHlfcmVzb2x2ZV9zaGFyZWRfcXVldWUodnA6IG51bWJlciwgdnM6IG51bWJlciwgbnA6IG51bWJlciwgbnM6IG51bWJlciwgdG9rZW5QdHI6IG51bWJlcikge1xuICAgICAgY29uc3Qgdm1JZCA9IHN0cih2cCwgdnMpO1xuICAgICAgY29uc3QgbmFtZSA9IHN0cihucCwgbnMpO1xuICAgICAgaWYgKHZtSWQgPT09IHVuZGVmaW5lZCB8fCBuYW1lID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB0b2tlbiA9IHZtLmhvc3QucXVldWVzLnJlc29sdmUodm1JZCwgbmFtZSk7XG4gICAgICBpZiAodG9rZW4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuTm90Rm91bmQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMih0b2tlblB0ciwgdG9rZW4pID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICAgIHByb3h5X2VucXVldWVfc2hhcmVkX3F1ZXVlKHRva2VuOiBudW1iZXIsIGRwOiBudW1iZXIsIGRzOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGRhdGEgPSBtLnJlYWQoZHAsIGRzKTtcbiAgICAgIGlmIChkYXRhID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgbm90aWZ5IH0gPSB2bS5ob3N0LnF1ZXVlcy5lbnF1ZXVlKHRva2VuID4+PiAwLCBkYXRhKTtcbiAgICAgIGlmIChub3RpZnkpIHZtLmhvc3QuZGVmZXIobm90aWZ5KTtcbiAgICAgIHJldHVybiByZXN1bHQ7XG4gICAgfSxcbiAgICBwcm94eV9kZXF1ZXVlX3NoYXJlZF9xdWV1ZSh0b2tlbjogbnVtYmVyLCBwdHJQdHI6IG51bWJlciwgc2l6ZVB0cjogbnVtYmVyKSB7XG4gICAgICBjb25zdCB7IHJlc3VsdCwgZGF0YSB9ID0gdm0uaG9zdC5xdWV1ZXMuZGVxdWV1ZSh0b2tlbiA+Pj4gMCk7XG4gICAgICBpZiAocmVzdWx0ICE9PSBXYXNtUmVzdWx0Lk9rKSByZXR1cm4gcmVzdWx0O1xuICAgICAgcmV0dXJuIG0uY29weVRvUG9pbnRlclNpemUoZGF0YSEsIHB0clB0ciwgc2l6ZVB0cikgPyBXYXNtUmVzdWx0Lk9rIDogV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgIH0sXG5cbiAgICAvLyBIVFRQIGNhbGxvdXRzLlxuICAgIHByb3h5X2h0dHBfY2FsbCh1cDogbnVtYmVyLCB1czogbnVtYmVyLCBocDogbnVtYmVyLCBoczogbnVtYmVyLCBicDogbnVtYmVyLCBiczogbnVtYmVyLCB0cDogbnVtYmVyLCB0czogbnVtYmVyLCB0aW1lb3V0OiBudW1iZXIsIHRva2VuUHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IGNsdXN0ZXIgPSBzdHIodXAsIHVzKTtcbiAgICAgIGNvbnN0IGhlYWRlckJ5dGVzID0gbS5yZWFkKGhwLCBocyk7XG4gICAgICBjb25zdCBib2R5ID0gbS5yZWFkKGJwLCBicyk7XG4gICAgICBjb25zdCB0cmFpbGVyQnl0ZXMgPSBtLnJlYWQodHAsIHRzKTtcbiAgICAgIGlmIChjbHVzdGVyID09PSB1bmRlZmluZWQgfHwgaGVhZGVyQnl0ZXMgPT09IHVuZGVmaW5lZCB8fCBib2R5ID09PSB1bmRlZmluZWQgfHwgdHJhaWxlckJ5dGVzID09PSB1bmRlZmluZWQpIHJldHVybiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgICBpZiAoIW0ud3JpdGVVMzIodG9rZW5QdHIsIDApKSByZXR1cm4gV2FzbVJlc3VsdC5JbnZhbGlkTWVtb3J5QWNjZXNzO1xuICAgICAgY29uc3Qgb3V0Y29tZSA9IHZtLmRpc3BhdGNoSHR0cENhbGwoY2x1c3RlciwgZGVjb2RlUGFpcnMoaGVhZGVyQnl0ZXMpID8/IFtdLCBib2R5LCBkZWNvZGVQYWlycyh0cmFpbGVyQnl0ZXMpID8/IFtdLCB0aW1lb3V0IHwgMCk7XG4gICAgICBpZiAob3V0Y29tZS50b2tlbiAhPT0gdW5kZWZpbmVkKSBtLndyaXRlVTMyKHRva2VuUHRyLCBvdXRjb21lLnRva2VuKTtcbiAgICAgIHJldHVybiBvdXRjb21lLnJlc3VsdDtcbiAgICB9LFxuXG4gICAgLy8gTWV0cmljcy5cbiAgICBwcm94eV9kZWZpbmVfbWV0cmljKHR5cGU6IG51bWJlciwgbnA6IG51bWJlciwgbnM6IG51bWJlciwgaWRQdHI6IG51bWJlcikge1xuICAgICAgY29uc3QgbmFtZSA9IHN0cihucCwgbnMpO1xuICAgICAgaWYgKG5hbWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICAgIGNvbnN0IHsgcmVzdWx0LCBpZCB9ID0gdm0ubWV0cmljSWRzLmRlZmluZSh0eXBlID4+PiAwLCBuYW1lKTtcbiAgICAgIGlmIChyZXN1bHQgIT09IFdhc21SZXN1bHQuT2spIHJldHVybiByZXN1bHQ7XG4gICAgICByZXR1cm4gbS53cml0ZVUzMihpZFB0ciwgaWQhKSA/IFdhc21SZXN1bHQuT2sgOiBXYXNtUmVzdWx0LkludmFsaWRNZW1vcnlBY2Nlc3M7XG4gICAgfSxcbiAgICBwcm94eV9pbmNyZW1lbnRfbWV0cmljKGlkOiBudW1iZXIsIG9mZnNldDogYmlnaW50KSB7XG4gICAgICByZXR1cm4gdm0ubWV0cmljSWRzLmluY3JlbWVudChpZCA+Pj4gMCwgQmlnSW50LmFzSW50Tig2NCwgb2Zmc2V0KSk7XG4gICAgfSxcbiAgICBwcm94eV9yZWNvcmRfbWV0cmljKGlkOiBudW1iZXIsIHZhbHVlOiBiaWdpbnQpIHtcbiAgICAgIHJldHVybiB2bS5tZXRyaWNJZHMucmVjb3JkKGlkID4+PiAwLCBCaWdJbnQuYXNVaW50Tig2NCwgdmFsdWUpKTtcbiAgICB9LFxuICAgIHByb3h5X2dldF9tZXRyaWMoaWQ6IG51bWJlciwgcmVzdWx0UHRyOiBudW1iZXIpIHtcbiAgICAgIGNvbnN0IHsgcmVzdWx0LCB2YWx1ZSB9ID0gdm0ubWV0cmljSWRzLmdldChpZCA+Pj4gMCk7XG4gICAgICBpZiAocmVzdWx0ICE9PSBXYXNtUmVzdWx0Lk9rKSByZXR1cm4gcmVzdWx0O1xuICAgICAgcmV0dXJuIG0ud3JpdGVVNjQocmVzdWx0UHRyLCB2YWx1ZSEpID8gV2FzbVJlc3VsdC5PayA6IFdhc21SZXN1bHQuSW52YWxpZE1lbW9yeUFjY2VzcztcbiAgICB9LFxuICB9O1xuICByZXR1cm4gY2FsbHMgYXMgUmVjb3JkPHN0cmluZywgRm4+O1xufVxuXG5mdW5jdGlvbiBjb25jYXQoYTogVWludDhBcnJheSwgYjogVWludDhBcnJheSk6IFVpbnQ4QXJyYXkge1xuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheShhLmxlbmd0aCArIGIubGVuZ3RoKTtcbiAgb3V0LnNldChhKTtcbiAgb3V0LnNldChiLCBhLmxlbmd0aCk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmV4cG9ydCB7IEJ1ZmZlclR5cGUgfTtcbiIsICIvLyBCb3VuZHMtY2hlY2tlZCBhY2Nlc3MgdG8gYSBndWVzdCdzIGxpbmVhciBtZW1vcnksIGFuZCBhbGxvY2F0aW9uIGluc2lkZSB0aGVcbi8vIGd1ZXN0IHRoZSB3YXkgcHJveHktd2FzbS1jcHAtaG9zdCBkb2VzIGl0IChtYWxsb2MgaWYgZXhwb3J0ZWQsIGVsc2Vcbi8vIHByb3h5X29uX21lbW9yeV9hbGxvY2F0ZSkuXG5cbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoJ3V0Zi04Jyk7XG5cbmV4cG9ydCBjbGFzcyBHdWVzdE1lbW9yeSB7XG4gIHByaXZhdGUgbWVtb3J5OiBXZWJBc3NlbWJseS5NZW1vcnkgfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgYWxsb2NhdG9yOiAoKHNpemU6IG51bWJlcikgPT4gbnVtYmVyKSB8IHVuZGVmaW5lZDtcblxuICBhdHRhY2gobWVtb3J5OiBXZWJBc3NlbWJseS5NZW1vcnksIGFsbG9jYXRvcjogKHNpemU6IG51bWJlcikgPT4gbnVtYmVyKTogdm9pZCB7XG4gICAgdGhpcy5tZW1vcnkgPSBtZW1vcnk7XG4gICAgdGhpcy5hbGxvY2F0b3IgPSBhbGxvY2F0b3I7XG4gIH1cblxuICBwcml2YXRlIHZpZXcoKTogVWludDhBcnJheSB7XG4gICAgaWYgKCF0aGlzLm1lbW9yeSkgdGhyb3cgbmV3IEVycm9yKCdndWVzdCBtZW1vcnkgdXNlZCBiZWZvcmUgdGhlIG1vZHVsZSB3YXMgaW5zdGFudGlhdGVkJyk7XG4gICAgcmV0dXJuIG5ldyBVaW50OEFycmF5KHRoaXMubWVtb3J5LmJ1ZmZlcik7XG4gIH1cblxuICBnZXQgcGFnZXMoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5tZW1vcnkgPyB0aGlzLm1lbW9yeS5idWZmZXIuYnl0ZUxlbmd0aCAvIDY1NTM2IDogMDtcbiAgfVxuXG4gIC8qKiBBIGNvcHkgb2YgW3B0ciwgcHRyK2xlbiksIG9yIHVuZGVmaW5lZCB3aGVuIG91dCBvZiBib3VuZHMuICovXG4gIHJlYWQocHRyOiBudW1iZXIsIGxlbjogbnVtYmVyKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcCA9IHB0ciA+Pj4gMDtcbiAgICBjb25zdCBsID0gbGVuID4+PiAwO1xuICAgIGNvbnN0IG1lbSA9IHRoaXMudmlldygpO1xuICAgIGlmIChwICsgbCA+IG1lbS5sZW5ndGgpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIG1lbS5zbGljZShwLCBwICsgbCk7XG4gIH1cblxuICByZWFkU3RyaW5nKHB0cjogbnVtYmVyLCBsZW46IG51bWJlcik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgYnl0ZXMgPSB0aGlzLnJlYWQocHRyLCBsZW4pO1xuICAgIHJldHVybiBieXRlcyAmJiBkZWNvZGVyLmRlY29kZShieXRlcyk7XG4gIH1cblxuICB3cml0ZShwdHI6IG51bWJlciwgYnl0ZXM6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgICBjb25zdCBwID0gcHRyID4+PiAwO1xuICAgIGNvbnN0IG1lbSA9IHRoaXMudmlldygpO1xuICAgIGlmIChwICsgYnl0ZXMubGVuZ3RoID4gbWVtLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICAgIG1lbS5zZXQoYnl0ZXMsIHApO1xuICAgIHJldHVybiB0cnVlO1xuICB9XG5cbiAgd3JpdGVVMzIocHRyOiBudW1iZXIsIHZhbHVlOiBudW1iZXIpOiBib29sZWFuIHtcbiAgICBjb25zdCBiID0gbmV3IFVpbnQ4QXJyYXkoNCk7XG4gICAgbmV3IERhdGFWaWV3KGIuYnVmZmVyKS5zZXRVaW50MzIoMCwgdmFsdWUgPj4+IDAsIHRydWUpO1xuICAgIHJldHVybiB0aGlzLndyaXRlKHB0ciwgYik7XG4gIH1cblxuICB3cml0ZVU2NChwdHI6IG51bWJlciwgdmFsdWU6IGJpZ2ludCk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IGIgPSBuZXcgVWludDhBcnJheSg4KTtcbiAgICBuZXcgRGF0YVZpZXcoYi5idWZmZXIpLnNldEJpZ1VpbnQ2NCgwLCBCaWdJbnQuYXNVaW50Tig2NCwgdmFsdWUpLCB0cnVlKTtcbiAgICByZXR1cm4gdGhpcy53cml0ZShwdHIsIGIpO1xuICB9XG5cbiAgcmVhZFUzMihwdHI6IG51bWJlcik6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgYiA9IHRoaXMucmVhZChwdHIsIDQpO1xuICAgIHJldHVybiBiICYmIG5ldyBEYXRhVmlldyhiLmJ1ZmZlcikuZ2V0VWludDMyKDAsIHRydWUpO1xuICB9XG5cbiAgLyoqIEFsbG9jYXRlcyBpbiB0aGUgZ3Vlc3QgYW5kIGNvcGllcyBieXRlcyB0aGVyZTsgdW5kZWZpbmVkIGlmIHRoZSBndWVzdCByZWZ1c2VkLiAqL1xuICBhbGxvY2F0ZShieXRlczogVWludDhBcnJheSk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKCF0aGlzLmFsbG9jYXRvcikgdGhyb3cgbmV3IEVycm9yKCdndWVzdCBhbGxvY2F0b3IgdXNlZCBiZWZvcmUgdGhlIG1vZHVsZSB3YXMgaW5zdGFudGlhdGVkJyk7XG4gICAgY29uc3QgcHRyID0gdGhpcy5hbGxvY2F0b3IoYnl0ZXMubGVuZ3RoKSA+Pj4gMDtcbiAgICBpZiAocHRyID09PSAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiB0aGlzLndyaXRlKHB0ciwgYnl0ZXMpID8gcHRyIDogdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqXG4gICAqIHByb3h5LXdhc20tY3BwLWhvc3QgY29weVRvUG9pbnRlclNpemU6IGFuIGVtcHR5IHZhbHVlIHdyaXRlcyBhIG51bGwgcG9pbnRlclxuICAgKiBhbmQgc2l6ZSAwIHdpdGhvdXQgY2FsbGluZyB0aGUgZ3Vlc3QgYWxsb2NhdG9yLlxuICAgKi9cbiAgY29weVRvUG9pbnRlclNpemUoYnl0ZXM6IFVpbnQ4QXJyYXksIHB0clB0cjogbnVtYmVyLCBzaXplUHRyOiBudW1iZXIpOiBib29sZWFuIHtcbiAgICBsZXQgcHRyID0gMDtcbiAgICBpZiAoYnl0ZXMubGVuZ3RoID4gMCkge1xuICAgICAgY29uc3QgcCA9IHRoaXMuYWxsb2NhdGUoYnl0ZXMpO1xuICAgICAgaWYgKHAgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbHNlO1xuICAgICAgcHRyID0gcDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMud3JpdGVVMzIocHRyUHRyLCBwdHIpICYmIHRoaXMud3JpdGVVMzIoc2l6ZVB0ciwgYnl0ZXMubGVuZ3RoKTtcbiAgfVxufVxuIiwgIi8vIFRoZSBXQVNJIHByZXZpZXcxIHN1YnNldCBFbnZveSBnaXZlcyBXYXNtIG1vZHVsZXMgKHByb3h5LXdhc20tY3BwLWhvc3Rcbi8vIGV4cG9ydHMuY2MpOiBzdGRvdXQvc3RkZXJyIGdvIHRvIHRoZSBsb2csIGNsb2NrcyByZWFkIHRoZSBob3N0J3MgKGhlcmVcbi8vIHZpcnR1YWwpIHRpbWUsIGFuZCB0aGUgZmlsZXN5c3RlbSBpcyBhYnNlbnQuXG5pbXBvcnQgeyByYW5kb21GaWxsU3luYyB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB0eXBlIHsgR3Vlc3RNZW1vcnkgfSBmcm9tICcuL21lbW9yeS50cyc7XG5cbmNvbnN0IEVSUk5PX1NVQ0NFU1MgPSAwO1xuY29uc3QgRVJSTk9fQkFERiA9IDg7XG5jb25zdCBFUlJOT19GQVVMVCA9IDIxO1xuY29uc3QgRVJSTk9fSU5WQUwgPSAyODtcbmNvbnN0IEVSUk5PX05PRU5UID0gNDQ7XG5jb25zdCBFUlJOT19OT1NZUyA9IDUyO1xuY29uc3QgRVJSTk9fTk9UU1VQID0gNTg7XG4vKiogcHJveHktd2FzbS1jcHAtaG9zdCdzIFBST1hZX1dBU01fSE9TVF9XQVNJX1JBTkRPTV9HRVRfTUFYX1NJWkVfQllURVMuICovXG5jb25zdCBSQU5ET01fR0VUX01BWCA9IDY0ICogMTAyNDtcblxuZXhwb3J0IGludGVyZmFjZSBXYXNpSG9zdCB7XG4gIG1lbW9yeTogR3Vlc3RNZW1vcnk7XG4gIGxvZyhsZXZlbDogJ2luZm8nIHwgJ2Vycm9yJywgbWVzc2FnZTogc3RyaW5nKTogdm9pZDtcbiAgcmVhbHRpbWVOcygpOiBiaWdpbnQ7XG4gIG1vbm90b25pY05zKCk6IGJpZ2ludDtcbiAgLyoqIEVudmlyb25tZW50IHZhcmlhYmxlcyB0aGUgcGx1Z2luIHdhcyBjb25maWd1cmVkIHdpdGggKEVudm95J3Mgdm1fY29uZmlnLmVudmlyb25tZW50X3ZhcmlhYmxlcykuICovXG4gIGVudjogcmVhZG9ubHkgKHJlYWRvbmx5IFtzdHJpbmcsIHN0cmluZ10pW107XG59XG5cbmNvbnN0IGRlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoKTtcbmNvbnN0IGVuY29kZXIgPSBuZXcgVGV4dEVuY29kZXIoKTtcblxuZXhwb3J0IGZ1bmN0aW9uIHdhc2lJbXBvcnRzKGg6IFdhc2lIb3N0KTogUmVjb3JkPHN0cmluZywgKC4uLmFyZ3M6IG5ldmVyW10pID0+IHVua25vd24+IHtcbiAgY29uc3QgbSA9IGgubWVtb3J5O1xuICBjb25zdCBmZFdyaXRlID0gKGZkOiBudW1iZXIsIGlvdnM6IG51bWJlciwgaW92c0xlbjogbnVtYmVyLCBud3JpdHRlblB0cjogbnVtYmVyKTogbnVtYmVyID0+IHtcbiAgICBpZiAoZmQgIT09IDEgJiYgZmQgIT09IDIpIHJldHVybiBFUlJOT19CQURGO1xuICAgIGNvbnN0IGNodW5rczogVWludDhBcnJheVtdID0gW107XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBpb3ZzTGVuID4+PiAwOyBpKyspIHtcbiAgICAgIGNvbnN0IGJ1ZiA9IG0ucmVhZFUzMihpb3ZzICsgaSAqIDgpO1xuICAgICAgY29uc3QgbGVuID0gbS5yZWFkVTMyKGlvdnMgKyBpICogOCArIDQpO1xuICAgICAgaWYgKGJ1ZiA9PT0gdW5kZWZpbmVkIHx8IGxlbiA9PT0gdW5kZWZpbmVkKSByZXR1cm4gRVJSTk9fRkFVTFQ7XG4gICAgICBpZiAobGVuID09PSAwKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGJ5dGVzID0gbS5yZWFkKGJ1ZiwgbGVuKTtcbiAgICAgIGlmICghYnl0ZXMpIHJldHVybiBFUlJOT19GQVVMVDtcbiAgICAgIGNodW5rcy5wdXNoKGJ5dGVzKTtcbiAgICB9XG4gICAgbGV0IHdyaXR0ZW4gPSAwO1xuICAgIGZvciAoY29uc3QgYyBvZiBjaHVua3MpIHdyaXR0ZW4gKz0gYy5sZW5ndGg7XG4gICAgaWYgKHdyaXR0ZW4gPiAwKSB7XG4gICAgICBsZXQgdGV4dCA9IGNodW5rcy5tYXAoKGMpID0+IGRlY29kZXIuZGVjb2RlKGMsIHsgc3RyZWFtOiB0cnVlIH0pKS5qb2luKCcnKSArIGRlY29kZXIuZGVjb2RlKCk7XG4gICAgICAvLyBFbnZveSBkcm9wcyBvbmUgdHJhaWxpbmcgbmV3bGluZSBwZXIgd3JpdGUsIG5vdGhpbmcgbW9yZS5cbiAgICAgIGlmICh0ZXh0LmVuZHNXaXRoKCdcXG4nKSkgdGV4dCA9IHRleHQuc2xpY2UoMCwgLTEpO1xuICAgICAgaC5sb2coZmQgPT09IDEgPyAnaW5mbycgOiAnZXJyb3InLCB0ZXh0KTtcbiAgICB9XG4gICAgcmV0dXJuIG0ud3JpdGVVMzIobndyaXR0ZW5QdHIsIHdyaXR0ZW4pID8gRVJSTk9fU1VDQ0VTUyA6IEVSUk5PX0ZBVUxUO1xuICB9O1xuXG4gIGNvbnN0IGVudlN0cmluZ3MgPSAoKSA9PiBoLmVudi5tYXAoKFtrLCB2XSkgPT4gZW5jb2Rlci5lbmNvZGUoYCR7a309JHt2fVxcdTAwMDBgKSk7XG5cbiAgcmV0dXJuIHtcbiAgICBmZF93cml0ZTogZmRXcml0ZSBhcyBuZXZlcixcbiAgICBmZF9yZWFkOiAoKCkgPT4gRVJSTk9fTk9TWVMpIGFzIG5ldmVyLFxuICAgIC8vIEVudm95IGxvZ3MgdGhlc2UgYXMgZXJyb3JzIGFuZCByZXBvcnRzIHN1Y2Nlc3MuXG4gICAgZmRfc2VlazogKCgpID0+IHtcbiAgICAgIGgubG9nKCdlcnJvcicsICd3YXNpX3Vuc3RhYmxlIGZkX3NlZWsnKTtcbiAgICAgIHJldHVybiBFUlJOT19TVUNDRVNTO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIGZkX2Nsb3NlOiAoKCkgPT4ge1xuICAgICAgaC5sb2coJ2Vycm9yJywgJ3dhc2lfdW5zdGFibGUgZmRfY2xvc2UnKTtcbiAgICAgIHJldHVybiBFUlJOT19TVUNDRVNTO1xuICAgIH0pIGFzIG5ldmVyLFxuICAgIGZkX2Zkc3RhdF9nZXQ6ICgoZmQ6IG51bWJlciwgc3RhdFB0cjogbnVtYmVyKSA9PiB7XG4gICAgICBpZiAoZmQgIT09IDEgJiYgZmQgIT09IDIpIHJldHVybiBFUlJOT19CQURGO1xuICAgICAgY29uc3Qgc3RhdCA9IG5ldyBVaW50OEFycmF5KDI0KTtcbiAgICAgIC8vIGZzX3JpZ2h0c19iYXNlID0gRkRfV1JJVEU6IHRoZSBvbmx5IHJpZ2h0IHN0ZG91dC9zdGRlcnIgaGF2ZS5cbiAgICAgIG5ldyBEYXRhVmlldyhzdGF0LmJ1ZmZlcikuc2V0QmlnVWludDY0KDgsIDY0biwgdHJ1ZSk7XG4gICAgICBtLndyaXRlKHN0YXRQdHIsIHN0YXQpO1xuICAgICAgcmV0dXJuIEVSUk5PX1NVQ0NFU1M7XG4gICAgfSkgYXMgbmV2ZXIsXG4gICAgLy8gTm90IGluIEVudm95J3MgbGlzdCBiZWZvcmUgR28ncyB3YXNpcDEgcG9ydCBuZWVkZWQgaXQ7IHN0ZG91dC9zdGRlcnIgYXJlIHRoZVxuICAgIC8vIG9ubHkgZGVzY3JpcHRvcnMsIGFuZCBjaGFuZ2luZyB0aGVpciBmbGFncyBoYXMgbm8gbWVhbmluZyBoZXJlLlxuICAgIGZkX2Zkc3RhdF9zZXRfZmxhZ3M6ICgoZmQ6IG51bWJlcikgPT4gKGZkID09PSAxIHx8IGZkID09PSAyID8gRVJSTk9fU1VDQ0VTUyA6IEVSUk5PX0JBREYpKSBhcyBuZXZlcixcbiAgICBmZF9wcmVzdGF0X2dldDogKCgpID0+IEVSUk5PX0JBREYpIGFzIG5ldmVyLFxuICAgIGZkX3ByZXN0YXRfZGlyX25hbWU6ICgoKSA9PiBFUlJOT19OT1NZUykgYXMgbmV2ZXIsXG4gICAgcGF0aF9vcGVuOiAoKCkgPT4gRVJSTk9fTk9FTlQpIGFzIG5ldmVyLFxuICAgIGVudmlyb25fc2l6ZXNfZ2V0OiAoKGNvdW50UHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcikgPT4ge1xuICAgICAgY29uc3Qgc3RyaW5ncyA9IGVudlN0cmluZ3MoKTtcbiAgICAgIGNvbnN0IHNpemUgPSBzdHJpbmdzLnJlZHVjZSgobiwgcykgPT4gbiArIHMubGVuZ3RoLCAwKTtcbiAgICAgIHJldHVybiBtLndyaXRlVTMyKGNvdW50UHRyLCBzdHJpbmdzLmxlbmd0aCkgJiYgbS53cml0ZVUzMihzaXplUHRyLCBzaXplKSA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19GQVVMVDtcbiAgICB9KSBhcyBuZXZlcixcbiAgICBlbnZpcm9uX2dldDogKChhcnJheVB0cjogbnVtYmVyLCBidWZQdHI6IG51bWJlcikgPT4ge1xuICAgICAgbGV0IGJ1ZiA9IGJ1ZlB0ciA+Pj4gMDtcbiAgICAgIGxldCBhcnIgPSBhcnJheVB0ciA+Pj4gMDtcbiAgICAgIGZvciAoY29uc3QgcyBvZiBlbnZTdHJpbmdzKCkpIHtcbiAgICAgICAgaWYgKCFtLndyaXRlVTMyKGFyciwgYnVmKSB8fCAhbS53cml0ZShidWYsIHMpKSByZXR1cm4gRVJSTk9fRkFVTFQ7XG4gICAgICAgIGJ1ZiArPSBzLmxlbmd0aDtcbiAgICAgICAgYXJyICs9IDQ7XG4gICAgICB9XG4gICAgICByZXR1cm4gRVJSTk9fU1VDQ0VTUztcbiAgICB9KSBhcyBuZXZlcixcbiAgICBhcmdzX3NpemVzX2dldDogKChhcmdjUHRyOiBudW1iZXIsIHNpemVQdHI6IG51bWJlcikgPT5cbiAgICAgIG0ud3JpdGVVMzIoYXJnY1B0ciwgMCkgJiYgbS53cml0ZVUzMihzaXplUHRyLCAwKSA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19GQVVMVCkgYXMgbmV2ZXIsXG4gICAgYXJnc19nZXQ6ICgoKSA9PiBFUlJOT19TVUNDRVNTKSBhcyBuZXZlcixcbiAgICBjbG9ja190aW1lX2dldDogKChjbG9ja0lkOiBudW1iZXIsIF9wcmVjaXNpb246IGJpZ2ludCwgcmVzdWx0UHRyOiBudW1iZXIpID0+IHtcbiAgICAgIGxldCBub3c6IGJpZ2ludDtcbiAgICAgIGlmIChjbG9ja0lkID09PSAwKSBub3cgPSBoLnJlYWx0aW1lTnMoKTtcbiAgICAgIGVsc2UgaWYgKGNsb2NrSWQgPT09IDEpIG5vdyA9IGgubW9ub3RvbmljTnMoKTtcbiAgICAgIGVsc2UgcmV0dXJuIEVSUk5PX05PVFNVUDtcbiAgICAgIHJldHVybiBtLndyaXRlVTY0KHJlc3VsdFB0ciwgbm93KSA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19GQVVMVDtcbiAgICB9KSBhcyBuZXZlcixcbiAgICByYW5kb21fZ2V0OiAoKGJ1ZlB0cjogbnVtYmVyLCBsZW46IG51bWJlcikgPT4ge1xuICAgICAgY29uc3QgbiA9IGxlbiA+Pj4gMDtcbiAgICAgIGlmIChuID4gUkFORE9NX0dFVF9NQVgpIHJldHVybiBFUlJOT19JTlZBTDtcbiAgICAgIGlmIChuID09PSAwKSByZXR1cm4gRVJSTk9fU1VDQ0VTUztcbiAgICAgIGNvbnN0IGJ5dGVzID0gbmV3IFVpbnQ4QXJyYXkobik7XG4gICAgICByYW5kb21GaWxsU3luYyhieXRlcyk7XG4gICAgICByZXR1cm4gbS53cml0ZShidWZQdHIsIGJ5dGVzKSA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19GQVVMVDtcbiAgICB9KSBhcyBuZXZlcixcbiAgICAvLyBFbnZveSBsb2dzIHByb2NfZXhpdCBhcyBhbiBlcnJvciBhbmQgcmV0dXJuczsgdGhlIGd1ZXN0IHRoZW4gdXN1YWxseSB0cmFwcy5cbiAgICBwcm9jX2V4aXQ6ICgoKSA9PiB7XG4gICAgICBoLmxvZygnZXJyb3InLCAnd2FzaV91bnN0YWJsZSBwcm9jX2V4aXQnKTtcbiAgICB9KSBhcyBuZXZlcixcbiAgICAvLyBBIFdhc20gVk0gaXMgc2luZ2xlLXRocmVhZGVkOiB5aWVsZGluZyBpcyBhIG5vLW9wLCBhbmQgdGhlcmUgaXMgbm90aGluZyB0b1xuICAgIC8vIHdhaXQgZm9yLCBzbyBwb2xsaW5nIHJlcG9ydHMgbm8gZXZlbnRzLlxuICAgIHNjaGVkX3lpZWxkOiAoKCkgPT4gRVJSTk9fU1VDQ0VTUykgYXMgbmV2ZXIsXG4gICAgcG9sbF9vbmVvZmY6ICgoX2luOiBudW1iZXIsIF9vdXQ6IG51bWJlciwgX246IG51bWJlciwgbmV2ZW50c1B0cjogbnVtYmVyKSA9PlxuICAgICAgbS53cml0ZVUzMihuZXZlbnRzUHRyLCAwKSA/IEVSUk5PX1NVQ0NFU1MgOiBFUlJOT19GQVVMVCkgYXMgbmV2ZXIsXG4gIH07XG59XG4iLCAiLy8gVGhlIHNpbXVsYXRlZCBFbnZveSBwcm9jZXNzOiB2aXJ0dWFsIGNsb2NrLCBwcm9jZXNzLXdpZGUgc2hhcmVkIGRhdGEsIHF1ZXVlc1xuLy8gYW5kIHN0YXRzLCBhbmQgdGhlIFZNcyBzdGFydGVkIGluIGl0LlxuaW1wb3J0IHsgU3RyZWFtU3RhdGVFcnJvciB9IGZyb20gJy4vZXJyb3JzLnRzJztcbmltcG9ydCB7IE1ldHJpY1N0b3JlLCB0eXBlIE1ldHJpY1ZhbHVlIH0gZnJvbSAnLi9tZXRyaWNzLnRzJztcbmltcG9ydCB7IHZhbGlkYXRlUHJvcGVydGllcywgdHlwZSBQcm9wZXJ0eUlucHV0IH0gZnJvbSAnLi9wcm9wZXJ0aWVzLnRzJztcbmltcG9ydCB7IFNoYXJlZERhdGEgfSBmcm9tICcuL3NoYXJlZC1kYXRhLnRzJztcbmltcG9ydCB7IFNoYXJlZFF1ZXVlcyB9IGZyb20gJy4vc2hhcmVkLXF1ZXVlcy50cyc7XG5pbXBvcnQgeyBIdHRwU3RyZWFtIH0gZnJvbSAnLi9zdHJlYW0udHMnO1xuaW1wb3J0IHsgVm0sIHR5cGUgVm1PcHRpb25zIH0gZnJvbSAnLi92bS50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgSG9zdE9wdGlvbnMge1xuICAvKiogV2FsbC1jbG9jayB0aW1lIG9mIHRoZSB2aXJ0dWFsIGNsb2NrJ3Mgc3RhcnQsIGluIG1zIHNpbmNlIHRoZSBlcG9jaC4gRGVmYXVsdCAyMDI1LTAxLTAxVDAwOjAwOjAwWi4gKi9cbiAgc3RhcnRUaW1lTXM/OiBudW1iZXI7XG4gIC8qKiAndGhyb3cnIChkZWZhdWx0KTogYSB0cmFwIHRocm93cyBNb2R1bGVUcmFwRXJyb3IuICdmYWlsLWNsb3NlZCc6IGFzIEVudm95J3MgRkFJTF9DTE9TRUQsIDUwMyB0aGUgc3RyZWFtLiAqL1xuICBvblRyYXA/OiAndGhyb3cnIHwgJ2ZhaWwtY2xvc2VkJztcbiAgLyoqIENsdXN0ZXJzIHByb3h5X2h0dHBfY2FsbCBtYXkgdGFyZ2V0OyB1bnNldCBhY2NlcHRzIGFueSBuYW1lLiBFbnZveSBhbnN3ZXJzIEJhZEFyZ3VtZW50IGZvciB1bmtub3duIG9uZXMuICovXG4gIGNsdXN0ZXJzPzogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbmNvbnN0IERFRkFVTFRfU1RBUlRfTVMgPSBEYXRlLlVUQygyMDI1LCAwLCAxKTtcbmNvbnN0IE1PTk9UT05JQ19VUFRJTUVfTVMgPSAzXzYwMF8wMDA7XG5jb25zdCBlbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5cbmV4cG9ydCBjbGFzcyBIb3N0IHtcbiAgcmVhZG9ubHkgc2hhcmVkRGF0YSA9IG5ldyBTaGFyZWREYXRhKCk7XG4gIHJlYWRvbmx5IHF1ZXVlcyA9IG5ldyBTaGFyZWRRdWV1ZXMoKTtcbiAgcmVhZG9ubHkgbWV0cmljU3RvcmUgPSBuZXcgTWV0cmljU3RvcmUoKTtcbiAgcmVhZG9ubHkgb25UcmFwOiAndGhyb3cnIHwgJ2ZhaWwtY2xvc2VkJztcbiAgcmVhZG9ubHkgc3RhcnRUaW1lTXM6IG51bWJlcjtcbiAgbm93TXM6IG51bWJlcjtcbiAgcHJpdmF0ZSByZWFkb25seSB2bXM6IFZtW10gPSBbXTtcbiAgcHJpdmF0ZSByZWFkb25seSBjbHVzdGVyczogU2V0PHN0cmluZz4gfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgZGVmZXJyZWQ6ICgoKSA9PiB2b2lkKVtdID0gW107XG4gIHByaXZhdGUgZmx1c2hpbmcgPSBmYWxzZTtcbiAgcHJpdmF0ZSBzZXEgPSAxO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IEhvc3RPcHRpb25zID0ge30pIHtcbiAgICBpZiAob3B0aW9ucy5vblRyYXAgIT09IHVuZGVmaW5lZCAmJiBvcHRpb25zLm9uVHJhcCAhPT0gJ3Rocm93JyAmJiBvcHRpb25zLm9uVHJhcCAhPT0gJ2ZhaWwtY2xvc2VkJykge1xuICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcihgb25UcmFwIG11c3QgYmUgJ3Rocm93JyBvciAnZmFpbC1jbG9zZWQnLCBnb3QgJHtTdHJpbmcob3B0aW9ucy5vblRyYXApfWApO1xuICAgIH1cbiAgICBpZiAob3B0aW9ucy5zdGFydFRpbWVNcyAhPT0gdW5kZWZpbmVkICYmICFOdW1iZXIuaXNTYWZlSW50ZWdlcihvcHRpb25zLnN0YXJ0VGltZU1zKSkge1xuICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcignc3RhcnRUaW1lTXMgbXVzdCBiZSBhbiBpbnRlZ2VyIG51bWJlciBvZiBtaWxsaXNlY29uZHMnKTtcbiAgICB9XG4gICAgdGhpcy5vblRyYXAgPSBvcHRpb25zLm9uVHJhcCA/PyAndGhyb3cnO1xuICAgIHRoaXMuc3RhcnRUaW1lTXMgPSBvcHRpb25zLnN0YXJ0VGltZU1zID8/IERFRkFVTFRfU1RBUlRfTVM7XG4gICAgdGhpcy5ub3dNcyA9IHRoaXMuc3RhcnRUaW1lTXM7XG4gICAgdGhpcy5jbHVzdGVycyA9IG9wdGlvbnMuY2x1c3RlcnMgPyBuZXcgU2V0KG9wdGlvbnMuY2x1c3RlcnMpIDogdW5kZWZpbmVkO1xuICB9XG5cbiAgYXN5bmMgc3RhcnRWbShvcHRpb25zOiBWbU9wdGlvbnMpOiBQcm9taXNlPFZtPiB7XG4gICAgY29uc3Qgdm0gPSBhd2FpdCBWbS5zdGFydCh0aGlzLCBvcHRpb25zKTtcbiAgICB0aGlzLnZtcy5wdXNoKHZtKTtcbiAgICByZXR1cm4gdm07XG4gIH1cblxuICAvKiogQSBzdHJlYW0gdGhyb3VnaCBhIGZpbHRlciBjaGFpbjogcmVxdWVzdCBjYWxsYmFja3MgcnVuIGluIGFycmF5IG9yZGVyLCByZXNwb25zZSBjYWxsYmFja3MgaW4gcmV2ZXJzZS4gKi9cbiAgbmV3SHR0cFN0cmVhbSh2bXM6IHJlYWRvbmx5IFZtW10sIG9wdGlvbnM6IHsgcHJvcGVydGllcz86IFByb3BlcnR5SW5wdXQgfSA9IHt9KTogSHR0cFN0cmVhbSB7XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KHZtcykgfHwgdm1zLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IFR5cGVFcnJvcignbmV3SHR0cFN0cmVhbSBuZWVkcyBhIG5vbi1lbXB0eSBhcnJheSBvZiBWTXMnKTtcbiAgICBmb3IgKGNvbnN0IHZtIG9mIHZtcykge1xuICAgICAgaWYgKCEodm0gaW5zdGFuY2VvZiBWbSkgfHwgdm0uaG9zdCAhPT0gdGhpcykgdGhyb3cgbmV3IFR5cGVFcnJvcignbmV3SHR0cFN0cmVhbTogZXZlcnkgVk0gbXVzdCBjb21lIGZyb20gdGhpcyBob3N0XFwncyBzdGFydFZtJyk7XG4gICAgICBpZiAoIXZtLmNvbmZpZ3VyZWQpIHtcbiAgICAgICAgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYG5ld0h0dHBTdHJlYW06IFZNIFwiJHt2bS5yb290SWQgfHwgdm0ubmFtZX1cIiBkaWQgbm90IGNvbmZpZ3VyZSAob25fdm1fc3RhcnQvb25fY29uZmlndXJlIHJldHVybmVkIGZhbHNlKTsgRW52b3kgd291bGQgbm90IGNyZWF0ZSBpdHMgZmlsdGVyYCk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBuZXcgSHR0cFN0cmVhbSh2bXMsIHZhbGlkYXRlUHJvcGVydGllcyhvcHRpb25zLnByb3BlcnRpZXMsICdzdHJlYW0gcHJvcGVydGllcycpKTtcbiAgfVxuXG4gIHJlYWx0aW1lTnMoKTogYmlnaW50IHtcbiAgICByZXR1cm4gQmlnSW50KHRoaXMubm93TXMpICogMV8wMDBfMDAwbjtcbiAgfVxuXG4gIC8qKlxuICAgKiBFbnZveSdzIG1vbm90b25pYyBjbG9jayBjb3VudHMgZnJvbSBhbiBhcmJpdHJhcnkgcG9pbnQgd2VsbCBiZWZvcmUgdGhlIFZNXG4gICAqIHN0YXJ0czsgYSB6ZXJvIHJlYWRpbmcgbWFrZXMgcnVudGltZXMgc3VjaCBhcyBHbydzIGFib3J0IChcIm5hbm90aW1lXG4gICAqIHJldHVybmluZyB6ZXJvXCIpLCBzbyB0aGUgdmlydHVhbCBwcm9jZXNzIGhhcyBiZWVuIHVwIGZvciBhbiBob3VyLlxuICAgKi9cbiAgbW9ub3RvbmljTnMoKTogYmlnaW50IHtcbiAgICByZXR1cm4gQmlnSW50KHRoaXMubm93TXMgLSB0aGlzLnN0YXJ0VGltZU1zICsgTU9OT1RPTklDX1VQVElNRV9NUykgKiAxXzAwMF8wMDBuO1xuICB9XG5cbiAgLyoqIE1vdmVzIHRoZSB2aXJ0dWFsIGNsb2NrLCBmaXJpbmcgdGlja3MgYW5kIGNhbGxvdXQgdGltZW91dHMgaW4gdGltZSBvcmRlci4gKi9cbiAgYWR2YW5jZVRpbWUobXM6IG51bWJlcik6IHZvaWQge1xuICAgIGlmICghTnVtYmVyLmlzRmluaXRlKG1zKSB8fCBtcyA8IDApIHRocm93IG5ldyBSYW5nZUVycm9yKCdhZHZhbmNlVGltZSBuZWVkcyBhIG5vbi1uZWdhdGl2ZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzJyk7XG4gICAgY29uc3QgdGFyZ2V0ID0gdGhpcy5ub3dNcyArIG1zO1xuICAgIGZvciAoOzspIHtcbiAgICAgIGxldCBuZXh0OiB7IGF0OiBudW1iZXI7IHNlcTogbnVtYmVyOyBmaXJlOiAoKSA9PiB2b2lkIH0gfCB1bmRlZmluZWQ7XG4gICAgICBmb3IgKGNvbnN0IHZtIG9mIHRoaXMudm1zKSB7XG4gICAgICAgIGNvbnN0IGUgPSB2bS5uZXh0RXZlbnQoKTtcbiAgICAgICAgaWYgKGUgJiYgZS5hdCA8PSB0YXJnZXQgJiYgKCFuZXh0IHx8IGUuYXQgPCBuZXh0LmF0KSkgbmV4dCA9IGU7XG4gICAgICB9XG4gICAgICBpZiAoIW5leHQpIGJyZWFrO1xuICAgICAgdGhpcy5ub3dNcyA9IG5leHQuYXQ7XG4gICAgICBuZXh0LmZpcmUoKTtcbiAgICB9XG4gICAgdGhpcy5ub3dNcyA9IHRhcmdldDtcbiAgfVxuXG4gIC8qKiBFbnF1ZXVlcyBvbnRvIGEgcXVldWUgc29tZSBWTSByZWdpc3RlcmVkLCBhcyBhbm90aGVyIFZNIHdvdWxkLiAqL1xuICBlbnF1ZXVlKHZtSWQ6IHN0cmluZywgcXVldWVOYW1lOiBzdHJpbmcsIGRhdGE6IHN0cmluZyB8IFVpbnQ4QXJyYXkpOiB2b2lkIHtcbiAgICBjb25zdCB0b2tlbiA9IHRoaXMucXVldWVzLnJlc29sdmUodm1JZCwgcXVldWVOYW1lKTtcbiAgICBpZiAodG9rZW4gPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IFN0cmVhbVN0YXRlRXJyb3IoYGVucXVldWU6IG5vIFZNIHdpdGggdm1faWQgXCIke3ZtSWR9XCIgcmVnaXN0ZXJlZCBhIHF1ZXVlIG5hbWVkIFwiJHtxdWV1ZU5hbWV9XCJgKTtcbiAgICBjb25zdCB7IG5vdGlmeSB9ID0gdGhpcy5xdWV1ZXMuZW5xdWV1ZSh0b2tlbiwgdHlwZW9mIGRhdGEgPT09ICdzdHJpbmcnID8gZW5jb2Rlci5lbmNvZGUoZGF0YSkgOiBkYXRhKTtcbiAgICBpZiAobm90aWZ5KSB0aGlzLmRlZmVyKG5vdGlmeSk7XG4gICAgdGhpcy5mbHVzaERlZmVycmVkKCk7XG4gIH1cblxuICAvKiogQSBzdGF0J3MgdmFsdWUgc3VtbWVkIG92ZXIgZXZlcnkgVk0gKGFzIEVudm95J3Mgc3RhdHMgYXJlKSwgb3IgdW5kZWZpbmVkIGlmIG5vIFZNIGRlZmluZWQgaXQuICovXG4gIG1ldHJpYyhuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY1N0b3JlLnZhbHVlKG5hbWUpO1xuICB9XG5cbiAgbWV0cmljcygpOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNWYWx1ZT4ge1xuICAgIHJldHVybiB0aGlzLm1ldHJpY1N0b3JlLmFsbCgpO1xuICB9XG5cbiAgaGFzQ2x1c3RlcihuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5jbHVzdGVycyA9PT0gdW5kZWZpbmVkIHx8IHRoaXMuY2x1c3RlcnMuaGFzKG5hbWUpO1xuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCAqL1xuICBuZXh0U2VxKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuc2VxKys7XG4gIH1cblxuICAvKiogQGludGVybmFsIFdvcmsgdGhhdCBtdXN0IG5vdCByZS1lbnRlciBhIFZNIG1pZC1jYWxsIChxdWV1ZSBub3RpZmljYXRpb25zKS4gKi9cbiAgZGVmZXIoYWN0aW9uOiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gICAgdGhpcy5kZWZlcnJlZC5wdXNoKGFjdGlvbik7XG4gIH1cblxuICAvKiogQGludGVybmFsICovXG4gIGZsdXNoRGVmZXJyZWQoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZmx1c2hpbmcpIHJldHVybjtcbiAgICB0aGlzLmZsdXNoaW5nID0gdHJ1ZTtcbiAgICB0cnkge1xuICAgICAgd2hpbGUgKHRoaXMuZGVmZXJyZWQubGVuZ3RoID4gMCkgdGhpcy5kZWZlcnJlZC5zaGlmdCgpISgpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICB0aGlzLmZsdXNoaW5nID0gZmFsc2U7XG4gICAgfVxuICB9XG59XG4iLCAiaW1wb3J0IHsgUHJveHlNb2R1bGUsIG9wIH0gZnJvbSAnL3dvcmsvbWFpbi90ZXN0L2hvc3Qtc2ltL3Byb3h5LW1vZHVsZS50cyc7XG5pbXBvcnQgeyBIb3N0IH0gZnJvbSAnL3dvcmsvbWFpbi9ob3N0LXNpbS9pbmRleC50cyc7XG5jb25zdCBtID0gbmV3IFByb3h5TW9kdWxlKCk7XG5tLm9uKCdwcm94eV9vbl9yZXF1ZXN0X2hlYWRlcnMnLCBbbS5hZGRIZWFkZXIoMCwgJ3gtaGVsbG8nLCAnd29ybGQnKSwgbS5sb2coMiwgJ2hpJyksIG9wLmkzMigwKV0pO1xuY29uc3QgaG9zdCA9IG5ldyBIb3N0KCk7XG5jb25zdCB2bSA9IGF3YWl0IGhvc3Quc3RhcnRWbSh7IG1vZHVsZTogbS5idWlsZCgpIH0pO1xuY29uc3QgcyA9IHZtLm5ld0h0dHBTdHJlYW0oKTtcbmNvbnNvbGUubG9nKHMuc2VuZFJlcXVlc3RIZWFkZXJzKHsgJzpwYXRoJzogJy8nIH0pLCBzLnJlcXVlc3RIZWFkZXJzKCksIHZtLmxvZ3MpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUtPLElBQU0sTUFBTTtBQUNaLElBQU0sTUFBTTtBQUduQixJQUFNLFVBQVUsSUFBSSxZQUFZO0FBRWhDLFNBQVMsS0FBSyxHQUFxQjtBQUNqQyxRQUFNLE1BQWdCLENBQUM7QUFDdkIsS0FBRztBQUNELFFBQUksT0FBTyxJQUFJO0FBQ2YsV0FBTztBQUNQLFFBQUksTUFBTSxFQUFHLFNBQVE7QUFDckIsUUFBSSxLQUFLLElBQUk7QUFBQSxFQUNmLFNBQVMsTUFBTTtBQUNmLFNBQU87QUFDVDtBQUVBLFNBQVMsS0FBSyxPQUFrQztBQUM5QyxNQUFJLElBQUksT0FBTyxLQUFLO0FBQ3BCLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixhQUFTO0FBQ1AsVUFBTSxPQUFPLE9BQU8sSUFBSSxLQUFLO0FBQzdCLFVBQU07QUFDTixVQUFNLFdBQVcsT0FBTyxRQUFVO0FBQ2xDLFFBQUssTUFBTSxNQUFNLENBQUMsV0FBYSxNQUFNLENBQUMsTUFBTSxTQUFVO0FBQ3BELFVBQUksS0FBSyxJQUFJO0FBQ2IsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEtBQUssT0FBTyxHQUFJO0FBQUEsRUFDdEI7QUFDRjtBQUVBLFNBQVMsS0FBS0EsSUFBcUI7QUFDakMsUUFBTSxJQUFJLENBQUMsR0FBRyxRQUFRLE9BQU9BLEVBQUMsQ0FBQztBQUMvQixTQUFPLENBQUMsR0FBRyxLQUFLLEVBQUUsTUFBTSxHQUFHLEdBQUcsQ0FBQztBQUNqQztBQUVBLFNBQVMsSUFBSSxPQUE2QjtBQUN4QyxTQUFPLENBQUMsR0FBRyxLQUFLLE1BQU0sTUFBTSxHQUFHLEdBQUcsTUFBTSxLQUFLLENBQUM7QUFDaEQ7QUFHTyxJQUFNLEtBQUs7QUFBQSxFQUNoQixLQUFLLENBQUMsTUFBYyxDQUFDLElBQU0sR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDekMsS0FBSyxDQUFDLE1BQXVCLENBQUMsSUFBTSxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDOUMsS0FBSyxDQUFDLE1BQWMsQ0FBQyxJQUFNLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFBQSxFQUNyQyxLQUFLLENBQUMsTUFBYyxDQUFDLElBQU0sR0FBRyxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ3JDLE1BQU0sQ0FBQyxNQUFjLENBQUMsSUFBTSxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDdEMsTUFBTSxDQUFDLE1BQWMsQ0FBQyxJQUFNLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFBQSxFQUN0QyxNQUFNLENBQUMsTUFBYyxDQUFDLElBQU0sR0FBRyxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ3RDLE1BQU0sQ0FBQyxTQUFTLE1BQU0sQ0FBQyxJQUFNLEdBQU0sR0FBRyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ2xELE9BQU8sQ0FBQyxTQUFTLE1BQU0sQ0FBQyxJQUFNLEdBQU0sR0FBRyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ25ELFFBQVEsQ0FBQyxTQUFTLE1BQU0sQ0FBQyxJQUFNLEdBQU0sR0FBRyxLQUFLLE1BQU0sQ0FBQztBQUFBLEVBQ3BELEtBQUssTUFBTSxDQUFDLEdBQUk7QUFBQSxFQUNoQixLQUFLLE1BQU0sQ0FBQyxHQUFJO0FBQUEsRUFDaEIsS0FBSyxNQUFNLENBQUMsRUFBSTtBQUFBLEVBQ2hCLElBQUksTUFBTSxDQUFDLEVBQUk7QUFBQSxFQUNmLElBQUksTUFBTSxDQUFDLEVBQUk7QUFBQSxFQUNmLE1BQU0sTUFBTSxDQUFDLEVBQUk7QUFBQSxFQUNqQixLQUFLLE1BQU0sQ0FBQyxFQUFJO0FBQUEsRUFDaEIsYUFBYSxNQUFNLENBQUMsQ0FBSTtBQUFBO0FBQUEsRUFFeEIsSUFBSSxJQUFJLFNBQXFCLENBQUMsR0FBTSxJQUFNLEdBQUcsS0FBSyxLQUFLLEdBQUcsRUFBSTtBQUFBLEVBQzlELFFBQVEsQ0FBQyxNQUFrQixjQUEwQixDQUFDLEdBQU0sSUFBTSxHQUFHLEtBQUssS0FBSyxHQUFHLEdBQU0sR0FBRyxVQUFVLEtBQUssR0FBRyxFQUFJO0FBQ25IO0FBU08sSUFBTSxnQkFBTixNQUFvQjtBQUFBLEVBQ2pCLFFBQWtCLENBQUM7QUFBQSxFQUNuQixVQUE2RCxDQUFDO0FBQUEsRUFDOUQsUUFBZ0IsQ0FBQztBQUFBLEVBQ2pCLFVBQW9CLENBQUM7QUFBQSxFQUNyQixPQUFnRCxDQUFDO0FBQUEsRUFDakQsVUFBVTtBQUFBLEVBRVYsVUFBVSxRQUFtQixTQUE0QjtBQUMvRCxVQUFNLE1BQU0sS0FBSyxVQUFVLENBQUMsUUFBUSxPQUFPLENBQUM7QUFDNUMsUUFBSSxJQUFJLEtBQUssTUFBTSxRQUFRLEdBQUc7QUFDOUIsUUFBSSxJQUFJLEVBQUcsS0FBSSxLQUFLLE1BQU0sS0FBSyxHQUFHLElBQUk7QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFdBQVcsUUFBZ0IsT0FBZSxRQUFtQixTQUE0QjtBQUN2RixRQUFJLEtBQUssTUFBTSxTQUFTLEVBQUcsT0FBTSxJQUFJLE1BQU0sc0VBQXNFO0FBQ2pILFNBQUssUUFBUSxLQUFLLEVBQUUsUUFBUSxPQUFPLE1BQU0sS0FBSyxVQUFVLFFBQVEsT0FBTyxFQUFFLENBQUM7QUFDMUUsV0FBTyxLQUFLLFFBQVEsU0FBUztBQUFBLEVBQy9CO0FBQUE7QUFBQSxFQUdBLEtBQUssWUFBZ0MsUUFBbUIsU0FBb0IsTUFBa0IsU0FBb0IsQ0FBQyxHQUFXO0FBQzVILFNBQUssTUFBTSxLQUFLLEVBQUUsTUFBTSxLQUFLLFVBQVUsUUFBUSxPQUFPLEdBQUcsUUFBUSxNQUFNLEtBQUssS0FBSyxHQUFHLFdBQVcsQ0FBQztBQUNoRyxXQUFPLEtBQUssUUFBUSxTQUFTLEtBQUssTUFBTSxTQUFTO0FBQUEsRUFDbkQ7QUFBQTtBQUFBLEVBR0EsZ0JBQXdCO0FBQ3RCLFdBQU8sS0FBSyxRQUFRLFNBQVMsS0FBSyxNQUFNO0FBQUEsRUFDMUM7QUFBQSxFQUVBLE9BQU8sU0FBeUI7QUFDOUIsU0FBSyxRQUFRLEtBQUssT0FBTztBQUN6QixXQUFPLEtBQUssUUFBUSxTQUFTO0FBQUEsRUFDL0I7QUFBQTtBQUFBLEVBR0EsTUFBTSxPQUE4QztBQUNsRCxVQUFNLFFBQVEsT0FBTyxVQUFVLFdBQVcsUUFBUSxPQUFPLEtBQUssSUFBSTtBQUNsRSxVQUFNLFNBQVMsS0FBSztBQUNwQixTQUFLLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTSxDQUFDO0FBQ2hDLFNBQUssVUFBVyxTQUFTLE1BQU0sU0FBUyxJQUFLLENBQUM7QUFDOUMsV0FBTyxDQUFDLFFBQVEsTUFBTSxNQUFNO0FBQUEsRUFDOUI7QUFBQSxFQUVBLFFBQW9CO0FBQ2xCLFVBQU0sVUFBVSxDQUFDLElBQVksWUFBc0IsQ0FBQyxJQUFJLEdBQUcsS0FBSyxRQUFRLE1BQU0sR0FBRyxHQUFHLE9BQU87QUFDM0YsVUFBTSxRQUFRLElBQUksS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNO0FBQ3RDLFlBQU0sQ0FBQyxHQUFHLENBQUMsSUFBSSxLQUFLLE1BQU0sQ0FBQztBQUMzQixhQUFPLENBQUMsSUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsR0FBRyxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDcEUsQ0FBQyxDQUFDO0FBQ0YsVUFBTSxVQUFVLElBQUksS0FBSyxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxLQUFLLEVBQUUsTUFBTSxHQUFHLEdBQUcsS0FBSyxFQUFFLEtBQUssR0FBRyxHQUFNLEdBQUcsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDekcsVUFBTSxRQUFRLElBQUksS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQztBQUNyRCxVQUFNLFNBQVMsSUFBSSxDQUFDLENBQUMsR0FBTSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN2QyxVQUFNLFVBQVUsSUFBSSxLQUFLLFFBQVEsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLEdBQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUksQ0FBQyxDQUFDO0FBQzVFLFVBQU0sVUFBVSxJQUFJO0FBQUEsTUFDbEIsQ0FBQyxHQUFHLEtBQUssUUFBUSxHQUFHLEdBQU0sQ0FBSTtBQUFBLE1BQzlCLEdBQUcsS0FBSyxNQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU8sRUFBRSxhQUFhLENBQUMsQ0FBQyxHQUFHLEtBQUssRUFBRSxVQUFVLEdBQUcsR0FBTSxHQUFHLEtBQUssS0FBSyxRQUFRLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUU7QUFBQSxJQUN6SCxDQUFDO0FBQ0QsVUFBTSxPQUFPLElBQUksS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNO0FBQ3JDLFlBQU0sU0FBUyxJQUFJLEVBQUUsT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDdkQsWUFBTSxPQUFPLENBQUMsR0FBRyxRQUFRLEdBQUcsRUFBRSxNQUFNLEVBQUk7QUFDeEMsYUFBTyxDQUFDLEdBQUcsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUk7QUFBQSxJQUN2QyxDQUFDLENBQUM7QUFDRixVQUFNLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFNLEdBQUcsR0FBRyxJQUFJLEVBQUUsTUFBTSxHQUFHLElBQU0sR0FBRyxLQUFLLEVBQUUsTUFBTSxNQUFNLEdBQUcsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQzdHLFdBQU8sV0FBVyxLQUFLO0FBQUEsTUFDckI7QUFBQSxNQUFNO0FBQUEsTUFBTTtBQUFBLE1BQU07QUFBQSxNQUFNO0FBQUEsTUFBTTtBQUFBLE1BQU07QUFBQSxNQUFNO0FBQUEsTUFDMUMsR0FBRyxRQUFRLEdBQUcsS0FBSztBQUFBLE1BQ25CLEdBQUksS0FBSyxRQUFRLFNBQVMsUUFBUSxHQUFHLE9BQU8sSUFBSSxDQUFDO0FBQUEsTUFDakQsR0FBRyxRQUFRLEdBQUcsS0FBSztBQUFBLE1BQ25CLEdBQUcsUUFBUSxHQUFHLE1BQU07QUFBQSxNQUNwQixHQUFJLEtBQUssUUFBUSxTQUFTLFFBQVEsR0FBRyxPQUFPLElBQUksQ0FBQztBQUFBLE1BQ2pELEdBQUcsUUFBUSxHQUFHLE9BQU87QUFBQSxNQUNyQixHQUFHLFFBQVEsSUFBSSxJQUFJO0FBQUEsTUFDbkIsR0FBSSxLQUFLLEtBQUssU0FBUyxRQUFRLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUM5QyxDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUNySkEsSUFBTSxJQUFJO0FBQ1YsSUFBTSxhQUFtRDtBQUFBLEVBQ3ZELFdBQVcsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUMxQiw0QkFBNEIsQ0FBQyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDakQsNEJBQTRCLENBQUMsQ0FBQyxHQUFHLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ2pELGdDQUFnQyxDQUFDLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNyRCwrQkFBK0IsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM5Qyw0QkFBNEIsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUMzQyw0QkFBNEIsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUMzQyx3QkFBd0IsQ0FBQyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDN0Msd0JBQXdCLENBQUMsQ0FBQyxHQUFHLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQzdDLDJCQUEyQixDQUFDLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUN6RCxvQkFBb0IsQ0FBQyxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3RDLG9CQUFvQixDQUFDLENBQUMsR0FBRyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDdEMsdUJBQXVCLENBQUMsQ0FBQyxHQUFHLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQzVDLHVCQUF1QixDQUFDLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM1Qyw2QkFBNkIsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM1Qyw0QkFBNEIsQ0FBQyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDakQsNEJBQTRCLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDM0MsNEJBQTRCLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDM0MsaUJBQWlCLENBQUMsQ0FBQyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNyRCw2QkFBNkIsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3RDLHVCQUF1QixDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDaEMscUJBQXFCLENBQUMsQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUN2Qyx3QkFBd0IsQ0FBQyxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDdEMscUJBQXFCLENBQUMsQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ25DLGtCQUFrQixDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM5QixvQ0FBb0MsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQzdDLG9DQUFvQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQy9DO0FBR08sSUFBTSxVQUFVLEVBQUUsS0FBSyxLQUFPLE1BQU0sT0FBTyxNQUFNLE9BQU8sT0FBTyxPQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU07QUFFckcsSUFBTSxZQUE4RDtBQUFBLEVBQ2xFLHlCQUF5QixDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ3hDLG1CQUFtQixDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUM1QyxvQkFBb0IsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDN0MsMEJBQTBCLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDdEQsdUJBQXVCLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDbkQsMkJBQTJCLENBQUMsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3BELDJCQUEyQixDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3ZELHdCQUF3QixDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3BELDRCQUE0QixDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNyRCw2QkFBNkIsQ0FBQyxDQUFDLEdBQUcsR0FBRyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNyRCxzQkFBc0IsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNyQyxlQUFlLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzNCLGVBQWUsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3JDLGNBQWMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDMUIsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUMvQjtBQUVPLElBQU0sY0FBTixNQUFrQjtBQUFBLEVBQ2QsSUFBSSxJQUFJLGNBQWM7QUFBQSxFQUN0QixNQUE4QixDQUFDO0FBQUEsRUFDdkIsVUFBVSxvQkFBSSxJQUFZO0FBQUEsRUFDMUI7QUFBQSxFQUVqQixZQUFZLGVBQXdGLENBQUMsR0FBRztBQUN0RyxlQUFXLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssT0FBTyxRQUFRLFVBQVUsRUFBRyxNQUFLLElBQUksQ0FBQyxJQUFJLEtBQUssRUFBRSxXQUFXLE9BQU8sR0FBRyxHQUFZLENBQVU7QUFDdEgsZUFBVyxLQUFLLGFBQWMsTUFBSyxJQUFJLEVBQUUsSUFBSSxJQUFJLEtBQUssRUFBRSxXQUFXLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxRQUFpQixFQUFFLE9BQWdCO0FBQzFILFNBQUssT0FBTyxLQUFLLEVBQUUsT0FBTyxLQUFLO0FBRS9CLFNBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hELEdBQUcsS0FBSyxLQUFLLElBQUk7QUFBQSxNQUFHLEdBQUcsS0FBSyxLQUFLLElBQUk7QUFBQSxNQUFHLEdBQUcsSUFBSSxDQUFDO0FBQUEsTUFBRyxHQUFHLElBQUk7QUFBQSxNQUFHLEdBQUcsSUFBSSxDQUFDO0FBQUEsTUFBRyxHQUFHLElBQUk7QUFBQSxNQUFHLEdBQUcsS0FBSyxLQUFLLElBQUk7QUFBQSxJQUNyRyxDQUFDO0FBQ0QsU0FBSyxFQUFFLEtBQUssMkJBQTJCLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDbkQ7QUFBQSxFQUVBLElBQUlDLElBQTBDO0FBQzVDLFdBQU8sS0FBSyxFQUFFLE1BQU1BLEVBQUM7QUFBQSxFQUN2QjtBQUFBO0FBQUEsRUFHQSxHQUFHLFVBQWtDLE1BQWtCLGNBQWMsR0FBUztBQUM1RSxVQUFNLENBQUMsUUFBUSxPQUFPLElBQUksVUFBVSxRQUFRO0FBQzVDLFNBQUssUUFBUSxJQUFJLFFBQVE7QUFDekIsU0FBSyxFQUFFLEtBQUssVUFBVSxRQUFpQixTQUFrQixNQUFNLE1BQU0sV0FBVyxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDM0Y7QUFBQTtBQUFBLEVBR0EsS0FBS0MsVUFBaUIsTUFBNEI7QUFDaEQsVUFBTSxNQUFNLEtBQUssSUFBSUEsS0FBSTtBQUN6QixRQUFJLFFBQVEsT0FBVyxPQUFNLElBQUksTUFBTSxhQUFhQSxLQUFJLEVBQUU7QUFDMUQsV0FBTyxDQUFDLEdBQUcsS0FBSyxLQUFLLEdBQUcsR0FBRyxHQUFHLEtBQUssR0FBRyxHQUFHLEdBQUcsR0FBRyxLQUFLLENBQUM7QUFBQSxFQUN2RDtBQUFBO0FBQUEsRUFHQSxTQUFTQSxVQUFpQixNQUE0QjtBQUNwRCxXQUFPLENBQUMsR0FBRyxLQUFLLEtBQUssR0FBRyxHQUFHLEdBQUcsS0FBSyxLQUFLLElBQUlBLEtBQUksQ0FBRSxDQUFDO0FBQUEsRUFDckQ7QUFBQSxFQUVBLElBQUksT0FBZSxTQUEyQjtBQUM1QyxVQUFNLENBQUMsR0FBRyxDQUFDLElBQUksS0FBSyxJQUFJLE9BQU87QUFDL0IsV0FBTyxLQUFLLEtBQUssYUFBYSxHQUFHLElBQUksS0FBSyxHQUFHLEdBQUcsSUFBSSxDQUFDLEdBQUcsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQ25FO0FBQUE7QUFBQSxFQUdBLFdBQVcsUUFBZ0IsTUFBMEI7QUFDbkQsVUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEtBQUssSUFBSSxNQUFNO0FBQzlCLFdBQU87QUFBQSxNQUNMLEdBQUcsR0FBRyxJQUFJLFFBQVEsSUFBSTtBQUFBLE1BQUcsR0FBRztBQUFBLE1BQU0sR0FBRyxHQUFHLElBQUksRUFBRTtBQUFBLE1BQUcsR0FBRyxHQUFHLElBQUk7QUFBQSxNQUFHLEdBQUcsR0FBRyxPQUFPO0FBQUEsTUFDM0UsR0FBRyxLQUFLLEtBQUssOEJBQThCLEdBQUcsSUFBSSxDQUFDLEdBQUcsR0FBRyxJQUFJLENBQUMsR0FBRyxHQUFHLElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSSxRQUFRLElBQUksR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQUEsSUFDN0c7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLHFCQUFxQixTQUFpQkEsT0FBd0I7QUFDNUQsVUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEtBQUssSUFBSUEsS0FBSTtBQUM1QixXQUFPLEtBQUs7QUFBQSxNQUFLO0FBQUEsTUFBOEIsR0FBRyxJQUFJLE9BQU87QUFBQSxNQUFHLEdBQUcsSUFBSSxDQUFDO0FBQUEsTUFBRyxHQUFHLElBQUksQ0FBQztBQUFBLE1BQ2pGLENBQUMsR0FBRyxHQUFHLElBQUksUUFBUSxHQUFHLEdBQUcsR0FBRyxHQUFHLEtBQUssQ0FBQztBQUFBLE1BQUcsQ0FBQyxHQUFHLEdBQUcsSUFBSSxRQUFRLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSyxDQUFDO0FBQUEsSUFBQztBQUFBLEVBQ25GO0FBQUEsRUFFQSxVQUFVLFNBQWlCQSxPQUFjLE9BQXlCO0FBQ2hFLFVBQU0sQ0FBQyxJQUFJLEVBQUUsSUFBSSxLQUFLLElBQUlBLEtBQUk7QUFDOUIsVUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLEtBQUssSUFBSSxLQUFLO0FBQy9CLFdBQU8sS0FBSyxLQUFLLDhCQUE4QixHQUFHLElBQUksT0FBTyxHQUFHLEdBQUcsSUFBSSxFQUFFLEdBQUcsR0FBRyxJQUFJLEVBQUUsR0FBRyxHQUFHLElBQUksRUFBRSxHQUFHLEdBQUcsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNoSDtBQUFBLEVBRUEsUUFBb0I7QUFDbEIsZUFBVyxDQUFDQSxPQUFNLENBQUMsUUFBUSxTQUFTLElBQUksQ0FBQyxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDdkUsVUFBSSxDQUFDLEtBQUssUUFBUSxJQUFJQSxLQUFJLEVBQUcsTUFBSyxFQUFFLEtBQUtBLE9BQU0sUUFBaUIsU0FBa0IsSUFBSTtBQUFBLElBQ3hGO0FBQ0EsV0FBTyxLQUFLLEVBQUUsTUFBTTtBQUFBLEVBQ3RCO0FBQ0Y7OztBQ2pJTyxJQUFNLFlBQU4sY0FBd0IsTUFBTTtBQUFBLEVBQzFCLE9BQU87QUFDbEI7QUFHTyxJQUFNLDZCQUFOLGNBQXlDLFVBQVU7QUFBQSxFQUV4RCxZQUFxQixjQUFzQjtBQUN6QyxVQUFNLGlCQUFpQixZQUFZLGlDQUFpQztBQURqRDtBQUFBLEVBRXJCO0FBQUEsRUFGcUI7QUFBQSxFQURaLE9BQU87QUFJbEI7QUFVQSxTQUFTLFdBQVcsTUFBa0M7QUFDcEQsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFNBQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxNQUFNLEVBQUUsS0FBSyxLQUFLLEVBQUUsT0FBTyxFQUFFLEVBQUUsS0FBSyxJQUFJO0FBQ2pFO0FBR08sSUFBTSxrQkFBTixjQUE4QixVQUFVO0FBQUEsRUFFN0MsWUFDVyxVQUNBLE1BQ0EsTUFDVCxTQUNBO0FBQ0EsVUFBTSxxQkFBcUIsUUFBUSxLQUFLLElBQUk7QUFBQTtBQUFBLEVBQXNCLFdBQVcsSUFBSSxDQUFDLElBQUksT0FBTztBQUxwRjtBQUNBO0FBQ0E7QUFBQSxFQUlYO0FBQUEsRUFOVztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFKRixPQUFPO0FBU2xCO0FBR08sSUFBTSxpQkFBTixjQUE2QixVQUFVO0FBQUEsRUFFNUMsWUFDVyxPQUNBLE1BQ1Q7QUFDQSxVQUFNLEdBQUcsS0FBSztBQUFBO0FBQUEsRUFBNEUsV0FBVyxJQUFJLENBQUMsRUFBRTtBQUhuRztBQUNBO0FBQUEsRUFHWDtBQUFBLEVBSlc7QUFBQSxFQUNBO0FBQUEsRUFIRixPQUFPO0FBT2xCO0FBR08sSUFBTSxtQkFBTixjQUErQixVQUFVO0FBQUEsRUFDckMsT0FBTztBQUNsQjtBQUdPLElBQU0sa0JBQU4sY0FBOEIsVUFBVTtBQUFBLEVBQ3BDLE9BQU87QUFDbEI7OztBQ3pETyxJQUFNLGFBQWE7QUFBQSxFQUN4QixJQUFJO0FBQUEsRUFDSixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixzQkFBc0I7QUFBQSxFQUN0QixjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixxQkFBcUI7QUFBQSxFQUNyQixPQUFPO0FBQUEsRUFDUCxhQUFhO0FBQUEsRUFDYixnQkFBZ0I7QUFBQSxFQUNoQixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQixlQUFlO0FBQ2pCO0FBRU8sSUFBTSxnQkFBZ0I7QUFBQSxFQUMzQixnQkFBZ0I7QUFBQSxFQUNoQixpQkFBaUI7QUFBQSxFQUNqQixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQiw0QkFBNEI7QUFBQSxFQUM1Qiw2QkFBNkI7QUFBQSxFQUM3Qix5QkFBeUI7QUFBQSxFQUN6QiwwQkFBMEI7QUFDNUI7QUFDTyxJQUFNLHNCQUFzQjtBQUU1QixJQUFNLGFBQWE7QUFBQSxFQUN4QixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQixnQkFBZ0I7QUFBQSxFQUNoQixjQUFjO0FBQUEsRUFDZCxzQkFBc0I7QUFBQSxFQUN0QixtQkFBbUI7QUFBQSxFQUNuQixpQkFBaUI7QUFBQSxFQUNqQixxQkFBcUI7QUFBQSxFQUNyQixVQUFVO0FBQ1o7QUFDTyxJQUFNLGtCQUFrQjtBQUV4QixJQUFNLGFBQWEsRUFBRSxTQUFTLEdBQUcsVUFBVSxHQUFHLFlBQVksR0FBRyxVQUFVLEVBQUU7QUFDekUsSUFBTSxrQkFBa0I7QUFJeEIsSUFBTSxhQUFhLENBQUMsU0FBUyxTQUFTLFFBQVEsUUFBUSxTQUFTLFVBQVU7QUFTekUsSUFBTSxrQkFBNEM7QUFBQSxFQUN2RDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUlPLElBQU0sZUFBc0M7QUFBQSxFQUNqRDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBYU8sU0FBUyxxQkFBcUIsS0FBYSxzQkFBOEM7QUFDOUYsTUFBSSx3QkFBd0IsTUFBTSxLQUFLLE1BQU0sS0FBSyxRQUFRLEVBQUcsUUFBTztBQUNwRSxTQUFPLGdCQUFnQixHQUFHO0FBQzVCO0FBRU8sU0FBUyxrQkFBa0IsS0FBYSxzQkFBMkM7QUFDeEYsTUFBSSx3QkFBd0IsTUFBTSxLQUFLLE1BQU0sRUFBRyxRQUFPO0FBQ3ZELFNBQU8sYUFBYSxHQUFHO0FBQ3pCO0FBRU8sU0FBUyxzQkFBc0IsS0FBYSxzQkFBK0M7QUFDaEcsTUFBSSx3QkFBd0IsUUFBUSxFQUFHLFFBQU87QUFDOUMsU0FBTztBQUNUOzs7QUM3RkEsSUFBTSxRQUErQixDQUFDLFdBQVcsU0FBUyxXQUFXO0FBYTlELElBQU0sY0FBTixNQUFrQjtBQUFBLEVBQ2QsUUFBUSxvQkFBSSxJQUFrQjtBQUFBLEVBRXZDLEtBQUtDLE9BQWMsTUFBd0I7QUFDekMsUUFBSUMsS0FBSSxLQUFLLE1BQU0sSUFBSUQsS0FBSTtBQUMzQixRQUFJLENBQUNDLEdBQUcsTUFBSyxNQUFNLElBQUlELE9BQU9DLEtBQUksRUFBRSxNQUFNLE9BQU8sSUFBSSxTQUFTLENBQUMsRUFBRSxDQUFFO0FBQ25FLFdBQU9BO0FBQUEsRUFDVDtBQUFBLEVBRUEsTUFBTUQsT0FBa0M7QUFDdEMsVUFBTUMsS0FBSSxLQUFLLE1BQU0sSUFBSUQsS0FBSTtBQUM3QixRQUFJLENBQUNDLEdBQUcsUUFBTztBQUNmLFdBQU9BLEdBQUUsU0FBUyxjQUFjQSxHQUFFLFFBQVEsU0FBUyxPQUFPQSxHQUFFLEtBQUs7QUFBQSxFQUNuRTtBQUFBLEVBRUEsUUFBUUQsT0FBb0M7QUFDMUMsV0FBTyxLQUFLLE1BQU0sSUFBSUEsS0FBSSxHQUFHLFFBQVEsSUFBSSxNQUFNO0FBQUEsRUFDakQ7QUFBQSxFQUVBLE1BQW1DO0FBQ2pDLFVBQU0sTUFBbUMsQ0FBQztBQUMxQyxlQUFXLENBQUNBLE9BQU1DLEVBQUMsS0FBSyxLQUFLLE1BQU8sS0FBSUQsS0FBSSxJQUFJLEVBQUUsTUFBTUMsR0FBRSxNQUFNLE9BQU8sS0FBSyxNQUFNRCxLQUFJLEVBQUc7QUFDekYsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQU9BLElBQU0sV0FBVyxNQUFNLE9BQU87QUFHdkIsSUFBTSxZQUFOLE1BQWdCO0FBQUEsRUFPckIsWUFBNkIsT0FBb0I7QUFBcEI7QUFBQSxFQUFxQjtBQUFBLEVBQXJCO0FBQUEsRUFOWixPQUFPLG9CQUFJLElBQXFCO0FBQUEsRUFDaEMsV0FBVyxvQkFBSSxJQUFvQjtBQUFBLEVBQzVDLFlBQVk7QUFBQTtBQUFBLEVBRUgsTUFBTSxvQkFBSSxJQUFvRTtBQUFBLEVBSS9GLE9BQU8sTUFBY0EsT0FBK0M7QUFDbEUsVUFBTSxPQUFPLE1BQU0sSUFBSTtBQUN2QixRQUFJLFNBQVMsVUFBYSxTQUFTLEtBQUssTUFBTSxJQUFJLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzdGLFVBQU0sTUFBTSxHQUFHLElBQUksSUFBSUEsS0FBSTtBQUMzQixVQUFNLFFBQVEsS0FBSyxTQUFTLElBQUksR0FBRztBQUNuQyxRQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksSUFBSSxNQUFNO0FBQ25FLFVBQU0sTUFBTyxLQUFLLGVBQWUsSUFBSyxVQUFVO0FBQ2hELFNBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFBQSxPQUFNLE1BQU0sS0FBSyxDQUFDO0FBQ3RDLFNBQUssU0FBUyxJQUFJLEtBQUssRUFBRTtBQUN6QixTQUFLLE1BQU0sS0FBS0EsT0FBTSxJQUFJO0FBQzFCLFNBQUssSUFBSSxJQUFJQSxPQUFNLEVBQUUsTUFBTSxNQUFNLE9BQU8sSUFBSSxTQUFTLENBQUMsRUFBRSxDQUFDO0FBQ3pELFdBQU8sRUFBRSxRQUFRLFdBQVcsSUFBSSxHQUFHO0FBQUEsRUFDckM7QUFBQSxFQUVBLFVBQVUsSUFBWSxRQUF3QjtBQUM1QyxVQUFNLElBQUksS0FBSyxLQUFLLElBQUksRUFBRTtBQUMxQixRQUFJLENBQUMsRUFBRyxRQUFPLFdBQVc7QUFDMUIsVUFBTSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUk7QUFDM0MsVUFBTSxNQUFNLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSTtBQUMvQixRQUFJLEVBQUUsU0FBUyxXQUFXO0FBRXhCLFVBQUksVUFBVSxHQUFJLFFBQU8sV0FBVztBQUNwQyxXQUFLLFFBQVMsS0FBSyxRQUFRLFNBQVU7QUFDckMsVUFBSSxTQUFTO0FBQ2IsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFDQSxRQUFJLEVBQUUsU0FBUyxTQUFTO0FBQ3RCLFdBQUssU0FBUztBQUNkLFVBQUksS0FBSyxRQUFRLEdBQUksTUFBSyxRQUFRO0FBQ2xDLFVBQUksUUFBUSxLQUFLO0FBQ2pCLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQ0EsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLE9BQU8sSUFBWSxPQUF1QjtBQUN4QyxVQUFNLElBQUksS0FBSyxLQUFLLElBQUksRUFBRTtBQUMxQixRQUFJLENBQUMsRUFBRyxRQUFPLFdBQVc7QUFDMUIsVUFBTSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUk7QUFDM0MsVUFBTSxNQUFNLEtBQUssSUFBSSxJQUFJLEVBQUUsSUFBSTtBQUMvQixRQUFJLEVBQUUsU0FBUyxXQUFXO0FBQ3hCLFdBQUssUUFBUyxLQUFLLFFBQVEsUUFBUztBQUNwQyxVQUFJLFNBQVM7QUFBQSxJQUNmLFdBQVcsRUFBRSxTQUFTLFNBQVM7QUFDN0IsV0FBSyxRQUFRO0FBQ2IsVUFBSSxRQUFRO0FBQUEsSUFDZCxPQUFPO0FBQ0wsV0FBSyxRQUFRLEtBQUssS0FBSztBQUN2QixVQUFJLFFBQVEsS0FBSyxLQUFLO0FBQUEsSUFDeEI7QUFDQSxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBLEVBRUEsSUFBSSxJQUFnRDtBQUNsRCxVQUFNLElBQUksS0FBSyxLQUFLLElBQUksRUFBRTtBQUMxQixRQUFJLENBQUMsRUFBRyxRQUFPLEVBQUUsUUFBUSxXQUFXLFNBQVM7QUFDN0MsUUFBSSxFQUFFLFNBQVMsWUFBYSxRQUFPLEVBQUUsUUFBUSxXQUFXLFlBQVk7QUFDcEUsV0FBTyxFQUFFLFFBQVEsV0FBVyxJQUFJLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU07QUFBQSxFQUMvRTtBQUFBO0FBQUEsRUFHQSxNQUFNQSxPQUFrQztBQUN0QyxVQUFNLElBQUksS0FBSyxJQUFJLElBQUlBLEtBQUk7QUFDM0IsUUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFFBQUksRUFBRSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sTUFBTUEsS0FBSTtBQUNwRCxRQUFJLEVBQUUsU0FBUyxZQUFhLFFBQU8sRUFBRSxRQUFRO0FBQzdDLFdBQU8sT0FBTyxFQUFFLEtBQUs7QUFBQSxFQUN2QjtBQUFBLEVBRUEsUUFBUUEsT0FBb0M7QUFDMUMsV0FBTyxLQUFLLElBQUksSUFBSUEsS0FBSSxHQUFHLFFBQVEsSUFBSSxNQUFNO0FBQUEsRUFDL0M7QUFBQSxFQUVBLE1BQW1DO0FBQ2pDLFVBQU0sTUFBbUMsQ0FBQztBQUMxQyxlQUFXLENBQUNBLE9BQU0sQ0FBQyxLQUFLLEtBQUssSUFBSyxLQUFJQSxLQUFJLElBQUksRUFBRSxNQUFNLEVBQUUsTUFBTSxPQUFPLEtBQUssTUFBTUEsS0FBSSxFQUFHO0FBQ3ZGLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQ3ZJQSxJQUFNRSxXQUFVLElBQUksWUFBWTtBQUNoQyxJQUFNLFVBQVUsSUFBSSxZQUFZLFNBQVMsRUFBRSxPQUFPLE1BQU0sQ0FBQztBQUVsRCxTQUFTLFlBQVksT0FBMkQ7QUFDckYsUUFBTSxVQUFVLE1BQU0sSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQ0EsU0FBUSxPQUFPLENBQUMsR0FBR0EsU0FBUSxPQUFPLENBQUMsQ0FBQyxDQUFVO0FBQ3JGLE1BQUksT0FBTyxJQUFJLFFBQVEsU0FBUztBQUNoQyxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssUUFBUyxTQUFRLEVBQUUsU0FBUyxFQUFFLFNBQVM7QUFDNUQsUUFBTSxNQUFNLElBQUksV0FBVyxJQUFJO0FBQy9CLFFBQU0sT0FBTyxJQUFJLFNBQVMsSUFBSSxNQUFNO0FBQ3BDLE9BQUssVUFBVSxHQUFHLFFBQVEsUUFBUSxJQUFJO0FBQ3RDLE1BQUksU0FBUztBQUNiLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxTQUFTO0FBQzVCLFNBQUssVUFBVSxRQUFRLEVBQUUsUUFBUSxJQUFJO0FBQ3JDLFNBQUssVUFBVSxTQUFTLEdBQUcsRUFBRSxRQUFRLElBQUk7QUFDekMsY0FBVTtBQUFBLEVBQ1o7QUFDQSxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssU0FBUztBQUM1QixRQUFJLElBQUksR0FBRyxNQUFNO0FBQ2pCLGNBQVUsRUFBRSxTQUFTO0FBQ3JCLFFBQUksSUFBSSxHQUFHLE1BQU07QUFDakIsY0FBVSxFQUFFLFNBQVM7QUFBQSxFQUN2QjtBQUNBLFNBQU87QUFDVDtBQU9PLFNBQVMsWUFBWSxPQUE0QztBQUN0RSxNQUFJLE1BQU0sU0FBUyxFQUFHLFFBQU8sTUFBTSxXQUFXLElBQUksQ0FBQyxJQUFJO0FBQ3ZELFFBQU0sT0FBTyxJQUFJLFNBQVMsTUFBTSxRQUFRLE1BQU0sWUFBWSxNQUFNLFVBQVU7QUFDMUUsUUFBTSxRQUFRLEtBQUssVUFBVSxHQUFHLElBQUk7QUFDcEMsTUFBSSxJQUFJLFFBQVEsSUFBSSxNQUFNLE9BQVEsUUFBTztBQUN6QyxRQUFNLFFBQTRCLENBQUM7QUFDbkMsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLElBQUssT0FBTSxLQUFLLENBQUMsS0FBSyxVQUFVLElBQUksSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLLFVBQVUsSUFBSSxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFDN0csTUFBSSxTQUFTLElBQUksUUFBUTtBQUN6QixRQUFNLFNBQXNCLENBQUM7QUFDN0IsYUFBVyxDQUFDLElBQUksRUFBRSxLQUFLLE9BQU87QUFDNUIsUUFBSSxTQUFTLEtBQUssSUFBSSxLQUFLLElBQUksTUFBTSxPQUFRLFFBQU87QUFDcEQsVUFBTSxNQUFNLFFBQVEsT0FBTyxNQUFNLFNBQVMsUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUM5RCxjQUFVLEtBQUs7QUFDZixVQUFNLFFBQVEsUUFBUSxPQUFPLE1BQU0sU0FBUyxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ2hFLGNBQVUsS0FBSztBQUNmLFdBQU8sS0FBSyxDQUFDLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDMUI7QUFDQSxTQUFPO0FBQ1Q7QUFLTyxTQUFTLGlCQUFpQixPQUFpQyxNQUEyQjtBQUMzRixNQUFJLFVBQVUsT0FBVyxRQUFPLENBQUM7QUFDakMsTUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLFdBQU8sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNO0FBQzVCLFVBQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxLQUFLLEtBQUssV0FBVyxLQUFLLE9BQU8sS0FBSyxDQUFDLE1BQU0sWUFBWSxPQUFPLEtBQUssQ0FBQyxNQUFNLFVBQVU7QUFDM0csY0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLElBQUksQ0FBQywyQ0FBMkM7QUFBQSxNQUM3RTtBQUNBLGFBQU8sQ0FBQyxLQUFLLENBQUMsRUFBRSxZQUFZLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFBQSxJQUN4QyxDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxLQUFNLE9BQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSx5Q0FBeUM7QUFDckgsU0FBTyxPQUFPLFFBQVEsS0FBZ0MsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTTtBQUN0RSxRQUFJLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxTQUFVLE9BQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSxJQUFJLENBQUMsbUJBQW1CO0FBQ3ZHLFdBQU8sQ0FBQyxFQUFFLFlBQVksR0FBRyxPQUFPLENBQUMsQ0FBQztBQUFBLEVBQ3BDLENBQUM7QUFDSDs7O0FDaEVBLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBQ2hDLElBQU1DLFdBQVUsSUFBSSxZQUFZO0FBR2hDLElBQU0sa0JBQWtCLG9CQUFJLElBQUk7QUFBQSxFQUM5QjtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBVTtBQUFBLEVBQWU7QUFBQSxFQUFjO0FBQUEsRUFBWTtBQUFBLEVBQVE7QUFBQSxFQUNsRjtBQUFBLEVBQWU7QUFBQSxFQUFrQjtBQUFBLEVBQWdCO0FBQUEsRUFBZ0I7QUFBQSxFQUNqRTtBQUFBLEVBQWM7QUFBQSxFQUFrQjtBQUFBLEVBQXNCO0FBQUEsRUFDdEQ7QUFBQSxFQUEwQjtBQUFBLEVBQVk7QUFDeEMsQ0FBQztBQUVNLFNBQVMsZUFBZSxPQUFrQztBQUMvRCxNQUFJLGlCQUFpQixXQUFZLFFBQU8sTUFBTSxNQUFNO0FBQ3BELE1BQUksT0FBTyxVQUFVLFNBQVUsUUFBT0QsU0FBUSxPQUFPLEtBQUs7QUFDMUQsTUFBSSxPQUFPLFVBQVUsVUFBVyxRQUFPLFdBQVcsR0FBRyxRQUFRLElBQUksQ0FBQztBQUNsRSxRQUFNLE1BQU0sT0FBTyxVQUFVLFdBQVcsUUFBUSxPQUFPLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDeEUsUUFBTSxNQUFNLElBQUksV0FBVyxDQUFDO0FBQzVCLE1BQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxZQUFZLEdBQUcsT0FBTyxPQUFPLElBQUksR0FBRyxHQUFHLElBQUk7QUFDcEUsU0FBTztBQUNUO0FBRU8sU0FBUyxtQkFBbUIsT0FBZ0IsTUFBNkI7QUFDOUUsTUFBSSxVQUFVLE9BQVcsUUFBTyxDQUFDO0FBQ2pDLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDdkUsVUFBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLDhFQUE4RTtBQUFBLEVBQzNHO0FBQ0EsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDMUMsVUFBTSxLQUFLLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTSxhQUFhLGFBQWE7QUFDN0gsUUFBSSxDQUFDLEdBQUksT0FBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLEtBQUssQ0FBQyw0REFBNEQ7QUFBQSxFQUN4RztBQUNBLFNBQU87QUFDVDtBQVVBLFNBQVMsZUFBZUUsT0FBYyxTQUEyRDtBQUMvRixNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLFFBQU0sT0FBTyxRQUFRLElBQUksT0FBTztBQUNoQyxVQUFRQSxPQUFNO0FBQUEsSUFDWixLQUFLO0FBQVEsYUFBTztBQUFBLElBQ3BCLEtBQUs7QUFBWSxhQUFPLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLElBQzFDLEtBQUs7QUFBUyxhQUFPLFNBQVMsU0FBWSxTQUFZLEtBQUssU0FBUyxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssUUFBUSxHQUFHLElBQUksQ0FBQyxJQUFJO0FBQUEsSUFDL0csS0FBSztBQUFRLGFBQU8sUUFBUSxJQUFJLFlBQVk7QUFBQSxJQUM1QyxLQUFLO0FBQVUsYUFBTyxRQUFRLElBQUksU0FBUztBQUFBLElBQzNDLEtBQUs7QUFBVSxhQUFPLFFBQVEsSUFBSSxTQUFTO0FBQUEsSUFDM0MsS0FBSztBQUFNLGFBQU8sUUFBUSxJQUFJLGNBQWM7QUFBQSxJQUM1QyxLQUFLO0FBQVcsYUFBTyxRQUFRLElBQUksU0FBUztBQUFBLElBQzVDLEtBQUs7QUFBYSxhQUFPLFFBQVEsSUFBSSxZQUFZO0FBQUEsSUFDakQsS0FBSztBQUFZLGFBQU87QUFBQSxJQUN4QjtBQUFTLGFBQU87QUFBQSxFQUNsQjtBQUNGO0FBRUEsU0FBUyxjQUFjLEtBQTRCLE1BQXdDO0FBQ3pGLE1BQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLFlBQVksSUFBSSxNQUFNLENBQUM7QUFDckQsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLFFBQU0sSUFBSSxJQUFJLElBQUksS0FBSyxDQUFDLENBQUU7QUFDMUIsU0FBTyxNQUFNLFNBQVksU0FBWUYsU0FBUSxPQUFPLENBQUM7QUFDdkQ7QUFHTyxTQUFTLGdCQUFnQixTQUFpQixPQUE4QztBQUM3RixRQUFNLFdBQVcsUUFBUSxNQUFNLElBQVE7QUFDdkMsUUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN2QixNQUFJLENBQUMsZ0JBQWdCLElBQUksSUFBSSxHQUFHO0FBQzlCLFVBQU0sUUFBUSxNQUFNLGFBQWEsSUFBSSxPQUFPO0FBQzVDLFdBQU8sT0FBTyxNQUFNO0FBQUEsRUFDdEI7QUFDQSxNQUFJLFNBQVMsa0JBQWtCLFNBQVMsV0FBVyxHQUFHO0FBQ3BELFVBQU0sTUFBTSxTQUFTLENBQUMsRUFBRyxXQUFXLE9BQU8sSUFBSSxTQUFTLENBQUMsRUFBRyxNQUFNLENBQUMsSUFBSSxTQUFTLENBQUM7QUFDakYsV0FBTyxNQUFNLGFBQWEsSUFBSSxHQUFHLEdBQUcsTUFBTTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ2hDLFFBQU0sV0FBVyxNQUFNLFNBQVMsTUFBTSxLQUFLLE1BQU0sR0FBRyxNQUFNO0FBQzFELE1BQUksYUFBYSxPQUFXLFFBQU8sZUFBZSxRQUFRO0FBQzFELE1BQUksU0FBUyxhQUFhLFNBQVMsQ0FBQyxNQUFNLFVBQVcsUUFBTyxjQUFjLE1BQU0sZ0JBQWdCLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFDakgsTUFBSSxTQUFTLGNBQWMsU0FBUyxDQUFDLE1BQU0sVUFBVyxRQUFPLGNBQWMsTUFBTSxpQkFBaUIsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUNuSCxNQUFJLFNBQVMsYUFBYSxTQUFTLFdBQVcsR0FBRztBQUMvQyxVQUFNLElBQUksZUFBZSxTQUFTLENBQUMsR0FBSSxNQUFNLGNBQWM7QUFDM0QsV0FBTyxNQUFNLFNBQVksU0FBWSxlQUFlLENBQUM7QUFBQSxFQUN2RDtBQUNBLE1BQUksU0FBUyxjQUFjLFNBQVMsV0FBVyxLQUFLLFNBQVMsQ0FBQyxNQUFNLFFBQVE7QUFDMUUsVUFBTSxTQUFTLE1BQU0saUJBQWlCLElBQUksU0FBUztBQUNuRCxXQUFPLFdBQVcsVUFBYSxDQUFDLFFBQVEsS0FBSyxNQUFNLElBQUksU0FBWSxlQUFlLE9BQU8sTUFBTSxDQUFDO0FBQUEsRUFDbEc7QUFDQSxTQUFPO0FBQ1Q7OztBQzdGQSxJQUFNRyxXQUFVLElBQUksWUFBWTtBQUNoQyxJQUFNQyxXQUFVLElBQUksWUFBWTtBQUV6QixJQUFNLGFBQU4sTUFBaUI7QUFBQSxFQUNMLE9BQU8sb0JBQUksSUFBZ0M7QUFBQSxFQUNwRCxVQUFVO0FBQUEsRUFFVixJQUFJLE1BQWtDO0FBQzVDLFFBQUlDLEtBQUksS0FBSyxLQUFLLElBQUksSUFBSTtBQUMxQixRQUFJLENBQUNBLEdBQUcsTUFBSyxLQUFLLElBQUksTUFBT0EsS0FBSSxvQkFBSSxJQUFJLENBQUU7QUFDM0MsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxVQUFrQjtBQUN4QixVQUFNLE1BQU0sS0FBSztBQUVqQixTQUFLLFVBQVcsS0FBSyxVQUFVLE1BQU8sS0FBSztBQUMzQyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxNQUFjLEtBQTZEO0FBQ2hGLFVBQU0sSUFBSSxLQUFLLElBQUksSUFBSSxFQUFFLElBQUksR0FBRztBQUNoQyxXQUFPLEtBQUssRUFBRSxPQUFPLEVBQUUsTUFBTSxNQUFNLEdBQUcsS0FBSyxFQUFFLElBQUk7QUFBQSxFQUNuRDtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQWMsS0FBYSxPQUFtQixLQUFxQjtBQUN2RSxVQUFNQSxLQUFJLEtBQUssSUFBSSxJQUFJO0FBQ3ZCLFVBQU0sV0FBV0EsR0FBRSxJQUFJLEdBQUc7QUFDMUIsUUFBSSxZQUFZLFFBQVEsS0FBSyxRQUFRLFNBQVMsSUFBSyxRQUFPLFdBQVc7QUFDckUsSUFBQUEsR0FBRSxJQUFJLEtBQUssRUFBRSxPQUFPLE1BQU0sTUFBTSxHQUFHLEtBQUssS0FBSyxRQUFRLEVBQUUsQ0FBQztBQUN4RCxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFHQSxJQUFJLEtBQWEsT0FBTyxJQUF3QjtBQUM5QyxVQUFNLElBQUksS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDaEMsV0FBTyxLQUFLRCxTQUFRLE9BQU8sRUFBRSxLQUFLO0FBQUEsRUFDcEM7QUFBQSxFQUVBLFNBQVMsS0FBYSxPQUFPLElBQTRCO0FBQ3ZELFdBQU8sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsR0FBRyxNQUFNLE1BQU07QUFBQSxFQUM5QztBQUFBO0FBQUEsRUFHQSxJQUFJLEtBQWEsT0FBNEIsT0FBTyxJQUFVO0FBQzVELFNBQUssTUFBTSxNQUFNLEtBQUssT0FBTyxVQUFVLFdBQVdELFNBQVEsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDcEY7QUFBQSxFQUVBLElBQUksS0FBYSxPQUFPLElBQXdCO0FBQzlDLFdBQU8sS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsR0FBRztBQUFBLEVBQ2xDO0FBQ0Y7OztBQzNDTyxJQUFNLGVBQU4sTUFBTSxjQUFhO0FBQUEsRUFDUCxVQUFVLG9CQUFJLElBQW1CO0FBQUEsRUFDakMsU0FBUyxvQkFBSSxJQUFvQjtBQUFBLEVBQzFDLFlBQVk7QUFBQSxFQUVwQixPQUFlLElBQUksTUFBY0csT0FBc0I7QUFDckQsV0FBTyxHQUFHLElBQUksS0FBU0EsS0FBSTtBQUFBLEVBQzdCO0FBQUEsRUFFQSxTQUFTLE1BQWNBLE9BQWMsT0FBbUIsZUFBK0I7QUFDckYsVUFBTSxNQUFNLGNBQWEsSUFBSSxNQUFNQSxLQUFJO0FBQ3ZDLFVBQU0sV0FBVyxLQUFLLE9BQU8sSUFBSSxHQUFHO0FBQ3BDLFFBQUksYUFBYSxRQUFXO0FBQzFCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxRQUFRO0FBQ25DLFFBQUUsUUFBUTtBQUNWLFFBQUUsZ0JBQWdCO0FBQ2xCLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxRQUFRLEtBQUs7QUFDbkIsU0FBSyxPQUFPLElBQUksS0FBSyxLQUFLO0FBQzFCLFNBQUssUUFBUSxJQUFJLE9BQU8sRUFBRSxNQUFNLE1BQUFBLE9BQU0sT0FBTyxlQUFlLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDdkUsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFFBQVEsTUFBY0EsT0FBa0M7QUFDdEQsV0FBTyxLQUFLLE9BQU8sSUFBSSxjQUFhLElBQUksTUFBTUEsS0FBSSxDQUFDO0FBQUEsRUFDckQ7QUFBQTtBQUFBLEVBR0EsUUFBUSxPQUFlLE1BQTJEO0FBQ2hGLFVBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLO0FBQ2hDLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxNQUFFLE1BQU0sS0FBSyxLQUFLLE1BQU0sQ0FBQztBQUN6QixXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksUUFBUSxNQUFNLEVBQUUsTUFBTSxpQkFBaUIsRUFBRSxlQUFlLEtBQUssRUFBRTtBQUFBLEVBQ2pHO0FBQUEsRUFFQSxRQUFRLE9BQXNEO0FBQzVELFVBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLO0FBQ2hDLFFBQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsU0FBUztBQUM3QyxVQUFNLE9BQU8sRUFBRSxNQUFNLE1BQU07QUFDM0IsUUFBSSxDQUFDLEtBQU0sUUFBTyxFQUFFLFFBQVEsV0FBVyxNQUFNO0FBQzdDLFdBQU8sRUFBRSxRQUFRLFdBQVcsSUFBSSxLQUFLO0FBQUEsRUFDdkM7QUFBQSxFQUVBLEtBQUssTUFBY0EsT0FBc0I7QUFDdkMsVUFBTSxRQUFRLEtBQUssUUFBUSxNQUFNQSxLQUFJO0FBQ3JDLFdBQU8sVUFBVSxTQUFZLElBQUksS0FBSyxRQUFRLElBQUksS0FBSyxFQUFHLE1BQU07QUFBQSxFQUNsRTtBQUNGOzs7QUM5REEsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFFekIsSUFBTSxZQUFOLE1BQWdCO0FBQUEsRUFDYjtBQUFBLEVBRVIsWUFBWSxRQUFxQixDQUFDLEdBQUc7QUFDbkMsU0FBSyxVQUFVLE1BQU0sSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksR0FBRyxDQUFDLENBQUM7QUFBQSxFQUMzRDtBQUFBLEVBRUEsUUFBcUI7QUFDbkIsV0FBTyxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzVDO0FBQUEsRUFFQSxJQUFJLFFBQWdCO0FBQ2xCLFdBQU8sS0FBSyxRQUFRO0FBQUEsRUFDdEI7QUFBQTtBQUFBLEVBR0EsV0FBbUI7QUFDakIsUUFBSSxPQUFPO0FBQ1gsZUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLEtBQUssUUFBUyxTQUFRQSxTQUFRLE9BQU8sQ0FBQyxFQUFFLFNBQVNBLFNBQVEsT0FBTyxDQUFDLEVBQUU7QUFDeEYsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsSUFBSUMsT0FBa0M7QUFDcEMsVUFBTSxNQUFNQSxNQUFLLFlBQVk7QUFDN0IsV0FBTyxLQUFLLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFBQSxFQUNsRDtBQUFBLEVBRUEsSUFBSUEsT0FBYyxPQUFxQjtBQUNyQyxTQUFLLFFBQVEsS0FBSyxDQUFDQSxNQUFLLFlBQVksR0FBRyxLQUFLLENBQUM7QUFBQSxFQUMvQztBQUFBO0FBQUEsRUFHQSxRQUFRQSxPQUFjLE9BQXFCO0FBQ3pDLFVBQU0sTUFBTUEsTUFBSyxZQUFZO0FBQzdCLFVBQU0sUUFBUSxLQUFLLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRztBQUNsRCxRQUFJLE1BQU8sT0FBTSxDQUFDLElBQUk7QUFBQSxRQUNqQixNQUFLLFFBQVEsS0FBSyxDQUFDLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDckM7QUFBQSxFQUVBLE9BQU9BLE9BQW9CO0FBQ3pCLFVBQU0sTUFBTUEsTUFBSyxZQUFZO0FBQzdCLFNBQUssVUFBVSxLQUFLLFFBQVEsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sR0FBRztBQUFBLEVBQ3ZEO0FBQUEsRUFFQSxPQUFPLE9BQTBCO0FBQy9CLFNBQUssVUFBVSxNQUFNLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDM0Q7QUFDRjs7O0FDVkEsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFFaEMsU0FBUyxPQUFPLE9BQTBDO0FBQ3hELFFBQU0sTUFBTSxJQUFJLFdBQVcsTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQztBQUNsRSxNQUFJLElBQUk7QUFDUixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJLElBQUksR0FBRyxDQUFDO0FBQ1osU0FBSyxFQUFFO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxNQUEyQixNQUEwQjtBQUNuRSxNQUFJLE9BQU8sU0FBUyxTQUFVLFFBQU9ELFNBQVEsT0FBTyxJQUFJO0FBQ3hELE1BQUksZ0JBQWdCLFdBQVksUUFBTyxLQUFLLE1BQU07QUFDbEQsUUFBTSxJQUFJLFVBQVUsR0FBRyxJQUFJLG1DQUFtQztBQUNoRTtBQUdPLElBQU0sYUFBTixNQUFpQjtBQUFBLEVBVXRCLFlBQXFCLFFBQTZCRSxLQUFpQixPQUFlO0FBQTdEO0FBQTZCLGNBQUFBO0FBQWlCO0FBQUEsRUFBZ0I7QUFBQSxFQUE5RDtBQUFBLEVBQTZCO0FBQUEsRUFBaUI7QUFBQSxFQVRuRTtBQUFBO0FBQUEsRUFFQSxtQkFBbUI7QUFBQSxFQUNWLGNBQWMsRUFBRSxTQUFTLE9BQU8sVUFBVSxNQUFNO0FBQUEsRUFDaEQsZUFBZSxFQUFFLFNBQVMsT0FBTyxVQUFVLE1BQU07QUFBQSxFQUNqRCxPQUE0QyxFQUFFLFNBQVMsUUFBVyxVQUFVLE9BQVU7QUFBQSxFQUN0RixZQUFZLEVBQUUsU0FBUyxPQUFPLFVBQVUsTUFBTTtBQUFBLEVBQzlDLFVBQVUsRUFBRSxTQUFTLE9BQU8sVUFBVSxNQUFNO0FBQUEsRUFJckQsVUFBVSxNQUFxQztBQUM3QyxVQUFNQyxLQUFJLEtBQUs7QUFDZixZQUFRLE1BQU07QUFBQSxNQUNaLEtBQUssY0FBYztBQUFnQixlQUFPLEtBQUssWUFBWSxVQUFVQSxHQUFFLG1CQUFtQjtBQUFBLE1BQzFGLEtBQUssY0FBYztBQUFpQixlQUFPLEtBQUssWUFBWSxXQUFXQSxHQUFFLG9CQUFvQjtBQUFBLE1BQzdGLEtBQUssY0FBYztBQUFpQixlQUFPLEtBQUssYUFBYSxVQUFVQSxHQUFFLG9CQUFvQjtBQUFBLE1BQzdGLEtBQUssY0FBYztBQUFrQixlQUFPLEtBQUssYUFBYSxXQUFXQSxHQUFFLHFCQUFxQjtBQUFBLE1BQ2hHO0FBQVMsZUFBTztBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUFBLEVBRUEsV0FBVyxNQUF3QztBQUNqRCxVQUFNLE1BQXVCLFNBQVMsV0FBVyxrQkFBa0IsWUFBWSxTQUFTLFdBQVcsbUJBQW1CLGFBQWE7QUFDbkksUUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxPQUFXLFFBQU87QUFDakQsV0FBTyxFQUFFLEtBQUssTUFBTSxLQUFLLEtBQUssR0FBRyxHQUFJLEtBQUssQ0FBQyxVQUFVO0FBQUUsV0FBSyxLQUFLLEdBQUcsSUFBSTtBQUFBLElBQU8sRUFBRTtBQUFBLEVBQ25GO0FBQUEsRUFFQSxxQkFBcUIsT0FBZ0M7QUFDbkQsU0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLE9BQU8sbUJBQW1CLEtBQUssQ0FBQztBQUFBLEVBQzNEO0FBQUEsRUFFQSxlQUFlLE1BQXNCO0FBQ25DLFFBQUksU0FBUyxXQUFXLFdBQVcsU0FBUyxXQUFXLFNBQVUsUUFBTyxXQUFXO0FBQ25GLFVBQU0sTUFBVyxTQUFTLFdBQVcsVUFBVSxZQUFZO0FBQzNELFFBQUksUUFBUSxVQUFXLE1BQUssT0FBTyxtQkFBbUI7QUFBQSxRQUNqRCxNQUFLLE9BQU8sb0JBQW9CO0FBQ3JDLFNBQUssR0FBRyxNQUFNLE1BQU0sS0FBSyxPQUFPLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFDakQsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFBQSxFQUVBLFlBQVksTUFBc0I7QUFDaEMsUUFBSSxTQUFTLFdBQVcsV0FBVyxTQUFTLFdBQVcsU0FBVSxRQUFPLFdBQVc7QUFDbkYsU0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLE9BQU8sTUFBTSxtQkFBbUIsQ0FBQztBQUMxRCxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUNGO0FBYUEsU0FBUyxZQUE0QjtBQUNuQyxTQUFPLEVBQUUsYUFBYSxPQUFPLE9BQU8sT0FBTyxrQkFBa0IsT0FBTyxXQUFXLFFBQVcsZUFBZSxRQUFXLE9BQU8sQ0FBQyxHQUFHLFdBQVcsQ0FBQyxFQUFFO0FBQy9JO0FBRU8sSUFBTSxhQUFOLE1BQWlCO0FBQUEsRUFldEIsWUFBWSxLQUE2QixZQUEyQjtBQUEzQjtBQUN2QyxTQUFLLFFBQVEsSUFBSSxJQUFJLENBQUNELEtBQUksTUFBTSxJQUFJLFdBQVcsTUFBTUEsS0FBSSxDQUFDLENBQUM7QUFBQSxFQUM3RDtBQUFBLEVBRnlDO0FBQUEsRUFkaEM7QUFBQSxFQUNBLGNBQWMsb0JBQUksSUFBd0I7QUFBQSxFQUNuRDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsbUJBQW1CO0FBQUEsRUFDbkIsb0JBQW9CO0FBQUE7QUFBQSxFQUVwQjtBQUFBLEVBQ1E7QUFBQSxFQUNBLFlBQVk7QUFBQSxFQUNILFFBQXFDLEVBQUUsU0FBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLEVBQUU7QUFBQTtBQUFBLEVBUXBHLG1CQUFtQixTQUF1QixVQUF1QixDQUFDLEdBQWtCO0FBQ2xGLFNBQUssV0FBVyxvQkFBb0I7QUFDcEMsUUFBSSxLQUFLLE1BQU0sUUFBUSxZQUFhLE9BQU0sSUFBSSxpQkFBaUIsc0VBQXNFO0FBQ3JJLFNBQUssbUJBQW1CLElBQUksVUFBVSxpQkFBaUIsU0FBUyxpQkFBaUIsQ0FBQztBQUNsRixTQUFLLE1BQU0sUUFBUSxjQUFjO0FBQ2pDLFNBQUssTUFBTSxRQUFRLFFBQVEsUUFBUSxnQkFBZ0I7QUFDbkQsV0FBTyxLQUFLLEtBQUssV0FBVyxHQUFHLEVBQUUsTUFBTSxXQUFXLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGdCQUFnQixNQUEyQixVQUF1QixDQUFDLEdBQWU7QUFDaEYsU0FBSyxXQUFXLGlCQUFpQjtBQUNqQyxTQUFLLGdCQUFnQixXQUFXLGlCQUFpQjtBQUNqRCxTQUFLLE1BQU0sUUFBUSxRQUFRLFFBQVEsZ0JBQWdCO0FBQ25ELFdBQU8sS0FBSyxLQUFLLFdBQVcsR0FBRyxFQUFFLE1BQU0sUUFBUSxNQUFNLE9BQU8sTUFBTSxjQUFjLEdBQUcsYUFBYSxRQUFRLGdCQUFnQixLQUFLLENBQUM7QUFBQSxFQUNoSTtBQUFBLEVBRUEsb0JBQW9CLFVBQXdDO0FBQzFELFNBQUssV0FBVyxxQkFBcUI7QUFDckMsU0FBSyxnQkFBZ0IsV0FBVyxxQkFBcUI7QUFDckQsU0FBSyxvQkFBb0IsSUFBSSxVQUFVLGlCQUFpQixVQUFVLGtCQUFrQixDQUFDO0FBQ3JGLFNBQUssTUFBTSxRQUFRLFFBQVE7QUFDM0IsV0FBTyxLQUFLLEtBQUssV0FBVyxHQUFHLEVBQUUsTUFBTSxZQUFZLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDeEU7QUFBQSxFQUVBLG9CQUFvQixTQUF1QixVQUF1QixDQUFDLEdBQWtCO0FBQ25GLFNBQUssV0FBVyxxQkFBcUI7QUFDckMsUUFBSSxDQUFDLEtBQUssTUFBTSxRQUFRLGtCQUFrQjtBQUN4QyxZQUFNLElBQUksaUJBQWlCLDRHQUE0RztBQUFBLElBQ3pJO0FBQ0EsUUFBSSxLQUFLLE1BQU0sU0FBUyxZQUFhLE9BQU0sSUFBSSxpQkFBaUIsd0VBQXdFO0FBQ3hJLFVBQU0sUUFBUSxpQkFBaUIsU0FBUyxrQkFBa0I7QUFDMUQsUUFBSSxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sU0FBUyxFQUFHLE9BQU0sSUFBSSxVQUFVLDBDQUEwQztBQUN6RyxTQUFLLG9CQUFvQixJQUFJLFVBQVUsS0FBSztBQUM1QyxTQUFLLE1BQU0sU0FBUyxjQUFjO0FBQ2xDLFNBQUssTUFBTSxTQUFTLFFBQVEsUUFBUSxnQkFBZ0I7QUFDcEQsV0FBTyxLQUFLLEtBQUssWUFBWSxHQUFHLEVBQUUsTUFBTSxXQUFXLGFBQWEsUUFBUSxnQkFBZ0IsS0FBSyxDQUFDO0FBQUEsRUFDaEc7QUFBQSxFQUVBLGlCQUFpQixNQUEyQixVQUF1QixDQUFDLEdBQWU7QUFDakYsU0FBSyxXQUFXLGtCQUFrQjtBQUNsQyxTQUFLLGdCQUFnQixZQUFZLGtCQUFrQjtBQUNuRCxTQUFLLE1BQU0sU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFlBQVksR0FBRyxFQUFFLE1BQU0sUUFBUSxNQUFNLE9BQU8sTUFBTSxlQUFlLEdBQUcsYUFBYSxRQUFRLGdCQUFnQixLQUFLLENBQUM7QUFBQSxFQUNsSTtBQUFBLEVBRUEscUJBQXFCLFVBQXdDO0FBQzNELFNBQUssV0FBVyxzQkFBc0I7QUFDdEMsU0FBSyxnQkFBZ0IsWUFBWSxzQkFBc0I7QUFDdkQsU0FBSyxxQkFBcUIsSUFBSSxVQUFVLGlCQUFpQixVQUFVLG1CQUFtQixDQUFDO0FBQ3ZGLFNBQUssTUFBTSxTQUFTLFFBQVE7QUFDNUIsV0FBTyxLQUFLLEtBQUssWUFBWSxHQUFHLEVBQUUsTUFBTSxZQUFZLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDekU7QUFBQTtBQUFBLEVBR0EsV0FBaUI7QUFDZixRQUFJLEtBQUssVUFBVyxPQUFNLElBQUksaUJBQWlCLDBDQUEwQztBQUN6RixTQUFLLFlBQVk7QUFDakIsVUFBTSxPQUFPLEtBQUssTUFBTSxPQUFPLENBQUNDLE9BQU1BLEdBQUUsY0FBYyxNQUFTO0FBQy9ELFVBQU0sTUFBTSxDQUFDQyxVQUFpQjtBQUM1QixpQkFBV0QsTUFBSyxNQUFNO0FBQ3BCLFlBQUlBLEdBQUUsR0FBRyxPQUFRO0FBQ2pCLFFBQUFBLEdBQUUsR0FBRyxPQUFPQyxPQUFNLEVBQUUsV0FBV0QsR0FBRSxXQUFZLFNBQVMsb0JBQUksSUFBSSxFQUFFLEdBQUcsTUFBTUEsR0FBRSxHQUFHLFlBQVlDLE9BQU1ELEdBQUUsU0FBVSxDQUFDO0FBQUEsTUFDL0c7QUFBQSxJQUNGO0FBQ0EsUUFBSSxlQUFlO0FBQ25CLFFBQUksY0FBYztBQUNsQixRQUFJLGlCQUFpQjtBQUNyQixlQUFXQSxNQUFLLEtBQU0sQ0FBQUEsR0FBRSxHQUFHLFlBQVlBLEdBQUUsU0FBVTtBQUFBLEVBQ3JEO0FBQUE7QUFBQSxFQUlBLElBQUksZ0JBQTJDO0FBQzdDLFVBQU0sSUFBSSxLQUFLO0FBQ2YsUUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFVBQU0sT0FBTyxPQUFPLEtBQUssTUFBTSxTQUFTLFNBQVM7QUFDakQsV0FBTztBQUFBLE1BQ0wsUUFBUSxFQUFFO0FBQUEsTUFDVixTQUFTLEtBQUssbUJBQW1CLE1BQU0sS0FBSyxDQUFDO0FBQUEsTUFDN0M7QUFBQSxNQUNBLFVBQVVGLFNBQVEsT0FBTyxJQUFJO0FBQUEsTUFDN0IsU0FBUyxFQUFFO0FBQUEsTUFDWCxZQUFZLEVBQUUsY0FBYyxLQUFLLEVBQUUsY0FBYyxLQUFLLEVBQUUsYUFBYTtBQUFBLElBQ3ZFO0FBQUEsRUFDRjtBQUFBLEVBRUEsaUJBQThCO0FBQzVCLFdBQU8sS0FBSyxrQkFBa0IsTUFBTSxLQUFLLENBQUM7QUFBQSxFQUM1QztBQUFBLEVBRUEsY0FBY0csT0FBa0M7QUFDOUMsV0FBTyxLQUFLLGtCQUFrQixJQUFJQSxLQUFJO0FBQUEsRUFDeEM7QUFBQSxFQUVBLGtCQUErQjtBQUM3QixXQUFPLEtBQUssbUJBQW1CLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVBLGtCQUErQjtBQUM3QixXQUFPLEtBQUssbUJBQW1CLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVBLGVBQWVBLE9BQWtDO0FBQy9DLFdBQU8sS0FBSyxtQkFBbUIsSUFBSUEsS0FBSTtBQUFBLEVBQ3pDO0FBQUEsRUFFQSxtQkFBZ0M7QUFDOUIsV0FBTyxLQUFLLG9CQUFvQixNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUdBLGNBQTBCO0FBQ3hCLFdBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUSxTQUFTO0FBQUEsRUFDNUM7QUFBQTtBQUFBLEVBR0EsZUFBMkI7QUFDekIsV0FBTyxPQUFPLEtBQUssTUFBTSxTQUFTLFNBQVM7QUFBQSxFQUM3QztBQUFBO0FBQUEsRUFHQSxTQUFTLE1BQXNEO0FBQzdELFVBQU0sUUFBUSxLQUFLLGNBQWMsSUFBSTtBQUNyQyxXQUFPLFNBQVNILFNBQVEsT0FBTyxLQUFLO0FBQUEsRUFDdEM7QUFBQSxFQUVBLGNBQWMsTUFBMEQ7QUFDdEUsVUFBTSxNQUFNLE9BQU8sU0FBUyxXQUFXLE9BQU8sS0FBSyxLQUFLLElBQVE7QUFDaEUsV0FBTyxLQUFLLFlBQVksSUFBSSxHQUFHLEdBQUcsTUFBTTtBQUFBLEVBQzFDO0FBQUEsRUFFQSxJQUFJLGFBQXNCO0FBQ3hCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBSVEsV0FBVyxNQUFvQjtBQUNyQyxRQUFJLEtBQUssVUFBVyxPQUFNLElBQUksaUJBQWlCLEdBQUcsSUFBSSwwQkFBMEI7QUFDaEYsUUFBSSxLQUFLLGFBQWMsT0FBTSxJQUFJLGlCQUFpQixHQUFHLElBQUksdUNBQXVDLEtBQUssWUFBWSxHQUFHO0FBQ3BILFFBQUksS0FBSyxPQUFPO0FBQ2QsWUFBTSxJQUFJLGlCQUFpQixHQUFHLElBQUksbUVBQW1FLEtBQUssTUFBTSxNQUFNLGNBQWMsS0FBSyxNQUFNLE9BQU8sSUFBSTtBQUFBLElBQzVKO0FBQUEsRUFDRjtBQUFBLEVBRVEsZ0JBQWdCLEtBQVUsTUFBb0I7QUFDcEQsVUFBTSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQ3pCLFVBQU0sY0FBYyxRQUFRLFlBQVksdUJBQXVCO0FBQy9ELFFBQUksQ0FBQyxHQUFHLFlBQWEsT0FBTSxJQUFJLGlCQUFpQixHQUFHLElBQUksa0JBQWtCLFdBQVcsRUFBRTtBQUN0RixRQUFJLEdBQUcsTUFBTyxPQUFNLElBQUksaUJBQWlCLEdBQUcsSUFBSSxTQUFTLEdBQUcsNERBQTREO0FBQUEsRUFDMUg7QUFBQSxFQUVRLE1BQU0sS0FBb0I7QUFDaEMsVUFBTSxNQUFNLEtBQUssTUFBTSxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDdEMsV0FBTyxRQUFRLFlBQVksTUFBTSxJQUFJLFFBQVE7QUFBQSxFQUMvQztBQUFBLEVBRVEsT0FBTyxLQUFtQjtBQUNoQyxRQUFJLEtBQUssYUFBYyxRQUFPO0FBRTlCLFdBQU8sUUFBUSxhQUFhLEtBQUssVUFBVTtBQUFBLEVBQzdDO0FBQUEsRUFFUSxLQUFLLEtBQVUsVUFBa0IsT0FBMEI7QUFDakUsVUFBTSxRQUFRLEtBQUssTUFBTSxHQUFHO0FBQzVCLFVBQU0sS0FBSyxLQUFLLE1BQU0sR0FBRztBQUN6QixRQUFJO0FBQ0osUUFBSSxLQUFLO0FBQ1QsYUFBUyxNQUFNLFVBQVUsTUFBTSxNQUFNLFFBQVEsT0FBTztBQUNsRCxVQUFJLEtBQUssT0FBTyxHQUFHLEVBQUcsUUFBTyxRQUFRLGNBQWMsRUFBRTtBQUNyRCxVQUFJLEdBQUcsY0FBYyxLQUFLO0FBQ3hCLFdBQUcsTUFBTSxLQUFLLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDekIsZUFBTyxRQUFRLGNBQWMsRUFBRTtBQUFBLE1BQ2pDO0FBQ0EsWUFBTSxPQUFPLEtBQUssTUFBTSxNQUFNLEdBQUcsQ0FBRTtBQUNuQyxZQUFNLFVBQVUsS0FBSyxXQUFXLE1BQU0sS0FBSyxLQUFLLEVBQUU7QUFDbEQsVUFBSSxRQUFRLFdBQVcsT0FBVyxRQUFPLFFBQVE7QUFDakQsVUFBSSxDQUFDLFFBQVEsT0FBUSxRQUFPLFFBQVEsY0FBYyxFQUFFO0FBQ3BELFVBQUksUUFBUSxXQUFZLE1BQUssS0FBSyxLQUFLLE1BQU0sR0FBRyxRQUFRLFVBQVU7QUFDbEUsV0FBSyxRQUFRO0FBQUEsSUFDZjtBQUNBLFFBQUksS0FBSyxPQUFPLEdBQUcsS0FBSyxFQUFFLFFBQVEsWUFBYSxRQUFPLFFBQVEsY0FBYyxFQUFFO0FBQzlFLFNBQUssUUFBUSxLQUFLLEVBQUU7QUFDcEIsV0FBTyxRQUFRO0FBQUEsRUFDakI7QUFBQSxFQUVRLFFBQVEsS0FBVSxJQUFxQjtBQUM3QyxVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsUUFBSSxHQUFHLFNBQVMsVUFBVyxJQUFHLG1CQUFtQjtBQUNqRCxRQUFJLEdBQUcsU0FBUyxVQUFVLEdBQUcsS0FBTSxJQUFHLFVBQVUsS0FBSyxHQUFHLElBQUk7QUFBQSxFQUM5RDtBQUFBLEVBRVEsV0FBVyxNQUFrQixLQUFVLEtBQWEsSUFBZ0Y7QUFDMUksVUFBTUMsTUFBSyxLQUFLO0FBQ2hCLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFHaEMsVUFBSSxRQUFRLGNBQWMsR0FBRyxTQUFTLFVBQVcsUUFBTyxFQUFFLFFBQVEsR0FBRztBQUNyRSxVQUFJQSxJQUFHLFFBQVE7QUFDYixhQUFLLFdBQVcsSUFBSTtBQUNwQixlQUFPLEVBQUUsUUFBUSwrQkFBK0I7QUFBQSxNQUNsRDtBQUNBLFdBQUssWUFBWUEsSUFBRyxrQkFBa0IsSUFBSTtBQUMxQyxVQUFJLEtBQUssY0FBYyxRQUFXO0FBQ2hDLGFBQUssV0FBVyxJQUFJO0FBQ3BCLGVBQU8sRUFBRSxRQUFRLCtCQUErQjtBQUFBLE1BQ2xEO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxpQkFBa0IsUUFBTyxFQUFFLFFBQVEsR0FBRztBQUMvQyxRQUFJQSxJQUFHLFFBQVE7QUFDYixXQUFLLFdBQVcsSUFBSTtBQUNwQixhQUFPLEVBQUUsUUFBUSxHQUFHLFNBQVMsU0FBUywwQkFBMEIsK0JBQStCO0FBQUEsSUFDakc7QUFDQSxVQUFNLE1BQU0sS0FBSztBQUNqQixVQUFNLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDekIsVUFBTSxTQUFTLFFBQVEsWUFBWSxxQkFBcUI7QUFFeEQsUUFBSSxHQUFHLFNBQVMsV0FBVztBQUN6QixXQUFLLFlBQVksR0FBRyxJQUFJO0FBQ3hCLFlBQU1HLE9BQU0sUUFBUSxZQUFZLEtBQUssbUJBQW9CLEtBQUs7QUFDOUQsWUFBTUMsT0FBTUosSUFBRztBQUFBLFFBQU8sR0FBRyxNQUFNO0FBQUEsUUFBWSxFQUFFLFdBQVcsS0FBSyxTQUFTLG9CQUFJLElBQUksRUFBRTtBQUFBLFFBQzlFLE1BQU1BLElBQUcsWUFBWSxHQUFHLE1BQU0sWUFBWSxLQUFLRyxLQUFJLE9BQU8sR0FBRyxjQUFjLElBQUksQ0FBQztBQUFBLE1BQUM7QUFDbkYsVUFBSUMsU0FBUSxPQUFXLFFBQU8sS0FBSyxRQUFRLE1BQU0sOEJBQThCO0FBQy9FLFlBQU1DLFVBQVMscUJBQXFCRCxNQUFLSixJQUFHLGdCQUFnQjtBQUM1RCxVQUFJSyxZQUFXLGNBQWNBLFlBQVcsd0JBQXdCO0FBQzlELGFBQUssWUFBWSxHQUFHLElBQUk7QUFDeEIsZUFBTyxFQUFFLFFBQUFBLFNBQVEsUUFBUSxHQUFHO0FBQUEsTUFDOUI7QUFDQSxTQUFHLFlBQVk7QUFDZixTQUFHLGdCQUFnQjtBQUNuQixhQUFPLEVBQUUsUUFBQUEsUUFBTztBQUFBLElBQ2xCO0FBRUEsUUFBSSxHQUFHLFNBQVMsUUFBUTtBQUN0QixZQUFNLFdBQVcsR0FBRyxRQUFRLElBQUksV0FBVyxDQUFDO0FBQzVDLFdBQUssS0FBSyxHQUFHLElBQUksS0FBSyxVQUFVLEdBQUcsS0FBSyxLQUFLLEtBQUssR0FBRyxJQUFJLE9BQU8sQ0FBQyxLQUFLLEtBQUssR0FBRyxHQUFJLFFBQVEsQ0FBQyxJQUFJO0FBQy9GLFdBQUssUUFBUSxHQUFHLElBQUksR0FBRztBQUN2QixZQUFNLE9BQU8sS0FBSyxLQUFLLEdBQUcsRUFBRztBQUM3QixZQUFNRCxPQUFNSixJQUFHO0FBQUEsUUFBTyxHQUFHLE1BQU07QUFBQSxRQUFTLEVBQUUsV0FBVyxLQUFLLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQUEsUUFDM0UsTUFBTUEsSUFBRyxZQUFZLEdBQUcsTUFBTSxTQUFTLEtBQUssTUFBTSxHQUFHLGNBQWMsSUFBSSxDQUFDO0FBQUEsTUFBQztBQUMzRSxVQUFJSSxTQUFRLE9BQVcsUUFBTyxLQUFLLFFBQVEsTUFBTSx1QkFBdUI7QUFDeEUsWUFBTUMsVUFBUyxrQkFBa0JELE1BQUtKLElBQUcsZ0JBQWdCO0FBQ3pELFdBQUssVUFBVSxHQUFHLElBQUk7QUFDdEIsVUFBSUssWUFBVyxZQUFZO0FBQ3pCLGNBQU0sT0FBTyxLQUFLLEtBQUssR0FBRyxLQUFLLElBQUksV0FBVyxDQUFDO0FBQy9DLGFBQUssS0FBSyxHQUFHLElBQUk7QUFDakIsZUFBTyxFQUFFLFFBQUFBLFNBQVEsUUFBUSxFQUFFLE1BQU0sUUFBUSxNQUFNLGFBQWEsR0FBRyxZQUFZLEVBQUU7QUFBQSxNQUMvRTtBQUNBLFVBQUlBLFlBQVcsd0JBQXlCLE1BQUssS0FBSyxHQUFHLElBQUk7QUFBQSxVQUNwRCxNQUFLLFVBQVUsR0FBRyxJQUFJO0FBQzNCLGFBQU8sRUFBRSxRQUFBQSxRQUFPO0FBQUEsSUFDbEI7QUFFQSxTQUFLLGFBQWEsR0FBRyxJQUFJO0FBQ3pCLFVBQU0sTUFBTSxRQUFRLFlBQVksS0FBSyxvQkFBcUIsS0FBSztBQUMvRCxVQUFNLE1BQU1MLElBQUc7QUFBQSxNQUFPLEdBQUcsTUFBTTtBQUFBLE1BQWEsRUFBRSxXQUFXLEtBQUssU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUMvRSxNQUFNQSxJQUFHLFlBQVksR0FBRyxNQUFNLGFBQWEsS0FBSyxJQUFJLEtBQUs7QUFBQSxJQUFDO0FBQzVELFFBQUksUUFBUSxPQUFXLFFBQU8sS0FBSyxRQUFRLE1BQU0sZUFBZTtBQUNoRSxVQUFNLFNBQVMsc0JBQXNCLEtBQUtBLElBQUcsZ0JBQWdCO0FBQzdELFFBQUksV0FBVyxZQUFZO0FBQ3pCLFdBQUssYUFBYSxHQUFHLElBQUk7QUFFekIsWUFBTSxhQUFhLEtBQUssYUFBYSxNQUFNLEtBQUssS0FBSztBQUNyRCxhQUFPLEVBQUUsUUFBUSxRQUFRLElBQUksV0FBVztBQUFBLElBQzFDO0FBQ0EsT0FBRyxZQUFZO0FBQ2YsT0FBRyxnQkFBZ0I7QUFDbkIsV0FBTyxFQUFFLE9BQU87QUFBQSxFQUNsQjtBQUFBLEVBRVEsYUFBYSxNQUFrQixLQUFVLGFBQTZDO0FBQzVGLFFBQUksQ0FBQyxLQUFLLFVBQVUsR0FBRyxFQUFHLFFBQU87QUFDakMsVUFBTSxPQUFPLEtBQUssS0FBSyxHQUFHLEtBQUssSUFBSSxXQUFXLENBQUM7QUFDL0MsU0FBSyxVQUFVLEdBQUcsSUFBSTtBQUN0QixTQUFLLEtBQUssR0FBRyxJQUFJO0FBQ2pCLFdBQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSxZQUFZO0FBQUEsRUFDM0M7QUFBQSxFQUVRLFFBQVEsTUFBa0IsUUFBb0M7QUFDcEUsU0FBSyxXQUFXLElBQUk7QUFDcEIsV0FBTyxFQUFFLE9BQU87QUFBQSxFQUNsQjtBQUFBO0FBQUEsRUFHUSxXQUFXLE1BQXdCO0FBQ3pDLFFBQUksS0FBSyxpQkFBa0I7QUFDM0IsU0FBSyxtQkFBbUI7QUFDeEIsUUFBSSxLQUFLLE1BQU87QUFDaEIsU0FBSyxtQkFBbUIsRUFBRSxRQUFRLEtBQUssU0FBUyxvQkFBb0IsTUFBTSxJQUFJLFdBQVcsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxHQUFHLFlBQVksR0FBRyxDQUFDO0FBQUEsRUFDNUg7QUFBQTtBQUFBLEVBR0EsbUJBQW1CLE9BQWdDO0FBQ2pELFFBQUksS0FBSyxTQUFTLEtBQUssZ0JBQWdCLEtBQUssVUFBVztBQUN2RCxTQUFLLFFBQVE7QUFDYixVQUFNLFVBQVUsSUFBSSxVQUFVLENBQUMsQ0FBQyxXQUFXLE9BQU8sTUFBTSxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQ2pFLGVBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxNQUFNLFFBQVMsU0FBUSxJQUFJLEdBQUcsQ0FBQztBQUNwRCxRQUFJLE1BQU0sS0FBSyxTQUFTLEdBQUc7QUFDekIsVUFBSSxRQUFRLElBQUksY0FBYyxNQUFNLE9BQVcsU0FBUSxJQUFJLGdCQUFnQixZQUFZO0FBQ3ZGLGNBQVEsUUFBUSxrQkFBa0IsT0FBTyxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQUEsSUFDN0Q7QUFDQSxVQUFNLE9BQU8sS0FBSyxNQUFNO0FBQ3hCLFVBQU0sa0JBQWtCLEtBQUs7QUFDN0IsU0FBSyxvQkFBb0I7QUFDekIsU0FBSyxjQUFjO0FBQ25CLFNBQUssUUFBUTtBQUNiLFNBQUssWUFBWSxDQUFDO0FBQ2xCLFNBQUssTUFBTSxRQUFRLFFBQVE7QUFDM0IsUUFBSSxpQkFBaUI7QUFFbkIsV0FBSyxZQUFZO0FBQ2pCLFdBQUssUUFBUSxDQUFDO0FBQ2QsV0FBSyxtQkFBbUI7QUFDeEIsVUFBSSxNQUFNLEtBQUssU0FBUyxFQUFHLE1BQUssVUFBVSxLQUFLLE1BQU0sSUFBSTtBQUN6RDtBQUFBLElBQ0Y7QUFDQSxlQUFXQyxNQUFLLEtBQUssTUFBTyxDQUFBQSxHQUFFLFlBQVksV0FBVztBQUNyRCxTQUFLLEtBQUssWUFBWSxHQUFHLEVBQUUsTUFBTSxXQUFXLGFBQWEsTUFBTSxLQUFLLFdBQVcsRUFBRSxDQUFDO0FBQ2xGLFFBQUksTUFBTSxLQUFLLFNBQVMsRUFBRyxNQUFLLEtBQUssWUFBWSxHQUFHLEVBQUUsTUFBTSxRQUFRLE1BQU0sTUFBTSxNQUFNLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDM0c7QUFBQTtBQUFBLEVBR0EsT0FBTyxLQUFVLE1BQXdCO0FBQ3ZDLFFBQUksS0FBSyxhQUFhLEtBQUssT0FBTyxHQUFHLEVBQUc7QUFDeEMsVUFBTSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQ3pCLFVBQU0sTUFBTSxLQUFLLE1BQU0sR0FBRyxFQUFFLFFBQVEsS0FBSyxLQUFLO0FBQzlDLFFBQUksR0FBRyxjQUFjLEtBQUs7QUFDeEIsWUFBTSxLQUFLLEdBQUc7QUFDZCxTQUFHLFlBQVk7QUFDZixTQUFHLGdCQUFnQjtBQUNuQixVQUFJLEdBQUcsU0FBUyxVQUFXLE1BQUssWUFBWSxHQUFHLElBQUk7QUFBQSxVQUM5QyxNQUFLLGFBQWEsR0FBRyxJQUFJO0FBQzlCLFlBQU0sYUFBYSxHQUFHLFNBQVMsYUFBYSxLQUFLLGFBQWEsTUFBTSxLQUFLLEtBQUssSUFBSTtBQUNsRixVQUFJLFdBQVksTUFBSyxLQUFLLEtBQUssTUFBTSxHQUFHLFVBQVU7QUFDbEQsV0FBSyxLQUFLLEtBQUssTUFBTSxHQUFHLEVBQUU7QUFDMUIsYUFBTyxHQUFHLE1BQU0sU0FBUyxLQUFLLEdBQUcsY0FBYyxVQUFhLENBQUMsS0FBSyxPQUFPLEdBQUcsR0FBRztBQUM3RSxjQUFNLElBQUksR0FBRyxNQUFNLE1BQU07QUFDekIsYUFBSyxLQUFLLEtBQUssRUFBRSxLQUFLLEVBQUUsRUFBRTtBQUFBLE1BQzVCO0FBQ0E7QUFBQSxJQUNGO0FBQ0EsVUFBTSxXQUFXLEtBQUssYUFBYSxNQUFNLEtBQUssS0FBSyxRQUFRLEdBQUcsQ0FBQztBQUMvRCxRQUFJLFNBQVUsTUFBSyxLQUFLLEtBQUssTUFBTSxHQUFHLFFBQVE7QUFBQSxFQUNoRDtBQUFBO0FBQUEsRUFHQSxNQUFNLFNBQXVCO0FBQzNCLFFBQUksS0FBSyxnQkFBZ0IsS0FBSyxVQUFXO0FBQ3pDLFNBQUssZUFBZTtBQUFBLEVBQ3RCO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsSUFBdUI7QUFDNUMsTUFBSSxHQUFHLFNBQVMsVUFBVyxRQUFPO0FBQ2xDLE1BQUksR0FBRyxTQUFTLE9BQVEsUUFBTztBQUMvQixTQUFPO0FBQ1Q7OztBQ3JmQSxTQUFTLGdCQUFnQjs7O0FDUWxCLFNBQVMsYUFBYUssS0FBNEI7QUFDdkQsUUFBTUMsS0FBSUQsSUFBRztBQUNiLFFBQU0sTUFBTSxDQUFDLEtBQWEsUUFBZ0JDLEdBQUUsV0FBVyxLQUFLLEdBQUc7QUFFL0QsUUFBTSxZQUFZLENBQUMsU0FDakIsUUFBUSxjQUFjLDBCQUEwQkQsSUFBRyxZQUFZLElBQUksSUFBSUEsSUFBRyxlQUFlLEVBQUUsTUFBTSxVQUFVLElBQUk7QUFFakgsUUFBTSxRQUFxRDtBQUFBLElBQ3pELFVBQVUsT0FBZSxLQUFhLE1BQWM7QUFDbEQsVUFBSSxRQUFRLEtBQUssU0FBUyxXQUFXLE9BQVEsUUFBTyxXQUFXO0FBQy9ELFlBQU0sVUFBVSxJQUFJLEtBQUssSUFBSTtBQUM3QixVQUFJLFlBQVksT0FBVyxRQUFPLFdBQVc7QUFDN0MsTUFBQUEsSUFBRyxJQUFJLFdBQVcsS0FBSyxHQUFJLE9BQU87QUFDbEMsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLG9CQUFvQixLQUFhO0FBQy9CLGFBQU9DLEdBQUUsU0FBUyxLQUFLRCxJQUFHLGFBQWEsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ3hFO0FBQUEsSUFDQSxtQ0FBbUMsS0FBYTtBQUM5QyxhQUFPQyxHQUFFLFNBQVMsS0FBS0QsSUFBRyxLQUFLLFdBQVcsQ0FBQyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDNUU7QUFBQSxJQUNBLG1DQUFtQyxRQUFnQjtBQUNqRCxNQUFBQSxJQUFHLGNBQWMsV0FBVyxDQUFDO0FBQzdCLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQUEsSUFDQSxpQkFBaUIsU0FBaUIsUUFBZ0IsU0FBaUI7QUFDakUsWUFBTSxTQUFTQSxJQUFHLGNBQWM7QUFDaEMsVUFBSSxDQUFDQyxHQUFFLFNBQVMsU0FBUyxPQUFPLElBQUksRUFBRyxRQUFPLFdBQVc7QUFDekQsYUFBT0EsR0FBRSxrQkFBa0IsSUFBSSxZQUFZLEVBQUUsT0FBTyxPQUFPLE9BQU8sR0FBRyxRQUFRLE9BQU8sSUFDaEYsV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNqQztBQUFBLElBQ0EsNEJBQTRCLFdBQW1CO0FBQzdDLGFBQU9ELElBQUcsb0JBQW9CLGNBQWMsQ0FBQztBQUFBLElBQy9DO0FBQUEsSUFDQSxhQUFhO0FBQ1gsYUFBT0EsSUFBRyxLQUFLO0FBQUEsSUFDakI7QUFBQSxJQUNBLDRCQUE0QixTQUFpQixVQUFrQixRQUFnQixTQUFpQjtBQUU5RixVQUFJLElBQUksU0FBUyxRQUFRLE1BQU0sVUFBYUMsR0FBRSxLQUFLLFFBQVEsT0FBTyxNQUFNLE9BQVcsUUFBTyxXQUFXO0FBQ3JHLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQUE7QUFBQSxJQUdBLG1CQUFtQixTQUFpQixVQUFrQixRQUFnQixTQUFpQjtBQUNyRixZQUFNLE9BQU8sSUFBSSxTQUFTLFFBQVE7QUFDbEMsVUFBSSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQzFDLFlBQU0sUUFBUSxnQkFBZ0IsTUFBTUQsSUFBRyxjQUFjLENBQUM7QUFDdEQsVUFBSSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQzNDLGFBQU9DLEdBQUUsa0JBQWtCLE9BQU8sUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNsRjtBQUFBLElBQ0EsbUJBQW1CLFFBQWdCLFNBQWlCLFVBQWtCLFdBQW1CO0FBQ3ZGLFlBQU0sTUFBTSxJQUFJLFFBQVEsT0FBTztBQUMvQixZQUFNLFFBQVFBLEdBQUUsS0FBSyxVQUFVLFNBQVM7QUFDeEMsVUFBSSxRQUFRLFVBQWEsVUFBVSxPQUFXLFFBQU8sV0FBVztBQUNoRSxZQUFNLE9BQU9ELElBQUcsZUFBZSxFQUFFO0FBRWpDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixXQUFLLE9BQU8sWUFBWSxJQUFJLEtBQUssS0FBSztBQUN0QyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSwyQkFBMkIsTUFBYyxJQUFZLElBQVksSUFBWSxJQUFZO0FBQ3ZGLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsWUFBTSxRQUFRLElBQUksSUFBSSxFQUFFO0FBQ3hCLFVBQUksUUFBUSxVQUFhLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDaEUsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFDNUIsVUFBSSxJQUFJLEtBQUssS0FBSztBQUNsQixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMkJBQTJCLE1BQWMsSUFBWSxJQUFZLFFBQWdCLFNBQWlCO0FBQ2hHLFVBQUksT0FBTyxLQUFLLE9BQU8sb0JBQXFCLFFBQU8sV0FBVztBQUM5RCxZQUFNLE1BQU0sSUFBSSxJQUFJLEVBQUU7QUFDdEIsVUFBSSxRQUFRLE9BQVcsUUFBTyxXQUFXO0FBQ3pDLFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLFlBQU0sUUFBUSxJQUFJLElBQUksR0FBRztBQUN6QixVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsYUFBT0MsR0FBRSxrQkFBa0IsSUFBSSxZQUFZLEVBQUUsT0FBTyxLQUFLLEdBQUcsUUFBUSxPQUFPLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUM1RztBQUFBLElBQ0EsK0JBQStCLE1BQWMsSUFBWSxJQUFZLElBQVksSUFBWTtBQUMzRixVQUFJLE9BQU8sS0FBSyxPQUFPLG9CQUFxQixRQUFPLFdBQVc7QUFDOUQsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFlBQU0sUUFBUSxJQUFJLElBQUksRUFBRTtBQUN4QixVQUFJLFFBQVEsVUFBYSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQ2hFLFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLFVBQUksUUFBUSxLQUFLLEtBQUs7QUFDdEIsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLDhCQUE4QixNQUFjLElBQVksSUFBWTtBQUNsRSxVQUFJLE9BQU8sS0FBSyxPQUFPLG9CQUFxQixRQUFPLFdBQVc7QUFDOUQsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFVBQUksUUFBUSxPQUFXLFFBQU8sV0FBVztBQUN6QyxZQUFNLE1BQU0sVUFBVSxJQUFJO0FBQzFCLFVBQUksQ0FBQyxJQUFLLFFBQU8sV0FBVztBQUM1QixVQUFJLE9BQU8sR0FBRztBQUNkLGFBQU8sV0FBVztBQUFBLElBQ3BCO0FBQUEsSUFDQSwyQkFBMkIsTUFBYyxRQUFnQixTQUFpQjtBQUN4RSxVQUFJLE9BQU8sS0FBSyxPQUFPLG9CQUFxQixRQUFPLFdBQVc7QUFDOUQsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFDNUIsWUFBTSxRQUFRLElBQUksTUFBTTtBQUN4QixZQUFNLFFBQVEsTUFBTSxXQUFXLElBQUksSUFBSSxXQUFXLENBQUMsSUFBSSxZQUFZLEtBQUs7QUFDeEUsYUFBT0EsR0FBRSxrQkFBa0IsT0FBTyxRQUFRLE9BQU8sSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ2xGO0FBQUEsSUFDQSwyQkFBMkIsTUFBYyxLQUFhLE1BQWM7QUFDbEUsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sUUFBUUEsR0FBRSxLQUFLLEtBQUssSUFBSTtBQUM5QixVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsWUFBTSxNQUFNLFVBQVUsSUFBSTtBQUMxQixVQUFJLENBQUMsSUFBSyxRQUFPLFdBQVc7QUFFNUIsVUFBSSxPQUFPLFlBQVksS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNuQyxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBLElBQ0EsMEJBQTBCLE1BQWMsV0FBbUI7QUFDekQsVUFBSSxPQUFPLEtBQUssT0FBTyxvQkFBcUIsUUFBTyxXQUFXO0FBQzlELFlBQU0sTUFBTSxVQUFVLElBQUk7QUFDMUIsVUFBSSxDQUFDLElBQUssUUFBTyxXQUFXO0FBQzVCLGFBQU9BLEdBQUUsU0FBUyxXQUFXLElBQUksU0FBUyxDQUFDLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUM1RTtBQUFBO0FBQUEsSUFHQSx1QkFBdUIsTUFBYyxPQUFlLFFBQWdCLFFBQWdCLFNBQWlCO0FBQ25HLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLFNBQVNELElBQUcsT0FBTyxJQUFJO0FBQzdCLFVBQUksQ0FBQyxPQUFRLFFBQU8sV0FBVztBQUMvQixZQUFNRSxLQUFJLFVBQVU7QUFDcEIsVUFBSSxJQUFJLFdBQVc7QUFDbkIsVUFBSUEsS0FBSSxJQUFJLFdBQVksUUFBTyxXQUFXO0FBQzFDLFlBQU0sUUFBUSxPQUFPLElBQUk7QUFDekIsVUFBSUEsS0FBSSxNQUFNLE9BQVEsUUFBTyxXQUFXO0FBQ3hDLFVBQUlBLEtBQUksSUFBSSxNQUFNLE9BQVEsS0FBSSxNQUFNLFNBQVNBO0FBRTdDLFVBQUksTUFBTSxFQUFHLFFBQU8sV0FBVztBQUMvQixhQUFPRCxHQUFFLGtCQUFrQixNQUFNLFNBQVNDLElBQUdBLEtBQUksQ0FBQyxHQUFHLFFBQVEsT0FBTyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDckc7QUFBQSxJQUNBLHdCQUF3QixNQUFjLFdBQW1CLFVBQWtCO0FBQ3pFLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLFNBQVNGLElBQUcsT0FBTyxJQUFJO0FBQzdCLFVBQUksQ0FBQyxPQUFRLFFBQU8sV0FBVztBQUMvQixhQUFPQyxHQUFFLFNBQVMsV0FBVyxPQUFPLElBQUksRUFBRSxNQUFNLEtBQUtBLEdBQUUsU0FBUyxVQUFVLENBQUMsSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQzVHO0FBQUEsSUFDQSx1QkFBdUIsTUFBYyxPQUFlLFFBQWdCLFNBQWlCLFVBQWtCO0FBQ3JHLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLFNBQVNELElBQUcsT0FBTyxJQUFJO0FBQzdCLFVBQUksQ0FBQyxVQUFVLENBQUMsT0FBTyxJQUFLLFFBQU8sV0FBVztBQUM5QyxZQUFNLE9BQU9DLEdBQUUsS0FBSyxTQUFTLFFBQVE7QUFDckMsVUFBSSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQzFDLFlBQU0sVUFBVSxPQUFPLElBQUk7QUFDM0IsWUFBTUMsS0FBSSxVQUFVO0FBR3BCLFVBQUlBLE9BQU0sR0FBRztBQUNYLGNBQU0sVUFBVSxRQUFRLFNBQVMsS0FBSyxJQUFJLFdBQVcsR0FBRyxRQUFRLE1BQU0sQ0FBQztBQUN2RSxlQUFPLElBQUlDLFFBQU8sTUFBTSxPQUFPLENBQUM7QUFDaEMsZUFBTyxXQUFXO0FBQUEsTUFDcEI7QUFDQSxVQUFJRCxNQUFLLFFBQVEsUUFBUTtBQUN2QixlQUFPLElBQUlDLFFBQU8sU0FBUyxJQUFJLENBQUM7QUFDaEMsZUFBTyxXQUFXO0FBQUEsTUFDcEI7QUFDQSxhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSwwQkFBMEIsUUFBZ0IsWUFBb0IsYUFBcUIsU0FBaUIsVUFBa0IsWUFBb0IsYUFBcUIsWUFBb0I7QUFDakwsWUFBTSxVQUFVLElBQUksWUFBWSxXQUFXO0FBQzNDLFlBQU0sT0FBT0YsR0FBRSxLQUFLLFNBQVMsUUFBUTtBQUNyQyxZQUFNLGNBQWNBLEdBQUUsS0FBSyxZQUFZLFdBQVc7QUFDbEQsVUFBSSxZQUFZLFVBQWEsU0FBUyxVQUFhLGdCQUFnQixPQUFXLFFBQU8sV0FBVztBQUNoRyxNQUFBRCxJQUFHLGtCQUFrQjtBQUNyQixZQUFNLE9BQU9BLElBQUcsZUFBZSxFQUFFO0FBQ2pDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixXQUFLLHFCQUFxQjtBQUFBLFFBQ3hCLFFBQVEsV0FBVztBQUFBLFFBQ25CLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRztBQUFBLFFBQ25DO0FBQUEsUUFDQSxTQUFTLFlBQVksV0FBVyxLQUFLLENBQUM7QUFBQSxRQUN0QyxZQUFZLGFBQWE7QUFBQSxNQUMzQixDQUFDO0FBQ0QsYUFBTyxXQUFXO0FBQUEsSUFDcEI7QUFBQSxJQUNBLHNCQUFzQixNQUFjO0FBQ2xDLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLE9BQU9BLElBQUcsZUFBZSxFQUFFO0FBQ2pDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixhQUFPLEtBQUssZUFBZSxJQUFJO0FBQUEsSUFDakM7QUFBQSxJQUNBLG1CQUFtQixNQUFjO0FBQy9CLFVBQUksT0FBTyxLQUFLLE9BQU8sZ0JBQWlCLFFBQU8sV0FBVztBQUMxRCxZQUFNLE9BQU9BLElBQUcsZUFBZSxFQUFFO0FBQ2pDLFVBQUksQ0FBQyxLQUFNLFFBQU8sV0FBVztBQUM3QixhQUFPLEtBQUssWUFBWSxJQUFJO0FBQUEsSUFDOUI7QUFBQSxJQUNBLDBCQUEwQjtBQUN4QixhQUFPLFdBQVc7QUFBQSxJQUNwQjtBQUFBO0FBQUEsSUFHQSxzQkFBc0IsSUFBWSxJQUFZLFFBQWdCLFNBQWlCLFFBQWdCO0FBQzdGLFlBQU0sTUFBTSxJQUFJLElBQUksRUFBRTtBQUN0QixVQUFJLFFBQVEsT0FBVyxRQUFPLFdBQVc7QUFDekMsWUFBTSxRQUFRQSxJQUFHLEtBQUssV0FBVyxPQUFPQSxJQUFHLE1BQU0sR0FBRztBQUNwRCxVQUFJLENBQUMsTUFBTyxRQUFPLFdBQVc7QUFDOUIsVUFBSSxDQUFDQyxHQUFFLGtCQUFrQixNQUFNLE9BQU8sUUFBUSxPQUFPLEVBQUcsUUFBTyxXQUFXO0FBQzFFLGFBQU9BLEdBQUUsU0FBUyxRQUFRLE1BQU0sR0FBRyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDcEU7QUFBQSxJQUNBLHNCQUFzQixJQUFZLElBQVksSUFBWSxJQUFZLEtBQWE7QUFDakYsWUFBTSxNQUFNLElBQUksSUFBSSxFQUFFO0FBQ3RCLFlBQU0sUUFBUUEsR0FBRSxLQUFLLElBQUksRUFBRTtBQUMzQixVQUFJLFFBQVEsVUFBYSxVQUFVLE9BQVcsUUFBTyxXQUFXO0FBQ2hFLGFBQU9ELElBQUcsS0FBSyxXQUFXLE1BQU1BLElBQUcsTUFBTSxLQUFLLE9BQU8sUUFBUSxDQUFDO0FBQUEsSUFDaEU7QUFBQSxJQUNBLDRCQUE0QixJQUFZLElBQVksVUFBa0I7QUFDcEUsWUFBTUksUUFBTyxJQUFJLElBQUksRUFBRTtBQUN2QixVQUFJQSxVQUFTLE9BQVcsUUFBTyxXQUFXO0FBQzFDLFlBQU0sUUFBUUosSUFBRyxLQUFLLE9BQU8sU0FBU0EsSUFBRyxNQUFNSSxPQUFNSixLQUFJQSxJQUFHLHFCQUFxQixDQUFDO0FBQ2xGLGFBQU9DLEdBQUUsU0FBUyxVQUFVLEtBQUssSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ2xFO0FBQUEsSUFDQSwyQkFBMkIsSUFBWSxJQUFZLElBQVksSUFBWSxVQUFrQjtBQUMzRixZQUFNLE9BQU8sSUFBSSxJQUFJLEVBQUU7QUFDdkIsWUFBTUcsUUFBTyxJQUFJLElBQUksRUFBRTtBQUN2QixVQUFJLFNBQVMsVUFBYUEsVUFBUyxPQUFXLFFBQU8sV0FBVztBQUNoRSxZQUFNLFFBQVFKLElBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTUksS0FBSTtBQUMvQyxVQUFJLFVBQVUsT0FBVyxRQUFPLFdBQVc7QUFDM0MsYUFBT0gsR0FBRSxTQUFTLFVBQVUsS0FBSyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDbEU7QUFBQSxJQUNBLDJCQUEyQixPQUFlLElBQVksSUFBWTtBQUNoRSxZQUFNLE9BQU9BLEdBQUUsS0FBSyxJQUFJLEVBQUU7QUFDMUIsVUFBSSxTQUFTLE9BQVcsUUFBTyxXQUFXO0FBQzFDLFlBQU0sRUFBRSxRQUFRLE9BQU8sSUFBSUQsSUFBRyxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQUcsSUFBSTtBQUNuRSxVQUFJLE9BQVEsQ0FBQUEsSUFBRyxLQUFLLE1BQU0sTUFBTTtBQUNoQyxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsMkJBQTJCLE9BQWUsUUFBZ0IsU0FBaUI7QUFDekUsWUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJQSxJQUFHLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQztBQUMzRCxVQUFJLFdBQVcsV0FBVyxHQUFJLFFBQU87QUFDckMsYUFBT0MsR0FBRSxrQkFBa0IsTUFBTyxRQUFRLE9BQU8sSUFBSSxXQUFXLEtBQUssV0FBVztBQUFBLElBQ2xGO0FBQUE7QUFBQSxJQUdBLGdCQUFnQixJQUFZLElBQVksSUFBWSxJQUFZLElBQVksSUFBWSxJQUFZLElBQVksU0FBaUIsVUFBa0I7QUFDakosWUFBTSxVQUFVLElBQUksSUFBSSxFQUFFO0FBQzFCLFlBQU0sY0FBY0EsR0FBRSxLQUFLLElBQUksRUFBRTtBQUNqQyxZQUFNLE9BQU9BLEdBQUUsS0FBSyxJQUFJLEVBQUU7QUFDMUIsWUFBTSxlQUFlQSxHQUFFLEtBQUssSUFBSSxFQUFFO0FBQ2xDLFVBQUksWUFBWSxVQUFhLGdCQUFnQixVQUFhLFNBQVMsVUFBYSxpQkFBaUIsT0FBVyxRQUFPLFdBQVc7QUFDOUgsVUFBSSxDQUFDQSxHQUFFLFNBQVMsVUFBVSxDQUFDLEVBQUcsUUFBTyxXQUFXO0FBQ2hELFlBQU0sVUFBVUQsSUFBRyxpQkFBaUIsU0FBUyxZQUFZLFdBQVcsS0FBSyxDQUFDLEdBQUcsTUFBTSxZQUFZLFlBQVksS0FBSyxDQUFDLEdBQUcsVUFBVSxDQUFDO0FBQy9ILFVBQUksUUFBUSxVQUFVLE9BQVcsQ0FBQUMsR0FBRSxTQUFTLFVBQVUsUUFBUSxLQUFLO0FBQ25FLGFBQU8sUUFBUTtBQUFBLElBQ2pCO0FBQUE7QUFBQSxJQUdBLG9CQUFvQixNQUFjLElBQVksSUFBWSxPQUFlO0FBQ3ZFLFlBQU1HLFFBQU8sSUFBSSxJQUFJLEVBQUU7QUFDdkIsVUFBSUEsVUFBUyxPQUFXLFFBQU8sV0FBVztBQUMxQyxZQUFNLEVBQUUsUUFBUSxHQUFHLElBQUlKLElBQUcsVUFBVSxPQUFPLFNBQVMsR0FBR0ksS0FBSTtBQUMzRCxVQUFJLFdBQVcsV0FBVyxHQUFJLFFBQU87QUFDckMsYUFBT0gsR0FBRSxTQUFTLE9BQU8sRUFBRyxJQUFJLFdBQVcsS0FBSyxXQUFXO0FBQUEsSUFDN0Q7QUFBQSxJQUNBLHVCQUF1QixJQUFZLFFBQWdCO0FBQ2pELGFBQU9ELElBQUcsVUFBVSxVQUFVLE9BQU8sR0FBRyxPQUFPLE9BQU8sSUFBSSxNQUFNLENBQUM7QUFBQSxJQUNuRTtBQUFBLElBQ0Esb0JBQW9CLElBQVksT0FBZTtBQUM3QyxhQUFPQSxJQUFHLFVBQVUsT0FBTyxPQUFPLEdBQUcsT0FBTyxRQUFRLElBQUksS0FBSyxDQUFDO0FBQUEsSUFDaEU7QUFBQSxJQUNBLGlCQUFpQixJQUFZLFdBQW1CO0FBQzlDLFlBQU0sRUFBRSxRQUFRLE1BQU0sSUFBSUEsSUFBRyxVQUFVLElBQUksT0FBTyxDQUFDO0FBQ25ELFVBQUksV0FBVyxXQUFXLEdBQUksUUFBTztBQUNyQyxhQUFPQyxHQUFFLFNBQVMsV0FBVyxLQUFNLElBQUksV0FBVyxLQUFLLFdBQVc7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTRSxRQUFPLEdBQWUsR0FBMkI7QUFDeEQsUUFBTSxNQUFNLElBQUksV0FBVyxFQUFFLFNBQVMsRUFBRSxNQUFNO0FBQzlDLE1BQUksSUFBSSxDQUFDO0FBQ1QsTUFBSSxJQUFJLEdBQUcsRUFBRSxNQUFNO0FBQ25CLFNBQU87QUFDVDs7O0FDdlNBLElBQU1FLFdBQVUsSUFBSSxZQUFZLE9BQU87QUFFaEMsSUFBTSxjQUFOLE1BQWtCO0FBQUEsRUFDZjtBQUFBLEVBQ0E7QUFBQSxFQUVSLE9BQU8sUUFBNEIsV0FBMkM7QUFDNUUsU0FBSyxTQUFTO0FBQ2QsU0FBSyxZQUFZO0FBQUEsRUFDbkI7QUFBQSxFQUVRLE9BQW1CO0FBQ3pCLFFBQUksQ0FBQyxLQUFLLE9BQVEsT0FBTSxJQUFJLE1BQU0sc0RBQXNEO0FBQ3hGLFdBQU8sSUFBSSxXQUFXLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDMUM7QUFBQSxFQUVBLElBQUksUUFBZ0I7QUFDbEIsV0FBTyxLQUFLLFNBQVMsS0FBSyxPQUFPLE9BQU8sYUFBYSxRQUFRO0FBQUEsRUFDL0Q7QUFBQTtBQUFBLEVBR0EsS0FBSyxLQUFhLEtBQXFDO0FBQ3JELFVBQU0sSUFBSSxRQUFRO0FBQ2xCLFVBQU0sSUFBSSxRQUFRO0FBQ2xCLFVBQU0sTUFBTSxLQUFLLEtBQUs7QUFDdEIsUUFBSSxJQUFJLElBQUksSUFBSSxPQUFRLFFBQU87QUFDL0IsV0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFBQSxFQUMzQjtBQUFBLEVBRUEsV0FBVyxLQUFhLEtBQWlDO0FBQ3ZELFVBQU0sUUFBUSxLQUFLLEtBQUssS0FBSyxHQUFHO0FBQ2hDLFdBQU8sU0FBU0EsU0FBUSxPQUFPLEtBQUs7QUFBQSxFQUN0QztBQUFBLEVBRUEsTUFBTSxLQUFhLE9BQTRCO0FBQzdDLFVBQU0sSUFBSSxRQUFRO0FBQ2xCLFVBQU0sTUFBTSxLQUFLLEtBQUs7QUFDdEIsUUFBSSxJQUFJLE1BQU0sU0FBUyxJQUFJLE9BQVEsUUFBTztBQUMxQyxRQUFJLElBQUksT0FBTyxDQUFDO0FBQ2hCLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxTQUFTLEtBQWEsT0FBd0I7QUFDNUMsVUFBTSxJQUFJLElBQUksV0FBVyxDQUFDO0FBQzFCLFFBQUksU0FBUyxFQUFFLE1BQU0sRUFBRSxVQUFVLEdBQUcsVUFBVSxHQUFHLElBQUk7QUFDckQsV0FBTyxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDMUI7QUFBQSxFQUVBLFNBQVMsS0FBYSxPQUF3QjtBQUM1QyxVQUFNLElBQUksSUFBSSxXQUFXLENBQUM7QUFDMUIsUUFBSSxTQUFTLEVBQUUsTUFBTSxFQUFFLGFBQWEsR0FBRyxPQUFPLFFBQVEsSUFBSSxLQUFLLEdBQUcsSUFBSTtBQUN0RSxXQUFPLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxFQUMxQjtBQUFBLEVBRUEsUUFBUSxLQUFpQztBQUN2QyxVQUFNLElBQUksS0FBSyxLQUFLLEtBQUssQ0FBQztBQUMxQixXQUFPLEtBQUssSUFBSSxTQUFTLEVBQUUsTUFBTSxFQUFFLFVBQVUsR0FBRyxJQUFJO0FBQUEsRUFDdEQ7QUFBQTtBQUFBLEVBR0EsU0FBUyxPQUF1QztBQUM5QyxRQUFJLENBQUMsS0FBSyxVQUFXLE9BQU0sSUFBSSxNQUFNLHlEQUF5RDtBQUM5RixVQUFNLE1BQU0sS0FBSyxVQUFVLE1BQU0sTUFBTSxNQUFNO0FBQzdDLFFBQUksUUFBUSxFQUFHLFFBQU87QUFDdEIsV0FBTyxLQUFLLE1BQU0sS0FBSyxLQUFLLElBQUksTUFBTTtBQUFBLEVBQ3hDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLGtCQUFrQixPQUFtQixRQUFnQixTQUEwQjtBQUM3RSxRQUFJLE1BQU07QUFDVixRQUFJLE1BQU0sU0FBUyxHQUFHO0FBQ3BCLFlBQU0sSUFBSSxLQUFLLFNBQVMsS0FBSztBQUM3QixVQUFJLE1BQU0sT0FBVyxRQUFPO0FBQzVCLFlBQU07QUFBQSxJQUNSO0FBQ0EsV0FBTyxLQUFLLFNBQVMsUUFBUSxHQUFHLEtBQUssS0FBSyxTQUFTLFNBQVMsTUFBTSxNQUFNO0FBQUEsRUFDMUU7QUFDRjs7O0FDakZBLFNBQVMsc0JBQXNCO0FBRy9CLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sYUFBYTtBQUNuQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxjQUFjO0FBQ3BCLElBQU0sY0FBYztBQUNwQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxlQUFlO0FBRXJCLElBQU0saUJBQWlCLEtBQUs7QUFXNUIsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTUMsV0FBVSxJQUFJLFlBQVk7QUFFekIsU0FBUyxZQUFZLEdBQTREO0FBQ3RGLFFBQU1DLEtBQUksRUFBRTtBQUNaLFFBQU0sVUFBVSxDQUFDLElBQVksTUFBYyxTQUFpQixnQkFBZ0M7QUFDMUYsUUFBSSxPQUFPLEtBQUssT0FBTyxFQUFHLFFBQU87QUFDakMsVUFBTSxTQUF1QixDQUFDO0FBQzlCLGFBQVMsSUFBSSxHQUFHLElBQUksWUFBWSxHQUFHLEtBQUs7QUFDdEMsWUFBTSxNQUFNQSxHQUFFLFFBQVEsT0FBTyxJQUFJLENBQUM7QUFDbEMsWUFBTSxNQUFNQSxHQUFFLFFBQVEsT0FBTyxJQUFJLElBQUksQ0FBQztBQUN0QyxVQUFJLFFBQVEsVUFBYSxRQUFRLE9BQVcsUUFBTztBQUNuRCxVQUFJLFFBQVEsRUFBRztBQUNmLFlBQU0sUUFBUUEsR0FBRSxLQUFLLEtBQUssR0FBRztBQUM3QixVQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLGFBQU8sS0FBSyxLQUFLO0FBQUEsSUFDbkI7QUFDQSxRQUFJLFVBQVU7QUFDZCxlQUFXLEtBQUssT0FBUSxZQUFXLEVBQUU7QUFDckMsUUFBSSxVQUFVLEdBQUc7QUFDZixVQUFJLE9BQU8sT0FBTyxJQUFJLENBQUMsTUFBTUYsU0FBUSxPQUFPLEdBQUcsRUFBRSxRQUFRLEtBQUssQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUlBLFNBQVEsT0FBTztBQUU1RixVQUFJLEtBQUssU0FBUyxJQUFJLEVBQUcsUUFBTyxLQUFLLE1BQU0sR0FBRyxFQUFFO0FBQ2hELFFBQUUsSUFBSSxPQUFPLElBQUksU0FBUyxTQUFTLElBQUk7QUFBQSxJQUN6QztBQUNBLFdBQU9FLEdBQUUsU0FBUyxhQUFhLE9BQU8sSUFBSSxnQkFBZ0I7QUFBQSxFQUM1RDtBQUVBLFFBQU0sYUFBYSxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTUQsU0FBUSxPQUFPLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBUSxDQUFDO0FBRWhGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLFVBQVUsTUFBTTtBQUFBO0FBQUEsSUFFaEIsVUFBVSxNQUFNO0FBQ2QsUUFBRSxJQUFJLFNBQVMsdUJBQXVCO0FBQ3RDLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxXQUFXLE1BQU07QUFDZixRQUFFLElBQUksU0FBUyx3QkFBd0I7QUFDdkMsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLGdCQUFnQixDQUFDLElBQVksWUFBb0I7QUFDL0MsVUFBSSxPQUFPLEtBQUssT0FBTyxFQUFHLFFBQU87QUFDakMsWUFBTSxPQUFPLElBQUksV0FBVyxFQUFFO0FBRTlCLFVBQUksU0FBUyxLQUFLLE1BQU0sRUFBRSxhQUFhLEdBQUcsS0FBSyxJQUFJO0FBQ25ELE1BQUFDLEdBQUUsTUFBTSxTQUFTLElBQUk7QUFDckIsYUFBTztBQUFBLElBQ1Q7QUFBQTtBQUFBO0FBQUEsSUFHQSxzQkFBc0IsQ0FBQyxPQUFnQixPQUFPLEtBQUssT0FBTyxJQUFJLGdCQUFnQjtBQUFBLElBQzlFLGlCQUFpQixNQUFNO0FBQUEsSUFDdkIsc0JBQXNCLE1BQU07QUFBQSxJQUM1QixZQUFZLE1BQU07QUFBQSxJQUNsQixvQkFBb0IsQ0FBQyxVQUFrQixZQUFvQjtBQUN6RCxZQUFNLFVBQVUsV0FBVztBQUMzQixZQUFNLE9BQU8sUUFBUSxPQUFPLENBQUMsR0FBR0MsT0FBTSxJQUFJQSxHQUFFLFFBQVEsQ0FBQztBQUNyRCxhQUFPRCxHQUFFLFNBQVMsVUFBVSxRQUFRLE1BQU0sS0FBS0EsR0FBRSxTQUFTLFNBQVMsSUFBSSxJQUFJLGdCQUFnQjtBQUFBLElBQzdGO0FBQUEsSUFDQSxjQUFjLENBQUMsVUFBa0IsV0FBbUI7QUFDbEQsVUFBSSxNQUFNLFdBQVc7QUFDckIsVUFBSSxNQUFNLGFBQWE7QUFDdkIsaUJBQVdDLE1BQUssV0FBVyxHQUFHO0FBQzVCLFlBQUksQ0FBQ0QsR0FBRSxTQUFTLEtBQUssR0FBRyxLQUFLLENBQUNBLEdBQUUsTUFBTSxLQUFLQyxFQUFDLEVBQUcsUUFBTztBQUN0RCxlQUFPQSxHQUFFO0FBQ1QsZUFBTztBQUFBLE1BQ1Q7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0EsaUJBQWlCLENBQUMsU0FBaUIsWUFDakNELEdBQUUsU0FBUyxTQUFTLENBQUMsS0FBS0EsR0FBRSxTQUFTLFNBQVMsQ0FBQyxJQUFJLGdCQUFnQjtBQUFBLElBQ3JFLFdBQVcsTUFBTTtBQUFBLElBQ2pCLGlCQUFpQixDQUFDLFNBQWlCLFlBQW9CLGNBQXNCO0FBQzNFLFVBQUk7QUFDSixVQUFJLFlBQVksRUFBRyxPQUFNLEVBQUUsV0FBVztBQUFBLGVBQzdCLFlBQVksRUFBRyxPQUFNLEVBQUUsWUFBWTtBQUFBLFVBQ3ZDLFFBQU87QUFDWixhQUFPQSxHQUFFLFNBQVMsV0FBVyxHQUFHLElBQUksZ0JBQWdCO0FBQUEsSUFDdEQ7QUFBQSxJQUNBLGFBQWEsQ0FBQyxRQUFnQixRQUFnQjtBQUM1QyxZQUFNLElBQUksUUFBUTtBQUNsQixVQUFJLElBQUksZUFBZ0IsUUFBTztBQUMvQixVQUFJLE1BQU0sRUFBRyxRQUFPO0FBQ3BCLFlBQU0sUUFBUSxJQUFJLFdBQVcsQ0FBQztBQUM5QixxQkFBZSxLQUFLO0FBQ3BCLGFBQU9BLEdBQUUsTUFBTSxRQUFRLEtBQUssSUFBSSxnQkFBZ0I7QUFBQSxJQUNsRDtBQUFBO0FBQUEsSUFFQSxZQUFZLE1BQU07QUFDaEIsUUFBRSxJQUFJLFNBQVMseUJBQXlCO0FBQUEsSUFDMUM7QUFBQTtBQUFBO0FBQUEsSUFHQSxjQUFjLE1BQU07QUFBQSxJQUNwQixjQUFjLENBQUMsS0FBYSxNQUFjLElBQVksZUFDcERBLEdBQUUsU0FBUyxZQUFZLENBQUMsSUFBSSxnQkFBZ0I7QUFBQSxFQUNoRDtBQUNGOzs7QUhyREEsSUFBTUUsV0FBVSxJQUFJLFlBQVk7QUFDaEMsSUFBTSxXQUFXO0FBRWpCLFNBQVMsUUFBUSxPQUFpRCxNQUEwQjtBQUMxRixNQUFJLFVBQVUsT0FBVyxRQUFPLElBQUksV0FBVyxDQUFDO0FBQ2hELE1BQUksaUJBQWlCLFdBQVksUUFBTztBQUN4QyxNQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU9BLFNBQVEsT0FBTyxLQUFLO0FBQzFELE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxLQUFNLFFBQU9BLFNBQVEsT0FBTyxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQzVGLFFBQU0sSUFBSSxVQUFVLEdBQUcsSUFBSSwrREFBK0Q7QUFDNUY7QUFFQSxlQUFlLFFBQVEsUUFBMEQ7QUFDL0UsTUFBSSxrQkFBa0IsWUFBWSxPQUFRLFFBQU87QUFDakQsTUFBSTtBQUNKLE1BQUksT0FBTyxXQUFXLFVBQVU7QUFDOUIsUUFBSTtBQUNGLGNBQVEsTUFBTSxTQUFTLE1BQU07QUFBQSxJQUMvQixTQUFTLEdBQUc7QUFDVixZQUFNLElBQUksZ0JBQWdCLHNCQUFzQixNQUFNLEtBQU0sRUFBWSxPQUFPLEVBQUU7QUFBQSxJQUNuRjtBQUFBLEVBQ0YsV0FBVyxrQkFBa0IsWUFBWTtBQUN2QyxZQUFRO0FBQUEsRUFDVixPQUFPO0FBQ0wsVUFBTSxJQUFJLFVBQVUsa0VBQWtFO0FBQUEsRUFDeEY7QUFDQSxNQUFJO0FBQ0YsV0FBTyxNQUFNLFlBQVksUUFBUSxLQUFnQztBQUFBLEVBQ25FLFNBQVMsR0FBRztBQUNWLFVBQU0sSUFBSSxnQkFBZ0IsR0FBRyxPQUFPLFdBQVcsV0FBVyxTQUFTLGNBQWMsZ0NBQWlDLEVBQVksT0FBTyxFQUFFO0FBQUEsRUFDekk7QUFDRjtBQUVPLElBQU0sS0FBTixNQUFNLElBQXlCO0FBQUEsRUErQjVCLFlBQXFCQyxPQUFZLFNBQW9CO0FBQWhDLGdCQUFBQTtBQUMzQixTQUFLLE9BQU8sUUFBUSxRQUFRO0FBQzVCLFNBQUssU0FBUyxRQUFRLFVBQVU7QUFDaEMsU0FBSyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQ2pDLFNBQUssYUFBYSxtQkFBbUIsUUFBUSxZQUFZLFlBQVk7QUFDckUsVUFBTSxRQUFRLFFBQVEsWUFBWTtBQUNsQyxTQUFLLGdCQUFnQixXQUFXLFFBQVEsS0FBSztBQUM3QyxRQUFJLEtBQUssZ0JBQWdCLEVBQUcsT0FBTSxJQUFJLFVBQVUsMkJBQTJCLFdBQVcsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUNsRyxTQUFLLFlBQVksSUFBSSxVQUFVQSxNQUFLLFdBQVc7QUFDL0MsU0FBSyxrQkFBa0IsUUFBUSxRQUFRLGlCQUFpQixpQkFBaUI7QUFDekUsU0FBSyxzQkFBc0IsUUFBUSxRQUFRLHFCQUFxQixxQkFBcUI7QUFDckYsU0FBSyxjQUFjLE9BQU8sUUFBUSxRQUFRLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Q7QUFBQSxFQVo2QjtBQUFBLEVBOUJwQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxPQUFrQixDQUFDO0FBQUEsRUFDbkIsU0FBUyxJQUFJLFlBQVk7QUFBQSxFQUN6QjtBQUFBLEVBQ0E7QUFBQSxFQUNBLGdCQUFnQjtBQUFBLEVBQ2hCO0FBQUEsRUFDVCxhQUFhO0FBQUE7QUFBQSxFQUViLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUVMO0FBQUEsRUFDUyxXQUFXLG9CQUFJLElBQTBCO0FBQUEsRUFDbEQsZ0JBQWdCO0FBQUEsRUFDaEIsU0FBa0IsQ0FBQztBQUFBLEVBQ25CLHFCQUFxQjtBQUFBLEVBQ3JCLHVCQUF1QjtBQUFBLEVBQ3ZCLFlBQTRCLENBQUM7QUFBQSxFQUM3QixXQUFXLG9CQUFJLElBQXFCO0FBQUEsRUFDcEMsbUJBQW1CO0FBQUEsRUFDbkIsZUFBZTtBQUFBLEVBQ2Y7QUFBQSxFQUNBLGtCQUFrQjtBQUFBLEVBQ1Q7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFpQmpCLGFBQWEsTUFBTUEsT0FBWSxTQUFpQztBQUM5RCxRQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksS0FBTSxPQUFNLElBQUksVUFBVSwrQ0FBK0M7QUFDeEgsVUFBTUMsTUFBSyxJQUFJLElBQUdELE9BQU0sT0FBTztBQUMvQixVQUFNLFNBQVMsTUFBTSxRQUFRLFFBQVEsTUFBTTtBQUMzQyxJQUFBQyxJQUFHLFlBQVksTUFBTTtBQUNyQixJQUFBQSxJQUFHLEtBQUssUUFBUSwwQkFBMEIsSUFBSTtBQUM5QyxXQUFPQTtBQUFBLEVBQ1Q7QUFBQSxFQUVRLFlBQVksUUFBa0M7QUFDcEQsVUFBTSxjQUFjLElBQUksSUFBSSxZQUFZLE9BQU8sUUFBUSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFDakYsVUFBTSxVQUFVLENBQUMsMkJBQTJCLHlCQUF5QixFQUFFLEtBQUssQ0FBQyxNQUFNLFlBQVksSUFBSSxDQUFDLENBQUM7QUFDckcsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLE1BQU0sWUFBWSxJQUFJLHlCQUF5QixJQUFJLHlEQUF5RDtBQUNsSCxZQUFNLElBQUksZ0JBQWdCLGdGQUFnRixHQUFHLEVBQUU7QUFBQSxJQUNqSDtBQUNBLFNBQUssYUFBYSxRQUFRLE1BQU0scUJBQXFCLE1BQU0sRUFBRSxRQUFRLE1BQU0sR0FBRztBQUM5RSxVQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzdCLFVBQU0sT0FBTyxZQUFZO0FBQUEsTUFDdkIsUUFBUSxLQUFLO0FBQUEsTUFDYixLQUFLLENBQUMsT0FBTyxZQUFZLEtBQUssSUFBSSxPQUFPLE9BQU87QUFBQSxNQUNoRCxZQUFZLE1BQU0sS0FBSyxLQUFLLFdBQVc7QUFBQSxNQUN2QyxhQUFhLE1BQU0sS0FBSyxLQUFLLFlBQVk7QUFBQSxNQUN6QyxLQUFLLEtBQUs7QUFBQSxJQUNaLENBQUM7QUFDRCxVQUFNLFVBQW1ELENBQUM7QUFDMUQsZUFBVyxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sR0FBRztBQUNwRCxVQUFJLElBQUksU0FBUyxZQUFZO0FBQzNCLGNBQU0sSUFBSSxnQkFBZ0Isa0JBQWtCLElBQUksSUFBSSxJQUFJLElBQUksTUFBTSxJQUFJLElBQUksSUFBSSxpQ0FBaUM7QUFBQSxNQUNqSDtBQUNBLFlBQU0sUUFBUSxJQUFJLFdBQVcsUUFBUSxNQUFNLElBQUksV0FBVyw0QkFBNEIsSUFBSSxXQUFXLGtCQUFrQixPQUFPO0FBQzlILFlBQU0sT0FBTyxRQUFRLElBQUksSUFBSTtBQUM3QixZQUFNLFFBQVEsSUFBSSxXQUFXLFFBQVEsSUFBSSxPQUFPLEdBQUcsSUFBSSxNQUFNLElBQUksSUFBSSxJQUFJO0FBQ3pFLE9BQUMsUUFBUSxJQUFJLE1BQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLElBQUksU0FBUyxNQUFNO0FBQ3RELGNBQU0sSUFBSSwyQkFBMkIsS0FBSztBQUFBLE1BQzVDO0FBQUEsSUFDRjtBQUNBLFVBQU0sV0FBVyxJQUFJLFlBQVksU0FBUyxRQUFRLE9BQThCO0FBQ2hGLFNBQUssVUFBVSxTQUFTO0FBQ3hCLFVBQU0sU0FBUyxLQUFLLFFBQVE7QUFDNUIsUUFBSSxFQUFFLGtCQUFrQixZQUFZLFFBQVMsT0FBTSxJQUFJLGdCQUFnQiwrQ0FBK0M7QUFDdEgsVUFBTSxTQUFVLEtBQUssUUFBUSxVQUFVLEtBQUssUUFBUTtBQUNwRCxRQUFJLE9BQU8sV0FBVyxXQUFZLE9BQU0sSUFBSSxnQkFBZ0IsNERBQTREO0FBQ3hILFNBQUssT0FBTyxPQUFPLFFBQVEsQ0FBQyxNQUFNLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFBQSxFQUVRLEtBQUssdUJBQXNDO0FBQ2pELFVBQU0sT0FBUSxLQUFLLFFBQVEsZUFBZSxLQUFLLFFBQVE7QUFDdkQsVUFBTSxZQUFZLENBQUMsVUFBcUMsb0JBQUksSUFBSSxPQUFjLEVBQUUsV0FBVyxLQUFLLGVBQWUsUUFBUTtBQUN2SCxRQUFJLE9BQU8sU0FBUyxXQUFZLE1BQUssT0FBTyxTQUFTLEtBQUssUUFBUSxjQUFjLGdCQUFnQixVQUFVLFVBQVUsR0FBRyxNQUFNLEtBQUssR0FBRyxPQUFPO0FBQzVJLFNBQUssU0FBUyxJQUFJLEtBQUssZUFBZSxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQ3RELFNBQUssT0FBTywyQkFBMkIsVUFBVSxHQUFHLE1BQU0sS0FBSyxLQUFLLDJCQUEyQixLQUFLLGVBQWUsQ0FBQyxHQUFHLE9BQU87QUFDOUgsVUFBTSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxVQUFVLEtBQUs7QUFBQSxNQUFPO0FBQUEsTUFBcUIsVUFBVSxvQkFBSSxJQUFJLENBQUMsQ0FBQyxXQUFXLGlCQUFpQixFQUFFLEtBQUssTUFBTSxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxNQUN6SCxNQUFNLEtBQUssS0FBSyxxQkFBcUIsS0FBSyxlQUFlLFNBQVMsTUFBTTtBQUFBLE1BQUc7QUFBQSxJQUFPO0FBQ3BGLFFBQUksQ0FBQyxTQUFTO0FBQ1osVUFBSSxzQkFBdUI7QUFDM0IsWUFBTSxJQUFJLGVBQWUscUJBQXFCLEtBQUssS0FBSyxNQUFNLENBQUMsUUFBUSxDQUFDO0FBQUEsSUFDMUU7QUFDQSxVQUFNLGVBQWUsS0FBSztBQUMxQixVQUFNLGFBQWEsS0FBSztBQUFBLE1BQU87QUFBQSxNQUFzQixVQUFVLG9CQUFJLElBQUksQ0FBQyxDQUFDLFdBQVcscUJBQXFCLEVBQUUsS0FBSyxNQUFNLGFBQWEsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLE1BQ3JJLE1BQU0sS0FBSyxLQUFLLHNCQUFzQixLQUFLLGVBQWUsYUFBYSxNQUFNO0FBQUEsTUFBRztBQUFBLElBQU87QUFDekYsUUFBSSxDQUFDLFlBQVk7QUFDZixVQUFJLHNCQUF1QjtBQUMzQixZQUFNLElBQUksZUFBZSxzQkFBc0IsS0FBSyxLQUFLLE1BQU0sQ0FBQyxRQUFRLENBQUM7QUFBQSxJQUMzRTtBQUNBLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUE7QUFBQSxFQUdRLEtBQUtDLFVBQWlCLE1BQW1DO0FBQy9ELFVBQU0sS0FBSyxLQUFLLFFBQVFBLEtBQUk7QUFDNUIsUUFBSSxPQUFPLE9BQU8sV0FBWSxRQUFPQSxVQUFTLHVCQUF1QkEsVUFBUyx3QkFBd0JBLFVBQVMsa0JBQWtCLElBQUk7QUFDckksVUFBTSxTQUFVLEdBQThDLEdBQUcsSUFBSTtBQUNyRSxXQUFPLE9BQU8sV0FBVyxXQUFXLFNBQVMsT0FBTyxXQUFXLFdBQVcsT0FBTyxNQUFNLElBQUk7QUFBQSxFQUM3RjtBQUFBO0FBQUEsRUFHQSxZQUFZQSxVQUFpQixNQUF3QjtBQUNuRCxXQUFPLEtBQUssS0FBS0EsT0FBTSxHQUFHLElBQUk7QUFBQSxFQUNoQztBQUFBLEVBRUEsVUFBVUEsT0FBdUI7QUFDL0IsV0FBTyxPQUFPLEtBQUssUUFBUUEsS0FBSSxNQUFNO0FBQUEsRUFDdkM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPQSxPQUFVLFVBQWtCLE9BQWMsSUFBYSxTQUEyQixRQUF1QjtBQUN2RyxVQUFNLFlBQVksS0FBSyxPQUFPLFdBQVc7QUFDekMsU0FBSyxPQUFPLEtBQUssS0FBSztBQUN0QixRQUFJLFdBQVc7QUFDYixXQUFLLHFCQUFxQjtBQUMxQixXQUFLLHVCQUF1QjtBQUFBLElBQzlCO0FBQ0EsUUFBSTtBQUNKLFFBQUk7QUFDRixlQUFTLEdBQUc7QUFBQSxJQUNkLFNBQVMsR0FBRztBQUNWLFdBQUssT0FBTyxJQUFJO0FBQ2hCLFVBQUksVUFBVyxNQUFLLFlBQVksQ0FBQztBQUNqQyxVQUFJLGFBQWEsVUFBVyxPQUFNO0FBQ2xDLFlBQU0sT0FBTyxhQUFhLFFBQVEsRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUN0RCxZQUFNLFFBQVEsSUFBSSxnQkFBZ0IsVUFBVSxNQUFNLEtBQUssS0FBSyxNQUFNLENBQUMsUUFBUSxHQUFHLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDMUYsVUFBSSxXQUFXLFdBQVcsS0FBSyxLQUFLLFdBQVcsUUFBUyxPQUFNO0FBQzlELFdBQUssU0FBUztBQUNkLFdBQUssSUFBSSxZQUFZLHNDQUFzQyxNQUFNLFFBQVEsTUFBTSxJQUFJLEVBQUUsQ0FBQyxDQUFDLEVBQUU7QUFDekYsYUFBTztBQUFBLElBQ1Q7QUFDQSxTQUFLLE9BQU8sSUFBSTtBQUNoQixRQUFJLFdBQVc7QUFDYixXQUFLLHFCQUFxQjtBQUMxQixZQUFNLFVBQVUsS0FBSztBQUNyQixXQUFLLFlBQVksQ0FBQztBQUNsQixpQkFBVyxVQUFVLFFBQVMsUUFBTztBQUNyQyxXQUFLLEtBQUssY0FBYztBQUFBLElBQzFCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsSUFBSSxtQkFBNEI7QUFDOUIsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsb0JBQTBCO0FBQ3hCLFNBQUssdUJBQXVCO0FBQUEsRUFDOUI7QUFBQTtBQUFBLEVBR0EsTUFBTSxRQUEwQjtBQUM5QixRQUFJLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUFBLFFBQ2hDLE1BQUssVUFBVSxLQUFLLE1BQU07QUFBQSxFQUNqQztBQUFBO0FBQUE7QUFBQSxFQUtBLGtCQUFrQixNQUFzQztBQUN0RCxVQUFNLEtBQUssS0FBSztBQUNoQixTQUFLLFNBQVMsSUFBSSxJQUFJLEVBQUUsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUM1QyxVQUFNLEtBQUssS0FBSztBQUFBLE1BQU87QUFBQSxNQUEyQixFQUFFLFdBQVcsSUFBSSxTQUFTLG9CQUFJLElBQUksRUFBRTtBQUFBLE1BQ3BGLE1BQU0sS0FBSyxLQUFLLDJCQUEyQixJQUFJLEtBQUssYUFBYTtBQUFBLElBQUM7QUFDcEUsV0FBTyxPQUFPLFNBQVksU0FBWTtBQUFBLEVBQ3hDO0FBQUE7QUFBQSxFQUdBLFlBQVksSUFBa0I7QUFDNUIsU0FBSyxTQUFTLE9BQU8sRUFBRTtBQUFBLEVBQ3pCO0FBQUEsRUFFQSxpQkFBb0Q7QUFDbEQsVUFBTSxRQUFRLEtBQUssT0FBTyxLQUFLLE9BQU8sU0FBUyxDQUFDO0FBQ2hELFFBQUksS0FBSyxPQUFPLGFBQWEsS0FBSztBQUNsQyxRQUFJLEtBQUssdUJBQXVCLEtBQUssS0FBSyxTQUFTLElBQUksS0FBSyxrQkFBa0IsRUFBRyxNQUFLLEtBQUs7QUFDM0YsVUFBTSxRQUFRLEtBQUssU0FBUyxJQUFJLEVBQUU7QUFDbEMsV0FBTyxPQUFPLFNBQVMsU0FBUyxFQUFFLElBQUksTUFBTSxNQUFNLEtBQUssSUFBSSxFQUFFLEdBQUc7QUFBQSxFQUNsRTtBQUFBLEVBRUEsdUJBQStCO0FBQzdCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLG9CQUFvQixJQUFvQjtBQUN0QyxRQUFJLENBQUMsS0FBSyxTQUFTLElBQUksRUFBRSxFQUFHLFFBQU8sV0FBVztBQUM5QyxTQUFLLHFCQUFxQjtBQUMxQixXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBLEVBRUEsZ0JBQW1EO0FBQ2pELGFBQVMsSUFBSSxLQUFLLE9BQU8sU0FBUyxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQ2hELFlBQU1DLEtBQUksS0FBSyxPQUFPLENBQUMsRUFBRztBQUMxQixVQUFJQSxHQUFHLFFBQU9BO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEVBQUUsTUFBTSxXQUFXLElBQUksU0FBUyxHQUFHO0FBQUEsRUFDNUM7QUFBQSxFQUVBLE9BQU8sTUFBd0M7QUFDN0MsYUFBUyxJQUFJLEtBQUssT0FBTyxTQUFTLEdBQUcsS0FBSyxHQUFHLEtBQUs7QUFDaEQsWUFBTSxJQUFJLEtBQUssT0FBTyxDQUFDLEVBQUcsUUFBUSxJQUFJLElBQUk7QUFDMUMsVUFBSSxFQUFHLFFBQU87QUFBQSxJQUNoQjtBQUNBLFVBQU0sT0FBTyxLQUFLLGVBQWUsRUFBRTtBQUNuQyxXQUFPLE1BQU0sV0FBVyxJQUFJO0FBQUEsRUFDOUI7QUFBQSxFQUVBLGdCQUErQjtBQUM3QixVQUFNLE9BQU8sS0FBSyxlQUFlLEVBQUU7QUFDbkMsVUFBTUYsTUFBb0I7QUFBQSxNQUN4QixhQUFhLEtBQUs7QUFBQSxNQUNsQixnQkFBZ0IsS0FBSztBQUFBLE1BQ3JCLGNBQWMsS0FBSztBQUFBLE1BQ25CLEdBQUcsS0FBSztBQUFBLElBQ1Y7QUFDQSxRQUFJLENBQUMsS0FBTSxRQUFPLEVBQUUsSUFBQUEsSUFBRztBQUN2QixXQUFPO0FBQUEsTUFDTCxJQUFBQTtBQUFBLE1BQ0EsUUFBUSxLQUFLLE9BQU87QUFBQSxNQUNwQixnQkFBZ0IsS0FBSyxPQUFPO0FBQUEsTUFDNUIsaUJBQWlCLEtBQUssT0FBTztBQUFBLE1BQzdCLGFBQWEsS0FBSyxPQUFPO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUlBLElBQUksT0FBcUIsU0FBdUI7QUFDOUMsU0FBSyxLQUFLLEtBQUssRUFBRSxPQUFPLFNBQVMsV0FBVyxLQUFLLGVBQWUsRUFBRSxHQUFHLENBQUM7QUFBQSxFQUN4RTtBQUFBO0FBQUEsRUFJQSxjQUFjLFVBQXdCO0FBQ3BDLFNBQUssZUFBZTtBQUNwQixTQUFLLGFBQWEsYUFBYSxJQUFJLFNBQVksS0FBSyxLQUFLLFFBQVE7QUFBQSxFQUNuRTtBQUFBO0FBQUEsRUFHQSxZQUF1RTtBQUNyRSxRQUFJO0FBQ0osUUFBSSxLQUFLLGVBQWUsT0FBVyxRQUFPLEVBQUUsSUFBSSxLQUFLLFlBQVksS0FBSyxHQUFHLE1BQU0sTUFBTSxLQUFLLFNBQVMsRUFBRTtBQUNyRyxlQUFXLEtBQUssS0FBSyxTQUFTLE9BQU8sR0FBRztBQUN0QyxVQUFJLEVBQUUsYUFBYSxPQUFXO0FBQzlCLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU8sRUFBRSxhQUFhLEtBQUssTUFBTSxLQUFLLFFBQVEsS0FBSyxFQUFFLE1BQU0sS0FBSyxLQUFNO0FBQ25HLGVBQU8sRUFBRSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsS0FBSyxNQUFNLE1BQU0sS0FBSyxRQUFRLENBQUMsRUFBRTtBQUFBLE1BQ25FO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxXQUFpQjtBQUN2QixTQUFLLGFBQWEsS0FBSyxLQUFLLFFBQVEsS0FBSztBQUN6QyxRQUFJLEtBQUssT0FBUTtBQUNqQixTQUFLO0FBQUEsTUFBTztBQUFBLE1BQWlCLEVBQUUsV0FBVyxLQUFLLGVBQWUsU0FBUyxvQkFBSSxJQUFJLEVBQUU7QUFBQSxNQUMvRSxNQUFNLEtBQUssS0FBSyxpQkFBaUIsS0FBSyxhQUFhO0FBQUEsSUFBQztBQUFBLEVBQ3hEO0FBQUE7QUFBQSxFQUlBLGlCQUFpQixlQUF1QixPQUFxQjtBQUMzRCxRQUFJLEtBQUssT0FBUTtBQUNqQixTQUFLO0FBQUEsTUFBTztBQUFBLE1BQXdCLEVBQUUsV0FBVyxlQUFlLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQUEsTUFDakYsTUFBTSxLQUFLLEtBQUssd0JBQXdCLGVBQWUsS0FBSztBQUFBLElBQUM7QUFBQSxFQUNqRTtBQUFBO0FBQUEsRUFJQSxpQkFBaUIsU0FBaUIsU0FBc0IsTUFBa0IsVUFBdUIsV0FBdUQ7QUFDdEosUUFBSSxZQUFZLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzNELFFBQUksQ0FBQyxLQUFLLEtBQUssV0FBVyxPQUFPLEVBQUcsUUFBTyxFQUFFLFFBQVEsV0FBVyxZQUFZO0FBQzVFLFVBQU0sUUFBUSxJQUFJLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUMsQ0FBQztBQUUzRCxRQUFJLENBQUMsTUFBTSxJQUFJLE9BQU8sS0FBSyxDQUFDLE1BQU0sSUFBSSxTQUFTLEtBQUssQ0FBQyxNQUFNLElBQUksWUFBWSxFQUFHLFFBQU8sRUFBRSxRQUFRLFdBQVcsWUFBWTtBQUN0SCxVQUFNLFFBQVEsS0FBSztBQUNuQixVQUFNLFVBQW1CO0FBQUEsTUFDdkI7QUFBQSxNQUFPO0FBQUEsTUFBUztBQUFBLE1BQVM7QUFBQSxNQUFNO0FBQUEsTUFBVTtBQUFBO0FBQUEsTUFFekMsVUFBVSxjQUFjLElBQUksU0FBWSxLQUFLLEtBQUssUUFBUTtBQUFBLE1BQzFELEtBQUssS0FBSyxLQUFLLFFBQVE7QUFBQSxNQUN2QixTQUFTLENBQUMsYUFBYSxLQUFLLGdCQUFnQixTQUFTLFFBQVE7QUFBQSxNQUM3RCxNQUFNLE1BQU0sS0FBSyxZQUFZLE9BQU87QUFBQSxJQUN0QztBQUNBLFNBQUssU0FBUyxJQUFJLE9BQU8sT0FBTztBQUNoQyxXQUFPLEVBQUUsUUFBUSxXQUFXLElBQUksTUFBTTtBQUFBLEVBQ3hDO0FBQUEsRUFFQSxrQkFBb0M7QUFDbEMsV0FBTyxDQUFDLEdBQUcsS0FBSyxTQUFTLE9BQU8sQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFFLE9BQU8sU0FBUyxTQUFTLE1BQU0sVUFBVSxXQUFXLFNBQVMsS0FBSyxPQUN6RyxFQUFFLE9BQU8sU0FBUyxTQUFTLE1BQU0sVUFBVSxXQUFXLFNBQVMsS0FBSyxFQUFFO0FBQUEsRUFDM0U7QUFBQSxFQUVRLFlBQVksU0FBd0I7QUFDMUMsUUFBSSxLQUFLLFNBQVMsSUFBSSxRQUFRLEtBQUssTUFBTSxTQUFTO0FBQ2hELFlBQU0sSUFBSSxVQUFVLFdBQVcsUUFBUSxLQUFLLE9BQU8sUUFBUSxPQUFPLDRDQUE0QztBQUFBLElBQ2hIO0FBQ0EsU0FBSyxTQUFTLE9BQU8sUUFBUSxLQUFLO0FBQUEsRUFDcEM7QUFBQSxFQUVRLGdCQUFnQixTQUFrQixVQUFpQztBQUN6RSxRQUFJLE9BQU8sYUFBYSxZQUFZLGFBQWEsS0FBTSxPQUFNLElBQUksVUFBVSwrQ0FBK0M7QUFDMUgsU0FBSyxZQUFZLE9BQU87QUFDeEIsVUFBTSxVQUFVLElBQUksVUFBVSxpQkFBaUIsU0FBUyxTQUFTLDBCQUEwQixDQUFDO0FBQzVGLFFBQUksUUFBUSxJQUFJLFNBQVMsTUFBTSxPQUFXLFNBQVEsSUFBSSxXQUFXLEtBQUs7QUFDdEUsVUFBTSxPQUFPLE9BQU8sU0FBUyxTQUFTLFdBQVdGLFNBQVEsT0FBTyxTQUFTLElBQUksSUFBSSxTQUFTLFFBQVEsSUFBSSxXQUFXLENBQUM7QUFDbEgsVUFBTSxXQUFXLElBQUksVUFBVSxpQkFBaUIsU0FBUyxVQUFVLDJCQUEyQixDQUFDO0FBQy9GLFNBQUssdUJBQXVCLFFBQVEsT0FBTyxTQUFTLE1BQU0sVUFBVSxFQUFFLE1BQU0sV0FBVyxJQUFJLFNBQVMsR0FBRyxDQUFDO0FBQUEsRUFDMUc7QUFBQSxFQUVRLFlBQVksU0FBd0I7QUFDMUMsU0FBSyxZQUFZLE9BQU87QUFDeEIsU0FBSyx1QkFBdUIsUUFBUSxPQUFPLFFBQVcsUUFBVyxRQUFXLEVBQUUsTUFBTSxXQUFXLGtCQUFrQixTQUFTLFFBQVEsQ0FBQztBQUFBLEVBQ3JJO0FBQUE7QUFBQSxFQUdRLFFBQVEsU0FBd0I7QUFDdEMsU0FBSyxZQUFZLE9BQU87QUFDeEIsVUFBTSxPQUFPQSxTQUFRLE9BQU8sMEJBQTBCO0FBQ3RELFVBQU0sVUFBVSxJQUFJLFVBQVUsQ0FBQyxDQUFDLFdBQVcsS0FBSyxHQUFHLENBQUMsa0JBQWtCLE9BQU8sS0FBSyxNQUFNLENBQUMsR0FBRyxDQUFDLGdCQUFnQixZQUFZLENBQUMsQ0FBQztBQUMzSCxTQUFLLHVCQUF1QixRQUFRLE9BQU8sU0FBUyxNQUFNLElBQUksVUFBVSxHQUFHLEVBQUUsTUFBTSxXQUFXLElBQUksU0FBUyxHQUFHLENBQUM7QUFBQSxFQUNqSDtBQUFBLEVBRVEsdUJBQXVCLE9BQWUsU0FBZ0MsTUFBOEIsVUFBaUMsUUFBaUQ7QUFDNUwsUUFBSSxLQUFLLE9BQVE7QUFDakIsVUFBTSxVQUFVLG9CQUFJLElBQTBCO0FBQzlDLFFBQUksS0FBTSxTQUFRLElBQUksV0FBVyxzQkFBc0IsRUFBRSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQzFFLFVBQU0sUUFBNkUsRUFBRSxXQUFXLEtBQUssZUFBZSxTQUFTLE9BQU87QUFDcEksU0FBSyxjQUFjLEVBQUUsU0FBUyxTQUFTO0FBQ3ZDLFFBQUk7QUFDRixXQUFLLE9BQU8sK0JBQStCLE9BQU8sTUFDaEQsS0FBSyxLQUFLLCtCQUErQixLQUFLLGVBQWUsT0FBTyxTQUFTLFNBQVMsR0FBRyxNQUFNLFVBQVUsR0FBRyxVQUFVLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDckksVUFBRTtBQUNBLFdBQUssY0FBYztBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUFBLEVBRVE7QUFBQTtBQUFBLEVBR1IsWUFBWSxNQUFxQztBQUMvQyxRQUFJLFNBQVMsY0FBYyx3QkFBeUIsUUFBTyxLQUFLLGFBQWE7QUFDN0UsUUFBSSxTQUFTLGNBQWMseUJBQTBCLFFBQU8sS0FBSyxhQUFhO0FBQzlFLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFTQSxXQUFpQjtBQUNmLFVBQU0sUUFBUSxFQUFFLFdBQVcsS0FBSyxlQUFlLFNBQVMsb0JBQUksSUFBSSxFQUFFO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLE9BQU8saUJBQWlCLE9BQU8sTUFBTSxLQUFLLEtBQUssaUJBQWlCLEtBQUssYUFBYSxDQUFDO0FBQ3JHLFFBQUksU0FBUyxHQUFHO0FBQ2QsV0FBSyxrQkFBa0I7QUFDdkI7QUFBQSxJQUNGO0FBQ0EsU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFBQSxFQUVRLGFBQW1CO0FBQ3pCLFNBQUssT0FBTyxtQkFBbUIsRUFBRSxXQUFXLEtBQUssZUFBZSxTQUFTLG9CQUFJLElBQUksRUFBRSxHQUFHLE1BQU0sS0FBSyxLQUFLLG1CQUFtQixLQUFLLGFBQWEsQ0FBQztBQUM1SSxTQUFLLFNBQVMsT0FBTyxLQUFLLGFBQWE7QUFDdkMsU0FBSyxlQUFlO0FBQ3BCLFNBQUssYUFBYTtBQUFBLEVBQ3BCO0FBQUEsRUFFQSxPQUFlO0FBQ2IsUUFBSSxDQUFDLEtBQUssZ0JBQWlCLFFBQU8sV0FBVztBQUM3QyxTQUFLLGtCQUFrQjtBQUN2QixTQUFLLE1BQU0sTUFBTSxLQUFLLFdBQVcsQ0FBQztBQUNsQyxXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUFBO0FBQUEsRUFJQSxjQUFjLFNBQTBDO0FBQ3RELFdBQU8sS0FBSyxLQUFLLGNBQWMsQ0FBQyxJQUFJLEdBQUcsT0FBTztBQUFBLEVBQ2hEO0FBQUEsRUFFQSxjQUFzQjtBQUNwQixXQUFPLEtBQUssT0FBTztBQUFBLEVBQ3JCO0FBQUEsRUFFQSxRQUFRRyxPQUFrQztBQUN4QyxXQUFPLEtBQUssVUFBVSxNQUFNQSxLQUFJO0FBQUEsRUFDbEM7QUFBQSxFQUVBLE9BQU9BLE9BQWtDO0FBQ3ZDLFdBQU8sS0FBSyxVQUFVLE1BQU1BLEtBQUk7QUFBQSxFQUNsQztBQUFBLEVBRUEsVUFBVUEsT0FBb0M7QUFDNUMsV0FBTyxLQUFLLFVBQVUsUUFBUUEsS0FBSTtBQUFBLEVBQ3BDO0FBQUEsRUFFQSxVQUF1QztBQUNyQyxXQUFPLEtBQUssVUFBVSxJQUFJO0FBQUEsRUFDNUI7QUFDRjs7O0FJamdCQSxJQUFNLG1CQUFtQixLQUFLLElBQUksTUFBTSxHQUFHLENBQUM7QUFDNUMsSUFBTSxzQkFBc0I7QUFDNUIsSUFBTUUsV0FBVSxJQUFJLFlBQVk7QUFFekIsSUFBTSxPQUFOLE1BQVc7QUFBQSxFQUNQLGFBQWEsSUFBSSxXQUFXO0FBQUEsRUFDNUIsU0FBUyxJQUFJLGFBQWE7QUFBQSxFQUMxQixjQUFjLElBQUksWUFBWTtBQUFBLEVBQzlCO0FBQUEsRUFDQTtBQUFBLEVBQ1Q7QUFBQSxFQUNpQixNQUFZLENBQUM7QUFBQSxFQUNiO0FBQUEsRUFDVCxXQUEyQixDQUFDO0FBQUEsRUFDNUIsV0FBVztBQUFBLEVBQ1gsTUFBTTtBQUFBLEVBRWQsWUFBWSxVQUF1QixDQUFDLEdBQUc7QUFDckMsUUFBSSxRQUFRLFdBQVcsVUFBYSxRQUFRLFdBQVcsV0FBVyxRQUFRLFdBQVcsZUFBZTtBQUNsRyxZQUFNLElBQUksVUFBVSxnREFBZ0QsT0FBTyxRQUFRLE1BQU0sQ0FBQyxFQUFFO0FBQUEsSUFDOUY7QUFDQSxRQUFJLFFBQVEsZ0JBQWdCLFVBQWEsQ0FBQyxPQUFPLGNBQWMsUUFBUSxXQUFXLEdBQUc7QUFDbkYsWUFBTSxJQUFJLFVBQVUsdURBQXVEO0FBQUEsSUFDN0U7QUFDQSxTQUFLLFNBQVMsUUFBUSxVQUFVO0FBQ2hDLFNBQUssY0FBYyxRQUFRLGVBQWU7QUFDMUMsU0FBSyxRQUFRLEtBQUs7QUFDbEIsU0FBSyxXQUFXLFFBQVEsV0FBVyxJQUFJLElBQUksUUFBUSxRQUFRLElBQUk7QUFBQSxFQUNqRTtBQUFBLEVBRUEsTUFBTSxRQUFRLFNBQWlDO0FBQzdDLFVBQU1DLE1BQUssTUFBTSxHQUFHLE1BQU0sTUFBTSxPQUFPO0FBQ3ZDLFNBQUssSUFBSSxLQUFLQSxHQUFFO0FBQ2hCLFdBQU9BO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxjQUFjLEtBQW9CLFVBQTBDLENBQUMsR0FBZTtBQUMxRixRQUFJLENBQUMsTUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLFdBQVcsRUFBRyxPQUFNLElBQUksVUFBVSw4Q0FBOEM7QUFDL0csZUFBV0EsT0FBTSxLQUFLO0FBQ3BCLFVBQUksRUFBRUEsZUFBYyxPQUFPQSxJQUFHLFNBQVMsS0FBTSxPQUFNLElBQUksVUFBVSw0REFBNkQ7QUFDOUgsVUFBSSxDQUFDQSxJQUFHLFlBQVk7QUFDbEIsY0FBTSxJQUFJLGlCQUFpQixzQkFBc0JBLElBQUcsVUFBVUEsSUFBRyxJQUFJLGtHQUFrRztBQUFBLE1BQ3pLO0FBQUEsSUFDRjtBQUNBLFdBQU8sSUFBSSxXQUFXLEtBQUssbUJBQW1CLFFBQVEsWUFBWSxtQkFBbUIsQ0FBQztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFxQjtBQUNuQixXQUFPLE9BQU8sS0FBSyxLQUFLLElBQUk7QUFBQSxFQUM5QjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLGNBQXNCO0FBQ3BCLFdBQU8sT0FBTyxLQUFLLFFBQVEsS0FBSyxjQUFjLG1CQUFtQixJQUFJO0FBQUEsRUFDdkU7QUFBQTtBQUFBLEVBR0EsWUFBWSxJQUFrQjtBQUM1QixRQUFJLENBQUMsT0FBTyxTQUFTLEVBQUUsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLFdBQVcseURBQXlEO0FBQ2xILFVBQU0sU0FBUyxLQUFLLFFBQVE7QUFDNUIsZUFBUztBQUNQLFVBQUk7QUFDSixpQkFBV0EsT0FBTSxLQUFLLEtBQUs7QUFDekIsY0FBTSxJQUFJQSxJQUFHLFVBQVU7QUFDdkIsWUFBSSxLQUFLLEVBQUUsTUFBTSxXQUFXLENBQUMsUUFBUSxFQUFFLEtBQUssS0FBSyxJQUFLLFFBQU87QUFBQSxNQUMvRDtBQUNBLFVBQUksQ0FBQyxLQUFNO0FBQ1gsV0FBSyxRQUFRLEtBQUs7QUFDbEIsV0FBSyxLQUFLO0FBQUEsSUFDWjtBQUNBLFNBQUssUUFBUTtBQUFBLEVBQ2Y7QUFBQTtBQUFBLEVBR0EsUUFBUSxNQUFjLFdBQW1CLE1BQWlDO0FBQ3hFLFVBQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxNQUFNLFNBQVM7QUFDakQsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLGlCQUFpQiw4QkFBOEIsSUFBSSwrQkFBK0IsU0FBUyxHQUFHO0FBQ2pJLFVBQU0sRUFBRSxPQUFPLElBQUksS0FBSyxPQUFPLFFBQVEsT0FBTyxPQUFPLFNBQVMsV0FBV0QsU0FBUSxPQUFPLElBQUksSUFBSSxJQUFJO0FBQ3BHLFFBQUksT0FBUSxNQUFLLE1BQU0sTUFBTTtBQUM3QixTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBO0FBQUEsRUFHQSxPQUFPRSxPQUFrQztBQUN2QyxXQUFPLEtBQUssWUFBWSxNQUFNQSxLQUFJO0FBQUEsRUFDcEM7QUFBQSxFQUVBLFVBQXVDO0FBQ3JDLFdBQU8sS0FBSyxZQUFZLElBQUk7QUFBQSxFQUM5QjtBQUFBLEVBRUEsV0FBV0EsT0FBdUI7QUFDaEMsV0FBTyxLQUFLLGFBQWEsVUFBYSxLQUFLLFNBQVMsSUFBSUEsS0FBSTtBQUFBLEVBQzlEO0FBQUE7QUFBQSxFQUdBLFVBQWtCO0FBQ2hCLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQTtBQUFBLEVBR0EsTUFBTSxRQUEwQjtBQUM5QixTQUFLLFNBQVMsS0FBSyxNQUFNO0FBQUEsRUFDM0I7QUFBQTtBQUFBLEVBR0EsZ0JBQXNCO0FBQ3BCLFFBQUksS0FBSyxTQUFVO0FBQ25CLFNBQUssV0FBVztBQUNoQixRQUFJO0FBQ0YsYUFBTyxLQUFLLFNBQVMsU0FBUyxFQUFHLE1BQUssU0FBUyxNQUFNLEVBQUc7QUFBQSxJQUMxRCxVQUFFO0FBQ0EsV0FBSyxXQUFXO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0Y7OztBQ3pJQSxJQUFNLElBQUksSUFBSSxZQUFZO0FBQzFCLEVBQUUsR0FBRyw0QkFBNEIsQ0FBQyxFQUFFLFVBQVUsR0FBRyxXQUFXLE9BQU8sR0FBRyxFQUFFLElBQUksR0FBRyxJQUFJLEdBQUcsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ2hHLElBQU0sT0FBTyxJQUFJLEtBQUs7QUFDdEIsSUFBTSxLQUFLLE1BQU0sS0FBSyxRQUFRLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQ25ELElBQU0sSUFBSSxHQUFHLGNBQWM7QUFDM0IsUUFBUSxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsU0FBUyxJQUFJLENBQUMsR0FBRyxFQUFFLGVBQWUsR0FBRyxHQUFHLElBQUk7IiwKICAibmFtZXMiOiBbInMiLCAicyIsICJuYW1lIiwgIm5hbWUiLCAicyIsICJlbmNvZGVyIiwgImVuY29kZXIiLCAiZGVjb2RlciIsICJuYW1lIiwgImVuY29kZXIiLCAiZGVjb2RlciIsICJtIiwgIm5hbWUiLCAiZW5jb2RlciIsICJuYW1lIiwgImVuY29kZXIiLCAiZGVjb2RlciIsICJ2bSIsICJzIiwgIm5hbWUiLCAibWFwIiwgInJhdyIsICJhY3Rpb24iLCAidm0iLCAibSIsICJzIiwgImNvbmNhdCIsICJuYW1lIiwgImRlY29kZXIiLCAiZGVjb2RlciIsICJlbmNvZGVyIiwgIm0iLCAicyIsICJlbmNvZGVyIiwgImhvc3QiLCAidm0iLCAibmFtZSIsICJzIiwgImVuY29kZXIiLCAidm0iLCAibmFtZSJdCn0K
