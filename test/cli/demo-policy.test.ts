import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_JWT_KID, demoJwtPrivateKey, demoJwtPublicJwk } from '../../bin/cli/demo-jwt.ts';
import { DEMO_KEY, DEMO_POLICY_FILE, DEMO_POLICY_YAML } from '../../bin/cli/demo-policy.ts';
import { parsePolicy } from '../../envoy/policy/index.ts';

describe('the demo policy', () => {
  it('embedded copy is identical to examples/demo-policy.yaml', () => {
    expect(DEMO_POLICY_YAML).toBe(readFileSync(resolve(import.meta.dirname, '..', '..', DEMO_POLICY_FILE), 'utf8'));
  });

  it('is valid, admits the demo key on /api and keeps /admin for ops only', () => {
    const policy = parsePolicy(DEMO_POLICY_YAML, DEMO_POLICY_FILE);
    const demoHash = createHash('sha256').update(DEMO_KEY).digest('hex');
    expect(policy.apikey!.keys.find((k) => k.sha256 === demoHash)?.client).toBe('demo');
    expect(policy.routes.find((r) => r.name === 'admin')?.apikey).toEqual({ clients: ['ops'] });
    expect(policy.listener).toEqual({ address: '127.0.0.1', port: 10000 });
    expect(policy.admin).toEqual({ address: '127.0.0.1', port: 9901 });
  });

  it('trusts exactly the public half of the derived DEMO ONLY key on /orders, with a scope', () => {
    const policy = parsePolicy(DEMO_POLICY_YAML, DEMO_POLICY_FILE);
    const provider = policy.jwt!.providers[0];
    expect(provider.keys).toEqual({ inline: { keys: [demoJwtPublicJwk()] } });
    expect(createPublicKey(demoJwtPrivateKey()).export({ format: 'jwk' })).toMatchObject({ x: demoJwtPublicJwk().x, y: demoJwtPublicJwk().y });
    expect(demoJwtPublicJwk().kid).toBe(DEMO_JWT_KID);
    expect(policy.routes.find((r) => r.name === 'orders')?.jwt).toEqual({ requires: { provider: 'demo', scopes: ['orders:read'] } });
    // The policy holds no private key material.
    expect(DEMO_POLICY_YAML).not.toMatch(/\bd:/);
  });
});
