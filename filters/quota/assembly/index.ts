// Entry of the quota filter module (build/quota.wasm): no response callback (index-headers.ts
// builds quota-headers.wasm, which has one for `response_headers: true`).

import { RootContext, registerRootContext } from "../../../sdk/assembly/index";
import { QuotaRoot } from "./filter";

export * from "../../../sdk/assembly/exports/core";
export * from "../../../sdk/assembly/exports/grpc"; // global limits: the rate limit service over gRPC

registerRootContext((id: u32): RootContext => new QuotaRoot(id));
