// One HTTP stream through a chain of filters (one per VM), with Envoy's
// iteration rules: request callbacks run in chain order, response callbacks in
// reverse; a stop holds later events until proxy_continue_stream; a local reply
// ends the request and is encoded back through the filters that have seen it.
import {
  convertDataResult, convertHeadersResult, convertTrailersResult, HeaderMapType, StreamType, WasmResult,
  type Action, type DataAction, type HeadersAction, type TrailersAction, BufferType,
} from './abi.ts';
import { StreamStateError } from './errors.ts';
import { HeaderMap } from './header-map.ts';
import { normalizeHeaders, type HeaderPairs, type HeadersInput } from './pairs.ts';
import type { PropertyInput } from './properties.ts';
import type { BufferAccess, Vm } from './vm.ts';

type Dir = 'request' | 'response';
interface FlowEvent {
  kind: 'headers' | 'data' | 'trailers';
  data?: Uint8Array;
  endOfStream: boolean;
}

export interface LocalReplyRequest {
  status: number;
  details: string;
  body: Uint8Array;
  headers: HeaderPairs;
  grpcStatus: number;
}

export interface LocalResponse {
  status: number;
  /** Response headers as the client gets them, after the filters' response callbacks. */
  headers: HeaderPairs;
  body: Uint8Array;
  bodyText: string;
  details: string;
  /** undefined when the filter passed -1 (no gRPC status), as Envoy maps it. */
  grpcStatus: number | undefined;
}

export interface SendOptions {
  endOfStream?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function toBody(data: string | Uint8Array, what: string): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof Uint8Array) return data.slice();
  throw new TypeError(`${what} must be a string or a Uint8Array`);
}

/** One filter's place in a stream: its context in its VM and its per-direction state. */
export class FilterSlot {
  contextId: number | undefined;
  /** Envoy's failure_local_reply_sent_: a failed filter is skipped on the way back. */
  failureReplySent = false;
  readonly heldHeaders = { request: false, response: false };
  readonly heldTrailers = { request: false, response: false };
  readonly body: Record<Dir, Uint8Array | undefined> = { request: undefined, response: undefined };
  readonly buffering = { request: false, response: false };
  readonly bodyEnd = { request: false, response: false };

  constructor(readonly stream: HttpStream, readonly vm: Vm, readonly index: number) {}

  headerMap(type: number): HeaderMap | undefined {
    const s = this.stream;
    switch (type) {
      case HeaderMapType.RequestHeaders: return this.heldHeaders.request ? s.requestHeaderMap : undefined;
      case HeaderMapType.ResponseHeaders: return this.heldHeaders.response ? s.responseHeaderMap : undefined;
      case HeaderMapType.RequestTrailers: return this.heldTrailers.request ? s.requestTrailerMap : undefined;
      case HeaderMapType.ResponseTrailers: return this.heldTrailers.response ? s.responseTrailerMap : undefined;
      default: return undefined;
    }
  }

  bodyBuffer(type: number): BufferAccess | undefined {
    const dir: Dir | undefined = type === BufferType.HttpRequestBody ? 'request' : type === BufferType.HttpResponseBody ? 'response' : undefined;
    if (!dir || this.body[dir] === undefined) return undefined;
    return { get: () => this.body[dir]!, set: (bytes) => { this.body[dir] = bytes; } };
  }

  requestLocalResponse(reply: LocalReplyRequest): void {
    this.vm.defer(() => this.stream.applyLocalResponse(reply));
  }

  continueStream(type: number): number {
    if (type !== StreamType.Request && type !== StreamType.Response) return WasmResult.BadArgument;
    const dir: Dir = type === StreamType.Request ? 'request' : 'response';
    if (dir === 'request') this.stream.continuedRequest = true;
    else this.stream.continuedResponse = true;
    this.vm.defer(() => this.stream.resume(dir, this));
    return WasmResult.Ok;
  }

  closeStream(type: number): number {
    if (type !== StreamType.Request && type !== StreamType.Response) return WasmResult.BadArgument;
    this.vm.defer(() => this.stream.reset('wasm_close_stream'));
    return WasmResult.Ok;
  }
}

interface DirectionState {
  headersSent: boolean;
  ended: boolean;
  /** Events have passed every filter and reached upstream (request) or the client (response). */
  headersDelivered: boolean;
  blockedAt: number | undefined;
  blockedResume: FlowEvent | undefined;
  queue: { pos: number; ev: FlowEvent }[];
  delivered: Uint8Array[];
}

