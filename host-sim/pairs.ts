// The ABI's serialized header map: u32 count, then (u32 key length, u32 value
// length) per pair, then each key and value followed by a NUL byte.

export type HeaderPairs = [string, string][];

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * A map's serialization, prepared once and written wherever it is needed: straight into guest
 * memory for proxy_get_header_map_pairs (no intermediate buffer), or into a new buffer by
 * encodePairs. Names and values are joined into one string (NUL after each) so the text is
 * measured and written by one Buffer call each; when every character is ASCII (the usual map)
 * the byte lengths are the string lengths, else each is measured.
 */
export class SerializedPairs {
  /** Total bytes: the u32 count, two u32 lengths per pair, then the text. */
  readonly byteLength: number;
  private readonly text: string;
  private readonly textBytes: number;
  private readonly ascii: boolean;
  /** Byte length of each name and value, in order. */
  private readonly lengths: number[];

  constructor(pairs: readonly (readonly [string, string])[]) {
    const n = pairs.length;
    const lengths = new Array<number>(2 * n);
    let text = '';
    for (let i = 0; i < n; i++) {
      const pair = pairs[i]!;
      text += pair[0] + '\0' + pair[1] + '\0';
      lengths[2 * i] = pair[0].length;
      lengths[2 * i + 1] = pair[1].length;
    }
    this.textBytes = Buffer.byteLength(text, 'utf8');
    this.ascii = this.textBytes === text.length;
    if (!this.ascii) {
      for (let i = 0; i < n; i++) {
        lengths[2 * i] = Buffer.byteLength(pairs[i]![0], 'utf8');
        lengths[2 * i + 1] = Buffer.byteLength(pairs[i]![1], 'utf8');
      }
    }
    this.text = text;
    this.lengths = lengths;
    this.byteLength = 4 + n * 8 + this.textBytes;
  }

  /** Writes the serialization at [at, at + byteLength) of buf. */
  writeTo(buf: Buffer, at: number): void {
    const lengths = this.lengths;
    putU32(buf, at, lengths.length / 2);
    for (let i = 0; i < lengths.length; i++) putU32(buf, at + 4 + 4 * i, lengths[i]!);
    buf.write(this.text, at + 4 + 4 * lengths.length, this.textBytes, this.ascii ? 'latin1' : 'utf8');
  }
}

/** A little-endian u32 by plain byte stores (cheaper than Buffer#writeUInt32LE's checks; callers stay in bounds). */
function putU32(buf: Uint8Array, at: number, value: number): void {
  buf[at] = value;
  buf[at + 1] = value >>> 8;
  buf[at + 2] = value >>> 16;
  buf[at + 3] = value >>> 24;
}

/** Serializes pairs into one buffer from Node's pool. */
export function encodePairs(pairs: readonly (readonly [string, string])[]): Uint8Array {
  const serialized = new SerializedPairs(pairs);
  const buf = Buffer.allocUnsafe(serialized.byteLength);
  serialized.writeTo(buf, 0);
  return new Uint8Array(buf.buffer, buf.byteOffset, serialized.byteLength);
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
    // A plain loop: this runs for every request a test or benchmark sends.
    const out: HeaderPairs = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const pair = input[i];
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        throw new TypeError(`${what}[${i}] must be a [name, value] pair of strings`);
      }
      out[i] = [pair[0].toLowerCase(), pair[1]];
    }
    return out;
  }
  if (typeof input !== 'object' || input === null) throw new TypeError(`${what} must be an object or an array of pairs`);
  return Object.entries(input as Record<string, unknown>).map(([k, v]) => {
    if (typeof v !== 'string' && typeof v !== 'number') throw new TypeError(`${what}.${k} must be a string`);
    return [k.toLowerCase(), String(v)];
  });
}
