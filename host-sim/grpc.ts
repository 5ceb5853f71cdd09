// gRPC callouts as Envoy 1.40 runs them: unary calls (proxy_grpc_call) and streams
// (proxy_grpc_stream / proxy_grpc_send), both closed with proxy_grpc_close and proxy_grpc_cancel.
//
// What Envoy does (proxy-wasm-cpp-host exports.cc, Envoy source/extensions/common/wasm/context.cc,
// source/common/grpc/async_client_impl.cc; checked against Envoy 1.40 with
// test/host-sim/fixtures/grpc-stream):
// - Every gRPC host call acts on the ROOT context (`WASM_CONTEXT(raw_context)->root_context()`):
//   the root context owns the call or stream, every callback goes to the root context id, and a
//   call or stream started from a stream context outlives it. Only the root context's deletion
//   cancels them (Context::~Context). SDKs route answers to their own contexts by token.
// - Tokens are the VM's callout ids: the low two bits name the kind (0 HTTP call, 1 gRPC call,
//   2 gRPC stream) and each kind counts up by 4, so calls are 5, 9, 13... and streams 6, 10, 14...
// - `service` is a serialized envoy.config.core.v3.GrpcService, or, when it does not parse as one,
//   a cluster name; an unknown cluster NAME is ParseFailure (no token spent). A GrpcService naming
//   an unknown cluster spends a token, returns InternalFailure, and after the VM call returns the
//   root context gets proxy_on_grpc_close(token, 14) with "Cluster not available".
// - A unary call is answered once: proxy_on_grpc_receive (GrpcReceiveBuffer) or proxy_on_grpc_close
//   (status; message through proxy_get_status). It reports no metadata.
// - A stream delivers the server's headers (proxy_on_grpc_receive_initial_metadata, the map
//   readable as GrpcReceiveInitialMetadata), each message (proxy_on_grpc_receive), the trailers
//   (proxy_on_grpc_receive_trailing_metadata, GrpcReceiveTrailingMetadata, grpc-status included)
//   and then proxy_on_grpc_close with the grpc-status; the status message the module reads is
//   Envoy's "<grpc-message>{via_upstream}" ("via_upstream" when the server sent none). A
//   trailers-only answer gives initial metadata with no entries, then trailers holding the whole
//   header block. A stream that fails without trailers (reset, non-200) gives trailing metadata
//   with no entries, then the close. Streams never time out.
// - proxy_grpc_send: BadArgument for a token that is not a stream id, NotFound for a stream id the
//   host no longer knows (cancelled, or closed by both sides), else Ok; after the module's end (end_stream or close) or the server's close, a send
//   is an Ok no-op. proxy_grpc_close half-closes a stream (the server's answer still arrives) and
//   cancels a call; proxy_grpc_cancel resets either, with no further callback. A stream the server
//   closed stays known (send Ok, close Ok) until the module closes or cancels it, unless the module
//   had already closed it.
import { HostError } from './errors.ts';
import { HeaderMap } from './header-map.ts';
import { normalizeHeaders, type HeaderPairs, type HeadersInput } from './pairs.ts';

/** gRPC status codes host-sim produces itself. */
export const GrpcStatus = { Ok: 0, DeadlineExceeded: 4, Unavailable: 14 } as const;

/** The kind a callout id names (its low two bits, as proxy-wasm-cpp-host numbers them). */
export const CalloutKind = { HttpCall: 0, GrpcCall: 1, GrpcStream: 2 } as const;
export const calloutKind = (token: number): number => token & 3;
const CALLOUT_ID_INCREMENT = 4;

/** The close Envoy reports for a GrpcService naming a cluster it does not have. */
const CLUSTER_NOT_AVAILABLE = 'Cluster not available';

export interface GrpcReply {
  /** The response message (serialized protobuf). */
  message: Uint8Array;
}

export interface GrpcFailure {
  /** A non-zero gRPC status code. */
  status: number;
  message?: string;
}

export interface PendingGrpcCall {
  token: number;
  /** The cluster the GrpcService (or plain name) designates. */
  cluster: string;
  /** The raw `service` argument, as the module passed it. */
  grpcService: Uint8Array;
  serviceName: string;
  method: string;
  metadata: HeaderPairs;
  message: Uint8Array;
  timeoutMs: number;
  /** The context that gets the answer: always the root context, as in Envoy. */
  contextId: number;
  respond(reply: GrpcReply): void;
  fail(failure: GrpcFailure): void;
}

