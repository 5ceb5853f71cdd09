import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { IstioRenderError, renderIstioWasmPlugins, type IstioOptions } from '../../envoy/istio.ts';
import { apikeyConfig, parsePolicy, type Policy } from '../../envoy/policy/index.ts';
import { testPolicy } from '../support/policies.ts';
import { CONTRACT_POLICY, PLAIN_POLICY } from './fixtures/policies.ts';
import { CONTRACT_JWT_POLICY, inlinePolicy, ROOT_ROUTE } from './fixtures/jwt-policies.ts';

const withProbe = `${CONTRACT_POLICY}extra_filters:\n  - { name: probe, module: fixtures/probe.wasm, config: { mode: echo } }\n`;

describe('renderIstioWasmPlugins', () => {
  it('renders one WasmPlugin per filter, in chain order, with the compiled configuration', () => {
    const policy = parsePolicy(withProbe, 'c.yaml');
    const docs = parseAllDocuments(renderIstioWasmPlugins(policy, { imageBase: 'ghcr.io/acme/portcullis', tag: 'v1.2.3', namespace: 'edge' })).map((d) => (d as any).toJS());
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual({
      apiVersion: 'extensions.istio.io/v1alpha1',
      kind: 'WasmPlugin',
      metadata: { name: 'portcullis-apikey', namespace: 'edge' },
      spec: {
        url: 'oci://ghcr.io/acme/portcullis/apikey:v1.2.3',
        imagePullPolicy: 'IfNotPresent',
        phase: 'AUTHN',
        priority: 20,
        type: 'HTTP',
        pluginName: 'apikey',
        failStrategy: 'FAIL_CLOSE',
        pluginConfig: apikeyConfig(policy, policy.apikey!),
      },
    });
    expect(docs[1].spec).toMatchObject({ url: 'oci://ghcr.io/acme/portcullis/probe:v1.2.3', phase: 'AUTHZ', priority: 10, pluginConfig: { mode: 'echo' } });
  });

  it('pins digests with @ and rejects malformed image references', () => {
    const policy = parsePolicy(CONTRACT_POLICY, 'c.yaml');
    const digest = `sha256:${'c'.repeat(64)}`;
    expect(renderIstioWasmPlugins(policy, { imageBase: 'oci://reg.local:5000/p/', tag: digest })).toContain(`url: oci://reg.local:5000/p/apikey@${digest}`);
    expect(() => renderIstioWasmPlugins(policy, { imageBase: 'https://x/y' })).toThrow('expected an OCI repository');
    expect(() => renderIstioWasmPlugins(policy, { imageBase: 'r/p', tag: 'bad tag' })).toThrow('expected an image tag');
  });

  it('refuses a non-mapping plugin config, which Istio cannot carry', () => {
    const policy = parsePolicy(`${PLAIN_POLICY}extra_filters:\n  - { name: probe, module: p.wasm, config: [1, 2] }\n`, 'c.yaml');
    expect(() => renderIstioWasmPlugins(policy, { imageBase: 'r/p' })).toThrow('filter "probe": Istio\'s pluginConfig must be a mapping');
  });
});

