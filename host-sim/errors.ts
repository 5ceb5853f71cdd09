// Error classes thrown by host-sim. Each names what went wrong precisely so a
// failing test reads like a diagnosis, not a stack trace.

export class HostError extends Error {
  override name = 'HostError';
}

/** A host call the module imports that host-sim does not provide. */
export class UnimplementedHostCallError extends HostError {
  override name = 'HostError';
  constructor(readonly functionName: string) {
    super(`host function ${functionName} is not implemented by host-sim`);
  }
}

export interface LogLine {
  level: LogLevelName;
  message: string;
  contextId: number;
}

export type LogLevelName = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'critical';

function formatLogs(logs: readonly LogLine[]): string {
  if (logs.length === 0) return '  (no log lines)';
  return logs.map((l) => `  [${l.level}] ${l.message}`).join('\n');
}

/** The guest trapped (unreachable, out-of-bounds access, abort, ...). */
export class ModuleTrapError extends HostError {
  override name = 'ModuleTrapError';
  constructor(
    readonly callback: string,
    readonly trap: string,
    readonly logs: readonly LogLine[],
    options?: { cause?: unknown },
  ) {
    super(`module trapped in ${callback}: ${trap}\nlast log lines:\n${formatLogs(logs)}`, options);
  }
}

/** proxy_on_vm_start or proxy_on_configure returned false (Envoy refuses the filter). */
export class ConfigureError extends HostError {
  override name = 'ConfigureError';
  constructor(
    readonly phase: 'proxy_on_vm_start' | 'proxy_on_configure',
    readonly logs: readonly LogLine[],
  ) {
    super(`${phase} returned false: the plugin rejected its configuration\nlast log lines:\n${formatLogs(logs)}`);
  }
}

/** The test drove a stream in an order a real proxy never would. */
export class StreamStateError extends HostError {
  override name = 'StreamStateError';
}

/** The module cannot be loaded as a proxy-wasm module. */
export class ModuleLoadError extends HostError {
  override name = 'ModuleLoadError';
}
