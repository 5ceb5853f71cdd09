// The price of one proxy-wasm host call in Envoy (the SDK README's cost table): the same
// request through a module that makes one kind of call REPEAT times per request
// (bench/fixtures/host-calls), in interleaved rounds beside bare Envoy and the module making no
// call. Per round, one call costs (1/rps − 1/rps of the no-call module) / REPEAT; a variant is
// reported by the median over rounds of that paired figure, which cancels drift between rounds.
import { join } from 'node:path';
import type { LoadResult } from './lib/load.ts';
import { fmt } from './lib/stats.ts';
import { lowerMedian, medians, pairedRatio, runRounds } from './lib/rounds.ts';
import { pinEnvoy } from './lib/pinning.ts';

export const REPEAT = 16;
const CALLS = ['none', 'time', 'value', 'property'] as const;
type Variant = 'bare' | (typeof CALLS)[number];

export interface HostCallFigures {
  repeat: number;
  rounds: Record<Variant, LoadResult[]>;
  /** µs per call (median over rounds), for each call kind. */
  perCallUs: Record<Exclude<Variant, 'bare' | 'none'>, number>;
  /** The no-call module's req/s over bare Envoy's (paired): a filter's callback alone. */
  noneVsBare: number;
}

export async function hostCallsEnvoy(durationS: number, connections: number, rounds: number): Promise<HostCallFigures> {
  const { startLocalGateway } = await import('../envoy/harness/local.ts');
  const { validatePolicy } = await import('../envoy/policy/index.ts');
  const { defaultBuildDir } = await import('../envoy/paths.ts');
  const { runLoad } = await import('./lib/load.ts');
  const { answerFromEnvoy } = await import('./lib/envoy.ts');
  const module = join(defaultBuildDir(), 'fixtures', 'host-calls.wasm');
  const policyFor = (variant: Variant) =>
    validatePolicy(
      {
        version: 1,
        listener: { address: '127.0.0.1', port: 10000 },
        upstream: { address: '127.0.0.1', port: 9 },
        routes: [{ name: 'all', match: { prefix: '/' } }],
        ...(variant === 'bare' ? {} : { extra_filters: [{ name: 'host-calls', module, config: `${variant} ${variant === 'none' ? 0 : REPEAT}` }] }),
      },
      'bench-host-calls',
    );
  const byVariant = await runRounds<Variant, LoadResult>(['bare', ...CALLS], rounds, async (variant) => {
    const gw = await startLocalGateway({ policy: policyFor(variant), transformBootstrap: answerFromEnvoy, logLevel: 'error' });
    pinEnvoy(gw.pid);
    try {
      const url = `${gw.baseUrl}/items`;
      await runLoad({ url, connections, durationS: 2 });
      const result = await runLoad({ url, connections, durationS });
      if (result.non2xx + result.errors > 0) throw new Error(`${variant}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      return result;
    } finally {
      await gw.stop();
    }
  });
  const perCall = (variant: Variant) =>
    lowerMedian(byVariant[variant].map((r, i) => (1e6 / r.rps - 1e6 / byVariant.none[i].rps) / REPEAT));
  const m = medians(byVariant);
  return {
    repeat: REPEAT,
    rounds: byVariant,
    perCallUs: { time: perCall('time'), value: perCall('value'), property: perCall('property') },
    noneVsBare: pairedRatio(m.none, m.bare),
  };
}

export function printHostCalls(r: HostCallFigures): void {
  const rps = (v: Variant) => r.rounds[v].map((x) => fmt(x.rps, 0)).join(' / ');
  console.log(`Envoy host calls (wrk, 1 worker; ${r.repeat} calls per request; req/s per round)`);
  for (const v of ['bare', ...CALLS] as Variant[]) console.log(`  ${v.padEnd(10)} ${rps(v)}`);
  console.log(`  a filter making no call: ${fmt(r.noneVsBare, 2)}× bare Envoy (paired)`);
  console.log(`  one call, µs (median over rounds of the paired per-call cost):`);
  console.log(`    get_current_time (returns nothing through the allocator)   ${fmt(r.perCallUs.time, 2)}`);
  console.log(`    get_header_map_value (copied in through the module's malloc) ${fmt(r.perCallUs.value, 2)}`);
  console.log(`    set_property (a filter-state object)                      ${fmt(r.perCallUs.property, 2)}`);
}
