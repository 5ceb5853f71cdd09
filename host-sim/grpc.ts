// Unary gRPC callouts (proxy_grpc_call / proxy_grpc_cancel / proxy_grpc_close) as Envoy's Wasm
// Context runs them: the `service` argument is a serialized envoy.config.core.v3.GrpcService or,
// when it does not parse as one, a plain cluster name; a call is answered on the context that
// made it, with proxy_on_grpc_receive (success: the message in GrpcReceiveBuffer) or
// proxy_on_grpc_close (failure: the gRPC status, its message through proxy_get_status). Envoy's
// unary calls never report metadata, so neither does host-sim. Streams are not simulated.
import { HostError } from './errors.ts';
import type { HeaderPairs } from './pairs.ts';

/** gRPC status codes host-sim produces itself. */
export const GrpcStatus = { Ok: 0, Cancelled: 1, DeadlineExceeded: 4, Unavailable: 14 } as const;

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
  /** The context that made the call (it gets the answer). */
  contextId: number;
  respond(reply: GrpcReply): void;
  fail(failure: GrpcFailure): void;
}

export interface GrpcCallRecord extends PendingGrpcCall {
  deadline: number | undefined;
  seq: number;
}

/** What the VM gives the call table: delivery into the guest and context liveness. */
export interface GrpcCallOwner {
  nowMs(): number;
  nextSeq(): number;
  hasContext(id: number): boolean;
  deliverGrpcReceive(call: GrpcCallRecord, message: Uint8Array): void;
  deliverGrpcClose(call: GrpcCallRecord, status: number, message: string): void;
}

/**
 * Reads `envoy_grpc.cluster_name` (GrpcService field 1 → EnvoyGrpc field 1) from a serialized
 * GrpcService. Returns undefined when the bytes are not a well-formed message naming a cluster,
 * which is when Envoy falls back to reading them as a cluster name.
 */
export function clusterFromGrpcService(bytes: Uint8Array): string | undefined {
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

export class GrpcCalls {
  private readonly calls = new Map<number, GrpcCallRecord>();
  // Envoy numbers unary calls with odd tokens and streams with even ones.
  private nextToken = 1;

  constructor(private readonly owner: GrpcCallOwner) {}

  start(init: Omit<PendingGrpcCall, 'token' | 'respond' | 'fail'>): number {
    const token = this.nextToken;
    this.nextToken += 2;
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
        this.owner.deliverGrpcClose(call, GrpcStatus.DeadlineExceeded, 'upstream request timeout');
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
    this.owner.deliverGrpcReceive(call, reply.message);
  }

  private fail(call: GrpcCallRecord, failure: GrpcFailure): void {
    if (typeof failure !== 'object' || failure === null || !Number.isInteger(failure.status) || failure.status <= 0 || failure.status > 16) {
      throw new TypeError('fail() needs { status: 1..16, message? } (a failed call never has status 0)');
    }
    this.take(call);
    this.owner.deliverGrpcClose(call, failure.status, failure.message ?? '');
  }
}
