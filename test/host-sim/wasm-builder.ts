// A minimal WebAssembly binary writer for host-sim's own tests, so they need
// neither our AssemblyScript SDK nor an external assembler. It covers what
// the test modules use: function imports, one memory, mutable i32 globals,
// data segments and exported functions with hand-written bodies.

export const i32 = 0x7f;
export const i64 = 0x7e;
type ValType = typeof i32 | typeof i64;

const encoder = new TextEncoder();

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(value: number | bigint): number[] {
  let n = BigInt(value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(n & 0x7fn);
    n >>= 7n;
    const signBit = (byte & 0x40) !== 0;
    if ((n === 0n && !signBit) || (n === -1n && signBit)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function name(s: string): number[] {
  const b = [...encoder.encode(s)];
  return [...uleb(b.length), ...b];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

/** Instruction helpers: each returns the bytes of one instruction. */
export const op = {
  i32: (n: number) => [0x41, ...sleb(n | 0)],
  i64: (n: number | bigint) => [0x42, ...sleb(n)],
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  gget: (i: number) => [0x23, ...uleb(i)],
  gset: (i: number) => [0x24, ...uleb(i)],
  call: (f: number) => [0x10, ...uleb(f)],
  load: (offset = 0) => [0x28, 0x02, ...uleb(offset)],
  store: (offset = 0) => [0x36, 0x02, ...uleb(offset)],
  store8: (offset = 0) => [0x3a, 0x00, ...uleb(offset)],
  add: () => [0x6a],
  sub: () => [0x6b],
  eqz: () => [0x45],
  eq: () => [0x46],
  ne: () => [0x47],
  drop: () => [0x1a],
  ret: () => [0x0f],
  unreachable: () => [0x00],
  /** if (i32 on stack) then … end, with no result. */
  if: (...body: number[][]) => [0x04, 0x40, ...body.flat(), 0x0b],
  ifElse: (then: number[][], otherwise: number[][]) => [0x04, 0x40, ...then.flat(), 0x05, ...otherwise.flat(), 0x0b],
};

interface Func {
  type: number;
  locals: ValType[];
  body: number[];
  exportName?: string;
}

export class ModuleBuilder {
  private types: string[] = [];
  private imports: { module: string; field: string; type: number }[] = [];
  private funcs: Func[] = [];
  private globals: number[] = [];
  private data: { offset: number; bytes: Uint8Array }[] = [];
  private dataEnd = 16;

  private typeIndex(params: ValType[], results: ValType[]): number {
    const key = JSON.stringify([params, results]);
    let i = this.types.indexOf(key);
    if (i < 0) i = this.types.push(key) - 1;
    return i;
  }

  importFunc(module: string, field: string, params: ValType[], results: ValType[]): number {
    if (this.funcs.length > 0) throw new Error('declare imports before functions: they come first in the index space');
    this.imports.push({ module, field, type: this.typeIndex(params, results) });
    return this.imports.length - 1;
  }

  /** Declares an exported (or internal, when exportName is undefined) function; returns its index. */
  func(exportName: string | undefined, params: ValType[], results: ValType[], body: number[][], locals: ValType[] = []): number {
    this.funcs.push({ type: this.typeIndex(params, results), locals, body: body.flat(), exportName });
    return this.imports.length + this.funcs.length - 1;
  }

  /** Index a function will get if declared next (for forward calls). */
  nextFuncIndex(): number {
    return this.imports.length + this.funcs.length;
  }

  global(initial: number): number {
    this.globals.push(initial);
    return this.globals.length - 1;
  }

  /** Places bytes (a string is UTF-8 encoded) in memory; returns [offset, length]. */
  bytes(value: string | Uint8Array): [number, number] {
    const bytes = typeof value === 'string' ? encoder.encode(value) : value;
    const offset = this.dataEnd;
    this.data.push({ offset, bytes });
    this.dataEnd = (offset + bytes.length + 7) & ~7;
    return [offset, bytes.length];
  }

  build(): Uint8Array {
    const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
    const types = vec(this.types.map((k) => {
      const [p, r] = JSON.parse(k) as [number[], number[]];
      return [0x60, ...vec(p.map((x) => [x])), ...vec(r.map((x) => [x]))];
    }));
    const imports = vec(this.imports.map((i) => [...name(i.module), ...name(i.field), 0x00, ...uleb(i.type)]));
    const funcs = vec(this.funcs.map((f) => uleb(f.type)));
    const memory = vec([[0x00, ...uleb(2)]]);
    const globals = vec(this.globals.map((g) => [i32, 0x01, ...op.i32(g), 0x0b]));
    const exports = vec([
      [...name('memory'), 0x02, 0x00],
      ...this.funcs.flatMap((f, i) => (f.exportName ? [[...name(f.exportName), 0x00, ...uleb(this.imports.length + i)]] : [])),
    ]);
    const code = vec(this.funcs.map((f) => {
      const locals = vec(f.locals.map((t) => [...uleb(1), t]));
      const body = [...locals, ...f.body, 0x0b];
      return [...uleb(body.length), ...body];
    }));
    const data = vec(this.data.map((d) => [0x00, ...op.i32(d.offset), 0x0b, ...uleb(d.bytes.length), ...d.bytes]));
    return Uint8Array.from([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
      ...section(1, types),
      ...(this.imports.length ? section(2, imports) : []),
      ...section(3, funcs),
      ...section(5, memory),
      ...(this.globals.length ? section(6, globals) : []),
      ...section(7, exports),
      ...section(10, code),
      ...(this.data.length ? section(11, data) : []),
    ]);
  }
}
