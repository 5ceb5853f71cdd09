// CPU pinning for the Envoy comparisons: the load generator on one core, Envoy (every thread)
// on the other. Unpinned, the scheduler moves wrk and Envoy's worker across the two cores and
// a round's req/s swings by ±5%, as large as the differences the issues ask about. Off with
// BENCH_PIN=0, and where taskset, a second core or wrk is missing (autocannon, the fallback,
// runs inside this Node process, which nothing pins).
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const LOAD_CPU = '0';
const ENVOY_CPU = '1';

/** Whether wrk is installed (the preferred load generator: a C client leaves the cores to Envoy). */
export function haveWrk(): boolean {
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
}

const pinning: boolean =
  process.env.BENCH_PIN !== '0' && availableParallelism() >= 2 && haveWrk() && spawnSync('taskset', ['-V'], { encoding: 'utf8' }).error === undefined;

/** The command and arguments that run `command` on the load generator's core. */
export function onLoadCpu(command: string, args: string[]): [string, string[]] {
  return pinning ? ['taskset', ['-c', LOAD_CPU, command, ...args]] : [command, args];
}

/** Moves every thread of the gateway's Envoy process to Envoy's core. */
export function pinEnvoy(pid: number): void {
  if (!pinning) return;
  const r = spawnSync('taskset', ['-a', '-p', '-c', ENVOY_CPU, String(pid)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`taskset could not pin Envoy (pid ${pid}): ${r.stderr || r.stdout}`);
}

export function describePinning(): string {
  return pinning ? `load generator on CPU ${LOAD_CPU}, Envoy on CPU ${ENVOY_CPU}` : 'unpinned';
}
