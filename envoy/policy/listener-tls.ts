// TLS on the listener: the rule a schema cannot state (client certificates can only be required
// when there is a CA to check them against) and the files it names, read when the policy is
// loaded. Each path becomes absolute, and each file must be there and parse (a certificate chain,
// a private key that belongs to its first certificate, a CA bundle), so a typo is a load error
// naming the field rather than an Envoy that refuses to start. The key itself is only checked
// here, never copied into the policy or the bootstrap: Envoy reads it from the file.
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawIssue, Segments } from './schema.ts';
import type { ListenerTls, Policy } from './types.ts';

const AT: Segments = ['listener', 'tls'];
/** PEM files of certificates and keys are small; anything larger is the wrong file. */
const MAX_PEM_BYTES = 1024 * 1024;

export function listenerTlsIssues(policy: Policy): RawIssue[] {
  const tls = policy.listener.tls;
  if (!tls || tls.require_client_certificate !== true || tls.client_ca_file !== undefined) return [];
  return [{ segments: [...AT, 'require_client_certificate'], message: 'client certificates are checked against client_ca_file: set it, or remove require_client_certificate', at: 'key' }];
}

/** Makes the listener's TLS paths absolute (in place) and returns what is wrong with the files. */
export function resolveListenerTls(policy: Policy, baseDir: string): RawIssue[] {
  const tls = policy.listener.tls;
  if (!tls) return [];
  const issues: RawIssue[] = [];
  const read = (field: keyof ListenerTls & `${string}_file`, what: string): string | undefined => {
    const path = resolve(baseDir, tls[field] as string);
    tls[field] = path;
    const text = readPem(path, what);
    if (typeof text !== 'string') issues.push({ segments: [...AT, field], message: text.error });
    return typeof text === 'string' ? text : undefined;
  };

  const chainText = read('cert_chain_file', 'certificate chain');
  const keyText = read('private_key_file', 'private key');
  const caText = tls.client_ca_file === undefined ? undefined : read('client_ca_file', 'client CA bundle');

  const leaf = chainText === undefined ? undefined : firstCertificate(chainText, tls.cert_chain_file);
  if (typeof leaf === 'string') issues.push({ segments: [...AT, 'cert_chain_file'], message: leaf });
  let key: KeyObject | undefined;
  if (keyText !== undefined) {
    try {
      key = createPrivateKey(keyText);
    } catch {
      issues.push({ segments: [...AT, 'private_key_file'], message: `${tls.private_key_file} holds no unencrypted PEM private key` });
    }
  }
  if (leaf instanceof X509Certificate && key && !leaf.checkPrivateKey(key)) {
    issues.push({ segments: [...AT, 'private_key_file'], message: `${tls.private_key_file} is not the private key of the first certificate in ${tls.cert_chain_file}` });
  }
  if (caText !== undefined) {
    const ca = firstCertificate(caText, tls.client_ca_file!);
    if (typeof ca === 'string') issues.push({ segments: [...AT, 'client_ca_file'], message: ca });
  }
  return issues;
}

function readPem(path: string, what: string): string | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_PEM_BYTES) return { error: `${path} is ${size} bytes; a PEM ${what} may be at most ${MAX_PEM_BYTES}` };
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `cannot read the ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message}` };
  }
}

/** The first certificate of a PEM file, or why there is none. */
function firstCertificate(text: string, path: string): X509Certificate | string {
  const pem = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/.exec(text);
  if (!pem) return `${path} holds no PEM certificate`;
  try {
    return new X509Certificate(pem[0]);
  } catch {
    return `${path}: the first PEM certificate does not parse`;
  }
}
