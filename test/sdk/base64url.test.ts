import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAsHarness, type AsHarness } from '../support/as-harness.ts';

// sdk/assembly/encoding/base64url.ts: strict, canonical, unpadded base64url (RFC 4648 §5), the
// JWS encoding. Node's Buffer 'base64url' is the reference encoder; Node's decoder is lenient,
// so what we refuse is pinned case by case.

let h: AsHarness;
beforeAll(async () => {
  h = await loadAsHarness('sdk-harness', 'test/sdk/assembly/harness.ts');
}, 60_000);

const decode = (s: string) => h.text('b64uDecode', s);
const encode = (bytes: Uint8Array) => h.text('b64uEncode', Buffer.from(bytes).toString('hex'));
const hex = (s: string) => Buffer.from(s).toString('hex');

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

describe('base64url decode: accepted', () => {
  test.each([
    ['', ''],
    ['Zg', 'f'],
    ['Zm8', 'fo'],
    ['Zm9v', 'foo'],
    ['Zm9vYg', 'foob'],
    ['Zm9vYmE', 'fooba'],
    ['Zm9vYmFy', 'foobar'],
  ])('%j → %j (RFC 4648 test vectors)', (input, expected) => {
    expect(decode(input)).toBe(hex(expected));
  });

  test('the URL-safe characters - and _ carry 62 and 63', () => {
    expect(decode('-_-_')).toBe('fbffbf');
    expect(decode('_w')).toBe('ff');
    expect(decode('-w')).toBe('fb');
  });
});

describe('base64url decode: refused', () => {
  test.each([
    ['padding', 'Zg=='],
    ['single padding', 'Zm8='],
    ['padding on a full quantum', 'Zm9v===='],
    ['standard alphabet +', 'ab+c'],
    ['standard alphabet /', 'ab/c'],
    ['space', 'Zm9 v'],
    ['newline', 'Zm9v\nYmFy'],
    ['dot', 'Zm9v.YmFy'],
    ['non-ASCII', 'Zm9é'],
    ['non-ASCII that encodes to two bytes', 'Zm€'],
    ['NUL', 'Zm9\u0000'],
    ['truncated: len % 4 == 1', 'Z'],
    ['truncated: 5 characters', 'Zm9vY'],
    ['truncated: 9 characters', 'Zm9vYmFyZ'],
    ['non-zero unused bits (2 chars)', 'Zh'],
    ['non-zero unused bits (2 chars, last)', 'Z_'],
    ['non-zero unused bits (3 chars)', 'Zm-'],
    ['non-zero unused bits (3 chars, lowest bit)', 'ZmB'],
    ['non-zero unused bits after full quanta', 'Zm9vYh'],
  ])('%s: %j', (_what, input) => {
    // Guard the table: a case must be something a canonical encoder never produces.
    expect(Buffer.from(Buffer.from(input, 'base64url')).toString('base64url') === input && !/[^A-Za-z0-9_-]/.test(input) && input.length % 4 !== 1).toBe(false);
    expect(decode(input)).toBe('null');
  });

  test('every non-canonical last character of a 2- and 3-character tail is refused', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let v = 0; v < 64; v++) {
      const c = alphabet[v]!;
      expect(decode(`A${c}`) !== 'null', `A${c}`).toBe((v & 0x0f) === 0);
      expect(decode(`AA${c}`) !== 'null', `AA${c}`).toBe((v & 0x03) === 0);
    }
  });

  test('decoded lengths: -1 exactly when len % 4 == 1 (or negative)', () => {
    const expected = [0, -1, 1, 2, 3, -1, 4, 5, 6];
    expected.forEach((n, len) => expect(h.call('b64uDecodedLength', len), `len ${len}`).toBe(n));
    expect(h.call('b64uDecodedLength', -4)).toBe(-1);
  });

  test('decodeRange: a slice of a larger buffer, bounds checked', () => {
    const src = Buffer.from('xx.Zm9vYmFy.yy').toString('hex');
    expect(h.text('b64uDecodeRange', src, 3, 11)).toBe(hex('foobar'));
    expect(h.text('b64uDecodeRange', src, 3, 3)).toBe('');
    expect(h.text('b64uDecodeRange', src, 2, 11)).toBe('null'); // includes the '.'
    expect(h.text('b64uDecodeRange', src, 3, 4)).toBe('null'); // one character
    expect(h.text('b64uDecodeRange', src, 5, 3)).toBe('null');
    expect(h.text('b64uDecodeRange', src, -1, 3)).toBe('null');
    expect(h.text('b64uDecodeRange', src, 3, 99)).toBe('null');
  });
});

describe('base64url round trip against Node', () => {
  test('encode equals Buffer base64url and decode inverts it, random inputs of every small length', () => {
    const next = rng(0x5eed);
    for (let i = 0; i < 600; i++) {
      const len = i < 64 ? i : Math.floor(next() * 1024);
      const bytes = randomBytes(len);
      const reference = bytes.toString('base64url');
      expect(encode(bytes), `len ${len}`).toBe(reference);
      expect(decode(reference), `len ${len}`).toBe(bytes.toString('hex'));
    }
  });

  test('random strings over the alphabet: accepted exactly when canonical', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const next = rng(0xb64);
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(next() * 24);
      let s = '';
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(next() * 64)];
      const canonical = len % 4 !== 1 && Buffer.from(s, 'base64url').toString('base64url') === s;
      const got = decode(s);
      if (canonical) {
        accepted++;
        expect(got, s).toBe(Buffer.from(s, 'base64url').toString('hex'));
      } else {
        expect(got, s).toBe('null');
      }
    }
    expect(accepted).toBeGreaterThan(500); // both branches exercised
  });

  test('encodeRange encodes a slice; an empty slice is ""', () => {
    const bytes = randomBytes(40);
    const hexed = bytes.toString('hex');
    expect(h.text('b64uEncodeRange', hexed, 5, 22)).toBe(bytes.subarray(5, 22).toString('base64url'));
    expect(h.text('b64uEncodeRange', hexed, 7, 7)).toBe('');
    expect(h.text('b64uEncodeRange', hexed, 0, 41)).toBe('');
    expect(encode(new Uint8Array(0))).toBe('');
  });
});
