// Entry of the jwt filter module (build/jwt.wasm).

import { RootContext, registerRootContext } from "../../../sdk/assembly/index";
import { JwtRoot } from "./filter";

export * from "../../../sdk/assembly/exports/core"; // request headers only: no response, body or log callbacks

registerRootContext((id: u32): RootContext => new JwtRoot(id));
