// Rules for the jwt section a schema cannot state: provider names are unique and every
// requirement names one that exists; shared secrets never come from a URL; callouts go over TLS
// unless they stay on this host; headers the filter writes cannot be forged or read back as tokens.
import { parseCalloutUrl } from './callout.ts';
import { formatPath } from './errors.ts';
import { RESERVED_HEADERS } from './headers.ts';
import type { RawIssue, Segments } from './schema.ts';
import type { ClaimToHeader, JwtSection, Policy, Requirement, RouteJwt, TokenSource } from './types.ts';

export function jwtIssues(policy: Policy): RawIssue[] {
  const jwt = policy.jwt;
  const issues: RawIssue[] = [];
  if (jwt) {
    if (jwt.providers.length === 0 && jwt.introspection.length === 0) {
      issues.push({ segments: ['jwt'], message: 'expected at least one provider in jwt.providers or jwt.introspection' });
    }
    issues.push(...nameIssues(jwt), ...providerIssues(jwt), ...outputHeaderIssues(policy, jwt));
  }
  policy.routes.forEach((route, i) => {
    if (!route.jwt) return;
    if (!jwt) issues.push({ segments: ['routes', i, 'jwt'], message: 'per-route jwt settings need the top-level jwt section' });
    else issues.push(...routeRuleIssues(jwt, route.jwt, route.methods, ['routes', i, 'jwt']));
  });
  return issues;
}

function nameIssues(jwt: JwtSection): RawIssue[] {
  const issues: RawIssue[] = [];
  const seen = new Map<string, string>();
  const all: [string, Segments][] = [
    ...jwt.providers.map((p, i) => [p.name, ['jwt', 'providers', i, 'name']] as [string, Segments]),
    ...jwt.introspection.map((p, i) => [p.name, ['jwt', 'introspection', i, 'name']] as [string, Segments]),
  ];
  for (const [name, segments] of all) {
    const first = seen.get(name);
    if (first === undefined) seen.set(name, formatPath(segments.slice(0, -1)));
    else issues.push({ segments, message: `duplicate provider name "${name}" (also ${first}); requirements name providers, so names must be unique` });
  }
  return issues;
}

function providerIssues(jwt: JwtSection): RawIssue[] {
  const issues: RawIssue[] = [];
  jwt.providers.forEach((provider, i) => {
    const at: Segments = ['jwt', 'providers', i];
    if ('remote' in provider.keys) {
      const remote = provider.keys.remote;
      provider.algorithms.forEach((alg, k) => {
        if (alg.startsWith('HS')) {
          issues.push({
            segments: [...at, 'algorithms', k],
            message: `${alg} uses a shared secret, which must not be fetched from a URL (anyone who can answer that URL could mint tokens); use an asymmetric algorithm, or keys: { inline: <file> } / { env: NAME } for the secret`,
          });
        }
      });
      issues.push(...urlIssues(remote.url, remote.ca_file, [...at, 'keys', 'remote'], 'the key set'));
    }
    issues.push(...sourceIssues(provider.from, [...at, 'from']), ...claimHeaderIssues(provider.claims_to_headers, [...at, 'claims_to_headers']));
  });
  jwt.introspection.forEach((provider, i) => {
    const at: Segments = ['jwt', 'introspection', i];
    issues.push(...urlIssues(provider.url, provider.ca_file, at, 'the client secret and tokens'));
    issues.push(...sourceIssues(provider.from, [...at, 'from']), ...claimHeaderIssues(provider.claims_to_headers, [...at, 'claims_to_headers']));
  });
  return issues;
}

function urlIssues(text: string, caFile: string | undefined, at: Segments, what: string): RawIssue[] {
  const url = parseCalloutUrl(text);
  if (typeof url === 'string') return [{ segments: [...at, 'url'], message: url }];
  const issues: RawIssue[] = [];
  if (url.scheme === 'http' && !url.loopback) {
    issues.push({ segments: [...at, 'url'], message: `plain http to ${url.host} would let anyone on the path read or replace ${what}; use https (http is accepted only for loopback addresses)` });
  }
  if (url.scheme === 'http' && caFile !== undefined) {
    issues.push({ segments: [...at, 'ca_file'], message: 'ca_file applies to https URLs only' });
  }
  return issues;
}

function sourceIssues(sources: TokenSource[], at: Segments): RawIssue[] {
  const issues: RawIssue[] = [];
  sources.forEach((source, k) => {
    const places = ['header', 'query', 'cookie'].filter((p) => p in source);
    if (places.length !== 1) issues.push({ segments: [...at, k], message: 'expected exactly one of: header, query, cookie' });
    else if ('prefix' in source && !('header' in source)) issues.push({ segments: [...at, k, 'prefix'], message: 'a prefix applies to a header source only' });
  });
  return issues;
}

