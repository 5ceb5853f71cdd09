import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAsHarness, type AsHarness } from '../support/as-harness.ts';

// The pure SDK helpers, compiled with the release options into a harness module
// (test/sdk/assembly/harness.ts) and called from here.

let h: AsHarness;

beforeAll(async () => {
  h = await loadAsHarness('sdk-harness', 'test/sdk/assembly/harness.ts');
}, 60_000);

const json = (input: string, maxDepth = 64, maxBytes = 1 << 20) => h.text('jsonCheck', input, maxDepth, maxBytes);

describe('json reader', () => {
  test.each([
    ['null', 'null'],
    [' \t\r\n true ', 'true'],
    ['false', 'false'],
    ['0', 'n:0.0'],
    ['-0.5e+2', 'n:-50.0'],
    ['1E3', 'n:1000.0'],
    ['123456789012', 'n:123456789012.0'],
    ['"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"a\\"b\\\\c/d\\u0008\\u000c\\u000a\\u000d\\u0009"'],
    ['"\\u00e9\\u20AC"', '"é€"'],
    ['"\\ud83d\\ude00"', '"😀"'],
    ['"héllo €𝄞"', '"héllo €𝄞"'],
    ['[]', '[]'],
    ['{}', '{}'],
    ['[1,[2,[3]],{"a":{"b":null}}]', '[n:1.0,[n:2.0,[n:3.0]],{"a":{"b":null}}]'],
    ['{"b":1,"a":2}', '{"b":n:1.0,"a":n:2.0}'],
  ])('parses %s', (input, expected) => {
    expect(json(input)).toBe(expected);
  });

  test.each([
    ['', 'expected a JSON value, found end of input at byte 0'],
    ['nul', "invalid literal (expected 'null') at byte 0"],
    ['[1,]', "expected a JSON value, found ']' at byte 3"],
    ['[1 2]', "expected ',' or ']' in array, found '2' at byte 3"],
    ['{"a" 1}', "expected ':' after object key, found '1' at byte 5"],
    ['{a:1}', "expected a string key in object, found 'a' at byte 1"],
    ['{"a":1,}', "expected a string key in object, found '}' at byte 7"],
    ['{"a":1,"a":2}', 'duplicate key "a" at byte 7'],
    ['01', 'leading zeros are not allowed in numbers at byte 0'],
    ['-', 'invalid number: expected a digit at byte 1'],
    ['1.', "invalid number: expected a digit after '.' at byte 2"],
    ['1e', 'invalid number: expected a digit in the exponent at byte 2'],
    ['1e999', 'number is out of range at byte 0'],
    ['+1', "expected a JSON value, found '+' at byte 0"],
    ['"abc', 'unterminated string at byte 0'],
    ['"a\nb"', 'control character in string must be escaped at byte 2'],
    ['"\\x"', 'invalid escape sequence at byte 1'],
    ['"\\u12"', 'invalid \\u escape: expected 4 hex digits at byte 1'],
    ['"\\udc00"', 'invalid \\u escape: unpaired low surrogate at byte 1'],
    ['"\\ud800x"', 'invalid \\u escape: high surrogate without a low surrogate at byte 1'],
    ['"\\ud800\\u0041"', 'invalid \\u escape: high surrogate without a low surrogate at byte 1'],
    ['1 2', 'unexpected content after the JSON value at byte 2'],
    ['NaN', "expected a JSON value, found 'N' at byte 0"],
    ["'a'", "expected a JSON value, found ''' at byte 0"],
  ])('rejects %j', (input, message) => {
    expect(json(input)).toBe(`error: ${message}`);
  });

  test('duplicate keys are found in large objects too (set-based check)', () => {
    const members = Array.from({ length: 40 }, (_, i) => `"k${i}":${i}`);
    expect(json(`{${members.join(',')}}`)).toMatch(/^\{"k0":n:0\.0,/);
    expect(json(`{${members.join(',')},"k3":0}`)).toMatch(/^error: duplicate key "k3" at byte/);
  });

  test('depth and size limits', () => {
    expect(json('[[[1]]]', 3)).toBe('[[[n:1.0]]]');
    expect(json('[[[[1]]]]', 3)).toBe('error: nesting deeper than 3 levels at byte 3');
    expect(json('[' .repeat(100_000))).toBe('error: nesting deeper than 64 levels at byte 64');
    expect(json('"abcdef"', 64, 4)).toBe('error: input is 8 bytes, over the limit of 4 at byte 0');
    // A caller asking for more depth than the stack can take gets the ceiling (512).
    expect(json('['.repeat(100_000), 1_000_000)).toBe('error: nesting deeper than 512 levels at byte 512');
  });

  test('member and element lookup', () => {
    const doc = '{"a":{"b":[10,{"c":"x"}]},"z":null}';
    expect(h.text('jsonLookup', doc, 'a.b.1.c')).toBe('"x"');
    expect(h.text('jsonLookup', doc, 'a.b.0')).toBe('n:10.0');
    expect(h.text('jsonLookup', doc, 'a.b.2')).toBe('absent');
    expect(h.text('jsonLookup', doc, 'z')).toBe('null');
    expect(h.text('jsonLookup', doc, 'missing')).toBe('absent');
  });

  test('random garbage never traps', () => {
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const alphabet = '{}[]":,\\u0123456789abcdefnulltrue -.eE\n\t\x01é\ud800';
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let n = rand() % 24; n > 0; n--) s += alphabet[rand() % alphabet.length];
      const out = json(s);
      let valid = true;
      try { JSON.parse(s); } catch { valid = false; }
      // Agreement with V8 on validity (the harness encodes lone surrogates as U+FFFD).
      if (!s.includes('\ud800')) expect(out.startsWith('error: ')).toBe(!valid);
    }
  });
});