describe('renderIstioWasmPlugins: jwt callouts in a mesh', () => {
  const env = { PORTCULLIS_TEST_SECRET: 's3cret' };
  const render = (text: string) =>
    parseAllDocuments(renderIstioWasmPlugins(parsePolicy(text, 'c.yaml', { env }), { imageBase: 'r/p', namespace: 'edge' })).map((d) => (d as any).toJS());

  it('points remote JWKS and introspection at the sidecar outbound clusters and declares each external host once', () => {
    const docs = render(CONTRACT_JWT_POLICY.replace('url: https://idp.example.com/oauth2/introspect', 'url: "https://login.example.org:8443/oauth2/introspect"\n      ca_file: /etc/idp/ca.pem'));
    const plugin = docs.find((d) => d.kind === 'WasmPlugin' && d.metadata.name === 'portcullis-jwt');
    expect(plugin.spec.pluginConfig.providers[0].keys.remote).toMatchObject({ cluster: 'outbound|443||idp.example.com', authority: 'idp.example.com', path: '/.well-known/jwks.json' });
    expect(plugin.spec.pluginConfig.introspection[0]).toMatchObject({ cluster: 'outbound|8443||login.example.org', authority: 'login.example.org:8443' });
    expect(JSON.stringify(docs)).not.toMatch(/jwks_corp|introspect_opaque/);

    expect(docs.filter((d) => d.kind === 'ServiceEntry')).toEqual([
      {
        apiVersion: 'networking.istio.io/v1beta1',
        kind: 'ServiceEntry',
        metadata: { name: 'portcullis-callout-idp-example-com', namespace: 'edge' },
        spec: { hosts: ['idp.example.com'], location: 'MESH_EXTERNAL', resolution: 'DNS', ports: [{ number: 443, name: 'https-443', protocol: 'HTTPS' }], exportTo: ['.'] },
      },
      {
        apiVersion: 'networking.istio.io/v1beta1',
        kind: 'ServiceEntry',
        metadata: { name: 'portcullis-callout-login-example-org', namespace: 'edge' },
        spec: { hosts: ['login.example.org'], location: 'MESH_EXTERNAL', resolution: 'DNS', ports: [{ number: 8443, name: 'https-8443', protocol: 'HTTPS' }], exportTo: ['.'] },
      },
    ]);
    // The wasm callout is plain HTTP to the cluster: the sidecar originates and checks the TLS.
    const rules = docs.filter((d) => d.kind === 'DestinationRule');
    expect(rules.map((r) => r.spec)).toEqual([
      { host: 'idp.example.com', exportTo: ['.'], trafficPolicy: { portLevelSettings: [{ port: { number: 443 }, tls: { mode: 'SIMPLE', sni: 'idp.example.com', subjectAltNames: ['idp.example.com'], caCertificates: '/etc/ssl/certs/ca-certificates.crt' } }] } },
      { host: 'login.example.org', exportTo: ['.'], trafficPolicy: { portLevelSettings: [{ port: { number: 8443 }, tls: { mode: 'SIMPLE', sni: 'login.example.org', subjectAltNames: ['login.example.org'], caCertificates: '/etc/idp/ca.pem' } }] } },
    ]);
  });

  it('declares no ServiceEntry for a mesh service, and renders none without callouts', () => {
    const docs = render(CONTRACT_JWT_POLICY.replace('url: https://idp.example.com/oauth2/introspect', 'url: https://idp.auth.svc.cluster.local/introspect'));
    const plugin = docs.find((d) => d.metadata.name === 'portcullis-jwt');
    expect(plugin.spec.pluginConfig.introspection[0].cluster).toBe('outbound|443||idp.auth.svc.cluster.local');
    expect(docs.filter((d) => d.kind === 'ServiceEntry').map((d) => d.spec.hosts)).toEqual([['idp.example.com']]);
    expect(docs.filter((d) => d.kind === 'DestinationRule').map((d) => d.spec.host)).toEqual(['idp.example.com', 'idp.auth.svc.cluster.local']);
    expect(render(inlinePolicy(ROOT_ROUTE)).map((d) => d.kind)).toEqual(['WasmPlugin']);
  });

  it('refuses callouts Istio cannot route by host name', () => {
    const loopback = CONTRACT_JWT_POLICY.replace('url: https://idp.example.com/oauth2/introspect', 'url: http://127.0.0.1:9000/introspect');
    expect(() => render(loopback)).toThrow('jwt.introspection[0].url (http://127.0.0.1:9000): a loopback callout would stay inside the pod');
    const ip = CONTRACT_JWT_POLICY.replace('url: https://idp.example.com/oauth2/introspect', 'url: https://10.1.2.3/introspect');
    expect(() => render(ip)).toThrow('jwt.introspection[0].url (https://10.1.2.3): Istio routes a callout by host name');
  });
});

