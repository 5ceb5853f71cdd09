// The crypto harness (test/crypto/assembly/rsa-harness.ts) built with the release options and
// loaded into Node, shared by the crypto tests and benchmarks; run directly, it measures
// RS256-2048 verification in wasm against Node's crypto.verify.
//   node bin/ts.mjs bench/crypto-rsa.ts [iterations]

import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { instantiate } from '@assemblyscript/loader';
import { compileModule, repoRoot } from '../bin/cli/build.ts';

const ENTRY = 'test/crypto/assembly/rsa-harness.ts';
const OUT_FILE = 'build/test/rsa-harness.wasm';

interface Exports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  __newArrayBuffer(buf: ArrayBuffer): number;
  __getArrayBuffer(ptr: number): ArrayBuffer;
  __pin(ptr: number): number;
  __unpin(ptr: number): void;
  __collect(): void;
  sha512Bytes(data: number, is384: number): number;
  sha512Stream(data: number, chunk: number, times: number, is384: number): number;
  digestBytes(alg: number, data: number): number;
  digestLengthOf(alg: number): number;
  hmacBytes(alg: number, key: number, message: number): number;
  hmacCheck(alg: number, key: number, message: number, tag: number): number;
  rsaLoadKey(n: number, e: number): number;
  rsaKeyBits(handle: number): number;
  rsaReleaseKeys(): void;
  rsaRecover(handle: number, signature: number): number;
  rsaVerifyPkcs1(handle: number, alg: number, message: number, signature: number): number;
  rsaVerifyPss(handle: number, alg: number, message: number, signature: number, saltLength: number): number;
  benchRsaVerify(iterations: number): number;
}

/** HashAlg values of sdk/assembly/crypto/hash.ts. */
export const HashAlg = { SHA256: 0, SHA384: 1, SHA512: 2 } as const;
export type HashAlgName = keyof typeof HashAlg;

