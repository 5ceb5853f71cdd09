// DEMO ONLY. The key the demo's JWT provider trusts and `portcullis token` signs with. It is
// derived from a published constant, so anyone can mint tokens the demo accepts: never trust it
// in a real policy. Deriving it (rather than shipping a private key file) keeps private key
// material out of the repository and out of the policy, which holds only the public half.
import { createECDH, createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import type { Jwk } from '../../envoy/policy/index.ts';

export const DEMO_JWT_KID = 'portcullis-demo-es256';
export const DEMO_JWT_SEED = 'portcullis demo JWT signing key: DEMO ONLY, anyone can derive it';

interface EcPair {
  d: Buffer;
  x: Buffer;
  y: Buffer;
}

function derive(): EcPair {
  // The digest is a valid P-256 scalar (non-zero, below the group order): setPrivateKey
  // would throw otherwise.
  const d = createHash('sha256').update(DEMO_JWT_SEED).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  return { d, x: point.subarray(1, 33), y: point.subarray(33, 65) };
}

/** The public JWK, exactly as the demo policy inlines it. */
export function demoJwtPublicJwk(): Jwk {
  const { x, y } = derive();
  return { kty: 'EC', crv: 'P-256', kid: DEMO_JWT_KID, alg: 'ES256', use: 'sig', x: x.toString('base64url'), y: y.toString('base64url') };
}

export function demoJwtPrivateKey(): KeyObject {
  const { d, x, y } = derive();
  return createPrivateKey({ key: { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: x.toString('base64url'), y: y.toString('base64url') }, format: 'jwk' });
}