describe('renderIstioWasmPlugins: the rate-limit service of global quota limits', () => {
  const quota = (service: Record<string, unknown>) => ({
    global: { service, batch: 5 },
    limits: [{ name: 'site', global: true, sliding_window: { limit: 100, per: 'minute' } }],
  });
  const withServiceHost = (host: string): Policy => testPolicy({ quota: quota({ address: host, port: 8081 }) });
  const render = (policy: Policy, options: Partial<IstioOptions> = {}) =>
    parseAllDocuments(renderIstioWasmPlugins(policy, { imageBase: 'r/p', namespace: 'edge', ...options })).map((d) => (d as any).toJS());
  const refusal = (policy: Policy) => {
    try {
      renderIstioWasmPlugins(policy, { imageBase: 'r/p' });
    } catch (err) {
      expect(err).toBeInstanceOf(IstioRenderError);
      return (err as Error).message;
    }
    throw new Error('rendered, expected a refusal');
  };

  it('sends the lease calls to a mesh service through its outbound cluster, with no ServiceEntry', () => {
    const docs = render(withServiceHost('ratelimit.infra.svc.cluster.local'));
    const plugin = docs.find((d) => d.metadata.name === 'portcullis-quota');
    expect(plugin.spec.pluginConfig.global).toEqual({ cluster: 'outbound|8081||ratelimit.infra.svc.cluster.local', domain: 'portcullis', batch: 5, timeout_ms: 1000, retry_ms: 1000, on_outage: 'fail_closed' });
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['WasmPlugin/portcullis-apikey', 'WasmPlugin/portcullis-quota']);
  });

  it('declares an external service with a GRPC port (HTTP/2 from the sidecar) and adds no TLS', () => {
    const docs = render(withServiceHost('RateLimit.Example.NET'));
    expect(docs.find((d) => d.metadata.name === 'portcullis-quota').spec.pluginConfig.global.cluster).toBe('outbound|8081||ratelimit.example.net');
    expect(docs.filter((d) => d.kind !== 'WasmPlugin')).toEqual([
      {
        apiVersion: 'networking.istio.io/v1beta1',
        kind: 'ServiceEntry',
        metadata: { name: 'portcullis-ratelimit-ratelimit-example-net', namespace: 'edge' },
        spec: { hosts: ['ratelimit.example.net'], location: 'MESH_EXTERNAL', resolution: 'DNS', ports: [{ number: 8081, name: 'grpc-ratelimit', protocol: 'GRPC' }], exportTo: ['.'] },
      },
    ]);
  });

  it('takes the mesh from the cluster domain option', () => {
    const docs = render(withServiceHost('ratelimit.infra.svc.cluster.local'), { clusterDomain: 'corp.internal' });
    expect(docs.filter((d) => d.kind === 'ServiceEntry').map((d) => d.spec.hosts)).toEqual([['ratelimit.infra.svc.cluster.local']]);
  });

  it('refuses a loopback or IP address, which Istio has no host cluster for', () => {
    const loopback =
      "quota.global.service.address (127.0.0.1): under Istio loopback is the gateway's own pod, not a rate-limit service the gateways share " +
      '(an absent address means 127.0.0.1); set it to the service\'s host name, e.g. ratelimit.<namespace>.svc.cluster.local';
    expect(refusal(testPolicy({ quota: quota({ port: 8081 }) }))).toBe(loopback);
    expect(refusal(testPolicy({ quota: quota({ address: '127.0.0.1', port: 8081 }) }))).toBe(loopback);
    expect(refusal(withServiceHost('localhost'))).toBe(loopback.replace('(127.0.0.1)', '(localhost)'));
    expect(refusal(testPolicy({ quota: quota({ address: '10.1.2.3', port: 8081 }) }))).toBe(
      "quota.global.service.address (10.1.2.3): Istio routes the quota filter's lease calls by host name (outbound|<port>||<host>); set it to the service's DNS name",
    );
  });

  it('leaves a policy with local limits only as it was', () => {
    const docs = render(testPolicy({ quota: { limits: [{ name: 'burst', token_bucket: { rate: 10, per: 'second' } }] } }));
    expect(docs.find((d) => d.metadata.name === 'portcullis-quota').spec.pluginConfig.global).toBeUndefined();
    expect(docs.map((d) => d.kind)).toEqual(['WasmPlugin', 'WasmPlugin']);
  });
});
