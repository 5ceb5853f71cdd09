// ABI behaviour of host-sim against hand-assembled modules: header maps,
// properties, buffers, local replies and filter chains.
import { describe, expect, it } from 'vitest';
import { decodePairs, encodePairs, Host } from '../../host-sim/index.ts';
import { ProxyModule, SCRATCH, op } from './proxy-module.ts';

const GET = { ':method': 'GET', ':path': '/x?a=1', ':authority': 'api.test', ':scheme': 'https' };

describe('pair serialization', () => {
  it('encodes count, sizes, then NUL-terminated keys and values', () => {
    const bytes = encodePairs([['a', 'bc'], ['', 'z']]);
    expect([...bytes]).toEqual([2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 97, 0, 98, 99, 0, 0, 122, 0]);
    expect(decodePairs(bytes)).toEqual([['a', 'bc'], ['', 'z']]);
  });
  it('refuses a buffer shorter than its declared pairs', () => {
    expect(decodePairs(Uint8Array.of(5, 0, 0, 0, 1, 0))).toBeUndefined();
  });
});

/** on_request_headers: copy the pairs out and back (round trip through the guest), read :path, echo x-in as x-out. */
function headersModule(): Uint8Array {
  const m = new ProxyModule();
  const [inO, inL] = m.str('x-in');
  const [propO, propL] = m.str('request\u0000url_path');
  const [setKO, setKL] = m.str('demo.seen');
  const [setVO, setVL] = m.str('yes');
  m.on('proxy_on_request_headers', [
    m.call('proxy_get_header_map_pairs', op.i32(0), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
    m.call('proxy_set_header_map_pairs', op.i32(0), [...op.i32(SCRATCH.ptr), ...op.load()], [...op.i32(SCRATCH.size), ...op.load()]),
    m.callKeep('proxy_get_header_map_value', op.i32(0), op.i32(inO), op.i32(inL), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
    op.eqz(), op.if(m.addHeaderFromScratch(0, 'x-out')),
    m.call('proxy_get_property', op.i32(propO), op.i32(propL), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
    m.addHeaderFromScratch(0, 'x-url-path'),
    m.recordCode('x-missing-map', m.callKeep('proxy_get_header_map_value', op.i32(2), op.i32(inO), op.i32(inL), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size))),
    m.call('proxy_set_property', op.i32(setKO), op.i32(setKL), op.i32(setVO), op.i32(setVL)),
    op.i32(0),
  ]);
  // Buffer request bodies until the end, then log the whole body and append "!".
  const [bangO] = m.str('!');
  m.on('proxy_on_request_body', [
    op.get(2), op.eqz(), op.if(op.i32(1), op.ret()),
    m.call('proxy_get_buffer_bytes', op.i32(0), op.i32(0), op.get(1), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
    m.call('proxy_log', op.i32(2), [...op.i32(SCRATCH.ptr), ...op.load()], [...op.i32(SCRATCH.size), ...op.load()]),
    m.call('proxy_set_buffer_bytes', op.i32(0), op.get(1), op.i32(0), op.i32(bangO), op.i32(1)),
    op.i32(0),
  ]);
  m.on('proxy_on_response_headers', [m.addHeader(2, 'x-resp', '1'), op.i32(0)]);
  return m.build();
}

describe('header maps, properties and bodies', () => {
  it('round-trips header pairs through the guest and lower-cases names', async () => {
    const vm = await new Host().startVm({ module: headersModule() });
    const s = vm.newHttpStream();
    expect(s.sendRequestHeaders({ ...GET, 'X-In': 'v1' })).toBe('Continue');
    expect(s.requestHeaders()).toEqual([
      [':method', 'GET'], [':path', '/x?a=1'], [':authority', 'api.test'], [':scheme', 'https'], ['x-in', 'v1'],
      ['x-out', 'v1'], ['x-url-path', '/x'], ['x-missing-map', '2'],
    ]);
    expect(s.property('demo.seen')).toBe('yes');
  });

  it('passes a body held with StopIterationAndBuffer as one accumulated buffer', async () => {
    const vm = await new Host().startVm({ module: headersModule() });
    const s = vm.newHttpStream();
    s.sendRequestHeaders(GET);
    expect(s.sendRequestBody('hel')).toBe('StopIterationAndBuffer');
    expect(s.requestBody().length).toBe(0);
    expect(s.sendRequestBody('lo', { endOfStream: true })).toBe('Continue');
    expect(new TextDecoder().decode(s.requestBody())).toBe('hello!');
    expect(vm.logs.at(-1)).toMatchObject({ level: 'info', message: 'hello' });
    expect(s.sendResponseHeaders({ ':status': '200' })).toBe('Continue');
    expect(s.responseHeader('x-resp')).toBe('1');
  });

  it('rejects calls made in an order no proxy would make', async () => {
    const vm = await new Host().startVm({ module: headersModule() });
    const s = vm.newHttpStream();
    expect(() => s.sendRequestBody('x')).toThrow('sendRequestBody called before sendRequestHeaders');
    expect(() => s.sendResponseHeaders({ ':status': '200' })).toThrow(/have not reached upstream/);
    s.sendRequestHeaders(GET, { endOfStream: true });
    expect(() => s.sendRequestHeaders(GET)).toThrow(/already sent/);
    expect(() => s.sendRequestBody('x')).toThrow(/request already ended/);
    s.complete();
    expect(() => s.complete()).toThrow(/already complete/);
    expect(() => s.sendResponseHeaders({ ':status': '200' })).toThrow(/stream is complete/);
  });
});

/** A chain member: appends its letter to x-order both ways; may deny or read another filter's property. */
function chainModule(letter: string, opts: { denyIfHeader?: string; readProperty?: string } = {}): Uint8Array {
  const m = new ProxyModule();
  const body: number[][] = [m.addHeader(0, 'x-order', letter)];
  if (opts.denyIfHeader) {
    const [ho, hl] = m.str(opts.denyIfHeader);
    const [dO, dL] = m.str('denied by ' + letter);
    const [bO, bL] = m.str('{"error":"no"}');
    const [pO, pL] = m.str(encodePairs([['content-type', 'application/json'], ['WWW-Authenticate', 'ApiKey realm="t"']]));
    body.push(
      m.callKeep('proxy_get_header_map_value', op.i32(0), op.i32(ho), op.i32(hl), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
      op.eqz(),
      op.if(
        m.call('proxy_send_local_response', op.i32(401), op.i32(dO), op.i32(dL), op.i32(bO), op.i32(bL), op.i32(pO), op.i32(pL), op.i32(-1)),
        op.i32(0), op.ret(),
      ),
    );
  }
  if (opts.readProperty) {
    const [po, pl] = m.str(opts.readProperty);
    body.push(
      m.callKeep('proxy_get_property', op.i32(po), op.i32(pl), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
      op.eqz(), op.if(m.addHeaderFromScratch(0, `x-${letter}-saw`)),
    );
  }
  m.on('proxy_on_request_headers', [...body, op.i32(0)]);
  m.on('proxy_on_response_headers', [m.addHeader(2, 'x-order', letter), op.i32(0)]);
  return m.build();
}

describe('filter chains', () => {
  it('runs requests in chain order, responses in reverse, and shares filter state', async () => {
    const host = new Host();
    const a = await host.startVm({ module: headersModule(), rootId: 'a' });
    const b = await host.startVm({ module: chainModule('b', { readProperty: 'demo.seen' }), rootId: 'b' });
    const c = await host.startVm({ module: chainModule('c'), rootId: 'c' });
    const s = host.newHttpStream([a, b, c]);
    s.sendRequestHeaders(GET, { endOfStream: true });
    expect(s.requestHeaders().filter(([k]) => k === 'x-order').map(([, v]) => v)).toEqual(['b', 'c']);
    expect(s.requestHeader('x-b-saw')).toBe('yes');
    s.sendResponseHeaders({ ':status': '200' });
    expect(s.responseHeaders()).toEqual([[':status', '200'], ['x-order', 'c'], ['x-order', 'b'], ['x-resp', '1']]);
  });

  it('stops later filters on a local reply and encodes the reply back through the earlier ones', async () => {
    const host = new Host();
    const a = await host.startVm({ module: chainModule('a') });
    const b = await host.startVm({ module: chainModule('b', { denyIfHeader: 'x-deny' }) });
    const c = await host.startVm({ module: chainModule('c') });
    const s = host.newHttpStream([a, b, c]);
    expect(s.sendRequestHeaders({ ...GET, 'x-deny': '1' })).toBe('StopAllIterationAndWatermark');
    expect(s.requestHeaders().filter(([k]) => k === 'x-order').map(([, v]) => v)).toEqual(['a', 'b']);
    const reply = s.localResponse!;
    expect(reply.status).toBe(401);
    expect(reply.details).toBe('denied_by_b');
    expect(reply.bodyText).toBe('{"error":"no"}');
    expect(reply.grpcStatus).toBeUndefined();
    // c never saw the request, so only b then a see the reply.
    expect(reply.headers).toEqual([
      [':status', '401'], ['content-type', 'application/json'], ['www-authenticate', 'ApiKey realm="t"'],
      ['content-length', '14'], ['x-order', 'b'], ['x-order', 'a'],
    ]);
    s.complete();
  });

  it('exposes well-known attributes and per-VM properties with Envoy encodings', async () => {
    const m = new ProxyModule();
    const read = (path: string, header: string) => {
      const [o, l] = m.str(path);
      return [m.callKeep('proxy_get_property', op.i32(o), op.i32(l), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)), op.eqz(), op.if(m.addHeaderFromScratch(0, header))];
    };
    m.on('proxy_on_request_headers', [
      ...read('request\u0000method', 'x-method'),
      ...read('source\u0000address', 'x-source'),
      ...read('plugin_root_id', 'x-root'),
      ...read('node\u0000id', 'x-node'),
      ...read('request\u0000headers\u0000x-a', 'x-a-copy'),
      ...read('nope', 'x-nope'),
      op.i32(0),
    ]);
    const vm = await new Host().startVm({ module: m.build(), rootId: 'root-1', properties: { 'node.id': 'sidecar~1' } });
    const s = vm.newHttpStream({ properties: { 'source.address': '10.0.0.7:5555' } });
    s.sendRequestHeaders({ ...GET, 'x-a': 'A' });
    expect(s.requestHeader('x-method')).toBe('GET');
    expect(s.requestHeader('x-source')).toBe('10.0.0.7:5555');
    expect(s.requestHeader('x-root')).toBe('root-1');
    expect(s.requestHeader('x-node')).toBe('sidecar~1');
    expect(s.requestHeader('x-a-copy')).toBe('A');
    expect(s.requestHeader('x-nope')).toBeUndefined();
  });
});
