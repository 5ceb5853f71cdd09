// A child process we own: started detached in its own group, stopped with SIGTERM then SIGKILL,
// its last output kept for error messages.
import { spawn, type ChildProcess } from 'node:child_process';

const KEEP_CHARS = 4000;
const STOP_GRACE_MS = 3000;

export interface OwnedProcess {
  readonly child: ChildProcess;
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

export function startOwnedProcess(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): OwnedProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env, cwd, detached: true });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-KEEP_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => { done = true; resolve(); });
    child.once('error', (e) => { tail += `\nspawn error: ${e.message}`; done = true; resolve(); });
  });
  return {
    child,
    output: () => tail,
    exited: () => done,
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Polls `probe` until it resolves true, the process exits, or `timeoutMs` passes. */
export async function waitUntil(what: string, proc: OwnedProcess, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited()) throw new Error(`${what} exited before it was ready:\n${proc.output()}`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  await proc.stop();
  throw new Error(`${what} not ready after ${timeoutMs} ms:\n${proc.output()}`);
}
