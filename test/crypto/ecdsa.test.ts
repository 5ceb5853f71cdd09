import { createECDH, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../bin/cli/build.ts';
import { loadAsHarness, type AsHarness } from '../support/as-harness.ts';

// ECDSA (sdk/assembly/crypto/ec.ts) and strict DER (der.ts) through test/crypto/assembly/ec-harness.ts:
// every Wycheproof P-256/SHA-256 vector, then P-256 and P-384 signatures made by Node.

const P256 = 0;
const P384 = 1;
const SHA256 = 0;
const SHA384 = 1;
const SHA512 = 2;

let h: AsHarness;

beforeAll(async () => {
  h = await loadAsHarness('ec-harness', 'test/crypto/assembly/ec-harness.ts');
}, 60_000);

const hex = (b: Uint8Array | Buffer) => Buffer.from(b).toString('hex');
const loadKey = (curve: number, x: string, y: string) => h.call('ecLoadKey', curve, x, y) === 1;
const verifyRaw = (alg: number, msg: string, sig: string) => h.call('ecVerifyRaw', alg, msg, sig) === 1;
const verifyDer = (alg: number, msg: string, sig: string) => h.call('ecVerifyDer', alg, msg, sig) === 1;
const derToRaw = (der: string, size: number) => h.text('derToRaw', der, size);

/** A Wycheproof coordinate (minimal two's complement hex) as exactly `size` bytes, or null when it does not fit. */
function coordinate(value: string, size: number): string | null {
  const digits = value.replace(/^(00)+/, '');
  return digits.length > size * 2 ? null : digits.padStart(size * 2, '0');
}

const ORDER = {
  [P256]: BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'),
  [P384]: BigInt('0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973'),
};
const PRIME = {
  [P256]: BigInt('0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff'),
  [P384]: BigInt('0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff'),
};
const big = (hexText: string) => BigInt('0x' + (hexText || '0'));
const fixed = (v: bigint, size: number) => v.toString(16).padStart(size * 2, '0');

const wycheproofDir = resolve(repoRoot, '../shared/conformance/wycheproof');
const wycheproofFile = join(wycheproofDir, 'ecdsa_secp256r1_sha256_test.json');
const haveWycheproof = existsSync(wycheproofFile);
if (!haveWycheproof) console.warn(`SKIP Wycheproof ECDSA vectors: ${wycheproofFile} is absent`);

type WycheproofGroup = {
  publicKey: { wx: string; wy: string };
  sha: string;
  tests: { tcId: number; comment: string; msg: string; sig: string; result: 'valid' | 'invalid' | 'acceptable' }[];
};

describe.skipIf(!haveWycheproof)('Wycheproof ecdsa_secp256r1_sha256 (DER signatures, strict decode then raw verify)', () => {
  test('every valid vector verifies, every invalid one is rejected', () => {
    const doc = JSON.parse(readFileSync(wycheproofFile, 'utf8')) as { numberOfTests: number; testGroups: WycheproofGroup[] };
    const counts = { valid: 0, invalid: 0, acceptable: 0 };
    const wrong: string[] = [];
    for (const group of doc.testGroups) {
      expect(group.sha).toBe('SHA-256');
      const x = coordinate(group.publicKey.wx, 32);
      const y = coordinate(group.publicKey.wy, 32);
      // Every key in this file is a valid point; one that failed to load would fail each test below.
      const loaded = x !== null && y !== null && loadKey(P256, x, y);
      expect(loaded, `key ${group.publicKey.wx}`).toBe(true);
      for (const t of group.tests) {
        counts[t.result]++;
        const accepted = verifyDer(SHA256, t.msg, t.sig);
        // No vector in this file is "acceptable"; were one added, it must be rejected (strict).
        const expected = t.result === 'valid';
        if (accepted !== expected) wrong.push(`tcId ${t.tcId} (${t.comment}): expected ${t.result}, got ${accepted ? 'accepted' : 'rejected'}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(counts.valid + counts.invalid + counts.acceptable).toBe(doc.numberOfTests);
    expect(counts).toEqual({ valid: 174, invalid: 310, acceptable: 0 });
    expect(h.logs).toEqual([]);
  });
});

type NodeKey = { curve: number; size: number; alg: number; hash: string; x: string; y: string; privateKey: KeyObject; publicKey: KeyObject };

function nodeKey(curve: number): NodeKey {
  const namedCurve = curve === P256 ? 'P-256' : 'P-384';
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    curve,
    size: curve === P256 ? 32 : 48,
    alg: curve === P256 ? SHA256 : SHA384,
    hash: curve === P256 ? 'sha256' : 'sha384',
    x: hex(Buffer.from(jwk.x!, 'base64url')),
    y: hex(Buffer.from(jwk.y!, 'base64url')),
    privateKey,
    publicKey,
  };
}

const signRaw = (k: NodeKey, msg: Buffer) => hex(sign(k.hash, msg, { key: k.privateKey, dsaEncoding: 'ieee-p1363' }));

function flipBit(hexText: string, bit: number): string {
  const b = Buffer.from(hexText, 'hex');
  b[bit >> 3] ^= 1 << (bit & 7);
  return hex(b);
}

describe.each([
  ['P-256 / ES256', P256],
  ['P-384 / ES384', P384],
])('%s signatures made by Node', (_name, curve) => {
  let k: NodeKey;
  let messages: Buffer[];
  let signatures: string[];
  beforeAll(() => {
    k = nodeKey(curve);
    messages = [Buffer.alloc(0), Buffer.from('a'), Buffer.from('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9'), Buffer.alloc(1000, 0x5a)];
    for (let i = 0; i < 12; i++) messages.push(Buffer.from(`message ${i}: ${'x'.repeat(i * 7)}`));
    signatures = messages.map((m) => signRaw(k, m));
    expect(loadKey(curve, k.x, k.y)).toBe(true);
  });

  test('every signature verifies; a different message or hash does not', () => {
    expect(loadKey(curve, k.x, k.y)).toBe(true);
    messages.forEach((m, i) => {
      expect(verifyRaw(k.alg, hex(m), signatures[i]), `message ${i}`).toBe(true);
      expect(verifyRaw(k.alg, hex(Buffer.concat([m, Buffer.from('!')])), signatures[i])).toBe(false);
    });
    // The hash is fixed by the curve (ES256 = SHA-256 on P-256, ES384 = SHA-384 on P-384).
    for (const other of [SHA256, SHA384, SHA512, 7, -1].filter((a) => a !== k.alg)) {
      expect(verifyRaw(other, hex(messages[2]), signatures[2])).toBe(false);
    }
  });

  test('every single-bit flip of a signature is rejected', () => {
    expect(loadKey(curve, k.x, k.y)).toBe(true);
    const sig = signatures[2];
    const msg = hex(messages[2]);
    const rejected = Array.from({ length: k.size * 16 }, (_, bit) => verifyRaw(k.alg, msg, flipBit(sig, bit))).filter((ok) => !ok);
    expect(rejected.length).toBe(k.size * 16);
  });

  test('r and s outside [1, n-1] are rejected; n - s (the other valid s) verifies as with Node', () => {
    expect(loadKey(curve, k.x, k.y)).toBe(true);
    const n = ORDER[curve as 0 | 1];
    const msg = messages[2];
    const sig = signatures[2];
    const r = big(sig.slice(0, k.size * 2));
    const s = big(sig.slice(k.size * 2));
    const raw = (rv: bigint, sv: bigint) => fixed(rv, k.size) + fixed(sv, k.size);
    const cases: [string, bigint, bigint][] = [
      ['r = 0', 0n, s],
      ['s = 0', r, 0n],
      ['r = n', n, s],
      ['s = n', r, n],
      ['r + n', r + n < 1n << BigInt(k.size * 8) ? r + n : n + 1n, s],
      ['s + n', r, s + n < 1n << BigInt(k.size * 8) ? s + n : n + 1n],
      ['r = n - 1', n - 1n, s],
      ['all ones', (1n << BigInt(k.size * 8)) - 1n, (1n << BigInt(k.size * 8)) - 1n],
    ];
    for (const [name, rv, sv] of cases) expect(verifyRaw(k.alg, hex(msg), raw(rv, sv)), name).toBe(false);
    const flipped = raw(r, n - s);
    expect(verify(k.hash, msg, { key: k.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(flipped, 'hex'))).toBe(true);
    expect(verifyRaw(k.alg, hex(msg), flipped)).toBe(true);
  });

  test('signatures of the wrong length are rejected without trapping', () => {
    expect(loadKey(curve, k.x, k.y)).toBe(true);
    const sig = signatures[2];
    const msg = hex(messages[2]);
    for (const bad of ['', '00', sig.slice(2), sig + '00', '00' + sig, sig + sig]) expect(verifyRaw(k.alg, msg, bad)).toBe(false);
    expect(h.logs).toEqual([]);
  });

  test('public keys off the curve, out of range, of the wrong size or at infinity are refused', () => {
    const p = PRIME[curve as 0 | 1];
    const x = big(k.x);
    const y = big(k.y);
    const f = (v: bigint) => fixed(v, k.size);
    expect(loadKey(curve, k.x, k.y)).toBe(true);
    expect(loadKey(curve, k.x, f((y + 1n) % p))).toBe(false);
    expect(loadKey(curve, f((x + 1n) % p), k.y)).toBe(false);
    // Coordinates >= p are refused even when they reduce to the right value.
    const limit = 1n << BigInt(k.size * 8);
    expect(loadKey(curve, f(x + p < limit ? x + p : p), k.y)).toBe(false);
    expect(loadKey(curve, k.x, f(y + p < limit ? y + p : p))).toBe(false);
    expect(loadKey(curve, f(0n), f(0n))).toBe(false);
    expect(loadKey(curve, k.x.slice(2), k.y)).toBe(false);
    expect(loadKey(curve, '00' + k.x, k.y)).toBe(false);
    expect(loadKey(curve, k.x, k.y + '00')).toBe(false);
    expect(loadKey(curve, '', '')).toBe(false);
    expect(loadKey(7, k.x, k.y)).toBe(false);
    // The other curve's size: refused before any arithmetic.
    expect(loadKey(curve === P256 ? P384 : P256, k.x, k.y)).toBe(false);
    // (x, p - y) is the negated point: on the curve and accepted, but it does not verify.
    expect(loadKey(curve, k.x, f(p - y))).toBe(true);
    expect(verifyRaw(k.alg, hex(messages[2]), signatures[2])).toBe(false);
    expect(h.logs).toEqual([]);
  });

  test('the generator itself is a valid key (infinity-adjacent arithmetic stays correct)', () => {
    const ecdh = createECDH(curve === P256 ? 'prime256v1' : 'secp384r1');
    const one = Buffer.alloc(k.size);
    one[k.size - 1] = 1;
    ecdh.setPrivateKey(one);
    const pub = ecdh.getPublicKey('hex').slice(2);
    expect(loadKey(curve, pub.slice(0, k.size * 2), pub.slice(k.size * 2))).toBe(true);
  });

  test('Node DER signatures convert to the same raw form and verify', () => {
    expect(loadKey(curve, k.x, k.y)).toBe(true);
    messages.slice(0, 6).forEach((m) => {
      const der = hex(sign(k.hash, m, { key: k.privateKey, dsaEncoding: 'der' }));
      const raw = derToRaw(der, k.size);
      expect(raw).not.toBe('null');
      expect(verify(k.hash, m, { key: k.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(raw, 'hex'))).toBe(true);
      expect(verifyDer(k.alg, hex(m), der)).toBe(true);
    });
  });
});

describe('strict DER decoding', () => {
  const r = '00'.repeat(31) + '01';
  const s = '00'.repeat(31) + '02';
  test.each([
    ['minimal small integers', '3006020101020102', r + s],
    ['a needed leading zero', '300a020500ffffffff020102', '00'.repeat(28) + 'ffffffff' + s],
    ['zero values decode (verification rejects them)', '3006020100020100', '00'.repeat(64)],
    ['full-size integers', '3044' + '0220' + '7f'.repeat(32) + '0220' + '01'.repeat(32), '7f'.repeat(32) + '01'.repeat(32)],
    ['33-byte integers with their sign byte', '3046' + '022100' + 'ff'.repeat(32) + '022100' + '80'.repeat(32), 'ff'.repeat(32) + '80'.repeat(32)],
  ])('accepts %s', (_name, der, raw) => {
    expect(derToRaw(der, 32)).toBe(raw);
  });

  test.each([
    ['empty input', ''],
    ['wrong outer tag', '3106020101020102'],
    ['sequence length too long', '3007020101020102'],
    ['sequence length too short', '3005020101020102'],
    ['trailing bytes after the sequence', '300602010102010200'],
    ['extra bytes inside the sequence', '30080201010201020500'],
    ['long-form length where short form fits', '308106020101020102'],
    ['long-form length with a leading zero byte', '30820006020101020102'],
    ['indefinite length', '30800201010201020000'],
    ['wrong integer tag', '3006030101020102'],
    ['zero-length integer', '30050200020102'],
    ['negative integer', '3006020181020102'],
    ['unneeded leading zero', '300702020001020102'],
    ['unneeded leading zero on zero', '300702020000020102'],
    ['integer longer than the scalar', '3027' + '022201' + '00'.repeat(33) + '020102'],
    ['integer length beyond the input', '3006020501020102'],
    ['only one integer', '3003020101'],
    ['three integers', '3009020101020102020103'],
    ['truncated', '30060201010201'],
  ])('rejects %s', (_name, der) => {
    expect(derToRaw(der, 32)).toBe('null');
  });

  test('scalar sizes outside 1..66 are refused', () => {
    expect(derToRaw('3006020101020102', 0)).toBe('null');
    expect(derToRaw('3006020101020102', -1)).toBe('null');
    expect(derToRaw('3006020101020102', 67)).toBe('null');
    expect(derToRaw('3006020101020102', 1)).toBe('0102');
    expect(h.logs).toEqual([]);
  });
});
