// The author API of the Portcullis proxy-wasm SDK. A filter imports from here and re-exports
// "./exports" from its entry file; it never handles a pointer.

export {
  LogLevel, WasmResult, FilterHeadersStatus, FilterDataStatus, FilterTrailersStatus, StreamType,
} from "./abi/types";
export { HeaderPair } from "./abi/header-map";
export { Configuration, Context, HttpCallCallback, HttpContext, RootContext } from "./context";
export { registerRootContext, RootContextFactory } from "./dispatcher";
export { OptInExport, isExported } from "./exported";
export {
  HeaderMap, HeaderSnapshot, requestHeaders, requestTrailers, responseHeaders, responseTrailers,
  httpCallResponseHeaders, httpCallResponseTrailers,
} from "./headers";
export { headerName } from "./header-snapshot";
export { BodyBuffer, requestBody, responseBody, httpCallResponseBody } from "./body";
export {
  sendLocalReply, sendLocalReplyBytes, continueRequest, continueResponse, closeRequest, closeResponse,
  currentTimeNanoseconds, currentTimeMillis,
} from "./stream";
export { HttpCallResponse, HttpCallStart } from "./http-call";
export {
  getProperty, getPropertyAt, getPropertyBytes, getPropertyBytesAt, setProperty, setPropertyAt,
} from "./properties";
export { SharedData, SharedKey, SharedValue, SharedUpdate, SharedUpdateResult } from "./shared-data";
export { SharedQueue } from "./shared-queue";
export { Counter, Gauge, Histogram } from "./metrics";
export { Log } from "./log";
export { Identity, PreparedIdentity } from "./identity";
export { ConfigChecker } from "./config-checker";
export { RoutePath, routePath } from "./route-path";
export { RouteRequest, RouteRule, firstRouteMatch, isRoutePattern } from "./route-rules";
export { MethodSyntax, RouteMatch, parseRouteMatch } from "./route-rules-config";
