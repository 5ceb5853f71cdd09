// Entry of the apikey filter module (build/apikey.wasm).

import { RootContext, registerRootContext } from "../../../sdk/assembly/index";
import { ApiKeyRoot } from "./filter";

export * from "../../../sdk/assembly/exports/core"; // request headers only: no response, body or log callbacks

registerRootContext((id: u32): RootContext => new ApiKeyRoot(id));