function direction(): DirectionState {
  return { headersSent: false, ended: false, headersDelivered: false, blockedAt: undefined, blockedResume: undefined, queue: [], delivered: [] };
}

export class HttpStream {
  readonly slots: FilterSlot[] = [];
  requestHeaderMap: HeaderMap | undefined;
  requestTrailerMap: HeaderMap | undefined;
  responseHeaderMap: HeaderMap | undefined;
  responseTrailerMap: HeaderMap | undefined;
  continuedRequest = false;
  continuedResponse = false;
  /** Set when a filter called proxy_close_stream: the stream is reset. */
  resetDetails: string | undefined;
  private reply: LocalReplyRequest | undefined;
  private completed = false;
  private readonly state: Record<Dir, DirectionState> = { request: direction(), response: direction() };
  private filterStateMap: Map<string, Uint8Array> | undefined;

  constructor(vms: readonly Vm[], readonly properties: PropertyInput) {
    for (let i = 0; i < vms.length; i++) this.slots.push(new FilterSlot(this, vms[i]!, i));
  }

  /** Filter state the filters wrote (proxy_set_property); made on first use, as most streams have none. */
  get filterState(): Map<string, Uint8Array> {
    return this.filterStateMap ??= new Map();
  }

  // ---- test API: driving the stream ---------------------------------------

  sendRequestHeaders(headers: HeadersInput, options: SendOptions = {}): HeadersAction {
    this.assertOpen('sendRequestHeaders');
    if (this.state.request.headersSent) throw new StreamStateError('sendRequestHeaders: request headers were already sent on this stream');
    this.requestHeaderMap = HeaderMap.ofNormalized(normalizeHeaders(headers, 'request headers'));
    this.state.request.headersSent = true;
    this.state.request.ended = options.endOfStream === true;
    return this.flow('request', 0, { kind: 'headers', endOfStream: options.endOfStream === true }) as HeadersAction;
  }

  sendRequestBody(data: string | Uint8Array, options: SendOptions = {}): DataAction {
    this.assertOpen('sendRequestBody');
    this.assertDirection('request', 'sendRequestBody');
    this.state.request.ended = options.endOfStream === true;
    return this.flow('request', 0, { kind: 'data', data: toBody(data, 'request body'), endOfStream: options.endOfStream === true }) as DataAction;
  }

  sendRequestTrailers(trailers: HeadersInput): TrailersAction {
    this.assertOpen('sendRequestTrailers');
    this.assertDirection('request', 'sendRequestTrailers');
    this.requestTrailerMap = HeaderMap.ofNormalized(normalizeHeaders(trailers, 'request trailers'));
    this.state.request.ended = true;
    return this.flow('request', 0, { kind: 'trailers', endOfStream: true }) as TrailersAction;
  }

  sendResponseHeaders(headers: HeadersInput, options: SendOptions = {}): HeadersAction {
    this.assertOpen('sendResponseHeaders');
    if (!this.state.request.headersDelivered) {
      throw new StreamStateError('sendResponseHeaders: the request headers have not reached upstream yet (not sent, or a filter paused them)');
    }
    if (this.state.response.headersSent) throw new StreamStateError('sendResponseHeaders: response headers were already sent on this stream');
    const pairs = normalizeHeaders(headers, 'response headers');
    if (!pairs.some(([k]) => k === ':status')) throw new TypeError('response headers need a ":status" header');
    this.responseHeaderMap = HeaderMap.ofNormalized(pairs);
    this.state.response.headersSent = true;
    this.state.response.ended = options.endOfStream === true;
    return this.flow('response', 0, { kind: 'headers', endOfStream: options.endOfStream === true }) as HeadersAction;
  }

  sendResponseBody(data: string | Uint8Array, options: SendOptions = {}): DataAction {
    this.assertOpen('sendResponseBody');
    this.assertDirection('response', 'sendResponseBody');
    this.state.response.ended = options.endOfStream === true;
    return this.flow('response', 0, { kind: 'data', data: toBody(data, 'response body'), endOfStream: options.endOfStream === true }) as DataAction;
  }

  sendResponseTrailers(trailers: HeadersInput): TrailersAction {
    this.assertOpen('sendResponseTrailers');
    this.assertDirection('response', 'sendResponseTrailers');
    this.responseTrailerMap = HeaderMap.ofNormalized(normalizeHeaders(trailers, 'response trailers'));
    this.state.response.ended = true;
    return this.flow('response', 0, { kind: 'trailers', endOfStream: true }) as TrailersAction;
  }