describe('sha256', () => {
  const node = (s: string) => createHash('sha256').update(s).digest('hex');
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('NIST vector %#', (input, digest) => {
    expect(h.text('sha256Hex', input)).toBe(digest);
  });

  test('padding boundaries (55, 56, 63, 64, 65 bytes) and UTF-8 input match node:crypto', () => {
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000]) {
      const s = 'x'.repeat(n);
      expect(h.text('sha256Hex', s)).toBe(node(s));
    }
    expect(h.text('sha256Hex', 'clé-€-𝄞')).toBe(node('clé-€-𝄞'));
  });

  test('streaming in odd chunk sizes equals one-shot', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(7);
    for (const chunk of [1, 3, 63, 64, 65, 1000]) {
      expect(h.text('sha256StreamHex', text, chunk, 3)).toBe(node(text.repeat(3)));
    }
    // 64 KiB of 'a' fed in 1000-byte chunks: a multi-block vector with no padding shortcut.
    const a = 'a'.repeat(1000);
    expect(h.text('sha256StreamHex', a, 1000, 64)).toBe(node(a.repeat(64)));
  });
});

describe('hex and constant-time compare', () => {
  test('hex round trip and strict decoding', () => {
    expect(h.text('hexRoundTrip', '00ff10AbCd')).toBe('00ff10abcd');
    expect(h.text('hexRoundTrip', '')).toBe('');
    expect(h.text('hexRoundTrip', 'abc')).toBe('invalid');
    expect(h.text('hexRoundTrip', 'zz')).toBe('invalid');
    expect(h.text('hexRoundTrip', '0g')).toBe('invalid');
    expect(h.call('lowerHex', 'ab'.repeat(32), 64)).toBe(1);
    expect(h.call('lowerHex', 'AB'.repeat(32), 64)).toBe(0);
    expect(h.call('lowerHex', 'ab'.repeat(31), 64)).toBe(0);
  });

  test('constantTimeEqual', () => {
    expect(h.call('equalHex', '00112233', '00112233')).toBe(1);
    expect(h.call('equalHex', '00112233', '00112234')).toBe(0);
    expect(h.call('equalHex', '80112233', '00112233')).toBe(0);
    expect(h.call('equalHex', '001122', '00112233')).toBe(0);
    expect(h.call('equalHex', '', '')).toBe(1);
  });

  test('constantTimeFind returns the matching index or -1', () => {
    const d = ['aa'.repeat(32), 'bb'.repeat(32), 'cc'.repeat(32)];
    expect(h.call('findHex', d.join(','), d[0])).toBe(0);
    expect(h.call('findHex', d.join(','), d[2])).toBe(2);
    expect(h.call('findHex', d.join(','), 'bb'.repeat(31) + 'bc')).toBe(-1);
  });
});