export interface GrpcCallRecord extends PendingGrpcCall {
  deadline: number | undefined;
  seq: number;
}

/** A message the module sent on a stream. */
export interface GrpcStreamMessage {
  message: Uint8Array;
  endStream: boolean;
}

/** 'open' until the server closes it ('closed') or the module cancels it ('cancelled'). */
export type GrpcStreamState = 'open' | 'closed' | 'cancelled';

/** What the module opened a stream with: fixed for the stream's life. */
export interface GrpcStreamInit {
  /** The cluster the GrpcService (or plain name) designates. */
  readonly cluster: string;
  /** The raw `service` argument, as the module passed it. */
  readonly grpcService: Uint8Array;
  readonly serviceName: string;
  readonly method: string;
  /** The initial metadata the module opened the stream with. */
  readonly metadata: HeaderPairs;
  /** The context that gets the stream's callbacks: always the root context, as in Envoy. */
  readonly contextId: number;
}

/**
 * A stream the module opened, seen from the server's side: what the module sent, and the calls
 * that play the server. Each server call delivers its callbacks before it returns.
 */
export interface PendingGrpcStream extends GrpcStreamInit {
  readonly token: number;
  /** The messages the server received, in order (a copy). */
  readonly sent: GrpcStreamMessage[];
  /** The module ended its side: a message with end_stream, or proxy_grpc_close. */
  readonly localClosed: boolean;
  readonly state: GrpcStreamState;
  /**
   * The server's headers: proxy_on_grpc_receive_initial_metadata with their count. `:status: 200`
   * and `content-type: application/grpc` are added when absent, as a gRPC server sends them.
   */
  receiveInitialMetadata(metadata?: HeadersInput): void;
  /** A message: proxy_on_grpc_receive. Sends the default headers first if none were sent. */
  receive(message: Uint8Array | string): void;
  /**
   * The server finishes with trailers `grpc-status: status` (and `grpc-message`, and `trailers`):
   * proxy_on_grpc_receive_trailing_metadata, then proxy_on_grpc_close. Before any headers this is
   * a trailers-only answer (see the file comment).
   */
  close(status?: number, message?: string, trailers?: HeadersInput): void;
  /**
   * The stream fails without trailers (a reset, a non-200 answer, a lost connection):
   * proxy_on_grpc_receive_trailing_metadata with no entries, then proxy_on_grpc_close with this
   * status and message, verbatim.
   */
  fail(status: number, message?: string): void;
}

/** What the VM gives the call tables: delivery into the guest and root liveness. */
export interface GrpcCallOwner {
  nowMs(): number;
  nextSeq(): number;
  hasContext(id: number): boolean;
  deliverGrpcReceive(contextId: number, token: number, message: Uint8Array): void;
  /** `message` is what proxy_get_status returns during the callback. */
  deliverGrpcClose(contextId: number, token: number, status: number, message: string): void;
  deliverGrpcMetadata(contextId: number, token: number, kind: 'initial' | 'trailing', metadata: HeaderMap): void;
  /** Runs after the current guest call returns (Envoy's after-VM-call actions). */
  afterCall(action: () => void): void;
}

/** Where a `service` argument points, Envoy's way. */
interface ResolvedGrpcService {
  cluster: string;
  /** Whether the bytes parsed as a GrpcService (rather than a plain cluster name). */
  fromProto: boolean;
}

export function resolveGrpcService(bytes: Uint8Array): ResolvedGrpcService {
  const cluster = clusterFromGrpcService(bytes);
  return cluster === undefined ? { cluster: new TextDecoder().decode(bytes), fromProto: false } : { cluster, fromProto: true };
}

/**
 * Reads `envoy_grpc.cluster_name` (GrpcService field 1 → EnvoyGrpc field 1) from a serialized
 * GrpcService. Returns undefined when the bytes are not a well-formed message naming a cluster,
 * which is when Envoy falls back to reading them as a cluster name.
 */
function clusterFromGrpcService(bytes: Uint8Array): string | undefined {
  const envoyGrpc = lengthDelimitedField(bytes, 1);
  if (envoyGrpc === undefined) return undefined;
  const name = lengthDelimitedField(envoyGrpc, 1);
  if (name === undefined || name.length === 0) return undefined;
  return new TextDecoder('utf-8', { fatal: true }).decode(name);
}

