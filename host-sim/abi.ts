// Numeric values of the proxy-wasm ABI 0.2.1 enums, as the spec and
// proxy-wasm-cpp-host define them.

export const WasmResult = {
  Ok: 0,
  NotFound: 1,
  BadArgument: 2,
  SerializationFailure: 3,
  ParseFailure: 4,
  BadExpression: 5,
  InvalidMemoryAccess: 6,
  Empty: 7,
  CasMismatch: 8,
  ResultMismatch: 9,
  InternalFailure: 10,
  BrokenConnection: 11,
  Unimplemented: 12,
} as const;

export const HeaderMapType = {
  RequestHeaders: 0,
  RequestTrailers: 1,
  ResponseHeaders: 2,
  ResponseTrailers: 3,
  GrpcReceiveInitialMetadata: 4,
  GrpcReceiveTrailingMetadata: 5,
  HttpCallResponseHeaders: 6,
  HttpCallResponseTrailers: 7,
} as const;
export const HEADER_MAP_TYPE_MAX = 7;

export const BufferType = {
  HttpRequestBody: 0,
  HttpResponseBody: 1,
  DownstreamData: 2,
  UpstreamData: 3,
  HttpCallResponseBody: 4,
  GrpcReceiveBuffer: 5,
  VmConfiguration: 6,
  PluginConfiguration: 7,
  CallData: 8,
} as const;
export const BUFFER_TYPE_MAX = 8;

export const StreamType = { Request: 0, Response: 1, Downstream: 2, Upstream: 3 } as const;
export const STREAM_TYPE_MAX = 3;

export const MetricType = { Counter: 0, Gauge: 1, Histogram: 2 } as const;

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'critical'] as const;

/** What proxy_on_request_headers / proxy_on_response_headers return, after Envoy's conversion. */
export type HeadersAction =
  | 'Continue'
  | 'StopIteration'
  | 'ContinueAndEndStream'
  | 'StopAllIterationAndBuffer'
  | 'StopAllIterationAndWatermark';
export const HEADERS_ACTIONS: readonly HeadersAction[] = [
  'Continue',
  'StopIteration',
  'ContinueAndEndStream',
  'StopAllIterationAndBuffer',
  'StopAllIterationAndWatermark',
];

/** What proxy_on_*_body returns, after Envoy's conversion. */
export type DataAction = 'Continue' | 'StopIterationAndBuffer' | 'StopIterationAndWatermark' | 'StopIterationNoBuffer';
export const DATA_ACTIONS: readonly DataAction[] = [
  'Continue',
  'StopIterationAndBuffer',
  'StopIterationAndWatermark',
  'StopIterationNoBuffer',
];

/** What proxy_on_*_trailers returns. */
export type TrailersAction = 'Continue' | 'StopIteration';

export type Action = HeadersAction | DataAction | TrailersAction;

/**
 * Envoy (proxy-wasm-cpp-host ContextBase::convertVmCallResultToFilterHeadersStatus):
 * a stop requested by a local reply, an out-of-range value, and plain StopIteration
 * all become StopAllIterationAndWatermark, because StopIteration alone would let
 * body data flow past a filter that paused on headers.
 */
export function convertHeadersResult(raw: number, nextIterationStopped: boolean): HeadersAction {
  if (nextIterationStopped || raw > 4 || raw < 0 || raw === 1) return 'StopAllIterationAndWatermark';
  return HEADERS_ACTIONS[raw]!;
}

export function convertDataResult(raw: number, nextIterationStopped: boolean): DataAction {
  if (nextIterationStopped || raw > 3 || raw < 0) return 'StopIterationNoBuffer';
  return DATA_ACTIONS[raw]!;
}

export function convertTrailersResult(raw: number, nextIterationStopped: boolean): TrailersAction {
  if (nextIterationStopped || raw !== 0) return 'StopIteration';
  return 'Continue';
}
