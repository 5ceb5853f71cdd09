// `portcullis token`: mints a signed JWT for a policy's provider — by default the demo key for the
// demo policy — so the JWT routes can be tried with curl.
import { createPrivateKey, createPublicKey, createSecretKey, randomUUID, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SignJWT, type JWTPayload } from 'jose';
import { loadPolicyFile, type JwtProvider, type Policy } from '../../../envoy/policy/index.ts';
import { DEMO_JWT_KID, demoJwtPrivateKey } from '../demo-jwt.ts';
import { loadDemoPolicy } from '../demo-policy.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Io } from '../io.ts';

const DEFAULT_TTL_S = 600;
const MAX_TTL_S = 7 * 24 * 3600;
const DEFAULT_SUBJECT = 'demo-user';

export interface TokenRequest {
  provider: JwtProvider;
  key: KeyObject;
  kid?: string;
  subject: string;
  audience?: string;
  scope?: string;
  claims: Record<string, unknown>;
  ttlSeconds: number;
  now?: number;
}

/** Signs a token for `provider` with `key`; `claims` are applied last (they may override any). */
export async function mintToken(req: TokenRequest): Promise<string> {
  const now = req.now ?? Math.floor(Date.now() / 1000);
  const payload: JWTPayload = { iss: req.provider.issuer, sub: req.subject };
  const aud = req.audience ?? req.provider.audiences[0];
  if (aud !== undefined) payload.aud = aud;
  if (req.scope) payload.scope = req.scope;
  Object.assign(payload, { iat: now, nbf: now, exp: now + req.ttlSeconds, jti: randomUUID() });
  for (const [path, value] of Object.entries(req.claims)) setPath(payload, path, value);
  const alg = signingAlgorithm(req.key, req.provider);
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT', ...(req.kid ? { kid: req.kid } : {}) }).sign(req.key);
}

export async function tokenCommand(args: string[], io: Io): Promise<number> {
  let values: Record<string, string | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: 'string' },
        provider: { type: 'string' },
        key: { type: 'string' },
        sub: { type: 'string' },
        aud: { type: 'string' },
        scope: { type: 'string' },
        claim: { type: 'string', multiple: true },
        ttl: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError(`token: ${(err as Error).message}`);
  }
  const policy: Policy = typeof values.policy === 'string' ? loadPolicyFile(values.policy) : loadDemoPolicy();
  const provider = pickProvider(policy, values.provider as string | undefined);
  const { key, kid } = typeof values.key === 'string' ? readKeyFile(values.key) : { key: demoJwtPrivateKey(), kid: DEMO_JWT_KID };
  checkKeyTrusted(provider, key, kid, typeof values.key === 'string');
  const ttlSeconds = values.ttl === undefined ? DEFAULT_TTL_S : parseDuration(values.ttl as string);
  if (provider.max_lifetime_s > 0 && ttlSeconds > provider.max_lifetime_s) {
    io.err(`warning: provider "${provider.name}" refuses tokens living longer than ${provider.max_lifetime_s} s; this one lives ${ttlSeconds} s\n`);
  }
  const claims: Record<string, unknown> = {};
  for (const pair of (values.claim as string[] | undefined) ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`token: --claim expects name=value; got "${pair}"`);
    claims[pair.slice(0, eq)] = claimValue(pair.slice(eq + 1));
  }
  const token = await mintToken({
    provider,
    key,
    kid,
    subject: (values.sub as string | undefined) ?? DEFAULT_SUBJECT,
    audience: values.aud as string | undefined,
    scope: values.scope as string | undefined,
    claims,
    ttlSeconds,
  });
  io.out(`${token}\n`);
  return 0;
}

