// Every proxy_on_* export of ABI 0.2.1: the core set (exports/core.ts) plus every opt-in
// module. The simple way for a filter's entry file:
//
//   export * from "../../../sdk/assembly/exports";
//
// (path relative to the entry file). A filter on the hot path exports only what it uses
// instead: `exports/core.ts` and the opt-in modules it needs (see exports/core.ts and
// sdk/README.md, Exports), since Envoy calls every exported stream callback on every stream.

export * from "./exports/core";
export * from "./exports/done";
export * from "./exports/request-body";
export * from "./exports/request-trailers";
export * from "./exports/response-headers";
export * from "./exports/response-body";
export * from "./exports/response-trailers";
export * from "./exports/log";
export * from "./exports/grpc";
export * from "./exports/foreign-function";