  /** Ends the stream as Envoy does: proxy_on_done, then proxy_on_log, then proxy_on_delete for each filter. */
  complete(): void {
    if (this.completed) throw new StreamStateError('complete: the stream is already complete');
    this.completed = true;
    this.runFinal('done');
    this.runFinal('log');
    this.runFinal('delete');
    for (const s of this.slots) if (s.contextId !== undefined) s.vm.dropContext(s.contextId);
  }

  /** One of complete()'s three rounds over the filters that have a context. */
  private runFinal(which: 'done' | 'log' | 'delete'): void {
    for (const s of this.slots) {
      if (s.contextId === undefined || s.vm.failed) continue;
      s.vm.invokeCallback(s.vm.streamCallbacks[which], s.contextId);
    }
  }

  // ---- test API: observing the stream -------------------------------------

  get localResponse(): LocalResponse | undefined {
    const r = this.reply;
    if (!r) return undefined;
    const body = concat(this.state.response.delivered);
    return {
      status: r.status,
      headers: this.responseHeaderMap?.pairs() ?? [],
      body,
      bodyText: decoder.decode(body),
      details: r.details,
      grpcStatus: r.grpcStatus >= 0 && r.grpcStatus <= 16 ? r.grpcStatus : undefined,
    };
  }

  requestHeaders(): HeaderPairs {
    return this.requestHeaderMap?.pairs() ?? [];
  }

  requestHeader(name: string): string | undefined {
    return this.requestHeaderMap?.get(name);
  }

  requestTrailers(): HeaderPairs {
    return this.requestTrailerMap?.pairs() ?? [];
  }

  responseHeaders(): HeaderPairs {
    return this.responseHeaderMap?.pairs() ?? [];
  }

  responseHeader(name: string): string | undefined {
    return this.responseHeaderMap?.get(name);
  }

  responseTrailers(): HeaderPairs {
    return this.responseTrailerMap?.pairs() ?? [];
  }

  /** The request body that passed every filter (what upstream received). */
  requestBody(): Uint8Array {
    return concat(this.state.request.delivered);
  }

  /** The response body that passed every filter (what the client received). */
  responseBody(): Uint8Array {
    return concat(this.state.response.delivered);
  }

  /** Filter state a filter wrote with proxy_set_property (path segments joined by "." or given as an array). */
  property(path: string | readonly string[]): string | undefined {
    const bytes = this.propertyBytes(path);
    return bytes && decoder.decode(bytes);
  }

  propertyBytes(path: string | readonly string[]): Uint8Array | undefined {
    const key = typeof path === 'string' ? path : path.join('\u0000');
    return this.filterStateMap?.get(key)?.slice();
  }

  get isComplete(): boolean {
    return this.completed;
  }

  // ---- iteration -----------------------------------------------------------

  private assertOpen(call: string): void {
    if (this.completed) throw new StreamStateError(`${call}: the stream is complete`);
    if (this.resetDetails) throw new StreamStateError(`${call}: the stream was reset by a filter (${this.resetDetails})`);
    if (this.reply) {
      throw new StreamStateError(`${call}: the stream was already answered with a local response (status ${this.reply.status}, details "${this.reply.details}")`);
    }
  }

  private assertDirection(dir: Dir, call: string): void {
    const st = this.state[dir];
    const headersCall = dir === 'request' ? 'sendRequestHeaders' : 'sendResponseHeaders';
    if (!st.headersSent) throw new StreamStateError(`${call} called before ${headersCall}`);
    if (st.ended) throw new StreamStateError(`${call}: the ${dir} already ended (endOfStream was set or trailers were sent)`);
  }

  /** The slot at a position of the iteration: chain order for requests, reverse for responses. */
  private slotAt(dir: Dir, pos: number): FilterSlot {
    return this.slots[dir === 'request' ? pos : this.slots.length - 1 - pos]!;
  }

  /** A slot's position in the iteration (the inverse of slotAt). */
  private positionOf(dir: Dir, slot: FilterSlot): number {
    return dir === 'request' ? slot.index : this.slots.length - 1 - slot.index;
  }

  private halted(dir: Dir): boolean {
    if (this.resetDetails) return true;
    // A local reply ends the request path; the response path carries the reply.
    return dir === 'request' && this.reply !== undefined;
  }

