/**
 * Turning untrusted input into a typed spec: JSON or YAML text, schema validation, and errors that
 * name the bad field by its path (`platforms[1].address: …`).
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';

/** One problem with a spec: `path` is the field, like `platforms[1].address` (empty for the whole spec). */
export interface SpecIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown for a spec that does not validate; `message` lists every issue, one per line. */
export class SpecError extends Error {
  constructor(
    readonly kind: string,
    readonly issues: readonly SpecIssue[],
  ) {
    super(`invalid ${kind} spec:\n${issues.map((i) => `  ${i.path || '(spec)'}: ${i.message}`).join('\n')}`);
    this.name = 'SpecError';
  }
}

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/**
 * Of a union's failed branches, the one that went deepest: a branch that failed only on its type
 * at the union's own path did not match the input's shape at all.
 */
function bestUnionBranch(issue: z.ZodInvalidUnionIssue): z.ZodIssue[] {
  const depth = (e: z.ZodError): number => Math.max(...e.issues.map((i) => (i.code === 'invalid_type' && i.path.length <= issue.path.length ? -1 : i.path.length)));
  const best = [...issue.unionErrors].sort((a, b) => depth(b) - depth(a))[0];
  return best?.issues ?? [];
}

function toIssues(issues: readonly z.ZodIssue[]): SpecIssue[] {
  const out: SpecIssue[] = [];
  for (const i of issues) {
    if (i.code === 'invalid_union') {
      out.push(...toIssues(bestUnionBranch(i)));
    } else if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ path: formatPath([...i.path, k]), message: 'unknown field' });
    } else if (i.code === 'invalid_type' && i.received === 'undefined') {
      out.push({ path: formatPath(i.path), message: 'is required' });
    } else if (i.code === 'invalid_type') {
      out.push({ path: formatPath(i.path), message: `must be ${/^[aeiou]/.test(i.expected) ? 'an' : 'a'} ${i.expected} (got ${i.received})` });
    } else if (i.code === 'invalid_union_discriminator' || i.code === 'invalid_enum_value') {
      out.push({ path: formatPath(i.path), message: `must be one of ${i.options.map((o) => JSON.stringify(o)).join(', ')}` });
    } else {
      out.push({ path: formatPath(i.path), message: i.message });
    }
  }
  // A union can report the same problem through several branches.
  return out.filter((a, n) => out.findIndex((b) => b.path === a.path && b.message === a.message) === n);
}

/** Validates `input` against `schema`; throws `SpecError` naming each bad field. */
export function validate<S extends z.ZodTypeAny>(kind: string, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new SpecError(kind, toIssues(result.error.issues));
  return result.data as z.output<S>;
}

/** Reads spec text: JSON for `.json` files, YAML otherwise (YAML is a superset of JSON). */
export function readSpecText(kind: string, text: string, fileName = 'spec.yaml'): unknown {
  try {
    return fileName.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    throw new SpecError(kind, [{ path: '', message: `${fileName} is not valid ${fileName.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'}${where}: ${(e as Error).message.split('\n')[0]}` }]);
  }
}
