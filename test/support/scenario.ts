// One request scenario, run on either host, reduced to the same comparable outcome: what the
// client saw (status, auth challenge, problem body) and what reached the backend (path and the
// headers the filters own). Differential tests require the two hosts to agree on it.
import { Host, type Vm } from '../../host-sim/index.ts';
import { compileChain } from '../../envoy/policy/index.ts';
import type { Policy, Route } from '../../envoy/policy/index.ts';
import { NOT_FOUND_PROBLEM } from '../../envoy/render.ts';
import { httpRequest } from './http.ts';

export interface ScenarioRequest {
  name: string;
  method: string;
  path: string;
  /** Header pairs in order; a name may repeat. */
  headers?: [string, string][];
}

export interface Outcome {
  status: number;
  wwwAuthenticate?: string;
  contentType?: string;
  problem?: unknown;
  /** Set when the request reached the backend. */
  upstream?: { path: string; headers: Record<string, string> };
}

/** Request headers the filters under test own; only these are compared upstream. */
export const WATCHED_HEADERS = ['x-portcullis-client', 'x-api-key', 'authorization', 'cookie', 'x-probe-identity', 'x-probe-map-result', 'x-jwt-sub', 'x-jwt-org', 'x-portcullis-subject'];

function watched(pairs: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) {
    const name = k.toLowerCase();
    if (!WATCHED_HEADERS.includes(name)) continue;
    out[name] = name in out ? `${out[name]}, ${v}` : v;
  }
  return out;
}

function parseProblem(contentType: string | undefined, body: string): unknown {
  if (!contentType?.startsWith('application/problem+json')) return undefined;
  return JSON.parse(body);
}

// ---- real Envoy -------------------------------------------------------------------------

export async function runInEnvoy(baseUrl: string, req: ScenarioRequest): Promise<Outcome> {
  // Node's http client takes repeated header names as arrays.
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of req.headers ?? []) {
    const prev = headers[k];
    headers[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
  }
  const res = await httpRequest(baseUrl + req.path, { method: req.method, headers: headers as Record<string, string> });
  const outcome: Outcome = { status: res.status };
  if (res.headers['www-authenticate']) outcome.wwwAuthenticate = res.headers['www-authenticate'];
  if (res.status === 200 && res.headers['content-type'] === 'application/json') {
    const echo = JSON.parse(res.body) as { path: string; headers: Record<string, string | string[]> };
    const pairs: [string, string][] = [];
    for (const [k, v] of Object.entries(echo.headers)) {
      for (const one of Array.isArray(v) ? v : [v]) pairs.push([k, one]);
    }
    outcome.upstream = { path: echo.path, headers: watched(pairs) };
  } else {
    outcome.contentType = res.headers['content-type'];
    outcome.problem = parseProblem(res.headers['content-type'], res.body);
  }
  return outcome;
}

// ---- host-sim ----------------------------------------------------------------------------

export interface SimGateway {
  host: Host;
  vms: Vm[];
  run(req: ScenarioRequest): Outcome;
}

/** The policy's filter chain in host-sim: the same modules and configuration Envoy gets. */
export async function startSimGateway(policy: Policy, buildDir: string, host = new Host({ onTrap: 'fail-closed' })): Promise<SimGateway> {
  const vms: Vm[] = [];
  for (const spec of compileChain(policy, { buildDir })) {
    vms.push(await host.startVm({ module: spec.wasmPath, pluginConfiguration: spec.configuration, rootId: spec.rootId, vmId: spec.vmId, name: spec.name }));
  }
  let requestId = 0;
  return {
    host,
    vms,
    run(req) {
      const stream = host.newHttpStream(vms);
      const headers: [string, string][] = [
        [':method', req.method],
        [':path', req.path],
        [':authority', 'portcullis.test'],
        [':scheme', 'http'],
        ['x-request-id', `sim-${++requestId}`],
        ...(req.headers ?? []).map(([k, v]) => [k.toLowerCase(), v] as [string, string]),
      ];
      stream.sendRequestHeaders(headers, { endOfStream: true });
      const local = stream.localResponse;
      let outcome: Outcome;
      if (local) {
        const header = (n: string) => local.headers.find(([k]) => k.toLowerCase() === n)?.[1];
        outcome = { status: local.status, contentType: header('content-type'), problem: parseProblem(header('content-type'), local.bodyText) };
        const challenge = header('www-authenticate');
        if (challenge) outcome.wwwAuthenticate = challenge;
      } else {
        // Envoy's router runs after the filters: a path no route matches gets 404 there.
        const finalPath = stream.requestHeader(':path') ?? req.path;
        if (!policy.routes.some((r) => routeMatches(r, req.method, finalPath))) {
          outcome = { status: 404, contentType: 'application/problem+json', problem: JSON.parse(NOT_FOUND_PROBLEM) };
        } else {
          outcome = { status: 200, upstream: { path: finalPath, headers: watched(stream.requestHeaders()) } };
          stream.sendResponseHeaders([[':status', '200'], ['content-type', 'application/json']], { endOfStream: true });
        }
      }
      stream.complete();
      return outcome;
    },
  };
}

function routeMatches(route: Route, method: string, pathWithQuery: string): boolean {
  const path = pathWithQuery.split('?')[0];
  if (route.methods && !route.methods.includes(method as never)) return false;
  return route.match.prefix !== undefined ? path.startsWith(route.match.prefix) : path === route.match.path;
}
