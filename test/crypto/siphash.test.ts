import { describe, expect, test } from 'vitest';
import { loadAsHarness } from '../support/as-harness.ts';

// SipHash-2-4 (sdk/assembly/crypto/siphash.ts) against the reference implementation's test
// vectors (vectors.h of github.com/veorq/SipHash: key 00..0f, message 00..(n-1), 64-bit output as
// little-endian bytes), covering every tail length 0..7 and more than one block.

const h = await loadAsHarness('siphash-harness', 'test/crypto/assembly/siphash-harness.ts');
const key = Uint8Array.from({ length: 16 }, (_, i) => i);
const message = (n: number) => Uint8Array.from({ length: n }, (_, i) => i);

const VECTORS: [number, string][] = [
  [0, '310e0edd47db6f72'],
  [1, 'fd67dc93c539f874'],
  [2, '5a4fa9d909806c0d'],
  [3, '2d7efbd796666785'],
  [4, 'b7877127e09427cf'],
  [5, '8da699cd64557618'],
  [6, 'cee3fe586e46c9cb'],
  [7, '37d1018bf50002ab'],
  [8, '6224939a79f5f593'],
  [15, 'e545be4961ca29a1'],
  [16, 'db9bc2577fcc2a3f'],
  [63, '724506eb4c328a95'],
];

describe('SipHash-2-4 reference vectors', () => {
  test.each(VECTORS)('%i-byte message', (n, hex) => {
    expect(h.bytes('sipHashBytes', key, message(n)).toString('hex')).toBe(hex);
  });

  test('the key matters', () => {
    const other = Uint8Array.from(key, (b) => b ^ 1);
    expect(h.bytes('sipHashBytes', other, message(8)).toString('hex')).not.toBe('6224939a79f5f593');
    expect(h.bytes('sipHashBytes', other, message(8))).toHaveLength(8);
  });
});
