// One proxy-wasm VM: a module instance with its own memory, its root context,
// and the stream contexts created in it. Owns the lifecycle Envoy drives
// (start, configure, ticks, queue and callout deliveries) and the guard around
// every guest call (traps, fail-closed, deferred actions).
import { readFile } from 'node:fs/promises';
import { BufferType, HeaderMapType, LOG_LEVELS, WasmResult } from './abi.ts';
import { ContextTable } from './context-table.ts';
import { ConfigureError, HostError, ModuleLoadError, ModuleTrapError, UnimplementedHostCallError, type LogLevelName, type LogLine } from './errors.ts';
import { CalloutIds, CalloutKind, GrpcCalls, GrpcStreams, resolveGrpcService, spendUnavailable, type GrpcCallOwner, type PendingGrpcCall, type PendingGrpcStream } from './grpc.ts';
import { HeaderMap } from './header-map.ts';
import { proxyImports } from './host-calls.ts';
import { GuestMemory } from './memory.ts';
import { VmMetrics, type MetricValue } from './metrics.ts';
import { normalizeHeaders, type HeaderPairs, type HeadersInput } from './pairs.ts';
import { validateProperties, type PropertyInput, type PropertyScope } from './properties.ts';
import type { QueueOwner } from './shared-queues.ts';
import type { FilterSlot } from './stream.ts';
import { wasiImports } from './wasi.ts';
import type { Host } from './host.ts';

export interface VmOptions {
  /** A file path, the module bytes, or a compiled module. */
  module: string | Uint8Array | WebAssembly.Module;
  pluginConfiguration?: object | string | Uint8Array;
  vmConfiguration?: string | Uint8Array;
  rootId?: string;
  vmId?: string;
  name?: string;
  properties?: PropertyInput;
  logLevel?: LogLevelName;
  /** WASI environment variables (Envoy: vm_config.environment_variables). */
  environment?: Record<string, string>;
  /** Resolve with vm.configured === false instead of rejecting with ConfigureError. */
  allowConfigureFailure?: boolean;
}

export interface CalloutResponse {
  headers?: HeadersInput;
  body?: string | Uint8Array;
  trailers?: HeadersInput;
}

export interface PendingCallout {
  token: number;
  cluster: string;
  headers: HeaderPairs;
  body: Uint8Array;
  trailers: HeaderPairs;
  timeoutMs: number;
  /** Delivers a response (":status" defaults to 200 when absent). */
  respond(response: CalloutResponse): void;
  /** Fails the call as a reset would: Envoy calls back with no headers, body or trailers. */
  fail(): void;
}

interface Callout extends PendingCallout {
  deadline: number | undefined;
  seq: number;
}

interface Frame {
  contextId: number;
  buffers: ReadonlyMap<number, BufferAccess>;
  status?: { code: number; message: string };
}

/** Shared by every frame that carries no buffers (most calls), so none allocates a map. */
const NO_BUFFERS: ReadonlyMap<number, BufferAccess> = new Map();
/** Envoy's GrpcReceiveBuffer outside proxy_on_grpc_receive: present and empty. */
const EMPTY_BUFFER: BufferAccess = { get: () => new Uint8Array(0) };

/**
 * A guest callback, looked up once per VM rather than by name on every call. `fn` is
 * undefined when the module does not export it; calling it then yields `missing`, Envoy's
 * default for that callback.
 */
export interface GuestCallback {
  readonly name: string;
  readonly fn: ((...args: number[]) => unknown) | undefined;
  readonly missing: number;
}

/** The callbacks a stream makes on every request, resolved at instantiation. */
export interface StreamCallbacks {
  readonly contextCreate: GuestCallback;
  readonly requestHeaders: GuestCallback;
  readonly requestBody: GuestCallback;
  readonly requestTrailers: GuestCallback;
  readonly responseHeaders: GuestCallback;
  readonly responseBody: GuestCallback;
  readonly responseTrailers: GuestCallback;
  readonly done: GuestCallback;
  readonly log: GuestCallback;
  readonly delete: GuestCallback;
}