  private flow(dir: Dir, startPos: number, first: FlowEvent): Action {
    const st = this.state[dir];
    let last: Action | undefined;
    let ev = first;
    for (let pos = startPos; pos < this.slots.length; pos++) {
      if (this.halted(dir)) return last ?? stoppedAction(ev);
      if (st.blockedAt === pos) {
        st.queue.push({ pos, ev });
        return last ?? stoppedAction(ev);
      }
      const slot = this.slotAt(dir, pos);
      const outcome = this.callFilter(slot, dir, pos, ev);
      if (outcome.action !== undefined) last = outcome.action;
      if (!outcome.passOn) return last ?? stoppedAction(ev);
      if (outcome.flushFirst) this.flow(dir, pos + 1, outcome.flushFirst);
      ev = outcome.passOn;
    }
    if (this.halted(dir) && !(dir === 'response')) return last ?? stoppedAction(ev);
    this.deliver(dir, ev);
    return last ?? 'Continue';
  }

  private deliver(dir: Dir, ev: FlowEvent): void {
    const st = this.state[dir];
    if (ev.kind === 'headers') st.headersDelivered = true;
    if (ev.kind === 'data' && ev.data) st.delivered.push(ev.data);
  }

  private callFilter(slot: FilterSlot, dir: Dir, pos: number, ev: FlowEvent): Outcome {
    const vm = slot.vm;
    if (slot.contextId === undefined) {
      // Envoy creates the filter's context when request headers first reach it;
      // a filter the request never reached is skipped on the way back.
      if (dir === 'response' || ev.kind !== 'headers') return outcome(undefined, ev);
      if (vm.failed) {
        this.failStream(slot);
        return outcome('StopAllIterationAndWatermark');
      }
      slot.contextId = vm.createHttpContext(slot);
      if (slot.contextId === undefined) {
        this.failStream(slot);
        return outcome('StopAllIterationAndWatermark');
      }
    }
    if (slot.failureReplySent) return outcome(undefined, ev);
    if (vm.failed) {
      this.failStream(slot);
      return outcome(ev.kind === 'data' ? 'StopIterationNoBuffer' : 'StopAllIterationAndWatermark');
    }
    const ctx = slot.contextId;
    const st = this.state[dir];
    const callbacks = vm.streamCallbacks;

    if (ev.kind === 'headers') {
      slot.heldHeaders[dir] = true;
      const map = dir === 'request' ? this.requestHeaderMap! : this.responseHeaderMap!;
      const cb = dir === 'request' ? callbacks.requestHeaders : callbacks.responseHeaders;
      const raw = vm.invokeCallback(cb, ctx, map.count, ev.endOfStream ? 1 : 0);
      if (raw === undefined) return this.trapped(slot, 'StopAllIterationAndWatermark');
      const action = convertHeadersResult(raw, vm.iterationStopped);
      if (action === 'Continue' || action === 'ContinueAndEndStream') {
        slot.heldHeaders[dir] = false;
        return outcome(action, ev);
      }
      st.blockedAt = pos;
      st.blockedResume = ev;
      return outcome(action);
    }

    if (ev.kind === 'data') {
      const incoming = ev.data ?? new Uint8Array(0);
      slot.body[dir] = slot.buffering[dir] && slot.body[dir] ? concat([slot.body[dir]!, incoming]) : incoming;
      slot.bodyEnd[dir] = ev.endOfStream;
      const size = slot.body[dir]!.length;
      const cb = dir === 'request' ? callbacks.requestBody : callbacks.responseBody;
      const raw = vm.invokeCallback(cb, ctx, size, ev.endOfStream ? 1 : 0);
      if (raw === undefined) return this.trapped(slot, 'StopIterationNoBuffer');
      const action = convertDataResult(raw, vm.iterationStopped);
      slot.buffering[dir] = false;
      if (action === 'Continue') {
        const data = slot.body[dir] ?? new Uint8Array(0);
        slot.body[dir] = undefined;
        return outcome(action, { kind: 'data', data, endOfStream: ev.endOfStream });
      }
      if (action === 'StopIterationNoBuffer') slot.body[dir] = undefined;
      else slot.buffering[dir] = true;
      return outcome(action);
    }

    slot.heldTrailers[dir] = true;
    const map = dir === 'request' ? this.requestTrailerMap! : this.responseTrailerMap!;
    const cb = dir === 'request' ? callbacks.requestTrailers : callbacks.responseTrailers;
    const raw = vm.invokeCallback(cb, ctx, map.count);
    if (raw === undefined) return this.trapped(slot, 'StopIteration');
    const action = convertTrailersResult(raw, vm.iterationStopped);
    if (action === 'Continue') {
      slot.heldTrailers[dir] = false;
      // Body the filter was still buffering travels on ahead of the trailers.
      const flushFirst = this.takeBuffered(slot, dir, false);
      return outcome(action, ev, flushFirst);
    }
    st.blockedAt = pos;
    st.blockedResume = ev;
    return outcome(action);
  }

