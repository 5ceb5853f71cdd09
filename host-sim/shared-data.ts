// Envoy's process-wide shared data (proxy-wasm-cpp-host SharedData): a key/value
// store per vm_id where every write gets a fresh compare-and-swap token.
import { WasmResult } from './abi.ts';

interface Entry {
  value: Uint8Array;
  cas: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class SharedData {
  private readonly byVm = new Map<string, Map<string, Entry>>();
  private nextCas = 1;

  private map(vmId: string): Map<string, Entry> {
    let m = this.byVm.get(vmId);
    if (!m) this.byVm.set(vmId, (m = new Map()));
    return m;
  }

  private takeCas(): number {
    const cas = this.nextCas;
    // cas 0 means "unconditional" in set, so the counter skips it on wrap-around.
    this.nextCas = (this.nextCas + 1) >>> 0 || 1;
    return cas;
  }

  lookup(vmId: string, key: string): { value: Uint8Array; cas: number } | undefined {
    const e = this.map(vmId).get(key);
    return e && { value: e.value.slice(), cas: e.cas };
  }

  /** Returns a WasmResult code: CasMismatch when cas is non-zero and stale. */
  store(vmId: string, key: string, value: Uint8Array, cas: number): number {
    const m = this.map(vmId);
    const existing = m.get(key);
    if (existing && cas !== 0 && cas !== existing.cas) return WasmResult.CasMismatch;
    m.set(key, { value: value.slice(), cas: this.takeCas() });
    return WasmResult.Ok;
  }

  /** Test helper: the value as a UTF-8 string (vmId defaults to '', Envoy's default vm_id). */
  get(key: string, vmId = ''): string | undefined {
    const e = this.map(vmId).get(key);
    return e && decoder.decode(e.value);
  }

  getBytes(key: string, vmId = ''): Uint8Array | undefined {
    return this.map(vmId).get(key)?.value.slice();
  }

  /** Test helper: seeds a value as another worker would (unconditional write). */
  set(key: string, value: string | Uint8Array, vmId = ''): void {
    this.store(vmId, key, typeof value === 'string' ? encoder.encode(value) : value, 0);
  }

  cas(key: string, vmId = ''): number | undefined {
    return this.map(vmId).get(key)?.cas;
  }
}
