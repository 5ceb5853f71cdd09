// UTF-8 helpers shared by the SDK. The ABI speaks UTF-8 bytes; AssemblyScript strings are UTF-16.

/** UTF-8 bytes of `s` without a trailing NUL. */
export function utf8(s: string): ArrayBuffer {
  return String.UTF8.encode(s, false);
}

/** Decodes UTF-8 bytes; invalid sequences become U+FFFD instead of failing. */
export function fromUtf8(buf: ArrayBuffer): string {
  return String.UTF8.decode(buf, false);
}

/** Number of UTF-8 bytes `s` encodes to. */
export function utf8Length(s: string): i32 {
  return String.UTF8.byteLength(s, false);
}
