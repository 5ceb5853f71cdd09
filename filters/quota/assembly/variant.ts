// Which build of the filter this is. Envoy calls every exported stream callback on every
// stream, and only `response_headers: true` (the RateLimit fields on admitted responses) needs
// a response callback: quota.wasm exports none, quota-headers.wasm (index-headers.ts) adds
// it. The policy compiler picks the module; the configuration check refuses the option in a
// build without the callback, which would otherwise silently never add the fields.

let responseCallback = false;

/** Called by the entry of the build that exports proxy_on_response_headers. */
export function markResponseCallbackExported(): void {
  responseCallback = true;
}

export function responseCallbackExported(): bool {
  return responseCallback;
}
