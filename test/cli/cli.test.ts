// The `portcullis` command as a user runs it: a child process, its stdout, stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..', '..');
let dir: string;

function cli(args: string[], input?: string) {
  const out = spawnSync(process.execPath, [join(root, 'bin', 'portcullis.mjs'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'portcullis-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('portcullis CLI', () => {
  it('prints help, and per-command help', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['build', 'validate', 'render envoy', 'render istio', 'hash-key', 'token', 'demo']) expect(help.stdout).toContain(command);
    const sub = cli(['hash-key', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/^usage: portcullis hash-key/);
  });

  it('exits 2 on usage errors, without a stack trace', () => {
    for (const args of [[], ['frobnicate'], ['validate'], ['render', 'nginx', 'x.yaml'], ['render', 'envoy', '--bogus', 'x.yaml']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(cli(['frobnicate']).stderr).toBe('portcullis: unknown command "frobnicate"\nRun `portcullis --help` for usage.\n');
  });

  it('validates a good policy (exit 0) and lists every problem of a bad one (exit 1)', () => {
    const ok = cli(['validate', 'examples/demo-policy.yaml']);
    expect(ok).toMatchObject({ code: 0, stdout: 'examples/demo-policy.yaml: ok (4 routes; filter chain: apikey → jwt → quota)\n' });
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'version: 1\nlistener: { port: 1 }\nupstream: { address: 127.0.0.1, port: 2 }\nroutes:\n  - { name: a, match: { prefx: / } }\n');
    const r = cli(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:5:25: routes[0].match.prefx: unknown field "prefx"; expected one of: prefix, path`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(cli(['validate', join(dir, 'missing.yaml')])).toMatchObject({ code: 1, stderr: `portcullis: ${join(dir, 'missing.yaml')}: cannot read the policy: no such file\n` });
  });

  it('renders the Envoy bootstrap to stdout or --out', () => {
    const r = cli(['render', 'envoy', 'examples/demo-policy.yaml', '--build-dir', dir]);
    expect(r.code).toBe(0);
    const bootstrap = parse(r.stdout);
    expect(bootstrap.static_resources.listeners[0].address.socket_address).toEqual({ address: '127.0.0.1', port_value: 10000 });
    expect(r.stderr).toContain(`warning: filter "apikey": ${join(dir, 'apikey.wasm')} does not exist yet`);
    const out = join(dir, 'envoy.yaml');
    expect(cli(['render', 'envoy', 'examples/demo-policy.yaml', '--out', out]).code).toBe(0);
    expect(parse(readFileSync(out, 'utf8')).admin.address.socket_address.port_value).toBe(9901);
  });

  it('renders Istio WasmPlugins', () => {
    const r = cli(['render', 'istio', 'examples/demo-policy.yaml', '--image-base', 'ghcr.io/acme/portcullis', '--tag', 'v1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kind: WasmPlugin');
    expect(r.stdout).toContain('url: oci://ghcr.io/acme/portcullis/apikey:v1');
    expect(cli(['render', 'istio', 'examples/demo-policy.yaml', '--image-base', 'http://nope']).code).toBe(1);
  });

  it('hashes a key from the argument or stdin', () => {
    const expected = 'bd2e3caa1ffd5f189363ab4c40f0ddf8b84f76c57ac1680cd2527a85a47120e2\n';
    expect(cli(['hash-key', 'demo-key-please-rotate'])).toMatchObject({ code: 0, stdout: expected, stderr: '' });
    expect(cli(['hash-key'], 'demo-key-please-rotate\n')).toMatchObject({ code: 0, stdout: expected });
    expect(cli(['hash-key'], 'short').stderr).toContain('guessable');
    expect(cli(['hash-key'], '')).toMatchObject({ code: 1, stderr: 'portcullis: the key is empty\n' });
    expect(cli(['hash-key', 'a', 'b']).code).toBe(2);
  });

  it('demo refuses to start when its ports are busy', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const policy = join(dir, 'busy.yaml');
      writeFileSync(policy, readFileSync(join(root, 'examples/demo-policy.yaml'), 'utf8').replace('port: 10000', `port: ${port}`));
      const r = cli(['demo', '--policy', policy]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the listener port 127.0.0.1:${port} is busy`);
    } finally {
      blocker.close();
    }
  });
});
