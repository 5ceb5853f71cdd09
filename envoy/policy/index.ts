// The policy module's public surface.
export { PolicyError, formatIssue, type PolicyIssue } from './errors.ts';
export { loadPolicyFile, parsePolicy, validatePolicy, MAX_POLICY_BYTES, type LoadOptions } from './load.ts';
export { compileChain, apikeyConfig, type FilterSpec, type CompileOptions, type ApikeyConfig, type ApikeyRule } from './compile.ts';
export type * from './types.ts';
export { jwtConfig, type JwtConfig, type JwtRule, type RouteRule, type PreflightRule, type JwtProviderConfig, type IntrospectionConfig, type RequirementConfig } from './compile-jwt.ts';
export { callouts, parseCalloutUrl, DEFAULT_CA_FILE, type Callout, type CalloutUrl } from './callout.ts';
export { algorithmsForKey, checkJwks } from './jwks.ts';
