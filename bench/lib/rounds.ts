// Interleaved rounds for the Envoy comparisons. One long measurement per variant, taken one after
// the other, lets slow drift of the (shared, two-core) machine land on a single variant; instead
// every variant is measured once per round, the order rotating from round to round (round r
// starts at variant r mod n), and each variant is reported by its median round.
import type { LoadResult } from './load.ts';
import { fmt } from './stats.ts';

/** A variant's figures over all rounds: req/s, p50 and p99 are those of its median round. */
export interface RoundsResult {
  tool: LoadResult['tool'];
  /** req/s of the median round (for an even number of rounds, the lower of the two middle ones). */
  rps: number;
  /** Latency of that same round. */
  p50ms: number;
  p99ms: number;
  /** Index into `rounds` of the median round. */
  medianRound: number;
  /** Totals over all rounds: anything non-zero is flagged. */
  non2xx: number;
  errors: number;
  /** Every round's raw figures, in round order. */
  rounds: LoadResult[];
}

/** The order of round `round`: starts at variant `round mod n` and wraps around. */
export function roundOrder<V>(variants: readonly V[], round: number): V[] {
  const n = variants.length;
  return variants.map((_, i) => variants[(round + i) % n]);
}

/**
 * Measures every variant once per round, `rounds` times, in rotating order, and returns each
 * variant's results in round order. `measure` runs one variant once (a fresh gateway, its
 * warm-up, the measurement) and may return several figures (e.g. per kind of traffic).
 */
export async function runRounds<V extends string, R>(
  variants: readonly V[],
  rounds: number,
  measure: (variant: V, round: number) => Promise<R>,
): Promise<Record<V, R[]>> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds must be a positive integer, got ${rounds}`);
  const out = Object.fromEntries(variants.map((v) => [v, [] as R[]])) as Record<V, R[]>;
  for (let round = 0; round < rounds; round++) {
    const order = roundOrder(variants, round);
    if (process.stderr.isTTY) process.stderr.write(`  round ${round + 1}/${rounds}: ${order.join(', ')}\n`);
    for (const variant of order) out[variant].push(await measure(variant, round));
  }
  return out;
}

/** Summarizes one variant's rounds by the round whose req/s is the median. */
/** Index of the median of `values` (for an even count, the lower of the two middle ones). */
export function lowerMedianIndex(values: readonly number[]): number {
  if (values.length === 0) throw new Error('lowerMedianIndex: no values');
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  return order[Math.floor((values.length - 1) / 2)];
}

/** The median of `values` (for an even count, the lower of the two middle ones). */
export function lowerMedian(values: readonly number[]): number {
  return values[lowerMedianIndex(values)];
}

export function medianRound(rounds: LoadResult[]): RoundsResult {
  if (rounds.length === 0) throw new Error('medianRound: no rounds');
  const m = lowerMedianIndex(rounds.map((r) => r.rps));
  const r = rounds[m];
  return {
    tool: r.tool,
    rps: r.rps,
    p50ms: r.p50ms,
    p99ms: r.p99ms,
    medianRound: m,
    non2xx: rounds.reduce((a, x) => a + x.non2xx, 0),
    errors: rounds.reduce((a, x) => a + x.errors, 0),
    rounds,
  };
}

/** `medianRound` for every variant of a `runRounds` result, keeping the variants' order. */
export function medians<V extends string>(byVariant: Record<V, LoadResult[]>): Record<V, RoundsResult> {
  return Object.fromEntries(Object.entries<LoadResult[]>(byVariant).map(([v, rounds]) => [v, medianRound(rounds)])) as Record<V, RoundsResult>;
}

/**
 * The median over rounds of `x`'s req/s divided by `reference`'s in the same round. Both were
 * measured within one round (a minute or so apart), so drift of the machine that spans rounds
 * cancels out of each ratio; the ratio of the two medians keeps it when the variants' median
 * rounds fall in different periods. Printed beside it as a check, not instead of it.
 */
export function pairedRatio(x: RoundsResult, reference: RoundsResult): number {
  // runRounds measures every variant in every round: a mismatch is a caller's bug.
  if (x.rounds.length !== reference.rounds.length) throw new Error(`pairedRatio: ${x.rounds.length} rounds against ${reference.rounds.length}`);
  return lowerMedian(x.rounds.map((r, i) => r.rps / reference.rounds[i].rps));
}

/**
 * The header and rows of one comparison table: name, req/s, p50, p99, ratio of the medians to
 * `reference`'s, the median of the per-round ratios (`pairedRatio`), rounds.
 */
export function printRoundsTable(
  title: string,
  nameWidth: number,
  ratioLabel: string,
  rows: Record<string, RoundsResult>,
  reference: string,
): void {
  const first = Object.values(rows)[0];
  const n = first?.rounds.length ?? 0;
  const ratioWidth = Math.max(ratioLabel.length, 6);
  const left = `${title} (${first?.tool ?? '?'}, 1 worker)`;
  console.log(
    `${`${left} `.padEnd(2 + nameWidth + 1 + 9 - 'req/s'.length)}req/s ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}   ${ratioLabel.padEnd(ratioWidth)}   ` +
      `paired   median of ${n} round${n === 1 ? '' : 's'}: req/s per round (spread)`,
  );
  const ref = rows[reference];
  for (const [name, x] of Object.entries(rows)) {
    const ratio = `${fmt(x.rps / ref.rps, 2)}×`;
    const paired = `${fmt(pairedRatio(x, ref), 2)}×`;
    console.log(
      `  ${name.padEnd(nameWidth)} ${fmt(x.rps, 0).padStart(9)} ${fmt(x.p50ms, 2).padStart(8)} ${fmt(x.p99ms, 2).padStart(8)}   ${ratio.padEnd(ratioWidth)}   ${paired.padEnd(6)}   ${roundsColumn(x)}${flags(x)}`,
    );
  }
}

/** "a / b / c (s%)": every round's req/s in round order, and (max − min) / median. */
export function roundsColumn(x: RoundsResult): string {
  const rps = x.rounds.map((r) => r.rps);
  const spread = x.rounds.length > 1 ? ` (${fmt((100 * (Math.max(...rps) - Math.min(...rps))) / x.rps, 1)}%)` : '';
  return rps.map((v) => fmt(v, 0)).join(' / ') + spread;
}

/** Non-2xx responses or socket errors in any round, per round. */
export function flags(x: RoundsResult): string {
  const bad = x.rounds.map((r, i) => ({ r, i })).filter(({ r }) => r.non2xx + r.errors > 0);
  if (bad.length === 0) return '';
  return `  (!) ${bad.map(({ r, i }) => `round ${i + 1}: ${r.non2xx} non-2xx, ${r.errors} errors`).join('; ')}`;
}
