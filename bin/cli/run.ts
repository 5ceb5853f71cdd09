// Dispatches a `portcullis` command line; returns the exit code. Expected failures become one
// line on stderr (exit 1, or 2 for usage errors); anything else is a bug and keeps its stack.
import { PolicyError } from '../../envoy/policy/index.ts';
import { EnvoyBinaryError } from '../../envoy/binary.ts';
import { CliError, UsageError } from './errors.ts';
import { COMMAND_HELP, MAIN_HELP } from './help.ts';
import type { Io } from './io.ts';
import { hashKeyCommand } from './commands/hash-key.ts';
import { renderCommand } from './commands/render.ts';
import { validateCommand } from './commands/validate.ts';

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`portcullis: ${err.message}\nRun \`portcullis --help\` for usage.\n`);
      return 2;
    }
    // BuildError is matched by name: importing build.ts here would load the compiler for
    // every command.
    const expected = err instanceof PolicyError || err instanceof CliError || err instanceof EnvoyBinaryError || (err instanceof Error && err.name === 'BuildError');
    if (expected) {
      io.err(`portcullis: ${(err as Error).message}\n`);
      return 1;
    }
    throw err;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    io.out(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === 'help') {
    const topic = args[0];
    if (topic === undefined) io.out(MAIN_HELP);
    else if (COMMAND_HELP[topic]) io.out(COMMAND_HELP[topic]);
    else throw new UsageError(`no help for unknown command "${topic}"`);
    return 0;
  }
  if (!(command in COMMAND_HELP)) throw new UsageError(`unknown command "${command}"`);
  if (args.includes('--help') || args.includes('-h')) {
    io.out(COMMAND_HELP[command]);
    return 0;
  }
  switch (command) {
    case 'validate':
      return validateCommand(args, io);
    case 'render':
      return renderCommand(args, io);
    case 'hash-key':
      return hashKeyCommand(args, io.stdin, io.out, io.err);
    case 'build': {
      const unknownFlag = args.find((a) => a.startsWith('-'));
      if (unknownFlag) throw new UsageError(`build: unknown option "${unknownFlag}"`);
      const { buildModules } = await import('./build.ts');
      await buildModules(args.length > 0 ? { targets: args } : {});
      return 0;
    }
    case 'token': {
      const { tokenCommand } = await import('./commands/token.ts');
      return tokenCommand(args, io);
    }
    case 'demo': {
      const { demoCommand } = await import('./commands/demo.ts');
      return demoCommand(args, io);
    }
  }
  throw new UsageError(`unknown command "${command}"`);
}
