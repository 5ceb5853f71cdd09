// Policy text → validated Policy. YAML parsing keeps node positions so that every schema or
// semantic problem can be reported at its line:col, not just as a JSON pointer.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { PolicyError, formatPath, type PolicyIssue } from './errors.ts';
import { resolveReferences } from './references.ts';
import { schemaIssues, type Segments } from './schema.ts';
import { semanticIssues } from './semantic.ts';
import type { Policy } from './types.ts';

/** Policies are small; anything bigger is a mistake (or an attack on the parser). */
export const MAX_POLICY_BYTES = 1024 * 1024;

/** Where the references a policy makes (key-set files, environment variables) are looked up. */
export interface LoadOptions {
  /** Relative key-set file paths are resolved against it; default: the policy file's directory. */
  baseDir?: string;
  /** Default: process.env. */
  env?: Record<string, string | undefined>;
}

/** Finds where a path of the document is written, when the document came from text. */
type Locator = (segments: Segments, at: 'key' | 'value') => { line: number; col: number } | undefined;

export function loadPolicyFile(path: string, options: LoadOptions = {}): Policy {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new PolicyError(path, [{ path: '', message: `cannot read the policy: ${reason}` }]);
  }
  if (size > MAX_POLICY_BYTES) {
    throw new PolicyError(path, [{ path: '', message: `the policy is ${size} bytes; the limit is ${MAX_POLICY_BYTES}` }]);
  }
  return parsePolicy(readFileSync(path, 'utf8'), path, options);
}

export function parsePolicy(text: string, fileName: string, options: LoadOptions = {}): Policy {
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
    throw new PolicyError(fileName, [{ path: '', message: `the policy is larger than ${MAX_POLICY_BYTES} bytes` }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new PolicyError(
      fileName,
      doc.errors.map((e) => ({
        path: '',
        message: `invalid YAML: ${e.message.split(/ at line \d+, column \d+|\n/)[0]}`,
        line: e.linePos?.[0].line,
        col: e.linePos?.[0].col,
      })),
    );
  }
  if (doc.contents === null) throw new PolicyError(fileName, [{ path: '', message: 'the policy is empty' }]);
  let data: unknown;
  try {
    // Aliases are legitimate YAML but a policy has no use for deep ones; the cap stops
    // exponential "billion laughs" expansion.
    data = doc.toJS({ maxAliasCount: 20 });
  } catch (err) {
    throw new PolicyError(fileName, [{ path: '', message: `invalid YAML: ${(err as Error).message}` }]);
  }
  return check(data, fileName, yamlLocator(doc, lineCounter), options);
}

/** Validates an already-parsed document (e.g. from JSON). The input is not modified. */
export function validatePolicy(doc: unknown, fileName: string, options: LoadOptions = {}): Policy {
  return check(structuredClone(doc), fileName, () => undefined, options);
}

function check(data: unknown, fileName: string, locate: Locator, options: LoadOptions): Policy {
  const raw = schemaIssues(data);
  // Semantic checks assume the shape is right, so they only run on a schema-valid document;
  // references are only followed in a policy that is otherwise sound.
  let found = raw.length > 0 ? raw : semanticIssues(data as Policy);
  if (found.length === 0) {
    found = resolveReferences(data as Policy, {
      baseDir: options.baseDir ?? dirname(resolve(fileName)),
      env: options.env ?? process.env,
    });
  }
  if (found.length === 0) return data as Policy;
  const issues: PolicyIssue[] = found.map((i) => ({
    path: formatPath(i.segments),
    message: i.message,
    ...locate(i.segments, i.at ?? 'value'),
  }));
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  throw new PolicyError(fileName, issues);
}

function yamlLocator(doc: Document, lineCounter: LineCounter): Locator {
  const position = (offset: number) => lineCounter.linePos(offset);
  return (segments, at) => {
    if (at === 'key' && segments.length > 0) {
      const parent = segments.length === 1 ? doc.contents : doc.getIn(segments.slice(0, -1), true);
      const name = segments[segments.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === name);
        const key = pair?.key as Node | undefined;
        if (key?.range) return position(key.range[0]);
      }
    }
    const node = (segments.length === 0 ? doc.contents : doc.getIn(segments, true)) as Node | null | undefined;
    if (node && typeof node === 'object' && node.range) return position(node.range[0]);
    // The value may be absent (e.g. a missing field): point at the closest enclosing node.
    if (segments.length > 0) return yamlLocator(doc, lineCounter)(segments.slice(0, -1), 'value');
    return undefined;
  };
}
