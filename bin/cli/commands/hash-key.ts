// `portcullis hash-key`: the SHA-256 a policy stores instead of the key itself.
import { createHash } from 'node:crypto';
import { CliError, UsageError } from '../errors.ts';

/** Shorter keys can be brute-forced from their hash; warn rather than refuse. */
const MIN_RECOMMENDED_LENGTH = 20;
const MAX_KEY_BYTES = 4096;

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export async function hashKeyCommand(args: string[], stdin: NodeJS.ReadableStream, out: (s: string) => void, warn: (s: string) => void): Promise<number> {
  if (args.length > 1) throw new UsageError('hash-key takes at most one argument (the key); pass it on stdin to keep it out of shell history');
  const key = args.length === 1 ? args[0] : stripOneNewline(await readAll(stdin));
  if (key.length === 0) throw new CliError('the key is empty');
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) throw new CliError(`the key is longer than ${MAX_KEY_BYTES} bytes`);
  if (/[\r\n]/.test(key)) throw new CliError('the key contains a line break; a key is a single line');
  if (key.length < MIN_RECOMMENDED_LENGTH) {
    warn(`warning: a ${key.length}-character key is guessable from its hash; use at least ${MIN_RECOMMENDED_LENGTH} random characters\n`);
  }
  out(`${hashKey(key)}\n`);
  return 0;
}

function stripOneNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_KEY_BYTES + 2) throw new CliError(`the key is longer than ${MAX_KEY_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
