import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { renderIstioWasmPlugins } from '../../envoy/istio.ts';
import { apikeyConfig, parsePolicy } from '../../envoy/policy/index.ts';
import { CONTRACT_POLICY, PLAIN_POLICY } from './fixtures/policies.ts';

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
