import { beforeAll, describe, expect, test } from 'vitest';
import { compileModule, repoRoot } from '../../bin/cli/build.ts';
import { Host } from '../../host-sim/index.ts';
import { join } from 'node:path';

// SDK author-API paths beyond the probe, through test/sdk/assembly/features.ts.

let modulePath: string;
beforeAll(async () => {
  const outFile = 'build/test/sdk-features.wasm';
  await compileModule({ name: 'sdk-features', entry: 'test/sdk/assembly/features.ts', outFile });
  modulePath = join(repoRoot, outFile);
}, 60_000);

const START = Date.UTC(2025, 0, 1);

describe('sdk features', () => {
  test('registered root ids select the root context; an unknown one refuses to configure', async () => {
    const host = new Host();
    const features = await host.startVm({ module: modulePath, rootId: 'features', pluginConfiguration: 'cfg-1' });
    expect(features.logs.map((l) => l.message)).toContainEqual(expect.stringMatching(/^features root \d+ configured: cfg-1$/));
    const other = await host.startVm({ module: modulePath, rootId: 'other', pluginConfiguration: '' });
    expect(other.logs.map((l) => l.message)).toContain('other root configured');
    const unknown = await host.startVm({ module: modulePath, rootId: 'nobody', pluginConfiguration: '', allowConfigureFailure: true });
    expect(unknown.configured).toBe(false);
    expect(unknown.logs.map((l) => l.message)).toContain('no root context registered for root_id "nobody"');
  });

  test('SharedKey: a numbered key written in place, CAS round trip, re-pointed at the same key\'s bytes', async () => {
    const host = new Host();
    const vm = await host.startVm({ module: modulePath, rootId: 'features', pluginConfiguration: '' });
    const s = vm.newHttpStream();
    s.sendRequestHeaders([[':method', 'GET'], [':path', '/a'], [':authority', 'h'], ['x-shared-numbered', '4096']], { endOfStream: true });
    expect(s.requestHeader('x-shared-result')).toBe('1111'); // absent, created, updated with its CAS, stale CAS refused
    expect(s.requestHeader('x-shared-value')).toBe('v2');
    expect(s.requestHeader('x-shared-by-text')).toBe('v2');
    expect(host.sharedData.get('features.table:4096')).toBe('v2');
  });

  test('headers: all pairs, add, host time, property set/get by segments', async () => {
    const host = new Host({ startTimeMs: START });
    const vm = await host.startVm({ module: modulePath, rootId: 'features', pluginConfiguration: '' });
    const s = vm.newHttpStream();
    s.sendRequestHeaders([[':method', 'GET'], [':path', '/a'], [':authority', 'h'], ['x-dup', '1'], ['x-dup', '2']], { endOfStream: true });
    expect(s.requestHeader('x-seen-names')).toBe(':method,:path,:authority,x-dup,x-dup');
    expect(s.requestHeader('x-num-headers')).toBe('5');
    expect(s.requestHeader('x-now-ms')).toBe(String(START));
    expect(s.requestHeader('x-mark')).toMatch(/^marked-\d+$/);
    expect(s.property('features.mark')).toBe(s.requestHeader('x-mark'));
  });

  test('setAll replaces the whole map', async () => {
    const vm = await new Host().startVm({ module: modulePath, rootId: 'features', pluginConfiguration: '' });
    const s = vm.newHttpStream();
    s.sendRequestHeaders({ ':method': 'POST', ':path': '/a', ':authority': 'h', 'x-rewrite-all': '1' }, { endOfStream: true });
    expect(s.requestHeaders()).toEqual([[':method', 'GET'], [':path', '/rewritten'], [':authority', 'features'], ['x-only', 'this']]);
  });

  test('bodies are read and replaced; response headers and trailers edited; gauge and histogram recorded; lifecycle hooks run', async () => {
    const vm = await new Host().startVm({ module: modulePath, rootId: 'features', pluginConfiguration: '' });
    const s = vm.newHttpStream();
    expect(s.sendRequestHeaders({ ':method': 'POST', ':path': '/a', ':authority': 'h' })).toBe('Continue');
    expect(vm.metric('features.in_flight')).toBe(1);
    expect(s.sendRequestBody('hello ', { endOfStream: false })).toBe('StopIterationAndBuffer');
    s.sendRequestBody('world', { endOfStream: true });
    expect(new TextDecoder().decode(s.requestBody())).toBe('HELLO WORLD!');
    expect(vm.histogram('features.body_size')).toEqual([11]);
    s.sendResponseHeaders({ ':status': '200', 'x-a': 'b' });
    expect(s.responseHeader('x-response-seen')).toBe('2');
    s.sendResponseBody('abc', { endOfStream: false });
    s.sendResponseBody('defgh', { endOfStream: true });
    expect(new TextDecoder().decode(s.responseBody())).toBe('[abcd]');
    s.complete();

    const withTrailers = vm.newHttpStream();
    withTrailers.sendRequestHeaders({ ':method': 'GET', ':path': '/t', ':authority': 'h' }, { endOfStream: true });
    withTrailers.sendResponseHeaders({ ':status': '200' });
    withTrailers.sendResponseTrailers({ 'grpc-status': '0' });
    expect(withTrailers.responseTrailers()).toContainEqual(['x-trailer-seen', '1']);
    expect(vm.logs.map((l) => l.message)).toContainEqual(expect.stringMatching(/^features log \d+$/));
    withTrailers.complete();
    expect(vm.metric('features.in_flight')).toBe(0);
  });
});
