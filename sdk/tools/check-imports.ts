// Refuses modules that Envoy would not load, or that reach beyond what a proxy-wasm filter may
// use: the only allowed imports are the host functions of proxy-wasm ABI 0.2.1 and the WASI
// subset Envoy provides; the module must mark itself as ABI 0.2.1 and export its memory.

/** Host functions of proxy-wasm ABI 0.2.1 (spec abi-versions/v0.2.1), module "env". */
export const PROXY_WASM_0_2_1_FUNCTIONS: ReadonlySet<string> = new Set([
  'proxy_done',
  'proxy_set_effective_context',
  'proxy_log',
  'proxy_get_log_level',
  'proxy_get_current_time_nanoseconds',
  'proxy_set_tick_period_milliseconds',
  'proxy_get_buffer_bytes',
  'proxy_set_buffer_bytes',
  'proxy_get_buffer_status',
  'proxy_get_header_map_size',
  'proxy_get_header_map_pairs',
  'proxy_set_header_map_pairs',
  'proxy_get_header_map_value',
  'proxy_add_header_map_value',
  'proxy_replace_header_map_value',
  'proxy_remove_header_map_value',
  'proxy_continue_stream',
  'proxy_close_stream',
  'proxy_get_status',
  'proxy_send_local_response',
  'proxy_http_call',
  'proxy_grpc_call',
  'proxy_grpc_stream',
  'proxy_grpc_send',
  'proxy_grpc_cancel',
  'proxy_grpc_close',
  'proxy_get_shared_data',
  'proxy_set_shared_data',
  'proxy_register_shared_queue',
  'proxy_resolve_shared_queue',
  'proxy_enqueue_shared_queue',
  'proxy_dequeue_shared_queue',
  'proxy_define_metric',
  'proxy_record_metric',
  'proxy_increment_metric',
  'proxy_get_metric',
  'proxy_get_property',
  'proxy_set_property',
  'proxy_call_foreign_function',
]);

/** The wasi_snapshot_preview1 functions Envoy's proxy-wasm host provides. */
export const ENVOY_WASI_FUNCTIONS: ReadonlySet<string> = new Set([
  'fd_write',
  'fd_read',
  'fd_close',
  'fd_seek',
  'fd_fdstat_get',
  'fd_prestat_get',
  'fd_prestat_dir_name',
  'proc_exit',
  'clock_time_get',
  'random_get',
  'environ_get',
  'environ_sizes_get',
  'args_get',
  'args_sizes_get',
  'sched_yield',
  'poll_oneoff',
  'path_open',
]);

export const ABI_MARKER_EXPORT = 'proxy_abi_version_0_2_1';

function describeImport(entry: WebAssembly.ModuleImportDescriptor): string {
  return `${entry.module}.${entry.name} (${entry.kind})`;
}

function importProblem(entry: WebAssembly.ModuleImportDescriptor): string | undefined {
  if (entry.kind !== 'function') return `imports ${describeImport(entry)}: only host functions may be imported`;
  if (entry.module === 'env') {
    if (PROXY_WASM_0_2_1_FUNCTIONS.has(entry.name)) return undefined;
    if (entry.name.startsWith('proxy_')) return `imports ${describeImport(entry)}: not a host function of proxy-wasm ABI 0.2.1`;
    return `imports ${describeImport(entry)}: not a proxy-wasm host function (a host without it refuses the module)`;
  }
  if (entry.module === 'wasi_snapshot_preview1') {
    if (ENVOY_WASI_FUNCTIONS.has(entry.name)) return undefined;
    return `imports ${describeImport(entry)}: outside the WASI subset Envoy provides`;
  }
  return `imports ${describeImport(entry)}: module "${entry.module}" is not provided by proxy-wasm hosts`;
}

/**
 * Every reason `bytes` is not an acceptable proxy-wasm 0.2.1 module; empty when it is. `name`
 * prefixes each problem (e.g. "build/apikey.wasm").
 */
export function checkModuleImports(bytes: Uint8Array, name: string): string[] {
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  } catch (error) {
    return [`${name}: not a valid WebAssembly module: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  for (const entry of WebAssembly.Module.imports(module)) {
    const problem = importProblem(entry);
    if (problem) problems.push(`${name}: ${problem}`);
  }
  const exports = WebAssembly.Module.exports(module);
  const marker = exports.find((e) => e.name === ABI_MARKER_EXPORT);
  if (!marker || marker.kind !== 'function') problems.push(`${name}: does not export the function ${ABI_MARKER_EXPORT} (hosts cannot tell its ABI version)`);
  if (!exports.some((e) => e.name === 'memory' && e.kind === 'memory')) problems.push(`${name}: does not export its memory as "memory"`);
  return problems;
}
