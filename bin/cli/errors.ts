// Errors the CLI reports as one line on stderr, without a stack trace.

/** The command line itself is wrong: exit code 2, with a pointer to the help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An expected failure (bad input, busy port, failed start): exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}
