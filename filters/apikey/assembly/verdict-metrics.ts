// The filter's counters (Envoy shows them as wasmcustom.<name>).

import { Counter } from "../../../sdk/assembly/index";

export const allowed = new Counter("portcullis.apikey.allowed");
export const publicRoute = new Counter("portcullis.apikey.public");
export const missingKey = new Counter("portcullis.apikey.denied.missing_key");
export const unknownKey = new Counter("portcullis.apikey.denied.unknown_key");
export const clientNotAllowed = new Counter("portcullis.apikey.denied.client_not_allowed");
