// Collects a container's log stream in memory for Gateway.logs(). Bounded: a debug-level Envoy
// under load writes megabytes a second, and the tail is what explains a failure.
import type { Readable } from 'node:stream';

const DEFAULT_LIMIT = 4 * 1024 * 1024;

export class LogBuffer {
  private chunks: string[] = [];
  private size = 0;
  private dropped = 0;

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  attach(stream: Readable): void {
    stream.on('data', (chunk: string | Buffer) => this.push(String(chunk)));
    // The stream ends with an error when the container is removed under it; that is not news.
    stream.on('error', () => {});
  }

  push(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.limit && this.chunks.length > 1) {
      const first = this.chunks.shift()!;
      this.size -= first.length;
      this.dropped += first.length;
    }
  }

  text(): string {
    const body = this.chunks.join('');
    return this.dropped > 0 ? `[... ${this.dropped} earlier characters dropped ...]\n${body}` : body;
  }
}
