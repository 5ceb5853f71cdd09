import { describe, expect, it } from 'vitest';
import { PolicyError, parsePolicy, validatePolicy } from '../../envoy/policy/index.ts';
import { CONTRACT_POLICY, HASH_A } from './fixtures/policies.ts';

function issuesOf(text: string): string[] {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return (err as PolicyError).issues.map((i) => `${i.line}:${i.col} ${i.path}: ${i.message}`);
  }
  throw new Error('expected the policy to be rejected');
}

const base = (routes: string, extra = '') => `version: 1
listener: { port: 10000 }
upstream: { address: 127.0.0.1, port: 8080 }
routes:
${routes}
${extra}`;

describe('policy schema', () => {
  it('says once, from the choice\'s description, that a value fits none of a oneOf\'s forms', () => {
    const quota = (limit: string) => base('  - { name: a, match: { prefix: / } }', `quota:\n  limits: [${limit}]\n`);
    expect(issuesOf(quota('{ name: l, token_bucket: { rate: 1, per: second }, key: [bogus] }'))).toEqual([
      '7:69 quota.limits[0].key[0]: expected identity (set by apikey/jwt), client_ip, route, or {header: <name>} (e.g. a claim header the jwt filter sets); got "bogus"',
    ]);
    expect(issuesOf(quota('{ name: l, key: [identity] }'))).toEqual([
      '7:12 quota.limits[0]: expected a limit: its name, exactly one of token_bucket and sliding_window, and what it is counted per; got a mapping',
    ]);
  });

  it('accepts a full policy and fills defaults', () => {
    const policy = parsePolicy(CONTRACT_POLICY, 'ok.yaml');
    expect(policy.failure_policy).toBe('fail_closed');
    expect(policy.upstream.connect_timeout_ms).toBe(2000);
    const minimal = parsePolicy(base('  - { name: api, match: { prefix: / } }', `apikey: { keys: [{ client: demo, sha256: ${HASH_A} }] }`), 'm.yaml');
    expect(minimal.listener.address).toBe('127.0.0.1');
    expect(minimal.apikey).toEqual({ keys: [{ client: 'demo', sha256: HASH_A }], realm: 'portcullis', sources: [{ header: 'x-api-key' }], hide_credentials: true });
  });

  it('names the file, the path, the line:col and what was expected', () => {
    const text = base('  - name: api\n    match: { prefix: / }\n    apikey: { clients: [demo, 7] }');
    try {
      parsePolicy(text, 'gate.yaml');
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toBe('gate.yaml:7:31: routes[0].apikey.clients[1]: expected a string; got 7');
    }
  });

  it('rejects unknown keys at the key, listing the valid ones', () => {
    expect(issuesOf(base('  - name: api\n    match: { prefix: / }\n    mathods: [GET]'))).toEqual([
      '7:5 routes[0].mathods: unknown field "mathods"; expected one of: name, match, methods, apikey, jwt, quota',
    ]);
  });

  it('turns away plaintext keys with a pointer to hash-key', () => {
    const issues = issuesOf(base('  - { name: api, match: { prefix: / } }', 'apikey:\n  keys:\n    - { client: demo, key: hunter2 }'));
    expect(issues).toContain('8:7 apikey.keys[0]: missing required field "sha256"');
    expect(issues).toContain('8:23 apikey.keys[0].key: plaintext keys are not allowed in a policy: store `sha256: <hex>` instead (run `portcullis hash-key` to compute it)');
  });

  it('validates per-route sources and keys like the section\'s (no plaintext keys, one kind per source)', () => {
    const route = (apikey: string) => base(`  - name: hooks\n    match: { prefix: /hooks }\n    apikey: ${apikey}`, `apikey: { keys: [{ client: demo, sha256: ${HASH_A} }] }`);
    const ok = parsePolicy(route(`{ sources: [{ query: token }], keys: [{ client: stripe, sha256: ${'c'.repeat(64)} }] }`), 'ok.yaml');
    expect(ok.routes[0].apikey).toEqual({ sources: [{ query: 'token' }], keys: [{ client: 'stripe', sha256: 'c'.repeat(64) }] });
    expect(issuesOf(route('{ sources: [] }'))).toEqual(['7:24 routes[0].apikey.sources: expected at least 1 item']);
    expect(issuesOf(route('{ sources: [{ query: a, cookie: b }] }'))).toEqual(['7:25 routes[0].apikey.sources[0]: expected exactly one of: header, query, cookie']);
    const plaintext = issuesOf(route('{ keys: [{ client: stripe, key: hunter2 }] }'));
    expect(plaintext).toEqual([
      '7:22 routes[0].apikey.keys[0]: missing required field "sha256"',
      '7:40 routes[0].apikey.keys[0].key: plaintext keys are not allowed in a policy: store `sha256: <hex>` instead (run `portcullis hash-key` to compute it)',
    ]);
    expect(plaintext.join('\n')).not.toContain('hunter2');
    expect(issuesOf(route('{ sourcez: [] }'))).toEqual(['7:15 routes[0].apikey.sourcez: unknown field "sourcez"; expected one of: public, sources, keys, clients, forward_header, hide_credentials']);
  });

  it('does not echo a malformed sha256 value (it may be a pasted key)', () => {
    const issues = issuesOf(base('  - { name: api, match: { prefix: / } }', 'apikey:\n  keys:\n    - { client: demo, sha256: my-secret-key }'));
    expect(issues).toEqual(['8:31 apikey.keys[0].sha256: expected 64 lowercase hex characters, the SHA-256 of the key (print it with `portcullis hash-key`)']);
  });

  it('explains enums, ranges, patterns and one-of objects', () => {
    const issues = issuesOf(`version: 1
listener: { port: 70000 }
upstream: { address: localhost, port: 8080 }
routes:
  - name: api
    match: { prefix: /a, path: /b }
    methods: [get]
failure_policy: open
`);
    expect(issues).toEqual([
      '2:19 listener.port: expected a number in the range 0..65535 (a TCP port (0: any free port)); got 70000',
      '3:22 upstream.address: expected an IPv4 address such as 127.0.0.1; got "localhost"',
      '6:12 routes[0].match: expected exactly one of: prefix, path',
      '7:15 routes[0].methods[0]: expected one of: GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, CONNECT, TRACE; got "get"',
      '8:17 failure_policy: expected one of: fail_closed, fail_open; got "open"',
    ]);
  });

  it('rejects route paths with a query string, and key sources naming two places', () => {
    const issues = issuesOf(base('  - { name: api, match: { prefix: "/a?b" } }', `apikey:\n  sources: [{ header: x-api-key, query: k }]\n  keys: [{ client: demo, sha256: ${HASH_A} }]`));
    expect(issues).toEqual([
      '5:35 routes[0].match.prefix: expected a URL path starting with \'/\', printable ASCII, without query string or fragment; got "/a?b"',
      '7:13 apikey.sources[0]: expected exactly one of: header, query, cookie',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    expect(issuesOf('version: 1\nroutes: [\n')[0]).toMatch(/^3:1 : invalid YAML: /);
    expect(issuesOf('version: 1\nversion: 1\n')[0]).toMatch(/^2:1 : invalid YAML: Map keys must be unique/);
    expect(issuesOf('')).toEqual(['undefined:undefined : the policy is empty']);
  });

  it('stops alias bombs', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    expect(issuesOf(bomb)[0]).toMatch(/invalid YAML: .*alias/i);
  });

  it('validates plain objects without position and without mutating them', () => {
    const doc = { version: 1, listener: { port: 1 }, upstream: { address: '127.0.0.1', port: 2 }, routes: [] };
    expect(() => validatePolicy(doc, 'obj.json')).toThrow('obj.json: routes: expected at least 1 item');
    expect(doc.listener).toEqual({ port: 1 });
  });

  it('validates per-route forwarding: a header name or false, and a boolean hide_credentials', () => {
    const route = (apikey: string) => base(`  - name: team\n    match: { prefix: /team }\n    apikey: ${apikey}`, `apikey: { keys: [{ client: demo, sha256: ${HASH_A} }] }`);
    expect(parsePolicy(route('{ forward_header: x-team, hide_credentials: false }'), 'ok.yaml').routes[0].apikey).toEqual({ forward_header: 'x-team', hide_credentials: false });
    expect(parsePolicy(route('{ forward_header: false }'), 'ok.yaml').routes[0].apikey).toEqual({ forward_header: false });
    expect(issuesOf(route('{ forward_header: X Team }'))).toEqual([
      `7:31 routes[0].apikey.forward_header: expected a lowercase HTTP header name carrying the client id upstream on this route, or false for none here (instead of apikey.forward_header: Envoy's per-route forwarding.header); got "X Team"`,
    ]);
    expect(issuesOf(route('{ forward_header: 7 }'))).toEqual(['7:31 routes[0].apikey.forward_header: expected a string or true or false; got 7']);
    expect(issuesOf(route('{ hide_credentials: yes }'))).toEqual(['7:33 routes[0].apikey.hide_credentials: expected true or false; got "yes"']);
  });
});
