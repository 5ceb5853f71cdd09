import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../bin/cli/build.ts';
import { loadAsHarness, type AsHarness } from '../support/as-harness.ts';

// Ed25519 (sdk/assembly/crypto/ed25519.ts) through test/crypto/assembly/ec-harness.ts: every
// Wycheproof vector, then signatures made by Node and hand-made malformed ones.

let h: AsHarness;

beforeAll(async () => {
  h = await loadAsHarness('ec-harness', 'test/crypto/assembly/ec-harness.ts');
}, 60_000);

const hex = (b: Uint8Array | Buffer) => Buffer.from(b).toString('hex');
const loadKey = (pk: string) => h.call('edLoadKey', pk) === 1;
const edVerify = (msg: string, sig: string) => h.call('edVerify', msg, sig) === 1;

const P = (1n << 255n) - 19n;
const L = (1n << 252n) + 27742317777372353535851937790883648493n;
/** Little-endian 32-byte hex of a value below 2^256. */
const le32 = (v: bigint) => hex(Buffer.from(v.toString(16).padStart(64, '0'), 'hex').reverse());
const fromLe = (hexText: string) => BigInt('0x' + hex(Buffer.from(hexText, 'hex').reverse()));

const wycheproofDir = resolve(repoRoot, '../shared/conformance/wycheproof');
const wycheproofFile = join(wycheproofDir, 'ed25519_test.json');
const haveWycheproof = existsSync(wycheproofFile);
if (!haveWycheproof) console.warn(`SKIP Wycheproof Ed25519 vectors: ${wycheproofFile} is absent`);

type WycheproofGroup = {
  publicKey: { pk: string };
  tests: { tcId: number; comment: string; msg: string; sig: string; result: 'valid' | 'invalid' | 'acceptable' }[];
};

describe.skipIf(!haveWycheproof)('Wycheproof ed25519', () => {
  test('every valid vector verifies, every invalid one is rejected', () => {
    const doc = JSON.parse(readFileSync(wycheproofFile, 'utf8')) as { numberOfTests: number; testGroups: WycheproofGroup[] };
    const counts = { valid: 0, invalid: 0, acceptable: 0 };
    const wrong: string[] = [];
    for (const group of doc.testGroups) {
      expect(loadKey(group.publicKey.pk), `key ${group.publicKey.pk}`).toBe(true);
      for (const t of group.tests) {
        counts[t.result]++;
        const accepted = edVerify(t.msg, t.sig);
        // No vector in this file is "acceptable"; were one added, it must be rejected (strict).
        if (accepted !== (t.result === 'valid')) wrong.push(`tcId ${t.tcId} (${t.comment}): expected ${t.result}, got ${accepted ? 'accepted' : 'rejected'}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(counts.valid + counts.invalid + counts.acceptable).toBe(doc.numberOfTests);
    expect(counts).toEqual({ valid: 88, invalid: 63, acceptable: 0 });
    expect(h.logs).toEqual([]);
  });
});

describe('Ed25519 signatures made by Node', () => {
  let privateKey: KeyObject;
  let publicKey: KeyObject;
  let pk: string;
  let messages: Buffer[];
  let signatures: string[];
  beforeAll(() => {
    ({ privateKey, publicKey } = generateKeyPairSync('ed25519'));
    pk = hex(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url'));
    messages = [Buffer.alloc(0), Buffer.from('a'), Buffer.from('eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJib2IifQ'), Buffer.alloc(1000, 0xa5)];
    for (let i = 0; i < 12; i++) messages.push(Buffer.from(`message ${i}: ${'y'.repeat(i * 11)}`));
    signatures = messages.map((m) => hex(sign(null, m, privateKey)));
  });

  test('every signature verifies; a different message does not', () => {
    expect(loadKey(pk)).toBe(true);
    messages.forEach((m, i) => {
      expect(edVerify(hex(m), signatures[i]), `message ${i}`).toBe(true);
      expect(edVerify(hex(Buffer.concat([m, Buffer.from('!')])), signatures[i])).toBe(false);
    });
  });

  test('every single-bit flip of a signature or of the key is rejected', () => {
    const sig = signatures[2];
    const msg = hex(messages[2]);
    const flip = (hexText: string, bit: number) => {
      const b = Buffer.from(hexText, 'hex');
      b[bit >> 3] ^= 1 << (bit & 7);
      return hex(b);
    };
    expect(loadKey(pk)).toBe(true);
    for (let bit = 0; bit < 512; bit++) expect(edVerify(msg, flip(sig, bit)), `signature bit ${bit}`).toBe(false);
    for (let bit = 0; bit < 256; bit += 3) {
      // A flipped key is either not a point (refused) or another key (the signature fails).
      if (loadKey(flip(pk, bit))) expect(edVerify(msg, sig), `key bit ${bit}`).toBe(false);
    }
  });

  test('S + L (the same S, not reduced) is rejected, as Node does', () => {
    expect(loadKey(pk)).toBe(true);
    const msg = messages[2];
    const sig = signatures[2];
    const s = fromLe(sig.slice(64));
    const unreduced = sig.slice(0, 64) + le32(s + L);
    expect(verify(null, msg, publicKey, Buffer.from(unreduced, 'hex'))).toBe(false);
    expect(edVerify(hex(msg), unreduced)).toBe(false);
    expect(edVerify(hex(msg), sig.slice(0, 64) + le32(L))).toBe(false);
    expect(edVerify(hex(msg), sig.slice(0, 64) + 'ff'.repeat(32))).toBe(false);
  });

  test('signatures of the wrong length are rejected without trapping', () => {
    expect(loadKey(pk)).toBe(true);
    const sig = signatures[2];
    const msg = hex(messages[2]);
    for (const bad of ['', '00', sig.slice(2), sig + '00', sig + sig]) expect(edVerify(msg, bad)).toBe(false);
    expect(h.logs).toEqual([]);
  });

  test('public keys that are not canonical point encodings are refused', () => {
    expect(loadKey(pk)).toBe(true);
    expect(loadKey('')).toBe(false);
    expect(loadKey(pk.slice(2))).toBe(false);
    expect(loadKey(pk + '00')).toBe(false);
    // y = p + 1 would reduce to y = 1 (the identity): non-canonical, refused.
    expect(loadKey(le32(P + 1n))).toBe(false);
    expect(loadKey(le32(P))).toBe(false);
    // y = 1 with the sign bit set: the only point with y = 1 has x = 0, so no encoding.
    expect(loadKey(le32(1n | (1n << 255n)))).toBe(false);
    // y = 2 gives x^2 = 3 / (4d + 1), not a square: no point.
    expect(loadKey(le32(2n))).toBe(false);
    expect(h.logs).toEqual([]);
  });

  test('points of small order are refused as keys: with them, R = [S]B verifies anything', () => {
    const smallOrder = [
      le32(1n), // the identity
      le32(P - 1n), // order 2
      le32(0n), // order 4
      '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
      'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
    ];
    for (const key of smallOrder) expect(loadKey(key), key).toBe(false);
    // A proper key still loads after a refused one.
    expect(loadKey(pk)).toBe(true);
    expect(edVerify(hex(messages[0]), signatures[0])).toBe(true);
  });
});