function claimHeaderIssues(mappings: ClaimToHeader[], at: Segments): RawIssue[] {
  const issues: RawIssue[] = [];
  const seen = new Map<string, number>();
  mappings.forEach((m, k) => {
    const j = seen.get(m.header);
    if (j !== undefined) issues.push({ segments: [...at, k, 'header'], message: `"${m.header}" is also ${formatPath([...at, j])}: one header would carry two claims` });
    else seen.set(m.header, k);
  });
  return issues;
}

/** Headers the filter writes upstream must be dedicated: not standard, not a token source. */
function outputHeaderIssues(policy: Policy, jwt: JwtSection): RawIssue[] {
  const issues: RawIssue[] = [];
  const sourceHeaders = new Map<string, string>();
  const addSources = (sources: TokenSource[], at: Segments) =>
    sources.forEach((s, k) => {
      if ('header' in s && !sourceHeaders.has(s.header)) sourceHeaders.set(s.header, formatPath([...at, k]));
    });
  jwt.providers.forEach((p, i) => addSources(p.from, ['jwt', 'providers', i, 'from']));
  jwt.introspection.forEach((p, i) => addSources(p.from, ['jwt', 'introspection', i, 'from']));
  (policy.apikey?.sources ?? []).forEach((s, k) => {
    if ('header' in s && !sourceHeaders.has(s.header)) sourceHeaders.set(s.header, `apikey.sources[${k}]`);
  });

  const check = (header: string | undefined, segments: Segments, what: string) => {
    if (header === undefined) return;
    if (RESERVED_HEADERS.has(header)) issues.push({ segments, message: `"${header}" is a standard header; choose a dedicated one such as x-jwt-${what}` });
    else if (sourceHeaders.has(header)) issues.push({ segments, message: `"${header}" is also ${sourceHeaders.get(header)}: the ${what} would be read back as a credential` });
    else if (header === policy.apikey?.forward_header) issues.push({ segments, message: `"${header}" is also apikey.forward_header: two filters would write the same header` });
  };
  check(jwt.identity_header, ['jwt', 'identity_header'], 'subject');
  jwt.providers.forEach((p, i) => {
    check(p.payload_header, ['jwt', 'providers', i, 'payload_header'], 'payload');
    p.claims_to_headers.forEach((m, k) => check(m.header, ['jwt', 'providers', i, 'claims_to_headers', k, 'header'], 'claim'));
  });
  jwt.introspection.forEach((p, i) => p.claims_to_headers.forEach((m, k) => check(m.header, ['jwt', 'introspection', i, 'claims_to_headers', k, 'header'], 'claim')));
  return issues;
}

function routeRuleIssues(jwt: JwtSection, rule: RouteJwt, methods: string[] | undefined, at: Segments): RawIssue[] {
  const issues: RawIssue[] = [];
  if (rule.public === true) {
    const extra = (['requires', 'allow_missing', 'allow_missing_or_failed', 'fail_open_without_keys'] as const).filter((k) => rule[k] !== undefined);
    if (extra.length > 0) issues.push({ segments: at, message: `a public route needs no token, so ${extra.join(', ')} would have no effect: remove ${extra.length === 1 ? 'it' : 'them'} or public` });
  }
  if (rule.allow_missing === true && rule.allow_missing_or_failed === true) {
    issues.push({ segments: at, message: 'allow_missing_or_failed already lets requests without a token through: set only one of allow_missing, allow_missing_or_failed' });
  }
  if (rule.cors_preflight === true && methods && !methods.includes('OPTIONS')) {
    issues.push({ segments: [...at, 'cors_preflight'], message: 'a CORS preflight is an OPTIONS request, which this route does not match: add OPTIONS to the route\'s methods or remove cors_preflight' });
  }
  if (rule.requires) issues.push(...requirementIssues(jwt, rule.requires, [...at, 'requires']));
  return issues;
}

function requirementIssues(jwt: JwtSection, req: Requirement, at: Segments): RawIssue[] {
  const kinds = (['provider', 'any', 'all', 'peer'] as const).filter((k) => req[k] !== undefined);
  if (kinds.length !== 1) return [{ segments: at, message: 'expected exactly one of: provider, any, all, peer' }];
  const issues: RawIssue[] = [];
  if (kinds[0] !== 'provider') {
    for (const k of ['scopes', 'claims'] as const) {
      if (req[k] !== undefined) issues.push({ segments: [...at, k], message: `${k} apply to a provider requirement: move them next to "provider"` });
    }
  }
  if (req.provider !== undefined) {
    const known = [...jwt.providers.map((p) => p.name), ...jwt.introspection.map((p) => p.name)];
    if (!known.includes(req.provider)) {
      issues.push({ segments: [...at, 'provider'], message: `unknown provider "${req.provider}"; providers: ${known.join(', ') || '(none)'}` });
    }
  }
  for (const k of ['any', 'all'] as const) req[k]?.forEach((inner, n) => issues.push(...requirementIssues(jwt, inner, [...at, k, n])));
  return issues;
}
