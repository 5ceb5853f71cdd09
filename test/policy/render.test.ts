import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../envoy/policy/index.ts';
import { renderEnvoyBootstrap, renderEnvoyYaml } from '../../envoy/render.ts';
import { envoyValidate } from './fixtures/envoy-validate.ts';
import { CONTRACT_POLICY } from './fixtures/policies.ts';

// The renderer points Envoy at build/apikey.wasm; validate mode loads it.
const envoy = envoyValidate(['apikey.wasm']);

describe('renderEnvoyBootstrap', () => {
  it('renders a bootstrap that Envoy 1.40 accepts, without warnings', () => {
    const result = envoy.validate(renderEnvoyYaml(parsePolicy(CONTRACT_POLICY, 'c.yaml'), { buildDir: envoy.dir }));
    expect(result.output).not.toMatch(/\]\[(warning|error|critical)\]/);
    expect(result.output).toContain('OK');
    expect(result.ok).toBe(true);
  });

  it('wires the wasm chain, routes and fail-open policy as the policy says', () => {
    const policy = parsePolicy(`${CONTRACT_POLICY}failure_policy: fail_open\n`, 'c.yaml');
    const bootstrap = renderEnvoyBootstrap(policy, { buildDir: envoy.dir, listenerPort: 1111, adminPort: 2222, upstreamPort: 3333 }) as any;
    const hcm = bootstrap.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
    const [wasm, router] = hcm.http_filters;
    expect(wasm.typed_config.config).toMatchObject({
      name: 'apikey',
      root_id: 'apikey',
      failure_policy: 'FAIL_OPEN',
      vm_config: { vm_id: 'portcullis.apikey', runtime: 'envoy.wasm.runtime.v8', code: { local: { filename: join(envoy.dir, 'apikey.wasm') } } },
    });
    expect(JSON.parse(wasm.typed_config.config.configuration.value).rules).toHaveLength(4);
    expect(router.name).toBe('envoy.filters.http.router');
    const routes = hcm.route_config.virtual_hosts[0].routes;
    expect(routes.map((r: any) => r.name)).toEqual(['health', 'admin', 'reports', 'api', 'portcullis_not_found']);
    expect(routes[0].match).toEqual({ prefix: '/health', headers: [{ name: ':method', string_match: { safe_regex: { regex: '^(GET)$' } } }] });
    expect(routes[2].match).toEqual({ path: '/reports' });
    expect(routes[4].direct_response.status).toBe(404);
    expect(bootstrap.admin.address.socket_address.port_value).toBe(2222);
    expect(bootstrap.static_resources.listeners[0].address.socket_address.port_value).toBe(1111);
    expect(bootstrap.static_resources.clusters[0].load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address).toEqual({ address: '127.0.0.1', port_value: 3333 });
    expect(envoy.validate(renderEnvoyYaml(policy, { buildDir: envoy.dir })).ok).toBe(true);
  });

  it('is refused by Envoy when a module is missing (so the check above can fail)', () => {
    const result = envoy.validate(renderEnvoyYaml(parsePolicy(CONTRACT_POLICY, 'c.yaml'), { buildDir: join(envoy.dir, 'nowhere') }));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('apikey.wasm');
  });
});
