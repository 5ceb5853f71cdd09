// Bounds-checked access to a guest's linear memory, and allocation inside the
// guest the way proxy-wasm-cpp-host does it (malloc if exported, else
// proxy_on_memory_allocate).

const decoder = new TextDecoder('utf-8');

/** A value that knows its byte size and writes itself into a buffer (see SerializedPairs). */
export interface Serialized {
  readonly byteLength: number;
  writeTo(buf: Buffer, at: number): void;
}

export class GuestMemory {
  private memory: WebAssembly.Memory | undefined;
  private allocator: ((size: number) => number) | undefined;
  // Views on the current memory buffer, rebuilt only when it changes.
  private bytes: Uint8Array | undefined;
  private data: DataView | undefined;
  private buf: Buffer | undefined;
  /** A shared memory's buffer is never detached, so growth is only seen by re-reading Memory#buffer. */
  private shared = false;

  attach(memory: WebAssembly.Memory, allocator: (size: number) => number): void {
    this.memory = memory;
    this.allocator = allocator;
    this.shared = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
  }

  private view(): Uint8Array {
    const bytes = this.bytes;
    // memory.grow detaches the old buffer, which empties every view on it, so an empty view is
    // the cue to rebuild; checking that is cheaper than reading the Memory#buffer accessor.
    if (bytes !== undefined && bytes.byteLength !== 0 && !this.shared) return bytes;
    return this.refresh();
  }

  private refresh(): Uint8Array {
    if (!this.memory) throw new Error('guest memory used before the module was instantiated');
    const buffer = this.memory.buffer;
    if (this.bytes === undefined || this.bytes.buffer !== buffer) {
      this.bytes = new Uint8Array(buffer);
      this.data = new DataView(buffer);
      this.buf = Buffer.from(buffer);
    }
    return this.bytes;
  }

  private dataView(): DataView {
    this.view();
    return this.data!;
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
    const p = ptr >>> 0;
    const l = len >>> 0;
    const mem = this.view();
    if (p + l > mem.length) return undefined;
    // Node's TextDecoder decodes UTF-8 exactly as Buffer does (the same replacement of invalid
    // bytes) once it has dropped a leading byte-order mark; Buffer#toString spares a view per call.
    if (l >= 3 && mem[p] === 0xef && mem[p + 1] === 0xbb && mem[p + 2] === 0xbf) return decoder.decode(mem.subarray(p, p + l));
    return this.buf!.toString('utf8', p, p + l);
  }

  write(ptr: number, bytes: Uint8Array): boolean {
    const p = ptr >>> 0;
    const mem = this.view();
    if (p + bytes.length > mem.length) return false;
    mem.set(bytes, p);
    return true;
  }

  writeU32(ptr: number, value: number): boolean {
    const p = ptr >>> 0;
    const view = this.dataView();
    if (p + 4 > view.byteLength) return false;
    view.setUint32(p, value >>> 0, true);
    return true;
  }

  writeU64(ptr: number, value: bigint): boolean {
    const p = ptr >>> 0;
    const view = this.dataView();
    if (p + 8 > view.byteLength) return false;
    view.setBigUint64(p, BigInt.asUintN(64, value), true);
    return true;
  }

  readU32(ptr: number): number | undefined {
    const p = ptr >>> 0;
    const view = this.dataView();
    if (p + 4 > view.byteLength) return undefined;
    return view.getUint32(p, true);
  }

  /** Allocates in the guest and copies bytes there; undefined if the guest refused. */
  allocate(bytes: Uint8Array): number | undefined {
    const ptr = this.guestMalloc(bytes.length);
    if (ptr === 0) return undefined;
    return this.write(ptr, bytes) ? ptr : undefined;
  }

  private guestMalloc(size: number): number {
    if (!this.allocator) throw new Error('guest allocator used before the module was instantiated');
    return this.allocator(size) >>> 0;
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

  /**
   * copyToPointerSize for a value that writes itself (a header map's serialization) straight
   * into the guest's allocation, sparing a host-side buffer and a copy. undefined is the empty value.
   */
  copySerializedToPointerSize(value: Serialized | undefined, ptrPtr: number, sizePtr: number): boolean {
    if (value === undefined) return this.writeU32(ptrPtr, 0) && this.writeU32(sizePtr, 0);
    const size = value.byteLength;
    const ptr = this.guestMalloc(size);
    if (ptr === 0) return false;
    // The guest's malloc may have grown (and so replaced) the memory: take the view after it.
    this.view();
    if (ptr + size > this.buf!.length) return false;
    value.writeTo(this.buf!, ptr);
    return this.writeU32(ptrPtr, ptr) && this.writeU32(sizePtr, size);
  }
}
