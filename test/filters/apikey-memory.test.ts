import { createHash } from 'node:crypto';
import { beforeAll, expect, test } from 'vitest';
import { Host } from '../../host-sim/index.ts';
import { ensureBuilt } from '../sdk/helpers/ensure-built.ts';

// Host buffers come back through our allocator and every per-request object must become
// garbage: linear memory has to stay flat however many requests pass (the bench runs 1M).

const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
const REQUESTS = 50_000;

let modulePath: string;
beforeAll(async () => {
  [modulePath] = await ensureBuilt('apikey');
});

test(`linear memory grows by at most 2 pages over ${REQUESTS} requests`, async () => {
  const host = new Host();
  const vm = await host.startVm({
    module: modulePath,
    pluginConfiguration: {
      sources: [{ header: 'x-api-key' }, { query: 'api_key' }, { cookie: 'api_key' }],
      keys: [{ client: 'demo', sha256: sha256('good-key') }],
      forward_header: 'x-portcullis-client',
      hide_credentials: true,
      rules: [{ prefix: '/health', public: true }],
    },
  });
  const variants: [string, string][][] = [
    [[':path', '/orders?a=1'], ['x-api-key', 'good-key']],
    [[':path', '/orders?api_key=good-key&b=2']],
    [[':path', '/orders'], ['cookie', 'a=1; api_key=good-key']],
    [[':path', '/orders'], ['x-api-key', 'wrong-key'], ['x-request-id', 'abc']],
    [[':path', '/orders']],
    [[':path', '/health']],
  ];
  const run = (n: number) => {
    for (let i = 0; i < n; i++) {
      const stream = vm.newHttpStream();
      stream.sendRequestHeaders([[':method', 'GET'], [':authority', 'a'], ...variants[i % variants.length]], { endOfStream: true });
      if (!stream.localResponse) stream.sendResponseHeaders({ ':status': '200' }, { endOfStream: true });
      stream.complete();
    }
  };
  run(2_000); // warm-up: the runtime reaches its steady heap size
  const before = vm.memoryPages();
  run(REQUESTS);
  const after = vm.memoryPages();
  expect(vm.counter('portcullis.apikey.allowed')).toBeGreaterThan(REQUESTS / 3);
  expect(after - before).toBeLessThanOrEqual(2);
}, 120_000);
