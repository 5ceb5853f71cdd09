import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { Host, type Vm } from '../../host-sim/index.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';

const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');

const KEYS = { demo: 'demo-key-0123456789', ops: 'ops-key-9876543210', ops2: 'ops-rotated-key' };

function baseConfig(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    realm: 'portcullis',
    sources: [{ header: 'x-api-key' }, { query: 'api_key' }, { cookie: 'api_key' }],
    keys: [
      { client: 'demo', sha256: sha256(KEYS.demo) },
      { client: 'ops', sha256: sha256(KEYS.ops) },
      { client: 'ops', sha256: sha256(KEYS.ops2) },
    ],
    forward_header: 'x-portcullis-client',
    hide_credentials: true,
    rules: [
      { methods: ['GET'], prefix: '/health', public: true },
      { methods: [], prefix: '/admin', clients: ['ops'] },
      { exact: '/reports', clients: ['demo', 'ops'] },
      { methods: ['DELETE'], prefix: '/reports', clients: ['ops'] },
    ],
    ...overrides,
  };
}

const UNAUTHORIZED_BODY = '{"type":"about:blank","title":"Unauthorized","status":401,"detail":"A valid API key is required."}';
const FORBIDDEN_BODY = '{"type":"about:blank","title":"Forbidden","status":403,"detail":"The API key does not grant access to this resource."}';

let modulePath: string;
beforeAll(async () => {
  [modulePath] = await ensureBuilt('apikey');
});

async function startFilter(config: Record<string, unknown> | string = baseConfig()): Promise<{ host: Host; vm: Vm }> {
  const host = new Host();
  const vm = await host.startVm({ module: modulePath, pluginConfiguration: config });
  return { host, vm };
}

type Headers = Record<string, string> | [string, string][];

function request(vm: Vm, path: string, extra: Headers = {}, method = 'GET') {
  const stream = vm.newHttpStream();
  const base: [string, string][] = [[':method', method], [':path', path], [':authority', 'api.example'], [':scheme', 'https']];
  const rest: [string, string][] = Array.isArray(extra) ? extra : Object.entries(extra);
  const action = stream.sendRequestHeaders([...base, ...rest], { endOfStream: true });
  return { stream, action };
}

function header(pairs: readonly (readonly [string, string])[], name: string): string[] {
  return pairs.filter(([n]) => n === name).map(([, v]) => v);
}

