// Entry of build/quota-headers.wasm: the quota filter with a response callback, for
// `response_headers: true` (RateLimit-Policy and RateLimit on admitted responses; see variant.ts).

import { RootContext, registerRootContext } from "../../../sdk/assembly/index";
import { QuotaRoot } from "./filter";
import { markResponseCallbackExported } from "./variant";

export * from "../../../sdk/assembly/exports/core";
export * from "../../../sdk/assembly/exports/response-headers"; // RateLimit-* response headers
export * from "../../../sdk/assembly/exports/grpc"; // global limits: the rate limit service over gRPC

markResponseCallbackExported();
registerRootContext((id: u32): RootContext => new QuotaRoot(id));
