import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Host, ModuleTrapError, type Vm } from '../../host-sim/index.ts';
import { ensureBuilt } from './helpers/ensure-built.ts';

// The probe fixture drives SDK features from request headers (test/fixtures/probe/README.md);
// these tests pin down both the probe and the SDK paths it exercises.

let modulePath: string;
let apikeyPath: string;
beforeAll(async () => {
  [modulePath, apikeyPath] = await ensureBuilt('probe', 'apikey');
});

async function startProbe(host = new Host(), pluginConfiguration: object | string = 'probe-config', extra: { vmConfiguration?: string } = {}): Promise<Vm> {
  return host.startVm({ module: modulePath, pluginConfiguration, rootId: 'probe', logLevel: 'trace', ...extra });
}

function send(vm: Vm, headers: Record<string, string> | [string, string][] = {}, properties?: Record<string, string>) {
  const stream = vm.newHttpStream(properties ? { properties } : undefined);
  const base: [string, string][] = [[':method', 'GET'], [':path', '/probe?x=1'], [':authority', 'probe.local']];
  const action = stream.sendRequestHeaders([...base, ...(Array.isArray(headers) ? headers : Object.entries(headers))], { endOfStream: true });
  return { stream, action };
}

describe('probe', () => {
  test('logs its configuration on configure', async () => {
    const vm = await startProbe(new Host(), '{"hello":"world"}');
    expect(vm.logs).toContainEqual(expect.objectContaining({ level: 'info', message: 'probe configured: {"hello":"world"}' }));
  });

  test('always: identity header (client copy replaced), x-probe-seen on the response, request counter', async () => {
    const vm = await startProbe();
    const { stream, action } = send(vm, [['x-probe-identity', 'apikey:forged'], ['x-probe-identity', 'again']]);
    expect(action).toBe('Continue');
    expect(stream.requestHeaders().filter(([n]) => n === 'x-probe-identity')).toEqual([['x-probe-identity', 'none']]);
    stream.sendResponseHeaders({ ':status': '200' }, { endOfStream: true });
    expect(stream.responseHeader('x-probe-seen')).toBe('1');
    stream.complete();
    send(vm);
    expect(vm.counter('portcullis.probe.requests')).toBe(2);
  });

  test('reports the identity an earlier filter in the chain set; stream properties cannot forge it', async () => {
    const host = new Host();
    const apikey = await host.startVm({
      module: apikeyPath,
      pluginConfiguration: { sources: [{ header: 'x-api-key' }], keys: [{ client: 'demo', sha256: createHash('sha256').update('k1').digest('hex') }] },
    });
    const probe = await startProbe(host);
    const stream = host.newHttpStream([apikey, probe]);
    stream.sendRequestHeaders({ ':method': 'GET', ':path': '/', ':authority': 'a', 'x-api-key': 'k1' }, { endOfStream: true });
    expect(stream.requestHeader('x-probe-identity')).toBe('apikey:demo');
    expect(send(probe, {}, { 'portcullis.identity': 'apikey:forged' }).stream.requestHeader('x-probe-identity')).toBe('none');
  });

  test('x-probe-trap aborts through the SDK abort: logged, then a trap', async () => {
    const vm = await startProbe();
    expect(() => send(vm, { 'x-probe-trap': '1' })).toThrow(ModuleTrapError);
    expect(vm.logs).toContainEqual(expect.objectContaining({ level: 'critical', message: 'wasm abort: probe trap requested' }));
  });

  test('x-probe-trap fails closed when the host fails closed', async () => {
    const vm = await startProbe(new Host({ onTrap: 'fail-closed' }));
    const { stream, action } = send(vm, { 'x-probe-trap': '1' });
    expect(action).not.toBe('Continue');
    expect(stream.localResponse?.status).toBe(503);
  });

  test('x-probe-reply sends a local reply', async () => {
    const vm = await startProbe();
    const { stream, action } = send(vm, { 'x-probe-reply': '418' });
    expect(action).not.toBe('Continue');
    const reply = stream.localResponse!;
    expect(reply.status).toBe(418);
    expect(reply.bodyText).toBe('probe');
    expect(reply.headers).toContainEqual(['x-probe', 'reply']);
    expect(reply.details).toBe('probe_reply');
  });

  test('x-probe-shared increments a shared-data counter with CAS, across VMs of the host', async () => {
    const host = new Host();
    const a = await startProbe(host);
    const b = await startProbe(host);
    expect(send(a, { 'x-probe-shared': 'hits' }).stream.requestHeader('x-probe-shared-value')).toBe('1');
    expect(send(b, { 'x-probe-shared': 'hits' }).stream.requestHeader('x-probe-shared-value')).toBe('2');
    expect(send(a, { 'x-probe-shared': 'hits' }).stream.requestHeader('x-probe-shared-value')).toBe('3');
    expect(send(a, { 'x-probe-shared': 'other' }).stream.requestHeader('x-probe-shared-value')).toBe('1');
  });

  test('x-probe-property reads a property by dotted path', async () => {
    const vm = await startProbe();
    expect(send(vm, { 'x-probe-property': 'request.path' }).stream.requestHeader('x-probe-property-value')).toBe('/probe?x=1');
    expect(send(vm, { 'x-probe-property': 'request.headers.x-probe-property' }).stream.requestHeader('x-probe-property-value')).toBe('request.headers.x-probe-property');
    expect(send(vm, { 'x-probe-property': 'no.such.thing' }).stream.requestHeader('x-probe-property-value')).toBe('<missing>');
  });

  test('x-probe-callout pauses, calls the cluster and resumes with the callout status', async () => {
    const vm = await startProbe(new Host({ clusters: ['backend'] }));
    const { stream, action } = send(vm, { 'x-probe-callout': 'backend' });
    expect(action).not.toBe('Continue');
    const [callout] = vm.pendingCallouts();
    expect(callout.cluster).toBe('backend');
    expect(callout.timeoutMs).toBe(2000);
    expect(callout.headers).toEqual(expect.arrayContaining([[':method', 'GET'], [':path', '/'], [':authority', 'backend']]));
    expect(stream.requestHeader('x-probe-callout-status')).toBeUndefined();
    callout.respond({ headers: { ':status': '204' }, body: 'ignored' });
    expect(stream.requestHeader('x-probe-callout-status')).toBe('204');
    expect(vm.pendingCallouts()).toHaveLength(0);
  });

  test('a failed callout resumes with "failed"; an unknown cluster fails at once', async () => {
    const vm = await startProbe(new Host({ clusters: ['backend'] }));
    const { stream } = send(vm, { 'x-probe-callout': 'backend' });
    vm.pendingCallouts()[0].fail();
    expect(stream.requestHeader('x-probe-callout-status')).toBe('failed');
    const unknown = send(vm, { 'x-probe-callout': 'nowhere' });
    expect(unknown.action).toBe('Continue');
    expect(unknown.stream.requestHeader('x-probe-callout-status')).toBe('failed');
  });

  test('a callout whose stream is gone is dropped quietly', async () => {
    const vm = await startProbe(new Host({ clusters: ['backend'] }));
    const { stream } = send(vm, { 'x-probe-callout': 'backend' });
    const [callout] = vm.pendingCallouts();
    stream.complete();
    if (vm.pendingCallouts().length > 0) callout.respond({ headers: { ':status': '200' } });
    expect(vm.logs.filter((l) => l.level === 'critical')).toEqual([]);
  });

  test('x-probe-queue enqueues; the root context dequeues and logs', async () => {
    const vm = await startProbe();
    send(vm, { 'x-probe-queue': 'hello queue' });
    send(vm, { 'x-probe-queue': 'second' });
    const messages = vm.logs.map((l) => l.message);
    expect(messages).toContain('probe queue: hello queue');
    expect(messages).toContain('probe queue: second');
  });

  test('tick_ms from the plugin configuration drives ticks', async () => {
    const host = new Host();
    const vm = await startProbe(host, { tick_ms: 100 });
    host.advanceTime(350);
    expect(vm.counter('portcullis.probe.ticks')).toBe(3);
    expect(vm.logs.filter((l) => l.message === 'probe tick' && l.level === 'debug')).toHaveLength(3);
  });

  test('tick_ms from the VM configuration drives ticks', async () => {
    const host = new Host();
    const vm = await startProbe(host, 'plain', { vmConfiguration: '{"tick_ms": 50}' });
    host.advanceTime(100);
    expect(vm.counter('portcullis.probe.ticks')).toBe(2);
  });

  test('an invalid tick_ms is rejected at configure', async () => {
    const host = new Host();
    const vm = await host.startVm({ module: modulePath, pluginConfiguration: { tick_ms: -5 }, allowConfigureFailure: true });
    expect(vm.configured).toBe(false);
    expect(vm.logs.map((l) => l.message)).toContain('probe: tick_ms must be an integer between 0 and 86400000');
  });
});
