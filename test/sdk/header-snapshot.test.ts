import { beforeAll, describe, expect, test } from 'vitest';
import { loadAsHarness, type AsHarness } from '../support/as-harness.ts';

// HeaderSnapshot (sdk/assembly/header-snapshot.ts): one host call's serialized header map read
// in place. Driven through the unit harness with maps built here in the ABI format.

let h: AsHarness;
beforeAll(async () => {
  h = await loadAsHarness('sdk-harness', 'test/sdk/assembly/harness.ts');
}, 60_000);

type Pairs = [string | Uint8Array, string | Uint8Array][];
const describeMap = (map: Uint8Array) => {
  const text = h.text('snapshotDescribe', map);
  return text === 'malformed' ? text : (JSON.parse(text) as { length: number; ascii: boolean; pairsAgree: boolean; pairs: [string, string, number, number][] });
};
/** The ABI's serialized header map: u32 count, (u32 name length, u32 value length) per pair, then name\0value\0 each. */
function map(pairs: Pairs): Uint8Array {
  const bytes = pairs.map(([n, v]) => [Buffer.from(n), Buffer.from(v)] as const);
  const head = Buffer.alloc(4 + 8 * bytes.length);
  head.writeUInt32LE(bytes.length, 0);
  bytes.forEach(([n, v], i) => {
    head.writeUInt32LE(n.length, 4 + 8 * i);
    head.writeUInt32LE(v.length, 8 + 8 * i);
  });
  const zero = Buffer.alloc(1);
  return new Uint8Array(Buffer.concat([head, ...bytes.flatMap(([n, v]) => [n, zero, v, zero])]));
}

const REQUEST: Pairs = [
  [':method', 'GET'],
  [':path', '/orders?x=1'],
  ['x-api-key', 'one'],
  ['accept', '*/*'],
  ['x-api-key', 'two'],
  ['x-empty', ''],
];

describe('HeaderSnapshot.parse', () => {
  test('reads every pair in order with its byte lengths; pairs() agrees', () => {
    expect(describeMap(map(REQUEST))).toEqual({
      length: 6,
      ascii: true,
      pairsAgree: true,
      pairs: REQUEST.map(([n, v]) => [n, v, Buffer.byteLength(n as string), Buffer.byteLength(v as string)]),
    });
  });

  test('absent, empty and single-NUL buffers are empty snapshots', () => {
    expect(describeMap(new Uint8Array(0))).toMatchObject({ length: 0, ascii: true, pairs: [] });
    expect(describeMap(new Uint8Array([0]))).toMatchObject({ length: 0, pairs: [] });
    expect(describeMap(map([]))).toMatchObject({ length: 0, pairs: [] });
  });

  test('non-ASCII bytes clear isAscii; values are read as UTF-8, bytes in place', () => {
    const m = map([['x-name', 'café'], ['x-raw', Uint8Array.of(0x61, 0xff, 0x62)]]);
    const d = describeMap(m);
    expect(d).toMatchObject({ length: 2, ascii: false, pairsAgree: true });
    if (d === 'malformed') throw new Error('unexpected');
    expect(d.pairs[0]).toEqual(['x-name', 'café', 6, 5]);
    expect(d.pairs[1]![0]).toBe('x-raw');
    expect(d.pairs[1]![3]).toBe(3);
    expect(h.text('snapshotValueHex', m, 0)).toBe(Buffer.from('café').toString('hex'));
    expect(h.text('snapshotValueHex', m, 1)).toBe('61ff62'); // the host's bytes, not a decoded copy
    // A high byte anywhere (in the last, unaligned bytes too) is seen.
    expect(describeMap(map([['a', 'bcdefgh\u00e9']]))).toMatchObject({ ascii: false });
    expect(describeMap(map([['\u00e9', 'x']]))).toMatchObject({ ascii: false });
  });

  test('malformed maps are refused, never read past the end', () => {
    const good = map([['a', 'b'], ['cc', 'dd']]);
    const malformed: [string, Uint8Array][] = [
      ['too short for a count', Uint8Array.of(1, 0)],
      ['count beyond the buffer', (() => { const b = good.slice(); b[0] = 200; return b; })()],
      ['huge count', (() => { const b = good.slice(); new DataView(b.buffer).setUint32(0, 0xffffffff, true); return b; })()],
      ['name length beyond the end', (() => { const b = good.slice(); new DataView(b.buffer).setUint32(4, 1000, true); return b; })()],
      ['value length beyond the end', (() => { const b = good.slice(); new DataView(b.buffer).setUint32(16, 0x7fffffff, true); return b; })()],
      ['missing NUL after a name', (() => { const b = good.slice(); b[4 + 16 + 1] = 0x41; return b; })()],
      ['missing NUL after a value', (() => { const b = good.slice(); b[4 + 16 + 3] = 0x41; return b; })()],
      ['truncated data', good.slice(0, good.length - 1)],
    ];
    for (const [what, bytes] of malformed) expect(describeMap(bytes), what).toBe('malformed');
    expect(h.call('snapshotIndexOf', good.slice(0, 3), 'a', 0)).toBe(-2);
  });
});

