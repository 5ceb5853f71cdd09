// The ABI's serialized header map: u32 count, then (u32 key length, u32 value
// length) per pair, then each key and value followed by a NUL byte.

export type HeaderPairs = [string, string][];

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Serializes pairs into one buffer from Node's pool. Names and values are joined into one
 * string (NUL after each) and written by a single Buffer#write; when every character is ASCII
 * (the usual map) the byte lengths are the string lengths, else each is measured.
 */
export function encodePairs(pairs: readonly (readonly [string, string])[]): Uint8Array {
  const n = pairs.length;
  let joined = '';
  for (let i = 0; i < n; i++) {
    const pair = pairs[i]!;
    joined += pair[0] + '\0' + pair[1] + '\0';
  }
  const head = 4 + n * 8;
  const total = Buffer.byteLength(joined, 'utf8');
  const ascii = total === joined.length;
  const buf = Buffer.allocUnsafe(head + total);
  buf.write(joined, head, total, ascii ? 'latin1' : 'utf8');
  buf.writeUInt32LE(n, 0);
  let offset = 4;
  for (let i = 0; i < n; i++) {
    const [k, v] = pairs[i]!;
    buf.writeUInt32LE(ascii ? k.length : Buffer.byteLength(k, 'utf8'), offset);
    buf.writeUInt32LE(ascii ? v.length : Buffer.byteLength(v, 'utf8'), offset + 4);
    offset += 8;
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, head + total);
}

/**
 * Decodes a serialized map. Like Envoy's toPairs, a buffer too short for its
 * declared count yields no pairs rather than reading out of bounds; we also
 * refuse pairs whose bytes run past the end.
 */
export function decodePairs(bytes: Uint8Array): HeaderPairs | undefined {
  if (bytes.length < 4) return bytes.length === 0 ? [] : undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  if (4 + count * 8 > bytes.length) return undefined;
  const sizes: [number, number][] = [];
  for (let i = 0; i < count; i++) sizes.push([view.getUint32(4 + i * 8, true), view.getUint32(8 + i * 8, true)]);
  let offset = 4 + count * 8;
  const result: HeaderPairs = [];
  for (const [kl, vl] of sizes) {
    if (offset + kl + 1 + vl + 1 > bytes.length) return undefined;
    const key = decoder.decode(bytes.subarray(offset, offset + kl));
    offset += kl + 1;
    const value = decoder.decode(bytes.subarray(offset, offset + vl));
    offset += vl + 1;
    result.push([key, value]);
  }
  return result;
}

export type HeadersInput = Record<string, string | number> | readonly (readonly [string, string])[];

/** Normalizes test-supplied headers the way Envoy's codecs store them: lower-case names. */
export function normalizeHeaders(input: HeadersInput | undefined, what: string): HeaderPairs {
  if (input === undefined) return [];
  if (Array.isArray(input)) {
    return input.map((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        throw new TypeError(`${what}[${i}] must be a [name, value] pair of strings`);
      }
      return [pair[0].toLowerCase(), pair[1]];
    });
  }
  if (typeof input !== 'object' || input === null) throw new TypeError(`${what} must be an object or an array of pairs`);
  return Object.entries(input as Record<string, unknown>).map(([k, v]) => {
    if (typeof v !== 'string' && typeof v !== 'number') throw new TypeError(`${what}.${k} must be a string`);
    return [k.toLowerCase(), String(v)];
  });
}
