import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../bin/cli/build.ts';
import { HashAlg, loadCryptoHarness } from './rsa-harness.ts';

// HMAC-SHA-256/384/512: RFC 4231 known answers, Wycheproof's HMAC-SHA-256 vectors, and
// agreement with Node over key lengths around the block size.

const h = await loadCryptoHarness();

const WYCHEPROOF = resolve(repoRoot, '../shared/conformance/wycheproof');
const present = existsSync(join(WYCHEPROOF, 'hmac_sha256_test.json'));
if (!present) console.warn(`Wycheproof vectors not found: ${WYCHEPROOF} (hmac_sha256_test.json) is missing; skipping the HMAC vector tests`);

const hex = (s: string) => Buffer.from(s, 'hex');

// RFC 4231 §4: key, data, HMAC-SHA-256, -384, -512. Test case 5 (truncated output) is below.
const RFC4231 = [
  {
    name: 'test case 1',
    key: hex('0b'.repeat(20)),
    data: Buffer.from('Hi There'),
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha384: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
  },
  {
    name: 'test case 2 (key shorter than the output)',
    key: Buffer.from('Jefe'),
    data: Buffer.from('what do ya want for nothing?'),
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    sha384: 'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649',
    sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
  },
  {
    name: 'test case 3 (combined length of key and data larger than 64 bytes)',
    key: hex('aa'.repeat(20)),
    data: hex('dd'.repeat(50)),
    sha256: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    sha384: '88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27',
    sha512: 'fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb',
  },
  {
    name: 'test case 4 (combined length of key and data larger than 64 bytes)',
    key: hex('0102030405060708090a0b0c0d0e0f10111213141516171819'),
    data: hex('cd'.repeat(50)),
    sha256: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    sha384: '3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb',
    sha512: 'b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd',
  },
  {
    name: 'test case 6 (key larger than the block: hashed first)',
    key: hex('aa'.repeat(131)),
    data: Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First'),
    sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    sha384: '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952',
    sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
  },
  {
    name: 'test case 7 (key and data larger than the block)',
    key: hex('aa'.repeat(131)),
    data: Buffer.from(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    sha256: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    sha384: '6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e',
    sha512: 'e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58',
  },
];

const ALGS = [
  ['sha256', HashAlg.SHA256],
  ['sha384', HashAlg.SHA384],
  ['sha512', HashAlg.SHA512],
] as const;

describe('HMAC known answers (RFC 4231)', () => {
  for (const tc of RFC4231) {
    test.each(ALGS)(`${tc.name}, HMAC-%s`, (name, alg) => {
      const expected = tc[name];
      expect(h.hmac(alg, tc.key, tc.data).toString('hex')).toBe(expected);
      expect(h.hmacVerify(alg, tc.key, tc.data, hex(expected))).toBe(true);
    });
  }

  test('test case 5: truncated tags are compared by prefix, never accepted by hmacVerify', () => {
    const key = hex('0c'.repeat(20));
    const data = Buffer.from('Test With Truncation');
    const truncated: [number, string][] = [
      [HashAlg.SHA256, 'a3b6167473100ee06e0c796c2955552b'],
      [HashAlg.SHA384, '3abf34c3503b2a23a46efc619baef897'],
      [HashAlg.SHA512, '415fad6271580a531d4179bc891d87a6'],
    ];
    for (const [alg, tag] of truncated) {
      expect(h.hmac(alg, key, data).subarray(0, 16).toString('hex')).toBe(tag);
      expect(h.hmacVerify(alg, key, data, hex(tag))).toBe(false);
    }
  });
});

describe('HMAC against Node', () => {
  // Key lengths around both block sizes (64 and 128) and the long-key hashing threshold.
  test.each([0, 1, 31, 32, 63, 64, 65, 127, 128, 129, 300])('key of %i bytes', (keyLength) => {
    const key = randomBytes(keyLength);
    const message = randomBytes(keyLength * 3 + 1);
    for (const [name, alg] of ALGS) {
      const tag = createHmac(name, key).update(message).digest();
      expect(h.hmac(alg, key, message).toString('hex')).toBe(tag.toString('hex'));
      expect(h.hmacVerify(alg, key, message, tag)).toBe(true);
    }
  });

  test('every single-bit change of the tag, and wrong lengths, are refused', () => {
    const key = randomBytes(32);
    const message = Buffer.from('payload');
    for (const [name, alg] of ALGS) {
      const tag = createHmac(name, key).update(message).digest();
      for (let bit = 0; bit < tag.length * 8; bit++) {
        const bad = Buffer.from(tag);
        bad[bit >> 3] ^= 1 << (bit & 7);
        expect(h.hmacVerify(alg, key, message, bad)).toBe(false);
      }
      expect(h.hmacVerify(alg, key, message, Buffer.concat([tag, Buffer.alloc(1)]))).toBe(false);
      expect(h.hmacVerify(alg, key, message, tag.subarray(0, tag.length - 1))).toBe(false);
      expect(h.hmacVerify(alg, key, message, Buffer.alloc(0))).toBe(false);
    }
  });

  test('an unknown hash algorithm value gives an empty MAC that verifies nothing', () => {
    for (const alg of [-1, 3, 99]) {
      expect(h.hmac(alg, Buffer.from('k'), Buffer.from('m')).length).toBe(0);
      expect(h.hmacVerify(alg, Buffer.from('k'), Buffer.from('m'), Buffer.alloc(0))).toBe(false);
    }
    expect(h.logs).toEqual([]);
  });
});

describe('digest() dispatch (hash.ts)', () => {
  test('SHA-256/384/512 and their lengths; unknown values give nothing', async () => {
    const { createHash } = await import('node:crypto');
    const data = randomBytes(1000);
    for (const [name, alg] of ALGS) {
      const expected = createHash(name).update(data).digest('hex');
      expect(h.digest(alg, data).toString('hex')).toBe(expected);
      expect(h.digestLength(alg)).toBe(expected.length / 2);
    }
    expect(h.digest(7, data).length).toBe(0);
    expect(h.digestLength(-1)).toBe(0);
  });
});

interface MacVector { tcId: number; comment: string; key: string; msg: string; tag: string; result: 'valid' | 'invalid' | 'acceptable'; flags: string[] }
interface MacGroup { keySize: number; tagSize: number; tests: MacVector[] }

describe.skipIf(!present)('Wycheproof hmac_sha256_test.json', () => {
  test('every vector gives its expected result', () => {
    const file = JSON.parse(readFileSync(join(WYCHEPROOF, 'hmac_sha256_test.json'), 'utf8')) as { numberOfTests: number; testGroups: MacGroup[] };
    const tally = { valid: 0, invalid: 0, acceptable: 0, truncated: 0 };
    const wrong: string[] = [];
    for (const group of file.testGroups) {
      const full = group.tagSize === 256;
      for (const v of group.tests) {
        tally[v.result]++;
        const key = hex(v.key);
        const msg = hex(v.msg);
        const tag = hex(v.tag);
        let accepted: boolean;
        if (full) {
          accepted = h.hmacVerify(HashAlg.SHA256, key, msg, tag);
        } else {
          // hmacVerify takes full tags only; a truncated tag is checked as a prefix here,
          // and hmacVerify must refuse it whatever its value.
          tally.truncated++;
          expect(tag.length * 8).toBe(group.tagSize);
          accepted = h.hmac(HashAlg.SHA256, key, msg).subarray(0, tag.length).equals(tag);
          if (h.hmacVerify(HashAlg.SHA256, key, msg, tag)) wrong.push(`tcId ${v.tcId}: truncated tag accepted by hmacVerify`);
        }
        if (accepted !== (v.result === 'valid')) wrong.push(`tcId ${v.tcId} (${v.result}, ${v.comment}): got ${accepted}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(tally.valid + tally.invalid + tally.acceptable).toBe(file.numberOfTests);
    expect(tally).toEqual({ valid: 66, invalid: 108, acceptable: 0, truncated: 87 });
  });
});
