// An SDK feature module for test/sdk/features.test.ts: covers the author API paths the probe
// does not (bodies, trailers, gauges, histograms, time, whole-map access, lifecycle hooks,
// several root ids).

import {
  Configuration, FilterDataStatus, FilterHeadersStatus, FilterTrailersStatus, Gauge, HeaderPair,
  Histogram, HttpContext, Log, RootContext, SharedKey, WasmResult, currentTimeMillis, getPropertyAt, registerRootContext,
  requestBody, requestHeaders, responseBody, responseHeaders, responseTrailers, setPropertyAt,
} from "../../../sdk/assembly/index";

export * from "../../../sdk/assembly/exports";

const inFlight = new Gauge("features.in_flight");

const sharedKey = new SharedKey("features.shared");
const tablePrefix = String.UTF8.encode("features.table:", false);

/**
 * SharedKey: `n` (decimal) written after a prefix in place, then read back and written with
 * the read's CAS, then a stale CAS refused; the results go out as x-shared-* headers.
 */
function sharedKeyRoundTrip(n: string): void {
  const key = new SharedKey();
  key.setNumbered(tablePrefix, <u32>I64.parseInt(n));
  const absent = !key.read();
  const created = key.write(String.UTF8.encode("v1", false), 0) == WasmResult.Ok;
  key.read();
  const cas = key.cas;
  const updated = key.write(String.UTF8.encode("v2", false), cas) == WasmResult.Ok;
  const stale = key.write(String.UTF8.encode("v3", false), cas) == WasmResult.CasMismatch;
  key.read();
  requestHeaders.add("x-shared-result", [absent, created, updated, stale].map<string>((b: bool): string => (b ? "1" : "0")).join(""));
  requestHeaders.add("x-shared-value", String.UTF8.decode(key.value, false));
  // Another key object, constructed on a different key, re-pointed at the same key's bytes.
  sharedKey.setBytes(String.UTF8.encode("features.table:" + n, false));
  requestHeaders.add("x-shared-by-text", sharedKey.read() ? String.UTF8.decode(sharedKey.value, false) : "absent");
}
const bodySizes = new Histogram("features.body_size");

class FeaturesRoot extends RootContext {
  onConfigure(configuration: Configuration): bool {
    Log.info("features root " + this.id.toString() + " configured: " + configuration.text());
    return true;
  }
  createHttpContext(id: u32): HttpContext {
    return new FeaturesStream(id, this);
  }
}

class FeaturesStream extends HttpContext {
  onRequestHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    inFlight.add(1);
    const all = requestHeaders.all();
    const names = new Array<string>();
    for (let i = 0; i < all.length; i++) names.push(all[i].name);
    requestHeaders.add("x-seen-names", names.join(","));
    requestHeaders.add("x-num-headers", numHeaders.toString());
    requestHeaders.add("x-now-ms", currentTimeMillis().toString());
    setPropertyAt(["features.mark"], "marked-" + this.id.toString());
    const mark = getPropertyAt(["features.mark"]);
    requestHeaders.add("x-mark", mark === null ? "none" : mark);
    const numbered = requestHeaders.get("x-shared-numbered");
    if (numbered !== null) sharedKeyRoundTrip(numbered);
    if (requestHeaders.get("x-rewrite-all") == "1") {
      requestHeaders.setAll([
        new HeaderPair(":method", "GET"),
        new HeaderPair(":path", "/rewritten"),
        new HeaderPair(":authority", "features"),
        new HeaderPair("x-only", "this"),
      ]);
    }
    // The body is buffered in onRequestBody (a headers StopIteration would hold it back).
    return FilterHeadersStatus.Continue;
  }

  onRequestBody(bodySize: u32, endOfStream: bool): FilterDataStatus {
    if (!endOfStream) return FilterDataStatus.StopIterationAndBuffer;
    bodySizes.record(bodySize);
    const text = requestBody.readText();
    requestBody.replaceText(text.toUpperCase() + "!");
    return FilterDataStatus.Continue;
  }

  onResponseHeaders(numHeaders: u32, endOfStream: bool): FilterHeadersStatus {
    responseHeaders.set("x-response-seen", numHeaders.toString());
    return FilterHeadersStatus.Continue;
  }

  onResponseBody(bodySize: u32, endOfStream: bool): FilterDataStatus {
    if (!endOfStream) return FilterDataStatus.StopIterationAndBuffer;
    const first = responseBody.read(0, 4);
    responseBody.replaceText("[" + (first === null ? "" : String.UTF8.decode(first)) + "]");
    return FilterDataStatus.Continue;
  }

  onResponseTrailers(numTrailers: u32): FilterTrailersStatus {
    responseTrailers.add("x-trailer-seen", numTrailers.toString());
    return FilterTrailersStatus.Continue;
  }

  onLog(): void {
    Log.info("features log " + this.id.toString());
  }

  onDelete(): void {
    inFlight.add(-1);
  }
}

class OtherRoot extends RootContext {
  onConfigure(configuration: Configuration): bool {
    Log.info("other root configured");
    return true;
  }
}

registerRootContext((id: u32): RootContext => new FeaturesRoot(id), "features");
registerRootContext((id: u32): RootContext => new OtherRoot(id), "other");
