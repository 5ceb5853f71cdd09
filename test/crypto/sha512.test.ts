import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { loadCryptoHarness } from './rsa-harness.ts';

// SHA-384/SHA-512 known answers from FIPS 180-4's examples (NIST CSRC "Examples with
// intermediate values"), plus streaming and padding-boundary checks against Node.

const h = await loadCryptoHarness();

const TWO_BLOCK =
  'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';

describe('SHA-512 / SHA-384 known answers (FIPS 180-4 examples)', () => {
  test.each([
    ['abc', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
    ['', 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'],
    [TWO_BLOCK, '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909'],
  ])('SHA-512(%j)', (text, hex) => {
    expect(h.sha512(Buffer.from(text), false).toString('hex')).toBe(hex);
  });

  test.each([
    ['abc', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
    ['', '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b'],
    [TWO_BLOCK, '09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039'],
  ])('SHA-384(%j)', (text, hex) => {
    expect(h.sha512(Buffer.from(text), true).toString('hex')).toBe(hex);
  });
});

describe('SHA-512 / SHA-384 against Node', () => {
  // Lengths around the 112-byte padding limit and the 128-byte block, where padding bugs live.
  const lengths = [1, 55, 56, 63, 64, 110, 111, 112, 113, 127, 128, 129, 239, 240, 255, 256, 1000];
  test.each(lengths)('one-shot, %i bytes', (length) => {
    const data = randomBytes(length);
    expect(h.sha512(data, false).toString('hex')).toBe(createHash('sha512').update(data).digest('hex'));
    expect(h.sha512(data, true).toString('hex')).toBe(createHash('sha384').update(data).digest('hex'));
  });

  test.each([1, 7, 127, 128, 129, 500])('streaming in %i-byte chunks, reused hasher', (chunk) => {
    const data = randomBytes(777);
    const expected512 = createHash('sha512').update(Buffer.concat([data, data, data])).digest('hex');
    const expected384 = createHash('sha384').update(Buffer.concat([data, data, data])).digest('hex');
    expect(h.sha512Stream(data, chunk, 3, false).toString('hex')).toBe(expected512);
    expect(h.sha512Stream(data, chunk, 3, true).toString('hex')).toBe(expected384);
  });

  test('one million "a" (FIPS 180-4 long message)', () => {
    const data = Buffer.alloc(1_000_000, 'a');
    expect(h.sha512(data, false).toString('hex')).toBe(
      'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b',
    );
  });
});
