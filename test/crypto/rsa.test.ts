import { constants, createPrivateKey, generateKeyPairSync, generatePrimeSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { HashAlg, loadCryptoHarness, type CryptoHarness } from './rsa-harness.ts';

// RSA verification against signatures made by Node (OpenSSL), key checks, and the raw
// RSAVP1 primitive against BigInt arithmetic.

const h: CryptoHarness = await loadCryptoHarness();

const HASHES = [
  ['sha256', HashAlg.SHA256, 32],
  ['sha384', HashAlg.SHA384, 48],
  ['sha512', HashAlg.SHA512, 64],
] as const;

interface NodeKey { bits: number; privateKey: KeyObject; n: Buffer; e: Buffer }

function nodeKey(bits: number): NodeKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { bits, privateKey, n: Buffer.from(jwk.n, 'base64url'), e: Buffer.from(jwk.e, 'base64url') };
}

/**
 * A key whose modulus has exactly `bits` bits, built from Node-made primes: OpenSSL only
 * generates even sizes, and an odd size ending in 1 mod 8 is the case to cover.
 */
function oddSizeKey(bits: number): NodeKey {
  const e = 65537n;
  for (;;) {
    const p = generatePrimeSync(Math.ceil(bits / 2), { bigint: true });
    const q = generatePrimeSync(Math.floor(bits / 2), { bigint: true });
    const n = p * q;
    const phi = (p - 1n) * (q - 1n);
    if (n.toString(2).length !== bits || p === q || phi % e === 0n) continue;
    const d = modInverse(e, phi);
    const b64 = (v: bigint) => bytes(v, Math.ceil(v.toString(16).length / 2)).toString('base64url');
    const jwk = { kty: 'RSA', n: b64(n), e: b64(e), d: b64(d), p: b64(p), q: b64(q), dp: b64(d % (p - 1n)), dq: b64(d % (q - 1n)), qi: b64(modInverse(q, p)) };
    const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
    return { bits, privateKey, n: bytes(n, Math.ceil(bits / 8)), e: bytes(e, 3) };
  }
}
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [m, a % m, 0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

const big = (b: Uint8Array) => BigInt('0x' + (Buffer.from(b).toString('hex') || '0'));
const bytes = (v: bigint, length: number) => Buffer.from(v.toString(16).padStart(length * 2, '0'), 'hex');
function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let r = 1n;
  for (base %= mod; exp > 0n; exp >>= 1n, base = (base * base) % mod) if (exp & 1n) r = (r * base) % mod;
  return r;
}
function flipBit(b: Buffer, bit: number): Buffer {
  const c = Buffer.from(b);
  c[bit >> 3] ^= 1 << (bit & 7);
  return c;
}

// 2049 bits makes emBits = 2048 a multiple of 8: the PSS encoding is then one byte shorter
// than the modulus, a path the 2048/3072/4096-bit keys do not take.
const keys: NodeKey[] = [];
beforeAll(() => {
  keys.push(oddSizeKey(2049), nodeKey(3072), nodeKey(4096));
}, 60_000);