describe('apikey: allowed requests', () => {
  test('a known key in the header is accepted, sets identity and the forwarded client', async () => {
    const { vm } = await startFilter();
    const { stream, action } = request(vm, '/orders', { 'x-api-key': KEYS.demo });
    expect(action).toBe('Continue');
    expect(stream.localResponse).toBeUndefined();
    expect(stream.property('portcullis.identity')).toBe('apikey:demo');
    expect(stream.requestHeader('x-portcullis-client')).toBe('demo');
    expect(vm.counter('portcullis.apikey.allowed')).toBe(1);
  });

  test('publish_identity: false admits the same request without setting the identity property', async () => {
    const { vm } = await startFilter({ ...baseConfig(), publish_identity: false });
    const { stream, action } = request(vm, '/orders', { 'x-api-key': KEYS.demo });
    expect(action).toBe('Continue');
    expect(stream.property('portcullis.identity')).toBeUndefined();
    expect(stream.requestHeader('x-portcullis-client')).toBe('demo');
  });

  test('every key of a client maps to that client (rotation)', async () => {
    const { vm } = await startFilter();
    expect(request(vm, '/admin/x', { 'x-api-key': KEYS.ops2 }).stream.property('portcullis.identity')).toBe('apikey:ops');
  });

  test('"Bearer " is stripped from a header value, scheme case-insensitively', async () => {
    const { vm } = await startFilter();
    expect(request(vm, '/orders', { 'x-api-key': `Bearer ${KEYS.demo}` }).action).toBe('Continue');
    expect(request(vm, '/orders', { 'x-api-key': `bearer   ${KEYS.demo}` }).action).toBe('Continue');
    expect(request(vm, '/orders', { 'x-api-key': `Basic ${KEYS.demo}` }).stream.localResponse?.status).toBe(403);
  });

  test('hide_credentials removes the header', async () => {
    const { vm } = await startFilter();
    const { stream } = request(vm, '/orders', { 'x-api-key': KEYS.demo, 'x-other': 'kept' });
    expect(stream.requestHeader('x-api-key')).toBeUndefined();
    expect(stream.requestHeader('x-other')).toBe('kept');
  });

  test('without hide_credentials the header goes upstream', async () => {
    const { vm } = await startFilter(baseConfig({ hide_credentials: false }));
    expect(request(vm, '/orders', { 'x-api-key': KEYS.demo }).stream.requestHeader('x-api-key')).toBe(KEYS.demo);
  });

  test('a query key is accepted and removed from :path, other parameters intact', async () => {
    const { vm } = await startFilter();
    const { stream, action } = request(vm, `/orders?a=1&api_key=${KEYS.demo}&b=2&b=3`);
    expect(action).toBe('Continue');
    expect(stream.requestHeader(':path')).toBe('/orders?a=1&b=2&b=3');
    expect(request(vm, `/orders?api_key=${KEYS.demo}`).stream.requestHeader(':path')).toBe('/orders');
  });

  test('a percent-encoded query key is decoded', async () => {
    const { vm } = await startFilter(baseConfig({ keys: [{ client: 'odd', sha256: sha256('a b&c') }], rules: [] }));
    const { stream } = request(vm, '/x?api_key=a%20b%26c&z=9');
    expect(stream.property('portcullis.identity')).toBe('apikey:odd');
    expect(stream.requestHeader(':path')).toBe('/x?z=9');
  });

  test('a cookie key is accepted and removed, other cookies kept', async () => {
    const { vm } = await startFilter();
    const { stream, action } = request(vm, '/orders', { cookie: `session=s1; api_key=${KEYS.demo}; theme=dark` });
    expect(action).toBe('Continue');
    expect(stream.requestHeader('cookie')).toBe('session=s1; theme=dark');
    const only = request(vm, '/orders', { cookie: `api_key="${KEYS.demo}"` });
    expect(only.action).toBe('Continue');
    expect(only.stream.requestHeader('cookie')).toBeUndefined();
  });

  test('sources are tried in order: the first present one wins', async () => {
    const { vm } = await startFilter();
    // Header first: a wrong query key does not matter, and stays (only the used source is hidden).
    const first = request(vm, '/orders?api_key=wrong', { 'x-api-key': KEYS.demo });
    expect(first.action).toBe('Continue');
    expect(first.stream.requestHeader(':path')).toBe('/orders?api_key=wrong');
    // A present-but-wrong header is not skipped in favour of a good query key.
    expect(request(vm, `/orders?api_key=${KEYS.demo}`, { 'x-api-key': 'wrong' }).stream.localResponse?.status).toBe(403);
    // An empty header counts as absent.
    expect(request(vm, `/orders?api_key=${KEYS.demo}`, { 'x-api-key': '' }).action).toBe('Continue');
  });

  test('forward_header: every client copy is removed before the client id is set', async () => {
    const { vm } = await startFilter();
    const { stream } = request(vm, '/orders', [
      ['x-api-key', KEYS.demo],
      ['x-portcullis-client', 'ops'],
      ['x-portcullis-client', 'admin'],
    ]);
    expect(header(stream.requestHeaders(), 'x-portcullis-client')).toEqual(['demo']);
  });
});

describe('apikey: rules', () => {
  test('public routes need no key and count as public; method restricted', async () => {
    const { vm } = await startFilter();
    const pub = request(vm, '/health/live');
    expect(pub.action).toBe('Continue');
    expect(pub.stream.property('portcullis.identity')).toBeUndefined();
    expect(vm.counter('portcullis.apikey.public')).toBe(1);
    // POST /health does not match the GET-only public rule: a key is needed.
    expect(request(vm, '/health', {}, 'POST').stream.localResponse?.status).toBe(401);
  });

  test('a public route still strips client copies of the forward header', async () => {
    const { vm } = await startFilter();
    const { stream } = request(vm, '/health', { 'x-portcullis-client': 'ops' });
    expect(stream.requestHeader('x-portcullis-client')).toBeUndefined();
  });

  test('per-route clients: only listed clients pass', async () => {
    const { vm } = await startFilter();
    expect(request(vm, '/admin/users', { 'x-api-key': KEYS.ops }).action).toBe('Continue');
    const denied = request(vm, '/admin/users', { 'x-api-key': KEYS.demo });
    expect(denied.stream.localResponse?.status).toBe(403);
    expect(denied.stream.localResponse?.bodyText).toBe(FORBIDDEN_BODY);
    expect(denied.stream.localResponse?.details).toBe('portcullis_apikey_denied');
    expect(vm.counter('portcullis.apikey.denied.client_not_allowed')).toBe(1);
  });

  test('first match wins; exact matches ignore the query string; unmatched paths allow any known client', async () => {
    const { vm } = await startFilter();
    // DELETE /reports matches the exact rule (demo, ops) before the DELETE-only ops rule.
    expect(request(vm, '/reports', { 'x-api-key': KEYS.demo }, 'DELETE').action).toBe('Continue');
    expect(request(vm, '/reports?year=2024', { 'x-api-key': KEYS.demo }).action).toBe('Continue');
    // /reports/2024 is not the exact path: the DELETE prefix rule applies to DELETE only.
    expect(request(vm, '/reports/2024', { 'x-api-key': KEYS.demo }, 'DELETE').stream.localResponse?.status).toBe(403);
    expect(request(vm, '/reports/2024', { 'x-api-key': KEYS.demo }, 'GET').action).toBe('Continue');
    // /administrator starts with /admin: prefix matching is textual, as in Envoy route prefixes.
    expect(request(vm, '/administrator', { 'x-api-key': KEYS.demo }).stream.localResponse?.status).toBe(403);
  });
});