/** The last occurrence of a length-delimited field, or undefined if absent or malformed. */
function lengthDelimitedField(bytes: Uint8Array, field: number): Uint8Array | undefined {
  let pos = 0;
  let found: Uint8Array | undefined;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.length) return undefined;
      const b = bytes[pos++]!;
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
    return undefined;
  };
  while (pos < bytes.length) {
    const key = varint();
    if (key === undefined || key < 8) return undefined;
    const wire = key & 7;
    const number = Math.floor(key / 8);
    if (wire === 0) {
      if (varint() === undefined) return undefined;
    } else if (wire === 1 || wire === 5) {
      pos += wire === 1 ? 8 : 4;
      if (pos > bytes.length) return undefined;
    } else if (wire === 2) {
      const len = varint();
      if (len === undefined || pos + len > bytes.length) return undefined;
      if (number === field) found = bytes.subarray(pos, pos + len);
      pos += len;
    } else {
      return undefined;
    }
  }
  return found;
}

/** Envoy's callout ids: the kind in the low two bits (CalloutKind), growing by 4 per id of that kind. */
export class CalloutIds {
  private last: number;
  constructor(kind: number) {
    this.last = kind;
  }
  next(): number {
    return (this.last += CALLOUT_ID_INCREMENT);
  }
}

/**
 * A call or stream whose GrpcService names a cluster Envoy lacks: its id is spent, and once
 * the VM call returns the root context gets Envoy's close (see the file comment).
 */
export function spendUnavailable(ids: CalloutIds, owner: GrpcCallOwner, contextId: number): void {
  const token = ids.next();
  owner.afterCall(() => {
    if (owner.hasContext(contextId)) owner.deliverGrpcClose(contextId, token, GrpcStatus.Unavailable, CLUSTER_NOT_AVAILABLE);
  });
}

export class GrpcCalls {
  private readonly calls = new Map<number, GrpcCallRecord>();
  readonly ids = new CalloutIds(CalloutKind.GrpcCall);

  constructor(private readonly owner: GrpcCallOwner) {}

  start(init: Omit<PendingGrpcCall, 'token' | 'respond' | 'fail'>): number {
    const token = this.ids.next();
    const call: GrpcCallRecord = {
      ...init,
      token,
      // Envoy's timeout 0 means "no timeout".
      deadline: init.timeoutMs === 0 ? undefined : this.owner.nowMs() + init.timeoutMs,
      seq: this.owner.nextSeq(),
      respond: (reply) => this.respond(call, reply),
      fail: (failure) => this.fail(call, failure),
    };
    this.calls.set(token, call);
    return token;
  }

  /** proxy_grpc_cancel and proxy_grpc_close on a unary call: forget it, no callback. */
  cancel(token: number): boolean {
    const call = this.calls.get(token);
    if (!call || !this.owner.hasContext(call.contextId)) return false;
    this.calls.delete(token);
    return true;
  }

  pending(): PendingGrpcCall[] {
    this.dropOrphans();
    return [...this.calls.values()].map(({ deadline: _d, seq: _s, ...call }) => call);
  }

  /** The earliest timeout, for the host's virtual clock. */
  nextDeadline(): { at: number; seq: number; fire: () => void } | undefined {
    this.dropOrphans();
    let best: GrpcCallRecord | undefined;
    for (const c of this.calls.values()) {
      if (c.deadline === undefined) continue;
      if (!best || c.deadline < best.deadline! || (c.deadline === best.deadline && c.seq < best.seq)) best = c;
    }
    if (!best) return undefined;
    const call = best;
    return {
      at: call.deadline!, seq: call.seq,
      fire: () => {
        this.take(call);
        this.owner.deliverGrpcClose(call.contextId, call.token, GrpcStatus.DeadlineExceeded, 'upstream request timeout');
      },
    };
  }

  // Envoy cancels a context's outstanding calls when the context is destroyed.
  private dropOrphans(): void {
    for (const [token, call] of this.calls) if (!this.owner.hasContext(call.contextId)) this.calls.delete(token);
  }

  private take(call: GrpcCallRecord): void {
    if (this.calls.get(call.token) !== call || !this.owner.hasContext(call.contextId)) {
      this.calls.delete(call.token);
      throw new HostError(`gRPC call ${call.token} to ${call.cluster} was already answered, failed, cancelled, timed out, or its context is gone`);
    }
    this.calls.delete(call.token);
  }

