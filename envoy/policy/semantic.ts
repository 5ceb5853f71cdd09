// Rules a JSON schema cannot express: uniqueness across entries, references between sections,
// and route orders where a later route can never be reached.
import { identityIssues } from './identity.ts';
import { RESERVED_HEADERS } from './headers.ts';
import { jwtIssues } from './jwt-semantic.ts';
import { listenerTlsIssues } from './listener-tls.ts';
import { quotaSemanticIssues } from './quota.ts';
import type { RawIssue } from './schema.ts';
import type { KeySource, Policy, Route } from './types.ts';

/** Names the chain already uses for built-in filters; an extra filter may not take them. */
const BUILTIN_FILTERS = ['apikey', 'jwt', 'quota'];

export function semanticIssues(policy: Policy): RawIssue[] {
  return [...routeIssues(policy), ...apikeyIssues(policy), ...jwtIssues(policy), ...quotaSemanticIssues(policy), ...extraFilterIssues(policy), ...listenerTlsIssues(policy), ...identityIssues(policy)];
}

function routeIssues(policy: Policy): RawIssue[] {
  const issues: RawIssue[] = [];
  const firstByName = new Map<string, number>();
  const clients = new Set((policy.apikey?.keys ?? []).map((k) => k.client));

  policy.routes.forEach((route, i) => {
    const seen = firstByName.get(route.name);
    if (seen === undefined) firstByName.set(route.name, i);
    else issues.push({ segments: ['routes', i, 'name'], message: `duplicate route name "${route.name}" (also routes[${seen}])` });

    const pattern = route.match.prefix ?? route.match.path;
    const denormal = pattern === undefined ? undefined : notNormalized(pattern);
    if (denormal) {
      issues.push({
        segments: ['routes', i, 'match', route.match.prefix !== undefined ? 'prefix' : 'path'],
        message: `${denormal}: the filters match the normalized request path, so this route could never match; write it in normal form`,
      });
    }

    const shadow = policy.routes.slice(0, i).findIndex((earlier) => shadows(earlier, route));
    if (shadow >= 0) {
      issues.push({
        segments: ['routes', i, 'match'],
        message: `this route can never match: routes[${shadow}] ("${policy.routes[shadow].name}") matches all of its requests first (routes are tried in order)`,
      });
    }

    const rule = route.apikey;
    if (!rule) return;
    if (!policy.apikey) {
      issues.push({ segments: ['routes', i, 'apikey'], message: 'per-route apikey settings need the top-level apikey section' });
      return;
    }
    if (rule.public === true && rule.clients) {
      issues.push({ segments: ['routes', i, 'apikey'], message: 'a route cannot be both public and restricted to clients: remove one of public, clients' });
    }
    for (const field of ['sources', 'keys'] as const) {
      if (rule.public === true && rule[field]) {
        issues.push({ segments: ['routes', i, 'apikey', field], message: `a public route reads no key: remove ${field} (or public)`, at: 'key' });
      }
    }
    for (const field of ['forward_header', 'hide_credentials'] as const) {
      if (rule.public === true && rule[field] !== undefined) {
        issues.push({ segments: ['routes', i, 'apikey', field], message: `a public route authenticates no client: remove ${field} (or public)`, at: 'key' });
      }
    }
    // Route keys replace the section's: clients must be among those in force on the route.
    const inForce = rule.keys ? new Set(rule.keys.map((k) => k.client)) : clients;
    rule.clients?.forEach((client, k) => {
      if (!inForce.has(client)) {
        issues.push({
          segments: ['routes', i, 'apikey', 'clients', k],
          message: rule.keys
            ? `unknown client "${client}"; clients with keys on this route (routes[${i}].apikey.keys): ${[...inForce].join(', ')}`
            : `unknown client "${client}"; clients with keys: ${[...clients].join(', ')}`,
        });
      }
    });
    const fwd = policy.apikey.forward_header;
    rule.sources?.forEach((source, k) => {
      if ('header' in source && source.header === fwd) {
        issues.push({ segments: ['routes', i, 'apikey', 'sources', k], message: `"${fwd}" is apikey.forward_header: the client id would be read back as a key` });
      }
    });
  });
  return [...issues, ...routeKeyIssues(policy), ...routeForwardIssues(policy)];
}

