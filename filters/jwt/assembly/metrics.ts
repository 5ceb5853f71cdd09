// The filter's counters (Envoy shows them as wasmcustom.<name>). Denials have one counter per
// status, created on first use.

import { Counter } from "../../../sdk/assembly/index";
import { STATUS_COUNT, Status, snakeName } from "./status";

export const allowed = new Counter("portcullis.jwt.allowed");
export const jwksFetch = new Counter("portcullis.jwt.jwks.fetch");
export const jwksFetchFailed = new Counter("portcullis.jwt.jwks.fetch_failed");
export const cacheHit = new Counter("portcullis.jwt.cache.hit");
export const cacheMiss = new Counter("portcullis.jwt.cache.miss");
export const failOpen = new Counter("portcullis.jwt.fail_open");

const denials = new Array<Counter | null>(STATUS_COUNT);

export function denied(status: Status): void {
  let counter = unchecked(denials[<i32>status]);
  if (counter === null) {
    counter = new Counter("portcullis.jwt.denied." + snakeName(status));
    unchecked((denials[<i32>status] = counter));
  }
  counter.increment();
}