describe('apikey: per-route sources and keys (Envoy ApiKeyAuthPerRoute key_sources / credentials)', () => {
  const HOOK_KEY = 'hook-key-only-for-hooks';
  const PARTNER_KEY = 'partner-key-2024';
  // /hooks: key only from ?token=, only the hook key; /partner: section sources, own keys,
  // one of them (shared with the section) restricted by clients; everything else: the section's.
  const perRoute = () =>
    baseConfig({
      rules: [
        { prefix: '/hooks', sources: [{ query: 'token' }], keys: [{ client: 'stripe', sha256: sha256(HOOK_KEY) }] },
        { prefix: '/partner/admin', keys: [{ client: 'partner', sha256: sha256(PARTNER_KEY) }, { client: 'ops', sha256: sha256(KEYS.ops) }], clients: ['ops'] },
        { prefix: '/partner', keys: [{ client: 'partner', sha256: sha256(PARTNER_KEY) }] },
        { prefix: '/upload', sources: [{ cookie: 'upload' }, { header: 'x-upload-key' }] },
      ],
    });

  test('a route sources override replaces the section sources on that route only', async () => {
    const { vm } = await startFilter(perRoute());
    const ok = request(vm, `/hooks/stripe?event=paid&token=${HOOK_KEY}`);
    expect(ok.action).toBe('Continue');
    expect(ok.stream.property('portcullis.identity')).toBe('apikey:stripe');
    expect(ok.stream.requestHeader('x-portcullis-client')).toBe('stripe');
    // The section sources are not read on /hooks: a key there is no key at all.
    const header = request(vm, '/hooks/stripe', { 'x-api-key': HOOK_KEY });
    expect(header.stream.localResponse?.status).toBe(401);
    expect(request(vm, `/hooks/stripe?api_key=${HOOK_KEY}`).stream.localResponse?.status).toBe(401);
    // ... and the route's source is not read elsewhere.
    expect(request(vm, `/orders?token=${KEYS.demo}`).stream.localResponse?.status).toBe(401);
    expect(request(vm, '/orders', { 'x-api-key': KEYS.demo }).action).toBe('Continue');
  });

  test('the credential is hidden from the overriding source, other parameters and sources untouched', async () => {
    const { vm } = await startFilter(perRoute());
    const { stream } = request(vm, `/hooks/stripe?a=1&token=${HOOK_KEY}&api_key=x&b=2`, { 'x-api-key': 'not-read-here' });
    expect(stream.requestHeader(':path')).toBe('/hooks/stripe?a=1&api_key=x&b=2');
    expect(stream.requestHeader('x-api-key')).toBe('not-read-here');
    // Route sources in order: the header wins when the cookie is absent and is the one removed.
    const upload = request(vm, '/upload/1', { 'x-upload-key': KEYS.demo, cookie: 'theme=dark' });
    expect(upload.action).toBe('Continue');
    expect(upload.stream.requestHeader('x-upload-key')).toBeUndefined();
    expect(upload.stream.requestHeader('cookie')).toBe('theme=dark');
    const cookie = request(vm, '/upload/1', { 'x-upload-key': 'second', cookie: `upload=${KEYS.demo}; theme=dark` });
    expect(cookie.action).toBe('Continue');
    expect(cookie.stream.requestHeader('cookie')).toBe('theme=dark');
    expect(cookie.stream.requestHeader('x-upload-key')).toBe('second');
  });

  test('several credentials in the overriding source are refused', async () => {
    const { vm } = await startFilter(perRoute());
    const { stream } = request(vm, `/hooks/x?token=${HOOK_KEY}&token=${HOOK_KEY}`);
    expect(stream.localResponse?.status).toBe(403);
    expect(vm.logs.some((l) => l.message.includes('reason=multiple_keys'))).toBe(true);
  });

  test('route keys replace the section keys there and are valid nowhere else', async () => {
    const { vm } = await startFilter(perRoute());
    const partner = request(vm, '/partner/orders', { 'x-api-key': PARTNER_KEY });
    expect(partner.action).toBe('Continue');
    expect(partner.stream.property('portcullis.identity')).toBe('apikey:partner');
    expect(partner.stream.requestHeader('x-portcullis-client')).toBe('partner');
    expect(partner.stream.requestHeader('x-api-key')).toBeUndefined();
    // A section key is unknown on /partner, and the partner key is unknown outside it.
    const section = request(vm, '/partner/orders', { 'x-api-key': KEYS.demo });
    expect(section.stream.localResponse?.status).toBe(403);
    expect(section.stream.localResponse?.bodyText).toBe(FORBIDDEN_BODY);
    expect(request(vm, '/orders', { 'x-api-key': PARTNER_KEY }).stream.localResponse?.status).toBe(403);
    expect(request(vm, `/hooks/x?token=${PARTNER_KEY}`).stream.localResponse?.status).toBe(403);
    expect(vm.counter('portcullis.apikey.denied.unknown_key')).toBe(3);
    expect(vm.counter('portcullis.apikey.allowed')).toBe(1);
  });

  test('clients restrict the route keys (allowed_clients after route credentials)', async () => {
    const { vm } = await startFilter(perRoute());
    const ops = request(vm, '/partner/admin', { 'x-api-key': KEYS.ops });
    expect(ops.action).toBe('Continue');
    expect(ops.stream.property('portcullis.identity')).toBe('apikey:ops');
    expect(request(vm, '/partner/admin', { 'x-api-key': PARTNER_KEY }).stream.localResponse?.status).toBe(403);
    expect(vm.counter('portcullis.apikey.denied.client_not_allowed')).toBe(1);
    // The second ops key (rotation) is a section key only: not in this route's keys.
    expect(request(vm, '/partner/admin', { 'x-api-key': KEYS.ops2 }).stream.localResponse?.status).toBe(403);
    expect(vm.counter('portcullis.apikey.denied.unknown_key')).toBe(1);
  });

  const good = sha256('x');
  const invalid: [string, unknown[], string][] = [
    ['sources not a list', [{ prefix: '/', sources: { query: 'k' } }], 'rules[0].sources: expected an array, got object'],
    ['empty sources', [{ prefix: '/', sources: [] }], 'rules[0].sources: must list at least one source'],
    ['bad source', [{ prefix: '/', sources: [{ query: 'a b' }] }], 'rules[0].sources[0].query: must be a plain query parameter name'],
    ['two kinds in a source', [{ prefix: '/', sources: [{ query: 'a', cookie: 'b' }] }], 'rules[0].sources[0]: must have exactly one of'],
    ['source is the forward header', [{ prefix: '/x' }, { prefix: '/', sources: [{ query: 'k' }, { header: 'x-portcullis-client' }] }], 'rules[1].sources[1]: must differ from forward_header'],
    ['empty keys', [{ prefix: '/', keys: [] }], 'rules[0].keys: must list at least one key'],
    ['plaintext route key', [{ prefix: '/', keys: [{ client: 'a', sha256: 'secret' }] }], 'rules[0].keys[0].sha256: must be 64 lower-case hex characters'],
    ['unknown field in a route key', [{ prefix: '/', keys: [{ client: 'a', sha256: good, key: 'secret' }] }], 'rules[0].keys[0].key: unknown field'],
    ['same hash twice in a route', [{ prefix: '/', keys: [{ client: 'a', sha256: good }, { client: 'a', sha256: good }] }], 'rules[0].keys[1].sha256: the same key is listed twice'],
    ['section key for another client', [{ prefix: '/', keys: [{ client: 'intruder', sha256: sha256(KEYS.demo) }] }], 'rules[0].keys[0].sha256: the same key is keys[0] of client "demo"'],
    ['route key for another client', [{ prefix: '/a', keys: [{ client: 'a', sha256: good }] }, { prefix: '/b', keys: [{ client: 'b', sha256: good }] }], 'rules[1].keys[0].sha256: the same key is rules[0].keys[0] of client "a"'],
    ['clients outside the route keys', [{ prefix: '/', keys: [{ client: 'a', sha256: good }], clients: ['demo'] }], 'rules[0].clients[0]: unknown client "demo" (not in rules[0].keys)'],
    ['public with sources', [{ prefix: '/', public: true, sources: [{ query: 'k' }] }], 'rules[0]: a public rule reads no key: remove "sources"'],
    ['public with keys', [{ prefix: '/', public: true, keys: [{ client: 'a', sha256: good }] }], 'rules[0]: a public rule reads no key: remove "keys"'],
  ];
  test.each(invalid)('rejects %s', async (_name, rules, message) => {
    const host = new Host();
    const vm = await host.startVm({ module: modulePath, pluginConfiguration: baseConfig({ rules }), allowConfigureFailure: true });
    expect(vm.configured).toBe(false);
    const errors = vm.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors).toEqual([expect.stringContaining(`apikey: invalid configuration: ${message}`)]);
  });

  test('a key shared by the section and a route (same client) is accepted on both', async () => {
    const { vm } = await startFilter(baseConfig({ rules: [{ prefix: '/partner', keys: [{ client: 'demo', sha256: sha256(KEYS.demo) }] }] }));
    expect(request(vm, '/partner', { 'x-api-key': KEYS.demo }).stream.property('portcullis.identity')).toBe('apikey:demo');
    expect(request(vm, '/orders', { 'x-api-key': KEYS.demo }).stream.property('portcullis.identity')).toBe('apikey:demo');
    expect(vm.logs.some((l) => l.message === 'apikey: configured with 4 key(s), 1 rule(s)')).toBe(true);
  });
});

