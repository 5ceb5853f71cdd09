// The authenticated identity handed from an authenticating filter to later filters, through
// the property `portcullis.identity` (Envoy filter state `wasm.portcullis.identity`), value
// `<method>:<subject>`. Clients cannot write filter state, so later filters can trust it.

import { WasmResult } from "./abi/types";
import { encodePropertyPath, getPropertyAt } from "./properties";
import * as host from "./hostcalls";

// One segment: the key contains a dot and must reach the host unsplit.
const PATH: string[] = ["portcullis.identity"];
const PATH_BYTES = encodePropertyPath(PATH);

/** An identity encoded once (e.g. per configured client in onConfigure) for Identity.setPrepared. */
export class PreparedIdentity {
  readonly bytes: ArrayBuffer;
  constructor(method: string, subject: string) {
    this.bytes = String.UTF8.encode(method + ":" + subject, false);
  }
}

export class Identity {
  /** Records that the stream's client authenticated by `method` as `subject`. */
  static set(method: string, subject: string): WasmResult {
    return host.setProperty(PATH_BYTES, String.UTF8.encode(method + ":" + subject, false));
  }

  /** Identity.set without building the value on the request path. */
  static setPrepared(identity: PreparedIdentity): WasmResult {
    return host.setProperty(PATH_BYTES, identity.bytes);
  }

  /** `<method>:<subject>`, or null when no filter authenticated the stream. */
  static get(): string | null {
    return getPropertyAt(PATH);
  }
}