export interface CryptoHarness {
  sha512(data: Uint8Array, is384: boolean): Buffer;
  sha512Stream(data: Uint8Array, chunk: number, times: number, is384: boolean): Buffer;
  digest(alg: number, data: Uint8Array): Buffer;
  digestLength(alg: number): number;
  hmac(alg: number, key: Uint8Array, message: Uint8Array): Buffer;
  hmacVerify(alg: number, key: Uint8Array, message: Uint8Array, tag: Uint8Array): boolean;
  /** A key handle (>= 0), or -1 when the SDK refuses the modulus/exponent. */
  rsaKey(n: Uint8Array, e: Uint8Array): number;
  rsaKeyBits(handle: number): number;
  /** Drops every loaded key, so a long test can start afresh. */
  rsaReleaseKeys(): void;
  /** RSAVP1 alone: s^e mod n as k bytes; empty when the key refuses the signature. */
  rsaRecover(handle: number, signature: Uint8Array): Buffer;
  rsaPkcs1v15Verify(handle: number, alg: number, message: Uint8Array, signature: Uint8Array): boolean;
  rsaPssVerify(handle: number, alg: number, message: Uint8Array, signature: Uint8Array, saltLength: number): boolean;
  /** Verifies a built-in RS256-2048 signature `iterations` times; returns how many passed. */
  benchRsaVerify(iterations: number): number;
  /** Log lines the module wrote (its abort handler reports through proxy_log). */
  logs: string[];
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// Several test files load the harness in parallel workers: rebuild only when a source is newer
// than the module, so a test run pays for one compile on a 2-core machine, not one per file.
function isStale(): boolean {
  try {
    const built = statSync(join(repoRoot, OUT_FILE)).mtimeMs;
    const sources = Math.max(
      newestSource(join(repoRoot, 'sdk/assembly')),
      newestSource(join(repoRoot, 'test/crypto/assembly')),
      statSync(join(repoRoot, 'asconfig.json')).mtimeMs,
    );
    return sources > built;
  } catch {
    return true;
  }
}

// A directory as a cross-process lock (mkdir is atomic): one worker compiles while the others
// wait for its module instead of compiling the same thing at the same time.
async function ensureBuilt(): Promise<void> {
  const lock = join(repoRoot, `${OUT_FILE}.lock`);
  while (isStale()) {
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
      if (isStale()) await compileModule({ name: 'rsa-harness', entry: ENTRY, outFile: OUT_FILE, extraArgs: ['--exportRuntime'] });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    // Built by this process: done, even if a source's clock runs ahead of the module's.
    return;
  }
}

export async function loadCryptoHarness(): Promise<CryptoHarness> {
  await ensureBuilt();
  const bytes = readFileSync(join(repoRoot, OUT_FILE));
  const logs: string[] = [];
  let memory: WebAssembly.Memory | undefined;
  // Only proxy_log can be reached (from the abort handler); any other host call answers 0.
  const env = new Proxy({} as Record<string, unknown>, {
    get: (_t, name) =>
      name === 'proxy_log'
        ? (_level: number, ptr: number, len: number) => {
            logs.push(Buffer.from(memory!.buffer, ptr, len).toString('utf8'));
            return 0;
          }
        : () => 0,
  });
  const instance = await instantiate<Record<string, unknown>>(bytes, { env });
  const x = instance.exports as unknown as Exports;
  memory = x.memory;
  x._initialize();

  // Arguments are pinned while later arguments are allocated: an allocation may run the
  // incremental collector, which would otherwise free an argument not yet handed over.
  function withBuffers<T>(buffers: Uint8Array[], fn: (...ptrs: number[]) => T): T {
    const ptrs: number[] = [];
    try {
      for (const b of buffers) {
        const copy = new Uint8Array(b.byteLength);
        copy.set(b);
        ptrs.push(x.__pin(x.__newArrayBuffer(copy.buffer)));
      }
      return fn(...ptrs);
    } finally {
      for (const p of ptrs) x.__unpin(p);
    }
  }
  const out = (ptr: number) => Buffer.from(x.__getArrayBuffer(ptr));

  return {
    sha512: (data, is384) => withBuffers([data], (d) => out(x.sha512Bytes(d, is384 ? 1 : 0))),
    sha512Stream: (data, chunk, times, is384) =>
      withBuffers([data], (d) => out(x.sha512Stream(d, chunk, times, is384 ? 1 : 0))),
    digest: (alg, data) => withBuffers([data], (d) => out(x.digestBytes(alg, d))),
    digestLength: (alg) => x.digestLengthOf(alg),
    hmac: (alg, key, message) => withBuffers([key, message], (k, m) => out(x.hmacBytes(alg, k, m))),
    hmacVerify: (alg, key, message, tag) =>
      withBuffers([key, message, tag], (k, m, t) => x.hmacCheck(alg, k, m, t) !== 0),
    rsaKey: (n, e) => withBuffers([n, e], (pn, pe) => x.rsaLoadKey(pn, pe)),
    rsaKeyBits: (handle) => x.rsaKeyBits(handle),
    rsaReleaseKeys: () => x.rsaReleaseKeys(),
    rsaRecover: (handle, signature) => withBuffers([signature], (s) => out(x.rsaRecover(handle, s))),
    rsaPkcs1v15Verify: (handle, alg, message, signature) =>
      withBuffers([message, signature], (m, s) => x.rsaVerifyPkcs1(handle, alg, m, s) !== 0),
    rsaPssVerify: (handle, alg, message, signature, saltLength) =>
      withBuffers([message, signature], (m, s) => x.rsaVerifyPss(handle, alg, m, s, saltLength) !== 0),
    benchRsaVerify: (iterations) => x.benchRsaVerify(iterations),
    logs,
  };
}

export interface RsaBenchResult {
  iterations: number;
  wasmMicros: number; // per RS256-2048 verification, in the harness module
  nodeMicros: number; // per verification with Node's crypto.verify (OpenSSL)
  ratio: number;
}

/**
 * Times RS256-2048 verification in wasm and in Node, `iterations` each. The two alternate in
 * five rounds and the fastest round of each counts, so load from other processes on a shared
 * machine skews the ratio as little as possible.
 */
export async function benchRsa(iterations = 2000): Promise<RsaBenchResult> {
  const harness = await loadCryptoHarness();
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = createPublicKey(publicKey.export({ format: 'pem', type: 'spki' }));
  const input = Buffer.from('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9');
  const signature = sign('sha256', input, privateKey);
  const rounds = 5;
  const perRound = Math.max(1, Math.floor(iterations / rounds));
  if (harness.benchRsaVerify(perRound) !== perRound) throw new Error('wasm RS256 verification failed in the benchmark');
  for (let i = 0; i < perRound; i++) verify('sha256', input, key, signature);

  let wasmMicros = Infinity;
  let nodeMicros = Infinity;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    const passed = harness.benchRsaVerify(perRound);
    wasmMicros = Math.min(wasmMicros, ((performance.now() - started) * 1000) / perRound);
    if (passed !== perRound) throw new Error(`wasm RS256 verification passed ${passed}/${perRound}`);
    started = performance.now();
    for (let i = 0; i < perRound; i++) if (!verify('sha256', input, key, signature)) throw new Error('Node verify failed');
    nodeMicros = Math.min(nodeMicros, ((performance.now() - started) * 1000) / perRound);
  }
  return { iterations: perRound * rounds, wasmMicros, nodeMicros, ratio: wasmMicros / nodeMicros };
}

if (process.argv[1] && resolve(process.argv[1]) === join(repoRoot, 'bench', 'crypto-rsa.ts')) {
  const iterations = Number(process.argv[2] ?? 2000);
  const r = await benchRsa(iterations);
  console.log(
    `RS256-2048 verify, ${r.iterations} iterations: best round: wasm ${r.wasmMicros.toFixed(1)} µs, ` +
      `Node ${r.nodeMicros.toFixed(1)} µs, wasm/Node ${r.ratio.toFixed(2)}×`,
  );
}
