// mTLS client-certificate identity in a real Envoy: the listener terminates TLS (listener.tls)
// and asks for client certificates; the jwt filter's `peer` requirements read the URI SAN, DNS
// SAN and subject Envoy verified. Certificates are made for the run with the openssl CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { validatePolicy, type Policy } from '../../envoy/policy/index.ts';
import { httpsRequest } from '../support/https.ts';
import { jwksOf, newKey, sign, type TestKey } from '../support/jwt-keys.ts';
import { makePki, opensslMissing, type CertFiles, type Pki } from '../support/pki.ts';
import { BUILD_DIR } from '../support/policies.ts';

const ADMIN_ID = 'spiffe://portcullis.test/ns/ops/sa/admin-console';
const BILLING_DNS = 'billing.internal.test';
const REPORTING_SUBJECT = 'CN=reporting,O=Portcullis Test';
const ISSUER = 'https://idp.portcullis.test';

// The container harness mounts only the modules and its state dir, not the certificate files.
const skipReason = opensslMissing();
if (skipReason) console.warn(`jwt-mtls.e2e: skipped: ${skipReason}`);

function mtlsPolicy(upstreamPort: number, pki: Pki, key: TestKey, requireClientCertificate: boolean): Policy {
  return validatePolicy(
    {
      version: 1,
      listener: {
        address: '127.0.0.1',
        port: 0,
        tls: { cert_chain_file: pki.server.cert, private_key_file: pki.server.key, client_ca_file: pki.caFile, require_client_certificate: requireClientCertificate },
      },
      upstream: { address: '127.0.0.1', port: upstreamPort },
      routes: [
        { name: 'public', match: { prefix: '/public' }, jwt: { public: true } },
        { name: 'admin', match: { prefix: '/admin' }, jwt: { requires: { peer: { uri_san: [ADMIN_ID] } } } },
        { name: 'billing', match: { prefix: '/billing' }, jwt: { requires: { peer: { dns_san: [BILLING_DNS] } } } },
        { name: 'reports', match: { prefix: '/reports' }, jwt: { requires: { peer: { subject: [REPORTING_SUBJECT] } } } },
        { name: 'both', match: { prefix: '/both' }, jwt: { requires: { all: [{ provider: 'corp' }, { peer: { uri_san: [ADMIN_ID] } }] } } },
      ],
      jwt: { providers: [{ name: 'corp', issuer: ISSUER, audiences: [], algorithms: ['ES256'], keys: { inline: jwksOf(key) } }] },
      extra_filters: [{ name: 'probe', module: 'fixtures/probe.wasm' }],
      failure_policy: 'fail_closed',
    },
    'mtls-policy',
  );
}

describe.skipIf(skipReason !== null)('jwt peer requirements over mTLS in Envoy', () => {
  let pki: Pki;
  let key: TestKey;
  let echo: EchoServer;
  let required: Gateway;
  let optional: Gateway;
  const url = (gw: Gateway, path: string) => `https://127.0.0.1:${gw.listenerPort}${path}`;
  const get = (gw: Gateway, path: string, client?: CertFiles, headers: Record<string, string> = {}) => httpsRequest(url(gw, path), { caFile: pki.caFile, client, headers });
  const detail = (body: string) => (JSON.parse(body) as { detail: string }).detail;

  beforeAll(async () => {
    pki = makePki(
      {
        admin: { subject: '/O=Portcullis Test/CN=admin-console', uriSans: [ADMIN_ID] },
        billing: { subject: '/O=Portcullis Test/CN=billing', dnsSans: [BILLING_DNS] },
        reporting: { subject: '/O=Portcullis Test/CN=reporting' },
        intruder: { subject: '/O=Portcullis Test/CN=intruder', uriSans: ['spiffe://portcullis.test/ns/dev/sa/intruder'], dnsSans: ['intruder.internal.test'] },
      },
      { stranger: { subject: '/O=Elsewhere/CN=admin-console', uriSans: [ADMIN_ID] } },
    );
    key = await newKey('corp-1', 'ES256');
    echo = await startEchoServer();
    [required, optional] = await Promise.all([
      startGateway({ policy: mtlsPolicy(echo.port, pki, key, true), buildDir: BUILD_DIR }),
      startGateway({ policy: mtlsPolicy(echo.port, pki, key, false), buildDir: BUILD_DIR }),
    ]);
  });
  afterAll(async () => {
    await required?.stop();
    await optional?.stop();
    await echo?.close();
    pki?.remove();
  });

  it('lets the allowed peer through and refuses any other with 403', async () => {
    const cases: [string, string, string][] = [
      ['/admin/users', 'admin', 'intruder'],
      ['/billing/invoices', 'billing', 'intruder'],
      ['/reports/q3', 'reporting', 'admin'],
    ];
    for (const [path, allowed, other] of cases) {
      expect((await get(required, path, pki.clients[allowed])).status, `${path} as ${allowed}`).toBe(200);
      const res = await get(required, path, pki.clients[other]);
      expect(res.status, `${path} as ${other}`).toBe(403);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="portcullis", error="insufficient_scope", error_description="Client certificate is not allowed"');
      expect(detail(res.body)).toBe('Client certificate is not allowed');
    }
  });

  it('refuses the TLS handshake without a client certificate, or one from another CA, when certificates are required', async () => {
    // TLS 1.3: Envoy answers the handshake with an alert, which the client reads as the error.
    await expect(get(required, '/public/x')).rejects.toMatchObject({ code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' });
    await expect(get(required, '/admin/users', pki.clients.stranger)).rejects.toMatchObject({ code: 'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA' });
  });

  it('with optional client certificates, serves public routes without one and answers 403 on peer routes', async () => {
    expect((await get(optional, '/public/x')).status).toBe(200);
    const res = await get(optional, '/admin/users');
    expect(res.status).toBe(403);
    expect(detail(res.body)).toBe('Client certificate is not allowed');
    expect((await get(optional, '/admin/users', pki.clients.admin)).status).toBe(200);
  });

  it('combines a token and a client certificate, handing on the token identity', async () => {
    const token = await sign(key, { iss: ISSUER, sub: 'alice' });
    const bearer = { authorization: `Bearer ${token}` };
    const ok = await get(required, '/both/x', pki.clients.admin, bearer);
    expect(ok.status).toBe(200);
    expect((JSON.parse(ok.body) as { headers: Record<string, string> }).headers['x-probe-identity']).toBe('jwt:corp/alice');
    const wrongPeer = await get(required, '/both/x', pki.clients.intruder, bearer);
    expect(wrongPeer.status).toBe(403);
    expect(detail(wrongPeer.body)).toBe('Client certificate is not allowed');
    expect((await get(required, '/both/x', pki.clients.admin)).status).toBe(401);
  });

  it('hands on the client certificate identity as mtls:<uri san> on a peer-only route', async () => {
    const res = await get(required, '/admin/users', pki.clients.admin, { 'x-probe-identity': `mtls:${ADMIN_ID}` });
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as { headers: Record<string, string> }).headers['x-probe-identity']).toBe(`mtls:${ADMIN_ID}`);
  });
});
