// The words a reader meets on a built page, in the page's own language: text and the attributes
// read aloud or shown (aria-label, title, placeholder, alt, the description), leaving out what is
// marked as another language (`lang="en"` on a Spanish page: the verbatim quotes), code and scripts.
import { decodeEntities } from './html-tags.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIPPED = new Set(['script', 'style', 'code', 'kbd', 'pre', 'template', 'svg']);
const SHOWN_ATTRS = ['aria-label', 'title', 'placeholder', 'alt'];
/** The page's words that link previews show: its description and its share image's alternative text. */
const SHOWN_META = new Set(['description', 'og:description', 'og:image:alt', 'twitter:image:alt']);

/** A piece of text on the page and where it was found (`text`, or the attribute's name). */
export interface TextPiece {
  text: string;
  where: string;
}

interface Open {
  name: string;
  /** Whether the element's content is left out (another language, code, script). */
  skip: boolean;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/**
 * The visible and spoken text of a page outside the elements in `otherLang` (and code, scripts,
 * the SVG drawing). The page's own `<title>` and description count.
 */
export function pageText(html: string, otherLang: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const stack: Open[] = [];
  const skipping = () => stack.some((o) => o.skip);
  const tagPattern = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let last = 0;
  for (const m of html.matchAll(tagPattern)) {
    const text = html.slice(last, m.index);
    last = m.index + m[0].length;
    if (text.trim() && !skipping()) pieces.push({ text: decodeEntities(text), where: 'text' });
    if (m[0].startsWith('<!')) continue;
    if (m[1]) {
      const name = m[1].toLowerCase();
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
      continue;
    }
    const name = m[2]!.toLowerCase();
    const rest = m[3] ?? '';
    const attrs = attributes(rest);
    const skip = SKIPPED.has(name) || (attrs.get('lang') ?? '').toLowerCase() === otherLang;
    if (!skip && !skipping()) {
      for (const attr of SHOWN_ATTRS) {
        const value = attrs.get(attr);
        if (value?.trim()) pieces.push({ text: value, where: attr });
      }
      const meta = attrs.get('name') ?? attrs.get('property') ?? '';
      if (name === 'meta' && SHOWN_META.has(meta)) pieces.push({ text: attrs.get('content') ?? '', where: meta });
    }
    const selfClosing = VOID.has(name) || /\/\s*$/.test(rest);
    if (!selfClosing) stack.push({ name, skip });
  }
  return pieces;
}
