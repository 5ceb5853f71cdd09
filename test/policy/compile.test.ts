import { describe, expect, it } from 'vitest';
import { compileChain, parsePolicy } from '../../envoy/policy/index.ts';
import { CONTRACT_POLICY, HASH_A, HASH_B, PLAIN_POLICY } from './fixtures/policies.ts';

describe('compileChain', () => {
  it('produces exactly the apikey configuration contract of ARCHITECTURE.md', () => {
    const [spec, ...rest] = compileChain(parsePolicy(CONTRACT_POLICY, 'c.yaml'), { buildDir: '/opt/build' });
    expect(rest).toEqual([]);
    expect(spec).toMatchObject({ name: 'apikey', rootId: 'apikey', vmId: 'portcullis.apikey', wasmPath: '/opt/build/apikey.wasm' });
    // Compare text, not objects: key order is part of what host-sim and Envoy both receive.
    expect(spec.configuration).toBe(JSON.stringify({
      realm: 'portcullis',
      sources: [{ header: 'x-api-key' }, { query: 'api_key' }, { cookie: 'api_key' }],
      keys: [{ client: 'demo', sha256: HASH_A }, { client: 'ops', sha256: HASH_B }],
      forward_header: 'x-portcullis-client',
      hide_credentials: true,
      publish_identity: false, // nothing in this chain reads it
      rules: [
        { methods: ['GET'], prefix: '/health', public: true },
        { methods: [], prefix: '/admin', clients: ['ops'] },
        { methods: [], exact: '/reports', clients: ['demo', 'ops'] },
        { methods: [], prefix: '/' },
      ],
    }));
  });

  it('compiles per-route sources and keys into the route\'s rule (public routes carry neither)', () => {
    const text = CONTRACT_POLICY.replace(
      '  - name: api\n',
      `  - name: hooks
    match: { prefix: /hooks }
    methods: [POST]
    apikey:
      sources: [{ query: token }]
      keys: [{ client: stripe, sha256: ${HASH_A.replace(/a/g, 'c')} }]
      clients: [stripe]
  - name: api\n`,
    );
    const config = JSON.parse(compileChain(parsePolicy(text, 'c.yaml'), { buildDir: 'b' })[0].configuration);
    expect(JSON.stringify(config.rules[3])).toBe(JSON.stringify({
      methods: ['POST'],
      prefix: '/hooks',
      sources: [{ query: 'token' }],
      keys: [{ client: 'stripe', sha256: 'c'.repeat(64) }],
      clients: ['stripe'],
    }));
    // The section is unchanged and other rules inherit it (no sources/keys of their own).
    expect(config.sources).toEqual([{ header: 'x-api-key' }, { query: 'api_key' }, { cookie: 'api_key' }]);
    expect(config.keys).toHaveLength(2);
    expect(config.rules.filter((r: object) => 'sources' in r || 'keys' in r)).toHaveLength(1);
  });

  it('omits forward_header when unset and keeps the chain empty without filters', () => {
    const text = CONTRACT_POLICY.replace('  forward_header: x-portcullis-client\n', '');
    const config = JSON.parse(compileChain(parsePolicy(text, 'c.yaml'), { buildDir: 'b' })[0].configuration);
    expect(Object.keys(config)).toEqual(['realm', 'sources', 'keys', 'hide_credentials', 'publish_identity', 'rules']);
    expect(compileChain(parsePolicy(PLAIN_POLICY, 'p.yaml'), { buildDir: 'b' })).toEqual([]);
  });

  it('publishes the identity only to a chain that reads it, unless the policy says', () => {
    const publishes = (text: string) => compileChain(parsePolicy(text, 'c.yaml'), { buildDir: 'b' }).filter((s) => s.name === 'apikey' || s.name === 'jwt').map((s) => JSON.parse(s.configuration).publish_identity);
    const quota = (key: string) => `quota:\n  limits: [{ name: l, token_bucket: { rate: 1, per: second }, key: [${key}] }]\n`;
    expect(publishes(CONTRACT_POLICY)).toEqual([false]);
    expect(publishes(CONTRACT_POLICY + quota('client_ip'))).toEqual([false]);
    expect(publishes(CONTRACT_POLICY + quota('client_ip, identity'))).toEqual([true]);
    expect(publishes(`${CONTRACT_POLICY}quota:\n  limits: [{ name: l, token_bucket: { rate: 1, per: second } }]\n  default_limits: [l]\n  plans: { from: identity, default: p, plans: [{ name: p, limits: [l] }] }\n`)).toEqual([true]);
    expect(publishes(`${CONTRACT_POLICY}extra_filters: [{ name: probe, module: fixtures/probe.wasm }]\n`)).toEqual([true]);
    expect(publishes(`${CONTRACT_POLICY}publish_identity: true\n`)).toEqual([true]);
    expect(publishes(`${CONTRACT_POLICY}publish_identity: false\nextra_filters: [{ name: probe, module: fixtures/probe.wasm }]\n`)).toEqual([false]);
  });

  it('appends extra filters in order, resolving modules against the build dir', () => {
    const text = `${CONTRACT_POLICY}extra_filters:
  - { name: probe, module: fixtures/probe.wasm, config: { mode: echo } }
  - { name: abs, module: /srv/abs.wasm }
`;
    const chain = compileChain(parsePolicy(text, 'c.yaml'), { buildDir: '/opt/build' });
    expect(chain.map((s) => [s.name, s.wasmPath, s.configuration.slice(0, 20)])).toEqual([
      ['apikey', '/opt/build/apikey.wasm', '{"realm":"portcullis'],
      ['probe', '/opt/build/fixtures/probe.wasm', '{"mode":"echo"}'],
      ['abs', '/srv/abs.wasm', ''],
    ]);
  });

  it('compiles per-route forwarding field by field: absent inherits, false forwards nothing', () => {
    const text = CONTRACT_POLICY.replace(
      '  - name: api\n',
      `  - name: team
    match: { prefix: /team }
    apikey: { forward_header: x-team, hide_credentials: false }
  - name: quiet
    match: { prefix: /quiet }
    apikey: { forward_header: false }
  - name: api\n`,
    );
    const config = JSON.parse(compileChain(parsePolicy(text, 'c.yaml'), { buildDir: 'b' })[0].configuration);
    expect(JSON.stringify(config.rules.slice(3, 5))).toBe(JSON.stringify([
      { methods: [], prefix: '/team', forward_header: 'x-team', hide_credentials: false },
      { methods: [], prefix: '/quiet', forward_header: false },
    ]));
    expect(config.forward_header).toBe('x-portcullis-client');
    expect(config.rules.filter((r: object) => 'forward_header' in r || 'hide_credentials' in r)).toHaveLength(2);
  });
});
