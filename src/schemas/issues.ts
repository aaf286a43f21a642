// Turns zod's validation issues into Problems an editor can act on: file, field, what is wrong, the fix.
import type { z } from 'astro/zod';
import { describeValue, formatFieldPath, type Problem } from '../lib/problems.ts';
import { suggestId } from '../lib/verify.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Our schema messages read "what is wrong; what to write". */
function splitMessage(message: string): { message: string; fix: string } {
  const at = message.indexOf('; ');
  if (at === -1) return { message, fix: 'see "Adding content" in README.md' };
  return { message: message.slice(0, at), fix: message.slice(at + 2) };
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // Walk the schema's shape along the path to list the fields allowed where the stray key stands.
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; in?: unknown; element?: unknown; schema?: unknown }; shape?: unknown };
    for (let i = 0; i < 8 && node?.def; i += 1) {
      const { type } = node.def;
      if (type === 'optional' || type === 'default' || type === 'nullable' || type === 'readonly' || type === 'prefault') node = node.def.innerType as typeof node;
      else if (type === 'pipe') node = node.def.in as typeof node;
      else break;
    }
    return node;
  };
  for (const key of path) {
    const node = unwrap(current) as { def?: { type?: string; element?: unknown }; shape?: Record<string, unknown> };
    if (typeof key === 'number' && node?.def?.type === 'array') current = node.def.element;
    else if (typeof key === 'string' && node?.shape) current = node.shape[key];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node?.shape ? Object.keys(node.shape) : [];
}

/** One Problem per zod issue (one per stray key), worded for an editor. */
export function issuesToProblems(file: string, schema: z.ZodType, data: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const hint = suggestId(key, known);
        problems.push({
          file,
          field: formatFieldPath([...issue.path, key]),
          message: 'is not a field this kind of entry has',
          fix: hint ? `did you mean "${hint}"? rename it` : `remove it; the fields are: ${known.join(', ')}`,
        });
      }
      continue;
    }
    const field = formatFieldPath(issue.path);
    const value = valueAt(data, issue.path);
    const { message, fix } = splitMessage(issue.message);
    if (value === undefined && issue.code === 'invalid_type') {
      problems.push({ file, field, message: 'is missing', fix });
    } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value') {
      problems.push({ file, field, message: `${message} (got ${describeValue(value)})`, fix });
    } else {
      problems.push({ file, field, message, fix });
    }
  }
  return problems;
}
