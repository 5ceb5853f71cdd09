// The apikey filter: the root context owns the validated configuration; each HTTP stream walks
// it once in onRequestHeaders and either continues (identity set, the matched rule's forward
// header and hidden credential applied) or answers 401/403 locally.

import {
  Configuration, FilterHeadersStatus, HeaderSnapshot, HttpContext, Identity, Log, LogLevel, RootContext,
  RouteRequest, firstRouteMatch, headerName, requestHeaders,
} from "../../../sdk/assembly/index";
import { ApiKeyConfig, Rule, Source, parseConfig } from "./config";
import { Credential, Presence, hideCredential } from "./credentials";
import { KeyTable } from "./key-table";
import { Responses, unconfigured } from "./responses";
import * as metrics from "./verdict-metrics";

const MAX_REQUEST_ID = 128;
const MAX_LOGGED_PATH = 256;

export class ApiKeyRoot extends RootContext {
  config: ApiKeyConfig | null = null;
  responses: Responses | null = null;

  onConfigure(configuration: Configuration): bool {
    const result = parseConfig(configuration.bytes);
    const config = result.config;
    if (config === null) {
      Log.error("apikey: invalid configuration: " + result.error);
      return false;
    }
    this.config = config;
    this.responses = new Responses(config.realm);
    Log.info("apikey: configured with " + config.keyCount.toString() + " key(s), " + config.rules.length.toString() + " rule(s)");
    return true;
  }

  createHttpContext(id: u32): HttpContext {
    return new ApiKeyStream(id, this);
  }
}

const REQUEST_ID = headerName("x-request-id");

// Reused by every request (wasm runs one callback at a time): the request path allocates only
// the header snapshot.
const credential = new Credential();
const route = new RouteRequest();

/** A client-supplied value made safe for a log line: bounded, printable ASCII only. */
function loggable(value: string | null, limit: i32): string {
  if (value === null || value.length == 0) return "-";
  const n = min(value.length, limit);
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c > 0x7e) return "(unprintable)";
  }
  return value.length > n ? value.substring(0, n) + "..." : value;
}

function logDenial(headers: HeaderSnapshot, reason: string, request: RouteRequest): void {
  if (!Log.enabled(LogLevel.Info)) return;
  const id = headers.indexOf(REQUEST_ID);
  Log.info("apikey: denied request_id=" + loggable(id < 0 ? null : headers.value(id), MAX_REQUEST_ID) + " reason=" + reason + " method=" + loggable(request.method(), 32) + " path=" + loggable(request.path.text(), MAX_LOGGED_PATH));
}

class ApiKeyStream extends HttpContext {
  onRequestHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    const root = <ApiKeyRoot>this.root;
    const config = root.config;
    const responses = root.responses;
    if (config === null || responses === null) {
      unconfigured();
      return FilterHeadersStatus.StopIteration;
    }
    // One host call for every header. Bytes that are not plain ASCII are put in the form the
    // string API reads them (decoded, re-encoded), so byte and text semantics agree.
    let headers = requestHeaders.snapshot();
    if (!headers.isAscii) headers = HeaderSnapshot.fromPairs(headers.pairs());

    // Client copies of every header this filter forwards on any route never reach upstream,
    // whatever the route (public too): looked up in the snapshot, removed only when present.
    const stripped = config.strippedHeaders;
    for (let i = 0, n = stripped.length; i < n; i++) {
      const name = unchecked(stripped[i]);
      if (headers.indexOf(name) >= 0) requestHeaders.removeBytes(name);
    }

    route.read(headers);
    const match = firstRouteMatch(config.rules, route);
    const rule: Rule | null = match < 0 ? null : unchecked(config.rules[match]);
    if (rule !== null && rule.isPublic) {
      metrics.publicRoute.increment();
      return FilterHeadersStatus.Continue;
    }

    // The matched rule's sources and keys: the section's unless the route overrides them.
    const sources: Source[] = rule === null ? config.sources : rule.sources;
    const keys: KeyTable = rule === null ? config.keys : rule.keys;
    credential.find(sources, headers);
    if (credential.presence == Presence.Missing) {
      metrics.missingKey.increment();
      logDenial(headers, "missing_key", route);
      responses.missing();
      return FilterHeadersStatus.StopIteration;
    }
    const index = credential.presence == Presence.Found ? keys.find(credential.start, credential.length) : -1;
    if (index < 0) {
      metrics.unknownKey.increment();
      logDenial(headers, credential.presence == Presence.Ambiguous ? "multiple_keys" : "unknown_key", route);
      responses.denied();
      return FilterHeadersStatus.StopIteration;
    }
    const allowedClients: StaticArray<bool> | null = rule === null ? null : rule.allowed;
    if (allowedClients !== null && !unchecked(allowedClients[index])) {
      metrics.clientNotAllowed.increment();
      logDenial(headers, "client_not_allowed", route);
      responses.denied();
      return FilterHeadersStatus.StopIteration;
    }

    if (config.publishIdentity) Identity.setPrepared(unchecked(keys.identities[index]));
    // The rule's forwarding (resolved in onConfigure: its own fields, else the section's).
    const forward = rule === null ? config.forwardHeaderBytes : rule.forwardHeaderBytes;
    const hide = rule === null ? config.hideCredentials : rule.hideCredentials;
    if (forward.byteLength > 0) requestHeaders.addBytes(forward, unchecked(keys.clientBytes[index])); // client copies already removed
    if (hide) hideCredential(credential.source!, headers); // the source the key came from
    metrics.allowed.increment();
    return FilterHeadersStatus.Continue;
  }
}
