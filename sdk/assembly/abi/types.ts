// Numeric vocabularies of proxy-wasm ABI 0.2.1 (spec "Types" section). Values are wire values:
// never renumber.

/** proxy_status_t: what every host function returns. */
export enum WasmResult {
  Ok = 0,
  NotFound = 1,
  BadArgument = 2,
  SerializationFailure = 3,
  ParseFailure = 4,
  BadExpression = 5,
  InvalidMemoryAccess = 6,
  Empty = 7,
  CasMismatch = 8,
  ResultMismatch = 9,
  InternalFailure = 10,
  BrokenConnection = 11,
  Unimplemented = 12,
}

/** proxy_buffer_type_t */
export enum BufferType {
  HttpRequestBody = 0,
  HttpResponseBody = 1,
  DownstreamData = 2,
  UpstreamData = 3,
  HttpCallResponseBody = 4,
  GrpcReceiveBuffer = 5,
  VmConfiguration = 6,
  PluginConfiguration = 7,
  CallData = 8,
}

/** proxy_map_type_t */
export enum MapType {
  HttpRequestHeaders = 0,
  HttpRequestTrailers = 1,
  HttpResponseHeaders = 2,
  HttpResponseTrailers = 3,
  GrpcReceiveInitialMetadata = 4,
  GrpcReceiveTrailingMetadata = 5,
  HttpCallResponseHeaders = 6,
  HttpCallResponseTrailers = 7,
}

/** proxy_metric_type_t */
export enum MetricType {
  Counter = 0,
  Gauge = 1,
  Histogram = 2,
}

/** proxy_log_level_t */
export enum LogLevel {
  Trace = 0,
  Debug = 1,
  Info = 2,
  Warn = 3,
  Error = 4,
  Critical = 5,
}

/** proxy_stream_type_t */
export enum StreamType {
  HttpRequest = 0,
  HttpResponse = 1,
  Downstream = 2,
  Upstream = 3,
}

/** proxy_peer_type_t */
export enum PeerType {
  Unknown = 0,
  Local = 1,
  Remote = 2,
}

/**
 * What proxy_on_request_headers / proxy_on_response_headers return. The spec names only
 * CONTINUE (0) and PAUSE (1); Envoy also honours the extended values below.
 */
export enum FilterHeadersStatus {
  Continue = 0,
  StopIteration = 1,
  ContinueAndEndStream = 2,
  StopAllIterationAndBuffer = 3,
  StopAllIterationAndWatermark = 4,
}

/** What proxy_on_request_body / proxy_on_response_body return. */
export enum FilterDataStatus {
  Continue = 0,
  StopIterationAndBuffer = 1,
  StopIterationAndWatermark = 2,
  StopIterationNoBuffer = 3,
}

/** What proxy_on_request_trailers / proxy_on_response_trailers return. */
export enum FilterTrailersStatus {
  Continue = 0,
  StopIteration = 1,
}

/** Tells proxy_send_local_response not to attach a gRPC status. */
export const GRPC_STATUS_NONE: i32 = -1;
