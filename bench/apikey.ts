// Issue-2 figures for the apikey filter: host-sim cost per request against a pass-through
// module, linear-memory growth over many requests, and Envoy throughput/latency for bare Envoy,
// Envoy's native api_key_auth and ours, on the same policy in one run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Host } from '../host-sim/index.ts';
import { startEchoServer } from '../envoy/echo-server.ts';
import { startLocalGateway } from '../envoy/harness/local.ts';
import { compileChain } from '../envoy/policy/index.ts';
import type { Policy } from '../envoy/policy/index.ts';
import { writePassthroughWasm } from '../test/policy/fixtures/passthrough-wasm.ts';
import { BUILD_DIR, KEYS, testPolicy } from '../test/support/policies.ts';
import { fmt, summarize, timeEach } from './lib/stats.ts';
import { runLoad } from './lib/load.ts';
import { medians, printRoundsTable, runRounds, type RoundsResult } from './lib/rounds.ts';
import { answerFromEnvoy, httpConnectionManager } from './lib/envoy.ts';
import { pinEnvoy } from './lib/pinning.ts';

const REQUEST: [string, string][] = [
  [':method', 'GET'],
  [':path', '/api/items?page=2'],
  [':authority', 'bench.local'],
  ['x-request-id', 'bench'],
  ['x-api-key', KEYS.demo],
  ['user-agent', 'portcullis-bench'],
  ['accept', 'application/json'],
];

async function simVm(module: string, configuration: string) {
  const host = new Host();
  const vm = await host.startVm({ module, pluginConfiguration: configuration, rootId: 'apikey' });
  return { host, vm };
}

function oneRequest(vm: Awaited<ReturnType<typeof simVm>>['vm']) {
  const s = vm.newHttpStream();
  s.sendRequestHeaders(REQUEST, { endOfStream: true });
  s.complete();
}

export async function hostSimCost(n: number) {
  const policy = testPolicy();
  const spec = compileChain(policy, { buildDir: BUILD_DIR })[0];
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-bench-'));
  try {
    const passthroughPath = join(dir, 'passthrough.wasm');
    writePassthroughWasm(passthroughPath);
    const ours = await simVm(spec.wasmPath, spec.configuration);
    const ref = await simVm(passthroughPath, '');
    // Interleave the two in blocks so drift in machine load hits both alike.
    const a: number[] = [];
    const b: number[] = [];
    for (let block = 0; block < 10; block++) {
      a.push(...timeEach(n / 10, block === 0 ? 2000 : 0, () => oneRequest(ours.vm)));
      b.push(...timeEach(n / 10, block === 0 ? 2000 : 0, () => oneRequest(ref.vm)));
    }
    if (ours.vm.counter('portcullis.apikey.allowed') === undefined) throw new Error('apikey did not allow the bench request');
    return { apikey: summarize(a), passthrough: summarize(b) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function memoryGrowth(requests: number) {
  const spec = compileChain(testPolicy(), { buildDir: BUILD_DIR })[0];
  const { vm } = await simVm(spec.wasmPath, spec.configuration);
  // Let the runtime reach its steady state before the baseline.
  for (let i = 0; i < 10_000; i++) oneRequest(vm);
  const before = vm.memoryPages();
  const t0 = Date.now();
  for (let i = 0; i < requests; i++) oneRequest(vm);
  return { requests, pagesBefore: before, pagesAfter: vm.memoryPages(), seconds: (Date.now() - t0) / 1000 };
}

/** The same policy with Envoy's native api_key_auth where our wasm filter would be. */
function nativeApiKeyAuth(policy: Policy) {
  const section = policy.apikey!;
  const plain: Record<string, string> = KEYS;
  return (bootstrap: Record<string, unknown>) => {
    const hcm = httpConnectionManager(bootstrap);
    hcm.http_filters = hcm.http_filters.map((f: any) =>
      f.name !== 'envoy.filters.http.wasm'
        ? f
        : {
            name: 'envoy.filters.http.api_key_auth',
            typed_config: {
              '@type': 'type.googleapis.com/envoy.extensions.filters.http.api_key_auth.v3.ApiKeyAuth',
              credentials: section.keys.map((k) => ({ key: plain[k.client], client: k.client })),
              key_sources: section.sources,
              forwarding: { header: section.forward_header, hide_credentials: section.hide_credentials },
            },
          },
    );
    return bootstrap;
  };
}

export type EnvoyVariant = 'bare' | 'native api_key_auth' | 'portcullis apikey';

export async function envoyLoad(durationS: number, connections: number, rounds: number): Promise<Record<EnvoyVariant, RoundsResult>> {
  const echo = await startEchoServer();
  try {
    const native = testPolicy({ upstreamPort: echo.port });
    const variants: Record<EnvoyVariant, [Policy, (b: Record<string, unknown>) => Record<string, unknown>]> = {
      bare: [testPolicy({ upstreamPort: echo.port, apikey: false }), answerFromEnvoy],
      'native api_key_auth': [native, (b) => answerFromEnvoy(nativeApiKeyAuth(native)(b))],
      'portcullis apikey': [testPolicy({ upstreamPort: echo.port }), answerFromEnvoy],
    };
    // Every round: a fresh gateway per variant, its warm-up, one measurement.
    const byVariant = await runRounds(Object.keys(variants) as EnvoyVariant[], rounds, async (name) => {
      const [policy, transformBootstrap] = variants[name];
      const gw = await startLocalGateway({ policy, buildDir: BUILD_DIR, transformBootstrap, logLevel: 'error' });
      pinEnvoy(gw.pid);
      try {
        const url = `${gw.baseUrl}/api/items`;
        const check = await fetch(url, { headers: { 'x-api-key': KEYS.demo } });
        if (check.status !== 200) throw new Error(`${name}: warm-up request answered ${check.status}`);
        await runLoad({ url, headers: { 'x-api-key': KEYS.demo }, connections, durationS: 2 });
        return await runLoad({ url, headers: { 'x-api-key': KEYS.demo }, connections, durationS });
      } finally {
        await gw.stop();
      }
    });
    return medians(byVariant);
  } finally {
    await echo.close();
  }
}

export function printHostSim(r: Awaited<ReturnType<typeof hostSimCost>>) {
  console.log(`host-sim, one request through the filter (µs)   p50      p99     ratio p50`);
  console.log(`  pass-through module (reference)          ${fmt(r.passthrough.p50).padStart(7)}  ${fmt(r.passthrough.p99).padStart(7)}`);
  console.log(`  portcullis apikey                        ${fmt(r.apikey.p50).padStart(7)}  ${fmt(r.apikey.p99).padStart(7)}   ${fmt(r.apikey.p50 / r.passthrough.p50, 2)}×`);
}

export function printEnvoy(r: Record<EnvoyVariant, RoundsResult>) {
  printRoundsTable('Envoy', 28, 'vs native', r, 'native api_key_auth');
}
