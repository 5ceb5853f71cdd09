// The quota filter across workers: several VMs of one Host share shared data as Envoy's
// workers do. Interleavings are forced by running another VM's request inside a VM's
// shared-data write, so CAS conflicts really happen; the key table's expiry and cap are
// checked with thousands of distinct clients.
import { beforeAll, describe, expect, test } from 'vitest';
import { Host, type Vm } from '../../host-sim/index.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';
import { T0, admitted, ipLimit, send, startQuota, type Config } from './quota-helpers.ts';

let modulePath: string;
beforeAll(async () => {
  [modulePath] = await ensureBuilt('quota');
});

async function workers(config: Config, n = 2): Promise<{ host: Host; vms: Vm[] }> {
  const host = new Host({ startTimeMs: T0 });
  const vms: Vm[] = [];
  for (let i = 0; i < n; i++) vms.push((await startQuota(modulePath, config, host)).vm);
  return { host, vms };
}

type Store = (vmId: string, key: string, value: Uint8Array, cas: number) => number;

/**
 * Before the `nth` conditional write to a quota entry during each request of the returned
 * function, runs `interloper` (another worker's request) so the write meets a newer version.
 */
function interleave(host: Host, nth: number, interloper: () => void): (request: () => void) => void {
  const shared = host.sharedData as unknown as { store: Store };
  const original = shared.store.bind(host.sharedData);
  let armed = false;
  let writes = 0;
  shared.store = (vmId, key, value, cas) => {
    if (armed && cas !== 0 && key.startsWith('portcullis.quota:') && ++writes === nth) {
      armed = false;
      interloper();
    }
    return original(vmId, key, value, cas);
  };
  return (request) => {
    armed = true;
    writes = 0;
    request();
    armed = false;
  };
}

function entryCount(host: Host): number {
  const byVm = (host.sharedData as unknown as { byVm: Map<string, Map<string, unknown>> }).byVm;
  return byVm.get('')?.size ?? 0;
}

describe('quota: shared across workers', () => {
  test('two workers taking turns on one key admit exactly the limit', async () => {
    const { vms } = await workers({ limits: [ipLimit('shared', { sliding_window: { limit: 50, per: 'minute' } })] });
    let ok = 0;
    for (let i = 0; i < 200; i++) if (send(vms[i % 2], '/a').status === 200) ok++;
    expect(ok).toBe(50);
    expect((vms[0]!.counter('portcullis.quota.allowed') ?? 0) + (vms[1]!.counter('portcullis.quota.allowed') ?? 0)).toBe(50);
  });

  test('a write that meets another worker\'s newer version is retried, never lost or doubled', async () => {
    const { host, vms } = await workers({ limits: [ipLimit('hot', { token_bucket: { rate: 1, per: 'hour', burst: 50 } })] });
    let interloperOk = 0;
    const during = interleave(host, 1, () => {
      if (send(vms[1], '/a').status === 200) interloperOk++;
    });
    let ok = 0;
    for (let i = 0; i < 100; i++) during(() => {
      if (send(vms[0], '/a').status === 200) ok++;
    });
    expect(ok + interloperOk).toBe(50);
    expect(vms[0].counter('portcullis.quota.cas_retries')).toBeGreaterThanOrEqual(25);
    expect(vms[0].counter('portcullis.quota.contended') ?? 0).toBe(0);
  });

  test('when a later entry conflicts, the entries already written are refunded before the retry', async () => {
    const config = {
      max_keys: 80_000, // 10,000 entries: the two keys below land in different ones
      response_headers: true,
      limits: [
        ipLimit('per_ip', { sliding_window: { limit: 100, per: 'hour' } }),
        { name: 'per_tenant', sliding_window: { limit: 5, per: 'hour' }, key: [{ header: 'x-tenant' }] },
      ],
    };
    const { host, vms } = await workers(config);
    const tenant = { 'x-tenant': 'acme' };
    let interloperOk = 0;
    // The interloper (another client of the same tenant) lands between our two writes.
    const during = interleave(host, 2, () => {
      if (send(vms[1], '/a', { peer: '10.9.9.9:1', headers: tenant }).status === 200) interloperOk++;
    });
    let ok = 0;
    for (let i = 0; i < 8; i++) during(() => {
      if (send(vms[0], '/a', { headers: tenant }).status === 200) ok++;
    });
    expect(ok + interloperOk).toBe(5);
    expect(vms[0].counter('portcullis.quota.cas_retries')).toBeGreaterThan(0);
    // per_ip counted exactly our admitted requests (+1 for this probe): refunds happened.
    const probe = send(vms[0], '/b', { headers: { 'x-tenant': 'other' } });
    expect(probe.header('ratelimit')).toBe(`"per_ip";r=${100 - ok - 1};t=3600, "per_tenant";r=4;t=3600`);
  });
});

