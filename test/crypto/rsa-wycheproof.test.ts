import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../bin/cli/build.ts';
import { HashAlg, loadCryptoHarness, type CryptoHarness } from './rsa-harness.ts';

// Every Wycheproof RSA signature vector we ship must give its expected result. `acceptable`
// vectors (legacy encodings) are rejected on purpose: see sdk/assembly/crypto/README.md.

const WYCHEPROOF = resolve(repoRoot, '../shared/conformance/wycheproof');
const present = existsSync(WYCHEPROOF);
if (!present) console.warn(`Wycheproof vectors not found: ${WYCHEPROOF} is missing; skipping the RSA vector tests`);

interface Vector { tcId: number; comment: string; flags: string[]; msg: string; sig: string; result: 'valid' | 'invalid' | 'acceptable' }
interface Group {
  sha: string;
  sLen?: number;
  mgfSha?: string;
  publicKey?: { modulus: string; publicExponent: string };
  keyJwk?: { n: string; e: string };
  publicKeyJwk?: { n: string; e: string };
  publicKeyDer?: string;
  tests: Vector[];
}
interface VectorFile { numberOfTests: number; testGroups: Group[] }

const ALGS: Record<string, number> = { 'SHA-256': HashAlg.SHA256, 'SHA-384': HashAlg.SHA384, 'SHA-512': HashAlg.SHA512 };

function load(name: string): VectorFile {
  return JSON.parse(readFileSync(join(WYCHEPROOF, name), 'utf8')) as VectorFile;
}

/** n and e of a group, from whichever form the file gives: hex, JWK or DER. */
function keyOf(group: Group): { n: Buffer; e: Buffer } {
  if (group.publicKey) return { n: Buffer.from(group.publicKey.modulus, 'hex'), e: Buffer.from(group.publicKey.publicExponent, 'hex') };
  const jwk = group.keyJwk ?? group.publicKeyJwk ?? (group.publicKeyDer
    ? (createPublicKey({ key: Buffer.from(group.publicKeyDer, 'hex'), format: 'der', type: 'spki' }).export({ format: 'jwk' }) as { n: string; e: string })
    : undefined);
  if (!jwk) throw new Error('vector group without a usable public key');
  return { n: Buffer.from(jwk.n, 'base64url'), e: Buffer.from(jwk.e, 'base64url') };
}

type Tally = Record<Vector['result'], number>;

function run(h: CryptoHarness, file: VectorFile, verify: (key: number, alg: number, v: Vector, group: Group) => boolean): Tally {
  const tally: Tally = { valid: 0, invalid: 0, acceptable: 0 };
  const wrong: string[] = [];
  h.rsaReleaseKeys();
  for (const group of file.testGroups) {
    const { n, e } = keyOf(group);
    const key = h.rsaKey(n, e);
    expect(key, `key of a ${group.sha} group`).toBeGreaterThanOrEqual(0);
    const alg = ALGS[group.sha];
    expect(alg, group.sha).toBeDefined();
    for (const v of group.tests) {
      tally[v.result]++;
      const accepted = verify(key, alg, v, group);
      // Only `valid` may pass: `acceptable` vectors are refused by policy.
      if (accepted !== (v.result === 'valid')) wrong.push(`tcId ${v.tcId} (${v.result}, ${v.flags.join(',')}: ${v.comment}): got ${accepted}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(tally.valid + tally.invalid + tally.acceptable).toBe(file.numberOfTests);
  return tally;
}

describe.skipIf(!present)('Wycheproof RSA signature vectors', async () => {
  const h = await loadCryptoHarness();

  test('rsa_signature_2048_sha256_test.json (RSASSA-PKCS1-v1_5)', () => {
    const tally = run(h, load('rsa_signature_2048_sha256_test.json'), (key, alg, v) =>
      h.rsaPkcs1v15Verify(key, alg, Buffer.from(v.msg, 'hex'), Buffer.from(v.sig, 'hex')),
    );
    expect(tally).toEqual({ valid: 9, invalid: 249, acceptable: 1 });
  });

  test('rsa_pss_2048_sha256_mgf1_32_test.json (RSASSA-PSS, salt length from the group)', () => {
    const file = load('rsa_pss_2048_sha256_mgf1_32_test.json');
    const tally = run(h, file, (key, alg, v, group) => {
      expect(group.mgfSha).toBe(group.sha);
      return h.rsaPssVerify(key, alg, Buffer.from(v.msg, 'hex'), Buffer.from(v.sig, 'hex'), group.sLen!);
    });
    expect(tally).toEqual({ valid: 63, invalid: 45, acceptable: 0 });
  });

  test('PSS with the salt length recovered from the encoding accepts every valid vector', () => {
    const file = load('rsa_pss_2048_sha256_mgf1_32_test.json');
    h.rsaReleaseKeys();
    for (const group of file.testGroups) {
      const { n, e } = keyOf(group);
      const key = h.rsaKey(n, e);
      for (const v of group.tests.filter((t) => t.result === 'valid')) {
        expect(h.rsaPssVerify(key, ALGS[group.sha], Buffer.from(v.msg, 'hex'), Buffer.from(v.sig, 'hex'), -1), `tcId ${v.tcId}`).toBe(true);
      }
    }
  });

  test('PKCS#1 v1.5 signatures are never accepted as PSS, nor PSS as PKCS#1 v1.5', () => {
    const pkcs1 = load('rsa_signature_2048_sha256_test.json');
    const pss = load('rsa_pss_2048_sha256_mgf1_32_test.json');
    h.rsaReleaseKeys();
    const pkcsGroup = pkcs1.testGroups[0];
    const pssGroup = pss.testGroups[0];
    const pkcsKey = h.rsaKey(keyOf(pkcsGroup).n, keyOf(pkcsGroup).e);
    const pssKey = h.rsaKey(keyOf(pssGroup).n, keyOf(pssGroup).e);
    for (const v of pkcsGroup.tests.filter((t) => t.result === 'valid')) {
      expect(h.rsaPssVerify(pkcsKey, HashAlg.SHA256, Buffer.from(v.msg, 'hex'), Buffer.from(v.sig, 'hex'), -1)).toBe(false);
    }
    for (const v of pssGroup.tests.filter((t) => t.result === 'valid')) {
      expect(h.rsaPkcs1v15Verify(pssKey, HashAlg.SHA256, Buffer.from(v.msg, 'hex'), Buffer.from(v.sig, 'hex'))).toBe(false);
    }
  });
});
