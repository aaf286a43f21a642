// One line for a build that failed inside Astro or Vite (engine code, not content: content problems
// are caught before the build, one line each, by the content check). Rolldown throws a wrapper whose
// message only announces the list ("Build failed with 1 error:"); the line says the first error's
// own message and where it is, relative to the project.
import path from 'node:path';

interface Located {
  message?: unknown;
  name?: unknown;
  loc?: { file?: unknown; line?: unknown; column?: unknown };
  id?: unknown;
}

function where(error: Located, root: string): string {
  const file = typeof error.loc?.file === 'string' ? error.loc.file : typeof error.id === 'string' ? error.id : undefined;
  if (!file) return '';
  const at = typeof error.loc?.line === 'number' ? `:${error.loc.line}${typeof error.loc.column === 'number' ? `:${error.loc.column}` : ''}` : '';
  return `${path.relative(root, file) || file}${at}: `;
}

/** `file:line:column: Name: message` of the first error (and how many more), from what the build threw. */
export function buildFailureLine(error: unknown, root: string): string {
  const list = typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors) ? ((error as { errors: unknown[] }).errors) : [];
  const first = (list[0] ?? error) as Located | string | undefined;
  if (typeof first !== 'object' || first === null) return String(first);
  const text = typeof first.message === 'string' ? first.message : String(first);
  const line = text.split('\n').find((l) => l.trim() !== '' && !/^\[plugin [^\]]*\]/.test(l.trim()))?.trim() ?? text.trim();
  const name = typeof first.name === 'string' && first.name !== 'Error' && !line.startsWith(first.name) ? `${first.name}: ` : '';
  const more = list.length > 1 ? ` (and ${list.length - 1} more)` : '';
  return `${where(first, root)}${name}${line}${more}`;
}
