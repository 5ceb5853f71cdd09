// The policy the e2e and differential suites share, built through the same validation path as
// a policy file, with keys whose plain text the tests know.
import { createHash } from 'node:crypto';
import { defaultBuildDir } from '../../envoy/paths.ts';
import { validatePolicy, type Policy } from '../../envoy/policy/index.ts';

export const BUILD_DIR = defaultBuildDir();
export const KEYS = { demo: 'demo-key-0123456789', ops: 'ops-key-9876543210', batch: 'batch-key-5555' } as const;
/** Valid only on the /hooks route (its own keys, as Envoy's per-route credentials), read only from ?token=. */
export const HOOK_KEY = 'hook-key-7777-only-on-hooks';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface TestPolicyOptions {
  upstreamPort?: number;
  /** Append the SDK probe fixture after apikey (identity hand-off, traps, callouts). */
  probe?: boolean;
  failurePolicy?: 'fail_closed' | 'fail_open';
  apikey?: boolean;
  /** Append the `/hooks` route with per-route apikey sources, keys and no forwarded client header (test/support/apikey-cases.ts). */
  hooks?: boolean;
  /** A top-level quota section, as written in a policy file. */
  quota?: Record<string, unknown>;
}

export function testPolicy(options: TestPolicyOptions = {}): Policy {
  const doc: Record<string, unknown> = {
    version: 1,
    listener: { address: '127.0.0.1', port: 10000 },
    upstream: { address: '127.0.0.1', port: options.upstreamPort ?? 8080 },
    routes: [
      { name: 'health', match: { prefix: '/health' }, methods: ['GET', 'HEAD'], apikey: { public: true } },
      { name: 'admin', match: { prefix: '/admin' }, apikey: { clients: ['ops'] } },
      { name: 'reports', match: { path: '/reports' }, methods: ['GET'], apikey: { clients: ['demo', 'ops'] } },
      { name: 'api', match: { prefix: '/api' } },
    ],
    failure_policy: options.failurePolicy ?? 'fail_closed',
  };
  // Opt-in, so suites that enumerate the routes above are unaffected. Per-route overrides: the
  // key only from the query (a webhook sender cannot set headers), and only the hook key.
  if (options.hooks) {
    (doc.routes as unknown[]).push({ name: 'hooks', match: { prefix: '/hooks' }, methods: ['POST'], apikey: { sources: [{ query: 'token' }], keys: [{ client: 'hooks', sha256: sha256(HOOK_KEY) }], forward_header: false } });
  }
  if (options.apikey !== false) {
    doc.apikey = {
      realm: 'portcullis-test',
      sources: [{ header: 'x-api-key' }, { query: 'api_key' }, { cookie: 'api_key' }, { header: 'authorization' }],
      keys: Object.entries(KEYS).map(([client, key]) => ({ client, sha256: sha256(key) })),
      forward_header: 'x-portcullis-client',
      hide_credentials: true,
    };
  }
  else for (const route of doc.routes as Record<string, unknown>[]) delete route.apikey;
  if (options.quota) doc.quota = options.quota;
  if (options.probe) doc.extra_filters = [{ name: 'probe', module: 'fixtures/probe.wasm' }];
  return validatePolicy(doc, 'test-policy');
}
