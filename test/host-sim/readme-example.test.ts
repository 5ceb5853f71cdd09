// The example from host-sim/README.md, kept as a real test so the README cannot rot.
import { describe, expect, it } from 'vitest';
import { Host } from '../../host-sim/index.ts';
import { buildGoFilter, goAvailable } from './go-fixture.ts';

describe.skipIf(!goAvailable())('host-sim README example', () => {
  it('runs a filter, denies one request, allows another, and reads its stats', async () => {
    const host = new Host({ startTimeMs: Date.UTC(2025, 0, 1) });
    const vm = await host.startVm({
      module: buildGoFilter(), // build/fixtures/go-filter.wasm
      pluginConfiguration: { deny_prefix: '/admin', tag: 'demo' },
      rootId: 'go',
    });

    const denied = vm.newHttpStream({ properties: { 'source.address': '10.0.0.1:40000' } });
    denied.sendRequestHeaders({ ':method': 'GET', ':path': '/admin', ':authority': 'api' }, { endOfStream: true });
    expect(denied.localResponse?.status).toBe(403);
    expect(denied.localResponse?.bodyText).toBe('denied by go-filter\n');
    denied.complete();

    const allowed = vm.newHttpStream();
    expect(allowed.sendRequestHeaders({ ':method': 'GET', ':path': '/hello', ':authority': 'api' }, { endOfStream: true })).toBe('Continue');
    expect(allowed.requestHeader('x-go-filter')).toBe('demo');
    expect(allowed.property('go_filter.seen')).toBe('/hello');
    allowed.sendResponseHeaders({ ':status': '200' }, { endOfStream: true });
    expect(allowed.responseHeader('x-go-filter-response')).toBe('1');
    allowed.complete();

    expect(vm.counter('go_filter.requests')).toBe(2);
    expect(host.sharedData.get('go_filter.total')).toBe('2');
    expect(vm.logs.some((l) => l.level === 'warn' && l.message === 'go-filter: denied /admin')).toBe(true);
  });
});
