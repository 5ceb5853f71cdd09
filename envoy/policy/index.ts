// The policy module's public surface.
export { PolicyError, formatIssue, type PolicyIssue } from './errors.ts';
export { loadPolicyFile, parsePolicy, validatePolicy, MAX_POLICY_BYTES } from './load.ts';
export { compileChain, apikeyConfig, type FilterSpec, type CompileOptions, type ApikeyConfig, type ApikeyRule } from './compile.ts';
export type * from './types.ts';
