// What `npm start` shows, end to end: the demo policy in a real Envoy, driven with the exact
// tokens and curl commands the demo banner prints (JWT 401 / 403 / 200), apikey still working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoJwtTries } from '../../bin/cli/commands/demo.ts';
import { DEMO_KEY, loadDemoPolicy } from '../../bin/cli/demo-policy.ts';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { httpRequest } from '../support/http.ts';
import { BUILD_DIR } from '../support/policies.ts';

describe('the demo policy in Envoy', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  let banner: NonNullable<Awaited<ReturnType<typeof demoJwtTries>>>;

  beforeAll(async () => {
    echo = await startEchoServer();
    const policy = loadDemoPolicy();
    gateway = await startGateway({ policy, buildDir: BUILD_DIR, upstreamPort: echo.port });
    banner = (await demoJwtTries(policy, gateway.baseUrl))!;
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  /** Runs one of the banner's `curl -i [-H "name: value"] url` lines, with $TOKEN / $NOSCOPE filled in. */
  async function curl(command: string) {
    const vars = Object.fromEntries(banner.lines.map((l) => /^\s+(\w+)=(\S+)$/.exec(l)).filter((m) => m !== null).map((m) => [m![1], m![2]]));
    const header = /-H "([^:]+): ([^"]+)"/.exec(command);
    const url = command.split(' ').pop()!;
    const headers: Record<string, string> = header ? { [header[1]]: header[2].replace(/\$(\w+)/g, (_, v: string) => vars[v]) } : {};
    return httpRequest(url, { headers });
  }

  it('prints curl commands that give 401, 403 and 200', async () => {
    expect(banner.tries.map(([, note]) => Number(note.slice(0, 3)))).toEqual([401, 403, 200]);
    const [missing, noScope, ok] = await Promise.all(banner.tries.map(([command]) => curl(command)));
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="portcullis"');
    expect(noScope.status).toBe(403);
    expect(noScope.headers['www-authenticate']).toContain('error="insufficient_scope"');
    expect(ok.status).toBe(200);
    const seen = JSON.parse(ok.body) as { headers: Record<string, string> };
    expect(seen.headers['x-jwt-sub']).toBe('alice');
    expect(seen.headers['x-portcullis-subject']).toBe('alice');
    expect(seen.headers.authorization).toBeUndefined();
  });

  it('still guards the API with keys, and JWT routes ignore API keys', async () => {
    expect((await httpRequest(`${gateway.baseUrl}/api/hello`)).status).toBe(401);
    expect((await httpRequest(`${gateway.baseUrl}/api/hello`, { headers: { 'x-api-key': DEMO_KEY } })).status).toBe(200);
    expect((await httpRequest(`${gateway.baseUrl}/orders/42`, { headers: { 'x-api-key': DEMO_KEY } })).status).toBe(401);
    expect((await httpRequest(`${gateway.baseUrl}/health`)).status).toBe(200);
  });

  it('limits each caller to 10 requests a minute: the loop the banner prints ends in 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await httpRequest(`${gateway.baseUrl}/api/hello`, { headers: { 'x-api-key': DEMO_KEY } })).status);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(10);
    expect(statuses.at(-1)).toBe(429);
    const limited = await httpRequest(`${gateway.baseUrl}/api/hello`, { headers: { 'x-api-key': DEMO_KEY } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toBe('application/problem+json');
    // Another caller has its own budget.
    expect((await curl(banner.tries[2][0])).status).toBe(200);
  });
});
