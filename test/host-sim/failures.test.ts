// Traps, fail-closed, unimplemented host calls, bad modules, and the WASI subset.
import { describe, expect, it } from 'vitest';
import { ConfigureError, Host, HostError, ModuleLoadError, ModuleTrapError } from '../../host-sim/index.ts';
import { ModuleBuilder, i32 } from './wasm-builder.ts';
import { ProxyModule, SCRATCH, op } from './proxy-module.ts';

const GET = { ':method': 'GET', ':path': '/', ':authority': 'a' };

function trapModule(): Uint8Array {
  const m = new ProxyModule();
  m.on('proxy_on_request_headers', [m.log(3, 'about to fail'), op.unreachable()]);
  return m.build();
}

describe('traps', () => {
  it('throws ModuleTrapError with the trap and the last log lines', async () => {
    const vm = await new Host().startVm({ module: trapModule() });
    const err = (() => {
      try {
        vm.newHttpStream().sendRequestHeaders(GET);
      } catch (e) {
        return e;
      }
    })() as ModuleTrapError;
    expect(err).toBeInstanceOf(ModuleTrapError);
    expect(err.trap).toMatch(/unreachable/);
    expect(err.logs).toEqual([{ level: 'warn', message: 'about to fail', contextId: 2 }]);
    expect(err.message).toMatch(/module trapped in proxy_on_request_headers: .*unreachable[\s\S]*\[warn\] about to fail/);
  });

  it('fails closed like Envoy: 503 wasm_fail_stream now and for later streams', async () => {
    const vm = await new Host({ onTrap: 'fail-closed' }).startVm({ module: trapModule() });
    const s = vm.newHttpStream();
    expect(s.sendRequestHeaders(GET)).toBe('StopAllIterationAndWatermark');
    expect(s.localResponse).toMatchObject({ status: 503, details: 'wasm_fail_stream', grpcStatus: 14, bodyText: '' });
    expect(vm.failed).toBe(true);
    const later = vm.newHttpStream();
    later.sendRequestHeaders(GET);
    expect(later.localResponse?.status).toBe(503);
    later.complete();
  });
});

describe('host calls host-sim does not implement', () => {
  it('fail loudly with the function name', async () => {
    // Envoy still links ABI 0.1.0's proxy_get_configuration; host-sim runs 0.2.x modules only.
    const m = new ProxyModule([{ module: 'env', name: 'proxy_get_configuration', params: [i32, i32], results: [i32] }]);
    m.on('proxy_on_request_headers', [m.call('proxy_get_configuration', op.i32(0), op.i32(0)), op.i32(0)]);
    const vm = await new Host({ onTrap: 'fail-closed' }).startVm({ module: m.build() });
    const s = vm.newHttpStream();
    let err: unknown;
    try {
      s.sendRequestHeaders(GET);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HostError);
    expect((err as Error).message).toBe('host function proxy_get_configuration is not implemented by host-sim');
    expect(vm.failed).toBe(false);
  });
});

describe('loading and configuring', () => {
  it('refuses modules that are not proxy-wasm modules', async () => {
    const host = new Host();
    await expect(host.startVm({ module: Uint8Array.of(1, 2, 3) })).rejects.toThrow(ModuleLoadError);
    await expect(host.startVm({ module: '/nonexistent.wasm' })).rejects.toThrow(/cannot read module \/nonexistent.wasm/);
    const b = new ModuleBuilder();
    b.func('proxy_on_memory_allocate', [i32], [i32], [op.i32(0)]);
    await expect(host.startVm({ module: b.build() })).rejects.toThrow(/no proxy_abi_version_0_2_1/);
  });

  it('hands the plugin configuration to on_configure and rejects when it returns false', async () => {
    const m = new ProxyModule();
    // Accept only a configuration of exactly 2 bytes, and log it.
    m.on('proxy_on_configure', [
      m.call('proxy_get_buffer_bytes', op.i32(7), op.i32(0), op.get(1), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
      m.call('proxy_log', op.i32(2), [...op.i32(SCRATCH.ptr), ...op.load()], [...op.i32(SCRATCH.size), ...op.load()]),
      op.get(1), op.i32(2), op.eq(),
    ]);
    const host = new Host();
    const bytes = m.build();
    const ok = await host.startVm({ module: bytes, pluginConfiguration: {} });
    expect(ok.logs.map((l) => l.message)).toEqual(['{}']);
    const err = await host.startVm({ module: bytes, pluginConfiguration: 'bad config' }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigureError);
    expect(err.message).toMatch(/proxy_on_configure returned false[\s\S]*\[info\] bad config/);
  });
});

describe('WASI subset', () => {
  it('writes fd 1 to the info log and fd 2 to the error log, refuses other fds, reads the virtual clock', async () => {
    const W = 'wasi_snapshot_preview1';
    const m = new ProxyModule([
      { module: W, name: 'fd_write', params: [i32, i32, i32, i32], results: [i32] },
      { module: W, name: 'clock_time_get', params: [i32, 0x7e, i32], results: [i32] },
    ]);
    const [hO, hL] = m.str('hello\n');
    const [eO, eL] = m.str('oops');
    const iov = (o: number, l: number) => [op.i32(60100), op.i32(o), op.store(), op.i32(60104), op.i32(l), op.store()];
    m.on('proxy_on_vm_start', [
      ...iov(hO, hL), m.call('fd_write', op.i32(1), op.i32(60100), op.i32(1), op.i32(SCRATCH.word)),
      ...iov(eO, eL), m.call('fd_write', op.i32(2), op.i32(60100), op.i32(1), op.i32(SCRATCH.word)),
      op.i32(1),
    ]);
    m.on('proxy_on_request_headers', [
      ...iov(hO, hL),
      m.recordCode('x-fd3', m.callKeep('fd_write', op.i32(3), op.i32(60100), op.i32(1), op.i32(SCRATCH.word))),
      m.recordCode('x-clock', m.callKeep('clock_time_get', op.i32(0), op.i64(0), op.i32(SCRATCH.u64))),
      op.i32(0),
    ]);
    const host = new Host({ startTimeMs: 5_000 });
    const vm = await host.startVm({ module: m.build() });
    expect(vm.logs.map(({ level, message }) => [level, message])).toEqual([['info', 'hello'], ['error', 'oops']]);
    const s = vm.newHttpStream();
    s.sendRequestHeaders(GET);
    expect(s.requestHeader('x-fd3')).toBe('8'); // EBADF
    expect(s.requestHeader('x-clock')).toBe('0');
  });
});
