// Public entry point of host-sim.
export { Host, type HostOptions } from './host.ts';
export { Vm, type VmOptions, type PendingCallout, type CalloutResponse } from './vm.ts';
export {
  GrpcStatus, type PendingGrpcCall, type GrpcReply, type GrpcFailure, type PendingGrpcStream, type GrpcStreamMessage, type GrpcStreamState,
} from './grpc.ts';
export { HttpStream, type LocalResponse, type SendOptions } from './stream.ts';
export {
  HostError, UnimplementedHostCallError, ModuleTrapError, ConfigureError, StreamStateError, ModuleLoadError,
  type LogLine, type LogLevelName,
} from './errors.ts';
export type { Action, HeadersAction, DataAction, TrailersAction } from './abi.ts';
export type { HeaderPairs, HeadersInput } from './pairs.ts';
export type { PropertyInput, PropertyValue } from './properties.ts';
export type { MetricValue, MetricKind } from './metrics.ts';
export { encodePairs, decodePairs } from './pairs.ts';
