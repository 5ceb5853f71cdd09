// `portcullis build`: compiles every target of asconfig.json (one per filter and per test
// fixture) with the AssemblyScript compiler, then refuses any module whose imports a
// proxy-wasm host would not satisfy (sdk/tools/check-imports.ts).

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as asc from 'assemblyscript/asc';
import { checkModuleImports } from '../../sdk/tools/check-imports.ts';

const ASCONFIG = 'asconfig.json';

// This file also runs bundled from .cache/ (bin/ts.mjs), so the repository is found by walking
// up to asconfig.json rather than by a fixed relative path.
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, ASCONFIG)) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${ASCONFIG} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export const repoRoot = findRepoRoot();

export interface BuildResult {
  target: string;
  entry: string; // relative to the repository root
  outFile: string; // relative to the repository root
  bytes: number;
  milliseconds: number;
}

export class BuildError extends Error {
  constructor(message: string, readonly target: string, readonly details: string[]) {
    super(message);
    this.name = 'BuildError';
  }
}

interface TargetSpec {
  entry: string;
  outFile: string;
}

/** The targets declared in asconfig.json, each with its entry file and output file. */
export function readTargets(): Map<string, TargetSpec> {
  const path = join(repoRoot, ASCONFIG);
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BuildError(`${ASCONFIG}: cannot read: ${(error as Error).message}`, '', []);
  }
  const targets = (config as { targets?: Record<string, unknown> }).targets;
  if (!targets || typeof targets !== 'object') throw new BuildError(`${ASCONFIG}: no "targets" object`, '', []);
  const out = new Map<string, TargetSpec>();
  for (const [name, raw] of Object.entries(targets)) {
    const spec = raw as Partial<TargetSpec>;
    if (typeof spec.entry !== 'string' || typeof spec.outFile !== 'string') {
      throw new BuildError(`${ASCONFIG}: target "${name}" needs string "entry" and "outFile"`, name, []);
    }
    out.set(name, { entry: spec.entry, outFile: spec.outFile });
  }
  return out;
}

export interface CompileSpec {
  /** Name used in messages and, when `configTarget` is set, the asconfig target to apply. */
  name: string;
  entry: string;
  outFile: string;
  /** asconfig target whose options to use; omitted = the shared release options only. */
  configTarget?: string;
  /** Extra compiler arguments (tests use --exportRuntime to call into a module from JS). */
  extraArgs?: string[];
}

/**
 * Compiles one entry with asconfig.json's release options and checks its imports. Throws a
 * BuildError carrying the compiler diagnostics or the import problems.
 */
export async function compileModule(spec: CompileSpec): Promise<BuildResult> {
  const started = performance.now();
  const finalPath = join(repoRoot, spec.outFile);
  mkdirSync(dirname(finalPath), { recursive: true });
  // Compile next to the target and rename into place, so a concurrent reader (a test, a
  // running Envoy) never sees a half-written module, and a refused module never replaces one.
  const tmpOut = `${spec.outFile}.${process.pid}.tmp`;
  const args = [spec.entry, '--config', ASCONFIG, '--baseDir', repoRoot, '--outFile', tmpOut];
  if (spec.configTarget) args.push('--target', spec.configTarget);
  if (spec.extraArgs) args.push(...spec.extraArgs);
  const stdout = asc.createMemoryStream();
  const stderr = asc.createMemoryStream();
  try {
    const { error } = await asc.main(args, { stdout, stderr });
    if (error) {
      const diagnostics = stderr
        .toString()
        .split(/\n(?=\S)/)
        .map((text) => text.trim())
        .filter((text) => text.length > 0);
      throw new BuildError(
        `build of ${spec.name} (${spec.entry}) failed: ${error.message}\n${diagnostics.join('\n')}`,
        spec.name,
        diagnostics,
      );
    }
    const bytes = new Uint8Array(readFileSync(join(repoRoot, tmpOut)));
    const problems = checkModuleImports(bytes, spec.outFile);
    if (problems.length > 0) {
      throw new BuildError(`build of ${spec.name} refused by the import check:\n${problems.join('\n')}`, spec.name, problems);
    }
    renameSync(join(repoRoot, tmpOut), finalPath);
    return {
      target: spec.name,
      entry: spec.entry,
      outFile: spec.outFile,
      bytes: bytes.byteLength,
      milliseconds: Math.round(performance.now() - started),
    };
  } finally {
    rmSync(join(repoRoot, tmpOut), { force: true });
  }
}

/** Builds the given asconfig targets (default: all), in declaration order. */
export async function buildModules(opts: { targets?: string[]; quiet?: boolean } = {}): Promise<BuildResult[]> {
  const declared = readTargets();
  const names = opts.targets ?? [...declared.keys()];
  const unknown = names.filter((name) => !declared.has(name));
  if (unknown.length > 0) {
    throw new BuildError(`unknown build target(s): ${unknown.join(', ')} (known: ${[...declared.keys()].join(', ')})`, unknown[0], []);
  }
  const results: BuildResult[] = [];
  for (const name of names) {
    const spec = declared.get(name)!;
    const result = await compileModule({ name, entry: spec.entry, outFile: spec.outFile, configTarget: name });
    if (!opts.quiet) console.log(`built ${result.outFile} (${result.bytes} bytes, ${result.milliseconds} ms)`);
    results.push(result);
  }
  return results;
}

// `node bin/ts.mjs bin/cli/build.ts [target...]`
if (process.argv[1] && resolve(process.argv[1]) === join(repoRoot, 'bin', 'cli', 'build.ts')) {
  try {
    await buildModules({ targets: process.argv.length > 2 ? process.argv.slice(2) : undefined });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