  private takeBuffered(slot: FilterSlot, dir: Dir, endOfStream: boolean): FlowEvent | undefined {
    if (!slot.buffering[dir]) return undefined;
    const data = slot.body[dir] ?? new Uint8Array(0);
    slot.buffering[dir] = false;
    slot.body[dir] = undefined;
    return { kind: 'data', data, endOfStream };
  }

  private trapped(slot: FilterSlot, action: Action): Outcome {
    this.failStream(slot);
    return outcome(action);
  }

  /** Envoy's Context::failStream: a 503 local reply with details wasm_fail_stream. */
  private failStream(slot: FilterSlot): void {
    if (slot.failureReplySent) return;
    slot.failureReplySent = true;
    if (this.reply) return;
    this.applyLocalResponse({ status: 503, details: 'wasm_fail_stream', body: new Uint8Array(0), headers: [], grpcStatus: 14 });
  }

  /** @internal Runs after the VM call that asked for it, as Envoy's sendLocalReply does. */
  applyLocalResponse(reply: LocalReplyRequest): void {
    if (this.reply || this.resetDetails || this.completed) return;
    this.reply = reply;
    const headers = new HeaderMap([[':status', String(reply.status)]]);
    for (const [k, v] of reply.headers) headers.add(k, v);
    if (reply.body.length > 0) {
      if (headers.get('content-type') === undefined) headers.add('content-type', 'text/plain');
      headers.replace('content-length', String(reply.body.length));
    }
    const resp = this.state.response;
    const responseStarted = resp.headersSent;
    this.responseHeaderMap = headers;
    resp.headersSent = true;
    resp.ended = true;
    resp.delivered = [];
    this.state.request.ended = true;
    if (responseStarted) {
      // Too late to run the reply through the filters again: the reply replaces the response.
      resp.blockedAt = undefined;
      resp.queue = [];
      resp.headersDelivered = true;
      if (reply.body.length > 0) resp.delivered.push(reply.body);
      return;
    }
    for (const s of this.slots) s.heldHeaders.response = false;
    this.flow('response', 0, { kind: 'headers', endOfStream: reply.body.length === 0 });
    if (reply.body.length > 0) this.flow('response', 0, { kind: 'data', data: reply.body, endOfStream: true });
  }

  /** @internal proxy_continue_stream, run after the VM call. */
  resume(dir: Dir, slot: FilterSlot): void {
    if (this.completed || this.halted(dir)) return;
    const st = this.state[dir];
    const pos = this.positionOf(dir, slot);
    if (st.blockedAt === pos) {
      const ev = st.blockedResume!;
      st.blockedAt = undefined;
      st.blockedResume = undefined;
      if (ev.kind === 'headers') slot.heldHeaders[dir] = false;
      else slot.heldTrailers[dir] = false;
      const flushFirst = ev.kind === 'trailers' ? this.takeBuffered(slot, dir, false) : undefined;
      if (flushFirst) this.flow(dir, pos + 1, flushFirst);
      this.flow(dir, pos + 1, ev);
      while (st.queue.length > 0 && st.blockedAt === undefined && !this.halted(dir)) {
        const q = st.queue.shift()!;
        this.flow(dir, q.pos, q.ev);
      }
      return;
    }
    const buffered = this.takeBuffered(slot, dir, slot.bodyEnd[dir]);
    if (buffered) this.flow(dir, pos + 1, buffered);
  }

  /** @internal proxy_close_stream: Envoy resets the stream. */
  reset(details: string): void {
    if (this.resetDetails || this.completed) return;
    this.resetDetails = details;
  }
}

/**
 * What one filter did with an event: the action it returned (if it was called), the event
 * that travels on (undefined when iteration stopped), and buffered body to send ahead of it.
 * Always built with every field, so the flow loop sees a single object shape.
 */
interface Outcome {
  action: Action | undefined;
  passOn: FlowEvent | undefined;
  flushFirst: FlowEvent | undefined;
}

function outcome(action: Action | undefined, passOn?: FlowEvent, flushFirst?: FlowEvent): Outcome {
  return { action, passOn, flushFirst };
}

function stoppedAction(ev: FlowEvent): Action {
  if (ev.kind === 'headers') return 'StopAllIterationAndWatermark';
  if (ev.kind === 'data') return 'StopIterationAndBuffer';
  return 'StopIteration';
}
