// Shared by the quota host-sim suites: start the module, send one request, read its verdict.
import { Host, type HttpStream, type Vm } from '../../host-sim/index.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';

/** 2025-01-01T00:00:00Z: aligned to every window size, so window edges are exact in tests. */
export const T0 = Date.UTC(2025, 0, 1);

export type Config = Record<string, unknown>;

/**
 * Starts quota.wasm (`modulePath`) with `config`; with `response_headers: true`, the build with a
 * response callback instead, as the policy compiler chooses (filters/quota/assembly/variant.ts).
 */
export async function startQuota(modulePath: string, config: Config, host = new Host({ startTimeMs: T0 })): Promise<{ host: Host; vm: Vm }> {
  const module = config.response_headers === true ? (await ensureBuilt('quota-headers'))[0]! : modulePath;
  const vm = await host.startVm({ module, pluginConfiguration: config });
  return { host, vm };
}

export interface Sent {
  stream: HttpStream;
  status: number;
  header(name: string): string | undefined;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string> | [string, string][];
  peer?: string;
  vms?: Vm[];
  host?: Host;
}

/** Sends one request (and a 200 upstream answer when it passes); status 200 = admitted. */
export function send(vm: Vm, path: string, options: RequestOptions = {}): Sent {
  const properties = { 'source.address': options.peer ?? '10.0.0.1:40000' };
  const stream = options.vms && options.host ? options.host.newHttpStream(options.vms, { properties }) : vm.newHttpStream({ properties });
  const extra: [string, string][] = Array.isArray(options.headers) ? options.headers : Object.entries(options.headers ?? {});
  stream.sendRequestHeaders([[':method', options.method ?? 'GET'], [':path', path], [':authority', 'api.example'], [':scheme', 'https'], ...extra], { endOfStream: true });
  const reply = stream.localResponse;
  if (!reply) stream.sendResponseHeaders({ ':status': '200' }, { endOfStream: true });
  const status = reply ? reply.status : 200;
  const header = (name: string) => {
    if (reply) return reply.headers.find(([n]) => n === name)?.[1];
    return stream.responseHeader(name) ?? undefined;
  };
  stream.complete();
  return { stream, status, header };
}

/** How many of `n` requests pass. */
export function admitted(vm: Vm, n: number, path: string, options: RequestOptions = {}): number {
  let ok = 0;
  for (let i = 0; i < n; i++) if (send(vm, path, options).status === 200) ok++;
  return ok;
}

export function ipLimit(name: string, algorithm: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, ...algorithm, key: ['client_ip'], ...extra };
}
