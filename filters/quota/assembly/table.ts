// The key table's life outside requests: creating every entry empty before the first request
// (so requests only ever write with a real CAS token, see entry.ts), and the sweep on each
// tick that drops expired keys and keeps the live-key gauge honest.

import { Log, SharedData, SharedKey, WasmResult } from "../../../sdk/assembly/index";
import { QuotaConfig, WAYS } from "./config";
import { Entry } from "./entry";
import { addLiveKeys } from "./metrics";

/** Creates the table's entries and the limits' overflow entries, once per table. */
export function seedTable(config: QuotaConfig): bool {
  const key = new SharedKey();
  for (let i = 0; i < config.limits.length; i++) {
    key.setBytes(unchecked(config.limits[i]).overflowKeyBytes);
    if (Entry.seed(key) != WasmResult.Ok) return false;
  }
  const marker = config.tablePrefix + "seeded";
  if (SharedData.get(marker) !== null) return true;
  // A million keys may be created here, in one callback, where nothing can be collected (see
  // sdk/assembly/collector.ts): each key is written in place and none exists yet (a read of a
  // present key would get the host's copy of its value), so the loop allocates nothing.
  for (let b: u32 = 0; b < config.buckets; b++) {
    config.entryKeyInto(key, b);
    if (Entry.seed(key) != WasmResult.Ok) return false;
  }
  return SharedData.set(marker, String.UTF8.encode("1", false), 0) == WasmResult.Ok;
}

/** Walks the table a batch of entries per tick, from a per-worker starting point. */
export class Sweeper {
  private readonly entry: Entry = new Entry();
  private cursor: u32;

  constructor(private readonly config: QuotaConfig, start: u64) {
    this.cursor = <u32>(start % <u64>config.buckets);
  }

  /** Drops expired slots in the next batch; returns how many. */
  sweep(now: u64): i32 {
    const config = this.config;
    const batch = min(config.sweepBatch, config.buckets);
    let dropped = 0;
    for (let i: u32 = 0; i < batch; i++) {
      const e = this.entry;
      e.open(config, this.cursor, WAYS, true);
      this.cursor = this.cursor + 1 == config.buckets ? 0 : this.cursor + 1;
      e.load();
      const expired = e.purge(now);
      if (!e.dirty || !e.exists) continue;
      // One attempt: a conflicting writer purges the same slots itself when it writes.
      const result = e.store();
      if (result == WasmResult.Ok) {
        addLiveKeys(e.liveDelta);
        dropped += expired;
      } else if (result != WasmResult.CasMismatch) {
        Log.warn("quota: sweep could not write " + config.entryName(e.id) + ": result " + (<i32>result).toString());
        return dropped;
      }
    }
    return dropped;
  }
}