/**
 * Route forward headers. Client copies of every header apikey forwards on any route are removed
 * on every route, so a route's forward header must not be read as a key anywhere (section or
 * route sources), must be dedicated (not standard), and must not be a header the jwt filter
 * writes. `true` is not a header name (false = none on the route).
 */
function routeForwardIssues(policy: Policy): RawIssue[] {
  if (!policy.apikey) return [];
  const issues: RawIssue[] = [];
  const readAt = new Map<string, string>();
  const addSources = (sources: KeySource[] | undefined, at: string) =>
    sources?.forEach((s, k) => {
      if ('header' in s && !readAt.has(s.header)) readAt.set(s.header, `${at}[${k}]`);
    });
  addSources(policy.apikey.sources, 'apikey.sources');
  policy.routes.forEach((route, i) => addSources(route.apikey?.sources, `routes[${i}].apikey.sources`));
  const jwtWrites = jwtOutputHeaders(policy);

  policy.routes.forEach((route, i) => {
    const fwd: unknown = route.apikey?.forward_header;
    if (fwd === undefined || fwd === false) return;
    const segments = ['routes', i, 'apikey', 'forward_header'];
    if (fwd === true) {
      issues.push({ segments, message: 'true is not a header name: write the header that carries the client id on this route, or false for none' });
      return;
    }
    const header = fwd as string;
    if (RESERVED_HEADERS.has(header)) issues.push({ segments, message: `"${header}" is a standard header; choose a dedicated one such as x-portcullis-client` });
    else if (readAt.has(header)) issues.push({ segments, message: `"${header}" is also ${readAt.get(header)}: every forward header is removed from client requests on every route, so the key would never be read there (and the client id could be read back as a key)` });
    else if (jwtWrites.has(header)) issues.push({ segments, message: `"${header}" is also ${jwtWrites.get(header)}: two filters would write the same header` });
  });
  return issues;
}

/** Headers the jwt filter writes upstream, and where each is configured. */
function jwtOutputHeaders(policy: Policy): Map<string, string> {
  const out = new Map<string, string>();
  const jwt = policy.jwt;
  if (!jwt) return out;
  const add = (header: string | undefined, at: string) => {
    if (header !== undefined && !out.has(header)) out.set(header, at);
  };
  add(jwt.identity_header, 'jwt.identity_header');
  jwt.providers.forEach((p, i) => {
    add(p.payload_header, `jwt.providers[${i}].payload_header`);
    p.claims_to_headers.forEach((m, k) => add(m.header, `jwt.providers[${i}].claims_to_headers[${k}].header`));
  });
  jwt.introspection.forEach((p, i) => p.claims_to_headers.forEach((m, k) => add(m.header, `jwt.introspection[${i}].claims_to_headers[${k}].header`)));
  return out;
}

/**
 * Route keys: within a route, as in the section (one key per client, no hash twice); across
 * the section and every route, one hash always names the same client.
 */
function routeKeyIssues(policy: Policy): RawIssue[] {
  if (!policy.apikey) return [];
  const issues: RawIssue[] = [];
  const owner = new Map<string, { client: string; at: string }>();
  policy.apikey.keys.forEach((k, i) => {
    if (!owner.has(k.sha256)) owner.set(k.sha256, { client: k.client, at: `apikey.keys[${i}]` });
  });
  policy.routes.forEach((route, i) => {
    const clientAt = new Map<string, number>();
    const hashAt = new Map<string, number>();
    route.apikey?.keys?.forEach((entry, k) => {
      const segments = ['routes', i, 'apikey', 'keys', k];
      const c = clientAt.get(entry.client);
      if (c === undefined) clientAt.set(entry.client, k);
      else issues.push({ segments: [...segments, 'client'], message: `duplicate client "${entry.client}" (also routes[${i}].apikey.keys[${c}])` });
      const h = hashAt.get(entry.sha256);
      if (h === undefined) hashAt.set(entry.sha256, k);
      else issues.push({ segments: [...segments, 'sha256'], message: `same key hash as routes[${i}].apikey.keys[${h}]` });
      const first = owner.get(entry.sha256);
      if (!first) owner.set(entry.sha256, { client: entry.client, at: `routes[${i}].apikey.keys[${k}]` });
      else if (first.client !== entry.client && h === undefined) {
        issues.push({ segments: [...segments, 'sha256'], message: `same key hash as ${first.at} (client "${first.client}"): one key would identify two clients` });
      }
    });
  });
  return issues;
}

