// `npm run bench`: every figure the issues ask for, each side by side with its reference in the
// same run, printed as a table and saved to .cache/bench/latest.json.
//   npm run bench                 all sections
//   npm run bench -- apikey       only the named sections (sizes, apikey, jwt, quota)
// Knobs: BENCH_REQUESTS (host-sim samples), BENCH_MEMORY_REQUESTS (default 1,000,000),
// BENCH_DURATION_S (Envoy load per variant), BENCH_CONNECTIONS.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from '../test/support/policies.ts';
import { envoyLoad, hostSimCost, memoryGrowth, printEnvoy, printHostSim } from './apikey.ts';
import { haveWrk } from './lib/load.ts';
import { printQuotaEnvoy, printQuotaHostSim, quotaEnvoy, quotaHostSim } from './quota.ts';
import { jwtEnvoy, jwtHostSim, printJwtEnvoy, printJwtHostSim } from './jwt.ts';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const wanted = new Set(process.argv.slice(2));
const want = (section: string) => wanted.size === 0 || wanted.has(section);
const results: Record<string, unknown> = { date: new Date().toISOString() };

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
  const envoy = await envoyLoad(num('BENCH_DURATION_S', 10), num('BENCH_CONNECTIONS', 32));
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
  const envoy = await jwtEnvoy(num('BENCH_DURATION_S', 10), num('BENCH_CONNECTIONS', 32), num('BENCH_JWT_DISTINCT', 4000));
  printJwtEnvoy(envoy);
  results.jwtEnvoy = envoy;
}

if (want('quota')) {
  console.log('');
  const sim = await quotaHostSim(num('BENCH_REQUESTS', 50_000), num('BENCH_QUOTA_CLIENTS', 1_000_000));
  printQuotaHostSim(sim);
  results.quotaHostSim = sim;
  console.log('');
  const envoy = await quotaEnvoy(num('BENCH_DURATION_S', 10), num('BENCH_CONNECTIONS', 32), 10_000);
  printQuotaEnvoy(envoy);
  results.quotaEnvoy = envoy;
}

mkdirSync('.cache/bench', { recursive: true });
writeFileSync('.cache/bench/latest.json', JSON.stringify(results, null, 2));
console.log('\nsaved .cache/bench/latest.json');
