// Stream control for HTTP filters: local replies, resuming and closing paused streams, and the
// host's clock.

import { GRPC_STATUS_NONE, StreamType, WasmResult } from "./abi/types";
import { HeaderPair } from "./abi/header-map";
import * as host from "./hostcalls";

/** Answers the request from the proxy; the request does not go upstream. */
export function sendLocalReply(status: u32, body: string, headers: HeaderPair[] = [], details: string = ""): WasmResult {
  return host.sendLocalResponse(status, details, String.UTF8.encode(body, false), headers, GRPC_STATUS_NONE);
}

/** Same as sendLocalReply with a binary body. */
export function sendLocalReplyBytes(status: u32, body: ArrayBuffer, headers: HeaderPair[] = [], details: string = ""): WasmResult {
  return host.sendLocalResponse(status, details, body, headers, GRPC_STATUS_NONE);
}

export function continueRequest(): WasmResult {
  return host.continueStream(StreamType.HttpRequest);
}

export function continueResponse(): WasmResult {
  return host.continueStream(StreamType.HttpResponse);
}

export function closeRequest(): WasmResult {
  return host.closeStream(StreamType.HttpRequest);
}

export function closeResponse(): WasmResult {
  return host.closeStream(StreamType.HttpResponse);
}

/** Host wall-clock time in nanoseconds since the Unix epoch. */
export function currentTimeNanoseconds(): u64 {
  return host.getCurrentTimeNanoseconds();
}

/** Host wall-clock time in milliseconds since the Unix epoch. */
export function currentTimeMillis(): u64 {
  return host.getCurrentTimeNanoseconds() / 1_000_000;
}
