// `portcullis render envoy|istio|ratelimit <policy>`.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderIstioWasmPlugins, IstioRenderError } from '../../../envoy/istio.ts';
import { defaultBuildDir } from '../../../envoy/paths.ts';
import { compileChain, loadPolicyFile } from '../../../envoy/policy/index.ts';
import { QuotaGlobalError, renderRatelimitServiceConfig } from '../../../envoy/policy/quota-global.ts';
import { NativeJwtAuthnError, renderEnvoyYaml } from '../../../envoy/render.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

const DEFAULT_IMAGE_BASE = 'localhost:5000/portcullis';

export function renderCommand(args: string[], io: Io): number {
  const [target, ...rest] = args;
  if (target === 'envoy') return renderEnvoy(rest, io);
  if (target === 'istio') return renderIstio(rest, io);
  if (target === 'ratelimit') return renderRatelimit(rest, io);
  throw new UsageError(target ? `render: unknown target "${target}"; expected envoy, istio or ratelimit` : 'render needs a target: envoy, istio or ratelimit');
}

/** The rate-limit service's config file for the policy's global quota limits. */
function renderRatelimit(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { out: { type: 'string' } });
  const policy = loadPolicyFile(onePolicy(positionals));
  let yaml: string;
  try {
    yaml = renderRatelimitServiceConfig(policy);
  } catch (err) {
    if (err instanceof QuotaGlobalError) throw new CliError(err.message);
    throw err;
  }
  emit(yaml, values.out, io);
  return 0;
}

function renderEnvoy(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { out: { type: 'string' }, 'build-dir': { type: 'string' }, 'jwt-filter': { type: 'string' } });
  const jwtFilter = values['jwt-filter'] ?? 'wasm';
  if (jwtFilter !== 'wasm' && jwtFilter !== 'native') throw new UsageError(`render: --jwt-filter expects wasm or native; got "${jwtFilter}"`);
  const policy = loadPolicyFile(onePolicy(positionals));
  const buildDir = resolve(values['build-dir'] ?? defaultBuildDir());
  for (const spec of compileChain(policy, { buildDir })) {
    if (!existsSync(spec.wasmPath)) io.err(`warning: filter "${spec.name}": ${spec.wasmPath} does not exist yet (run \`portcullis build\`)\n`);
  }
  let yaml: string;
  try {
    yaml = renderEnvoyYaml(policy, { buildDir, jwtFilter });
  } catch (err) {
    if (err instanceof NativeJwtAuthnError) throw new CliError(err.message);
    throw err;
  }
  emit(yaml, values.out, io);
  return 0;
}

function renderIstio(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    'image-base': { type: 'string' },
    tag: { type: 'string' },
    namespace: { type: 'string' },
  });
  const policy = loadPolicyFile(onePolicy(positionals));
  let text: string;
  try {
    text = renderIstioWasmPlugins(policy, {
      imageBase: values['image-base'] ?? DEFAULT_IMAGE_BASE,
      tag: values.tag,
      namespace: values.namespace,
    });
  } catch (err) {
    if (err instanceof IstioRenderError) throw new CliError(err.message);
    throw err;
  }
  if (text === '') io.err('warning: the policy has no filters; nothing to render\n');
  emit(text, values.out, io);
  return 0;
}

type Options = Record<string, { type: 'string' }>;

function parse(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as {
      values: Record<string, string | undefined>;
      positionals: string[];
    };
  } catch (err) {
    throw new UsageError(`render: ${(err as Error).message}`);
  }
}

function onePolicy(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError('render needs exactly one policy file');
  return positionals[0];
}

function emit(text: string, out: string | undefined, io: Io): void {
  if (out === undefined) {
    io.out(text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (err) {
    throw new CliError(`cannot write ${out}: ${(err as Error).message}`);
  }
  io.err(`wrote ${out}\n`);
}
