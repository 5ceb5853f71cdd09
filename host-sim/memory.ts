// Bounds-checked access to a guest's linear memory, and allocation inside the
// guest the way proxy-wasm-cpp-host does it (malloc if exported, else
// proxy_on_memory_allocate).

const decoder = new TextDecoder('utf-8');

export class GuestMemory {
  private memory: WebAssembly.Memory | undefined;
  private allocator: ((size: number) => number) | undefined;

  attach(memory: WebAssembly.Memory, allocator: (size: number) => number): void {
    this.memory = memory;
    this.allocator = allocator;
  }

  private view(): Uint8Array {
    if (!this.memory) throw new Error('guest memory used before the module was instantiated');
    return new Uint8Array(this.memory.buffer);
  }

  get pages(): number {
    return this.memory ? this.memory.buffer.byteLength / 65536 : 0;
  }

  /** A copy of [ptr, ptr+len), or undefined when out of bounds. */
  read(ptr: number, len: number): Uint8Array | undefined {
    const p = ptr >>> 0;
    const l = len >>> 0;
    const mem = this.view();
    if (p + l > mem.length) return undefined;
    return mem.slice(p, p + l);
  }

  readString(ptr: number, len: number): string | undefined {
    const bytes = this.read(ptr, len);
    return bytes && decoder.decode(bytes);
  }

  write(ptr: number, bytes: Uint8Array): boolean {
    const p = ptr >>> 0;
    const mem = this.view();
    if (p + bytes.length > mem.length) return false;
    mem.set(bytes, p);
    return true;
  }

  writeU32(ptr: number, value: number): boolean {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    return this.write(ptr, b);
  }

  writeU64(ptr: number, value: bigint): boolean {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, value), true);
    return this.write(ptr, b);
  }

  readU32(ptr: number): number | undefined {
    const b = this.read(ptr, 4);
    return b && new DataView(b.buffer).getUint32(0, true);
  }

  /** Allocates in the guest and copies bytes there; undefined if the guest refused. */
  allocate(bytes: Uint8Array): number | undefined {
    if (!this.allocator) throw new Error('guest allocator used before the module was instantiated');
    const ptr = this.allocator(bytes.length) >>> 0;
    if (ptr === 0) return undefined;
    return this.write(ptr, bytes) ? ptr : undefined;
  }

  /**
   * proxy-wasm-cpp-host copyToPointerSize: an empty value writes a null pointer
   * and size 0 without calling the guest allocator.
   */
  copyToPointerSize(bytes: Uint8Array, ptrPtr: number, sizePtr: number): boolean {
    let ptr = 0;
    if (bytes.length > 0) {
      const p = this.allocate(bytes);
      if (p === undefined) return false;
      ptr = p;
    }
    return this.writeU32(ptrPtr, ptr) && this.writeU32(sizePtr, bytes.length);
  }
}
