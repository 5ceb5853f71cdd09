// Loads a test-only AssemblyScript module (a "harness": exported functions over SDK code) into
// Node. The module is built with asconfig.json's release options plus --exportRuntime, only when
// a source is newer than it, and instantiated with @assemblyscript/loader; arguments and results
// cross as JS strings, numbers and byte buffers.

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { instantiate } from '@assemblyscript/loader';
import { compileModule, repoRoot } from '../../bin/cli/build.ts';

export type Arg = string | number | boolean | Uint8Array;

export interface AsHarness {
  /** Calls export `name`; strings and byte arrays are copied in (pinned for the call). */
  call(name: string, ...args: Arg[]): number;
  /** call() whose result is an AssemblyScript string. */
  text(name: string, ...args: Arg[]): string;
  /** call() whose result is an ArrayBuffer. */
  bytes(name: string, ...args: Arg[]): Buffer;
  memoryPages(): number;
  /** Log lines the module wrote (its abort handler reports through proxy_log). */
  logs: string[];
}

interface Runtime {
  memory: WebAssembly.Memory;
  _initialize(): void;
  __newString(s: string): number;
  __getString(ptr: number): string;
  __newArrayBuffer(buf: ArrayBuffer): number;
  __getArrayBuffer(ptr: number): ArrayBuffer;
  __pin(ptr: number): number;
  __unpin(ptr: number): void;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// Several test files load the same harness in parallel workers: rebuild only when a source (the
// SDK, the harness's own folder, asconfig.json) is newer than the module, so a run pays for one
// compile on a 2-core machine, not one per file.
function isStale(entry: string, outFile: string): boolean {
  try {
    const built = statSync(join(repoRoot, outFile)).mtimeMs;
    const sources = Math.max(
      newestSource(join(repoRoot, 'sdk/assembly')),
      newestSource(join(repoRoot, dirname(entry))),
      statSync(join(repoRoot, 'asconfig.json')).mtimeMs,
    );
    return sources > built;
  } catch {
    return true;
  }
}

// A directory as a cross-process lock (mkdir is atomic): one worker compiles while the others
// wait for its module instead of compiling the same thing at the same time.
async function ensureBuilt(name: string, entry: string, outFile: string): Promise<void> {
  const lock = join(repoRoot, `${outFile}.lock`);
  mkdirSync(dirname(lock), { recursive: true });
  while (isStale(entry, outFile)) {
    try {
      mkdirSync(lock, { recursive: false });
    } catch {
      // Held by another process; a lock this old was left by one that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      await sleep(200);
      continue;
    }
    try {
      if (isStale(entry, outFile)) await compileModule({ name, entry, outFile, extraArgs: ['--exportRuntime'] });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    // Built by this process: done, even if a source's clock runs ahead of the module's.
    return;
  }
}

/** Builds `entry` into build/test/<name>.wasm if stale, and instantiates it. */
export async function loadAsHarness(name: string, entry: string): Promise<AsHarness> {
  const outFile = `build/test/${name}.wasm`;
  await ensureBuilt(name, entry, outFile);
  const logs: string[] = [];
  let memory: WebAssembly.Memory | undefined;
  // Only proxy_log can be reached (from the abort handler); any other host call answers 0.
  const env = new Proxy({} as Record<string, unknown>, {
    get: (_t, prop) =>
      prop === 'proxy_log'
        ? (_level: number, ptr: number, len: number) => {
            logs.push(Buffer.from(memory!.buffer, ptr, len).toString('utf8'));
            return 0;
          }
        : () => 0,
  });
  const instance = await instantiate<Record<string, unknown>>(readFileSync(join(repoRoot, outFile)), { env });
  const x = instance.exports as unknown as Runtime & Record<string, (...a: number[]) => number>;
  memory = x.memory;
  x._initialize();

  // Arguments are pinned while later arguments are allocated: an allocation may run a
  // collector (the incremental runtime collects during allocation), which would otherwise free an argument not yet handed over.
  const call = (fnName: string, ...args: Arg[]): number => {
    const fn = x[fnName];
    if (typeof fn !== 'function') throw new Error(`${name} has no export ${fnName}`);
    const pinned: number[] = [];
    try {
      const raw = args.map((a) => {
        if (typeof a === 'number') return a;
        if (typeof a === 'boolean') return a ? 1 : 0;
        const ptr = typeof a === 'string' ? x.__newString(a) : x.__newArrayBuffer(new Uint8Array(a).buffer);
        pinned.push(x.__pin(ptr));
        return ptr;
      });
      return fn(...raw);
    } finally {
      for (const p of pinned) x.__unpin(p);
    }
  };
  return {
    call,
    text: (fnName, ...args) => x.__getString(call(fnName, ...args)),
    bytes: (fnName, ...args) => Buffer.from(x.__getArrayBuffer(call(fnName, ...args))),
    memoryPages: () => x.memory.buffer.byteLength / 65536,
    logs,
  };
}
