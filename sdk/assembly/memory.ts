// Memory the host allocates inside the VM.
//
// Host functions that return data (header values, bodies, properties...) call our allocator
// (proxy_on_memory_allocate, or malloc on older hosts), copy the data in and hand the pointer
// back through a return slot. We allocate each such block as a managed ArrayBuffer, pinned so
// no collection can free it while the host is still writing into it (the minimal runtime only
// collects between host→guest calls, see collector.ts, but the pin keeps this safe under any). After the
// host call returns, hostcalls.ts claims the block it was given (it becomes an ordinary
// GC-tracked ArrayBuffer) and unpins every block of that call, including any the host
// allocated but did not hand back, so nothing stays pinned and memory stays flat.

const pinned = new Array<usize>();

/** The allocator the host calls. Returns 0 only if the runtime cannot allocate (it traps first). */
export function allocateForHost(size: usize): usize {
  const ptr = __new(size, idof<ArrayBuffer>());
  __pin(ptr);
  pinned.push(ptr);
  return ptr;
}

/**
 * The ArrayBuffer the host returned at `ptr` with `size` meaningful bytes, or null when the
 * host returned nothing. A pointer that we did not hand out during this call, or a size beyond
 * the block, is a host bug: it is rejected (null) instead of reading foreign memory.
 */
export function claimHostBuffer(ptr: usize, size: usize): ArrayBuffer | null {
  if (ptr == 0) return null;
  let known = false;
  for (let i = 0, n = pinned.length; i < n; i++) {
    if (unchecked(pinned[i]) == ptr) {
      known = true;
      break;
    }
  }
  if (!known) return null;
  const block = changetype<ArrayBuffer>(ptr);
  if (size > <usize>block.byteLength) return null;
  if (size == <usize>block.byteLength) return block;
  return block.slice(0, <i32>size);
}

/** Unpins every block allocated since the last release. Call after every host call. */
export function releaseHostAllocations(): void {
  const n = pinned.length;
  if (n == 0) return;
  for (let i = 0; i < n; i++) __unpin(unchecked(pinned[i]));
  pinned.length = 0;
}