/** Callbacks whose absence means success; any other missing callback returns 0. */
const DEFAULT_TRUE = new Set(['proxy_on_vm_start', 'proxy_on_configure', 'proxy_on_done']);

function guestResult(result: unknown): number {
  return typeof result === 'number' ? result : typeof result === 'bigint' ? Number(result) : 0;
}

export interface BufferAccess {
  get(): Uint8Array;
  set?(bytes: Uint8Array): void;
}

const encoder = new TextEncoder();
const LOG_KEEP = 20;

function toBytes(value: string | Uint8Array | object | undefined, what: string): Uint8Array {
  if (value === undefined) return new Uint8Array(0);
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return encoder.encode(value);
  if (typeof value === 'object' && value !== null) return encoder.encode(JSON.stringify(value));
  throw new TypeError(`${what} must be a string, a Uint8Array or a JSON-serializable object`);
}

async function compile(module: VmOptions['module']): Promise<WebAssembly.Module> {
  if (module instanceof WebAssembly.Module) return module;
  let bytes: Uint8Array;
  if (typeof module === 'string') {
    try {
      bytes = await readFile(module);
    } catch (e) {
      throw new ModuleLoadError(`cannot read module ${module}: ${(e as Error).message}`);
    }
  } else if (module instanceof Uint8Array) {
    bytes = module;
  } else {
    throw new TypeError('module must be a file path, a Uint8Array or a WebAssembly.Module');
  }
  try {
    return await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
  } catch (e) {
    throw new ModuleLoadError(`${typeof module === 'string' ? module : 'module bytes'} is not a valid Wasm module: ${(e as Error).message}`);
  }
}

export class Vm implements QueueOwner {
  readonly vmId: string;
  readonly rootId: string;
  readonly name: string;
  readonly logs: LogLine[] = [];
  readonly memory = new GuestMemory();
  readonly metricIds: VmMetrics;
  readonly properties: PropertyInput;
  readonly rootContextId = 1;
  readonly logLevelIndex: number;
  configured = false;
  /** Set when the module trapped under onTrap: 'fail-closed'; every later stream gets a 503. */
  failed = false;
  abiVersion = '';

  private exports!: WebAssembly.Exports;
  private readonly callbacks = new Map<string, GuestCallback>();
  /** @internal */
  streamCallbacks!: StreamCallbacks;
  /** Live contexts: a stream context maps to its filter slot, the root context to undefined. */
  private readonly contexts = new ContextTable();
  private nextContextId = 2;
  private frames: Frame[] = [];
  private effectiveContextId = 0;
  private nextIterationStopped = false;
  private lastCallStopped = false;
  private afterCall: (() => void)[] = [];
  private callouts = new Map<number, Callout>();
  private readonly grpcOwner: GrpcCallOwner = {
    nowMs: () => this.host.nowMs,
    nextSeq: () => this.host.nextSeq(),
    hasContext: (id) => this.contexts.has(id),
    deliverGrpcReceive: (contextId, token, message) =>
      this.deliverGrpc(contextId, token, 'proxy_on_grpc_receive', message.length, message, { code: 0, message: '' }),
    deliverGrpcClose: (contextId, token, status, message) =>
      this.deliverGrpc(contextId, token, 'proxy_on_grpc_close', status, undefined, { code: status, message }),
    deliverGrpcMetadata: (contextId, token, kind, metadata) => this.deliverGrpcMetadata(contextId, token, kind, metadata),
    afterCall: (action) => this.defer(action),
  };
  private readonly grpcCalls = new GrpcCalls(this.grpcOwner);
  private readonly grpcStreams = new GrpcStreams(this.grpcOwner);
  /** The gRPC metadata map a proxy_on_grpc_receive_*_metadata callback may read, while it runs. */
  private grpcMetadata: { type: number; map: HeaderMap } | undefined;
  private readonly httpCalloutIds = new CalloutIds(CalloutKind.HttpCall);
  private tickPeriodMs = 0;
  private nextTickAt: number | undefined;
  private pendingRootDone = false;
  private readonly vmConfiguration: Uint8Array;
  private readonly pluginConfiguration: Uint8Array;
  private readonly environment: [string, string][];