function pickProvider(policy: Policy, name: string | undefined): JwtProvider {
  const providers = policy.jwt?.providers ?? [];
  if (providers.length === 0) throw new CliError('the policy has no jwt providers to mint a token for');
  if (name === undefined) {
    if (providers.length === 1) return providers[0];
    throw new UsageError(`token: the policy has several providers; choose one with --provider (${providers.map((p) => p.name).join(', ')})`);
  }
  const found = providers.find((p) => p.name === name);
  if (!found) throw new CliError(`no jwt provider "${name}"; providers: ${providers.map((p) => p.name).join(', ')}`);
  return found;
}

/** A private JWK (JSON) file; its `kid` goes in the token header. */
function readKeyFile(path: string): { key: KeyObject; kid?: string } {
  let jwk: Record<string, unknown>;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot read the signing key ${path}: ${(err as Error).message}`);
  }
  try {
    const key =
      jwk.kty === 'oct'
        ? createSecretKey(Buffer.from(String(jwk.k ?? ''), 'base64url'))
        : createPrivateKey({ key: jwk as unknown as JsonWebKey, format: 'jwk' });
    return { key, kid: typeof jwk.kid === 'string' ? jwk.kid : undefined };
  } catch (err) {
    throw new CliError(`${path} is not a private JWK: ${(err as Error).message}`);
  }
}

/** Refuses to mint a token the gateway would reject for its key: a confusing 401 helps nobody. */
function checkKeyTrusted(provider: JwtProvider, key: KeyObject, kid: string | undefined, fromFile: boolean): void {
  if (!('inline' in provider.keys)) {
    if (!fromFile) throw new CliError(`provider "${provider.name}" fetches its keys from ${provider.keys.remote.url}; sign with that issuer's key: --key <private JWK file>`);
    return;
  }
  const candidates = provider.keys.inline.keys.filter((k) => kid === undefined || k.kid === undefined || k.kid === kid);
  const matches = candidates.some((k) => {
    if (key.type === 'secret') return k.kty === 'oct' && Buffer.from(k.k!, 'base64url').equals(key.export());
    if (k.kty === 'oct') return false;
    const pub = createPublicKey(key).export({ format: 'jwk' }) as Record<string, unknown>;
    return ['n', 'e', 'x', 'y', 'crv'].every((m) => (k as unknown as Record<string, unknown>)[m] === pub[m]);
  });
  if (!matches) {
    throw new CliError(`provider "${provider.name}" does not trust this key${kid ? ` (kid "${kid}")` : ''}: its tokens would be refused; pass the matching private key with --key`);
  }
}

function signingAlgorithm(key: KeyObject, provider: JwtProvider): string {
  const allowed = provider.algorithms as string[];
  const byType: Record<string, string[]> = {
    rsa: ['RS256', 'PS256', 'RS384', 'RS512', 'PS384', 'PS512'],
    'rsa-pss': ['PS256', 'PS384', 'PS512'],
    ec: [key.asymmetricKeyDetails?.namedCurve === 'secp384r1' ? 'ES384' : 'ES256'],
    ed25519: ['EdDSA'],
  };
  const options = key.type === 'secret' ? ['HS256', 'HS384', 'HS512'] : byType[key.asymmetricKeyType ?? ''] ?? [];
  const alg = options.find((a) => allowed.includes(a));
  if (!alg) throw new CliError(`provider "${provider.name}" accepts ${allowed.join(', ')}, none of which this key can sign`);
  return alg;
}

/** `90`, `90s`, `10m`, `2h`, `1d`. */
export function parseDuration(text: string): number {
  const m = /^(\d{1,7})([smhd]?)$/.exec(text);
  if (!m) throw new UsageError(`token: --ttl expects a duration such as 90s, 10m, 2h or 1d; got "${text}"`);
  const seconds = Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  if (seconds < 1 || seconds > MAX_TTL_S) throw new UsageError(`token: --ttl must be between 1 s and ${MAX_TTL_S / 86400} days`);
  return seconds;
}

/** JSON when the value parses as JSON (numbers, true, ["a"]), else the text itself. */
function claimValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `org.id` sets payload.org.id, creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}
