// The parts of a policy that live outside it and are read when it is loaded: the listener's TLS
// files (listener-tls.ts), key sets in .json files (relative to the policy file) or in
// environment variables, and introspection client secrets (always from the environment: a secret
// never sits in a policy file). After this step the policy holds the values themselves, and every
// problem points at the field that named them.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatPath } from './errors.ts';
import { checkJwks, type JwksOrigin } from './jwks.ts';
import { resolveListenerTls } from './listener-tls.ts';
import type { RawIssue, Segments } from './schema.ts';
import type { Policy } from './types.ts';

export interface ReferenceOptions {
  /** Relative key-set paths are resolved against this directory (the policy file's). */
  baseDir: string;
  env: Record<string, string | undefined>;
}

const MAX_JWKS_BYTES = 256 * 1024;

/** Replaces references by the values they name (in place) and returns the problems found. */
export function resolveReferences(policy: Policy, options: ReferenceOptions): RawIssue[] {
  const issues: RawIssue[] = resolveListenerTls(policy, options.baseDir);
  const jwt = policy.jwt;
  if (!jwt) return issues;
  jwt.providers.forEach((provider, i) => {
    const keys = provider.keys as Record<string, unknown>;
    const at: Segments = ['jwt', 'providers', i, 'keys'];
    let value: unknown;
    let origin: JwksOrigin;
    let where: Segments;
    let label = '';
    if (typeof keys.inline === 'string') {
      where = [...at, 'inline'];
      const path = resolve(options.baseDir, keys.inline);
      const text = readJwksFile(path);
      if (typeof text !== 'string') return issues.push({ segments: where, message: text.error });
      value = parseJson(text);
      if (value === undefined) return issues.push({ segments: where, message: `${path} is not valid JSON` });
      origin = 'file';
      label = `in ${path}: `;
    } else if (typeof keys.env === 'string') {
      where = [...at, 'env'];
      const text = options.env[keys.env];
      if (text === undefined || text === '') return issues.push({ segments: where, message: `the environment variable ${keys.env} is not set; it must hold the key set (JWKS) as JSON` });
      value = parseJson(text);
      if (value === undefined) return issues.push({ segments: where, message: `the environment variable ${keys.env} does not hold valid JSON; expected a JWKS` });
      origin = 'env';
      label = `in $${keys.env}: `;
    } else if (keys.inline !== undefined) {
      where = [...at, 'inline'];
      value = keys.inline;
      origin = 'policy';
    } else {
      return;
    }
    const { jwks, problems } = checkJwks(value, origin, provider.algorithms);
    if (!jwks) {
      for (const p of problems) {
        issues.push(origin === 'policy' ? { segments: [...where, ...p.segments], message: p.message } : { segments: where, message: `${label}${p.segments.length ? `${formatPath(p.segments)}: ` : ''}${p.message}` });
      }
      return;
    }
    provider.keys = { inline: jwks };
  });
  jwt.introspection.forEach((provider, i) => {
    const secret = options.env[provider.client_secret_env];
    if (secret === undefined || secret === '') {
      issues.push({ segments: ['jwt', 'introspection', i, 'client_secret_env'], message: `the environment variable ${provider.client_secret_env} is not set; it must hold the client secret` });
      return;
    }
    provider.client_secret = secret;
  });
  return issues;
}

function readJwksFile(path: string): string | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_JWKS_BYTES) return { error: `${path} is ${size} bytes; a key set may be at most ${MAX_JWKS_BYTES}` };
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: `cannot read the key set ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message}` };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
