import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BuildError, buildModules, compileModule, readTargets, repoRoot } from '../../bin/cli/build.ts';
import { checkModuleImports } from '../../sdk/tools/check-imports.ts';
import { ensureBuilt } from './helpers/ensure-built.ts';

// A minimal wasm encoder, so the checker can be fed modules no compiler would produce.
function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}
const name = (s: string) => [...leb(s.length), ...Buffer.from(s)];
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
function wasm(imports: [string, string][], exports: string[], withMemory = true): Uint8Array {
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  bytes.push(...section(1, [1, 0x60, 0, 0])); // one type: () -> ()
  bytes.push(...section(2, [...leb(imports.length), ...imports.flatMap(([m, n]) => [...name(m), ...name(n), 0x00, 0])]));
  bytes.push(...section(3, [1, 0])); // one function of type 0
  if (withMemory) bytes.push(...section(5, [1, 0x00, 1]));
  const exportEntries = [
    ...exports.flatMap((e) => [...name(e), 0x00, ...leb(imports.length)]),
    ...(withMemory ? [...name('memory'), 0x02, 0] : []),
  ];
  bytes.push(...section(7, [...leb(exports.length + (withMemory ? 1 : 0)), ...exportEntries]));
  bytes.push(...section(10, [1, 2, 0, 0x0b])); // body: no locals, end
  return Uint8Array.from(bytes);
}

/** Section ids present in a module, in order. */
function sectionIds(bytes: Uint8Array): number[] {
  const ids: number[] = [];
  let p = 8;
  while (p < bytes.length) {
    ids.push(bytes[p]!);
    p++;
    let size = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++]!;
      size |= (b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80)) break;
    }
    p += size;
  }
  return ids;
}

describe('checkModuleImports', () => {
  test('accepts proxy-wasm 0.2.1 imports and the WASI subset', () => {
    expect(checkModuleImports(wasm([['env', 'proxy_log'], ['wasi_snapshot_preview1', 'fd_write']], ['proxy_abi_version_0_2_1']), 'ok.wasm')).toEqual([]);
  });

  test('names every offending import and a missing marker or memory', () => {
    const problems = checkModuleImports(
      wasm([['env', 'abort'], ['env', 'proxy_dispatch_http_call'], ['wasi_snapshot_preview1', 'sock_accept'], ['emscripten', 'x']], [], false),
      'bad.wasm',
    );
    expect(problems).toEqual([
      'bad.wasm: imports env.abort (function): not a proxy-wasm host function (a host without it refuses the module)',
      'bad.wasm: imports env.proxy_dispatch_http_call (function): not a host function of proxy-wasm ABI 0.2.1',
      'bad.wasm: imports wasi_snapshot_preview1.sock_accept (function): outside the WASI subset Envoy provides',
      'bad.wasm: imports emscripten.x (function): module "emscripten" is not provided by proxy-wasm hosts',
      'bad.wasm: does not export the function proxy_abi_version_0_2_1 (hosts cannot tell its ABI version)',
      'bad.wasm: does not export its memory as "memory"',
    ]);
  });

  test('rejects bytes that are not a module', () => {
    const [problem] = checkModuleImports(Uint8Array.from([1, 2, 3]), 'junk.wasm');
    expect(problem).toMatch(/^junk\.wasm: not a valid WebAssembly module: /);
  });
});

describe('build', () => {
  let apikey: Uint8Array<ArrayBuffer>;
  beforeAll(async () => {
    const [path] = await ensureBuilt('apikey');
    apikey = new Uint8Array(readFileSync(path!));
  });

  test('the apikey module passes the import check, with no env.abort/seed/trace and no start section', () => {
    expect(checkModuleImports(apikey, 'build/apikey.wasm')).toEqual([]);
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(apikey)).map((i) => `${i.module}.${i.name}`);
    expect(imports.every((i) => i.startsWith('env.proxy_'))).toBe(true);
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(apikey)).map((e) => e.name);
    expect(exports).toEqual(expect.arrayContaining(['_initialize', 'malloc', 'proxy_on_memory_allocate', 'proxy_abi_version_0_2_1', 'proxy_on_request_headers']));
    expect(sectionIds(apikey)).not.toContain(8); // top-level code runs from _initialize, not a start section
  });

  test('a module importing a foreign function is refused, naming the import', async () => {
    const attempt = compileModule({ name: 'foreign-import', entry: 'test/fixtures/foreign-import/assembly/index.ts', outFile: 'build/test/foreign-import.wasm' });
    await expect(attempt).rejects.toThrow(BuildError);
    await expect(attempt).rejects.toThrow(/env\.emscripten_notify \(function\): not a proxy-wasm host function/);
  }, 60_000);

  test('compiler errors are reported with their diagnostics', async () => {
    const attempt = compileModule({ name: 'missing', entry: 'test/fixtures/does-not-exist.ts', outFile: 'build/test/missing.wasm' });
    await expect(attempt).rejects.toThrow(/build of missing \(test\/fixtures\/does-not-exist\.ts\) failed/);
  }, 60_000);

  test('unknown targets are refused before compiling, naming every known target', async () => {
    const message = await buildModules({ targets: ['nope'], quiet: true }).then(
      () => 'built',
      (e: Error) => e.message,
    );
    const known = /^unknown build target\(s\): nope \(known: (.+)\)$/.exec(message)?.[1]?.split(', ');
    expect(known, message).toBeDefined();
    // Other filters and fixtures join asconfig.json over time: the list is asconfig's, in order.
    expect(known).toEqual([...readTargets().keys()]);
    expect(known).toEqual(expect.arrayContaining(['apikey', 'jwt', 'probe']));
  });

  test('build outputs land where asconfig says', () => {
    expect(readFileSync(join(repoRoot, 'build/fixtures/probe.wasm')).byteLength).toBeGreaterThan(0);
  });
});
