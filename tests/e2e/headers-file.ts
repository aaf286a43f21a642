// Reads a `_headers` file (Netlify and Cloudflare Pages format) and answers which headers a path gets,
// so the e2e server can serve the shipped headers as the host would.

export interface HeaderRule {
  pattern: string;
  /** Header lines in order; a `! Name` line (Cloudflare) removes a header set by an earlier rule. */
  lines: { name: string; value?: string }[];
}

/** Parses the file: an unindented path pattern, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), lines: [] });
      continue;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`_headers: a header line before any path: "${raw.trim()}"`);
    const line = raw.trim();
    if (line.startsWith('!')) rule.lines.push({ name: line.slice(1).trim().toLowerCase() });
    else {
      const colon = line.indexOf(':');
      if (colon < 1) throw new Error(`_headers: not a "Name: value" line: "${line}"`);
      rule.lines.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return rules;
}

/** Whether a rule's pattern matches a path: `*` matches any rest, `:name` one segment. */
export function patternMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers a path is served with: every matching rule applies in file order; a repeated header is joined with ", " as HTTP does. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const line of rule.lines) {
      if (line.value === undefined) out.delete(line.name);
      else out.set(line.name, out.has(line.name) ? `${out.get(line.name)}, ${line.value}` : line.value);
    }
  }
  return Object.fromEntries(out);
}