describe('signatures made by Node', () => {
  test('RSASSA-PKCS1-v1_5 with SHA-256/384/512 verifies; any flipped bit or other message is refused', () => {
    for (const key of keys) {
      const handle = h.rsaKey(key.n, key.e);
      expect(h.rsaKeyBits(handle)).toBe(key.bits);
      for (const [name, alg] of HASHES) {
        const message = randomBytes(100);
        const signature = sign(name, message, key.privateKey);
        const what = `${key.bits}-bit ${name}`;
        expect(h.rsaPkcs1v15Verify(handle, alg, message, signature), what).toBe(true);
        expect(h.rsaPkcs1v15Verify(handle, alg, flipBit(message, 3), signature), what).toBe(false);
        for (const bit of [0, 7, 500, signature.length * 8 - 1]) {
          expect(h.rsaPkcs1v15Verify(handle, alg, message, flipBit(signature, bit)), `${what} bit ${bit}`).toBe(false);
        }
        for (const [, other] of HASHES) if (other !== alg) expect(h.rsaPkcs1v15Verify(handle, other, message, signature)).toBe(false);
        expect(h.rsaPssVerify(handle, alg, message, signature, -1), what).toBe(false);
      }
    }
  });

  test('RSASSA-PSS with SHA-256/384/512 (salt = hash length, as JOSE PS256/384/512) verifies; flipped bits are refused', () => {
    for (const key of keys) {
      const handle = h.rsaKey(key.n, key.e);
      for (const [name, alg, hLen] of HASHES) {
        const message = randomBytes(77);
        const signature = sign(name, message, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: hLen });
        const what = `${key.bits}-bit ${name}`;
        expect(h.rsaPssVerify(handle, alg, message, signature, hLen), what).toBe(true);
        expect(h.rsaPssVerify(handle, alg, message, signature, -1), `${what} auto salt`).toBe(true);
        expect(h.rsaPssVerify(handle, alg, message, signature, hLen + 1), `${what} other salt length`).toBe(false);
        expect(h.rsaPssVerify(handle, alg, message, signature, 0), `${what} salt 0`).toBe(false);
        expect(h.rsaPssVerify(handle, alg, flipBit(message, 0), signature, hLen), what).toBe(false);
        for (const bit of [0, 9, 777, signature.length * 8 - 1]) {
          expect(h.rsaPssVerify(handle, alg, message, flipBit(signature, bit), hLen), `${what} bit ${bit}`).toBe(false);
        }
        expect(h.rsaPkcs1v15Verify(handle, alg, message, signature), what).toBe(false);
      }
    }
  });

  test('PSS salt lengths 0 and maximal are verified exactly or recovered', () => {
    const key = keys[0];
    const handle = h.rsaKey(key.n, key.e);
    const message = Buffer.from('salt lengths');
    const none = sign('sha256', message, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 0 });
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, none, 0)).toBe(true);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, none, -1)).toBe(true);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, none, 32)).toBe(false);
    const maxSalt = sign('sha256', message, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_MAX_SIGN });
    const emLen = Math.ceil((key.bits - 1) / 8);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, maxSalt, emLen - 32 - 2)).toBe(true);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, maxSalt, -1)).toBe(true);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, maxSalt, 32)).toBe(false);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, maxSalt, emLen)).toBe(false);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, maxSalt, -2)).toBe(false);
    for (const huge of [0x7fffffff, 0x7fffffff - 40, -0x80000000]) expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, maxSalt, huge)).toBe(false);
    expect(h.logs).toEqual([]);
  });

  test('signatures of the wrong length are refused, even with the right value', () => {
    const key = keys[1];
    const handle = h.rsaKey(key.n, key.e);
    const message = Buffer.from('length');
    const signature = sign('sha256', message, key.privateKey);
    expect(h.rsaPkcs1v15Verify(handle, HashAlg.SHA256, message, signature)).toBe(true);
    expect(h.rsaPkcs1v15Verify(handle, HashAlg.SHA256, message, Buffer.concat([Buffer.alloc(1), signature]))).toBe(false);
    expect(h.rsaPkcs1v15Verify(handle, HashAlg.SHA256, message, signature.subarray(1))).toBe(false);
    expect(h.rsaPkcs1v15Verify(handle, HashAlg.SHA256, message, Buffer.alloc(0))).toBe(false);
    expect(h.rsaPssVerify(handle, HashAlg.SHA256, message, Buffer.alloc(0), 32)).toBe(false);
  });

  test('an unknown hash algorithm value is refused, not trapped on', () => {
    const key = keys[0];
    const handle = h.rsaKey(key.n, key.e);
    const signature = sign('sha256', Buffer.from('x'), key.privateKey);
    for (const alg of [-1, 3, 1000]) {
      expect(h.rsaPkcs1v15Verify(handle, alg, Buffer.from('x'), signature)).toBe(false);
      expect(h.rsaPssVerify(handle, alg, Buffer.from('x'), signature, 32)).toBe(false);
    }
    expect(h.logs).toEqual([]);
  });
});

