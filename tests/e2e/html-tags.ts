// A small HTML start-tag scanner for the link checker: tag names and attributes, nothing else.
// It follows the tokenizer rules that matter for well-formed built pages: comments, doctype,
// quoted and unquoted attribute values, raw-text elements (script, style) and character references.

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /** Lower-case attribute names to decoded values; the first of a repeated attribute wins, as in browsers. */
  attrs: Map<string, string>;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes numeric and the common named character references; leaves unknown ones as written. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const amp = value.indexOf('&', i);
    if (amp === -1) break;
    out += value.slice(i, amp);
    const semi = value.indexOf(';', amp);
    const body = semi === -1 ? '' : value.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (body.startsWith('#x') || body.startsWith('#X')) decoded = codePoint(Number.parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) decoded = codePoint(Number.parseInt(body.slice(1), 10));
    else decoded = NAMED[body];
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out + value.slice(i);
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Every start tag in `html`, in document order. */
export function scanStartTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    i = lt + 1;
    if (html.startsWith('!--', i)) {
      const end = html.indexOf('-->', i + 3);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html[i] === '!' || html[i] === '?' || html[i] === '/') {
      const end = html.indexOf('>', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (!isAsciiLetter(html[i])) continue;

    let name = '';
    while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') name += html[i++];
    name = name.toLowerCase();
    const attrs = new Map<string, string>();
    while (i < n) {
      while (i < n && (isSpace(html[i]) || html[i] === '/')) i++;
      if (i >= n || html[i] === '>') {
        i++;
        break;
      }
      let attr = '';
      // The first character may be '=' (a parse error browsers keep as part of the name).
      do attr += html[i++];
      while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=');
      while (i < n && isSpace(html[i])) i++;
      let value = '';
      if (html[i] === '=') {
        i++;
        while (i < n && isSpace(html[i])) i++;
        const quote = html[i];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, i + 1);
          value = html.slice(i + 1, end === -1 ? n : end);
          i = end === -1 ? n : end + 1;
        } else {
          const start = i;
          while (i < n && !isSpace(html[i]) && html[i] !== '>') i++;
          value = html.slice(start, i);
        }
      }
      attr = attr.toLowerCase();
      if (!attrs.has(attr)) attrs.set(attr, decodeEntities(value));
    }
    tags.push({ name, attrs });

    if (RAW_TEXT.has(name)) {
      // Skip to the matching end tag, case-insensitively, without treating the contents as markup.
      let close = html.indexOf('</', i);
      while (close !== -1 && html.slice(close + 2, close + 2 + name.length).toLowerCase() !== name) close = html.indexOf('</', close + 2);
      i = close === -1 ? n : close;
    }
  }
  return tags;
}
