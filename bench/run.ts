// `npm run bench`: every figure the issues ask for, each side by side with its reference in the
// same run, printed as a table and saved to .cache/bench/latest.json.
//   npm run bench                 all sections
//   npm run bench -- apikey       only the named sections (sizes, apikey, jwt, quota, hostcalls)
// Knobs: BENCH_REQUESTS (host-sim samples), BENCH_MEMORY_REQUESTS (default 1,000,000),
// BENCH_JWT_REQUESTS (jwt host-sim samples per algorithm, default 3000), BENCH_JWT_DISTINCT
// (distinct tokens in the jwt Envoy load, default 4000), BENCH_QUOTA_CLIENTS (clients in the
// quota bound, default 1,000,000), BENCH_CONNECTIONS (default 32), and for the Envoy comparisons:
// BENCH_ROUNDS (default 5: a median that two disturbed rounds cannot move) interleaved rounds, each measuring every variant once on a fresh
// gateway (2 s warm-up, then BENCH_DURATION_S of load, default 6) in an order that rotates per
// round; each variant is reported by its median round (bench/lib/rounds.ts), all rounds are saved.
// With the defaults the Envoy comparisons take about 9 minutes of the run (BENCH_ROUNDS=3
// BENCH_DURATION_S=3: about 3¾). BENCH_PIN=0 leaves wrk and
// Envoy unpinned (by default wrk runs on CPU 0 and every Envoy thread on CPU 1: bench/lib/pinning.ts).
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from '../test/support/policies.ts';
import { envoyLoad, hostSimCost, memoryGrowth, printEnvoy, printHostSim } from './apikey.ts';
import { haveWrk } from './lib/load.ts';
import { describePinning } from './lib/pinning.ts';
import { printQuotaEnvoy, printQuotaHostSim, quotaEnvoy, quotaHostSim } from './quota.ts';
import { jwtEnvoy, jwtHostSim, printJwtEnvoy, printJwtHostSim } from './jwt.ts';
import { hostCallsEnvoy, printHostCalls } from './host-calls.ts';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const wanted = new Set(process.argv.slice(2));
const want = (section: string) => wanted.size === 0 || wanted.has(section);
const results: Record<string, unknown> = { date: new Date().toISOString() };
const started = Date.now();
const rounds = num('BENCH_ROUNDS', 5);
const envoySections = ['apikey', 'jwt', 'quota', 'hostcalls'].some(want);
if (envoySections) console.log(`Envoy comparisons: ${describePinning()}`);
const durationS = num('BENCH_DURATION_S', 6);
if (envoySections) results.envoyLoad = { rounds, durationS, warmupS: 2, connections: num('BENCH_CONNECTIONS', 32), pinning: describePinning() };

function moduleSizes() {
  const sizes: Record<string, number> = {};
  for (const dir of [BUILD_DIR, join(BUILD_DIR, 'fixtures')]) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.wasm'))) sizes[join(dir === BUILD_DIR ? '' : 'fixtures', f)] = statSync(join(dir, f)).size;
  }
  console.log('module sizes (bytes)');
  for (const [f, s] of Object.entries(sizes)) console.log(`  ${f.padEnd(28)} ${String(s).padStart(8)}`);
  return sizes;
}

if (want('sizes')) results.sizes = moduleSizes();

if (want('apikey')) {
  console.log('');
  const sim = await hostSimCost(num('BENCH_REQUESTS', 50_000));
  printHostSim(sim);
  results.hostSimApikey = sim;

  const mem = await memoryGrowth(num('BENCH_MEMORY_REQUESTS', 1_000_000));
  console.log(`memory: ${mem.requests.toLocaleString('en')} requests through apikey in host-sim: ${mem.pagesBefore} → ${mem.pagesAfter} pages (+${mem.pagesAfter - mem.pagesBefore}, ${(mem.seconds).toFixed(1)} s)`);
  results.memory = mem;

  if (!haveWrk()) console.log('(wrk not found: using autocannon, which shares the two cores with Envoy; `apt-get install wrk` for steadier figures)');
  const envoy = await envoyLoad(durationS, num('BENCH_CONNECTIONS', 32), rounds);
  console.log('');
  printEnvoy(envoy);
  results.envoyApikey = envoy;
}

if (want('jwt')) {
  console.log('');
  const sim = await jwtHostSim(num('BENCH_JWT_REQUESTS', 3000));
  printJwtHostSim(sim);
  results.jwtHostSim = sim;
  console.log('');
  const envoy = await jwtEnvoy(durationS, num('BENCH_CONNECTIONS', 32), num('BENCH_JWT_DISTINCT', 4000), rounds);
  printJwtEnvoy(envoy);
  results.jwtEnvoy = envoy;
}

if (want('quota')) {
  console.log('');
  const sim = await quotaHostSim(num('BENCH_REQUESTS', 50_000), num('BENCH_QUOTA_CLIENTS', 1_000_000));
  printQuotaHostSim(sim);
  results.quotaHostSim = sim;
  console.log('');
  const envoy = await quotaEnvoy(durationS, num('BENCH_CONNECTIONS', 32), 10_000, rounds);
  printQuotaEnvoy(envoy);
  results.quotaEnvoy = envoy;
}

if (want('hostcalls')) {
  console.log('');
  const calls = await hostCallsEnvoy(durationS, num('BENCH_CONNECTIONS', 32), rounds);
  printHostCalls(calls);
  results.hostCalls = calls;
}

mkdirSync('.cache/bench', { recursive: true });
writeFileSync('.cache/bench/latest.json', JSON.stringify(results, null, 2));
console.log(`\nsaved .cache/bench/latest.json (${Math.round((Date.now() - started) / 1000)} s)`);