describe('RSAVP1 (s^e mod n) against BigInt', () => {
  test('random and edge-case representatives, with e = 65537 and with a large odd e', () => {
    for (const key of keys) {
      const n = big(key.n);
      const k = Math.ceil(key.bits / 8);
      // A 127-bit odd exponent exercises many multiply steps, not just 65537's single one.
      const largeE = (BigInt('0x' + randomBytes(16).toString('hex')) >> 1n) | 1n;
      for (const e of [65537n, largeE]) {
        const handle = h.rsaKey(key.n, bytes(e, 16));
        expect(handle).toBeGreaterThanOrEqual(0);
        const samples = [0n, 1n, 2n, n - 1n, n - 2n, big(randomBytes(k)) % n, big(randomBytes(k - 1))];
        for (const s of samples) {
          expect(h.rsaRecover(handle, bytes(s, k)).toString('hex'), `${key.bits} bits, e=${e}`).toBe(bytes(modPow(s, e, n), k).toString('hex'));
        }
        // s >= n is out of range (RFC 8017 §5.2.2), however it is written.
        for (const s of [n, n + 1n, (1n << BigInt(8 * k)) - 1n]) expect(h.rsaRecover(handle, bytes(s, k)).length).toBe(0);
      }
    }
  });
});

describe('key checks (RsaPublicKey.fromModulusExponent)', () => {
  const odd = (bits: number) => {
    const v = (1n << BigInt(bits - 1)) | big(randomBytes(Math.ceil(bits / 8))) % (1n << BigInt(bits - 1)) | 1n;
    return bytes(v, Math.ceil(bits / 8));
  };
  const E = Buffer.from([1, 0, 1]);

  test('modulus size bounds 2048..4096 bits', () => {
    expect(h.rsaKeyBits(h.rsaKey(odd(2048), E))).toBe(2048);
    expect(h.rsaKeyBits(h.rsaKey(odd(4096), E))).toBe(4096);
    expect(h.rsaKeyBits(h.rsaKey(odd(3001), E))).toBe(3001);
    expect(h.rsaKey(odd(2047), E)).toBe(-1);
    expect(h.rsaKey(odd(1024), E)).toBe(-1);
    expect(h.rsaKey(odd(4097), E)).toBe(-1);
    expect(h.rsaKey(Buffer.alloc(0), E)).toBe(-1);
    expect(h.rsaKey(Buffer.alloc(512), E)).toBe(-1);
  });

  test('leading zero bytes in n and e are allowed', () => {
    const n = odd(2048);
    const handle = h.rsaKey(Buffer.concat([Buffer.alloc(5), n]), Buffer.from([0, 0, 1, 0, 1]));
    expect(h.rsaKeyBits(handle)).toBe(2048);
  });

  test('n must be odd; e must be odd, at least 3 and below n', () => {
    const n = odd(2048);
    const even = Buffer.from(n);
    even[even.length - 1] &= 0xfe;
    expect(h.rsaKey(even, E)).toBe(-1);
    for (const e of [[], [0], [1], [2], [0, 1], [1, 0, 0]]) expect(h.rsaKey(n, Buffer.from(e)), `e=${e}`).toBe(-1);
    expect(h.rsaKey(n, Buffer.from([3]))).toBeGreaterThanOrEqual(0);
    expect(h.rsaKey(n, n)).toBe(-1); // e = n
    expect(h.rsaKey(n, bytes(big(n) - 2n, 256))).toBeGreaterThanOrEqual(0); // e = n - 2, odd, below n
    expect(h.rsaKey(n, bytes(big(n) + 2n, 257))).toBe(-1);
    expect(h.rsaKey(n, Buffer.concat([Buffer.from([1]), Buffer.alloc(300, 0xff)]))).toBe(-1);
    expect(h.logs).toEqual([]);
  });
});
