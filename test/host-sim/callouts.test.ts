// HTTP callouts (respond / fail / time out), ticks and the virtual clock, metrics.
import { describe, expect, it } from 'vitest';
import { encodePairs, Host } from '../../host-sim/index.ts';
import { ProxyModule, SCRATCH, op } from './proxy-module.ts';

const GET = { ':method': 'GET', ':path': '/r', ':authority': 'a' };
const CTX = 60040;

/** Calls cluster "authz" and pauses; the response adds x-authz-status / x-authz-body and resumes, a failure denies with 503. */
function calloutModule(timeoutMs: number): Uint8Array {
  const m = new ProxyModule();
  const [cO, cL] = m.str('authz');
  const [hO, hL] = m.str(encodePairs([[':method', 'POST'], [':path', '/check'], [':authority', 'authz']]));
  const [bO, bL] = m.str('ping');
  const [sO, sL] = m.str(':status');
  const [fO, fL] = m.str('authz_unreachable');
  m.on('proxy_on_request_headers', [
    op.i32(CTX), op.get(0), op.store(),
    m.recordCode('x-call', m.callKeep('proxy_http_call', op.i32(cO), op.i32(cL), op.i32(hO), op.i32(hL), op.i32(bO), op.i32(bL), op.i32(0), op.i32(0), op.i32(timeoutMs), op.i32(SCRATCH.word))),
    op.i32(1),
  ]);
  m.on('proxy_on_http_call_response', [
    m.call('proxy_set_effective_context', [...op.i32(CTX), ...op.load()]),
    op.get(2), op.eqz(),
    op.ifElse(
      [m.call('proxy_send_local_response', op.i32(503), op.i32(fO), op.i32(fL), op.i32(0), op.i32(0), op.i32(0), op.i32(0), op.i32(-1))],
      [
        m.call('proxy_get_header_map_value', op.i32(6), op.i32(sO), op.i32(sL), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
        m.addHeaderFromScratch(0, 'x-authz-status'),
        // A callout's response headers are read-only (Envoy: BadArgument, code 2).
        m.recordCode('x-change-response', m.callKeep('proxy_add_header_map_value', op.i32(6), op.i32(sO), op.i32(sL), op.i32(bO), op.i32(bL))),
        m.call('proxy_get_buffer_bytes', op.i32(4), op.i32(0), op.get(3), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
        m.addHeaderFromScratch(0, 'x-authz-body'),
        m.call('proxy_continue_stream', op.i32(0)),
      ],
    ),
  ]);
  return m.build();
}

describe('HTTP callouts', () => {
  it('exposes the pending call and resumes the stream with the response', async () => {
    const host = new Host();
    const vm = await host.startVm({ module: calloutModule(1000) });
    const s = vm.newHttpStream();
    expect(s.sendRequestHeaders(GET, { endOfStream: true })).toBe('StopAllIterationAndWatermark');
    const [call] = vm.pendingCallouts();
    expect(call).toMatchObject({ cluster: 'authz', timeoutMs: 1000, headers: [[':method', 'POST'], [':path', '/check'], [':authority', 'authz']] });
    // Envoy's callout ids: the kind in the low two bits (0 for HTTP), growing by 4.
    expect(call!.token).toBe(4);
    expect(new TextDecoder().decode(call!.body)).toBe('ping');
    expect(s.continuedRequest).toBe(false);
    call!.respond({ headers: { ':status': '204' }, body: 'ok' });
    expect(s.continuedRequest).toBe(true);
    expect(s.requestHeader('x-authz-status')).toBe('204');
    expect(s.requestHeader('x-authz-body')).toBe('ok');
    expect(s.requestHeader('x-change-response')).toBe('2');
    expect(vm.pendingCallouts()).toEqual([]);
    expect(() => call!.respond({ headers: { ':status': '200' } })).toThrow(/already answered/);
    expect(s.sendResponseHeaders({ ':status': '200' })).toBe('Continue');
  });

  it('calls back with no headers when the call fails, and the filter can deny', async () => {
    const vm = await new Host().startVm({ module: calloutModule(1000) });
    const s = vm.newHttpStream();
    s.sendRequestHeaders(GET, { endOfStream: true });
    vm.pendingCallouts()[0]!.fail();
    expect(s.localResponse).toMatchObject({ status: 503, details: 'authz_unreachable' });
  });

  it('times out on the virtual clock with Envoy\'s 504', async () => {
    const host = new Host();
    const vm = await host.startVm({ module: calloutModule(250) });
    const s = vm.newHttpStream();
    s.sendRequestHeaders(GET, { endOfStream: true });
    host.advanceTime(249);
    expect(vm.pendingCallouts()).toHaveLength(1);
    host.advanceTime(1);
    expect(vm.pendingCallouts()).toHaveLength(0);
    expect(s.requestHeader('x-authz-status')).toBe('504');
    expect(s.requestHeader('x-authz-body')).toBe('upstream request timeout');
  });

  it('refuses callouts to unknown clusters when the host lists its clusters', async () => {
    const host = new Host({ clusters: ['other'] });
    const vm = await host.startVm({ module: calloutModule(100) });
    const s = vm.newHttpStream();
    s.sendRequestHeaders(GET, { endOfStream: true });
    expect(s.requestHeader('x-call')).toBe('2'); // BadArgument
    expect(vm.pendingCallouts()).toEqual([]);
  });
});

/** Defines metrics and a 100 ms tick; each tick counts, records a histogram sample, raises a gauge and stores the time. */
function tickModule(): Uint8Array {
  const m = new ProxyModule();
  const [tO, tL] = m.str('ticks');
  const [gO, gL] = m.str('level');
  const [hO, hL] = m.str('sizes');
  const [nO, nL] = m.str('now');
  const ID_T = 60060, ID_G = 60064, ID_H = 60068;
  m.on('proxy_on_vm_start', [
    m.call('proxy_define_metric', op.i32(0), op.i32(tO), op.i32(tL), op.i32(ID_T)),
    m.call('proxy_define_metric', op.i32(1), op.i32(gO), op.i32(gL), op.i32(ID_G)),
    m.call('proxy_define_metric', op.i32(2), op.i32(hO), op.i32(hL), op.i32(ID_H)),
    m.call('proxy_set_tick_period_milliseconds', op.i32(100)),
    op.i32(1),
  ]);
  m.on('proxy_on_tick', [
    m.call('proxy_increment_metric', [...op.i32(ID_T), ...op.load()], op.i64(1)),
    m.call('proxy_increment_metric', [...op.i32(ID_G), ...op.load()], op.i64(5)),
    m.call('proxy_record_metric', [...op.i32(ID_H), ...op.load()], op.i64(7)),
    m.call('proxy_get_current_time_nanoseconds', op.i32(SCRATCH.u64)),
    m.call('proxy_set_shared_data', op.i32(nO), op.i32(nL), op.i32(SCRATCH.u64), op.i32(8), op.i32(0)),
  ]);
  return m.build();
}

describe('ticks, clock and metrics', () => {
  it('fires ticks in virtual time and reports the virtual wall clock', async () => {
    const host = new Host({ startTimeMs: 1_000_000 });
    const vm = await host.startVm({ module: tickModule() });
    host.advanceTime(99);
    expect(vm.counter('ticks')).toBe(0);
    host.advanceTime(251);
    expect(vm.counter('ticks')).toBe(3);
    expect(vm.metric('level')).toBe(15);
    expect(vm.histogram('sizes')).toEqual([7, 7, 7]);
    expect(vm.metrics()).toEqual({
      ticks: { type: 'counter', value: 3 }, level: { type: 'gauge', value: 15 }, sizes: { type: 'histogram', value: 3 },
    });
    const now = new DataView(host.sharedData.getBytes('now')!.buffer).getBigUint64(0, true);
    expect(now).toBe(1_000_300n * 1_000_000n);
  });

  it('sums counters over VMs as Envoy\'s stats do', async () => {
    const host = new Host();
    const a = await host.startVm({ module: tickModule() });
    const b = await host.startVm({ module: tickModule() });
    host.advanceTime(200);
    expect(a.counter('ticks')).toBe(2);
    expect(b.counter('ticks')).toBe(2);
    expect(host.metric('ticks')).toBe(4);
    expect(host.metric('unknown')).toBeUndefined();
  });
});
