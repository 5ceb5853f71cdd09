// listener.tls: schema and semantic errors, the files it names (relative to the policy, checked
// when it is loaded) and the DownstreamTlsContext it renders. Certificates come from openssl.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicyFile, parsePolicy, type Policy } from '../../envoy/policy/index.ts';
import { renderEnvoyBootstrap } from '../../envoy/render.ts';
import { makePki, opensslMissing, type Pki } from '../support/pki.ts';

const missing = opensslMissing();
if (missing) console.warn(`listener-tls.test: skipped: ${missing}`);

const policyText = (tls: string) => `version: 1
listener:
  port: 10443
  tls: ${tls}
upstream: { address: 127.0.0.1, port: 8080 }
routes:
  - name: api
    match: { prefix: /api }
`;

describe.skipIf(missing !== null)('listener.tls', () => {
  let pki: Pki;
  // A policy file beside the PKI, naming its files relatively.
  const load = (tls: string): Policy => {
    const file = join(pki.dir, 'policy.yaml');
    writeFileSync(file, policyText(tls));
    return loadPolicyFile(file);
  };
  const errorOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected the policy to be refused');
  };
  const transportSocket = (policy: Policy) => {
    const bootstrap = renderEnvoyBootstrap(policy, { buildDir: '/build' }) as any;
    return bootstrap.static_resources.listeners[0].filter_chains[0].transport_socket;
  };

  beforeAll(() => {
    pki = makePki({ alice: { subject: '/CN=alice', uriSans: ['spiffe://t/alice'] } });
  });
  afterAll(() => pki?.remove());

  it('renders a DownstreamTlsContext from files relative to the policy, requiring client certificates by default', () => {
    const policy = load('{ cert_chain_file: server.pem, private_key_file: ./server.key, client_ca_file: ca.pem }');
    expect(transportSocket(policy)).toEqual({
      name: 'envoy.transport_sockets.tls',
      typed_config: {
        '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext',
        require_client_certificate: true,
        common_tls_context: {
          tls_certificates: [{ certificate_chain: { filename: join(pki.dir, 'server.pem') }, private_key: { filename: join(pki.dir, 'server.key') } }],
          alpn_protocols: ['h2', 'http/1.1'],
          validation_context: { trusted_ca: { filename: join(pki.dir, 'ca.pem') } },
        },
      },
    });
  });

  it('asks for optional client certificates, or none without a client CA; no TLS without the section', () => {
    const optional = transportSocket(load('{ cert_chain_file: server.pem, private_key_file: server.key, client_ca_file: ca.pem, require_client_certificate: false }'));
    expect(optional.typed_config.require_client_certificate).toBe(false);
    expect(optional.typed_config.common_tls_context.validation_context).toEqual({ trusted_ca: { filename: join(pki.dir, 'ca.pem') } });
    const serverOnly = transportSocket(load('{ cert_chain_file: server.pem, private_key_file: server.key }'));
    expect(serverOnly.typed_config.require_client_certificate).toBe(false);
    expect(serverOnly.typed_config.common_tls_context.validation_context).toBeUndefined();
    expect(transportSocket(parsePolicy(policyText('null').replace('  tls: null\n', ''), 'p.yaml'))).toBeUndefined();
  });

  it('never puts key material into the rendered bootstrap', () => {
    const yaml = JSON.stringify(renderEnvoyBootstrap(load('{ cert_chain_file: server.pem, private_key_file: server.key, client_ca_file: ca.pem }'), { buildDir: '/build' }));
    expect(yaml).not.toContain('BEGIN');
  });

  it('names the field and the path of a file that is missing or is not what it should be', () => {
    expect(errorOf(() => load('{ cert_chain_file: nope.pem, private_key_file: server.key }'))).toContain(
      `listener.tls.cert_chain_file: cannot read the certificate chain ${join(pki.dir, 'nope.pem')}: no such file`,
    );
    expect(errorOf(() => load('{ cert_chain_file: server.pem, private_key_file: server.key, client_ca_file: ca.key }'))).toContain(
      `listener.tls.client_ca_file: ${join(pki.dir, 'ca.key')} holds no PEM certificate`,
    );
    expect(errorOf(() => load('{ cert_chain_file: server.pem, private_key_file: server.pem }'))).toContain(`${join(pki.dir, 'server.pem')} holds no unencrypted PEM private key`);
    copyFileSync(pki.clients.alice.key, join(pki.dir, 'other.key'));
    expect(errorOf(() => load('{ cert_chain_file: server.pem, private_key_file: other.key }'))).toContain(
      `listener.tls.private_key_file: ${join(pki.dir, 'other.key')} is not the private key of the first certificate in ${join(pki.dir, 'server.pem')}`,
    );
  });

  it('refuses key material written into the policy, and required client certificates without a CA', () => {
    expect(errorOf(() => load('{ cert_chain_file: server.pem, private_key_file: server.key, private_key: "-----BEGIN PRIVATE KEY-----" }'))).toContain(
      'listener.tls.private_key: a private key never sits in a policy: write `private_key_file: <path of a PEM file>`',
    );
    expect(errorOf(() => load('{ cert_chain_file: server.pem, private_key_file: "-----BEGIN EC PRIVATE KEY-----" }'))).toContain(
      'listener.tls.private_key_file: expected the path of a PEM file, relative to the policy file (never the PEM text itself)',
    );
    expect(errorOf(() => load('{ cert_chain_file: server.pem, private_key_file: server.key, require_client_certificate: true }'))).toContain(
      'listener.tls.require_client_certificate: client certificates are checked against client_ca_file: set it, or remove require_client_certificate',
    );
  });
});
