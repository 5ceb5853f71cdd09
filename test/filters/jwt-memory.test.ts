import { beforeAll, expect, test } from 'vitest';
import type { Vm } from '../../host-sim/index.ts';
import { bearer, claims, config, inlineProvider, startJwt } from '../fixtures/jwt/harness.ts';
import { makeKey, rawToken, type TestKey } from '../fixtures/jwt/tokens.ts';

// Like apikey-memory: every per-request object must become garbage and the verified-token
// cache must stay within max_entries, so linear memory stays flat whether requests hit the
// cache (the same tokens again and again) or miss it (a new token each time: full verification,
// LRU eviction).

const REQUESTS = 20_000;
const CACHE_ENTRIES = 64;

let key: TestKey;
beforeAll(async () => {
  key = await makeKey('HS256', 'mem-hs256');
});

/** HS256 tokens signed here (jose is async and far slower than needed for thousands). */
function token(payload: Record<string, unknown>): string {
  return rawToken(JSON.stringify({ alg: 'HS256', kid: key.kid, typ: 'JWT' }), JSON.stringify(payload), key.signing as Uint8Array);
}

function run(vm: Vm, tokens: (i: number) => string, n: number, offset = 0): void {
  for (let i = 0; i < n; i++) {
    const stream = vm.newHttpStream();
    stream.sendRequestHeaders(
      [[':method', 'GET'], [':path', `/orders/${(i + offset) % 97}?page=2`], [':authority', 'api.example'], [':scheme', 'https'], ['x-request-id', `r${i}`], ...Object.entries(bearer(tokens(i + offset)))],
      { endOfStream: true },
    );
    if (!stream.localResponse) stream.sendResponseHeaders({ ':status': '200' }, { endOfStream: true });
    stream.complete();
  }
}

test(`linear memory stays flat over ${REQUESTS} cache hits and ${REQUESTS} cache misses`, async () => {
  const { host, vm } = await startJwt(config([inlineProvider([key])], { cache: { max_entries: CACHE_ENTRIES } }));
  const hot = ['alice', 'bob', 'carol', 'dave'].map((sub) => token(claims(host, { sub })));
  const hits = (i: number) => hot[i % hot.length]!;
  const misses = (i: number) => token(claims(host, { sub: `user-${i}`, jti: `t${i}` }));

  // Warm-up: the LRU fills past capacity, and the collector's budget (sdk/assembly/collector.ts)
  // adapts over its first collections, the heap settling at a small multiple of the live data.
  run(vm, hits, 1_000);
  run(vm, misses, 5_000, 1_000_000);

  const start = vm.memoryPages();
  const missBefore = vm.counter('portcullis.jwt.cache.miss') ?? 0;
  run(vm, hits, REQUESTS);
  const afterHits = vm.memoryPages();
  expect(vm.counter('portcullis.jwt.cache.miss')).toBe(missBefore + hot.length); // evicted by the warm-up: one miss each, then hits
  expect(vm.counter('portcullis.jwt.cache.hit')).toBeGreaterThanOrEqual(REQUESTS - hot.length);
  expect(afterHits - start).toBeLessThanOrEqual(2);

  const hitBefore = vm.counter('portcullis.jwt.cache.hit');
  run(vm, misses, REQUESTS);
  const afterMisses = vm.memoryPages();
  expect(vm.counter('portcullis.jwt.cache.hit')).toBe(hitBefore); // every token new: no hit
  expect(vm.counter('portcullis.jwt.allowed')).toBeGreaterThanOrEqual(2 * REQUESTS);
  expect(afterMisses - afterHits).toBeLessThanOrEqual(2);
}, 180_000);
