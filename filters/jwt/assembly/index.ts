// Entry of the jwt filter module (build/jwt.wasm).

import { RootContext, registerRootContext } from "../../../sdk/assembly/index";
import { JwtRoot } from "./filter";

export * from "../../../sdk/assembly/exports";

registerRootContext((id: u32): RootContext => new JwtRoot(id));
