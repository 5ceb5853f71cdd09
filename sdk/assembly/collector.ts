// When garbage is collected. The release build uses AssemblyScript's minimal runtime (a
// two-colour mark & sweep): no shadow stack and no write barrier on the hot path, but it never
// collects by itself, and may only collect when no managed reference lives in a wasm local,
// i.e. when the outermost host→guest call is about to return. Every proxy_on_* export brackets
// its work with enterGuest()/leaveGuest(); the outermost leave collects once the bytes
// allocated since the last collection reach a budget, or at once when the heap had to grow.
//
// The budget adapts, because a collection costs what the live heap costs to mark (a big jwt
// token cache), not what was allocated: a fixed "every N requests" would mark that cache again
// and again however little each request allocates. After a collection the heap grew
// for, garbage outran the free space: the budget halves. Otherwise it grows by a quarter, up
// to half the heap, so collections get rarer as the heap (and the cost of marking it) grows,
// and the heap settles at a small multiple of the live data.
//
// asconfig.json routes every allocation through countingNew/countingRenew (`"use":
// ["__new=…", "__renew=…"]`), so the budget counts what the program really allocates.

import { __new as runtimeNew, __renew as runtimeRenew } from "~lib/rt/tcms";

const KIB: usize = 1024;
const MIN_BUDGET: usize = 64 * KIB;
const INITIAL_BUDGET: usize = 256 * KIB;

let depth: i32 = 0;
/** Bytes allocated (or reallocated) since the last collection. */
let allocated: usize = 0;
let budget: usize = INITIAL_BUDGET;
/** Heap pages after the last collection; -1 until the first call. */
let pagesAtCollection: i32 = -1;

/** The runtime's __new, counted (asconfig aliases __new to this). */
export function countingNew(size: usize, id: i32): usize {
  allocated += size;
  return runtimeNew(size, id);
}

/** The runtime's __renew, counted (asconfig aliases __renew to this). */
export function countingRenew(oldPtr: usize, size: usize): usize {
  allocated += size;
  return runtimeRenew(oldPtr, size);
}

/** A host→guest call starts (nested calls, such as the host calling malloc, count too). */
// @ts-ignore: decorator
@inline export function enterGuest(): void {
  depth++;
}

/**
 * The call that enterGuest() opened returns. A call that traps never gets here: the host then
 * marks the VM failed and calls it no more (Envoy), so collection stops with it.
 */
export function leaveGuest(): void {
  if (--depth != 0) return;
  if (pagesAtCollection < 0) pagesAtCollection = memory.size();
  const grew = memory.size() != pagesAtCollection;
  if (!grew && allocated < budget) return;
  __collect();
  allocated = 0;
  pagesAtCollection = memory.size();
  const halfHeap = (<usize>pagesAtCollection << 16) >> 1;
  budget = grew ? max(MIN_BUDGET, budget >> 1) : max(MIN_BUDGET, min(budget + (budget >> 2), halfHeap));
}
