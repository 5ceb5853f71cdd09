// Checks a JSON Web Key Set before it reaches the filter, so a key the filter could never use
// (wrong curve, weak size, private part, shared secret pasted into the policy) fails at load
// time with its position, not as a 401 in production. Only public members are kept.
import { createPublicKey } from 'node:crypto';
import type { Jwk, JwtAlgorithm, Jwks } from './types.ts';

/** Where a key set came from: secrets are acceptable from a file or the environment only. */
export type JwksOrigin = 'policy' | 'file' | 'env';

export interface JwksProblem {
  /** Path inside the key set, e.g. `['keys', 2, 'alg']`. */
  segments: (string | number)[];
  message: string;
}

const MIN_RSA_BITS = 2048;
/** RFC 7518 §3.2: an HMAC key must be at least as long as the hash output. */
const MIN_HMAC_BYTES = 32;
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];
const PUBLIC_MEMBERS: Record<Jwk['kty'], (keyof Jwk)[]> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
  oct: ['k'],
};
const CURVE_ALGORITHM: Record<string, JwtAlgorithm> = { 'P-256': 'ES256', 'P-384': 'ES384', Ed25519: 'EdDSA' };

/** The algorithms a key of this type (and curve) can verify. */
export function algorithmsForKey(jwk: Pick<Jwk, 'kty' | 'crv'>): JwtAlgorithm[] {
  switch (jwk.kty) {
    case 'RSA':
      return ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
    case 'EC':
    case 'OKP': {
      const alg = CURVE_ALGORITHM[jwk.crv ?? ''];
      return alg ? [alg] : [];
    }
    case 'oct':
      return ['HS256', 'HS384', 'HS512'];
  }
}

export function checkJwks(value: unknown, origin: JwksOrigin, allowed: readonly JwtAlgorithm[]): { jwks?: Jwks; problems: JwksProblem[] } {
  if (!isObject(value) || !Array.isArray(value.keys)) {
    return { problems: [{ segments: [], message: 'expected a JWKS: an object with a "keys" list' }] };
  }
  if (value.keys.length === 0) return { problems: [{ segments: ['keys'], message: 'expected at least 1 key' }] };
  const problems: JwksProblem[] = [];
  const keys: Jwk[] = [];
  const kidAt = new Map<string, number>();
  value.keys.forEach((raw, i) => {
    const found = checkKey(raw, origin, allowed);
    problems.push(...found.problems.map((p) => ({ segments: ['keys', i, ...p.segments], message: p.message })));
    if (!found.key) return;
    const kid = found.key.kid;
    if (kid !== undefined) {
      const j = kidAt.get(kid);
      if (j !== undefined) problems.push({ segments: ['keys', i, 'kid'], message: `duplicate kid "${kid}" (also keys[${j}]): a token could not say which key signed it` });
      else kidAt.set(kid, i);
    }
    keys.push(found.key);
  });
  return problems.length > 0 ? { problems } : { jwks: { keys }, problems };
}

function checkKey(raw: unknown, origin: JwksOrigin, allowed: readonly JwtAlgorithm[]): { key?: Jwk; problems: JwksProblem[] } {
  const fail = (message: string, ...segments: (string | number)[]) => ({ problems: [{ segments, message }] });
  if (!isObject(raw)) return fail('expected a JSON Web Key (an object)');
  const kty = raw.kty;
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP' && kty !== 'oct') return fail(`expected one of: RSA, EC, OKP, oct; got ${JSON.stringify(kty)}`, 'kty');
  if (kty === 'oct' && origin === 'policy') {
    return fail('a shared secret (kty "oct") must not be written in the policy: put the key set in a file (keys: { inline: ./keys.json }) or an environment variable (keys: { env: NAME })', 'k');
  }
  const privateMembers = kty === 'oct' ? [] : PRIVATE_MEMBERS.filter((m) => m in raw);
  if (privateMembers.length > 0) {
    return fail(`this is a private key (it has ${privateMembers.join(', ')}): the gateway needs only the public key; remove the private members`, privateMembers[0]);
  }
  for (const member of ['kid', 'alg', 'use', ...PUBLIC_MEMBERS[kty]]) {
    if (member in raw && typeof raw[member] !== 'string') return fail('expected a string', member);
  }
  for (const member of PUBLIC_MEMBERS[kty]) {
    if (typeof raw[member] !== 'string' || raw[member] === '') return fail(`a ${kty} key needs "${member}"`);
  }
  const key = { kty } as Jwk;
  for (const member of ['kid', 'alg', 'use', ...PUBLIC_MEMBERS[kty]] as (keyof Jwk)[]) {
    if (typeof raw[member] === 'string') (key as unknown as Record<string, string>)[member] = raw[member] as string;
  }
  if (key.use !== undefined && key.use !== 'sig') return fail(`a key with use "${key.use}" is not a signature key; remove it from the set`, 'use');

  const strength = keyStrengthProblem(key);
  if (strength) return fail(strength.message, ...strength.segments);

  const usable = algorithmsForKey(key);
  if (key.alg !== undefined) {
    if (!(usable as string[]).includes(key.alg)) return fail(`a ${describeKey(key)} cannot verify ${key.alg}; expected one of: ${usable.join(', ')}`, 'alg');
    if (!(allowed as string[]).includes(key.alg)) return fail(`alg ${key.alg} is not among the provider's algorithms (${allowed.join(', ')}): the key could never be used`, 'alg');
  } else if (!usable.some((a) => allowed.includes(a))) {
    return fail(`a ${describeKey(key)} verifies only ${usable.join(', ') || 'nothing'}, none of which is among the provider's algorithms (${allowed.join(', ')})`);
  }
  return { key, problems: [] };
}

function keyStrengthProblem(key: Jwk): JwksProblem | undefined {
  if (key.kty === 'oct') {
    const bytes = Buffer.from(key.k!, 'base64url').length;
    return bytes < MIN_HMAC_BYTES ? { segments: ['k'], message: `the secret is ${bytes} bytes; HMAC keys need at least ${MIN_HMAC_BYTES} random bytes` } : undefined;
  }
  if ((key.kty === 'EC' || key.kty === 'OKP') && !CURVE_ALGORITHM[key.crv!]) {
    return { segments: ['crv'], message: `expected one of: ${key.kty === 'EC' ? 'P-256, P-384' : 'Ed25519'}; got ${JSON.stringify(key.crv)}` };
  }
  let parsed;
  try {
    parsed = createPublicKey({ key: key as unknown as import('node:crypto').JsonWebKey, format: 'jwk' });
  } catch (err) {
    return { segments: [], message: `not a valid ${key.kty} public key: ${(err as Error).message}` };
  }
  const bits = parsed.asymmetricKeyDetails?.modulusLength;
  if (key.kty === 'RSA' && bits !== undefined && bits < MIN_RSA_BITS) {
    return { segments: ['n'], message: `a ${bits}-bit RSA key is too weak; use at least ${MIN_RSA_BITS} bits` };
  }
  return undefined;
}

function describeKey(key: Jwk): string {
  return key.kty === 'EC' || key.kty === 'OKP' ? `${key.kty} ${key.crv} key` : `${key.kty} key`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