  private respond(call: GrpcCallRecord, reply: GrpcReply): void {
    if (typeof reply !== 'object' || reply === null || !(reply.message instanceof Uint8Array)) {
      throw new TypeError('respond() needs { message: Uint8Array }');
    }
    this.take(call);
    this.owner.deliverGrpcReceive(call.contextId, call.token, reply.message);
  }

  private fail(call: GrpcCallRecord, failure: GrpcFailure): void {
    if (typeof failure !== 'object' || failure === null || !Number.isInteger(failure.status) || failure.status <= 0 || failure.status > 16) {
      throw new TypeError('fail() needs { status: 1..16, message? } (a failed call never has status 0)');
    }
    this.take(call);
    this.owner.deliverGrpcClose(call.contextId, call.token, failure.status, failure.message ?? '');
  }
}

const encoder = new TextEncoder();

// The GrpcStreamInit fields, which the constructor copies in (interface and class merge).
interface GrpcStream extends GrpcStreamInit {}

/** One stream: Envoy's GrpcStreamClientHandler state plus what the server saw. */
class GrpcStream implements PendingGrpcStream {
  private readonly messages: GrpcStreamMessage[] = [];
  /** The server no longer receives (the module sent end_stream or closed). */
  private localEnded = false;
  /** proxy_grpc_close was called (Envoy's local_closed_: the handler goes when the server closes). */
  private closedByModule = false;
  private remoteState: GrpcStreamState = 'open';
  private headersSent = false;

  constructor(
    init: GrpcStreamInit,
    readonly token: number,
    private readonly table: GrpcStreams,
  ) {
    const { cluster, grpcService, serviceName, method, metadata, contextId } = init;
    Object.assign(this, { cluster, grpcService, serviceName, method, metadata, contextId });
  }

  get sent(): GrpcStreamMessage[] {
    return this.messages.map((m) => ({ message: m.message, endStream: m.endStream }));
  }

  get localClosed(): boolean {
    return this.localEnded;
  }

  get state(): GrpcStreamState {
    // The root context's deletion resets every stream it owns.
    if (this.remoteState === 'open' && !this.table.rootAlive(this)) return 'cancelled';
    return this.remoteState;
  }

  /** @internal The module's proxy_grpc_send on a known stream. */
  moduleSend(message: Uint8Array, endStream: boolean): void {
    // Envoy's async stream maps sends after either side's end to no-ops.
    if (this.localEnded || this.remoteState !== 'open') return;
    this.messages.push({ message, endStream });
    if (endStream) this.localEnded = true;
  }

  /** @internal proxy_grpc_close: half-close. */
  moduleClose(): void {
    this.localEnded = true;
    this.closedByModule = true;
  }

  /** @internal proxy_grpc_cancel, or the root context's deletion. */
  moduleCancel(): void {
    if (this.remoteState === 'open') this.remoteState = 'cancelled';
  }

  private ensureOpen(what: string): void {
    const state = this.state;
    if (state !== 'open') {
      throw new HostError(`${what}: gRPC stream ${this.token} to ${this.cluster} is ${state === 'closed' ? 'closed by the server already' : 'cancelled (by the module, or its root context is gone)'}`);
    }
  }

  receiveInitialMetadata(metadata?: HeadersInput): void {
    this.ensureOpen('receiveInitialMetadata');
    if (this.headersSent) throw new HostError(`receiveInitialMetadata: gRPC stream ${this.token} already received its initial metadata (headers come once, before any message)`);
    const given = normalizeHeaders(metadata, 'initial metadata');
    // A gRPC server's headers start with these (HTTP/2 puts pseudo-headers first).
    const defaults: HeaderPairs = [];
    if (!given.some(([k]) => k === ':status')) defaults.push([':status', '200']);
    if (!given.some(([k]) => k === 'content-type')) defaults.push(['content-type', 'application/grpc']);
    const map = HeaderMap.ofNormalized([...defaults, ...given]);
    this.headersSent = true;
    this.table.owner.deliverGrpcMetadata(this.contextId, this.token, 'initial', map);
  }

  receive(message: Uint8Array | string): void {
    if (typeof message !== 'string' && !(message instanceof Uint8Array)) throw new TypeError('receive() needs a Uint8Array or a string');
    this.ensureOpen('receive');
    if (!this.headersSent) this.receiveInitialMetadata();
    if (this.state !== 'open') return; // the module cancelled it from the headers callback
    this.table.owner.deliverGrpcReceive(this.contextId, this.token, typeof message === 'string' ? encoder.encode(message) : message.slice());
  }

