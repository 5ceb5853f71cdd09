// A VM's live context ids and the stream slot each belongs to (the root context has none).
// Ids only grow and most contexts live for one request, so a Map would be rehashed every
// few requests (each insert lands after deleted entries); recent ids instead sit in a small
// ring indexed by their low bits, and a context still alive when its place is needed again
// moves to a Map.
import type { FilterSlot } from './stream.ts';

const RING = 64;
const MASK = RING - 1;
/** Marks a free ring position: no id a guest can name (a u32) is negative. */
const FREE = -1;

export class ContextTable {
  /** The id held at each ring position, or FREE. */
  private readonly ids: number[] = new Array<number>(RING).fill(FREE);
  private readonly slots: (FilterSlot | undefined)[] = new Array<FilterSlot | undefined>(RING).fill(undefined);
  private readonly older = new Map<number, FilterSlot | undefined>();

  set(id: number, slot: FilterSlot | undefined): void {
    const i = id & MASK;
    const evicted = this.ids[i]!;
    if (evicted !== FREE && evicted !== id) this.older.set(evicted, this.slots[i]);
    this.ids[i] = id;
    this.slots[i] = slot;
  }

  has(id: number): boolean {
    return this.ids[id & MASK] === id || this.older.has(id);
  }

  /** The context's slot; undefined for the root context and for ids that are not live. */
  get(id: number): FilterSlot | undefined {
    const i = id & MASK;
    return this.ids[i] === id ? this.slots[i] : this.older.get(id);
  }

  delete(id: number): void {
    const i = id & MASK;
    if (this.ids[i] === id) {
      this.ids[i] = FREE;
      this.slots[i] = undefined;
    } else {
      this.older.delete(id);
    }
  }
}
