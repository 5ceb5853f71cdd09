// Runs a host command (podman, apt-get, ldd) with a deadline, so a wedged tool turns into an
// error naming the command instead of a hung test run.
import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

export class CommandError extends Error {
  override name = 'CommandError';
}

/** Resolves with the exit code and output; rejects only when the command cannot run or times out. */
export function runCommand(cmd: string, args: string[], opts: CommandOptions): Promise<CommandResult> {
  const line = [cmd, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new CommandError(`\`${line}\` did not finish within ${opts.timeoutMs} ms${tail(stderr)}`));
    }, opts.timeoutMs);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const why = err.code === 'ENOENT' ? `${cmd}: command not found` : err.message;
      reject(new CommandError(`\`${line}\` could not be started: ${why}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Like runCommand, but a non-zero exit is an error carrying the command's stderr. */
export async function runChecked(cmd: string, args: string[], opts: CommandOptions): Promise<string> {
  const res = await runCommand(cmd, args, opts);
  if (res.code !== 0) {
    throw new CommandError(`\`${[cmd, ...args].join(' ')}\` exited with ${res.code}${tail(res.stderr || res.stdout)}`);
  }
  return res.stdout;
}

function tail(text: string): string {
  const t = text.trim();
  if (!t) return '';
  const lines = t.split('\n');
  return ':\n' + lines.slice(-20).join('\n');
}
