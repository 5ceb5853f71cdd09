// When garbage is collected. The release build uses AssemblyScript's minimal runtime (a
// two-colour mark & sweep): no shadow stack and no write barrier on the hot path, but it never
// collects by itself, and may only collect when no managed reference lives in a wasm local,
// i.e. when the outermost host→guest call is about to return. Every proxy_on_* export brackets
// its work with enterGuest()/leaveGuest(); the outermost leave collects
//  - after every root callback (start, configure, tick, queue, callout answers: rare, and where
//    key sets and configurations are parsed),
//  - after STREAM_CALLS_PER_COLLECTION stream callbacks, which bounds the garbage between two
//    collections, so the heap settles at live data + that garbage,
//  - at once when the heap had to grow during the call.
// Under the incremental runtime (tests may build with it) collection is automatic and leave
// only keeps the depth.

/** Stream callbacks between two collections (garbage per callback is ~1-4 KiB). */
const STREAM_CALLS_PER_COLLECTION: u32 = 512;

/** ASC_RUNTIME of --runtime minimal. */
const MINIMAL_RUNTIME = 1;

let depth: i32 = 0;
let streamCalls: u32 = 0;
let pagesAtCollection: i32 = 0;

/** A host→guest call starts (nested calls, such as the host calling malloc, count too). */
// @ts-ignore: decorator
@inline export function enterGuest(): void {
  depth++;
}

/** The call that enterGuest() opened returns; `rare` for root callbacks. */
export function leaveGuest(rare: bool): void {
  depth--;
  if (ASC_RUNTIME != MINIMAL_RUNTIME || depth != 0) return;
  if (!rare && ++streamCalls < STREAM_CALLS_PER_COLLECTION && memory.size() == pagesAtCollection) return;
  __collect();
  streamCalls = 0;
  pagesAtCollection = memory.size();
}
