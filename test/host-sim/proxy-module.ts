// Builds small proxy-wasm test modules by hand: the proxy_* imports, a bump
// allocator exported as proxy_on_memory_allocate, the ABI version marker and
// empty defaults for every callback the test does not write.
import { ModuleBuilder, i32, i64, op } from './wasm-builder.ts';

export { op, i32, i64 };

const I = i32;
const SIGNATURES: Record<string, [number[], number[]]> = {
  proxy_log: [[I, I, I], [I]],
  proxy_get_header_map_value: [[I, I, I, I, I], [I]],
  proxy_add_header_map_value: [[I, I, I, I, I], [I]],
  proxy_replace_header_map_value: [[I, I, I, I, I], [I]],
  proxy_remove_header_map_value: [[I, I, I], [I]],
  proxy_get_header_map_pairs: [[I, I, I], [I]],
  proxy_set_header_map_pairs: [[I, I, I], [I]],
  proxy_get_buffer_bytes: [[I, I, I, I, I], [I]],
  proxy_set_buffer_bytes: [[I, I, I, I, I], [I]],
  proxy_send_local_response: [[I, I, I, I, I, I, I, I], [I]],
  proxy_set_property: [[I, I, I, I], [I]],
  proxy_get_property: [[I, I, I, I], [I]],
  proxy_get_shared_data: [[I, I, I, I, I], [I]],
  proxy_set_shared_data: [[I, I, I, I, I], [I]],
  proxy_register_shared_queue: [[I, I, I], [I]],
  proxy_resolve_shared_queue: [[I, I, I, I, I], [I]],
  proxy_enqueue_shared_queue: [[I, I, I], [I]],
  proxy_dequeue_shared_queue: [[I, I, I], [I]],
  proxy_http_call: [[I, I, I, I, I, I, I, I, I, I], [I]],
  proxy_set_effective_context: [[I], [I]],
  proxy_continue_stream: [[I], [I]],
  proxy_define_metric: [[I, I, I, I], [I]],
  proxy_increment_metric: [[I, i64], [I]],
  proxy_record_metric: [[I, i64], [I]],
  proxy_get_metric: [[I, I], [I]],
  proxy_set_tick_period_milliseconds: [[I], [I]],
  proxy_get_current_time_nanoseconds: [[I], [I]],
};

/** Scratch words for out-parameters (ptr, size, cas, token…), below the heap. */
export const SCRATCH = { ptr: 60000, size: 60004, word: 60008, word2: 60012, char: 60016, u64: 60024 } as const;

const CALLBACKS: Record<string, [number[], number[], number[][]]> = {
  proxy_on_context_create: [[I, I], [], []],
  proxy_on_vm_start: [[I, I], [I], [op.i32(1)]],
  proxy_on_configure: [[I, I], [I], [op.i32(1)]],
  proxy_on_request_headers: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_request_body: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_request_trailers: [[I, I], [I], [op.i32(0)]],
  proxy_on_response_headers: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_response_body: [[I, I, I], [I], [op.i32(0)]],
  proxy_on_response_trailers: [[I, I], [I], [op.i32(0)]],
  proxy_on_http_call_response: [[I, I, I, I, I], [], []],
  proxy_on_queue_ready: [[I, I], [], []],
  proxy_on_tick: [[I], [], []],
  proxy_on_done: [[I], [I], [op.i32(1)]],
  proxy_on_log: [[I], [], []],
  proxy_on_delete: [[I], [], []],
};

export class ProxyModule {
  readonly b = new ModuleBuilder();
  readonly imp: Record<string, number> = {};
  private readonly written = new Set<string>();
  private readonly heap: number;

  constructor(extraImports: { module: string; name: string; params: number[]; results: number[] }[] = []) {
    for (const [n, [p, r]] of Object.entries(SIGNATURES)) this.imp[n] = this.b.importFunc('env', n, p as never, r as never);
    for (const e of extraImports) this.imp[e.name] = this.b.importFunc(e.module, e.name, e.params as never, e.results as never);
    this.heap = this.b.global(65536);
    // Bump allocator: enough for tests, which never free.
    this.b.func('proxy_on_memory_allocate', [I], [I], [
      op.gget(this.heap), op.gget(this.heap), op.get(0), op.add(), op.i32(7), op.add(), op.gset(this.heap),
    ]);
    this.b.func('proxy_abi_version_0_2_1', [], [], []);
  }

  str(s: string | Uint8Array): [number, number] {
    return this.b.bytes(s);
  }

  /** Defines a callback; params are locals 0..n-1, extra i32 locals follow. */
  on(callback: keyof typeof CALLBACKS, body: number[][], extraLocals = 0): void {
    const [params, results] = CALLBACKS[callback]!;
    this.written.add(callback);
    this.b.func(callback, params as never, results as never, body, Array(extraLocals).fill(I));
  }

  /** Calls an import with constant/expression args and drops its result. */
  call(name: string, ...args: number[][]): number[] {
    const idx = this.imp[name];
    if (idx === undefined) throw new Error(`no import ${name}`);
    return [...args.flat(), ...op.call(idx), ...op.drop()];
  }

  /** Calls an import and leaves its result on the stack. */
  callKeep(name: string, ...args: number[][]): number[] {
    return [...args.flat(), ...op.call(this.imp[name]!)];
  }

  log(level: number, message: string): number[] {
    const [o, l] = this.str(message);
    return this.call('proxy_log', op.i32(level), op.i32(o), op.i32(l));
  }

  /** Adds a request header (map 0) whose value is one digit: the i32 computed by `code`. */
  recordCode(header: string, code: number[]): number[] {
    const [o, l] = this.str(header);
    return [
      ...op.i32(SCRATCH.char), ...code, ...op.i32(48), ...op.add(), ...op.store8(),
      ...this.call('proxy_add_header_map_value', op.i32(0), op.i32(o), op.i32(l), op.i32(SCRATCH.char), op.i32(1)),
    ];
  }

  /** Adds header `name` to map `mapType` with the value found at *SCRATCH.ptr / *SCRATCH.size. */
  addHeaderFromScratch(mapType: number, name: string): number[] {
    const [o, l] = this.str(name);
    return this.call('proxy_add_header_map_value', op.i32(mapType), op.i32(o), op.i32(l),
      [...op.i32(SCRATCH.ptr), ...op.load()], [...op.i32(SCRATCH.size), ...op.load()]);
  }

  addHeader(mapType: number, name: string, value: string): number[] {
    const [ko, kl] = this.str(name);
    const [vo, vl] = this.str(value);
    return this.call('proxy_add_header_map_value', op.i32(mapType), op.i32(ko), op.i32(kl), op.i32(vo), op.i32(vl));
  }

  build(): Uint8Array {
    for (const [name, [params, results, body]] of Object.entries(CALLBACKS)) {
      if (!this.written.has(name)) this.b.func(name, params as never, results as never, body);
    }
    return this.b.build();
  }
}
