// `portcullis demo`: the whole gateway on this machine in one command — Envoy running the demo
// policy in front of an echo backend — until Ctrl-C.
import { parseArgs } from 'node:util';
import { ensureEnvoyBinary } from '../../../envoy/binary.ts';
import { startEchoServer, type EchoServer } from '../../../envoy/echo-server.ts';
import { startLocalGateway, type LocalGateway } from '../../../envoy/harness/local.ts';
import { isPortFree } from '../../../envoy/harness/ports.ts';
import { loadPolicyFile, type Policy } from '../../../envoy/policy/index.ts';
import { DEMO_JWT_KID, demoJwtPrivateKey } from '../demo-jwt.ts';
import { DEMO_KEY, loadDemoPolicy } from '../demo-policy.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import { hashKey } from './hash-key.ts';
import { mintToken } from './token.ts';

export async function demoCommand(args: string[], io: Io): Promise<number> {
  let values: { policy?: string };
  try {
    ({ values } = parseArgs({ args, options: { policy: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError(`demo: ${(err as Error).message}`);
  }
  const policy = values.policy ? loadPolicyFile(values.policy) : loadDemoPolicy();
  const listener = policy.listener;
  const admin = policy.admin ?? { address: '127.0.0.1', port: 9901 };
  for (const [what, endpoint] of [['listener', listener], ['admin', admin]] as const) {
    if (endpoint.port !== 0 && !(await isPortFree(endpoint.port, endpoint.address))) {
      throw new CliError(`the ${what} port ${endpoint.address}:${endpoint.port} is busy (another demo or Envoy running?); stop it or use --policy with other ports`);
    }
  }

  await ensureEnvoyBinary();
  const { buildModules } = await import('../build.ts');
  await buildModules({ quiet: true });

  let echo: EchoServer | undefined;
  let gateway: LocalGateway | undefined;
  const shutdown = async () => {
    await gateway?.stop();
    await echo?.close();
  };
  try {
    echo = await startEchoServer();
    gateway = await startLocalGateway({
      policy,
      listenerPort: listener.port,
      adminPort: admin.port,
      upstreamPort: echo.port,
      echoOutput: true,
    });
  } catch (err) {
    await shutdown();
    throw new CliError((err as Error).message);
  }

  io.out(await banner(policy, gateway));
  // The handlers stay installed through shutdown: a second Ctrl-C must not kill this process
  // before Envoy (in its own process group) has been stopped.
  let onSignal: () => void = () => {};
  const signalled = () => onSignal();
  process.on('SIGINT', signalled);
  process.on('SIGTERM', signalled);
  const outcome = await new Promise<'signal' | number | string>((resolve) => {
    onSignal = () => resolve('signal');
    void gateway!.exited.then(resolve);
  });
  onSignal = () => io.err('portcullis demo: stopping, please wait\n');
  await shutdown();
  process.off('SIGINT', signalled);
  process.off('SIGTERM', signalled);
  if (outcome === 'signal') {
    io.out('\nportcullis demo: stopped\n');
    return 0;
  }
  throw new CliError(`Envoy exited unexpectedly (${outcome}); its output is above`);
}

/** How long the tokens the banner prints stay valid. */
const BANNER_TOKEN_TTL_S = 3600;

async function banner(policy: Policy, gateway: LocalGateway): Promise<string> {
  const base = gateway.baseUrl;
  const lines = [
    '',
    `portcullis demo: gateway ${base}  (admin ${gateway.adminUrl})`,
    `  filter chain: ${[policy.apikey ? 'apikey' : '', policy.jwt ? 'jwt' : '', policy.quota ? 'quota' : '', ...(policy.extra_filters ?? []).map((f) => f.name)].filter(Boolean).join(' → ') || 'none'}`,
    '',
  ];
  const demoKeyKnown = policy.apikey?.keys.some((k) => k.sha256 === hashKey(DEMO_KEY));
  const tries: [string, string][] = [];
  if (demoKeyKnown) {
    lines.push(`  demo API key: ${DEMO_KEY}`, '');
    tries.push(
      [`curl -i ${base}/health`, '200: public route'],
      [`curl -i ${base}/api/hello`, '401: no key'],
      [`curl -i -H 'x-api-key: ${DEMO_KEY}' ${base}/api/hello`, '200: echoed, key removed, client id added'],
      [`curl -i '${base}/api/hello?api_key=${DEMO_KEY}'`, '200: key in the query'],
      [`curl -i -H 'x-api-key: wrong-key' ${base}/api/hello`, '403: unknown key'],
      [`curl -i -H 'x-api-key: ${DEMO_KEY}' ${base}/admin/users`, '403: demo may not use /admin'],
    );
  }
  const jwtTries = await demoJwtTries(policy, base);
  if (jwtTries) {
    lines.push(...jwtTries.lines);
    tries.push(...jwtTries.tries);
  }
  const callerLimit = policy.quota?.limits.find((l) => l.sliding_window && (l.key ?? []).includes('identity'));
  if (demoKeyKnown && callerLimit?.sliding_window) {
    const n = callerLimit.sliding_window.limit + 1;
    tries.push([
      `for i in $(seq ${n}); do curl -s -o /dev/null -w '%{http_code} ' -H 'x-api-key: ${DEMO_KEY}' ${base}/api/hello; done; echo`,
      `quota: ${callerLimit.sliding_window.limit} per ${callerLimit.sliding_window.per} per caller, then 429`,
    ]);
  }
  if (tries.length === 0) tries.push([`curl -i ${base}/`, 'through the chain']);
  tries.push([`curl -s '${gateway.adminUrl}/stats?filter=wasmcustom'`, "the filters' counters"]);
  const width = Math.max(...tries.map(([command]) => command.length));
  lines.push('  try:', ...tries.map(([command, note]) => `    ${command.padEnd(width)}  # ${note}`), '', '  Ctrl-C to stop.', '');
  return lines.join('\n') + '\n';
}

/**
 * When the policy trusts the demo JWT key on a route that requires a scope, tokens with and
 * without that scope show the 401 / 403 / 200 ladder.
 */
export async function demoJwtTries(policy: Policy, base: string): Promise<{ lines: string[]; tries: [string, string][] } | undefined> {
  const provider = policy.jwt?.providers.find((p) => 'inline' in p.keys && p.keys.inline.keys.some((k) => k.kid === DEMO_JWT_KID));
  if (!provider) return undefined;
  const route = policy.routes.find((r) => r.jwt?.requires?.provider === provider.name && r.jwt.requires.scopes?.length && r.match.prefix !== undefined);
  if (!route) return undefined;
  const scopes = route.jwt!.requires!.scopes!;
  const mint = (scope?: string) =>
    mintToken({ provider, key: demoJwtPrivateKey(), kid: DEMO_JWT_KID, subject: 'alice', scope, claims: {}, ttlSeconds: BANNER_TOKEN_TTL_S });
  const withScope = await mint(scopes.join(' '));
  const withoutScope = await mint('profile');
  const path = `${route.match.prefix!.replace(/\/$/, '')}/42`;
  return {
    lines: [
      `  demo JWTs (provider "${provider.name}", valid ${BANNER_TOKEN_TTL_S / 60} min; mint more with \`portcullis token --scope "${scopes.join(' ')}"\`):`,
      `    TOKEN=${withScope}`,
      `    NOSCOPE=${withoutScope}`,
      '',
    ],
    tries: [
      [`curl -i ${base}${path}`, '401: no token'],
      [`curl -i -H "authorization: Bearer $NOSCOPE" ${base}${path}`, `403: token without ${scopes.join(' ')}`],
      [`curl -i -H "authorization: Bearer $TOKEN" ${base}${path}`, `200: echoed, token removed${provider.claims_to_headers.length ? `, ${provider.claims_to_headers.map((m) => m.header).join(', ')} added` : ''}`],
    ],
  };
}
