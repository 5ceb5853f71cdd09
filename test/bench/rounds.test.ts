// The statistics the Envoy comparisons are judged by (bench/lib/rounds.ts).
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../bench/lib/load.ts';
import { medianRound, pairedRatio, roundOrder } from '../../bench/lib/rounds.ts';

const load = (rps: number): LoadResult => ({ tool: 'wrk', rps, p50ms: 1000 / rps, p99ms: 2, non2xx: 0, errors: 0 });
const rounds = (...rps: number[]) => medianRound(rps.map(load));

describe('bench rounds', () => {
  it('reports a variant by its median round (the lower middle one for an even count)', () => {
    expect(rounds(30, 10, 20).rps).toBe(20);
    expect(rounds(30, 10, 20).medianRound).toBe(2);
    expect(rounds(40, 10, 30, 20).rps).toBe(20);
  });

  it('pairs each round with the reference round measured beside it', () => {
    // Round 2 was slow for both; in round 1 a slow minute caught the variant alone. Per round:
    // 0.6, 0.95, 0.95, so 0.95; the medians (60 of round 1, 100) would say 0.6.
    const reference = rounds(100, 60, 100);
    const variant = rounds(60, 57, 95);
    expect(pairedRatio(variant, reference)).toBeCloseTo(0.95, 10);
    expect(variant.rps / reference.rps).toBeCloseTo(0.6, 10);
    expect(pairedRatio(reference, reference)).toBe(1);
  });

  it('rotates the order so no variant is always first', () => {
    expect(roundOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(roundOrder(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
  });
});
