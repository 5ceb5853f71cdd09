// The apikey scenarios both hosts must agree on, each with the status a user expects, so that
// the two hosts agreeing on a wrong answer still fails.
import { HOOK_KEY, KEYS } from './policies.ts';
import type { ScenarioRequest } from './scenario.ts';

export interface ApikeyCase extends ScenarioRequest {
  expectStatus: number;
}

export const APIKEY_CASES: ApikeyCase[] = [
  { name: 'no key', method: 'GET', path: '/api/items', expectStatus: 401 },
  { name: 'key in header', method: 'GET', path: '/api/items', headers: [['x-api-key', KEYS.demo]], expectStatus: 200 },
  { name: 'key in query, other params kept', method: 'GET', path: `/api/items?a=1&api_key=${KEYS.demo}&b=2`, expectStatus: 200 },
  { name: 'key as the only query param', method: 'GET', path: `/api/items?api_key=${KEYS.demo}`, expectStatus: 200 },
  { name: 'key in cookie, other cookies kept', method: 'GET', path: '/api/items', headers: [['cookie', `a=1; api_key=${KEYS.demo}; b=2`]], expectStatus: 200 },
  { name: 'bearer key in authorization', method: 'GET', path: '/api/items', headers: [['authorization', `Bearer ${KEYS.demo}`]], expectStatus: 200 },
  { name: 'unknown key', method: 'GET', path: '/api/items', headers: [['x-api-key', 'not-a-key']], expectStatus: 403 },
  { name: 'empty key header', method: 'GET', path: '/api/items', headers: [['x-api-key', '']], expectStatus: 401 },
  { name: 'oversized key', method: 'GET', path: '/api/items', headers: [['x-api-key', 'k'.repeat(5000)]], expectStatus: 403 },
  { name: 'header wins over query', method: 'GET', path: `/api/items?api_key=wrong`, headers: [['x-api-key', KEYS.demo]], expectStatus: 200 },
  { name: 'client not allowed on admin', method: 'GET', path: '/admin/users', headers: [['x-api-key', KEYS.demo]], expectStatus: 403 },
  { name: 'ops allowed on admin', method: 'DELETE', path: '/admin/users/7', headers: [['x-api-key', KEYS.ops]], expectStatus: 200 },
  { name: 'exact route, allowed client', method: 'GET', path: '/reports', headers: [['x-api-key', KEYS.demo]], expectStatus: 200 },
  { name: 'exact route, client not listed', method: 'GET', path: '/reports', headers: [['x-api-key', KEYS.batch]], expectStatus: 403 },
  { name: 'exact route does not match a longer path', method: 'GET', path: '/reports/2024', headers: [['x-api-key', KEYS.batch]], expectStatus: 404 },
  { name: 'public route needs no key', method: 'GET', path: '/health', expectStatus: 200 },
  { name: 'public route, other method needs a key', method: 'POST', path: '/health', expectStatus: 401 },
  { name: 'forged client header is replaced', method: 'GET', path: '/api/items', headers: [['x-api-key', KEYS.batch], ['x-portcullis-client', 'ops'], ['x-portcullis-client', 'root']], expectStatus: 200 },
  { name: 'forged client header removed on public route', method: 'GET', path: '/health', headers: [['x-portcullis-client', 'ops']], expectStatus: 200 },
  { name: 'forged identity is replaced by the probe', method: 'GET', path: '/api/items', headers: [['x-api-key', KEYS.ops], ['x-probe-identity', 'apikey:root']], expectStatus: 200 },
  { name: 'unmatched path with key', method: 'GET', path: '/nowhere', headers: [['x-api-key', KEYS.demo]], expectStatus: 404 },
  // /hooks (testPolicy({ hooks: true })) overrides sources (only ?token=) and keys (only the hook key): Envoy's per-route key_sources and credentials.
  { name: 'route source: hook key in ?token=, hidden, other params kept', method: 'POST', path: `/hooks/paid?id=7&token=${HOOK_KEY}&x=1`, expectStatus: 200 },
  { name: 'route source: the section header is not read on the route (and not hidden)', method: 'POST', path: '/hooks/paid', headers: [['x-api-key', HOOK_KEY]], expectStatus: 401 },
  { name: 'route source: the section query name is not read on the route', method: 'POST', path: `/hooks/paid?api_key=${HOOK_KEY}`, expectStatus: 401 },
  { name: 'route keys: a section key is unknown on the route', method: 'POST', path: `/hooks/paid?token=${KEYS.demo}`, expectStatus: 403 },
  { name: 'route keys: the hook key is unknown elsewhere', method: 'GET', path: '/api/items', headers: [['x-api-key', HOOK_KEY]], expectStatus: 403 },
  { name: 'route source: the route query name is not read elsewhere', method: 'GET', path: `/api/items?token=${KEYS.demo}`, expectStatus: 401 },
  { name: 'route source: a second token is ambiguous', method: 'POST', path: `/hooks/paid?token=${HOOK_KEY}&token=${HOOK_KEY}`, expectStatus: 403 },
  { name: 'route forwarding: no client header on /hooks, and a forged one is stripped', method: 'POST', path: `/hooks/paid?token=${HOOK_KEY}`, headers: [['x-portcullis-client', 'ops']], expectStatus: 200 },
  { name: 'route source: unused section sources reach upstream untouched', method: 'POST', path: `/hooks/paid?token=${HOOK_KEY}`, headers: [['x-api-key', 'not-read-here'], ['cookie', 'api_key=also-not-read']], expectStatus: 200 },
];
