// The authenticated identity handed from an authenticating filter to later filters, through
// the property `portcullis.identity` (Envoy filter state `wasm.portcullis.identity`), value
// `<method>:<subject>`. Clients cannot write filter state, so later filters can trust it.

import { WasmResult } from "./abi/types";
import { getPropertyAt, setPropertyAt } from "./properties";

// One segment: the key contains a dot and must reach the host unsplit.
const PATH: string[] = ["portcullis.identity"];

export class Identity {
  /** Records that the stream's client authenticated by `method` as `subject`. */
  static set(method: string, subject: string): WasmResult {
    return setPropertyAt(PATH, method + ":" + subject);
  }

  /** `<method>:<subject>`, or null when no filter authenticated the stream. */
  static get(): string | null {
    return getPropertyAt(PATH);
  }
}
