// Runs a filter written with the official proxy-wasm-go-sdk through host-sim:
// proof that host-sim implements the ABI, not the habits of our own SDK.
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigureError, Host, type Vm } from '../../host-sim/index.ts';
import { buildGoFilter, goAvailable } from './go-fixture.ts';

const hasGo = goAvailable();
if (!hasGo) console.warn('go-sdk.test.ts skipped: the go toolchain is not installed (need Go >= 1.24 for wasip1 c-shared builds)');

describe.skipIf(!hasGo)('proxy-wasm-go-sdk filter', () => {
  let wasm: string;
  let module: WebAssembly.Module;
  beforeAll(async () => {
    wasm = buildGoFilter();
    module = await WebAssembly.compile(await import('node:fs').then((fs) => fs.readFileSync(wasm)));
  }, 300_000);

  async function start(host = new Host(), extra: { vmId?: string } = {}): Promise<Vm> {
    return host.startVm({ module, pluginConfiguration: { deny_prefix: '/admin', tag: 'from-go' }, rootId: 'go', name: 'go-filter', ...extra });
  }

  it('starts through _initialize, ABI 0.2.0 export and proxy_on_memory_allocate', async () => {
    const vm = await start();
    expect(vm.configured).toBe(true);
    expect(vm.abiVersion).toBe('0.2.0');
    expect(vm.logs.some((l) => l.level === 'info' && l.message === 'go-filter: started, denying /admin')).toBe(true);
  });

  it('adds and removes request headers, sets filter state, answers response headers', async () => {
    const vm = await start();
    const s = vm.newHttpStream();
    const action = s.sendRequestHeaders({ ':method': 'GET', ':path': '/x', ':authority': 'a', 'x-remove-me': '1' }, { endOfStream: true });
    expect(action).toBe('Continue');
    expect(s.requestHeader('x-go-filter')).toBe('from-go');
    expect(s.requestHeader('x-remove-me')).toBeUndefined();
    expect(s.property('go_filter.seen')).toBe('/x');
    expect(s.sendResponseHeaders({ ':status': '200' })).toBe('Continue');
    expect(s.responseHeader('x-go-filter-response')).toBe('1');
    s.complete();
    expect(vm.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(vm.logs.some((l) => l.message === 'go-filter: allowed /x')).toBe(true);
  });

  it('denies a path with a local reply', async () => {
    const vm = await start();
    const s = vm.newHttpStream();
    const action = s.sendRequestHeaders({ ':method': 'GET', ':path': '/admin/users', ':authority': 'a' }, { endOfStream: true });
    expect(action).toBe('StopAllIterationAndWatermark');
    expect(s.localResponse?.status).toBe(403);
    expect(s.localResponse?.bodyText).toBe('denied by go-filter\n');
    expect(s.localResponse?.grpcStatus).toBeUndefined();
    expect(s.localResponse?.headers).toContainEqual(['x-denied-by', 'go-filter']);
    // The reply passes back through the filter's response callback, as in Envoy.
    expect(s.localResponse?.headers).toContainEqual(['x-go-filter-response', '1']);
    expect(s.requestHeader('x-go-filter')).toBeUndefined();
    expect(() => s.sendRequestBody('late', { endOfStream: true })).toThrow(/already answered with a local response \(status 403/);
  });

  it('counts requests in a metric and in CAS-guarded shared data across VMs', async () => {
    const host = new Host();
    const a = await start(host);
    const b = await start(host);
    for (const vm of [a, b, a]) {
      const s = vm.newHttpStream();
      s.sendRequestHeaders({ ':method': 'GET', ':path': '/', ':authority': 'a' }, { endOfStream: true });
      s.complete();
    }
    expect(a.counter('go_filter.requests')).toBe(2);
    expect(b.counter('go_filter.requests')).toBe(1);
    expect(host.metric('go_filter.requests')).toBe(3);
    expect(host.sharedData.get('go_filter.total')).toBe('3');
  });

  it('rejects a bad configuration with ConfigureError carrying the log', async () => {
    const host = new Host();
    const err = await host.startVm({ module, pluginConfiguration: '{"tag":1' }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigureError);
    expect(err.message).toMatch(/proxy_on_configure returned false/);
    expect(err.message).toMatch(/go-filter: invalid configuration/);
    const vm = await host.startVm({ module, pluginConfiguration: '{}', allowConfigureFailure: true });
    expect(vm.configured).toBe(false);
    expect(() => vm.newHttpStream()).toThrow(/did not configure/);
  });
});
