// Request headers Envoy or HTTP itself owns: a filter that wrote an identity or a claim into one
// would break the request or impersonate the client's own credentials.
export const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  'host', 'content-length', 'content-type', 'transfer-encoding', 'connection', 'keep-alive',
  'upgrade', 'te', 'trailer', 'proxy-connection', 'cookie', 'authorization', 'x-request-id',
  'x-forwarded-for', 'x-forwarded-proto', 'x-envoy-original-path',
]);