describe('HeaderSnapshot lookups', () => {
  const m = () => map(REQUEST);

  test('indexOf: first pair at or after `from`, -1 when absent', () => {
    expect(h.call('snapshotIndexOf', m(), 'x-api-key', 0)).toBe(2);
    expect(h.call('snapshotIndexOf', m(), 'x-api-key', 3)).toBe(4);
    expect(h.call('snapshotIndexOf', m(), 'x-api-key', 5)).toBe(-1);
    expect(h.call('snapshotIndexOf', m(), ':path', 0)).toBe(1);
    expect(h.call('snapshotIndexOf', m(), 'x-empty', 0)).toBe(5);
    expect(h.call('snapshotIndexOf', m(), 'missing', 0)).toBe(-1);
    expect(h.call('snapshotIndexOf', m(), 'x-api-ke', 0)).toBe(-1); // a prefix of a name is not the name
    expect(h.call('snapshotIndexOf', m(), 'x-api-keys', 0)).toBe(-1);
    expect(h.call('snapshotIndexOf', m(), 'X-API-KEY', 0)).toBe(-1); // names are compared as bytes: pass lower case
    expect(h.call('snapshotIndexOf', m(), 'x-api-key', 99)).toBe(-1);
  });

  test('countOf counts repeated names', () => {
    expect(h.call('snapshotCountOf', m(), 'x-api-key')).toBe(2);
    expect(h.call('snapshotCountOf', m(), 'accept')).toBe(1);
    expect(h.call('snapshotCountOf', m(), 'nope')).toBe(0);
    expect(h.call('snapshotCountOf', map([]), 'accept')).toBe(0);
  });

  test('nameIs compares exactly', () => {
    expect(h.call('snapshotNameIs', m(), 0, ':method')).toBe(1);
    expect(h.call('snapshotNameIs', m(), 0, ':metho')).toBe(0);
    expect(h.call('snapshotNameIs', m(), 3, 'accept')).toBe(1);
    expect(h.call('snapshotNameIs', m(), 3, 'x-api-key')).toBe(0);
  });

  test('get decodes the first value, null when absent, "" when empty', () => {
    expect(h.text('snapshotGet', m(), 'x-api-key')).toBe('"one"');
    expect(h.text('snapshotGet', m(), ':path')).toBe('"/orders?x=1"');
    expect(h.text('snapshotGet', m(), 'x-empty')).toBe('""');
    expect(h.text('snapshotGet', m(), 'missing')).toBe('null');
    expect(h.text('snapshotGet', map([['x-name', 'café']]), 'x-name')).toBe('"café"');
  });
});

describe('HeaderSnapshot.fromPairs', () => {
  test('round-trips pairs through the ABI serialization', () => {
    const pairs = [['a', '1'], ['b', ''], ['a', 'two words'], ['x-utf8', 'naïve ☃']];
    const d = JSON.parse(h.text('snapshotFromPairs', JSON.stringify(pairs)));
    expect(d.length).toBe(4);
    expect(d.ascii).toBe(false);
    expect(d.pairsAgree).toBe(true);
    expect(d.pairs.map((p: unknown[]) => [p[0], p[1]])).toEqual(pairs);
    expect(d.pairs[3][3]).toBe(Buffer.byteLength('naïve ☃'));
  });

  test('an empty list is an empty ASCII snapshot', () => {
    expect(JSON.parse(h.text('snapshotFromPairs', '[]'))).toMatchObject({ length: 0, ascii: true, pairs: [] });
  });

  test('serializing as the host does: the same bytes parse to the same snapshot', () => {
    const pairs: [string, string][] = [[':authority', 'a'], ['cookie', 'x=1; y=2'], ['cookie', 'z=3']];
    const fromHost = describeMap(map(pairs));
    const fromPairs = JSON.parse(h.text('snapshotFromPairs', JSON.stringify(pairs)));
    expect(fromPairs).toEqual(fromHost);
  });
});
