// The module's abort handler (wired in through asconfig.json `use: abort=...`), replacing the
// default env.abort import that Envoy does not provide. It reports message and location
// through proxy_log at critical level and then traps, so the host fails the request closed.
// It formats into a static buffer: abort can fire when the heap is exhausted or corrupt, so it
// must not allocate.

import { proxy_log } from "./abi/imports";
import { LogLevel } from "./abi/types";
import { decimalDigits, writeDecimal } from "./encoding/decimal";

const CAPACITY: usize = 1024;
const BUFFER: usize = memory.data(<i32>CAPACITY);

function putAscii(pos: usize, text: string): usize {
  const n = <usize>text.length;
  for (let i: usize = 0; i < n && pos < CAPACITY; i++) {
    const c = load<u16>(changetype<usize>(text) + (i << 1));
    // Control and non-ASCII characters are replaced: this goes into the proxy's log.
    store<u8>(BUFFER + pos++, c >= 0x20 && c < 0x7f ? <u8>c : <u8>0x3f);
  }
  return pos;
}

function putNumber(pos: usize, value: u32): usize {
  if (pos + <usize>decimalDigits(value) > CAPACITY) return pos;
  return pos + <usize>writeDecimal(BUFFER + pos, value);
}

export function portcullisAbort(message: string | null = null, fileName: string | null = null, line: u32 = 0, column: u32 = 0): void {
  let pos = putAscii(0, "wasm abort: ");
  pos = putAscii(pos, message !== null ? message : "(no message)");
  if (fileName !== null) {
    pos = putAscii(pos, " at ");
    pos = putAscii(pos, fileName);
    pos = putAscii(pos, ":");
    pos = putNumber(pos, line);
    pos = putAscii(pos, ":");
    pos = putNumber(pos, column);
  }
  proxy_log(<u32>LogLevel.Critical, BUFFER, pos);
  unreachable();
}
