// HTTP callouts: starting one, and the response object handed to the callback. The table of
// pending calls (token -> context and callback) lives in the dispatcher.

import { HeaderPair } from "./abi/header-map";
import { WasmResult } from "./abi/types";
import { httpCallResponseHeaders, httpCallResponseTrailers } from "./headers";
import { httpCallResponseBody } from "./body";
import * as host from "./hostcalls";

/** The response of a callout, read from the host on demand during the callback. */
export class HttpCallResponse {
  constructor(
    public readonly token: u32,
    public readonly numHeaders: u32,
    public readonly bodySize: u32,
    public readonly numTrailers: u32,
  ) {}

  /** True when the call failed (reset, timeout, unknown cluster): the host sent no headers. */
  get failed(): bool {
    return this.numHeaders == 0;
  }

  /** The :status of the response, or 0 when failed or unparsable. */
  status(): i32 {
    if (this.failed) return 0;
    const value = httpCallResponseHeaders.get(":status");
    if (value === null || value.length == 0 || value.length > 3) return 0;
    let code = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return 0;
      code = code * 10 + (c - 0x30);
    }
    return code;
  }

  header(name: string): string | null {
    return this.failed ? null : httpCallResponseHeaders.get(name);
  }

  headers(): HeaderPair[] {
    return this.failed ? new Array<HeaderPair>() : httpCallResponseHeaders.all();
  }

  trailers(): HeaderPair[] {
    return this.numTrailers == 0 ? new Array<HeaderPair>() : httpCallResponseTrailers.all();
  }

  body(): ArrayBuffer {
    if (this.bodySize == 0) return new ArrayBuffer(0);
    const bytes = httpCallResponseBody.read(0, this.bodySize);
    return bytes === null ? new ArrayBuffer(0) : bytes;
  }

  bodyText(): string {
    return String.UTF8.decode(this.body(), false);
  }
}

/** Outcome of starting a callout: the host token when `result` is Ok. */
export class HttpCallStart {
  constructor(public readonly result: WasmResult, public readonly token: u32) {}
  get ok(): bool {
    return this.result == WasmResult.Ok;
  }
}

export function startHttpCall(cluster: string, headers: HeaderPair[], body: ArrayBuffer | null, trailers: HeaderPair[], timeoutMs: u32): HttpCallStart {
  const started = host.httpCall(cluster, headers, body, trailers, timeoutMs);
  return new HttpCallStart(started.result, started.result == WasmResult.Ok ? <u32>started.value : 0);
}
