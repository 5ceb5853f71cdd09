// A policy problem, located precisely enough that the author can fix it without guessing:
// the file, the path inside the document (`routes[2].apikey.clients[0]`) and, when the policy
// came from YAML text, the line and column.

export interface PolicyIssue {
  /** Path inside the document, e.g. `routes[2].apikey`; empty for the document itself. */
  path: string;
  message: string;
  line?: number;
  col?: number;
}

export class PolicyError extends Error {
  override name = 'PolicyError';
  readonly code = 'ERR_POLICY_INVALID';

  constructor(
    readonly file: string,
    readonly issues: PolicyIssue[],
  ) {
    super(formatIssues(file, issues));
  }
}

export function formatIssue(file: string, issue: PolicyIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.col ?? 1}`;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

function formatIssues(file: string, issues: PolicyIssue[]): string {
  if (issues.length === 1) return formatIssue(file, issues[0]);
  return `${issues.length} problems in ${file}:\n` + issues.map((i) => `  ${formatIssue(file, i)}`).join('\n');
}

/** `['routes', 2, 'apikey']` → `routes[2].apikey`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}
