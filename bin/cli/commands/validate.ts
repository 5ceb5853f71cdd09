// `portcullis validate <policy>`.
import { compileChain, loadPolicyFile } from '../../../envoy/policy/index.ts';
import { defaultBuildDir } from '../../../envoy/paths.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

export function validateCommand(args: string[], io: Io): number {
  if (args.length !== 1) throw new UsageError('validate takes exactly one argument: the policy file');
  const policy = loadPolicyFile(args[0]);
  const chain = compileChain(policy, { buildDir: defaultBuildDir() }).map((f) => f.name);
  io.out(`${args[0]}: ok (${policy.routes.length} route${policy.routes.length === 1 ? '' : 's'}; filter chain: ${chain.length ? chain.join(' → ') : 'none'})\n`);
  return 0;
}
