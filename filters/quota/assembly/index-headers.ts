// Entry of build/quota-headers.wasm: the quota filter (index.ts) plus a response callback, for
// `response_headers: true` (RateLimit-Policy and RateLimit on admitted responses). Envoy calls
// every exported stream callback on every stream, so quota.wasm goes without it and its
// configuration check (isExported) refuses the option rather than never adding the fields.

export * from "./index";
export * from "../../../sdk/assembly/exports/response-headers"; // RateLimit-* response headers
