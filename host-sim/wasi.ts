// The WASI preview1 subset Envoy gives Wasm modules (proxy-wasm-cpp-host
// exports.cc): stdout/stderr go to the log, clocks read the host's (here
// virtual) time, and the filesystem is absent.
import { randomFillSync } from 'node:crypto';
import type { GuestMemory } from './memory.ts';

const ERRNO_SUCCESS = 0;
const ERRNO_BADF = 8;
const ERRNO_FAULT = 21;
const ERRNO_INVAL = 28;
const ERRNO_NOENT = 44;
const ERRNO_NOSYS = 52;
const ERRNO_NOTSUP = 58;
/** proxy-wasm-cpp-host's PROXY_WASM_HOST_WASI_RANDOM_GET_MAX_SIZE_BYTES. */
const RANDOM_GET_MAX = 64 * 1024;

export interface WasiHost {
  memory: GuestMemory;
  log(level: 'info' | 'error', message: string): void;
  realtimeNs(): bigint;
  monotonicNs(): bigint;
  /** Environment variables the plugin was configured with (Envoy's vm_config.environment_variables). */
  env: readonly (readonly [string, string])[];
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function wasiImports(h: WasiHost): Record<string, (...args: never[]) => unknown> {
  const m = h.memory;
  const fdWrite = (fd: number, iovs: number, iovsLen: number, nwrittenPtr: number): number => {
    if (fd !== 1 && fd !== 2) return ERRNO_BADF;
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < iovsLen >>> 0; i++) {
      const buf = m.readU32(iovs + i * 8);
      const len = m.readU32(iovs + i * 8 + 4);
      if (buf === undefined || len === undefined) return ERRNO_FAULT;
      if (len === 0) continue;
      const bytes = m.read(buf, len);
      if (!bytes) return ERRNO_FAULT;
      chunks.push(bytes);
    }
    let written = 0;
    for (const c of chunks) written += c.length;
    if (written > 0) {
      let text = chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
      // Envoy drops one trailing newline per write, nothing more.
      if (text.endsWith('\n')) text = text.slice(0, -1);
      h.log(fd === 1 ? 'info' : 'error', text);
    }
    return m.writeU32(nwrittenPtr, written) ? ERRNO_SUCCESS : ERRNO_FAULT;
  };

  const envStrings = () => h.env.map(([k, v]) => encoder.encode(`${k}=${v}\u0000`));

  return {
    fd_write: fdWrite as never,
    fd_read: (() => ERRNO_NOSYS) as never,
    // Envoy logs these as errors and reports success.
    fd_seek: (() => {
      h.log('error', 'wasi_unstable fd_seek');
      return ERRNO_SUCCESS;
    }) as never,
    fd_close: (() => {
      h.log('error', 'wasi_unstable fd_close');
      return ERRNO_SUCCESS;
    }) as never,
    fd_fdstat_get: ((fd: number, statPtr: number) => {
      if (fd !== 1 && fd !== 2) return ERRNO_BADF;
      const stat = new Uint8Array(24);
      // fs_rights_base = FD_WRITE: the only right stdout/stderr have.
      new DataView(stat.buffer).setBigUint64(8, 64n, true);
      m.write(statPtr, stat);
      return ERRNO_SUCCESS;
    }) as never,
    // Not in Envoy's list before Go's wasip1 port needed it; stdout/stderr are the
    // only descriptors, and changing their flags has no meaning here.
    fd_fdstat_set_flags: ((fd: number) => (fd === 1 || fd === 2 ? ERRNO_SUCCESS : ERRNO_BADF)) as never,
    fd_prestat_get: (() => ERRNO_BADF) as never,
    fd_prestat_dir_name: (() => ERRNO_NOSYS) as never,
    path_open: (() => ERRNO_NOENT) as never,
    environ_sizes_get: ((countPtr: number, sizePtr: number) => {
      const strings = envStrings();
      const size = strings.reduce((n, s) => n + s.length, 0);
      return m.writeU32(countPtr, strings.length) && m.writeU32(sizePtr, size) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }) as never,
    environ_get: ((arrayPtr: number, bufPtr: number) => {
      let buf = bufPtr >>> 0;
      let arr = arrayPtr >>> 0;
      for (const s of envStrings()) {
        if (!m.writeU32(arr, buf) || !m.write(buf, s)) return ERRNO_FAULT;
        buf += s.length;
        arr += 4;
      }
      return ERRNO_SUCCESS;
    }) as never,
    args_sizes_get: ((argcPtr: number, sizePtr: number) =>
      m.writeU32(argcPtr, 0) && m.writeU32(sizePtr, 0) ? ERRNO_SUCCESS : ERRNO_FAULT) as never,
    args_get: (() => ERRNO_SUCCESS) as never,
    clock_time_get: ((clockId: number, _precision: bigint, resultPtr: number) => {
      let now: bigint;
      if (clockId === 0) now = h.realtimeNs();
      else if (clockId === 1) now = h.monotonicNs();
      else return ERRNO_NOTSUP;
      return m.writeU64(resultPtr, now) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }) as never,
    random_get: ((bufPtr: number, len: number) => {
      const n = len >>> 0;
      if (n > RANDOM_GET_MAX) return ERRNO_INVAL;
      if (n === 0) return ERRNO_SUCCESS;
      const bytes = new Uint8Array(n);
      randomFillSync(bytes);
      return m.write(bufPtr, bytes) ? ERRNO_SUCCESS : ERRNO_FAULT;
    }) as never,
    // Envoy logs proc_exit as an error and returns; the guest then usually traps.
    proc_exit: (() => {
      h.log('error', 'wasi_unstable proc_exit');
    }) as never,
    // A Wasm VM is single-threaded: yielding is a no-op, and there is nothing to
    // wait for, so polling reports no events.
    sched_yield: (() => ERRNO_SUCCESS) as never,
    poll_oneoff: ((_in: number, _out: number, _n: number, neventsPtr: number) =>
      m.writeU32(neventsPtr, 0) ? ERRNO_SUCCESS : ERRNO_FAULT) as never,
  };
}