describe('quota: bounded key table', () => {
  test('idle keys expire on the tick and the live-key gauge returns to zero', async () => {
    const { host, vm } = await startQuota(modulePath, { max_keys: 1024, limits: [ipLimit('ip', { token_bucket: { rate: 1, per: 'second', burst: 1 } })] });
    for (let i = 0; i < 300; i++) send(vm, '/a', { peer: `10.0.${i >> 8}.${i & 255}:1` });
    expect(vm.metric('portcullis.quota.live_keys')).toBe(300);
    host.advanceTime(1_000); // every bucket is full again at exactly 1 s: the keys are expired
    host.advanceTime(1_000); // and this tick's sweep has dropped them
    expect(vm.metric('portcullis.quota.live_keys')).toBe(0);
    const values = [...((host.sharedData as unknown as { byVm: Map<string, Map<string, { value: Uint8Array }>> }).byVm.get('')!.entries())]
      .filter(([k]) => k.startsWith('portcullis.quota:default:128x8:') && !k.endsWith('seeded'));
    expect(values.length).toBe(128);
    expect(values.every(([, e]) => e.value.length === 0)).toBe(true);
  });

  test('with on_key_capacity deny, 50,000 clients never hold more than max_keys slots, and freed slots are reused', async () => {
    const { host, vm } = await startQuota(modulePath, {
      max_keys: 1000,
      on_key_capacity: 'deny',
      limits: [ipLimit('ip', { sliding_window: { limit: 5, per: 'second' } })],
    });
    const entriesAtStart = entryCount(host);
    const wave = (base: number) => {
      let ok = 0;
      let capacity = 0;
      for (let i = 0; i < 10_000; i++) {
        const r = send(vm, '/a', { peer: `${base}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}:1` });
        if (r.status === 200) ok++;
        else if (r.stream.localResponse?.details === 'portcullis_quota_key_capacity') capacity++;
      }
      return { ok, capacity };
    };
    const first = wave(11);
    expect(first.ok).toBeLessThanOrEqual(1000);
    expect(first.ok).toBeGreaterThan(700); // 8-way entries fill unevenly, but most slots get used
    expect(first.ok + first.capacity).toBe(10_000);
    expect(vm.metric('portcullis.quota.live_keys')).toBe(first.ok);
    expect(vm.counter('portcullis.quota.key_capacity')).toBe(first.capacity);

    host.advanceTime(2_000); // all windows are two windows old: every slot is reusable
    const second = wave(12);
    expect(second.ok).toBeGreaterThan(700);
    expect(vm.metric('portcullis.quota.live_keys')).toBeLessThanOrEqual(1000);
    // Shared data holds the same entries as before the first client: nothing grows per client.
    expect(entryCount(host)).toBe(entriesAtStart);
    // The collector's budget adapts over its first collections (sdk/assembly/collector.ts), the
    // heap settling after a doubling or two; from then on, waves of 10,000 new clients leave it
    // where it was.
    host.advanceTime(2_000);
    wave(13);
    const pages = vm.memoryPages();
    for (let w = 14; w < 16; w++) {
      host.advanceTime(2_000);
      expect(wave(w).ok).toBeGreaterThan(700);
    }
    expect(vm.memoryPages() - pages).toBeLessThanOrEqual(2);
  });

  test('with on_key_capacity overflow, new keys beyond the cap share one overflow state per limit', async () => {
    const { vm } = await startQuota(modulePath, {
      max_keys: 8,
      limits: [ipLimit('ip', { sliding_window: { limit: 3, per: 'minute' } })],
    });
    let ok = 0;
    for (let i = 0; i < 40; i++) if (send(vm, '/a', { peer: `10.0.0.${i}:1` }).status === 200) ok++;
    expect(ok).toBe(8 + 3); // eight clients with their own key, then three requests in the overflow state
    expect(vm.counter('portcullis.quota.key_capacity')).toBe(32);
    expect(vm.metric('portcullis.quota.live_keys')).toBe(8);
  });
});