describe('apikey: per-route forwarding (Envoy ApiKeyAuthPerRoute forwarding)', () => {
  // /team forwards in x-team and keeps the key; /quiet forwards nothing; /plain keeps the key
  // but forwards as the section does; everything else: the section's x-portcullis-client, hidden.
  const forwarding = () =>
    baseConfig({
      rules: [
        { methods: ['GET'], prefix: '/health', public: true },
        { prefix: '/team', forward_header: 'x-team', hide_credentials: false },
        { prefix: '/quiet', forward_header: false },
        { prefix: '/plain', hide_credentials: false },
        { prefix: '/hooks', sources: [{ query: 'token' }], forward_header: 'x-hook-client' },
      ],
    });

  test('a route forward header replaces the section one there, with its own hide_credentials', async () => {
    const { vm } = await startFilter(forwarding());
    const team = request(vm, '/team/1', { 'x-api-key': KEYS.demo });
    expect(team.action).toBe('Continue');
    expect(header(team.stream.requestHeaders(), 'x-team')).toEqual(['demo']);
    expect(team.stream.requestHeader('x-portcullis-client')).toBeUndefined();
    expect(team.stream.requestHeader('x-api-key')).toBe(KEYS.demo); // not hidden on /team
    const other = request(vm, '/orders', { 'x-api-key': KEYS.demo });
    expect(other.stream.requestHeader('x-portcullis-client')).toBe('demo');
    expect(other.stream.requestHeader('x-team')).toBeUndefined();
    expect(other.stream.requestHeader('x-api-key')).toBeUndefined(); // the section hides
  });

  test('forward_header: false forwards no client id on the route; the identity is still set', async () => {
    const { vm } = await startFilter(forwarding());
    const { stream, action } = request(vm, '/quiet', { 'x-api-key': KEYS.ops });
    expect(action).toBe('Continue');
    expect(stream.property('portcullis.identity')).toBe('apikey:ops');
    expect(stream.requestHeader('x-portcullis-client')).toBeUndefined();
    expect(stream.requestHeader('x-api-key')).toBeUndefined(); // hide_credentials inherited
  });

  test('hide_credentials alone overrides only hiding; the forward header stays the section one', async () => {
    const { vm } = await startFilter(forwarding());
    const { stream } = request(vm, `/plain?api_key=${KEYS.demo}&a=1`);
    expect(stream.requestHeader(':path')).toBe(`/plain?api_key=${KEYS.demo}&a=1`);
    expect(stream.requestHeader('x-portcullis-client')).toBe('demo');
    const hook = request(vm, `/hooks/x?token=${KEYS.demo}&a=1`);
    expect(hook.stream.requestHeader(':path')).toBe('/hooks/x?a=1');
    expect(hook.stream.requestHeader('x-hook-client')).toBe('demo');
  });

  // Every header forwarded on some route is removed from client requests on every route.
  const FORGED: [string, string][] = [['x-portcullis-client', 'root'], ['x-team', 'root'], ['x-team', 'admins'], ['x-hook-client', 'root']];
  test.each([
    ['/team/1', 'x-team'],
    ['/quiet', undefined],
    ['/plain', 'x-portcullis-client'],
    ['/orders', 'x-portcullis-client'],
    ['/hooks/x?token=' + KEYS.demo, 'x-hook-client'],
  ])('on %s no client copy of any forward header reaches upstream', async (path, forwarded) => {
    const { vm } = await startFilter(forwarding());
    const { stream, action } = request(vm, path, [['x-api-key', KEYS.demo], ...FORGED]);
    expect(action).toBe('Continue');
    for (const name of ['x-portcullis-client', 'x-team', 'x-hook-client']) {
      expect(header(stream.requestHeaders(), name)).toEqual(name === forwarded ? ['demo'] : []);
    }
  });

  test('forged forward headers are removed on public routes and on denials too', async () => {
    const { vm } = await startFilter(forwarding());
    const pub = request(vm, '/health', FORGED);
    expect(pub.action).toBe('Continue');
    for (const name of ['x-portcullis-client', 'x-team', 'x-hook-client']) expect(pub.stream.requestHeader(name)).toBeUndefined();
    expect(request(vm, '/team/1', FORGED).stream.localResponse?.status).toBe(401);
  });

  test('without any forward header nothing is stripped', async () => {
    const { forward_header: _f, ...config } = baseConfig({ rules: [{ prefix: '/quiet', forward_header: false }] });
    const { vm } = await startFilter(config);
    const { stream } = request(vm, '/orders', { 'x-api-key': KEYS.demo, 'x-portcullis-client': 'kept' });
    expect(stream.requestHeader('x-portcullis-client')).toBe('kept');
  });

  test('a route may forward when the section does not', async () => {
    const { forward_header: _f, ...config } = baseConfig({ rules: [{ prefix: '/team', forward_header: 'x-team' }] });
    const { vm } = await startFilter(config);
    expect(request(vm, '/team', { 'x-api-key': KEYS.demo }).stream.requestHeader('x-team')).toBe('demo');
    expect(request(vm, '/orders', { 'x-api-key': KEYS.demo, 'x-team': 'forged' }).stream.requestHeader('x-team')).toBeUndefined();
  });

  const invalid: [string, unknown[], string][] = [
    ['forward_header true', [{ prefix: '/', forward_header: true }], 'rules[0].forward_header: expected a header name or false (no forwarded client id on this rule), got true'],
    ['forward_header a number', [{ prefix: '/', forward_header: 1 }], 'rules[0].forward_header: expected a header name or false (no forwarded client id on this rule), got number'],
    ['upper-case route forward header', [{ prefix: '/', forward_header: 'X-Team' }], 'rules[0].forward_header: must be a lower-case HTTP header name'],
    ['route hide_credentials not bool', [{ prefix: '/', hide_credentials: 'no' }], 'rules[0].hide_credentials: expected true or false, got string'],
    ['public with forward_header', [{ prefix: '/', public: true, forward_header: 'x-team' }], 'rules[0]: a public rule authenticates no client: remove "forward_header"'],
    ['public with hide_credentials', [{ prefix: '/', public: true, hide_credentials: false }], 'rules[0]: a public rule authenticates no client: remove "hide_credentials"'],
    ['route forward header is a section source', [{ prefix: '/', forward_header: 'x-api-key' }], 'rules[0].forward_header: must differ from every header a key is read from (sources[0])'],
    ['route forward header is another route source', [{ prefix: '/a', sources: [{ header: 'x-team' }] }, { prefix: '/b', forward_header: 'x-team' }], 'rules[1].forward_header: must differ from every header a key is read from (rules[0].sources[0])'],
    ['route forward header read later', [{ prefix: '/b', forward_header: 'x-team' }, { prefix: '/a', sources: [{ query: 'k' }, { header: 'x-team' }] }], 'rules[0].forward_header: must differ from every header a key is read from (rules[1].sources[1])'],
    ['route forward header "cookie" with a cookie source', [{ prefix: '/', forward_header: 'cookie' }], 'rules[0].forward_header: must differ from every header a key is read from (sources[2])'],
  ];
  test.each(invalid)('rejects %s', async (_name, rules, message) => {
    const host = new Host();
    const vm = await host.startVm({ module: modulePath, pluginConfiguration: baseConfig({ rules }), allowConfigureFailure: true });
    expect(vm.configured).toBe(false);
    const errors = vm.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors).toEqual([`apikey: invalid configuration: ${message}`]);
  });
});

