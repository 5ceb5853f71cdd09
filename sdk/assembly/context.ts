// What a filter author implements: a RootContext per plugin (configuration, timers, queues,
// creating per-request contexts) and an HttpContext per HTTP stream. Every method has a safe
// default, so a filter overrides only what it needs.

import { FilterDataStatus, FilterHeadersStatus, FilterTrailersStatus, StreamType, WasmResult } from "./abi/types";
import { HeaderPair } from "./abi/header-map";
import { HttpCallResponse, HttpCallStart, startHttpCall } from "./http-call";
import { registerPendingCall } from "./pending-calls";
import * as host from "./hostcalls";

/** Configuration handed to onVmStart / onConfigure. */
export class Configuration {
  constructor(public readonly bytes: ArrayBuffer) {}
  /** The configuration as UTF-8 text. */
  text(): string {
    return String.UTF8.decode(this.bytes, false);
  }
  get length(): i32 {
    return this.bytes.byteLength;
  }
}

/** Receives a callout's response, with the context that started it. */
export type HttpCallCallback = (context: Context, response: HttpCallResponse) => void;

export class Context {
  constructor(public readonly id: u32) {}

  /**
   * Sends an HTTP request to `cluster`. The response (or failure/timeout) is delivered to
   * `callback` if given, else to this context's onHttpCallResponse. `headers` must include
   * :method, :path and :authority.
   */
  httpCall(cluster: string, headers: HeaderPair[], body: ArrayBuffer | null, timeoutMs: u32, callback: HttpCallCallback | null = null): HttpCallStart {
    const started = startHttpCall(cluster, headers, body, [], timeoutMs);
    if (started.ok) registerPendingCall(started.token, this, callback);
    return started;
  }

  /** Default receiver of callout responses. */
  onHttpCallResponse(response: HttpCallResponse): void {}

  /**
   * gRPC callout events for calls this context started through the raw hostcalls
   * (grpcCall/grpcStream in hostcalls.ts); no-ops by default.
   */
  onGrpcReceiveInitialMetadata(token: u32, numElements: u32): void {}
  onGrpcReceive(token: u32, messageSize: u32): void {}
  onGrpcReceiveTrailingMetadata(token: u32, numElements: u32): void {}
  onGrpcClose(token: u32, statusCode: u32): void {}

  /** Return false to keep the context alive after the host is done; then call done(). */
  onDone(): bool {
    return true;
  }

  /**
   * Makes this context the one the host acts on (headers, bodies, local replies, continue):
   * for work on a context from a callback running in another one, e.g. a root's tick or
   * callout response waking a paused stream. It stays effective until the callback returns or
   * another context is made effective. Callbacks the SDK dispatches need not call it.
   */
  makeEffective(): WasmResult {
    return host.setEffectiveContext(this.id);
  }

  /** Tells the host a context that returned false from onDone may now be finalized. */
  done(): WasmResult {
    this.makeEffective();
    return host.done();
  }

  onLog(): void {}
  onDelete(): void {}
}

export class RootContext extends Context {
  /** The VM's configuration (vm_config.configuration). Return false to refuse to start. */
  onVmStart(configuration: Configuration): bool {
    return true;
  }

  /** The plugin's configuration. Return false to reject it (Envoy then refuses the filter). */
  onConfigure(configuration: Configuration): bool {
    return true;
  }

  /** Called every tick period once setTickPeriod was called with a non-zero period. */
  onTick(): void {}

  /** An item was enqueued on a queue this VM registered. */
  onQueueReady(queueId: u32): void {}

  /** A registered foreign function called back into this plugin. */
  onForeignFunction(functionId: u32, args: ArrayBuffer): void {}

  /** Creates the context of a new HTTP stream. */
  createHttpContext(id: u32): HttpContext {
    return new HttpContext(id, this);
  }

  /** Sets the tick period (0 disables ticks). */
  setTickPeriod(milliseconds: u32): WasmResult {
    return host.setTickPeriodMilliseconds(milliseconds);
  }
}

export class HttpContext extends Context {
  constructor(id: u32, public readonly root: RootContext) {
    super(id);
  }

  onRequestHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    return FilterHeadersStatus.Continue;
  }
  onRequestBody(bodySize: u32, endOfStream: bool): FilterDataStatus {
    return FilterDataStatus.Continue;
  }
  onRequestTrailers(numTrailers: u32): FilterTrailersStatus {
    return FilterTrailersStatus.Continue;
  }
  onResponseHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    return FilterHeadersStatus.Continue;
  }
  onResponseBody(bodySize: u32, endOfStream: bool): FilterDataStatus {
    return FilterDataStatus.Continue;
  }
  onResponseTrailers(numTrailers: u32): FilterTrailersStatus {
    return FilterTrailersStatus.Continue;
  }

  /**
   * Resumes this stream's request after a callback returned StopIteration, from any context
   * (it makes this stream effective first): e.g. when keys fetched by the root arrive. To edit
   * the request or reply locally before resuming, call makeEffective() first, then edit, then
   * resumeRequest() — or sendLocalReply instead of resuming.
   */
  resumeRequest(): WasmResult {
    this.makeEffective();
    return host.continueStream(StreamType.HttpRequest);
  }

  /** resumeRequest() for the response direction. */
  resumeResponse(): WasmResult {
    this.makeEffective();
    return host.continueStream(StreamType.HttpResponse);
  }
}
