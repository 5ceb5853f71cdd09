// One real Envoy, to prove the local harness end to end: start, a request through a wasm
// filter to the echo backend, stats, stop.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway } from '../../envoy/harness/index.ts';
import { GatewayStartError, startLocalGateway } from '../../envoy/harness/local.ts';
import { retryPortRace } from '../../envoy/harness/ports.ts';
import type { Gateway } from '../../envoy/harness/types.ts';
import { parsePolicy } from '../../envoy/policy/index.ts';
import { answerWith } from '../../bench/lib/envoy.ts';
import { writePassthroughWasm } from './fixtures/passthrough-wasm.ts';
import { PLAIN_POLICY } from './fixtures/policies.ts';

let dir: string;
let echo: EchoServer;
let gateway: Gateway;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portcullis-gw-'));
  writePassthroughWasm(join(dir, 'pass.wasm'));
  echo = await startEchoServer();
  const policy = parsePolicy(`${PLAIN_POLICY}extra_filters:\n  - { name: pass, module: pass.wasm, config: { any: json } }\n`, 'gw.yaml');
  gateway = await startGateway({ mode: 'local', policy, buildDir: dir, upstreamPort: echo.port });
});

afterAll(async () => {
  await gateway?.stop();
  await echo?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('local gateway harness', () => {
  it('proxies a matched route to the echo backend and 404s the rest', async () => {
    expect(gateway.baseUrl).toBe(`http://127.0.0.1:${gateway.listenerPort}`);
    const res = await fetch(`${gateway.baseUrl}/api/items?api_key=s3cret`, { headers: { 'x-trace': 'abc' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ method: 'GET', path: '/api/items?api_key=s3cret' });
    expect(body.headers['x-trace']).toBe('abc');
    expect((await fetch(`${gateway.baseUrl}/elsewhere`)).status).toBe(404);
  });

  it('exposes stats and logs (the access log leaves out query strings)', async () => {
    const stats = await gateway.stats();
    expect(stats['http.portcullis.downstream_rq_completed']).toBeGreaterThanOrEqual(2);
    // Envoy writes the access log line after the response, and its output reaches us through a
    // pipe: on a busy machine it may land a moment after the stats say the request completed.
    await vi.waitFor(() => expect(gateway.logs()).toMatch(/"GET \/api\/items HTTP\/1\.1" 200 - via_upstream/), { timeout: 5000, interval: 50 });
    expect(gateway.logs()).not.toContain('s3cret');
  });

  it('runs the bootstrap as transformBootstrap rewrote it, rendered with the ports it chose', async () => {
    const body = `from the transform ${process.pid}-${Date.now()}`;
    const seen: number[] = [];
    const answer = answerWith(body);
    const transformed = await startGateway({
      mode: 'local',
      policy: parsePolicy(PLAIN_POLICY, 'gw.yaml'),
      buildDir: dir,
      upstreamPort: echo.port,
      transformBootstrap: (bootstrap) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        seen.push((bootstrap as any).static_resources.listeners[0].address.socket_address.port_value);
        return answer(bootstrap);
      },
    });
    try {
      expect(seen).toEqual([transformed.listenerPort]);
      const res = await fetch(`${transformed.baseUrl}/api/x`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(body);
      expect((await fetch(`${transformed.baseUrl}/elsewhere`)).status).toBe(404);
    } finally {
      await transformed.stop();
    }
  });

  it('refuses a transformBootstrap that returns no bootstrap', async () => {
    const policy = parsePolicy(PLAIN_POLICY, 'gw.yaml');
    const start = startLocalGateway({ policy, buildDir: dir, transformBootstrap: () => undefined as unknown as Record<string, unknown> });
    await expect(start).rejects.toThrow('transformBootstrap returned undefined; it must return the bootstrap object');
  });

  it('fails fast, with Envoy\'s words, when Envoy refuses the chain', async () => {
    // A valid but empty wasm module is not proxy-wasm: Envoy refuses the filter and exits.
    writeFileSync(join(dir, 'empty.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    const policy = parsePolicy(`${PLAIN_POLICY}extra_filters:\n  - { name: empty, module: empty.wasm }\n`, 'bad.yaml');
    const start = startLocalGateway({ policy, buildDir: dir, upstreamPort: echo.port });
    await expect(start).rejects.toThrow(/Envoy exited during start-up[\s\S]*Proxy-Wasm ABI version/);
  });

  it('never shares a listener port with another gateway (no SO_REUSEPORT), so a port race fails loudly', async () => {
    // Two gateways told to use the same port: with Envoy's default reuse_port both would start
    // and split the connections; the second must instead fail to bind (and, had the harness
    // picked the port itself, would have been retried on fresh ones).
    const policy = parsePolicy(PLAIN_POLICY, 'gw.yaml');
    const again = startLocalGateway({ policy, upstreamPort: echo.port, listenerPort: gateway.listenerPort });
    await expect(again).rejects.toThrow(/Envoy exited during start-up[\s\S]*address already in use/i);
  });

  it('retries a start that lost a port it picked, and nothing else', async () => {
    const raced = () => new GatewayStartError("Envoy exited during start-up (1)\ncannot bind '127.0.0.1:1': Address already in use");
    let calls = 0;
    const lostTwice = () => (++calls <= 2 ? Promise.reject(raced()) : Promise.resolve('started'));
    await expect(retryPortRace(lostTwice, true)).resolves.toBe('started');
    expect(calls).toBe(3);
    calls = 0;
    const alwaysLost = () => (++calls, Promise.reject(raced()));
    await expect(retryPortRace(alwaysLost, true)).rejects.toThrow(/Address already in use/);
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryPortRace(alwaysLost, false)).rejects.toThrow(/Address already in use/); // the caller's ports
    expect(calls).toBe(1);
    calls = 0;
    const refused = () => (++calls, Promise.reject(new GatewayStartError('Envoy exited during start-up (1)\nProxy-Wasm ABI version')));
    await expect(retryPortRace(refused, true)).rejects.toThrow(/ABI version/);
    expect(calls).toBe(1);
  });

  it('names a missing module before starting Envoy', async () => {
    const policy = parsePolicy(`${PLAIN_POLICY}extra_filters:\n  - { name: gone, module: gone.wasm }\n`, 'bad.yaml');
    await expect(startLocalGateway({ policy, buildDir: dir })).rejects.toThrow(`filter "gone": module ${join(dir, 'gone.wasm')} does not exist (run \`portcullis build\`)`);
  });

  it('stops Envoy and frees its port', async () => {
    const port = gateway.listenerPort;
    await gateway.stop();
    await expect(fetch(`http://127.0.0.1:${port}/api`)).rejects.toThrow();
  });
});
