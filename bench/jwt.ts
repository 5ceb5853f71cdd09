// Issue-3 figures, host-sim side: per algorithm, one request through the jwt filter with a token
// it has not seen (cache miss, so a full verification) against Node's crypto.verify (OpenSSL)
// of the same signing input with the same key; and one request whose token is cached.
import { createPublicKey, createSecretKey, verify as nodeVerify, createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';
import { Host, type Vm } from '../host-sim/index.ts';
import { defaultBuildDir } from '../envoy/paths.ts';
import { makeKey, mint, type SigningAlg, type TestKey } from '../test/fixtures/jwt/tokens.ts';
import { fmt, summarize, timeEach, type Summary } from './lib/stats.ts';
import type { LoadResult } from './lib/load.ts';
import { medians, printRoundsTable, runRounds } from './lib/rounds.ts';
import { pinEnvoy } from './lib/pinning.ts';

const ISSUER = 'https://idp.bench';
const START_MS = Date.UTC(2026, 0, 1);
export const JWT_ALGS: SigningAlg[] = ['RS256', 'PS256', 'ES256', 'EdDSA', 'HS256'];
const WARMUP_REQUESTS = 3000;

async function startFilter(key: TestKey, cacheEntries: number): Promise<Vm> {
  const host = new Host({ startTimeMs: START_MS });
  return host.startVm({
    module: `${defaultBuildDir()}/jwt.wasm`,
    pluginConfiguration: {
      providers: [{ name: 'bench', issuer: ISSUER, audiences: ['api'], algorithms: [key.alg], keys: { inline: { keys: [key.jwk] } } }],
      // /free: the same request on a route that requires nothing (host-sim's per-request floor).
      rules: [{ methods: [], prefix: '/free', requires: null }, { methods: [], prefix: '/', requires: { provider: 'bench' } }],
      cache: { max_entries: cacheEntries },
      // As the compiler writes it for a chain with no reader of the identity (the Envoy figures' `ours`).
      publish_identity: false,
    },
  });
}

function request(vm: Vm, token: string, path = '/orders'): void {
  const s = vm.newHttpStream();
  s.sendRequestHeaders([[':method', 'GET'], [':path', path], [':authority', 'api'], ['x-request-id', 'b'], ['authorization', `Bearer ${token}`]], { endOfStream: true });
  if (s.localResponse) throw new Error(`bench token refused: ${s.localResponse.status} ${s.localResponse.bodyText}`);
  s.complete();
}

function nodeVerifier(key: TestKey): (token: string) => boolean {
  if (key.alg === 'HS256') {
    const secret = createSecretKey(key.signing as Uint8Array);
    return (token) => {
      const dot = token.lastIndexOf('.');
      const mac = createHmac('sha256', secret).update(token.slice(0, dot)).digest();
      return timingSafeEqual(mac, Buffer.from(token.slice(dot + 1), 'base64url'));
    };
  }
  const pub: KeyObject = createPublicKey({ key: key.jwk as never, format: 'jwk' });
  const hash = key.alg === 'EdDSA' ? null : 'sha256';
  const options =
    key.alg === 'PS256' ? { key: pub, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 }
    : key.alg === 'ES256' ? { key: pub, dsaEncoding: 'ieee-p1363' as const }
    : { key: pub };
  return (token) => {
    const dot = token.lastIndexOf('.');
    return nodeVerify(hash, Buffer.from(token.slice(0, dot)), options, Buffer.from(token.slice(dot + 1), 'base64url'));
  };
}

export interface JwtAlgFigures {
  filterMiss: Summary;
  nodeVerify: Summary;
  /** The same request (same token header) on a `requires: null` route of the same VM. */
  floor: Summary;
}

/** Tokens held in the cache for the big-cache figure: what the collector has to mark. */
const BIG_CACHE_TOKENS = 1500;

export interface BigCacheFigures {
  tokens: number;
  hit: Summary;
  pages: number;
}

export async function jwtHostSim(n: number): Promise<{ perAlg: Record<string, JwtAlgFigures>; cacheHit: Summary; cacheHitFloor: Summary; bigCache: BigCacheFigures }> {
  const perAlg: Record<string, JwtAlgFigures> = {};
  let cacheHit: Summary | undefined;
  let cacheHitFloor: Summary | undefined;
  let bigCache: BigCacheFigures | undefined;
  for (const alg of JWT_ALGS) {
    const key = await makeKey(alg, `${alg}-bench`);
    const now = Math.floor(START_MS / 1000);
    const tokens: string[] = [];
    for (let i = 0; i < n + 200; i++) tokens.push(await mint(key, { iss: ISSUER, aud: 'api', sub: `user-${i}`, iat: now, exp: now + 3600, jti: `t${i}` }));
    const vm = await startFilter(key, 16);
    const check = nodeVerifier(key);
    if (!tokens.every((t, i) => i > 3 || check(t))) throw new Error(`${alg}: Node refuses our bench tokens`);
    // Warm-up long enough for V8 to have optimised the verification path (its tier-up compiles
    // in the background: 200 requests left some runs timing baseline code). The cache holds 16
    // entries, so cycling 200 tokens misses every time.
    for (let i = 0; i < WARMUP_REQUESTS; i++) request(vm, tokens[i % 200]);
    // Distinct tokens: every request misses the cache and verifies.
    const filterMiss = summarize(timeEach(n, 200, (i) => request(vm, tokens[i + (i < 200 ? 0 : 200)])));
    const nodeVerify = summarize(timeEach(n, 200, (i) => void check(tokens[i % tokens.length])));
    const floor = summarize(timeEach(n, 200, (i) => request(vm, tokens[i % tokens.length], '/free')));
    perAlg[alg] = { filterMiss, nodeVerify, floor };
    if (alg === 'RS256') {
      const hot = tokens[0];
      request(vm, hot);
      // Interleaved, so both see the same machine.
      const hit: number[] = [];
      const free: number[] = [];
      const once = (path: string) => {
        const t0 = process.hrtime.bigint();
        request(vm, hot, path);
        return Number(process.hrtime.bigint() - t0) / 1000;
      };
      for (let i = 0; i < 200; i++) once(i & 1 ? '/free' : '/orders');
      for (let i = 0; i < n; i++) {
        hit.push(once('/orders'));
        free.push(once('/free'));
      }
      cacheHit = summarize(hit);
      cacheHitFloor = summarize(free);
      if ((vm.counter('portcullis.jwt.cache.hit') ?? 0) < n) throw new Error('the cache-hit bench did not hit the cache');

      // Hits cycling over 1,500 cached tokens: the live heap the collector marks is the cache,
      // so this is where collecting too often (or the heap growing) would show.
      const cached = Math.min(BIG_CACHE_TOKENS, tokens.length);
      const big = await startFilter(key, 2 * cached);
      for (let i = 0; i < cached; i++) request(big, tokens[i]);
      const bigHit = summarize(timeEach(n, WARMUP_REQUESTS, (i) => request(big, tokens[i % cached])));
      if ((big.counter('portcullis.jwt.cache.hit') ?? 0) < n) throw new Error('the big-cache bench did not hit the cache');
      bigCache = { tokens: cached, hit: bigHit, pages: big.memoryPages() };
    }
  }
  return { perAlg, cacheHit: cacheHit!, cacheHitFloor: cacheHitFloor!, bigCache: bigCache! };
}

export function printJwtHostSim(r: Awaited<ReturnType<typeof jwtHostSim>>) {
  console.log('jwt in host-sim: one request, token not cached (µs)   filter p50/p99      Node crypto.verify p50/p99   ratio p50 (target)');
  const target: Record<string, string> = { RS256: '≤ 5×', PS256: '', ES256: '≤ 10×', EdDSA: '≤ 10×', HS256: '≤ 3×' };
  for (const [alg, f] of Object.entries(r.perAlg)) {
    console.log(
      `  ${alg.padEnd(8)} ${fmt(f.filterMiss.p50).padStart(30)} / ${fmt(f.filterMiss.p99).padEnd(8)} ${fmt(f.nodeVerify.p50).padStart(16)} / ${fmt(f.nodeVerify.p99).padEnd(8)}` +
        `   ${fmt(f.filterMiss.p50 / f.nodeVerify.p50, 2)}× ${target[alg] ? `(${target[alg]})` : ''}`,
    );
  }
  const rs = r.perAlg.RS256.nodeVerify.p50;
  console.log(`  cache hit (RS256 token seen before): p50 ${fmt(r.cacheHit.p50)} µs, p99 ${fmt(r.cacheHit.p99)} µs = ${fmt(r.cacheHit.p50 / rs, 2)}× Node's RS256 verify (target ≤ 0.2×)`);
  console.log(`  cache hit cycling over ${r.bigCache.tokens.toLocaleString('en')} cached tokens: p50 ${fmt(r.bigCache.hit.p50)} µs, p99 ${fmt(r.bigCache.hit.p99)} µs; heap ${r.bigCache.pages} pages`);
  // The figures above are whole requests through host-sim (strict). Below: the filter's own
  // share, the p50 minus the p50 of the same request on a `requires: null` route of the same VM
  // (host-sim's stream, header map and callback floor, plus the filter's rule match).
  const hs = r.perAlg.HS256;
  console.log('jwt in host-sim, filter\'s own cost net of the per-request floor (p50 µs; floor = same request on a `requires: null` route, same VM)');
  console.log(`  cache hit         ${fmt(r.cacheHit.p50 - r.cacheHitFloor.p50).padStart(7)}   (whole request ${fmt(r.cacheHit.p50)} − floor ${fmt(r.cacheHitFloor.p50)}) = ${fmt((r.cacheHit.p50 - r.cacheHitFloor.p50) / rs, 2)}× Node's RS256 verify`);
  console.log(`  HS256 miss        ${fmt(hs.filterMiss.p50 - hs.floor.p50).padStart(7)}   (whole request ${fmt(hs.filterMiss.p50)} − floor ${fmt(hs.floor.p50)}) = ${fmt((hs.filterMiss.p50 - hs.floor.p50) / hs.nodeVerify.p50, 2)}× Node's HMAC-SHA256 check`);
}

// ---- real Envoy: bare, native jwt_authn (its token cache on), ours; one token vs all distinct ----

export type JwtEnvoyVariant = 'bare' | 'native jwt_authn' | 'portcullis jwt' | 'portcullis jwt, identity on';

export async function jwtEnvoy(durationS: number, connections: number, distinct: number, rounds: number) {
  const { startEchoServer } = await import('../envoy/echo-server.ts');
  const { startLocalGateway } = await import('../envoy/harness/local.ts');
  const { renderNativeJwtAuthn } = await import('../envoy/render.ts');
  const { validatePolicy } = await import('../envoy/policy/index.ts');
  const { runLoad } = await import('./lib/load.ts');
  const { answerFromEnvoy, httpConnectionManager } = await import('./lib/envoy.ts');

  const key = await makeKey('RS256', 'bench-rs256');
  const now = Math.floor(Date.now() / 1000);
  const tokens: string[] = [];
  for (let i = 0; i < distinct; i++) tokens.push(await mint(key, { iss: ISSUER, aud: 'api', sub: `user-${i}`, iat: now, exp: now + 3600 }));
  const cacheEntries = 1024;
  // `publishIdentity`: the chain has a reader of the identity (e.g. quota keyed on it), so the
  // filter also sets Envoy filter state on every verdict; alone, the compiler leaves that off.
  const policyWith = (jwt: boolean, port: number, publishIdentity?: boolean) =>
    validatePolicy(
      {
        version: 1,
        listener: { address: '127.0.0.1', port: 10000 },
        upstream: { address: '127.0.0.1', port },
        routes: [{ name: 'api', match: { prefix: '/' } }],
        ...(jwt
          ? { jwt: { providers: [{ name: 'bench', issuer: ISSUER, audiences: ['api'], algorithms: ['RS256'], keys: { inline: { keys: [key.jwk] } } }], cache: { max_entries: cacheEntries } } }
          : {}),
        ...(publishIdentity === undefined ? {} : { publish_identity: publishIdentity }),
        failure_policy: 'fail_closed',
      },
      'bench-jwt-policy',
    );

  const echo = await startEchoServer();
  const oneToken = 'one token (cache hit)';
  const distinctTokens = `${distinct} distinct tokens`;
  try {
    const ours = policyWith(true, echo.port);
    const variants: Record<JwtEnvoyVariant, [ReturnType<typeof policyWith>, (b: Record<string, unknown>) => Record<string, unknown>]> = {
      bare: [policyWith(false, echo.port), answerFromEnvoy],
      'native jwt_authn': [
        ours,
        (b) => {
          const hcm = httpConnectionManager(b);
          hcm.http_filters = hcm.http_filters.map((f: { typed_config?: { config?: { name?: string } } }) => (f.typed_config?.config?.name === 'jwt' ? renderNativeJwtAuthn(ours) : f));
          return answerFromEnvoy(b);
        },
      ],
      'portcullis jwt': [ours, answerFromEnvoy],
      'portcullis jwt, identity on': [policyWith(true, echo.port, true), answerFromEnvoy],
    };
    // Every round: a fresh gateway per variant, its warm-up, then both kinds of traffic on it.
    const byVariant = await runRounds(Object.keys(variants) as JwtEnvoyVariant[], rounds, async (name) => {
      const [policy, transformBootstrap] = variants[name];
      const gw = await startLocalGateway({ policy, transformBootstrap, logLevel: 'error' });
      pinEnvoy(gw.pid);
      try {
        const url = `${gw.baseUrl}/orders`;
        const auth = { authorization: `Bearer ${tokens[0]}` };
        const check = await fetch(url, { headers: auth });
        if (check.status !== 200) throw new Error(`${name}: warm-up request answered ${check.status}`);
        await runLoad({ url, headers: auth, connections, durationS: 2 });
        const one = await runLoad({ url, headers: auth, connections, durationS });
        const all = await runLoad({ url, connections, durationS, headerSets: tokens.map((t) => ({ authorization: `Bearer ${t}` })) });
        return { one, all };
      } finally {
        await gw.stop();
      }
    });
    const traffic = (pick: 'one' | 'all') =>
      medians(Object.fromEntries(Object.entries(byVariant).map(([v, rs]) => [v, rs.map((r) => r[pick])])) as Record<JwtEnvoyVariant, LoadResult[]>);
    return { [oneToken]: traffic('one'), [distinctTokens]: traffic('all') };
  } finally {
    await echo.close();
  }
}

export function printJwtEnvoy(r: Awaited<ReturnType<typeof jwtEnvoy>>) {
  for (const [traffic, variants] of Object.entries(r)) printRoundsTable(`Envoy jwt, ${traffic}`, 28, 'vs jwt_authn', variants, 'native jwt_authn');
}
