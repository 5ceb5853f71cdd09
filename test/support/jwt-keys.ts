// Signing keys and tokens for the JWT suites, minted with jose the way an identity provider
// would, plus the malformed tokens no provider would ever issue.
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type JWTHeaderParameters } from 'jose';
import type { Jwk, Jwks } from '../../envoy/policy/index.ts';

export interface TestKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicJwk: Jwk;
}

export async function newKey(kid: string, alg: 'RS256' | 'ES256' | 'PS256' | 'ES384' | 'EdDSA' = 'RS256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
  const jwk = (await exportJWK(publicKey)) as Jwk;
  return { kid, alg, privateKey, publicJwk: { ...jwk, kid, alg, use: 'sig' } };
}

export const jwksOf = (...keys: TestKey[]): Jwks => ({ keys: keys.map((k) => k.publicJwk) });

export const now = () => Math.floor(Date.now() / 1000);

/** A token with sensible defaults (iat now, exp in 10 min); `claims` override them. */
export function sign(key: TestKey, claims: JWTPayload, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  const t = now();
  return new SignJWT({ iat: t, exp: t + 600, ...claims }).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...header }).sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** `alg: none` with an empty signature (RFC 7519 §6): must never be accepted. */
export function unsecured(claims: JWTPayload): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

/** A validly-shaped token whose signature is someone else's. */
export function withForeignSignature(token: string, other: string): string {
  const [h, p] = token.split('.');
  return `${h}.${p}.${other.split('.')[2]}`;
}
