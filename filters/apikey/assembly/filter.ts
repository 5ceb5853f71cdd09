// The apikey filter: the root context owns the validated configuration; each HTTP stream walks
// it once in onRequestHeaders and either continues (identity set, forward header and hidden
// credential applied) or answers 401/403 locally.

import {
  Configuration, FilterHeadersStatus, HeaderPair, HttpContext, Identity, Log, LogLevel, RootContext,
  requestHeaders,
} from "../../../sdk/assembly/index";
import { ApiKeyConfig, Rule, parseConfig } from "./config";
import { Presence, findCredential, hideCredential } from "./credentials";
import { findKey } from "./key-table";
import { routePath } from "./route-path";
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
    Log.info("apikey: configured with " + config.digests.length.toString() + " key(s), " + config.rules.length.toString() + " rule(s)");
    return true;
  }

  createHttpContext(id: u32): HttpContext {
    return new ApiKeyStream(id, this);
  }
}

function headerValue(headers: HeaderPair[], name: string): string | null {
  for (let i = 0; i < headers.length; i++) {
    const pair = unchecked(headers[i]);
    if (pair.name == name) return pair.value;
  }
  return null;
}

function firstMatchingRule(rules: Rule[], method: string, path: string): Rule | null {
  for (let i = 0; i < rules.length; i++) {
    const rule = unchecked(rules[i]);
    if (rule.matches(method, path)) return rule;
  }
  return null;
}

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

function logDenial(headers: HeaderPair[], reason: string, method: string, path: string): void {
  if (!Log.enabled(LogLevel.Info)) return;
  Log.info("apikey: denied request_id=" + loggable(headerValue(headers, "x-request-id"), MAX_REQUEST_ID) + " reason=" + reason + " method=" + loggable(method, 32) + " path=" + loggable(path, MAX_LOGGED_PATH));
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
    // Client copies of the forwarded identity header never reach upstream, public route or not.
    if (config.forwardHeader.length > 0) requestHeaders.remove(config.forwardHeader);

    const headers = requestHeaders.all();
    const method = headerValue(headers, ":method");
    const fullPath = headerValue(headers, ":path");
    const pathOnly = routePath(fullPath === null ? "" : fullPath);
    const methodText = method === null ? "" : method;

    const rule = firstMatchingRule(config.rules, methodText, pathOnly);
    if (rule !== null && rule.isPublic) {
      metrics.publicRoute.increment();
      return FilterHeadersStatus.Continue;
    }

    const credential = findCredential(config.sources, headers, fullPath === null ? "" : fullPath);
    if (credential.presence == Presence.Missing) {
      metrics.missingKey.increment();
      logDenial(headers, "missing_key", methodText, pathOnly);
      responses.missing();
      return FilterHeadersStatus.StopIteration;
    }
    const index = credential.presence == Presence.Found ? findKey(config.digests, credential.value) : -1;
    if (index < 0) {
      metrics.unknownKey.increment();
      logDenial(headers, credential.presence == Presence.Ambiguous ? "multiple_keys" : "unknown_key", methodText, pathOnly);
      responses.denied();
      return FilterHeadersStatus.StopIteration;
    }
    const allowedClients: StaticArray<bool> | null = rule === null ? null : rule.allowed;
    if (allowedClients !== null && !unchecked(allowedClients[index])) {
      metrics.clientNotAllowed.increment();
      logDenial(headers, "client_not_allowed", methodText, pathOnly);
      responses.denied();
      return FilterHeadersStatus.StopIteration;
    }

    const client = unchecked(config.clients[index]);
    Identity.set("apikey", client);
    if (config.forwardHeader.length > 0) requestHeaders.add(config.forwardHeader, client); // client copies already removed
    if (config.hideCredentials) hideCredential(credential.source!, headers, fullPath === null ? "" : fullPath);
    metrics.allowed.increment();
    return FilterHeadersStatus.Continue;
  }
}
