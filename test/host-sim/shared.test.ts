// Shared data (CAS semantics identical to Envoy's) and shared queues.
import { describe, expect, it } from 'vitest';
import { Host } from '../../host-sim/index.ts';
import { ProxyModule, SCRATCH, op } from './proxy-module.ts';

const GET = { ':method': 'GET', ':path': '/', ':authority': 'a' };

/** Records get / set(cas from get) / set(same stale cas) / set(cas 0) result codes, and the value it found first. */
function casModule(): Uint8Array {
  const m = new ProxyModule();
  const [kO, kL] = m.str('k');
  const [v1O, v1L] = m.str('v1');
  const [v2O, v2L] = m.str('v2');
  const [v3O, v3L] = m.str('v3');
  const cas = [...op.i32(SCRATCH.word), ...op.load()];
  m.on('proxy_on_request_headers', [
    m.recordCode('x-get', m.callKeep('proxy_get_shared_data', op.i32(kO), op.i32(kL), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size), op.i32(SCRATCH.word))),
    m.addHeaderFromScratch(0, 'x-before'),
    m.recordCode('x-set1', m.callKeep('proxy_set_shared_data', op.i32(kO), op.i32(kL), op.i32(v1O), op.i32(v1L), cas)),
    m.recordCode('x-set2', m.callKeep('proxy_set_shared_data', op.i32(kO), op.i32(kL), op.i32(v2O), op.i32(v2L), cas)),
    m.recordCode('x-set3', m.callKeep('proxy_set_shared_data', op.i32(kO), op.i32(kL), op.i32(v3O), op.i32(v3L), op.i32(0))),
    op.i32(0),
  ]);
  return m.build();
}

describe('shared data', () => {
  it('applies compare-and-swap as Envoy does: fresh cas wins, stale cas mismatches, cas 0 is unconditional', async () => {
    const host = new Host();
    host.sharedData.set('k', 'seed');
    const vm = await host.startVm({ module: casModule() });
    const s = vm.newHttpStream();
    s.sendRequestHeaders(GET);
    expect(s.requestHeader('x-get')).toBe('0');
    expect(s.requestHeader('x-before')).toBe('seed');
    expect(s.requestHeader('x-set1')).toBe('0');
    expect(s.requestHeader('x-set2')).toBe('8'); // CasMismatch
    expect(s.requestHeader('x-set3')).toBe('0');
    expect(host.sharedData.get('k')).toBe('v3');
  });

  it('reports NotFound for a missing key and accepts any cas when creating one', async () => {
    const host = new Host();
    const vm = await host.startVm({ module: casModule() });
    const s = vm.newHttpStream();
    s.sendRequestHeaders(GET);
    expect(s.requestHeader('x-get')).toBe('1'); // NotFound
    expect(s.requestHeader('x-set1')).toBe('0');
  });

  it('is shared by VMs with the same vm_id and separate between vm_ids', async () => {
    const host = new Host();
    const first = await host.startVm({ module: casModule(), vmId: 'pool' });
    const second = await host.startVm({ module: casModule(), vmId: 'pool' });
    const other = await host.startVm({ module: casModule(), vmId: 'other' });
    first.newHttpStream().sendRequestHeaders(GET);
    const s2 = second.newHttpStream();
    s2.sendRequestHeaders(GET);
    expect(s2.requestHeader('x-before')).toBe('v3');
    const s3 = other.newHttpStream();
    s3.sendRequestHeaders(GET);
    expect(s3.requestHeader('x-get')).toBe('1');
    expect(host.sharedData.get('k', 'pool')).toBe('v3');
  });
});

/** Registers queue "q" at start; on_queue_ready logs each item then the code of one more dequeue; a request enqueues "from-stream". */
function queueModule(): Uint8Array {
  const m = new ProxyModule();
  const [qO, qL] = m.str('q');
  const [vO, vL] = m.str('pool');
  const [dO, dL] = m.str('from-stream');
  m.on('proxy_on_vm_start', [m.call('proxy_register_shared_queue', op.i32(qO), op.i32(qL), op.i32(SCRATCH.word2)), op.i32(1)]);
  m.on('proxy_on_queue_ready', [
    m.call('proxy_dequeue_shared_queue', op.get(1), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
    m.call('proxy_log', op.i32(2), [...op.i32(SCRATCH.ptr), ...op.load()], [...op.i32(SCRATCH.size), ...op.load()]),
    m.callKeep('proxy_dequeue_shared_queue', op.get(1), op.i32(SCRATCH.ptr), op.i32(SCRATCH.size)),
    op.i32(7), op.eq(), op.if(m.log(2, 'then empty')),
  ]);
  m.on('proxy_on_request_headers', [
    m.call('proxy_resolve_shared_queue', op.i32(vO), op.i32(vL), op.i32(qO), op.i32(qL), op.i32(SCRATCH.word)),
    m.call('proxy_enqueue_shared_queue', [...op.i32(SCRATCH.word), ...op.load()], op.i32(dO), op.i32(dL)),
    op.i32(0),
  ]);
  return m.build();
}

describe('shared queues', () => {
  it('delivers on_queue_ready to the VM that registered the queue last, after the enqueuing call returns', async () => {
    const host = new Host();
    const a = await host.startVm({ module: queueModule(), vmId: 'pool' });
    host.enqueue('pool', 'q', 'hello');
    expect(a.logs.map((l) => l.message)).toEqual(['hello', 'then empty']);
    const b = await host.startVm({ module: queueModule(), vmId: 'pool' });
    a.newHttpStream().sendRequestHeaders(GET);
    expect(b.logs.map((l) => l.message)).toEqual(['from-stream', 'then empty']);
    expect(a.logs).toHaveLength(2);
    expect(() => host.enqueue('pool', 'missing', 'x')).toThrow('no VM with vm_id "pool" registered a queue named "missing"');
  });
});
