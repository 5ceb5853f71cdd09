// RS256-2048 verification in wasm (the crypto harness, test/crypto/rsa-harness.ts, built with the
// release options) against Node's crypto.verify.
//   node bin/ts.mjs bench/crypto-rsa.ts [iterations]

import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { join, resolve } from 'node:path';
import { repoRoot } from '../bin/cli/build.ts';
import { loadCryptoHarness } from '../test/crypto/rsa-harness.ts';

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
