// UTF-8 helper shared by the SDK. The ABI speaks UTF-8 bytes; AssemblyScript strings are UTF-16.

/** UTF-8 bytes of `s` without a trailing NUL. */
export function utf8(s: string): ArrayBuffer {
  return String.UTF8.encode(s, false);
}
