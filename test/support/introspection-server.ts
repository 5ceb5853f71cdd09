// An RFC 7662 token introspection endpoint the tests control: it checks the caller's HTTP Basic
// client credentials (RFC 6749 §2.3.1: each part form-urlencoded before base64) and the form
// body, answers `active: true` with the claims registered for a token and `active: false` for any
// other, counts calls per token, and can go down (nothing listening) and come back.
import type { IncomingMessage } from 'node:http';
import { startLocalServer, type LocalServer } from './local-server.ts';

export interface IntrospectionServerOptions {
  clientId: string;
  clientSecret: string;
  path?: string;
}

export interface IntrospectionCall {
  token: string;
  tokenTypeHint: string | null;
}

export interface IntrospectionServer extends LocalServer {
  url: string;
  /** Well-formed, authenticated introspection calls, in order. */
  readonly calls: IntrospectionCall[];
  /** Requests refused for a wrong method, path, content type, body or client credentials, with why. */
  readonly refused: string[];
  /** Calls made so far for `token`. */
  callsFor(token: string): number;
  /** Registers an active token and the members answered with it (sub, scope, exp, …). */
  activate(token: string, claims: Record<string, unknown>): void;
}

const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));

/** The client id and secret of a Basic authorization, each form-decoded; null when malformed. */
function basicCredentials(header: string | undefined): [string, string] | null {
  const m = /^Basic ([A-Za-z0-9+/]+={0,2})$/.exec(header ?? '');
  if (!m) return null;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  try {
    return [formDecode(text.slice(0, colon)), formDecode(text.slice(colon + 1))];
  } catch {
    return null;
  }
}

export async function startIntrospectionServer(options: IntrospectionServerOptions): Promise<IntrospectionServer> {
  const path = options.path ?? '/oauth2/introspect';
  const active = new Map<string, Record<string, unknown>>();
  const calls: IntrospectionCall[] = [];
  const refused: string[] = [];

  const problem = (req: IncomingMessage, body: string): string | null => {
    if (req.method !== 'POST') return `method ${req.method}`;
    if (req.url !== path) return `path ${req.url}`;
    const credentials = basicCredentials(req.headers.authorization);
    if (!credentials || credentials[0] !== options.clientId || credentials[1] !== options.clientSecret) return `authorization ${req.headers.authorization ?? '(none)'}`;
    if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return `content-type ${req.headers['content-type']}`;
    if (!new URLSearchParams(body).get('token')) return `body without token: ${body}`;
    return null;
  };

  const server = await startLocalServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const why = problem(req, body);
      if (why) {
        refused.push(why);
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid_client"}');
        return;
      }
      const form = new URLSearchParams(body);
      const token = form.get('token')!;
      calls.push({ token, tokenTypeHint: form.get('token_type_hint') });
      const claims = active.get(token);
      const answer = JSON.stringify(claims ? { active: true, ...claims } : { active: false });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
    });
  });
  return {
    ...server,
    url: `http://127.0.0.1:${server.port}${path}`,
    calls,
    refused,
    callsFor: (token) => calls.filter((c) => c.token === token).length,
    activate: (token, claims) => void active.set(token, claims),
  };
}
