// host-sim's unary gRPC callouts, driven through the rls-probe fixture (SDK grpc.ts + lease.ts).
import { describe, expect, it } from 'vitest';
import { Host } from '../../host-sim/index.ts';
import { BUILD_DIR } from '../support/policies.ts';

const MODULE = `${BUILD_DIR}/fixtures/rls-probe.wasm`;
const CONFIG = { cluster: 'rls', domain: 'd', limit: 'l', descriptor_key: 'client', batch: 4, timeout_ms: 1000 };

// Hand-encoded RateLimitResponse { overall_code: OK, statuses: [{ code: OK, current_limit: { requests_per_unit: 10, unit: HOUR }, limit_remaining: 6, duration_until_reset: { seconds: 60 } }] }
const OK_RESPONSE = new Uint8Array([0x08, 0x01, 0x12, 0x0e, 0x08, 0x01, 0x12, 0x04, 0x08, 0x0a, 0x10, 0x03, 0x18, 0x06, 0x22, 0x02, 0x08, 0x3c]);
const OVER_LIMIT = new Uint8Array([0x08, 0x02, 0x12, 0x06, 0x08, 0x02, 0x22, 0x02, 0x08, 0x3c]);

async function start(extra: Record<string, unknown> = {}) {
  const host = new Host({ clusters: ['rls'] });
  const vm = await host.startVm({ module: MODULE, pluginConfiguration: { ...CONFIG, ...extra } });
  const request = (client = 'demo') => {
    const s = vm.newHttpStream();
    s.sendRequestHeaders({ ':method': 'GET', ':path': '/x', ':authority': 'a', 'x-client': client }, { endOfStream: true });
    return s.localResponse!.status;
  };
  return { host, vm, request };
}

describe('host-sim gRPC calls', () => {
  it('records the call (GrpcService cluster, service, method, request bytes) and delivers the answer to the root context', async () => {
    const { vm, request } = await start();
    expect(request()).toBe(200); // on credit while the lease is out
    const [call] = vm.pendingGrpcCalls();
    expect(call).toMatchObject({ cluster: 'rls', serviceName: 'envoy.service.ratelimit.v3.RateLimitService', method: 'ShouldRateLimit', timeoutMs: 1000, contextId: 1 });
    expect(call!.token).toBe(5); // Envoy's first gRPC call id: the kind in the low two bits, + 4 per call
    // RateLimitRequest { domain "d", descriptors [{ entries [(portcullis_limit,l),(client,demo)] }], hits_addend 4 }
    expect(Buffer.from(call!.message).toString('hex')).toBe(
      '0a0164' + '12' + '27' + '0a' + '15' + '0a10' + Buffer.from('portcullis_limit').toString('hex') + '1201' + '6c' +
      '0a' + '0e' + '0a06' + Buffer.from('client').toString('hex') + '1204' + Buffer.from('demo').toString('hex') + '1804');
    call!.respond({ message: OK_RESPONSE });
    expect(vm.counter('portcullis.quota.global.lease_granted')).toBe(1);
    expect(vm.pendingGrpcCalls()).toHaveLength(0);
    expect(() => call!.respond({ message: OK_RESPONSE })).toThrow(/already answered/);
  });

  it('caches an OVER_LIMIT verdict until the window resets', async () => {
    const { host, vm, request } = await start();
    request();
    vm.pendingGrpcCalls()[0]!.respond({ message: OVER_LIMIT });
    expect(request()).toBe(429);
    expect(vm.pendingGrpcCalls()).toHaveLength(0); // a cached verdict does not call out
    host.advanceTime(60_001);
    expect(request()).toBe(200);
    expect(vm.pendingGrpcCalls()).toHaveLength(1);
  });

  it('delivers failures as proxy_on_grpc_close and fails closed with one warning', async () => {
    const { vm, request } = await start({ fail_open: false });
    request();
    vm.pendingGrpcCalls()[0]!.fail({ status: 14, message: 'no healthy upstream' });
    expect(request()).toBe(429);
    expect(request()).toBe(429);
    expect(vm.counter('portcullis.quota.global.failed_closed')).toBe(2);
    expect(vm.logs.filter((l) => l.level === 'warn' && l.message.includes('failing closed'))).toHaveLength(1);
    expect(vm.logs.some((l) => l.message.includes('gRPC status 14 no healthy upstream'))).toBe(true);
  });

  it('times calls out on the virtual clock with DEADLINE_EXCEEDED, then fails open when configured', async () => {
    const { host, vm, request } = await start({ fail_open: true });
    request();
    host.advanceTime(1000);
    expect(vm.pendingGrpcCalls()).toHaveLength(0);
    expect(vm.logs.some((l) => l.message.includes('gRPC status 4 upstream request timeout'))).toBe(true);
    expect(request()).toBe(200);
    expect(vm.counter('portcullis.quota.global.failed_open')).toBe(1);
  });

  it('cancels calls with proxy_grpc_cancel: no callback follows', async () => {
    const { vm, request } = await start();
    request();
    const s = vm.newHttpStream();
    s.sendRequestHeaders({ ':method': 'GET', ':path': '/cancel', ':authority': 'a' }, { endOfStream: true });
    expect(s.localResponse?.bodyText).toBe('cancelled 1');
    expect(vm.pendingGrpcCalls()).toHaveLength(0);
  });

  it('answers a GrpcService naming an unknown cluster with InternalFailure, as Envoy (grpc-stream.test.ts checks the close for the spent token)', async () => {
    const { vm, request } = await start({ cluster: 'nowhere' });
    expect(request()).toBe(200); // spent on credit; the refused call then records an outage
    expect(vm.logs.some((l) => l.message.includes('proxy_grpc_call returned 10'))).toBe(true);
    expect(vm.counter('portcullis.quota.global.service_failures')).toBe(1);
    expect(request()).toBe(429); // fail closed (the default) from then on
  });
});

describe('RateLimitResponse decoding (lease.ts through host-sim)', () => {
  it('treats a truncated response as a service failure, never a trap', async () => {
    const { vm, request } = await start();
    request();
    vm.pendingGrpcCalls()[0]!.respond({ message: OK_RESPONSE.subarray(0, 9) });
    expect(vm.counter('portcullis.quota.global.service_failures')).toBe(1);
    expect(vm.logs.some((l) => l.message.includes('invalid RateLimitResponse: statuses:') || l.message.includes('invalid RateLimitResponse:'))).toBe(true);
  });
});
