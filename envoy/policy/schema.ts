// Schema validation of a policy document, with ajv's errors turned into sentences a policy
// author can act on ("unknown field "clinets"; expected one of: public, clients").
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import schemaJson from './policy.schema.json' with { type: 'json' };

export type Segments = (string | number)[];

/** One problem found in a document; `at: 'key'` points at a field's name rather than its value. */
export interface RawIssue {
  segments: Segments;
  message: string;
  at?: 'key' | 'value';
}

export const policySchema: Record<string, unknown> = schemaJson;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, useDefaults: true, strict: true, allowUnionTypes: true });
  // A field that must never appear, with the sentence to show when it does (used to turn away
  // plaintext API keys with a pointer to `portcullis hash-key`).
  ajv.addKeyword({
    keyword: 'x-forbidden',
    schemaType: 'string',
    validate: function forbidden(message: string) {
      (forbidden as unknown as { errors: Partial<ErrorObject>[] }).errors = [{ keyword: 'x-forbidden', message, params: {} }];
      return false;
    },
    errors: true,
  });
  const validate = ajv.compile(policySchema);
  compiled = validate;
  return validate;
}

/** Validates `data` in place (filling schema defaults) and returns its problems. */
export function schemaIssues(data: unknown): RawIssue[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // A value that fits none of an anyOf's or oneOf's forms is one problem, said once from the
  // choice's own description, not once per form it failed.
  const isChoice = (e: ErrorObject) => e.keyword === 'anyOf' || e.keyword === 'oneOf';
  const choiceAt = new Set(errors.filter(isChoice).map((e) => e.instancePath));
  const issues = errors
    .filter((e) => isChoice(e) || !choiceAt.has(e.instancePath))
    .map((e) => describe(e, data));
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = JSON.stringify([i.segments, i.message]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function describe(e: ErrorObject, root: unknown): RawIssue {
  const segments = pointerToSegments(e.instancePath, root);
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const hint = typeof parent.description === 'string' ? parent.description : undefined;
  const field = segments[segments.length - 1];
  const shown = field === 'sha256' ? '' : `; got ${show(e.data)}`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { segments, message: `missing required field "${p.missingProperty}"` };
    case 'additionalProperties': {
      const props = Object.entries((parent.properties ?? {}) as Record<string, Record<string, unknown>>)
        .filter(([, s]) => !('x-forbidden' in s))
        .map(([k]) => k);
      return {
        segments: [...segments, String(p.additionalProperty)],
        message: `unknown field "${p.additionalProperty}"; expected one of: ${props.join(', ')}`,
        at: 'key',
      };
    }
    case 'x-forbidden':
      return { segments, message: e.message ?? 'this field is not allowed', at: 'key' };
    case 'type':
      return { segments, message: `expected ${article(String(p.type))}${shown}` };
    case 'const':
      return { segments, message: `expected ${JSON.stringify(p.allowedValue)}${hint ? ` (${hint})` : ''}${shown}` };
    case 'enum':
      return { segments, message: `expected one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}${shown}` };
    case 'anyOf':
    case 'oneOf':
      return { segments, message: `expected ${hint ?? 'a value of one of the allowed forms'}${shown}` };
    case 'pattern':
      return { segments, message: `expected ${hint ?? `a string matching ${p.pattern}`}${shown}` };
    case 'minimum':
    case 'maximum':
      return { segments, message: `expected a number in the range ${parent.minimum}..${parent.maximum}${hint ? ` (${hint})` : ''}${shown}` };
    case 'minItems':
      return { segments, message: `expected at least ${p.limit} item${p.limit === 1 ? '' : 's'}` };
    case 'uniqueItems':
      return { segments: [...segments, Number(p.i)], message: `duplicate of item [${p.j}]` };
    case 'maxItems':
      return { segments, message: `expected at most ${p.limit} item${p.limit === 1 ? '' : 's'}` };
    case 'maxLength':
      return { segments, message: `expected at most ${p.limit} characters` };
    case 'minProperties':
    case 'maxProperties':
      return { segments, message: `expected ${hint ?? `${e.keyword === 'minProperties' ? 'at least' : 'at most'} ${p.limit} fields`}` };
    default:
      return { segments, message: e.message ?? `fails the schema rule "${e.keyword}"` };
  }
}

/** `/routes/2/name` → `['routes', 2, 'name']`, numbers only where the data holds an array. */
function pointerToSegments(pointer: string, root: unknown): Segments {
  if (!pointer) return [];
  const out: Segments = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(key));
      node = node[Number(key)];
    } else {
      out.push(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
  };
  // A union type arrives as "object,string".
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}
