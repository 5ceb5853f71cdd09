// A throw-away PKI for mTLS tests, made with the `openssl` CLI: a CA, a server certificate for
// 127.0.0.1/localhost, and client certificates with the URI SANs (SPIFFE IDs), DNS SANs and
// subjects the tests choose. Keys are P-256, certificates are valid for one day.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CertFiles {
  cert: string;
  key: string;
}

export interface ClientSpec {
  /** Subject as openssl writes it: `/O=Acme/CN=billing`. */
  subject: string;
  uriSans?: string[];
  dnsSans?: string[];
}

export interface Pki {
  dir: string;
  /** The CA bundle clients (and Envoy's validation context) trust. */
  caFile: string;
  server: CertFiles;
  clients: Record<string, CertFiles>;
  remove(): void;
}

/** Why openssl cannot be used here, or null when it can. */
export function opensslMissing(): string | null {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return null;
  } catch {
    return 'the openssl CLI is not on PATH: it makes the test certificates';
  }
}

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: 'pipe' });

function newKey(dir: string, name: string): string {
  const key = join(dir, `${name}.key`);
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key], dir);
  return key;
}

function selfSignedCa(dir: string, name: string, subject: string): CertFiles {
  const key = newKey(dir, name);
  const cert = join(dir, `${name}.pem`);
  openssl(['req', '-x509', '-new', '-key', key, '-out', cert, '-days', '1', '-subj', subject,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  return { cert, key };
}

function issue(dir: string, ca: CertFiles, name: string, subject: string, extensions: string[]): CertFiles {
  const key = newKey(dir, name);
  const csr = join(dir, `${name}.csr`);
  const ext = join(dir, `${name}.ext`);
  const cert = join(dir, `${name}.pem`);
  openssl(['req', '-new', '-key', key, '-out', csr, '-subj', subject], dir);
  writeFileSync(ext, ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', ...extensions].join('\n') + '\n');
  openssl(['x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-set_serial', `0x${randomBytes(8).toString('hex')}`,
    '-days', '1', '-extfile', ext, '-out', cert], dir);
  return { cert, key };
}

/**
 * A CA with a server certificate and one client certificate per entry of `clients`; entries of
 * `strangers` get certificates from a second CA nobody trusts.
 */
export function makePki(clients: Record<string, ClientSpec>, strangers: Record<string, ClientSpec> = {}): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-pki-'));
  try {
    const ca = selfSignedCa(dir, 'ca', '/O=Portcullis Test/CN=Portcullis Test CA');
    const rogue = selfSignedCa(dir, 'rogue-ca', '/O=Elsewhere/CN=Untrusted CA');
    const server = issue(dir, ca, 'server', '/O=Portcullis Test/CN=gateway', ['extendedKeyUsage=serverAuth', 'subjectAltName=IP:127.0.0.1,DNS:localhost']);
    const client = (issuer: CertFiles, name: string, spec: ClientSpec) => {
      const sans = [...(spec.uriSans ?? []).map((u) => `URI:${u}`), ...(spec.dnsSans ?? []).map((d) => `DNS:${d}`)];
      return issue(dir, issuer, `client-${name}`, spec.subject, ['extendedKeyUsage=clientAuth', ...(sans.length ? [`subjectAltName=${sans.join(',')}`] : [])]);
    };
    const out: Record<string, CertFiles> = {};
    for (const [name, spec] of Object.entries(clients)) out[name] = client(ca, name, spec);
    for (const [name, spec] of Object.entries(strangers)) out[name] = client(rogue, name, spec);
    return { dir, caFile: ca.cert, server, clients: out, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