describe('apikey: denials', () => {
  test('a missing key is a 401 problem document with the realm challenge', async () => {
    const { vm } = await startFilter(baseConfig({ realm: 'shop api' }));
    const { stream, action } = request(vm, '/orders', { 'x-request-id': 'req-123' });
    expect(action).not.toBe('Continue');
    const reply = stream.localResponse!;
    expect(reply.status).toBe(401);
    expect(reply.bodyText).toBe(UNAUTHORIZED_BODY);
    expect(JSON.parse(reply.bodyText)).toEqual({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'A valid API key is required.' });
    expect(header(reply.headers, 'www-authenticate')).toEqual(['ApiKey realm="shop api"']);
    expect(header(reply.headers, 'content-type')).toEqual(['application/problem+json']);
    expect(reply.details).toBe('portcullis_apikey_missing');
    expect(vm.counter('portcullis.apikey.denied.missing_key')).toBe(1);
    expect(vm.logs.map((l) => l.message)).toContain('apikey: denied request_id=req-123 reason=missing_key method=GET path=/orders');
  });

  test('an unknown key is a 403 with the same body as a disallowed client, and the key is never logged', async () => {
    const { vm } = await startFilter();
    const secret = 'totally-secret-guess';
    const { stream } = request(vm, `/orders?api_key=${secret}`, { 'x-request-id': 'r-9' });
    const reply = stream.localResponse!;
    expect(reply.status).toBe(403);
    expect(reply.bodyText).toBe(FORBIDDEN_BODY);
    expect(header(reply.headers, 'www-authenticate')).toEqual([]);
    expect(reply.details).toBe('portcullis_apikey_denied');
    expect(vm.counter('portcullis.apikey.denied.unknown_key')).toBe(1);
    const log = vm.logs.map((l) => l.message).join('\n');
    expect(log).toContain('request_id=r-9 reason=unknown_key');
    expect(log).not.toContain(secret);
    expect(log).not.toContain('api_key=');
  });

  test('several credentials in the winning source are refused', async () => {
    const { vm } = await startFilter();
    const twoHeaders = request(vm, '/orders', [['x-api-key', KEYS.demo], ['x-api-key', KEYS.ops]]);
    expect(twoHeaders.stream.localResponse?.status).toBe(403);
    expect(request(vm, `/orders?api_key=${KEYS.demo}&api_key=${KEYS.demo}`).stream.localResponse?.status).toBe(403);
    expect(request(vm, '/orders', { cookie: `api_key=${KEYS.demo}; api_key=${KEYS.ops}` }).stream.localResponse?.status).toBe(403);
    expect(vm.logs.some((l) => l.message.includes('reason=multiple_keys'))).toBe(true);
  });

  test('huge and malformed values are denied, not crashed on', async () => {
    const { vm } = await startFilter();
    expect(request(vm, '/orders', { 'x-api-key': 'k'.repeat(200_000) }).stream.localResponse?.status).toBe(403);
    // A key just past the 4 KiB limit is unknown even if its hash were configured.
    const long = 'L'.repeat(4097);
    const { vm: vm2 } = await startFilter(baseConfig({ keys: [{ client: 'long', sha256: sha256(long) }], rules: [] }));
    expect(request(vm2, '/orders', { 'x-api-key': long }).stream.localResponse?.status).toBe(403);
    expect(request(vm, '/orders', { 'x-api-key': '\u00ff\u0000\ud800bad' }).stream.localResponse?.status).toBe(403);
    expect(request(vm, '/orders?api_key=%zz%', {}).stream.localResponse?.status).toBe(403);
    expect(request(vm, '/orders?&&=&api_key', {}).stream.localResponse?.status).toBe(401);
    expect(request(vm, '/orders', { cookie: ';;=; api_key; =x' }).stream.localResponse?.status).toBe(401);
    const manyCookies: [string, string][] = Array.from({ length: 40 }, (_, i) => ['cookie', `c${i}=v`]);
    expect(request(vm, '/orders', manyCookies).stream.localResponse?.status).toBe(403);
    // The filter is still healthy afterwards.
    expect(request(vm, '/orders', { 'x-api-key': KEYS.demo }).action).toBe('Continue');
  });

  test('a key accepted at 4096 bytes', async () => {
    const key = 'K'.repeat(4096);
    const { vm } = await startFilter(baseConfig({ keys: [{ client: 'big', sha256: sha256(key) }], rules: [] }));
    expect(request(vm, '/orders', { 'x-api-key': key }).stream.property('portcullis.identity')).toBe('apikey:big');
  });
});

