// Body buffers (request, response, HTTP-callout response) as objects.

import { BufferType, WasmResult } from "./abi/types";
import * as host from "./hostcalls";

export class BodyBuffer {
  constructor(private readonly type: BufferType) {}

  /** Bytes currently buffered by the host (0 when unavailable). */
  size(): u64 {
    return host.getBufferStatus(this.type).value;
  }

  /** Up to `maxSize` bytes from `start`; null when the buffer is unavailable. */
  read(start: u32 = 0, maxSize: u32 = u32.MAX_VALUE): ArrayBuffer | null {
    const size = host.getBufferStatus(this.type);
    if (size.result != WasmResult.Ok) return null;
    if (<u64>start >= size.value) return new ArrayBuffer(0);
    const available = size.value - <u64>start;
    const count = available < <u64>maxSize ? <u32>available : maxSize;
    const got = host.getBufferBytes(this.type, start, count);
    if (got.result != WasmResult.Ok) return null;
    const bytes = got.value;
    return bytes === null ? new ArrayBuffer(0) : bytes;
  }

  /** The whole buffer decoded as UTF-8 (empty when unavailable). */
  readText(): string {
    const bytes = this.read();
    return bytes === null ? "" : String.UTF8.decode(bytes, false);
  }

  /** Replaces the entire buffered content. */
  replace(data: ArrayBuffer): WasmResult {
    const size = host.getBufferStatus(this.type);
    const current = size.result == WasmResult.Ok ? <usize>size.value : 0;
    return host.setBufferBytes(this.type, 0, current, data);
  }

  replaceText(text: string): WasmResult {
    return this.replace(String.UTF8.encode(text, false));
  }
}

export const requestBody = new BodyBuffer(BufferType.HttpRequestBody);
export const responseBody = new BodyBuffer(BufferType.HttpResponseBody);
export const httpCallResponseBody = new BodyBuffer(BufferType.HttpCallResponseBody);