/** True when every request `later` matches is matched by `earlier` first. */
/**
 * Why a route path is not in the normal form the filters compare against (repeated slashes,
 * dot segments, escaped unreserved characters), or undefined when it is. Envoy's HCM and the
 * SDK's route matcher normalise request paths the same way.
 */
function notNormalized(path: string): string | undefined {
  if (/\/\//.test(path)) return 'repeated slashes';
  if (/\/\.\.?(\/|$)/.test(path)) return 'a "." or ".." segment';
  const escaped = /%([0-9A-Fa-f]{2})/g;
  for (let m = escaped.exec(path); m; m = escaped.exec(path)) {
    if (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(parseInt(m[1], 16)))) return `"${m[0]}" escapes an unreserved character`;
  }
  return undefined;
}

function shadows(earlier: Route, later: Route): boolean {
  const methodsCovered = !earlier.methods || (later.methods !== undefined && later.methods.every((m) => earlier.methods!.includes(m)));
  if (!methodsCovered) return false;
  const target = later.match.prefix ?? later.match.path!;
  if (earlier.match.prefix !== undefined) return target.startsWith(earlier.match.prefix);
  return later.match.path !== undefined && later.match.path === earlier.match.path;
}

function apikeyIssues(policy: Policy): RawIssue[] {
  const section = policy.apikey;
  if (!section) return [];
  const issues: RawIssue[] = [];
  const clientAt = new Map<string, number>();
  const hashAt = new Map<string, number>();
  section.keys.forEach((entry, i) => {
    const c = clientAt.get(entry.client);
    if (c === undefined) clientAt.set(entry.client, i);
    else issues.push({ segments: ['apikey', 'keys', i, 'client'], message: `duplicate client "${entry.client}" (also apikey.keys[${c}])` });
    const h = hashAt.get(entry.sha256);
    if (h === undefined) hashAt.set(entry.sha256, i);
    else issues.push({ segments: ['apikey', 'keys', i, 'sha256'], message: `same key hash as apikey.keys[${h}]: one key would identify two clients` });
  });

  const fwd = section.forward_header;
  if (fwd !== undefined) {
    if (RESERVED_HEADERS.has(fwd)) {
      issues.push({ segments: ['apikey', 'forward_header'], message: `"${fwd}" is a standard header; choose a dedicated one such as x-portcullis-client` });
    }
    section.sources.forEach((source, i) => {
      if ('header' in source && source.header === fwd) {
        issues.push({ segments: ['apikey', 'forward_header'], message: `"${fwd}" is also apikey.sources[${i}]: the client id would be read back as a key` });
      }
    });
  }
  return issues;
}

function extraFilterIssues(policy: Policy): RawIssue[] {
  const issues: RawIssue[] = [];
  const at = new Map<string, number>();
  (policy.extra_filters ?? []).forEach((filter, i) => {
    if (BUILTIN_FILTERS.includes(filter.name)) {
      issues.push({ segments: ['extra_filters', i, 'name'], message: `"${filter.name}" is the name of a built-in filter; choose another` });
    }
    const j = at.get(filter.name);
    if (j === undefined) at.set(filter.name, i);
    else issues.push({ segments: ['extra_filters', i, 'name'], message: `duplicate filter name "${filter.name}" (also extra_filters[${j}])` });
  });
  return issues;
}