describe('apikey: configuration', () => {
  const good = sha256('x');
  const cases: [string, unknown, string][] = [
    ['not JSON', '{"realm":', 'not valid JSON: expected a JSON value, found end of input at byte 9'],
    ['not an object', '[]', 'expected a JSON object, got array'],
    ['unknown field', { ...baseConfig(), extra: 1 }, 'extra: unknown field'],
    ['missing sources', { keys: [{ client: 'a', sha256: good }] }, 'sources: required'],
    ['empty sources', baseConfig({ sources: [] }), 'sources: must list at least one source'],
    ['two kinds in a source', baseConfig({ sources: [{ header: 'a', query: 'b' }] }), 'sources[0]: must have exactly one of'],
    ['unknown source kind', baseConfig({ sources: [{ body: 'k' }] }), 'sources[0].body: unknown source kind'],
    ['upper-case header', baseConfig({ sources: [{ header: 'X-Api-Key' }] }), 'sources[0].header: must be a lower-case HTTP header name'],
    ['bad query name', baseConfig({ sources: [{ query: 'a&b' }] }), 'sources[0].query: must be a plain query parameter name'],
    ['missing keys', { sources: [{ header: 'x' }] }, 'keys: required'],
    ['empty keys', baseConfig({ keys: [] }), 'keys: must list at least one key'],
    ['plaintext key', baseConfig({ keys: [{ client: 'a', sha256: 'my-secret-key' }] }), 'keys[0].sha256: must be 64 lower-case hex characters'],
    ['upper-case hash', baseConfig({ keys: [{ client: 'a', sha256: good.toUpperCase() }] }), 'keys[0].sha256: must be 64 lower-case hex'],
    ['duplicate key', baseConfig({ keys: [{ client: 'a', sha256: good }, { client: 'b', sha256: good }] }), 'keys[1].sha256: the same key is listed twice'],
    ['empty client', baseConfig({ keys: [{ client: '', sha256: good }] }), 'keys[0].client: required'],
    ['client not a string', baseConfig({ keys: [{ client: 7, sha256: good }] }), 'keys[0].client: expected a string, got number'],
    ['bad forward header', baseConfig({ forward_header: 'X Client' }), 'forward_header: must be a lower-case HTTP header name'],
    ['forward header is the key header', baseConfig({ forward_header: 'x-api-key' }), 'forward_header: must differ'],
    ['hide_credentials not bool', baseConfig({ hide_credentials: 'yes' }), 'hide_credentials: expected true or false, got string'],
    ['publish_identity not bool', baseConfig({ publish_identity: 1 }), 'publish_identity: expected true or false, got number'],
    ['rule without path', baseConfig({ rules: [{ methods: ['GET'] }] }), 'rules[0]: must have exactly one of "prefix" or "exact"'],
    ['rule with both', baseConfig({ rules: [{ prefix: '/a', exact: '/a' }] }), 'rules[0]: must have exactly one of'],
    ['relative prefix', baseConfig({ rules: [{ prefix: 'admin' }] }), 'rules[0].prefix: must be a path starting with'],
    ['lower-case method', baseConfig({ rules: [{ prefix: '/', methods: ['get'] }] }), 'rules[0].methods[0]: must be an upper-case HTTP method'],
    ['more than 16 methods', baseConfig({ rules: [{ prefix: '/', methods: Array(17).fill('GET') }] }), 'rules[0].methods: more than 16 items'],
    ['unknown client in rule', baseConfig({ rules: [{ prefix: '/', clients: ['nobody'] }] }), 'rules[0].clients[0]: unknown client "nobody"'],
    ['public with clients', baseConfig({ rules: [{ prefix: '/', public: true, clients: ['demo'] }] }), 'rules[0]: a public rule cannot restrict "clients"'],
    ['empty clients', baseConfig({ rules: [{ prefix: '/', clients: [] }] }), 'rules[0].clients: must list at least one client'],
    ['unknown rule field', baseConfig({ rules: [{ prefix: '/', regex: '.*' }] }), 'rules[0].regex: unknown field'],
    ['realm with a quote', baseConfig({ realm: 'a"b' }), 'realm: must be printable ASCII'],
    ['duplicate JSON key', '{"realm":"a","realm":"b"}', 'duplicate key "realm"'],
  ];
  test.each(cases)('rejects %s', async (_name, config, message) => {
    const host = new Host();
    const vm = await host.startVm({ module: modulePath, pluginConfiguration: config as object | string, allowConfigureFailure: true });
    expect(vm.configured).toBe(false);
    const errors = vm.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('apikey: invalid configuration: ');
    expect(errors[0]).toContain(message);
  });

  test('realm defaults to "portcullis"; rules and forward header are optional', async () => {
    const { vm } = await startFilter({ sources: [{ header: 'x-api-key' }], keys: [{ client: 'demo', sha256: sha256(KEYS.demo) }] });
    const reply = request(vm, '/any').stream.localResponse!;
    expect(header(reply.headers, 'www-authenticate')).toEqual(['ApiKey realm="portcullis"']);
    const ok = request(vm, '/any', { 'x-api-key': KEYS.demo });
    expect(ok.action).toBe('Continue');
    expect(ok.stream.requestHeader('x-api-key')).toBe(KEYS.demo);
  });
});

