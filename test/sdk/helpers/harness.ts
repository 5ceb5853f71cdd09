// Loads the SDK unit harness (test/sdk/assembly/harness.ts, compiled with the release options
// plus --exportRuntime) and wraps its exports so tests pass and get JS strings, numbers and
// byte buffers. Host calls are stubs: the helpers under test never make one.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantiate } from '@assemblyscript/loader';
import { compileModule, repoRoot } from '../../../bin/cli/build.ts';

export type Arg = string | number | boolean | Uint8Array;

export interface SdkHarness {
  /** Calls export `name`; strings and byte arrays are copied in (pinned for the call). */
  call(name: string, ...args: Arg[]): number;
  /** call() whose result is an AssemblyScript string. */
  text(name: string, ...args: Arg[]): string;
  memoryPages(): number;
}

/** Compiles (each caller its own output file, so parallel suites never share one) and instantiates. */
export async function loadSdkHarness(outName: string): Promise<SdkHarness> {
  const outFile = `build/test/${outName}.wasm`;
  await compileModule({ name: outName, entry: 'test/sdk/assembly/harness.ts', outFile, extraArgs: ['--exportRuntime'] });
  const env = new Proxy({} as Record<string, unknown>, { get: () => () => 0 });
  const instance = await instantiate<Record<string, unknown>>(readFileSync(join(repoRoot, outFile)), { env });
  (instance.exports as unknown as { _initialize(): void })._initialize();
  const x = instance.exports as unknown as {
    memory: WebAssembly.Memory;
    __newString(s: string): number;
    __getString(p: number): string;
    __newArrayBuffer(b: ArrayBuffer): number;
    __pin(p: number): number;
    __unpin(p: number): void;
  } & Record<string, (...a: number[]) => number>;

  const call = (name: string, ...args: Arg[]): number => {
    const fn = x[name];
    if (typeof fn !== 'function') throw new Error(`harness has no export ${name}`);
    const pinned: number[] = [];
    const raw = args.map((a) => {
      if (typeof a === 'number') return a;
      if (typeof a === 'boolean') return a ? 1 : 0;
      const ptr = typeof a === 'string' ? x.__newString(a) : x.__newArrayBuffer(a.slice().buffer as ArrayBuffer);
      pinned.push(x.__pin(ptr));
      return ptr;
    });
    try {
      return fn(...raw);
    } finally {
      for (const p of pinned) x.__unpin(p);
    }
  };
  return {
    call,
    text: (name, ...args) => x.__getString(call(name, ...args)),
    memoryPages: () => x.memory.buffer.byteLength / 65536,
  };
}

/** The ABI's serialized header map: u32 count, (u32 name length, u32 value length) per pair, then name\0value\0 each. */
export function serializeHeaders(pairs: [string | Uint8Array, string | Uint8Array][]): Uint8Array {
  const bytes = pairs.map(([n, v]) => [Buffer.from(n), Buffer.from(v)] as const);
  const head = Buffer.alloc(4 + 8 * bytes.length);
  head.writeUInt32LE(bytes.length, 0);
  bytes.forEach(([n, v], i) => {
    head.writeUInt32LE(n.length, 4 + 8 * i);
    head.writeUInt32LE(v.length, 8 + 8 * i);
  });
  const zero = Buffer.alloc(1);
  return new Uint8Array(Buffer.concat([head, ...bytes.flatMap(([n, v]) => [n, zero, v, zero])]));
}
