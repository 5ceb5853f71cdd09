// Opt-in exports: gRPC callout events, for calls started through sdk/assembly/grpc.ts or the
// raw grpcCall/grpcStream hostcalls (next to exports/core.ts). Without them the host drops
// the events, so a module that starts gRPC calls must export these.

import * as dispatcher from "../dispatcher";
import { enterGuest, leaveGuest } from "../collector";
import { OptInExport, markExported } from "../exported";

markExported(OptInExport.Grpc);

export function proxy_on_grpc_receive_initial_metadata(contextId: u32, token: u32, numElements: u32): void {
  enterGuest();
  dispatcher.onGrpcReceiveInitialMetadata(contextId, token, numElements);
  leaveGuest();
}

export function proxy_on_grpc_receive(contextId: u32, token: u32, messageSize: u32): void {
  enterGuest();
  dispatcher.onGrpcReceive(contextId, token, messageSize);
  leaveGuest();
}

export function proxy_on_grpc_receive_trailing_metadata(contextId: u32, token: u32, numElements: u32): void {
  enterGuest();
  dispatcher.onGrpcReceiveTrailingMetadata(contextId, token, numElements);
  leaveGuest();
}

export function proxy_on_grpc_close(contextId: u32, token: u32, statusCode: u32): void {
  enterGuest();
  dispatcher.onGrpcClose(contextId, token, statusCode);
  leaveGuest();
}