describe('apikey: header smuggling', () => {
  test('a second cookie header cannot carry the key past hide_credentials', async () => {
    const { vm } = await startFilter();
    const { stream, action } = request(vm, '/orders', [['cookie', `a=1; api_key=${KEYS.demo}`], ['cookie', 'b=2']]);
    expect(action).toBe('Continue');
    expect(header(stream.requestHeaders(), 'cookie')).toEqual(['a=1; b=2']);
  });
});

describe('apikey: path normalization for rules', () => {
  test.each([
    ['/%61dmin/users', 'unreserved escapes are decoded'],
    ['/api/../admin/users', 'dot segments are removed'],
    ['//admin//users', 'repeated slashes are merged'],
    ['/./admin', 'single-dot segments are removed'],
  ])('%s cannot dodge the /admin rule (%s)', async (path) => {
    const { vm } = await startFilter();
    expect(request(vm, path, { 'x-api-key': KEYS.demo }).stream.localResponse?.status).toBe(403);
    expect(request(vm, path, { 'x-api-key': KEYS.ops }).action).toBe('Continue');
  });

  test('dot segments cannot borrow a public route', async () => {
    const { vm } = await startFilter();
    expect(request(vm, '/health/../admin/users').stream.localResponse?.status).toBe(401);
    expect(request(vm, '/health/./live').action).toBe('Continue');
  });

  test('an escaped slash is not a path separator for rule matching', async () => {
    const { vm } = await startFilter(baseConfig({ rules: [{ exact: '/a/b', clients: ['ops'] }] }));
    // "/a%2Fb" is one segment: it is not "/a/b", so the ops-only rule does not apply.
    expect(request(vm, '/a%2Fb', { 'x-api-key': KEYS.demo }).action).toBe('Continue');
    expect(request(vm, '/a/./b?x=1', { 'x-api-key': KEYS.demo }).stream.localResponse?.status).toBe(403);
  });

  test('the path is logged normalized and bounded, never with its query', async () => {
    const { vm } = await startFilter();
    request(vm, `/a/${'p'.repeat(1000)}?api_key=nope`, { 'x-request-id': 'id\u0001x' });
    const line = vm.logs.map((l) => l.message).find((m) => m.includes('reason=unknown_key'))!;
    expect(line).toContain('request_id=(unprintable)');
    expect(line).toMatch(/path=\/a\/p+\.\.\.$/);
    expect(line.length).toBeLessThan(400);
  });
});
