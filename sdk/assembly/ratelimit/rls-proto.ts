// envoy.service.ratelimit.v3 messages on the wire (field numbers checked against
// go-control-plane's rls.pb.go and extensions/common/ratelimit/v3/ratelimit.pb.go):
//   RateLimitRequest  { domain = 1; repeated RateLimitDescriptor descriptors = 2; uint32 hits_addend = 3 }
//   RateLimitDescriptor { repeated Entry entries = 1 }   Entry { key = 1; value = 2 }
//   RateLimitResponse { Code overall_code = 1; repeated DescriptorStatus statuses = 2; ... }
//   DescriptorStatus  { Code code = 1; RateLimit current_limit = 2; uint32 limit_remaining = 3;
//                       google.protobuf.Duration duration_until_reset = 4 }
//   RateLimit { uint32 requests_per_unit = 1; Unit unit = 2; string name = 3 }
//   Duration  { int64 seconds = 1; int32 nanos = 2 }

import { ProtoReader, ProtoWriter, WireType } from "../encoding/protobuf";

export const RLS_SERVICE = "envoy.service.ratelimit.v3.RateLimitService";
export const RLS_METHOD = "ShouldRateLimit";

/** RateLimitResponse.Code */
export enum RlsCode {
  Unknown = 0,
  Ok = 1,
  OverLimit = 2,
}

/** RateLimitResponse.RateLimit.Unit (note: WEEK is 7, after MONTH = 5 and YEAR = 6). */
export enum RlsUnit {
  Unknown = 0,
  Second = 1,
  Minute = 2,
  Hour = 3,
  Day = 4,
  Month = 5,
  Year = 6,
  Week = 7,
}

/** One descriptor: hierarchical key/value entries, e.g. [("portcullis_limit","orders"),("client","demo")]. */
export class RlsDescriptor {
  readonly keys: string[] = [];
  readonly values: string[] = [];

  entry(key: string, value: string): RlsDescriptor {
    this.keys.push(key);
    this.values.push(value);
    return this;
  }
}

/** RateLimitRequest bytes. hits_addend 0 means 1 to the service (proto3 default). */
export function encodeRateLimitRequest(domain: string, descriptors: RlsDescriptor[], hitsAddend: u32): ArrayBuffer {
  const writer = new ProtoWriter(64 + domain.length);
  writer.stringField(1, domain);
  for (let d = 0; d < descriptors.length; d++) {
    const descriptor = unchecked(descriptors[d]);
    writer.begin(2);
    for (let i = 0; i < descriptor.keys.length; i++) {
      writer.begin(1).stringField(1, unchecked(descriptor.keys[i])).stringField(2, unchecked(descriptor.values[i])).end();
    }
    writer.end();
  }
  writer.uint64Field(3, <u64>hitsAddend);
  return writer.finish();
}

export class RlsDescriptorStatus {
  code: RlsCode = RlsCode.Unknown;
  /** current_limit; requestsPerUnit 0 when the service sent none (no limit matched). */
  requestsPerUnit: u32 = 0;
  unit: RlsUnit = RlsUnit.Unknown;
  limitName: string = "";
  limitRemaining: u32 = 0;
  /** duration_until_reset in ms; -1 when absent. */
  resetInMs: i64 = -1;
}

export class RlsResponse {
  overallCode: RlsCode = RlsCode.Unknown;
  readonly statuses: RlsDescriptorStatus[] = [];
  /** Why the bytes are not a RateLimitResponse; null when they are. */
  error: string | null = null;
}

/** Decodes RateLimitResponse; unknown fields (headers to add, metadata, quota) are skipped. */
export function decodeRateLimitResponse(bytes: ArrayBuffer): RlsResponse {
  const response = new RlsResponse();
  const reader = new ProtoReader(bytes);
  while (reader.next()) {
    if (reader.field == 1 && reader.wire == WireType.Varint) {
      response.overallCode = <RlsCode>(<i32>reader.varint());
    } else if (reader.field == 2 && reader.wire == WireType.LengthDelimited) {
      const nested = reader.message();
      if (nested === null) break;
      const status = decodeDescriptorStatus(nested);
      if (nested.error !== null) {
        response.error = "statuses: " + nested.error!;
        return response;
      }
      response.statuses.push(status);
    } else {
      reader.skip();
    }
  }
  if (reader.error !== null) response.error = reader.error;
  return response;
}

function decodeDescriptorStatus(reader: ProtoReader): RlsDescriptorStatus {
  const status = new RlsDescriptorStatus();
  while (reader.next()) {
    if (reader.field == 1 && reader.wire == WireType.Varint) {
      status.code = <RlsCode>(<i32>reader.varint());
    } else if (reader.field == 2 && reader.wire == WireType.LengthDelimited) {
      const limit = reader.message();
      if (limit === null) return status;
      while (limit.next()) {
        if (limit.field == 1 && limit.wire == WireType.Varint) status.requestsPerUnit = <u32>limit.varint();
        else if (limit.field == 2 && limit.wire == WireType.Varint) status.unit = <RlsUnit>(<i32>limit.varint());
        else if (limit.field == 3 && limit.wire == WireType.LengthDelimited) status.limitName = limit.string();
        else limit.skip();
      }
      if (limit.error !== null) reader.error = "current_limit: " + limit.error!;
    } else if (reader.field == 3 && reader.wire == WireType.Varint) {
      status.limitRemaining = <u32>reader.varint();
    } else if (reader.field == 4 && reader.wire == WireType.LengthDelimited) {
      const duration = reader.message();
      if (duration === null) return status;
      let seconds: i64 = 0;
      let nanos: i64 = 0;
      while (duration.next()) {
        if (duration.field == 1 && duration.wire == WireType.Varint) seconds = <i64>duration.varint();
        else if (duration.field == 2 && duration.wire == WireType.Varint) nanos = <i64>(<i32>duration.varint());
        else duration.skip();
      }
      if (duration.error !== null) reader.error = "duration_until_reset: " + duration.error!;
      // Negative or absurd durations are treated as "reset now" rather than trusted.
      status.resetInMs = seconds < 0 || nanos < 0 || seconds > 400 * 86400 ? 0 : seconds * 1000 + nanos / 1_000_000;
    } else {
      reader.skip();
    }
  }
  return status;
}

/** The length of one unit, for when the service gives no duration_until_reset. */
export function unitMillis(unit: RlsUnit): i64 {
  switch (unit) {
    case RlsUnit.Second: return 1000;
    case RlsUnit.Minute: return 60_000;
    case RlsUnit.Hour: return 3_600_000;
    case RlsUnit.Day: return 86_400_000;
    case RlsUnit.Week: return 7 * 86_400_000;
    case RlsUnit.Month: return 30 * 86_400_000;
    case RlsUnit.Year: return 365 * 86_400_000;
    default: return 1000;
  }
}