  close(status: number = GrpcStatus.Ok, message = '', trailers?: HeadersInput): void {
    if (!Number.isInteger(status) || status < 0 || status > 16) throw new TypeError('close() needs a gRPC status 0..16');
    if (typeof message !== 'string') throw new TypeError('close(): the message must be a string');
    this.ensureOpen('close');
    const extra = normalizeHeaders(trailers, 'trailers');
    const owner = this.table.owner;
    const block: HeaderPairs = [];
    if (!this.headersSent) {
      // Trailers-only: Envoy reports empty initial metadata and the whole block as trailers.
      this.headersSent = true;
      owner.deliverGrpcMetadata(this.contextId, this.token, 'initial', new HeaderMap());
      block.push([':status', '200'], ['content-type', 'application/grpc']);
    }
    block.push(['grpc-status', String(status)]);
    if (message !== '') block.push(['grpc-message', message]);
    block.push(...extra);
    if (this.state !== 'open') return;
    owner.deliverGrpcMetadata(this.contextId, this.token, 'trailing', new HeaderMap(block));
    // Envoy's enhancedGrpcMessage appends the async stream's response code details.
    this.remoteClose(status, message === '' ? 'via_upstream' : `${message}{via_upstream}`);
  }

  fail(status: number, message = ''): void {
    if (!Number.isInteger(status) || status <= 0 || status > 16) throw new TypeError('fail() needs a gRPC status 1..16 (a failed stream never has status 0)');
    if (typeof message !== 'string') throw new TypeError('fail(): the message must be a string');
    this.ensureOpen('fail');
    this.table.owner.deliverGrpcMetadata(this.contextId, this.token, 'trailing', new HeaderMap());
    if (this.state !== 'open') return;
    this.remoteClose(status, message);
  }

  private remoteClose(status: number, message: string): void {
    this.remoteState = 'closed';
    this.table.owner.deliverGrpcClose(this.contextId, this.token, status, message);
    // Envoy forgets the stream after the close callback if the module had closed it.
    if (this.closedByModule) this.table.forget(this);
  }
}

export class GrpcStreams {
  /** Envoy's grpc_stream_ map: the streams whose tokens the host still knows. */
  private readonly streams = new Map<number, GrpcStream>();
  readonly ids = new CalloutIds(CalloutKind.GrpcStream);

  constructor(readonly owner: GrpcCallOwner) {}

  open(init: GrpcStreamInit): number {
    const token = this.ids.next();
    this.streams.set(token, new GrpcStream(init, token, this));
    return token;
  }

  /** @internal */
  rootAlive(stream: GrpcStream): boolean {
    return this.owner.hasContext(stream.contextId);
  }

  /** @internal */
  forget(stream: GrpcStream): void {
    if (this.streams.get(stream.token) === stream) this.streams.delete(stream.token);
  }

  /** The stream behind a token, or undefined (Envoy's NotFound) if the host no longer knows it. */
  private find(token: number): GrpcStream | undefined {
    const stream = this.streams.get(token);
    if (stream && !this.rootAlive(stream)) {
      stream.moduleCancel();
      this.streams.delete(token);
      return undefined;
    }
    return stream;
  }

  /** proxy_grpc_send on a stream id: false for NotFound. */
  send(token: number, message: Uint8Array, endStream: boolean): boolean {
    const stream = this.find(token);
    if (!stream) return false;
    stream.moduleSend(message, endStream);
    return true;
  }

  /** proxy_grpc_close on a stream id: half-close; forgets a stream the server already closed. */
  close(token: number): boolean {
    const stream = this.find(token);
    if (!stream) return false;
    stream.moduleClose();
    if (stream.state === 'closed') this.streams.delete(token);
    return true;
  }

  /** proxy_grpc_cancel on a stream id: reset, no further callback. */
  cancel(token: number): boolean {
    const stream = this.find(token);
    if (!stream) return false;
    stream.moduleCancel();
    this.streams.delete(token);
    return true;
  }

  /** Streams the server side can still drive (open, root context alive), in opening order. */
  pending(): PendingGrpcStream[] {
    const out: PendingGrpcStream[] = [];
    for (const token of [...this.streams.keys()]) {
      const stream = this.find(token);
      if (stream && stream.state === 'open') out.push(stream);
    }
    return out;
  }
}