  private constructor(readonly host: Host, options: VmOptions) {
    this.vmId = options.vmId ?? '';
    this.rootId = options.rootId ?? '';
    this.name = options.name ?? this.rootId;
    this.properties = validateProperties(options.properties, 'properties');
    const level = options.logLevel ?? 'trace';
    this.logLevelIndex = LOG_LEVELS.indexOf(level);
    if (this.logLevelIndex < 0) throw new TypeError(`logLevel must be one of ${LOG_LEVELS.join(', ')}`);
    this.metricIds = new VmMetrics(host.metricStore);
    this.vmConfiguration = toBytes(options.vmConfiguration, 'vmConfiguration');
    this.pluginConfiguration = toBytes(options.pluginConfiguration, 'pluginConfiguration');
    this.environment = Object.entries(options.environment ?? {});
  }

  /** @internal Use host.startVm. */
  static async start(host: Host, options: VmOptions): Promise<Vm> {
    if (typeof options !== 'object' || options === null) throw new TypeError('startVm needs an options object with a module');
    const vm = new Vm(host, options);
    const module = await compile(options.module);
    vm.instantiate(module);
    vm.boot(options.allowConfigureFailure === true);
    return vm;
  }

  private instantiate(module: WebAssembly.Module): void {
    const exportNames = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
    const version = ['proxy_abi_version_0_2_1', 'proxy_abi_version_0_2_0'].find((v) => exportNames.has(v));
    if (!version) {
      const old = exportNames.has('proxy_abi_version_0_1_0') ? ' (it targets ABI 0.1.0, which host-sim does not run)' : '';
      throw new ModuleLoadError(`module exports no proxy_abi_version_0_2_1 or proxy_abi_version_0_2_0 function${old}`);
    }
    this.abiVersion = version.slice('proxy_abi_version_'.length).replace(/_/g, '.');
    const env = proxyImports(this);
    const wasi = wasiImports({
      memory: this.memory,
      log: (level, message) => this.log(level, message),
      realtimeNs: () => this.host.realtimeNs(),
      monotonicNs: () => this.host.monotonicNs(),
      env: this.environment,
    });
    const imports: Record<string, Record<string, unknown>> = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.kind !== 'function') {
        throw new ModuleLoadError(`module imports ${imp.kind} ${imp.module}.${imp.name}; Envoy provides only functions`);
      }
      const table = imp.module === 'env' ? env : imp.module === 'wasi_snapshot_preview1' || imp.module === 'wasi_unstable' ? wasi : undefined;
      const impl = table?.[imp.name];
      const label = imp.module === 'env' ? imp.name : `${imp.module}.${imp.name}`;
      (imports[imp.module] ??= {})[imp.name] = impl ?? (() => {
        throw new UnimplementedHostCallError(label);
      });
    }
    const instance = new WebAssembly.Instance(module, imports as WebAssembly.Imports);
    this.exports = instance.exports;
    const memory = this.exports.memory;
    if (!(memory instanceof WebAssembly.Memory)) throw new ModuleLoadError('module does not export its memory as "memory"');
    const malloc = (this.exports.malloc ?? this.exports.proxy_on_memory_allocate) as ((n: number) => number) | undefined;
    if (typeof malloc !== 'function') throw new ModuleLoadError('module exports neither malloc nor proxy_on_memory_allocate');
    this.memory.attach(memory, malloc);
    this.streamCallbacks = {
      contextCreate: this.callback('proxy_on_context_create'),
      requestHeaders: this.callback('proxy_on_request_headers'),
      requestBody: this.callback('proxy_on_request_body'),
      requestTrailers: this.callback('proxy_on_request_trailers'),
      responseHeaders: this.callback('proxy_on_response_headers'),
      responseBody: this.callback('proxy_on_response_body'),
      responseTrailers: this.callback('proxy_on_response_trailers'),
      done: this.callback('proxy_on_done'),
      log: this.callback('proxy_on_log'),
      delete: this.callback('proxy_on_delete'),
    };
  }

  private boot(allowConfigureFailure: boolean): void {
    const init = (this.exports._initialize ?? this.exports._start) as (() => void) | undefined;
    const bootFrame = (buffers: ReadonlyMap<number, BufferAccess> = NO_BUFFERS): Frame => ({ contextId: this.rootContextId, buffers, status: undefined });
    if (typeof init === 'function') this.invoke(init === this.exports._initialize ? '_initialize' : '_start', bootFrame(), () => init(), 'throw');
    this.contexts.set(this.rootContextId, undefined);
    this.invoke('proxy_on_context_create', bootFrame(), () => this.call('proxy_on_context_create', this.rootContextId, 0), 'throw');
    const vmConfig = this.vmConfiguration;
    const started = this.invoke('proxy_on_vm_start', bootFrame(new Map([[BufferType.VmConfiguration, { get: () => vmConfig }]])),
      () => this.call('proxy_on_vm_start', this.rootContextId, vmConfig.length), 'throw');
    if (!started) {
      if (allowConfigureFailure) return;
      throw new ConfigureError('proxy_on_vm_start', this.logs.slice(-LOG_KEEP));
    }
    const pluginConfig = this.pluginConfiguration;
    const configured = this.invoke('proxy_on_configure', bootFrame(new Map([[BufferType.PluginConfiguration, { get: () => pluginConfig }]])),
      () => this.call('proxy_on_configure', this.rootContextId, pluginConfig.length), 'throw');
    if (!configured) {
      if (allowConfigureFailure) return;
      throw new ConfigureError('proxy_on_configure', this.logs.slice(-LOG_KEEP));
    }
    this.configured = true;
  }

  /** @internal The export `name` as a callback (looked up once; see GuestCallback). */
  callback(name: string): GuestCallback {
    let cb = this.callbacks.get(name);
    if (cb === undefined) {
      const fn = this.exports[name];
      cb = {
        name,
        fn: typeof fn === 'function' ? fn as (...args: number[]) => unknown : undefined,
        missing: DEFAULT_TRUE.has(name) ? 1 : 0,
      };
      this.callbacks.set(name, cb);
    }
    return cb;
  }

  /** Calls an export if the module has it; a missing callback behaves as Envoy's default. */
  private call(name: string, ...args: number[]): number {
    const cb = this.callback(name);
    return cb.fn === undefined ? cb.missing : guestResult(cb.fn(...args));
  }

  /**
   * Runs one guest entry point. A trap becomes ModuleTrapError, or under
   * fail-closed marks the VM failed and returns undefined. Host errors (an
   * unimplemented import, a misuse) propagate unchanged.
   */
  invoke<T>(callback: string, frame: Frame, fn: () => T, onTrap: 'throw' | 'host' = 'host'): T | undefined {
    const outermost = this.enter(frame);
    let result: T;
    try {
      result = fn();
    } catch (e) {
      return this.trapped(callback, e, outermost, onTrap);
    }
    this.leave(outermost);
    return result;
  }

  /**
   * @internal invoke() for the calls every request makes: a callback taking the context id
   * and at most two more i32 arguments, in a frame without buffers. It allocates no closure
   * and no map. Wasm ignores arguments beyond a function's parameters, so a callback with
   * fewer takes them harmlessly.
   */
  invokeCallback(cb: GuestCallback, contextId: number, a = 0, b = 0): number | undefined {
    const fn = cb.fn;
    const outermost = this.enter({ contextId, buffers: NO_BUFFERS, status: undefined });
    let result: number;
    try {
      result = fn === undefined ? cb.missing : guestResult(fn(contextId, a, b));
    } catch (e) {
      return this.trapped(cb.name, e, outermost, 'host');
    }
    this.leave(outermost);
    return result;
  }

  /** Pushes a guest call's frame; returns whether it is the outermost call. */
  private enter(frame: Frame): boolean {
    const outermost = this.frames.length === 0;
    this.frames.push(frame);
    if (outermost) {
      this.effectiveContextId = 0;
      this.nextIterationStopped = false;
    }
    return outermost;
  }

  /** Pops a guest call that returned; after the outermost one, runs what it deferred. */
  private leave(outermost: boolean): void {
    this.frames.pop();
    if (!outermost) return;
    this.effectiveContextId = 0;
    // Deferred actions may call into this VM again (a local reply runs its
    // response callback), so the caller's stop flag is captured first.
    const stopped = this.nextIterationStopped;
    if (this.afterCall.length > 0) {
      const actions = this.afterCall;
      this.afterCall = [];
      for (const action of actions) action();
    }
    this.host.flushDeferred();
    this.lastCallStopped = stopped;
  }

  /** Pops a guest call that threw: a host error propagates, a trap throws or fails the VM closed. */
  private trapped(callback: string, e: unknown, outermost: boolean, onTrap: 'throw' | 'host'): undefined {
    this.frames.pop();
    if (outermost) this.afterCall = [];
    if (e instanceof HostError) throw e;
    const trap = e instanceof Error ? e.message : String(e);
    const error = new ModuleTrapError(callback, trap, this.logs.slice(-LOG_KEEP), { cause: e });
    if (onTrap === 'throw' || this.host.onTrap === 'throw') throw error;
    this.failed = true;
    this.log('critical', `host-sim: VM failed (fail-closed): ${error.message.split('\n')[0]}`);
    return undefined;
  }

  /** Whether the guest asked to stop iteration (sent a local reply) during the last outermost call. */
  get iterationStopped(): boolean {
    return this.lastCallStopped;
  }

  stopNextIteration(): void {
    this.nextIterationStopped = true;
  }

  /** Queues work Envoy runs after the VM call returns (local replies, continues). */
  defer(action: () => void): void {
    if (this.frames.length === 0) action();
    else this.afterCall.push(action);
  }

  // ---- context bookkeeping -------------------------------------------------

  /** @internal Creates a stream context (proxy_on_context_create(ctx, root)). */
  createHttpContext(slot: FilterSlot): number | undefined {
    const id = this.nextContextId++;
    this.contexts.set(id, slot);
    const ok = this.invokeCallback(this.streamCallbacks.contextCreate, id, this.rootContextId);
    return ok === undefined ? undefined : id;
  }

  /** @internal */
  dropContext(id: number): void {
    this.contexts.delete(id);
  }

  /** The context a host call acts for: the effective one if the guest set one, else the caller's. */
  currentContextId(): number {
    if (this.effectiveContextId !== 0 && this.contexts.has(this.effectiveContextId)) return this.effectiveContextId;
    const frame = this.frames[this.frames.length - 1];
    return frame ? frame.contextId : this.rootContextId;
  }

  /** The stream slot of the current context; undefined for the root context. */
  currentSlot(): FilterSlot | undefined {
    return this.contexts.get(this.currentContextId());
  }

  resolveRootContextId(): number {
    return this.rootContextId;
  }

  setEffectiveContext(id: number): number {
    if (!this.contexts.has(id)) return WasmResult.BadArgument;
    this.effectiveContextId = id;
    return WasmResult.Ok;
  }

  currentStatus(): { code: number; message: string } {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const s = this.frames[i]!.status;
      if (s) return s;
    }
    return { code: WasmResult.Ok, message: '' };
  }

  buffer(type: number): BufferAccess | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const b = this.frames[i]!.buffers.get(type);
      if (b) return b;
    }
    return this.currentSlot()?.bodyBuffer(type) ?? (type === BufferType.GrpcReceiveBuffer ? EMPTY_BUFFER : undefined);
  }

  propertyScope(): PropertyScope {
    const slot = this.currentSlot();
    const vm: PropertyInput = {
      plugin_name: this.name,
      plugin_root_id: this.rootId,
      plugin_vm_id: this.vmId,
      ...this.properties,
    };
    if (!slot) return { vm };
    return {
      vm,
      stream: slot.stream.properties,
      requestHeaders: slot.stream.requestHeaderMap,
      responseHeaders: slot.stream.responseHeaderMap,
      filterState: slot.stream.filterState,
    };
  }

  // ---- logging -------------------------------------------------------------

  log(level: LogLevelName, message: string): void {
    this.logs.push({ level, message, contextId: this.currentContextId() });
  }

  // ---- ticks ---------------------------------------------------------------

  setTickPeriod(periodMs: number): void {
    this.tickPeriodMs = periodMs;
    this.nextTickAt = periodMs === 0 ? undefined : this.host.nowMs + periodMs;
  }

  /** @internal The virtual time of this VM's next event, for the host's clock. */
  nextEvent(): { at: number; seq: number; fire: () => void } | undefined {
    let best: { at: number; seq: number; fire: () => void } | undefined;
    if (this.nextTickAt !== undefined) best = { at: this.nextTickAt, seq: 0, fire: () => this.fireTick() };
    for (const c of this.callouts.values()) {
      if (c.deadline === undefined) continue;
      if (!best || c.deadline < best.at || (c.deadline === best.at && best.seq !== 0 && c.seq < best.seq)) {
        best = { at: c.deadline, seq: c.seq, fire: () => this.timeOut(c) };
      }
    }
    const grpc = this.grpcCalls.nextDeadline();
    if (grpc && (!best || grpc.at < best.at || (grpc.at === best.at && best.seq !== 0 && grpc.seq < best.seq))) best = grpc;
    return best;
  }

  private fireTick(): void {
    this.nextTickAt = this.host.nowMs + this.tickPeriodMs;
    if (this.failed) return;
    this.invokeCallback(this.callback('proxy_on_tick'), this.rootContextId);
  }

  // ---- shared queues -------------------------------------------------------

  notifyQueueReady(rootContextId: number, token: number): void {
    if (this.failed) return;
    this.invokeCallback(this.callback('proxy_on_queue_ready'), rootContextId, token);
  }

  // ---- HTTP callouts -------------------------------------------------------

  dispatchHttpCall(cluster: string, headers: HeaderPairs, body: Uint8Array, trailers: HeaderPairs, timeoutMs: number): { result: number; token?: number } {
    if (timeoutMs < 0) return { result: WasmResult.BadArgument };
    if (!this.host.hasCluster(cluster)) return { result: WasmResult.BadArgument };
    const names = new Set(headers.map(([k]) => k.toLowerCase()));
    // Envoy refuses a callout without the pseudo-headers its codec needs.
    if (!names.has(':path') || !names.has(':method') || !names.has(':authority')) return { result: WasmResult.BadArgument };
    const token = this.httpCalloutIds.next();
    const callout: Callout = {
      token, cluster, headers, body, trailers, timeoutMs,
      // Envoy's timeout 0 means "no timeout".
      deadline: timeoutMs === 0 ? undefined : this.host.nowMs + timeoutMs,
      seq: this.host.nextSeq(),
      respond: (response) => this.completeCallout(callout, response),
      fail: () => this.failCallout(callout),
    };
    this.callouts.set(token, callout);
    return { result: WasmResult.Ok, token };
  }

  pendingCallouts(): PendingCallout[] {
    return [...this.callouts.values()].map(({ token, cluster, headers, body, trailers, timeoutMs, respond, fail }) =>
      ({ token, cluster, headers, body, trailers, timeoutMs, respond, fail }));
  }

  private takeCallout(callout: Callout): void {
    if (this.callouts.get(callout.token) !== callout) {
      throw new HostError(`callout ${callout.token} to ${callout.cluster} was already answered, failed or timed out`);
    }
    this.callouts.delete(callout.token);
  }

  private completeCallout(callout: Callout, response: CalloutResponse): void {
    if (typeof response !== 'object' || response === null) throw new TypeError('respond() needs { headers, body?, trailers? }');
    this.takeCallout(callout);
    const headers = new HeaderMap(normalizeHeaders(response.headers, 'callout response headers'));
    if (headers.get(':status') === undefined) headers.add(':status', '200');
    const body = typeof response.body === 'string' ? encoder.encode(response.body) : response.body ?? new Uint8Array(0);
    const trailers = new HeaderMap(normalizeHeaders(response.trailers, 'callout response trailers'));
    this.deliverCalloutResponse(callout.token, headers, body, trailers, { code: WasmResult.Ok, message: '' });
  }

  private failCallout(callout: Callout): void {
    this.takeCallout(callout);
    this.deliverCalloutResponse(callout.token, undefined, undefined, undefined, { code: WasmResult.BrokenConnection, message: 'reset' });
  }

  /** Envoy's router answers a timed-out async request with its own 504. */
  private timeOut(callout: Callout): void {
    this.takeCallout(callout);
    const body = encoder.encode('upstream request timeout');
    const headers = new HeaderMap([[':status', '504'], ['content-length', String(body.length)], ['content-type', 'text/plain']]);
    this.deliverCalloutResponse(callout.token, headers, body, new HeaderMap(), { code: WasmResult.Ok, message: '' });
  }

  private deliverCalloutResponse(token: number, headers: HeaderMap | undefined, body: Uint8Array | undefined, trailers: HeaderMap | undefined, status: { code: number; message: string }): void {
    if (this.failed) return;
    const buffers = body ? new Map([[BufferType.HttpCallResponseBody, { get: () => body }]]) : NO_BUFFERS;
    const frame: Frame = { contextId: this.rootContextId, buffers, status };
    this.calloutMaps = { headers, trailers };
    try {
      this.invoke('proxy_on_http_call_response', frame, () =>
        this.call('proxy_on_http_call_response', this.rootContextId, token, headers?.count ?? 0, body?.length ?? 0, trailers?.count ?? 0));
    } finally {
      this.calloutMaps = undefined;
    }
  }

  private calloutMaps: { headers?: HeaderMap; trailers?: HeaderMap } | undefined;

  // ---- gRPC callouts and streams (grpc.ts) ----------------------------------
  // Envoy runs every gRPC host call on the root context (proxy-wasm-cpp-host exports.cc:
  // `WASM_CONTEXT(raw_context)->root_context()`), which owns the call or stream and gets its
  // callbacks, whichever context started it.

  /**
   * @internal proxy_grpc_call. Ok with a token; ParseFailure for an unknown cluster name;
   * InternalFailure (token spent, a close follows) for a GrpcService naming an unknown cluster.
   */
  dispatchGrpcCall(service: Uint8Array, init: Omit<PendingGrpcCall, 'token' | 'respond' | 'fail' | 'contextId' | 'cluster' | 'grpcService'>): { result: number; token?: number } {
    return this.openGrpc(service, this.grpcCalls.ids, (cluster) => this.grpcCalls.start({ ...init, cluster, grpcService: service.slice(), contextId: this.rootContextId }));
  }

  /** @internal proxy_grpc_stream: as dispatchGrpcCall. */
  openGrpcStream(service: Uint8Array, init: { serviceName: string; method: string; metadata: HeaderPairs }): { result: number; token?: number } {
    return this.openGrpc(service, this.grpcStreams.ids, (cluster) => this.grpcStreams.open({ ...init, cluster, grpcService: service.slice(), contextId: this.rootContextId }));
  }

  /** Resolves the service's cluster and opens the call or stream on it, or refuses as Envoy does. */
  private openGrpc(service: Uint8Array, ids: CalloutIds, open: (cluster: string) => number): { result: number; token?: number } {
    const { cluster, fromProto } = resolveGrpcService(service);
    if (this.host.hasCluster(cluster)) return { result: WasmResult.Ok, token: open(cluster) };
    if (!fromProto) return { result: WasmResult.ParseFailure };
    spendUnavailable(ids, this.grpcOwner, this.rootContextId);
    return { result: WasmResult.InternalFailure };
  }

  /** @internal proxy_grpc_cancel / proxy_grpc_close on a unary call. */
  cancelGrpcCall(token: number): boolean {
    return this.grpcCalls.cancel(token);
  }

  /** @internal proxy_grpc_send / proxy_grpc_close / proxy_grpc_cancel on a stream id. */
  grpcStreamOp(op: 'send' | 'close' | 'cancel', token: number, message?: Uint8Array, endStream = false): boolean {
    if (op === 'send') return this.grpcStreams.send(token, message!.slice(), endStream);
    return op === 'close' ? this.grpcStreams.close(token) : this.grpcStreams.cancel(token);
  }

  /** Unary gRPC calls waiting for the test to respond(), fail() or let them time out. */
  pendingGrpcCalls(): PendingGrpcCall[] {
    return this.grpcCalls.pending();
  }

  /**
   * gRPC streams the module opened that the server side (the test) can still drive, oldest
   * first. The objects are live: `sent`, `localClosed` and `state` follow the stream.
   */
  pendingGrpcStreams(): PendingGrpcStream[] {
    return this.grpcStreams.pending();
  }

  private deliverGrpc(contextId: number, token: number, callback: string, arg: number, message: Uint8Array | undefined, status: { code: number; message: string }): void {
    if (this.failed) return;
    const buffers = message ? new Map([[BufferType.GrpcReceiveBuffer, { get: () => message }]]) : NO_BUFFERS;
    this.invoke(callback, { contextId, buffers, status }, () => this.call(callback, contextId, token, arg));
  }

  private deliverGrpcMetadata(contextId: number, token: number, kind: 'initial' | 'trailing', map: HeaderMap): void {
    if (this.failed) return;
    const callback = kind === 'initial' ? 'proxy_on_grpc_receive_initial_metadata' : 'proxy_on_grpc_receive_trailing_metadata';
    const type = kind === 'initial' ? HeaderMapType.GrpcReceiveInitialMetadata : HeaderMapType.GrpcReceiveTrailingMetadata;
    const outer = this.grpcMetadata;
    this.grpcMetadata = { type, map };
    try {
      this.invoke(callback, { contextId, buffers: NO_BUFFERS, status: undefined }, () => this.call(callback, contextId, token, map.count));
    } finally {
      this.grpcMetadata = outer;
    }
  }

  /**
   * The gRPC metadata map of type 4 or 5 while its callback runs, else undefined. Envoy lets the
   * module read it (get value, get pairs) but not change it or ask its size.
   */
  grpcMetadataMap(type: number): HeaderMap | undefined {
    const current = this.grpcMetadata;
    return current !== undefined && current.type === type ? current.map : undefined;
  }

  /** Header maps that belong to the VM rather than a stream (callout responses). */
  vmHeaderMap(type: number): HeaderMap | undefined {
    if (type === HeaderMapType.HttpCallResponseHeaders) return this.calloutMaps?.headers;
    if (type === HeaderMapType.HttpCallResponseTrailers) return this.calloutMaps?.trailers;
    return undefined;
  }

  // ---- shutdown ------------------------------------------------------------

  /**
   * Stops the VM as Envoy does on config removal: proxy_on_done on the root
   * context, then proxy_on_delete, unless on_done returned false, in which case
   * deletion waits for the plugin to call proxy_done.
   */
  shutdown(): void {
    const done = this.invokeCallback(this.streamCallbacks.done, this.rootContextId);
    if (done === 0) {
      this.pendingRootDone = true;
      return;
    }
    this.deleteRoot();
  }

  private deleteRoot(): void {
    this.invokeCallback(this.streamCallbacks.delete, this.rootContextId);
    this.contexts.delete(this.rootContextId);
    this.tickPeriodMs = 0;
    this.nextTickAt = undefined;
  }

  done(): number {
    if (!this.pendingRootDone) return WasmResult.NotFound;
    this.pendingRootDone = false;
    this.defer(() => this.deleteRoot());
    return WasmResult.Ok;
  }

  // ---- test accessors ------------------------------------------------------

  newHttpStream(options?: { properties?: PropertyInput }) {
    return this.host.newHttpStream([this], options);
  }

  memoryPages(): number {
    return this.memory.pages;
  }

  counter(name: string): number | undefined {
    return this.metricIds.value(name);
  }

  metric(name: string): number | undefined {
    return this.metricIds.value(name);
  }

  histogram(name: string): number[] | undefined {
    return this.metricIds.samples(name);
  }

  metrics(): Record<string, MetricValue> {
    return this.metricIds.all();
  }
}
