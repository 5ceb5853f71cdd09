// `portcullis token`: the tokens it mints verify (with jose, as a gateway would) against the
// policy's keys, carry the claims asked for, and it refuses to mint what the gateway would refuse.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_JWT_KID } from '../../bin/cli/demo-jwt.ts';
import { loadDemoPolicy } from '../../bin/cli/demo-policy.ts';
import type { Io } from '../../bin/cli/io.ts';
import { run } from '../../bin/cli/run.ts';
import type { Jwks } from '../../envoy/policy/index.ts';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), stdin: new PassThrough() };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'portcullis-token-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A policy file in `dir` with one catch-all route and these jwt providers (YAML flow maps); its path. */
function writePolicy(name: string, providers: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `version: 1
listener: { port: 10000 }
upstream: { address: 127.0.0.1, port: 8080 }
routes: [{ name: api, match: { prefix: / } }]
jwt:
  providers:
${providers.map((p) => `    - ${p}\n`).join('')}`);
  return file;
}

const demoJwks = () => {
  const keys = loadDemoPolicy().jwt!.providers[0].keys;
  if (!('inline' in keys)) throw new Error('the demo provider should inline its keys');
  return keys.inline;
};

describe('portcullis token', () => {
  it('mints a demo token the demo provider verifies, with the requested claims', async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await cli(['token', '--sub', 'alice', '--scope', 'orders:read orders:write', '--claim', 'org.id=7', '--claim', 'tenant=acme', '--claim', 'roles=["a","b"]', '--ttl', '2m']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const token = r.stdout.trim();
    expect(r.stdout).toBe(`${token}\n`);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT', kid: DEMO_JWT_KID });
    const { payload } = await jwtVerify(token, createLocalJWKSet(demoJwks() as never), {
      issuer: 'https://demo.portcullis.local',
      audience: 'portcullis-demo',
      algorithms: ['ES256'],
    });
    expect(payload).toMatchObject({ sub: 'alice', scope: 'orders:read orders:write', org: { id: 7 }, tenant: 'acme', roles: ['a', 'b'] });
    expect(payload.exp! - payload.iat!).toBe(120);
    expect(payload.iat!).toBeGreaterThanOrEqual(before);
    expect(typeof payload.jti).toBe('string');
  });

  it('signs with a given key for a provider that trusts it, and refuses one it does not trust', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pub = { ...publicKey.export({ format: 'jwk' }), kid: 'rsa-1' };
    const keyFile = join(dir, 'rsa.json');
    writeFileSync(keyFile, JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: 'rsa-1' }));
    const policyFile = writePolicy('p.yaml', [
      `{ name: a, issuer: https://a, audiences: [x, y], algorithms: [PS256], keys: { inline: ${JSON.stringify({ keys: [pub] })} } }`,
      '{ name: b, issuer: https://b, audiences: [], keys: { remote: { url: "http://127.0.0.1:1/jwks" } } }',
    ]);
    const ok = await cli(['token', '--policy', policyFile, '--provider', 'a', '--key', keyFile, '--aud', 'y']);
    expect(ok.code).toBe(0);
    const token = ok.stdout.trim();
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'PS256', kid: 'rsa-1' });
    const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [pub] } as Jwks as never), { issuer: 'https://a', audience: 'y' });
    expect(payload.sub).toBe('demo-user');

    expect(await cli(['token', '--policy', policyFile])).toMatchObject({ code: 2, stderr: expect.stringContaining('several providers; choose one with --provider (a, b)') });
    expect(await cli(['token', '--policy', policyFile, '--provider', 'a'])).toMatchObject({
      code: 1,
      stderr: 'portcullis: provider "a" does not trust this key (kid "portcullis-demo-es256"): its tokens would be refused; pass the matching private key with --key\n',
    });
    expect((await cli(['token', '--policy', policyFile, '--provider', 'b'])).stderr).toContain('fetches its keys from http://127.0.0.1:1/jwks; sign with that issuer');
    expect((await cli(['token', '--policy', policyFile, '--provider', 'zz'])).stderr).toBe('portcullis: no jwt provider "zz"; providers: a, b\n');
  });

  it('rejects malformed options as usage errors', async () => {
    expect(await cli(['token', '--ttl', '10 minutes'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--ttl expects a duration such as 90s, 10m, 2h or 1d; got "10 minutes"') });
    expect((await cli(['token', '--ttl', '30d'])).code).toBe(2);
    expect(await cli(['token', '--claim', 'novalue'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--claim expects name=value; got "novalue"') });
    expect((await cli(['token', '--bogus'])).code).toBe(2);
    expect((await cli(['token', '--help'])).stdout).toMatch(/^usage: portcullis token/);
  });
});

describe('portcullis render envoy --jwt-filter', () => {
  it('renders Envoy\'s native jwt_authn in place of the wasm filter, or says why it cannot', async () => {
    const native = await cli(['render', 'envoy', 'examples/demo-policy.yaml', '--jwt-filter', 'native', '--build-dir', dir]);
    expect(native.code).toBe(1);
    expect(native.stderr).toContain("Envoy's jwt_authn cannot express this policy:\n  routes[1].jwt.requires.scopes: scope checks");
    const policyFile = writePolicy('native.yaml', [`{ name: a, issuer: https://a, audiences: [], keys: { inline: ${JSON.stringify(demoJwks())} } }`]);
    const ok = await cli(['render', 'envoy', policyFile, '--jwt-filter', 'native', '--build-dir', dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('name: envoy.filters.http.jwt_authn');
    expect(ok.stdout).not.toContain('envoy.filters.http.wasm');
    expect((await cli(['render', 'envoy', policyFile, '--jwt-filter', 'lua'])).code).toBe(2);
  });
});
