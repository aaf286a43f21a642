// One content problem, said to an editor: which file, which field, what is wrong, how to fix it.

export interface Problem {
  /** Path of the offending file, relative to the project root (e.g. `content/events/2018-05-call.md`). */
  file: string;
  /** Dotted path of the field (`citations[1].quote`), or `(file)` when the whole file is at fault. */
  field: string;
  /** What is wrong, in plain words; may end with what was found (`got …`). */
  message: string;
  /** What to write instead. */
  fix: string;
  /** Name of the verify rule that found it (absent for problems found while reading a file). */
  rule?: string;
}

/**
 * Writes every control, format or line-separator character as `\u{…}`, so that a crafted file name,
 * key or value can neither split one problem over two lines nor hide or reorder its text.
 */
export function escapeForLine(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/** Renders a problem as the single line the build prints. */
export function formatProblem(problem: Problem): string {
  // In the file and field columns ": " and "; " are escaped too, so that the first ": " always ends
  // the file and the second the field, whatever a crafted file name or key holds.
  const column = (text: string) => escapeForLine(text).replace(/([:;]) /g, '$1\\u{20}');
  return `${column(problem.file)}: ${column(problem.field)}: ${escapeForLine(problem.message)}; ${escapeForLine(problem.fix)}`;
}

/** Stable order for printing: by file, then field, so that repeated runs read the same. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message),
  );
}

/** Formats a path of keys and indexes as `citations[1].quote`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

/** Shortens a value for display inside a message. */
export function describeValue(value: unknown, max = 60): string {
  let text: string;
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (Array.isArray(value)) return `a list of ${value.length}`;
  else if (typeof value === 'object') return 'a group of fields';
  else text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…"` : text;
}
