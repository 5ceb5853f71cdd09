// HTTP load against a local Envoy: wrk when the machine has it (a C client leaves the two cores
// to Envoy), autocannon otherwise. Both report requests/s and p50/p99 latency in ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { haveWrk, onLoadCpu } from './pinning.ts';

const lua = (s: string) => JSON.stringify(s); // JSON string escapes are valid Lua for our ASCII headers

/** A wrk script that sends each header set in turn, one per request. */
function rotatingScript(sets: Record<string, string>[]): string {
  const rows = sets.map((set) => `{${Object.entries(set).map(([k, v]) => `[${lua(k)}]=${lua(v)}`).join(',')}}`);
  return `local sets = {\n${rows.join(',\n')}\n}\nlocal i = 0\nrequest = function()\n  i = i % #sets + 1\n  for k, v in pairs(sets[i]) do wrk.headers[k] = v end\n  return wrk.format(nil, nil)\nend\n`;
}

export interface LoadResult {
  tool: 'wrk' | 'autocannon';
  rps: number;
  p50ms: number;
  p99ms: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  /** Rotated through request by request (e.g. one distinct token each), on top of `headers`. */
  headerSets?: Record<string, string>[];
  connections: number;
  durationS: number;
}

export { haveWrk };

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  return haveWrk() ? runWrk(options) : runAutocannon(options);
}

// Asynchronous on purpose: the echo backend lives in this process and must keep serving.
function wrk(args: string[], timeoutMs: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const [command, argv] = onLoadCpu('wrk', args);
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function runWrk(o: LoadOptions): Promise<LoadResult> {
  const args = ['-t1', `-c${o.connections}`, `-d${o.durationS}s`, '--latency'];
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}: ${v}`);
  let script: string | undefined;
  if (o.headerSets?.length) {
    script = join(mkdtempSync(join(tmpdir(), 'portcullis-wrk-')), 'rotate.lua');
    writeFileSync(script, rotatingScript(o.headerSets));
    args.push('-s', script);
  }
  args.push(o.url);
  const r = await wrk(args, (o.durationS + 30) * 1000).finally(() => script && rmSync(dirname(script), { recursive: true, force: true }));
  if (r.status !== 0) throw new Error(`wrk failed (${r.status}): ${r.stderr || r.stdout}`);
  const out = r.stdout;
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
    if (!m) throw new Error(`wrk output has no ${label} latency:\n${out}`);
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = errs ? errs.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return { tool: 'wrk', rps, p50ms: ms('50%'), p99ms: ms('99%'), non2xx, errors };
}

async function runAutocannon(o: LoadOptions): Promise<LoadResult> {
  let i = 0;
  const sets = o.headerSets;
  const r = await autocannon({
    url: o.url,
    headers: o.headers,
    connections: o.connections,
    duration: o.durationS,
    ...(sets?.length ? { requests: [{ setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, ...sets[i++ % sets.length] } }) }] } : {}),
  });
  return {
    tool: 'autocannon',
    rps: r.requests.average,
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
