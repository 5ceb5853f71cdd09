import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compileModule, repoRoot } from '../../bin/cli/build.ts';
import { Host } from '../../host-sim/index.ts';

// The filter in sdk/README.md must compile and behave as the README's host-sim snippet says.

test('the sdk/README.md example filter builds and runs', async () => {
  const readme = readFileSync(join(repoRoot, 'sdk/README.md'), 'utf8');
  const source = /```ts\n(\/\/ filters\/hello\/assembly\/index\.ts\n[\s\S]*?)```/.exec(readme)?.[1];
  expect(source, 'README example block not found').toBeDefined();
  // Same depth below the repository root as filters/hello/assembly, so its imports resolve.
  const dir = join(repoRoot, 'build/readme/assembly');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), source!);
  await compileModule({ name: 'readme-hello', entry: 'build/readme/assembly/index.ts', outFile: 'build/test/readme-hello.wasm' });

  const host = new Host();
  const vm = await host.startVm({ module: join(repoRoot, 'build/test/readme-hello.wasm'), pluginConfiguration: { greeting: 'hi' } });
  const s = vm.newHttpStream();
  s.sendRequestHeaders({ ':method': 'GET', ':path': '/hello', ':authority': 'a' }, { endOfStream: true });
  expect(s.localResponse?.bodyText).toBe('hi');
  expect(vm.counter('hello.greeted')).toBe(1);

  const other = vm.newHttpStream();
  expect(other.sendRequestHeaders([[':method', 'GET'], [':path', '/x'], [':authority', 'a'], ['x-hello', 'a'], ['x-hello', 'b']], { endOfStream: true })).toBe('Continue');
  expect(other.requestHeaders().filter(([n]) => n === 'x-hello')).toEqual([['x-hello', '1']]);

  const bad = await host.startVm({ module: join(repoRoot, 'build/test/readme-hello.wasm'), pluginConfiguration: '{"greeting":', allowConfigureFailure: true });
  expect(bad.configured).toBe(false);
  expect(bad.logs.map((l) => l.message)).toContain('hello: invalid configuration: expected a JSON value, found end of input at byte 12');
}, 60_000);
